from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationMembership")


@_attrs_define
class OrganizationMembership:
    """An organization the user belongs to, with the user's role in it.

    Attributes:
        username (str):
        created_at (datetime.datetime):
        is_organization (bool):
        organization_role (Role | Unset): A collaborator's role on a dataset.
    """

    username: str
    created_at: datetime.datetime
    is_organization: bool
    organization_role: Role | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        created_at = self.created_at.isoformat()

        is_organization = self.is_organization

        organization_role: str | Unset = UNSET
        if not isinstance(self.organization_role, Unset):
            organization_role = self.organization_role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "created_at": created_at,
                "is_organization": is_organization,
            }
        )
        if organization_role is not UNSET:
            field_dict["organization_role"] = organization_role

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        is_organization = d.pop("is_organization")

        _organization_role = d.pop("organization_role", UNSET)
        organization_role: Role | Unset
        if isinstance(_organization_role, Unset):
            organization_role = UNSET
        else:
            organization_role = Role(_organization_role)

        organization_membership = cls(
            username=username,
            created_at=created_at,
            is_organization=is_organization,
            organization_role=organization_role,
        )

        organization_membership.additional_properties = d
        return organization_membership

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
