"""Harm said the street's way, read as classes of goods and of use rather than as a list of sentences:

- a drug by its street name: words no shop sells by that name ('ket', 'zaza', 'nangs', 'oxy 30s', 'roxies', 'galaxy
  gas'), and words that are also ordinary goods ('snow', 'blow', 'tina', 'lean', 'coke', 'ice', 'acid') only when said
  as a mass the way a dealer measures it ('some snow', 'a zip of tina', 'a bottle of lean', 'a gram of coke', 'tabs
  of acid') and not as the first word of another product's name (snow boots, a blow dryer, lean beef, acid-free
  paper); a street word winked at in Chinese ('就係嗰種嘢', 'the special kind', 'from you know where');
- a part that makes a gun automatic or a gun one's own ('auto sear', 'glock switch', 'bump stock', 'a full auto
  conversion kit', anything 'for my AR'); paraphernalia for a drug ('dab rig');
- a box that intercepts phones ('IMSI catcher', 'cell site simulator', 'stingray device', 伪基站), one that relays a
  keyless car's key ('relay box', 'keyless repeater', 'key fob signal amplifier'; not a fuse or a 12 V relay), a card
  skimmer (盗刷器, 侧录器) and a key to open another's door (万能匙, 开隔篱屋门);
- a camera or recorder wanted where people undress or bathe, a tracking device for a partner's or an ex's things,
  and a key-copying tool for another person's car or door.

Each reads the whole sentence, so whatever reader wrote the request (a form, a hesitation, 'my X broke, need a new
one', chat slang taken out) the screen sees the goods as the reader left them.
"""

from __future__ import annotations

import re

# After a mass said the street's way: the end of the product phrase, not another word of a product's name.
_PHRASE_END = (r"(?=\s*(?:$|[,.;!?，。]|\d|(?:before|b4|by|for|to|from|frm|tonight|asap|please|pls|thx|thanks|ty|sharp|and"
               r"|this|tmrw|tomorrow|today|the|on|at|off|u|you|real|quick|again|fam|bro|mate|rn|now|mon|tue|wed|thu|fri|sat"
               r"|sun)\b))")
# Street words no shop sells under that name.
_ONLY_STREET = re.compile(
    r"\b(?:ket(?![-'])|zaza|nangs?(?![- ]?(?:bread|breads|flatbread|kebab))|nang (?:tanks?|canisters?|bottles?)|galaxy gas|whip-?its|roxies|roxys|oxys|oxy ?\d{2}s"
    r"|m-?30s|perc ?\d{2}s|(?:some|a few|\d+) oxy(?! (?:face|acne|wash|clean\w*|pads?|spot\w*|bright\w*))"
    r"|(?:tabs?|hits?|sheets?|blotters?) of (?:acid|lsd|l)|blotter acid|dab rigs?|dab nails?|addys|addies|promethazine"
    r"|(?:for|to make|make) (?:some )?lean|thc(?![- ]free)|(?:weed|thc|dab|wax) (?:carts?|cartridges?|pens?)"
    r"|(?:pills?|tabs?|caps?|powder|crystals?)\b[^.?!]{0,20}\bfor (?:the |a )?(?:rave|afterparty|after-party|festival|club))\b"
    r"|(?:\d+|[一二两三四五六七八九十半几])\s*(?:克|g)\s*的?(?:冰|叶子|草|白粉|麻古|k粉?)(?![\u4e00-\u9fff])"
    # a drug's own name no shop sells it under, and a good said as the kind that gets one high
    r"|\b(?:flakka|mephedrone|meow ?meow|alpha-?pvp|mdpv|synthetic cannabinoids?)\b|麻古|(?:抽|吸|食|索)(?:了|完)?(?:会|就|能|好)?(?:嗨|high|飘)"
    r"|\b(?:incense|bath salts?|plant food|potpourri|research chemicals?)\b[^.?!]{0,40}\b(?:not for (?:human consumption|baths?|plants)"
    r"|spice|k2)\b|\bthe (?:white )?powder (?:kind|one|sort)\b|\bparty (?:favou?rs|treats)\b[^.?!]{0,30}\bpowder\b"
    r"|\b(?:ice|crystals?|glass|shards?)\b[^.?!]{0,12}\bthe (?:smoking|smokable|snorting) (?:kind|one|sort)\b", re.IGNORECASE)
# Words also ordinary goods, street drugs when measured as a dealer measures them.
_MEASURE = (r"(?:some|a bit of|a little|a bag of|a baggie of|a zip of|a zip|zips of|a gram of|grams of|an? \d?g of|\d+ ?g(?:rams?)?"
            r" of|an? eighth of|an? quarter of|a q of|an ounce of|an oz of|a half of|a half (?:oz|ounce) of|a pound of|a lb of"
            r"|a kilo of|a kg of|kilos of|\d+ ?kg of|a line of|lines of|a bump of|a key of"
            r"|a brick of|a point of|a bottle of|a pint of|a cup of|a double cup of|\d+ (?:double )?cups of)")
