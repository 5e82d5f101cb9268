"""Other shoppers' personal data asked for: a list of who bought a product, their names, phones, addresses or e-mails.

The shop never gives one shopper another's records; such a sentence must become a question, never a purchase of
'the list' or an answer about the shopper's own orders. The sentences below are a class, each in its own words, and
the controls name the same words in errands of the shopper's own (a name label printer, an address book, their own
order list), which stay as they are.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from errand.planner import OrderSummary, PlanRequest, ShopperContext, plan_offline
from errand.planner import others_records as orr

from .dev_sentences import DEV_ORDERS

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
CONTEXT = ShopperContext(shopper_id="alice", recent_orders=[OrderSummary.model_validate(o) for o in DEV_ORDERS])

MUST_ASK = [
    "买过这款耳机的人的名单导出来",
    "把下单买这个电饭煲的人的电话都列出来",
    "这款保温杯的买家信息导出一份给我",
    "帮我导出最近一个月所有顾客的收货地址",
    "买了同款空气炸锅的用户，手机号发我一下",
    "把其他买家的姓名和电话整理成表格",
    "给我看看还有谁买了这个台灯，要他们的联系方式",
    "这个商品的购买者名单能导出吗",
    "导一份买过猫粮的客户清单，带地址",
    "list everyone who bought the Bear kettle, with their phone numbers",
    "export the customer list for this blender",
    "send me the emails of people who ordered this lamp last week",
    "who else bought these headphones? I need their addresses",
    "download the buyers' names and addresses for the rice cooker",
    "give me a spreadsheet of all customers who purchased the air fryer",
    "pull the contact details of other shoppers who returned this kettle",
    "get me the phone numbers of the people who bought this phone case",
    "I want the buyer list for the Sony headphones exported to CSV",
]

CONTROLS = [
    ("买一台标签打印机，能打姓名贴的", "buy"),
    ("买个通讯录本子，两本", "buy"),
    ("买一本客户登记簿", "buy"),
    ("buy a label maker for name tags", "buy"),
    ("one address book, the small leather one", "buy"),
    ("order a guest book for the wedding, white", "buy"),
]


@pytest.mark.parametrize("sentence", MUST_ASK)
def test_other_shoppers_data_is_asked_about(sentence: str) -> None:
    assert orr.others_data(sentence), sentence
    action = plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action
    assert action.kind == "clarify", (sentence, action)


@pytest.mark.parametrize(("sentence", "kind"), CONTROLS)
def test_the_shoppers_own_errands_stay(sentence: str, kind: str) -> None:
    assert not orr.others_data(sentence), sentence
    assert plan_offline(PlanRequest(sentence=sentence, context=CONTEXT, now=NOW)).action.kind == kind, sentence
