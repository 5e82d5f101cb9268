"""Ways a shopper says the goods are no longer needed because the same thing is already at hand, for the symptom
lexicon of ``reasons`` (each a change of mind), by class:

- handed out, won or got free by work, a school, a club or an event: 'my employer gave each of us a pair', 'the
  office handed out …', 'won one in the lucky draw', 'got … free from my gym', 单位发了, 公司福利发了一箱, 年会抽中了;
- given as a wedding, housewarming or Christmas present, or bought the same by someone close: 'as a housewarming
  gift', 'among our wedding presents', 'my wife ordered the same', 'we both bought', 回礼送了个;
- provided where the shopper lives: 'the landlord provides a kettle', 'the new flat came with one', 房东配了;
- owned by the people the shopper lives with or moved in with: 'moved in with my parents and they already own one',
  "my flatmate's got one already", "there's already one in the flat", 他们家都有, 家里都有;
- a stockpile or a surplus: 'a drawer full at home', 'stocked up', 'surplus', 'redundant', 'one too many', 囤了,
  家里还有一抽屉, 多余, 重样, 撞款;
- a move abroad or study elsewhere: 'off to study abroad', 'heading overseas', 'going back to my home country', 留学,
  回国, 去国外.

A fault said in the same sentence is checked first by ``reasons``, so these only speak when nothing is wrong.
"""

from __future__ import annotations

_GIVER = (r"(?:work|my (?:job|employer|company|office|boss|firm|school|uni|university|team|club|gym|church)|(?:the|our)"
          r" (?:company|office|firm|employer|school|club|gym|team|boss|landlord|hotel)|employer|the (?:year-end|christmas"
          r"|office|work) party)")
# Handed out or won: 'my employer gave each of us a pair', 'the office handed out …', 'won one in the lucky draw'.
HANDED_OUT = (
    rf"\b{_GIVER}(?:'s)?\s+(?:\w+\s+){{0,2}}?(?:gave|gives|handed|hands|gifted|issued|dished|sent (?:us|me|everyone))\b"
    r"|\b(?:won|got|received)\b[^.;]{0,40}\b(?:in|at|from) (?:an?|the|our|my) (?:\w+ )?(?:lucky draw|raffle|prize draw"
    r"|draw|giveaway|tombola|competition|contest|secret santa)\b"
    rf"|\b(?:got|received|was given|were given)\b[^.;]{{0,40}}\b(?:free|for free|for nothing)\s+(?:from|at|through|with)"
    rf"\s+{_GIVER}"
    r"|\bas an? (?:\w+ )?(?:housewarming|wedding|christmas|xmas|birthday|leaving|retirement|welcome|baby shower)"
    r" (?:gift|present)\b|\b(?:among|in|with) (?:our|my|the) (?:wedding|housewarming|christmas|birthday) (?:gifts|presents)\b"
    r"|\b(?:ordered|bought|got|picked up) the (?:very |exact )?same\b|\b(?:both|each|also) (?:bought|ordered|got)"
    r" (?:the same|one|them|it|these|those|the)\b"
    r"|(?:单位|公司|年会|部门|工会|学校|老板|领导|客户|活动|展会|福利)[^，,。；;]{0,6}?(?:发|送|奖|给|配|抽中|抽到|中)(?:了|咗|过)"
    r"|抽奖(?:抽)?(?:中|到)了|回礼|(?<![没不])送了(?:个|台|副|双|盒|只|套|箱)"
)
# Provided where the shopper lives: 'the landlord provides a kettle', 'the new flat came with one', '房东配了'.
PROVIDED = (
    r"\b(?:landlord|hotel|flat|apartment|dorm|dormitory|house|room|office|place|rental|airbnb)\b[^.;]{0,20}"
    r"\b(?:provides?|provided|supplies|supplied|comes? with|came with|has|had|already has) (?:an?|one|its own|two)\b"
    r"|(?:房东|酒店|宿舍|学校|公司|新家|出租屋)(?:已经|本来就?|都)?(?:配|提供|备|自带)(?:了|有|的)"
)
# Owned by the people lived with: "they already own one", "my flatmate's got one already", "there's already one".
OWNED_AROUND = (
    r"\b(?:they|he|she|we|i|you|my \w+|our \w+)(?:'ve|'s| have| has| had)?(?: got)? (?:already )?(?:own|owns|have|has"
    r"|got)\s+(?:\w+\s+){0,3}?already\b"
    r"|\b(?:they|he|she|my \w+|our \w+) (?:already )?(?:own|owns|has|have)(?: got)? (?:one|two|both|a pair|them|the same"
    r"|the very same|an? identical)\b|\bthere(?:'s| is| are) already\b|\bmov(?:ed|ing|e) in (?:with|together)\b"
    r"|\b(?:i'?ve|i have|we'?ve|we have|i'?ve got) (?:two|three|several|a few) (?:pairs|packs|boxes|of them)\b"
    r"|(?:他们|他|她|他们家|她家|他家|家里|屋里|室友|对象)(?:已经|早就?|都|也|还)有(?:了|这个|一个|两个|一样的|同款|的)?(?=$|[，,。；;！!]|了)"
    r"|(?:和|跟|与)[^，,。；;]{1,8}(?:一起住|合住|合租|同居)"
)
# A stockpile or a surplus: 'a drawer full at home', 'stocked up', 'surplus', 'one too many', 囤了, 多余, 重样.
SURPLUS = (
    r"\b(?:a|the) (?:whole |full )?(?:drawer|cupboard|box|bag|shelf|stack|pile|stash|crate) (?:full )?of\b"
    r"|\b(?:drawer|cupboard|box)ful\b|\bstock(?:ed|ing)? up\b|\bstockpil\w*|\bsurplus\b|\bredundant\b|\bsuperfluous\b"
    r"|\bone too many\b|\bdoubled up\b|\b(?:loads|plenty|lots|heaps|tons) (?:of them |of those )?(?:at home|in the house"
    r"|already|left)\b"
    r"|囤(?:着|了|的|货)|存货|库存|(?:家里|屋里|还)(?:还)?(?:有|剩)(?:一|好几|很多|好多|一大)(?:抽屉|箱|盒|堆|柜|包|袋)"
    r"|多余|富余|多出来|重样|撞款|撞衫"
)
# A move abroad or study elsewhere: 'off to study abroad', 'heading overseas', 留学, 回国.
ABROAD = (
    r"\b(?:study(?:ing)?|work(?:ing)?|going|heading|off|flying|moving|leaving|relocating) (?:to (?:study|work|live) )?"
    r"(?:abroad|overseas)\b|\b(?:going|heading|moving|flying) back (?:to )?(?:my|our) (?:home )?country\b"
    r"|\boff to (?:uni|university|college)\b|\b(?:university|uni|college) abroad\b"
    r"|留学|回国|去国外|到国外|出国|读研|读书去|去外地(?:读|上)"
)

ALREADY_AT_HAND = [
    ("handed out or given", HANDED_OUT),
    ("provided", PROVIDED),
    ("owned by others", OWNED_AROUND),
    ("surplus", SURPLUS),
    ("abroad", ABROAD),
]
