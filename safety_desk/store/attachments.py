"""Photos stored once by content hash in a folder beside the database.

``<db folder>/<db name>.attachments/ab/ab12…ef.jpg``: the same photo attached to ten hazards is one file.
Files are written to a temporary name and renamed, so a crash never leaves half a photo under its real name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from safety_desk.errors import UserError
from safety_desk.store.files import use_default_mode

MAX_PHOTO_BYTES = 40 * 1024 * 1024

# Magic numbers of the image formats phones and cameras produce.
_SIGNATURES = (
    (b"\xff\xd8\xff", ".jpg"),
    (b"\x89PNG\r\n\x1a\n", ".png"),
    (b"GIF87a", ".gif"),
    (b"GIF89a", ".gif"),
    (b"BM", ".bmp"),
)


def image_extension(head: bytes) -> str | None:
    for magic, ext in _SIGNATURES:
        if head.startswith(magic):
            return ext
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return ".webp"
    return None


def attachments_dir_for(db_path: Path | None) -> Path:
    if db_path is None:
        return Path(tempfile.mkdtemp(prefix="safety-desk-attachments-"))
    return db_path.parent / f"{db_path.name}.attachments"


def read_photo(path: str | Path) -> tuple[bytes, str]:
    """The file's bytes and image extension; UserError naming the file if it is not a usable photo."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise UserError(f"照片 {path} 过大（{size // (1024 * 1024)} MB，上限 {MAX_PHOTO_BYTES // (1024 * 1024)} MB）")
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取照片 {path}：{exc.strerror or exc}") from None
    ext = image_extension(data[:16])
    if ext is None:
        raise UserError(f"{path} 不是照片（支持 JPG、PNG、GIF、BMP、WEBP）")
    return data, ext


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def photo_path(root: Path, sha256: str, ext: str) -> Path:
    return root / sha256[:2] / f"{sha256}{ext}"


def write_photo(root: Path, data: bytes, sha256: str, ext: str) -> Path:
    """Write once; an existing file with this hash is the same photo and is kept."""
    return write_by_hash(photo_path(root, sha256, ext), data, what="照片")


def write_by_hash(target: Path, data: bytes, *, what: str) -> Path:
    """Write a file named by its content's hash once (temp file + rename: never half a file); an existing file of
    that size is the same content and is kept. A full disk or a missing folder is a UserError naming ``what``."""
    if target.exists() and target.stat().st_size == len(data):
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        use_default_mode(tmp)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(f"无法保存{what}到 {target.parent}：{exc.strerror or exc}（磁盘是否已满？）") from None
    return target


class StagedPhotos:
    """Photos of an import, written to a temporary folder inside the photo folder and moved in only on commit.

        staged = StagedPhotos(store.attachments_dir)
        try:
            with db.atomic():
                ...                                   # staged.add(data, sha, ext) for each new photo
                placed = staged.commit()              # moved in; a failure here rolls the rows back
        except BaseException:
            staged.discard()                          # the photo folder exactly as before
            raise
        staged.discard(keep_placed=True)

    File names come from the verified SHA-256 and an extension the caller took from a closed list: nothing from the
    package names a path.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder: Path | None = None
        self.files: list[tuple[Path, Path]] = []  # (staged file, final place)
        self.placed: list[Path] = []
        self.created: list[Path] = []  # folders this import created (removed again on refusal)

    def add(self, data: bytes, sha256: str, ext: str) -> None:
        target = photo_path(self.root, sha256, ext)
        if target.exists() and target.stat().st_size == len(data):
            return
        try:
            if self.folder is None:
                self._mkdir(self.root)
                self.folder = Path(tempfile.mkdtemp(dir=self.root, prefix=".incoming-"))
            staged = self.folder / f"{sha256}{ext}"
            with open(staged, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise UserError(f"无法保存照片到 {self.root}：{exc.strerror or exc}（磁盘是否已满？）") from None
        self.files.append((staged, target))

    def _mkdir(self, folder: Path) -> None:
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        folder.mkdir(parents=True, exist_ok=True)
        self.created.extend(missing)  # deepest first

    def commit(self) -> list[Path]:
        """Move every staged photo to its place; returns the files placed."""
        try:
            for staged, target in self.files:
                self._mkdir(target.parent)
                os.replace(staged, target)
                self.placed.append(target)
        except OSError as exc:
            raise UserError(f"无法保存照片到 {self.root}：{exc.strerror or exc}（磁盘是否已满？）") from None
        return list(self.placed)

    def discard(self, *, keep_placed: bool = False) -> None:
        """Remove the temporary folder; unless ``keep_placed``, also what was moved in and the folders created."""
        if self.folder is not None:
            for staged, _target in self.files:
                staged.unlink(missing_ok=True)
            try:
                self.folder.rmdir()
            except OSError:
                pass
            self.folder = None
        if keep_placed:
            return
        for target in self.placed:
            target.unlink(missing_ok=True)
        self.placed = []
        for folder in sorted(set(self.created), key=lambda f: len(f.parts), reverse=True):
            try:
                folder.rmdir()
            except OSError:
                pass  # not empty: something else lives there now
        self.created = []
