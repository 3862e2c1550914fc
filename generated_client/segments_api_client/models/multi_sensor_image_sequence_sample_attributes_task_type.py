from enum import StrEnum


class MultiSensorImageSequenceSampleAttributesTaskType(StrEnum):
    IMAGE_SEGMENTATION_SEQUENCE = "image-segmentation-sequence"
    IMAGE_VECTOR_SEQUENCE = "image-vector-sequence"

    def __str__(self) -> str:
        return str(self.value)
