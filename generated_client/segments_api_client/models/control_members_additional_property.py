from enum import StrEnum


class ControlMembersAdditionalProperty(StrEnum):
    ADMIN = "admin"
    LABELER = "labeler"
    MANAGER = "manager"
    REVIEWER = "reviewer"

    def __str__(self) -> str:
        return str(self.value)
