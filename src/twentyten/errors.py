"""Errors a user can act on. The CLI prints them as one line and exits non-zero."""

from __future__ import annotations

from pathlib import Path


class TwentytenError(Exception):
    """Base class for errors that are the input's fault, not a bug."""


class InputError(TwentytenError):
    """Bad input: names the file (and line or key) so the user can find and fix it."""

    def __init__(
        self,
        source: str | Path,
        message: str,
        *,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        self.source = str(source)
        self.line = line
        self.key = key
        self.reason = message
        where = self.source
        if line is not None:
            where += f":{line}"
        if key is not None:
            where += f" [{key}]"
        super().__init__(f"{where}: {message}")
