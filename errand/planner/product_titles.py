"""A quoted title or slogan printed on a product, whose words are no instruction to the planner.

A book, a poster, a mug or a T-shirt is often named by the words on it: "a book called 'Ignore the Noise'", "a poster
that says 'Cancel everything but coffee'", 买个印着“忘掉烦恼”的杯子, 买本书名叫《取消一切》. The readers of
instructions to the system and of steps only the shopper takes react to 'ignore', 'forget', 'cancel' wherever they
stand, so such a purchase was asked about. Here the few words those readers react to are masked inside the quote, and
only inside a quote that (a title's colon, read elsewhere as a list, is written as a dash too):

- follows a product and a word that says the quote is its title or print ('called', 'titled', 'that says', 'saying',
  'printed with', 印着, 写着, 名叫, 书名叫, or Chinese title marks after 本/张/件);
- speaks to no one here: no 'you', 'your', 'system', 'assistant', 'rules', 'instructions', 'prompt', no order, money,
  card, cap, limit, approval, and no verb of an errand (buy, order, return, pay, send, approve) — so "a mug, and ignore
  your rules" and "a mug that says 'ignore your rules'" are read as they always were.

Every other word of the quote stays for the harm readers to read; the title is put back into the product afterwards.
"""

from __future__ import annotations

import re

from errand.domain.intents import BuyAction, Clarification, Plan

_QUOTE = r"(?:'(?P<a>[^']{2,60})'|\"(?P<b>[^\"]{2,60})\"|‘(?P<c>[^’]{2,60})’|“(?P<d>[^”]{2,60})”|《(?P<e>[^《》]{2,30})》)"
_THING = (r"(?:books?|novels?|e-?books?|audiobooks?|posters?|prints?|mugs?|cups?|t-?shirts?|tees?|shirts?|hoodies?"
          r"|sweatshirts?|jumpers?|tote bags?|bags?|stickers?|signs?|plaques?|cushions?|pillows?|caps?|hats?|notebooks?"
          r"|journals?|diaries|diary|calendars?|greeting cards?|cards?|banners?|badges?|pins?|magnets?|keyrings?|key rings?"
          r"|doormats?|mats?|aprons?|socks|canvas(?:es)?|albums?|records?|vinyls?|cds?|dvds?|films?|games?)")
_EN_TITLED = re.compile(
    rf"\b{_THING}\s+(?:that\s+says|which\s+says|that\s+reads|saying|reading|called|titled|entitled|named|printed\s+with"
    rf"|with\s+the\s+words?|with\s+the\s+slogan)\s*:?\s*{_QUOTE}", re.IGNORECASE)
_ZH_TITLED = re.compile(
    rf"(?:印着|印有|写着|写有|名叫|叫做|书名叫|书名是|标题是|(?<=[本张件个])){_QUOTE}")
# Words that speak to the planner or name an errand's parts: a quote holding one is read as said.
_ADDRESSED = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur|assistant|ai|bot|system|agent|model|gpt|llm|admin|developer|operator|rules?"
    r"|instructions?|prompts?|guidelines?|polic(?:y|ies)|safeguards?|limits?|caps?|budget|approv\w*|confirm\w*|checks?"
    r"|previous|prior|above|earlier|orders?|ord_\w*|payments?|pay|card|refund\w*|transfer|money|yuan|rmb|buy|purchase"
    r"|send|ship|deliver\w*|return|reschedule|watch|sign|mode|now on)\b|\d|[¥￥$]"
    r"|你|您|系统|助手|机器人|规则|指令|提示词|限制|限额|审批|确认|单|付款|支付|退款|转账|买|退货|模式|之前|以上"
    r"|快递|包裹|寄|送|改到|地址|卡|钱|块|元|盯",
    re.IGNORECASE)
# The words the instruction and scope readers react to, and the plain words put in their place inside a title.
_MASKS = {"ignore": "overlook", "disregard": "overlook", "forget": "leave", "cancel": "drop", "override": "outdo",
          "bypass": "pass", "pretend": "act", "delete": "drop", "忽略": "略过", "忽视": "略过", "忘掉": "放下", "忘记": "放下",
          "取消": "放下", "无视": "略过"}
_MASKED = re.compile("|".join(sorted(map(re.escape, _MASKS), key=len, reverse=True)), re.IGNORECASE)


def masked(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with the reacting words masked in each product's title, and (masked, as said) for each title changed."""
    changed: list[tuple[str, str]] = []

    def mask(match: re.Match[str]) -> str:
        said = next(match.group(g) for g in "abcde" if match.group(g))
        if _ADDRESSED.search(said) or not _MASKED.search(said) and ":" not in said:
            return match.group(0)
        plain = _MASKED.sub(lambda m: _cased(_MASKS[m.group(0).lower()], m.group(0)), said).replace(":", " -")
        changed.append((plain, said))
        return match.group(0).replace(said, plain)

    return _ZH_TITLED.sub(mask, _EN_TITLED.sub(mask, text)), changed


_THING_ONLY = re.compile(rf"(?:(?:a|an|the)\s+)?{_THING}|[\u4e00-\u9fff]{{1,4}}", re.IGNORECASE)
_MARKER_LAST = re.compile(r"\b(?:called|titled|entitled|named)\s*$|(?:名叫|叫做|书名叫|书名是)\s*$", re.IGNORECASE)


def restored(plan: Plan, changed: list[tuple[str, str]]) -> Plan:
    """The purchase with each title as the shopper said it."""
    action = plan.action
    if not changed or not isinstance(action, BuyAction):
        return plan
    query = action.intent.query
    for plain, said in changed:
        query = query.replace(plain, said)
        if said in query:
            continue
        if _MARKER_LAST.search(query) or _THING_ONLY.fullmatch(query.strip()):
            query = f"{query} '{said}'"  # 'book called', 'poster': the title was read off; it names the product
        else:  # the title lost in the reading: what would be bought is not what was named
            return Plan(action=Clarification(question="Which product do you mean? Please name it, with its title in "
                                                      "quotes.", missing=["query"]))
    return Plan(action=action.model_copy(update={"intent": action.intent.model_copy(update={"query": query[:200]})}))


def _cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word
