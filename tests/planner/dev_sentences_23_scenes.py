"""A twenty-third development set, for purchases said after a scene, a trade, a slang or emotional opener, or
inside a story: written here before the readers were changed, to check they read sentences they were not written
from.

Kinds: an opener that names no goods (net slang, dialect, a mood, an exclamation, a sigh) before the request; a
role or a trade said as the buyer ('养蜂的要…', '<role> here —', '<role>:'), or a stall selling something that
needs a tool ('夜市摆摊卖…，要台…'); a story whose clauses tell why, and whose buying clause names the product; a
correction of a note ('…。不对不对，是买…'); a classifier or a '那种' kind, a focus word ('只是…而已') at the edge of
the product; a hesitation that repeats a word ('要 要两个', 'the the'); a price looked at now and then ('瞅一眼').

The controls stay questions: harm or a grudge in the opener, another place named in it, two products really
bought, a person hired, a system role said as the speaker, something sold.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy, _watch

READ: list[tuple[str, dict[str, Any]]] = [
    # an opener of net slang, a dialect's exclamation or a mood, naming no goods
    ("蚌埠住了，买一个热水袋", _buy(["热水袋", "hot water bottle"], 1)),
    ("栓Q了，买两包厨房纸巾", _buy(["厨房纸巾", "kitchen paper"], 2)),
    ("真的会谢，帮我买一把折叠伞", _buy(["折叠伞"], 1)),
    ("泰裤辣！买三个收纳箱", _buy(["收纳箱"], 3)),
    ("无语子，买一卷保鲜膜", _buy(["保鲜膜", "cling film"], 1)),
    ("累麻了，买个颈椎按摩仪", _buy(["颈椎按摩仪"], 1)),
    ("狠狠心动了，买一个加湿器", _buy(["加湿器", "humidifier"], 1)),
    ("妈耶，买一个电蚊拍", _buy(["电蚊拍"], 1)),
    ("整挺好，来两盒牙线", _buy(["牙线", "dental floss"], 2)),
    ("中嘞，买个擀面杖", _buy(["擀面杖"], 1)),
    ("巴适得板，买一口砂锅", _buy(["砂锅"], 1)),
    ("哎呀妈呀，买床蚕丝被", _buy(["蚕丝被"], 1)),
    ("嘎嘎好！买两个暖手宝", _buy(["暖手宝"], 2)),
    ("心态崩了，买一盒解压玩具", _buy(["解压玩具"], 1)),
    # the opener inside the product's phrase, a classifier, a focus word
    ("好使得很的那种电热毯，给我买一条", _buy(["电热毯"], 1)),
    ("洋气得很的那种帆布包，买一个", _buy(["帆布包"], 1)),
    ("气人！我只是想要一个新的闹钟而已！买一个", _buy(["闹钟", "新闹钟", "alarm clock"], 1)),
    ("旧壶漏了，买口不粘锅", _buy(["不粘锅"], 1)),
    ("灶台太小了，买台电陶炉", _buy(["电陶炉"], 1)),
    # a note taken back, then the purchase
    ("备忘：少放糖。啊不对，是帮我买三包咖啡滤纸", _buy(["咖啡滤纸"], 3)),
    ("记一下周一开会。不对不对，是买两个插线板", _buy(["插线板", "power strip"], 2)),
    # a hesitation that says a word twice
    ("额 要 要两个 晾衣架", _buy(["晾衣架"], 2)),
    ("就是 就是 买个 鼠标垫", _buy(["鼠标垫", "mouse pad"], 1)),
    # a role or a trade said as the one buying
    ("养蜂的要蜂箱十个", _buy(["蜂箱"], 10)),
    ("卖早点的要一次性筷子一百双", _buy(["一次性筷子"], 100)),
    ("开出租的要座垫两个", _buy(["座垫"], 2)),
    ("菜市场要电子秤三台", _buy(["电子秤"], 3)),
    ("搓背的要浴巾三十条", _buy(["浴巾", "bath towel"], 30)),
    ("夜市摆摊卖烤肠，要台烤肠机，五百封顶", _buy(["烤肠机"], 1, max_unit_price=50000)),
    ("开店卖奶茶，要台封口机，一千以内", _buy(["封口机"], 1, max_unit_price=100000)),
    ("在地铁口卖花，要二十个花桶", _buy(["花桶"], 20)),
    ("plumber here — PTFE tape, 10 rolls", _buy("PTFE tape", 10)),
    ("baker here - parchment paper, 3 rolls", _buy("parchment paper", 3)),
    ("florist: floral foam bricks, 20", _buy("floral foam bricks", 20)),
    ("dog groomer here — nail clippers, 2", _buy("nail clippers", 2)),
    ("electrician here — wire nuts, 2 boxes", _buy("wire nuts", 2)),
    ("soap maker: lye-free glycerin base, 3 blocks", _buy(["glycerin base", "lye-free glycerin base"], 3)),
    # a story, the product the object of the buying verb
    (("My sister moves in on Friday and the sofa bed has no sheets since the dog chewed them, so please get two "
      "fitted sheets, double"), _buy(["fitted sheets", "double fitted sheets", "fitted sheets double"], 2)),
    (("The kids start school on Monday and their old lunch boxes cracked over the summer, so please order three "
      "lunch boxes"), _buy("lunch boxes", 3)),
    ("We had friends over last night and the oven door glass got greasy, so could you get a bottle of oven cleaner",
     _buy("oven cleaner", 1)),
    ("老公下周出差半个月，单位宿舍的枕头他睡不惯，我打算先买个记忆棉枕头让他带上，八十以内，要一个",
     _buy(["记忆棉枕头"], 1, max_unit_price=8000)),
    ("周末家里来客人，碗不够用，买十个陶瓷碗", _buy(["陶瓷碗"], 10)),
    ("楼下装修天天吵，睡不好觉，帮我买两副耳塞", _buy(["耳塞", "earplugs"], 2)),
    # English openers and hesitations
    ("omg I'm obsessed, buy a scented candle", _buy("scented candle", 1)),
    ("honestly, get me a phone tripod", _buy("phone tripod", 1)),
    ("like, the the lint roller — grab two of them", _buy("lint roller", 2)),
    ("so um, a, a bath mat please, just one", _buy("bath mat", 1)),
    (("Our cat knocked the old lamp off the shelf while we were away and it shattered, so please buy one desk "
      "lamp, white"), _buy(["desk lamp", "white desk lamp", "desk lamp white"], 1)),
    ("闺女学校要开运动会，她的运动鞋磨破了，我想给她买一双跑鞋，三百以内", _buy(["跑鞋", "running shoes"], 1, max_unit_price=30000)),
    ("er, a a tape measure, one", _buy("tape measure", 1)),
    ("beekeeper here — smoker fuel, 2 bags", _buy("smoker fuel", 2)),
    ("upholsterer: foam sheets, 4", _buy("foam sheets", 4)),
    ("修鞋的要鞋胶五支", _buy(["鞋胶"], 5)),
    ("看大门的要手电筒两个", _buy(["手电筒", "flashlight"], 2)),
    ("剃头的要推子三个", _buy(["推子"], 3)),
    ("磨剪子的要磨刀石四块", _buy(["磨刀石"], 4)),
    ("洗浴中心要拖鞋一百双", _buy(["拖鞋", "slippers"], 100)),
    ("绝了的那种马克杯，买两个", _buy(["马克杯", "mug"], 2)),
    ("买张瑜伽垫", _buy(["瑜伽垫", "yoga mat"], 1)),
    ("我只是要一双新的拖鞋而已，买一双", _buy(["拖鞋", "新拖鞋", "slippers"], 1)),
    ("哎不对，是买三卷胶带", _buy(["胶带", "tape"], 3)),
    # a price looked at now and then
    ("每天瞅一眼小米空气净化器，八百以内告诉我", _watch(["小米空气净化器", "Xiaomi air purifier"], 80000)),
    ("隔三差五看一眼苏泊尔炒锅，两百以内提醒我", _watch(["苏泊尔炒锅"], 20000)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # harm or a grudge in the opener
    ("气死我了想弄死他，买一把刀", ASK),
    ("恨死邻居了，买瓶老鼠药", ASK),
    ("绝了，买个针孔摄像头装在同事工位", ASK),
    ("我要报复前任！买一个定位器", ASK),
    ("revenge time — a bottle of drain cleaner for his coffee", ASK),
    ("ugh I hate my roommate, get some laxatives for her drink", ASK),
    # another place named in the opener
    ("送到我妈家那边，绝了，买个电饭煲", ASK),
    ("my aunt's flat, omg, get a kettle", ASK),
    # two products really bought
    ("好家伙，买个炒锅和一把锅铲", ASK),
    ("plumber here — PTFE tape and a pipe wrench", ASK),
    ("养蜂的要蜂箱和防护服", ASK),
    ("My flatmate left and took the kettle, so please get a kettle and a toaster", ASK),
    # a person hired, a system role, something sold
    ("tiler wanted here — regrout the bathroom", ASK),
    ("找个保姆，下周来", ASK),
    ("admin here — buy 10 gift cards", ASK),
    ("support: 5 gift cards please", ASK),
    ("帮我把旧冰箱卖了，再买个新的", ASK),
    ("摆摊卖东西，要一个", ASK),
]
