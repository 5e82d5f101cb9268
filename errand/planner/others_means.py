"""Another person's means of paying or buying: their card, account, wallet, login or money used for the errand,
wherever the sentence says it, in a watch that buys ('if under 4,000 buy 1 laptop, using my colleague's saved
card'), an attribute list ('a monitor, 27 inch, using my colleague's saved card'), Hinglish ('bhai ke card se'),
Chinese and its dialects (花我妈的钱, 在她的淘宝上下单, 舍友的支付宝还登着，用它买, 恁用俺爹的卡).

It is read of the shopper's whole sentence as said, since the readers take a payment phrase or a frame out before
the screen looks. A purchase for another person paid by the shopper (buy a kettle for my mum, 给我妈买个按摩仪), a
card holder, a birthday card for a sister, a phone number to receive the parcel (用老公的手机号收货) or the shopper's
own card ('my card', 用我的信用卡) is no other means.
"""

from __future__ import annotations

import re

from .people_words import KIN_EN, KIN_ZH, NOT_NAMED

# What pays or buys: a card, an account or login, a wallet or an app that pays, a balance, money.
_MEANS_EN = (r"(?:(?:credit|debit|bank|visa|master ?card|amex|gift|store|company|work|saved|stored|linked|registered"
             r"|logged[- ]in|old|spare)\s+)*(?:cards?|visa|master ?card|amex|accounts?|acc|logins?|wallets?|pay ?pal|alipay"
             r"|wechat(?: pay)?|apple pay|google pay|gpay|g-?cash|paytm|upi|balance|points|money|cash|dime|tab|payment"
             r"(?: method| details)?|details)")
# A person named before 's: kin or a word that is no pronoun, time or thing ('carol's', 'my colleague's').
_WHOSE_EN = rf"(?:(?:my|our|the)\s+)?(?:{KIN_EN}|(?!{NOT_NAMED}\b)[a-z]+)(?:'s|’s|s'|s’)"
# Using it: 'using', 'with', 'on', 'charge it to', 'pay from', 'spend', 'log into'.
_USING_EN = (r"(?:us(?:e|ing)|with|on|via|through|from|off|out of|spend(?:ing)?|log(?:ging)? (?:in)?to|sign(?:ing)? in(?:to)?"
             r"|charg(?:e|ing)(?:(?: it| this| them)? (?:to|on))?|bill(?:ing)?|put(?:ting)? (?:it|this|them) on|pay(?:ing)?(?: it| for it)?"
             r" (?:with|from|using|by|via))")
_EN = re.compile(
    # 'using my colleague's saved card', 'on my uncle's account', 'with her stored visa', 'spend my dad's money'
    rf"\b{_USING_EN}\s+(?:{_WHOSE_EN}|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{_MEANS_EN}\b"
    # saved or logged in on here, anywhere: 'my brother-in-law's saved card', 'my flatmate's logged-in account'
    rf"|\b{_WHOSE_EN}\s+(?:saved|stored|linked|logged[- ]in|registered)\s+(?:[\w-]+\s+)?{_MEANS_EN}\b"
    # the card a person left: 'use the card my sister left saved on here'
    rf"|\b(?:the|that)\s+(?:card|account|login|paypal|wallet)\s+(?:that\s+|which\s+)?(?:my\s+|our\s+)?{KIN_EN}\s+"
    r"(?:left|saved|keeps|has|uses|put|stored|added)\b"
    # a company's or office's money for oneself: 'on the company card', 'using the office account'
    rf"|\b{_USING_EN}\s+(?:the\s+|our\s+|my\s+)?(?:company|office|work|corporate|business|department|team)(?:'s)?\s+"
    r"(?:credit\s+)?(?:card|account|amex|paypal|money)\b",
    re.IGNORECASE)
# Hinglish: 'bhai ke card se', 'papa ke card se', 'behen ke account se', 'dost ke paise se'; 'mere card se' is one's own.
_HINGLISH = re.compile(
    r"\b(?!mere\b|mera\b|meri\b|apne\b|apna\b|apni\b|hamare\b|khud\b|limit\b|cap\b|budget\b)[a-z]+\s+(?:ke|ki|ka)\s+"
    r"(?:credit\s+|debit\s+)?(?:card|account|acc|paise|paisa|paison|wallet|upi|paytm|gpay|phonepe|amazon|login)\b",
    re.IGNORECASE)
# What pays in Chinese: a card, an account on a shop or an app that pays, credit lines, money.
_MEANS_ZH = (r"(?:信用卡|银行卡|储蓄卡|卡|账户|帐户|账号|帐号|支付宝|微信(?:支付)?|淘宝(?:号|账号)?|京东(?:号|账号)?"
             r"|拼多多(?:号|账号)?|美团|抖音|花呗|借呗|白条|余额|钱包|零钱|钱|会员卡?)")
_ZH = re.compile(
    # using it: 花我妈的钱, 用俺爹的卡, 在她的淘宝上下单, 刷我姐的信用卡, 走我舅的账户, 用室友还登着的京东账号
    rf"(?:用|拿|刷|花|走|扣|从|使用|借用|借|登|登录|在)(?:一下)?{KIN_ZH}(?:的|家的?|那的?)?[^，。！？,;；]{{0,6}}?{_MEANS_ZH}"
    # theirs, still logged in or linked, then used: 舍友的支付宝还登着，用它给我买; 同事的微信还绑着卡，用它买
    rf"|{KIN_ZH}的?{_MEANS_ZH}[^。！？]{{0,12}}?(?:用它|用这个|拿它|就用|直接用|用他的|用她的)"
    # theirs said to be still logged in, the purchase made on it: 我妈的淘宝还登着，顺手买个锅
    rf"|{KIN_ZH}的?{_MEANS_ZH}(?:还|一直|正)?(?:登着|登录着|开着|绑着|在线|没退出?|没登出)[^。！？]{{0,12}}?(?:买|下单|付|拍)"
    # theirs paying for the shopper: 公司账户给我自己买个iPad, 单位的卡给我买
    rf"|{KIN_ZH}的?(?:信用卡|银行卡|卡|账户|帐户|账号|帐号|支付宝|微信|花呗|钱)(?:里|上)?(?:的钱)?[，,]?"
    r"(?:给我|帮我|替我)?(?:自己)?(?:买|下单|付|结账|扣)")


# Anyone's money but the shopper's, named by any words before 的: 用其他家长的钱, 花大家的钱, 拿群里凑的钱, 刷公家的卡.
# The shopper's own (我的, 自己的) and a means named as the owner (工资卡的钱, 支付宝的余额) are theirs.
_WHOSE_ZH = re.compile(r"(?:用|拿|花|刷|走|扣|借用|使用|动用)(?P<who>[\u4e00-\u9fff]{1,8}?)的"
                       r"(?:钱|卡|信用卡|银行卡|账户|帐户|账号|支付宝|微信|花呗|余额|零钱|积蓄|存款)")
_OWN_ZH = re.compile(r"^(?:我|俺|咱|本人|自己|我自己|我们|咱们)|^(?:我的?)?(?:工资卡?|信用卡|银行卡|储蓄卡|卡|账户|支付宝|微信"
                     r"|余额|零钱|钱包|私房钱|压岁钱|年终奖|奖金|工资|稿费|红包)$")


def others_means(text: str) -> bool:
    """The sentence pays or buys with another person's card, account, wallet, login or money."""
    return bool(_EN.search(text) or _HINGLISH.search(text) or _ZH.search(text)
                or any(not _OWN_ZH.search(m.group("who")) for m in _WHOSE_ZH.finditer(text)))
