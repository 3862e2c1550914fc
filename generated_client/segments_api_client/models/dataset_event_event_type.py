from enum import StrEnum


class DatasetEventEventType(StrEnum):
    DATASET_CREATED = "dataset.created"
    DATASET_DELETED = "dataset.deleted"
    DATASET_UPDATED = "dataset.updated"

    def __str__(self) -> str:
        return str(self.value)
