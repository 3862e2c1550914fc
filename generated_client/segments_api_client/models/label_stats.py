from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelStats")


@_attrs_define
class LabelStats:
    """Number of samples per label status in the ground-truth labelset, and `TOTAL`.

    Attributes:
        reviewed (int | None | Unset):
        reviewing_in_progress (int | None | Unset):
        labeled (int | None | Unset):
        labeling_in_progress (int | None | Unset):
        rejected (int | None | Unset):
        prelabeled (int | None | Unset):
        skipped (int | None | Unset):
        verified (int | None | Unset):
        unlabeled (int | None | Unset):
        total (int | None | Unset):
    """

    reviewed: int | None | Unset = UNSET
    reviewing_in_progress: int | None | Unset = UNSET
    labeled: int | None | Unset = UNSET
    labeling_in_progress: int | None | Unset = UNSET
    rejected: int | None | Unset = UNSET
    prelabeled: int | None | Unset = UNSET
    skipped: int | None | Unset = UNSET
    verified: int | None | Unset = UNSET
    unlabeled: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reviewed: int | None | Unset
        if isinstance(self.reviewed, Unset):
            reviewed = UNSET
        else:
            reviewed = self.reviewed

        reviewing_in_progress: int | None | Unset
        if isinstance(self.reviewing_in_progress, Unset):
            reviewing_in_progress = UNSET
        else:
            reviewing_in_progress = self.reviewing_in_progress

        labeled: int | None | Unset
        if isinstance(self.labeled, Unset):
            labeled = UNSET
        else:
            labeled = self.labeled

        labeling_in_progress: int | None | Unset
        if isinstance(self.labeling_in_progress, Unset):
            labeling_in_progress = UNSET
        else:
            labeling_in_progress = self.labeling_in_progress

        rejected: int | None | Unset
        if isinstance(self.rejected, Unset):
            rejected = UNSET
        else:
            rejected = self.rejected

        prelabeled: int | None | Unset
        if isinstance(self.prelabeled, Unset):
            prelabeled = UNSET
        else:
            prelabeled = self.prelabeled

        skipped: int | None | Unset
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        else:
            skipped = self.skipped

        verified: int | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified

        unlabeled: int | None | Unset
        if isinstance(self.unlabeled, Unset):
            unlabeled = UNSET
        else:
            unlabeled = self.unlabeled

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reviewed is not UNSET:
            field_dict["REVIEWED"] = reviewed
        if reviewing_in_progress is not UNSET:
            field_dict["REVIEWING_IN_PROGRESS"] = reviewing_in_progress
        if labeled is not UNSET:
            field_dict["LABELED"] = labeled
        if labeling_in_progress is not UNSET:
            field_dict["LABELING_IN_PROGRESS"] = labeling_in_progress
        if rejected is not UNSET:
            field_dict["REJECTED"] = rejected
        if prelabeled is not UNSET:
            field_dict["PRELABELED"] = prelabeled
        if skipped is not UNSET:
            field_dict["SKIPPED"] = skipped
        if verified is not UNSET:
            field_dict["VERIFIED"] = verified
        if unlabeled is not UNSET:
            field_dict["UNLABELED"] = unlabeled
        if total is not UNSET:
            field_dict["TOTAL"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_reviewed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewed = _parse_reviewed(d.pop("REVIEWED", UNSET))

        def _parse_reviewing_in_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reviewing_in_progress = _parse_reviewing_in_progress(
            d.pop("REVIEWING_IN_PROGRESS", UNSET)
        )

        def _parse_labeled(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        labeled = _parse_labeled(d.pop("LABELED", UNSET))

        def _parse_labeling_in_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        labeling_in_progress = _parse_labeling_in_progress(
            d.pop("LABELING_IN_PROGRESS", UNSET)
        )

        def _parse_rejected(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rejected = _parse_rejected(d.pop("REJECTED", UNSET))

        def _parse_prelabeled(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prelabeled = _parse_prelabeled(d.pop("PRELABELED", UNSET))

        def _parse_skipped(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skipped = _parse_skipped(d.pop("SKIPPED", UNSET))

        def _parse_verified(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        verified = _parse_verified(d.pop("VERIFIED", UNSET))

        def _parse_unlabeled(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unlabeled = _parse_unlabeled(d.pop("UNLABELED", UNSET))

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("TOTAL", UNSET))

        label_stats = cls(
            reviewed=reviewed,
            reviewing_in_progress=reviewing_in_progress,
            labeled=labeled,
            labeling_in_progress=labeling_in_progress,
            rejected=rejected,
            prelabeled=prelabeled,
            skipped=skipped,
            verified=verified,
            unlabeled=unlabeled,
            total=total,
        )

        label_stats.additional_properties = d
        return label_stats

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
