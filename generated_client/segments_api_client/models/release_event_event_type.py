from enum import StrEnum


class ReleaseEventEventType(StrEnum):
    RELEASE_CREATED = "release.created"

    def __str__(self) -> str:
        return str(self.value)
