from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..models.subscription import Subscription
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insights_urls_type_0 import InsightsUrlsType0


T = TypeVar("T", bound="UserFields")


@_attrs_define
class UserFields:
    """What every user or organization object has (`User` adds its organizations and members).

    Attributes:
        username (str):
        created_at (datetime.datetime):
        is_organization (bool):
        email (None | str | Unset): Only shown for the caller's own account.
        webhooks_enabled (bool | None | Unset): Whether the account has webhook endpoints (its datasets' events are
            sent).
        private_upload_count (int | None | Unset):
        public_upload_count (int | None | Unset):
        subscription (None | Subscription | Unset):
        is_trial_expired (bool | None | Unset):
        organization_created_by (None | str | Unset): For an organization, the username of the user who created it.
        organization_role (None | Role | Unset): In `organizations` and `members`, the user's role in that organization.
        insights_urls (InsightsUrlsType0 | None | Unset): Links to analytics dashboards by name; null when there are
            none.
    """

    username: str
    created_at: datetime.datetime
    is_organization: bool
    email: None | str | Unset = UNSET
    webhooks_enabled: bool | None | Unset = UNSET
    private_upload_count: int | None | Unset = UNSET
    public_upload_count: int | None | Unset = UNSET
    subscription: None | Subscription | Unset = UNSET
    is_trial_expired: bool | None | Unset = UNSET
    organization_created_by: None | str | Unset = UNSET
    organization_role: None | Role | Unset = UNSET
    insights_urls: InsightsUrlsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.insights_urls_type_0 import InsightsUrlsType0

        username = self.username

        created_at = self.created_at.isoformat()

        is_organization = self.is_organization

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        webhooks_enabled: bool | None | Unset
        if isinstance(self.webhooks_enabled, Unset):
            webhooks_enabled = UNSET
        else:
            webhooks_enabled = self.webhooks_enabled

        private_upload_count: int | None | Unset
        if isinstance(self.private_upload_count, Unset):
            private_upload_count = UNSET
        else:
            private_upload_count = self.private_upload_count

        public_upload_count: int | None | Unset
        if isinstance(self.public_upload_count, Unset):
            public_upload_count = UNSET
        else:
            public_upload_count = self.public_upload_count

        subscription: None | str | Unset
        if isinstance(self.subscription, Unset):
            subscription = UNSET
        elif isinstance(self.subscription, Subscription):
            subscription = self.subscription.value
        else:
            subscription = self.subscription

        is_trial_expired: bool | None | Unset
        if isinstance(self.is_trial_expired, Unset):
            is_trial_expired = UNSET
        else:
            is_trial_expired = self.is_trial_expired

        organization_created_by: None | str | Unset
        if isinstance(self.organization_created_by, Unset):
            organization_created_by = UNSET
        else:
            organization_created_by = self.organization_created_by

        organization_role: None | str | Unset
        if isinstance(self.organization_role, Unset):
            organization_role = UNSET
        elif isinstance(self.organization_role, Role):
            organization_role = self.organization_role.value
        else:
            organization_role = self.organization_role

        insights_urls: dict[str, Any] | None | Unset
        if isinstance(self.insights_urls, Unset):
            insights_urls = UNSET
        elif isinstance(self.insights_urls, InsightsUrlsType0):
            insights_urls = self.insights_urls.to_dict()
        else:
            insights_urls = self.insights_urls

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
        if organization_created_by is not UNSET:
            field_dict["organization_created_by"] = organization_created_by
        if organization_role is not UNSET:
            field_dict["organization_role"] = organization_role
        if insights_urls is not UNSET:
            field_dict["insights_urls"] = insights_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insights_urls_type_0 import InsightsUrlsType0

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

        def _parse_webhooks_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        webhooks_enabled = _parse_webhooks_enabled(d.pop("webhooks_enabled", UNSET))

        def _parse_private_upload_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        private_upload_count = _parse_private_upload_count(
            d.pop("private_upload_count", UNSET)
        )

        def _parse_public_upload_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        public_upload_count = _parse_public_upload_count(
            d.pop("public_upload_count", UNSET)
        )

        def _parse_subscription(data: object) -> None | Subscription | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_type_0 = Subscription(data)

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subscription | Unset, data)

        subscription = _parse_subscription(d.pop("subscription", UNSET))

        def _parse_is_trial_expired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_trial_expired = _parse_is_trial_expired(d.pop("is_trial_expired", UNSET))

        def _parse_organization_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_created_by = _parse_organization_created_by(
            d.pop("organization_created_by", UNSET)
        )

        def _parse_organization_role(data: object) -> None | Role | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organization_role_type_0 = Role(data)

                return organization_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Role | Unset, data)

        organization_role = _parse_organization_role(d.pop("organization_role", UNSET))

        def _parse_insights_urls(data: object) -> InsightsUrlsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_insights_urls_type_0 = InsightsUrlsType0.from_dict(
                    data
                )

                return componentsschemas_insights_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InsightsUrlsType0 | None | Unset, data)

        insights_urls = _parse_insights_urls(d.pop("insights_urls", UNSET))

        user_fields = cls(
            username=username,
            created_at=created_at,
            is_organization=is_organization,
            email=email,
            webhooks_enabled=webhooks_enabled,
            private_upload_count=private_upload_count,
            public_upload_count=public_upload_count,
            subscription=subscription,
            is_trial_expired=is_trial_expired,
            organization_created_by=organization_created_by,
            organization_role=organization_role,
            insights_urls=insights_urls,
        )

        user_fields.additional_properties = d
        return user_fields

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
