"""The public documentation's own examples against the contract: each validates, and every field it
shows is declared (a field the contract only lets through as an unknown key is a gap).

Transcribed from the documentation's source (repository segments-ai/docs): "Sample formats"
(reference/sample-types/README.md) and "Label formats" (reference/label-types.md). Comments are
dropped, and the pages' ``{ ... }`` placeholders are filled with the example they stand for. The
deprecated text sample (``{"text": ...}``, removed from the official SDK in 2024) is left out.
"""

from __future__ import annotations

from typing import Any

import pytest
from segments_server.contract.fields import FieldWalker

from tests.spec_helpers import load_spec, validator

IMAGE = {"image": {"url": "https://example.com/image.jpg"}}
IMAGE_SEQUENCE = {
    "frames": [
        {"image": {"url": f"https://example.com/frame_0000{n}.jpg"}, "name": f"frame_0000{n}"} for n in (1, 2, 3)
    ]
}
CAMERA_IMAGE = {
    "name": "Camera example 1",
    "url": "https://example.com/image.jpg",
    "row": 0,
    "col": 0,
    "intrinsics": {
        "intrinsic_matrix": [
            [1266.417203046554, 0, 816.2670197447984],
            [0, 1266.417203046554, 491.50706579294757],
            [0, 0, 1],
        ]
    },
    "extrinsics": {
        "translation": {"x": -0.012463384576629082, "y": 0.76486688894964, "z": -0.3109103442096661},
        "rotation": {
            "qx": 0.713640516187247,
            "qy": -0.001134052598226082,
            "qz": 0.0036449450274057696,
            "qw": 0.7005017073187271,
        },
    },
    "distortion": {
        "model": "fisheye",
        "coefficients": {"k1": -0.0539124, "k2": -0.0101993, "k3": -0.00202017, "k4": 0.00120938},
    },
    "camera_convention": "OpenCV",
    "rotation": 1.5708,
}
BROWN_CONRADY = {
    "model": "brown-conrady",
    "coefficients": {"k1": -0.2916058942, "k2": 0.0763231072, "k3": 0.0, "p1": 0.0014829263, "p2": -0.0019540316},
}
POINT_CLOUD = {
    "pcd": {"url": "https://example.com/pointcloud.pcd", "type": "pcd"},
    "images": [CAMERA_IMAGE, {**CAMERA_IMAGE, "col": 1, "distortion": BROWN_CONRADY}],
    "name": "frame_00001",
    "timestamp": "00001",
    "ego_pose": {
        "position": {"x": -2.7161461413869947, "y": 116.25822288149078, "z": 1.8348751887989483},
        "heading": {
            "qx": -0.02111296123795955,
            "qy": -0.006495469416730261,
            "qz": -0.008024565904865688,
            "qw": 0.9997181192298087,
        },
    },
    "default_z": -1,
    "bounds": {"min_z": -1, "max_z": 3},
}
KITTI = {"url": "https://example.com/pointcloud.bin", "type": "kitti"}
POINT_CLOUD_SEQUENCE = {"frames": [POINT_CLOUD, {**POINT_CLOUD, "pcd": KITTI, "name": "frame_00002"}]}
MULTI_SENSOR = {
    "sensors": [
        {"name": "Lidar", "task_type": "pointcloud-cuboid-sequence", "attributes": POINT_CLOUD_SEQUENCE},
        {"name": "Camera 1", "task_type": "image-vector-sequence", "attributes": IMAGE_SEQUENCE},
    ]
}

