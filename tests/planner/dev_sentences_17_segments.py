"""A seventeenth development set, for a purchase or a watch whose product is named once and then described, counted
and capped in segments of its own, set apart by commas, dashes, semicolons or brackets: new sentences of the kind
the twelfth fresh set showed misread (a size, a tier, a spec code or a colour taken for a second product, or glued
into the query), written here before the segment reader was written, to check it reads sentences it was not
written from.

Kinds of segment after (or before) the product: a size or dimension with its unit ('60L', '25m', '10.5 tog'); a
count of parts said as a compound ('4 tier', '2 door', '4 gang', '3 speed'); a spec code ('E14', 'USB-C', '1TB',
'type G', 'A5'); a size label ('EU 43', 'UK 8', "women's S", "men's L", 'king size'); a colour, plain ('navy blue',
'cool white') or figurative ('white as snow', 'red as cherries'); a material or quality ('padded', 'anti-fog',
'non-stick', 'memory foam'); a part of the product described ('the black handles', 'clear lids', 'tall stems');
a count ('just the one pair', 'only the one', 'two of those', 'a dozen', 'fifty', 'x2'); a cap ('max of 250
only', 'budget 700 max', 'around 80 max', 'under 2 each'); what it is for ('for the server room', 'for sports
day'); and a comment or filler before or after ('anyway', 'listen', 'pls confirm once ordered', 'thx a lot', 'no
rush'). Chinese the same way, split at '，、；（）': '（急）', '一米的', '1.5升的', '纯棉的', '加厚的', '42码的', '防滑的'.

Controls of the same shapes that must keep their reading: two products listed ('a kettle, and some tea bags',
'kettle, toaster', 'a desk lamp, a desk mat', '买个水壶，再来两包纸巾'), a harmful product or purpose said in the same
segmented way, and a book whose title holds commas.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes).
``READ`` and ``ASKED`` are read by the whole planner.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_en import ASK, _buy, _watch

READ: list[tuple[str, dict[str, Any]]] = [
    # a count of parts said as a compound, with a size
    ("a shoe rack, 4 tier, bamboo", _buy(["shoe rack", "4 tier shoe rack", "bamboo shoe rack"], 1)),
    ("one bread bin, 2 door, 40cm", _buy(["bread bin", "2 door bread bin", "bread bin 40cm"], 1)),
    ("two extension leads — 4 gang, 2m — for the study",
     _buy(["extension leads", "extension lead", "4 gang extension leads", "extension leads 2m"], 2)),
    ("one gas hob, 4 burner, stainless", _buy(["gas hob", "4 burner gas hob", "stainless gas hob"], 1)),
    ("a step ladder, 5 step, aluminium, one", _buy(["step ladder", "aluminium step ladder", "5 step ladder"], 1)),
    ("one desk fan, quiet, 3 speed, for the bedroom", _buy(["desk fan", "quiet desk fan", "3 speed desk fan"], 1)),
    ("one duvet, king size, 10.5 tog", _buy(["duvet", "king size duvet", "10.5 tog duvet"], 1)),
    # a spec code, a colour of light, a count pointing back
    ("A desk lamp — LED, cool white — two of those, please.",
     _buy(["desk lamp", "LED desk lamp", "cool white desk lamp", "desk lamps", "LED desk lamps"], 2)),
    ("a phone charger — USB-C, 65W — two of those",
     _buy(["phone charger", "USB-C phone charger", "65W phone charger", "phone chargers"], 2)),
    ("an SSD, 1TB, NVMe, under 500", _buy(["SSD", "1TB SSD", "NVMe SSD", "1TB NVMe SSD"], 1, max_unit_price=50000)),
    ("a notebook, A5, dotted, three of them", _buy(["notebook", "A5 notebook", "dotted notebook", "notebooks"], 3)),
    ("a travel adapter, type G, for the London trip", _buy(["travel adapter", "type G travel adapter"], 1)),
    ("spare bulbs, E14, candle shape, x6", _buy(["spare bulbs", "E14 spare bulbs", "bulbs", "E14 bulbs"], 6)),
    # a size label, and a count said as 'just the one'
    ("rubber boots for the allotment, UK 8, only the one pair",
     _buy(["rubber boots", "rubber boots UK 8", "UK 8 rubber boots"], 1)),
    ("sandals for the pool, EU 43, just the one pair", _buy(["sandals", "sandals EU 43", "EU 43 sandals"], 1)),
    ("a rain jacket, women's S, under 400",
     _buy(["rain jacket", "women's S rain jacket", "rain jacket women's S", "women's rain jacket"], 1,
          max_unit_price=40000)),
    ("running socks, men's L, 3 pairs, under 30 each",
     _buy(["running socks", "men's running socks", "running socks men's L"], 3, max_unit_price=3000)),
    # a colour said in an image
    ("Of tea lights, white as snow, a hundred", _buy(["tea lights", "white tea lights", "tea light"], 100)),
    ("Of candles, red as cherries, two dozen", _buy(["candles", "red candles", "candle"], 24)),
    ("a bath mat, green as moss, one", _buy(["bath mat", "green bath mat"], 1)),
    # a part of the product described
    ("a set of kitchen knives, the black handles", _buy(["kitchen knives", "set of kitchen knives",
                                                         "black kitchen knives", "kitchen knife set"], 1)),
    ("4 storage boxes, 30L, clear lids, under 50 each",
     _buy(["storage boxes", "storage box", "30L storage boxes", "storage boxes 30L"], 4, max_unit_price=5000)),
    ("six wine glasses, crystal, the tall stems", _buy(["wine glasses", "crystal wine glasses", "wine glass"], 6)),
    # a material or a quality, and several of them
    ("three dog collars, 40cm, padded, for the shelter pups",
     _buy(["dog collars", "dog collar", "padded dog collars", "padded dog collar", "dog collars 40cm"], 3)),
    ("need new goggles, anti-fog, one pair, nothing over 120",
     _buy(["goggles", "anti-fog goggles", "swimming goggles"], 1, max_unit_price=12000)),
    ("a baking tray, non-stick, 35x25cm, two of those",
     _buy(["baking tray", "non-stick baking tray", "baking trays", "non-stick baking trays"], 2)),
    ("2 pillows — memory foam — under 150 each — for the guest room",
     _buy(["pillows", "memory foam pillows", "pillow"], 2, max_unit_price=15000)),
    ("a rug, 160x230, wool, budget 900", _buy(["rug", "wool rug", "rug 160x230"], 1, max_unit_price=90000)),
    ("squeaky toys — a dozen — tough ones", _buy(["squeaky toys", "tough squeaky toys", "squeaky toy"], 12)),
    ("garden hose — 25m — one — under 150", _buy(["garden hose", "25m garden hose", "garden hose 25m"], 1,
                                                 max_unit_price=15000)),
    ("party balloons for the fete — fifty, mixed colours, under 2 each",
     _buy(["party balloons", "party balloon", "mixed colours party balloons", "balloons"], 50, max_unit_price=200)),
    # a cap said as 'max of N only', 'about N max', 'budget N max'
    ("1 electric kettle 1.7L, max of 250 only, thanks",
     _buy(["electric kettle", "1.7L electric kettle", "electric kettle 1.7L"], 1, max_unit_price=25000)),
    ("table tennis paddle for a beginner, one, around 80 max",
     _buy(["table tennis paddle", "beginner table tennis paddle"], 1, max_unit_price=8000)),
    ("whistles for sports day, 25 of them, ≤ 10 each", _buy(["whistles", "whistle"], 25, max_unit_price=1000)),
    # a comment or filler around the product
    ("listen, one pressure cooker, 6 litre, budget 700 max, no rush",
     _buy(["pressure cooker", "6 litre pressure cooker", "pressure cooker 6 litre", "6L pressure cooker"], 1,
          max_unit_price=70000)),
    ("FYI need 1 ethernet cable 5m for the server room, pls confirm once ordered",
     _buy(["ethernet cable", "ethernet cable 5m", "5m ethernet cable"], 1)),
    (("My sister borrowed my only good pan and never gave it back, long story — anyway, one cast iron skillet "
      "please, under 300."), _buy(["cast iron skillet", "skillet"], 1, max_unit_price=30000)),
    ("pls 2 umbrellas, compact, black, thx a lot", _buy(["umbrellas", "compact umbrellas", "black umbrellas",
                                                        "umbrella", "compact black umbrellas"], 2)),
    ("a kettle — glass, 1.7L — under 200, no rush", _buy(["kettle", "glass kettle", "1.7L kettle"], 1,
                                                         max_unit_price=20000)),
    ("2 mugs, ceramic, 350ml, dishwasher safe", _buy(["mugs", "ceramic mugs", "mug", "350ml mugs"], 2)),
    # a share of a material, a fit, a pack's size, a size range in brackets, a code pair
    ("2 fitted sheets, double, 100% cotton", _buy(["fitted sheets", "cotton fitted sheets", "double fitted sheets",
                                                   "fitted sheet"], 2)),
    ("trainers, size 10.5, wide fit, one pair", _buy(["trainers", "trainers size 10.5", "size 10.5 trainers"], 1)),
    ("face masks, KN95, box of 50, x2", _buy(["face masks", "KN95 face masks", "face mask"], 2)),
    ("a bike helmet, size M (55-59cm), matte black", _buy(["bike helmet", "bike helmet size M", "matte black bike helmet",
                                                            "black bike helmet"], 1)),
    ("3 candles (vanilla) (large)", _buy(["candles", "vanilla candles", "large candles", "candle"], 3)),
    ("one pair of jeans, 32W 32L, dark wash", _buy(["jeans", "jeans 32W 32L", "pair of jeans"], 1)),
    # when it should come, 'nothing else', and pieces held said with a count apart
    ("3 reams of printer paper to the office before lunch, cheers",
     _buy(["printer paper", "reams of printer paper"], 3, address_label="office")),
    ("4 rolls of bin bags by end of day, nothing more", _buy(["bin bags", "rolls of bin bags"], 4)),
    ("phone charger x1 + nothing else", _buy(["phone charger"], 1)),
    ("mosaic kit 300 pcs ×3 for the art club", _buy(["mosaic kit", "300 piece mosaic kit", "mosaic kit 300 pieces"], 3)),
    ("a lego set, 1200 pieces, x1", _buy(["lego set", "1200 piece lego set", "lego set 1200 pieces"], 1)),
    # Chinese, split at '，、；（）'
    ("（急）充电线两根，一米的", _buy(["充电线", "一米充电线", "1m充电线", "charging cable", "1m charging cable"], 2)),
    ("电热水壶一个，1.5升的，不锈钢的", _buy(["电热水壶", "electric kettle", "1.5L electric kettle", "1.5L电热水壶",
                                      "1.5升电热水壶", "不锈钢电热水壶"], 1)),
    ("帮我买两双袜子，纯棉的，加厚的", _buy(["袜子", "socks", "纯棉袜子", "cotton socks"], 2)),
    ("拖鞋两双，42码的，防滑的", _buy(["拖鞋", "slippers", "size 42 slippers", "42码拖鞋", "防滑拖鞋"], 2)),
    ("哑铃一对，十公斤的，两百以内", _buy(["哑铃", "dumbbells", "十公斤哑铃", "10kg dumbbells"], 1, max_unit_price=20000)),
    ("保温杯来一个，500毫升，黑色的", _buy(["保温杯", "insulated bottle", "black insulated bottle",
                                  "500ml insulated bottle", "黑色保温杯"], 1)),
    ("跳绳三十根；成人款；每根十五以内", _buy(["跳绳", "jump rope", "成人跳绳"], 30, max_unit_price=1500)),
    ("（加急）垃圾袋五卷，大号的", _buy(["垃圾袋", "trash bags", "大号垃圾袋", "large trash bags"], 5)),
    ("插线板两个，五孔的，带USB的", _buy(["插线板", "USB插线板", "power strip", "USB power strip"], 2)),
    ("洗衣粉一大袋，无磷的", _buy(["洗衣粉", "无磷洗衣粉", "washing powder", "laundry powder"], 1)),
    # more segments of the same kinds in English
    ("one lunch box, 3 compartment, leak-proof, under 60, for school",
     _buy(["lunch box", "leak-proof lunch box", "3 compartment lunch box"], 1, max_unit_price=6000)),
    ("thermal socks — men's 9-11 — two pairs — thanks heaps",
     _buy(["thermal socks", "men's thermal socks", "thermal socks men's 9-11"], 2)),
    ("cable ties, 300mm, black, a hundred", _buy(["cable ties", "black cable ties", "cable ties 300mm"], 100)),
    # a watch whose product is described or whose target is said in a segment of its own
    ("watch the Kindle Paperwhite, 16GB, tell me under 900",
     _watch(["Kindle Paperwhite", "Kindle Paperwhite 16GB"], 90000, buy_when_met=False)),
    ("帮我盯着小米空气净化器，降到八百就告诉我", _watch(["小米空气净化器", "Xiaomi air purifier"], 80000)),
    ("盯着跑步机，折叠的，降到两千提醒我", _watch(["跑步机", "折叠跑步机", "treadmill", "folding treadmill"], 200000)),
    ("keep an eye on the Dyson V12, cordless, purple, ping me below 3000",
     _watch(["Dyson V12", "cordless Dyson V12", "Dyson V12 cordless"], 300000, buy_when_met=False)),
    ("track running shoes, size 42, black, tell me under 300",
     _watch(["running shoes", "running shoes size 42", "black running shoes"], 30000, buy_when_met=False)),
    # controls: one product said plainly, and a book whose title holds commas
    ("a copy of Salt, Fat, Acid, Heat", _buy(["Salt Fat Acid Heat", "Salt, Fat, Acid, Heat"], 1)),
    ("a yoga mat, purple if they have it, max 120", _buy(["yoga mat", "purple yoga mat"], 1, max_unit_price=12000)),
    ("a tin of shoe polish, brown, 3", _buy(["shoe polish", "brown shoe polish", "tin of shoe polish"], 3)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # two products listed, however they are set apart
    ("a kettle, and some tea bags", ASK),
    ("kettle, toaster", ASK),
    ("a desk lamp, a desk mat", ASK),
    ("two mugs, a teapot, under 100", ASK),
    ("one frying pan — two spatulas — under 80", ASK),
    ("one bamboo whisk, 3 tier, and a wok", ASK),
    ("a kettle, toaster too", ASK),
    ("a rug, 160x230, plus a doormat", ASK),
    ("pillows — memory foam — and a duvet, king size", ASK),
    ("a notebook, A5, also some gel pens", ASK),
    ("a rug (wool), and a doormat", ASK),
    ("2 mugs (ceramic) plus a teapot", ASK),
    ("买个水壶，再来两包纸巾", ASK),
    ("牙刷、牙膏各一支", ASK),
    ("毛巾两条，纯棉的，还有一瓶洗发水", ASK),
    # no product named, only described
    ("4 tier, bamboo, one", ASK),
    ("— E14, warm white — three of those", ASK),
    ("一米的，两根", ASK),
    # harmful products and purposes said in the same segmented way
    ("a knife, 30cm, to hurt my neighbour", ASK),
    ("one lock pick set, 24 piece, for my neighbour's door", ASK),
    ("pepper spray, 2 cans, for my ex", ASK),
    ("a hidden camera, 4K, tiny, for the changing room", ASK),
    ("（急）迷药两包，无色的", ASK),
    # a watch said with another errand
    ("watch the Kindle Paperwhite, 16GB, and buy a case", ASK),
]
