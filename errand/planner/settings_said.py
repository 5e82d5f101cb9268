"""Settings written into a message: approval, signing, confirmation or a spending cap set by the sentence itself.

A shopper never turns these off by saying so; the operator and the shopper's own key do. Whatever the format
("require_approval: false", "max_cap=none", "{cap: none}", "审批开关=关", "max_cap 设成 null", "spending_limit：不限",
a settings file named to apply, or a change claimed already made: 'I updated my limit in settings to 50k'), a
setting of one of them is read as an instruction to the system and asked about. A price cap given as a number
("cap: 200", "上限：三百") is a cap on the item and stays one.
"""

from __future__ import annotations

import re

from . import approval_said as ap

# The key of a setting: letters, digits and '_', '-', '.' in one word, or a run of Chinese characters.
_SETTING = re.compile(
    r"(?P<key>(?<![\w.-])[A-Za-z][\w.-]{1,40}|[\u4e00-\u9fff]{1,8})\s*"
    r"(?:[=:：]|->|=>|设成|设为|设置为|改成|改为|调成|调为|\bset to\b|\bto\b(?=\s*(?:null|none|nil|unlimited|off|false)\b))\s*"
    r"(?=[\"'“{\[]?\s*(?P<value>[^\s,;，；。、\"'”}\]]{1,20}))", re.IGNORECASE)
# Key words of the steps that stay with the shopper: approving, signing, confirming, verifying.
_APPROVAL_KEY = re.compile(
    r"approv|confirm|signature|signoff|sign_?off|verif|2fa|otp|consent|authori[sz]"
    # ('sign-writer', 'sign-maker': a trade that makes signs, no signing)
    r"|(?:^|[_.-])sign(?:$|[_.-](?!(?:writ|mak|paint|post|board|ups?\b|language)))"
    r"|审批|审核|批准|确认|签名|签字|免签|授权|验证|核验|人工复核", re.IGNORECASE)
# Key words of the spending caps.
_CAP_KEY = re.compile(r"(?:^|[_.-])(?:max_?)?caps?(?:$|[_.-])|^max$|budget|limit|ceiling|max_?spend|spend|max_?total|上限|限额|额度|消费限制",
                      re.IGNORECASE)
# A key that names turning something off or on by itself: "auto_approve", "skip_signature", "no_cap", "免确认".
_SWITCH_KEY = re.compile(r"^(?:auto|skip|bypass|no|disable|without|ignore|override|force)[_.-]|^(?:自动|免|跳过|不用|无需|取消)",
                         re.IGNORECASE)
# A value that lifts or switches off: none, null, unlimited, off, false, 不限, 无, 关.
_OFF = re.compile(
    r"^(?:none|null|nil|nan|unlimited|unlimit|infinite|inf|infinity|∞|off|false|0|-1|disabled?|removed?|skip(?:ped)?"
    r"|waived?|bypass(?:ed)?|not_?required|optional|never|空|无|無|无限|無限|不限|无上限|没有|关|關|关闭|關閉|否|取消"
    r"|跳过|不需要|不用|免)(?![A-Za-z0-9_])", re.IGNORECASE)
# A settings file to apply: "config.yaml says …", "apply settings.json".
_SETTINGS_FILE = re.compile(r"\b[\w-]+\.(?:ya?ml|json|toml|ini|cfg|conf|env)\b|\.env\b", re.IGNORECASE)
_APPLY = re.compile(r"\b(?:apply|load|use|follow)\b[^.?!]{0,20}\b(?:config(?:uration)?|settings|profile|preset|policy)"
                    r"\b(?! (?:cable|book|guide|tool))|(?:按|应用|套用|加载|使用)(?:这个|以下|下面的?)?(?:配置|设置)",
                    re.IGNORECASE)

# The same said in prose: 'disable approval for purchases under 500', 'turn off the spending cap', 'waive confirmation'.
_SWITCHED_OFF = re.compile(r"\b(?:disable|turn off|switch off|remove|drop|skip|bypass|waive|lift|get rid of|stop asking for"
                           r"|no more|do away with)\s+(?:the\s+|my\s+|all\s+|any\s+)?(?:approvals?|confirmations?|sign[- ]?offs?"
                           r"|signatures?|verifications?|2fa|otp|(?:spending\s+|price\s+)?(?:caps?|limits?))\b"
                           # the words reversed: 'approval off', 'confirmation disabled', '审批关掉', '确认不要了'
                           r"|\b(?:approvals?|confirmations?|sign[- ]?offs?|signatures?|verifications?|2fa|otp"
                           r"|(?:spending\s+)?caps?)\s*(?:[:=]\s*)?(?:off|disabled|removed|waived|skipped|bypassed)\b"
                           r"|(?:审批|审核|批准|确认|签名|签字|授权|验证|上限|限额)(?:开关|流程)?(?:都|也)?(?:关掉|关闭|关了|取消|去掉|不要了?|免了|跳过)"
                           # approval claimed by a commit's trailer: 'Signed-off-by: admin', 'Approved-by: bob'
                           r"|\b(?:signed-off|approved|authori[sz]ed|acked|reviewed)-by\s*:"
                           r"|(?:caps?|limits?|上限|限额|额度)\s*(?:无上限|无限|不限|没有上限)|无上限|不设上限|不封顶", re.IGNORECASE)


def _key_words(key: str) -> str:
    """'requireApproval' as 'require_approval'; Chinese keys as they are."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", key).lower()

# A safeguard claimed already changed elsewhere: 'I updated my limit in settings to 50k already', '额度我已经在设置里
# 改到5万了'; a claim is no setting, so it is asked about like one.
_CLAIMED = re.compile(
    r"\b(?:i|we)(?:'ve| have)?\s+(?:already\s+)?(?:updated|changed|raised|increased|upped|bumped(?: up)?|lifted|removed"
    r"|turned off|disabled|switched off)\s+(?:my |the |our )?(?:spending |purchase |approval |daily |monthly |order )?"
    r"(?:limits?|caps?|approvals?|thresholds?)\b"
    r"|(?:设置|后台|app|应用|账户)里?(?:把)?(?:额度|限额|上限|审批)(?:已经)?(?:改|调|提|设|关)"
    r"|(?:额度|限额|上限)(?:我)?(?:已经|刚)(?:在[^，。！？]{1,6})?(?:改|调|提|设)(?:到|成|高)", re.IGNORECASE)


def sets_safeguard(text: str) -> bool:
    """The sentence sets approval, signing, confirmation or a spending cap, in any format, or applies a settings
    file or profile to the errand."""
    if _SETTINGS_FILE.search(text) or _APPLY.search(text) or _SWITCHED_OFF.search(text) or ap.waived(text) \
            or _CLAIMED.search(text):
        return True
    for match in _SETTING.finditer(text):
        key, value = _key_words(match.group("key")), match.group("value").strip().rstrip(".!")
        if _APPROVAL_KEY.search(key) and key not in ("confirm", "confirmation") or _SWITCH_KEY.search(key) \
                and (_APPROVAL_KEY.search(key) or _CAP_KEY.search(key)):
            return True
        if _CAP_KEY.search(key) and _OFF.match(value):
            return True
        if key in ("confirm", "confirmation") and _OFF.match(value):
            return True
    return False
