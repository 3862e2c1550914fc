from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlKeyCreate")


@_attrs_define
class ControlKeyCreate:
    """
    Attributes:
        username (str):
        name (str | Unset): What the key is for. Default: ''.
    """

    username: str
    name: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        name = d.pop("name", UNSET)

        control_key_create = cls(
            username=username,
            name=name,
        )

        return control_key_create
