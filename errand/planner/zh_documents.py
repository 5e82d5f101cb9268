"""A Chinese purchase said inside a document's frame, read as the clause that buys:

- a header naming the kind of text before a colon ('检讨书：', '会议纪要：', '寻物启事：', '朋友圈：', '填空：'): a
  header of two to eight characters that names no person, place, time or count;
- numbered items ('一、…；二、…', '1. …；2. …', '①… ②…'): the one item that buys, the items that carry no errand
  ('二、无其他事项', '二、下次开会时间另行通知') left; two items that do something are left as said;
- a blank with its answer in brackets ('我需要买____（答案：两个插线板）'), a choice answered by its letter, a riddle
  answered ('猜猜我要买什么？（答案：…）'), a question and its answer ('问：…？答：…');
- a social post's emoji and closing hashtags ('… ☀️ 顺手下单两盒湿巾 #日常'), its '入了' said as '入手';
- the register of a notice, a forecast or a diary around the buying clause ('明日本市降温8度，本人决定购买…',
  '特此申请购买…', '保证再买…', '记得买…'): the clauses before the buying one and the words before its verb that
  say who decides or how;
- a product named in an earlier clause and bought by its count or size alone ('这个电饭煲么样？算了，直接买个三升的',
  '本人遗失剪刀一把，现急需再买一把'): the product brought into the buying clause.

Nothing is taken off a sentence the harm readers hold as a whole, nor words ``dropped.must_hear`` holds only while
they are there (``zh_openers.hides_harm``); a clause that names a person or a place, an order, a time of delivery, a
price or a negation of the purchase is never chatter, and a buying clause that is negated is no buying clause.
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import people_words as pw
from . import zh_openers as zo
from . import zh_said_around as za

_NUM = r"[零〇一二两三四五六七八九十百千万\d]"
_MEASURE = r"[个件台副对袋包盒瓶箱杯支只双套份罐桶条根本张把卷斤块片顶床口面扇辆架匹刀令筒捆束串]"
_VERB = r"(?:购买|采购|购置|订购|下单|入手|买)"
_CLAUSE = re.compile(r"[，,。；;！!？?：]")
# Words that make a clause more than chatter: a person or place, an order, delivery, money, a change, a negation.
_KEEPS = re.compile(r"ord_|订单|单子|取消|撤|退|改|换|查|盯|关注|提醒|降价|送|寄|快递|地址|限额|额度|上限|预算|审批|确认|支付|付款|账号"
                    r"|账户|钱|元|块|¥|￥|以内|以下|不超过|封顶|点|[:：]\d|上午|下午|晚上|中午|早上|周[一二三四五六日天]|星期|号"
                    r"|不|别|没|莫|勿|(?<!其)[他她你]|帮|替|给|用|降|跌|涨|打折|便宜|优惠|价")
_DOC = re.compile(r"^\s*(?P<head>[\u4e00-\u9fff《》]{2,8})\s*[：:]\s*(?P<rest>\S.*)$")
_DOC_END = re.compile(r"(?:书|纪要|记录|启事|招领|通知|公告|说明|条|报|单|清单|日记|便签|事项|安排|决议|填空题|选择题|问答题|判断题|题目|填空|录|表|信|圈|作文|帖"
                      r"|草稿|笔记|备忘|待办|提示|计划|议程|说说|动态|日志|周报|月报|总结|汇报|批示|请示|声明|倡议|联播|播报|消息|快讯|新闻)》?$")
# Words after a header that make it more than a label: the assistant or a crowd addressed, a third person, a title.
_ADDRESSED = re.compile(r"助手|AI|ai|机器人|各位|大家|你们|所有人|用户|客户|【|\[")
# A form of several labelled fields ('事项：… / 地点：…', '工单：… | 需求：…'): the fields readers' own.
_FIELDS = re.compile(r"\s/\s|\||[\s/|][\u4e00-\u9fff]{2,4}[：:]")
_ITEM = re.compile(r"(?:^|(?<=[：:；;。\s，,]))\s*(?:[一二三四五六七八九十]{1,2}、|\d{1,2}\s*[.、．)）]\s*|[①②③④⑤⑥⑦⑧⑨⑩])")
_BLANK = re.compile(r"_{2,}|＿{2,}|（\s*）|\(\s*\)|【\s*】")
_ANSWER = re.compile(r"[（(【]\s*(?:答案|答|谜底|正确答案)\s*[：:是为]?\s*(?P<answer>[^）)】]{1,30})[）)】]\s*[。！!]?\s*$")
_OPTIONS = re.compile(r"(?P<letter>[A-D])\s*[.、．:：]\s*(?P<option>[^A-D（(，,。；;\s]{1,15})")
_ASK_ANSWER = re.compile(r"^\s*问\s*[：:](?P<q>[^答]{1,30}?)\s*答\s*[：:]\s*(?P<a>\S.*)$")
_EMOJI = re.compile("(?![\u2610-\u2612\u2713-\u2718])[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]+[\uFE0F\u200D]*")
_HASHTAGS = re.compile(r"(?:\s*#[\u4e00-\u9fffA-Za-z0-9_]{1,12})+\s*$")
_REGISTER = re.compile(r"本人|特此|兹|据[^，,。]{0,6}预报|天气预报|本台|各位听众|插播|新闻|播报|降温|升温|气温|天气|预报")
_PREFIX = re.compile(rf"^(?P<prefix>[\u4e00-\u9fff]{{1,12}}?)(?P<verb>{_VERB})(?P<obj>.+)$")
# What the register says before its verb: who decides, how, and when (no product, count, person or place).
_PREFIX_WORDS = re.compile(r"^(?:本人|我们?|俺|咱们?|办公室|公司|本周|今日|今天|明天|周末前|现在?|特此|正式|兹|决定|申请|保证|需要?|急需|再|还得"
                           r"|(?:下?周[一二三四五六日天末]|明天|后天|月底|本月|年前)前?|记得|顺手|顺便|一定|马上|立即|尽快|赶紧|直接|打算|准备|想|要|计划|拟|请|于|为[\u4e00-\u9fff]{1,4}[部处室科组队班]"
                           r"|老公|老婆|还是|就|(?:麻烦|劳烦|拜托)(?:帮我|帮忙)?|干脆|那就|算了|给(?:办公室|公司|单位|部门|班级|班上|学校|宿舍|家里|大家)"
                           r"|完成[\u4e00-\u9fff]{0,4}计划)+$")
_BARE_OBJECT = re.compile(rf"^(?P<count>{_NUM}*\s*{_MEASURE}?)(?P<spec>(?:[\u4e00-\u9fff\d.]{{1,8}}的|新的?|大号的?|小号的?)?)"
                          r"\s*[。！!]?$")
_NOUN_FLAGS = ("n", "vn", "nz", "eng", "nr", "ns", "nt")
_SOMEONE = re.compile(pw.KIN_ZH + r"|(?<!其)[他她你]|别人|朋友|同事|邻居|老板|室友|前任|领导|经理|地址")
_EVENTS = frozenset(("遗失", "丢失", "损坏", "摔坏", "弄丢", "丢", "坏", "破损", "过期"))
_NOT_PRODUCT = frozenset(("本人", "助手", "小助手", "东西", "物品", "家里", "大家", "时间", "事项", "天气", "温度", "心情", "今天"))


def _has_verb(clause: str) -> bool:
    clause = re.sub(rf"{_VERB}(?:计划|清单|单|部|员|记录|流程|申请|的|了|过)", "", clause)  # '完成采购计划', '买的', '买了'
    return bool(re.search(_VERB, clause)) and not re.search(rf"(?:不|别|没|莫|勿)(?:该|要|用|想|能|会|必|再|准|打算)*\s*{_VERB}", clause)


def _header(text: str) -> tuple[str, bool]:
    """'检讨书：…' → '…' (the header says what kind of text it is, nothing of the errand)."""
    doc = _DOC.match(text)
    if doc is None or not _DOC_END.search(doc["head"]) or _KEEPS.search(doc["head"]) or dp.must_hear(doc["head"]) \
            or _ADDRESSED.search(doc["rest"]):
        return text, False
    rest = doc["rest"]
    if re.search(r"清单|单$", doc["head"]) and not re.search(_VERB, rest):  # a list: its items are bought
        if not re.search(rf"{_NUM}+\s*{_MEASURE}", rest):
            return text, False
        rest = re.sub(rf"^(?P<noun>[^，,。；;\d]+?)(?P<count>{_NUM}+\s*{_MEASURE})$", r"\g<count>\g<noun>", rest)
        rest = "买" + rest  # '购物清单：洗衣液一桶'
    return rest, True


def _items(text: str) -> str:
    """The one numbered item that does something, when the others carry no errand."""
    marks = list(_ITEM.finditer(text))
    if len(marks) < 2:
        return text
    lead = text[:marks[0].start()]
    items = [text[m.end():(marks[at + 1].start() if at + 1 < len(marks) else len(text))].strip(" ；;。，,")
             for at, m in enumerate(marks)]
    doing = [item for item in items if re.search(_VERB, item) or re.search(rf"{_NUM}+\s*{_MEASURE}", item)
             or _KEEPS.search(re.sub(r"不|无|没", "", item)) or dp.must_hear(item)]
    if len(doing) != 1 or lead.strip(" ：:") and _KEEPS.search(lead):
        return text
    return doing[0]


def _answered(text: str) -> str:
    """A blank filled with its answer, a choice answered by its letter, a question answered."""
    asked = _ASK_ANSWER.match(text)
    if asked is not None and not dp.must_hear(asked["q"]):
        return asked["a"]
    answer = _ANSWER.search(text)
    if answer is None:
        return text
    said, question = answer["answer"].strip(), text[:answer.start()]
    letter = re.match(r"^(?P<letter>[A-D])\b\s*[，,、]?\s*(?P<rest>.*)$", said)
    if letter is not None:
        options = {m["letter"]: m["option"] for m in _OPTIONS.finditer(question)}
        if letter["letter"] not in options:
            return text
        rest = letter["rest"]
        return (rest if re.search(_VERB, rest) else "买" + rest) + options[letter["letter"]]
    if _BLANK.search(question):
        return _BLANK.sub(said, question).rstrip("？?。 ") if len(_BLANK.findall(question)) == 1 else text
    if re.search(_VERB, question):
        return said if re.search(_VERB, said) else "买" + said
    return text


def _post(text: str) -> tuple[str, bool]:
    """A social post's emoji as a pause, its closing hashtags off, '入了' said as '入手'."""
    said = _EMOJI.sub("，", text).strip(" ，")  # closing hashtags stay for the readers that hear them
    said = re.sub(r"[，,]\s*[，,]", "，", re.sub(r"[！!]\s*[，,]", "！", said))
    if said == text.strip() and not _HASHTAGS.search(text):
        return text, False
    return re.sub(rf"(?<![收加输进投])入了(?={_NUM})", "入手", said), True


