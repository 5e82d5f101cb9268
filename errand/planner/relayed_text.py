"""Text the shopper relays rather than says: a quote from a listing, a review or a message, or a request to do
what some other text says. An instruction inside it did not come from the shopper, unless it is the want of a
person close to them that they report or forward and take on ("Grandpa says: he wants a radio", "帮她买一下").
"""

from __future__ import annotations

import re

# Text quoted from somewhere else (a listing, a review, a message) that carries an instruction, or a request to
# do what some other text says: the instruction did not come from the shopper. An apostrophe in a word ("it's") quotes nothing.
_QUOTED = re.compile(r"(?:[\"“”「『‘]|\B')(?P<quoted>(?:[^\"“”」』’']|\b['’]\b){6,200})(?:[\"“”」』]|['’]\B)"
                     r"|\b(?:wrote|writes|says|said|posted|reads|texted|messaged|emailed)\s*[:：]\s*(?P<said>[^\"“”「『]{6,200})"
                     r"|(?:写道|写着|说)[:：]\s*(?P<zsaid>.{4,200})", re.IGNORECASE)
_INSTRUCTION_WORDS = re.compile(
    r"\b(?:assistant|agent|bot|ai|model|system|admin|ignore|disregard|forget|add|buy|order|purchase|refund|approve"
    r"|change|set|send|transfer|pay|cancel|delete|must|should|please)\b"
    r"|助手|机器人|系统|管理员|请|把|改成|改为|买|下单|退款|转账|付款|确认|忽略|必须|需要", re.IGNORECASE)
# Words only the system acts on: inside relayed text they are an instruction to it, whoever relayed them.
_SYSTEM_WORDS = re.compile(
    r"\b(?:assistant|agent|bots?|ai|model|system|admin|ignore|disregard|forget|refund|approve|change|transfer|pay"
    r"|set(?!\s*(?:[,.;!?)]|$|of\b))|cancel|delete|must|confirm|sign|wallet|cap|limit|address|extra)\b"
    r"|助手|机器人|系统|管理员|代理|把|改成|改为|退款|转账|付款|确认|忽略|必须|额度|上限|地址|额外|审批|批准", re.IGNORECASE)
# A person close to the shopper whose want is reported ("Grandpa says: he wants a radio"), or a message forwarded.
_CLOSE_PERSON = re.compile(
    r"\b(?:grand\w*|mum|mom|mother|dad|father|wife|husband|son|daughter|sister|brother|friend|partner|girlfriend"
    r"|boyfriend|aunt(?:ie)?|uncle|cousin|niece|nephew|kids?|roommate|flatmate)\b"
    r"|老婆|老公|妈|爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|儿子|女儿|姐|妹|哥|弟|朋友|闺蜜|室友|孩子", re.IGNORECASE)
_FORWARDED = re.compile(r"\b(?:fwd?|forwarded)\b|转发|轉發", re.IGNORECASE)
# Where text comes from that is not a person: a listing, a review, a seller, support, a page.
_TEXT_SOURCE = re.compile(
    r"\b(?:listing|description|review(?:er)?|seller|merchant|store|shop|page|label|comment|support|service|operator"
    r"|email|sms|notice)\b|详情|描述|评论|评价|留言|商家|卖家|店家|页面|说明|客服|平台|官方|通知|短信|邮件", re.IGNORECASE)
# The shopper taking the relayed want as their own: "帮她买一下", "just buy that", "get her one".
_ENDORSED = re.compile(r"(?:帮|给|替)(?:她|他|我\w{0,2})买|\b(?:just )?(?:buy|get|order) (?:that|it|them|one|her one"
                       r"|him one)\b", re.IGNORECASE)
_FOLLOW_OTHER_TEXT = re.compile(
    r"\b(?:(?:do|follow) (?:what|as) (?:it|that|the \w+|they) (?:says?|said|tells? you|asks?)|follow (?:it|that|them"
    r"|those|these|the (?:instructions?|steps|note|text))|do (?:that|it|so|as (?:it|that) says)(?: with| for|,|$)"
    r"|(?:listing|description|review|comment|page|seller|merchant|note|label|message|email|text) (?:says|said|reads"
    r"|asks|tells you|wants you)(?: (?:to|that you|you should|you must)\b|\s*[:：]))"
    r"|照做|照着做|照办|按(?:它|他|她|这|那|上面|里面|这个|那个|说的)?(?:说的|写的|要求的?)?(?:办|做|执行)"
    r"|(?:详情|描述|评论|评价|留言|商家|卖家|页面|说明)(?:里|上|中)?(?:写着|写的|说|要求)", re.IGNORECASE)


def follows_other_text(text: str) -> bool:
    """An instruction inside quoted text, or a request to do what some other text says."""
    if _FOLLOW_OTHER_TEXT.search(text):
        return True
    for match in _QUOTED.finditer(text):
        quoted = match.group("quoted") or match.group("said") or match.group("zsaid") or ""
        if _INSTRUCTION_WORDS.search(quoted) and len(quoted.split()) + len(re.findall(r"[\u4e00-\u9fff]", quoted)) >= 4 \
                and not _relayed_want(text, match, quoted):
            return True
    return False


def _relayed_want(text: str, match: re.Match[str], quoted: str) -> bool:
    """A family member's or friend's want reported by the shopper, or forwarded and taken on ("帮她买一下"): a
    purchase, with no word the system alone acts on and no listing, seller or support as its source. Text
    between apostrophes is not taken as a quotation ("my flatmate's card … he won't")."""
    before, after = text[:match.start()], text[match.end():]
    if match.group(0)[0] in "'‘’" or _SYSTEM_WORDS.search(quoted) or _TEXT_SOURCE.search(before):
        return False
    return bool(_CLOSE_PERSON.search(before) or _FORWARDED.search(before) and _ENDORSED.search(after))
