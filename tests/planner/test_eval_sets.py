"""The planner's judged evaluation sets stay sound as development sets grow (bench/eval/check_sets.py's planner
checks): every case well formed, each fresh set with the held-out context, and no development or safety batch
repeating a sentence of a judged set (a repeated sentence would be learned by the intent ranker and tuned to by the
rules, and the set's figure would no longer be unseen)."""

from __future__ import annotations

from bench.eval import check_sets


def test_no_judged_planner_sentence_is_repeated_or_malformed() -> None:
    problems = (check_sets.planner_problems() + check_sets.fresh_problems() + check_sets.fresh2_problems()
                + check_sets.fresh3_problems() + check_sets.later_fresh_problems())
    assert not problems, "\n".join(problems)
