from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Workunit")


@_attrs_define
class Workunit:
    """
    Attributes:
        created_at (datetime.datetime):
        created_by (str):
        work_type (str): `label`, `review` or `normal`.
        time (int): Active time in milliseconds.
        inactive_time (int): Inactive time in milliseconds.
        sample_uuid (UUID):
        sample_name (str):
        uuid (None | Unset | UUID):
        next_label_status (None | str | Unset): The label status the work ended in.
        label_rating (int | None | Unset):
        session_time_metrics (Metadata | None | Unset):
    """

    created_at: datetime.datetime
    created_by: str
    work_type: str
    time: int
    inactive_time: int
    sample_uuid: UUID
    sample_name: str
    uuid: None | Unset | UUID = UNSET
    next_label_status: None | str | Unset = UNSET
    label_rating: int | None | Unset = UNSET
    session_time_metrics: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        work_type = self.work_type

        time = self.time

        inactive_time = self.inactive_time

        sample_uuid = str(self.sample_uuid)

        sample_name = self.sample_name

        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        elif isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        next_label_status: None | str | Unset
        if isinstance(self.next_label_status, Unset):
            next_label_status = UNSET
        else:
            next_label_status = self.next_label_status

        label_rating: int | None | Unset
        if isinstance(self.label_rating, Unset):
            label_rating = UNSET
        else:
            label_rating = self.label_rating

        session_time_metrics: dict[str, Any] | None | Unset
        if isinstance(self.session_time_metrics, Unset):
            session_time_metrics = UNSET
        elif isinstance(self.session_time_metrics, Metadata):
            session_time_metrics = self.session_time_metrics.to_dict()
        else:
            session_time_metrics = self.session_time_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "created_by": created_by,
                "work_type": work_type,
                "time": time,
                "inactive_time": inactive_time,
                "sample_uuid": sample_uuid,
                "sample_name": sample_name,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if next_label_status is not UNSET:
            field_dict["next_label_status"] = next_label_status
        if label_rating is not UNSET:
            field_dict["label_rating"] = label_rating
        if session_time_metrics is not UNSET:
            field_dict["session_time_metrics"] = session_time_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        work_type = d.pop("work_type")

        time = d.pop("time")

        inactive_time = d.pop("inactive_time")

        sample_uuid = UUID(d.pop("sample_uuid"))

        sample_name = d.pop("sample_name")

        def _parse_uuid(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_next_label_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_label_status = _parse_next_label_status(d.pop("next_label_status", UNSET))

        def _parse_label_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        label_rating = _parse_label_rating(d.pop("label_rating", UNSET))

        def _parse_session_time_metrics(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_time_metrics_type_0 = Metadata.from_dict(data)

                return session_time_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        session_time_metrics = _parse_session_time_metrics(
            d.pop("session_time_metrics", UNSET)
        )

        workunit = cls(
            created_at=created_at,
            created_by=created_by,
            work_type=work_type,
            time=time,
            inactive_time=inactive_time,
            sample_uuid=sample_uuid,
            sample_name=sample_name,
            uuid=uuid,
            next_label_status=next_label_status,
            label_rating=label_rating,
            session_time_metrics=session_time_metrics,
        )

        workunit.additional_properties = d
        return workunit

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
