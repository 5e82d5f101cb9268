"""Harm to a person said as what an ordinary item is for: the item is anything (a belt, a ruler, a cane, a
padlock, rope, tape, a hot sauce), the purpose clause names a person and what is done to them.

- hitting a child, a partner or a relative with it ('a cane to beat my daughter with', 'for whipping the children',
  'till it leaves a mark', 买根藤条，儿子撒谎就抽他, 专门打女儿手心, 要打得出血印);
- shutting a person in ('a bolt for the outside of my son's room so he can't get out', 'to lock my wife in',
  a lidded pen so the twins can't get out while I'm at work all day, 把老婆锁在屋里, 把儿子关里面, 插销装在房门外面);
- tying a person down ('to tie my husband to the bed', 把我爸绑在床上) or gagging them ('a gag for my sister',
  封住我妹的嘴, 口塞…让他闭嘴);
- forcing something down a person's throat (给他灌下去, 'to force down my son's throat');
- an allergen slipped into a person's food (偷偷放进同事的午饭里…过敏, 'she's allergic and won't know').

A baby gate for the stairs, a playpen for the baby, a belt for a son's uniform, a ruler for maths, a lock for one's
own door, chilli sauce for hotpot, peanut butter for sandwiches and rope for the tent stay purchases: each needs a
person and the harm done to them said.
"""

from __future__ import annotations

import re

_PERSON_EN = (r"(?:kids?|child|children|toddlers?|son|sons|daughters?|stepson|stepdaughter|step-?kids?|boy|girl|baby"
              r"|twins|nephews?|nieces?|grand(?:son|daughter|kids?|children|ma|mother|pa|father)|granny|gran|nan|wife"
              r"|husband|partner|boyfriend|girlfriend|spouse|mum|mom|mother|dad|father|parents?|brothers?|sisters?"
              r"|mother-in-law|father-in-law|in-laws?|students?|pupils?|coworkers?|colleagues?|flatmates?|roommates?"
              r"|\d+[- ]year[- ]olds?|him|her|them|\w+'s\s+(?:kids?|son|daughter|child|children|boy|girl))")
_WHOSE_EN = r"(?:(?:my|our|the|his|her|their|your|a|an)\s+)?(?:(?:little|baby|younger|older|old|elderly|naughty|\d+[- ]year[- ]old|two|three)\s+){0,2}"
_HIT_EN = (r"(?:whip(?:ping)?|beat(?:ing)?|hit(?:ting)?|smack(?:ing)?|spank(?:ing)?|thrash(?:ing)?|flog(?:ging)?"
           r"|belt(?:ing)?|cane|caning|strap(?:ping)?|paddl(?:e|ing)|lash(?:ing)?|punch(?:ing)?|slap(?:ping)?)")
_PUNISHED_EN = re.compile(
    rf"\b(?:for|to|so\s+i\s+can|i(?:'ll|\s+will|\s+need\s+to|\s+want\s+to)|gonna)\s+{_HIT_EN}\s+{_WHOSE_EN}{_PERSON_EN}\b"
    rf"(?!['’]s?\s+(?:dog|cat|pet|puppy|horse))"
    rf"|\b{_HIT_EN}\s+{_WHOSE_EN}{_PERSON_EN}(?:['’]s?\s+\w+)?\s+(?:with|till|until)\b"
    rf"|\b{_WHOSE_EN}{_PERSON_EN}\s+(?:needs?|deserves?|is\s+due|are\s+due|(?:is|are)\s+getting|gets?)\s+(?:a\s+)?"
    r"(?:good\s+|proper\s+|real\s+)?(?:whipping|beating|hiding|thrashing|spanking|belting|caning|flogging|strapping)\b"
    r"|\b(?:till|until)\s+(?:it|they|he|she)\s+(?:leaves?\s+(?:a\s+)?marks?|marks?|bleeds?|bruises?|swells?|welts?)\b"
    # shut in: a lock on the outside of a person's door, locked in, can't get out while I'm away
    rf"|\b(?:lock|locking|shut|shutting)\s+{_WHOSE_EN}{_PERSON_EN}\s+(?:in|inside|up)\b"
    r"|\b(?:outside|outer\s+side)\s+of\s+(?:my|our|the|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:bed)?(?:room|door)\b[^.!?]{0,40}\b"
    rf"{_WHOSE_EN}(?:{_PERSON_EN}|he|she|they)\s+can['’]?t\s+(?:get|come|climb)\s+out"
    rf"|\b{_WHOSE_EN}(?:{_PERSON_EN}|he|she|they)\s+can['’]?t\s+(?:get|come|climb)\s+out\b[^.!?]{{0,30}}\b(?:while\s+i['’]?m\s+(?:at|out|away)|all\s+day|when\s+i\s+go\s+out)"
    rf"|\b(?:put|keep|leave)\s+{_WHOSE_EN}{_PERSON_EN}\s+in\s+(?:it|there|the\s+(?:crate|cage|kennel))\b"
    r"[^.!?]{0,30}\b(?:when|while)\s+i\s+(?:go|am|'m)\s+(?:out|away|at)"
    # tied or gagged
    rf"|\b(?:tie|tying|strap|strapping|chain|chaining|handcuff\w*|cuff|cuffing)\s+{_WHOSE_EN}{_PERSON_EN}\s+(?:to|up|down)\b"
    rf"|\bgag(?:ging)?\s+{_WHOSE_EN}{_PERSON_EN}\b|\bgags?\s+for\s+{_WHOSE_EN}{_PERSON_EN}\b(?!['’])"
    # forced down the throat, an allergen in someone's food
    r"|\bforce\s+(?:it\s+|them\s+)?down\s+(?:[\w'’]+\s+){0,2}throats?\b"
    r"|\ballergic\b[^.!?]{0,40}\b(?:won['’]?t|doesn['’]?t|don['’]?t|never)\s+know\b"
    r"|\b(?:sneak|slip|hide|put)\s+(?:it\s+|some\s+)?into\s+(?:\w+['’]s?\s+)(?:\w+\s+)?(?:food|lunch|dinner|drink|cake|meal)\b"
    r"[^.!?]{0,40}\ballergic\b",
    re.IGNORECASE)

