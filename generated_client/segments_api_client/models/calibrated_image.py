from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calibrated_image_camera_convention import CalibratedImageCameraConvention
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_distortion import CameraDistortion
    from ..models.camera_extrinsics import CameraExtrinsics
    from ..models.camera_intrinsics import CameraIntrinsics


T = TypeVar("T", bound="CalibratedImage")


@_attrs_define
class CalibratedImage:
    """
    Attributes:
        url (str):
        signed_url (None | str | Unset):
        name (str | Unset):
        row (int | Unset):
        col (int | Unset):
        intrinsics (CameraIntrinsics | Unset):
        extrinsics (CameraExtrinsics | Unset):
        distortion (CameraDistortion | Unset):
        camera_convention (CalibratedImageCameraConvention | Unset):
        rotation (float | Unset):
    """

    url: str
    signed_url: None | str | Unset = UNSET
    name: str | Unset = UNSET
    row: int | Unset = UNSET
    col: int | Unset = UNSET
    intrinsics: CameraIntrinsics | Unset = UNSET
    extrinsics: CameraExtrinsics | Unset = UNSET
    distortion: CameraDistortion | Unset = UNSET
    camera_convention: CalibratedImageCameraConvention | Unset = UNSET
    rotation: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        signed_url: None | str | Unset
        if isinstance(self.signed_url, Unset):
            signed_url = UNSET
        else:
            signed_url = self.signed_url

        name = self.name

        row = self.row

        col = self.col

        intrinsics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.intrinsics, Unset):
            intrinsics = self.intrinsics.to_dict()

        extrinsics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extrinsics, Unset):
            extrinsics = self.extrinsics.to_dict()

        distortion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distortion, Unset):
            distortion = self.distortion.to_dict()

        camera_convention: str | Unset = UNSET
        if not isinstance(self.camera_convention, Unset):
            camera_convention = self.camera_convention.value

        rotation = self.rotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if signed_url is not UNSET:
            field_dict["signed_url"] = signed_url
        if name is not UNSET:
            field_dict["name"] = name
        if row is not UNSET:
            field_dict["row"] = row
        if col is not UNSET:
            field_dict["col"] = col
        if intrinsics is not UNSET:
            field_dict["intrinsics"] = intrinsics
        if extrinsics is not UNSET:
            field_dict["extrinsics"] = extrinsics
        if distortion is not UNSET:
            field_dict["distortion"] = distortion
        if camera_convention is not UNSET:
            field_dict["camera_convention"] = camera_convention
        if rotation is not UNSET:
            field_dict["rotation"] = rotation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.camera_distortion import CameraDistortion
        from ..models.camera_extrinsics import CameraExtrinsics
        from ..models.camera_intrinsics import CameraIntrinsics

        d = dict(src_dict)
        url = d.pop("url")

        def _parse_signed_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_url = _parse_signed_url(d.pop("signed_url", UNSET))

        name = d.pop("name", UNSET)

        row = d.pop("row", UNSET)

        col = d.pop("col", UNSET)

        _intrinsics = d.pop("intrinsics", UNSET)
        intrinsics: CameraIntrinsics | Unset
        if isinstance(_intrinsics, Unset):
            intrinsics = UNSET
        else:
            intrinsics = CameraIntrinsics.from_dict(_intrinsics)

        _extrinsics = d.pop("extrinsics", UNSET)
        extrinsics: CameraExtrinsics | Unset
        if isinstance(_extrinsics, Unset):
            extrinsics = UNSET
        else:
            extrinsics = CameraExtrinsics.from_dict(_extrinsics)

        _distortion = d.pop("distortion", UNSET)
        distortion: CameraDistortion | Unset
        if isinstance(_distortion, Unset):
            distortion = UNSET
        else:
            distortion = CameraDistortion.from_dict(_distortion)

        _camera_convention = d.pop("camera_convention", UNSET)
        camera_convention: CalibratedImageCameraConvention | Unset
        if isinstance(_camera_convention, Unset):
            camera_convention = UNSET
        else:
            camera_convention = CalibratedImageCameraConvention(_camera_convention)

        rotation = d.pop("rotation", UNSET)

        calibrated_image = cls(
            url=url,
            signed_url=signed_url,
            name=name,
            row=row,
            col=col,
            intrinsics=intrinsics,
            extrinsics=extrinsics,
            distortion=distortion,
            camera_convention=camera_convention,
            rotation=rotation,
        )

        calibrated_image.additional_properties = d
        return calibrated_image

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
