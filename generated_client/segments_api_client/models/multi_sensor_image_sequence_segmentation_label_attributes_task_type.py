from enum import StrEnum


class MultiSensorImageSequenceSegmentationLabelAttributesTaskType(StrEnum):
    IMAGE_SEGMENTATION_SEQUENCE = "image-segmentation-sequence"

    def __str__(self) -> str:
        return str(self.value)
