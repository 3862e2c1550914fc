from enum import StrEnum


class MultiSensorPointcloudSequenceSampleAttributesTaskType(StrEnum):
    POINTCLOUD_CUBOID_SEQUENCE = "pointcloud-cuboid-sequence"
    POINTCLOUD_SEGMENTATION_SEQUENCE = "pointcloud-segmentation-sequence"
    POINTCLOUD_VECTOR_SEQUENCE = "pointcloud-vector-sequence"

    def __str__(self) -> str:
        return str(self.value)