SEGMENTATION_LABEL = {
    "format_version": "0.1",
    "annotations": [
        {"id": 1, "category_id": 1, "track_id": 1},
        {"id": 2, "category_id": 1, "track_id": 2},
        {"id": 3, "category_id": 4, "track_id": 3},
    ],
    "segmentation_bitmap": {
        "url": "https://segmentsai-staging.s3.eu-west-2.amazonaws.com/assets/davy/ddf55e99-1a6f-42d2-83e9-8657de3259a1.png"
    },
}
_POLYGON = [[12.34, 56.78], [90.12, 34.56], [78.91, 23.45], [67.89, 98.76], [54.32, 10.01]]
VECTOR_LABEL = {
    "format_version": "0.1",
    "annotations": [
        {"id": 1, "category_id": 1, "type": "bbox", "points": [[12.34, 56.78], [90.12, 34.56]]},
        {"id": 2, "category_id": 2, "type": "polygon", "points": _POLYGON},
        {"id": 3, "category_id": 3, "type": "polyline", "points": _POLYGON},
        {"id": 4, "category_id": 4, "type": "point", "points": [[12.34, 56.78]]},
    ],
}
VECTOR_SEQUENCE_FRAME = {
    "format_version": "0.1",
    "timestamp": "00001",
    "annotations": [
        {**annotation, "track_id": 7 - annotation["id"], "is_keyframe": True}
        for annotation in VECTOR_LABEL["annotations"]
    ],
}
CUBOID = {
    "id": 1,
    "category_id": 1,
    "type": "cuboid",
    "position": {"x": 0.0, "y": 0.2, "z": 0.5},
    "dimensions": {"x": 1.2, "y": 1, "z": 1},
    "yaw": 0.63,
    "rotation": {"qx": 0, "qy": 0.0491566, "qz": 0.3096865, "qw": 0.9495672},
}
SEQUENCE_CUBOID = {**CUBOID, "track_id": 1, "is_keyframe": True, "index": 0}

_POLYGON_3D = [[x, y, 0] for x, y in _POLYGON]
POINT_CLOUD_VECTOR_LABEL = {
    "format_version": "0.1",
    "annotations": [
        {
            "id": 2,
            "category_id": 2,
            "type": "polygon",
            "points": _POLYGON_3D,
            "track_id": 2,
            "is_keyframe": True,
            "index": 0,
        },
        {
            "id": 3,
            "category_id": 3,
            "type": "polyline",
            "points": _POLYGON_3D,
            "track_id": 1,
            "is_keyframe": False,
            "index": 1,
        },
        {
            "id": 4,
            "category_id": 4,
            "type": "point",
            "points": [[12.34, 56.78, 0]],
            "track_id": 3,
            "is_keyframe": False,
            "index": 2,
        },
    ],
}
OBJECT_AND_IMAGE_ATTRIBUTES = {
    "format_version": "0.1",
    "annotations": [
        {"id": 1, "category_id": 1, "attributes": {"is_crowd": "1", "color": "red"}},
        {"id": 2, "category_id": 1, "attributes": {"is_crowd": "0", "color": "blue"}},
        {"id": 3, "category_id": 4, "attributes": {"is_crowd": "1", "color": "yellow"}},
    ],
    "segmentation_bitmap": SEGMENTATION_LABEL["segmentation_bitmap"],
    "image_attributes": {"scene_type": "crossroads", "weather": "sunny"},
}
POINT_CLOUD_CUBOID_SEQUENCE_LABEL = {
    "format_version": "0.2",
    "frames": [{"format_version": "0.2", "annotations": [SEQUENCE_CUBOID]}],
}
IMAGE_VECTOR_SEQUENCE_LABEL = {"format_version": "0.2", "frames": [VECTOR_SEQUENCE_FRAME, VECTOR_SEQUENCE_FRAME]}

