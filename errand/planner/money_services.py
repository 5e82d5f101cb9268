"""Money services no shop sells, asked for as if they were goods: a loan of any kind (payday, personal, 网贷, 小额贷款,
借呗), credit (a credit card applied for, a cash advance, a credit line, 提额), cash out of a credit product (套现),
fake orders (刷单), a top-up of a betting or gambling account, and buying crypto, stocks, shares, funds or lottery
tickets. '冇得钱了，帮我借五千块网贷' was bought as a product; each is asked about, in the shopper's language.

A wallet, a credit card holder, a piggy bank, a book about the stock market, a lottery-themed game and a bitcoin mug
are goods and stay purchases.
"""

from __future__ import annotations

import re

_MERCH = r"(?:mugs?|t-?shirts?|shirts?|posters?|stickers?|hats?|caps?|books?|keychains?|key\s*rings?|replicas?|coins?\s+replicas?|themed|holders?|cases?|games?)"
_EN = re.compile(
    r"\b(?:payday|personal|quick|instant|cash|micro|short[- ]term|online|student|car|title|pawn|bridging)\s+loans?\b"
    r"|\b(?:get|take\s+out|apply\s+for|arrange|find|need|want|borrow)\s+(?:me\s+)?(?:a\s+)?(?:small\s+|quick\s+)?loans?\b"
    r"|\bloans?\s+(?:of|for)\s+[¥$€£]?\d|\bcash\s+advances?\b|\b(?:credit|loan)\s+line\b|\bline\s+of\s+credit\b"
    r"|\b(?:apply|sign\s+(?:me\s+)?up)\s+for\s+(?:a\s+)?(?:new\s+)?credit\s+cards?\b|\bcredit\s+card\s+application\b"
    r"|\bborrow\s+(?:me\s+)?(?:some\s+)?(?:money|cash|[¥$€£]?\d)|\blend\s+me\s+(?:some\s+)?(?:money|cash|[¥$€£]?\d)"
    r"|\b(?:top\s+up|topup|fund|load|deposit\s+(?:into|to|in))\s+(?:[\w']+\s+){0,3}?(?:betting|gambling|casino|poker|bookie|sportsbook"
    r"|bet365|lottery)\s+(?:account|wallet|balance)\b|\b(?:betting|gambling|casino)\s+(?:credits?|chips|tokens)\b"
    r"|\bplace\s+(?:a\s+)?bets?\b"
    rf"|\b(?:bitcoins?|btc|ethereum|eth|crypto(?:currency|currencies)?|dogecoin|usdt|tether|solana|litecoin)\b(?![- ]{_MERCH})"
    r"|\b(?:lottery|lotto|powerball|scratch(?:[- ]?off)?)\s+tickets?\b(?![- ](?:holders?|organi[sz]ers?|wallets?|boxes?))|\bscratch\s?cards\b"
    r"|\b\d+\s+shares\b|\bshares?\s+(?:of|in)\s+\w|\bstocks?\s+(?:of|in)\s+[A-Z]\w*|\b(?:tesla|apple|nvidia|google|alphabet|amazon"
    r"|microsoft|meta|alibaba|tencent|moutai|byd)\s+(?:stocks?|shares?)\b|\b(?:index|mutual)\s+funds?\b|\betfs?\b|\bforex\b")
_ZH = re.compile(
    r"网贷|網貸|借呗|借唄|(?:花呗|白条|信用卡)(?:借|套|提现|取现)|小额贷|贷款|貸款|借贷|借款|高利贷|信用贷|消费贷|分期贷|套现|套現|刷单|刷單"
    r"|借(?:我)?(?:点|些)?钱|借(?:钱)?[\d一二两三四五六七八九十百千万]+\s*(?:块|元|万|千|蚊)"
    r"|(?:申请|办|开通|办理|开)(?:一张|张|个)?信用卡|信用卡(?:申请|办理|开通)|提额|额度提升|预借现金"
    r"|比特币(?!(?:造型|纪念|钥匙扣|T恤|杯|书))|以太坊|泰达币|USDT|虚拟币|加密货币|数字货币|狗狗币"
    r"|彩票(?!夹|本|盒|架)|双色球|大乐透|刮刮乐|体彩|福彩|(?<![入门])股票(?!入门|书|相关|类|知识)|(?:\d+|[一二两三四五六七八九十]*[百千万])股(?!绳|线)"
    r"|基金(?!会)|理财产品|期货|炒股|赌博|博彩|赌球|赌场|赌资|投注|下注|(?:充值|充|打钱)[^，。！？,]{0,6}(?:赌|博彩|投注|下注)",
    re.IGNORECASE)


def money_service(text: str) -> bool:
    """The sentence asks for a loan, credit, cash out, fake orders, a bet or an investment."""
    return bool(_EN.search(text) or _ZH.search(text))


def question(text: str) -> str:
    """What the shopper reads, in their language."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return "我只能买商品、退货、盯价格和改配送；借款、信用、套现、下注和投资这类资金业务需要你自己去办理。还有什么商品要买吗？"
    return ("I only buy goods, return orders, watch prices and move deliveries; loans, credit, cash, bets and investments "
            "are something you arrange yourself. Is there something I can get for you?")
