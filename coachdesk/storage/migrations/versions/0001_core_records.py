"""Core records: schools, coaches, students, employers, placements, visits, risks

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 13:49:45.577939
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('employers',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sbb_id', sa.String(length=20), nullable=True),
    sa.Column('sbb_recognised', sa.Boolean(), nullable=False),
    sa.Column('sector', sa.String(length=100), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=7), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('contact_name', sa.String(length=200), nullable=True),
    sa.Column('contact_phone', sa.String(length=40), nullable=True),
    sa.Column('contact_email', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employers'))
    )
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employers_name'), ['name'], unique=False)

    op.create_table('schools',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('brin', sa.String(length=8), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('region', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schools'))
    )
    op.create_table('coaches',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('docent', 'jobcoach', 'jpo', 'coordinator', name='coachrole', native_enum=False, length=32), nullable=False),
    sa.Column('school_id', sa.String(length=36), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_coaches_school_id_schools'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coaches'))
    )
    with op.batch_alter_table('coaches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coaches_school_id'), ['school_id'], unique=False)

    op.create_table('praktijkopleiders',
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_praktijkopleiders_employer_id_employers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_praktijkopleiders'))
    )
    with op.batch_alter_table('praktijkopleiders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_praktijkopleiders_employer_id'), ['employer_id'], unique=False)

    op.create_table('school_locations',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('postcode', sa.String(length=7), nullable=True),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_school_locations_school_id_schools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_locations'))
    )
    with op.batch_alter_table('school_locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_locations_school_id'), ['school_id'], unique=False)

    op.create_table('students',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('school_type', sa.Enum('pro', 'vso', 'entree', 'mbo2', name='schooltype', native_enum=False, length=32), nullable=False),
    sa.Column('vso_profile', sa.Enum('arbeidsmarkt', 'dagbesteding', 'vervolgonderwijs', name='vsoprofile', native_enum=False, length=32), nullable=True),
    sa.Column('leerweg', sa.Enum('bol', 'bbl', name='leerweg', native_enum=False, length=32), nullable=True),
    sa.Column('opleiding', sa.String(length=200), nullable=True),
    sa.Column('crebo', sa.String(length=5), nullable=True),
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('location_id', sa.String(length=36), nullable=True),
    sa.Column('coach_id', sa.String(length=36), nullable=True),
    sa.Column('guardian_name', sa.String(length=200), nullable=True),
    sa.Column('guardian_phone', sa.String(length=40), nullable=True),
    sa.Column('guardian_email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('competences', sa.Text(), nullable=True),
    sa.Column('consent_share_profile', sa.Boolean(), nullable=False),
    sa.Column('parent_consent', sa.Boolean(), nullable=False),
    sa.Column('health_notes', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('active', 'left', name='studentstatus', native_enum=False, length=32), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coach_id'], ['coaches.id'], name=op.f('fk_students_coach_id_coaches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['location_id'], ['school_locations.id'], name=op.f('fk_students_location_id_school_locations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_students_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_students'))
    )
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_students_coach_id'), ['coach_id'], unique=False)
        batch_op.create_index('ix_students_name', ['last_name', 'first_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_students_school_id'), ['school_id'], unique=False)

    op.create_table('jpo_pairings',
    sa.Column('jpo_id', sa.String(length=36), nullable=False),
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['jpo_id'], ['coaches.id'], name=op.f('fk_jpo_pairings_jpo_id_coaches'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_jpo_pairings_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_jpo_pairings'))
    )
    with op.batch_alter_table('jpo_pairings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_jpo_pairings_jpo_id'), ['jpo_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_jpo_pairings_student_id'), ['student_id'], unique=False)

    op.create_table('placements',
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=True),
    sa.Column('praktijkopleider_id', sa.String(length=36), nullable=True),
    sa.Column('coach_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.Enum('searching', 'proposed', 'started', 'completed', 'ended_early', name='placementstatus', native_enum=False, length=32), nullable=False),
    sa.Column('searching_since', sa.Date(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('hours_per_week', sa.Integer(), nullable=True),
    sa.Column('pok_signed_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coach_id'], ['coaches.id'], name=op.f('fk_placements_coach_id_coaches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employer_id'], ['employers.id'], name=op.f('fk_placements_employer_id_employers')),
    sa.ForeignKeyConstraint(['praktijkopleider_id'], ['praktijkopleiders.id'], name=op.f('fk_placements_praktijkopleider_id_praktijkopleiders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_placements_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placements'))
    )
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placements_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index('ix_placements_status_student', ['status', 'student_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placements_student_id'), ['student_id'], unique=False)

    op.create_table('risk_assessments',
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('coach_id', sa.String(length=36), nullable=True),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('signals', sa.JSON(), nullable=False),
    sa.Column('absence_hours_4_weeks', sa.Integer(), nullable=True),
    sa.Column('computed_level', sa.Enum('low', 'medium', 'high', name='risklevel', native_enum=False, length=32), nullable=False),
    sa.Column('override_level', sa.Enum('low', 'medium', 'high', name='risklevel', native_enum=False, length=32), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coach_id'], ['coaches.id'], name=op.f('fk_risk_assessments_coach_id_coaches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_risk_assessments_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_assessments'))
    )
    with op.batch_alter_table('risk_assessments', schema=None) as batch_op:
        batch_op.create_index('ix_risk_assessments_student_date', ['student_id', 'assessed_on'], unique=False)

    op.create_table('risk_actions',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['risk_assessments.id'], name=op.f('fk_risk_actions_assessment_id_risk_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['coaches.id'], name=op.f('fk_risk_actions_owner_id_coaches'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_actions'))
    )
    with op.batch_alter_table('risk_actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_actions_assessment_id'), ['assessment_id'], unique=False)

    op.create_table('visits',
    sa.Column('student_id', sa.String(length=36), nullable=False),
    sa.Column('placement_id', sa.String(length=36), nullable=True),
    sa.Column('coach_id', sa.String(length=36), nullable=True),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('on_site', 'driegesprek', 'phone_video', 'school_talk', name='visitkind', native_enum=False, length=32), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('agreements', sa.Text(), nullable=True),
    sa.Column('next_contact_due', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['coach_id'], ['coaches.id'], name=op.f('fk_visits_coach_id_coaches'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['placement_id'], ['placements.id'], name=op.f('fk_visits_placement_id_placements'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['student_id'], ['students.id'], name=op.f('fk_visits_student_id_students'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visits_coach_id'), ['coach_id'], unique=False)
        batch_op.create_index('ix_visits_placement_date', ['placement_id', 'visited_on'], unique=False)
        batch_op.create_index('ix_visits_student_date', ['student_id', 'visited_on'], unique=False)





def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_student_date')
        batch_op.drop_index('ix_visits_placement_date')
        batch_op.drop_index(batch_op.f('ix_visits_coach_id'))

    op.drop_table('visits')
    with op.batch_alter_table('risk_actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_actions_assessment_id'))

    op.drop_table('risk_actions')
    with op.batch_alter_table('risk_assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_assessments_student_date')

    op.drop_table('risk_assessments')
    with op.batch_alter_table('placements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placements_student_id'))
        batch_op.drop_index('ix_placements_status_student')
        batch_op.drop_index(batch_op.f('ix_placements_employer_id'))

    op.drop_table('placements')
    with op.batch_alter_table('jpo_pairings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jpo_pairings_student_id'))
        batch_op.drop_index(batch_op.f('ix_jpo_pairings_jpo_id'))

    op.drop_table('jpo_pairings')
    with op.batch_alter_table('students', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_students_school_id'))
        batch_op.drop_index('ix_students_name')
        batch_op.drop_index(batch_op.f('ix_students_coach_id'))

    op.drop_table('students')
    with op.batch_alter_table('school_locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_locations_school_id'))

    op.drop_table('school_locations')
    with op.batch_alter_table('praktijkopleiders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_praktijkopleiders_employer_id'))

    op.drop_table('praktijkopleiders')
    with op.batch_alter_table('coaches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coaches_school_id'))

    op.drop_table('coaches')
    op.drop_table('schools')
    with op.batch_alter_table('employers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employers_name'))

    op.drop_table('employers')