_STREET_MASS = re.compile(
    rf"\b{_MEASURE}\s+(?:snow|blow|tina|lean|ket|zaza|shard|charlie|smack|skunk|kush|purple drank|weed|za)\b{_PHRASE_END}"
    # a decoration, a craft or a child's game is what the snow is for, not a night out
    r"(?!\s+for (?:the |my |our |a )?(?:christmas|xmas|village|display|tree|window|decorations?|crafts?|kids|children|slime"
    r"|diorama|model|nativity|scene|photo|shoot|set|stage|play))"
    # coke and ice are a drink and a cube too: only in the dealer's measures
    r"|\b(?:a baggie of|a zip of|a gram of|grams of|an? eighth of|a line of|lines of|a bump of|a key of|a brick of|a point of"
    r"|\d+ ?g(?:rams?)? of|an? (?:ounce|oz|q) of)\s+(?:coke|ice|glass|rock|crack|loud)\b", re.IGNORECASE)
# A wink that the goods are something else: said as its own clause after them.
_WINK = re.compile(
    r"[，,。]\s*(?:就是|即是|就系)?那种(?:东西|货|嘢|野)(?:啦|嘛|呀|啊|咯|喇|罗|囉)?\s*[。！!]?\s*$"
    r"|,\s*(?:you know,?\s*)?(?:the (?:special|fun|good) (?:kind|stuff|sort)|you know the (?:kind|one|stuff|sort)"
    r"|if you know what i mean|know what i mean|wink(?: wink)?|nudge nudge)\s*[.!?;)]*\s*$"
    r"|\bfrom you know (?:where|who)\b", re.IGNORECASE)
# Parts that make a gun fire automatically, and what is bought for one's own gun.
_GUN = re.compile(
    r"\b(?:drop[- ]in )?auto[- ]?sears?|\blightning links?\b|\bglock (?:auto )?switch(?:es)?|\bswitch(?:es)? for (?:my|a|the) glock(?![-\w])"
    r"|\b(?:auto|full[- ]?auto) switch(?:es)?\b|\bbump[- ]?(?:fire )?stocks?\b|\bbinary triggers?\b|\bforced[- ]reset triggers?"
    r"|\b(?:full[- ]?auto|select[- ]fire|automatic) (?:conversion )?(?:kits?|parts?|conversions?)\b|\bconversion kits? (?:to|for)"
    r" (?:full[- ]?auto|automatic)\b|\b80 ?% lowers?\b|\bmag ?dump kits?\b|\bghost guns?\b"
    # a gun's receiver or frame printed at home or carrying no serial number
    r"|\b(?:3d[- ]?printed|printed)\s+(?:lower|upper|receiver|frame|gun|pistol)s?\b|\b(?:lower|receiver|frame)s?\b[^.?!]{0,30}"
    r"\b(?:un-?seriali[sz]ed|no serial)|\bun-?seriali[sz]ed\b[^.?!]{0,20}\b(?:lower|receiver|frame|gun|pistol|rifle)s?\b"
    r"|3d打印(?:的)?(?:枪|手枪|机匣)"
    r"|(?:全自动|连发|自动)(?:扳机|改装)|(?:扳机|连发)改装|枪[^，。！？]{0,4}消音|消音器[^，。！？]{0,4}(?:枪|手枪|步枪)"
    r"|(?:给|用于|装|配)我?的?(?:ar|ak|ar15|ak47|格洛克|枪)(?![a-z]|眼镜|头显|游戏|滤镜|特效|应用|app|贴纸|海报|模型)"
    r"|\b(?:for|on|to|fits?) (?:my|the|a|his|her|our) (?:ar|ak|ar-?15|ak-?47|glock|handgun|carbine|sks)\b"
    r"(?!-|\s*(?:glasses|headsets?|app|game|filters?|lens(?:es)?|poster|print|sticker|model))", re.IGNORECASE)
# Boxes that intercept phones, relay a car's key, copy a card or open another's door.
_DEVICE = re.compile(
    r"\bimsi[- ]?(?:catchers?|grabbers?)|\bcell[- ]site simulators?|\bfake (?:cell|mobile|gsm|phone) (?:towers?|base stations?)"
    r"|\bstingray (?:devices?|imsi|cell\w*|trackers?|interceptors?|phone\w*)|\b(?:gsm|phone|cell|call) interceptors?"
    r"|(?<!fuse )(?<!fuse and )(?<!power )(?<!electrical )(?<!din )(?<!\dv )\brelay (?:attack |car )?(?:box(?:es)?|kits?|devices?"
    r"|amplifiers?|repeaters?)\b|\brelay attacks?\b|\bkeyless (?:entry |car )?(?:signal )?(?:relay|repeater|amplifier|booster|extender|bypass)"
    r"\w*|\b(?:key ?fob|car key|smart key|keyless)\s+(?:signal )?(?:amplifiers?|repeaters?|boosters?|extenders?|relays?|grabbers?"
    r"|cloners?)\b|\bsignal (?:amplifiers?|boosters?|repeaters?) (?:for|to open|that opens?) (?:keyless )?cars?\b"
    r"|(?:钥匙|无钥匙)[^，。！？]{0,4}(?:中继|放大|转发)(?:器|盒)|(?:中继|继电器)(?:器|盒)[^，。！？]{0,8}(?:无钥匙|开[^，。！？]{0,4}车)"
    r"|伪基站|短信(?:拦截|嗅探)|(?:手机|电话)(?:信号)?(?:拦截|嗅探)器|imsi捕获|盗刷|侧录[器机]|克隆卡|复制(?:银行|信用)卡|(?:银行|信用)?卡复制[器机]|万能匙"
    r"|开(?:隔篱|隔壁|邻居|别人|人哋|人家|他人)[^，。！？]{0,3}(?:的)?(?:门|锁|车|屋)", re.IGNORECASE)
