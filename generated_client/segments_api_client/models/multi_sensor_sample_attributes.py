from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sensor_sample_attributes import SensorSampleAttributes


T = TypeVar("T", bound="MultiSensorSampleAttributes")


@_attrs_define
class MultiSensorSampleAttributes:
    """Several synchronised sensors (`multisensor-sequence`).

    Attributes:
        sensors (list[SensorSampleAttributes]):
    """

    sensors: list[SensorSampleAttributes]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sensors = []
        for sensors_item_data in self.sensors:
            sensors_item = sensors_item_data.to_dict()
            sensors.append(sensors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sensors": sensors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sensor_sample_attributes import SensorSampleAttributes

        d = dict(src_dict)
        sensors = []
        _sensors = d.pop("sensors")
        for sensors_item_data in _sensors:
            sensors_item = SensorSampleAttributes.from_dict(sensors_item_data)

            sensors.append(sensors_item)

        multi_sensor_sample_attributes = cls(
            sensors=sensors,
        )

        multi_sensor_sample_attributes.additional_properties = d
        return multi_sensor_sample_attributes

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
