"""The shopper's key store: Ed25519 signing keys that never leave this machine.

Each key is made with the operating system's CSPRNG (``Ed25519PrivateKey.generate()``) and kept in its own
file, ``<ERRAND_HOME>/keys/<shopper>/<key id>.key``: JSON with the private key, its public half and its key
id (base64url of sha256 of the public key, as RFC 7638 thumbprints are). Directories are 0700 and files
0600 from the moment they exist (``O_CREAT|O_EXCL|O_NOFOLLOW``); a symlink where a key or a directory
should be is refused, a key file someone else owns is refused, and looser permissions on our own files are
tightened before the key is read. The wallet only ever sees the public half (cli/enrolment.py).
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from errand.domain.approval import key_id_of, private_key_from_b64, private_key_to_b64, public_key_b64

_SHOPPER_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,63}$")
_KEY_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")


class KeyStoreError(RuntimeError):
    """A key cannot be stored or read safely; the message says which file and why."""


@dataclass(frozen=True)
class StoredKey:
    """One of the shopper's keys as the store holds it."""

    shopper_id: str
    key_id: str
    private_key: Ed25519PrivateKey
    created_at: datetime
    path: Path

    @property
    def public_key(self) -> str:
        return public_key_b64(self.private_key)


def private_dir(path: Path) -> Path:
    """``path`` as a directory of ours with mode 0700, created so if missing; a symlink is refused."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise KeyStoreError(f"refusing {path}: it must be a directory, not a link")
    if info.st_uid != os.getuid():
        raise KeyStoreError(f"refusing {path}: it belongs to another user")
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(path, 0o700)
    return path


def private_home(home: Path) -> Path:
    """Create ERRAND_HOME as 0700 if it does not exist yet, and make its SQLite files 0600.

    An existing home keeps its mode (it may be a directory the person chose to share) but its databases
    (the ledger, the sandbox's, Temporal's) are tightened: they hold addresses, orders and payments.
    """
    if not home.exists():
        home.mkdir(mode=0o700, parents=True)
        os.chmod(home, 0o700)
    for pattern in ("*.db", "*.db-wal", "*.db-shm", "*.db-journal"):
        for path in home.glob(pattern):
            info = os.lstat(path)
            loose = stat.S_IMODE(info.st_mode) & 0o077
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and loose:
                os.chmod(path, 0o600)
    return home


class KeyStore:
    """The keys under ``<home>/keys``, one directory per shopper, one file per key."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.root = self.home / "keys"

    def _shopper_dir(self, shopper_id: str, *, create: bool) -> Path | None:
        if not _SHOPPER_ID.match(shopper_id):
            raise KeyStoreError(f"“{shopper_id[:64]}” is not a shopper id this store can hold")
        path = self.root / shopper_id
        if not create and not os.path.lexists(path):
            return None
        private_dir(self.root)
        return private_dir(path)

    def generate(self, shopper_id: str) -> StoredKey:
        """A new key for ``shopper_id``, written 0600 before anything else can see it."""
        directory = self._shopper_dir(shopper_id, create=True)
        assert directory is not None
        private = Ed25519PrivateKey.generate()
        public = public_key_b64(private)
        key_id = key_id_of(public)
        created = datetime.now(UTC)
        path = directory / f"{key_id}.key"
        body = json.dumps({"shopper_id": shopper_id, "key_id": key_id, "public_key": public,
                           "private_key": private_key_to_b64(private), "created_at": created.isoformat()})
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        except FileExistsError as exc:
            raise KeyStoreError(f"refusing to overwrite {path}") from exc
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(body)
        return StoredKey(shopper_id, key_id, private, created, path)

    def keys(self, shopper_id: str) -> list[StoredKey]:
        """The shopper's keys on this machine, oldest first."""
        directory = self._shopper_dir(shopper_id, create=False)
        if directory is None:
            return []
        found = [self._load(path, shopper_id) for path in sorted(directory.iterdir())
                 if path.name.endswith(".key") and _KEY_ID.match(path.name[:-4])]
        return sorted(found, key=lambda key: key.created_at)

    def current(self, shopper_id: str) -> StoredKey | None:
        """The key the CLI signs with: the newest one on this machine."""
        keys = self.keys(shopper_id)
        return keys[-1] if keys else None

    def get(self, shopper_id: str, key_id: str) -> StoredKey | None:
        return next((key for key in self.keys(shopper_id) if key.key_id == key_id), None)

    def remove(self, key: StoredKey) -> None:
        """Forget a key (after the wallet revoked it, or when its registration failed)."""
        key.path.unlink(missing_ok=True)

    def _load(self, path: Path, shopper_id: str) -> StoredKey:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError as exc:  # ELOOP: a symlink where the key should be
            raise KeyStoreError(f"refusing to read {path}: {exc.strerror}") from exc
        with os.fdopen(fd, "r", encoding="ascii") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
                raise KeyStoreError(f"refusing to read {path}: not a regular file of this user")
            if stat.S_IMODE(info.st_mode) & 0o077:
                os.fchmod(handle.fileno(), 0o600)  # readable by others until now: tighten before reading
            text = handle.read()
        try:
            data = json.loads(text)
            private = private_key_from_b64(data["private_key"])
            created = datetime.fromisoformat(data["created_at"])
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyStoreError(f"the key file {path} is not a valid Ed25519 key") from exc
        key_id = key_id_of(public_key_b64(private))
        if data.get("shopper_id") != shopper_id or key_id != path.name[:-4]:
            raise KeyStoreError(f"the key file {path} does not hold {shopper_id}'s key {path.name[:-4]}")
        return StoredKey(shopper_id, key_id, private, created, path)


__all__ = ["KeyStore", "KeyStoreError", "StoredKey", "private_dir", "private_home"]