# A camera or recorder said with a place people undress or bathe.
_RECORDS = r"(?:cam(?:era)?s?|webcams?|recorders?|spy pens?|pinhole\w*|mini ?cams?|lens(?:es)?)"
_UNDRESSED = (r"(?:showers?|shower rooms?|changing (?:rooms?|area)|locker rooms?|loos?|toilets?|bathrooms?|restrooms?|washrooms?"
              r"|fitting rooms?|dressing rooms?|ladies'? rooms?|stalls?|bedrooms? of (?:the )?guests|guest bedrooms?)")
_VOYEUR = re.compile(
    rf"\b{_RECORDS}\b[^.?!]{{0,30}}\b(?:for|in|into|inside|under|at|to hide in|to put in) (?:the |a |my |our |their |her |his )?"
    rf"(?:[\w']+ ){{0,2}}{_UNDRESSED}\b(?!\s*(?:renovation|remodel|videos?|singing|covers?|designs?|tours?|ideas|selfies?))"
    r"|\bspy (?:pens?|glasses|clocks?|chargers?|watch(?:es)?)\b"
    r"|(?:厕所|洗手间|卫生间|更衣室|浴室|试衣间|冲凉房)[^，。！？]{0,8}(?:摄像|镜头|针孔|录像)|(?:摄像|镜头|针孔|录像)[^，。！？]{0,10}"
    r"(?:厕所|洗手间|卫生间|更衣室|浴室|试衣间|冲凉房)", re.IGNORECASE)
# A tracking device for a partner's or an ex's things, or for a named adult's car.
_TRACKS = r"(?:gps(?: trackers?)?|trackers?|tracking devices?|air ?tags?|tiles?|smart ?tags?)"
_PARTNERS = (r"(?:(?:my |our )?(?:wife|husband|ex|ex-\w+|girlfriend|boyfriend|gf|bf|partner|spouse|fianc[ée]e?|missus|hubby"
             r"|roommate|flatmate|neighbou?r|boss|co-?worker|colleague)|(?-i:[A-Z][a-z]+))'s")
_TRACKED = re.compile(rf"\b{_TRACKS}\b[^.?!]{{0,30}}\b(?:for|on|in|under|to put on|to hide in|into) {_PARTNERS} "
                      r"(?:\w+ )?(?:car|bike|bag|purse|phone|scooter|motorbike|van|keys|coat|jacket)\b"
                      r"|(?:定位|追踪|跟踪|gps|airtag)[^，。！？]{0,8}(?:装|放|藏|贴|安)(?:在|到|进)?我?的?(?:老婆|老公|男朋友|女朋友|前任|前女友"
                      r"|前男友|邻居|同事|室友|[他她])的?(?:车|包|手机|电动车|单车|自行车|摩托)", re.IGNORECASE)
# A key-copying or lock tool for another person's car, door or house.
_KEY_TOOL = re.compile(
    rf"\b(?:key (?:copiers?|cutters?|cutting machines?|duplicators?|programmers?|cloners?)|fob cloners?|lock ?picks?)\b"
    rf"[^.?!]{{0,20}}\b(?:for|on|to open|to get into|into) (?:(?:{_PARTNERS}|(?:the )?(?:neighbou?rs'?|strangers'?|other people'?s))"
    r" (?:\w+ )?(?:car|door|house|flat|garage|bike|van)\b|(?:any |other )?(?:cars?|doors?|houses?|flats?|garages?|bikes?|vans?)"
    r" that (?:aren'?t|are not|isn'?t|is not|don'?t belong to|do not belong to) (?:mine|ours|me|us)\b)", re.IGNORECASE)


def street_said(text: str) -> bool:
    """The sentence names a street drug, an automatic gun's part, an interceptor, a relay box, a skimmer, a key to
    another's door, a camera for where people undress, a tracker for a partner's things or a key tool for theirs."""
    return bool(_ONLY_STREET.search(text) or _STREET_MASS.search(text) or _WINK.search(text) or _GUN.search(text)
                or _DEVICE.search(text) or _VOYEUR.search(text) or _TRACKED.search(text) or _KEY_TOOL.search(text))