# A product asked about before it is bought: '这个电水壶怎么样', '那款空气炸锅咋样', '这种垃圾桶好用吗'.
_ASKED_OF = re.compile(r"^\s*(?:这|那)(?:个|款|种|双|台|把|件|条|只|口|张|套|瓶|盒|支|副|床)?(?P<product>(?![个款种])[^怎咋么？?，,]{2,12}?)"
                       r"(?:怎么样|咋样|么样|好不好|行不行|好用吗|靠谱吗|好吗|如何|怎样|行吗|可以吗|值得买吗|值不值|质量如何|耐用吗)[啊呀呢吗]?\s*$")


def _noun_of(clause: str) -> str:
    """The product asked about, else the last run of nouns in ``clause`` ('本人遗失剪刀一把' → '剪刀')."""
    if (asked := _ASKED_OF.match(clause)) is not None:
        return asked["product"]
    runs: list[list[str]] = [[]]
    previous = ""
    for word, flag in zo._tags(clause):
        if not runs[-1] and previous in ("这", "那", "一") and len(word) > 2 and re.match(_MEASURE, word):
            word = word[1:]  # '这双拖鞋' cut as 这 / 双拖鞋
        previous = word
        if flag.startswith(_NOUN_FLAGS):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    runs = [[word for word in run if word not in _EVENTS] for run in runs]
    named = [run for run in runs if run and not any(word in _NOT_PRODUCT for word in run)]
    return "".join(named[-1]) if named else ""


