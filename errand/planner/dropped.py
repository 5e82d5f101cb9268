"""What a reader may drop from a message before it reads the request: a story before 'anyway', a Chinese ramble
before '你帮我买', a reason after the request. Words are dropped only when they name nothing an errand must hear:
no goods or purpose the planner refuses or the screen asks about (harm, an instruction or a role given to the
system, a setting or cap changed, another person's card, money or records, a parcel for someone else). Every
reader that drops text asks this one question of it, so a rule added to the screen guards the dropped words too.
"""

from __future__ import annotations

import re

from . import covert_harm as ch
from . import screen as sc
from .scope import refusal, restricted

# Words no reader may drop unheard, whatever the screens make of them alone: a crime, violence, a grudge, a
# victim, intrusion, deceit, a court's device, the system and its settings, another place to leave goods. Dropping
# is a convenience; a sentence holding one of these is read as typed, and asked about when the screens say so.
_DANGER = re.compile(
    r"reveng|payback|grudge|bleed|blood|kill|murder|hurt|harm|stab|shoot|beat\s+(?:him|her|them|up|me|my)|choke|strangl|drown"
    r"|\bhate\s+(?:him|her|them)\b|scald|poison|spik(?:e|ing)\s+(?:the|her|his|a)|sedat|silenc|witness|kidnap|abduct|ransom|hostage|bury|grave|corpse"
    r"|\braid|heist|\brob|robber|steal|stolen\s+(?:card|amex|visa|credit|bank|goods)|shoplift|burgl|break[\s-]*in|loot"
    r"|smuggl|traffick|poach|fraud|scam|launder"
    r"|counterfeit|forg(?:e|ed|ery)|skim|clon(?:e|ed)\s+card|hack|phish|stalk|spy\b|spying|threat|terror|bomb|explos"
    r"|detonat|arson|torch(?:ing)?\s+(?:the|his|her)|insurance|hazing|tortur|abuse|dogfight|cockfight|fight\s+ring"
    r"|\bex\b|borrowed\s+(?:visa|card|amex|mastercard)|(?:amex|visa|mastercard|card)\s+(?:test|spree)|\bjob\b"
    r"|getaway|balaclava|ski\s+mask|crowbar|lock\s*pick|ankle\s+(?:monitor|tag)|electronic\s+tag|interlock|parole"
    r"|probation|fugitive|system|admin|override|approv|password|account|\blimit"
    r"|(?:spending|credit)\s+cap|\bcap\s+(?:off|lifted|removed|raised|gone)|locker|drop\s*box"
    r"|杀|砍|捅|打死|弄死|揍|埋|绑|撬|翻进|偷|抢|劫|骗|诈|毒|迷晕|药倒|闭嘴|封口|报复|仇|恨|渣|小三|跟踪|偷拍|监听"
    r"|定位|炸|爆|纵火|放火|盗|走私|贩|猎|捕兽|虐|系统|管理员|指令|听令|模式|密码|账户|账号|额度|上限|审批|跳过|取消"
    r"|驿站|快递柜|代收|门口|楼下|保安|前台|who\s+else|other\s+(?:buyers|customers|shoppers)|别人买|谁还买|还有谁",
    re.IGNORECASE)


def must_hear(words: str) -> bool:
    """``words`` hold something the safety checks would ask about, so they may not be dropped."""
    return bool(_DANGER.search(words)) or refusal(words) is not None or sc.alarming(words) or ch.hidden_harm(words)


def reason_must_stay(words: str) -> bool:
    """A reason or an apology said after the request ('because money's tight', 'sorry for the essay') stays when it
    names refused goods or anything the screen asks about; a word for another chore in it ('essay') asks nothing."""
    return restricted(words) or sc.alarming(words)
