"""The praktijkverklaring: a catalogue of kwalificatiedossiers (versions), kerntaken and werkprocessen, and per
student a route with its werkprocessen and their history (judgements, confirmations, revocations)

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "pv_dossiers",
        *_record_columns(),
        sa.Column("crebo", sa.String(length=5), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.Column("source_date", sa.Date(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.text("0")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pv_dossiers")),
    )
    op.create_index("ix_pv_dossiers_crebo_version", "pv_dossiers", ["crebo", "version"], unique=True)
    op.create_table(
        "pv_kerntaken",
        *_record_columns(),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["dossier_id"], ["pv_dossiers.id"], name=op.f("fk_pv_kerntaken_dossier_id_pv_dossiers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pv_kerntaken")),
    )
    op.create_index(op.f("ix_pv_kerntaken_dossier_id"), "pv_kerntaken", ["dossier_id"])
    op.create_table(
        "pv_werkprocessen",
        *_record_columns(),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("kerntaak_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("leerlijnen", sa.JSON(), nullable=False, server_default="[]"),
        sa.ForeignKeyConstraint(["dossier_id"], ["pv_dossiers.id"], name=op.f("fk_pv_werkprocessen_dossier_id_pv_dossiers"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["kerntaak_id"], ["pv_kerntaken.id"], name=op.f("fk_pv_werkprocessen_kerntaak_id_pv_kerntaken"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pv_werkprocessen")),
    )
    op.create_index(op.f("ix_pv_werkprocessen_dossier_id"), "pv_werkprocessen", ["dossier_id"])
    op.create_index(op.f("ix_pv_werkprocessen_kerntaak_id"), "pv_werkprocessen", ["kerntaak_id"])
    op.create_table(
        "pv_routes",
        *_record_columns(),
        sa.Column("student_id", sa.String(length=36), nullable=False),
        sa.Column("route_type", sa.String(length=32), nullable=False),
        sa.Column("dossier_id", sa.String(length=36), nullable=False),
        sa.Column("placement_id", sa.String(length=36), nullable=True),
        sa.Column("place_id", sa.String(length=36), nullable=True),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("offered_codes", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"], name=op.f("fk_pv_routes_student_id_students"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["dossier_id"], ["pv_dossiers.id"], name=op.f("fk_pv_routes_dossier_id_pv_dossiers")),
        sa.ForeignKeyConstraint(["placement_id"], ["placements.id"], name=op.f("fk_pv_routes_placement_id_placements"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["place_id"], ["places.id"], name=op.f("fk_pv_routes_place_id_places"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pv_routes")),
    )
    op.create_index(op.f("ix_pv_routes_student_id"), "pv_routes", ["student_id"])
    op.create_index(op.f("ix_pv_routes_dossier_id"), "pv_routes", ["dossier_id"])
    op.create_table(
        "pv_route_items",
        *_record_columns(),
        sa.Column("route_id", sa.String(length=36), nullable=False),
        sa.Column("student_id", sa.String(length=36), nullable=False),
        sa.Column("werkproces_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False, server_default="niet_gestart"),
        sa.Column("evidence", sa.String(length=32), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("assessor", sa.String(length=200), nullable=True),
        sa.Column("paper_form_on", sa.Date(), nullable=True),
        sa.Column("confirmed_by", sa.String(length=36), nullable=True),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("opdrachten", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["route_id"], ["pv_routes.id"], name=op.f("fk_pv_route_items_route_id_pv_routes"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"], name=op.f("fk_pv_route_items_student_id_students"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["werkproces_id"], ["pv_werkprocessen.id"], name=op.f("fk_pv_route_items_werkproces_id_pv_werkprocessen")),
        sa.ForeignKeyConstraint(["confirmed_by"], ["coaches.id"], name=op.f("fk_pv_route_items_confirmed_by_coaches"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pv_route_items")),
    )
    op.create_index("ix_pv_route_items_route", "pv_route_items", ["route_id", "werkproces_id"], unique=True)
    op.create_index(op.f("ix_pv_route_items_student_id"), "pv_route_items", ["student_id"])
    op.create_table(
        "pv_route_entries",
        *_record_columns(),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("student_id", sa.String(length=36), nullable=False),
        sa.Column("entry_kind", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("evidence", sa.String(length=32), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=True),
        sa.Column("paper_form_on", sa.Date(), nullable=True),
        sa.Column("coach_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["pv_route_items.id"], name=op.f("fk_pv_route_entries_item_id_pv_route_items"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"], name=op.f("fk_pv_route_entries_student_id_students"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"], name=op.f("fk_pv_route_entries_coach_id_coaches"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pv_route_entries")),
    )
    op.create_index("ix_pv_route_entries_item", "pv_route_entries", ["item_id", "created_at"])
    op.create_index(op.f("ix_pv_route_entries_student_id"), "pv_route_entries", ["student_id"])


def downgrade() -> None:
    for table in ("pv_route_entries", "pv_route_items", "pv_routes", "pv_werkprocessen", "pv_kerntaken", "pv_dossiers"):
        op.drop_table(table)
