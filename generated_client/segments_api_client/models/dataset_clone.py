from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_type import TaskType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetClone")


@_attrs_define
class DatasetClone:
    """
    Attributes:
        name (str | Unset): Name of the new dataset; default `<name>-clone`.
        task_type (TaskType | Unset): What labelers do on the dataset's samples; determines sample and label attribute
            formats.
        public (bool | Unset):  Default: False.
        owner (str | Unset): An organization the caller administers, to own the clone; default the caller.
        clone_labels (bool | Unset):  Default: False.
    """

    name: str | Unset = UNSET
    task_type: TaskType | Unset = UNSET
    public: bool | Unset = False
    owner: str | Unset = UNSET
    clone_labels: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        task_type: str | Unset = UNSET
        if not isinstance(self.task_type, Unset):
            task_type = self.task_type.value

        public = self.public

        owner = self.owner

        clone_labels = self.clone_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if public is not UNSET:
            field_dict["public"] = public
        if owner is not UNSET:
            field_dict["owner"] = owner
        if clone_labels is not UNSET:
            field_dict["clone_labels"] = clone_labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _task_type = d.pop("task_type", UNSET)
        task_type: TaskType | Unset
        if isinstance(_task_type, Unset):
            task_type = UNSET
        else:
            task_type = TaskType(_task_type)

        public = d.pop("public", UNSET)

        owner = d.pop("owner", UNSET)

        clone_labels = d.pop("clone_labels", UNSET)

        dataset_clone = cls(
            name=name,
            task_type=task_type,
            public=public,
            owner=owner,
            clone_labels=clone_labels,
        )

        dataset_clone.additional_properties = d
        return dataset_clone

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
