"""Structural checks of docker-compose.yml (no Docker engine needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
EXPECTED_SERVICES = {"postgresql", "temporal", "temporal-ui", "sandbox", "worker", "events"}
OBSERVABILITY = {"jaeger", "prometheus", "grafana"}
OBSERVABILITY_UIS = {"jaeger", "grafana"}  # published on loopback, like the Temporal web UI

# ${VAR:-default} / ${VAR-default} / ${VAR}: resolve as compose would with VAR unset; ${VAR:?message}
# (required, from .env) resolves to the placeholder <VAR>.
_INTERPOLATION = re.compile(r"\$\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")


def _interpolate(value: str) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group("op") and m.group("op").endswith("?"):
            return f"<{m.group('name')}>"
        return m.group("arg") or ""

    return _INTERPOLATION.sub(one, value)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = compose["services"]
    assert isinstance(found, dict)
    return found


def _env(service: dict[str, Any]) -> dict[str, str]:
    raw = service.get("environment") or {}
    if isinstance(raw, list):  # the "KEY=value" list form
        raw = dict(item.split("=", 1) for item in raw)
    return {key: _interpolate(str(value)) for key, value in raw.items()}


def _depends_on(service: dict[str, Any]) -> dict[str, str]:
    raw = service.get("depends_on") or {}
    if isinstance(raw, list):
        return {name: "service_started" for name in raw}
    return {name: (spec or {}).get("condition", "service_started") for name, spec in raw.items()}


def _host_port(address: str) -> tuple[str, int | None]:
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    return parts.hostname or "", parts.port


def test_every_service_present(services: dict[str, dict[str, Any]]) -> None:
    assert EXPECTED_SERVICES <= set(services)


def test_depends_on_targets_exist(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for target in _depends_on(service):
            assert target in services, f"{name} depends on undefined service {target}"


def test_healthy_conditions_have_healthchecks(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for target, condition in _depends_on(service).items():
            if condition == "service_healthy":
                assert "healthcheck" in services[target], f"{name} waits for {target}, which has no healthcheck"


def test_worker_points_at_defined_services(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    env = _env(worker)

    temporal_host, temporal_port = _host_port(env["ERRAND_TEMPORAL_ADDRESS"])
    sandbox_host, sandbox_port = _host_port(env["ERRAND_SANDBOX_URL"])
    db = urlsplit(env["ERRAND_DATABASE_URL"])
    assert (temporal_host, temporal_port) == ("temporal", 7233)
    assert (sandbox_host, sandbox_port) == ("sandbox", 8700)
    assert db.scheme.startswith("postgresql") and db.hostname == "postgresql"
    assert {temporal_host, sandbox_host, db.hostname} <= set(services)
    assert {"temporal", "sandbox", "postgresql"} <= set(_depends_on(worker))
    assert worker["command"] in (["errand", "worker"], "errand worker")


def test_worker_database_matches_postgres_credentials(services: dict[str, dict[str, Any]]) -> None:
    db = urlsplit(_env(services["worker"])["ERRAND_DATABASE_URL"])
    pg_env = _env(services["postgresql"])
    assert db.username == pg_env["POSTGRES_USER"]
    assert db.password == pg_env["POSTGRES_PASSWORD"]
    assert db.path.lstrip("/") == pg_env["POSTGRES_DB"]


def test_temporal_uses_the_postgresql_service(services: dict[str, dict[str, Any]]) -> None:
    temporal = services["temporal"]
    env = _env(temporal)
    assert temporal["image"].startswith("temporalio/auto-setup")
    assert env["DB"] == "postgres12"
    assert env["POSTGRES_SEEDS"] == "postgresql"
    assert env["DB_PORT"] == "5432"
    assert env["POSTGRES_USER"] == _env(services["postgresql"])["POSTGRES_USER"]
    assert env["POSTGRES_PWD"] == _env(services["postgresql"])["POSTGRES_PASSWORD"]
    assert _depends_on(temporal) == {"postgresql": "service_healthy"}


def test_postgresql_is_16_with_a_volume(services: dict[str, dict[str, Any]]) -> None:
    pg = services["postgresql"]
    assert pg["image"].startswith("postgres:16")
    assert any(str(v).endswith(":/var/lib/postgresql/data") for v in pg["volumes"])


def test_ui_on_8233_talks_to_temporal(services: dict[str, dict[str, Any]]) -> None:
    ui = services["temporal-ui"]
    assert ui["image"].startswith("temporalio/ui")
    assert [str(p) for p in ui["ports"]] == ["127.0.0.1:8233:8080"]
    assert _env(ui)["TEMPORAL_ADDRESS"] == "temporal:7233"


def test_sandbox_command_and_port(services: dict[str, dict[str, Any]]) -> None:
    sandbox = services["sandbox"]
    command = sandbox["command"]
    words = command if isinstance(command, list) else command.split()
    assert words[:3] == ["python", "-m", "errand.sandbox"]
    assert words[words.index("--host") + 1] == "0.0.0.0"
    assert words[words.index("--port") + 1] == "8700"
    assert words[words.index("--home") + 1] == "/data"
    assert not sandbox.get("ports"), "the sandbox stays on the internal network"


def test_our_images_build_from_an_existing_dockerfile(services: dict[str, dict[str, Any]]) -> None:
    for name in ("sandbox", "worker", "events", "codec"):
        build = services[name]["build"]
        context = COMPOSE_FILE.parent / (build if isinstance(build, str) else build.get("context", "."))
        dockerfile = context / ("Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile"))
        assert context.is_dir(), f"{name}: build context {context} missing"
        assert dockerfile.is_file(), f"{name}: {dockerfile} missing"
        text = dockerfile.read_text(encoding="utf-8")
        assert re.search(r"^FROM python:3\.11-slim", text, re.MULTILINE)
        assert "pip install" in text


def test_no_undefined_volumes_or_networks(compose: dict[str, Any], services: dict[str, dict[str, Any]]) -> None:
    declared_volumes = set(compose.get("volumes") or {})
    declared_networks = set(compose.get("networks") or {}) | {"default"}
    for name, service in services.items():
        for volume in service.get("volumes") or []:
            source = str(volume.get("source", "")) if isinstance(volume, dict) else str(volume).split(":", 1)[0]
            is_bind = source.startswith((".", "/", "~")) or (isinstance(volume, dict) and volume.get("type") == "bind")
            if ":" in str(volume) or isinstance(volume, dict):
                assert is_bind or source in declared_volumes, f"{name} uses undeclared volume {source}"
        networks = service.get("networks") or []
        for network in networks if isinstance(networks, list) else list(networks):
            assert network in declared_networks, f"{name} uses undeclared network {network}"


def test_only_the_web_ui_and_the_codec_server_are_published_and_only_on_loopback(
        services: dict[str, dict[str, Any]]) -> None:
    published = {name: [str(p) for p in service.get("ports") or []] for name, service in services.items()}
    assert {name for name, ports in published.items() if ports} == {"temporal-ui", "codec"} | OBSERVABILITY_UIS
    for name, ports in published.items():
        assert all(p.startswith("127.0.0.1:") for p in ports), f"{name} publishes {ports} beyond loopback"
    assert services["codec"].get("profiles") == ["codec"]  # only when a payload key is set up


def test_the_merchant_identity_is_configured_not_taken_from_the_host_header(
        services: dict[str, dict[str, Any]]) -> None:
    assert _env(services["sandbox"])["ERRAND_SANDBOX_MERCHANT_ID"] == "errand-sandbox"


def test_secrets_come_from_the_environment_never_inline(services: dict[str, dict[str, Any]]) -> None:
    secret = re.compile(r"PASSWORD|PWD|TOKEN|_KEY$")
    for name, service in services.items():
        for key, raw in (service.get("environment") or {}).items():
            if secret.search(key):
                assert re.fullmatch(r"\$\{\w+(:?[-?][^}]*)?\}", str(raw)), f"{name}: {key} is set inline"
    assert "<POSTGRES_PASSWORD>" in _env(services["worker"])["ERRAND_DATABASE_URL"]  # required from .env


def test_every_variable_our_services_get_is_read_by_a_setting(services: dict[str, dict[str, Any]]) -> None:
    from errand.sandbox.admin.fault_profile import FaultSettings
    from errand.sandbox.common.outbound import WebhookSettings
    from errand.sandbox.settings import SandboxSettings
    from errand.worker.events import EventsSettings
    from errand.worker.settings import ErrandSettings
    from errand.worker.telemetry import TelemetrySettings

    read = set()
    for model in (ErrandSettings, SandboxSettings, EventsSettings, WebhookSettings, FaultSettings,
                  TelemetrySettings):
        prefix = model.model_config.get("env_prefix", "")
        read |= {f"{prefix}{field}".upper() for field in model.model_fields}
    for name in ("sandbox", "worker", "events", "codec"):
        for key in services[name].get("environment") or {}:
            assert key in read, f"{name} gets {key}, which no setting reads"


def test_webhooks_reach_the_receiver_by_name_and_never_loopback(services: dict[str, dict[str, Any]]) -> None:
    sandbox, events = _env(services["sandbox"]), _env(services["events"])
    assert sandbox["ERRAND_SANDBOX_WEBHOOKS_ALLOW_LOOPBACK"] == "false"
    assert urlsplit(events["ERRAND_EVENTS_ADVERTISE"]).hostname in sandbox["ERRAND_SANDBOX_WEBHOOKS_ALLOWED_HOSTS"]
    assert "ERRAND_OPERATOR_TOKEN" not in _env(services["worker"]), "the worker holds only the platform's token"


# The optional observability profile: Jaeger (OTLP), Prometheus, Grafana with the committed dashboard.

def _load(relative: str) -> Any:
    return yaml.safe_load((ROOT / relative).read_text(encoding="utf-8"))


def _volume_sources(service: dict[str, Any]) -> dict[str, str]:
    """container path -> host path, for the bind mounts of a service."""
    found = {}
    for volume in service.get("volumes") or []:
        source, target = str(volume).split(":")[:2]
        if source.startswith("./"):
            found[target] = source
    return found


def test_observability_services_run_only_in_their_profile(services: dict[str, dict[str, Any]]) -> None:
    assert OBSERVABILITY <= set(services)
    for name in OBSERVABILITY:
        assert services[name].get("profiles") == ["observability"], name
    for name in EXPECTED_SERVICES:
        assert "profiles" not in services[name], f"{name} must run without a profile"


def test_tracing_is_off_unless_an_endpoint_is_set_and_then_reaches_jaeger(services: dict[str, dict[str, Any]]) -> None:
    for name in ("worker", "sandbox", "events"):
        assert _env(services[name])["ERRAND_OTLP_ENDPOINT"] == "", f"{name}: tracing must default to off"
    assert _env(services["jaeger"])["COLLECTOR_OTLP_ENABLED"] == "true"  # OTLP/HTTP on jaeger:4318
    assert "ERRAND_OTLP_ENDPOINT=http://jaeger:4318" in COMPOSE_FILE.read_text(encoding="utf-8")


def test_prometheus_scrapes_both_metrics_endpoints(services: dict[str, dict[str, Any]]) -> None:
    prometheus = services["prometheus"]
    config_path = _volume_sources(prometheus)["/etc/prometheus/prometheus.yml"]
    config = _load(config_path)
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker_env = _env(services["worker"])
    worker_target = jobs["errand-worker"]["static_configs"][0]["targets"]
    assert worker_target == [f"worker:{worker_env['ERRAND_METRICS_PORT']}"]
    assert worker_env["ERRAND_METRICS_HOST"] == "0.0.0.0"  # reachable on the internal network, published nowhere
    sandbox_job = jobs["errand-sandbox"]
    assert sandbox_job["static_configs"][0]["targets"] == ["sandbox:8700"]
    assert sandbox_job.get("metrics_path", "/metrics") == "/metrics"


def test_the_sandbox_scrape_uses_the_operator_token_from_a_secret(compose: dict[str, Any],
                                                                  services: dict[str, dict[str, Any]]) -> None:
    prometheus = services["prometheus"]
    config = _load(_volume_sources(prometheus)["/etc/prometheus/prometheus.yml"])
    auth = {job["job_name"]: job.get("authorization") for job in config["scrape_configs"]}["errand-sandbox"]
    assert auth["type"] == "Bearer" and "credentials" not in auth
    secret = auth["credentials_file"].removeprefix("/run/secrets/")
    assert secret in prometheus["secrets"]
    assert compose["secrets"][secret] == {"environment": "ERRAND_SANDBOX_OPERATOR_TOKEN"}


def test_grafana_provisions_its_datasources_and_the_committed_dashboard(services: dict[str, dict[str, Any]]) -> None:
    grafana = services["grafana"]
    mounts = _volume_sources(grafana)
    provisioning = ROOT / mounts["/etc/grafana/provisioning"]
    datasources = _load(str((provisioning / "datasources/errand.yml").relative_to(ROOT)))["datasources"]
    for source in datasources:
        host, _ = _host_port(source["url"])
        assert host in services and services[host].get("profiles") == ["observability"], source
    providers = _load(str((provisioning / "dashboards/errand.yml").relative_to(ROOT)))["providers"]
    dashboards_dir = ROOT / mounts[providers[0]["options"]["path"]]
    dashboard = json.loads((dashboards_dir / "errand.json").read_text(encoding="utf-8"))
    uids = {source["uid"] for source in datasources}
    for panel in dashboard["panels"]:
        assert panel["datasource"]["uid"] in uids
        assert panel["targets"] and all(target["expr"].strip() for target in panel["targets"])
    assert _env(grafana)["GF_SECURITY_ADMIN_PASSWORD"] == "<GRAFANA_ADMIN_PASSWORD>"  # required from .env


def test_dashboard_queries_name_series_the_code_defines() -> None:
    from prometheus_client import CollectorRegistry

    from errand.sandbox.common.observability import REGISTRY as SANDBOX
    from errand.worker.metrics import REGISTRY as WORKER

    def names(registry: CollectorRegistry) -> set[str]:
        found = set()
        for family in registry.collect():
            found |= {family.name, f"{family.name}_total", f"{family.name}_bucket"}
        return found

    defined = names(WORKER) | names(SANDBOX)
    dashboard = json.loads((ROOT / "deploy/grafana/dashboards/errand.json").read_text(encoding="utf-8"))
    queried = {name for panel in dashboard["panels"] for target in panel["targets"]
               for name in re.findall(r"\b(?:errand|sandbox)_[a-z_]+", target["expr"])}
    assert queried and queried <= defined, queried - defined
