"""Writing export files so that a failure never leaves a half-written one behind.

Each file is written to a temporary file in its target folder and renamed into place only
when every file of the export has been written: a failed export leaves the folder as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFiles:
    """Collects finished temporary files; :meth:`commit` renames them all into place."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def write(self, target: Path, writer: Callable[[BinaryIO], None]) -> Path:
        """Write ``target`` through ``writer`` into a temporary file beside it."""
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        temp = Path(temp_name)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                writer(handle)
                handle.flush()
                os.fsync(handle.fileno())
            # mkstemp makes the file private; an export gets the usual permissions.
            os.chmod(temp, 0o666 & ~_current_umask())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._pending.append((temp, target))
        return target

    def commit(self) -> list[Path]:
        done = []
        for temp, target in self._pending:
            os.replace(temp, target)
            done.append(target)
        self._pending.clear()
        return done

    def discard(self) -> None:
        for temp, _ in self._pending:
            with contextlib.suppress(OSError):
                temp.unlink()
        self._pending.clear()


@contextmanager
def atomic_files() -> Iterator[AtomicFiles]:
    """All-or-nothing: files appear only if the block finishes without an exception."""
    files = AtomicFiles()
    try:
        yield files
    except BaseException:
        files.discard()
        raise
    files.commit()
