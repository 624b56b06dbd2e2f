"""The results that turn cards into priorities and projects: clusters and where each card
hangs, dot votes, reality checks, action plans, photos; and where a card came from.

Only new tables and one new column with a default, so no existing row is copied.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _phase_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["phase_id"], ["phases.id"], name=op.f(f"fk_{table}_phase_id_phases"), ondelete="CASCADE"
    )


def _source_cluster_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["source_cluster_id"],
        ["clusters.id"],
        name=op.f(f"fk_{table}_source_cluster_id_clusters"),
        ondelete="SET NULL",
    )


def _times() -> list[sa.Column[sa.DateTime]]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _positioned(table: str) -> None:
    op.create_index(f"ix_{table}_phase_id_position", table, ["phase_id", "position"])
    op.create_index(op.f(f"ix_{table}_deleted_at"), table, ["deleted_at"])


def upgrade() -> None:
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("colour", sa.String(length=20), server_default="", nullable=False),
        *_times(),
        _phase_key("clusters"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clusters")),
    )
    _positioned("clusters")

    # A card turned from a criticism keeps its text and, while they exist, its cluster or
    # card (batch mode: SQLite adds a foreign key only by copying the table).
    with op.batch_alter_table("cards") as batch:
        batch.add_column(sa.Column("origin", sa.Text(), server_default="", nullable=False))
        batch.add_column(sa.Column("origin_cluster_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("origin_card_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_cards_origin_cluster_id_clusters"),
            "clusters",
            ["origin_cluster_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_foreign_key(
            op.f("fk_cards_origin_card_id_cards"),
            "cards",
            ["origin_card_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch.create_index(op.f("ix_cards_origin_cluster_id"), ["origin_cluster_id"])
        batch.create_index(op.f("ix_cards_origin_card_id"), ["origin_card_id"])

    op.create_table(
        "card_placements",
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        _phase_key("card_placements"),
        sa.ForeignKeyConstraint(
            ["card_id"],
            ["cards.id"],
            name=op.f("fk_card_placements_card_id_cards"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["clusters.id"],
            name=op.f("fk_card_placements_cluster_id_clusters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("phase_id", "card_id", name=op.f("pk_card_placements")),
    )
    op.create_index(op.f("ix_card_placements_card_id"), "card_placements", ["card_id"])
    op.create_index(op.f("ix_card_placements_cluster_id"), "card_placements", ["cluster_id"])

    op.create_table(
        "votes",
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=64), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        _phase_key("votes"),
        sa.PrimaryKeyConstraint(
            "phase_id", "target_kind", "target_id", "criterion", name=op.f("pk_votes")
        ),
    )

    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text(), server_default="", nullable=False),
        sa.Column("due", sa.Text(), server_default="", nullable=False),
        sa.Column("first_step", sa.Text(), server_default="", nullable=False),
        sa.Column("resources", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("source", sa.Text(), server_default="", nullable=False),
        sa.Column("source_cluster_id", sa.Integer(), nullable=True),
        *_times(),
        _phase_key("actions"),
        _source_cluster_key("actions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    _positioned("actions")
    op.create_index(op.f("ix_actions_source_cluster_id"), "actions", ["source_cluster_id"])

    op.create_table(
        "reality_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("idea", sa.Text(), nullable=False),
        sa.Column("resources", sa.Text(), server_default="", nullable=False),
        sa.Column("allies", sa.Text(), server_default="", nullable=False),
        sa.Column("obstacles", sa.Text(), server_default="", nullable=False),
        sa.Column("source_cluster_id", sa.Integer(), nullable=True),
        *_times(),
        _phase_key("reality_checks"),
        _source_cluster_key("reality_checks"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reality_checks")),
    )
    _positioned("reality_checks")
    op.create_index(
        op.f("ix_reality_checks_source_cluster_id"), "reality_checks", ["source_cluster_id"]
    )

    op.create_table(
        "photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phase_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), server_default="", nullable=False),
        sa.Column("filename", sa.String(length=300), server_default="", nullable=False),
        sa.Column("media_type", sa.String(length=64), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        *_times(),
        _phase_key("photos"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photos")),
    )
    _positioned("photos")


def downgrade() -> None:
    for table in ("photos", "reality_checks", "actions", "clusters"):
        op.drop_index(op.f(f"ix_{table}_deleted_at"), table_name=table)
        op.drop_index(f"ix_{table}_phase_id_position", table_name=table)
    op.drop_index(op.f("ix_reality_checks_source_cluster_id"), table_name="reality_checks")
    op.drop_index(op.f("ix_actions_source_cluster_id"), table_name="actions")
    op.drop_table("photos")
    op.drop_table("reality_checks")
    op.drop_table("actions")
    op.drop_table("votes")
    op.drop_index(op.f("ix_card_placements_cluster_id"), table_name="card_placements")
    op.drop_index(op.f("ix_card_placements_card_id"), table_name="card_placements")
    op.drop_table("card_placements")
    with op.batch_alter_table("cards") as batch:
        batch.drop_index(op.f("ix_cards_origin_card_id"))
        batch.drop_index(op.f("ix_cards_origin_cluster_id"))
        batch.drop_constraint(op.f("fk_cards_origin_card_id_cards"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_cards_origin_cluster_id_clusters"), type_="foreignkey")
        batch.drop_column("origin_card_id")
        batch.drop_column("origin_cluster_id")
        batch.drop_column("origin")
    op.drop_table("clusters")
