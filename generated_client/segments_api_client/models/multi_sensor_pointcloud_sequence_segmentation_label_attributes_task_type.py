from enum import StrEnum


class MultiSensorPointcloudSequenceSegmentationLabelAttributesTaskType(StrEnum):
    POINTCLOUD_SEGMENTATION_SEQUENCE = "pointcloud-segmentation-sequence"

    def __str__(self) -> str:
        return str(self.value)
