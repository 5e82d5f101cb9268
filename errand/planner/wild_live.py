"""A live wild or protected animal, or a part of one, bought, read as classes:

- a primate, a big cat, a pangolin, a bear, a red panda, a protected parrot (a macaw, an African grey, a cockatoo), a
  hornbill or a protected tortoise, named by its species ('a baby orangutan', 'a pet gibbon', 'a tiger cub',
  'an African grey chick', 活的穿山甲, 小猩猩, 老虎幼崽, 活体金刚鹦鹉, 宠物猴子); the commoner names (tiger, lion,
  monkey, bear, 老虎, 狮子, 猴子, 熊) only with a word that makes them a living animal (live, baby, pet, cub, 活, 幼崽,
  宠物, 一只, 养);
- the skin or pelt of a big cat or a bear (a real leopard skin, a tiger pelt rug, 真的老虎皮, 雪豹皮), and a real
  tortoise or turtle shell;
- a giant salamander or a civet (娃娃鱼, 大鲵, 果子狸), and an animal said wild-caught or 野生 (野生刺猬,
  'a wild-caught civet'); fish, bullfrogs and farmed boar are food.

A toy, a print, a costume, a book or a brand named after the animal (a tiger plush, leopard print, Tiger beer, a
tortoiseshell clip, Gorilla glue, 老虎公仔, 虎皮凤爪, 虎皮鹦鹉) and pets from a shop (a goldfish, a hamster, a puppy)
are purchases.
"""

from __future__ import annotations

import re

# Names that mean the animal itself unless a product word follows.
_SPECIES_EN = (r"(?:chimp(?:anzee)?s?|orang-?utans?|bonobos?|gibbons?|lemurs?|marmosets?|capuchins?|macaques?|baboons?"
               r"|pangolins?|slow[- ]?lor(?:is|ises)|snow leopards?|clouded leopards?|ocelots?|servals?|caracals?"
               r"|(?:tiger|lion|leopard|cheetah|jaguar|puma|bear|panda) cubs?|macaws?|african greys?(?: parrots?)?"
               r"|cockatoos?|amazon parrots?|hornbills?|red pandas?|giant pandas?|sun bears?|(?:radiated|star|spider) tortoises?"
               r"|sea turtles?|komodo dragons?|(?:chinese\s+)?giant\s+salamanders?|civets?(?:\s+cats?)?|masked\s+palm\s+civets?)")
# Common names that mean the animal only beside a living word.
_COMMON_EN = (r"(?:tigers?|lions?|leopards?|cheetahs?|jaguars?|pumas?|panthers?|gorillas?|monkeys?|apes?|bears?|pandas?"
              r"|elephants?|owls?|eagles?|falcons?|otters?|crocodiles?|alligators?|pythons?)")
_LIVING_EN = r"(?:live|living|alive|baby|pet|young|real|wild|exotic|infant|juvenile)"
# A product named after the animal: what follows it, or what comes before it.
_PRODUCT_AFTER_EN = (r"(?!\s*(?:-\s*)?(?:shaped|themed|print(?:ed)?|patterns?|plush(?:ie|y)?s?|soft toys?|toys?|teddy"
                     r"|figur(?:e|ine)s?|statues?|ornaments?|posters?|prints?|books?|stickers?|mugs?|shirts?|t-shirts?"
                     r"|hoodies?|onesies?|costumes?|masks?|slippers?|lamps?|puzzles?|models?|cakes?|cookies?|beer|balm|bread"
                     r"|prawns?|shrimps?|lil(?:y|ies)|nuts?|glue|tape|glass|grips?|boxe?s?|cases?|documentar(?:y|ies)|dvds?"
                     r"|calendars?|backpacks?|bags?|pillows?|cushions?|blankets?|rugs? (?:print|pattern)|lego|kits?|food"
                     r"|feed|cages?|perch(?:es)?|treats?|bait|pellets?|enclosures?|coffee|beans|musk|oil)\b)")
_PRODUCT_BEFORE_EN = (r"(?<!about )(?<!of )(?<!with )(?<!like )(?<!toy )(?<!plush )(?<!stuffed )(?<!cuddly )(?<!soft )"
                      r"(?<!fake )(?<!faux )(?<!plastic )(?<!wooden )(?<!cartoon )(?<!lego )")
_LIVE_EN = re.compile(
    rf"{_PRODUCT_BEFORE_EN}\b{_SPECIES_EN}\b{_PRODUCT_AFTER_EN}"
    rf"|{_PRODUCT_BEFORE_EN}\b{_LIVING_EN}\s+(?:[\w-]+\s+)?{_COMMON_EN}\b{_PRODUCT_AFTER_EN}"
    rf"|\b{_COMMON_EN}\s+(?:cubs?|chicks?|babies)\b{_PRODUCT_AFTER_EN}"
    r"|\bwild[- ](?:caught|trapped|hunted)\s+(?:[\w-]+\s+)?(?:civets?|pangolins?|frogs?|snakes?|turtles?|tortoises?|birds?"
    r"|parrots?|deer|hares?|porcupines?|hedgehogs?|salamanders?|badgers?|owls?|monkeys?)\b"
    rf"|\b{_COMMON_EN}\b[^.?!]{{0,20}}\b(?:as\s+a\s+pet|to\s+(?:keep|raise)\s+(?:at\s+home|as\s+a\s+pet)|to\s+raise)\b",
    re.IGNORECASE)
