"""Why an order goes back, told as what was expected set against what came, or as the same thing already at hand:

- a count short of the one promised, said with a word of expecting rather than the listing's ('was supposed to be
  12, I counted 9', 'meant to be a 12-pack, only 10 inside', 'should be 12 cells, counted 8', 应该是12节，数了只有10节,
  本该一板十二节，拆开才九节): the goods are not as described;
- a kind, a colour, a size or a model wanted, and another come ('I ordered black, they sent silver', 'wanted
  stainless, got a plastic one', 要的五号，结果来的七号, 要的是黑色，寄来的白色, 买的五号，到的却是七号): a wrong item. Two
  counts set against each other are the short count above, not a wrong item;
- the same thing given or found at hand with no 'me' said ('my cousin gifted the same one', 'my mum gave same
  pack', 'found I had one already', 'already had a pair'): a change of mind.

Each is a symptom's words for ``reasons``, which checks them in its own order.
"""

from __future__ import annotations

from . import lexicon as lx

_EN_NUMBER = rf"(?:\d+(?:\.\d+)?|{lx.EN_NUMBER}|a dozen|dozen)"
# A word of expecting: 'was supposed to be', 'meant to be', 'should have had', 'ought to contain', 'promised'.
_EXPECTED = (r"(?:\b(?:(?:was|were|is|are)\s+)?(?:supposed|meant|expected)\s+to\s+(?:be|have|hold|contain|come\s+with)"
             r"|\bshould\s+(?:have\s+)?(?:be(?:en)?|had|have|hold|contain(?:ed)?|come\s+with)"
             r"|\bought\s+to\s+(?:be|have|hold|contain)|\bpromised)")
_GOT = (r"\b(?:i\s+|we\s+)?(?:got|received|counted|found|opened|inside|in\s+(?:it|the\s+box|there)|only|just|barely"
        r"|there\s+(?:were|was|are|is)|came|arrived|had)\b")
# 'supposed to be 12, I counted 9', 'meant to be a 12-pack, only 10 inside', 说好/应该是/本该…12节，…只有10节.
SHORT_OF_EXPECTED = (
    rf"{_EXPECTED}\s+(?:an?\s+|the\s+)?{_EN_NUMBER}\b[^.;]{{0,25}}?[,.;—–-]?\s*[^.;]{{0,12}}?{_GOT}[^.;]{{0,12}}?\b{_EN_NUMBER}\b"
    rf"|(?:应该是?|应当是?|本该是?|本应是?|本来(?:说好|应该)?是?|说好(?:了)?是?|讲好(?:了)?是?)[^，,。；;]{{0,8}}?{lx.ZH_NUMBER}"
    r"\s*(?:节|个|粒|片|只|支|张|包|卷|块|条|颗|根|瓶|盒|袋|枚|双|套|件|听|罐|装)"
    rf"[^。；;]{{0,4}}[，,]\s*[^，,。；;]{{0,6}}?(?:只有|只剩|才|就|只|仅|仅有|结果(?:只有|才|就)?)(?:有)?\s*{lx.ZH_NUMBER}"
)
# What was wanted, and what came instead (not a count against a count).
_NOT_A_COUNT = rf"(?!{_EN_NUMBER}\s*(?:[,.;]|$|pcs|pieces|cells|in\b|inside|only))"
_WANT_EN = r"\b(?:i\s+|we\s+)?(?:wanted|ordered|asked\s+for|chose|picked|selected|paid\s+for)"
_CAME_EN = (r"(?:they\s+|the\s+seller\s+|it\s+|what\s+)?(?:sent|shipped|delivered|came(?:\s+as)?|arrived(?:\s+as)?|got|received"
            r"|gave\s+(?:me|us))")
WANTED_OTHER_CAME = (
    rf"{_WANT_EN}\s+(?:the\s+|a\s+|an\s+)?{_NOT_A_COUNT}[\w.'-]+(?:\s+[\w.'-]+){{0,2}}?\s*(?:[,;]|\bbut\b|\band\b|—|–|-)\s*"
    rf"(?:but\s+|and\s+|instead\s+)?(?:i\s+|we\s+)?{_CAME_EN}\s+(?:me\s+|us\s+)?(?:was\s+|were\s+|is\s+)?(?:the\s+|a\s+|an\s+)?"
    rf"{_NOT_A_COUNT}[\w.'-]+"
    r"|(?:要的|订的|点的|买的|选的|下单的|拍的|下单选的)(?:是)?(?!\s*[\d一二两三四五六七八九十]+\s*(?:节|个|粒|片|只|支|张|包))"
    r"[^，,。；;]{1,10}[，,]\s*(?:结果|但是?|可是|却)?\s*"
    r"(?:来的|到的|发来的|寄来的|送来的|收到的|发的|寄的|送的|给的|到手的)(?:却|竟然|居然|怎么)?(?:是)?[^，,。；;]{1,10}"
)
# The same thing given with no 'me' said, or found at hand already: 'gifted the same one', 'found I had one already'.
SAME_AT_HAND = (
    r"\b(?:gifted|gave|given|bought|sent|handed)\s+(?:me\s+|us\s+)?(?:the\s+|an?\s+)?(?:very\s+|exact(?:ly)?\s+)?(?:same|identical)\b"
    r"|\b(?:i|we)\s+(?:had|have|got|owned?)\s+(?:one|a\s+pair|a\s+pack|some|them|it)\s+already\b"
    r"|\b(?:i|we)\s+(?:already\s+)?(?:had|have|got|own)\s+(?:one|a\s+pair|a\s+pack)\s+(?:already\s+)?at\s+home\b"
    r"|\balready\s+(?:had|have|got|own)\s+(?:one|a\s+pair|a\s+pack)\s+at\s+home\b"
)
