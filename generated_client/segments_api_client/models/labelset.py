from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Labelset")


@_attrs_define
class Labelset:
    """
    Attributes:
        name (str):
        description (str):
        uuid (UUID | Unset):
        readme (str | Unset):
        is_groundtruth (bool | None | Unset):
        created_at (datetime.datetime | None | Unset):
    """

    name: str
    description: str
    uuid: UUID | Unset = UNSET
    readme: str | Unset = UNSET
    is_groundtruth: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        readme = self.readme

        is_groundtruth: bool | None | Unset
        if isinstance(self.is_groundtruth, Unset):
            is_groundtruth = UNSET
        else:
            is_groundtruth = self.is_groundtruth

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if readme is not UNSET:
            field_dict["readme"] = readme
        if is_groundtruth is not UNSET:
            field_dict["is_groundtruth"] = is_groundtruth
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        readme = d.pop("readme", UNSET)

        def _parse_is_groundtruth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_groundtruth = _parse_is_groundtruth(d.pop("is_groundtruth", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        labelset = cls(
            name=name,
            description=description,
            uuid=uuid,
            readme=readme,
            is_groundtruth=is_groundtruth,
            created_at=created_at,
        )

        labelset.additional_properties = d
        return labelset

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
