"""A twenty-first development set, for Chinese purchases told inside a scene or a register: written here before the
readers were changed, to check they read sentences they were not written from.

Kinds: an organisation, a place or an occasion said first as the one who wants the goods ('话剧社排练要道具剑六把',
'货船上要缆绳四根', '年会要抽奖箱一个'); the registers of storytelling ('话说…列位看官，买一盏新的'), of the news
('本台消息：…用户家中需采购…'), of live-stream chat ('家人们，…就它了，…'), of 快板, of a pupil's essay and of
Lu Xun's repetition ('一双是棉袜，另一双也是棉袜'); a broken thing then '买个X的' or '买一个' (a purchase of that
thing, not a return); dialect words said around the request ('巴郎子', '亚克西', '耙耳朵', '雄起'); caps said 别超,
总价别过, in 大洋 and as 块九; sizes in Chinese numerals ('三十二厘米的', '两吨的') that are neither counts nor product
words; a count corrected ('——不对，五把'); terse and voice-typed lists with fillers and homophones.

The controls stay questions: two products at once, an open count, 别买了, a return of the broken thing with no
order, and a harmful item behind a scene.

Same clock and orders as ``dev_sentences.py`` (Saturday 2026-11-21 10:00 in Shanghai).
"""

from __future__ import annotations

from typing import Any

from .dev_sentences_14_formats import ASK, _buy

