"""Train the span model (errand/planner/span_model.py): `python scripts/train_span_model.py [--loso]`.

To retrain after development or judged sets were added (needs the `train` extra, ``pip install -e '.[train]'``):

    python scripts/record_untuned_plans.py   # only when a judged set was added: its plans before the rules saw it
    python scripts/train_span_model.py       # leave-one-set-out table, then writes errand/planner/data/span_model.json

About 10 minutes on a busy two-core machine (most of it planning the sentences; 1 minute per left-out set). It
reads every purchase and price watch with a judged query: the training table and development sets dev to dev-5
(as bench/planner_eval.py reads them), every development batch tests/planner/test_dev_batches.py lists (its
``_SETS``: a new batch is picked up) and every judged set of bench/planner_eval.py's list (a new one is picked
up) but those in ``HELD_OUT`` (bench/planner_eval.py's sealed sets, kept as a measurement). The development sentences are planned by today's
rules (the span model off); each judged set by the rules of the commit that added it, before they were tuned to
it (scripts/span_model_untuned_plans.json, by scripts/record_untuned_plans.py), so the model learns from the
mistakes rules make on sentences they have not seen. Each plan's candidate spans of the text the planner reads
are labelled right when bench/eval/judging.py's ``same_words`` accepts them. A logistic regression over the
spans' binary features is fitted, pruned to the strongest features, rounded and written as JSON with the reach
(``--reach``, default clause), the threshold (best leave-one-set-out figure at that reach with the protected
words kept, unless ``--threshold``) and the SHA-256 of its content (checked by tests/planner/test_span_model.py).
The leave-one-set-out table leaves each judged set out in turn, trains on the rest and prints the fields
accuracy of the set's purchases and watches with its untuned rules alone and with the model at each reach,
with and without the protected words (``+kept``: the planner's setting), and threshold. ``--loso`` prints only
that table; nothing is written.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

from bench.eval.judging import planner_mismatches, same_words
from bench.planner_eval import _JUDGED, _SEALED, NOW, _context
from errand.domain.intents import BuyAction, PlannedAction
from errand.planner import PlanRequest, ShopperContext, plan_offline
from errand.planner import span_model as sm
from errand.planner.offline import planner_text
from tests.planner.dev_sentences import DEV_ORDERS

SEED = 7
C = 0.5
KEEP = 20000
THRESHOLDS = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7)
REACHES = ("anywhere", "clause")
# (label, reach, protected words kept): the shipped setting is '<reach>+kept'; the others are for comparison
SETTINGS = tuple((f"{reach}{'+kept' * protect}", reach, protect) for protect in (False, True) for reach in REACHES)
HELD_OUT = tuple(sorted(_SEALED))  # the sealed judged sets are kept out, so their figure stays a measurement
JUDGED = tuple((name, module) for name, module in _JUDGED if name not in HELD_OUT)  # bench/planner_eval.py's list
TABLES = (("table", "offline_table", "KIND_OF_TABLE"), ("dev", "dev_sentences", "KIND_OF_DEV"),
          ("dev-2", "dev_sentences_2", "KIND_OF_DEV_2"), ("dev-3", "dev_sentences_3", "KIND_OF_DEV_3"),
          ("dev-4", "dev_sentences_4", "KIND_OF_DEV_4"), ("dev-5", "dev_sentences_5", "KIND_OF_DEV_5"))
KINDS = ("buy", "price_watch")
UNTUNED = ROOT / "scripts" / "span_model_untuned_plans.json"


@dataclass
class Example:
    group: str  # the set it comes from
    request: PlanRequest
    kind: str
    queries: list[str]
    expected: dict[str, Any]
    got: str = ""  # the kind the rules planned
    fields: dict[str, Any] = field(default_factory=dict)  # and its fields (a purchase's intent's)
    text: str = ""
    rows: list[tuple[list[str], bool, sm.Span]] = field(default_factory=list)


def right(example: Example, query: str | None = None) -> bool:
    """The rules' plan judged (bench/eval/judging.py), its query replaced by ``query`` when one is given."""
    fields = {**example.fields, "query": query} if query else example.fields
    return not planner_mismatches(example.expected, example.got, fields)


