"""Approval or the spending cap waived in passing, said as a favour rather than as a setting: the shopper need not be
asked ('no need to ask me b4 paying', "you don't have to check with me first", "don't need my OK"), an approval given
once for everything ('you have my blanket approval', 'consider it pre-authorised'), a price that may be anything
('whatever it costs', 'price is no object', '≤ ∞', 幾錢都得, 多少钱都行) or a cap that is none (冇上限, 价钱不限),
and the verification step skipped or the limit raised for this once (指纹验证跳过, 额度不够就临时提一下).

Neither is the message's to waive: the quote still waits for the shopper's own key and the cap stays, so the
planner asks. A wish about the order itself ('no need to gift wrap', 'no need to rush') waives nothing.
"""

from __future__ import annotations

import re

# The shopper asked, checked with or waited for, in the words of a favour waived.
_ASKING_ME = r"(?:ask(?:ing)?|check(?:ing)? (?:with|w/)|confirm(?:ing)? with|run(?:ning)? (?:it|this) (?:by|past)|clear(?:ing)? (?:it|this) with|wait(?:ing)? for|bother(?:ing)?|ping(?:ing)?|text(?:ing)?|message|messaging)\s+me"
_WAIVED = re.compile(
    rf"\bno need (?:to|2) {_ASKING_ME}\b|\b(?:you )?(?:don'?t|do not|dont|won'?t|will not|needn'?t) (?:need (?:to|2) |have (?:to|2) |gotta )?"
    rf"{_ASKING_ME}\b|\bdon'?t bother {_ASKING_ME}\b|\bwithout {_ASKING_ME}\b"
    r"|\b(?:don'?t|do not|dont|won'?t) need my (?:ok|okay|o\.k\.|approval|go-?ahead|sign-?off|say-?so|permission|yes|consent"
    r"|confirmation|nod)\b|\b(?:no need for|skip) my (?:ok|okay|approval|go-?ahead|sign-?off|say-?so|permission|yes|consent)\b"
    r"|\b(?:blanket|standing|open-?ended|advance|prior|full) (?:approval|permission|consent|authori[sz]ation|go-?ahead)\b"
    r"|\bpre-?(?:authori[sz]ed|cleared|signed|confirmed|okayed|ok'?d)\b"
    # the signing claimed done: 'consider it signed', 'I've already signed in advance', 'no signing needed', 当我签咗名
    r"|\b(?:consider|count|treat) (?:it|this|that|the (?:quote|order)) (?:as )?(?:signed|approved|authori[sz]ed|confirmed|ok'?d)\b"
    r"|\b(?:i'?ve|i have|i)\s+(?:already\s+)?(?:signed|approved)\s+(?:it\s+)?(?:in advance|ahead|beforehand|already)\b"
    r"|\bno (?:signing|signature|sign-?off|approval|confirmation) (?:needed|required|necessary)\b|\bi (?:already )?said yes already\b"
    r"|\bi said yes already\b|(?:当|當)(?:我|是我|系我)(?:已经|已經)?(?:签|簽)(?:咗|了|过|過)?名|(?:我)?(?:已经|已經|早就)(?:签|簽)(?:咗|了|过|過)?名"
    r"|当(?:我|是我)(?:已经)?(?:同意|批准|确认)(?:咗|了)|不(?:用|需要|必)(?:签名|签字|签)|唔(?:使|洗|驶)(?:签名|簽名|签|簽)"
    r"|\byou(?:'re| are) (?:authori[sz]ed|cleared|allowed|free|good) to (?:pay|buy it|approve|confirm|check ?out|sign)\b"
    # a price that may be anything, a cap that is none
    r"|\b(?:whatever (?:it|they) costs?|(?:price|money|cost) (?:is|'s) no (?:object|issue|problem)|at any (?:price|cost)"
    r"|no matter (?:the (?:price|cost)|what it costs|how much)|regardless of (?:the )?(?:price|cost)|(?:the )?sky'?s the limit)\b"
    r"|(?:≤|<=|<|\bmax\b|\bunder\b|\bup to\b|\bcap\b|\bbudget\b|\blimit\b)\s*[:=]?\s*(?:∞|\binfinity\b|\binfinite\b|\bunlimited\b)"
    r"|\bno need (?:to|2) (?:confirm|check|ask|approve|verify)(?=\s*(?:$|[,.!;]|first\b|again\b|before\b|b4\b|with me\b|w/ me\b|me\b))"
    r"|\bno (?:budget|price limit|spending limit|max(?:imum)? price)(?: (?:needed|required|set))?\s*(?:$|[,.!;])"
    r"|\b(?:no |without (?:a |any )?)(?:price|spending) (?:cap|limit|ceiling)\b|\bany price (?:is |'s )?(?:fine|ok|okay|good)\b"
    r"|\bspend (?:what(?:ever)?|as much as) (?:you need|it takes|you like|you want)\b|\bno questions asked\b"
    r"|不(?:用|需要|必|须|洗|使)再?(?:问|请示|确认|等|通知)(?:一下)?我|唔(?:使|洗|驶)再?问我"
    # the verification step skipped or the limit raised for this once: '指纹验证太麻烦了，这次跳过', '额度不够就临时提一下',
    # 'skip the fingerprint check', 'if the limit's too low just raise it'
    r"|(?:指纹|指紋|人脸|人臉|刷脸|刷臉|面容|验证码|驗證碼|密码|密碼|验证|驗證|确认|確認)[^。！？]{0,12}(?:跳过|跳過|略过|略過"
    r"|省了|免了|别输|別輸|不用输|不用輸|就别|就別)|跳过(?:指纹|人脸|验证|密码)|跳過(?:指紋|人臉|驗證|密碼)"
    r"|(?:额度|額度|限额|限額)[^，。！？]{0,10}(?:临时提|臨時提|提一下|提高|调高|調高|提上去|加一下|加点|加點)"
    r"|(?:临时|臨時|先)?(?:提高|调高|調高|提|加)(?:一下)?(?:额度|額度|限额|限額)"
    r"|\bskip (?:the )?(?:fingerprint|face ?id|passkey|pin|otp|verification|2fa|two-factor)\b"
    r"|\b(?:raise|increase|bump|lift) (?:the |my )?(?:spending )?(?:limit|cap)\b|\b(?:limit|cap)(?:'s| is)? too low\b[^.?!]{0,30}\braise\b"
    r"|(?:随便|无论|不管)?多少钱都(?:得|行|可以|没问题|无所谓|没所谓|冇所谓|没关系|买|ok)|随便多少钱|多贵都|钱不是问题|不(?:驶|使|用|洗|需要)(?:理|管|看)价钱|价钱(?:不紧要|不重要|没所谓)|(?:价钱|价格|价|钱)(?:不限|无所谓|随便)"
    r"|不限(?:价|预算)|预算不限|(?:没|冇|无|不设|不要)(?:有)?(?:上限|预算)|(?:无论|不管)(?:多少钱|多贵|价钱|价格)", re.IGNORECASE)


def waived(text: str) -> bool:
    """The sentence waives the shopper's approval or the spending cap in passing."""
    return bool(_WAIVED.search(text))