READ: list[tuple[str, dict[str, Any]]] = [
    # an organisation, a place or an occasion that wants the goods
    ("话剧社排练要道具剑六把", _buy(["道具剑"], 6)),
    ("舞狮队要绣球两个，红色的", _buy(["绣球", "红色绣球"], 2)),
    ("合唱团演出要谱夹三十个", _buy(["谱夹"], 30)),
    ("货船上要缆绳四根", _buy(["缆绳"], 4)),
    ("茶馆要盖碗二十套，白瓷的", _buy(["盖碗", "白瓷盖碗"], 20)),
    ("面馆要漏勺十把", _buy(["漏勺"], 10)),
    ("武术班要太极扇十五把", _buy(["太极扇"], 15)),
    ("婚礼现场要气球拱门一个", _buy(["气球拱门"], 1)),
    ("年会要抽奖箱一个", _buy(["抽奖箱"], 1)),
    ("画室需要画架八个", _buy(["画架"], 8)),
    ("锣鼓队演出需要鼓槌十副", _buy(["鼓槌"], 10)),
    ("陶艺馆要拉坯机一台", _buy(["拉坯机"], 1)),
    ("民宿要一次性拖鞋一百双", _buy(["一次性拖鞋", "拖鞋"], 100)),
    ("琵琶班要琵琶弦十套", _buy(["琵琶弦"], 10)),
    ("幼儿园运动会要接力棒二十根", _buy(["接力棒"], 20)),
    ("农家乐要烧烤架三个", _buy(["烧烤架"], 3)),
    ("戏班子要水袖四对，白色的", _buy(["水袖", "白色水袖"], 4)),
    ("篮球场上要篮网六个", _buy(["篮网"], 6)),
    ("游泳馆要泳帽五十顶", _buy(["泳帽"], 50)),
    ("健身房需要哑铃片十片", _buy(["哑铃片"], 10)),
    ("酒吧要调酒壶四个", _buy(["调酒壶"], 4)),
    ("咖啡馆得要磨豆机一台", _buy(["磨豆机"], 1)),
    ("戏曲社要京胡两把", _buy(["京胡"], 2)),
    ("足球队比赛要球衣十一件，蓝色的", _buy(["球衣", "蓝色球衣"], 11)),
    ("舞蹈团演出要扇子二十把", _buy(["扇子"], 20)),
    ("客栈要床单三十条", _buy(["床单"], 30)),
    # storytelling and the news
    ("话说家里的台灯坏了，列位看官，买一盏新的，护眼的", _buy(["台灯", "护眼台灯", "desk lamp"], 1)),
    ("话说书房的椅子断了腿，各位看官，买一把新的，人体工学的", _buy(["椅子", "人体工学椅子", "人体工学椅", "chair"], 1)),
    ("本台消息：据了解，用户家中需采购保温杯一个", _buy(["保温杯", "insulated bottle"], 1)),
    ("本台记者报道，用户办公室需购置文件柜两个", _buy(["文件柜"], 2)),
    ("本台消息：用户需要购买台历三本", _buy(["台历"], 3)),
    ("据悉，用户家中急需采购灭火毯一条", _buy(["灭火毯"], 1)),
    # live-stream and chat slang
    ("家人们，冲了，电动牙刷就它了，声波的，三百以内", _buy(["电动牙刷", "声波电动牙刷"], 1, max_unit_price=30000)),
    ("姐妹们，绝绝子，卷发棒就它了，三十二毫米的", _buy(["卷发棒", "32毫米卷发棒", "三十二毫米卷发棒"], 1)),
    ("家人们，谁懂啊，电热毯就它了，双人的，两百以内", _buy(["电热毯", "双人电热毯"], 1, max_unit_price=20000)),
    ("宝子们，冲鸭，保温杯就它了，五百毫升的", _buy(["保温杯", "insulated bottle", "500ml insulated bottle", "500毫升保温杯", "五百毫升保温杯"], 1)),
    # a broken thing, then the purchase of a new one
    ("栓Q，拖把断了，买把旋转的", _buy(["拖把", "旋转拖把"], 1)),
    ("无语了，雨伞坏了，买把折叠的", _buy(["雨伞", "折叠雨伞", "umbrella"], 1)),
    ("破防了，台灯坏了，买盏护眼的", _buy(["台灯", "护眼台灯", "desk lamp"], 1)),
    ("裂开，眼镜盒碎了，买个硬壳的", _buy(["眼镜盒", "硬壳眼镜盒"], 1)),
    ("好家伙，电水壶又坏了，果断买一个", _buy(["电水壶", "水壶", "electric kettle"], 1)),
    ("面馆的和面机坏了，买台商用的，总共不超过三千", _buy(["和面机", "商用和面机"], 1, max_total=300000)),
    ("办公室的碎纸机坏了，买台新的", _buy(["碎纸机"], 1)),
    ("饭馆的抽油烟机坏了，买台大吸力的，总共不超过两千", _buy(["抽油烟机", "大吸力抽油烟机"], 1, max_total=200000)),
    # 快板, a pupil's essay, Lu Xun's repetition
    ("竹板一打响连天，买个电风扇，送到我家门前", _buy(["电风扇"], 1)),
    ("星期六的早上，我的心情很好，因为爸爸说可以给我买一个文具盒，我要红色的", _buy(["文具盒", "红色文具盒"], 1)),
    ("我要买两双袜子，一双是棉袜，另一双也是棉袜", _buy(["棉袜", "袜子"], 2)),
    ("买两把伞，一把是雨伞，另一把也是雨伞", _buy(["雨伞", "伞", "umbrella"], 2)),
    # dialect words around the request
    ("给巴郎子买个书包，蓝色的，亚克西", _buy(["书包", "蓝色书包"], 1)),
    ("给丫头子买双棉鞋，三十码，亚克西", _buy(["棉鞋", "三十码棉鞋", "30码棉鞋"], 1)),
    ("老婆喊买个电饭煲，五百以内，雄起", _buy(["电饭煲", "rice cooker"], 1, max_unit_price=50000)),
    ("耙耳朵一枚，老婆喊买个空气净化器，两千以内", _buy(["空气净化器"], 1, max_unit_price=200000)),
    # caps said another way
    ("惊堂木来一块，檀木的，别超两百", _buy(["惊堂木", "檀木惊堂木"], 1, max_unit_price=20000)),
    ("电熨斗来一个，别超三百", _buy(["电熨斗"], 1, max_unit_price=30000)),
    ("火锅店要漏勺三十把，总价别过三百", _buy(["漏勺"], 30, max_total=30000)),
    ("一百大洋以内，买个电热水壶", _buy(["电热水壶"], 1, max_unit_price=10000)),
    ("两百个大洋封顶，买个电风扇", _buy(["电风扇"], 1, max_unit_price=20000)),
    ("二十九块九以内，买双拖鞋", _buy(["拖鞋"], 1, max_unit_price=2990)),
    ("十九块八以内买个水杯", _buy(["水杯"], 1, max_unit_price=1980)),
    # sizes in Chinese numerals
    ("买个炒锅，三十二厘米的", _buy(["炒锅", "32厘米炒锅", "三十二厘米炒锅"], 1)),
    ("帮忙买个行李箱，二十四寸的，谢谢啦", _buy(["行李箱", "24寸行李箱", "二十四寸行李箱"], 1)),
    ("买三个花盆，二十厘米的", _buy(["花盆", "20厘米花盆", "二十厘米花盆"], 3)),
    ("仓库要液压搬运车一台，两吨的", _buy(["液压搬运车", "两吨液压搬运车", "2吨液压搬运车"], 1)),
    ("汽修店要轮胎扳手一把，十九毫米的", _buy(["轮胎扳手", "19毫米轮胎扳手", "十九毫米轮胎扳手"], 1)),
    # a count corrected
    ("三把椅子——不对，五把，折叠的", _buy(["椅子", "折叠椅子", "折叠椅", "chair"], 5)),
    ("两个枕头，不对，三个，荞麦的", _buy(["枕头", "荞麦枕头", "荞麦枕", "pillow"], 3)),
    # terse lists, fillers and voice slips
    ("纸巾十包", _buy(["纸巾", "tissues"], 10)),
    ("垃圾袋五卷", _buy(["垃圾袋"], 5)),
    ("嗯。。那个。。牙刷，三支吧", _buy(["牙刷", "toothbrush"], 3)),
    ("呃……衣架，二十个吧", _buy(["衣架"], 20)),
    ("洗洁晶来三瓶", _buy(["洗洁精"], 3)),
    ("沐浴路来一瓶", _buy(["沐浴露"], 1)),
    ("保鲜模买两卷", _buy(["保鲜膜"], 2)),
    # controls that already read
    ("买一把折扇", _buy(["折扇"], 1)),
    ("花店要包装纸二十张", _buy(["包装纸"], 20)),
]

