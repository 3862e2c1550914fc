"""openapi.yaml is valid and every operation carries everything the contract promises."""

from __future__ import annotations

import re

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from tests.spec_helpers import SPEC_PATH, examples_of, load_spec, operations, resolve

EXPECTED_OPERATIONS = {
    ("get", "/users/{owner}/datasets/"),
    ("get", "/user/datasets/"),
    ("get", "/datasets/{owner}/{dataset}/"),
    ("post", "/user/datasets/"),
    ("patch", "/datasets/{owner}/{dataset}/"),
    ("delete", "/datasets/{owner}/{dataset}/"),
    ("post", "/datasets/{owner}/{dataset}/collaborators/"),
    ("get", "/datasets/{owner}/{dataset}/samples/"),
    ("get", "/samples/{sample_uuid}/"),
    ("post", "/datasets/{owner}/{dataset}/samples/"),
    ("patch", "/samples/{sample_uuid}/"),
    ("delete", "/samples/{sample_uuid}/"),
    ("get", "/labels/{sample_uuid}/{labelset}/"),
    ("put", "/labels/{sample_uuid}/{labelset}/"),
    ("delete", "/labels/{sample_uuid}/{labelset}/"),
    ("get", "/datasets/{owner}/{dataset}/releases/"),
    ("get", "/datasets/{owner}/{dataset}/releases/{release_name}/"),
    ("post", "/datasets/{owner}/{dataset}/releases/"),
    ("delete", "/datasets/{owner}/{dataset}/releases/{release_name}/"),
    ("get", "/datasets/{owner}/{dataset}/workunits/"),
    ("get", "/api_status/"),
    ("get", "/user"),
    ("get", "/users/{username}"),
    ("post", "/organizations/{org}/datasets/"),
    ("post", "/datasets/{owner}/{dataset}/clone/"),
    ("get", "/datasets/{owner}/{dataset}/collaborators/{username}"),
    ("patch", "/datasets/{owner}/{dataset}/collaborators/{username}"),
    ("delete", "/datasets/{owner}/{dataset}/collaborators/{username}"),
    ("post", "/datasets/{owner}/{dataset}/samples_bulk/"),
    ("delete", "/datasets/{owner}/{dataset}/samples_bulk/"),
    ("patch", "/labels/{sample_uuid}/{labelset}/"),
    ("get", "/datasets/{owner}/{dataset}/labelsets/"),
    ("post", "/datasets/{owner}/{dataset}/labelsets/"),
    ("get", "/datasets/{owner}/{dataset}/labelsets/{labelset}/"),
    ("delete", "/datasets/{owner}/{dataset}/labelsets/{labelset}/"),
    ("get", "/datasets/{owner}/{dataset}/issues/"),
    ("post", "/samples/{sample_uuid}/issues/"),
    ("patch", "/issues/{issue_uuid}/"),
    ("delete", "/issues/{issue_uuid}/"),
    ("post", "/assets/"),
}
# The reference server's own operations (tag reference-server), which the real API does not have.
SERVER_OPERATIONS = {("get", "/healthz")}
# Its control API (tag control, security ControlToken), for tests; off unless the server has a token.
CONTROL_OPERATIONS = {
    ("post", "/_control/reset"),
    ("post", "/_control/seed"),
    ("post", "/_control/users"),
    ("post", "/_control/keys"),
    ("post", "/_control/webhooks"),
    ("post", "/_control/organizations"),
    ("put", "/_control/determinism"),
    ("get", "/_control/journal"),
    ("delete", "/_control/journal"),
    ("post", "/_control/faults"),
    ("get", "/_control/faults"),
    ("delete", "/_control/faults"),
    ("post", "/_control/snapshots"),
    ("post", "/_control/snapshots/{name}/restore"),
}

# Creating operations whose result no other operation addresses (a stored file is used by URL).
NO_LINK_NEEDED = {"add_asset"}
OPS = list(operations())
IDS = [op["operationId"] for _, _, op in OPS]


def test_spec_is_valid_openapi_3_1() -> None:
    spec_dict, base_uri = read_from_filename(str(SPEC_PATH))
    assert spec_dict["openapi"] == "3.1.0"
    validate(spec_dict, base_uri=base_uri)


def test_exactly_the_40_operations_with_the_real_paths() -> None:
    assert {(method, path) for path, method, _ in OPS} == EXPECTED_OPERATIONS | SERVER_OPERATIONS | CONTROL_OPERATIONS
    assert {(method, path) for path, method, op in OPS if op["tags"] == ["reference-server"]} == SERVER_OPERATIONS
    assert {(method, path) for path, method, op in OPS if op["tags"] == ["control"]} == CONTROL_OPERATIONS


def test_operation_ids_are_unique_snake_case() -> None:
    assert len(set(IDS)) == len(IDS) == 40 + len(SERVER_OPERATIONS) + len(CONTROL_OPERATIONS)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", op_id) for op_id in IDS)


