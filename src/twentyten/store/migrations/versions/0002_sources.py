"""sources: the article URL of a document, apart from where it was read

Revision ID: 0002_sources
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_sources"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        batch_op.add_column(sa.Column("url", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch_op:
        batch_op.drop_column("url")
