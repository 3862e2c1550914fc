from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.presigned_post_fields import PresignedPostFields


T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """
    Attributes:
        uuid (UUID):
        filename (str):
        url (str): The final URL of the file once uploaded; put it into sample or label attributes. Permanent
            and unguessable, readable without an API key. Images, video, audio, JSON and plain text
            are served inline; anything else (HTML, SVG, scripts) as a download.
        created_at (datetime.datetime):
        presigned_post_fields (PresignedPostFields):
    """

    uuid: UUID
    filename: str
    url: str
    created_at: datetime.datetime
    presigned_post_fields: PresignedPostFields
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        filename = self.filename

        url = self.url

        created_at = self.created_at.isoformat()

        presigned_post_fields = self.presigned_post_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "filename": filename,
                "url": url,
                "created_at": created_at,
                "presignedPostFields": presigned_post_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.presigned_post_fields import PresignedPostFields

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        filename = d.pop("filename")

        url = d.pop("url")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        presigned_post_fields = PresignedPostFields.from_dict(
            d.pop("presignedPostFields")
        )

        file = cls(
            uuid=uuid,
            filename=filename,
            url=url,
            created_at=created_at,
            presigned_post_fields=presigned_post_fields,
        )

        file.additional_properties = d
        return file

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
