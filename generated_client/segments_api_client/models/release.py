from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.release_release_type import ReleaseReleaseType
from ..models.release_status import ReleaseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_attributes import ReleaseAttributes


T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """
    Attributes:
        uuid (UUID):
        name (str):
        description (str):
        release_type (ReleaseReleaseType):
        attributes (ReleaseAttributes): Where the release file is; empty while the release is `PENDING`. The file is
            read with a
            plain GET of `url`, without an API key. For a public dataset `url` is permanent; for a
            private one it is a signed link that expires (24 hours by default, as the hosted API's
            signed storage URLs do), and `signed_url` holds the same link: fetch the release again for
            a fresh one.
        status (ReleaseStatus):
        created_at (datetime.datetime):
        samples_count (int):
        status_info (str | Unset): Why a release `FAILED`; empty otherwise.
    """

    uuid: UUID
    name: str
    description: str
    release_type: ReleaseReleaseType
    attributes: ReleaseAttributes
    status: ReleaseStatus
    created_at: datetime.datetime
    samples_count: int
    status_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        description = self.description

        release_type = self.release_type.value

        attributes = self.attributes.to_dict()

        status = self.status.value

        created_at = self.created_at.isoformat()

        samples_count = self.samples_count

        status_info = self.status_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "description": description,
                "release_type": release_type,
                "attributes": attributes,
                "status": status,
                "created_at": created_at,
                "samples_count": samples_count,
            }
        )
        if status_info is not UNSET:
            field_dict["status_info"] = status_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.release_attributes import ReleaseAttributes

        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        description = d.pop("description")

        release_type = ReleaseReleaseType(d.pop("release_type"))

        attributes = ReleaseAttributes.from_dict(d.pop("attributes"))

        status = ReleaseStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        samples_count = d.pop("samples_count")

        status_info = d.pop("status_info", UNSET)

        release = cls(
            uuid=uuid,
            name=name,
            description=description,
            release_type=release_type,
            attributes=attributes,
            status=status,
            created_at=created_at,
            samples_count=samples_count,
            status_info=status_info,
        )

        release.additional_properties = d
        return release

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