def _chatter(clause: str, named: str = "") -> bool:
    """A clause said before the buying one that carries nothing of the errand (``named`` is brought forward)."""
    rest = clause.replace(named, "") if named else clause
    rest = re.sub(r"([\u4e00-\u9fff])不\1|不(?:想|管|纠结|看|选)了|[怎咋么]么?样|好用吗|靠谱吗|行吗|好吗", "", rest)  # '好不好', '怎么样': asked of it
    return not (_KEEPS.search(rest) or _SOMEONE.search(rest) or dp.must_hear(clause))


def _buying_clause(text: str, framed: bool) -> str:
    """The clause that buys with what follows it; its product from an earlier clause when it names only a count."""
    clauses = _CLAUSE.split(text)
    marks = _CLAUSE.findall(text)
    for at, clause in enumerate(clauses):
        if not _has_verb(clause):
            continue
        before = [c for c in clauses[:at] if c.strip()]
        verb = re.search(_VERB, clause)
        assert verb is not None
        prefix, obj = clause[:verb.start()].strip(), clause[verb.end():].strip()
        bare = _BARE_OBJECT.match(obj)
        named = next((noun for noun in map(_noun_of, reversed(before)) if len(noun) >= 2), "") if bare and before else ""
        if bare and not named and before:
            return text
        said_before = "".join(before) + prefix
        if not (framed or any(_ASKED_OF.match(c) for c in before) or _REGISTER.search(said_before) or re.search(r"算了|还是|不想了|决定|保证|记得", said_before)):
            return text
        drop = all(_chatter(c, named if named in c else "") for c in before)
        if named and not drop:
            return text
        if prefix and not _PREFIX_WORDS.match(prefix):
            return text  # a verb said with more than the register ('特请代买'): the notes readers' own
        lead = ""
        said = lead + ("买" if verb.group(0) in ("买", "入手", "下单") else "购买") + (f"{bare['count'] or '一个'}{bare['spec']}{named}" if bare and named else obj)
        if not drop:
            said = "".join(m + c for m, c in zip([""] + marks[:at], clauses[:at], strict=False)) + marks[at - 1] + said
        after = "".join(mark + rest for mark, rest in zip(marks[at:], clauses[at + 1:], strict=False))
        return said + after
    return text


