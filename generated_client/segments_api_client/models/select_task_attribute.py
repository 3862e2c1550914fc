from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.select_attribute_options_input_type import SelectAttributeOptionsInputType
from ..models.task_attribute_fields_sensors import TaskAttributeFieldsSensors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectTaskAttribute")


@_attrs_define
class SelectTaskAttribute:
    """
    Attributes:
        name (str):
        input_type (SelectAttributeOptionsInputType):
        values (list[str]): The choices.
        is_mandatory (bool | None | Unset):
        is_track_level (bool | None | Unset):
        synced_across_sensors (bool | None | Unset):
        sensor_filter (None | str | Unset): The official SDK's name for `sensors`.
        sensors (TaskAttributeFieldsSensors | Unset): Multi-sensor datasets: the attribute applies to objects on 2D
            (camera) sensors, 3D (point cloud) sensors, or all.
        default_value (None | str | Unset):
    """

    name: str
    input_type: SelectAttributeOptionsInputType
    values: list[str]
    is_mandatory: bool | None | Unset = UNSET
    is_track_level: bool | None | Unset = UNSET
    synced_across_sensors: bool | None | Unset = UNSET
    sensor_filter: None | str | Unset = UNSET
    sensors: TaskAttributeFieldsSensors | Unset = UNSET
    default_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_type = self.input_type.value

        values = self.values

        is_mandatory: bool | None | Unset
        if isinstance(self.is_mandatory, Unset):
            is_mandatory = UNSET
        else:
            is_mandatory = self.is_mandatory

        is_track_level: bool | None | Unset
        if isinstance(self.is_track_level, Unset):
            is_track_level = UNSET
        else:
            is_track_level = self.is_track_level

        synced_across_sensors: bool | None | Unset
        if isinstance(self.synced_across_sensors, Unset):
            synced_across_sensors = UNSET
        else:
            synced_across_sensors = self.synced_across_sensors

        sensor_filter: None | str | Unset
        if isinstance(self.sensor_filter, Unset):
            sensor_filter = UNSET
        else:
            sensor_filter = self.sensor_filter

        sensors: str | Unset = UNSET
        if not isinstance(self.sensors, Unset):
            sensors = self.sensors.value

        default_value: None | str | Unset
        if isinstance(self.default_value, Unset):
            default_value = UNSET
        else:
            default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_type": input_type,
                "values": values,
            }
        )
        if is_mandatory is not UNSET:
            field_dict["is_mandatory"] = is_mandatory
        if is_track_level is not UNSET:
            field_dict["is_track_level"] = is_track_level
        if synced_across_sensors is not UNSET:
            field_dict["synced_across_sensors"] = synced_across_sensors
        if sensor_filter is not UNSET:
            field_dict["sensor_filter"] = sensor_filter
        if sensors is not UNSET:
            field_dict["sensors"] = sensors
        if default_value is not UNSET:
            field_dict["default_value"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        input_type = SelectAttributeOptionsInputType(d.pop("input_type"))

        values = cast(list[str], d.pop("values"))

        def _parse_is_mandatory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_mandatory = _parse_is_mandatory(d.pop("is_mandatory", UNSET))

        def _parse_is_track_level(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_track_level = _parse_is_track_level(d.pop("is_track_level", UNSET))

        def _parse_synced_across_sensors(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        synced_across_sensors = _parse_synced_across_sensors(
            d.pop("synced_across_sensors", UNSET)
        )

        def _parse_sensor_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sensor_filter = _parse_sensor_filter(d.pop("sensor_filter", UNSET))

        _sensors = d.pop("sensors", UNSET)
        sensors: TaskAttributeFieldsSensors | Unset
        if isinstance(_sensors, Unset):
            sensors = UNSET
        else:
            sensors = TaskAttributeFieldsSensors(_sensors)

        def _parse_default_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_value = _parse_default_value(d.pop("default_value", UNSET))

        select_task_attribute = cls(
            name=name,
            input_type=input_type,
            values=values,
            is_mandatory=is_mandatory,
            is_track_level=is_track_level,
            synced_across_sensors=synced_across_sensors,
            sensor_filter=sensor_filter,
            sensors=sensors,
            default_value=default_value,
        )

        select_task_attribute.additional_properties = d
        return select_task_attribute

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
