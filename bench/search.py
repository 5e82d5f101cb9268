"""Catalogue search latency at 20k and 1M products: `python bench/search.py [--sizes 20000,1000000]`.

For each size, seeds a sandbox database in a temporary directory (timing the seed and measuring the file),
serves it with the sandbox and sends a fixed mix of catalogue searches over HTTP, one at a time. A size
whose seed would take longer than ``--max-seed-seconds`` (extrapolated from the smallest size) or would not
fit on the disk is skipped with a message. ``--keep DIR`` keeps each size's database in DIR/<size> and uses it
again on the next run (seeding a million products takes minutes). Prints p50/p95; asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from bench.invariants import format_table
from bench.runner import percentile
from errand.sandbox.process import SandboxProcess
from errand.sandbox.seed import ensure_seeded

QUERIES = [
    {"query": "AA batteries", "filters": {"price": {"max": 4000}}},
    {"query": "kettle"},
    {"query": "power bank", "filters": {"price": {"max": 40000}}},
    {"query": "usb-c charger", "dev.errand": {"sort": "price_asc"}},
    {"query": "wireless earbuds", "dev.errand": {"min_rating": 4.5, "in_stock": True}},
    {"query": "storage box", "filters": {"categories": ["household"]}},
    {"query": "sony headphones noise cancelling"},
    {"query": "", "filters": {"categories": ["electronics"], "price": {"min": 10000, "max": 50000}}},
    # Understood queries: an attribute in words, Chinese (segmented), and one with no exact match (relaxed).
    {"query": "a phone case for an iPhone 16", "filters": {"price": {"max": 6000}}},
    {"query": "iPhone 16的手机壳"},
    {"query": "black running shoes size 46"},
]


def seed(home: Path, products: int) -> tuple[float, int]:
    """Seed a fresh sandbox database; returns (seconds, bytes on disk)."""
    started = time.monotonic()
    ensure_seeded(home / "sandbox.db", 7, products)
    seconds = time.monotonic() - started
    size = sum(p.stat().st_size for p in home.glob("sandbox.db*"))
    return seconds, size


def measure(home: Path, products: int, rounds: int) -> tuple[list[float], str]:
    """Sequential searches: all samples, and the query whose median is slowest."""
    samples: list[float] = []
    by_query: dict[str, list[float]] = {}
    with SandboxProcess(home, products=products, startup_timeout=600) as sandbox, \
            httpx.Client(base_url=sandbox.url, timeout=120) as client:
        for body in QUERIES:  # warm the page cache and the connection
            client.post("/catalog/search", json=body).raise_for_status()
        for body in itertools.islice(itertools.cycle(QUERIES), rounds):
            started = time.perf_counter()
            client.post("/catalog/search", json=body).raise_for_status()
            samples.append(time.perf_counter() - started)
            by_query.setdefault(json.dumps(body, ensure_ascii=False), []).append(samples[-1])
    slowest = max(by_query.items(), key=lambda item: percentile(item[1], 0.5))
    return samples, f"slowest: {slowest[0]} p50 {percentile(slowest[1], 0.5) * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="20000,1000000")
    parser.add_argument("--rounds", type=int, default=400, help="searches per size")
    parser.add_argument("--max-seed-seconds", type=float, default=900.0)
    parser.add_argument("--dir", type=Path, default=None, help="where to build the databases (a temp dir)")
    parser.add_argument("--keep", type=Path, default=None,
                        help="keep the databases in KEEP/<size> and use them again when there (not removed)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    rows = []
    per_product: tuple[float, float] | None = None
    for size in sizes:
        kept = args.keep / str(size) if args.keep is not None else None
        if kept is not None:
            kept.mkdir(parents=True, exist_ok=True)
        home = kept or Path(tempfile.mkdtemp(prefix=f"errand-search-{size}-", dir=args.dir))
        try:
            if per_product is not None and not (home / "sandbox.db").exists():
                est_seconds, est_bytes = per_product[0] * size, per_product[1] * size
                free = shutil.disk_usage(home).free
                if est_seconds > args.max_seed_seconds or est_bytes * 1.5 > free:
                    rows.append((f"{size:,} products", (f"skipped: seeding would take ~{est_seconds:.0f} s and "
                                                       f"~{est_bytes / 1e9:.1f} GB ({free / 1e9:.0f} GB free)")))
                    continue
            reused = (home / "sandbox.db").exists()
            seconds, size_bytes = seed(home, size)
            if not reused:
                per_product = (seconds / size, size_bytes / size)
            # A big catalogue answers slowly: fewer rounds (still every query several times).
            rounds = args.rounds if size <= 100_000 else max(5 * len(QUERIES), args.rounds // 5)
            samples, slowest = measure(home, size, rounds)
            rows.append((f"{size:,} products", (f"search p50 {percentile(samples, 0.5) * 1000:.1f} ms, "
                                               f"p95 {percentile(samples, 0.95) * 1000:.1f} ms over {len(samples)} "
                                               f"searches; {'reused' if reused else f'seeded in {seconds:.0f} s'}, {size_bytes / 1e6:.0f} MB; "
                                               f"{slowest}")))
        finally:
            if kept is None:
                shutil.rmtree(home, ignore_errors=True)
        print(rows[-1][0], "—", rows[-1][1], flush=True)
    print(format_table(rows, "catalogue search over HTTP, one client, sequential"))


if __name__ == "__main__":
    main()
