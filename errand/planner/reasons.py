"""Why a shopper returns something, read from what they say is wrong with it.

Shoppers rarely name a reason ("damaged"); they describe a symptom: a noise, a part that snapped, a kettle
that will not switch off, a dent, a leak, a missing part, an item someone used before, a size or capacity
that differs from the listing, or one they already have. This module holds a small lexicon of such symptom
kinds, in English and Chinese (Cantonese and traditional characters arrive already as Mandarin), each with
the return reason it stands for. Pure functions over text.
"""

from __future__ import annotations

import re

from errand.domain.intents import ReturnReason

from . import came_instead as ci
from . import fault_said as fs
from . import reasons_counted as rc
from . import reasons_expected as rx
from . import reasons_had as rh
from . import reasons_meant as rm
from . import reasons_said as rd
from . import reasons_told as rt

# A symptom kind: its name, the reason it stands for, and the words that say it.
Symptom = tuple[str, ReturnReason, str]

# The wrong thing arrived or it does not fit: 'sent me a blue one instead of black', 'too small', 发错了.
_WRONG = (r"wrong|发错|发成|寄成|不是我(?:买|下单|订|要|选)的|\b(?:got|received|sent(?: me)?|delivered)\s+(?:an? |the )?\S+\s+"
          r"(?:instead of|not|rather than)\b|\binstead of\b|too (?:much |very |so )?(?:small|big|large|tight|loose|short|long)"
          r"|doesn'?t fit|does not fit|don'?t fit|太小|太大|不合适|不合身|尺码不对|码不对|颜色不对"
          # 'a different colour from the one I picked', 'another size than I ordered'
          # "these aren't Nanfu, you sent Duracell", '这不是李宁，发来的是安踏'
          r"|\b(?:aren'?t|isn'?t|is not|are not|not)\b[^.;]{1,30}\b(?:you|they|seller) (?:sent|delivered|gave)\b"
          r"|不是.{1,10}[，,]?\s*(?:发|寄|送)(?:来|过来)?的(?:是|却是)"
          # another shopper's goods in the box: "someone else's stuff in it", '里面是别人的东西'
          r"|\bsomeone else'?s (?:stuff|things|order|parcel|package|items?|goods)\b|别人的(?:东西|货|快递|包裹)"
          # 'a different model from the one ordered': the shopper may be left out of a formal letter
          r"|\b(?:different|another|other) (?:colou?r|size|model|version|style|one|brand|item|product)\b.{0,25}"
          r"\b(?:(?:i|we) )?(?:picked|ordered|chose|selected|bought|wanted)\b|和我(?:选|买|下单)的不一样"
          # what came against what was bought: '收到的是七号的，我买的是五号', '发来的不是南孚是别的牌子'
          r"|(?:收到|来|到|发来|寄来|送来)的(?:是|却是).{1,12}[，,]\s*(?:(?:我|俺)?(?:买|要|订|下单)的(?:是|明明是)"
          r"|(?:我|俺)(?:买|要|订|下单)(?:了|的)?)"
          r"|(?:我|俺)(?:买|要|订|下单)的是.{1,12}[，,]\s*(?:收到|来|到|发来|寄来|送来)的(?:是|却是)"
          r"|(?:收到|发来|寄来|送来|来|到)的(?:却)?不是"
          # what was ordered, then what came: 'I ordered the white one and got a pink one'
          r"|\b(?:i|we) ordered (?:an? |the |some )?[\w -]{1,25}? (?:and|but) (?:got|received|they sent)\b"
          # what came, then what it is not: '发来的是七号不是五号'
          r"|(?:收到|发来|寄来|送来|来|到)的(?:却)?是.{1,10}(?:不是|而不是|并非)"
          # what came, then what was ordered: 'they sent size 40, I ordered a 42', 'got AAA but I'd ordered AA'
          r"|\b(?:sent|got|received|delivered|came|it'?s|is|are|had)\b(?:[^.;]|(?<=\d)\.(?=\d)){1,40}?(?:[,;—–]|\bbut\b| - )\s*(?:but )?"
          r"(?:i|we)(?:'d| had)? (?:ordered|bought|paid for|chose|picked|wanted)\s+(?!(?:it|them|these|those|this|that"
          r"|last|on|from|yesterday|in|for|with|new|another|a new)\b)\w"
          # the ordered one denied: "it's a Philips, not the Midea I paid for"
          r"|\bnot (?:of |in )?the (?:[\w.-]+ ){0,3}?(?:i|we) (?:paid for|ordered|bought|chose|choose|picked|wanted"
          r"|selected)\b"
          # the box held another product: 'the Li-Ning box had Anta shoes inside'
          r"|\b(?:box|case|package|parcel|packet|carton)\b (?:had|held|contained|was holding)\s+(?!(?:an? |some |no |any )?"
          r"(?:crack|water|dent|rust|mou?ld|hole|stain|scratch|dust|dirt|bug|insect|hair|nothing|bits|pieces|damage"
          r"|liquid|leak)\w*)[^.;,]{1,30}?\s(?:inside|in (?:it|there))\b"
          r"|\ba different (?:model|brand|size|colou?r|version|style|product|item)\b(?![^.;]{0,25}\b(?:photos?|pictures?"
          r"|listing|description|advert|ad)\b)"
          # sent wrongly, or a property named wrong: '寄错牌子了', '型号不对', '码数错了'
          r"|(?:送|寄|拿|装|配)错|不啱|唔啱|不合脚|(?:型号|牌子|品牌|款式|规格|版本|尺寸|大小|码数|号码|颜色|尺码)(?:也|都)?(?:不对|错了|弄错|搞错|有误)"
          r"|(?:尺码|码数|尺寸|码)偏(?:大|小)|偏(?:大|小)(?:一|两|半|\d)码")

