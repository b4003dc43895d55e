"""After school: a leaver's destination and follow-ups at 6, 12 and 24 months, consent for regional
figures, and the coded reason of a placement ended early

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

FOLLOW_UPS = ("6m", "12m", "24m")


def upgrade() -> None:
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.add_column(sa.Column("destination", sa.String(length=32), nullable=True))
        for months in FOLLOW_UPS:
            batch_op.add_column(sa.Column(f"followup_{months}", sa.String(length=32), nullable=True))
            batch_op.add_column(sa.Column(f"followup_{months}_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("regional_figures_excluded", sa.Boolean(), nullable=False, server_default="0"))
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_reason_code", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_column("end_reason_code")
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.drop_column("regional_figures_excluded")
        for months in reversed(FOLLOW_UPS):
            batch_op.drop_column(f"followup_{months}_on")
            batch_op.drop_column(f"followup_{months}")
        batch_op.drop_column("destination")
