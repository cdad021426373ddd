"""register: place/date detail on events and claims, overrides, extracted versions

Revision ID: 0002_register
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_register"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch_op:
        batch_op.add_column(sa.Column("province", sa.String(length=60), nullable=True))
    with op.batch_alter_table("projects") as batch_op:
        batch_op.add_column(sa.Column("counted_in_cohort", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column("overrides", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
    with op.batch_alter_table("events") as batch_op:
        batch_op.add_column(
            sa.Column("scope", sa.String(length=12), nullable=False, server_default="site")
        )
        batch_op.add_column(sa.Column("cohort", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("province", sa.String(length=60), nullable=True))
        batch_op.add_column(
            sa.Column("place_precision", sa.String(length=12), nullable=False, server_default="county")
        )
        batch_op.add_column(
            sa.Column("date_conflicts", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(sa.Column("statement", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("overrides", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
    with op.batch_alter_table("claims") as batch_op:
        batch_op.add_column(sa.Column("outlet", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("origin", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("reported_date", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("reported_date_precision", sa.String(length=8), nullable=True))
        batch_op.add_column(
            sa.Column("review_state", sa.String(length=12), nullable=False, server_default="proposed")
        )
    op.create_table(
        "extracted_versions",
        sa.Column("document_version_id", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_version_id"],
            ["document_versions.id"],
            name=op.f("fk_extracted_versions_document_version_id_document_versions"),
        ),
        sa.PrimaryKeyConstraint("document_version_id", name=op.f("pk_extracted_versions")),
    )


def downgrade() -> None:
    op.drop_table("extracted_versions")
    with op.batch_alter_table("claims") as batch_op:
        for name in ("review_state", "reported_date_precision", "reported_date", "origin", "outlet"):
            batch_op.drop_column(name)
    with op.batch_alter_table("events") as batch_op:
        for name in (
            "overrides",
            "statement",
            "date_conflicts",
            "place_precision",
            "province",
            "cohort",
            "scope",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("projects") as batch_op:
        batch_op.drop_column("overrides")
        batch_op.drop_column("counted_in_cohort")
    with op.batch_alter_table("mentions") as batch_op:
        batch_op.drop_column("province")
