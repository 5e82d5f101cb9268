"""A twentieth development set, for ordinary Chinese purchases said around the words the readers know: written here
before the readers were changed, to check they read sentences they were not written from.

Kinds: a workplace or trade said as the one who wants the goods ('花店要包装纸五十张', '木工的砂纸买二十张'); money in
jiao and fen for cheap goods bought by the many ('每个不超过三毛', '每根五分钱以内'); caps said 顶多, 撑死, 封顶, 顶天,
不过百 and 不过千; the registers of paperwork ('兹申请购置…特此申请', '拟采购…为盼'), of shouting ('！！！') and of chat
('我真的会谢', '尊嘟假嘟', a price only remarked on, '别忘别忘'); Wu, Cantonese, Sichuan and north-eastern words; slips
of voice input for common goods ('点风扇', '晾衣夹' said 凉衣夹, '纸' said 只, '桶' said 痛); 床 counting a quilt.

The controls keep their reading or stay questions: a glasses case bought, a single bed as the product, 毛巾 beside
两毛, a discount asked about, a cap of a few jiao for one thing, a shop's sign.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # a trade or workplace that wants the goods
    ("花店要包装纸五十张，每张不超过三块", _buy(["包装纸"], 50, max_unit_price=300)),
    ("理发店要围布十条", _buy(["围布"], 10)),
    ("篮球队要护膝十二副，每副五十以内", _buy(["护膝"], 12, max_unit_price=5000)),
    ("电工要绝缘胶布二十卷", _buy(["绝缘胶布"], 20)),
    ("木工的砂纸买三十张，两百目的", _buy(["砂纸", "两百目砂纸", "200目砂纸"], 30)),
    ("奶茶店那边要吸管五包", _buy(["吸管"], 5)),
    ("书法班要毛毡十张，四尺的", _buy(["毛毡", "四尺毛毡"], 10)),
    ("养猪场要换饮水器，不锈钢的，二十个", _buy(["饮水器", "不锈钢饮水器"], 20)),
    # jiao and fen for cheap goods bought by the many
    ("买气球两百个，每个不超过三毛", _buy(["气球"], 200, max_unit_price=30)),
    ("一次性筷子买两百双，每双五分钱以内", _buy(["一次性筷子"], 200, max_unit_price=5)),
    ("信封一百个，每个八毛以内", _buy(["信封"], 100, max_unit_price=80)),
    ("牙签买五十包，每包一块钱以内", _buy(["牙签"], 50, max_unit_price=100)),
    # caps said another way
    ("拖把一个，顶多八十", _buy(["拖把"], 1, max_unit_price=8000)),
    ("台灯一盏，撑死三百", _buy(["台灯", "desk lamp"], 1, max_unit_price=30000)),
    ("封顶五十，买两把雨伞", _buy(["雨伞", "umbrella"], 2, max_unit_price=5000)),
    ("顶天一百五，买一个电水壶", _buy(["电水壶", "electric kettle"], 1, max_unit_price=15000)),
    ("晾衣架买十个，不过百", _buy(["晾衣架"], 10, max_unit_price=10000)),
    ("扫地机器人一台，不过千", _buy(["扫地机器人"], 1, max_unit_price=100000)),
    # paperwork, shouting and chat
    ("兹申请购置打印机一台，预算两千元以内，送至公司。特此申请。", _buy(["打印机"], 1, max_unit_price=200000)),
    ("拟采购白板笔二十支，烦请办理为盼", _buy(["白板笔"], 20)),
    ("有没有！！！暖手宝！！！来三个！！！", _buy(["暖手宝"], 3)),
    ("我真的会谢，家里的电水壶又坏了，立刻马上买一个，两百以内", _buy(["电水壶", "水壶", "electric kettle"], 1, max_unit_price=20000)),
    ("尊嘟假嘟，拖鞋才十五？买三双", _buy(["拖鞋"], 3)),
    ("毛巾四条，送家里，别忘别忘", _buy(["毛巾", "towel"], 4)),
    ("麻烦您帮我买一个保温杯，谢谢啦", _buy(["保温杯", "insulated bottle"], 1)),
    ("那个啥。。。垃圾袋，大号，三卷吧", _buy(["垃圾袋", "大号垃圾袋"], 3)),
    # regional words
    ("倷帮我买两只暖水袋，覅太贵", _buy(["暖水袋"], 2)),
    ("帮我整两个保温壶，要得", _buy(["保温壶"], 2)),
    # slips of voice input
    ("点风扇买一台", _buy(["电风扇"], 1)),
    ("凉衣夹买两包", _buy(["晾衣夹"], 2)),
    ("垃圾痛买三个", _buy(["垃圾桶"], 3)),
    ("餐巾只买五包", _buy(["餐巾纸"], 5)),
    # 床 counting a quilt or a blanket
    ("买一床双人电热毯，两百以内", _buy(["双人电热毯", "电热毯"], 1, max_unit_price=20000)),
    ("来两床羽绒被", _buy(["羽绒被"], 2)),
    # controls
    ("买个眼镜盒", _buy(["眼镜盒"], 1)),
    ("买一个单人床垫", _buy(["单人床垫"], 1)),
    ("毛巾两条，每条二十以内", _buy(["毛巾", "towel"], 2, max_unit_price=2000)),
    ("买三个晾衣架", _buy(["晾衣架"], 3)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("有没有折扣？", ASK),
    ("买个电饭煲，三毛钱以内", ASK),
    ("买一台打印机，每台一块钱以内", ASK),
    ("眼镜店要什么？", ASK),
    ("台灯一盏，撑死五毛", ASK),
    ("兹申请购置手枪一把，特此申请。", ASK),
    ("五金店要弹簧刀五把", ASK),
    ("有没有！！！", ASK),
    ("毛巾两条，两毛钱的", ASK),
]
