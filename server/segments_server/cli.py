"""``segments-server``: serve the API, manage users, organizations and keys, seed a demo.

Every option of ``serve`` can also come from the environment (``SEGMENTS_SERVER_<OPTION>``).
A mistake (bad value, unknown user, unreachable database, port in use) is one line on stderr
and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import logging.config
import socket
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal, NoReturn, get_args, get_origin

from pydantic import ValidationError
from pydantic.fields import FieldInfo
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from ._version import __version__
from .accounts import AccountError, add_member, create_organization, create_user
from .config import ENV_PREFIX, ServerConfig
from .db import Database
from .settings import Settings

logger = logging.getLogger("segments_server")


POSTGRES_HINT = "for PostgreSQL: pip install 'segments-server[postgres]'"


class CommandError(Exception):
    """A mistake on the command line: reported as one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (with a pointer to --help), exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _version() -> str:
    """The contract's version, which the server carries (not the installed metadata, stale in a checkout)."""
    return __version__


def _database_url(data_dir: Path, database_url: str | None) -> str:
    """The database to use (SQLite in ``data_dir`` by default), the directory made ready."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"cannot use data directory {data_dir}: {exc.strerror}") from None
    return Settings(data_dir=data_dir, database_url=database_url).effective_database_url


def _database(args: argparse.Namespace) -> Database:
    """The database of the command's --data-dir/--database-url, upgraded to this version's schema."""
    return Database(_database_url(args.data_dir, args.database_url))


def _existing_database(args: argparse.Namespace) -> Database:
    """As :func:`_database`, for commands that only read: a data dir without a database (a mistyped
    --data-dir) is an error, not a new empty server."""
    if args.database_url is None:
        path = Path(Settings(data_dir=args.data_dir).effective_database_url.removeprefix("sqlite:///"))
        if not path.is_file():
            raise CommandError(f"no server data in {args.data_dir} ({path.name} not found): check --data-dir")
    return _database(args)


def hidden_password(url: str) -> str:
    """A database URL fit for logs: the password replaced by ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(invalid URL)"


def _config(args: argparse.Namespace) -> ServerConfig:
    """The command line over the environment over the defaults, checked."""
    given = {name: getattr(args, name) for name in ServerConfig.model_fields if hasattr(args, name)}
    return ServerConfig(**given)


