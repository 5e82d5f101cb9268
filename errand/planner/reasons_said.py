"""Still more ways a shopper says why an order goes back, by class, for the symptom lexicon of ``reasons``.

Chinese shoppers tell a change of mind as a story more often than they name it, and the listing's broken promise
as a feature it claimed and the goods lack; some Englishes say 'don't' and a dead part in their own words:

- bought twice: 买重了, 拍重了, 下重了, 订重了, 买了两遍, 重复下单, 多下了一单;
- not wanted, said in the words of 北京, 东北, 四川 and 粤语 speech: 甭要了 (read as 不用要了), 别要了, 不要咯, 不要哒,
  唔要喇, 不整了, 用唔着;
- a move for work or study, or goods that cannot go along: 调去外地, 调回老家, 派到外地, 搬去别的城市, 带不走, 拿不走;
- one already bought or given by someone else: 老婆又买了一个, 我妈早就给我买了一双, 同事送了一个;
- a feature the listing claimed that is not there: 详情页说有保温功能，根本没有; 写着带定时，压根没这功能;
- English 'don't' said as 'doh', 'dun', 'nuh' ('I doh need them again', 'we dun want it');
- a part that has gone, or a device that will not come on: 'the switch has gone', "it won't click on", "won't fire up".

Each class is a (name, reason, words) symptom as ``reasons`` reads them; ``reasons`` checks them in its own order,
so a fault still says more than a mood.
"""

from __future__ import annotations

# Bought twice: '买重了', '拍重了', '订重了', '下重了', '买了两遍', '重复下单', '多下了一单'.
BOUGHT_TWICE = (
    r"(?:买|拍|下单|下|订|付款|付)重(?:了|咗|咯|啦|哒)|(?:买|拍|下|订)了?(?:两|二|2)(?:遍|回)"
    r"|重复(?:下单|购买|拍|付款|付)|多(?:下|拍|买|订)了?(?:一|1)(?:单|次)|(?:下|拍)了(?:两|2)单"
)
# Not wanted, in the words of regional speech: '不用要了' (甭要了), '别要了', '不要咯', '不要哒', '唔要喇', '不整了'.
NOT_WANTED = (
    r"(?:不用|甭|别|唔|莫|不)(?:再)?要(?:了|咯|啦|喇|嘞|哒|啰|喽|哩|噻|咧|(?=\s*[，,。！!；;]\s*退))|不整了|不(?:稀罕|待见)了"
    r"|用唔(?:着|上|到)|冇(?:用|需要)(?:了|喇|啦)"
)
# A move for work or study, or goods that cannot go along: '人要调去外地了', '派到外地', '搬去别的城市', '带不走'.
MOVING_AWAY = (
    r"调(?:去|回|往)|调到(?:外地|外省|国外|老家|总部|分公司|别的城市|[\u4e00-\u9fff]{1,4}(?:工作|上班))"
    r"|(?:派|外派|借调)(?:去|到)?(?:外地|外省|外国|国外|老家|别的城市)|(?:去|到|回)(?:外地|外省|老家)"
    r"(?:工作|上班|上学|读书|定居|住|了|去)|搬(?:去|到|回)|(?:带|拿|搬|运)不走"
)
# One already bought or given by someone else: '老婆又买了一个', '我妈早就给我买了一双', '同事送了一个'.
_WHO = (
    r"(?:老婆|老公|媳妇|爱人|对象|男朋友|女朋友|男票|女票|我妈|我爸|妈妈|爸爸|老妈|老爸|家里人|家人|孩子|儿子|女儿"
    r"|朋友|同事|室友|婆婆|公公|丈母娘|岳母|哥哥|姐姐|弟弟|妹妹|我哥|我姐|我弟|我妹|闺蜜|兄弟|老板|单位|公司)"
)
SOMEONE_ELSE_GOT = (
    _WHO
    + r"[^，,。；;]{0,4}?(?:又|也|已经|早就?|先|都|刚)(?:给我|帮我|替我)?(?:买|拍|订|送|带|发)(?:了|咗|过)"
    r"|(?:家里|屋企|屋里)(?:已经|早就?|都)?有(?:了|咗|一个|一台|一双)"
)
# A feature the listing claimed that is not there: '详情页说有保温功能，根本没有', '写着带定时，压根没这功能'.
CLAIMED_ABSENT = (
    r"(?:说|写|写着|写的|标|标着|标的|号称|宣传|介绍|显示)(?:的|着|了|是)?(?:有|带|支持|能|可以)[^，,。；;]{1,14}"
    r"[，,]?\s*(?:结果|但是?|可是?|其实|实际上?|收到(?:的|后)?|到手(?:的|后)?)?\s*(?:根本|压根儿?|完全|就|都)"
    r"(?:就)?(?:没有?|不带|不支持|不能|做不到|没这|无)"
)
# English 'don't' said as 'doh', 'dun', 'nuh': 'I doh need them again', 'we dun want it'.
DIALECT_UNWANTED = r"\b(?:doh|dun|nuh|dont|ain'?t)\s+(?:really\s+|even\s+)?(?:need|want|like|use)\b"
# A part that has gone, or a device that will not come on: 'the switch has gone', "it won't click on".
PART_GONE = (
    r"\b(?:switch|button|motor|element|thermostat|fuse|hinge|handle|zip|zipper|clasp|latch|dial|knob|trigger|heating"
    r" element|battery|screen|speaker)(?:'s| has| is| just| went)* (?:gone|went|died|given out|packed in)\b"
    r"|\b(?:won'?t|doesn'?t|does not|will not|can'?t|never) (?:click|come|power|fire|kick|light|start|switch|turn)"
    r" (?:on|up)\b"
)

CHANGE_OF_MIND = [
    ("bought twice", BOUGHT_TWICE),
    ("not wanted", NOT_WANTED),
    ("moving away", MOVING_AWAY),
    ("someone else got one", SOMEONE_ELSE_GOT),
    ("not wanted", DIALECT_UNWANTED),
]
