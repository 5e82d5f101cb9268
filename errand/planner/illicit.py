"""Goods the law forbids whatever they are for, read as classes of device and account:

- gear that stuns fish with electric current ("an electrofishing machine", "a fish shocker", "电鱼机", "电打鱼器",
  "电捕鱼设备"); a fish scaler, a rod or a float that charges is a product;
- what hides, swaps or spoils a vehicle's plate, or beats a toll gantry or a speed camera ("a flip plate frame",
  "anti-radar spray for the plate", "stops the ETC gantry reading my plate", "挡牌器", "遮牌", "车牌反光膜",
  "测速干扰"); a plate frame, a dash cam or an ETC tag is a product;
- accounts or SIM cards in other people's real names, aged or pre-verified ("50 accounts with verified real-name
  IDs", "aged WeChat accounts", "实名认证的抖音号", "别人实名的手机卡"); one's own SIM card is a product.
"""

from __future__ import annotations

import re

_ELECTROFISHING = re.compile(
    r"\belectro-?fish\w*|\b(?:electric|battery|backpack)\s+fish(?:ing)?\s+(?:shockers?|stunners?|machines?|devices?|kits?|gear)\b"
    r"|\bfish(?:ing)?\s+(?:shockers?|stunners?)\b|\b(?:shock|stun|zap)(?:ping|ning|ing)?\s+(?:the\s+)?fish\b"
    r"|(?<!充)电(?:打|捕|击)?(?:鱼|渔)(?!漂|竿|线|钩|饵|缸|池|塘)|(?:打|捕)鱼(?:机|器)(?:头)?|(?:逆变|升压)[^，。！？]{0,6}(?:打|捕|电)鱼",
    re.IGNORECASE)
_PLATE = r"(?:licen[cs]e|number|registration|reg|car|vehicle)\s+plates?"
_PLATE_OR_CAMERA = re.compile(
    rf"\b(?:hid(?:e|es|ing|den)|cover(?:s|ing)?|block(?:s|ing)?|obscur\w*|flip(?:s|ping)?|mask(?:s|ing)?|conceal\w*|blur\w*"
    rf"|swap(?:s|ping)?|switch(?:es|ing)?)\b[^.?!]{{0,30}}\b{_PLATE}\b"
    rf"|\b{_PLATE}\s+(?:flippers?|hiders?|changers?|rotators?|blockers?|shields?)\b"
    r"|\b(?:flip(?:ping)?|rotating|switchable|hidden|stealth|motori[sz]ed|remote(?:-controlled)?)\s+(?:licen[cs]e\s+|number\s+)?"
    r"plates?(?:\s+frames?)?\b|\bplate\s+frames?\b[^.?!]{0,30}\b(?:switch|flip|swap|rotate|hide)"
    r"|\b(?:hid\w*|cover\w*|block\w*|protect\w*|invisible|shield\w*)\b[^.?!]{0,40}\b(?:from|to) (?:the )?(?:speed|traffic"
    r"|red[- ]light|toll|etc|anpr) cameras?\b"
    r"|\bphoto-?block\w*|\banti-?(?:radar|laser|anpr|speed[- ]cameras?|cameras?|flash|photo)\b[^.?!]{0,30}\b(?:plates?|sprays?|films?|covers?)\b"
    r"|\b(?:stop|stops|stopping|block|blocks|beat|fool|trick|dodge|evade|defeat|jam|blind|confuse)\b[^.?!]{0,20}"
    r"\b(?:etc|toll|gantry|gantries|speed cameras?|traffic cameras?|anpr|plate readers?)\b"
    r"|\b(?:etc|toll|gantry|gantries|speed cameras?|traffic cameras?|anpr)\b[^.?!]{0,30}\b(?:can'?t|cannot|won'?t|doesn'?t|don'?t"
    r"|never|not)\s+(?:\w+\s+)?(?:read|see|catch|detect|photograph|pick up|scan|clock)"
    r"|挡牌|遮牌|挡车牌|遮车牌|遮挡车牌|翻牌器|换牌器|变牌器|(?:车牌|牌照|号牌)[^，。！？]{0,12}(?:反光膜|反光贴|防拍|隐形|遮挡|翻转|拍不到|拍不清)"
    r"|(?:反光膜|反光贴|防拍膜|隐形膜|遮挡)[^，。！？]{0,6}(?:车牌|牌照|号牌)"
    r"|测速干扰|干扰测速|屏蔽测速|反测速|躲(?:避)?(?:电子眼|测速|抓拍)|电子眼干扰"
    r"|(?:etc|门架|收费站)[^，。！？]{0,8}(?:读不到|识别不了|识别不到|扫不到|拍不到|屏蔽|不扣费)|逃费|闯卡", re.IGNORECASE)
_OTHERS_ACCOUNTS = re.compile(
    r"\b(?:aged|verified|real-?named?|kyc(?:'d|-?ed)?|pva|phone-verified|pre-?verified)\s+(?:real-?name\s+)?(?:[\w-]+\s+){0,2}"
    r"accounts?\b|\baccounts?\s+with\s+(?:verified\s+)?real-?name\b|\breal-?name(?:d)?\s+(?:verified\s+)?(?:ids?|accounts?|sims?"
    r"|sim cards?|phone cards?)\b|\b(?:sims?|sim cards?|phone cards?|accounts?)\s+(?:registered\s+|opened\s+|made\s+)?(?:in|under)"
    r"\s+(?:somebody|someone|another|other)|\b(?:\d+|dozens of|a pack of|a batch of|bulk)\s+(?:[\w-]+\s+){0,2}accounts\b"
    r"|(?<!本人)(?<!自己)(?<!我的)(?<!我)实名(?:认证|验证|注册)?(?:过)?的?[^，。！？]{0,6}?(?:号|账号|账户|卡)"
    r"|别人(?:的)?实名|他人(?:的)?实名|老号|白号|成品号|养好的号", re.IGNORECASE)


def illicit(text: str) -> bool:
    """Electrofishing gear, what defeats a plate, a toll gantry or a speed camera, or others' real-name accounts."""
    return bool(_ELECTROFISHING.search(text) or _PLATE_OR_CAMERA.search(text) or _OTHERS_ACCOUNTS.search(text))
