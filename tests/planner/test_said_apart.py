"""Three shapes that kept a must-ask sentence an action, each read by its class reader:

- anyone's money but the shopper's, whoever is named before 的 (用班里其他同学的钱, 刷公家的卡), not only kin and friends;
- an hour no dial shows said last, after the day and 的 ('改到明天的28点');
- two clauses each buying a count of its own ('毛巾买两条，另外香皂买三块'), a one-character product included, and two
  list lines each counting a drink or a word the product reader keeps no key for ('• 橙汁，2瓶', '• 苏打水，1箱').

The controls say the same shapes of the shopper's own money, a real hour and one product with its pack.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline
from errand.planner import joined_items as ji
from errand.planner import others_means as om
from errand.planner import written_bounds as wb

from .dev_sentences import DEV_ORDERS

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])

ASKED = [
    (om.others_means, "用班里其他同学的钱买个投影仪"),
    (om.others_means, "花全组人的钱订个蛋糕"),
    (om.others_means, "刷公家的卡买台笔记本"),
    (om.others_means, "动用合伙人的账户买两台显示器"),
    (wb.impossible_clock, "改到明天的28点"),
    (wb.impossible_clock, "送货改到周五的三十点"),
    (wb.impossible_clock, "后天的26点送到"),
    (ji.two_items, "毛巾买两条，另外香皂买三块"),
    (ji.two_items, "米买一袋，洗洁精也买两瓶"),
    (ji.two_items, "笔买两盒，本子买五本"),
    (ji.two_items, "• 橙汁，2瓶\n• 苏打水，1箱"),
]
CONTROLS = [
    ("改到明天的20点", "reschedule"),
    ("明晚的十九点送", "reschedule"),
    ("荧光笔五支装买三盒", "buy"),
    ("用我的花呗买个台灯", "buy"),
    ("毛巾买两条，要纯棉的", "buy"),
]


@pytest.mark.parametrize(("reader", "sentence"), ASKED, ids=[s for _, s in ASKED])
def test_the_class_reader_asks(reader: object, sentence: str) -> None:
    assert callable(reader) and reader(sentence), sentence
    assert plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action.kind == "clarify"


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS)
def test_the_shoppers_own_errand_stays(sentence: str, kind: str) -> None:
    assert not om.others_means(sentence) and not ji.two_items(sentence)
    assert plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action.kind == kind, sentence
