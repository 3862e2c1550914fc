from enum import StrEnum


class MultiSensorPointcloudSequenceCuboidLabelAttributesTaskType(StrEnum):
    POINTCLOUD_CUBOID_SEQUENCE = "pointcloud-cuboid-sequence"

    def __str__(self) -> str:
        return str(self.value)
