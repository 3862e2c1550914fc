from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attribute_values import AttributeValues
    from ..models.image_vector_annotation import ImageVectorAnnotation
    from ..models.link import Link


T = TypeVar("T", bound="ImageVectorLabelAttributes")


@_attrs_define
class ImageVectorLabelAttributes:
    """`bboxes`, `vector`, `keypoints`.

    Attributes:
        annotations (list[ImageVectorAnnotation]):
        format_version (float | None | str | Unset): Format version of an attributes object, e.g. `"0.1"` (string,
            number or null).
        image_attributes (AttributeValues | None | Unset):
        links (list[Link] | Unset):
    """

    annotations: list[ImageVectorAnnotation]
    format_version: float | None | str | Unset = UNSET
    image_attributes: AttributeValues | None | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_values import AttributeValues

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item = annotations_item_data.to_dict()
            annotations.append(annotations_item)

        format_version: float | None | str | Unset
        if isinstance(self.format_version, Unset):
            format_version = UNSET
        else:
            format_version = self.format_version

        image_attributes: dict[str, Any] | None | Unset
        if isinstance(self.image_attributes, Unset):
            image_attributes = UNSET
        elif isinstance(self.image_attributes, AttributeValues):
            image_attributes = self.image_attributes.to_dict()
        else:
            image_attributes = self.image_attributes

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
            }
        )
        if format_version is not UNSET:
            field_dict["format_version"] = format_version
        if image_attributes is not UNSET:
            field_dict["image_attributes"] = image_attributes
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute_values import AttributeValues
        from ..models.image_vector_annotation import ImageVectorAnnotation
        from ..models.link import Link

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            annotations_item = ImageVectorAnnotation.from_dict(annotations_item_data)

            annotations.append(annotations_item)

        def _parse_format_version(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        format_version = _parse_format_version(d.pop("format_version", UNSET))

        def _parse_image_attributes(data: object) -> AttributeValues | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_attributes_type_0 = AttributeValues.from_dict(data)

                return image_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributeValues | None | Unset, data)

        image_attributes = _parse_image_attributes(d.pop("image_attributes", UNSET))

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        image_vector_label_attributes = cls(
            annotations=annotations,
            format_version=format_version,
            image_attributes=image_attributes,
            links=links,
        )

        image_vector_label_attributes.additional_properties = d
        return image_vector_label_attributes

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
