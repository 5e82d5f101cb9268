"""Fixtures running the ledger tests against SQLite and PostgreSQL.

PostgreSQL comes from ``ERRAND_TEST_POSTGRES_URL`` when set, else from a throwaway
testcontainers instance when a Docker engine answers; otherwise those tests skip.
Each PostgreSQL test gets its own schema (via ``search_path``) so tests never collide
and can be rerun against a long-lived server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from errand.ledger import Ledger
from errand.ledger.schema import WRITER_ROLE

POSTGRES_ENV = "ERRAND_TEST_POSTGRES_URL"


def _docker_reachable() -> bool:
    try:
        import docker

        client = docker.from_env(timeout=3)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except Exception:  # noqa: BLE001 - any failure means "no usable engine"
        return False


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """URL of a PostgreSQL server (database-level; schemas are made per test)."""
    configured = os.environ.get(POSTGRES_ENV)
    if configured:
        yield configured
        return
    if not _docker_reachable():
        pytest.skip(f"{POSTGRES_ENV} is unset and no Docker engine is reachable for testcontainers")
    from testcontainers.community.postgres import PostgresContainer

    with PostgresContainer("postgres:16", driver=None) as container:
        yield container.get_connection_url()


def libpq_uri(url: str) -> str:
    """The URL as psycopg (libpq) takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def pg_url(postgres_server_url: str) -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    schema = f"ledger_test_{uuid.uuid4().hex[:12]}"
    admin_uri = libpq_uri(postgres_server_url)
    with psycopg.connect(admin_uri, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(postgres_server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_uri, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite file URL in a fresh temporary directory."""
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest) -> str:
    """The same test once per backend."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    """An open, empty ledger on the parametrised backend."""
    with Ledger(ledger_url) as opened:
        yield opened


@pytest.fixture
def writer_url(pg_url: str) -> Iterator[str]:
    """The ledger installed by its owner (``pg_url``), and a URL logging in as a member of the writer role,
    as the worker does in production."""
    Ledger(pg_url).close()
    login = f"errand_worker_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(libpq_uri(pg_url), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {login} LOGIN IN ROLE {WRITER_ROLE}")
    try:
        yield make_url(pg_url).set(username=login, password=None).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(libpq_uri(pg_url), autocommit=True) as admin:
            admin.execute(f"DROP ROLE {login}")
