"""`errand watch` input handling and the watch's pictures: bad input is one clear line, nothing started."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from errand.cli.cmd_watch import parse_every, parse_price, start_watch
from errand.cli.errands import CliError
from errand.cli.watch_render import price_chart_png, sparkline
from errand.sandbox.process import SandboxProcess
from errand.worker.settings import ErrandSettings
from tests.e2e.test_cli import errand


@pytest.mark.parametrize(("text", "fen"), [("¥2000", 200_000), ("1,999.90", 199_990), ("￥0.5", 50)])
def test_prices_are_read_exactly(text: str, fen: int) -> None:
    assert parse_price(text) == fen


@pytest.mark.parametrize("text", ["cheap", "¥", "-5", "0", "1.999"])
def test_unreadable_prices_are_refused(text: str) -> None:
    with pytest.raises(CliError):
        parse_price(text)


@pytest.mark.parametrize(("text", "hours"), [("6h", 6.0), ("30m", 0.5), ("1d", 24.0), ("2", 2.0)])
def test_periods(text: str, hours: float) -> None:
    assert parse_every(text) == hours


@pytest.mark.parametrize("text", ["often", "0h", "8d", "10s"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(CliError):
        parse_every(text)


class _NoTemporal:
    """Stands in for the client: refusals must come before anything is started."""

    async def start_workflow(self, *args: Any, **kwargs: Any) -> None:
        raise AssertionError("a refused watch must not start a workflow")


@pytest.mark.parametrize(("product", "kwargs", "message"), [
    ("a unicorn saddle of pure moonlight", {}, "nothing in the catalogue matches"),
    ("prd-99999", {}, "no product “prd-99999”"),
    ("kettle", {"shopper": "mallory"}, "unknown shopper “mallory”"),
    ("kettle", {"days": 0}, "--days must be between 1 and 365"),
])
async def test_bad_watches_are_refused_before_starting(settings: ErrandSettings, product: str,
                                                       kwargs: dict[str, Any], message: str) -> None:
    options: dict[str, Any] = {"below": "¥100", "days": 30, "shopper": "alice", **kwargs}
    with pytest.raises(CliError, match=message):
        await start_watch(_NoTemporal(), settings, product, **options)  # type: ignore[arg-type]


def test_the_command_prints_one_line_for_bad_input(settings: ErrandSettings, sandbox: SandboxProcess) -> None:
    done = errand(settings, "watch", "kettle", "--below", "cheap")
    assert done.returncode == 1
    assert "--below wants an amount like ¥2000" in done.stdout and "Traceback" not in done.stdout + done.stderr


def test_sparkline_and_png_chart(tmp_path: Path) -> None:
    assert sparkline([100, 200, 300, 400, 500, 600, 700, 800]) == "▁▂▃▄▅▆▇█"
    assert len(sparkline(list(range(1000)), width=40)) == 40
    price_chart_png([300, 250, 280, 190, 220], 200, tmp_path / "chart.png", width=64, height=32)
    data = (tmp_path / "chart.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat = data[data.index(b"IDAT") + 4:data.index(b"IEND") - 8]
    assert (width, height) == (64, 32) and len(zlib.decompress(idat)) == 32 * (1 + 64 * 3)
