from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        rotation (None | Quaternion | Unset):
        velocity (MotionValue | None | Unset):
        acceleration (MotionValue | None | Unset):
        attributes (AttributeValues | None | Unset):
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
    rotation: None | Quaternion | Unset = UNSET
    velocity: MotionValue | None | Unset = UNSET
    acceleration: MotionValue | None | Unset = UNSET
    attributes: AttributeValues | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues
        from ..models.motion_value import MotionValue
        from ..models.quaternion import Quaternion

        id = self.id

        category_id = self.category_id

        type_ = self.type_.value

        position = self.position.to_dict()

        dimensions = self.dimensions.to_dict()

        yaw = self.yaw

        track_id = self.track_id

        is_keyframe = self.is_keyframe

        index = self.index

        rotation: dict[str, Any] | None | Unset
        if isinstance(self.rotation, Unset):
            rotation = UNSET
        elif isinstance(self.rotation, Quaternion):
            rotation = self.rotation.to_dict()
        else:
            rotation = self.rotation

        velocity: dict[str, Any] | None | Unset
        if isinstance(self.velocity, Unset):
            velocity = UNSET
        elif isinstance(self.velocity, MotionValue):
            velocity = self.velocity.to_dict()
        else:
            velocity = self.velocity

        acceleration: dict[str, Any] | None | Unset
        if isinstance(self.acceleration, Unset):
            acceleration = UNSET
        elif isinstance(self.acceleration, MotionValue):
            acceleration = self.acceleration.to_dict()
        else:
            acceleration = self.acceleration

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, AttributeValues):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

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

        def _parse_rotation(data: object) -> None | Quaternion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rotation_type_0 = Quaternion.from_dict(data)

                return rotation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Quaternion | Unset, data)

        rotation = _parse_rotation(d.pop("rotation", UNSET))

        def _parse_velocity(data: object) -> MotionValue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                velocity_type_0 = MotionValue.from_dict(data)

                return velocity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MotionValue | None | Unset, data)

        velocity = _parse_velocity(d.pop("velocity", UNSET))

        def _parse_acceleration(data: object) -> MotionValue | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acceleration_type_0 = MotionValue.from_dict(data)

                return acceleration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MotionValue | None | Unset, data)

        acceleration = _parse_acceleration(d.pop("acceleration", UNSET))

        def _parse_attributes(data: object) -> AttributeValues | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = AttributeValues.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeValues | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

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
