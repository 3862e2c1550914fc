from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.journal_entry_query import JournalEntryQuery


T = TypeVar("T", bound="JournalEntry")


@_attrs_define
class JournalEntry:
    """
    Attributes:
        operation_id (str):
        method (str):
        path (str):
        query (JournalEntryQuery):
        body (Any): The JSON body sent (its size in a string when over 64 KiB; null without one).
        status (int | None): The status answered; null when the connection was dropped.
        fault (int | None): The id of the injected fault the call got.
        time (datetime.datetime):
    """

    operation_id: str
    method: str
    path: str
    query: JournalEntryQuery
    body: Any
    status: int | None
    fault: int | None
    time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        method = self.method

        path = self.path

        query = self.query.to_dict()

        body = self.body

        status: int | None
        status = self.status

        fault: int | None
        fault = self.fault

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "method": method,
                "path": path,
                "query": query,
                "body": body,
                "status": status,
                "fault": fault,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.journal_entry_query import JournalEntryQuery

        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        method = d.pop("method")

        path = d.pop("path")

        query = JournalEntryQuery.from_dict(d.pop("query"))

        body = d.pop("body")

        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_fault(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        fault = _parse_fault(d.pop("fault"))

        time = datetime.datetime.fromisoformat(d.pop("time"))

        journal_entry = cls(
            operation_id=operation_id,
            method=method,
            path=path,
            query=query,
            body=body,
            status=status,
            fault=fault,
            time=time,
        )

        journal_entry.additional_properties = d
        return journal_entry

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
