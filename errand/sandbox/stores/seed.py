"""Deterministic local stores: four tea chains with branches around the seeded shoppers' addresses.

Registered as ``EXTRA_SEEDERS["stores"]``; everything derives from ``random.Random(f"stores/{seed}")`` so two
sandboxes with the same seed hold the same branches, capacities and loyalty balances.
"""

from __future__ import annotations

import json
import random
from typing import Any

from sqlalchemy import Connection, text

from errand.sandbox.stores import tables as stores_db  # noqa: F401 - registers the stores tables before create_schema runs

# (id, name, bulk tiers [(min cups, basis points)], delivery base, per km, free over, max points share bp)
CHAINS = [
    ("chagee", "Chagee", [(10, 500), (30, 1000)], 600, 150, 30000, 2000),
    ("heytea", "HeyTea", [(10, 300), (20, 600), (50, 1200)], 800, 120, 40000, 1500),
    ("mixue", "Mixue", [(20, 500), (60, 800)], 400, 100, 15000, 3000),
    ("tigersugar", "Tiger Sugar", [(10, 800), (40, 1500)], 700, 150, 35000, 1000),
]
_BROWN = "brown sugar boba milk tea bubble tea pearl"
# (chain, item slug, name, keywords, regular price, large price) — all prices fen.
MENUS = [
    ("chagee", "brown-sugar-milk-tea", "Brown Sugar Boba Milk Tea", _BROWN, 1800, 2200),
    ("chagee", "jasmine-milk-tea", "Boya Jasmine Milk Tea", "jasmine milk tea bubble tea", 1600, 1900),
    ("chagee", "oolong-milk-tea", "Osmanthus Oolong Milk Tea", "oolong osmanthus milk tea bubble tea", 1700, 2000),
    ("chagee", "lemon-tea", "Fresh Lemon Green Tea", "lemon green tea fruit tea", 1400, 1700),
    ("heytea", "brown-sugar-milk-tea", "Brown Sugar Bobo Milk Tea", _BROWN + " bobo", 1900, 2300),
    ("heytea", "grape-cheese", "Very Grape Cheese Tea", "grape cheese fruit tea", 2500, 2900),
    ("heytea", "mango-grapefruit", "Mango Grapefruit Sago", "mango grapefruit sago", 2200, 2600),
    ("heytea", "jasmine-milk-tea", "Jasmine Milk Tea", "jasmine milk tea bubble tea", 1700, 2000),
    ("mixue", "brown-sugar-milk-tea", "Brown Sugar Pearl Milk Tea", _BROWN, 700, 900),
    ("mixue", "pearl-milk-tea", "Pearl Milk Tea", "pearl boba milk tea bubble tea", 600, 800),
    ("mixue", "lemon-tea", "Iced Lemon Tea", "lemon tea iced fruit tea", 400, 600),
    ("mixue", "sundae", "Vanilla Sundae", "sundae ice cream vanilla", 300, 500),
    ("tigersugar", "brown-sugar-milk-tea", "Black Sugar Boba Milk", _BROWN + " black tiger", 2000, 2500),
    ("tigersugar", "brown-sugar-cream", "Black Sugar Boba Cream Mousse", _BROWN + " cream mousse black", 2300,
     2800),
    ("tigersugar", "brown-sugar-latte", "Black Sugar Boba Latte", "brown sugar boba latte coffee black", 2400, 2900),
]
# Neighbourhood centres near the seeded shoppers' homes and offices (lat, lng), by city.
CENTRES = {
    "Shanghai": [("Lujiazui", 31.2397, 121.4998), ("Huaihai Rd", 31.2185, 121.4683), ("Jing'an", 31.2222, 121.4400),
                 ("Zhangjiang", 31.2036, 121.5903), ("People's Square", 31.2304, 121.4737),
                 ("Century Park", 31.2155, 121.5440)],
    "Hangzhou": [("Wensan Rd", 30.2783, 120.1382), ("Future Sci-Tech City", 30.2810, 120.0225),
                 ("Beishan St", 30.2605, 120.1431), ("Xixi", 30.2741, 120.0860), ("Wulin Square", 30.2750, 120.1650)],
}
SHOPPER_IDS = ["alice", "bob", "chen", "dana"]


def generate_branches(seed: int) -> list[dict[str, Any]]:
    """Every branch of every chain for this seed: one per neighbourhood, jittered within ~1.5 km."""
    rng = random.Random(f"stores/{seed}/branches")
    out = []
    for chain_id, chain_name, *_ in CHAINS:
        n = 0
        for city, centres in CENTRES.items():
            for area, lat, lng in centres:
                n += 1
                out.append({
                    "id": f"{chain_id}-{'sh' if city == 'Shanghai' else 'hz'}-{n:02d}", "chain_id": chain_id,
                    "name": f"{chain_name} {area}", "city": city,
                    "lat": round(lat + rng.uniform(-0.013, 0.013), 5), "lng": round(lng + rng.uniform(-0.015, 0.015), 5),
                    "opens": rng.choice([8 * 60, 9 * 60, 10 * 60]), "closes": rng.choice([21 * 60, 22 * 60, 23 * 60]),
                    "cups_per_slot": rng.randint(5, 14),
                })
    return out


def seed_stores(conn: Connection, seed: int) -> None:
    """The ``stores`` part of the world: chains, branches, menus and per-chain loyalty balances."""
    for chain_id, name, tiers, base, per_km, free_over, share in CHAINS:
        conn.execute(text(
            "INSERT INTO store_chain (id, name, bulk_tiers, delivery_base, delivery_per_km, free_delivery_over, "
            "max_points_share_bp) VALUES (:id, :name, :tiers, :base, :per_km, :free, :share)"),
            {"id": chain_id, "name": name, "tiers": json.dumps(tiers), "base": base, "per_km": per_km,
             "free": free_over, "share": share})
    for branch in generate_branches(seed):
        conn.execute(text(
            "INSERT INTO store_branch (id, chain_id, name, city, lat, lng, opens, closes, cups_per_slot, reject_next) "
            "VALUES (:id, :chain_id, :name, :city, :lat, :lng, :opens, :closes, :cups_per_slot, 0)"), branch)
    for chain_id, slug, name, keywords, regular, large in MENUS:
        conn.execute(text(
            "INSERT INTO store_menu (id, chain_id, name, keywords, price_regular, price_large, sugar, ice) "
            "VALUES (:id, :chain, :name, :kw, :regular, :large, 'full,less,half,light,none', "
            "'normal,less,none,hot')"),
            {"id": f"{chain_id}:{slug}", "chain": chain_id, "name": name, "kw": keywords, "regular": regular,
             "large": large})
    rng = random.Random(f"stores/{seed}/loyalty")
    for shopper in SHOPPER_IDS:
        for chain_id, *_ in CHAINS:
            conn.execute(text("INSERT INTO store_loyalty (shopper_id, chain_id, points) VALUES (:s, :c, :p)"),
                         {"s": shopper, "c": chain_id, "p": rng.choice([0, 0, 300, 800, 1500, 5000])})
