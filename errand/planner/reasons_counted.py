"""Ways a shopper tells why an order goes back that the other symptom lexicons did not hold, by class:

- the same thing got as a present, said of who gave it or of the thing: 'my aunt bought me the very same …', 'a
  friend gave me the exact same pair', 'got an identical one as a birthday present', 朋友送了个一样的, 同事送了我一副同款的;
- a thing that is not for the shopper: "just not for me", "aren't really for us", 'not my thing', 不适合我, 不是我的菜
  (not 'not for me but for my mum': a thing bought for someone else);
- a piece out of a part: 'a chip out of the lid', 'a nick out of the rim', 'a bit missing from the spout';
- a switch or button that will not click or press: "the switch won't click down", "the button won't press in";
- the listing's figure set against the figure received, in any words and either order: 'listing: 12 per pack. box I
  got: 10', 'the pack said twelve, only nine inside', 'page says 12, counted 10', 说是十二粒装，拆开只有十粒,
  标的一盒十二粒，拆开就十粒.

Each class is a symptom's words, checked by ``reasons`` in its own order (a fault before a mood).
"""

from __future__ import annotations

from . import lexicon as lx

# The same thing got as a present: 'my aunt bought me the very same …', 'got an identical one as a birthday present'.
SAME_GIVEN = (
    r"\b(?:got|bought|gave|given|sent|handed|gifted)\s+(?:me|us)\s+(?:an?\s+|the\s+)?(?:very\s+|exact(?:ly)?\s+)?"
    r"(?:same|identical)\b"
    r"|\b(?:got|received|was given|were given|been given|given)\s+(?:an?\s+|the\s+)?(?:very\s+|exact(?:ly)?\s+)?"
    r"(?:same|identical)\b[^.;]{0,40}\bas an? (?:[\w-]+ )?(?:gift|present)\b"
    r"|送(?:了|给)?(?:我|俺|咱)?(?:一|个|副|台|双|盒|把|只|套)*(?:一模一样|一样|同款|同样)的?"
)
# Not for the shopper: "just not for me", "aren't really for us", 'not my thing', 不适合我 (not '… but for my mum').
NOT_FOR_ME = (
    r"(?:\bnot|n't)\s+(?:really\s+|quite\s+|just\s+|actually\s+)?(?:for (?:me|us)|my (?:thing|style|cup of tea)"
    r"|our (?:thing|style))\b(?![^.;]{0,8}\b(?:but|it'?s for|they'?re for)\b)"
    r"|不(?:太|大|怎么|是很)?适合(?:我|俺|咱)|不是我的菜"
)
# A piece out of a part: 'a chip out of the lid', 'a nick out of the rim', 'a bit missing from the spout'.
PIECE_OUT = r"\b(?:chip|nick|chunk|piece|bit|corner|sliver|shard)s?\s+(?:out of|missing from|gone from|knocked out of)\b"
# A switch or button that will not click or press: "the switch won't click down", "the button won't press in".
WONT_PRESS = r"\b(?:won'?t|doesn'?t|does not|will not|can'?t|never)\s+(?:click|press|push|clip)\s+(?:on|up|down|in)\b"

_EN_NUMBER = rf"(?:\d+(?:\.\d+)?|{lx.EN_NUMBER}|a dozen|dozen)"
_CLAIMED = (r"\b(?:listing|listed|page|description|ad|advert|label|box|pack|packet|packaging|photos?|site|website"
            r"|title)\b[^.;]{0,20}?(?:\b(?:said|says|shows?|showed|claims?|claimed|promised|promises|stated|states"
            r"|reads?)\b|:)")
_RECEIVED = (r"\b(?:got|received|came|arrived|inside|in (?:it|the box|there)|counted|found|opened|only|just|barely"
             r"|actually)\b")
# The listing's figure against the one received: 'listing: 12 per pack. box I got: 10', 'the pack said twelve, only
# nine inside', 说是十二粒装，拆开只有十粒.
FIGURE_SHORT = (
    rf"{_CLAIMED}\s*[^.;]{{0,12}}?\b{_EN_NUMBER}\b[^;]{{0,40}}?{_RECEIVED}[^;]{{0,15}}?\b{_EN_NUMBER}\b"
    rf"|{_CLAIMED}\s*[^.;]{{0,12}}?\b{_EN_NUMBER}\b[^;]{{0,25}}?\b{_EN_NUMBER}\b[^;]{{0,15}}?{_RECEIVED}"
    rf"|(?:说是|写着?|写的|标着?|标的|标称|页面|包装上?|盒子上?)[^，,。；;]{{0,10}}?{lx.ZH_NUMBER}[^，,。；;]{{0,6}}[，,]\s*"
    rf"[^，,。；;]{{0,6}}?(?:只有|只剩|才|就|只|仅|仅有)(?:有)?{lx.ZH_NUMBER}"
)
