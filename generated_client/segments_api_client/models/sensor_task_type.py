from enum import StrEnum


class SensorTaskType(StrEnum):
    IMAGE_SEGMENTATION_SEQUENCE = "image-segmentation-sequence"
    IMAGE_VECTOR_SEQUENCE = "image-vector-sequence"
    POINTCLOUD_CUBOID_SEQUENCE = "pointcloud-cuboid-sequence"
    POINTCLOUD_SEGMENTATION_SEQUENCE = "pointcloud-segmentation-sequence"
    POINTCLOUD_VECTOR_SEQUENCE = "pointcloud-vector-sequence"

    def __str__(self) -> str:
        return str(self.value)