# The listing's claim, then what came: '页面写的42码，到手是40码', '详情说是不锈钢，实物是塑料的'. The claim is short and
# has no colon, so it quotes a fact of the product, not a text to follow.
# What came may be read off its box: '页面上写保质期十年，收到的包装写一年', '商品页写降噪，实际收到的没有降噪'.
_CLAIMED_THEN_CAME = (r"(?:写的|写着|标的|标着|标称|说是|说的|描述|详情|页面|宣传|图片|图上|广告|商品页|页上)[^。；;:：，,]{0,20}[，,]?\s*"
                      r"(?:但|可|结果)?(?:实际|其实)?(?:实际|实物|到手的?|收到的|拿到的|来的|发来的|寄来的|送来的)"
                      # the thing or a part of it marked otherwise: '收到的壶底刻着201', '收到的电池上印着LR03', '鞋面是人造革'
                      r"(?:包装|外包装|盒子|标签|说明书|东西|货|[\u4e00-\u9fff]{1,3}?)?上?(?:是|只有|只|才|却|没|不|写|标|印|刻)")
# What the listing promised is not what came: 'listing said 1.8L, it only holds 1.2', '写的1.8升，实际只有1.2升'.
_LISTING = (r"not as described|not what (?:was|i) (?:advertised|ordered|expected)|(?:isn'?t|aren'?t|not) what the"
            r" (?:listing|ad|page|photos?) (?:said|says|showed)|different from|fake|counterfeit|knock-?off"
            r"|(?:doesn'?t|does not|don'?t|do not) match (?:the |its )?(?:description|listing|photos?|pictures?|ad)"
            r"|not as pictured|nothing like|doesn'?t look like|looks different|与描述不符|和描述不一样|假货|假的|不一样"
            r"|\b(?:listing|description|ad|advert|photos?|pictures?|page|box|label) (?:said|says|showed|shows|claimed"
            r"|claims|promised)\b|描述不符|说是.{0,12}(?:其实|结果|但是?|却)|写的.{0,12}(?:只有|其实|结果|但是?|却)"
            # the listing lied, or a property said plainly missing: 'the page lied', "it isn't glass at all"
            r"|\b(?:listing|description|ad|advert|page|seller|photos?|pictures?) (?:lied|lies|was wrong|is wrong)\b"
            r"|\b(?:isn'?t|aren'?t|is not|are not) (?!\w+ing\b)\w+ at all\b"
            # said to be one thing, came as another: '说是玻璃的，来的是塑料的'; Cantonese '同網上張相唔同'
            r"|说是.{1,12}[，,]\s*(?:来|到|收到|发来|寄来|送来)的(?:是|却是)"
            r"|(?:同|和|跟|与|與)(?:网上|網上|图片|圖片|照片|相片|张相|張相|描述|介绍|介紹|详情|詳情|页面|頁面|广告|廣告|宣传"
            r"|宣傳|样品|樣品|listing|photos?|pictures?).{0,8}(?:唔同|不同|唔一样|唔一樣)"
            # the listing's claim, then what came: '页面写的42码，到手是40码', '详情说是不锈钢，实物是塑料的'
            r"|" + _CLAIMED_THEN_CAME)
