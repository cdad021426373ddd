"""register: the name a report gives a place the gazetteer cannot pin to one unit

Revision ID: 0003_place_name
Revises: 0002_register
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_place_name"
down_revision = "0002_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("mentions", "events"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("place_name", sa.String(length=80), nullable=True))


def downgrade() -> None:
    for table in ("mentions", "events"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("place_name")
