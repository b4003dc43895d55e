"""Change bundles: a device's changes for one scope, encrypted for the scope and signed by the author.

File layout (``NNNNNNNN.cdb`` in ``scopes/<scope>/<device>/``)::

    64-byte Ed25519 signature | header JSON | newline | XSalsa20-Poly1305 box of zlib(JSON changes)

The header names team, scope, device, author, sequence number and key generation, and carries
the content key sealed to that generation's scope public key. The signature covers header and
content, and the header must match the file's place, so a bundle cannot be moved to another
scope or replayed under another number.
"""
from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk.sync import crypto, folder

BUNDLE_NAME = re.compile(r"^(\d{8})\.cdb$")
SIGNATURE_SIZE = 64


class BadBundle(Exception):
    """The bundle is incomplete, damaged or fails authentication."""


SNAPSHOT_NAME = re.compile(r"^snapshot-(\d{13}\.\d{4}\.[0-9a-f]+)\.cdb$")


def encode(ident: dict, team_id: str, scope: str, sequence: int, generation: dict, changes: list[dict] | dict,
           snapshot: str | None = None) -> bytes:
    content_key = crypto.random_key()
    header = {"format": folder.FORMAT, "team": team_id, "scope": scope, "device": ident["device"],
              "author": ident["coach_id"], "seq": sequence, "gen": generation["gen"],
              "key": crypto.seal(generation["public"], content_key)}
    if snapshot:
        header["snapshot"] = snapshot
    body = crypto.encrypt(content_key, zlib.compress(json.dumps(changes, separators=(",", ":"), ensure_ascii=False).encode(), 6))
    return crypto.sign(ident["sign_sk"], json.dumps(header, separators=(",", ":")).encode() + b"\n" + body)


def write(team: Path, ident: dict, team_id: str, scope: str, sequence: int, generation: dict, changes: list[dict]) -> tuple[Path, int]:
    """Write the bundle under the first free sequence number from ``sequence`` on; never overwrites."""
    while True:
        path = folder.bundle_path(team, scope, ident["device"], sequence)
        data = encode(ident, team_id, scope, sequence, generation, changes)
        if folder.write_atomically(path, data):
            return path, sequence
        sequence += 1  # a bundle written before a crash, whose number this laptop did not keep


@dataclass
class Bundle:
    header: dict
    changes: list[dict] = field(default_factory=list)


def peek_header(data: bytes) -> dict:
    try:
        newline = data.index(b"\n", SIGNATURE_SIZE)
        header = json.loads(data[SIGNATURE_SIZE:newline])
    except (ValueError, UnicodeDecodeError):
        raise BadBundle("incomplete") from None
    if not isinstance(header, dict):
        raise BadBundle("incomplete")
    return header


def decode(data: bytes, *, team_id: str, scope: str, device: str, sequence: int,
           signing_keys: dict[str, str], scope_keys: dict[int, str], snapshot: str | None = None) -> Bundle:
    """Check and open a bundle; raises BadBundle with the reason."""
    header = peek_header(data)
    author = header.get("author")
    key = signing_keys.get(author) if author is not None else None
    if key is None:
        raise BadBundle("author")
    try:
        message = crypto.verify(key, data)
    except (crypto.BadSignature, ValueError):
        raise BadBundle("signature") from None
    newline = message.index(b"\n")
    header = json.loads(message[:newline])
    if (header.get("team"), header.get("scope"), header.get("device"), header.get("seq"), header.get("snapshot")) != (team_id, scope, device, sequence, snapshot):
        raise BadBundle("place")
    private = scope_keys.get(header.get("gen"))
    if private is None:
        raise BadBundle("key")
    try:
        content_key = crypto.unseal(private, header["key"])
        changes = json.loads(zlib.decompress(crypto.decrypt(content_key, message[newline + 1:])))
    except (crypto.CryptoError, zlib.error, ValueError, KeyError):
        raise BadBundle("content") from None
    return Bundle(header, changes)


def newest_snapshot(scope_dir: Path) -> tuple[Path, str] | None:
    """The newest compaction snapshot of a scope, from any coordinator's device folder."""
    found = [(match.group(1), p) for p in scope_dir.glob("*/snapshot-*.cdb") if (match := SNAPSHOT_NAME.match(p.name))]
    if not found:
        return None
    stamp, path = max(found)
    return path, stamp
