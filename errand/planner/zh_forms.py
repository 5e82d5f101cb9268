"""Chinese written in the forms of paperwork and telegrams, read as the plain words the readers know:

- financial numerals (大写数字) as counts and caps: '叁瓶' → '三瓶', '贰拾肆支' → '二十四支', '每瓶不超过贰拾元';
  拾 alone only before a measure word and never in a word of its own (收拾, 拾音器), 伍 only in a run of numerals
  or before a measure word (队伍 stays);
- a purchase list's header ('采购单：', '购物清单：', '待购清单：') before one line of goods: the line is bought;
- the telegram style: '速购', '急购' for buying and the closing '勿误', '切切', '为盼' that only urge;
- a forward marked 【转发】 said as '转发：', so a family member's quoted want is read like any other forward
  (the screen asks about the quote unless the shopper takes it up; any other 【…】 header is left for it).
"""

from __future__ import annotations

import re

from . import formats as fm

_DIGITS = {**fm._FINANCIAL, "叄": "三"}  # the financial numerals formats reads, and a variant of 叁
_MEASURE = r"[包盒瓶个件台副对袋箱杯支节只双套份罐桶条根本张把卷打斤块片听板部枝串提盏枚元圆]"
_RUN = re.compile(rf"(?P<run>[壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟萬零〇]+)(?P<after>{_MEASURE}|$|[，,。\s])")


def _numerals(text: str) -> str:
    def plain_run(match: re.Match[str]) -> str:
        run, after = match.group("run"), match.group("after")
        if len(run) == 1 and not re.match(_MEASURE, after):
            return match.group(0)  # '队伍', '拾' as a word of its own
        if set(run) <= set("零〇"):
            return match.group(0)
        before = match.string[max(0, match.start() - 1) : match.start()]
        if run[0] == "拾" and before in ("收", "捡", "撿", "拾"):
            return match.group(0)
        return "".join(_DIGITS.get(c, c) for c in run) + after

    return _RUN.sub(plain_run, text)


_HEADER = re.compile(
    r"^\s*(?:采购|購物|购物|待购|待買|待买|购买|購買)(?:清单|清單|单|單|列表)\s*[:：]\s*(?!.*[:：])"
)
_URGED = re.compile(r"^\s*(?:速购|速購|急购|急購|速买|速買|急需购买|火速购买)")
_CLOSING = re.compile(
    r"[，,。\s]*(?:勿误|勿誤|切勿延误|切切|为盼|為盼|是盼|盼复|速办|速辦|务必办妥)[。！!.]*\s*$"
)
_FORWARD_MARK = re.compile(r"^\s*【(?:转发|轉發)】\s*")


def plain(text: str) -> str:
    """Chinese ``text`` with financial numerals, a list header, telegram words and a 【转发】 mark said plainly."""
    rest = _numerals(text)
    if _HEADER.match(rest):
        rest = "买" + _HEADER.sub("", rest)
    if _URGED.match(rest):
        rest = _CLOSING.sub("", _URGED.sub("买", rest))
    elif _CLOSING.search(rest) and re.search(r"买|購|购", rest):
        rest = _CLOSING.sub("", rest)
    if _FORWARD_MARK.match(rest) and "【" not in _FORWARD_MARK.sub("", rest):
        rest = _FORWARD_MARK.sub("转发：", rest)
    return rest.strip() or text
