"""Another person paying, said by who pays rather than by whose card: a person who is not the shopper settles the
bill (我老公埋单, 俾我老闆找數, 老公出钱, 我同事会付, 让我室友付, 钱让我哥出), the purchase goes on their tab or account (记我朋友数,
记我老板账上, 走我哥的账, 用阿明嘅帐户, 用阿明嘅八达通, 刷阿爸张卡, 钱从我老板帐户扣), the company pays (记公司数, 报公帐, 走公账),
or in English the card on file 'for my dad'. Read in Mandarin after the dialect readers (俾 → 给, 嘅 → 的).

The shopper paying (我来付, 记我数, 用我的卡) and a person the goods are for (帮我老公买) are no other payer.
"""

from __future__ import annotations

import re

# A person who is not the shopper: kin, a partner, a friend, a workmate, the company, a name (阿明, 小李, Mei).
_PERSON = (r"(?:我的?|我们的?)?(?:老公|老婆|男朋友|女朋友|男友|女友|先生|太太|爸爸?|妈妈?|阿爸|阿妈|老爸|老妈|老豆|老母|爹地|妈咪"
           r"|哥哥?|姐姐?|弟弟?|妹妹?|家姐|细佬|细妹|老板|老细|上司|经理|领导|同事|室友|舍友|朋友|同学|邻居|爷爷|奶奶|外公|外婆"
           r"|舅舅|叔叔|阿姨|姑姑|伯伯|老师|客户|公司|单位|家人|别人|他人|他们|他|她|[阿小老][\u4e00-\u9fff]|[A-Z][a-z]+)")
# What pays: an account, a card, a wallet, a balance, a tab.
_MEANS = r"(?:淘宝号|淘宝账号|淘宝|京东号|京东账号|拼多多号|帐户|账户|帐号|账号|八达通|信用卡|银行卡|卡|支付宝|微信|钱包|余额|花呗|花(?=$|[，,。！!])|会员卡|积分|账|帐|钱|数)"
# A person who is not the shopper, in English.
_KIN_EN = (r"(?:dad|father|mum|mom|mother|parents|wife|husband|partner|boss|friend|brother|sister|son|daughter|roommate|flatmate"
           r"|boyfriend|girlfriend|grandma|grandpa|aunt|uncle|cousin|company|employer|manager|colleague|coworker|bro|sis|landlord|landlady"
           r"|neighbou?r|housemate|flatmate)")
# A person named by a common surname and a given name (李四, 王小明): only where a payer or a payee is said.
_NAME_ZH = (r"(?:[李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟"
            r"汪田任姜范方石姚谭廖邹熊陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷汤尹黎乔贺赖龚][\u4e00-\u9fff]{1,2}?)")
