from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ControlWebhookCreate")


@_attrs_define
class ControlWebhookCreate:
    """
    Attributes:
        username (str): The user or organization whose datasets' events are sent.
        url (str): The endpoint; it gets a POST per event.
        events (list[WebhookEventType] | Unset): Only these events (default - all).
    """

    username: str
    url: str
    events: list[WebhookEventType] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "url": url,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        url = d.pop("url")

        _events = d.pop("events", UNSET)
        events: list[WebhookEventType] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = WebhookEventType(events_item_data)

                events.append(events_item)

        control_webhook_create = cls(
            username=username,
            url=url,
            events=events,
        )

        return control_webhook_create
