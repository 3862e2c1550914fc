from enum import StrEnum


class IssueBasicAnchorType(StrEnum):
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
