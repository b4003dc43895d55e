"""Received changes the write policy refused: kept to be listed to a coordinator, never applied

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_refused",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("by", sa.String(36), nullable=True),
        sa.Column("at", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("seen", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_sync_refused_at", "sync_refused", ["by", "at", "kind", "record_id", "field"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_sync_refused_at", table_name="sync_refused")
    op.drop_table("sync_refused")