# A number said of the product and another found: 'says 1.8 litres but it holds barely a litre', '标的1.7升，实际才1升'.
_MISMATCH = (r"\b(?:says?|said|listed|labell?ed|advertised|claims?|supposed to (?:be|hold))\b[^,.;]{0,25}\d"
             r"[^.;]{0,40}\b(?:but|only|actually|barely|really|just)\b"
             r"|\b(?:only|barely|just) (?:holds?|fits?|takes?|lasts?)\b|\bholds? (?:only|barely|just|about)\b"
             r"|(?:写的|写着|标的|标着|标称|宣传|说明).{0,15}(?:实际|其实|结果|但|只|才)|实际(?:只|才)")
# Part of it is not there: 'the power cord is missing', 'came without the lid', 'arrived with 10 not 12', '少了配件'.
_MISSING = (r"\bmissing\b|\b(?:came|arrived|comes) without\b|\bwith \d+ (?:not|instead of) \d+|缺(?!了?一?[块角口])(?:了|少)?"
            r"|少了(?:一|\d|个|配件|零件|[^\s，。]{0,4}(?:线|盖|说明书))|没有?(?:配件|说明书|充电线|电源线|盖子)")
# Someone had it before: 'clearly opened and used', 'fingerprints all over', '被人用过', '二手'.
_USED = (r"(?<!never )(?<!not )\b(?:was|were|been|clearly|obviously|already) (?:opened|used|worn)\b|\bused before\b"
         r"|second-?hand|fingerprints|someone(?:'s| else'?s)|\bpre-?owned\b|被(?:人)?用过|有人用过|用过的|二手|被拆过|开过封")

# It does not work as it should. Noise: 'squeals', 'crackle', 'buzz', '杂音', '电流声'.
_NOISE = (r"\bnois[ey]|squeal|squeak|crackl|\bbuzz|\bhiss|rattl|\bhum(?:s|ming)?\b|\bwhin(?:e|es|ing)\b|\bstatic\b"
          r"|\bclicking\b|杂音|噪音|电流声|滋滋|沙沙|异响|嗡嗡|吱吱|有响声")
