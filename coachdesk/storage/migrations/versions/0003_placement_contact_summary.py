"""Contact summary on placements, so the attention list need not read every visit

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_contact_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('next_contact_due', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('contact_count', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('on_site_count', sa.Integer(), server_default='0', nullable=False))
    op.execute("""
        UPDATE placements SET
          last_contact_on = (SELECT max(visited_on) FROM visits WHERE visits.placement_id = placements.id),
          next_contact_due = (SELECT next_contact_due FROM visits WHERE visits.placement_id = placements.id
                              ORDER BY visited_on DESC, created_at DESC LIMIT 1),
          contact_count = (SELECT count(*) FROM visits WHERE visits.placement_id = placements.id),
          on_site_count = (SELECT count(*) FROM visits WHERE visits.placement_id = placements.id
                           AND kind IN ('on_site', 'driegesprek'))
    """)


def downgrade() -> None:
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.drop_column('on_site_count')
        batch_op.drop_column('contact_count')
        batch_op.drop_column('next_contact_due')
        batch_op.drop_column('last_contact_on')
