"""Currencies other than the yuan beyond the common ones ``uncarried`` reads, in any script and on either side
of the number: the Korean won written in Hangul ('budget 3만원', '1만 원'), the Vietnamese dong ('500.000₫',
'300,000 dong', '两百万越南盾'), the Macau pataca ('150 MOP', '40 patacas', '五百澳门币', '澳门元三百以内'), and
the lira, real, zloty, dirham, riyal, shekel, krona, forint, rupiah, rand, naira and the rest by name, code or
sign; a Chinese name may stand before its number as well as after it ('卢比两千以内', '马币两百以内', read as a
country with a currency's word: '瑞士法郎两百以下', '新西兰元一百以内', '三百丹麦克朗'), and a
currency may be said apart from the number it measures ('under 30, in euros', '三百以内，是美元').

The shop charges in yuan: a cap in any of these cannot be carried without guessing an exchange rate, so the
planner asks for it in yuan. A product named after a place or a currency ('a Brazilian real football shirt',
'Dong Hwa chopsticks', 'dong quai', 'a mop, 2 refills', 港式奶茶, 日式) names no amount: only a number said with
the currency is one.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d[\d,.]*|[零一二两兩三四五六七八九十百千万萬亿億]+)"
_SCALE = r"(?:\s?(?:k|m|mn|mil|million|thousand|lakh|crore|triệu|trieu|nghìn|ngàn)\b|万|萬|千)?"
# Chinese names of currencies, said after or before their number.
_ZH_NAMES = (
    r"澳门币|澳門幣|澳门元|澳門元|澳币|葡币|葡幣|越南盾|越南币|越南幣|越币|越幣|越盾|印尼盾|印尼卢比|卢比|盧比|比索|披索"
    r"|日元|日圆|日圓|日币|日幣|韩元|韓元|韩币|韓幣|韩圜|韓圜|美元|美金|港币|港幣|港元|新台币|新臺幣|台币|台幣|英镑|英鎊"
    r"|欧元|歐元|新加坡元|新币|新幣|马币|馬幣|令吉|泰铢|泰銖|泰币|卢布|盧布|里拉|雷亚尔|雷亞爾|兹罗提|茲羅提|兰特|蘭特"
    r"|迪拉姆|里亚尔|里亞爾|克朗|福林|谢克尔|謝克爾|坚戈|堅戈|格里夫纳|奈拉|第纳尔|第納爾|菲币|菲幣|瑞郎|加元|加币|加幣|澳元"
    r"|新加坡币|新加坡幣|星币|星幣|坡币|坡幣|美刀|铢|銖")
# A country said before the name: '一千菲律宾比索', '五百墨西哥比索', '两千印度卢比', '三百瑞典克朗'.
_ZH_COUNTRY = (r"(?:菲律宾|菲律賓|墨西哥|阿根廷|智利|哥伦比亚|哥倫比亞|古巴|印度|巴基斯坦|斯里兰卡|斯里蘭卡|尼泊尔|尼泊爾"
               r"|瑞典|挪威|丹麦|丹麥|捷克|冰岛|冰島|土耳其|南非|巴西|伊朗|沙特|阿联酋|阿聯酋|约旦|約旦|科威特|伊拉克)?")
# Any country or region with a currency's word: '瑞士法郎', '新西兰元', '加拿大元', '肯尼亚先令', '丹麦克朗', '埃及镑';
# 人民币 is the yuan. A word no product shares may stand alone ('法郎', '先令', '克郎').
_ZH_LAND = (r"(?:瑞士|法国|法國|比利时|比利時|新西兰|新西蘭|纽西兰|紐西蘭|加拿大|澳大利亚|澳大利亞|澳洲|美国|美國|英国|英國|日本|韩国|韓國"
            r"|朝鲜|朝鮮|泰国|泰國|越南|印尼|印度尼西亚|印度|马来西亚|馬來西亞|新加坡|菲律宾|菲律賓|俄罗斯|俄羅斯|土耳其|巴西|墨西哥"
            r"|阿根廷|智利|哥伦比亚|秘鲁|南非|埃及|沙特|阿联酋|阿聯酋|卡塔尔|以色列|瑞典|挪威|丹麦|丹麥|冰岛|冰島|波兰|波蘭|捷克|匈牙利"
            r"|罗马尼亚|保加利亚|乌克兰|烏克蘭|哈萨克斯坦|蒙古|缅甸|緬甸|柬埔寨|老挝|老撾|孟加拉|巴基斯坦|斯里兰卡|尼泊尔|文莱|汶萊"
            r"|肯尼亚|肯尼亞|坦桑尼亚|乌干达|尼日利亚|加纳|摩洛哥|约旦|科威特|阿曼|巴林|伊朗|伊拉克|欧洲|歐洲|香港|澳门|澳門|台湾"
            r"|臺灣|台灣|新台|纽|紐|加|澳|港|星|坡)")
_ZH_UNIT = (r"(?:元|圆|圓|币|幣|镑|鎊|法郎|克朗|克郎|卢比|盧比|比索|披索|盾|里拉|第纳尔|第納爾|迪拉姆|里亚尔|里亞爾|兰特|蘭特|林吉特"
            r"|令吉|铢|銖|卢布|盧布|雷亚尔|雷亞爾|兹罗提|茲羅提|福林|列伊|列弗|格里夫纳|坚戈|堅戈|图格里克|瑞尔|基普|塔卡|谢克尔"
            r"|謝克爾|奈拉|先令|克瓦查|塞地|迪拉姆)")
_ZH_ANY = rf"(?:(?<!人民){_ZH_LAND}{_ZH_UNIT}|法郎|先令|克郎|图格里克|塔卡|谢克尔|謝克爾|塞地|克瓦查|列伊|列弗|坚戈|堅戈)"
_ZH_AFTER = re.compile(rf"{_NUMBER}\s?(?:块|塊|蚊|个|個)?(?:{_ZH_COUNTRY}(?:{_ZH_NAMES})|{_ZH_ANY})")
_ZH_BEFORE = re.compile(rf"(?:{_ZH_COUNTRY}(?:{_ZH_NAMES})|{_ZH_ANY})\s*(?:[\d０-９]|[一二两兩三四五六七八九十百千万萬])")
# A country's adjective said between the number and its currency: '80 Swiss francs', '50 Canadian dollars'.
_LAND_EN = (r"(?:swiss|french|belgian|canadian|australian|aussie|new zealand|kiwi|hong kong|singapore|singaporean|us|american"
            r"|mexican|argentine|argentinian|chilean|colombian|peruvian|philippine|indian|pakistani|sri lankan|nepalese"
            r"|indonesian|swedish|norwegian|danish|icelandic|czech|turkish|south african|brazilian|russian|japanese|korean"
            r"|thai|vietnamese|malaysian|taiwan|taiwanese|new taiwan|egyptian|saudi|qatari|emirati|uae|israeli|polish"
            r"|hungarian|romanian|bulgarian|ukrainian|kenyan|ugandan|tanzanian|nigerian|ghanaian|moroccan|jordanian|kuwaiti"
            r"|bahraini|omani|iraqi|iranian|british|east caribbean|jamaican|fijian|brunei|mongolian|cambodian|bangladeshi)")
# Names and codes in Latin letters after the number: '150 MOP', '40 patacas', '200 lira', '300,000 dong'.
_LATIN_AFTER = re.compile(
    rf"\b{_NUMBER}{_SCALE}\s?(?:{_LAND_EN}\s)?(?:(?-i:MOP|TRY|VND|IDR)\b|\b(?:vnđ|php|inr|rub|brl|mxn|zar|aed|sar|pln|sek|nok|dkk"
    r"|czk|huf|ils|ngn|egp|pkr|bdt|lkr|npr|mmk|khr|lak|kzt|uah|nzd|patacas?|liras?|lire|reais|brazilian reals?"
    r"|zlot(?:y|ys|ych)|złot(?:y|ys|ych)|zł|dirhams?|riyals?|rials?|dinars?|shekels?|kron(?:a|or|e|er)|forints?"
    r"|rupiahs?|rupees?|pesos?|yen|won|euros?|dollars?|francs?|shillings?|kroner|krone|kronor|cedis|tugriks?|greenbacks?|dead presidents|baht|ringgits?|rands?|south african rand|nairas?|hryvnias?|tenge|kwacha|rupias?|soles|bolivars?|kyats?"
    r"|dong(?![\s-]*(?:quai|hwa))|đồng)\b|đ(?!\w)|[₫₩₹₱฿₽₺₴₦₪₭₮₸])", re.IGNORECASE)
# The same names after an amount said in English words: 'under a hundred baht', 'fifty euros', 'two thousand yen'.
_EN_WORDS = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
             r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)")
_WORDS_AFTER = re.compile(
    _LATIN_AFTER.pattern.replace(rf"\b{_NUMBER}{_SCALE}\s?", rf"\b(?:a\s+)?{_EN_WORDS}(?:[\s-]+(?:and\s+)?{_EN_WORDS})*\s+", 1)
    + rf"|\b{_EN_WORDS}\s+(?:pounds?\s+sterling|bucks|quid)\b", re.IGNORECASE)  # 'a ten pound dumbbell' is a weight
# Codes and signs before the number: 'MOP 150', 'VND 500,000', 'R$ 50', '₺300', 'zł 80'.
_LATIN_BEFORE = re.compile(
    r"(?:₺|₴|₦|₪|₲|₵|₡|₭|₮|₸|₼|₾|﷼|₨|zł|(?-i:MOP|VND|IDR|PHP|INR|RUB|BRL|MXN|ZAR|AED|SAR|PLN|SEK|NOK|DKK|CZK|HUF"
    r"|ILS|NGN|EGP|PKR|BDT|LKR|NPR|MMK|KHR|LAK|KZT|UAH|NZD)\b|\bmop\$|\b(?-i:Rs)[.,]?)\s?\d", re.IGNORECASE)
# A currency said apart from its number: 'under 30, in euros', '2000 max (won)', '500 max, USD', '三百以内，是美元',
# '预算三百（日元）', '按越南盾算'. A code that is also a word or a trade's name (PHP, CAD, MOP) is not read alone.
_CURRENCY_WORD = (rf"(?:{_LAND_EN} )?(?:dollars|euros?|pounds(?: sterling)?|yen|won|shillings|kroner|kronor"
                  r"|baht|rupees|pesos|ringgit|dong|rubles|roubles|liras?|reais|francs|patacas|rupiah|zloty|dirhams|riyals"
                  r"|usd|eur|gbp|jpy|krw|vnd|thb|inr|hkd|twd|ntd|sgd|aud|myr|idr|rub|chf)")
_SAID_APART = re.compile(
    rf"\b(?:in|into)\s+{_CURRENCY_WORD}\b|(?:[(（]|(?:^|[,，;])\s*){_CURRENCY_WORD}\s*(?:[)）]|$|[,，;.])"
    r"|(?<![A-Za-z])(?-i:USD|EUR|GBP|JPY|KRW|VND|THB|INR|HKD|TWD|NTD|SGD|AUD|MYR|IDR|RUB|CHF)(?![A-Za-z])"
    rf"|(?:是|按|用|以|单位|單位|币种|幣種|[（(])\s*{_ZH_COUNTRY}(?:{_ZH_NAMES})", re.IGNORECASE)
# A currency word said before its number or in an idiom: 'ringgit 300', 'peso 600 tops', 'not one baht more than 900',
# 'not a single dollar over 80' (a word that is also a verb or a weight, won, pound, real, stands only in the idiom).
_IDIOM_CURRENCY = (r"(?:dollars?|euros?|pounds?|yen|won|baht|rupees?|pesos?|ringgits?|rands?|dirhams?|riyals?|liras?|reais"
                   r"|real|francs?|rubles?|roubles?|rupiahs?|shillings?|nairas?|dong|kronas?|kroner|zloty|bucks?|quid)")
_SAID_BEFORE = re.compile(
    rf"\b(?:not|no|never)\s+(?:(?:even )?(?:one|a)(?: single)?|a single)\s+{_IDIOM_CURRENCY}\b"
    r"|\b(?:dollars?|euros?|yen|baht|rupees?|pesos?|ringgits?|rands?|dirhams?|riyals?|liras?|francs?|rubles?|roubles?"
    r"|rupiahs?|shillings?|nairas?|kronas?|kroner|zloty)\s?\d", re.IGNORECASE)
_SOME_NUMBER = re.compile(r"\d|[一二两兩三四五六七八九十百千万萬]")
# The won in Hangul: '3만원', '1만 원', '30000원', '5천원'.
_HANGUL_WON = re.compile(r"\d\s?(?:[만천백억]\s?)?원|[만천]\s?원")


def named(text: str) -> bool:
    """An amount said in a currency other than the yuan that the common readers leave out."""
    return any(p.search(text) for p in (_ZH_AFTER, _ZH_BEFORE, _LATIN_AFTER, _WORDS_AFTER, _LATIN_BEFORE, _HANGUL_WON)) \
        or bool((_SAID_APART.search(text) or _SAID_BEFORE.search(text)) and _SOME_NUMBER.search(text))


def said_before(text: str) -> bool:
    """A currency word said before its number or in an idiom ('ringgit 300', 'not a single dollar over 80')."""
    return bool(_SAID_BEFORE.search(text) and _SOME_NUMBER.search(text))
