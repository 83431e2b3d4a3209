"""File permissions of what the program writes through a temporary file.

``tempfile.mkstemp`` creates its file with mode 0600 whatever the user's umask says, and a rename keeps that mode:
an exported ledger or a stored photo would then be unreadable to the colleague or the backup tool that can read
every other file the user makes. ``use_default_mode`` gives such a file the mode an ordinary ``open(path, "w")``
would have given it (0666 minus the umask).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

_lock = threading.Lock()


def current_umask() -> int:
    """The process umask. Reading it means setting it, so this is done under a lock and set straight back."""
    with _lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def default_file_mode() -> int:
    return 0o666 & ~current_umask()


def use_default_mode(path: str | os.PathLike) -> None:
    """Give a file created by mkstemp the mode of a normally created file (best effort: Windows has no modes)."""
    try:
        os.chmod(Path(path), default_file_mode())
    except (OSError, NotImplementedError):
        pass
