"""Type aliases for what the methods take: the API's enums as ``Literal`` types, and input shapes.

The literals list the values of the spec's enums (a test keeps them equal to openapi.yaml); the
methods also accept the generated enum members (``models.TaskType.BBOXES``).
"""

from __future__ import annotations

import uuid
from enum import Enum
from typing import Any, Literal, TypeAlias

TaskType: TypeAlias = Literal[
    "segmentation-bitmap",
    "segmentation-bitmap-highres",
    "image-segmentation-sequence",
    "bboxes",
    "vector",
    "image-vector-sequence",
    "keypoints",
    "pointcloud-cuboid",
    "pointcloud-cuboid-sequence",
    "pointcloud-segmentation",
    "pointcloud-segmentation-sequence",
    "pointcloud-vector",
    "pointcloud-vector-sequence",
    "multisensor-sequence",
    "",
]
LabelStatus: TypeAlias = Literal[
    "REVIEWED",
    "REVIEWING_IN_PROGRESS",
    "LABELED",
    "LABELING_IN_PROGRESS",
    "REJECTED",
    "PRELABELED",
    "SKIPPED",
    "VERIFIED",
    "UNLABELED",
]
Role: TypeAlias = Literal["labeler", "reviewer", "manager", "admin"]
DatasetCategory: TypeAlias = Literal[
    "street_scenery", "garden", "agriculture", "satellite", "people", "medical", "fruit", "other"
]
IssueStatus: TypeAlias = Literal["OPEN", "CLOSED"]
SampleSortKey: TypeAlias = Literal["name", "created_at", "created", "priority", "gt_label__updated_at", "updated_at"]
WorkunitSortKey: TypeAlias = Literal["created_at"]
Direction: TypeAlias = Literal["asc", "desc"]

#: A uuid as the API returns it (a string) or as ``uuid.UUID``.
UUIDLike: TypeAlias = str | uuid.UUID
#: Sample, label, task or issue-anchor attributes: a dict in the API's format, or a generated model.
Attributes: TypeAlias = dict[str, Any] | Any
#: A generated enum member (``models.TaskType.BBOXES``), accepted wherever the literal string is.
EnumValue: TypeAlias = Enum
