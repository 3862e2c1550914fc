from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_vector_annotation_type import ImageVectorAnnotationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues


T = TypeVar("T", bound="ImageVectorAnnotation")


@_attrs_define
class ImageVectorAnnotation:
    """
    Attributes:
        id (int):
        category_id (int):
        type_ (ImageVectorAnnotationType): `bbox` has 2 corner points, `point` 1, `polygon`/`polyline` any number.
        points (list[list[float]]):
        track_id (int | Unset):
        is_keyframe (bool | Unset):
        attributes (AttributeValues | None | Unset):
    """

    id: int
    category_id: int
    type_: ImageVectorAnnotationType
    points: list[list[float]]
    track_id: int | Unset = UNSET
    is_keyframe: bool | Unset = UNSET
    attributes: AttributeValues | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues

        id = self.id

        category_id = self.category_id

        type_ = self.type_.value

        points = []
        for points_item_data in self.points:
            points_item = points_item_data

            points.append(points_item)

        track_id = self.track_id

        is_keyframe = self.is_keyframe

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
                "points": points,
            }
        )
        if track_id is not UNSET:
            field_dict["track_id"] = track_id
        if is_keyframe is not UNSET:
            field_dict["is_keyframe"] = is_keyframe
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues

        d = dict(src_dict)
        id = d.pop("id")

        category_id = d.pop("category_id")

        type_ = ImageVectorAnnotationType(d.pop("type"))

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = cast(list[float], points_item_data)

            points.append(points_item)

        track_id = d.pop("track_id", UNSET)

        is_keyframe = d.pop("is_keyframe", UNSET)

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

        image_vector_annotation = cls(
            id=id,
            category_id=category_id,
            type_=type_,
            points=points,
            track_id=track_id,
            is_keyframe=is_keyframe,
            attributes=attributes,
        )

        image_vector_annotation.additional_properties = d
        return image_vector_annotation

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
