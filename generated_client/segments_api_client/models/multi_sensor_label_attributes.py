from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.multi_sensor_image_sequence_segmentation_label_attributes import (
        MultiSensorImageSequenceSegmentationLabelAttributes,
    )
    from ..models.multi_sensor_image_sequence_vector_label_attributes import (
        MultiSensorImageSequenceVectorLabelAttributes,
    )
    from ..models.multi_sensor_pointcloud_sequence_cuboid_label_attributes import (
        MultiSensorPointcloudSequenceCuboidLabelAttributes,
    )
    from ..models.multi_sensor_pointcloud_sequence_segmentation_label_attributes import (
        MultiSensorPointcloudSequenceSegmentationLabelAttributes,
    )
    from ..models.multi_sensor_pointcloud_sequence_vector_label_attributes import (
        MultiSensorPointcloudSequenceVectorLabelAttributes,
    )


T = TypeVar("T", bound="MultiSensorLabelAttributes")


@_attrs_define
class MultiSensorLabelAttributes:
    """`multisensor-sequence`: one entry per sensor, in the sample's sensor order.

    Attributes:
        sensors (list[MultiSensorImageSequenceSegmentationLabelAttributes |
            MultiSensorImageSequenceVectorLabelAttributes | MultiSensorPointcloudSequenceCuboidLabelAttributes |
            MultiSensorPointcloudSequenceSegmentationLabelAttributes | MultiSensorPointcloudSequenceVectorLabelAttributes]):
        links (list[Link] | None | Unset):
    """

    sensors: list[
        MultiSensorImageSequenceSegmentationLabelAttributes
        | MultiSensorImageSequenceVectorLabelAttributes
        | MultiSensorPointcloudSequenceCuboidLabelAttributes
        | MultiSensorPointcloudSequenceSegmentationLabelAttributes
        | MultiSensorPointcloudSequenceVectorLabelAttributes
    ]
    links: list[Link] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.multi_sensor_image_sequence_vector_label_attributes import (
            MultiSensorImageSequenceVectorLabelAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_cuboid_label_attributes import (
            MultiSensorPointcloudSequenceCuboidLabelAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_segmentation_label_attributes import (
            MultiSensorPointcloudSequenceSegmentationLabelAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_vector_label_attributes import (
            MultiSensorPointcloudSequenceVectorLabelAttributes,
        )

        sensors = []
        for sensors_item_data in self.sensors:
            sensors_item: dict[str, Any]
            if (
                isinstance(
                    sensors_item_data,
                    MultiSensorPointcloudSequenceCuboidLabelAttributes,
                )
                or isinstance(
                    sensors_item_data,
                    MultiSensorPointcloudSequenceVectorLabelAttributes,
                )
                or isinstance(
                    sensors_item_data,
                    MultiSensorPointcloudSequenceSegmentationLabelAttributes,
                )
                or isinstance(
                    sensors_item_data, MultiSensorImageSequenceVectorLabelAttributes
                )
            ):
                sensors_item = sensors_item_data.to_dict()
            else:
                sensors_item = sensors_item_data.to_dict()

            sensors.append(sensors_item)

        links: list[dict[str, Any]] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = []
            for links_type_0_item_data in self.links:
                links_type_0_item = links_type_0_item_data.to_dict()
                links.append(links_type_0_item)

        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sensors": sensors,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.link import Link
        from ..models.multi_sensor_image_sequence_segmentation_label_attributes import (
            MultiSensorImageSequenceSegmentationLabelAttributes,
        )
        from ..models.multi_sensor_image_sequence_vector_label_attributes import (
            MultiSensorImageSequenceVectorLabelAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_cuboid_label_attributes import (
            MultiSensorPointcloudSequenceCuboidLabelAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_segmentation_label_attributes import (
            MultiSensorPointcloudSequenceSegmentationLabelAttributes,
        )
        from ..models.multi_sensor_pointcloud_sequence_vector_label_attributes import (
            MultiSensorPointcloudSequenceVectorLabelAttributes,
        )

        d = dict(src_dict)
        sensors = []
        _sensors = d.pop("sensors")
        for sensors_item_data in _sensors:

            def _parse_sensors_item(
                data: object,
            ) -> (
                MultiSensorImageSequenceSegmentationLabelAttributes
                | MultiSensorImageSequenceVectorLabelAttributes
                | MultiSensorPointcloudSequenceCuboidLabelAttributes
                | MultiSensorPointcloudSequenceSegmentationLabelAttributes
                | MultiSensorPointcloudSequenceVectorLabelAttributes
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_sensor_label_attributes_type_0 = (
                        MultiSensorPointcloudSequenceCuboidLabelAttributes.from_dict(
                            data
                        )
                    )

                    return componentsschemas_sensor_label_attributes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_sensor_label_attributes_type_1 = (
                        MultiSensorPointcloudSequenceVectorLabelAttributes.from_dict(
                            data
                        )
                    )

                    return componentsschemas_sensor_label_attributes_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_sensor_label_attributes_type_2 = MultiSensorPointcloudSequenceSegmentationLabelAttributes.from_dict(
                        data
                    )

                    return componentsschemas_sensor_label_attributes_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_sensor_label_attributes_type_3 = (
                        MultiSensorImageSequenceVectorLabelAttributes.from_dict(data)
                    )

                    return componentsschemas_sensor_label_attributes_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_sensor_label_attributes_type_4 = (
                    MultiSensorImageSequenceSegmentationLabelAttributes.from_dict(data)
                )

                return componentsschemas_sensor_label_attributes_type_4

            sensors_item = _parse_sensors_item(sensors_item_data)

            sensors.append(sensors_item)

        def _parse_links(data: object) -> list[Link] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                links_type_0 = []
                _links_type_0 = data
                for links_type_0_item_data in _links_type_0:
                    links_type_0_item = Link.from_dict(links_type_0_item_data)

                    links_type_0.append(links_type_0_item)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Link] | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        multi_sensor_label_attributes = cls(
            sensors=sensors,
            links=links,
        )

        multi_sensor_label_attributes.additional_properties = d
        return multi_sensor_label_attributes

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
