from enum import StrEnum


class MultiSensorImageSequenceVectorLabelAttributesTaskType(StrEnum):
    IMAGE_VECTOR_SEQUENCE = "image-vector-sequence"

    def __str__(self) -> str:
        return str(self.value)
