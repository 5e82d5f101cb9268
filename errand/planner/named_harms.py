"""Harmful goods named plainly, by class, in English and Chinese, whatever they are said to be for ('for research',
仅供学术, 纯粹研究目的 changes nothing):

- poisons and toxins: ricin, abrin, tetrodotoxin, strychnine, aconitine, nerve agents (蓖麻毒素, 相思子毒素,
  河豚毒素, 士的宁, 乌头碱, 沙林); castor oil (蓖麻油) and a puffer-fish toy are purchases;
- synthetic and strong opioids: fentanyl and its kin, nitazenes, morphine, methadone, pethidine (芬太尼, 卡芬太尼,
  尼秦, 吗啡, 美沙酮, 杜冷丁);
- incendiaries and explosives not named elsewhere: thermite, napalm, white phosphorus, TATP, RDX, a Molotov
  (铝热剂, 凝固汽油, 白磷, 燃烧瓶, 黑索金);
- ammunition by calibre or kind ('a box of 9mm rounds', 'shotgun shells', 子弹, 霰弹); a bullet journal, a shot glass
  called 子弹杯 and 9mm wall plugs are purchases;
- human organs ('a human kidney', 'a liver for transplant', 肾源, 买一个肾, 眼角膜); lamb kidneys, kidney beans and
  猪肝 are food;
- additives banned from food and feed, or industrial goods put into food or drink: clenbuterol or ractopamine for
  pigs, Sudan dye, melamine in milk, methanol or industrial alcohol as liquor (瘦肉精, 莱克多巴胺, 苏丹红, 三聚氰胺,
  吊白块, 工业明胶, 工业酒精兑酒); melamine plates, medical alcohol and chilli powder are purchases;
- gear for animal fights: gaffs and steel spurs for fighting cocks, treadmills for fighting dogs
  (斗鸡刀, 斗狗); a rooster figurine, a fishing gaff and a joystick for dogfights in a flight game are
  purchases.
"""

from __future__ import annotations

import re

