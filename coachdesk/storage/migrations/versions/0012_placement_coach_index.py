"""An index on the coach who guides a placement: a coach's own caseload (Vandaag, "Mijn leerlingen")

Without it, finding the placements one coach guides read every placement: 1 s at 100,000 students.

Revision ID: 0012
Revises: 0011
"""
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_placements_coach_id", "placements", ["coach_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_placements_coach_id", table_name="placements")
