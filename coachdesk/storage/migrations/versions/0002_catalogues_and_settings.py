"""Catalogues for the toolkits (events, schemes, help) and settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 13:49:45.577939
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('financial_schemes',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('provider', sa.String(length=200), nullable=True),
    sa.Column('target_group', sa.Text(), nullable=True),
    sa.Column('target_school_types', sa.JSON(), nullable=False),
    sa.Column('conditions', sa.Text(), nullable=True),
    sa.Column('amount_text', sa.Text(), nullable=True),
    sa.Column('how_to_apply', sa.Text(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('source_url', sa.String(length=500), nullable=True),
    sa.Column('last_checked_on', sa.Date(), nullable=True),
    sa.Column('unverified', sa.Boolean(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_financial_schemes'))
    )
    op.create_table('help_entries',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('offers', sa.Text(), nullable=True),
    sa.Column('for_whom', sa.Text(), nullable=True),
    sa.Column('contact', sa.Text(), nullable=True),
    sa.Column('url', sa.String(length=500), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_help_entries'))
    )
    op.create_table('matching_events',
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('speeddate', 'banenmarkt', 'bedrijfsbezoek', 'meeloopdag', 'open_dag', 'bedrijvenbeurs', 'beroepenfestival', 'other', name='eventkind', native_enum=False, length=32), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('target_groups', sa.JSON(), nullable=False),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('registration_deadline', sa.Date(), nullable=True),
    sa.Column('registration_url', sa.String(length=500), nullable=True),
    sa.Column('what_to_bring', sa.Text(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_events'))
    )
    with op.batch_alter_table('matching_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matching_events_starts_at'), ['starts_at'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )


def downgrade() -> None:
    op.drop_table('settings')
    with op.batch_alter_table('matching_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matching_events_starts_at'))

    op.drop_table('matching_events')
    op.drop_table('help_entries')
    op.drop_table('financial_schemes')
