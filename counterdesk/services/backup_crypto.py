"""Encrypted backups: an office key (a passphrase or a 32-byte key file) seals a backup
file in 1 MiB chunks with AES-256-GCM, streamed, so a 1 GB backup never sits in memory.

File layout (format version 1), all integers big-endian:

    magic "CDBACKUP-AESGCM\\n" (16 bytes) | version (1) | key kind (1: passphrase, 2: key
    file) | scrypt log2(n) (1) | scrypt r (1) | scrypt p (1) | chunk size (4) | salt (16)
    then chunks: AES-GCM(plain chunk) = ciphertext + 16-byte tag, each chunk_size + 16
    bytes except the last, which may be shorter (an empty database still has one).

Each file has its own key: scrypt(passphrase, salt) or HKDF-SHA256(key file, salt), with a
fresh random salt per file, so the nonce can be the chunk counter (never repeated under one
key). Every chunk's associated data is the whole header, its counter and a final flag:
a changed header, reordered, dropped or appended chunks and a file cut short at a chunk
boundary (the new last chunk was not sealed as final) all fail to decrypt."""

from __future__ import annotations

import os
import secrets
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

MAGIC = b"CDBACKUP-AESGCM\n"
VERSION = 1
PASSPHRASE, KEY_FILE = 1, 2
CHUNK = 1 << 20
TAG = 16
SALT = 16
KEY_BYTES = 32
# scrypt n = 2**15, r = 8: 32 MiB of memory and about 0.1 s per backup; a header asking for
# more than the bounds below is hostile, not a backup this program wrote.
SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P = 15, 8, 1
# (at most 128 MiB of scrypt memory: 128 * r * n)
_MAX_LOG2N, _MAX_R, _MAX_P, _MAX_CHUNK = 17, 8, 2, 16 << 20
_HEADER = struct.Struct(">16sBBBBBI16s")
MIN_PASSPHRASE = 10
ENV_KEY = "COUNTERDESK_BACKUP_KEY"

UNDECRYPTABLE = "the backup cannot be decrypted with this key or has been altered"


class Sink(Protocol):
    """Where opened bytes go: a file, or nothing (the read-back check)."""

    def write(self, data: bytes, /) -> int: ...


class BackupKeyError(Exception):
    """A key that cannot be used, or a file it does not open; `code` says which."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass(frozen=True)
class OfficeKey:
    """What the office holds: a passphrase (text) or the bytes of a key file."""

    kind: int
    secret: bytes

    @classmethod
    def passphrase(cls, text: str) -> OfficeKey:
        if len(text) < MIN_PASSPHRASE:
            raise BackupKeyError("short_passphrase", f"the backup passphrase must have at "
                                                     f"least {MIN_PASSPHRASE} characters")
        return cls(PASSPHRASE, text.encode("utf-8"))

    @classmethod
    def from_file(cls, path: Path) -> OfficeKey:
        """32 random bytes, or their 64 hexadecimal digits (as `backup-key` writes them)."""
        try:
            raw = path.read_bytes()[:200]
        except OSError as error:
            raise BackupKeyError("key_file_unreadable", f"cannot read the key file {path}: "
                                                        f"{error.strerror}") from None
        if len(raw) == KEY_BYTES:
            return cls(KEY_FILE, raw)
        try:
            decoded = bytes.fromhex(raw.decode("ascii").strip())
        except (UnicodeDecodeError, ValueError):
            decoded = b""
        if len(decoded) != KEY_BYTES:
            raise BackupKeyError("bad_key_file", f"{path} is not a backup key file (32 random "
                                                 f"bytes or 64 hex digits); make one with "
                                                 f"`counterdesk backup-key FILE`")
        return cls(KEY_FILE, decoded)

    def file_key(self, salt: bytes, log2n: int, r: int, p: int) -> bytes:
        """The key of one file: never the office key itself."""
        if self.kind == PASSPHRASE:
            from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

            return Scrypt(salt=salt, length=KEY_BYTES, n=1 << log2n, r=r, p=p
                          ).derive(self.secret)
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                    info=b"counterdesk backup v1").derive(self.secret)


def write_key_file(path: Path) -> None:
    """A new random key file, readable by its owner only; an existing file is never
    overwritten (it may be the key of every backup made so far)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(secrets.token_hex(KEY_BYTES).encode("ascii") + b"\n")
        handle.flush()
        os.fsync(handle.fileno())


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _nonce(counter: int) -> bytes:
    return b"\0\0\0\0" + counter.to_bytes(8, "big")


def _aad(header: bytes, counter: int, final: bool) -> bytes:
    return header + counter.to_bytes(8, "big") + (b"\1" if final else b"\0")


def encrypt_stream(source: BinaryIO, target: BinaryIO, key: OfficeKey,
                   chunk: int = CHUNK) -> None:
    """Seal `source` into `target`, one chunk in memory at a time (plus one read ahead)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(SALT)
    header = _HEADER.pack(MAGIC, VERSION, key.kind, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P, chunk,
                          salt)
    cipher = AESGCM(key.file_key(salt, SCRYPT_LOG2N, SCRYPT_R, SCRYPT_P))
    target.write(header)
    counter = 0
    current = source.read(chunk)
    while True:
        following = source.read(chunk) if len(current) == chunk else b""
        final = not following
        target.write(cipher.encrypt(_nonce(counter), current, _aad(header, counter, final)))
        if final:
            return
        counter, current = counter + 1, following


def decrypt_stream(source: BinaryIO, target: Sink, key: OfficeKey) -> None:
    """Open a sealed stream into `target`; BackupKeyError("undecryptable") for a wrong key
    and for any change to the file (what was written to `target` must then be discarded)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = source.read(_HEADER.size)
    if len(header) != _HEADER.size or not header.startswith(MAGIC):
        raise BackupKeyError("not_encrypted", "the file is not an encrypted CounterDesk backup")
    _, version, kind, log2n, r, p, chunk, salt = _HEADER.unpack(header)
    if version != VERSION:
        raise BackupKeyError("unknown_version", f"the backup is encrypted in format "
                                                f"{version}, which this CounterDesk does not "
                                                f"read; install a newer version")
    if kind not in (PASSPHRASE, KEY_FILE):
        raise BackupKeyError("undecryptable", UNDECRYPTABLE)
    if kind != key.kind:
        wanted = "passphrase (COUNTERDESK_BACKUP_KEY)" if kind == PASSPHRASE else "key file " \
                 "(--key-file)"
        raise BackupKeyError("wrong_key_kind", f"{UNDECRYPTABLE} (it was encrypted with a "
                                               f"{wanted})")
    if not (1 <= log2n <= _MAX_LOG2N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P
            and 1 <= chunk <= _MAX_CHUNK):
        raise BackupKeyError("undecryptable", UNDECRYPTABLE)
    cipher = AESGCM(key.file_key(salt, log2n, r, p))
    counter = 0
    current = source.read(chunk + TAG)
    while True:
        following = source.read(chunk + TAG) if len(current) == chunk + TAG else b""
        final = not following
        try:
            plain = cipher.decrypt(_nonce(counter), current, _aad(header, counter, final))
        except (InvalidTag, ValueError):
            raise BackupKeyError("undecryptable", UNDECRYPTABLE) from None
        target.write(plain)
        if final:
            return
        counter, current = counter + 1, following
