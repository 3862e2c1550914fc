from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelStats")


@_attrs_define
class LabelStats:
    """Number of samples per label status in the ground-truth labelset, and `TOTAL`.

    Attributes:
        reviewed (int | Unset):
        reviewing_in_progress (int | Unset):
        labeled (int | Unset):
        labeling_in_progress (int | Unset):
        rejected (int | Unset):
        prelabeled (int | Unset):
        skipped (int | Unset):
        verified (int | Unset):
        unlabeled (int | Unset):
        total (int | Unset):
    """

    reviewed: int | Unset = UNSET
    reviewing_in_progress: int | Unset = UNSET
    labeled: int | Unset = UNSET
    labeling_in_progress: int | Unset = UNSET
    rejected: int | Unset = UNSET
    prelabeled: int | Unset = UNSET
    skipped: int | Unset = UNSET
    verified: int | Unset = UNSET
    unlabeled: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reviewed = self.reviewed

        reviewing_in_progress = self.reviewing_in_progress

        labeled = self.labeled

        labeling_in_progress = self.labeling_in_progress

        rejected = self.rejected

        prelabeled = self.prelabeled

        skipped = self.skipped

        verified = self.verified

        unlabeled = self.unlabeled

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
        reviewed = d.pop("REVIEWED", UNSET)

        reviewing_in_progress = d.pop("REVIEWING_IN_PROGRESS", UNSET)

        labeled = d.pop("LABELED", UNSET)

        labeling_in_progress = d.pop("LABELING_IN_PROGRESS", UNSET)

        rejected = d.pop("REJECTED", UNSET)

        prelabeled = d.pop("PRELABELED", UNSET)

        skipped = d.pop("SKIPPED", UNSET)

        verified = d.pop("VERIFIED", UNSET)

        unlabeled = d.pop("UNLABELED", UNSET)

        total = d.pop("TOTAL", UNSET)

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
