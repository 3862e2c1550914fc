"""Which sample and label attribute formats each task type takes, checked against the spec."""

from __future__ import annotations

from collections.abc import Iterator
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
}


def _reject(schemas: SpecSchemas, component: str, value: Any, what: str, task_type: str) -> None:
    problems = schemas.errors(component, value)
    if problems:
        detail = f"{what} do not match the '{task_type}' format ({component}): {problems[0]}."
        raise ApiError(400, detail, {"attributes": problems[:10]})


def check_sample_attributes(schemas: SpecSchemas, task_type: str, attributes: Any) -> None:
    """400 unless ``attributes`` fit the dataset's data type."""
    _reject(schemas, SAMPLE_FORMAT[task_type], attributes, "Sample attributes", task_type)


def _category_ids(node: Any) -> Iterator[int]:
    if isinstance(node, dict):
        if isinstance(node.get("category_id"), int):
            yield node["category_id"]
        for value in node.values():
            yield from _category_ids(value)
    elif isinstance(node, list):
        for item in node:
            yield from _category_ids(item)


def check_label_attributes(
    schemas: SpecSchemas, task_type: str, task_attributes: dict[str, Any], attributes: Any
) -> None:
    """400 unless ``attributes`` fit the task type and use only the dataset's category ids."""
    _reject(schemas, LABEL_FORMAT[task_type], attributes, "Label attributes", task_type)
    categories = task_attributes.get("categories")
    if not categories:
        return
    known = {category["id"] for category in categories}
    unknown = sorted({cid for cid in _category_ids(attributes) if cid not in known})
    if unknown:
        detail = f"Unknown category_id {unknown[0]}: the dataset's categories are {sorted(known)}."
        raise ApiError(400, detail, {"attributes": [detail]})
