"""Ways a shopper tells why an order goes back that the symptom lexicon of ``reasons`` did not hold, by class:

- another brand sent, said as what came: 发来的是双喜牌, 寄来的是别家牌子的, 收到的竟然是杂牌; 'they sent some
  off-brand ones', 'a no-name brand came';
- the listing's figure set against what came, with the listing named: 页面写一点八升，实际只装一升; 包装上写十二节，到手
  只有十节; 盒子上印的是五号，拿到的是七号;
- rust found, in any words but 不锈 and 防锈 (stainless, rust-proof): 里面全是锈, 一打开全是锈迹, 壶底有锈斑;
- Wu speech's 勿 for 不 before a device's failure: 烧勿开 (does not boil), 勿灵, 勿响, 勿来事;
- given ones already, said in the plural or with who gave them: 'got both as gifts', 'were given two packs as
  presents', 'my sister gave me one'.

Each class is the words of a symptom kind that ``reasons`` lists with its reason, in its own order,
so a wrong item still says more than damage, and damage more than a change of mind.
"""

from __future__ import annotations

# Another brand sent: '发来的是双喜牌', '寄来的是别家牌子的', '收到的竟然是杂牌'; 'they sent some off-brand ones'.
OTHER_BRAND = (
    r"(?:发来|寄来|送来|寄过来|发过来|收到|到手|拿到|来)的(?:却|竟然|居然|怎么)?是[^，,。；;！!]{0,8}(?:牌子?|品牌|家的|杂牌)"
    r"|(?:发|寄|送)(?:来|过来)?了?(?:个|一个|一盒|一箱)?(?:别家|别的牌子|其他牌子|杂牌|山寨)"
    r"|\b(?:sent|delivered|shipped|got|received)\b[^.;]{0,20}\b(?:an? )?(?:off-?brand|no-?name|generic|knock-?off|other|another) brand\b"
    r"|\b(?:an? )?(?:off-?brand|no-?name|generic) (?:ones?|pack|brand|version)\b[^.;]{0,10}\b(?:came|arrived|turned up|in the box)\b"
)
# The listing's figure set against what came: '页面写一点八升，实际只装一升', '包装上写十二节，到手只有十节'.
LISTING_FIGURE = (
    r"(?:页面|详情页?|商品页|宝贝页|包装|盒子|外盒|标签|说明书?|图片|网上|店家|卖家|广告|主图)上?(?:写|标|印|说)(?:的|着|了|是)*"
    r"[^。；;，,！!]{1,15}[，,]\s*(?:但是?|可是?|结果)?\s*(?:实际|其实|实物|到手|拿到|收到|来的|发来的)"
)
# Rust found: '里面全是锈', '一打开全是锈迹', '壶底有锈斑' (not 不锈钢, 防锈).
RUST = r"(?<![不防])锈(?!钢)"
# Wu speech's 勿 for 不 before a failure: '烧勿开', '勿灵', '勿响', '勿来事'.
WU_FAILED = (r"(?:烧|充|开|打|用|按|关|合|盖)勿(?:开|上|进|动|了|起来|牢|拢)|勿(?:灵|响|亮|热|转|出水|工作|来事)"
             r"|(?:电|声音)(?:也|侪|都)勿(?:有|来)")
# Given ones already: 'got both as gifts', 'were given two packs as presents', 'my sister gave me one'.
GIVEN_ALREADY = (
    r"\b(?:got|received|was given|were given|been given|given|gave (?:me|us))\b[^.;]{0,30}\bas (?:gifts|presents)\b"
    r"|\b(?:my|our) (?:\w+ ){0,2}(?:already |just )?(?:gave|bought|got) (?:me|us) (?:one|two|a pair|a pack|some|the same"
    r"|one already)\b"
)
