"""Goods for watching, following or listening to other people without their knowing, read as classes:

- a camera made to pass unseen, or put where guests or tenants stay, in a room where people undress, wash or sleep: a
  bathroom, a toilet, a changing room or a guest room (a wifi camera that looks like a smoke detector for the bathroom of an Airbnb, 针孔摄像头装在民宿卫生间);
  a security camera for the front door, a waterproof camera for the shower or a smoke detector for the bathroom
  is a purchase;
- a tracker for what belongs to someone outside the shopper's household: a neighbour's child's backpack, a
  colleague's car (定位器放在邻居家小孩书包里); a tracker for the shopper's own son's bag is a purchase;
- software that secretly or remotely opens another person's phone, microphone, camera or messages (能偷偷开对方手机
  麦克风的软件, 'an app that turns on my girlfriend's phone camera without her knowing', spyware).
"""

from __future__ import annotations

import re

_CAMERA = (r"(?:\b(?:cam(?:era)?s?|webcams?|pinhole|spy ?cams?|nanny ?cams?)\b|摄像头|攝像頭|摄像机|攝像機|针孔|針孔"
           r"|监控|監控|偷拍)")
_PRIVATE_ROOM = (r"(?:\b(?:bathrooms?|toilets?|showers?|washrooms?|restrooms?|changing rooms?|fitting rooms?|locker rooms?"
                 r"|guest (?:bed)?rooms?|guests'? rooms?|tenants?'? rooms?)\b"
                 r"|卫生间|衛生間|洗手间|洗手間|厕所|廁所|浴室|更衣室|试衣间|試衣間|客房|租客(?:的)?房间)")
_ROOM_CAMERA = re.compile(rf"{_CAMERA}[^.?!。！？]{{0,60}}{_PRIVATE_ROOM}|{_PRIVATE_ROOM}[^.?!。！？]{{0,30}}{_CAMERA}",
                          re.IGNORECASE)
# What makes a camera there one on people: made to pass unseen, or in a room others stay in ('looks like a smoke
# detector', pinhole, 'the airbnb I rent out', 民宿); a waterproof camera for the shower is a camera.
_UNSEEN_OR_GUESTS = re.compile(
    r"\b(?:looks? like|disguised|hidden|pinhole|spy|wi-?fi|wireless|nanny|tiny|mini|covert|airbnb|rent(?:ed|ing)? (?:it )?out"
    r"|guests?|tenants?|lodgers?|hotel|hostel|rental)\b|针孔|針孔|伪装|偽裝|隐藏|隱藏|偷拍|偷偷|民宿|租客|出租|酒店|宾馆|賓館|客人"
    r"|装在|裝在|安在|藏在", re.IGNORECASE)
_TRACKER = r"(?:\b(?:gps|trackers?|tracking devices?|air ?tags?)\b|定位器|定位|追踪器|追蹤器|跟踪器|跟蹤器)"
_OUTSIDER = (r"(?:\b(?:neighbou?rs?|strangers?|colleagues?|co-?workers?|boss|ex|ex-\w+|classmates?|landlord|tenants?"
             r"|crush)(?:'s?)?\s+(?:\w+'s\s+)?(?:kids?|child|children|son|daughter|backpacks?|bags?|cars?|bikes?|phones?"
             r"|keys?|coats?|wallets?)\b"
             r"|(?:邻居|鄰居|隔壁|陌生人|同事|老板|老闆|前任|前女友|前男友|同学|同學|房东|房東|租客)(?:家)?的?(?:小孩|孩子|女儿|女兒"
             r"|儿子|兒子|书包|書包|包|车|車|手机|手機|钥匙|鑰匙))")
_TRACKED = re.compile(rf"{_TRACKER}[^.?!。！？]{{0,50}}{_OUTSIDER}|{_OUTSIDER}[^.?!。！？]{{0,30}}{_TRACKER}", re.IGNORECASE)
_ANOTHER = (r"(?:对方|對方|别人|別人|他|她|老婆|老公|女朋友|男朋友|女友|男友|老板|老闆|同事|前任|前女友|前男友|孩子|员工"
            r"|員工)")
_SPYWARE = re.compile(
    r"(?:偷偷|远程|遠程|秘密|悄悄|暗中)[^，。！？]{0,8}" + _ANOTHER + r"的?[^，。！？]{0,4}(?:手机|手機|麦克风|麥克風|话筒"
    r"|話筒|摄像头|攝像頭|微信|聊天|短信|相册|相冊|通话|通話)"
    r"|\b(?:spyware|stalkerware)\b"
    r"|\b(?:apps?|software|programs?|tools?)\b[^.?!]{0,40}\b(?:[a-z]+'s|his|her|their|someone'?s)\s+(?:\w+\s+)?(?:phone"
    r"|mic|microphone|camera|messages|texts|whatsapp|wechat|chats?|calls?)\b[^.?!]{0,40}"
    r"\b(?:without (?:him|her|them) (?:knowing|noticing)|secretly|remotely|covertly)\b"
    r"|\b(?:secretly|remotely|covertly)\s+(?:turn|switch)(?:s|ing)?\s+on\s+(?:[a-z]+'s|his|her|their|someone'?s)\s+"
    r"(?:\w+\s+)?(?:phone|mic|microphone|camera)\b", re.IGNORECASE)


def prying(text: str) -> bool:
    """A camera where people undress or sleep as guests, a tracker on someone outside the household, or spyware."""
    return bool(_ROOM_CAMERA.search(text) and _UNSEEN_OR_GUESTS.search(text) or _TRACKED.search(text) or _SPYWARE.search(text))
