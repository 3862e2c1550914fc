from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.control_members import ControlMembers


T = TypeVar("T", bound="ControlOrganization")


@_attrs_define
class ControlOrganization:
    """
    Attributes:
        name (str):
        owner (str):
        members (ControlMembers): Members by username, with their role.
    """

    name: str
    owner: str
    members: ControlMembers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner = self.owner

        members = self.members.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner": owner,
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.control_members import ControlMembers

        d = dict(src_dict)
        name = d.pop("name")

        owner = d.pop("owner")

        members = ControlMembers.from_dict(d.pop("members"))

        control_organization = cls(
            name=name,
            owner=owner,
            members=members,
        )

        control_organization.additional_properties = d
        return control_organization

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
