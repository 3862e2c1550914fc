from enum import StrEnum


class MultiSensorPointcloudSequenceVectorLabelAttributesTaskType(StrEnum):
    POINTCLOUD_VECTOR_SEQUENCE = "pointcloud-vector-sequence"

    def __str__(self) -> str:
        return str(self.value)
