"""Is the database on a network share? SQLite's locking (and WAL's shared memory) is not safe over SMB/CIFS or NFS:
two laptops writing one file on a share can corrupt it. Offices exchange data packages instead.

    mount = network_mount("/mnt/office/safety_desk.db")   # NetworkMount("cifs", "/mnt/office", "//srv/x") or None

Linux: the mount that holds the path is read from /proc/self/mountinfo (the longest mount point that is a prefix of
the resolved path); where that file cannot be read, statfs(2)'s f_type magic number is used. Windows: a UNC path
(``\\\\server\\share\\…``) or a drive letter that GetDriveTypeW reports as DRIVE_REMOTE (a mapped network drive).
Other systems are not checked. Nothing here refuses anything: ``Store.open`` decides.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import ntpath
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_ALLOW_NETWORK = "SAFETY_DESK_ALLOW_NETWORK_DB"
MOUNTINFO = Path("/proc/self/mountinfo")

# fstype names in mountinfo. 9p (WSL's view of Windows drives) is left out: it is the user's own disk.
NETWORK_FSTYPES = frozenset({
    "cifs", "smb3", "smbfs", "smb2", "nfs", "nfs4", "afs", "ncpfs", "coda", "ceph", "glusterfs", "lustre", "gpfs",
    "ocfs2", "davfs", "fuse.sshfs", "sshfs", "fuse.glusterfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
})
# statfs f_type magic numbers (linux/magic.h and the file systems' own headers).
NETWORK_MAGICS = {
    0x6969: "nfs",
    0x517B: "smbfs",
    0xFF534D42: "cifs",
    0xFE534D42: "smb2",
    0x5346414F: "afs",
    0x564C: "ncpfs",
    0x73757245: "coda",
    0x00C36400: "ceph",
    0x0BD00BD0: "lustre",
}
DRIVE_REMOTE = 4  # GetDriveTypeW
_OCTAL = re.compile(r"\\([0-7]{3})")


@dataclass(frozen=True)
class NetworkMount:
    """The network file system a path lies on: its type, where it is mounted, and what (server/share)."""

    fstype: str
    mount_point: str
    source: str = ""

    def describe(self) -> str:
        where = f"{self.source} 挂载于 {self.mount_point}" if self.source else self.mount_point
        return f"{self.fstype}，{where}"


def allowed_by_environment() -> bool:
    return os.environ.get(ENV_ALLOW_NETWORK, "").strip().lower() in {"1", "true", "yes", "on"}


def network_mount(path: str | os.PathLike, *, platform: str = sys.platform,
                  mountinfo: str | None = None) -> NetworkMount | None:
    """The network file system holding ``path`` (which need not exist yet), or None for a local disk.

    ``mountinfo`` replaces /proc/self/mountinfo (tests); ``platform`` picks the rules.
    """
    if platform == "win32":
        return windows_network_mount(str(path))
    if not platform.startswith("linux"):
        return None  # macOS and others: not checked (no tested way here)
    resolved = os.path.realpath(os.path.abspath(os.path.expanduser(os.fspath(path))))
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="surrogateescape")
        except OSError:
            return _statfs_network_mount(resolved)
    return mount_of(resolved, mountinfo)


def _unescape(field: str) -> str:
    r"""mountinfo writes space, tab, newline and backslash in paths as \040 \011 \012 \134."""
    return _OCTAL.sub(lambda m: chr(int(m[1], 8)), field)


def mount_of(resolved: str, mountinfo: str) -> NetworkMount | None:
    """Match an absolute, resolved path against mountinfo lines; a network mount or None."""
    best: tuple[int, str, str, str] | None = None
    for line in mountinfo.splitlines():
        fields = line.split(" ")
        if "-" not in fields[6:]:
            continue  # not a mountinfo line
        sep = fields.index("-", 6)
        if len(fields) < 5 or len(fields) < sep + 3:
            continue
        mount_point = _unescape(fields[4])
        fstype, source = fields[sep + 1], _unescape(fields[sep + 2])
        prefix = mount_point.rstrip("/") + "/"
        if resolved == mount_point or resolved.startswith(prefix):
            if best is None or len(mount_point) >= best[0]:  # a later mount over the same point hides the earlier
                best = (len(mount_point), mount_point, fstype, source)
    if best is None:
        return None
    _, mount_point, fstype, source = best
    if fstype in NETWORK_FSTYPES:
        return NetworkMount(fstype, mount_point, source)
    return None


def _statfs_network_mount(resolved: str) -> NetworkMount | None:
    """Fallback when mountinfo cannot be read: statfs(2) on the nearest existing folder."""
    existing = Path(resolved)
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    magic = statfs_magic(str(existing))
    name = NETWORK_MAGICS.get(magic) if magic is not None else None
    return NetworkMount(name, str(existing)) if name else None


def statfs_magic(path: str) -> int | None:
    """statfs(2)'s f_type on Linux (the first field of struct statfs on every architecture), or None."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return None
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        buf = ctypes.create_string_buffer(512)  # larger than struct statfs anywhere
        if libc.statfs(os.fsencode(path), buf) != 0:
            return None
    except (OSError, AttributeError):
        return None
    return ctypes.c_ulong.from_buffer(buf).value & 0xFFFFFFFF


def windows_network_mount(path: str, *, drive_type=None) -> NetworkMount | None:
    r"""A UNC path (\\server\share, \\?\UNC\server\share) or a mapped drive whose type is DRIVE_REMOTE.

    ``drive_type(root) -> int`` replaces GetDriveTypeW (tests; the real call is untested off Windows).
    """
    p = path.replace("/", "\\")
    if p.upper().startswith("\\\\?\\UNC\\"):
        p = "\\\\" + p[8:]
    elif p.startswith("\\\\?\\") or p.startswith("\\\\.\\"):
        p = p[4:]
    drive, _ = ntpath.splitdrive(p)
    if drive.startswith("\\\\"):
        return NetworkMount("UNC", drive)
    if len(drive) == 2 and drive[1] == ":":
        root = drive + "\\"
        if drive_type is None:
            drive_type = _get_drive_type
        if drive_type(root) == DRIVE_REMOTE:
            return NetworkMount("网络驱动器", root)
    return None


def _get_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    try:
        return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return 0
