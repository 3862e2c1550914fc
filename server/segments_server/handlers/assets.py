"""POST /assets/: reserve a file and hand out its signed upload form."""

from __future__ import annotations

from typing import Any

from ..permissions import caller
from ..serializers import timestamp
from ..services import Services
from ..storage import safe_extension
from ..tables import Asset, new_uuid


def add_asset(body: dict[str, Any], user: int, services: Services) -> tuple[dict[str, Any], int]:
    with services.db.session() as session:
        me = caller(session, user)
        asset_uuid = new_uuid()
        key = f"assets/{me.username}/{asset_uuid}{safe_extension(body['filename'])}"
        asset = Asset(uuid=asset_uuid, owner_id=me.id, filename=body["filename"], key=key)
        session.add(asset)
        session.flush()
        return {
            "uuid": asset.uuid,
            "filename": asset.filename,
            "url": services.storage.url(key),
            "created_at": timestamp(asset.created_at),
            "presignedPostFields": services.storage.upload_form(key),
        }, 201
