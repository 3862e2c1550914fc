from enum import StrEnum


class WebhookEventType(StrEnum):
    DATASET_CREATED = "dataset.created"
    DATASET_DELETED = "dataset.deleted"
    DATASET_UPDATED = "dataset.updated"
    ISSUE_CREATED = "issue.created"
    ISSUE_UPDATED = "issue.updated"
    LABEL_DELETED = "label.deleted"
    LABEL_UPDATED = "label.updated"
    RELEASE_CREATED = "release.created"
    SAMPLE_CREATED = "sample.created"
    SAMPLE_DELETED = "sample.deleted"
    SAMPLE_UPDATED = "sample.updated"

    def __str__(self) -> str:
        return str(self.value)
