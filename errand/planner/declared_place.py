"""Whose place a saved address is declared to be, read again before the planner ships there.

The readers take a place declared to be a saved address as that address ('the studio's the office address', 'dive
school = my office address', 'for the house:' as home, 工作室就是公司) and send the goods to the saved one. That is
right only when the place is the shopper's own. It is asked about when:

- the place is someone else's: a person's ('her flat = home', "the stranger's house is my home address", "the
  neighbour's is my home address", 邻居家=公司, 隔壁嘅屋就係我屋企, 我老闆屋企就係公司地址, 阿明屋企=公司), or said
  to be after 'for the house' ('for the house next door', "— it's my friend's", "(the house is my aunt's)");
- the place is one nobody lives at or one named by its number, not by the shopper's own label ('the hotel's my office
  address', 'the parcel locker of building 9 = office', 'flat 3B = home', 酒店就是我家);
- a street address is written out ('ship to: 12 Elm St', 中山路12号): the parcel would go to a saved address while
  the shopper means that one.

``question`` returns what to ask and the missing field, or None.
"""

from __future__ import annotations

import re

_LABEL_EN = r"(?:office|home|work)"
# A place declared to be a saved address: "X's my office address", 'X is the home address', 'X = office',
# 'X = my home address', 'X is home now'. The place is the words before it, back to the clause's start.
_DECLARED_EN = re.compile(
    r"(?:^|(?<=[.,;:!?(—–])|(?<=\s-\s))\s*(?P<place>[\w'’ -]{1,60}?)\s*"
    rf"(?:(?:'s|’s|\bis)\s+(?:now\s+)?(?:my|our|the)\s+{_LABEL_EN}\s+(?:address|addr)\b"
    rf"|\s*=\s*(?:my\s+|our\s+|the\s+)?{_LABEL_EN}\b|\bis\s+(?:now\s+)?(?:my\s+|our\s+)?{_LABEL_EN}\s+now\b"
    rf"|\b(?:counts as|stands for|means)\s+(?:my\s+|our\s+|the\s+)?{_LABEL_EN}\b)", re.IGNORECASE)
# 'the house', 'the flat' said for where it goes, then said to be another's: 'for the house next door'.
_FOR_HOUSE = re.compile(r"\bfor (?:the|this|that) (?:house|flat|home|place|apartment|cottage)\b(?P<rest>.*)$",
                        re.IGNORECASE)
_NEXT_DOOR = re.compile(r"^\s*(?:next door|across the (?:street|road|hall)|opposite|upstairs|downstairs|down the (?:road|street"
                        r"|hall)|over the road|on the corner|at the end of the (?:road|street)|of (?:my|our|the|his|her|their|a)\b"
                        r"|(?:number|no\.?|#)\s*\d|\d)", re.IGNORECASE)
# Another's possession said to be the place, ending its clause or naming a dwelling: "— my sister's house",
# "(the house is my aunt's)", "— it's my friend's".
_THEIRS_SAID = re.compile(
    r"\b(?!(?:it|that|what|there|here|who|he|she|one|let|today|tomorrow|tonight)['’]s)[a-z]+(?:['’]s|s['’])"
    r"(?=\s*(?:[).,;!?—–]|$)|\s+(?:house|flat|home|place|apartment|cottage|dorm)\b)"
    r"|\b(?:his|hers|theirs|her|their)\s+(?:house|flat|home|place|apartment)\b"
    r"|\b(?:is|it'?s|it’s|that'?s|that’s)\s+(?:his|hers|theirs)\b", re.IGNORECASE)
# A possession named to describe the goods, not whose the place is: 'a kettle like my mum's', 'the same as Bob's'.
_LIKE = re.compile(r"\b(?:like|as|than|to|with|from|unlike|of)\s+(?:(?:my|our|the|a|his|her|their)\s+)?$", re.IGNORECASE)

