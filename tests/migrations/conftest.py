"""PostgreSQL fixtures shared with the ledger's tests (a fresh schema per test), and the previous release."""

from tests.ledger.conftest import pg_url, postgres_server_url  # noqa: F401 - fixtures
from tests.migrations.previous_release import previous_release  # noqa: F401 - fixture
