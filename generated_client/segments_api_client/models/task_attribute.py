from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_type import InputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAttribute")


@_attrs_define
class TaskAttribute:
    """An object-, image- or link-level attribute that labelers fill in.

    Attributes:
        name (str):
        input_type (InputType):
        values (list[str] | Unset): The choices of a `select` or `multiselect` attribute.
        default_value (bool | float | list[str] | None | str | Unset): The value of an object, image or link attribute
            (null when unset).
        min_ (float | None | str | Unset): A bound of a `number` attribute (number, numeric string, or empty string for
            none).
        max_ (float | None | str | Unset): A bound of a `number` attribute (number, numeric string, or empty string for
            none).
        step (float | None | str | Unset): A bound of a `number` attribute (number, numeric string, or empty string for
            none).
        is_mandatory (bool | Unset):
        is_track_level (bool | Unset):
        synced_across_sensors (bool | Unset):
        sensor_filter (str | Unset):
    """

    name: str
    input_type: InputType
    values: list[str] | Unset = UNSET
    default_value: bool | float | list[str] | None | str | Unset = UNSET
    min_: float | None | str | Unset = UNSET
    max_: float | None | str | Unset = UNSET
    step: float | None | str | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    is_track_level: bool | Unset = UNSET
    synced_across_sensors: bool | Unset = UNSET
    sensor_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_type = self.input_type.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        default_value: bool | float | list[str] | None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        elif isinstance(self.default_value, list):
            default_value = self.default_value

        else:
            default_value = self.default_value

        min_: float | None | str | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | str | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        step: float | None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        is_mandatory = self.is_mandatory

        is_track_level = self.is_track_level

        synced_across_sensors = self.synced_across_sensors

        sensor_filter = self.sensor_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_type": input_type,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if step is not UNSET:
            field_dict["step"] = step
        if is_mandatory is not UNSET:
            field_dict["is_mandatory"] = is_mandatory
        if is_track_level is not UNSET:
            field_dict["is_track_level"] = is_track_level
        if synced_across_sensors is not UNSET:
            field_dict["synced_across_sensors"] = synced_across_sensors
        if sensor_filter is not UNSET:
            field_dict["sensor_filter"] = sensor_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        input_type = InputType(d.pop("input_type"))

        values = cast(list[str], d.pop("values", UNSET))

        def _parse_default_value(
            data: object,
        ) -> bool | float | list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_attribute_value_type_3 = cast(list[str], data)

                return componentsschemas_attribute_value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[str] | None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        def _parse_min_(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        def _parse_step(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        step = _parse_step(d.pop("step", UNSET))

        is_mandatory = d.pop("is_mandatory", UNSET)

        is_track_level = d.pop("is_track_level", UNSET)

        synced_across_sensors = d.pop("synced_across_sensors", UNSET)

        sensor_filter = d.pop("sensor_filter", UNSET)

        task_attribute = cls(
            name=name,
            input_type=input_type,
            values=values,
            default_value=default_value,
            min_=min_,
            max_=max_,
            step=step,
            is_mandatory=is_mandatory,
            is_track_level=is_track_level,
            synced_across_sensors=synced_across_sensors,
            sensor_filter=sensor_filter,
        )

        task_attribute.additional_properties = d
        return task_attribute

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