_PERSON_ZH = (r"(?:孩子|小孩|儿子|兒子|女儿|女兒|闺女|宝宝|寶寶|娃|继子|繼子|继女|繼女|孙子|孙女|外孙|侄子|侄女|老公|老婆|丈夫"
              r"|妻子|媳妇|男朋友|女朋友|对象|爸爸?|妈妈?|老爸|老妈|父母|爷爷|奶奶|外公|外婆|姥姥|姥爷|婆婆|公公|岳母|丈母娘"
              r"|老人|学生|同事|室友|弟弟?|妹妹?|哥哥?|姐姐?|我弟|我妹|他|她)")
_MY_ZH = r"(?:我|我们)?(?:家)?(?:的)?(?:[一二两三四五六七八九十\d]+岁的?)?"
_PUNISHED_ZH = re.compile(
    # hit: 打/抽/揍 a person; a child's fault then the blow; a blow that marks
    rf"(?:打|抽|揍|鞭|扇)(?:死|残)?{_MY_ZH}(?!娃娃){_PERSON_ZH}(?!的?电话|招呼|个电话)"
    rf"|{_PERSON_ZH}[^，。！？,.!?]{{0,6}}(?:撒谎|说谎|不听话|骂人|顶嘴|考不好|犯错|调皮|闯祸)[^。！？.!?]{{0,4}}就"
    r"(?:往死里)?(?:打|抽|揍|关|锁|灌|饿)"
    r"|(?:打|抽)(?:得|到|出)(?:出)?(?:血|印|肿|紫|青)|往死里(?:打|抽|揍)"
    rf"|{_PERSON_ZH}[^，。！？,.!?的]{{0,3}}(?:欠揍|欠抽|欠打|找打|找抽)"
    # shut in
    rf"|把{_MY_ZH}{_PERSON_ZH}(?:关|锁|反锁)(?:在|进|到|里|起来)"
    r"|(?:房门|门)外(?:面|边)?[^。！？.!?]{0,12}(?:出不来|出不去)|从外面(?:反)?锁"
    rf"|{_PERSON_ZH}[^。！？.!?]{{0,10}}(?:一个人在家|独自在家)(?:待|呆)(?:一|一整|整)天"
    rf"|{_PERSON_ZH}[^，。！？,.!?的]{{0,3}}(?:关|锁)(?:进去|进笼|在里面|里面)"
    rf"|(?:上班|出门|出去|一整天|整天)[^。！？.!?]{{0,10}}{_PERSON_ZH}[^，。！？,.!?的]{{0,3}}(?:待|呆|关|锁)(?:在)?(?:里面|里头|笼)"
    # tied, gagged, forced
    rf"|把{_MY_ZH}{_PERSON_ZH}(?:绑|綁|拴|捆|铐)(?:在|到|起来|住)"
    rf"|(?:封住|堵住|塞住|捂住)(?:{_MY_ZH}{_PERSON_ZH})(?:的)?嘴"
    rf"|(?:口塞|口枷|塞口球)[^。！？.!?]{{0,10}}(?:{_PERSON_ZH}|闭嘴)|给{_MY_ZH}{_PERSON_ZH}买?(?:个|一个)?(?:口塞|口枷)"
    rf"|(?:给|把)(?:他|她|{_PERSON_ZH})灌(?:下去|进去)|灌(?:他|她)(?:喝|吃|下)"
    # an allergen slipped into a person's food
    r"|(?:偷偷|悄悄)[^。！？.!?]{0,6}(?:放|加|掺|混|拌|做)(?:进|到|在)[^。！？.!?]{0,10}(?:饭|菜|蛋糕|汤|饮料|水|吃的)"
    r"[^。！？.!?]{0,12}过敏"
    r"|(?:放|加|掺|混|做)(?:进|到)[^。！？.!?]{0,10}(?:饭|菜|蛋糕|汤|饮料)[^。！？.!?]{0,12}过敏[^。！？.!?]{0,8}不知道")


def punished(text: str) -> bool:
    """The sentence says its item is for hitting, shutting in, tying, gagging or force-feeding a person, or for
    slipping an allergen into their food."""
    return bool(_PUNISHED_EN.search(text) or _PUNISHED_ZH.search(text))
