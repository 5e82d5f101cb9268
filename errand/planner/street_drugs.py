"""Drugs named in other languages' or the street's words that ``scope`` does not list.

- Words no product shares: dhatura and datura, chitta, afeem, sabu, smack, pudiya, K粉, 麻古, 开心水.
- Words that also name something ordinary, read as a drug only with a word of use or a dealer's measure beside them:
  'loud', 'skunk', 'crank', 'sensi', 'lean', 'maal', 'ice', 'bato' and 'damo' by the gram, the baggie or the wrap,
  or to get high; a pesticide ('sniper') to drink; 冰 with 溜; 叶子 with 飞 or 抽; K with 嗨; 糖果 by the gram or for
  a nightclub. 'loudspeaker', 'ice cube trays', 'a bag of ice for the party', 'lean beef', 'a bike crank', 冰块,
  叶子茶 and sweets for a child's party stay goods.
"""

from __future__ import annotations

import re

_PLAIN = re.compile(
    r"\b(?:d?hatura|datura|chitta|af(?:ee|i)m|sabu-?sabu|sabu|smack|pudiyas?|maal|brown sugar to (?:smoke|chase))\b"
    r"|\bng\s+(?:bato|damo)\b|[Kk]粉|麻古|开心水|神仙水|跳跳糖水",
    re.IGNORECASE)
_AMBIGUOUS = r"(?:loud|skunk|crank|sensi|lean|bato|damo|molly)"
_MEASURE = (r"(?:grams?|g|gs|oz|ounces?|eighths?|an eighth|zips?|baggies|baggy|wraps?|tolas?|paket|pudiyas?"
            r"|dime bags?|dimes?|bags? of|bags? a|bottles? of|cups? of)")
_USE = (r"(?:to get high|get(?:ting)? high|to smoke|smok(?:e|ing)|to snort|snort(?:ing)?|to sip|sipp?(?:ing)?|to chase"
        r"|for the rave|to trip|with sprite|for a buzz|stoned|blazed)")
_AMBIGUOUS_WITH_USE = re.compile(
    rf"\b{_MEASURE}\s+(?:of\s+)?(?:the\s+)?{_AMBIGUOUS}\b(?![ -]*(?:beef|mince|chicken|pork|meat|protein|turkey|ham"
    r"|speakers?|seeds?|mower|handles?|arms?|sets?|shafts?|odou?r|spray|remover))"
    rf"|\b{_AMBIGUOUS}\b[,\s]+(?:\d+(?:\.\d+)?\s*)?(?:half\s+an?\s+|an?\s+)?{_MEASURE}(?!\S)"
    rf"|\b{_AMBIGUOUS}\b[^.;!?]{{0,30}}\b{_USE}\b|\b{_USE}\b[^.;!?]{{0,30}}\b{_AMBIGUOUS}\b"
    r"|\b(?:grams?|g|baggies|baggy|zips?|points?)\s+of\s+(?:the\s+)?ice\b|\bice\b[^.;!?]{0,20}\b(?:to smoke|smoking"
    r"|pipe|to get high)\b"
    r"|\b(?:sniper|pesticides?|insecticides?|weed ?killer|paraquat|dichlorvos|ddvp)\b[^.;!?]{0,40}\b(?:to drink"
    r"|for drinking|drink(?:ing)? it|swallow)\b",
    re.IGNORECASE)
_ZH = re.compile(
    r"冰(?![块塊箱袋淇激棍糖沙镇红茶美柜盒格袖爽贴凉垫丝粉晶城箱])[^。！？]{0,12}(?:溜|吸(?!管)|壶)|溜冰(?![鞋场服护])"
    r"|叶子(?![茶菜])[^。！？]{0,12}(?:飞|抽(?![纸屉绳])|卷|嗨)|飞叶子"
    r"|(?<![A-Za-z])K(?![A-Za-z歌金])[^。！？]{0,12}(?:嗨|溜|吸(?!管))"
    r"|糖果[^。！？]{0,12}(?:夜店|蹦迪|嗨|摇)|(?:\d+|[一二两三四五六七八九十几]+)\s*克\s*糖果|糖果\s*(?:\d+|[一二两三四五六七八九十几]+)\s*克")

def named(text: str) -> bool:
    """A drug named by a word of another language or of the street, or by an ordinary word said with its use."""
    return bool(_PLAIN.search(text) or _AMBIGUOUS_WITH_USE.search(text) or _ZH.search(text))