# Broken apart: 'the cable was snapped', 'the sole came apart', '开胶', '断了'.
_BROKEN = (r"\bsnap(?:ped|s)?\b|\b(?:came|come|fell|falls?|coming|falling) (?:apart|off|loose)\b|\bpeel(?:s|ed|ing)\b"
           r"|\bfrayed\b|\bbent\b|\bsplit\b|开胶|脱胶|断了|断掉|折断|掉了|松了|开裂|脱落"
           # knocked or chipped: 'came chipped', 'in pieces', 'busted', '磕掉一块', '磕了个口子', '缺了一角', '鼓包'
           r"|\bchipped\b|\bchips? (?:in|on|off)\b|\bin (?:pieces|bits|shards)\b|\bbust(?:ed)?\b|\bdoa\b"
           r"|\b(?:chunk|piece|corner) (?:out of|off|broken off|knocked off|missing from)\b|\bbit (?:broken|knocked|chipped) off\b|质量(?:问题|不好|太差|差)"
           r"|\bquality (?:issues?|problems?)\b|\bpoor quality\b"
           r"|磕|掉了?一(?:块|角|片|小块)|缺了?一?[块角口]|口子|鼓包|胀气|刮花|划花|刮伤|划伤")
# Does not stop: 'won't switch off', 'keeps boiling', '不跳闸', '一直烧'.
_NO_STOP = (r"\b(?:won'?t|doesn'?t|does not|never|can'?t|will not) (?:switch|turn|shut|cut)(?:s)? (?:itself )?off\b"
            r"|\bkeeps? (?:on )?(?:boiling|running|heating|beeping|going)\b|不跳闸|不断电|停不下来|一直烧|关不掉|关不了|不自动断电")
# Dented or crushed: 'a dent in the side', 'the box was crushed', '凹了', '压扁'.
_DENT = r"\bdent|\bding(?:ed)?\b|\bcrushed\b|\bsquashed\b|\bbashed\b|凹|压扁|变形|瘪"
# Leaks, overheats, smokes: 'drips', '漏液', '冒烟'.
# 'water comes out the bottom' is a leak too.
# Trips the fuse: 'it trips the breaker', 'blows a fuse', '一开就跳闸' (不跳闸 is a kettle that never stops).
_LEAK = r"\blets? (?:the )?(?:water|rain|damp|cold) in\b|进水|渗水|\btrip(?:s|ped|ping)? (?:the |my |our )?(?:fuse|breaker|circuit|switch|rcd|electrics|power)|\bblows? (?:the |a )?fuse" \
    r"|(?<!不)跳闸|\b(?:water|liquid|oil) (?:comes?|coming|pours?|runs?|seeps?|gets?) out\b|\bleak|\bdrip|\boverheat|\bsmok(?:e|es|ing)\b|\bsparks?\b|漏|冒[白黑青浓]?烟|过热|烧焦|烫手"
