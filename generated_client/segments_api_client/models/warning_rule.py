from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.warning_rule_name import WarningRuleName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partial_xyz import PartialXYZ


T = TypeVar("T", bound="WarningRule")


@_attrs_define
class WarningRule:
    """A rule that warns labelers, e.g. about intersecting cuboids or cuboid sizes.

    Attributes:
        name (WarningRuleName):
        excluded_categories (list[int] | Unset):
        excluded_set_of_categories (list[int] | Unset):
        categories (list[int] | Unset):
        min_ (PartialXYZ | Unset):
        max_ (PartialXYZ | Unset):
    """

    name: WarningRuleName
    excluded_categories: list[int] | Unset = UNSET
    excluded_set_of_categories: list[int] | Unset = UNSET
    categories: list[int] | Unset = UNSET
    min_: PartialXYZ | Unset = UNSET
    max_: PartialXYZ | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name.value

        excluded_categories: list[int] | Unset = UNSET
        if not isinstance(self.excluded_categories, Unset):
            excluded_categories = self.excluded_categories

        excluded_set_of_categories: list[int] | Unset = UNSET
        if not isinstance(self.excluded_set_of_categories, Unset):
            excluded_set_of_categories = self.excluded_set_of_categories

        categories: list[int] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        min_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_, Unset):
            min_ = self.min_.to_dict()

        max_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_, Unset):
            max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if excluded_categories is not UNSET:
            field_dict["excluded_categories"] = excluded_categories
        if excluded_set_of_categories is not UNSET:
            field_dict["excluded_set_of_categories"] = excluded_set_of_categories
        if categories is not UNSET:
            field_dict["categories"] = categories
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partial_xyz import PartialXYZ

        d = dict(src_dict)
        name = WarningRuleName(d.pop("name"))

        excluded_categories = cast(list[int], d.pop("excluded_categories", UNSET))

        excluded_set_of_categories = cast(
            list[int], d.pop("excluded_set_of_categories", UNSET)
        )

        categories = cast(list[int], d.pop("categories", UNSET))

        _min_ = d.pop("min", UNSET)
        min_: PartialXYZ | Unset
        if isinstance(_min_, Unset):
            min_ = UNSET
        else:
            min_ = PartialXYZ.from_dict(_min_)

        _max_ = d.pop("max", UNSET)
        max_: PartialXYZ | Unset
        if isinstance(_max_, Unset):
            max_ = UNSET
        else:
            max_ = PartialXYZ.from_dict(_max_)

        warning_rule = cls(
            name=name,
            excluded_categories=excluded_categories,
            excluded_set_of_categories=excluded_set_of_categories,
            categories=categories,
            min_=min_,
            max_=max_,
        )

        warning_rule.additional_properties = d
        return warning_rule

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
