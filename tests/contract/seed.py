"""Data for the contract tests: objects for every path parameter to hit, created through the API."""

from __future__ import annotations

from typing import Any

import httpx

from tests.task_examples import LABELS, SAMPLES, TASK_ATTRIBUTES


def _ok(response: httpx.Response) -> Any:
    if response.status_code >= 400:
        raise RuntimeError(f"seeding failed: {response.request.method} {response.request.url} -> {response.text}")
    return response.json() if response.content else None


def seed(http: httpx.Client, owner: str, collaborators: tuple[str, str, str]) -> dict[str, str]:
    """Create the seeded objects with ``http`` (authenticated as ``owner``); return their ids."""
    for name in ("contract", "to-delete", "settings"):
        _ok(
            http.post("/user/datasets/", json={"name": name, "task_type": "bboxes", "task_attributes": TASK_ATTRIBUTES})
        )
    base = f"/datasets/{owner}/contract"
    samples = _ok(
        http.post(
            f"{base}/samples_bulk/",
            json=[{"name": name, "attributes": SAMPLES["bboxes"]} for name in ("main", "to-delete", "label-to-delete")],
        )
    )
    main, disposable, unlabel = (sample["uuid"] for sample in samples)
    for uuid in (main, unlabel):
        _ok(http.put(f"/labels/{uuid}/ground-truth/", json={"attributes": LABELS["bboxes"], "label_status": "LABELED"}))
    _ok(http.post(f"{base}/labelsets/", json={"name": "to-delete", "attributes": "{}"}))
    issue = _ok(http.post(f"/samples/{main}/issues/", json={"description": "kept"}))
    disposable_issue = _ok(http.post(f"/samples/{main}/issues/", json={"description": "to delete"}))
    for name in ("v1", "to-delete"):
        _ok(http.post(f"{base}/releases/", json={"name": name}))
    for username in collaborators[:2]:
        _ok(http.post(f"{base}/collaborators/", json={"user": username, "role": "labeler"}))
    return {
        "CONTRACT_OWNER": owner,
        "CONTRACT_SAMPLE": main,
        "CONTRACT_SAMPLE_TO_DELETE": disposable,
        "CONTRACT_LABELED_SAMPLE_TO_DELETE": unlabel,
        "CONTRACT_ISSUE": issue["uuid"],
        "CONTRACT_ISSUE_TO_DELETE": disposable_issue["uuid"],
        "CONTRACT_COLLABORATOR": collaborators[0],
        "CONTRACT_COLLABORATOR_TO_DELETE": collaborators[1],
        "CONTRACT_NEW_COLLABORATOR": collaborators[2],
    }
