"""The span model against the rules' product query: `python bench/span_model_eval.py [--loso]`.

For the purchases and price watches of each judged set (bench/eval, group ``buy`` or ``price_watch``) it
prints the fields accuracy of the rule planner alone and of the rules with their query replaced where the
span model (errand/planner/span_model.py, data/span_model.json) says so, with the sentences won and lost.
A sealed set (bench/planner_eval.py's ``_SEALED``) is the honest figure: neither the rules nor the model
learned from it (only its aggregate figures are printed). The other sets are training data for both, so their
line only shows the model does no harm there. Two more columns show the model without its protection of the rules' model, size and
fit words (``span_model.kept``), at the shipped reach and at reach ``anywhere``. ``--loso`` adds the trainer's leave-one-set-out table (scripts/train_span_model.py,
scikit-learn needed), where each judged set is planned by the rules of the commit that added it and the model
is trained without it. Asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from bench.planner_eval import _SEALED, evaluation_sets
from errand.domain.intents import BuyAction, PlannedAction, PriceWatchIntent
from errand.planner import plan_offline
from errand.planner import span_model as sm
from errand.planner.offline import planner_text

KINDS = ("buy", "price_watch")


def _other_reach(action: PlannedAction, sentence: str, shopper_id: str, reach: str) -> PlannedAction:
    """The action as ``refined`` would make it at ``reach`` without the protected words (for comparison)."""
    if not isinstance(action, BuyAction | PriceWatchIntent) or (model := sm.model()) is None:
        return action
    rules = action.intent.query if isinstance(action, BuyAction) else action.query
    found = sm.choice(planner_text(sentence, shopper_id), rules, model, reach, protect=False)
    if found is None or found[0] < model["threshold"]:
        return action
    if isinstance(action, BuyAction):
        return action.model_copy(update={"intent": action.intent.model_copy(update={"query": found[1]})})
    return action.model_copy(update={"query": found[1]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="also the trainer's leave-one-set-out table")
    args = parser.parse_args()
    sm.ENABLED = False  # plan_offline gives the rules' own plan; ``refined`` applies the model to it
    model = sm.model()
    print(f"span model: reach {model.get('reach') if model else None}, threshold {model.get('threshold') if model else None}, "
          f"{len(model['weights']) if model else 0} features")
    others = (model.get("reach", sm.REACH), "anywhere") if model else ()
    print(f"{'set':<10}{'group':<13}{'n':>5}  {'rules':>7}  {'combined':>8}  wins  losses  changed"
          + "".join(f"  | unprotected {reach}: combined wins losses" for reach in others))
    total = [0, 0, 0, 0, 0]
    for name, cases in evaluation_sets().items():
        for group in KINDS:
            chosen = [case for case in cases if case.group == group]
            if not chosen:
                continue
            alone = combined = wins = losses = changed = 0
            extra = {reach: [0, 0, 0] for reach in others}
            for case in chosen:
                action = plan_offline(case.request).action
                after = sm.replaced(action, planner_text(case.request.sentence, case.request.context.shopper_id))
                before_right, after_right = case.score(action).right, case.score(after).right
                alone += before_right
                combined += after_right
                wins += after_right and not before_right
                losses += before_right and not after_right
                changed += after != action
                for reach in others:
                    second = case.score(_other_reach(action, case.request.sentence,
                                                     case.request.context.shopper_id, reach)).right
                    extra[reach] = [a + b for a, b in zip(extra[reach], [second, second and not before_right,
                                                                            before_right and not second], strict=True)]
            n = len(chosen)
            print(f"{name:<10}{group:<13}{n:>5}  {alone / n:7.1%}  {combined / n:8.1%}  {wins:>4}  {losses:>6}"
                  f"  {changed:>7}" + "".join(f"  | {e[0] / n:26.1%} {e[1]:>4} {e[2]:>6}" for e in extra.values()))
            if name not in _SEALED:
                total = [a + b for a, b in zip(total, [n, alone, combined, wins, losses], strict=True)]
    n, alone, combined, wins, losses = total
    print(f"{'earlier':<10}{'both':<13}{n:>5}  {alone / n:7.1%}  {combined / n:8.1%}  {wins:>4}  {losses:>6}"
          "  (training data: in-sample)")
    if args.loso:
        import train_span_model as trainer

        dev, sets = trainer.everything(trainer.UNTUNED)
        trainer.loso(dev, sets)


if __name__ == "__main__":
    main()