_POLITE_TAIL = re.compile(r"[，,。]\s*(?:望|请|麻烦|拜托|劳烦|有劳)?(?:助手|小助手|你|您)?(?:帮忙|帮个忙|协助|代办|处理|帮我)"
                          r"(?:一下|办一下|搞定)?(?:[，,]?\s*(?:谢谢|多谢|感谢)(?:了|啦)?)?[。！!]*\s*$"
                          r"|[，,。]\s*(?:望|请|恳请)批准[。！!]*\s*$")


def read(text: str) -> str:
    """``text`` with a document's frame around its purchase taken off."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    if _FIELDS.search(text):
        return text
    said, framed = _header(text)
    headless = said if framed and not said.startswith("买") else None
    unposted = said
    said, posted = _post(said)
    said = _answered(_items(said))
    said = _buying_clause(said, framed or posted)
    said = unposted if said == _post(unposted)[0] else said  # emoji alone change nothing
    if said in (headless, text):
        said = text  # a header alone off: the notes readers read it with its header
    elif re.search(_VERB, _POLITE_TAIL.sub("", said)):
        said = _POLITE_TAIL.sub("", said)
    said = za.read(said)  # the buyer, a greeting, a thanks or a purpose around the product
    return said if said.strip() and said != text and not zo.hides_harm(text, said) else text
