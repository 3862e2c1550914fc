from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sample_event_event_type import SampleEventEventType

if TYPE_CHECKING:
    from ..models.sample import Sample


T = TypeVar("T", bound="SampleEvent")


@_attrs_define
class SampleEvent:
    """A webhook event about a sample (`sample.created`, `sample.updated`, `sample.deleted`).

    Attributes:
        created_at (datetime.datetime): When the change happened. Example: 2021-08-09T14:40:19.987691+00:00.
        api_version (str): The version of the payload format. Example: 2021-08-01.
        dataset (str): The dataset's identifier, `owner/name`. Example: jane/flowers.
        text (str): A one-line summary for people, e.g. for a chat message. Example: Sample rose.png created in dataset
            jane/flowers..
        event_type (SampleEventEventType):
        object_ (Sample):
    """

    created_at: datetime.datetime
    api_version: str
    dataset: str
    text: str
    event_type: SampleEventEventType
    object_: Sample
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        api_version = self.api_version

        dataset = self.dataset

        text = self.text

        event_type = self.event_type.value

        object_ = self.object_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "api_version": api_version,
                "dataset": dataset,
                "text": text,
                "event_type": event_type,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sample import Sample

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        api_version = d.pop("api_version")

        dataset = d.pop("dataset")

        text = d.pop("text")

        event_type = SampleEventEventType(d.pop("event_type"))

        object_ = Sample.from_dict(d.pop("object"))

        sample_event = cls(
            created_at=created_at,
            api_version=api_version,
            dataset=dataset,
            text=text,
            event_type=event_type,
            object_=object_,
        )

        sample_event.additional_properties = d
        return sample_event

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
