from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_database import HealthDatabase
from ..models.health_status import HealthStatus
from ..models.health_storage import HealthStorage
from ..types import UNSET, Unset

T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """
    Attributes:
        status (HealthStatus):
        database (HealthDatabase): `unreachable`: the database refuses or drops connections, or did not answer within 3
            seconds (`detail` says which).
        storage (HealthStorage | Unset): `full`: the data directory (stored files, a SQLite database) has no room left,
            so writes fail with 507.
        detail (str | Unset): Why the server is unavailable.
    """

    status: HealthStatus
    database: HealthDatabase
    storage: HealthStorage | Unset = UNSET
    detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        database = self.database.value

        storage: str | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.value

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "database": database,
            }
        )
        if storage is not UNSET:
            field_dict["storage"] = storage
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = HealthStatus(d.pop("status"))

        database = HealthDatabase(d.pop("database"))

        _storage = d.pop("storage", UNSET)
        storage: HealthStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = HealthStorage(_storage)

        detail = d.pop("detail", UNSET)

        health = cls(
            status=status,
            database=database,
            storage=storage,
            detail=detail,
        )

        health.additional_properties = d
        return health

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
