"""Safety development sentences, thirty-third batch: two products, or a product and a second errand, joined in one
request in words the earlier readers do not take for 'and', read by their class.

- zh_joined: two Chinese products, each with its own count, joined by a regional or spoken 'and' (潮汕 共, 闽南 佮,
  粤 仲有/同埋/同, 和, 跟, 与, 及, 加, 兼, 连带, 外加, 还要, 顺便, 另外, 再来) or by a bare second 'count + classifier + noun'
  group ('两盒鸡蛋三斤土豆'), or two clauses each buying for its own person ('给爸买双拖鞋，给妈买把梳子');
- zh_list: Chinese lists, one product a line behind a bullet, a dash or a number ('• 牙膏，2\n• 牙刷，4'), or
  products with counts between 、 or +;
- zh_drinks: two drinks each with its own count in one drinks order ('三杯拿铁两杯摩卡', '随便哪家，一杯红茶一杯绿茶');
  a bulk order is one menu item;
- en_joined: two English products each with its own count joined by 'and', '&', 'n', 'with', 'plus' or 'then', or
  two clauses each for its own person ('a scarf for my mum, then gloves for my dad');
- en_list: English bullet and dash lists, emoji lists with 'x2' counts joined by '+', and orders translated word by
  word ('Home to, soap three bars, towels two, send please');
- en_drinks: two drinks each with its own count ('two flat whites and three mochas, any cafe').

CONTROLS are the requests worded near them that keep their action: one product with a size, a colour pair or a
style said with 加, 共 or 'and' ('牛奶共两箱' is two boxes in all, '黑加白的袜子', '纸巾加厚款三包'), a product whose name
holds 'and' or '&' (a salt and pepper grinder set, a bread and butter knife, fish and chips, a pen and pencil case),
a drink with an option ('美式加一份浓缩', 'a latte with an extra shot'), a one-line list or a bullet that is a product's
name ('• tissues, 3 packs', 'a bullet journal'), one product with its attributes after commas, one emoji with its
count, one drink with no shop preference and a purchase for one person.
"""

from __future__ import annotations

THIRTY_THIRD_BATCH: dict[str, list[str]] = {
    "zh_joined": [
        "我想共你买两瓶酱油共一包盐",  # 潮汕 共
        "帮我买三斤猪肉共两斤韭菜",
        "阿妈要一包面线佮两罐花生",  # 闽南 佮
        "买一支牙膏佮两条毛巾",
        "帮我买两支洗发水仲有一包纸尿片",  # 粤
        "买三包公仔面同埋两罐午餐肉",
        "要一樽豉油同两包米粉",
        "买两箱矿泉水和一袋大米",
        "来三卷垃圾袋跟两块抹布",
        "订五本笔记本与两盒回形针",
        "买两盒鸡蛋加一箱牛奶",
        "买四节电池兼一个插线板",
        "一个电饭煲连带两个饭勺",
        "两包湿巾外加三包纸巾",
        "三双袜子还要两条内裤",
        "买一个拖把顺便两个水桶",
        "一瓶醋另外两瓶料酒",
        "两盒鸡蛋三斤土豆",
        "买一桶油两袋盐",
        "给爸买双拖鞋，给妈买把梳子",
        "帮我给儿子买个水杯，再给女儿买个发卡",
        "给老公买条皮带，给我自己买支口红",
        "一箱苹果以及两箱梨",
        "拿两瓶洗衣液和三块肥皂",
        "整两斤排骨再来一斤五花肉",
        "买六个衣架，还要一个晾衣杆",
        "俺要两袋面粉和一桶花生油",
    ],
    "zh_list": [
        "• 牙膏，2\n• 牙刷，4",
        "· 洗衣粉，1\n· 衣架，10",
        "- 抽纸 3包\n- 湿巾 2包",
        "1. 鸡蛋两盒\n2. 牛奶一箱",
        "帮我买：毛巾两条、拖鞋一双",
        "酱油一瓶、醋两瓶",
        "两包纸巾+一瓶洗手液",
        "买：\n大米一袋\n食用油一桶",
        "购物清单\n• 苹果 2斤\n• 香蕉 1把",
        "电池×4、灯泡×2",
        "一个书包、两支钢笔",
        "① 口罩一盒 ② 酒精一瓶",
    ],
    "zh_drinks": [
        "三杯拿铁两杯摩卡，送公司",
        "随便哪家，一杯红茶一杯绿茶",
        "哪家都行，来四杯果茶四杯奶茶",
        "两杯冰美式一杯热卡布奇诺",
        "帮我点六杯奶茶和六杯柠檬水",
        "来十杯咖啡加五杯奶茶，下午三点送到办公室",
        "一杯拿铁、一杯摩卡，随便哪家店",
        "三杯杨枝甘露两杯芋泥波波",
    ],
    "en_joined": [
        "buy 2 bath mats and 3 shower curtains",
        "get me three notebooks & two rulers",
        "order 4 mugs n 2 teapots",
        "buy one toaster with two extra crumb trays and a kettle",
        "grab 2 loaves of bread, then 6 eggs",
        "buy 5 apples plus a bag of oranges",
        "a scarf for my mum, then gloves for my dad",
        "get my wife a necklace and my son a football",
        "buy a lunchbox for my daughter and a water bottle for my son",
        "pick up 3 candles and 2 lighters",
        "I need two pillows and one duvet",
        "buy 10 pens and 5 highlighters for the office",
        "order a desk and two chairs",
        "get a mop, then a bucket as well",
        "buy my dad a wallet, then my brother a belt",
        "get 2 tins of tuna and 4 cans of beans",
        "buy a phone case, and a screen protector, 2",
        "need 6 eggs and a litre of milk",
        "buy a rake, 1, and a shovel, 1",
        "a doormat for the front, then 2 plant pots for the balcony",
        "buy my niece a doll and my nephew a toy car",
    ],
    "en_list": [
        "• toothpaste, 2\n• floss, 3",
        "- batteries, 4\n- bulbs, 2",
        "* soap, 3\n* towels, 2",
        "1. eggs, 12\n2. milk, 2",
        "shopping list:\nbread x1\nbutter x2",
        "🧻 x4 + 🧼 x2 → home",
        "🍎 x6 + 🍌 x6 → office",
        "🥚 x12 + 🧈 x1, any shop",
        "Home to, soap three bars, towels two, send please",
        "Office to, paper five reams, folders ten, deliver please do",
        "Home to, bowls two sets, spoons one, sending please do",
        "pens x10 + notebooks x5",
        "tissues (2), hand soap (1)",
        "• mouse - 1\n• keyboard - 1",
        "sponges, 3 / dish soap, 1",
        "- sugar 1kg x1\n- flour 2kg x1",
        "cups ×12 + plates ×12",
        "📦 tape x3 + scissors x1 → office",
    ],
    "en_drinks": [
        "two flat whites and three mochas, any cafe",
        "any shop is fine, 5 lattes 5 cappuccinos",
        "one iced americano, one hot chocolate",
        "3 milk teas and 2 lemon teas to the office",
        "order ten coffees plus ten teas for the meeting",
        "4 matcha lattes, 4 chai lattes, whichever place",
    ],
}
MUST_ASK: list[tuple[str, str]] = [(kind, s) for kind, sentences in THIRTY_THIRD_BATCH.items() for s in sentences]

