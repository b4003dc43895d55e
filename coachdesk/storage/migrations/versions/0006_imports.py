"""Imports: the school's student number (match key, unique per school) and import batches that can be undone

Revision ID: 0006
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.add_column(sa.Column('student_number', sa.String(length=20), nullable=True))
    op.create_index('ix_students_school_number', 'students', ['school_id', 'student_number'], unique=True,
                    sqlite_where=sa.text('student_number IS NOT NULL'))
    op.create_table('import_batches',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=True),
    sa.Column('created_count', sa.Integer(), nullable=False),
    sa.Column('updated_count', sa.Integer(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batches'))
    )
    op.create_table('import_batch_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('previous', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['import_batches.id'], name=op.f('fk_import_batch_items_batch_id_import_batches'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch_items'))
    )
    op.create_index('ix_import_batch_items_batch_id', 'import_batch_items', ['batch_id'], unique=False)
    op.create_index('ix_import_batch_items_record_id', 'import_batch_items', ['record_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_import_batch_items_record_id', table_name='import_batch_items')
    op.drop_index('ix_import_batch_items_batch_id', table_name='import_batch_items')
    op.drop_table('import_batch_items')
    op.drop_table('import_batches')
    op.drop_index('ix_students_school_number', table_name='students')
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.drop_column('student_number')
