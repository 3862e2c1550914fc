"""Which SDK method offers each operation of the contract, under which argument names, and what it
deliberately does not offer and why.

tests/wrapper/test_contract_coverage.py derives every query parameter and request-body field of
every operation from openapi.yaml and checks it against this table and the methods' signatures: a
field added to the spec fails the build until the SDK offers it (or this table says why not).
Anything not offered can still be sent with ``extra_query`` / ``extra_body`` on every call.
"""

from __future__ import annotations

DATASET_FIELDS = {"enable_confirm_on_submit": "enable_confirm_on_commit"}  # the official SDK's name

#: operationId → (SDK method, {spec name: SDK argument name, where they differ}).
OPERATIONS: dict[str, tuple[str, dict[str, str]]] = {
    "get_api_status": ("check_api_key", {}),
    "get_user": ("get_user", {}),
    "get_user_by_username": ("get_user", {"username": "user"}),
    "list_datasets": ("get_datasets", {}),
    "list_user_datasets": ("get_datasets", {"owner": "user"}),
    "add_dataset": ("add_dataset", DATASET_FIELDS),
    "add_organization_dataset": ("add_dataset", {**DATASET_FIELDS, "org": "organization"}),
    "get_dataset": ("get_dataset", {}),
    "update_dataset": ("update_dataset", DATASET_FIELDS),
    "delete_dataset": ("delete_dataset", {}),
    "clone_dataset": (
        "clone_dataset",
        {"name": "new_name", "task_type": "new_task_type", "public": "new_public", "owner": "organization"},
    ),
    "add_dataset_collaborator": ("add_dataset_collaborator", {"user": "username"}),
    "get_dataset_collaborator": ("get_dataset_collaborator", {}),
    "update_dataset_collaborator": ("update_dataset_collaborator", {}),
    "delete_dataset_collaborator": ("delete_dataset_collaborator", {}),
    "list_samples": ("get_samples", {"name__contains": "name", "filters": "metadata"}),
    "add_sample": ("add_sample", {}),
    "add_samples": ("add_samples", {}),
    "delete_samples": ("delete_samples", {}),
    "get_sample": ("get_sample", {"include_signed_urls": "include_signed_url"}),
    "update_sample": ("update_sample", {}),
    "delete_sample": ("delete_sample", {}),
    "get_label": ("get_label", {}),
    "add_label": ("add_label", {}),
    "update_label": ("update_label", {}),
    "delete_label": ("delete_label", {}),
    "list_labelsets": ("get_labelsets", {}),
    "add_labelset": ("add_labelset", {}),
    "get_labelset": ("get_labelset", {"labelset": "name"}),
    "delete_labelset": ("delete_labelset", {"labelset": "name"}),
    "list_issues": ("get_issues", {}),
    "add_issue": ("add_issue", {}),
    "update_issue": ("update_issue", {}),
    "delete_issue": ("delete_issue", {}),
    "list_releases": ("get_releases", {}),
    "add_release": ("add_release", {}),
    "get_release": ("get_release", {}),
    "delete_release": ("delete_release", {}),
    "list_workunits": ("get_workunits", {}),
    "add_asset": ("upload_asset", {}),
}

#: Operations with no SDK method, and why.
CONTROL_API = (
    "the local server's control API, for tests: segments_server.testing.LocalServer, segments_api_client.api.control"
)
NOT_WRAPPED: dict[str, str] = {
    "get_health": "the reference server's own operation, not the API's: segments_api_client.api.reference_server",
    "control_reset": CONTROL_API,
    "control_seed_demo": CONTROL_API,
    "control_create_user": CONTROL_API,
    "control_create_key": CONTROL_API,
    "control_add_webhook": CONTROL_API,
    "control_create_organization": CONTROL_API,
    "control_set_determinism": CONTROL_API,
    "control_get_journal": CONTROL_API,
    "control_clear_journal": CONTROL_API,
    "control_add_fault": CONTROL_API,
    "control_list_faults": CONTROL_API,
    "control_clear_faults": CONTROL_API,
    "control_create_snapshot": CONTROL_API,
    "control_restore_snapshot": CONTROL_API,
}

#: (operationId, spec name) → why the SDK method does not take it as an argument.
NOT_OFFERED: dict[tuple[str, str], str] = {
    ("get_api_status", "lib_version"): "the SDK sends its own name",
    ("add_dataset", "data_type"): "always IMAGE, as the official SDK sends (the task type says the rest)",
    ("add_organization_dataset", "data_type"): "always IMAGE, as the official SDK sends",
    ("list_samples", "sort"): "given as sort= and direction=, as in the official SDK",
    ("list_workunits", "sort"): "given as sort= and direction=, as in the official SDK",
    ("add_samples", "*"): "items are plain dicts of the sample fields (add_samples(dataset, [{...}, ...]))",
    ("add_asset", "filename"): "upload_asset(file, filename=...) names it",
}
