"""Indexes for the default order of the large lists (contacts and risk assessments, newest first)

With 100,000 contacts the list opened by sorting the whole table on every open and
after every save; with this index the database reads the newest 200 in order.

Revision ID: 0007
Revises: 0006
"""
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_visits_date", "visits", ["visited_on", "id"], unique=False)
    op.create_index("ix_risk_assessments_date", "risk_assessments", ["assessed_on", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_risk_assessments_date", table_name="risk_assessments")
    op.drop_index("ix_visits_date", table_name="visits")
