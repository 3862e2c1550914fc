from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calibrated_image_camera_convention import CalibratedImageCameraConvention
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.camera_extrinsics import CameraExtrinsics
    from ..models.camera_intrinsics import CameraIntrinsics
    from ..models.distortion_brown_conrady import DistortionBrownConrady
    from ..models.distortion_fisheye import DistortionFisheye


T = TypeVar("T", bound="CalibratedImage")


@_attrs_define
class CalibratedImage:
    """A camera image of a point-cloud frame, with its calibration (the URL may be left out, as in the SDK).

    Attributes:
        url (None | str | Unset):
        signed_url (None | str | Unset):
        name (None | str | Unset):
        row (int | None | Unset):
        col (int | None | Unset):
        intrinsics (CameraIntrinsics | None | Unset):
        extrinsics (CameraExtrinsics | None | Unset):
        distortion (DistortionBrownConrady | DistortionFisheye | None | Unset):
        camera_convention (CalibratedImageCameraConvention | Unset):
        rotation (float | None | Unset):
    """

    url: None | str | Unset = UNSET
    signed_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    row: int | None | Unset = UNSET
    col: int | None | Unset = UNSET
    intrinsics: CameraIntrinsics | None | Unset = UNSET
    extrinsics: CameraExtrinsics | None | Unset = UNSET
    distortion: DistortionBrownConrady | DistortionFisheye | None | Unset = UNSET
    camera_convention: CalibratedImageCameraConvention | Unset = UNSET
    rotation: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.camera_extrinsics import CameraExtrinsics
        from ..models.camera_intrinsics import CameraIntrinsics
        from ..models.distortion_brown_conrady import DistortionBrownConrady
        from ..models.distortion_fisheye import DistortionFisheye

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        row: int | None | Unset
        if isinstance(self.row, Unset):
            row = UNSET
        else:
            row = self.row

        col: int | None | Unset
        if isinstance(self.col, Unset):
            col = UNSET
        else:
            col = self.col

        intrinsics: dict[str, Any] | None | Unset
        if isinstance(self.intrinsics, Unset):
            intrinsics = UNSET
        elif isinstance(self.intrinsics, CameraIntrinsics):
            intrinsics = self.intrinsics.to_dict()
        else:
            intrinsics = self.intrinsics

        extrinsics: dict[str, Any] | None | Unset
        if isinstance(self.extrinsics, Unset):
            extrinsics = UNSET
        elif isinstance(self.extrinsics, CameraExtrinsics):
            extrinsics = self.extrinsics.to_dict()
        else:
            extrinsics = self.extrinsics

        distortion: dict[str, Any] | None | Unset
        if isinstance(self.distortion, Unset):
            distortion = UNSET
        elif isinstance(self.distortion, DistortionFisheye) or isinstance(
            self.distortion, DistortionBrownConrady
        ):
            distortion = self.distortion.to_dict()
        else:
            distortion = self.distortion

        camera_convention: str | Unset = UNSET
        if not isinstance(self.camera_convention, Unset):
            camera_convention = self.camera_convention.value

        rotation: float | None | Unset
        if isinstance(self.rotation, Unset):
            rotation = UNSET
        else:
            rotation = self.rotation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
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
        from ..models.camera_extrinsics import CameraExtrinsics
        from ..models.camera_intrinsics import CameraIntrinsics
        from ..models.distortion_brown_conrady import DistortionBrownConrady
        from ..models.distortion_fisheye import DistortionFisheye

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_row(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row = _parse_row(d.pop("row", UNSET))

        def _parse_col(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        col = _parse_col(d.pop("col", UNSET))

        def _parse_intrinsics(data: object) -> CameraIntrinsics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                intrinsics_type_0 = CameraIntrinsics.from_dict(data)

                return intrinsics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CameraIntrinsics | None | Unset, data)

        intrinsics = _parse_intrinsics(d.pop("intrinsics", UNSET))

        def _parse_extrinsics(data: object) -> CameraExtrinsics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extrinsics_type_0 = CameraExtrinsics.from_dict(data)

                return extrinsics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CameraExtrinsics | None | Unset, data)

        extrinsics = _parse_extrinsics(d.pop("extrinsics", UNSET))

        def _parse_distortion(
            data: object,
        ) -> DistortionBrownConrady | DistortionFisheye | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_camera_distortion_type_0 = (
                    DistortionFisheye.from_dict(data)
                )

                return componentsschemas_camera_distortion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_camera_distortion_type_1 = (
                    DistortionBrownConrady.from_dict(data)
                )

                return componentsschemas_camera_distortion_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DistortionBrownConrady | DistortionFisheye | None | Unset, data)

        distortion = _parse_distortion(d.pop("distortion", UNSET))

        _camera_convention = d.pop("camera_convention", UNSET)
        camera_convention: CalibratedImageCameraConvention | Unset
        if isinstance(_camera_convention, Unset):
            camera_convention = UNSET
        else:
            camera_convention = CalibratedImageCameraConvention(_camera_convention)

        def _parse_rotation(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rotation = _parse_rotation(d.pop("rotation", UNSET))

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
