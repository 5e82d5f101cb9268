"""Times, drinks counts and places typed in pinyin (a phone without its Chinese keyboard) read as the characters.

'jintian wanshang 7dian' is 今天晚上7点 and '20 bei naicha' 20杯奶茶: the readers of times and drinks orders then
read them as they read the characters. English that happens to share a syllable ('Bei Bei the panda', 'a dian
light') is left alone: a sentence is read as pinyin only when it holds two of its words.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline
from errand.planner import pinyin_words as pw

from .dev_sentences import DEV_ORDERS

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])


@pytest.mark.parametrize(("typed", "read"), [
    ("mingtian xiawu 3dian, 15 bei kafei", "明天下午3点, 15杯咖啡"),
    ("jintian zhongwu 12 dian ban song gongsi", "今天中午12点半送公司"),
    ("houtian shangwu 10dian", "后天上午10点"),
    ("30 bei ningmengcha, wanshang 6 dian", "30杯柠檬茶, 晚上6点"),
])
def test_pinyin_is_read_as_characters(typed: str, read: str) -> None:
    assert pw.plain(typed) == read


@pytest.mark.parametrize("sentence", ["buy a Bei Bei panda plush", "one dian hong tea tin", "a ban on plastic bags",
                                      "buy 2 packs of shi jia tea"])
def test_english_sharing_a_syllable_is_left_alone(sentence: str) -> None:
    assert pw.plain(sentence) == sentence


@pytest.mark.parametrize(("sentence", "kind", "quantity", "hour"), [
    ("mingtian xiawu 3dian, 25 bei naicha from heytea to the office", "bulk_order", 25, 15),
    ("houtian wanshang 7 dian, 12 bei kafei from luckin, office", "bulk_order", 12, 19),
])
def test_a_drinks_order_typed_in_pinyin_is_planned(sentence: str, kind: str, quantity: int, hour: int) -> None:
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    assert action.kind == kind, action
    assert getattr(action, "quantity", None) == quantity
    assert getattr(action, "deliver_by", None) is not None and action.deliver_by.hour == hour  # type: ignore[union-attr]