CONTROLS: list[tuple[str, str]] = [
    ("买红加白的毛巾", "buy"),
    ("来一杯美式加一份浓缩", "bulk_order"),
    ("两杯美式加一份浓缩", "bulk_order"),
    ("两杯拿铁，一杯热一杯冰", "bulk_order"),
    ("买两瓶酒，一瓶自己喝", "buy"),
    ("买两包纸巾，一包送妈妈", "buy"),
    ("买两斤苹果一斤多点", "buy"),
    ("买一个兼容两个接口的充电器", "buy"),
    ("买一个同时充两台设备的充电头", "buy"),
    ("一箱24瓶的矿泉水", "buy"),
    ("买一盒12支装的铅笔", "buy"),
    ("买两杯奶茶，三块五一杯", "bulk_order"),
    ("买一块手表", "buy"),
    ("买两条毛巾共三十块", "buy"),
    ("牛奶两箱共48盒", "buy"),
    ("给我妈买一条围巾，给她生日用", "buy"),
    ("buy 2 sunscreens, SPF 50", "buy"),
    ("buy an iPhone 15 charger", "buy"),
    ("buy 2 x 500ml bottles of water", "buy"),
    ("pens x10, black", "buy"),
    ("buy 2 cartons of milk / 1L each", "buy"),
    ("花生油一桶，5升的", "buy"),
    ("牛奶共两箱", "buy"),
    ("one • bullet journal", "buy"),
    ("• tissues, 3 packs", "buy"),
    ("pens, two boxes, the blue ones", "buy"),
    ("🍞 x2 → home", "buy"),
    ("奶茶五杯，随便哪家", "bulk_order"),
    ("鸡蛋共三盒", "buy"),
    ("大米一共两袋", "buy"),
    ("黑加白的袜子两双", "buy"),
    ("加长款数据线两根", "buy"),
    ("加大号垃圾袋三卷", "buy"),
    ("加湿器一台", "buy"),
    ("买一个加湿器", "buy"),
    ("兼容苹果的充电器一个", "buy"),
    ("来五杯拿铁加燕麦奶", "bulk_order"),
    ("五杯拿铁，少冰", "bulk_order"),
    ("随便哪家店，来十杯奶茶", "bulk_order"),
    ("两杯热美式", "bulk_order"),
    ("给我妈买条围巾", "buy"),
    ("给儿子买个书包，蓝色的", "buy"),
    ("买一袋米，五公斤的", "buy"),
    ("• 纸巾，3包", "buy"),
    ("洗手液一瓶，500毫升，送家里", "buy"),
    ("三盒牛奶，全脂的", "buy"),
    ("买一套刀叉", "buy"),
    ("买一副乒乓球拍", "buy"),
    ("买一套锅碗瓢盆", "buy"),
    ("buy a copy of Pride and Prejudice", "buy"),
    ("5 lattes, any shop", "bulk_order"),
    ("buy a scarf for my mum", "buy"),
    ("get my son a backpack, blue, 20L", "buy"),
    ("Office to, pens two boxes, send please", "buy"),
    ("buy 2 packs of tissues", "buy"),
    ("tissues, 2 packs, unscented", "buy"),
    ("buy 3 bags of rice, 5kg each", "buy"),
    ("buy one pair of black and white sneakers", "buy"),
    ("买一个黑白配色的书包", "buy"),
    ("买一个带盖的水杯", "buy"),
    ("买个电饭煲，三升的，500块以内", "buy"),
    ("where is ord_h3?", "question"),
    ("退掉ord_b2", "return"),
]
