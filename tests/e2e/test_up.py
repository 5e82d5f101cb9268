"""`errand up`: one supervised foreground process; Ctrl-C (SIGINT) stops every part of the stack."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from errand.sandbox.process import free_port
from errand.worker.stack import port_open


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


def test_up_starts_everything_and_ctrl_c_stops_it(tmp_path: Path) -> None:
    temporal, ui, sandbox = free_port(), free_port(), free_port()
    env = {**os.environ, "ERRAND_HOME": str(tmp_path), "ERRAND_TEMPORAL_ADDRESS": f"127.0.0.1:{temporal}",
           "ERRAND_WEB_UI_URL": f"http://127.0.0.1:{ui}", "ERRAND_SANDBOX_URL": f"http://127.0.0.1:{sandbox}",
           "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    up = subprocess.Popen([sys.executable, "-m", "errand.cli.main", "up"], env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 150  # a liveness bound, not a speed check: CI machines are loaded
        assert up.stdout is not None
        # A reader thread, not select() on the pipe: readline() buffers whole chunks, so a line already read
        # into the buffer would never make the descriptor readable again.
        lines: queue.Queue[str] = queue.Queue()
        stdout = up.stdout
        reader = threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True)
        reader.start()
        output = ""
        while "Ctrl-C to stop" not in output:  # every part has started and `up` is supervising
            assert time.monotonic() < deadline, f"stack did not come up: {output}"
            try:
                output += lines.get(timeout=0.2)
            except queue.Empty:
                assert up.poll() is None, output
        assert port_open("127.0.0.1", temporal) and port_open("127.0.0.1", sandbox)
        assert httpx.get(f"http://127.0.0.1:{sandbox}/admin/health").json() == {"status": "ok"}
        children = _children(up.pid)
        assert len(children) >= 3  # dev server, sandbox, worker (and the event receiver)
        published = tmp_path / "checkpoints.log"  # the witness's own process signs the ledger's head at once
        while not (published.exists() and published.read_text().startswith('{"note": "errand.ledger\\n')):
            assert time.monotonic() < deadline, "no ledger checkpoint was published"
            time.sleep(0.2)
        up.send_signal(signal.SIGINT)
        assert up.wait(30) == 0
        reader.join(10)  # the pipe closes once `up` and its children are gone
        while not lines.empty():
            output += lines.get()
        assert "Web UI" in output and "stopping" in output
        for child in children:
            assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
        assert not port_open("127.0.0.1", temporal) and not port_open("127.0.0.1", sandbox)
    finally:
        if up.poll() is None:  # a failed check: still stop the stack the way a person would
            up.send_signal(signal.SIGINT)
            try:
                up.wait(30)
            except subprocess.TimeoutExpired:
                up.kill()
