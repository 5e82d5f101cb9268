"""Fakes wanted to pass as real, whatever the good: money that can be spent, a diploma that looks like a real one,
labels that make one vodka pass as another, bottles refilled and sold as genuine, a return that hands back a fake as
the original ("prop money that looks real enough to spend", "bills that pass the pen test", "灌了当真酒卖",
"以假乱真的证书", "假钞，睇落要似真嘅").

Two kinds of words say it. Passing it off (sold, spent, returned or passed as the real thing, no one can tell, looks
legit or official, 以假乱真, 当正品卖, 冒充, 贴成进口的) is a fake meant to deceive whatever it is. Looking real (looks
real, like a real one, 像真的, 似真, 一模一样) is one only when the good is one a check trusts: money, a paper or a
seal, a ticket, a brand, liquor. A plant, a tree, fruit or leather that looks real is a product. A uniform or a
badge worn to be let in or taken for someone (假警服, 冒充快递员) and a credential for what did not happen ('a diploma
from a uni I never went to') pass a person off the same way; used, refurbished or expired goods sold as new (翻新后当新机卖,
改个日期再卖) and branded bottles refilled pass goods off.
"""

from __future__ import annotations

import re

# Passing a fake off, whatever it is.
_PASSED_OFF = re.compile(
    r"\b(?:pass(?:es|ing)?|passed) (?:off )?(?:as|for) (?:an? |the )?(?:real|genuine|authentic|original|legit|new|[a-z]+ ?[a-z]*s?\b(?="
    r"[^.?!]{0,40}\b(?:sell|resell|label|bottle|logo|patch)))"
    r"|\b(?:make|making|makes) [^.?!]{0,30}\bpass (?:as|for)\b"
    r"|\bpass(?:es)? (?:the |a |any )?(?:pen|uv|bank|counterfeit|detector|machine|atm) (?:test|check)s?\b"
    r"|\b(?:sell|resell|re-sell|flog|pass|return|send (?:it |them )?back|hand (?:it |them )?back|swap)\b[^.?!]{0,25}"
    r"\bas (?:an? |the )?(?:real|genuine|authentic|original|legit|new|brand[- ]new|unused|unopened)(?: (?:one|thing|deal|item"
    r"|article|\w+s?))?\b"
    r"|\b(?:sell|resell|flog)(?:ing)? (?:them |it )?as (?:real|genuine|authentic) \w+"
    r"|\b(?:no ?(?:one|body)|can'?t|cannot|couldn'?t|won'?t) (?:could |can |would |will )?(?:ever )?tell (?:it |them )?"
    r"(?:from|apart from) (?:the )?real\b|\breal enough to (?:spend|use|pass|fool|sell)\b"
    r"|\b(?:looks?|look(?:ing)?|seem|seems) (?:\w+ )?(?:legit|official|authori[sz]ed|genuine enough)\b"
    r"|\bswap(?:ped)? (?:in |out )?(?:a |the )?(?:fake|copy|replica)\b|\bkeep(?:ing)? the (?:real|genuine|original) one\b"
    r"|\binstead of the (?:real|genuine|original|authentic) one\b|\b(?:send(?:ing)?|ship(?:ping)?|hand(?:ing)?) back (?:the |a |an )?"
    r"(?:knock-?off|fake|copy|replica|counterfeit|dupe)\b"
    r"|\b(?:fool|trick|deceive|get past|cheat)(?:s|ing)? (?:a |the |any )?(?:shop ?keepers?|cashiers?|sellers?|buyers?|customers?"
    r"|banks?|tellers?|staff|bouncers?|inspectors?|employers?|machines?|atms?|detectors?|pens?|scanners?|checks?)\b"
    # a uniform or a badge worn to be let in or taken for someone ('a courier uniform so people let me in', '假警服')
    r"|\b(?:uniforms?|badges?|hi-?vis|vests?|lanyards?|costumes?|outfits?|overalls)\b[^.?!]{0,40}\b(?:let (?:me|us) in(?:to)?|get (?:me |us )?"
    r"in(?:to)?\b|get past|walk (?:in|into|onto)|sneak (?:in|into)|pose as|pass as|pretend to be|impersonat\w*)"
    r"|假(?:的)?(?:警服|制服|军装|工作证|记者证|警官证|工作牌)|(?:混进|混入|溜进)(?:小区|楼|大楼|公司|学校|宿舍|酒店|现场|工地)"
    r"|(?:冒充|假扮|装成)(?:警察|民警|快递员?|外卖员?|工作人员|医生|保安|物业|维修工)"
    # a credential for what did not happen ('a diploma from a uni i never went to', '没上过的大学的文凭')
    r"|\b(?:diplomas?|degrees?|certificates?|transcripts?|licen[cs]es?|qualifications?)\b[^.?!]{0,40}\b(?:i|we) (?:never|didn'?t"
    r"|did not|haven'?t) (?:went|go|attend\w*|studied|study|finish\w*|took|take|pass\w*|earn\w*|do|did|sat|sit)\b"
    r"|没(?:上过|读过|考过|去过|念过)[^，。！？]{0,8}(?:文凭|学历|毕业证|证书|学位证|驾照)"
    # used, refurbished or out of date goods sold as new, empty branded bottles refilled
    r"|当(?:成|作)?(?:全)?新(?:机|品|货|的)?(?:卖|出售|出手)|翻新[^，。！？]{0,6}当新|改(?:个|一下)?(?:生产)?日期|改保质期"
    r"|(?:过期|临期)[^，。！？]{0,10}(?:再卖|卖掉|出售|重新包装)|空(?:的)?[^，。！？]{0,6}瓶[^。！？]{0,10}(?:装|灌)[^，。！？]{0,8}(?:卖|出售)"
    # money or a plate that is fake is made to pass: '假钞', '假银纸', '假车牌', '套牌'
    r"|假(?:的)?(?:钞|币|银纸|美钞|美元|人民币|港币|纸币|车牌)|套牌"
    # a thesis written by someone else, an account verified in another's name
    r"|(?:论文|論文|作业|功课|毕业设计|毕设)[^。！？]{0,8}代(?:写|寫|笔|做)|代(?:写|寫|笔|考)[^，。！？]{0,4}(?:论文|論文|作业|毕设)|替考"
    r"|\bghost-?written (?:thesis|essay|dissertation|paper|coursework)|\b(?:thesis|essay|dissertation|coursework)\b[^.?!]{0,20}"
    r"\bghost-?writ|(?:微信|支付宝|qq|抖音|淘宝)?(?:号|账号|帐号|賬號)[^。！？]{0,8}实名(?:认证|認證)|实名(?:认证)?(?:过)?的?(?:微信|支付宝|qq|抖音)"
    r"(?:号|账号)|\b(?:verified|kyc'?d)\s+(?:wechat|alipay|paypal|bank|binance|exchange) accounts?\b"
    r"|以假乱真|足以乱真|(?<!仿)乱真|冒充|(?:当|充)(?:成|作)?(?:真|正品|原装|真货|真酒|进口)[^，。！？]{0,5}(?:卖|出手|出售|用|花|退)"
    r"|(?:贴|包装|换)成(?:进口|正品|名牌|原装|大牌)|(?:灌|装|掺)[^，。！？]{0,4}(?:当|充)(?:真|正品)|(?:退|换)[^，。！？]{0,6}假的"
    r"(?:回去|给)", re.IGNORECASE)
