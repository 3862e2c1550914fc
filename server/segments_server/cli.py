"""``segments-server``: serve the API, create accounts, seed a demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .accounts import AccountError, add_member, create_organization, create_user
from .db import Database
from .settings import DEFAULT_SPEC_PATH, Settings


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, default=Path("./data"), help="where the database and files live")
    parser.add_argument("--database-url", default=None, help="SQLAlchemy URL (default: SQLite in the data dir)")


def _database(args: argparse.Namespace) -> Database:
    settings = Settings(data_dir=args.data_dir, database_url=args.database_url)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    return Database(settings.effective_database_url)


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .db import Database
    from .serving import settings_to_environment, uvicorn_options

    settings = Settings(
        data_dir=args.data_dir,
        database_url=args.database_url,
        public_url=args.public_url or f"http://{args.host}:{args.port}",
        spec_path=args.spec,
        max_body_bytes=args.max_body_bytes,
        validate_responses=args.validate_responses,
        release_lease_seconds=args.release_lease_seconds,
    )
    options = {"host": args.host, "port": args.port, "log_level": args.log_level, **uvicorn_options()}
    if args.workers == 1:
        uvicorn.run(create_app(settings), **options)
        return 0
    # Start-up work is done once, here; each worker builds its app from the same settings.
    args.data_dir.mkdir(parents=True, exist_ok=True)
    Database(settings.effective_database_url).dispose()
    settings_to_environment(settings)
    uvicorn.run("segments_server.serving:app_from_environment", factory=True, workers=args.workers, **options)
    return 0


def _create_user(args: argparse.Namespace) -> int:
    db = _database(args)
    with db.session() as session:
        _, key = create_user(session, args.username, args.email)
    print(f"Created user {args.username}. API key (shown once):")
    print(key)
    return 0


def _create_org(args: argparse.Namespace) -> int:
    db = _database(args)
    with db.session() as session:
        create_organization(session, args.organization, args.owner)
        for member in args.member or []:
            username, _, role = member.partition(":")
            add_member(session, args.organization, username, role or "labeler")
    print(f"Created organization {args.organization} administered by {args.owner}.")
    return 0


def _seed_demo(args: argparse.Namespace) -> int:
    from .demo import seed_demo

    key = seed_demo(_database(args), args.data_dir, args.username)
    print(f"Seeded demo account {args.username} with dataset {args.username}/demo-flowers. API key:")
    print(key)
    return 0


def _keys_create(args: argparse.Namespace) -> int:
    from .keys import issue_key
    from .permissions import find_user

    with _database(args).session() as session:
        user = find_user(session, args.username)
        if user is None:
            print(f"segments-server: no user named {args.username!r}", file=sys.stderr)
            return 2
        key = issue_key(session, user)
    print(key)
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .tables import ApiKey, User

    with _database(args).session(readonly=True) as session:
        query = select(ApiKey.id, User.username, ApiKey.created_at).join(User, User.id == ApiKey.user_id)
        if args.username:
            query = query.where(User.username == args.username)
        for key_id, username, created_at in session.execute(query.order_by(ApiKey.id)):
            print(f"{key_id}\t{username}\t{created_at:%Y-%m-%dT%H:%M:%SZ}")
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    from .keys import revoke_key

    with _database(args).session() as session:
        if not revoke_key(session, args.key_id):
            print(f"segments-server: no key with id {args.key_id}", file=sys.stderr)
            return 2
    print(f"Revoked key {args.key_id}; every server process refuses it from now on.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="segments-server", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the API server")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--public-url", default=None, help="base of absolute URLs (default http://HOST:PORT)")
    serve.add_argument("--spec", type=Path, default=DEFAULT_SPEC_PATH, help="the OpenAPI document to serve")
    serve.add_argument("--max-body-bytes", type=int, default=100 * 1024 * 1024)
    serve.add_argument("--validate-responses", action="store_true", help="check every response against the spec")
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--release-lease-seconds",
        type=float,
        default=10.0,
        help="an export not heard from for this long is taken over by another worker or after a restart",
    )
    serve.add_argument(
        "--workers", type=int, default=1, help="worker processes (use PostgreSQL or SQLite; both are safe)"
    )
    serve.set_defaults(run=_serve)

    user = commands.add_parser("create-user", help="create a user and print its API key")
    _common(user)
    user.add_argument("username")
    user.add_argument("--email", default=None)
    user.set_defaults(run=_create_user)

    org = commands.add_parser("create-org", help="create an organization")
    _common(org)
    org.add_argument("organization")
    org.add_argument("--owner", required=True, help="existing user who administers it")
    org.add_argument("--member", action="append", help="USERNAME[:ROLE], repeatable")
    org.set_defaults(run=_create_org)

    demo = commands.add_parser("seed-demo", help="create a demo user with data and print its key")
    _common(demo)
    demo.add_argument("--username", default="demo")
    demo.set_defaults(run=_seed_demo)

    keys = commands.add_parser("keys", help="create, list and revoke API keys").add_subparsers(required=True)
    create = keys.add_parser("create", help="a new key for a user (printed once)")
    create.add_argument("username")
    create.set_defaults(run=_keys_create)
    listing = keys.add_parser("list", help="key ids, users and creation times (never the keys)")
    listing.add_argument("username", nargs="?")
    listing.set_defaults(run=_keys_list)
    revoke = keys.add_parser("revoke", help="revoke a key at once, on every worker")
    revoke.add_argument("key_id", type=int)
    revoke.set_defaults(run=_keys_revoke)
    for command in (create, listing, revoke):
        _common(command)

    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except AccountError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
