from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Fault")


@_attrs_define
class Fault:
    """
    Attributes:
        id (int):
        operation_id (None | str):
        status (int | None):
        retry_after (int | None):
        latency_seconds (float):
        drop_connection (bool):
        times (int | None):
        used (int): How many calls got this fault so far.
    """

    id: int
    operation_id: None | str
    status: int | None
    retry_after: int | None
    latency_seconds: float
    drop_connection: bool
    times: int | None
    used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operation_id: None | str
        operation_id = self.operation_id

        status: int | None
        status = self.status

        retry_after: int | None
        retry_after = self.retry_after

        latency_seconds = self.latency_seconds

        drop_connection = self.drop_connection

        times: int | None
        times = self.times

        used = self.used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "operation_id": operation_id,
                "status": status,
                "retry_after": retry_after,
                "latency_seconds": latency_seconds,
                "drop_connection": drop_connection,
                "times": times,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_operation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_id = _parse_operation_id(d.pop("operation_id"))

        def _parse_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status = _parse_status(d.pop("status"))

        def _parse_retry_after(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        retry_after = _parse_retry_after(d.pop("retry_after"))

        latency_seconds = d.pop("latency_seconds")

        drop_connection = d.pop("drop_connection")

        def _parse_times(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        times = _parse_times(d.pop("times"))

        used = d.pop("used")

        fault = cls(
            id=id,
            operation_id=operation_id,
            status=status,
            retry_after=retry_after,
            latency_seconds=latency_seconds,
            drop_connection=drop_connection,
            times=times,
            used=used,
        )

        fault.additional_properties = d
        return fault

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
