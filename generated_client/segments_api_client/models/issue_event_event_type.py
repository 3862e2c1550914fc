from enum import StrEnum


class IssueEventEventType(StrEnum):
    ISSUE_CREATED = "issue.created"
    ISSUE_UPDATED = "issue.updated"

    def __str__(self) -> str:
        return str(self.value)
