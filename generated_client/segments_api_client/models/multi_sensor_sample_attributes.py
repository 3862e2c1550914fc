from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.multi_sensor_image_sequence_sample_attributes import (
        MultiSensorImageSequenceSampleAttributes,
    )
    from ..models.multi_sensor_pointcloud_sequence_sample_attributes import (
        MultiSensorPointcloudSequenceSampleAttributes,
    )


T = TypeVar("T", bound="MultiSensorSampleAttributes")


@_attrs_define
class MultiSensorSampleAttributes:
    """Several synchronised sensors (`multisensor-sequence`).

    Attributes:
        sensors (list[MultiSensorImageSequenceSampleAttributes | MultiSensorPointcloudSequenceSampleAttributes]):
    """

    sensors: list[
        MultiSensorImageSequenceSampleAttributes
        | MultiSensorPointcloudSequenceSampleAttributes
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.multi_sensor_pointcloud_sequence_sample_attributes import (
            MultiSensorPointcloudSequenceSampleAttributes,
        )

        sensors = []
        for sensors_item_data in self.sensors:
            sensors_item: dict[str, Any]
            if isinstance(
                sensors_item_data, MultiSensorPointcloudSequenceSampleAttributes
            ):
                sensors_item = sensors_item_data.to_dict()
            else:
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
        from ..models.multi_sensor_image_sequence_sample_attributes import (
            MultiSensorImageSequenceSampleAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_sample_attributes import (
            MultiSensorPointcloudSequenceSampleAttributes,
        )

        d = dict(src_dict)
        sensors = []
        _sensors = d.pop("sensors")
        for sensors_item_data in _sensors:

            def _parse_sensors_item(
                data: object,
            ) -> (
                MultiSensorImageSequenceSampleAttributes
                | MultiSensorPointcloudSequenceSampleAttributes
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_sensor_sample_attributes_type_0 = (
                        MultiSensorPointcloudSequenceSampleAttributes.from_dict(data)
                    )

                    return componentsschemas_sensor_sample_attributes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sensor_sample_attributes_type_1 = (
                    MultiSensorImageSequenceSampleAttributes.from_dict(data)
                )

                return componentsschemas_sensor_sample_attributes_type_1

            sensors_item = _parse_sensors_item(sensors_item_data)

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
