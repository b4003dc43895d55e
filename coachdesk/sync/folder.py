"""The team folder: what lies where, and writing a file so that a reader never sees half of it.

    TEAM/team.json                      format version and team id (a newer format: older apps stop)
    TEAM/roster.json                    the members and their public keys, signed by a coordinator
    TEAM/keys/<scope>.json              each scope's public keys, private keys sealed to its readers, signed
    TEAM/scopes/<scope>/<device>/NNNNNNNN.cdb   change bundles: one writer per device folder, never overwritten
    TEAM/seen/<device>.json             when a device last synced (for "last seen")

The live data file is never put here.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1
TEAM_FILE = "team.json"
ROSTER_FILE = "roster.json"
BUNDLE_SUFFIX = ".cdb"


def write_atomically(path: Path, data: bytes, *, replace: bool = False) -> bool:
    """Write under a temporary name, flush to disk, then rename once. Without ``replace`` an existing
    file is never touched and False is returned."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not replace and path.exists():
        return False
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    if replace:
        os.replace(temporary, path)
        return True
    try:
        os.link(temporary, path)  # fails instead of overwriting, where the file system can link
    except FileExistsError:
        temporary.unlink()
        return False
    except OSError:
        if path.exists():
            temporary.unlink()
            return False
        os.replace(temporary, path)
        return True
    temporary.unlink()
    return True


def write_json(path: Path, value: object, *, replace: bool = True) -> bool:
    return write_atomically(path, json.dumps(value, ensure_ascii=False, indent=1).encode(), replace=replace)


def read_json(path: Path) -> Any:  # JSON as read: the caller checks its shape
    return json.loads(path.read_bytes())


def keys_path(team: Path, scope: str) -> Path:
    return team / "keys" / f"{scope}.json"


def scope_dir(team: Path, scope: str) -> Path:
    return team / "scopes" / scope


def bundle_path(team: Path, scope: str, device: str, sequence: int) -> Path:
    return scope_dir(team, scope) / device / f"{sequence:08d}{BUNDLE_SUFFIX}"
