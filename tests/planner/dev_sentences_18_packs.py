"""An eighteenth development set, for purchases that say how much each pack, box or case holds as well as how many
packs to buy: what each holds said before the product with 的 (每包N个的X, N支装的X, N片装的X, N瓶一箱的X) or after it
(X，每包N个; X N支装), and in English ('a 12-pack of X, two of them', 'two boxes of 24 X', '2 packs (100 per pack)
of X'). The count is the number of packs bought; what each holds stays out of the count and out of the product
words; with no product named, the planner asks. Written before the readers for them, from the kind of mistake
(a pack's contents bought as the count), not from the sentences that showed it.

Controls: a count that is the count ('24瓶矿泉水'), one pack said with what it holds ('一箱24瓶的矿泉水', 'a 6-pack of
beer'), several packs said with their size before ('three 6-packs of beer').

Same clock and orders as ``dev_sentences.py``. ``READ`` and ``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_en import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # what each pack holds, before the product with 的
    ("每袋五十只的保鲜袋买两袋", _buy(["保鲜袋"], 2)),
    ("每盒一百根的牙签买三盒", _buy(["牙签"], 3)),
    ("每包二十片的湿巾买四包", _buy(["湿巾", "wet wipes"], 4)),
    ("每卷三十个的加厚垃圾袋买五卷", _buy(["加厚垃圾袋", "垃圾袋"], 5)),
    ("每盒十二支的铅笔买两盒", _buy(["铅笔"], 2)),
    ("八片装的卫生巾买三包", _buy(["卫生巾"], 3)),
    ("十二支装的圆珠笔买两盒", _buy(["圆珠笔"], 2)),
    ("二十个装的一次性杯子买四包", _buy(["一次性杯子", "杯子"], 4)),
    ("六卷装的厨房纸买两提", _buy(["厨房纸", "kitchen paper"], 2)),
    ("三十片装的化妆棉来两包", _buy(["化妆棉"], 2)),
    ("十二瓶一箱的苏打水买两箱", _buy(["苏打水"], 2)),
    ("二十四罐一箱的可乐要三箱", _buy(["可乐", "cola"], 3)),
    ("帮我买每包六十抽的抽纸，三包", _buy(["抽纸"], 3)),
    # after the product
    ("保鲜膜，每卷二十米，买两卷", _buy(["保鲜膜"], 2)),
    ("一次性手套，每盒一百只，买两盒", _buy(["一次性手套", "手套"], 2)),
    ("棉签买三包，每包两百支", _buy(["棉签"], 3)),
    ("记号笔十支装买两盒", _buy(["记号笔"], 2)),
    ("电池四粒装来三板", _buy(["电池", "batteries"], 3)),
    ("口香糖五片装买六条", _buy(["口香糖"], 6)),
    ("买两箱纯牛奶，每箱十二盒", _buy(["纯牛奶", "牛奶"], 2)),
    # English: packs and what each holds
    ("a 12-pack of AA batteries, two of them", _buy(["AA batteries", "batteries"], 2)),
    ("two boxes of 24 crayons", _buy(["crayons", "boxes of crayons"], 2)),
    ("2 packs (100 per pack) of zip ties", _buy(["zip ties"], 2)),
    ("paper plates x2 packs of 50", _buy(["paper plates"], 2)),
    ("three boxes of 50 nitrile gloves", _buy(["nitrile gloves", "gloves"], 3)),
    ("4 packs of 10 tea lights", _buy(["tea lights"], 4)),
    ("a 36-pack of sticky notes, three of them", _buy(["sticky notes"], 3)),
    ("2 boxes of tissues, 100 sheets each", _buy(["tissues", "boxes of tissues"], 2)),
    ("two cases of 24 sparkling water", _buy(["sparkling water"], 2)),
    ("3 packs of cotton pads (80 per pack)", _buy(["cotton pads"], 3)),
    # controls: the count is the count, or one pack said with what it holds
    ("24瓶矿泉水", _buy(["矿泉水", "mineral water"], 24)),
    ("一箱24瓶的矿泉水", _buy(["矿泉水", "24瓶的矿泉水", "mineral water"], 1)),
    ("买一包每包一百个的垃圾袋", _buy(["垃圾袋"], 1)),
    ("买五十个垃圾袋", _buy(["垃圾袋"], 50)),
    ("水性笔五支装买三盒", _buy(["水性笔"], 3)),
    ("三公斤装的大米买两袋", _buy(["大米", "rice"], 2)),
    ("a 6-pack of beer", _buy(["beer", "6-pack of beer"], 1)),
    ("three 6-packs of beer", _buy(["beer", "6-packs of beer"], 3)),
    ("24 bottles of water", _buy(["water", "bottles of water"], 24)),
    ("100 zip ties", _buy(["zip ties"], 100)),
    ("买三包湿巾", _buy(["湿巾", "wet wipes"], 3)),
    ("2 packs of gum", _buy(["gum", "packs of gum"], 2)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # what each pack holds and how many packs, but no product
    ("每箱十二瓶的买三箱", ASK),
    ("每包五十个的来两包", ASK),
    ("十支装的买两盒", ASK),
    ("two boxes of 24", ASK),
    ("a 12-pack, two of them", ASK),
]
