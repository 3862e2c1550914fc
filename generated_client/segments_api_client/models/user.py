from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscription import Subscription
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_membership import OrganizationMembership


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        username (str):
        created_at (datetime.datetime):
        is_organization (bool):
        email (None | str | Unset): Only shown for the caller's own account.
        webhooks_enabled (bool | Unset):
        private_upload_count (int | Unset):
        public_upload_count (int | Unset):
        subscription (Subscription | Unset):
        is_trial_expired (bool | Unset):
        organizations (list[OrganizationMembership] | Unset): Organizations the user belongs to (only for the caller's
            own account).
    """

    username: str
    created_at: datetime.datetime
    is_organization: bool
    email: None | str | Unset = UNSET
    webhooks_enabled: bool | Unset = UNSET
    private_upload_count: int | Unset = UNSET
    public_upload_count: int | Unset = UNSET
    subscription: Subscription | Unset = UNSET
    is_trial_expired: bool | Unset = UNSET
    organizations: list[OrganizationMembership] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        created_at = self.created_at.isoformat()

        is_organization = self.is_organization

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        webhooks_enabled = self.webhooks_enabled

        private_upload_count = self.private_upload_count

        public_upload_count = self.public_upload_count

        subscription: str | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.value

        is_trial_expired = self.is_trial_expired

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "created_at": created_at,
                "is_organization": is_organization,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if webhooks_enabled is not UNSET:
            field_dict["webhooks_enabled"] = webhooks_enabled
        if private_upload_count is not UNSET:
            field_dict["private_upload_count"] = private_upload_count
        if public_upload_count is not UNSET:
            field_dict["public_upload_count"] = public_upload_count
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if is_trial_expired is not UNSET:
            field_dict["is_trial_expired"] = is_trial_expired
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization_membership import OrganizationMembership

        d = dict(src_dict)
        username = d.pop("username")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        is_organization = d.pop("is_organization")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        webhooks_enabled = d.pop("webhooks_enabled", UNSET)

        private_upload_count = d.pop("private_upload_count", UNSET)

        public_upload_count = d.pop("public_upload_count", UNSET)

        _subscription = d.pop("subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription(_subscription)

        is_trial_expired = d.pop("is_trial_expired", UNSET)

        _organizations = d.pop("organizations", UNSET)
        organizations: list[OrganizationMembership] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = OrganizationMembership.from_dict(
                    organizations_item_data
                )

                organizations.append(organizations_item)

        user = cls(
            username=username,
            created_at=created_at,
            is_organization=is_organization,
            email=email,
            webhooks_enabled=webhooks_enabled,
            private_upload_count=private_upload_count,
            public_upload_count=public_upload_count,
            subscription=subscription,
            is_trial_expired=is_trial_expired,
            organizations=organizations,
        )

        user.additional_properties = d
        return user

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
