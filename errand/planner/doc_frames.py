"""A request inside a frame that is not part of it, said as the request alone:

- a bracketed label before or after it: a sticky note's ('[Post-it on the fridge]'), a bot's ('[Slack bot]'), a
  stage direction ('(ALICE, to her phone)', '(Exit.)'), a notice's header (【通知】【提醒】【公告】, '#接龙', '#团购');
- a letter's salutation and sign-off ('Dear Errand, …', 'Love, A.', 'Best, Sam'), and a postcard's chatter
  before a dash after the salutation ('weather's grim — please order …');
- a vow's frame ('I, <name>, promise to …, in sickness and in health');
- small talk before a 'PS' that carries the request;
- a notice's lines for its readers ('收到请回复', '请各位准时领取', '谢谢配合'), a notice asking people to prepare
  something followed by '——帮我买', a narration whose one counted noun a bare '——买一口' buys, '请关注：X，N以内告知';
- an arrow from an order to a time ('Nanfu → Thu 26, morning'): that delivery moved.

The request left is read again by the app's readers (``app_notes``) and the labelled fields (``doc_fields``). A
part dropped must pass ``dropped.must_hear`` and name no other person or place; otherwise the text stays as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import app_notes as an
from . import doc_fields as df
from . import dropped as dp

_I = re.IGNORECASE
_CJK = re.compile(r"[\u4e00-\u9fff]")

_LEAD = re.compile(r"^\s*(?:[\[(（【](?P<tag>[^\]\)）】\[(（【]{1,50})[\]\)）】]|#(?P<hash>[\u4e00-\u9fff]{2,4}|[A-Za-z]{3,12})"
                   r"(?=\s))\s*")
_TAIL = re.compile(r"\s*[\[(（](?P<tag>(?:he |she |they |all )?(?:exit|exits|exeunt|enter|curtain|blackout|lights|fade|beat"
                   r"|pause|sighs?|aside|end|fin|stage)[^\])）]{0,25})[\])）]\s*$", _I)
# A bracket that holds what the request needs (an order, a time, a count) is no frame.
_MEANT = re.compile(r"ord_\w+|#?W\d{5}|\d|\b(?:mon|tue|wed|thu|fri|sat|sun|today|tomorrow|morning|afternoon|evening"
                    r"|tonight|urgent|asap|for|office|home|house|work|flat)\b|周|星期|明天|后天|今天|上午|下午|晚上|点|杯|个|家|公司|办公室", _I)
_HAIL = re.compile(r"^\s*(?:dear|hi|hello|hey|greetings|to whom it may concern|good (?:morning|afternoon|evening))(?![\w-])"
                   r"[^,:—–\n.!?]{0,30}[,:!]\s*", _I)
_SIGN = re.compile(r"(?<=[.!?？。])\s*(?:[-—–]\s*)?(?:love|lots of love|best|all the best|cheers|regards|kind regards|best wishes"
                   r"|warm(?:est)? regards|thanks|thank you|many thanks|thx|ta|yours(?: truly| sincerely)?|sincerely|xo+|x+)"
                   r"\s*[,!.]?\s*(?:[A-Z][\w.]{0,15}\.?)?\s*(?:x+)?\s*$", _I)
_CHAT_DASH = re.compile(r"^(?P<chat>[^—–]{1,90}?)\s+[—–-]{1,2}\s+(?P<ask>(?:please|pls|could you|can you|would you|kindly"
                        r"|buy|order|get|grab|has|have|did|where|when|is|are|move|return|watch)\b.*)$", _I)
_VOW = re.compile(r"^\s*I,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s*(?:do\s+)?(?:hereby\s+)?(?:solemnly\s+)?"
                  r"(?:promise|swear|vow|pledge)\s+(?:to\s+)?", _I)
_VOW_END = re.compile(r"\s*[,;]?\s*(?:in sickness and in health|till death do us part|'?til death do us part|for better"
                      r",? (?:or|and) for worse|for richer,? (?:or|and) for poorer|so help me(?: god)?"
                      r"|from this day forward)\b.*$", _I)
_PS = re.compile(r"^(?P<chat>.{0,90}?)(?:^|(?<=[\s.!?,]))P\.?\s?S\.?(?=[\s:,.\-])\s*[:,.\-]?\s*(?P<ask>.+)$", re.DOTALL)
_ASKING = re.compile(r"\b(?:buy|get|order|grab|pick up|purchase|need|want|move|reschedule|return|refund|watch|track"
                     r"|has|have|did|where|when)\b", _I)
_NOTICE_LINE = re.compile(r"[，,。]?\s*(?:(?:请各位|请大家|大家|各位)(?:同事|家长|同学)?(?:准时|按时)?(?:领取|查收|转告|相互转告)"
                          r"|收到请回复|收到请回|收到回复|谢谢配合|感谢配合|谢谢大家|请知悉|特此通知)[。！!]*")
_PREPARE = re.compile(r"^(?:请)?(?:各位|大家)?(?:家长|同事|同学|老师|员工|业主)?(?:们)?(?:为孩子|给孩子|替孩子)?"
                      r"(?:自备|准备|携带|带好|带上|备好)(?P<thing>[^，,。！]{2,20})[，,。！]*$")
_BARE_BUY = re.compile(r"^(?P<head>.+?)[。！!\s]*——\s*(?P<ask>帮我买|帮忙买|代买|买|帮我订|订)(?P<rest>.*)$")
_COUNTED_NOUN = re.compile(r"[一两二三四五六七八九十\d]+\s*(?:口|只|个|台|把|件|盏|张|条|双|套|瓶|盒|包|袋|支)"
                           r"(?P<noun>[\u4e00-\u9fff]{2,8}?)(?=正在|在|静静|默默|等|已|将|还|就|的|躺|站|坐|挂|放|摆|，|。|$)")
_FOLLOW = re.compile(r"^(?:请)?(?:关注|留意)\s*[:：]?\s*(?P<what>[^，,]{2,30})[，,]\s*(?P<price>[\d,.]+|[零一二两三四五六七八九十百千万]+)"
                     r"\s*(?:元|块)?\s*(?:以内|以下|之内)?\s*(?:告知|通知我?|提醒我?|告诉我)[。！]*$")
_ARROW = re.compile(r"^(?P<what>[^→>\d]{2,40}?)\s*(?:→|->|=>)\s*(?P<when>.+)$")
_WHEN = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)\w*|\btomorrow\b|\b(?:morning|afternoon|evening)\b"
                   r"|周|星期|明天|后天|上午|下午|晚上|早上|\d{1,2}[号日]", _I)
# A notice's time said first ('周四下午四点，…二十杯送到公司'): said where a delivery's time is read, before 送.
_TIME_FIRST = re.compile(r"^(?P<when>(?:下?周[一二三四五六日天]|星期[一二三四五六日天]|明天|后天|今天|\d{1,2}[号日]|上午|下午|中午|晚上|早上"
                         r"|[零一二两三四五六七八九十\d]{1,3}点(?:半|[零一二两三四五六七八九十\d]{1,3}分?)?|\d{1,2}[:：]\d{2}|\s)+)[，,]\s*"
                         r"(?P<what>[^，,。]+?)(?P<send>送到|送至|送)(?P<rest>.*)$")
_TOTAL = re.compile(r"\s*共计?\s*(?=[\d一两二三四五六七八九十百]+\s*[杯份])")


# A remark on the weather in a letter's small talk ('weather's grim', 'the weather is lovely') asks nothing about it.
_REMARK = re.compile(r"\b(?:the\s+)?weather(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:so\s+|very\s+|really\s+)?[a-z]+\b", _I)


def _quiet(words: str) -> bool:
    return df.FOREIGN.search(words) is None and not dp.must_hear(_REMARK.sub(" ", words))


def _frames(text: str) -> tuple[str, bool]:
    """``text`` with the frames around it taken off, and whether any was."""
    rest, peeled = text.strip(), False
    for _ in range(3):
        lead = _LEAD.match(rest)
        if lead is None or not rest[lead.end():].strip():
            break
        tag = lead.group("tag") or lead.group("hash") or ""
        if not re.search(r"[A-Za-z]{2}|[\u4e00-\u9fff]", tag):
            break  # a face '(￣▽￣)' is part of how the request is typed
        if _MEANT.search(tag) and lead.group("tag") and not re.match(r"[A-Z]{2,}\s*,", tag) or not _quiet(tag) \
                or lead.group("hash") and an._CONTROL.search(tag):
            break
        rest, peeled = rest[lead.end():], True
    if (tail := _TAIL.search(rest)) is not None and rest[: tail.start()].strip() and _quiet(tail.group("tag")):
        rest, peeled = rest[: tail.start()], True
    if (hail := _HAIL.match(rest)) is not None and rest[hail.end():].strip() and _quiet(hail.group(0)):
        rest, peeled = rest[hail.end():], True
        if (chat := _CHAT_DASH.match(rest)) is not None and _quiet(chat.group("chat")):
            rest = chat.group("ask")
        if (sign := _SIGN.search(rest)) is not None and rest[: sign.start()].strip() and _quiet(sign.group(0)):
            rest = rest[: sign.start()]  # a letter's sign-off, after its salutation
    if (vow := _VOW.match(rest)) is not None:
        body = _VOW_END.sub("", rest[vow.end():])
        if body.strip() and _quiet(rest[: vow.end()] + rest[vow.end() + len(body):]):
            rest, peeled = body, True
    if (ps := _PS.match(rest)) is not None and _ASKING.search(ps.group("ask")) and not _ASKING.search(ps.group("chat")) \
            and _quiet(ps.group("chat")):
        rest, peeled = ps.group("ask"), True
    if _CJK.search(rest) and (lines := _NOTICE_LINE.sub("", rest)) != rest and lines.strip():
        rest, peeled = lines, True
    return rest.strip(), peeled


def _zh_notice(text: str) -> str | None:
    if (bare := _BARE_BUY.match(text)) is not None:
        head, rest = bare.group("head").strip(), bare.group("rest").strip(" ，,。")
        if (prepare := _PREPARE.match(head)) is not None and not rest:
            return f"帮我买{prepare.group('thing')}"
        if (noun := _COUNTED_NOUN.search(head)) is not None and _quiet(head):
            count = re.match(r"[一两二三四五六七八九十\d]+\s*[\u4e00-\u9fff]", rest)
            if count is not None:
                return f"买{count.group(0)}{noun.group('noun')}{rest[count.end():]}"
            if not rest:
                return f"买{noun.group(0)}"
    if (follow := _FOLLOW.match(text)) is not None:
        return f"盯价：{follow.group('what').strip()}，{follow.group('price')}"
    return None


def _arrow(text: str) -> str | None:
    """'Nanfu → Thu 26, morning': the delivery of that order moved to that time."""
    arrow = _ARROW.match(text)
    if arrow is None or not _WHEN.search(arrow.group("when")) or not _quiet(arrow.group("what")):
        return None
    what, when = arrow.group("what").strip(), arrow.group("when").strip()
    return f"{what}改到{when}" if _CJK.search(text) else f"move the {what} delivery to {when}"


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """``text`` with its app's format or its document's frame taken off; as it was when it has neither."""
    said = an.plain(text)
    if said != text:
        return said
    rest, peeled = _frames(text)
    rest = an.plain(rest)
    found = df.read(rest, peeled) or _arrow(rest) or (_zh_notice(rest) if _CJK.search(rest) else None)
    if found is not None:
        rest = an.plain(found)
    elif not peeled:
        return text
    if _CJK.search(rest):
        rest = _TOTAL.sub("", rest)
        if peeled and (first := _TIME_FIRST.match(rest)) is not None:
            rest = f"{first.group('what')}，{first.group('when').strip()}{first.group('send')}{first.group('rest')}"
    else:
        rest = re.sub(r"^(?:please\s+)?(buy|get|order)\s+me\s+(?=(?:a|an|one|some|two|three)\b)", r"\1 ", rest, flags=_I)
    rest = " ".join(rest.split()).strip(" ,，")
    heard = _REMARK.sub(" ", re.sub(r"[【】\[\]#]", " ", text))  # a notice's brackets and a group post's '#' alone ask nothing
    if not re.search(r"\w", rest) or dp.must_hear(heard) and not dp.must_hear(rest):
        return text
    return rest
