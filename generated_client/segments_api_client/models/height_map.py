from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.height_map_encoding import HeightMapEncoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="HeightMap")


@_attrs_define
class HeightMap:
    """Ground height (world-frame z) under an ortho image, covering the same area as the image.

    Attributes:
        url (str):
        encoding (HeightMapEncoding): `rgb16`: opaque 8-bit RGB with `z = offset + (R * 256 + G) * scale`; B flags the
            cell (255 measured, 128 filled, 0 no data).
        signed_url (None | str | Unset):
        offset (float | Unset):  Default: 0.0.
        scale (float | Unset): Metres per height step; greater than 0. Written as a tiny positive minimum rather than
            `exclusiveMinimum`, which openapi-typescript's bundled validator misreads in OpenAPI 3.0. Default: 1.0.
    """

    url: str
    encoding: HeightMapEncoding
    signed_url: None | str | Unset = UNSET
    offset: float | Unset = 0.0
    scale: float | Unset = 1.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        encoding = self.encoding.value

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        offset = self.offset

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "encoding": encoding,
            }
        )
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if offset is not UNSET:
            field_dict["offset"] = offset
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        encoding = HeightMapEncoding(d.pop("encoding"))

        def _parse_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_url = _parse_signed_url(d.pop("signed_url", UNSET))

        offset = d.pop("offset", UNSET)

        scale = d.pop("scale", UNSET)

        height_map = cls(
            url=url,
            encoding=encoding,
            signed_url=signed_url,
            offset=offset,
            scale=scale,
        )

        height_map.additional_properties = d
        return height_map

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
