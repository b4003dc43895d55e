"""The tables of team sharing, inside the encrypted data file (migration 0005)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from coachdesk.domain import models as m


class SyncState(m.Base):
    """Key/value: this member's identity (private keys), the team folder, the trusted roster, scope keys,
    the clock, sequence numbers sent and received."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)  # any JSON value: its shape is set by the key


class OutboxEntry(m.Base):
    """One saved change, written in the same transaction as the change itself; sent once."""

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))  # table name
    record_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> new value (plain JSON); {} for a tombstone
    prev: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> clock of the value it replaced
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # a tombstone
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    author: Mapped[str | None] = mapped_column(String(36))
    sent: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class RecordClock(m.Base):
    """Per record: for each field, the clock and device of the value it holds; the tombstone clock if deleted."""

    __tablename__ = "sync_clocks"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    clocks: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> [hlc, prev]
    deleted: Mapped[str | None] = mapped_column(String(64))  # hlc of the tombstone


class Conflict(m.Base):
    """An item to check ("Te controleren"): a value of mine that lost to a concurrent one, or the reverse."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(100))
    mine: Mapped[object | None] = mapped_column(JSON)
    theirs: Mapped[object | None] = mapped_column(JSON)
    by: Mapped[str | None] = mapped_column(String(36))  # the other member's coach id
    at: Mapped[str] = mapped_column(String(64))  # the other change's clock
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class PendingChange(m.Base):
    """A received change that cannot be applied yet (its record arrives in a later bundle)."""

    __tablename__ = "sync_pending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)


# --- reading and writing the key/value state with Core, usable inside a flush ---------------

def get_value(connection, key: str, default: object = None) -> Any:  # a JSON value, shaped as its key says
    from sqlalchemy import select

    table = SyncState.__table__
    row = connection.execute(select(table.c.value).where(table.c.key == key)).first()
    return default if row is None else row[0]


def set_value(connection, key: str, value: object) -> None:
    from sqlalchemy.dialects.sqlite import insert

    table = SyncState.__table__
    statement = insert(table).values(key=key, value=value)
    connection.execute(statement.on_conflict_do_update(index_elements=[table.c.key], set_={"value": statement.excluded.value}))


def identity(connection) -> dict | None:
    """This data folder's member identity, or None when it belongs to no team."""
    return get_value(connection, "identity")


class RefusedChange(m.Base):
    """A received change the write policy refused (migration 0008): never applied, listed to a coordinator
    with its author and field, so a forged or mistaken change is seen rather than silently dropped."""

    __tablename__ = "sync_refused"
    __table_args__ = (Index("ix_sync_refused_at", "by", "at", "kind", "record_id", "field", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(100))
    value: Mapped[object | None] = mapped_column(JSON)
    by: Mapped[str | None] = mapped_column(String(36))  # the author, from the bundle's signature
    at: Mapped[str] = mapped_column(String(64))  # the change's clock
    reason: Mapped[str] = mapped_column(Text)  # the policy's words (English source text, context "Policy")
    seen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