_OTHER_PAYER = re.compile(
    # a named person settles the bill: 由李四付款, 让王小明买单
    rf"(?:由|让|叫|找){_NAME_ZH}(?:会|来|去|负责)?(?:付款|付钱|买单|埋单|支付|出钱|结账|掏钱)"
    # the money refunded to another person: 钱退给李四, 退款打到我老公卡上
    rf"|(?:钱|款|退款|余款|差价)(?:都|全)?(?:退|打|转|返)(?:给|到)(?:{_PERSON}|{_NAME_ZH})(?!我)|"
    # on their tab: 记我朋友数, 记公司数, 记我老板账上
    rf"记(?:在|到)?{_PERSON}的?(?:数|账|帐|度)"
    # their account or card used: 用阿明的帐户, 走我哥的账, 刷阿爸张卡, 钱从我老板帐户扣
    rf"|(?:用|刷|拿|走|扣|从|使用|经)(?!我的?{_MEANS}){_PERSON}(?:的|张|个)?{_MEANS}"
    # they settle the bill: 我老公埋单, 给我老板找数, 老公出钱, 我同事会付, 让我室友付, 叫我弟付钱
    rf"|(?:让|叫|给|由|俾|等|找){_PERSON}(?:会|来|去|帮我|替我|负责)?(?:埋单|买单|付钱|付款|付账|付|出钱|找数|结账|请客|掏钱|转账|转钱|打钱|报销)"
    rf"(?=$|[，,。！!？?\s了吧啦给])"
    rf"|(?:^|[，,。\s]){_PERSON}(?:会|来|去|帮我|替我|负责)?(?:埋单|买单|付钱|付款|付账|付|出钱|给钱|找数|结账|请客|掏钱|转账|转钱|打钱|报销)(?=$|[，,。！!？?\s了吧啦给])"
    rf"|钱(?:让|叫|由|给|找|等){_PERSON}(?:来|去)?(?:出|要|拿|收|付)"
    # the cost put to them: 费用我老板出, 钱算我哥的, 算公司的, 当是阿明请, 阿爸话它给
    rf"|(?:钱|费用|账|帐|款)(?:由|让|叫|给)?{_PERSON}(?:来|去)?(?:出|付|负责|承担)(?=$|[，,。！!？?\s])"
    rf"|算(?:在)?{_PERSON}(?:的|头上|账上|帐上|请客|请)(?=$|[，,。！!？?\s])|当(?:是|系)?{_PERSON}请"
    rf"|{_PERSON}(?:说|话)(?:他|她|它|佢)(?:会)?(?:给|付|出|买单|埋单|请)(?=$|[，,。！!？?\s])"
    # the company's money: 报公帐, 走公账, 公款, 公司出钱
    r"|报公(?:帐|账)|(?:走|记)公(?:帐|账)|公款"
    # in English: another person paying, charged, their tab, or the card on file for them
    rf"|\b(?:(?:my|our|the) )?{_KIN_EN}(?:'s| is| will| will be|'ll| can| is going to| gonna)? ?(?:pay(?:s|ing)?|covers (?:it|this|the cost|the bill)|cover(?:ing)?"
    r"(?: it| this| the cost| the bill)?|foot(?:s|ing)? the bill|pick(?:s|ing)? up the (?:tab|bill)|chip(?:s|ping)? in for it)\b"
    rf"(?! (?:attention|respects|a visit|back))|\bpaid (?:for )?by (?:my |our |the )?{_KIN_EN}\b"
    r"|\b(?:on|to|against) (?:my |our |the )?(?!my\b|our\b)(?:[a-z]+'s|company|office|work|corporate) (?:tab|bill|expense account"
    r"|card|account)\b"
    r"|\b(?:charge|bill|invoice)(?: it| this| them)?(?: to)? (?:my |our )?(?:dad|father|mum|mom|mother|parents|wife|husband|partner"
    r"|boss|friend|brother|sister|son|daughter|roommate|flatmate|boyfriend|girlfriend|company|employer|work|office)\b(?!'s|’s| (?:phone|laptop|car|battery|watch|ipad|tablet))"
    r"|\b(?:(?:use|using|charge (?:it |this )?(?:to|on)|put (?:it|this|them) on|pay (?:it )?(?:with|using|by|from)) (?:the |a )?"
    r"(?:credit |debit |bank )?(?:card|account|paypal|payment method)(?: on file)?|(?:card|account|payment method) on file)"
    r" (?:for|of|belonging to|that belongs to|registered to|in the name of)"
    r" (?:my |our )?(?!me\b|myself\b|us\b)(?:[a-z]+'s|dad|father|mum|mom|mother|parents?|wife|husband|partner|boss|friend"
    r"|brother|sister|son|daughter|roommate|flatmate|boyfriend|girlfriend|grand\w+|aunt|uncle|cousin|(?-i:[A-Z][a-z]+))\b"
    # their card or account named as theirs: 'using her saved card', 'on my bro acc', 'the card ending 4417 (it's my boss's)'
    r"|\b(?:us(?:e|ing)|with|on|charge (?:it )?to|pay (?:with|from))\s+(?:his|her|their)\s+(?:saved\s+|stored\s+|own\s+)?"
    r"(?:credit\s+|debit\s+)?(?:card|acc|account|paypal|wallet|balance)\b"
    rf"|\b(?:on|with|using|use|from)\s+(?:my\s+)?{_KIN_EN}(?:'s|’s)?\s+(?:acc|account|card|paypal|login)\b"
    r"|\b(?:his|her|their)\s+card(?:'s| is)?\s+(?:saved|on file|stored)\b"
    rf"|\bcard\b[^.!?]{{0,30}}\(?(?:it'?s|it’s|belongs to|which is)\s+(?:my\s+)?{_KIN_EN}(?:'s|’s)"
    rf"|\b(?:get|have|make|let)\s+(?:my\s+|our\s+|the\s+)?{_KIN_EN}\s+(?:to\s+)?(?:pay|cover|foot)\b",
    re.IGNORECASE)


PERSON_ZH, NAME_ZH, KIN_EN = _PERSON, _NAME_ZH, _KIN_EN  # for the readers of a refund sent to someone


def other_payer(text: str) -> bool:
    """The sentence says someone other than the shopper pays, or pays from their tab or account."""
    return bool(_OTHER_PAYER.search(text))
