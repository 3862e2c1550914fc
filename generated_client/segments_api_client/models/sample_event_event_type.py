from enum import StrEnum


class SampleEventEventType(StrEnum):
    SAMPLE_CREATED = "sample.created"
    SAMPLE_DELETED = "sample.deleted"
    SAMPLE_UPDATED = "sample.updated"

    def __str__(self) -> str:
        return str(self.value)
