from enum import StrEnum


class IssueLocationAnchorType(StrEnum):
    LOCATION = "location"

    def __str__(self) -> str:
        return str(self.value)
