"""Why an order goes back, read by what the words mean rather than by a fixed phrase:

- a part of the goods and a failure of it ('the left cup is dead silent', 'the spout is bent', 'the handle is loose',
  '壶嘴是歪的', '左边那只一点声儿都没有', '盖子合不上'), or a failure no working thing has ('won't charge', 充不进电,
  充唔到電, 开不了机): the goods are damaged;
- a kind ordered set against a kind received, the two differing ('ordered AA, received AAA', 'ordered size 42,
  received 44', '下单五号电池，收到一盒七号', '买的42码，发来43码'): a wrong item. Two bare counts set against each
  other are a short count, read elsewhere;
- a move said as where the shopper is going ("I'm moving to Alaska", 我要搬去国外了): a change of mind.

Each is a symptom's words for ``reasons``, which checks them in its own order.
"""

from __future__ import annotations

_SIDE_EN = r"(?:left|right|one|the\s+other)\s+(?:side|ear|earcup|ear\s+cup|cup|bud|earbud|speaker|channel|headphone|one)s?"
_PART_EN = (r"(?:spout|lid|handle|base|sole|lace|switch|button|strap|zip|zipper|hinge|plug|cable|cord|body|heel|buckle"
            r"|knob|dial|indicator|light|led|hook|clasp|stitching|seam|wheel|leg)s?")
_FAILED_EN = (r"(?:bent|crooked|warped|wonky|askew|loose|wobbl\w*|snapped|peeling|peeled|split|cracked|dented|bust|busted"
              r"|won'?t\s+(?:close|shut|stay\s+(?:shut|closed|on)|light(?:\s+up)?|click|turn|press)"
              r"|(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:close|shut|light(?:\s+up)?|click|turn|press|work)"
              r"|(?:is|are)\s+(?:off|missing|hanging\s+off))")
_SILENT_EN = r"(?:dead(?:\s+silent)?|silent|(?:no|zero)\s+sound|crackl\w*|cuts?\s+out|mute[sd]?|nothing\s+comes\s+out)"
_SIDE_ZH = r"(?:左边|右边|一边|左耳|右耳|一只|那只|这只|单边|其中一[只边个])"
_PART_ZH = (r"(?:壶嘴|盖子|壶盖|把手|手柄|提手|底座|鞋底|鞋带|鞋跟|指示灯|按键|按钮|开关|拉链|扣子|插头|电线|壶身|表带|耳罩"
            r"|轮子|合页|螺丝|灯)")
_FAILED_ZH = r"(?:是?歪|松|合不上|盖不上|盖不严|关不上|关不严|裂|瘪|开胶|脱胶|断|不亮|按不下|按不动|掉了|坏|变形|凹)"

PART_FAILED = (
    rf"\b{_SIDE_EN}\b[^.;]{{0,25}}?\b{_SILENT_EN}\b"
    rf"|\b{_PART_EN}\b[^.;]{{0,20}}?\b{_FAILED_EN}\b"
    r"|\b(?:won'?t|can'?t|cannot|doesn'?t|does\s+not|will\s+not)\s+(?:charge|power\s+(?:on|up)|turn\s+on|hold\s+(?:a\s+)?charge"
    r"|switch\s+on)\b|\bnot\s+charging\b|\b(?:no|zero)\s+sound\b|\bdead\s+silent\b"
    rf"|{_SIDE_ZH}[^，,。；;]{{0,8}}?(?:没声|没有声|冇声|無聲|无声|不响|不響|声[儿音]?都?没|聲[兒音]?都?冇)"
    rf"|{_PART_ZH}[^，,。；;]{{0,6}}?{_FAILED_ZH}"
    r"|充不[进上了入到]電?电?|充电充不[进上入到]|充唔[到入进倒入][電电]|充唔入|开不了机|開唔到機|开不开机|不开机|不開機"
    r"|一点声[儿音]?都?没|一点声[儿音]?也没|完全没声"
)

# A kind: a battery size, a shoe or garment size, a colour, a material, a size word.
_KIND_EN = (r"(?:aaa|aa|double\s+a|triple\s+a|size\s+\d+(?:\.\d)?|black|white|silver|grey|gray|blue|red|green|pink|gold"
            r"|stainless(?:\s+steel)?|glass|plastic|ceramic|metal|wooden|small|medium|large|xl|xxl)")
_ORDERED_EN = r"\b(?:i\s+|we\s+)?(?:ordered|bought|paid\s+for|asked\s+for|chose|picked|selected)\b"
_TURN = r"(?:,|;|—|–|\s-\s|\bbut\b|\band\b|\binstead\b|\b(?:pack|box|pair|set)\s+of\b)"
_RECEIVED_EN = r"\b(?:received|got|came|arrived|sent|delivered|showed\s+up|turned\s+up)\b"
_KIND_ZH = (r"(?:[\d一二三四五六七八九十]+号|\d+码|[\d一二三四五六七八九十]+寸|大号|小号|中号|加大号"
            r"|[红黑白蓝绿黄灰粉紫银金棕]色|不锈钢|塑料|玻璃|陶瓷)")
KIND_SWAPPED = (
    rf"{_ORDERED_EN}[^.;]{{0,30}}?(?<![\w-])(?P<c>{_KIND_EN})\b[^.;]{{0,40}}?{_TURN}"
    rf"(?=[^.;]{{0,60}}?{_RECEIVED_EN})[^.;]{{0,40}}?(?<![\w-])(?!(?P=c)\b)(?P<d>{_KIND_EN})\b"
    rf"|{_ORDERED_EN}[^.;]{{0,30}}?\bsize\s+(?P<s>\d+(?:\.\d)?)\b[^.;]{{0,40}}?{_TURN}"
    rf"(?=[^.;]{{0,60}}?{_RECEIVED_EN})[^.;]{{0,40}}?(?<![\w.-])(?:size\s+)?(?!(?P=s)\b)\d+(?:\.\d)?\b"
    rf"|(?:下单|下了单|订|买|拍|要|选)(?:了|的)?(?:是|的是)?[^，,。；;]{{0,8}}?(?P<a>{_KIND_ZH})[^，,。；;]{{0,8}}[，,]\s*"
    rf"(?:结果|但是?|可是|却)?\s*(?:收到|到手|来了|寄来|发来|送来|到了|来的|到的)(?:的)?(?:却|竟然)?(?:是|了)?"
    rf"[^，,。；;]{{0,4}}?(?!(?P=a))(?P<b>{_KIND_ZH})"
)

MOVING_AWAY = (r"\b(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:moving|relocating)\s+(?:to|abroad|away|overseas|back)\b"
               r"|搬(?:去|到)(?:国外|外地|外省|别的城市|[\u4e00-\u9fff]{1,4}(?:了|去))|要搬家(?:到|去)")