# Looking real, said of what a check trusts.
_LOOKS_REAL = re.compile(
    r"\b(?:look|looks|looking|looked) (?:\w+ )?(?:real|genuine|authentic|original)\b|\b(?:exactly |just )?like (?:an? |the )?"
    r"(?:ones? (?:on|in|from) )?(?:an? |the )?(?:real|genuine|authentic|original)\b|\bindistinguishable\b"
    r"|似真|像真的?|跟真的?一样|和真的?一样|同真嘅?一样|一模一样|逼真|看不出(?:是)?假|乱真", re.IGNORECASE)
_TRUSTED = re.compile(
    r"\b(?:money|bills?|banknotes?|notes|cash|currency|dollars?|euros?|pounds|yuan|rmb|coins?|diplomas?|degrees?"
    r"|certificates?|transcripts?|permits?|licen[cs]es?|ids?|id cards?|passports?|badges?|stamps?|seals?|tickets?|receipts?"
    r"|invoices?|prescriptions?|documents?|papers|labels?|logos?|tags?|rolex|brands?|designer|luxury|vodka|whiske?y|wine"
    r"|liquor|cognac|bottles?|airpods|sneakers|handbags?|watch(?:es)?)\b"
    r"|钞|钱|币|人民币|美元|港币|纸币|银纸|车牌|证|文凭|护照|驾照|公章|印章|发票|收据|门票|车票|钞票|茅台|酒|名牌|大牌|正品|商标|标签|吊牌|包包|手袋|手表", re.IGNORECASE)


def passes_off(text: str) -> bool:
    """The goods are a fake meant to pass as real."""
    return bool(_PASSED_OFF.search(text) or _LOOKS_REAL.search(text) and _TRUSTED.search(text))