def rules_query(example: Example) -> str | None:
    query = example.fields.get("query") if example.got in KINDS else None
    return query if isinstance(query, str) and query else None


def set_plan(example: Example, action: PlannedAction) -> None:
    example.got = action.kind
    example.fields = (action.intent.model_dump(mode="json") if isinstance(action, BuyAction)
                      else action.model_dump(mode="json"))


def _queries(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def judged(module_name: str, group: str) -> list[Example]:
    module = importlib.import_module(f"bench.eval.{module_name}")
    context = ShopperContext.model_validate(module.CONTEXT)
    now = datetime.fromisoformat(module.NOW)
    return [Example(group, PlanRequest(sentence=s, context=context, now=now), e["kind"], _queries(e["query"]), e)
            for name, cases in module.GROUPS.items() if name in KINDS for s, e in cases
            if e.get("kind") in KINDS and e.get("query")]


def development() -> list[Example]:
    """The training table, development sets and later development batches (never a judged set)."""
    from tests.planner import test_dev_batches as batches

    found: list[Example] = []
    for group, module_name, attr in TABLES:
        table = getattr(importlib.import_module(f"tests.planner.{module_name}"), attr)
        context = _context(DEV_ORDERS[:3] if group == "table" else DEV_ORDERS)
        for kind, cases in table.items():
            for sentence, expected in cases:
                want = expected.get("kind", kind)
                if want in KINDS and expected.get("query"):
                    found.append(Example(group, PlanRequest(sentence=sentence, context=context, now=NOW), want,
                                         _queries(expected["query"]), {**expected, "kind": want}))
    for name in batches._SETS:
        context = batches.CONTEXTS[batches._SETS[name][0]]
        for _, mode, items in batches._lists(name):
            if mode not in ("fields", "bought"):
                continue
            for sentence, expected in items:
                full = {"kind": "buy", **expected}
                if full["kind"] in KINDS and full.get("query"):
                    found.append(Example(f"dev:{name}", PlanRequest(sentence=sentence, context=context, now=batches.NOW),
                                         full["kind"], _queries(full["query"]), full))
    return found


def prepare(examples: list[Example], recorded: dict[str, dict[str, Any]] | None = None) -> None:
    """Run the rules once per sentence (or take the plan recorded for it) and build its labelled spans."""
    for example in examples:
        if recorded is not None and example.request.sentence in recorded:
            example.got = recorded[example.request.sentence]["kind"]
            example.fields = recorded[example.request.sentence]["fields"]
        else:
            set_plan(example, plan_offline(example.request).action)
        example.text = planner_text(example.request.sentence, example.request.context.shopper_id)
        rules = rules_query(example)
        if example.got != example.kind or rules is None:
            continue
        words, spans = sm.candidates(example.text, rules)
        example.rows = [(sm.features(words, span, rules), same_words(span.text, example.queries), span)
                        for span in spans]


def train(examples: list[Example]) -> dict[str, Any]:
    rows = [(dict.fromkeys(found, 1), label) for example in examples for found, label, _ in example.rows]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([r for r, _ in rows])
    model = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    model.fit(matrix, [label for _, label in rows])
    names = vectoriser.get_feature_names_out()
    weights = sorted(((str(n), round(float(w), 4)) for n, w in zip(names, model.coef_[0], strict=True)),
                     key=lambda nw: -abs(nw[1]))[:KEEP]
    return {"intercept": round(float(model.intercept_[0]), 4), "weights": dict(w for w in weights if w[1]),
            "trained_on": len(rows)}


def combined(example: Example, model: dict[str, Any]) -> dict[tuple[str, float], bool]:
    """For each reach and threshold, whether the rules' plan is right once its query is replaced where the
    model says so."""
    rules = rules_query(example)
    out = {}
    for label, reach, protect in SETTINGS:
        found = sm.choice(example.text, rules, model, reach, protect) if rules else None
        changed = right(example, found[1]) if found else right(example)
        out |= {(label, t): changed if found and found[0] >= t else right(example) for t in THRESHOLDS}
    return out


def figures(examples: list[Example], model: dict[str, Any]) -> tuple[int, dict[tuple[str, float], tuple[int, int, int]]]:
    """Right with the rules alone; and for each reach and threshold: right combined, wins, losses."""
    alone = [right(example) for example in examples]
    out = {}
    decided = [combined(example, model) for example in examples]
    for setting in decided[0]:
        after = [d[setting] for d in decided]
        out[setting] = (sum(after), sum(a and not b for a, b in zip(after, alone, strict=True)),
                        sum(b and not a for a, b in zip(after, alone, strict=True)))
    return sum(alone), out


def everything(untuned: Path | None) -> tuple[list[Example], dict[str, list[Example]]]:
    """The development examples (planned by today's rules) and the judged sets, each planned by the rules of
    the commit that added it (``untuned``: plans recorded by scripts/record_untuned_plans.py) when given."""
    dev = development()
    prepare(dev)
    recorded = json.loads(untuned.read_text(encoding="utf-8")) if untuned else {}
    sets = {name: judged(module, name) for name, module in JUDGED}
    for name, cases in sets.items():
        prepare(cases, recorded.get(name))
    return dev, sets


def training(dev: list[Example], sets: dict[str, list[Example]], left_out: str | None) -> list[Example]:
    held = {sm.key(e.request.sentence) for e in sets.get(left_out or "", [])}
    return [e for e in dev + [e for name, cases in sets.items() if name != left_out for e in cases]
            if sm.key(e.request.sentence) not in held]


def loso(dev: list[Example], sets: dict[str, list[Example]]) -> dict[tuple[str, float], list[int]]:
    """Each judged set left out in turn: the rules alone and combined with a model trained without it."""
    totals: dict[tuple[str, float], list[int]] = {}
    print(f"{'set':<9}{'n':>4} {'rules':>7}  " + "  ".join(f"p≥{t:<4}" for t in THRESHOLDS) + "  (reach clause+kept)")
    for name, cases in sets.items():
        model = train(training(dev, sets, name))
        alone, per = figures(cases, model)
        print(f"{name:<9}{len(cases):>4} {alone / len(cases):7.1%}  "
              + "  ".join(f"{per['clause+kept', t][0] / len(cases):6.1%}" for t in THRESHOLDS)
              + "   " + " ".join(f"+{per['clause+kept', t][1]}/-{per['clause+kept', t][2]}" for t in THRESHOLDS))
        for setting, (after, wins, losses) in per.items():
            totals[setting] = [a + b for a, b in zip(totals.get(setting, [0] * 5),
                                                     [len(cases), alone, after, wins, losses], strict=True)]
    for (reach, t), (n, alone, after, wins, losses) in totals.items():
        print(f"all {n} at reach {reach:<13} p≥{t:<4}: rules {alone / n:.1%}  combined {after / n:.1%}"
              f"  wins {wins}  losses {losses}")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="leave each judged set out in turn (nothing written)")
    parser.add_argument("--threshold", type=float, default=None, help="the threshold to ship (default: best LOSO)")
    parser.add_argument("--reach", choices=REACHES, default="clause", help="the reach to ship")
    parser.add_argument("--untuned", type=Path, default=UNTUNED,
                        help="plans of the judged sets by the rules of the commit that added each (JSON)")
    parser.add_argument("--out", type=Path, default=sm.MODEL_PATH)
    args = parser.parse_args()
    sm.ENABLED = False  # the rules' own plans: the model learns to refine them
    dev, sets = everything(args.untuned if args.untuned.is_file() else None)
    if args.loso or args.threshold is None:
        totals = loso(dev, sets)
        _, best = max((s for s in totals if s[0] == f"{args.reach}+kept"),
                      key=lambda s: (totals[s][2], s[1]))  # the most right; a tie: the higher threshold
        print(f"best over the left-out sets at reach {args.reach}: threshold {best}")
        if args.loso:
            return
    model = train(training(dev, sets, None))
    model["threshold"] = args.threshold if args.threshold is not None else best
    model["reach"] = args.reach
    model["sha256"] = sm.digest(model)  # tests/planner/test_span_model.py checks the JSON is as written here
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(model['weights'])} features, "
          f"{model['trained_on']} spans, threshold {model['threshold']}, reach {model['reach']})")


if __name__ == "__main__":
    main()
