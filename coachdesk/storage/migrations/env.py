"""Alembic environment: always run on a connection the app hands over, inside ITS transaction.

``coachdesk.storage.database.migrate`` begins the transaction (BEGIN IMMEDIATE) and commits
it once every revision has run: SQLite's DDL is transactional, so a crash or an error
in the middle leaves the file at the revision it had. Alembic therefore must not commit
per migration (transaction_per_migration stays False) and is told DDL is transactional.
"""
from alembic import context

from coachdesk.domain.models import Base
from coachdesk.storage.crash import crash_point

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables (inside the same transaction)
    compare_type=True,
    transactional_ddl=True,
    transaction_per_migration=False,
    on_version_apply=lambda ctx, step, heads, run_args: crash_point(f"migration-{step.up_revision_id}"),
)
with context.begin_transaction():
    context.run_migrations()
