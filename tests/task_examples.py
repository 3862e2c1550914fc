"""A valid sample and label for every task type, as the real API stores them."""

from __future__ import annotations

from typing import Any

IMAGE = {"image": {"url": "https://example.com/img.jpg"}}
IMAGE_SEQUENCE = {
    "frames": [
        {"image": {"url": "https://example.com/f0.jpg"}, "name": "f0"},
        {"image": {"url": "https://example.com/f1.jpg"}},
    ]
}
PCD = {
    "pcd": {"url": "https://example.com/p.pcd", "type": "pcd"},
    "images": [{"url": "https://example.com/cam.jpg", "row": 0, "col": 0, "intrinsics": {"intrinsic_matrix": [[1, 0, 0], [0, 1, 0], [0, 0, 1]]},
                "extrinsics": {"translation": {"x": 0, "y": 0, "z": 0}, "rotation": {"qx": 0, "qy": 0, "qz": 0, "qw": 1}},
                "distortion": {"model": "fisheye", "coefficients": {"k1": 0.1, "k2": 0, "k3": 0, "k4": 0}}}],
    "ego_pose": {"position": {"x": 0, "y": 0, "z": 0}, "heading": {"qx": 0, "qy": 0, "qz": 0, "qw": 1}},
    "timestamp": 1700000000,
}  # fmt: skip
PCD_SEQUENCE = {"frames": [PCD, {**PCD, "timestamp": 1700000001}]}
CUBOID = {"id": 1, "category_id": 1, "type": "cuboid", "position": {"x": 1, "y": 2, "z": 0.5},
          "dimensions": {"x": 4, "y": 2, "z": 1.5}, "yaw": 0.25}  # fmt: skip
BOX = {"id": 1, "category_id": 1, "type": "bbox", "points": [[1.0, 2.0], [30.0, 40.0]], "attributes": {"open": True}}
SEGMENT = {"id": 1, "category_id": 1}
PC_VECTOR = {"id": 2, "category_id": 1, "type": "polyline", "points": [[0, 0, 0], [1, 1, 0]]}
BITMAP = {"url": "https://example.com/bitmap.png"}

SAMPLES: dict[str, Any] = {
    "segmentation-bitmap": IMAGE,
    "segmentation-bitmap-highres": IMAGE,
    "bboxes": IMAGE,
    "vector": IMAGE,
    "keypoints": IMAGE,
    "image-segmentation-sequence": IMAGE_SEQUENCE,
    "image-vector-sequence": IMAGE_SEQUENCE,
    "pointcloud-cuboid": PCD,
    "pointcloud-segmentation": PCD,
    "pointcloud-vector": PCD,
    "pointcloud-cuboid-sequence": PCD_SEQUENCE,
    "pointcloud-segmentation-sequence": PCD_SEQUENCE,
    "pointcloud-vector-sequence": PCD_SEQUENCE,
    "multisensor-sequence": {"sensors": [
        {"name": "lidar", "task_type": "pointcloud-cuboid-sequence", "attributes": PCD_SEQUENCE},
        {"name": "camera", "task_type": "image-vector-sequence", "attributes": IMAGE_SEQUENCE},
    ]},
}  # fmt: skip

CUBOID_SEQUENCE = {
    "format_version": "0.2",
    "frames": [{"annotations": [{**CUBOID, "track_id": 1, "is_keyframe": True}]}, {"annotations": []}],
}
VECTOR_SEQUENCE = {
    "format_version": "0.2",
    "frames": [{"annotations": [{**BOX, "track_id": 1, "is_keyframe": True}]}, {"annotations": []}],
}

LABELS: dict[str, Any] = {
    "segmentation-bitmap": {"format_version": "0.1", "annotations": [SEGMENT], "segmentation_bitmap": BITMAP},
    "segmentation-bitmap-highres": {"annotations": [SEGMENT], "segmentation_bitmap": BITMAP},
    "bboxes": {"format_version": "0.1", "annotations": [BOX]},
    "vector": {"annotations": [{**BOX, "type": "polygon", "points": [[0, 0], [5, 0], [5, 5]]}], "image_attributes": {"scene": "day"}},
    "keypoints": {"annotations": [{**BOX, "type": "point", "points": [[3, 4]]}]},
    "image-segmentation-sequence": {"frames": [{"annotations": [{**SEGMENT, "track_id": 1}], "segmentation_bitmap": BITMAP}, {"annotations": []}]},
    "image-vector-sequence": VECTOR_SEQUENCE,
    "pointcloud-cuboid": {"format_version": "0.2", "annotations": [CUBOID], "links": [{"from_id": 1, "to_id": 1}]},
    "pointcloud-segmentation": {"annotations": [SEGMENT], "point_annotations": [0, 1, 1, 0]},
    "pointcloud-vector": {"annotations": [PC_VECTOR, CUBOID]},
    "pointcloud-cuboid-sequence": CUBOID_SEQUENCE,
    "pointcloud-segmentation-sequence": {"frames": [{"annotations": [{**SEGMENT, "track_id": 1}], "point_annotations": [1, 0]}]},
    "pointcloud-vector-sequence": {"frames": [{"annotations": [{**PC_VECTOR, "track_id": 2}]}]},
    "multisensor-sequence": {"sensors": [
        {"name": "lidar", "task_type": "pointcloud-cuboid-sequence", "attributes": CUBOID_SEQUENCE},
        {"name": "camera", "task_type": "image-vector-sequence", "attributes": []},
    ]},
}  # fmt: skip

TASK_ATTRIBUTES = {
    "format_version": "0.1",
    "categories": [
        {"id": 1, "name": "car", "color": [255, 0, 0], "attributes": [{"name": "open", "input_type": "checkbox"}]},
        {"id": 2, "name": "person", "attributes": [{"name": "pose", "input_type": "select", "values": ["standing", "sitting"]}]},
    ],
    "image_attributes": [{"name": "scene", "input_type": "text"}],
}  # fmt: skip
