from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Determinism")


@_attrs_define
class Determinism:
    """
    Attributes:
        seed (int | None): Seed of the uuids (null - random uuids).
        now (datetime.datetime | None): The moment every timestamp is (null - the system clock).
    """

    seed: int | None
    now: datetime.datetime | None

    def to_dict(self) -> dict[str, Any]:
        seed: int | None
        seed = self.seed

        now: None | str
        if isinstance(self.now, datetime.datetime):
            now = self.now.isoformat()
        else:
            now = self.now

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "seed": seed,
                "now": now,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_seed(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seed = _parse_seed(d.pop("seed"))

        def _parse_now(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                now_type_0 = datetime.datetime.fromisoformat(data)

                return now_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        now = _parse_now(d.pop("now"))

        determinism = cls(
            seed=seed,
            now=now,
        )

        return determinism
