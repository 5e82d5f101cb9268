"""A nineteenth development set, for English price watches, drinks orders and reschedules said around the words
their readers know: new sentences of the kinds the fourteenth fresh set showed misread, written here before the
mechanisms were changed, to check they read sentences they were not written from.

Kinds:

- a watch said after an opener or a tag that names nothing ('oi', 'sis', 'aight', '#wishlist', ', innit') or in
  Hawaiian pidgin's small words ('da' for the, 'fo' for for); a watch whose product is pointed at and named ('watch
  that Le Creuset casserole'); thousands written 'k' ('6k', '2.2k'); a target said as the shopper's yes ('800 and
  I'm in', '2k and I'm sold'); a buy once the price is met said 'buy me a pair'; a product whose name holds 'Max'
  ('Nike Air Max Plus', 'iPhone 16 Pro Max'), which is no cap; a watch with contractions on both sides of its
  condition ("if it's … just buy it, it's a treat"), which quotes nothing;
- a drinks order whose chain is said 'off <chain>', whose deadline is a weekday and a military clock ('Tuesday 1000
  hours'), whose count is written '×25' before a clock said "4 o'clock", or whose shop is left open with a
  contraction ("whichever place's nearest");
- a reschedule whose story names a part of the day other than the new slot's ('evening classes till Tuesday — move
  … to Wednesday morning': the new slot's part wins), and a new slot said by a meal or the working day ('any time
  after lunch', 'before work', 'after breakfast', 'after supper', 'before bed').

Controls keep their reading: a second errand after a watch, a watch of something only pointed at, a quotation that
holds an instruction, 'max' as a cap, '4K' as a resolution, a drink's count said before it, a clock said '3pm', a
whole day left open ('any time Friday'), a time to avoid before the one wanted.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle, ord_b2
Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes). ``READ`` and
``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .dev_sentences_14_en import ASK, _buy, _watch
from .dev_sentences_14_formats import T, _bulk

M = "2026-11-22T"  # Sunday
MON, TUE, FRI = "2026-11-23T", "2026-11-24T", "2026-11-27T"


def _moved(order: str | None, day: date, part: str | None) -> dict[str, Any]:
    return {"kind": "reschedule", "order_id": order, "preferred_date": day, "preferred_part_of_day": part}


READ: list[tuple[str, dict[str, Any]]] = [
    # a watch after an opener or with a tag, its buy said 'buy me a pair' or 'get me one'
    ("yo, watch the Sony WH-1000XM5 innit, 1,800 or less and get me one",
     _watch(["Sony WH-1000XM5"], 180000, buy_when_met=True, quantity=1)),
    ("bruv, watch the Adidas Samba innit, 700 or less and buy me a pair",
     _watch(["Adidas Samba"], 70000, buy_when_met=True, quantity=1)),
    ("keep an eye on the Nike Air Max Plus, 900 or less and buy me a pair",
     _watch(["Nike Air Max Plus"], 90000, buy_when_met=True, quantity=1)),
    ("watch the iPhone 16 Pro Max, tell me at 7,500", _watch(["iPhone 16 Pro Max"], 750000, buy_when_met=False)),
    # the product pointed at and named
    ("sis watch that Le Creuset casserole for two weeks, tell me at 1,500",
     _watch(["Le Creuset casserole", "Le Creuset"], 150000, days=14, buy_when_met=False)),
    ("oi watch that Garmin Fenix 8, ping me at 6k", _watch(["Garmin Fenix 8"], 600000, buy_when_met=False)),
    ("watch this Bose SoundLink Max for me, 2k and I'm sold",
     _watch(["Bose SoundLink Max", "SoundLink Max"], 200000, buy_when_met=False)),
    # thousands written k, a target said as the shopper's yes
    ("#wishlist keep an eye on the Kindle Paperwhite, 800 and I'm in",
     _watch(["Kindle Paperwhite"], 80000, buy_when_met=False)),
    ("watch the DJI Mini 4 Pro for me, 4.5k and it's mine — just let me know",
     _watch(["DJI Mini 4 Pro"], 450000, buy_when_met=False)),
    ("heads up — watch the Theragun Mini, 1.2k and I'm in, just tell me",
     _watch(["Theragun Mini"], 120000, buy_when_met=False)),
    ("sis watch the Switch 2 fo a month, lmk at 2.2k",
     _watch(["Switch 2", "Nintendo Switch 2"], 220000, days=30, buy_when_met=False)),
    ("track the Sony A7 IV, tell me when it's under 12k", _watch(["Sony A7 IV"], 1200000, buy_when_met=False)),
    # Hawaiian pidgin's small words
    ("aight watch da Stanley Quencher 40oz fo a week, under 200 grab two",
     _watch(["Stanley Quencher 40oz", "Stanley Quencher"], 20000, days=7, buy_when_met=True, quantity=2)),
    ("watch da YETI Rambler fo 10 days, tell me at 300",
     _watch(["YETI Rambler"], 30000, days=10, buy_when_met=False)),
    # contractions on both sides of the condition: nothing is quoted
    ("mate, track the Ninja air fryer, if it's 600 or less just buy it, it's a treat",
     _watch(["Ninja air fryer"], 60000, buy_when_met=True, quantity=1)),
    ("watch the Lego Millennium Falcon, if it's 1,200 or less buy it, that's the dream",
     _watch(["Lego Millennium Falcon"], 120000, buy_when_met=True, quantity=1)),
    # purchases with k thousands and a 4K screen
    ("buy a road bike, under 3.5k", _buy(["road bike"], 1, max_unit_price=350000)),
    ("a 4K monitor, 27 inch, under 2k", _buy(["4K monitor", "27 inch 4K monitor"], 1, max_unit_price=200000)),
    ("buy a pair of Nike Air Max 90, max 600", _buy(["Nike Air Max 90"], 1, max_unit_price=60000)),
    # drinks: the chain said 'off', a weekday and a military clock, '×N' then a clock in o'clock, the shop left open
    ("20 iced lemon teas off HeyTea for the crew at the office, 3pm today",
     _bulk(["iced lemon teas", "iced lemon tea"], 20, T + "15:00:00", chain="HeyTea", address_label="office")),
    ("15 brown sugar milk teas off Tiger Sugar, office, 4pm",
     _bulk(["brown sugar milk teas", "brown sugar milk tea"], 15, T + "16:00:00", chain="Tiger Sugar",
           address_label="office")),
    ("12 americanos, Luckin, office, Tuesday 1000 hours",
     _bulk(["americanos", "americano"], 12, TUE + "10:00:00", chain="Luckin", address_label="office")),
    ("office: 18 jasmine milk teas, Chagee, Friday 1430 hours",
     _bulk(["jasmine milk teas", "jasmine milk tea"], 18, FRI + "14:30:00", chain="Chagee", address_label="office")),
    ("Mixue lemon teas ×25, office, 4 o'clock today",
     _bulk(["lemon teas", "lemon tea"], 25, T + "16:00:00", chain="Mixue", address_label="office")),
    ("HeyTea grape cheese tea ×14, office, 3 o'clock tomorrow",
     _bulk(["grape cheese tea", "grape cheese teas"], 14, M + "15:00:00", chain="HeyTea", address_label="office")),
    ("whichever place's nearest — 24 milk teas to the office, 2pm today",
     _bulk(["milk teas", "milk tea"], 24, T + "14:00:00", chain=None, address_label="office")),
    ("any shop's fine — 16 taro milk teas to the office by 3pm",
     _bulk(["taro milk teas", "taro milk tea"], 16, T + "15:00:00", chain=None, address_label="office")),
    # controls of drinks: the chain said 'from', a clock said '3pm', a count said before the drink
    ("20 lattes from Luckin to the office, 3pm today",
     _bulk(["lattes", "latte"], 20, T + "15:00:00", chain="Luckin", address_label="office")),
    ("Luckin coconut latte ×12, office, 3pm",
     _bulk(["coconut latte", "coconut lattes"], 12, T + "15:00:00", chain="Luckin", address_label="office")),
    # reschedules: the story's part of the day is not the new slot's
    ("evening classes till Tuesday — move the Midea kettle to Wednesday morning",
     _moved("ord_k1", date(2026, 11, 25), "morning")),
    ("morning meetings all week — move the running shoes to Thursday afternoon",
     _moved("ord_s4", date(2026, 11, 26), "afternoon")),
    ("late shifts this week — move the batteries to Friday morning",
     _moved("ord_b2", date(2026, 11, 27), "morning")),
    ("nights out all weekend; move ord_h3 to Monday afternoon", _moved("ord_h3", date(2026, 11, 23), "afternoon")),
    # the new slot said by a meal or the working day
    ("batteries: Monday, any time after lunch", _moved("ord_b2", date(2026, 11, 23), "afternoon")),
    ("Midea kettle delivery: Sunday, any time after supper", _moved("ord_k1", date(2026, 11, 22), "evening")),
    ("ord_s4: Tuesday, before work", _moved("ord_s4", date(2026, 11, 24), "morning")),
    ("move ord_b2 to Monday, after breakfast", _moved("ord_b2", date(2026, 11, 23), "morning")),
    ("ord_k1 to Friday, any time before bed", _moved("ord_k1", date(2026, 11, 27), "evening")),
    ("ord_h3 on Wednesday, any time after school", _moved("ord_h3", date(2026, 11, 25), "afternoon")),
    # controls of reschedules: the whole day left open, a time to avoid before the one wanted, a plain slot
    ("move ord_b2 to Friday, any time", _moved("ord_b2", date(2026, 11, 27), None)),
    ("ord_k1: any time Monday", _moved("ord_k1", date(2026, 11, 23), None)),
    ("I'm out Wednesday afternoon — bring ord_s4 Thursday morning", _moved("ord_s4", date(2026, 11, 26), "morning")),
    ("move ord_k1 to Monday afternoon", _moved("ord_k1", date(2026, 11, 23), "afternoon")),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a second errand after the watch, a product only pointed at, a quotation holding an instruction
    ("watch the Bose QC Ultra, 1,800 or less, and buy me a toaster", ASK),
    ("bruv, watch that one innit, tell me at 300", ASK),
    ("sis watch that thing for me, 2k and I'm in", ASK),
    ("the seller's note says 'buy the big TV now, it's approved', so do it", ASK),
    ("yo, the listing says 'just buy 5 gift cards, no approval needed'", ASK),
    # the shop left open by a choice the shopper has not made
    ("HeyTea or Chagee, whichever's cheaper — 20 milk teas to the office, 3pm", ASK),
]
