"""A database on a network share is refused with a clear message, unless explicitly allowed (issue 15, point 6).

Linux is tested with a fake /proc/self/mountinfo; the Windows rules with a fake GetDriveTypeW (the real call is
untested off Windows).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from safety_desk.cli import main
from safety_desk.store import Store, location
from safety_desk.store.database import NetworkDatabaseError
from safety_desk.store.location import NetworkMount, mount_of, network_mount, statfs_magic, windows_network_mount

LOCAL = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro
25 22 0:21 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
30 22 0:25 / /tmp rw,nosuid,nodev shared:14 - tmpfs tmpfs rw
"""


def fake_mountinfo(*lines: str) -> str:
    return LOCAL + "".join(line + "\n" for line in lines)


@pytest.mark.parametrize(
    ("line", "path", "fstype"),
    [
        ("40 22 0:40 / /mnt/office rw,relatime shared:20 - cifs //fileserver/safety rw,vers=3.0", "/mnt/office/desk.db",
         "cifs"),
        ("41 22 0:41 / /home/zhang/共享 rw - smb3 //nas/共享 rw", "/home/zhang/共享/数据/desk.db", "smb3"),
        ("42 22 0:42 /export /srv/data rw,relatime - nfs4 10.0.0.5:/export rw,vers=4.2", "/srv/data/desk.db", "nfs4"),
        ("43 22 0:43 / /mnt/old rw - nfs nas:/vol rw", "/mnt/old/a/b/c.db", "nfs"),
        ("44 22 0:44 / /mnt/my\\040share rw - cifs //srv/x rw", "/mnt/my share/desk.db", "cifs"),
        ("45 22 0:45 / /media/ssh rw - fuse.sshfs zhang@host:/ rw", "/media/ssh/desk.db", "fuse.sshfs"),
    ],
)
def test_network_mounts_are_found(line, path, fstype):
    mount = network_mount(path, platform="linux", mountinfo=fake_mountinfo(line))
    assert mount is not None and mount.fstype == fstype
    assert path.startswith(mount.mount_point)


def test_local_paths_and_lookalike_prefixes_are_not_network():
    info = fake_mountinfo("40 22 0:40 / /mnt/office rw - cifs //srv/x rw",
                          "46 40 8:2 / /mnt/office/local rw - ext4 /dev/sdb1 rw")
    assert network_mount("/home/zhang/desk.db", platform="linux", mountinfo=info) is None
    assert network_mount("/mnt/office2/desk.db", platform="linux", mountinfo=info) is None  # not under /mnt/office
    assert network_mount("/mnt/office/local/desk.db", platform="linux", mountinfo=info) is None  # a disk mounted below
    assert network_mount("/mnt/office/desk.db", platform="linux", mountinfo=info).source == "//srv/x"
    assert mount_of("/x", "garbage\n\n1 2 3\n") is None


def test_a_symlink_into_a_share_is_followed(tmp_path: Path):
    link = tmp_path / "data"
    link.symlink_to("/mnt/office-share-for-test")
    info = fake_mountinfo("40 22 0:40 / /mnt/office-share-for-test rw - cifs //srv/x rw")
    assert network_mount(link / "desk.db", platform="linux", mountinfo=info).fstype == "cifs"


def test_this_machines_tmp_is_local_and_statfs_reads_a_magic(tmp_path: Path):
    if not Path("/proc/self/mountinfo").exists():
        pytest.skip("Linux only")
    assert network_mount(tmp_path / "desk.db") is None
    assert statfs_magic("/proc") == 0x9FA0  # PROC_SUPER_MAGIC: the f_type read is the right field


def test_statfs_is_the_fallback_when_mountinfo_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(location, "MOUNTINFO", tmp_path / "missing")
    monkeypatch.setattr(location, "statfs_magic", lambda path: 0xFF534D42)
    mount = network_mount(tmp_path / "sub" / "desk.db", platform="linux")
    assert mount == NetworkMount("cifs", str(tmp_path))


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"\\fileserver\safety\desk.db", "UNC"),
        ("//fileserver/safety/desk.db", "UNC"),
        (r"\\?\UNC\fileserver\safety\desk.db", "UNC"),
        (r"Z:\safety\desk.db", "网络驱动器"),
        (r"C:\Users\zhang\AppData\Roaming\safety-desk\desk.db", None),
        (r"\\?\C:\data\desk.db", None),
    ],
)
def test_windows_unc_paths_and_mapped_drives(path, kind):
    mount = windows_network_mount(path, drive_type=lambda root: 4 if root.upper() == "Z:\\" else 3)
    assert (mount.fstype if mount else None) == kind


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/share looks like an SMB mount to the program."""
    folder = tmp_path / "share"
    folder.mkdir()
    fake = tmp_path / "mountinfo"
    fake.write_text(fake_mountinfo(f"40 22 0:40 / {os.path.realpath(folder)} rw - cifs //srv/safety rw"), "utf-8")
    monkeypatch.setattr(location, "MOUNTINFO", fake)
    monkeypatch.delenv(location.ENV_ALLOW_NETWORK, raising=False)
    monkeypatch.delenv("SAFETY_DESK_DB", raising=False)
    return folder


def test_store_refuses_a_share_and_creates_nothing(share: Path):
    with pytest.raises(NetworkDatabaseError) as info:
        Store.open(share / "desk.db")
    message = str(info.value)
    assert "网络共享" in message and "本机磁盘" in message and "数据包" in message and "//srv/safety" in message
    assert "--allow-network-db" in message and location.ENV_ALLOW_NETWORK in message
    assert list(share.iterdir()) == []


def test_explicit_overrides(share: Path, monkeypatch: pytest.MonkeyPatch):
    Store.open(share / "a.db", allow_network=True).close()
    monkeypatch.setenv(location.ENV_ALLOW_NETWORK, "1")
    Store.open(share / "b.db").close()
    with pytest.raises(NetworkDatabaseError):
        Store.open(share / "c.db", allow_network=False)  # an explicit "no" beats the environment


def test_command_line_refuses_in_one_line_and_accepts_the_option(share: Path, capsys):
    db = str(share / "desk.db")
    assert main(["--db", db, "stats"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "网络共享" in err and "--allow-network-db" in err
    assert main(["--db", db, "--allow-network-db", "stats", "--json"]) == 0
    assert '"enterprises": 0' in capsys.readouterr().out
    assert (share / "desk.db").exists()