# A place that is someone else's, by whose it is.
_OTHERS_EN = re.compile(
    r"\b(?!(?:my|our|it|that|what|there|here|who|he|she|one|let)['’]s\b)[a-z]+(?:['’]s\b|s['’](?=\s|$))"
    r"|\b(?:his|her|their|your|someone|somebody|some\s+guy|a\s+stranger|stranger|strangers|neighbou?rs?|next\s+door"
    r"|friend|friends|ex|boss|landlord|landlady|colleague|coworker|co-worker|classmate|roommate|flatmate|sister|brother"
    r"|mum|mom|mother|dad|father|parents?|aunt|auntie|aunty|uncle|cousin|gran|granny|grandma|grandpa|grandparents"
    r"|girlfriend|boyfriend|in-laws?|client|customer|tenant|opposite|upstairs|downstairs|across\s+the\s+\w+"
    r"|over\s+the\s+road|down\s+the\s+(?:road|street|hall))\b", re.IGNORECASE)
# A place nobody lives at or named by its number rather than the shopper's own label.
_NOT_OWN_EN = re.compile(
    r"\b(?:hotel|hostel|motel|airbnb|b&b|bnb|guest\s?house|inn|resort|parcel\s+locker|locker|lockers|pick-?up\s+point"
    r"|collection\s+point|post\s+office|po\s+box|station|airport|mall|car\s+park|parking\s+lot|lobby|building|block"
    r"|unit|tower|flat\s+\w*\d\w*|room\s+\w*\d\w*|apt\.?|suite)\b|\d", re.IGNORECASE)
# A room at a workplace named by its trade, with an article or a word before it: "the vet's surgery", "School nurse's
# room", "the bakery's back room" (a lone possessive, "bob's room", may be a person's; the list above still asks).
_WORKROOM_EN = re.compile(r"^\s*(?:(?:the|our|a)\s+[a-z][\w-]*|[a-z][\w-]*\s+[a-z][\w-]*)['’]s\s+(?:(?:back|front|staff|store"
                          r"|stock|break|treatment|consulting|prep)\s+)?(?:room|surgery|counter|studio|workshop|kitchen|stockroom"
                          r"|storeroom|staffroom|clinic|bay|desk|stall|booth|lab|office)\s*$", re.IGNORECASE)
# The place word the readers already accept: the shopper's own by saying so ('my flat = home').
_OWN_EN = re.compile(r"^\s*(?:the\s+|our\s+|my\s+)?(?:own\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*$", re.IGNORECASE)

_LABEL_ZH = r"(?:家|屋企|公司|办公室|辦公室|单位|單位|工作单位|写字楼|寫字樓)"
# 'X就是我家地址', 'X=公司', 'X係我屋企', '把X当成我家地址'.
_DECLARED_ZH = re.compile(
    rf"(?:^|(?<=[，,。；;！!：:]))\s*(?:把|将|將)?(?P<place>[^，,。；;！!：:=＝]{{1,14}}?)\s*"
    rf"(?:就是|就係|即是|便是|係|是|=|＝|当成|當成|当做|當做|当作|當作|算)\s*(?:我(?:的|嘅|們的|们的)?|我们|我們)?"
    rf"{_LABEL_ZH}(?:的|嘅)?(?:地址)?(?=[，,。；;！!、\s]|$)")
# Someone else's place: by a person, another's home, a number, a place nobody lives at.
_OTHERS_ZH = re.compile(
    r"邻居|鄰居|隔壁|对面|對面|楼上|樓上|楼下|樓下|朋友|同事|同学|同學|老板|老闆|前女友|前男友|男朋友|女朋友|男友|女友"
    r"|阿姨|叔叔|舅舅|姑姑|伯伯|婶婶|嬸嬸|表哥|表姐|表弟|表妹|堂哥|堂姐|姐姐|妹妹|哥哥|弟弟|爸|妈|媽|爷爷|爺爺|奶奶|外婆|外公"
    r"|婆家|娘家|岳父|岳母|公公|婆婆|亲戚|親戚|房东|房東|客户|客戶|陌生人|别人|別人|人家|他|她|佢|老[王李张張陈陳刘劉赵趙黄黃]"
    r"|阿[\u4e00-\u9fff]|酒店|宾馆|賓館|旅馆|旅館|民宿|快递柜|快遞櫃|驿站|驛站|丰巢|豐巢|\d|[一二三四五六七八九十]+[号號栋棟楼樓室]")