def _listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound now: a port another process holds is a ``CommandError``."""
    from .serving import listening_socket

    try:
        return listening_socket(host, port)
    except OSError as exc:
        raise CommandError(f"cannot listen on {host} port {port}: {exc.strerror}") from None


def _proxy(args: argparse.Namespace) -> int:
    import uvicorn

    from .contract.proxy import REPORT_PATH, create_proxy
    from .serving import uvicorn_options

    if not args.upstream.startswith(("http://", "https://")):
        raise CommandError(f"--upstream must be an http(s) URL, not {args.upstream!r}")
    listening = _listening_socket(args.host, args.port)
    app = create_proxy(args.upstream, args.spec, args.record)
    port = listening.getsockname()[1]
    print(f"segments-server proxy: http://{args.host}:{port}/ -> {args.upstream} (report at {REPORT_PATH})", flush=True)
    config = uvicorn.Config(app, log_level="warning", **uvicorn_options())
    uvicorn.Server(config).run(sockets=[listening])
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import build_storage, create_app
    from .logs import log_config
    from .serving import run_workers, settings_to_environment, uvicorn_options

    config = _config(args)
    if not config.spec.is_file():
        raise CommandError(f"no OpenAPI document at {config.spec}")
    settings = config.settings()
    listening = _listening_socket(config.host, config.port)  # a port in use is one line, before anything starts
    logging_config = log_config(config.log_level, config.log_format)
    logging.config.dictConfig(logging_config)
    # Start-up work (directories, tables) once, here: a bad database is one line, not a worker crash.
    Database(_database_url(config.data_dir, config.database_url)).dispose()
    base = config.public_base().rstrip("/")
    logger.info("segments-server %s: API at %s/ (reference %s/docs, console %s/ui)", _version(), base, base, base)
    logger.info(
        "data directory %s; database %s", config.data_dir.resolve(), hidden_password(settings.effective_database_url)
    )
    if config.rate_limit:
        logger.info("rate limit %s per API key", config.rate_limit)
    build_storage(settings).check()  # an unreachable bucket is one line here, not a worker crash
    if config.storage_url:
        logger.info("files in %s", config.storage_url)
    options: dict[str, Any] = {
        "host": config.host,
        "port": config.port,
        "log_level": config.log_level,
        "log_config": logging_config,
        **uvicorn_options(),
    }
    if config.workers == 1:
        uvicorn.Server(uvicorn.Config(create_app(settings), **options)).run(sockets=[listening])
        return 0
    listening.close()  # the workers' sockets are bound by run_workers
    settings_to_environment(settings)
    run_workers(
        uvicorn.Config("segments_server.serving:app_from_environment", factory=True, workers=config.workers, **options)
    )
    return 0


def _create_user(args: argparse.Namespace) -> int:
    with _database(args).session() as session:
        _, key = create_user(session, args.username, args.email)
    print(f"Created user {args.username}. API key (shown once):")
    print(key)
    return 0


def _create_org(args: argparse.Namespace) -> int:
    members = []
    for member in args.member or []:
        username, _, role = member.partition(":")
        members.append((username, role or "labeler"))
    with _database(args).session() as session:
        create_organization(session, args.organization, args.owner)
        for username, role in members:
            add_member(session, args.organization, username, role)
    print(f"Created organization {args.organization} administered by {args.owner}.")
    return 0


def _seed_demo(args: argparse.Namespace) -> int:
    from .demo import seed_demo

    key = seed_demo(_database(args), args.data_dir, args.username)
    print(f"Demo account {args.username} with dataset {args.username}/demo-flowers. API key:")
    print(key)
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from . import migrate

    engine = create_engine(_database_url(args.data_dir, args.database_url))
    try:
        before = migrate.current(engine)
        if before == migrate.head():
            print(f"The database is already at the newest revision {before}.")
            return 0
        migrate.upgrade(engine)  # what opening the database does at every start
        print(f"The database is at revision {migrate.current(engine)} (upgraded from {before or 'none'}).")
    finally:
        engine.dispose()
    return 0


def _users_list(args: argparse.Namespace) -> int:
    from .operators import list_users

    with _existing_database(args).session(readonly=True) as session:
        for line in list_users(session):
            print(line)
    return 0


def _keys_create(args: argparse.Namespace) -> int:
    from .operators import create_key

    with _existing_database(args).session() as session:
        key = create_key(session, args.username, args.name)
    print(key)
    return 0


def _how_many(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 10_000:
        raise argparse.ArgumentTypeError(f"a number from 1 to 10000, not {text!r}")
    return int(text)


def _webhooks(args: argparse.Namespace) -> int:
    """A ``webhooks`` subcommand: its function of webhook_admin, and the lines it gives printed."""
    from . import webhook_admin as admin

    actions: dict[str, Callable[[Session], Iterable[str]]] = {
        "add": lambda session: admin.add(session, args.account, args.url, args.events),
        "list": admin.endpoints,
        "remove": lambda session: admin.remove(session, args.endpoint_id),
        "messages": lambda session: admin.messages(session, args.endpoint_id, args.limit),
        "replay": lambda session: admin.replay(session, args.message_id),
    }
    with _existing_database(args).session() as session:
        try:  # AccountError (no such account) is a ValueError too
            lines = list(actions[args.webhook_action](session))
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    for line in lines:
        print(line)
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    from .operators import list_keys

    with _existing_database(args).session(readonly=True) as session:
        for line in list_keys(session, args.username):
            print(line)
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    from .keys import revoke_key

    with _existing_database(args).session() as session:
        if not revoke_key(session, args.key_id):
            raise CommandError(f"no key with id {args.key_id}")
    print(f"Revoked key {args.key_id}; every server process refuses it from now on.")
    return 0


class _HelpFormatter(argparse.HelpFormatter):
    """Shows an option's default once, and only when it says something (not None, not False)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if not action.option_strings or action.default in (None, False, argparse.SUPPRESS) or "default" in text:
            return text
        return f"{text} (default: %(default)s)"


def _flag(field: FieldInfo, default: Any) -> dict[str, Any]:
    """``add_argument`` keywords for a ``ServerConfig`` field: its type, choices and description."""
    options: dict[str, Any] = {"default": default, "help": field.description}
    annotation = field.annotation
    if annotation is bool:
        return options | {"action": "store_true"}
    if get_origin(annotation) is Literal:
        return options | {"choices": get_args(annotation)}
    kinds = [kind for kind in get_args(annotation) if kind is not type(None)] or [annotation]
    return options | {"type": kinds[0]}


