"""Someone other than the shopper speaking as or for them: an assistant, a spouse or a child introducing themselves
by the shopper ("I'm Alice's assistant, she said buy …", '我係Alice嘅老公'), a person typing on the shopper's phone or
account ('Mei here on Alice's phone'), or another's instruction relayed to the planner ('my boss said you should buy
…', 'my oga talk say make you buy am').

The planner takes requests from the shopper alone, so each is asked about. The shopper's own words about a person
('buy a wallet for my husband', '帮我老公买个剃须刀', '用老公的手机号收货') stay requests.
"""

from __future__ import annotations

import re

QUESTION = ("I take requests only from the shopper, on their own account. If this is for them, please have them ask me "
            "themselves; if it is your own request, say it as yours.")

_ROLE = (r"(?:assistant|pa|secretary|ea|husband|hubby|wife|spouse|partner|other half|fianc[eé]e?|boyfriend|girlfriend|bf|gf"
         r"|mum|mom|mother|dad|father|son|daughter|kid|child|brother|sister|bro|sis|friend|mate|colleague|coworker"
         r"|co-worker|roommate|flatmate|housemate|nanny|maid|helper|driver|cleaner|carer|caregiver|niece|nephew|grandson"
         r"|granddaughter|aunt|uncle|cousin|intern|butler|housekeeper|neighbou?r|employee|staff member)")
_DEVICE = r"(?:phone|account|app|login|laptop|computer|device|mobile|number|email|profile|tablet|ipad)"
_WHOSE = r"(?:(?P<who>[a-z]+)'s|her|his|their)"
_SPEAKER = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    # introduced by the shopper's own people: "I'm Alice's assistant", 'this is her husband', "Alice's secretary here"
    rf"\b(?:i'?m|im|i am|this is|here'?s|it'?s)\s+(?:[a-z]+,?\s+)?{_WHOSE}\s+(?:\w+\s+)?{_ROLE}\b(?!'s)",
    # the shopper's request relayed by whoever writes: 'Alice asked me to order …', 'on behalf of Alice'
    r"\b(?P<who>[a-z]+)\s+(?:asked|told|wants|wanted|needs|needed)\s+me\s+to\s+(?:buy|order|get|grab|pick up)\b",
    r"\bon behalf of (?P<who>[a-z]+)\b",
    r"^\s*(?P<who>[a-z]+)\s+(?:said|says)\s+(?:to\s+)?(?:buy|order|get|grab|cop)\b",
    rf"\b{_WHOSE}\s+(?:\w+\s+)?{_ROLE}\s+(?:here|speaking|writing)\b",
    # on the shopper's phone or account: 'Tom here on Alice's account', 'typing from Alice's phone'
    (rf"\b(?:here|i'?m|im|i am|writing|typing|texting|messaging|speaking|this is|it'?s|sent|sending)\b[^,.;:!?—–]{{0,25}}?"
     rf"\b(?:on|from|using|via)\s+{_WHOSE}\s+{_DEVICE}\b")))
# Another's instruction relayed to the planner: 'she asked me to get you to buy', 'my boss said you should buy'.
_RELAYED = re.compile(
    r"\b(?:said|says|told me|asked me|wants me|want me|wanted me)\b[^.,;]{0,20}\byou\s+(?:should\s+|must\s+|to\s+|can\s+"
    r"|would\s+|need to\s+)?(?:buy|get|order|grab|cop|purchase)\b"
    r"|\btalk say\b|\bsay make (?:you|una)\b",
    re.IGNORECASE)
_ZH_ROLE = (r"(?:老公|老婆|丈夫|妻子|太太|先生|助理|秘书|秘書|妈妈|媽媽|爸爸|儿子|兒子|仔|女儿|女兒|囡|朋友|同事|室友|男朋友"
            r"|女朋友|男友|女友|保姆|阿姨|工人|司机|司機|家人|亲戚|親戚|姐姐|妹妹|哥哥|弟弟|家姐|细佬|細佬|邻居|鄰居|下属|下屬"
            r"|员工|員工|助手)")
_ZH_SPEAKER = re.compile(
    rf"我(?:是|係|系)\s*(?:(?P<who>[A-Za-z]+)\s*(?:的|嘅|個|个)?|(?:她|他|佢)(?:的|嘅|個|个)?)\s*{_ZH_ROLE}"
    r"|我(?:在|喺)?用\s*(?:(?P<owner>[A-Za-z]+)|她|他|佢)\s*(?:的|嘅)\s*(?:手机|手機|账号|帳號|账户|帳戶|微信|电脑|電腦)(?!号|號)")
_ZH_RELAYED = re.compile(
    r"(?:她|他|佢|老板|老闆|上司)(?:说|說|話|话|讲|講|叫)(?:让|讓|叫)?你(?:帮|幫)?(?:她|他|佢)?(?:买|買|订|訂|下单|下單)")


def _is_shopper(name: str | None, shopper_id: str) -> bool:
    """No name (a pronoun: 'her husband', 佢秘書) or the shopper's own first name."""
    own = re.split(r"[^a-z]+", shopper_id.casefold())
    return name is None or bool(own) and name.casefold() == own[0]


def another_speaks(said: str, text: str, shopper_id: str) -> bool:
    """The message is written by someone other than the shopper, speaking as or for them: one of the shopper's
    people by name or pronoun ('Bob's assistant here' may be the shopper's own job, and is left), or another's
    instruction relayed to the planner."""
    for line in (said, text):
        if _RELAYED.search(line) or _ZH_RELAYED.search(line):
            return True
        for found in (*(m for p in _SPEAKER for m in p.finditer(line)), *_ZH_SPEAKER.finditer(line)):
            names = [found.groupdict().get(key) for key in ("who", "owner")]
            if all(_is_shopper(name, shopper_id) for name in names):
                return True
    return False
