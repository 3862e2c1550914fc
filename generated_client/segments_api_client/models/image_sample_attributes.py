from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_url import FileUrl


T = TypeVar("T", bound="ImageSampleAttributes")


@_attrs_define
class ImageSampleAttributes:
    """An image (`segmentation-bitmap`, `segmentation-bitmap-highres`, `bboxes`, `vector`, `keypoints`).

    Attributes:
        image (FileUrl): A file by URL (an image or a segmentation bitmap), with a signed URL where storage needs one.
    """

    image: FileUrl
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_url import FileUrl

        d = dict(src_dict)
        image = FileUrl.from_dict(d.pop("image"))

        image_sample_attributes = cls(
            image=image,
        )

        image_sample_attributes.additional_properties = d
        return image_sample_attributes

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