@pytest.mark.parametrize(("path", "method", "op"), OPS, ids=IDS)
def test_operation_is_complete(path: str, method: str, op: dict) -> None:
    spec = load_spec()
    declared_tags = {tag["name"] for tag in spec["tags"]}
    assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags
    assert op["summary"].strip() and op["description"].strip()
    responses = {code: resolve(response) for code, response in op["responses"].items()}
    if (method, path) in SERVER_OPERATIONS:
        assert op["security"] == [], "the server's own operations take no key"
    elif (method, path) in CONTROL_OPERATIONS:
        assert op["security"] == [{"ControlToken": []}], "the control API takes its own token, never an API key"
        assert {"401", "404"} <= set(responses), "a wrong token is 401; the control API off, 404"
    else:
        assert op["security"] == [{"ApiKeyAuth": []}], "security must be on the operation itself"
        assert {"401", "429"} <= set(responses), "every operation can answer 401 and 429"
    successes = [code for code in responses if code.startswith("2")]
    assert successes
    for code, response in responses.items():
        assert response["description"].strip()
        if code == "204":
            assert "content" not in response
            continue
        media = response["content"]["application/json"]
        assert "example" in media or "examples" in media, f"{code} has no example"
        if not code.startswith("2") and (method, path) not in SERVER_OPERATIONS:
            assert media["schema"] == {"$ref": "#/components/schemas/Error"}, f"{code} must use the Error schema"
    params = [resolve(p) for p in op.get("parameters", [])]
    for param in params:
        assert param["description"].strip() and "schema" in param
        assert "example" in param or "examples" in param
        assert param.get("style") != "deepObject"
    if any(p["in"] == "path" for p in params):
        assert "404" in responses, "an operation on an object can answer 404"
    if any(p["in"] == "query" for p in params):
        assert "400" in responses
    if "requestBody" in op:
        body = resolve(op["requestBody"])
        assert body["required"] is True
        media = body["content"]["application/json"]
        assert "example" in media or "examples" in media
        assert {"400", "413", "415"} <= set(responses)
    linked = op["operationId"] not in NO_LINK_NEEDED and (method, path) not in CONTROL_OPERATIONS
    if method == "post" and "201" in responses and linked:
        assert responses["201"].get("links"), "a creating operation links to the operations using its result"


def test_pagination_parameters() -> None:
    params = load_spec()["components"]["parameters"]
    # The real API documents no page-size cap (the SDK sends 1000): the spec must not invent one.
    per_page = params["PerPage"]["schema"]
    assert per_page["minimum"] == 1 and per_page["default"] == 1000
    assert per_page.get("maximum", 2**31 - 1) >= 2**31 - 1
    assert params["Page"]["schema"]["minimum"] == 1 and params["Page"]["schema"]["default"] == 1


def test_links_point_at_real_operations_and_parameters() -> None:
    by_id = {op["operationId"]: (path, op) for path, _, op in OPS}
    checked = 0
    for _, _, op in OPS:
        for response in op["responses"].values():
            for link in resolve(response).get("links", {}).values():
                target_path, target = by_id[link["operationId"]]
                names = {resolve(p)["name"] for p in target.get("parameters", [])}
                assert set(link["parameters"]) <= names
                path_params = set(re.findall(r"\{(\w+)\}", target_path))
                assert path_params <= set(link["parameters"]), f"link to {link['operationId']} misses path params"
                checked += 1
    assert checked >= 25


def test_generator_traps_are_avoided() -> None:
    """No null inside value enums (only the one NullValue schema, typed as "string or null" so generators
    that skip enums do not read it as "any object"), no inline nullable branch inside a union,
    single-value enums on discriminators, one shared Metadata schema of JSON values."""
    schemas = load_spec()["components"]["schemas"]
    assert schemas["NullValue"] == {
        "description": schemas["NullValue"]["description"], "type": ["string", "null"], "enum": [None]
    }  # fmt: skip

    def walk(node: object) -> None:
        if isinstance(node, dict):
            assert None not in node.get("enum", []) or node is schemas["NullValue"], "null inside an enum"
            for branch in node.get("anyOf", []) + node.get("oneOf", []):
                nullable = isinstance(branch.get("type"), list) and "null" in branch["type"]
                assert not nullable or branch is schemas["NullValue"], f"a nullable branch in a union: {node}"
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_spec())
    for name in ("IssueBasicAnchor", "IssueTrackAnchor", "IssueSceneAttributeAnchor", "IssueLocationAnchor"):
        assert len(schemas[name]["allOf"][1]["properties"]["type"]["enum"]) == 1
    assert schemas["Metadata"]["additionalProperties"] == {"$ref": "#/components/schemas/JsonValue"}


def test_every_error_phrase_the_sdk_matches_is_documented() -> None:
    responses = load_spec()["components"]["responses"]
    texts = " ".join(
        str(examples_of(resolve(r)["content"]["application/json"])) for r in responses.values() if "content" in r
    )
    for phrase in ("Not found.", "already exists", "Authentication credentials were not provided.", "Invalid page."):
        assert phrase in texts
    assert "You do not have permission to perform this action." in texts
