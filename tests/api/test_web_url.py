"""The web app's address as `errand up` and `errand serve` print it: the localhost form (a passkey's rp id
cannot be an IP address, so a person who opens http://127.0.0.1:8800 could never register one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

from errand.cli import main


class _StoppedStack:
    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        pass

    def start(self) -> Iterator[str]:
        yield "nothing (a stand-in stack)"

    def check(self) -> str:
        return "stand-in stack stops at once"

    def stop(self) -> None:
        pass


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ERRAND_HOME", str(tmp_path))
    monkeypatch.delenv("ERRAND_WEB_URL", raising=False)
    return tmp_path


def test_up_prints_the_web_app_at_localhost_on_the_port_it_serves(home: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "LocalStack", _StoppedStack)
    printed = CliRunner().invoke(main.app, ["up"]).output
    assert "Web app: http://localhost:8800/signin" in printed and "127.0.0.1:8800" not in printed, printed


def test_serve_prints_localhost_and_warns_when_passkeys_are_made_for_another_port(
        home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda _app, **kw: served.append(kw["port"]))
    same = CliRunner().invoke(main.app, ["serve"]).output
    assert "web app at http://localhost:8800/signin" in same and "passkeys are made for" not in same, same
    other = CliRunner().invoke(main.app, ["serve", "--port", "9100"]).output
    assert "http://localhost:9100/signin" in other and "passkeys are made for http://localhost:8800" in other
    assert served == [8800, 9100]
