"""A seventeenth development set, for Chinese purchases whose product is plain but said among words that are not
its name: new sentences of the kinds the twelfth fresh set showed misread, written here (other products, people
and wording) before the mechanisms were changed, to check they read sentences they were not written from.

Kinds: the pronouns, verbs and particles of Shandong, Henan, the north-east, Sichuan and Shanghai around the
product ('恁给俺买…', '给俺弄两个…', '…噻', '…中不中', '搿只…老灵额'), and 以里 for 以内; exclamations and chat slang
before it ('哎呀妈呀，…', '咋整啊，…', '闭眼冲！…') and praise said of it in a remark before 'buy one' ('这款拖鞋老灵额，帮我买两双',
'被这款吸尘器种草了，…', '室友说这款台灯包的，…'); a time word before a thing used up or lost ('前儿…用完了', '夜来…丢了');
voice-input slips of the verb and the place (埋 for 买 before a count, 公斯 and 工司 for 公司); where the product is
kept or what it goes with, said before it ('书房门口的地毯', '旗袍配的耳环'), a shop restocking ('花店再进…',
'奶茶店换一批…'), a shop at a saved address said in brackets ('理发店（公司）'), and a purpose after it ('当奖品');
a pack size said after the product ('洗衣粉一大袋，无磷的那种'); the address said first ('送公司，打印纸三箱'); letters,
digits and signs typed full-width ('ＵＳＢ线', 'Ｔｙｐｅ－Ｃ') and an urgency aside ('（急）'). Controls: products whose
own names hold these characters (整理箱, 包包, 进口牛奶, 夜来香, 哈密瓜, 埋地灯, 订书机, 香皂 counted in 块). Must-asks: the
same framings with no product, harm behind a verb of getting, an address nobody saved, and 埋 that is no purchase.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai; ord_k1 Midea kettle,
ord_b2 Nanfu AA batteries, ord_h3 Sony headphones and a Bear glass kettle, ord_s4 Li-Ning running shoes); the
shopper is ``alice``. ``ALL`` is read by the whole planner; ``ASKED`` must stay questions.
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_zh import ASK, _buy, _watch

BUY: list[tuple[str, dict[str, Any]]] = [
    # pronouns, verbs of getting and particles of the regions, around the product; 以里 for 以内
    ("恁给俺买个电饭锅，三百以里", _buy(["电饭锅", "rice cooker"], 1, max_unit_price=30000)),
    ("给俺弄两个晾衣架，不锈钢的", _buy(["晾衣架", "不锈钢晾衣架"], 2)),
    ("恁帮俺整一箱牛奶，送公司", _buy(["牛奶", "milk"], 1, address_label="office")),
    ("弄俩鼠标垫，厚点的", _buy(["鼠标垫", "mouse pad"], 2)),
    ("俺娘要个电热毯，两百以里", _buy(["电热毯", "electric blanket"], 1, max_unit_price=20000)),
    ("恁给俺买双棉拖鞋，一百以里", _buy(["棉拖鞋", "拖鞋", "slippers"], 1, max_unit_price=10000)),
    ("恁给俺整俩护膝，送家去", _buy(["护膝", "knee pads"], 2, address_label="home")),
    ("来三盒棉签噻", _buy(["棉签", "cotton swabs"], 3)),
    ("帮我买个保温杯哈，三百以内", _buy(["保温杯", "insulated bottle"], 1, max_unit_price=30000)),
    ("老铁们，帮我买个充电宝，中不中", _buy(["充电宝", "power bank"], 1)),
    ("搿只电风扇老灵额，帮我买一只", _buy(["电风扇", "electric fan"], 1)),
    # an exclamation, then a thing used up and the request
    ("哎呀妈呀，洗洁精又用完了，买两瓶", _buy(["洗洁精", "dish soap"], 2)),
    ("咋整啊，牙膏没了，买三支", _buy(["牙膏", "toothpaste"], 3)),
    ("哎哟喂，卷纸用光了，来两提", _buy(["卷纸", "toilet paper"], 2)),
    # chat slang and praise said of the product before 'buy one'
    ("绝了，这款洗面奶yyds，再来两支", _buy(["洗面奶", "facial cleanser"], 2)),
    ("种草了这个蓝牙耳机，帮我下单一个", _buy(["蓝牙耳机", "bluetooth earbuds", "bluetooth headphones"], 1)),
    ("被这款吸尘器种草了，帮我买一台", _buy(["吸尘器", "vacuum cleaner"], 1)),
    ("室友说这款台灯包的，帮我也买一个", _buy(["台灯", "desk lamp"], 1)),
    ("闭眼冲！洗衣液两桶，薰衣草味的", _buy(["洗衣液", "薰衣草洗衣液", "laundry detergent"], 2)),
    ("这款拖鞋老灵额，帮我买两双", _buy(["拖鞋", "slippers"], 2)),
    ("这个电饭煲得劲儿，再买一个送公司", _buy(["电饭煲", "rice cooker"], 1, address_label="office")),
    ("家人们，这个卷发棒yyds，给我来一个", _buy(["卷发棒", "curling iron"], 1)),
    # a time word before a thing used up or lost
    ("前儿卫生纸用完了，再买一提", _buy(["卫生纸", "toilet paper"], 1)),
    ("夜来雨伞丢了，买一把新的", _buy(["雨伞", "umbrella"], 1)),
    ("刚才洗发水用完了，再买两瓶", _buy(["洗发水", "shampoo"], 2)),
    # voice-input slips: 埋 for 买 before a count, 公斯 and 工司 for 公司
    ("帮我埋三瓶洗发水", _buy(["洗发水", "shampoo"], 3)),
    ("埋两箱矿泉水，送公斯", _buy(["矿泉水", "mineral water"], 2, address_label="office")),
    ("帮我买个打印机，送到工司", _buy(["打印机", "printer"], 1, address_label="office")),
    # a shop restocking, where the product is kept, what it goes with, and a purpose after it
    ("花店再进五十个花盆", _buy(["花盆", "flower pot"], 50)),
    ("奶茶店换一批吸管，五包", _buy(["吸管", "straws"], 5)),
    ("健身房换一批哑铃，十对", _buy(["哑铃", "dumbbells"], 10)),
    ("书房门口的地毯，买一块", _buy(["地毯", "rug"], 1)),
    ("阳台的晾衣杆，买两根，不锈钢的", _buy(["晾衣杆", "不锈钢晾衣杆"], 2)),
    ("洗手间的垃圾桶，买三个", _buy(["垃圾桶", "trash can"], 3)),
    ("旗袍配的耳环，买一对", _buy(["耳环", "earrings"], 1)),
    ("西装配的领带，买两条，深蓝色", _buy(["领带", "深蓝色领带", "tie"], 2)),
    ("买十本笔记本，当奖品", _buy(["笔记本", "notebooks"], 10)),
    ("年会要五十个保温杯，当奖品", _buy(["保温杯", "insulated bottle"], 50)),
    ("理发店（公司）要四瓶发胶", _buy(["发胶", "hair spray"], 4, address_label="office")),
    ("工作室（就是我家那个地址）要两盏台灯", _buy(["台灯", "desk lamp"], 2, address_label="home")),
    ("网吧换一批鼠标，三十个，每个五十以内", _buy(["鼠标", "mouse"], 30, max_unit_price=5000)),
    # a pack size said after the product, then the kind
    ("洗衣粉一大袋，无磷的那种", _buy(["洗衣粉", "无磷洗衣粉", "laundry powder"], 1)),
    ("大米一大袋，东北大米那种", _buy(["大米", "东北大米", "rice"], 1)),
    ("饼干一小盒，苏打饼干那种", _buy(["饼干", "苏打饼干", "biscuits"], 1)),
    # the address said first
    ("送公司，打印纸三箱", _buy(["打印纸", "printer paper"], 3, address_label="office")),
    ("送到办公室，便利贴五本", _buy(["便利贴", "sticky notes"], 5, address_label="office")),
    # full-width letters, digits and signs, and an urgency aside
    ("（急）ＵＳＢ线三根", _buy(["USB线", "USB cable"], 3)),
    ("Ｔｙｐｅ－Ｃ数据线两根", _buy(["Type-C数据线", "Type-C charging cable", "USB-C cable"], 2)),
    ("买２个ＬＥＤ灯泡", _buy(["LED灯泡", "LED light bulb"], 2)),
    ("（加急）订书机一个，送公司", _buy(["订书机", "stapler"], 1, address_label="office")),
    # a second batch, written after the first mechanisms: a remark that something broke or ran out, then another
    # thing named and asked for; a wish that it not be dear, said first; 'that will do' after the count
    ("鼠标坏了，罗技鼠标买一个", _buy(["罗技鼠标", "Logitech mouse"], 1)),
    ("我的伞丢了，帮我买一把折叠伞", _buy(["折叠伞", "folding umbrella"], 1)),
    ("不用太贵，剪刀两把就行", _buy(["剪刀", "scissors"], 2)),
    ("甭太贵，拖把一个就好，送家里", _buy(["拖把", "mop"], 1, address_label="home")),
]

WATCHES: list[tuple[str, dict[str, Any]]] = [
    ("ｉＰａｄ Ａｉｒ降到三千提醒我", _watch(["iPad Air"], 300000)),
    ("俺想盯一下华为平板的价，跌到两千以里告诉俺", _watch(["华为平板", "Huawei tablet"], 200000)),
    ("格力空调跌到三千以里，恁就跟俺说一声", _watch(["格力空调", "Gree air conditioner"], 300000)),
]

# Products whose own names hold the characters read above: they keep their reading.
CONTROLS: list[tuple[str, dict[str, Any]]] = [
    ("买一个整理箱", _buy(["整理箱"], 1)),
    ("买两个包包", _buy(["包包"], 2)),
    ("买三箱进口牛奶", _buy(["进口牛奶"], 3)),
    ("买一瓶夜来香花露水", _buy(["夜来香花露水"], 1)),
    ("买一份哈密瓜", _buy(["哈密瓜"], 1)),
    ("买两盒哈尔滨红肠", _buy(["哈尔滨红肠"], 2)),
    ("帮我买个埋地灯", _buy(["埋地灯"], 1)),
    ("买十个包装盒", _buy(["包装盒"], 10)),
    ("买四块香皂", _buy(["香皂", "soap"], 4)),
    ("买两盒进口巧克力", _buy(["进口巧克力"], 2)),
    ("买一个订书机", _buy(["订书机", "stapler"], 1)),
    ("买三包老干妈", _buy(["老干妈"], 3)),
    ("水壶坏了，买一个新的", _buy(["水壶", "kettle"], 1)),
    ("ord_k1坏了，退货", {"kind": "return", "order_id": "ord_k1", "reason": "damaged"}),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # harm behind a verb of getting or a dialect pronoun
    ("给俺弄个假证", ASK),
    ("恁给俺整点迷药", ASK),
    ("帮俺搞两把仿真枪，闭眼入", ASK),
    ("恁给俺弄张发票，报销用", ASK),
    ("帮我整两张病假证明", ASK),
    # the framings with no product
    ("埋两包", ASK),
    ("闭眼入！", ASK),
    ("谁懂啊，又没了，买三卷", ASK),
    ("网咖换一批，二十副", ASK),
    ("（急）帮我买", ASK),
    ("当奖品，买二十个", ASK),
    ("这款老灵额，帮我买一个", ASK),
    ("俺就想盯着，跌到一千以里跟俺说", ASK),
    # an address nobody saved, behind a shop's name
    ("民宿（朋友家地址）要十个收纳箱", ASK),
    # 埋 that is no purchase
    ("帮我把那个人埋了", ASK),
]

ALL = BUY + WATCHES + CONTROLS
