"""Log configuration for ``serve``: uvicorn's text lines, or one JSON object per line for collectors."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import orjson


class JsonFormatter(logging.Formatter):
    """``{"time", "level", "logger", "message"}`` (plus ``exception``), one object per line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = self.entry(record)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry).decode()

    @staticmethod
    def entry(record: logging.LogRecord) -> dict[str, Any]:
        return {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }


class JsonAccessFormatter(JsonFormatter):
    """An access line as fields a collector can query: ``client``, ``method``, ``path``, ``status``."""

    def format(self, record: logging.LogRecord) -> str:
        args = record.args
        if not isinstance(args, tuple) or len(args) != 5:
            return super().format(record)
        client, method, path, http_version, status = args
        entry = self.entry(record) | {
            "client": client,
            "method": method,
            "path": path,
            "http_version": http_version,
            "status": status,
        }
        return orjson.dumps(entry).decode()


def log_config(level: str, log_format: str) -> dict[str, Any]:
    """A ``logging.config.dictConfig`` for uvicorn and the server's own loggers."""
    numeric = "DEBUG" if level == "trace" else level.upper()
    if log_format == "json":
        formatter: dict[str, Any] = {"()": JsonFormatter}
        access: dict[str, Any] = {"()": JsonAccessFormatter}
    else:
        formatter = {"()": "uvicorn.logging.DefaultFormatter", "fmt": "%(levelprefix)s %(message)s"}
        access = {
            "()": "uvicorn.logging.AccessFormatter",
            "fmt": '%(levelprefix)s %(client_addr)s - "%(request_line)s" %(status_code)s',
        }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": formatter, "access": access},
        "handlers": {
            "default": {"formatter": "default", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
            "access": {"formatter": "access", "class": "logging.StreamHandler", "stream": "ext://sys.stdout"},
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": numeric, "propagate": False},
            "uvicorn.error": {"level": numeric},
            "uvicorn.access": {"handlers": ["access"], "level": numeric, "propagate": False},
            "segments_server": {"handlers": ["default"], "level": numeric, "propagate": False},
        },
    }
