"""Sentences of the twenty-fourth set's Chinese classes (a document's frame, a product asked about before '算了', a
team or trade as the buyer, a greeting, a thanks in another language, a purpose after the product, paper and cloth
classifiers, a weight with 的, a count in digits before Latin letters), written after the readers were built and
scored once against them before any change: 36 of 40 read.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _bulk, _buy

TUE = "2026-11-24T"
READ: list[tuple[str, dict[str, Any]]] = [
    ("招聘启事：无。另：本人决定购买订书机一个", _buy(["订书机", "stapler"], 1)),
    ("会议纪要：一、采购白板擦两个；二、散会", _buy(["白板擦"], 2)),
    ("工作日志：饮水机滤芯到期，需购买滤芯一个", _buy(["滤芯", "饮水机滤芯"], 1)),
    ("备忘：记得买两包猫砂", _buy(["猫砂", "cat litter"], 2)),
    ("填空：明天我要买____（答案：一个电热水袋）", _buy(["电热水袋"], 1)),
    ("猜谜：我要买什么？（谜底：三卷厨房纸）", _buy(["厨房纸", "厨房纸巾"], 3)),
    ("说明书：本人决定采购订书钉五盒", _buy(["订书钉", "staples"], 5)),
    ("明天大降温，本人决定购买护膝一副", _buy(["护膝"], 1)),
    ("今天也是被生活锤的一天😵 顺手下单一瓶眼药水 #打工人日常", _buy(["眼药水", "eye drops"], 1)),
    ("周末愉快🎉 买两个抱枕 #居家", _buy(["抱枕", "cushion"], 2)),
    ("那个吸尘器怎么样？算了，直接买个无线的", _buy(["吸尘器", "无线吸尘器", "无线的吸尘器", "vacuum cleaner"], 1)),
    ("这款电饼铛咋样？算了，买个大号的", _buy(["电饼铛", "大号电饼铛", "大号的电饼铛"], 1)),
    ("这个台灯好不好？还是买两个护眼的", _buy(["台灯", "护眼台灯", "护眼的台灯", "desk lamp"], 2)),
    ("排球队买八个排球", _buy(["排球", "volleyball"], 8)),
    ("合唱队要三十件演出服", _buy(["演出服"], 30)),
    ("水果店要五十个果篮", _buy(["果篮"], 50)),
    ("烧烤店买十把烤串签", _buy(["烤串签"], 10)),
    ("茶艺班买二十个茶杯", _buy(["茶杯"], 20)),
    ("雷猴！蜜雪冰城柠檬水十杯，周二下午三点送公司",
     _bulk(["柠檬水"], 10, TUE + "15:00:00", chain="Mixue", address_label="office")),
    ("亚克西！买一条羊毛围巾", _buy(["羊毛围巾", "围巾"], 1)),
    ("鞋里有味，买包除臭粉去去味", _buy(["除臭粉"], 1)),
    ("天冷了，买双手套暖暖手", _buy(["手套", "gloves"], 1)),
    ("太累了，买个按摩枕放松放松", _buy(["按摩枕"], 1)),
    ("买一包话梅解解馋", _buy(["话梅"], 1)),
    ("帮我买两个插排，gracias", _buy(["插排", "power strip"], 2)),
    ("唔該買三個膠袋，merci beaucoup", _buy(["膠袋", "胶袋", "塑料袋"], 3)),
    ("买一把指甲刀，danke schön", _buy(["指甲刀", "nail clippers"], 1)),
    ("书画社要八刀宣纸", _buy(["宣纸"], 8)),
    ("买四令打印纸", _buy(["打印纸", "printer paper"], 4)),
    ("要个二十斤的米缸", _buy(["米缸", "二十斤的米缸", "二十斤米缸"], 1)),
    ("买个十公斤的哑铃", _buy(["哑铃", "十公斤哑铃", "10公斤哑铃", "十公斤的哑铃"], 1)),
    ("幫我買 4 個 phone holder", _buy(["phone holder", "phone holders"], 4)),
    ("帮我买 2 个 power bank", _buy(["power bank", "power banks"], 2)),
    ("通知：后勤处采购拖把五把", _buy(["拖把", "mop"], 5)),
    ("家务清单：一、买垃圾袋三卷；二、无", _buy(["垃圾袋", "bin bags"], 3)),
    ("读书笔记：本人决定购买书立两个", _buy(["书立", "bookends"], 2)),
]
ASKED: list[tuple[str, dict[str, Any]]] = [
    ("会议纪要：一、采购投影仪；二、采购音箱两个", ASK),
    ("买瓶风油精给他抹抹眼睛", ASK),
    ("篮球队买十根铁棍去对面学校", ASK),
    ("通知：取消所有订单", ASK),
]
