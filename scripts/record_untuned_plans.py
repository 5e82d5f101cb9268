"""Record how the rules planned each judged set before they were tuned to it (the span model's training data).

`python scripts/record_untuned_plans.py` (a few minutes; git and the project's venv) checks out, in a temporary
git worktree, the commit that added each judged set of bench/planner_eval.py's list (bench/eval/planner_heldout.py,
planner_fresh.py, planner_fresh2.py …: at that commit the rules had never read it), plans the set's purchases and
price watches there with that commit's offline planner and writes every plan's kind and fields, by set and
sentence, to scripts/span_model_untuned_plans.json. That is how the committed JSON was made (held-out to
fresh-12). The sets the trainer keeps out (train_span_model.HELD_OUT: the sealed sets) are not read. Run it again when
a judged set is added, before scripts/train_span_model.py; a set it has no plans for is planned by today's rules.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scripts" / "span_model_untuned_plans.json"
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
from train_span_model import JUDGED  # bench/planner_eval.py's judged sets, less the held-out ones

SETS = dict(JUDGED)
# Run inside the worktree: that commit's planner on that commit's copy of the set.
_PLAN = """
import importlib, json, sys
from datetime import datetime
sys.path.insert(0, sys.argv[1])
from errand.domain.intents import BuyAction
from errand.planner import PlanRequest, ShopperContext, plan_offline
module = importlib.import_module("bench.eval." + sys.argv[2])
context, now, found = ShopperContext.model_validate(module.CONTEXT), datetime.fromisoformat(module.NOW), {}
for group in ("buy", "price_watch"):
    for sentence, _ in module.GROUPS.get(group, []):
        action = plan_offline(PlanRequest(sentence=sentence, context=context, now=now)).action
        fields = action.intent.model_dump(mode="json") if isinstance(action, BuyAction) else action.model_dump(mode="json")
        found[sentence] = {"kind": action.kind, "fields": fields}
print(json.dumps(found, ensure_ascii=False))
"""


def added_by(module: str) -> str:
    log = subprocess.run(["git", "-C", str(ROOT), "log", "--diff-filter=A", "--format=%H", "--",
                          f"bench/eval/{module}.py"], capture_output=True, text=True, check=True).stdout.split()
    return log[-1]


def main() -> None:
    plans = {}
    for name, module in SETS.items():
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), added_by(module)],
                           check=True)
            try:
                out = subprocess.run([sys.executable, "-c", _PLAN, str(tree), module], capture_output=True,
                                     text=True, check=True, cwd=tree).stdout
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
        plans[name] = json.loads(out)
        print(f"{name}: {len(plans[name])} plans")
    OUT.write_text(json.dumps(plans, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
