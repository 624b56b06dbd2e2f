"""World Café and Open Space: the café's set-up, seating plan, where its rounds stand and
the table notes; the agenda wall's slots, spaces and proposals, and the session reports;
the logo on a workshop's protocol cover.

Only new tables.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _phase_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["phase_id"], ["phases.id"], name=op.f(f"fk_{table}_phase_id_phases"), ondelete="CASCADE"
    )


def _when(*names: str, nullable: bool = False) -> list[sa.Column[sa.DateTime]]:
    return [sa.Column(name, sa.DateTime(timezone=True), nullable=nullable) for name in names]


def upgrade() -> None:
    op.create_table(
        "cafe_setups",
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("tables", sa.JSON(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=True),
        sa.Column("plan", sa.JSON(), nullable=True),
        *_when("changed_at"),
        sa.Column("current_round", sa.Integer(), server_default="0", nullable=False),
        sa.Column("stage", sa.String(length=16), server_default="", nullable=False),
        sa.Column("stage_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("stage_seconds", sa.Integer(), nullable=True),
        _phase_key("cafe_setups"),
        sa.PrimaryKeyConstraint("phase_id", name=op.f("pk_cafe_setups")),
    )
    op.create_table(
        "workshop_logos",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        *_when("changed_at"),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_workshop_logos_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workshop_id", name=op.f("pk_workshop_logos")),
    )
    op.create_table(
        "table_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("table_index", sa.Integer(), nullable=False),
        sa.Column("round_index", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_when("created_at", "changed_at"),
        _phase_key("table_notes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_table_notes")),
    )
    op.create_index(
        "ix_table_notes_phase_id_table_round",
        "table_notes",
        ["phase_id", "table_index", "round_index"],
        unique=True,
    )

    op.create_table(
        "agenda_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), server_default="", nullable=False),
        sa.Column("is_break", sa.Boolean(), server_default=sa.false(), nullable=False),
        *_when("deleted_at", nullable=True),
        _phase_key("agenda_slots"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_slots")),
    )
    op.create_index("ix_agenda_slots_phase_id_position", "agenda_slots", ["phase_id", "position"])
    op.create_index(op.f("ix_agenda_slots_deleted_at"), "agenda_slots", ["deleted_at"])

    op.create_table(
        "agenda_spaces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("equipment", sa.Text(), server_default="", nullable=False),
        *_when("deleted_at", nullable=True),
        _phase_key("agenda_spaces"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_spaces")),
    )
    op.create_index("ix_agenda_spaces_phase_id_position", "agenda_spaces", ["phase_id", "position"])
    op.create_index(op.f("ix_agenda_spaces_deleted_at"), "agenda_spaces", ["deleted_at"])

    op.create_table(
        "proposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("convener", sa.Text(), server_default="", nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("needs", sa.Text(), server_default="", nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("slot_id", sa.Integer(), nullable=True),
        sa.Column("space_id", sa.Integer(), nullable=True),
        *_when("created_at"),
        *_when("deleted_at", nullable=True),
        _phase_key("proposals"),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["proposals.id"],
            name=op.f("fk_proposals_merged_into_id_proposals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["agenda_slots.id"],
            name=op.f("fk_proposals_slot_id_agenda_slots"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["space_id"],
            ["agenda_spaces.id"],
            name=op.f("fk_proposals_space_id_agenda_spaces"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposals")),
    )
    op.create_index("ix_proposals_phase_id_position", "proposals", ["phase_id", "position"])
    op.create_index(op.f("ix_proposals_deleted_at"), "proposals", ["deleted_at"])
    for column in ("merged_into_id", "slot_id", "space_id"):
        op.create_index(op.f(f"ix_proposals_{column}"), "proposals", [column])

    op.create_table(
        "session_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("names", sa.Text(), server_default="", nullable=False),
        sa.Column("key_points", sa.Text(), server_default="", nullable=False),
        sa.Column("results", sa.Text(), server_default="", nullable=False),
        sa.Column("next_steps", sa.Text(), server_default="", nullable=False),
        *_when("created_at", "changed_at"),
        *_when("deleted_at", nullable=True),
        _phase_key("session_reports"),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposals.id"],
            name=op.f("fk_session_reports_proposal_id_proposals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_reports")),
    )
    op.create_index(
        "ix_session_reports_phase_id_proposal_id",
        "session_reports",
        ["phase_id", "proposal_id"],
        unique=True,
    )
    op.create_index(op.f("ix_session_reports_proposal_id"), "session_reports", ["proposal_id"])
    op.create_index(op.f("ix_session_reports_deleted_at"), "session_reports", ["deleted_at"])


def downgrade() -> None:
    op.drop_table("session_reports")
    op.drop_table("proposals")
    op.drop_table("agenda_spaces")
    op.drop_table("agenda_slots")
    op.drop_table("table_notes")
    op.drop_table("workshop_logos")
    op.drop_table("cafe_setups")
