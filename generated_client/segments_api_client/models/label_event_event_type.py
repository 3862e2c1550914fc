from enum import StrEnum


class LabelEventEventType(StrEnum):
    LABEL_DELETED = "label.deleted"
    LABEL_UPDATED = "label.updated"

    def __str__(self) -> str:
        return str(self.value)
