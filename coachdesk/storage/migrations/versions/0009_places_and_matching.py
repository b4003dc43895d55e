"""Places and matching: places at an employer, SBB recognitions, employer contacts, stored travel
times, employer merges; the student's matching profile, the employer's acquisition pipeline, and a
placement made at a place with a hold for a proposal

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.add_column(sa.Column("home_pc4", sa.String(length=4), nullable=True))
        batch_op.add_column(sa.Column("travel_mode", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("max_travel_minutes", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("wished_sectors", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("wished_work_types", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("limits", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("max_hours_per_week", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("available_days", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("support_needs", sa.Text(), nullable=True))

    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kvk_number", sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column("acquisition_stage", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("acquisition_owner_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("next_step", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("next_step_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("dropped_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_employers_acquisition_owner_id_coaches"), "coaches",
                                    ["acquisition_owner_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index("ix_employers_acquisition_owner_id", ["acquisition_owner_id"], unique=False)
        batch_op.create_index("ix_employers_kvk_number", ["kvk_number"], unique=False)

    op.create_table(
        "places",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("werkveld", sa.String(length=200), nullable=True),
        sa.Column("location_pc4", sa.String(length=4), nullable=True),
        sa.Column("location_place", sa.String(length=100), nullable=True),
        sa.Column("sector", sa.String(length=100), nullable=True),
        sa.Column("work_type", sa.String(length=100), nullable=True),
        sa.Column("crebo", sa.String(length=5), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("leerweg", sa.String(length=32), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("days", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("hours_per_week", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("status", sa.String(length=32), nullable=False, server_default="open"),
        sa.Column("features", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("work_conditions", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("praktijkopleider_id", sa.String(length=36), nullable=True),
        sa.Column("may_be_named", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("notes", sa.Text(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"], name=op.f("fk_places_employer_id_employers"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["praktijkopleider_id"], ["praktijkopleiders.id"],
                                name=op.f("fk_places_praktijkopleider_id_praktijkopleiders"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
    )
    op.create_index("ix_places_employer_id", "places", ["employer_id"], unique=False)
    op.create_index("ix_places_status", "places", ["status", "id"], unique=False)

    op.create_table(
        "recognitions",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("sbb_id", sa.String(length=20), nullable=True),
        sa.Column("crebo", sa.String(length=5), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("stagemarkt_url", sa.String(length=500), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"],
                                name=op.f("fk_recognitions_employer_id_employers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recognitions")),
    )
    op.create_index("ix_recognitions_employer_id", "recognitions", ["employer_id"], unique=False)

    op.create_table(
        "employer_contacts",
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("coach_id", sa.String(length=36), nullable=True),
        sa.Column("contacted_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("next_step_on", sa.Date(), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"],
                                name=op.f("fk_employer_contacts_employer_id_employers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"],
                                name=op.f("fk_employer_contacts_coach_id_coaches"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["event_id"], ["matching_events.id"],
                                name=op.f("fk_employer_contacts_event_id_matching_events"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_contacts")),
    )
    op.create_index("ix_employer_contacts_employer_date", "employer_contacts", ["employer_id", "contacted_on"],
                    unique=False)
    op.create_index("ix_employer_contacts_date", "employer_contacts", ["contacted_on", "id"], unique=False)

    op.create_table(
        "travel_times",
        sa.Column("student_id", sa.String(length=36), nullable=False),
        sa.Column("employer_id", sa.String(length=36), nullable=False),
        sa.Column("location_pc4", sa.String(length=4), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("travel_mode", sa.String(length=32), nullable=True),
        sa.Column("noted_on", sa.Date(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"],
                                name=op.f("fk_travel_times_student_id_students"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["employer_id"], ["employers.id"],
                                name=op.f("fk_travel_times_employer_id_employers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_times")),
    )
    op.create_index("ix_travel_times_student_location", "travel_times",
                    ["student_id", "employer_id", "location_pc4"], unique=True)

    op.create_table(
        "employer_merges",
        sa.Column("keep_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("moved", sa.JSON(), nullable=False),
        sa.Column("keep_before", sa.JSON(), nullable=False),
        sa.Column("other_before", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        *_record_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_merges")),
    )

    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("place_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("held_until", sa.Date(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_placements_place_id_places"), "places",
                                    ["place_id"], ["id"], ondelete="SET NULL")
        batch_op.create_index("ix_placements_place_id", ["place_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("placements", schema=None) as batch_op:
        batch_op.drop_index("ix_placements_place_id")
        batch_op.drop_constraint(batch_op.f("fk_placements_place_id_places"), type_="foreignkey")
        batch_op.drop_column("held_until")
        batch_op.drop_column("place_id")
    op.drop_table("employer_merges")
    op.drop_index("ix_travel_times_student_location", table_name="travel_times")
    op.drop_table("travel_times")
    op.drop_index("ix_employer_contacts_date", table_name="employer_contacts")
    op.drop_index("ix_employer_contacts_employer_date", table_name="employer_contacts")
    op.drop_table("employer_contacts")
    op.drop_index("ix_recognitions_employer_id", table_name="recognitions")
    op.drop_table("recognitions")
    op.drop_index("ix_places_status", table_name="places")
    op.drop_index("ix_places_employer_id", table_name="places")
    op.drop_table("places")
    with op.batch_alter_table("employers", schema=None) as batch_op:
        batch_op.drop_index("ix_employers_kvk_number")
        batch_op.drop_index("ix_employers_acquisition_owner_id")
        batch_op.drop_constraint(batch_op.f("fk_employers_acquisition_owner_id_coaches"), type_="foreignkey")
        for column in ("merged_into_id", "dropped_reason", "next_step_on", "next_step", "acquisition_stage",
                       "acquisition_owner_id", "kvk_number"):
            batch_op.drop_column(column)
    with op.batch_alter_table("students", schema=None) as batch_op:
        for column in ("support_needs", "available_days", "max_hours_per_week", "limits", "wished_work_types",
                       "wished_sectors", "max_travel_minutes", "travel_mode", "home_pc4"):
            batch_op.drop_column(column)
