"""Covert recording of another person, and finding where another person's phone is.

- a camera or a microphone dressed as something else (a smoke alarm, a charger, a plug, a clock, an air purifier,
  带摄像头的烟雾报警器, 伪装成充电器的摄像头, 带麦克风的插座) for a room another person lives or sleeps in: a tenant's, a
  lodger's, a guest's, a flatmate's, a nanny's (租客, 民宿客人, 室友, 保姆), or any camera, monitor or recorder put
  there unknown to them (偷偷, 悄悄, 不让她知道, 烟雾报警器造型的摄像头, 保姆房间, 员工更衣室);
- any camera aimed at a neighbour's window or bedroom (对着对面楼的卧室窗户);
- a service or an app that finds another person's phone (查别人手机位置, 'where my girlfriend's phone is').

A camera for one's own porch, a smoke alarm for the kitchen and a baby monitor for a daughter's room stay errands.
"""

from __future__ import annotations

import re

_DEVICE_EN = (
    r"(?:cam(?:era)?s?|microphones?|mics?|recorders?|records? (?:video|audio|sound)|listening devices?|bugs?)"
)
_DISGUISED_EN = re.compile(
    rf"\b(?:disguised as|looks? like|dressed as|hidden (?:in|inside)|built into|inside) (?:a |an )?[\w -]{{0,20}}"
    rf"|\b(?:smoke (?:detectors?|alarms?)|chargers?|plugs?|sockets?|power (?:strips?|banks?)|clocks?|air purifiers?"
    rf"|tissue box(?:es)?|light ?bulbs?|photo frames?|usb (?:sticks?|chargers?)|hooks?|pens?|adapters?)\s+(?:with\s+(?:a |an )?"
    rf"(?:hidden |built-in )?)?(?:that\s+)?{_DEVICE_EN}"
    rf"|\b{_DEVICE_EN}\s+(?:disguised|hidden|built)\s",
    re.IGNORECASE,
)
_DEVICE = re.compile(rf"\b{_DEVICE_EN}\b|\bcctv\b|\bsurveillance\b", re.IGNORECASE)
_OTHERS_ROOM_EN = re.compile(
    r"\b(?:my |our |the )?(?:tenants?|lodgers?|guests?|roommates?|room-mates?|flatmates?|housemates?|nann(?:y|ies)"
    r"|babysitters?|maids?|cleaners?|au pairs?|airbnb|b&b|boarders?|neighbou?rs?|employees?|staff|colleagues?|coworkers?)"
    r"(?:'s|s'|’s)?\s+(?:[\w-]+\s+)?(?:bed ?rooms?|rooms?|bathrooms?|showers?|toilets?|flat|apartment|quarters|windows?)\b"
    r"|\b(?:guest|spare) (?:bed)?rooms? (?:of|in|at) (?:my|our|the) (?:airbnb|b&b|rental|hostel|guesthouse)\b",
    re.IGNORECASE,
)
_AIMED_EN = re.compile(
    r"\b(?:point|aim|face|facing|pointed|aimed|trained|zoom\w*|look\w*)\b[^.?!]{0,20}\b(?:at|into|on|toward|towards)\s+"
    r"(?:my |the |our )?(?:neighbou?rs?(?:'s|s'|’s)?|the (?:house|flat|building|block) (?:opposite|across)|next door)"
    r"[^.?!]{0,20}\b(?:windows?|bed ?rooms?|bathrooms?|house|flat|garden|balcony)\b",
    re.IGNORECASE,
)
_LOCATE_EN = re.compile(
    r"\b(?:locate|track|trace|find|see|follow|check)\w*\b[^.?!]{0,30}\b(?:someone(?: else)?|somebody|another person|other"
    r" people|anyone|my (?:wife|husband|girlfriend|boyfriend|partner|ex|gf|bf|fianc[eé]e?|spouse)|his|her|their)"
    r"(?:'s|’s)? (?:phone|mobile|location|whereabouts)\b"
    r"|\bwhere (?:my (?:wife|husband|girlfriend|boyfriend|partner|ex|gf|bf|spouse)(?:'s|’s)?|someone(?:'s)?|his|her|their)"
    r" (?:phone|mobile) is\b",
    re.IGNORECASE,
)
_DEVICE_ZH = re.compile(r"摄像头|摄像机|监控|监视器|看护器|录像|录音|麦克风|拾音|窃听|针孔|偷拍|偷录")
_DISGUISED_ZH = re.compile(
    r"伪装成|伪装的|假装成|藏在|藏进|暗藏|隐藏|带(?:摄像头|录像|录音|麦克风|拾音)"
    # put there unknown to who lives there: 偷偷, 悄悄, 瞒着, 不让她知道
    r"|偷偷|悄悄|暗中|秘密|瞒着|(?:不|别)(?:让|叫|能让)[^，。！？]{0,4}(?:知道|发现|看到|察觉)"
    r"|(?:烟雾报警器|烟感|充电器|充电头|插座|插线板|插排|闹钟|空气净化器|纸巾盒|灯泡|相框|挂钩|路由器)"
    r"(?:式|型|款|造型|外形|外观|样式|形状|模样|样子)?(?:的)?(?:摄像|监控|录音|针孔)"
)
_OTHERS_ROOM_ZH = re.compile(
    r"(?:租客|房客|民宿|客人|室友|舍友|合租|保姆|阿姨|月嫂|育儿嫂|护工|保洁|家教|邻居|对门|对面|隔壁|员工|同事|下属|前任"
    r"|租户)[^，。！？]{0,6}(?:房间|卧室|屋|窗|浴室|卫生间|厕所|家|宿舍|床|更衣室|办公桌|工位|淋浴间|洗澡间)"
)
_AIMED_ZH = re.compile(
    r"(?:对着|对准|朝着?|装(?:在|到)?|拍)[^，。！？]{0,4}(?:邻居|对面|对门|隔壁)[^，。！？]{0,8}"
    r"(?:窗|卧室|浴室|卫生间|阳台|家)"
)
_LOCATE_ZH = re.compile(
    r"(?:查|定位|追踪|跟踪|找到|看到|监控|知道)[^，。！？]{0,4}(?:别人|他人|某人|老公|老婆|男朋友|女朋友"
    r"|男友|女友|对象|前任|前妻|前夫|媳妇)的?[^，。！？]{0,3}(?:手机|位置|行踪|定位|轨迹)"
)


def watching_others(text: str) -> bool:
    """A disguised camera or microphone for another person's room, a camera aimed at a neighbour's window, or a way to
    find another person's phone."""
    if _LOCATE_EN.search(text) or _LOCATE_ZH.search(text):
        return True
    if _DEVICE.search(text) and (
        _DISGUISED_EN.search(text) and _OTHERS_ROOM_EN.search(text) or _AIMED_EN.search(text)
    ):
        return True
    return bool(
        _DEVICE_ZH.search(text)
        and (_DISGUISED_ZH.search(text) and _OTHERS_ROOM_ZH.search(text) or _AIMED_ZH.search(text))
    )
