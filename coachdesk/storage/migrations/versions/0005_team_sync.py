"""Team sharing: identity and state, outbox, per-field clocks, items to check, pending changes

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("sync_state",
                    sa.Column("key", sa.String(length=200), nullable=False),
                    sa.Column("value", sa.JSON(), nullable=False),
                    sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")))
    op.create_table("sync_outbox",
                    sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column("hlc", sa.String(length=64), nullable=False),
                    sa.Column("kind", sa.String(length=40), nullable=False),
                    sa.Column("record_id", sa.String(length=36), nullable=False),
                    sa.Column("fields", sa.JSON(), nullable=False),
                    sa.Column("prev", sa.JSON(), nullable=False),
                    sa.Column("deleted", sa.Boolean(), nullable=False),
                    sa.Column("scopes", sa.JSON(), nullable=False),
                    sa.Column("author", sa.String(length=36), nullable=True),
                    sa.Column("sent", sa.Boolean(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_outbox")))
    op.create_index("ix_sync_outbox_sent", "sync_outbox", ["sent"])
    op.create_table("sync_clocks",
                    sa.Column("kind", sa.String(length=40), nullable=False),
                    sa.Column("record_id", sa.String(length=36), nullable=False),
                    sa.Column("clocks", sa.JSON(), nullable=False),
                    sa.Column("deleted", sa.String(length=64), nullable=True),
                    sa.PrimaryKeyConstraint("kind", "record_id", name=op.f("pk_sync_clocks")))
    op.create_table("sync_conflicts",
                    sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column("kind", sa.String(length=40), nullable=False),
                    sa.Column("record_id", sa.String(length=36), nullable=False),
                    sa.Column("field", sa.String(length=100), nullable=False),
                    sa.Column("mine", sa.JSON(), nullable=True),
                    sa.Column("theirs", sa.JSON(), nullable=True),
                    sa.Column("by", sa.String(length=36), nullable=True),
                    sa.Column("at", sa.String(length=64), nullable=False),
                    sa.Column("resolved", sa.Boolean(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")))
    op.create_table("sync_pending",
                    sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
                    sa.Column("change", sa.JSON(), nullable=False),
                    sa.Column("note", sa.Text(), nullable=True),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_pending")))


def downgrade() -> None:
    op.drop_table("sync_pending")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_clocks")
    op.drop_index("ix_sync_outbox_sent", table_name="sync_outbox")
    op.drop_table("sync_outbox")
    op.drop_table("sync_state")