# Damage said plainly, or a part that no longer does its job: 'doesn't charge anymore', 'left ear is silent'.
_DAMAGED = (r"broken|damaged|defective|faulty|(?:doesn'?t|does not|don'?t|do not|isn'?t|not) work|stopped working"
            r"|cracked|dead|crack|\bbroke\b|no (?:sound|power|signal)|stopped \w+ing|won'?t (?:work|switch on)|没电|没声音|不工作"
            r"|scratch|shatter|torn|ripped|smash|burn|won'?t (?:turn on|charge|start)|坏|破|不能用|碎|划痕"
            r"|裂|不亮|没反应|充不进|没声|无声|不灵|失灵|[合关盖扣锁]不上|[合关]不拢"
            # a part that will not move as it should: '开关按不下去', '按键按不动', '拉链拉不上', '把手拧不紧'
            r"|[按摁拉扣插拧旋推转掰弹拔卡关盖]不(?:下去|动|上去?|进去?|出来?|回去|回来|起来|到底|紧|牢|严)"
            r"|(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|isn'?t|aren'?t) (?:\w+ing|charge|heat|boil"
            r"|close|open|turn|start|switch|light|connect|pair|play|hold|stay|spin|cool|print|lock)\b|\bsilent\b"
            r"|\bempty\b"
            # rust and corrosion: 'came corroded', 'rusted inside', '生锈了'
            r"|\bcorrod|\bcorrosion\b|\brust(?:ed|y|ing)?\b|生锈|锈了|发霉|\bmou?ldy\b"
            # Singlish and Malay: 'spoil already lah', 'spoilt', 'rosak', 'kaput'
            r"|\bspoil(?:t|ed|s)?\b|\brosak\b|\bkaput\b"
            # it does not do its job: 'all flat', 'does nothing', "won't power anything", "don't block any sound"
            r"|\b(?:is|are|was|were|came|arrived|all|totally|completely|already) (?:all |completely |totally )?flat\b"
            r"|\b(?:does|do|did) nothing\b|\bnever (?:boils?|heats?|works?|charges?|turns? on|switch(?:es)? on)\b"
            r"|\bdrained\b|\bunglued\b|\bunstitched\b|\bunravell?(?:ed|ing|s)?\b|\bcame undone\b|脱线|开线|起球|掉色|褪色"
            r"|(?:用|充)[^，,。]{0,4}就没(?:了|电)|\bwon'?t (?:power|cancel|block|ring|run|sound)\b"
            r"|(?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot) (?!(?:want|need|like|use)\b)\w+"
            r" (?:any|anything)\b"
            r"|\b(?:no|not) (?:have |has |got )?(?:power|signal|heat|charge|picture|image|light)\b"
            r"|\bfail(?:s|ed)? to \w+|\bmalfunction|\b(?:cuts?|cutting|drops?|dropping) out\b"
            # '左边哑了', '一点电都没有', '攏无电', Hokkien '袂烧', '烧不开', '充不上'
            r"|哑|不响|没(?:有)?(?:电|声|反应|信号|画面|效果)|无(?:电|声|反应|信号)|[电声](?:也|都)(?:没|无|不)"
            r"|(?:袂|𣍐)(?:烧|响|亮|动|用|充|开|热)|烧不开|充不上|开不了|打不开|连不上|不(?:热|滚|转|出水|加热|充电|制冷|启动)")
