"""Which sample and label attribute formats each task type takes, checked against the spec."""

from __future__ import annotations

from typing import Any

from .errors import ApiError
from .schemas import SpecSchemas

IMAGE_TASKS = ("segmentation-bitmap", "segmentation-bitmap-highres", "bboxes", "vector", "keypoints")

SAMPLE_FORMAT: dict[str, str] = {
    **{task: "ImageSampleAttributes" for task in IMAGE_TASKS},
    "image-segmentation-sequence": "ImageSequenceSampleAttributes",
    "image-vector-sequence": "ImageSequenceSampleAttributes",
    "pointcloud-cuboid": "PointcloudSampleAttributes",
    "pointcloud-segmentation": "PointcloudSampleAttributes",
    "pointcloud-vector": "PointcloudSampleAttributes",
    "pointcloud-cuboid-sequence": "PointcloudSequenceSampleAttributes",
    "pointcloud-segmentation-sequence": "PointcloudSequenceSampleAttributes",
    "pointcloud-vector-sequence": "PointcloudSequenceSampleAttributes",
    "multisensor-sequence": "MultiSensorSampleAttributes",
    # A dataset without a task type (the SDK's TaskType.EMPTY) takes any documented format.
    "": "SampleAttributes",
}

LABEL_FORMAT: dict[str, str] = {
    "segmentation-bitmap": "ImageSegmentationLabelAttributes",
    "segmentation-bitmap-highres": "ImageSegmentationLabelAttributes",
    "bboxes": "ImageVectorLabelAttributes",
    "vector": "ImageVectorLabelAttributes",
    "keypoints": "ImageVectorLabelAttributes",
    "image-segmentation-sequence": "ImageSequenceSegmentationLabelAttributes",
    "image-vector-sequence": "ImageSequenceVectorLabelAttributes",
    "pointcloud-cuboid": "PointcloudCuboidLabelAttributes",
    "pointcloud-segmentation": "PointcloudSegmentationLabelAttributes",
    "pointcloud-vector": "PointcloudVectorLabelAttributes",
    "pointcloud-cuboid-sequence": "PointcloudSequenceCuboidLabelAttributes",
    "pointcloud-segmentation-sequence": "PointcloudSequenceSegmentationLabelAttributes",
    "pointcloud-vector-sequence": "PointcloudSequenceVectorLabelAttributes",
    "multisensor-sequence": "MultiSensorLabelAttributes",
    "": "LabelAttributes",
}


def _reject(schemas: SpecSchemas, component: str, value: Any, what: str, task_type: str) -> None:
    problems = schemas.errors(component, value)
    if problems:
        detail = f"{what} do not match the '{task_type}' format ({component}): {problems[0]}."
        raise ApiError(400, detail, {"attributes": problems[:10]})


def check_sample_attributes(schemas: SpecSchemas, task_type: str, attributes: Any) -> None:
    """400 unless ``attributes`` fit the dataset's data type."""
    _reject(schemas, SAMPLE_FORMAT[task_type], attributes, "Sample attributes", task_type)


def check_label_attributes(schemas: SpecSchemas, task_type: str, attributes: Any) -> None:
    """400 unless ``attributes`` fit the dataset's task type.

    Category ids are not checked against the dataset's categories: the real API stores pre-labels
    as given, and the official SDK's own tests upload labels whose ids the dataset does not define.
    """
    _reject(schemas, LABEL_FORMAT[task_type], attributes, "Label attributes", task_type)
