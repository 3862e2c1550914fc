from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pointcloud_cuboid_annotation_type import PointcloudCuboidAnnotationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.motion_value import MotionValue
    from ..models.quaternion import Quaternion
    from ..models.xyz import XYZ


T = TypeVar("T", bound="PointcloudSequenceCuboidAnnotation")


@_attrs_define
class PointcloudSequenceCuboidAnnotation:
    """An object in one frame of a sequence; `track_id` ties it across frames.

    Attributes:
        id (int):
        category_id (int):
        type_ (PointcloudCuboidAnnotationType):
        position (XYZ):
        dimensions (XYZ):
        yaw (float): Heading in radians around +z, 0 = +x.
        track_id (int):
        is_keyframe (bool | Unset):
        index (int | Unset):
        rotation (Quaternion | Unset):
        velocity (MotionValue | Unset):
        acceleration (MotionValue | Unset):
        attributes (AttributeValues | Unset): Attribute values by attribute name.
    """

    id: int
    category_id: int
    type_: PointcloudCuboidAnnotationType
    position: XYZ
    dimensions: XYZ
    yaw: float
    track_id: int
    is_keyframe: bool | Unset = UNSET
    index: int | Unset = UNSET
    rotation: Quaternion | Unset = UNSET
    velocity: MotionValue | Unset = UNSET
    acceleration: MotionValue | Unset = UNSET
    attributes: AttributeValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category_id = self.category_id

        type_ = self.type_.value

        position = self.position.to_dict()

        dimensions = self.dimensions.to_dict()

        yaw = self.yaw

        track_id = self.track_id

        is_keyframe = self.is_keyframe

        index = self.index

        rotation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rotation, Unset):
            rotation = self.rotation.to_dict()

        velocity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.velocity, Unset):
            velocity = self.velocity.to_dict()

        acceleration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.acceleration, Unset):
            acceleration = self.acceleration.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "category_id": category_id,
                "type": type_,
                "position": position,
                "dimensions": dimensions,
                "yaw": yaw,
                "track_id": track_id,
            }
        )
        if is_keyframe is not UNSET:
            field_dict["is_keyframe"] = is_keyframe
        if index is not UNSET:
            field_dict["index"] = index
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if velocity is not UNSET:
            field_dict["velocity"] = velocity
        if acceleration is not UNSET:
            field_dict["acceleration"] = acceleration
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues
        from ..models.motion_value import MotionValue
        from ..models.quaternion import Quaternion
        from ..models.xyz import XYZ

        d = dict(src_dict)
        id = d.pop("id")

        category_id = d.pop("category_id")

        type_ = PointcloudCuboidAnnotationType(d.pop("type"))

        position = XYZ.from_dict(d.pop("position"))

        dimensions = XYZ.from_dict(d.pop("dimensions"))

        yaw = d.pop("yaw")

        track_id = d.pop("track_id")

        is_keyframe = d.pop("is_keyframe", UNSET)

        index = d.pop("index", UNSET)

        _rotation = d.pop("rotation", UNSET)
        rotation: Quaternion | Unset
        if isinstance(_rotation, Unset):
            rotation = UNSET
        else:
            rotation = Quaternion.from_dict(_rotation)

        _velocity = d.pop("velocity", UNSET)
        velocity: MotionValue | Unset
        if isinstance(_velocity, Unset):
            velocity = UNSET
        else:
            velocity = MotionValue.from_dict(_velocity)

        _acceleration = d.pop("acceleration", UNSET)
        acceleration: MotionValue | Unset
        if isinstance(_acceleration, Unset):
            acceleration = UNSET
        else:
            acceleration = MotionValue.from_dict(_acceleration)

        _attributes = d.pop("attributes", UNSET)
        attributes: AttributeValues | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AttributeValues.from_dict(_attributes)

        pointcloud_sequence_cuboid_annotation = cls(
            id=id,
            category_id=category_id,
            type_=type_,
            position=position,
            dimensions=dimensions,
            yaw=yaw,
            track_id=track_id,
            is_keyframe=is_keyframe,
            index=index,
            rotation=rotation,
            velocity=velocity,
            acceleration=acceleration,
            attributes=attributes,
        )

        pointcloud_sequence_cuboid_annotation.additional_properties = d
        return pointcloud_sequence_cuboid_annotation

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
