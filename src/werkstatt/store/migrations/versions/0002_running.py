"""Running the day: the current phase, phase timers, cards and feedback entries.

Only new tables: the current phase lives in ``workshop_runs`` rather than in a new
column ``workshops.current_phase_id``, because SQLite adds a foreign key only by copying
the table, and dropping the old ``workshops`` table would then have cascaded to every
phase. (Since then the store runs every migration with ``foreign_keys`` off and checks the
keys before it commits, see ``store.library._migrate``; a new table is still the lighter
change.)

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workshop_runs",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("current_phase_id", sa.Integer(), nullable=True),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_workshop_runs_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["current_phase_id"],
            ["phases.id"],
            name=op.f("fk_workshop_runs_current_phase_id_phases"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("workshop_id", name=op.f("pk_workshop_runs")),
    )
    op.create_index(
        op.f("ix_workshop_runs_current_phase_id"), "workshop_runs", ["current_phase_id"]
    )

    op.create_table(
        "phase_timers",
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("elapsed_seconds", sa.Float(), nullable=False),
        sa.Column("running_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("muted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("extra_seconds", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["phase_id"],
            ["phases.id"],
            name=op.f("fk_phase_timers_phase_id_phases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("phase_id", name=op.f("pk_phase_timers")),
    )

    op.create_table(
        "cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(length=20), server_default="", nullable=False),
        sa.Column("author", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["phase_id"],
            ["phases.id"],
            name=op.f("fk_cards_phase_id_phases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cards")),
    )
    op.create_index("ix_cards_phase_id_position", "cards", ["phase_id", "position"])
    op.create_index(op.f("ix_cards_deleted_at"), "cards", ["deleted_at"])

    op.create_table(
        "feedback_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["phase_id"],
            ["phases.id"],
            name=op.f("fk_feedback_entries_phase_id_phases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_entries")),
    )
    op.create_index(
        "ix_feedback_entries_phase_id_position", "feedback_entries", ["phase_id", "position"]
    )
    op.create_index(op.f("ix_feedback_entries_deleted_at"), "feedback_entries", ["deleted_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_feedback_entries_deleted_at"), table_name="feedback_entries")
    op.drop_index("ix_feedback_entries_phase_id_position", table_name="feedback_entries")
    op.drop_table("feedback_entries")
    op.drop_index(op.f("ix_cards_deleted_at"), table_name="cards")
    op.drop_index("ix_cards_phase_id_position", table_name="cards")
    op.drop_table("cards")
    op.drop_table("phase_timers")
    op.drop_index(op.f("ix_workshop_runs_current_phase_id"), table_name="workshop_runs")
    op.drop_table("workshop_runs")