def _parser(defaults: ServerConfig) -> argparse.ArgumentParser:
    formatter = _HelpFormatter
    about = "The Segments.ai API's local reference server: serve it; manage users, organizations and keys; seed a demo."
    parser = OneLineParser(prog="segments-server", description=about, formatter_class=formatter)
    parser.add_argument("--version", action="version", version=f"segments-server {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)

    def command(parent: Any, name: str, help_text: str, run: Any) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text, formatter_class=formatter
        )
        sub.add_argument("--data-dir", type=Path, default=defaults.data_dir, help="database and files directory")
        sub.add_argument("--database-url", default=defaults.database_url, help="SQLAlchemy URL (default: SQLite)")
        sub.set_defaults(run=run)
        return sub

    serve_help = f"run the API server; every option can also be set as {ENV_PREFIX}<OPTION>, e.g. {ENV_PREFIX}PORT"
    serve = command(commands, "serve", serve_help, _serve)
    for name, field in ServerConfig.model_fields.items():
        if name not in ("data_dir", "database_url"):
            serve.add_argument(f"--{name.replace('_', '-')}", **_flag(field, getattr(defaults, name)))

    user = command(commands, "create-user", "create a user and print its API key", _create_user)
    user.add_argument("username")
    user.add_argument("--email", default=None)
    org = command(commands, "create-org", "create an organization", _create_org)
    org.add_argument("organization")
    org.add_argument("--owner", required=True, help="existing user who administers it")
    org.add_argument(
        "--member", action="append", help="USERNAME[:ROLE] (labeler, reviewer, manager, admin), repeatable"
    )
    command(commands, "migrate", "upgrade the database schema to this version (serve also does at start)", _migrate)
    demo = command(commands, "seed-demo", "create (once) a demo user with data; print a working key", _seed_demo)
    demo.add_argument("--username", default="demo")

    proxy_help = "forward to an upstream API and check every exchange against the contract (segments-contract drift)"
    proxy = commands.add_parser("proxy", help=proxy_help, description=proxy_help, formatter_class=formatter)
    proxy.add_argument("--upstream", required=True, help="the API to forward to, e.g. https://api.segments.ai")
    proxy.add_argument("--host", default="127.0.0.1", help="interface to listen on")
    proxy.add_argument("--port", type=int, default=8001, help="port to listen on")
    proxy.add_argument("--record", type=Path, help="also write the traffic to this HAR file (secrets redacted)")
    proxy.add_argument("--spec", type=Path, default=defaults.spec, help="the contract to check against")
    proxy.set_defaults(run=_proxy)

    users = commands.add_parser("users", help="list users and organizations").add_subparsers(
        required=True, parser_class=OneLineParser
    )
    command(users, "list", "usernames, kinds, creation times and key counts", _users_list)

    keys = commands.add_parser("keys", help="create, list and revoke API keys").add_subparsers(
        required=True, parser_class=OneLineParser
    )
    create = command(keys, "create", "a new key for a user (printed once; a user may have several)", _keys_create)
    create.add_argument("username")
    create.add_argument("--name", default="", help="what the key is for, shown by 'keys list'")
    listing = command(keys, "list", "key ids, names, users, created and last-used times (never the keys)", _keys_list)
    listing.add_argument("username", nargs="?")
    revoke = command(keys, "revoke", "revoke a key at once, on every worker", _keys_revoke)
    revoke.add_argument("key_id", type=int)
    webhooks = commands.add_parser(
        "webhooks", help="add, list and remove webhook endpoints; see and replay their events"
    ).add_subparsers(required=True, parser_class=OneLineParser, dest="webhook_action")
    add = command(
        webhooks,
        "add",
        "send the dataset events of a user or organization to URL; prints the signing secret last",
        _webhooks,
    )
    add.add_argument("account", metavar="username", help="a user or an organization")
    add.add_argument("url")
    add.add_argument("--events", nargs="+", help="only these event types (default: all)")
    command(webhooks, "list", "endpoint ids, accounts, URLs and events (never the secrets)", _webhooks)
    remove = command(webhooks, "remove", "stop sending to an endpoint (its waiting events go too)", _webhooks)
    remove.add_argument("endpoint_id", type=int)
    sent = command(webhooks, "messages", "the newest events, sent or waiting, and why they wait", _webhooks)
    sent.add_argument("endpoint_id", type=int, nargs="?", help="only this endpoint's")
    sent.add_argument("--limit", type=_how_many, default=50, help="how many (1 to 10000)")
    replay = command(webhooks, "replay", "send an event again, now (same svix-id)", _webhooks)
    replay.add_argument("message_id", help="msg_..., from 'webhooks messages'")
    return parser


def _one_line(error: ValidationError) -> str:
    first = error.errors()[0]
    name = str(first["loc"][0]) if first["loc"] else "value"
    flag, variable = "--" + name.replace("_", "-"), ENV_PREFIX + name.upper()
    return f"invalid {flag} / {variable} ({first.get('input')!r}): {first['msg']}"


def main(argv: list[str] | None = None) -> int:
    try:
        defaults = ServerConfig()
    except ValidationError as exc:
        print(f"segments-server: {_one_line(exc)}", file=sys.stderr)
        return 2
    args = _parser(defaults).parse_args(argv)
    try:
        return int(args.run(args))
    except ValidationError as exc:
        message = _one_line(exc)
    except (AccountError, CommandError, OSError) as exc:
        message = str(exc)
    except ArgumentError as exc:
        message = f"invalid database URL: {exc}"
    except ImportError as exc:  # the URL names a database driver that is not installed
        message = f"cannot load the database driver {exc.name!r}: install it ({POSTGRES_HINT})"
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        message = f"database error: {str(cause).splitlines()[0]}"
    print(f"segments-server: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
