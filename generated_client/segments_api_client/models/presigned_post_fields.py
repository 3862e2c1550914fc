from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aws_fields import AWSFields


T = TypeVar("T", bound="PresignedPostFields")


@_attrs_define
class PresignedPostFields:
    """
    Attributes:
        url (str): Where to POST the multipart form.
        fields (AWSFields): The form fields to send with the upload, in this order, before the file.
    """

    url: str
    fields: AWSFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aws_fields import AWSFields

        d = dict(src_dict)
        url = d.pop("url")

        fields = AWSFields.from_dict(d.pop("fields"))

        presigned_post_fields = cls(
            url=url,
            fields=fields,
        )

        presigned_post_fields.additional_properties = d
        return presigned_post_fields

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
