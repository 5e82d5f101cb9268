"""More ways a shopper says why an order goes back, by class, for the symptom lexicon of ``reasons``.

``reasons`` reads the common words of each reason; shoppers also say them as idioms and as stories. Each class
here holds the shapes of one kind of story, in English and Chinese, with the reason it stands for:

- a device that gave up: 'given up the ghost', 'conked out', 'packed up', 'ceased to function', 'duds', 罢工, 歇菜;
- one that works only in part: 'only the left side plays', 'just one earcup gives any sound', 只有左边有声音, 只亮一只;
- sparks, a burning smell, a shock: 'smells of burning', 跳火花, 冒火花, 焦味, 漏电;
- no life at all, said in Chinese: 一点动静都没有, 毫无反应;
- what came against what was chosen: 'in red though I picked black', 'a 44 arrived', 'rather than the black I
  selected', 我拍的是黑色，到手变成白色;
- the listing's promise broken: 'the listing boasted …', 'advertised as waterproof, yet …', 号称…实际;
- a change of heart as a mood: 'gone off', "doesn't appeal any more", 'no longer pleases me', 'not keen', 没兴趣, 腻了;
- too many bought: 'far too many', 'more than we'll ever use', 'ordered double', 囤太多, 用不完;
- a move: 'relocating', 'emigrating', 'moving abroad', 搬家, 出国.

They are checked in ``reasons``' order, so a fault still says more than a mood.
"""

from __future__ import annotations

# It gave up: 'has given up the ghost', 'conked out', 'packed up on day three', 'ceased to function', 'all duds'.
GAVE_UP = (r"\bgiven up the ghost\b|\bgave up the ghost\b|\bconk(?:ed|s)? out\b|\b(?:packed|packs) (?:up|in)\b(?! (?:the|my|a|and)\b)"
           r"|\b(?:ceased|stopped|stops|ceases) (?:to )?(?:function|functioning|operat\w+|work\w*)\b|\bduds?\b|\bon the (?:blink|fritz)\b"
           r"|\b(?:went|goes|gone) (?:bang|pop|dead|kaput)\b|\bbricked\b|\bfried\b|\bno (?:longer|more) (?:works?|functions?|turns? on|charges?"
           r"|heats?|plays?|lights? up)\b"
           r"|罢工|歇菜|趴窝|报废|挂掉了|不转了|不动了|(?:一点|毫无|没有?)(?:动静|反应)")
# It works only in part: 'only the right ear plays', 'just one earcup gives any sound', '只有左边有声音', '只亮一只'.
PART_WORKS = (r"\b(?:only|just) (?:the )?(?:left|right|one|half|top|bottom|front|back|a single)\b[^.;,]{0,30}?"
              r"\b(?:plays?|works?|charges?|lights?(?: up)?|heats?|sounds?|gives? (?:any |off )?(?:sound|light|heat)|comes? on"
              r"|turns? on|spins?|has (?:any )?(?:sound|power))\b"
              r"|只有?(?:左边|右边|左耳|右耳|一边|一侧|一只|半边|一半|一个)[^，。；,;]{0,6}(?:有声|响|亮|能用|工作|转|热|有电)"
              r"|只(?:亮|响|转|热)(?:一|半)")
# Sparks, burning, a shock: 'smells of burning', 'gives off an electrical smell', '跳火花', '焦味', '漏电'.
SPARKS = (r"\bsmells? (?:of |like )?(?:burning|scorch\w*|melt\w*|electrical)|\bburning smell\b|\bshocks? (?:me|you)\b"
          r"|\bgave me a shock\b|\bmelt(?:ed|ing|s)\b|火花|冒火|打火|跳火|焦味|糊味|烧焦|漏电|电到手|麻手|电了我")
# What came against what was chosen: 'in red though I picked black', 'rather than the black I selected', 'ordered it
# in 42 and a 44 arrived', '我拍的是黑色，到手变成白色'.
_COLOUR = (r"(?:red|blue|green|white|black|grey|gray|silver|pink|cream|beige|navy|gold|yellow|purple|orange|brown"
           r"|khaki|teal)")
