"""After-sales on the retail data set: reset time and one change's latency. `python bench/aftersales.py [--runs 50]`

Starts its own sandbox loaded with a retail data set (the example in tests/aftersales/data, or ``--dataset-dir``;
``--scale N`` copies its shoppers and orders N times under new ids first), enrols the shoppers' keys, then per
run: reset to the loaded state (``POST /admin/aftersales/reset``, timed from the client), and one signed change
over HTTP (quote, sign, apply a cancellation; timed as quote + apply). Prints median and p95 of each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx

from errand.cli.enrolment import local_key
from errand.cli.keystore import KeyStore
from errand.domain.approval import approval_message, key_id_of, public_key_b64, sign_b64
from errand.sandbox.aftersales.quotes import change_digest
from errand.sandbox.common.auth import read_token
from errand.sandbox.process import SandboxProcess

EXAMPLE = ROOT / "tests" / "aftersales" / "data"
SHOPPER, ORDER = "mia_li_3668", "#W0000001"


def scaled(source: Path, scale: int, into: Path) -> Path:
    """``source`` with its shoppers and orders repeated ``scale`` times (ids suffixed), products as they are."""
    shoppers = json.loads((source / "shoppers.json").read_text())
    orders = json.loads((source / "orders.json").read_text())
    out_shoppers, out_orders = list(shoppers), list(orders)
    for copy in range(1, scale):
        renamed = {s["shopper_id"]: f"{s['shopper_id']}_{copy}" for s in shoppers}
        methods: dict[str, str] = {}
        for shopper in shoppers:
            clone = json.loads(json.dumps(shopper))
            clone["shopper_id"] = renamed[shopper["shopper_id"]]
            clone["email"] = f"{copy}.{shopper['email']}"
            for method in clone["payment_methods"]:
                methods[method["id"]] = method["id"] = f"{method['id']}_{copy}"
            out_shoppers.append(clone)
        for order in orders:
            clone = json.loads(json.dumps(order))
            clone["order_id"] = f"{order['order_id']}_{copy}"
            clone["shopper_id"] = renamed[order["shopper_id"]]
            for txn in clone["payment_history"]:
                txn["payment_method_id"] = f"{txn['payment_method_id']}_{copy}"
            out_orders.append(clone)
    into.mkdir(parents=True, exist_ok=True)
    (into / "shoppers.json").write_text(json.dumps(out_shoppers))
    (into / "orders.json").write_text(json.dumps(out_orders))
    (into / "products.json").write_text((source / "products.json").read_text())
    return into


def _post(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(path, json=body, headers={"Idempotency-Key": uuid.uuid4().hex})


def _summary(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def main(runs: int, folder: Path, scale: int) -> None:
    with tempfile.TemporaryDirectory(prefix="errand-bench-aftersales-") as tmp:
        data = scaled(folder, scale, Path(tmp) / "data") if scale > 1 else folder
        with SandboxProcess(Path(tmp) / "home", dataset="retail", dataset_dir=data) as sandbox:
            key = local_key(KeyStore(sandbox.home), sandbox.url, SHOPPER,
                            read_token(sandbox.home, "operator")).private_key
            platform = httpx.Client(base_url=sandbox.url, timeout=30,
                                    headers={"Authorization": f"Bearer {read_token(sandbox.home, 'platform')}"})
            operator = httpx.Client(base_url=sandbox.url, timeout=30,
                                    headers={"Authorization": f"Bearer {read_token(sandbox.home, 'operator')}"})
            orders = len(operator.get("/admin/aftersales/export").json()["orders"])
            resets, changes = [], []
            for _ in range(runs):
                started = time.perf_counter()
                operator.post("/admin/aftersales/reset").raise_for_status()
                resets.append(time.perf_counter() - started)
                started = time.perf_counter()
                quoted = _post(platform, f"/aftersales/shoppers/{SHOPPER}/quotes", {"change": {
                    "operation": "cancel", "order_id": ORDER, "reason": "no longer needed"}})
                quoted.raise_for_status()
                quote = quoted.json()["quote"]
                digest = change_digest(quote)
                approval = {"shopper_id": SHOPPER, "quote_digest": digest,
                            "signature": sign_b64(key, approval_message(digest)),
                            "key_id": key_id_of(public_key_b64(key))}
                _post(platform, f"/aftersales/shoppers/{SHOPPER}/quotes/{quote['quote_id']}/apply",
                      {"approval": approval}).raise_for_status()
                changes.append(time.perf_counter() - started)
    print(f"retail data set: {orders} orders; {runs} runs")
    print(f"reset to the loaded state: {_summary(resets)}")
    print(f"one signed change (quote + sign + apply a cancellation, over HTTP): {_summary(changes)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--dataset-dir", type=Path, default=EXAMPLE)
    parser.add_argument("--scale", type=int, default=1, help="repeat shoppers and orders this many times")
    args = parser.parse_args()
    main(args.runs, args.dataset_dir, args.scale)
