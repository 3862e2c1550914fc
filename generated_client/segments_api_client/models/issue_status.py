from enum import StrEnum


class IssueStatus(StrEnum):
    CLOSED = "CLOSED"
    OPEN = "OPEN"

    def __str__(self) -> str:
        return str(self.value)