_CHOSE = r"(?:i|we)(?:'d| had| have|'ve)? (?:picked|chose|chosen|selected|ordered|gone for|went for|wanted|asked for|paid for)"
OTHER_THAN_CHOSEN = (
    rf"\b(?:in|is|was|are|were) (?:a |an )?(?:{_COLOUR}|size \w+|\d{{1,2}})\b[^.;]{{0,40}}?\b(?:though|although|when|while"
    rf"|whereas|but|not|instead of|rather than)\b[^.;]{{0,30}}?\b{_CHOSE}\b"
    rf"|\brather than the (?:[\w-]+ ){{0,2}}{_CHOSE}\b"
    r"|\b(?:ordered|picked|chose|selected|bought)\b[^.;]{1,40}?\bin (?:a |size )?[\w-]+ (?:and|but) (?:a |an |the )?(?:size )?[\w-]+"
    r" (?:arrived|came|turned up|showed up)\b"
    r"|(?:我|俺)?(?:拍|选|挑|买|下单|订)的(?:是)?[^，,。；]{1,8}[，,]\s*(?:到手|收到|寄来|发来|来的|送来)(?:的)?(?:却)?(?:变成|成了|却是|是)")
# The listing's promise broken: 'the listing boasted 40 hours', 'advertised as waterproof, yet they soak through',
# '号称防水，实际一淋就湿'.
PROMISE_BROKEN = (r"\b(?:listing|description|product page|page|ad|advert|advertisement|seller|photos?|pictures?|box|label)"
                  r" (?:promised|promises|boasted|boasts|claimed|touted|guaranteed|stated|bragged|advertised)\b"
                  r"|\b(?:advertised|billed|sold|marketed|described|listed|promoted|labell?ed) as\b[^.;]{1,40}?"
                  r"(?:[,;—–-]\s*)?\b(?:yet|but|however|though|and still)\b"
                  r"|\b(?:promised|supposed to)\b[^.;]{1,40}\b(?:but|yet|only|barely|just)\b"
                  r"|(?:号称|承诺|标榜|保证|说好)[^。；;]{1,20}(?:实际|其实|结果|却|但|可|只)")
# A change of heart as a mood: "I've gone off …", "doesn't appeal any more", 'no longer pleases me', 'not keen'.
GONE_OFF = (r"\b(?:gone|went|going) (?:right )?(?:off|cold on)\b(?= (?:the|it|them|those|these|that|this|my|our|all|both)\b)|\blost (?:interest|my interest|(?:its|their) (?:appeal|charm|shine))\b"
            r"|\b(?:doesn'?t|does not|don'?t|do not|no longer|not) (?:really |much )?(?:appeal|please|excite|grab|delight)s?"
            r"(?: (?:to )?(?:me|us))?\b|\bnot (?:so |that |too |very |really )?keen\b|\bfell out of love\b|\bchange of heart\b"
            r"|\bnot (?:really )?(?:my|our) (?:style|taste|thing|cup of tea)\b|\b(?:i'?m|we'?re) (?:so )?over (?:it|them)\b|\bcooled on\b|\bsick of (?:it|them)\b"
            r"|没(?:有)?兴趣|不感兴趣|(?:看|用|玩|穿|听)?腻了|不香了|没感觉了|拔草了?|不心动了")
# Too many bought: 'far too many', 'more than we'll ever use', 'ordered double', '囤太多', '多到用不完'.
TOO_MANY = (r"\b(?:too|far too|way too) many\b|\bmore (?:\w+ ){0,2}than (?:i|we)(?:'ll| will| could| can)? (?:ever )?(?:use|need|get through)\b"
            r"|\bover-?(?:bought|ordered|stocked)\b|\b(?:ordered|bought|got) (?:double|twice|two lots)\b|\bstocked up on too\b"
            r"|(?:买|囤|订|拍)(?:得|的)?(?:太多|过多|多了)|多到用不完|用不完|太多了用不|囤货太多")
# A move: 'relocating', 'emigrating', 'moving abroad', '搬家', '出国'.
MOVING = (r"\b(?:relocat|emigrat)\w*|\bmoving (?:house|home|abroad|overseas|away|out|countries|interstate|to (?:a new|another|[a-z]+ (?:next|this|in)\b))\b"
          r"|\bleaving the country\b|搬家|要搬走|搬走了|出国|移民")
