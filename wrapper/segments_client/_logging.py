"""Logging through ``logging.getLogger("segments_client")``; ``SEGMENTS_LOG=debug|info`` turns it on.

At DEBUG one line per request (method, URL, status, time); at INFO one per retry (attempt, wait,
reason). With ``SEGMENTS_LOG`` set, a handler writing to stderr is attached, as the environment
variable of openai-python does; otherwise the application's logging configuration decides.
"""

from __future__ import annotations

import logging
import os

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_environment() -> None:
    wanted = os.environ.get("SEGMENTS_LOG", "").strip().lower()
    if wanted not in LEVELS:
        return
    logger = logging.getLogger("segments_client")
    logger.setLevel(LEVELS[wanted])
    if not any(getattr(handler, "_segments_env", False) for handler in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler._segments_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