_POISONS = (
    r"\b(?:ricin|abrin|tetrodotoxin|strychnine|aconitine|saxitoxin|batrachotoxin|sarin|soman|tabun|novichok"
    r"|vx (?:gas|nerve agent)|nerve agents?|nerve gas|mustard gas|botulinum toxin (?:powder|culture))\b"
    r"|蓖麻毒素|蓖麻毒蛋白|相思子毒素|相思豆毒素|河豚毒素|河鲀毒素|士的宁|番木鳖碱|马钱子碱|乌头碱|沙林|梭曼|塔崩|芥子气|神经毒剂"
)
_OPIOIDS = (
    r"\b(?:(?:car|su|remi|al|acetyl|furanyl|ocfen|butyr)?fentan(?:yl|il)s?|nitazenes?|(?:iso|meto|proto|eto)tonitazene"
    r"|u-?47700|etorphine|morphine|methadone|pethidine|meperidine|demerol|hydromorphone|dilaudid)\b"
    r"(?![- ](?:test|testing|detection)\b)"  # test strips that find them are sold to keep people safe
    r"|(?:(?:卡|舒|瑞|阿|乙酰)?芬太尼|尼秦|吗啡|美沙酮|杜冷丁|哌替啶|氢吗啡酮|羟考酮|奥施康定|埃托啡)(?!检测|试纸|测试)"
)
_INCENDIARIES = (
    r"\b(?:thermite|napalm|white phosphorus|molotov(?: cocktails?)?|tatp|hmtd|petn|semtex|plastic explosives?"
    r"|c-?4 explosives?|flash powder|tannerite|nitroglycerine? (?:liquid|explosive))\b"
    r"|铝热剂|铝热焊剂|凝固汽油|燃烧瓶|燃烧弹|白磷|黄磷|黑索金|太安炸药|塑胶炸药|塑性炸药|三过氧化三丙酮|梯恩梯|tnt炸药"
)
_AMMUNITION = (
    r"\b(?:\d{1,2}(?:\.\d{1,2})?\s?mm|\.\d{2,3}|5\.56|7\.62)\s+(?:(?:hollow[- ]point|fmj|jhp|live|rifle|pistol)\s+)?"
    r"(?:rounds|ammo|ammunition|bullets)\b|\b\d{2}[- ]?(?:gauge|ga)\s+(?:shells|slugs|buckshot|ammo)\b"
    r"|\brounds? of (?:live )?ammunition\b|\b(?:shotgun|buckshot) shells\b|\bhollow[- ]?points?\b|\blive rounds\b"
    r"|子弹(?!杯|头|笔记|日记|本|短裤|造型|形|图案|时间|弹头造型)|霰弹|猎枪弹|步枪弹|手枪弹|实弹"
)
_ORGAN = r"(?:kidneys?|livers?|hearts?|lungs?|corneas?|organs?|bone marrow)"
_ORGANS = (
    rf"\b(?:human|donor|living|cadaver(?:ic)?|transplant(?:able)?)\s+{_ORGAN}\b(?![- ]?(?:anatomy|anatomical|models?"
    r"|posters?|charts?|plush|toys?|puzzles?|books?|replicas?|shaped|stickers?))"
    rf"|\b{_ORGAN}\s+(?:for|from)\s+(?:a\s+)?(?:sale|transplant\w*|donor)\b|\borgans?\s+(?:trade|trafficking|broker\w*)\b"
    r"|\b(?:buy|order|get|purchase|find)\s+(?:me\s+)?(?:a |an |one |two )(?:kidney|cornea)s?\b"
    r"(?![- ]?(?:beans?|shaped|stones?|pie|pudding|tray|dish|punch|belt|pads?|warmer|cleanse|tea|supplements?|support"
    r"|pills?|health|care|tonic))"
    r"|(?:二手|人类?的|真人|活人|年轻人)的?(?:肾|肝脏|心脏|眼角膜)|肾源|肝源|供肾|供肝|器官(?:买卖|交易|中介|移植(?:来源)?|源)|人体器官|活体器官|眼角膜|卖肾|买肾"
    r"|买(?:个|一个|一只|一颗|颗|只)?(?:肾|肝|心脏)(?![宝片茶脏病结石上腺功能炎囊素]|支架|起搏|监|[\u4e00-\u9fff]{0,2}(?:模型|玩具|抱枕|造型))"
)
_FOOD_ADULTERANTS = (
    r"\b(?:clenbuterol|ractopamine|salbutamol)\b[^.?!]{0,40}\b(?:pigs?|hogs?|swine|cattle|feed|livestock|pork|lean)"
    r"|\b(?:pigs?|hogs?|swine|cattle|feed|livestock)\b[^.?!]{0,40}\b(?:clenbuterol|ractopamine|salbutamol)\b"
    r"|\bsudan (?:red|dye|i{1,3}|iv|1|4)\b|\bmalachite green\b"
    r"|\bmelamine\b[^.?!]{0,30}\b(?:milk|formula|feed|protein|powder|flour|food)\b"
    r"|\b(?:add|mix|put)\w*\b[^.?!]{0,20}\bmelamine\b"
    r"|\b(?:methanol|methyl alcohol|industrial (?:alcohol|ethanol|spirit)|denatured alcohol|wood alcohol)\b[^.?!]{0,40}"
    r"\b(?:vodka|liquor|spirits?|baijiu|drink(?:s|ing)?|cocktails?|moonshine|punch|booze|wine|gin|rum|whiske?y|to sell)\b"
    r"|\b(?:vodka|liquor|baijiu|moonshine|cocktails?|drinks?)\b[^.?!]{0,20}\b(?:with|from|using|out of)\s+(?:some\s+)?"
    r"(?:methanol|methyl alcohol|industrial (?:alcohol|ethanol))\b"
    # a claim of being free of one, or a test for one, is no additive: 无瘦肉精, 三聚氰胺检测试纸
    r"|(?<![无不零没])(?<!不含)(?<!没有)(?:瘦肉精|盐酸克伦特罗|克伦特罗|莱克多巴胺|苏丹红|孔雀石绿|三聚氰胺|吊白块|工业明胶)"
    r"(?![^，。！？]{0,4}(?:检测|试纸|快检|测试|残留检))|沙丁胺醇[^，。！？]{0,8}(?:猪|牛|羊|饲料)"
    r"|(?:工业酒精|甲醇)[^，。！？]{0,10}(?:兑|勾兑|掺|白酒|酒卖|做酒|造酒|喝|饮料|卖)|(?:兑|勾兑|掺|做)[^，。！？]{0,6}(?:工业酒精|甲醇)"
    r"|(?:硼砂|甲醛|福尔马林|敌敌畏)[^，。！？]{0,8}(?:加到|放进|掺|泡|拌|加进)[^，。！？]{0,8}(?:食|菜|肉|面|米粉|海鲜|鱼|火腿|粉条)"
    r"|地沟油"
)
_ANIMAL_FIGHTING = (
    r"\bcock-?fight\w*|\bpit (?:fights?|fighting)\b|\bfighting (?:roosters?|cocks?|dogs?|pit ?bulls?)\b"
    # dogs set on each other, not planes ('a joystick for dogfighting in flight sims')
    r"|\bdog[- ]fighting\b(?![^.?!]{0,30}\b(?:flight|jets?|planes?|air|sims?|games?|joystick))"
    r"|\b(?:gaffs?|slashers?|(?:steel|knife|metal|cock|fighting) spurs?|spur (?:covers?|blades?))\b[^.?!]{0,40}"
    r"\b(?:roosters?|cocks?|fight\w*)\b"
    r"|\b(?:dog|pit ?bull)\s+(?:fight(?:ing)?\s+)?(?:treadmill|catmill|jenny)\b[^.?!]{0,30}\bfight"
    r"|斗鸡(?!眼)[^，。！？]{0,6}(?:刀|刺|距|钩|比赛|场|用)|斗狗|斗犬(?:比赛|场|用)|(?:鸡|公鸡)[^，。！？]{0,6}(?:刀片|钢刺|钢距|脚刀|绑刀)|斗牛(?:比赛)?用的?(?:刀|矛)"
)
_NAMED = re.compile(f"{_POISONS}|{_OPIOIDS}|{_INCENDIARIES}|{_AMMUNITION}|{_ORGANS}|{_FOOD_ADULTERANTS}"
                    f"|{_ANIMAL_FIGHTING}", re.IGNORECASE)


def named_harm(text: str) -> bool:
    """The sentence names a poison, an opioid, an incendiary, ammunition, a human organ, a banned food additive or
    gear for animal fights."""
    return bool(_NAMED.search(text))