# A dwelling named by its owner when the owner is not the shopper: '阿明屋企', '小李家'.
_THEIR_HOME_ZH = re.compile(r"^(?!我|自己|咱|老家|新家)[\u4e00-\u9fff]{1,6}?(?:的|嘅)?(?:家|屋企|屋|房子|住处|住處)$")

# A street address written out: '12 Elm St', '5 Dock Road', '中山路12号'.
_STREET = re.compile(
    r"\b(?:to|at|address|addr)\s*[:：]?\s*(?:no\.?\s*|number\s+|#\s*)?\d{1,5}[a-z]?,?\s+(?!(?:am|pm|on|in|by|or|and|the|a|of|for|to|at)\b)"
    r"(?:[a-z]+\s+){1,3}"
    r"(?:st|street|rd|road|ave|avenue|lane|ln|blvd|boulevard|dr|drive|way|close|ct|court|pl|place|terrace|crescent|hwy"
    r"|highway|square|sq)\b\.?"
    r"|[\u4e00-\u9fff]{1,8}(?:路|街|道|巷|弄|大道)\s*\d{1,5}\s*(?:号|號)"
    r"|(?:寄|送|发|發)(?:到|去|往)[\u4e00-\u9fff]{0,10}\d{1,4}\s*(?:栋|棟|号楼|號樓|幢|座|单元|單元|室)", re.IGNORECASE)

QUESTION = ("I can only deliver to your own saved addresses (home, office). That place sounds like someone else's or "
            "like another address; where should it go — one of your saved addresses?")
STREET_QUESTION = ("I can't ship to an address written in a message, only to your saved addresses (home, office). Which "
                   "saved address should it go to?")


# Products called stands, counted: '2 laptop stands for the office', 'three music stands for home'.
_COUNTED_STANDS = re.compile(r"\s*(?:\d{1,4}|a\s+couple\s+of|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
                             r"(?:[\w-]+\s+){0,3}stands\s+for\b", re.IGNORECASE)


def _others_en(place: str, shopper_id: str) -> bool:
    place = re.sub(rf"\b{re.escape(shopper_id)}['’]s\b", "my", place.strip(), flags=re.IGNORECASE)
    if _WORKROOM_EN.match(place):
        place = re.sub(r"['’]s\b", "", place)  # "the bakery's back room": a room at work; the list above still asks
    return bool(_OTHERS_EN.search(place) or _NOT_OWN_EN.search(place) or not _OWN_EN.match(place))


def _others_zh(place: str) -> bool:
    place = place.strip()
    return bool(_OTHERS_ZH.search(place) or _THEIR_HOME_ZH.match(place))


def _for_others_house(text: str) -> bool:
    """'for the house' said to be another's: 'next door', "— my sister's house", "(the house is my aunt's)"."""
    found = _FOR_HOUSE.search(text)
    if found is None:
        return False
    rest = found.group("rest")
    return bool(_NEXT_DOOR.match(rest) or any(not _LIKE.search(rest[:theirs.start()])
                                              for theirs in _THEIRS_SAID.finditer(rest)))


def question(text: str, shopper_id: str) -> tuple[str, str] | None:
    """What to ask when ``text`` sends goods to a saved address it declares to be a place not the shopper's own,
    or writes out a street address; None otherwise."""
    if _STREET.search(text):
        return STREET_QUESTION, "address_label"
    for found in _DECLARED_EN.finditer(text):
        if _COUNTED_STANDS.match(found.group(0)):
            continue  # '2 laptop stands for the office': stands counted, for where they go
        if _others_en(found.group("place"), shopper_id):
            return QUESTION, "address_label"
    for found in _DECLARED_ZH.finditer(text):
        if _others_zh(found.group("place")):
            return QUESTION, "address_label"
    if _for_others_house(text):
        return QUESTION, "address_label"
    return None