# Not wanted any more: 'changed my mind', 'already have one', '买重复了', '用不上'.
_UNWANTED = (r"chang(?:ed?|ing) (?:(?:my|of|her|his|their|our) )?minds?|(?:did not|didn'?t|never) (?:want|need|ask for)|unwanted"
             # 'it remains unopened', 'still sealed': nothing wrong with it
             r"|\b(?:remains?|still|is|are|left) (?:unopened|sealed|in (?:its|the) (?:box|packaging))\b|don'?t (?:really |actually |even )?(?:need|want)|no longer (?:need|want|require[ds]?|suits?|wanted)|not needed"
             # formal: 'the items no longer suit our needs', 'the shoes do not suit me', 'no longer required'
             r"|(?:do|does|did) not suit|(?:don'?t|doesn'?t|didn'?t) suit|not (?:required|suitable)|by (?:mistake|accident)"
             r"|accidentally|(?:bought|ordered) too many|didn'?t mean to|(?:don'?t|doesn'?t|didn'?t|does not|did not) like|\balready (?:have|has|got|owns?|own"
             r"|bought)\b|(?:i'?ve|i have|we'?ve|we have) (?:got )?(?:one|plenty|enough)\b|got one already|duplicate|\b(?:had|have) (?:loads|lots|plenty|spares?)\b"
             # never put to use: 'I just never use them', 'never wore it'
             r"|\bnever (?:use[ds]?|wear|wore|worn|need(?:ed)?|touch(?:ed)?|open(?:ed)?)\b"
             r"|不想要|不要了|不需要|用不上|买多了|多买了|买错|不小心|已经有|家里有|买重复|重复买|重复了|不(?:太|怎么|是很|大)?喜欢"
             # regret in any words, and a learner's 'I not need it more', 'no need the shoes now'
             r"|\b(?:i|we|he|she|they) (?:no|not) (?:need|want|like|use)\b|\bno need (?:it|them|this|these|the)\b"
             r"|\b(?:not|no) (?:need|want)(?:ed)? (?:it |them )?(?:more|anymore|any more)\b|\bsecond thoughts\b"
             r"|\bregret(?:s|ted|ting)?\b|\bremorse\b|\bdecided (?:against|not to)\b|\bon (?:second thought|reflection)\b"
             r"|后悔|冲动|手滑|算了|还是不要|不太想要|没必要|用不着|反悔|不想留|不合心意"
             # a gift the other person did not want, no time left to use it: '送人人家不要', '考研没时间听歌了'
             r"|(?:人家|对方|朋友|[他她]们?|家里人|收礼的人)(?:说|都)?(?:不要|不想要|不喜欢|不肯要)|送人[^。；;]{0,8}不要"
             r"|没(?:有)?(?:时间|空)(?:再)?[\u4e00-\u9fff]{0,3}了|用不到了|不用了|闲置|(?:^|[，,])我?(?:已经)?不(?:想)?要(?:那个|这个|那|这)"
             # no use for it, in any words: "there's no point", 'pointless', "won't need it", 'got no use for'
             r"|\b(?:no|little|not much) point\b|\bpointless\b|\bno (?:use|need) for\b|\bnot worth keeping\b"
             r"|\bwon'?t (?:need|use|wear)\b|\bnot (?:going to|gonna) (?:need|use|wear)\b"
             r"|\b(?:rarely|hardly(?: ever)?|barely) (?:use|wear|need)\b|\bhaven'?t (?:used|worn|touched|needed)\b"
             r"|没(?:空|时间|机会|地方)(?:用|穿|戴|看|玩|放)|[用穿戴]不到|派不上用场|闲置|吃灰|留着也是浪费|浪费钱"
             r"|没(?:用|穿|戴)过|不常用|很少用"
             # never put to use, in the present: 'ended up never using them', "can't see myself wearing them"
             r"|\b(?:sitting|sat|lying) (?:there )?(?:unopened|unused|untouched|in (?:its|the) box)\b"
             # given one already, or disliked: 'got the same ones as a gift', 'for my birthday', 'my mum hates the colour'
             r"|\b(?:got|received|was given|were given|given)\b[^.;]{0,30}\b(?:as an? (?:gift|present)|for (?:my|her|his|our)"
             r" (?:birthday|christmas))\b|\b(?:hates?|dislikes?|loathes?)\b|讨厌|嫌弃|送了(?:我|一)"
             r"|\bnever (?:using|wearing|needing|touching|opening)\b|\bend(?:ed)? up not (?:using|needing|wearing)\b"
             r"|\b(?:don'?t|can'?t|do not|cannot) (?:really )?see (?:myself|me|us|her|him|them) (?:using|wearing|needing)\b")

