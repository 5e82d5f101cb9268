"""A twenty-fourth development set, for Chinese purchases, drinks orders and price watches said inside a document's
frame, after an earlier clause, by a team or a trade, or with counts and sizes a reader can take for each other:
written here before the readers were changed, to check they read sentences they were not written from.

Kinds: a document's frame around the purchase (a notice or report headed '<kind>：', numbered items '一、…；二、…',
a blank with its answer in brackets, a forecast or a diary's register, a social post with emoji and hashtags); a
product named in an earlier clause and bought after '算了' or '还是' by its size alone; a team, a class or a trade
said as the buyer; a greeting in a regional language before a drinks order; a purpose said after the product
('…去去味', '…挡挡风'); a thanks in another language after the order; a paper or cloth classifier (刀, 令, 匹), a
size said with 的 before the product (a size, not a count), a pack size ('十斤装'), a count in digits before a
Latin-script product, and product words a segmenter splits wrongly.

The controls stay questions: a frame whose items buy two things, a purchase taken back, a purpose that harms.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _bulk, _buy, _watch

TUE = "2026-11-24T"

READ: list[tuple[str, dict[str, Any]]] = [
    # a notice, a report or a letter headed '<kind>：' around the purchase
    ("失物招领：本人丢了一把雨伞，麻烦帮我再买一把", _buy(["雨伞", "umbrella"], 1)),
    ("寻物启事：钥匙扣丢了，急需再买一个", _buy(["钥匙扣"], 1)),
    ("检讨书：我把台灯摔坏了，保证再买一个新台灯", _buy(["台灯", "新台灯", "desk lamp"], 1)),
    ("检讨书：本人不慎弄丢了公司的订书机，特此申请购买订书机一个", _buy(["订书机", "stapler"], 1)),
    ("请假条：因家中水管爆裂，需购买生料带两卷", _buy(["生料带"], 2)),
    ("通知：办公室决定购买碎纸机一台", _buy(["碎纸机", "shredder"], 1)),
    ("公告：本周为行政部采购文件夹二十个", _buy(["文件夹", "folder", "folders"], 20)),
    ("申请书：申请购买投影仪幕布一块，五百以内", _buy(["投影仪幕布", "投影幕布"], 1, max_unit_price=50000)),
    ("情况说明：饮水机坏了，现需买一台新饮水机", _buy(["饮水机", "新饮水机", "water dispenser"], 1)),
    ("备忘录：周末前买三卷垃圾袋", _buy(["垃圾袋", "bin bags"], 3)),
    ("日记：今天好冷，决定买一条围巾", _buy(["围巾", "scarf"], 1)),
    ("周报：本周完成采购计划，下单打印纸五包", _buy(["打印纸", "printer paper"], 5)),
    ("报销单：事由：购买订书钉三盒", _buy(["订书钉", "staples"], 3)),
    ("留言条：老公，记得买一瓶酱油", _buy(["酱油", "soy sauce"], 1)),
    ("便签：买两包抽纸", _buy(["抽纸", "tissues"], 2)),
    ("值班记录：灭火器过期，需采购灭火器两个", _buy(["灭火器", "fire extinguisher"], 2)),
    ("倡议书：为了环保，本人决定购买帆布袋三个", _buy(["帆布袋", "canvas bag"], 3)),
    ("作文《我的周末》：周末我想买一个篮球", _buy(["篮球", "basketball"], 1)),
    ("感谢信：谢谢大家，我决定给办公室买一台咖啡机", _buy(["咖啡机", "coffee machine"], 1)),
    ("购物清单：洗衣液一桶", _buy(["洗衣液", "laundry detergent"], 1)),
    # numbered items, one of them buying, the others no errand
    ("会议纪要：一、决定购买投影仪一台；二、下次开会时间另行通知", _buy(["投影仪", "projector"], 1)),
    ("会议记录：1. 采购便利贴十本；2. 其他事项无", _buy(["便利贴", "sticky notes"], 10)),
    ("待办：一、买两个插座转换器；二、无", _buy(["插座转换器"], 2)),
    ("工作安排：一、采购订书机两个；二、暂无其他安排", _buy(["订书机", "stapler"], 2)),
    ("班会纪要：一、决定买拖把三把；二、散会", _buy(["拖把", "mop"], 3)),
    ("家庭会议：1、买一台空气炸锅；2、周末大扫除另说", _buy(["空气炸锅", "air fryer"], 1)),
    ("决议：一、购置白板一块；二、其余事项照旧", _buy(["白板", "whiteboard"], 1)),
    ("今日事项：①下单洗碗布五条 ②无", _buy(["洗碗布"], 5)),
    # a blank or a question with its answer in brackets
    ("填空：我想买____（答案：一个保温杯）", _buy(["保温杯", "thermos"], 1)),
    ("填空题：明天要买____（答：三包湿巾）", _buy(["湿巾", "wet wipes"], 3)),
    ("选择题：我要买哪个？A. 电饭煲 B. 电水壶（答案：B，买一个）", _buy(["电水壶", "kettle"], 1)),
    ("问：家里缺什么？答：缺一个晾衣架，帮我买一个", _buy(["晾衣架"], 1)),
    ("猜猜我要买什么？（答案：两盒牙签）", _buy(["牙签", "toothpicks"], 2)),
    ("谜底揭晓：买一个暖宝宝", _buy(["暖宝宝"], 1)),
    # a forecast's, a broadcast's or a diary's register
    ("今日天气晴，气温回升，本人决定购买遮阳帽一顶", _buy(["遮阳帽", "sun hat"], 1)),
    ("明天有大雨，本人决定购买雨靴一双", _buy(["雨靴", "rain boots"], 1)),
    ("据气象台预报，本周降温明显，特此购买暖手宝两个", _buy(["暖手宝"], 2)),
    ("各位听众，现在插播一条消息：本人要买一副耳塞", _buy(["耳塞", "earplugs"], 1)),
    ("新闻联播：今日本人正式决定下单护手霜两支", _buy(["护手霜", "hand cream"], 2)),
    ("本台消息，本人决定采购台历一本", _buy(["台历", "desk calendar"], 1)),
    ("天气预报说明天降温十度，本人决定买一件羽绒背心", _buy(["羽绒背心"], 1)),
    # a social post with emoji, hashtags and chatter
    ("又是元气满满的一天🌈 顺手买两包挂耳咖啡 #打工人", _buy(["挂耳咖啡"], 2)),
    ("周末宅家ing😴 下单一箱矿泉水 #懒人日常", _buy(["矿泉水", "mineral water", "bottled water"], 1)),
    ("冬天到了❄️ 入手一个暖脚宝 #好物分享", _buy(["暖脚宝"], 1)),
    ("今天也要好好吃饭🍚 买一口蒸锅 #生活记录", _buy(["蒸锅", "steamer"], 1)),
    ("打卡第一天💪 买一根跳绳 #健身", _buy(["跳绳", "jump rope", "skipping rope"], 1)),
    ("姐妹们冲！✨ 入了两瓶身体乳 #种草", _buy(["身体乳", "body lotion"], 2)),
    ("生活需要仪式感🌸 买一束干花 #小确幸", _buy(["干花", "dried flowers"], 1)),
    ("下雨天适合睡觉☔ 顺便买个眼罩 #日常碎片", _buy(["眼罩", "eye mask"], 1)),
    # a drinks order or a watch inside a frame
    ("通知：周二下午三点，喜茶多肉葡萄二十杯送公司",
     _bulk(["多肉葡萄"], 20, TUE + "15:00:00", chain="Heytea", address_label="office")),
    ("会议纪要：一、周二下午三点点瑞幸生椰拿铁十五杯送公司；二、无其他事项",
     _bulk(["生椰拿铁"], 15, TUE + "15:00:00", chain="Luckin", address_label="office")),
    ("备忘录：盯一下戴森吹风机，降到两千告诉我", _watch(["戴森吹风机", "Dyson hair dryer"], 200000)),
    ("朋友圈：蹲一个小米手环降价📉 到两百提醒我 #等降价", _watch(["小米手环", "Xiaomi band"], 20000)),
    # a product named first, then bought by its size or kind after '算了' or '还是'
    ("这个电水壶怎么样？算了，直接买个1.5升的", _buy(["电水壶", "1.5升电水壶", "1.5升的电水壶", "kettle"], 1)),
    ("那个保温杯好不好？算了，直接买个500毫升的", _buy(["保温杯", "500毫升保温杯", "500毫升的保温杯", "500ml保温杯"], 1)),
    ("这款行李箱咋样？算了，买个二十寸的", _buy(["行李箱", "二十寸行李箱", "20寸行李箱", "二十寸的行李箱"], 1)),
    ("这种垃圾桶好用吗？算了，直接买两个十升的",
     _buy(["垃圾桶", "十升垃圾桶", "10升垃圾桶", "十升的垃圾桶"], 2)),
    ("这双拖鞋咋样？还是买双四十码的", _buy(["拖鞋", "四十码拖鞋", "40码拖鞋", "四十码的拖鞋"], 1)),
    ("那个电热毯怎么样啊？算了，直接买条双人的", _buy(["电热毯", "双人电热毯", "双人的电热毯"], 1)),
    ("这个炒锅行不行？算了，直接买个三十二厘米的",
     _buy(["炒锅", "三十二厘米炒锅", "32厘米炒锅", "三十二厘米的炒锅", "32cm炒锅"], 1)),
    ("这个充电器靠谱吗？算了，买个六十五瓦的", _buy(["充电器", "六十五瓦充电器", "65瓦充电器", "65W充电器"], 1)),
    ("那款空气炸锅咋样？不想了，直接买个五升的", _buy(["空气炸锅", "五升空气炸锅", "5升空气炸锅", "五升的空气炸锅"], 1)),
    ("这个收纳箱好吗？算了，直接买三个大号的", _buy(["收纳箱", "大号收纳箱", "大号的收纳箱"], 3)),
    # a team, a class or a trade said as the buyer
    ("篮球队买十二个篮球", _buy(["篮球", "basketball"], 12)),
    ("合唱团买三十个谱夹", _buy(["谱夹"], 30)),
    ("舞蹈队要二十双舞蹈鞋", _buy(["舞蹈鞋"], 20)),
    ("足球队买五个打气筒", _buy(["打气筒", "pump"], 5)),
    ("书法班要二十支毛笔", _buy(["毛笔"], 20)),
    ("美术班买三十盒水彩颜料", _buy(["水彩颜料", "watercolours"], 30)),
    ("装修队买十副手套", _buy(["手套", "gloves"], 10)),
    ("登山队要八根登山杖", _buy(["登山杖", "trekking poles"], 8)),
    ("食堂买两百个餐盘", _buy(["餐盘"], 200)),
    ("车队买六个行车记录仪", _buy(["行车记录仪", "dash cam"], 6)),
    ("乐队要四根吉他弦", _buy(["吉他弦", "guitar strings"], 4)),
    ("幼儿园买五十个水杯", _buy(["水杯"], 50)),
    ("羽毛球社买十筒羽毛球", _buy(["羽毛球", "shuttlecocks"], 10)),
    ("厨师班要十把菜刀", _buy(["菜刀"], 10)),
    ("摄影社买三个三脚架", _buy(["三脚架", "tripod"], 3)),
    ("理发店买四把理发剪", _buy(["理发剪"], 4)),
    ("花店要一百张包装纸", _buy(["包装纸", "wrapping paper"], 100)),
    ("民乐团买两把二胡", _buy(["二胡"], 2)),
    # a greeting in a regional language before a drinks order or a purchase
    ("亚克西！蜜雪冰城柠檬水十五杯，周二下午三点送公司，少冰",
     _bulk(["柠檬水"], 15, TUE + "15:00:00", chain="Mixue", address_label="office")),
    ("雷猴！喜茶多肉葡萄十二杯，周二下午三点送公司",
     _bulk(["多肉葡萄"], 12, TUE + "15:00:00", chain="Heytea", address_label="office")),
    ("扎西德勒！瑞幸生椰拿铁二十杯，周二下午三点送公司",
     _bulk(["生椰拿铁"], 20, TUE + "15:00:00", chain="Luckin", address_label="office")),
    ("侬好呀！霸王茶姬伯牙绝弦十八杯，周二下午三点送公司",
     _bulk(["伯牙绝弦"], 18, TUE + "15:00:00", chain="Chagee", address_label="office")),
    ("扎西德勒！买一个保温壶", _buy(["保温壶", "thermos"], 1)),
    ("亚克西！帮我买两条围巾", _buy(["围巾", "scarf"], 2)),
    ("塔西德勒，买三包酥油茶粉", _buy(["酥油茶粉"], 3)),
    # a purpose said after the product
    ("屋里有股霉味，买两包竹炭包去去味", _buy(["竹炭包"], 2)),
    ("风太大了，买条围脖挡挡风", _buy(["围脖"], 1)),
    ("有点饿，买包饼干垫垫肚子", _buy(["饼干", "biscuits"], 1)),
    ("困死了，买两罐咖啡提提神", _buy(["咖啡", "coffee"], 2)),
    ("太晒了，买把遮阳伞遮遮太阳", _buy(["遮阳伞"], 1)),
    ("手太干，买支护手霜润润手", _buy(["护手霜", "hand cream"], 1)),
    ("嗓子疼，买盒润喉糖润润嗓子", _buy(["润喉糖", "throat lozenges"], 1)),
    ("鞋柜有味道，买一瓶除臭喷雾喷喷", _buy(["除臭喷雾"], 1)),
    ("冰箱有味儿，买盒冰箱除味剂除除味", _buy(["冰箱除味剂"], 1)),
    ("吓了一跳，买杯奶茶压压惊", _buy(["奶茶", "milk tea"], 1)),
    ("地板太脏了，买一瓶地板清洁剂拖拖地", _buy(["地板清洁剂", "floor cleaner"], 1)),
    ("今天好累，买个足浴盆泡泡脚", _buy(["足浴盆"], 1)),
    ("宿舍太吵，买副耳塞睡个好觉", _buy(["耳塞", "earplugs"], 1)),
    ("买一盒香薰蜡烛助助眠", _buy(["香薰蜡烛", "scented candle"], 1)),
    ("买一台加湿器润润空气", _buy(["加湿器", "humidifier"], 1)),
    # a thanks in another language after the order
    ("唔該幫我買三個衣架，merci", _buy(["衣架", "hangers"], 3)),
    ("幫我買一個電飯煲，gracias", _buy(["電飯煲", "电饭煲", "rice cooker"], 1)),
    ("帮我买两条毛巾，danke", _buy(["毛巾", "towels"], 2)),
    ("买一个保温杯，arigato", _buy(["保温杯", "thermos"], 1)),
    ("唔該買兩盒紙巾，thank you", _buy(["紙巾", "纸巾", "tissues"], 2)),
    ("帮我买一把雨伞，spasibo", _buy(["雨伞", "umbrella"], 1)),
    ("买三支牙刷，grazie mille", _buy(["牙刷", "toothbrushes"], 3)),
    ("幫我買一個暖水袋，kamsahamnida", _buy(["暖水袋", "hot water bottle"], 1)),
    ("帮我买两卷胶带，terima kasih", _buy(["胶带", "tape"], 2)),
    ("唔該買個鍋鏟，obrigada", _buy(["鍋鏟", "锅铲", "spatula"], 1)),
    # a paper or cloth classifier
    ("书法课要五刀毛边纸", _buy(["毛边纸"], 5)),
    ("买三刀宣纸", _buy(["宣纸"], 3)),
    ("打印店要两令A4纸", _buy(["A4纸", "a4纸", "A4 paper"], 2)),
    ("买一令复印纸", _buy(["复印纸", "copy paper"], 1)),
    ("裁缝铺要两匹棉布", _buy(["棉布"], 2)),
    ("买两刀元书纸", _buy(["元书纸"], 2)),
    # a size said with 的 before the product: one of that size
    ("酒坊要个三十斤的酒坛", _buy(["酒坛", "三十斤的酒坛", "三十斤酒坛"], 1)),
    ("买个二十升的水桶", _buy(["水桶", "二十升水桶", "20升水桶", "二十升的水桶"], 1)),
    ("要一个五十升的收纳箱", _buy(["收纳箱", "五十升收纳箱", "50升收纳箱", "五十升的收纳箱"], 1)),
    ("买一口三十厘米的平底锅", _buy(["平底锅", "三十厘米平底锅", "30厘米平底锅", "三十厘米的平底锅", "30cm平底锅"], 1)),
    ("要张两米的床垫", _buy(["床垫", "两米床垫", "2米床垫", "两米的床垫"], 1)),
    ("买个十斤的米桶", _buy(["米桶", "十斤米桶", "十斤的米桶", "10斤米桶"], 1)),
    ("渔具店要个八米的钓竿", _buy(["钓竿", "八米钓竿", "8米钓竿", "八米的钓竿"], 1)),
    ("买一个二十四寸的显示器", _buy(["显示器", "二十四寸显示器", "24寸显示器", "二十四寸的显示器", "monitor"], 1)),
    # a pack size said with 装, kept beside the product
    ("帮我买一桶五升装的花生油", _buy(["花生油", "五升装花生油", "5升装花生油", "五升花生油", "5升花生油"], 1)),
    ("买两袋五斤装的面粉", _buy(["面粉", "五斤装面粉", "5斤装面粉", "五斤面粉", "5斤面粉"], 2)),
    ("要一箱二十四瓶装的矿泉水", _buy(["矿泉水", "二十四瓶装矿泉水", "24瓶装矿泉水", "mineral water"], 1)),
    ("买一袋二十斤装的大米", _buy(["大米", "二十斤装大米", "20斤装大米", "二十斤大米", "20斤大米", "米"], 1)),
    ("买一盒一百片装的化妆棉", _buy(["化妆棉", "一百片装化妆棉", "100片装化妆棉", "100片化妆棉"], 1)),
    # a count in digits before a Latin-script product, in Cantonese or Mandarin
    ("幫我買 2 個 mouse pad", _buy(["mouse pad", "mouse pads"], 2)),
    ("帮我买 4 个 USB hub", _buy(["USB hub", "usb hub", "USB hubs"], 4)),
    ("唔該買 5 個 cable tie", _buy(["cable tie", "cable ties"], 5)),
    ("帮我买 3 个 laptop stand，要铝合金的", _buy(["laptop stand", "laptop stands", "铝合金laptop stand"], 3)),
    ("買 2 條 HDMI cable", _buy(["HDMI cable", "HDMI cables", "hdmi cable"], 2)),
    # product words a segmenter splits wrongly
    ("菜馆要剔骨刀三把", _buy(["剔骨刀"], 3)),
    ("面馆要切面刀两把", _buy(["切面刀"], 2)),
    ("买一把削皮刀", _buy(["削皮刀", "peeler"], 1)),
    ("拍立得mini 11，降到三百五，帮我买两个", _watch(["拍立得mini 11", "Instax mini 11", "instax mini 11"], 35000,
                                                   quantity=2)),
    ("买一个拍立得相纸", _buy(["拍立得相纸", "instax film"], 1)),
    ("买两个自拍杆", _buy(["自拍杆", "selfie stick"], 2)),
    # Chinese product words kept in Chinese
    ("我要一个10000毫安的充电宝，一百五以内", _buy(["充电宝", "10000毫安充电宝", "10000mAh充电宝", "移动电源",
                                                  "10000毫安的充电宝"], 1, max_unit_price=15000)),
    ("买双40码的篮球鞋，六百以内", _buy(["篮球鞋", "40码篮球鞋", "40码的篮球鞋"], 1, max_unit_price=60000)),
    ("华为Mate 60的手机膜，高清的，买三张", _buy(["手机膜", "华为Mate 60手机膜", "高清手机膜", "Mate 60手机膜",
                                                 "华为Mate 60高清手机膜", "高清华为Mate 60手机膜"], 3)),
    ("帮我买一袋五斤装的小米", _buy(["小米", "五斤装小米", "5斤装小米", "五斤小米", "5斤小米"], 1)),
    ("通知：请于周五前采购桌布两张", _buy(["桌布", "tablecloth"], 2)),
    ("值日表：周一买扫把一把", _buy(["扫把", "broom"], 1)),
    ("消防队买二十个手电筒", _buy(["手电筒", "torch", "flashlight"], 20)),
    ("太干了，买瓶保湿喷雾补补水", _buy(["保湿喷雾"], 1)),
    ("帮我买 6 个 AA battery，thanks", _buy(["AA battery", "AA batteries"], 6)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    # a frame whose items buy two things
    ("会议纪要：一、采购白板笔三盒；二、采购订书机两个", ASK),
    ("购物清单：洗衣液一桶，抽纸两包", ASK),
    ("填空：我要买____和____（答案：杯子，盘子）", ASK),
    # a purchase taken back
    ("备忘录：买一台打印机。算了，不买了", ASK),
    ("这个电饭煲怎么样？算了，不买了", ASK),
    ("朋友圈：本来想买个加湿器😅 算了不买了 #理性消费", ASK),
    # a purpose that harms, a team buying harm
    ("买瓶洗洁精去去他的味，倒他杯子里", ASK),
    ("买包泻药给同事提提神", ASK),
    ("龙舟队买二十把砍刀去对面码头", ASK),
    ("检讨书：保证再买一瓶老鼠药放邻居家门口", ASK),
    # no product named
    ("寻物启事：本人遗失物品一件", ASK),
    ("这个怎么样？算了，直接买个三升的", ASK),
]
