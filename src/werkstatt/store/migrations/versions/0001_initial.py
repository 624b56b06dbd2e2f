"""The first library: workshops, their phases, own templates.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("method", sa.String(length=64), server_default="", nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.Text(), server_default="", nullable=False),
        sa.Column("client", sa.Text(), server_default="", nullable=False),
        sa.Column("moderators", sa.Text(), server_default="", nullable=False),
        sa.Column("expected_participants", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=16), server_default="planned", nullable=False),
        sa.Column("language", sa.String(length=16), server_default="de", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
        sa.UniqueConstraint("uid", name=op.f("uq_workshops_uid")),
    )
    op.create_index(op.f("ix_workshops_deleted_at"), "workshops", ["deleted_at"])

    op.create_table(
        "phases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("question", sa.Text(), server_default="", nullable=False),
        sa.Column("script", sa.Text(), server_default="", nullable=False),
        sa.Column("planned_minutes", sa.Integer(), server_default="0", nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("actual_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actual_end", sa.DateTime(timezone=True), nullable=True),
        sa.Column("skipped", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_phases_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phases")),
    )
    op.create_index(op.f("ix_phases_workshop_id"), "phases", ["workshop_id"])
    op.create_index("ix_phases_workshop_id_position", "phases", ["workshop_id", "position"])
    op.create_index(op.f("ix_phases_deleted_at"), "phases", ["deleted_at"])

    op.create_table(
        "user_templates",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_user_templates")),
    )


def downgrade() -> None:
    op.drop_table("user_templates")
    op.drop_index(op.f("ix_phases_deleted_at"), table_name="phases")
    op.drop_index("ix_phases_workshop_id_position", table_name="phases")
    op.drop_index(op.f("ix_phases_workshop_id"), table_name="phases")
    op.drop_table("phases")
    op.drop_index(op.f("ix_workshops_deleted_at"), table_name="workshops")
    op.drop_table("workshops")
