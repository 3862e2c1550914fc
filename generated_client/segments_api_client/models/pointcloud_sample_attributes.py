from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bounds import Bounds
    from ..models.calibrated_image import CalibratedImage
    from ..models.ego_pose import EgoPose
    from ..models.pcd import PCD


T = TypeVar("T", bound="PointcloudSampleAttributes")


@_attrs_define
class PointcloudSampleAttributes:
    """A point cloud (`pointcloud-cuboid`, `pointcloud-segmentation`, `pointcloud-vector`), or one frame of a sequence.

    Attributes:
        pcd (PCD):
        images (list[CalibratedImage] | Unset):
        ego_pose (EgoPose | Unset):
        default_z (float | Unset):
        name (str | Unset):
        timestamp (float | str | Unset): A frame timestamp (nanoseconds recommended), number or string.
        bounds (Bounds | Unset):
    """

    pcd: PCD
    images: list[CalibratedImage] | Unset = UNSET
    ego_pose: EgoPose | Unset = UNSET
    default_z: float | Unset = UNSET
    name: str | Unset = UNSET
    timestamp: float | str | Unset = UNSET
    bounds: Bounds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pcd = self.pcd.to_dict()

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        ego_pose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ego_pose, Unset):
            ego_pose = self.ego_pose.to_dict()

        default_z = self.default_z

        name = self.name

        timestamp: float | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        bounds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounds, Unset):
            bounds = self.bounds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pcd": pcd,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if ego_pose is not UNSET:
            field_dict["ego_pose"] = ego_pose
        if default_z is not UNSET:
            field_dict["default_z"] = default_z
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if bounds is not UNSET:
            field_dict["bounds"] = bounds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounds import Bounds
        from ..models.calibrated_image import CalibratedImage
        from ..models.ego_pose import EgoPose
        from ..models.pcd import PCD

        d = dict(src_dict)
        pcd = PCD.from_dict(d.pop("pcd"))

        _images = d.pop("images", UNSET)
        images: list[CalibratedImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = CalibratedImage.from_dict(images_item_data)

                images.append(images_item)

        _ego_pose = d.pop("ego_pose", UNSET)
        ego_pose: EgoPose | Unset
        if isinstance(_ego_pose, Unset):
            ego_pose = UNSET
        else:
            ego_pose = EgoPose.from_dict(_ego_pose)

        default_z = d.pop("default_z", UNSET)

        name = d.pop("name", UNSET)

        def _parse_timestamp(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _bounds = d.pop("bounds", UNSET)
        bounds: Bounds | Unset
        if isinstance(_bounds, Unset):
            bounds = UNSET
        else:
            bounds = Bounds.from_dict(_bounds)

        pointcloud_sample_attributes = cls(
            pcd=pcd,
            images=images,
            ego_pose=ego_pose,
            default_z=default_z,
            name=name,
            timestamp=timestamp,
            bounds=bounds,
        )

        pointcloud_sample_attributes.additional_properties = d
        return pointcloud_sample_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