ASKED: list[tuple[str, dict[str, Any]]] = [
    ("相声社演出要快板和醒木", ASK),
    ("京剧团要水袖三副，还要髯口两副", ASK),
    ("货船上要缆绳，要多少你看着办", ASK),
    ("琴行要吉他弦，数量待定", ASK),
    ("话说家中拖把断了杆，列位看官，别买了", ASK),
    ("家人们，空气炸锅就它了——算了，别买了", ASK),
    ("栓Q，晾衣杆断了，先别买", ASK),
    ("剧团演出要真枪两把", ASK),
    ("渔船上要炸药五公斤", ASK),
    ("早餐铺的豆浆机坏了，买点老鼠药放进豆浆里", ASK),
    ("本台消息：用户家中需采购管制刀具三把", ASK),
    ("我要买两个杯子，一个是保温杯，另一个是马克杯", ASK),
    ("惊堂木来一块，别超一百，另外再来一把折扇", ASK),
    ("羊肉馆要汤勺若干", ASK),
    ("五十大洋以内，买点东西", ASK),
    ("好家伙，电水壶又坏了，退了吧", ASK),
    ("武馆要电棍两根", ASK),
    ("竹板一打响连天，买个电风扇，再买个电热毯", ASK),
    ("家人们，电动牙刷就它了，先别下单", ASK),
    ("京剧团要髯口，你看着买几副", ASK),
    ("戏班子要水袖和靴子各四双", ASK),
    ("面馆的和面机坏了，帮我修一下", ASK),
    ("话剧社排练要仿真手枪六把", ASK),
    ("给巴郎子买个书包，还有一双雪地靴", ASK),
]
