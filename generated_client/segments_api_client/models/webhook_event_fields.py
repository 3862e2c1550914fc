from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookEventFields")


@_attrs_define
class WebhookEventFields:
    """The envelope every webhook event has.

    Attributes:
        created_at (datetime.datetime): When the change happened. Example: 2021-08-09T14:40:19.987691+00:00.
        api_version (str): The version of the payload format. Example: 2021-08-01.
        dataset (str): The dataset's identifier, `owner/name`. Example: jane/flowers.
        text (str): A one-line summary for people, e.g. for a chat message. Example: Sample rose.png created in dataset
            jane/flowers..
    """

    created_at: datetime.datetime
    api_version: str
    dataset: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        api_version = self.api_version

        dataset = self.dataset

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "api_version": api_version,
                "dataset": dataset,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        api_version = d.pop("api_version")

        dataset = d.pop("dataset")

        text = d.pop("text")

        webhook_event_fields = cls(
            created_at=created_at,
            api_version=api_version,
            dataset=dataset,
            text=text,
        )

        webhook_event_fields.additional_properties = d
        return webhook_event_fields

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
