from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AWSFields")


@_attrs_define
class AWSFields:
    """The form fields to send with the upload, in this order, before the file.

    Attributes:
        acl (str):
        content_type (str):
        key (str):
        x_amz_algorithm (str):
        x_amz_credential (str):
        x_amz_date (str):
        policy (str):
        x_amz_signature (str):
    """

    acl: str
    content_type: str
    key: str
    x_amz_algorithm: str
    x_amz_credential: str
    x_amz_date: str
    policy: str
    x_amz_signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acl = self.acl

        content_type = self.content_type

        key = self.key

        x_amz_algorithm = self.x_amz_algorithm

        x_amz_credential = self.x_amz_credential

        x_amz_date = self.x_amz_date

        policy = self.policy

        x_amz_signature = self.x_amz_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acl": acl,
                "Content-Type": content_type,
                "key": key,
                "x-amz-algorithm": x_amz_algorithm,
                "x-amz-credential": x_amz_credential,
                "x-amz-date": x_amz_date,
                "policy": policy,
                "x-amz-signature": x_amz_signature,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        acl = d.pop("acl")

        content_type = d.pop("Content-Type")

        key = d.pop("key")

        x_amz_algorithm = d.pop("x-amz-algorithm")

        x_amz_credential = d.pop("x-amz-credential")

        x_amz_date = d.pop("x-amz-date")

        policy = d.pop("policy")

        x_amz_signature = d.pop("x-amz-signature")

        aws_fields = cls(
            acl=acl,
            content_type=content_type,
            key=key,
            x_amz_algorithm=x_amz_algorithm,
            x_amz_credential=x_amz_credential,
            x_amz_date=x_amz_date,
            policy=policy,
            x_amz_signature=x_amz_signature,
        )

        aws_fields.additional_properties = d
        return aws_fields

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
