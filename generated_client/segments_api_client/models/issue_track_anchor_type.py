from enum import StrEnum


class IssueTrackAnchorType(StrEnum):
    TRACK = "track"

    def __str__(self) -> str:
        return str(self.value)
