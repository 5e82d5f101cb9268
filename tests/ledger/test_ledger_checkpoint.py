"""Signed checkpoints: what they detect (rewrites, truncation, forgeries) and when the witness refuses to sign."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from errand.ledger import Ledger
from errand.ledger.audit import CheckpointRefused, audit, make_checkpoint
from errand.ledger.checkpoint import (
    Checkpoint,
    PublishedNote,
    append_published,
    load_or_create_witness,
    load_verifier,
    read_published,
)
from errand.ledger.signed_note import NoteError, Signer, Verifier, open_note
from tests.ledger.helpers import drop_triggers, record, rewrite_and_rechain, truncate_tail

ORIGIN = "errand.ledger"


def _fill(ledger: Ledger, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        ledger.append(record(f"k{i}", what="errand.started", evidence={"n": i}))


def _publish(ledger: Ledger, witness: Signer, log: Path) -> Checkpoint:
    checkpoint, note = make_checkpoint(ledger, witness, read_published(log), ORIGIN)
    assert note is not None
    append_published(log, note)
    return checkpoint


def _kinds(ledger: Ledger, log: Path, witness: Signer) -> list[str]:
    report = audit(ledger, read_published(log), witness.verifier, ORIGIN, None)
    return [finding.kind for finding in report.findings]


def test_signed_note_round_trip_and_tampering() -> None:
    signer = Signer("errand-witness", Ed25519PrivateKey.generate())
    note = signer.sign("errand.ledger\n3\nAAAA\n")
    assert open_note(note, Verifier.parse(signer.verifier.vkey())) == "errand.ledger\n3\nAAAA\n"
    with pytest.raises(NoteError, match="bad signature"):
        open_note(note.replace("\n3\n", "\n4\n"), signer.verifier)
    impostor = Signer("errand-witness", Ed25519PrivateKey.generate())
    with pytest.raises(NoteError, match="not signed by the witness key"):
        open_note(impostor.sign("errand.ledger\n3\nAAAA\n"), signer.verifier)
    with pytest.raises(NoteError, match="hash does not match"):
        name, _, blob = signer.verifier.vkey().split("+", 2)
        Verifier.parse(f"{name}+00000000+{blob}")


def test_witness_key_is_private_random_and_kept(tmp_path: Path) -> None:
    first = load_or_create_witness(tmp_path)
    again = load_or_create_witness(tmp_path)
    other_home = load_or_create_witness(tmp_path / "elsewhere")
    assert first.verifier.vkey() == again.verifier.vkey() != other_home.verifier.vkey()
    folder = tmp_path / "witness"
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "witness.key").st_mode) == 0o600
    assert load_verifier(tmp_path) is not None and load_verifier(tmp_path / "nobody") is None


def test_checkpoints_extend_each_other(ledger: Ledger, tmp_path: Path) -> None:
    witness, log = load_or_create_witness(tmp_path), tmp_path / "checkpoints.log"
    _fill(ledger, 3)
    first = _publish(ledger, witness, log)
    assert make_checkpoint(ledger, witness, read_published(log), ORIGIN) == (first, None)  # nothing new
    _fill(ledger, 2, start=3)
    second = _publish(ledger, witness, log)
    assert (first.size, second.size) == (3, 5)
    report = audit(ledger, read_published(log), witness.verifier, ORIGIN, None)
    assert report.ok and report.checkpoints == 2 and report.latest == second
    assert json.loads(log.read_text().splitlines()[0])["note"].startswith("errand.ledger\n3\n")


def test_rewrite_with_recomputed_chain_is_caught_by_the_checkpoint(ledger: Ledger, ledger_url: str,
                                                                   tmp_path: Path) -> None:
    witness, log = load_or_create_witness(tmp_path), tmp_path / "checkpoints.log"
    _fill(ledger, 4)
    _publish(ledger, witness, log)
    _fill(ledger, 2, start=4)
    drop_triggers(ledger_url)
    rewrite_and_rechain(ledger_url, 2, evidence_json='{"n":99}')
    assert ledger.verify().ok  # the chain alone cannot tell
    report = audit(ledger, read_published(log), witness.verifier, ORIGIN, None)
    assert [f.kind for f in report.findings] == ["rewritten"]
    assert "rewritten before checkpoint 1" in report.findings[0].message
    with pytest.raises(CheckpointRefused, match="rewritten before checkpoint 1"):
        make_checkpoint(ledger, witness, read_published(log), ORIGIN)


def test_a_rewrite_after_the_latest_checkpoint_is_not_detected(ledger: Ledger, ledger_url: str,
                                                               tmp_path: Path) -> None:
    witness, log = load_or_create_witness(tmp_path), tmp_path / "checkpoints.log"
    _fill(ledger, 3)
    _publish(ledger, witness, log)
    _fill(ledger, 2, start=3)
    drop_triggers(ledger_url)
    rewrite_and_rechain(ledger_url, 5, evidence_json='{"n":99}')
    assert _kinds(ledger, log, witness) == []  # documented limit: only the next checkpoint pins row 5


def test_truncated_tail_is_caught_and_the_witness_refuses(ledger: Ledger, ledger_url: str, tmp_path: Path) -> None:
    witness, log = load_or_create_witness(tmp_path), tmp_path / "checkpoints.log"
    _fill(ledger, 5)
    _publish(ledger, witness, log)
    drop_triggers(ledger_url)
    truncate_tail(ledger_url, 3)
    assert ledger.verify().ok
    report = audit(ledger, read_published(log), witness.verifier, ORIGIN, None)
    assert [f.kind for f in report.findings] == ["truncated"]
    assert report.findings[0].message == "truncated: checkpoint 1 signed 5 rows, the ledger has 3"
    _fill(ledger, 2, start=10)  # growing back to the old size does not hide it: the head differs
    assert _kinds(ledger, log, witness) == ["rewritten"]
    with pytest.raises(CheckpointRefused):
        make_checkpoint(ledger, witness, read_published(log), ORIGIN)


def test_forged_and_garbled_checkpoints_are_refused(ledger: Ledger, tmp_path: Path) -> None:
    witness, log = load_or_create_witness(tmp_path), tmp_path / "checkpoints.log"
    _fill(ledger, 2)
    _publish(ledger, witness, log)
    forger = Signer("errand-witness", Ed25519PrivateKey.generate())
    head = ledger.head()
    assert head is not None
    forged = Checkpoint(ORIGIN, 2, head.row_hash, datetime.now(UTC))
    append_published(log, forger.sign(forged.text()))
    with log.open("a") as handle:
        handle.write("not json\n")
    report = audit(ledger, read_published(log), witness.verifier, ORIGIN, None)
    assert [f.message.split(":")[0] for f in report.findings] == ["checkpoint 2 refused", "checkpoint 3 refused"]
    assert report.checkpoints == 1
    with pytest.raises(CheckpointRefused, match="checkpoint 2 refused"):
        make_checkpoint(ledger, witness, read_published(log), ORIGIN)


def test_a_checkpoint_of_another_log_is_refused(ledger: Ledger, tmp_path: Path) -> None:
    witness = load_or_create_witness(tmp_path)
    _fill(ledger, 1)
    head = ledger.head()
    assert head is not None
    other = Checkpoint("other.ledger", 1, head.row_hash, datetime.now(UTC))
    report = audit(ledger, [PublishedNote(1, witness.sign(other.text()))], witness.verifier, ORIGIN, None)
    assert [f.kind for f in report.findings] == ["checkpoint_refused"]
    assert "another log" in report.findings[0].message


def test_a_witness_key_without_checkpoints_is_a_finding(ledger: Ledger, tmp_path: Path) -> None:
    witness = load_or_create_witness(tmp_path)
    _fill(ledger, 1)
    assert _kinds(ledger, tmp_path / "missing.log", witness) == ["unanchored"]
    assert audit(ledger, [], None, ORIGIN, None).ok  # no witness set up at all: the chain is all there is
