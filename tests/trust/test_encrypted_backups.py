"""Backups that leave the data folder can be sealed with the office key (AES-GCM in chunks);
restore asks for the key, and a wrong key or an altered file changes nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
import sqlite3
import stat
import sys
import tracemalloc
from pathlib import Path

import pytest
from conftest import ALL_PRESENT, ANSWERS, register

from counterdesk.cli import main
from counterdesk.services import backup, backup_crypto
from counterdesk.services.backup_crypto import OfficeKey
from counterdesk.services.integrity import verify_log
from counterdesk.services.workspace import Workspace

NOON = dt.datetime(2026, 9, 30, 12)
PASSPHRASE = "窗口办公室 backup key 2026"
UNDECRYPTABLE = "the backup cannot be decrypted with this key or has been altered"


def cases_in(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    finally:
        conn.close()


def sealed(data: bytes, key: OfficeKey, chunk: int = 64) -> bytes:
    out = io.BytesIO()
    backup_crypto.encrypt_stream(io.BytesIO(data), out, key, chunk=chunk)
    return out.getvalue()


def opened(data: bytes, key: OfficeKey) -> bytes:
    out = io.BytesIO()
    backup_crypto.decrypt_stream(io.BytesIO(data), out, key)
    return out.getvalue()


@pytest.fixture
def decided(space, people):
    """Three cases, two of them decided with numbered documents (no font needed: nothing is
    printed)."""
    from counterdesk.services.intake import IntakeService, SubmissionInput

    clerk, intake = people["clerk"], IntakeService(space)
    accepted = register(space, clerk)
    intake.decide(clerk, accepted.id, SubmissionInput(ANSWERS, ALL_PRESENT))
    pending = register(space, clerk)
    intake.decide(clerk, pending.id, SubmissionInput(ANSWERS, {}))
    register(space, clerk)


@pytest.fixture
def key_file(tmp_path):
    path = tmp_path / "office.key"
    assert main(["backup-key", str(path)]) == 0
    return path


@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("COUNTERDESK_BACKUP_KEY", PASSPHRASE)
    return PASSPHRASE


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 640, 1000])
def test_a_sealed_stream_opens_to_the_same_bytes_at_every_chunk_boundary(size):
    key = OfficeKey(backup_crypto.KEY_FILE, bytes(range(32)))
    data = bytes(i % 251 for i in range(size))
    assert opened(sealed(data, key), key) == data


def test_two_backups_with_one_key_file_never_share_a_file_key():
    # GIVEN one key file WHEN the same bytes are sealed twice THEN salts and ciphertexts differ
    key = OfficeKey(backup_crypto.KEY_FILE, bytes(32))
    first, second = sealed(b"x" * 200, key), sealed(b"x" * 200, key)
    assert first[:40] != second[:40] and first[60:] != second[60:]


@pytest.mark.parametrize("damage", [
    pytest.param(lambda b: b[:-1], id="last byte cut"),
    pytest.param(lambda b: b[:len(b) - 80], id="cut at a chunk boundary"),
    pytest.param(lambda b: b[:41], id="header only"),
    pytest.param(lambda b: b + b[-80:], id="chunk appended"),
    pytest.param(lambda b: b[:100] + bytes([b[100] ^ 1]) + b[101:], id="bit flipped"),
    pytest.param(lambda b: b[:20] + bytes([b[20] ^ 1]) + b[21:], id="header changed"),
    pytest.param(lambda b: b[:41] + b[121:201] + b[41:121] + b[201:], id="chunks swapped"),
])
def test_any_change_to_a_sealed_stream_is_refused(damage):
    key = OfficeKey(backup_crypto.KEY_FILE, bytes(32))
    data = sealed(bytes(range(256)) * 2, key)  # 8 chunks of 64 (+16 tag)
    with pytest.raises(backup_crypto.BackupKeyError) as caught:
        opened(damage(data), key)
    assert UNDECRYPTABLE in str(caught.value)


def test_a_wrong_passphrase_is_refused():
    data = sealed(b"database", OfficeKey.passphrase("the right passphrase"))
    with pytest.raises(backup_crypto.BackupKeyError, match=UNDECRYPTABLE):
        opened(data, OfficeKey.passphrase("the wrong passphrase"))


def test_encrypting_a_big_file_keeps_memory_to_a_few_chunks(tmp_path):
    # GIVEN a 48 MiB file WHEN it is sealed and opened THEN peak memory stays under 8 MiB
    source = tmp_path / "big"
    with source.open("wb") as handle:
        for _ in range(48):
            handle.write(b"\x5a" * (1 << 20))
    key = OfficeKey(backup_crypto.KEY_FILE, bytes(32))
    tracemalloc.start()
    try:
        with source.open("rb") as src, (tmp_path / "big.enc").open("wb") as dst:
            backup_crypto.encrypt_stream(src, dst, key)
        with (tmp_path / "big.enc").open("rb") as src, (tmp_path / "back").open("wb") as dst:
            backup_crypto.decrypt_stream(src, dst, key)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 << 20
    assert (tmp_path / "back").stat().st_size == 48 << 20


def test_backup_out_encrypt_writes_a_private_sealed_copy_on_record(
        space, decided, tmp_path, passphrase):
    # GIVEN the office passphrase in the environment
    space.close()
    # WHEN a backup is copied to a USB folder with --encrypt
    assert main(["--home", str(space.home), "backup", "--out", str(tmp_path),
                 "--encrypt"]) == 0
    made = next(tmp_path.glob("manual-*.sqlite3.enc"))
    # THEN the copy is sealed (no SQLite header, no applicant name) and private
    raw = made.read_bytes()
    assert raw.startswith(backup_crypto.MAGIC) and b"SQLite format 3" not in raw
    assert "王小明".encode() not in raw
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    # AND the audit log says it went out encrypted
    conn = sqlite3.connect(space.home / "counterdesk.sqlite3")
    details = json.loads(conn.execute("SELECT details FROM audit_log ORDER BY seq DESC"
                                      " LIMIT 1").fetchone()[0])
    conn.close()
    assert details["encrypted"] is True and details["path"] == str(made.resolve())
    assert not list(tmp_path.glob(".*partial*"))


def test_an_encrypted_backup_restores_with_the_key_and_keeps_the_audit_intact(
        space, people, decided, tmp_path, key_file, capsys):
    made = backup.manual_backup(space.home, NOON, tmp_path / "copy.enc",
                                key=OfficeKey.from_file(key_file))
    register(space, people["clerk"])
    space.close()
    live = space.home / "counterdesk.sqlite3"
    assert cases_in(live) == 4
    assert main(["--home", str(space.home), "restore", str(made), "--key-file",
                 str(key_file)]) == 0
    assert cases_in(live) == 3
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
    assert verify_log(Workspace(space.home)).ok
    assert not list(space.home.glob(".*restoring*"))


@pytest.mark.parametrize("spoil", ["wrong key", "truncated", "tampered"])
def test_a_wrong_key_or_an_altered_backup_is_one_line_and_changes_nothing(
        space, people, decided, tmp_path, key_file, capsys, spoil, monkeypatch):
    made = backup.manual_backup(space.home, NOON, tmp_path / "copy.enc",
                                key=OfficeKey.from_file(key_file))
    register(space, people["clerk"])
    space.close()
    if spoil == "wrong key":
        key_file = tmp_path / "other.key"
        assert main(["backup-key", str(key_file)]) == 0
    elif spoil == "truncated":
        made.write_bytes(made.read_bytes()[:-100])
    else:
        raw = bytearray(made.read_bytes())
        raw[len(raw) // 2] ^= 0x40
        made.write_bytes(bytes(raw))
    capsys.readouterr()
    live = space.home / "counterdesk.sqlite3"
    before = live.read_bytes()
    code = main(["--home", str(space.home), "restore", str(made), "--key-file", str(key_file)])
    err = capsys.readouterr().err
    assert code == 1 and err.strip().splitlines() == [
        f"counterdesk: error: {UNDECRYPTABLE}"]
    assert live.read_bytes() == before and cases_in(live) == 4
    assert not list(space.home.glob(".*restoring*"))
    assert not list((space.home / "backups").glob("replaced-*"))


def test_restore_of_an_encrypted_backup_without_any_key_says_how_to_give_it(
        space, decided, tmp_path, passphrase, capsys, monkeypatch):
    made = backup.manual_backup(space.home, NOON, tmp_path / "copy.enc",
                                key=OfficeKey.passphrase(passphrase))
    space.close()
    monkeypatch.delenv("COUNTERDESK_BACKUP_KEY")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal: no prompt
    code = main(["--home", str(space.home), "restore", str(made)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "COUNTERDESK_BACKUP_KEY" in err and "--key-file" in err


def test_restore_in_a_terminal_asks_for_the_passphrase(space, people, decided, tmp_path,
                                                       monkeypatch, capsys):
    made = backup.manual_backup(space.home, NOON, tmp_path / "copy.enc",
                                key=OfficeKey.passphrase(PASSPHRASE))
    register(space, people["clerk"])
    space.close()
    monkeypatch.delenv("COUNTERDESK_BACKUP_KEY", raising=False)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    asked = []
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert main(["--home", str(space.home), "restore", str(made)]) == 0
    assert asked == ["backup passphrase: "]
    assert cases_in(space.home / "counterdesk.sqlite3") == 3


@pytest.mark.parametrize("args, words", [
    (["--encrypt"], "--out"),
    (["--out", "{tmp}", "--key-file", "{tmp}/missing.key"], "cannot read the key file"),
    (["--out", "{tmp}", "--key-file", "{tmp}/bad.key"], "is not a backup key file"),
    (["--out", "{tmp}", "--encrypt"], "at least 10 characters"),
])
def test_a_backup_key_that_cannot_be_used_is_one_line_and_writes_nothing(
        space, decided, tmp_path, capsys, monkeypatch, args, words):
    space.close()
    (tmp_path / "bad.key").write_text("not a key")
    monkeypatch.setenv("COUNTERDESK_BACKUP_KEY", "short")
    before = set(tmp_path.iterdir())
    code = main(["--home", str(space.home), "backup",
                 *[a.replace("{tmp}", str(tmp_path)) for a in args]])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and words in err
    assert set(tmp_path.iterdir()) == before


def test_backup_key_never_overwrites_an_existing_key(tmp_path, capsys):
    path = tmp_path / "office.key"
    assert main(["backup-key", str(path)]) == 0
    first = path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert main(["backup-key", str(path)]) == 1
    assert "not overwritten" in capsys.readouterr().err
    assert path.read_bytes() == first


def test_when_the_office_requires_it_a_plain_copy_out_of_the_data_folder_is_refused(
        space, people, decided, tmp_path, capsys, passphrase):
    from counterdesk.services.office import OfficeService

    # GIVEN the office setting "backups outside the data folder must be encrypted"
    OfficeService(space).save(people["admin"], {"backup_encryption_required": "1"})
    space.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    # WHEN a plain copy goes to a USB folder THEN it is refused in one line, nothing written
    code = main(["--home", str(space.home), "backup", "--out", str(usb)])
    err = capsys.readouterr().err
    assert code == 1 and len(err.strip().splitlines()) == 1 and "--encrypt" in err
    assert list(usb.iterdir()) == []
    # AND an encrypted copy there, or a plain copy inside the data folder, is made
    assert main(["--home", str(space.home), "backup", "--out", str(usb), "--encrypt"]) == 0
    assert backup_crypto.is_encrypted(next(usb.iterdir()))
    inside = space.home / "kept"
    inside.mkdir()
    assert main(["--home", str(space.home), "backup", "--out", str(inside)]) == 0
    assert backup.check_backup(next(inside.iterdir())).ok
