from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaultCreate")


@_attrs_define
class FaultCreate:
    """
    Attributes:
        operation_id (None | str | Unset): The operation whose calls fail; null for every operation.
        status (int | None | Unset): The status to answer.
        retry_after (int | None | Unset): Seconds to send in `Retry-After`.
        latency_seconds (float | Unset): Seconds to wait before answering. Default: 0.0.
        drop_connection (bool | Unset): Close the connection without an answer. Default: False.
        times (int | None | Unset): How many calls fail; null for every call until the faults are cleared.
    """

    operation_id: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    retry_after: int | None | Unset = UNSET
    latency_seconds: float | Unset = 0.0
    drop_connection: bool | Unset = False
    times: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        retry_after: int | None | Unset
        if isinstance(self.retry_after, Unset):
            retry_after = UNSET
        else:
            retry_after = self.retry_after

        latency_seconds = self.latency_seconds

        drop_connection = self.drop_connection

        times: int | None | Unset
        if isinstance(self.times, Unset):
            times = UNSET
        else:
            times = self.times

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if status is not UNSET:
            field_dict["status"] = status
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if latency_seconds is not UNSET:
            field_dict["latency_seconds"] = latency_seconds
        if drop_connection is not UNSET:
            field_dict["drop_connection"] = drop_connection
        if times is not UNSET:
            field_dict["times"] = times

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        def _parse_status(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_retry_after(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_after = _parse_retry_after(d.pop("retry_after", UNSET))

        latency_seconds = d.pop("latency_seconds", UNSET)

        drop_connection = d.pop("drop_connection", UNSET)

        def _parse_times(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        times = _parse_times(d.pop("times", UNSET))

        fault_create = cls(
            operation_id=operation_id,
            status=status,
            retry_after=retry_after,
            latency_seconds=latency_seconds,
            drop_connection=drop_connection,
            times=times,
        )

        return fault_create