# Checked in this order, the first found wins: "wrong" and "too small" say more than "broken"; a broken promise
# of the listing or a missing part more than a symptom; a symptom more than "don't need it".
SYMPTOMS: list[Symptom] = [
    ("short of the count expected", "not_as_described", rx.SHORT_OF_EXPECTED),
    ("wrong item", "wrong_item", _WRONG),
    ("another brand sent", "wrong_item", rt.OTHER_BRAND),
    ("came instead", "wrong_item", ci.WRONG),
    ("other than chosen", "wrong_item", fs.OTHER_THAN_CHOSEN),
    ("wanted one, another came", "wrong_item", rx.WANTED_OTHER_CAME),
    ("one kind ordered, another received", "wrong_item", rm.KIND_SWAPPED),
    ("not as the listing", "not_as_described", _LISTING),
    ("listing's figure", "not_as_described", rt.LISTING_FIGURE),
    ("fewer than listed", "not_as_described", rc.FIGURE_SHORT),
    ("promise broken", "not_as_described", fs.PROMISE_BROKEN),
    ("mismatch with the listing", "not_as_described", _MISMATCH),
    ("claimed, not there", "not_as_described", rd.CLAIMED_ABSENT),
    ("missing part", "not_as_described", _MISSING),
    ("used before", "not_as_described", _USED),
    ("noise", "damaged", _NOISE),
    ("breakage", "damaged", _BROKEN),
    ("does not switch off", "damaged", _NO_STOP),
    ("dent", "damaged", _DENT),
    ("leak", "damaged", _LEAK),
    ("damage", "damaged", _DAMAGED),
    ("rust", "damaged", rt.RUST),
    ("failed, in Wu", "damaged", rt.WU_FAILED),
    ("gave up", "damaged", fs.GAVE_UP),
    ("works in part", "damaged", fs.PART_WORKS),
    ("sparks", "damaged", fs.SPARKS),
    ("part gone", "damaged", rd.PART_GONE),
    ("piece out", "damaged", rc.PIECE_OUT),
    ("will not press", "damaged", rc.WONT_PRESS),
    ("a part failed", "damaged", rm.PART_FAILED),
    ("not wanted", "changed_mind", _UNWANTED),
    ("given already", "changed_mind", rt.GIVEN_ALREADY),
    ("gone off", "changed_mind", fs.GONE_OFF),
    ("too many", "changed_mind", fs.TOO_MANY),
    ("moving", "changed_mind", fs.MOVING),
    ("moving away", "changed_mind", rm.MOVING_AWAY),
    *((name, "changed_mind", words) for name, words in rd.CHANGE_OF_MIND),
    ("the same given", "changed_mind", rc.SAME_GIVEN),
    ("not for me", "changed_mind", rc.NOT_FOR_ME),
    ("the same at hand", "changed_mind", rx.SAME_AT_HAND),
    *((name, "changed_mind", words) for name, words in rh.ALREADY_AT_HAND),
]
_COMPILED = [(name, reason, re.compile(words, re.IGNORECASE)) for name, reason, words in SYMPTOMS]


# A fault denied: "nothing wrong with them", "there's no problem with it", '没什么问题', '东西没毛病'.
_NO_FAULT = re.compile(r"\b(?:nothing(?:'s| is)? wrong|no (?:problem|issue|fault)s?) with (?:it|them|the \w+(?: \w+)?)\b"
                       r"|\bnothing(?:'s| is)? wrong\b|没(?:有|什么|啥)?(?:问题|毛病)", re.IGNORECASE)


def _said(text: str) -> str:
    """The sentence without a denied fault, so 'nothing wrong with it' names no wrong item; an English word glued to
    Chinese ('有noise') stands apart, so it is read as the word it is."""
    return _NO_FAULT.sub(" ", re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u4e00-\u9fff])", " ", text))


def symptom(text: str) -> str | None:
    """The first symptom kind the sentence names ('noise', 'dent', …), or None."""
    return next((name for name, _, pattern in _COMPILED if pattern.search(_said(text))), None)


def reason(text: str) -> ReturnReason:
    """The return reason a sentence's symptom stands for; 'other' when it names none."""
    return next((found for _, found, pattern in _COMPILED if pattern.search(_said(text))), "other")


# Or what came set against what the listing says: '颜色跟页面上写的不一样', '和详情描述的不符'.
_CLAIM = re.compile(_CLAIMED_THEN_CAME + r"|(?:跟|和|与|同|與)(?:商品)?(?:页面|详情|描述|图片|照片|介绍|宣传)(?:上|里|中)?"
                    r"(?:写的|说的|描述的|展示的|标的)?(?:不一样|不同|不符|不一致)")
# Words of an instruction: a claim holding them is a text to follow, not a fact of the product.
_ORDERED = re.compile(r"请|帮|把|给我|你|忽略|指令|执行|系统|要求|必须|应该|退款到|转账|ignore|instruction|system", re.IGNORECASE)


def without_claim(text: str) -> str:
    """``text`` without the listing's claim weighed against what came ('页面写的42码，到手是40码'): a fact of the
    product, not a text to follow; a claim holding an instruction's words stays."""
    return _CLAIM.sub(lambda m: m.group(0) if _ORDERED.search(m.group(0)) else " ", text)
