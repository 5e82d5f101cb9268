"""The span model (errand/planner/span_model.py): what it may change in a plan, and what it never may."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from errand.domain.intents import BuyAction, Clarification, Plan, PriceWatchIntent
from errand.planner import PlanRequest, ShopperContext, plan_offline
from errand.planner import span_model as sm

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice")


def _plan(sentence: str) -> Any:
    return plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action


def _weights(*words: str, reach: str = "clause") -> dict[str, Any]:
    """A model that wants nothing but ``words``: the worst a model could learn."""
    return {"intercept": -10.0, "weights": {f"w:{w}": 40.0 for w in words}, "threshold": 0.05, "reach": reach}


def _query(action: Any) -> str:
    return action.intent.query if isinstance(action, BuyAction) else action.query


def test_the_model_loads_scores_and_is_as_the_trainer_wrote_it() -> None:
    model = sm.model()
    assert model is not None and model["reach"] == "clause" and 0 < model["threshold"] < 1
    assert model["sha256"] == sm.digest(model)  # scripts/train_span_model.py records it; a hand edit breaks it
    scored = sm.ranked("please buy me two packs of AA batteries", "AA batteries")
    assert scored and all(0 <= p <= 1 for p, _ in scored)
    assert [p for p, _ in scored] == sorted((p for p, _ in scored), reverse=True)


def test_the_training_is_deterministic_on_a_tiny_fixture() -> None:
    pytest.importorskip("sklearn")
    import scripts.train_span_model as trainer

    def example(text: str, rules: str, right: str) -> Any:
        found = trainer.Example("tiny", PlanRequest(sentence=text, context=CONTEXT, now=NOW), "buy", [right], {})
        words, spans = sm.candidates(text, rules)
        found.rows = [(sm.features(words, s, rules), sm.key(s.text) == sm.key(right), s) for s in spans]
        return found

    tiny = [example("buy me a phone case", "me a phone case", "phone case"),
            example("get two rolls of tape please", "rolls of tape please", "tape")]
    first, second = trainer.train(tiny), trainer.train(tiny)
    assert first == second and first["weights"] and sm.digest(first) == sm.digest(second)


def test_it_never_changes_a_kind_or_acts_on_a_question() -> None:
    ask = Clarification(question="Which product do you mean?", missing=["query"])
    assert sm.replaced(ask, "buy a phone case") is ask
    for sentence in ("buy me a phone case for my Samsung Galaxy S24", "watch the price of AirPods Pro, tell me under 1500",
                     "where is my order?", "买两包纸巾送到家"):
        sm_on = _plan(sentence)
        sm.ENABLED = False
        try:
            sm_off = _plan(sentence)
        finally:
            sm.ENABLED = True
        assert sm_on.kind == sm_off.kind


def test_the_switch_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sm, "model", lambda: _weights("case"))
    plan = Plan(action=_plan("buy me a phone case"))
    assert isinstance(plan.action, BuyAction)
    monkeypatch.setattr(sm, "ENABLED", False)
    assert sm.refine("buy me a phone case", plan, lambda found: found) is plan


def test_it_picks_only_within_the_clause() -> None:
    text = "I lost my red umbrella on the bus yesterday, so buy me a phone case"
    assert sm.choice(text, "phone case", _weights("umbrella"), "anywhere") is not None  # the model would
    assert sm.better(text, "phone case", _weights("umbrella")) is None
    assert sm.better(text, "phone case", _weights("umbrella", reach="anywhere")) is None  # whatever the JSON says
    wider = {**_weights(), "weights": {"w:clear": 5.0, "w:phone": 5.0, "w:case": 5.0, "w:buy": -5.0, "w:me": -5.0,
                                       "w:a": -5.0}}
    assert sm.better("buy me a clear phone case", "phone case", wider) == "clear phone case"


@pytest.mark.parametrize(("rules", "shorter"), [
    ("phone case for Samsung Galaxy S24", "phone case"), ("2kg cat litter", "cat litter"),
    ("strap for Apple Watch Ultra", "strap"), ("power bank 20000mAh", "power bank"),
    ("Anker 充电宝", "充电宝"), ("500毫升保温杯", "保温杯"), ("2 kg rice", "rice"),
    ("500ml insulated bottle", "保温杯"), ("保温杯", "insulated bottle"), ("white desk fan", "desk fan"),
    ("红色喜糖盒", "喜糖盒"), ("phone case for iPhone 16", "phone case")])
def test_protected_words_and_the_script_survive(rules: str, shorter: str) -> None:
    assert not sm.kept(rules, shorter)
    found = sm.better(f"please buy {rules}", rules, _weights(*sm.tokens(shorter)))
    assert found is None or sm.key(found) != sm.key(shorter) and sm.protected(rules) <= sm.protected(found) | {
        w.casefold() for w in sm.tokens(found)}


def test_a_count_or_filler_may_still_go() -> None:
    assert sm.kept("2 phone cases", "phone cases") and sm.kept("gel pens please", "gel pens")
    assert sm.kept("phone case for Samsung Galaxy S24", "Samsung Galaxy S24 phone case")


@pytest.mark.parametrize("reach", ["clause", "anywhere"])
@pytest.mark.parametrize("sentence", [
    "my nephew got caught with a vape at school, anyway buy me a phone case",
    "the guy next door waved a knife at us yesterday; buy me a phone case please",
    "帮我买个手机壳，昨天看到有人在卖电子烟",
])
def test_a_harmful_or_second_product_is_never_picked_past_the_gate(
        monkeypatch: pytest.MonkeyPatch, sentence: str, reach: str) -> None:
    monkeypatch.setattr(sm, "model", lambda: _weights("vape", "knife", "电子烟", "nephew", "guy", reach=reach))
    action = _plan(sentence)
    if isinstance(action, BuyAction | PriceWatchIntent):
        assert not any(word in _query(action) for word in ("vape", "knife", "电子烟", "nephew", "guy"))
    for harmful in ("vape", "knife", "电子烟"):
        assert sm.better(sentence, "手机壳" if "手机壳" in sentence else "phone case", _weights(harmful)) is None


@pytest.mark.parametrize("sentence", ["buy milk, eggs and bread", "Library (office address) needs 10 book ends, a globe",
                                      "buy a phone case and a vape"])
def test_a_sentence_the_checks_ask_about_stays_asked(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    monkeypatch.setattr(sm, "model", lambda: _weights("milk", "globe", "case"))
    assert _plan(sentence).kind == "clarify"


def test_a_new_query_the_checks_refuse_keeps_the_rules_plan() -> None:
    plan = Plan(action=_plan("buy me a phone case"))
    asked = Plan(action=Clarification(question="Which one?", missing=["query"]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sm, "model", lambda: _weights("me"))
        assert sm.refine("buy me a phone case", plan, lambda found: asked) is plan


def test_the_json_names_its_settings() -> None:
    raw = json.loads(sm.MODEL_PATH.read_text(encoding="utf-8"))
    assert set(raw) == {"intercept", "weights", "trained_on", "threshold", "reach", "sha256"}
