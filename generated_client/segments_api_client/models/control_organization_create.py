from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_members import ControlMembers


T = TypeVar("T", bound="ControlOrganizationCreate")


@_attrs_define
class ControlOrganizationCreate:
    """
    Attributes:
        name (str):
        owner (str): An existing user, the organization's admin.
        members (ControlMembers | Unset): Members by username, with their role.
    """

    name: str
    owner: str
    members: ControlMembers | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner = self.owner

        members: dict[str, Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "owner": owner,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_members import ControlMembers

        d = dict(src_dict)
        name = d.pop("name")

        owner = d.pop("owner")

        _members = d.pop("members", UNSET)
        members: ControlMembers | Unset
        if isinstance(_members, Unset):
            members = UNSET
        else:
            members = ControlMembers.from_dict(_members)

        control_organization_create = cls(
            name=name,
            owner=owner,
            members=members,
        )

        return control_organization_create