EXAMPLES: dict[str, tuple[str, Any]] = {
    "sample: image": ("ImageSampleAttributes", IMAGE),
    "sample: image sequence": ("ImageSequenceSampleAttributes", IMAGE_SEQUENCE),
    "sample: 3D point cloud": ("PointcloudSampleAttributes", POINT_CLOUD),
    "sample: 3D point cloud sequence": ("PointcloudSequenceSampleAttributes", POINT_CLOUD_SEQUENCE),
    "sample: multi-sensor sequence": ("MultiSensorSampleAttributes", MULTI_SENSOR),
    "label: image segmentation": ("ImageSegmentationLabelAttributes", SEGMENTATION_LABEL),
    "label: image vector": ("ImageVectorLabelAttributes", VECTOR_LABEL),
    "label: image sequence segmentation": (
        "ImageSequenceSegmentationLabelAttributes",
        {"format_version": "0.1", "frames": [SEGMENTATION_LABEL, SEGMENTATION_LABEL]},
    ),
    "label: image sequence vector": ("ImageSequenceVectorLabelAttributes", IMAGE_VECTOR_SEQUENCE_LABEL),
    "label: point cloud segmentation": (
        "PointcloudSegmentationLabelAttributes",
        {
            "format_version": "0.1",
            "annotations": [{"id": 1, "category_id": 1}, {"id": 2, "category_id": 1}, {"id": 3, "category_id": 4}],
            "point_annotations": [0, 0, 0, 3, 2, 2, 2, 1, 3],
        },
    ),
    "label: point cloud cuboid": (
        "PointcloudCuboidLabelAttributes",
        {"format_version": "0.2", "annotations": [CUBOID]},
    ),
    "label: point cloud cuboid sequence": (
        "PointcloudSequenceCuboidLabelAttributes",
        POINT_CLOUD_CUBOID_SEQUENCE_LABEL,
    ),
    "label: point cloud vector": ("PointcloudVectorLabelAttributes", POINT_CLOUD_VECTOR_LABEL),
    "label: point cloud sequence vector": (
        "PointcloudSequenceVectorLabelAttributes",
        {"format_version": "0.2", "frames": [POINT_CLOUD_VECTOR_LABEL, POINT_CLOUD_VECTOR_LABEL]},
    ),
    "label: point cloud sequence segmentation": (
        "PointcloudSequenceSegmentationLabelAttributes",
        {
            "format_version": "0.2",
            "frames": [
                {
                    "format_version": "0.2",
                    "annotations": [
                        {"id": 1, "category_id": 1, "track_id": 3},
                        {"id": 2, "category_id": 1, "track_id": 4},
                        {"id": 3, "category_id": 4, "track_id": 5},
                    ],
                    "point_annotations": [0, 0, 0, 3, 2, 2, 2, 1, 3],
                }
            ],
        },
    ),
    "label: multi-sensor sequence": (
        "MultiSensorLabelAttributes",
        {
            "sensors": [
                {
                    "name": "Lidar",
                    "task_type": "pointcloud-cuboid-sequence",
                    "attributes": POINT_CLOUD_CUBOID_SEQUENCE_LABEL,
                },
                {"name": "Camera 1", "task_type": "image-vector-sequence", "attributes": IMAGE_VECTOR_SEQUENCE_LABEL},
            ]
        },
    ),
    "label: object and image attributes": ("ImageSegmentationLabelAttributes", OBJECT_AND_IMAGE_ATTRIBUTES),
}


def undeclared(value: Any, schema: Any) -> list[str]:
    """Keys of ``value`` its schema does not declare (the server's walker, as ``segments-contract drift``
    uses it; objects without declared properties are free-form)."""
    found: list[str] = []
    FieldWalker(load_spec()).walk(value, schema, found.append)
    return found


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_documentation_example_validates_and_every_field_is_declared(name: str) -> None:
    component, example = EXAMPLES[name]
    schema = {"$ref": f"#/components/schemas/{component}"}
    errors = [error.message for error in validator(schema).iter_errors(example)]
    assert errors == [], f"{name}: the documentation's example does not validate"
    assert undeclared(example, schema) == [], f"{name}: fields shown by the documentation, not declared"


def test_the_check_sees_an_undeclared_field() -> None:
    schema = {"$ref": "#/components/schemas/PointcloudSampleAttributes"}
    assert undeclared({**POINT_CLOUD, "lidar_height": 2}, schema) == ["lidar_height"]
    assert undeclared({**POINT_CLOUD, "images": [{**CAMERA_IMAGE, "fov": 1}]}, schema) == ["images[].fov"]
