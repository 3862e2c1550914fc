from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseAttributes")


@_attrs_define
class ReleaseAttributes:
    """Where the release file is; empty while the release is `PENDING`. The file is read with a
    plain GET of `url`, without an API key. For a public dataset `url` is permanent; for a
    private one it is a signed link that expires (24 hours by default, as the hosted API's
    signed storage URLs do), and `signed_url` holds the same link: fetch the release again for
    a fresh one.

        Attributes:
            url (None | str | Unset): The release file (JSON). A signed, expiring link for a private dataset.
            signed_url (None | str | Unset): A signed link to the release file that expires; set for private datasets.
    """

    url: None | str | Unset = UNSET
    signed_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_url = _parse_signed_url(d.pop("signed_url", UNSET))

        release_attributes = cls(
            url=url,
            signed_url=signed_url,
        )

        release_attributes.additional_properties = d
        return release_attributes

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
