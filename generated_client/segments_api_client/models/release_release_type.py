from enum import StrEnum


class ReleaseReleaseType(StrEnum):
    JSON = "JSON"

    def __str__(self) -> str:
        return str(self.value)
