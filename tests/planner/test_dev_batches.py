"""The whole offline planner over the development sets written from the seventh round on, one table.

Each set (tests/planner/dev_sentences_<round>_<topic>.py) was written before the change it guided, from
other sentences than the misses that prompted it: new purchases (``_buy``, ``_zh``, ``_en``, ``_form``),
returns, reschedules and questions about placed orders (``_placed``), price watches and drinks orders
(``_watch``). A case is checked one of three ways:

- ``fields``: the kind and every judged field as bench/eval/judging.py compares them (a purchase list may leave
  the kind out: it is then ``buy``);
- ``bought``: the same, for the purchase reader alone (the sentence as the planner reads it once it is taken
  for a purchase: the seventh and eighth purchase sets test the reader, not which intent wins);
- ``kind``: only the kind (the cases a set keeps to show what must still be asked or left alone);
- ``asked``: the sentence alone, which must become a question.

Each set also keeps its size and its share of Chinese, so a set cannot shrink unnoticed.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

import pytest

from bench.eval.judging import planner_mismatches
from errand.domain.intents import BuyAction, PlannedAction
from errand.planner import OrderSummary, PlanRequest, ShopperContext, gate, plan_offline
from errand.planner import dialect as dl
from errand.planner import frame as fr
from errand.planner import lexicon as lx
from errand.planner import payment as pm
from errand.planner import shopping as sh

from .dev_sentences import DEV_ORDERS

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXTS = {
    "orders": ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS]),
    "none": ShopperContext(shopper_id="alice"),
}
Mode = Literal["fields", "bought", "kind", "asked"]

# set: (context, the lists checked and how, at least: cases in the first list, Chinese sentences in it)
_SETS: dict[str, tuple[str, tuple[tuple[str, Mode], ...], int, int]] = {
    "7_buy": ("orders", (("BUY", "bought"), ("ASKED", "kind")), 30, 10),
    "7_placed": ("orders", (("PLACED", "fields"),), 40, 12),
    "7_watch": ("none", (("WATCH_AND_DRINKS", "fields"),), 20, 12),
    "8_buy": ("orders", (("BUY", "bought"), ("ASKED", "kind")), 15, 6),
    "8_placed": ("orders", (("PLACED", "fields"),), 25, 8),
    "8_watch": ("none", (("WATCH_AND_DRINKS", "fields"),), 20, 10),
    "9_buy": ("orders", (("BUY", "fields"), ("ASKED", "kind")), 15, 0),
    "9_placed": ("orders", (("PLACED", "fields"),), 25, 8),
    "9_watch": ("none", (("WATCH_AND_DRINKS", "fields"),), 16, 8),
    "10_buy": ("orders", (("BUY", "fields"), ("ASKED", "kind")), 10, 0),
    "10_placed": ("orders", (("PLACED", "fields"),), 20, 7),
    "10_watch": ("none", (("WATCH_AND_DRINKS", "fields"),), 16, 8),
    "11_buy": ("orders", (("BUY", "fields"), ("ASKED", "kind")), 20, 0),
    "11_placed": ("orders", (("PLACED", "fields"),), 10, 3),
    "11_watch": ("none", (("WATCH_AND_DRINKS", "fields"),), 16, 5),
    "12_buy": ("orders", (("BUY", "fields"), ("ASKED", "kind")), 40, 0),
    "12_form": ("orders", (("FORMS", "fields"), ("ASKED", "fields"), ("CONTROLS", "fields")), 40, 10),
    "12_placed": ("orders", (("PLACED", "fields"), ("ASKED", "asked")), 45, 15),
    "12_watch": ("none", (("WATCH_AND_DRINKS", "fields"),), 35, 5),
    "12_zh": ("orders", (("BUY", "fields"), ("ASKED", "kind")), 50, 40),
    "13_en": ("orders", (("READ", "fields"), ("ASKED", "fields")), 30, 0),
    "13_placed": ("orders", (("PLACED", "fields"), ("ASKED", "asked")), 40, 15),
    "13_zh": ("orders", (("ALL", "fields"), ("ASKED", "kind")), 30, 25),
    "14_en": ("orders", (("READ", "fields"), ("ASKED", "fields")), 60, 0),
    "14_formats": ("orders", (("READ", "fields"), ("ASKED", "fields")), 50, 15),
    "14_zh": ("orders", (("ALL", "fields"), ("ASKED", "kind")), 60, 50),
    "15_formats": ("orders", (("READ", "fields"), ("ASKED", "fields")), 25, 4),
    "16_zh": ("orders", (("ALL", "fields"), ("ASKED", "kind")), 60, 60),
    "16_en": ("orders", (("READ", "fields"), ("ASKED", "fields")), 45, 0),
    "16_drinks": ("orders", (("READ", "fields"), ("ASKED", "fields")), 10, 0),
    "17_placed": ("orders", (("PLACED", "fields"), ("WATCHES", "fields"), ("ASKED", "asked"), ("CONTROLS", "fields")), 45, 15),
    "17_times": ("orders", (("READ", "fields"), ("ASKED", "fields")), 60, 25),
    "17_segments": ("orders", (("READ", "fields"), ("ASKED", "fields")), 50, 8),
    "17_registers": ("orders", (("READ", "fields"), ("ASKED", "fields")), 55, 0),
    "17_zh": ("orders", (("ALL", "fields"), ("ASKED", "kind")), 60, 55),
    "18_placed": ("orders", (("PLACED", "fields"), ("DRINKS", "fields"), ("ASKED", "asked"), ("CONTROLS", "fields")), 45, 15),
    "18_packs": ("orders", (("READ", "fields"), ("ASKED", "fields")), 40, 20),
    "18_phrases": ("orders", (("READ", "fields"), ("ASKED", "fields")), 70, 0),
    "18_registers": ("orders", (("READ", "fields"), ("ASKED", "fields")), 75, 0),
    "18_zh": ("orders", (("ALL", "fields"), ("ASKED", "kind")), 100, 100),
    "22_notes": ("orders", (("READ", "fields"), ("ASKED", "fields")), 60, 25),
    "22_en_buy": ("orders", (("READ", "fields"), ("ASKED", "fields")), 70, 0),
    "22_zh_buy": ("orders", (("READ", "fields"), ("ASKED", "fields")), 80, 80),
    "22_returns": ("orders", (("READ", "fields"), ("ASKED", "fields")), 60, 25),
    "22_after": ("orders", (("READ", "fields"), ("ASKED", "fields")), 70, 30),
    "23_after": ("orders", (("READ", "fields"), ("ASKED", "fields")), 60, 25),
    "23_varieties": ("orders", (("READ", "fields"), ("ASKED", "fields")), 45, 0),
    "23_formats": ("orders", (("READ", "fields"), ("ASKED", "fields")), 50, 15),
    "23_scenes": ("orders", (("READ", "fields"), ("ASKED", "fields")), 60, 30),
    "24_textforms": ("orders", (("READ", "fields"), ("ASKED", "fields")), 150, 0),
    "24_textforms_unseen": ("orders", (("READ", "fields"), ("ASKED", "fields")), 34, 0),
    "24_zh_documents": ("orders", (("READ", "fields"), ("ASKED", "fields")), 150, 150),
    "24_zh_documents_unseen": ("orders", (("READ", "fields"), ("ASKED", "fields")), 36, 36),
    "25_gifts": ("orders", (("READ", "fields"), ("ASKED", "asked")), 35, 10),
    "25_drink_heads": ("orders", (("READ", "fields"), ("DRINKS", "kind")), 20, 4),
    "24_meaning": ("orders", (("READ", "fields"), ("ASKED", "fields")), 100, 30),
}
# Read by no mechanism yet: expected to fail until one reads it (strict, so a fix is noticed).
STILL_MISSED = {"check the Bose QC Ultra every 90 minutes and tell me below 2200",
                # Chinese product words the glossary turns into English (保温杯, 电水壶, 充电宝, 大米, 小米, 显示器)
                "填空：我想买____（答案：一个保温杯）", "选择题：我要买哪个？A. 电饭煲 B. 电水壶（答案：B，买一个）",
                "这个电水壶怎么样？算了，直接买个1.5升的", "那个保温杯好不好？算了，直接买个500毫升的",
                "买一个保温杯，arigato", "买一个二十四寸的显示器", "买一袋二十斤装的大米", "帮我买一袋五斤装的小米",
                "我要一个10000毫安的充电宝，一百五以内",
                # words the safety checks hear (天气, 不想了) kept, so the frame stays; a drink
                # in cups read as a drinks order; a classifier before a size; 拍 read as a verb; a lost thing unnamed
                "今日天气晴，气温回升，本人决定购买遮阳帽一顶", "那款空气炸锅咋样？不想了，直接买个五升的",
                "吓了一跳，买杯奶茶压压惊", "买一口三十厘米的平底锅",
                "拍立得mini 11，降到三百五，帮我买两个", "寻物启事：本人遗失物品一件",
                # a classifier taken into the product (双手套), a purpose said by a two-word verb twice (放松放松),
                # an office said as the buyer before 采购 (后勤处)
                "天冷了，买双手套暖暖手", "太累了，买个按摩枕放松放松", "通知：后勤处采购拖把五把",
                "Note to self, and to you: batteries — AA, 2 packs",
                "洗车店要洗车海绵四十块",  # 块 after goods counted in pieces is read as money
                "漆匠要滚筒刷八把",  # the ranker's second look doubts a count of 八 before a rare word
                # a return's shop read as another's, why late read as status, a date and 'late afternoon' said
                # bare, a count asked, a verb of need after the product, an opener before a product with no count
                "how come buy-alice-1234abcd chose a different shop?",
                "会议纪要：请查明ord_k1为何还没发货", "备忘录：请查一下ord_b2为什么延迟", "工作记录：查明ord_s4为何迟迟未到",
                "che, the Midea kettle, 2 December, late afternoon", "che, the Nanfu batteries, Friday, early morning",
                "order a moka pot for espresso", "bhaiya, one pressure cooker lagbe, 5 litre",
                "apu, one steam iron dorkar, under 300", "dada, a thermos lagbe, under 150",
                "ayuh, wicked good wool socks, 3 pairs",
                # text-speak whose skeleton fits two words equally ('pns' pans or pens, 'bth' bath or both), leaves
                # out two consonants ('aftn', 'hr') or none the planner knows ('brd', 'wndw')
                "can u buy 2 frying pns, gr8 thx", "pls buy 1 ironing brd 4 home", "pls buy 3 bth towels 4 home, thx, cu l8r",
                "cn u move the li-ning shoes 2 tue aftn pls", "pls get 1 wndw cleaner, ty",
                "pls order 1 hr dryer undr 300 thx",
                # read plainly, then missed as the plain sentence is: 'why …' asked as a status,
                # a purchase with a deadline, 'order three luggage tags'
                "ERR-3152 [Question] Why did ord_h3 arrive in two boxes?",
                "ERR-3171 [Task] Buy 1 first aid kit for the office. Due Fri",
                # a user story's purpose that names other people is kept for the checks, which then ask
                "ERR-3102 [Story] As a parent I want 3 lunch boxes so that the kids eat at school. Story points: 2",
                "Ladies and gentlemen, we'll shortly be ordering three luggage tags. Cabin crew, arm doors."}


def _lists(name: str) -> list[tuple[str, Mode, list[Any]]]:
    module = importlib.import_module(f"tests.planner.dev_sentences_{name}")
    return [(attr, mode, getattr(module, attr)) for attr, mode in _SETS[name][1]]


def _bought(request: PlanRequest) -> PlannedAction:
    """The sentence read as a purchase, as the planner reads it once it is taken for one."""
    text, _ = pm.take_payment(fr.peel(dl.to_mandarin(lx.normalise(" ".join(request.sentence.split())))))
    return gate.check(text, sh.buy(text, request), request).action


def _chinese(sentence: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in sentence)


def _case(name: str, attr: str, mode: Mode, item: Any) -> Any:
    sentence, expected = (item, {"kind": "clarify"}) if mode == "asked" else item
    marks = [pytest.mark.xfail(reason="not read yet", strict=True)] if sentence in STILL_MISSED else []
    return pytest.param(name, mode, sentence, expected, id=f"{name}:{attr}:{sentence[:40]}", marks=marks)


CASES = [_case(name, attr, mode, item) for name in _SETS for attr, mode, items in _lists(name) for item in items]


@pytest.mark.parametrize("name", list(_SETS))
def test_the_set_keeps_its_size(name: str) -> None:
    _, _, least, least_chinese = _SETS[name]
    first = _lists(name)[0][2]
    assert len(first) >= least
    assert sum(1 for sentence, _ in first if _chinese(sentence)) >= least_chinese


@pytest.mark.parametrize(("name", "mode", "sentence", "expected"), CASES)
def test_dev_sentence(name: str, mode: Mode, sentence: str, expected: dict[str, Any]) -> None:
    context = CONTEXTS[_SETS[name][0]]
    request = PlanRequest(sentence=sentence, context=context, now=NOW)
    action = _bought(request) if mode == "bought" else plan_offline(request).action
    if mode in ("kind", "asked"):
        assert action.kind == expected["kind"], f"{sentence!r}: {action}"
        return
    fields = action.intent.model_dump() if isinstance(action, BuyAction) else action.model_dump()
    problems = planner_mismatches({"kind": "buy", **expected}, action.kind, fields)
    assert not problems, f"{sentence!r}: {problems}"
