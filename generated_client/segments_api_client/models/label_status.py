from enum import StrEnum


class LabelStatus(StrEnum):
    LABELED = "LABELED"
    LABELING_IN_PROGRESS = "LABELING_IN_PROGRESS"
    PRELABELED = "PRELABELED"
    REJECTED = "REJECTED"
    REVIEWED = "REVIEWED"
    REVIEWING_IN_PROGRESS = "REVIEWING_IN_PROGRESS"
    SKIPPED = "SKIPPED"
    UNLABELED = "UNLABELED"
    VERIFIED = "VERIFIED"

    def __str__(self) -> str:
        return str(self.value)