# A pelt, a skin or a shell: a big cat's or a bear's skin, a real tortoise or turtle shell.
_PELT_EN = re.compile(
    r"(?<!faux )(?<!fake )(?<!printed )(?<!print )(?<!imitation )(?<!synthetic )\b(?:tiger|leopard|snow leopard|cheetah"
    r"|jaguar|lion|ocelot|clouded leopard|bear|polar bear)[- ](?:skins?|pelts?|furs?|hides?)\b"
    r"(?!\s*(?:-\s*)?(?:print(?:ed)?|patterns?|effect|look|design|style|fabric|costume|pillbox))"
    r"|\b(?:real|genuine|natural|whole|polished|dried|carved)\s+(?:tortoise|turtle)\s*shells?\b|\bbear bile\b",
    re.IGNORECASE)

_SPECIES_ZH = (r"(?:黑猩猩|大猩猩|红毛猩猩|猩猩|长臂猿|狐猴|懒猴|蜂猴|猕猴|金丝猴|狒狒|穿山甲|雪豹|云豹|金钱豹|猎豹|美洲豹"
               r"|东北虎|华南虎|孟加拉虎|虎崽|小老虎崽|狮子幼崽|金刚鹦鹉|非洲灰鹦鹉|灰鹦鹉|葵花鹦鹉|凤头鹦鹉|亚马逊鹦鹉|犀鸟"
               r"|辐射陆龟|星龟|蛛网陆龟|小熊猫|大熊猫|马来熊|黑熊|棕熊|亚洲象|水獭|游隼|猎隼|科莫多巨蜥|娃娃鱼|大鲵|果子狸|花面狸)")
_COMMON_ZH = r"(?:老虎|狮子|豹子|豹|猴子|猴|熊猫|熊|大象|猫头鹰|老鹰|鹰|鳄鱼|蟒蛇)"
_PRODUCT_ZH = (r"(?:玩偶|公仔|毛绒|玩具|抱枕|贴纸|海报|图案|印花|手办|模型|摆件|造型|款|纹|图|衣|T恤|睡衣|杯|书|绘本|拼图"
               r"|面具|头套|帽|鞋|拖鞋|形状|主题|积木|乐高|饼干|蛋糕|糖|灯|挂件|钥匙扣|标本|雕|画|纪录片|饲料|粮|笼|牌"
               r"|机|钳|凳|头|菇|魁|嘴豆|嘴桃|血|油|膏|皮鞋|皮带)")
_LIVING_ZH = r"(?:活的|活体|活|宠物|一只|两只|几只|只|一头|养(?:一|只|头)?|幼崽|真的)"
_LIVE_ZH = re.compile(
    rf"(?<!关于)(?<!玩具)(?<!假)(?<!仿){_SPECIES_ZH}(?!{_PRODUCT_ZH})"
    rf"|(?<!关于)(?<!玩具){_LIVING_ZH}{_COMMON_ZH}(?!{_PRODUCT_ZH})(?:幼崽|崽)?(?=$|[，,。！!？?\s]|养|回|来|给|当|送|吧|呢|放)"
    rf"|{_COMMON_ZH}(?:幼崽|崽子|崽|宝宝)(?!{_PRODUCT_ZH})"
    # a wild animal caught to eat or keep: 野生果子狸, 野生刺猬, 野生青蛙 (fish and bullfrogs are food)
    rf"|野生(?:的)?(?:果子狸|穿山甲|刺猬|獾|狗獾|猪獾|狍子|麂子|鹿(?!茸|角|鞭)|野兔|青蛙|田鸡|蛇|猫头鹰|麻雀|鸟|斑鸠|竹鼠"
    rf"|豪猪|黄鼠狼|{_COMMON_ZH})(?!{_PRODUCT_ZH})")
_PELT_ZH = re.compile(
    r"(?<![仿假])(?:老虎|虎|豹子|豹|雪豹|金钱豹|猎豹|狮子|熊|北极熊)(?:的)?(?:皮|毛皮|皮毛)(?![鹦鹉青椒凤爪蛋糕尖椒鸡蛋卷猫纹色鞋带兰菇])"
    r"|(?:真的?|天然)(?:乌龟|陆龟|海龟|龟)(?:的)?(?:壳|甲)|熊胆")


def wild_live(text: str) -> bool:
    """A live wild or protected animal, or a big cat's or a bear's pelt or a real turtle shell, is bought."""
    return bool(_LIVE_EN.search(text) or _PELT_EN.search(text) or _LIVE_ZH.search(text) or _PELT_ZH.search(text))
