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
    from ..models.ortho_image import OrthoImage
    from ..models.pcd import PCD


T = TypeVar("T", bound="PointcloudSampleAttributes")


@_attrs_define
class PointcloudSampleAttributes:
    """A point cloud (`pointcloud-cuboid`, `pointcloud-segmentation`, `pointcloud-vector`), or one frame of a sequence.

    Attributes:
        pcd (PCD):
        images (list[CalibratedImage] | Unset):
        ego_pose (EgoPose | None | Unset):
        default_z (float | None | Unset):
        name (None | str | Unset):
        timestamp (float | None | str | Unset): A frame timestamp (nanoseconds recommended), number, string or null.
        bounds (Bounds | None | Unset):
        ortho_images (list[OrthoImage] | None | Unset): Top-down images (e.g. tiles); for sequences they hold for every
            frame, so they sit next to `frames`.
    """

    pcd: PCD
    images: list[CalibratedImage] | Unset = UNSET
    ego_pose: EgoPose | None | Unset = UNSET
    default_z: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    timestamp: float | None | str | Unset = UNSET
    bounds: Bounds | None | Unset = UNSET
    ortho_images: list[OrthoImage] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bounds import Bounds
        from ..models.ego_pose import EgoPose

        pcd = self.pcd.to_dict()

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        ego_pose: dict[str, Any] | None | Unset
        if isinstance(self.ego_pose, Unset):
            ego_pose = UNSET
        elif isinstance(self.ego_pose, EgoPose):
            ego_pose = self.ego_pose.to_dict()
        else:
            ego_pose = self.ego_pose

        default_z: float | None | Unset
        if isinstance(self.default_z, Unset):
            default_z = UNSET
        else:
            default_z = self.default_z

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        timestamp: float | None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        bounds: dict[str, Any] | None | Unset
        if isinstance(self.bounds, Unset):
            bounds = UNSET
        elif isinstance(self.bounds, Bounds):
            bounds = self.bounds.to_dict()
        else:
            bounds = self.bounds

        ortho_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.ortho_images, Unset):
            ortho_images = UNSET
        elif isinstance(self.ortho_images, list):
            ortho_images = []
            for componentsschemas_ortho_images_type_0_item_data in self.ortho_images:
                componentsschemas_ortho_images_type_0_item = (
                    componentsschemas_ortho_images_type_0_item_data.to_dict()
                )
                ortho_images.append(componentsschemas_ortho_images_type_0_item)

        else:
            ortho_images = self.ortho_images

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
        if ortho_images is not UNSET:
            field_dict["ortho_images"] = ortho_images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounds import Bounds
        from ..models.calibrated_image import CalibratedImage
        from ..models.ego_pose import EgoPose
        from ..models.ortho_image import OrthoImage
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

        def _parse_ego_pose(data: object) -> EgoPose | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ego_pose_type_0 = EgoPose.from_dict(data)

                return ego_pose_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EgoPose | None | Unset, data)

        ego_pose = _parse_ego_pose(d.pop("ego_pose", UNSET))

        def _parse_default_z(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        default_z = _parse_default_z(d.pop("default_z", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_timestamp(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_bounds(data: object) -> Bounds | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bounds_type_0 = Bounds.from_dict(data)

                return bounds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Bounds | None | Unset, data)

        bounds = _parse_bounds(d.pop("bounds", UNSET))

        def _parse_ortho_images(data: object) -> list[OrthoImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_ortho_images_type_0 = []
                _componentsschemas_ortho_images_type_0 = data
                for (
                    componentsschemas_ortho_images_type_0_item_data
                ) in _componentsschemas_ortho_images_type_0:
                    componentsschemas_ortho_images_type_0_item = OrthoImage.from_dict(
                        componentsschemas_ortho_images_type_0_item_data
                    )

                    componentsschemas_ortho_images_type_0.append(
                        componentsschemas_ortho_images_type_0_item
                    )

                return componentsschemas_ortho_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrthoImage] | None | Unset, data)

        ortho_images = _parse_ortho_images(d.pop("ortho_images", UNSET))

        pointcloud_sample_attributes = cls(
            pcd=pcd,
            images=images,
            ego_pose=ego_pose,
            default_z=default_z,
            name=name,
            timestamp=timestamp,
            bounds=bounds,
            ortho_images=ortho_images,
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
