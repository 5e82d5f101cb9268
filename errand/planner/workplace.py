"""Where goods go when a sentence sends them to a workplace, a relative's home or a public place rather than a saved
address: 送婆家, 送到工作室, 寄去实验室 ("for the lab" in English names a use; "to the studio" the gate reads
itself), and a venue nobody lives at, said with 'to' in English ('3 umbrellas to the museum', 'a kettle to the
allotment') or sent to in Chinese (送到动物园, 送去体育馆, 送到肉铺). Such a place is a saved address only when the
sentence says so ("the studio is my office address", 工作室就是公司, 寄店里（公司地址）, 'to the church hall (my
office)'), so otherwise the destination is asked. A venue said as a use or an outing stays one: 'a cool box for the
campsite', 'snacks for our trip to the zoo', 'sun cream, we're off to the beach'."""

from __future__ import annotations

import re

# A place sent to in Chinese that no saved address names: "送婆家", "送到工作室", "寄去实验室", "送到动物园".
_ZH_VENUE = (r"动物园|動物園|水族馆|海洋馆|博物馆|博物館|美术馆|美術館|展览馆|科技馆|体育馆|體育館|体育场|體育場|球场|球場|露营地|营地"
             r"|海滩|沙滩|海边|公园|公園|图书馆|圖書館|教堂|寺庙|寺廟|清真寺|机场|機場|火车站|高铁站|码头|碼頭|肉铺|肉鋪|菜市场|菜市場"
             r"|农场|農場|果园|養老院|养老院|敬老院|福利院|酒吧|电影院|剧院|游泳馆|村委会|居委会|社区中心|活动中心|庙里|球馆")
_ZH_PLACE = re.compile(
    r"(?:送|寄|发)(?:到|去|往)?(?:我(?:的|们的?)?)?(?:婆家|娘家|老家|工作室|实验室|摊位|摊子|书店|病房|健身房|仓库|工地|门店|店里|店裡)"
    # a venue after the verb that sends, the goods between: '送两把伞到动物园', '一箱水送去体育馆' (not a person taken
    # there: '送孩子去动物园')
    rf"|(?:送|寄|发|運|运)(?:[^，。！？,.!?我你他她人孩娃们]{{0,8}}?(?:到|去|往|至)|到|去|往|至)?(?:{_ZH_VENUE})")
# A venue nobody lives at, sent to with 'to' in English.
_VENUE = (r"(?:zoo|aquarium|museum|(?:art )?gallery|stadium|arena|racecourse|racetrack|campsite|campground|caravan park"
          r"|caravan|beach(?: hut| house)?|chalet|library|leisure centre|leisure center|sports (?:centre|center|hall|club)"
          r"|community (?:centre|center|hall)|village hall|church(?: hall)?|chapel|cathedral|mosque|temple|synagogue|allotment"
          r"|farm|stables|marina|harbou?r|pier|jetty|airport|(?:train |bus |railway )?station|pub|bar|caf[eé]|restaurant"
          r"|theatre|theater|cinema|clubhouse|(?:golf|cricket|rugby|football|tennis|sailing|yacht) club|scout hut|nursery"
          r"|kindergarten|cr[eè]che|college|university|uni|care home|nursing home|hospice|prison|barracks|playground|park"
          r"|festival|fairground|market|butcher'?s|bakery|salon|swimming pool|lido|boathouse|racecourse|golf course)")
_TO_VENUE = re.compile(
    rf"(?<!\bnext )(?<!\bclose )(?<!\bnear )(?<!\btrip )(?<!\bway )(?<!\bvisit )(?<!\bouting )(?<!\bride )(?<!\bwalk )"
    rf"(?<!\bdrive )(?<!\bjourney )\bto\s+(?:the|our|my|da|a)\s+(?:[a-z]+\s+)?{_VENUE}(?!['’]s\b)\b(?!\s*[(（])",
    re.IGNORECASE)
# Going, taking or wearing it there: the venue is where the shopper goes, not where the goods are sent.
_GOING = re.compile(r"\b(?:go|goes|going|gone|went|off|head\w*|trip|visit\w*|outing|day out|bring\w*|tak(?:e|ing)|wear\w*"
                    r"|carry\w*|move|moving|back|walk\w*|run\w*|drive|driving|ride|riding|cycl\w*|commut\w*|get(?:ting)? there)"
                    r"\s+(?:[\w']+\s+){0,3}?$", re.IGNORECASE)
# The shopper saying the place is a saved one: "the studio is my office address", "工作室就是公司", "lab = office".
_SAID_SAVED = re.compile(
    r"\b(?:is|=|means) (?:my |our |the )?(?:office|home)(?: address)?\b|\b(?:office|home) address\b"
    r"|(?:就是|是|即|=)(?:我(?:的|们的?)?)?(?:公司|办公室|单位|家)(?:地址)?"
    # a saved address said in brackets after the place: "寄店里（公司地址）"
    r"|[（(](?:公司|办公室|单位|家)(?:地址)?[）)]", re.IGNORECASE)


def _to_venue(text: str) -> bool:
    """'… to the museum', not 'going to the beach' or 'our trip to the zoo'."""
    return any(not _GOING.search(text[max(0, m.start() - 40): m.start()]) for m in _TO_VENUE.finditer(text))


def unsaved_workplace(text: str) -> bool:
    """A workplace, a relative's home or a venue named as where goods go, not said to be a saved address."""
    return bool((_ZH_PLACE.search(text) or _to_venue(text)) and not _SAID_SAVED.search(text))
