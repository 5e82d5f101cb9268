"""Software and services that cheat a game or an exam, read as a class:

- cheats for an online game by their kind: aimbots, wallhacks, ESP and radar hacks, triggerbots, speed hacks,
  no-recoil scripts and macros, mod menus, cheat loaders and subscriptions, ban and hardware-ID spoofers,
  unlock-all tools, and any cheat or hack said undetected or for a named game (外挂, 透视挂, 自瞄, 锁头挂, 除草挂,
  压枪宏, 防封 辅助);
- another person or a bot playing for the shopper: elo or rank boosting, power levelling, a raid carry, a poker
  or chess bot, 代练, 代打, 上分代打; cheats for online chess (chess.com, lichess) and see-through cards or tiles;
- accounts made by cheating or taken from others: modded, hacked or recovered accounts;
- an exam's paper or answers leaked before it is sat (泄露的期末考试卷, 'a leaked paper for the bar exam'), and notes
  or a screen hidden in what is taken into one ('a pen with a hidden screen for the exam').

Each gets the shopper past a rule that others keep, at the cost of the game's other players or the exam's other
candidates, and no errand buys it. Gaming gear (a gaming mouse, an aim trainer mouse pad, 游戏手柄, an FPS
headset), a strategy guide, a book of past papers (四级真题) and a cheat sheet of keyboard shortcuts are goods.
"""

from __future__ import annotations

import re

from . import deceit as dc

# A game or a mode of play, said near a cheat or a hack.
_GAME = (r"(?:\b(?:ranked|online|multiplayer|valorant|cs2|csgo|cs:go|counter[- ]strike|apex|pubg|fortnite|warzone|rust"
         r"|tarkov|overwatch|league(?: of legends)?|lol|dota|gta(?: online| ?5| ?v)?|roblox|minecraft|fps|mmr|elo|r6|siege"
         r"|call of duty|cod|destiny|battlefield|the finals|delta force|game|games|gaming|anti-?cheat|vac|battleye"
         r"|easy ?anti-?cheat|chess\.com|lichess|online (?:chess|poker)|(?:chess|poker) online)\b|游戏|遊戲|吃鸡|吃雞|王者|荣耀|榮耀|和平精英|绝地求生|絕地求生|穿越火线|穿越火線|英雄联盟|英雄聯盟"
         r"|永劫无间|永劫無間|原神|无畏契约|無畏契約|瓦罗兰特|三角洲|逆战|逆戰|(?<![a-z])(?:cf|lol|csgo|pubg|apex)(?![a-z]))")
# A game's name in Chinese, or its letters, just before a word for a cheat: 'cf挂', '吃鸡的挂', '和平精英科技'.
_ZH_GAME = (r"(?:吃鸡|吃雞|王者(?:荣耀|榮耀)?|和平精英|绝地求生|絕地求生|穿越火线|穿越火線|英雄联盟|英雄聯盟|永劫无间|永劫無間"
            r"|无畏契约|無畏契約|瓦罗兰特|三角洲(?:行动|行動)?|逆战|逆戰|(?<![a-z])(?:cf|lol|csgo|cs2|pubg|apex)(?![a-z]))")
# A cheat by its kind, in any game.
_KIND = re.compile(
    r"\b(?:aim ?bots?|aim ?locks?|wall ?hacks?|esp (?:hacks?|cheats?|mods?)|radar hacks?|speed ?hacks?|trigger ?bots?"
    r"|spin ?bots?|no[- ]?recoil (?:scripts?|macros?|hacks?|mods?|cheats?)|anti[- ]?recoil (?:scripts?|macros?)"
    r"|mod menus?|cheat (?:loaders?|menus?|clients?|subscriptions?|keys?|injectors?)|(?:hwid|hardware[- ]id|ban) spoofers?"
    r"|unlock[- ]all (?:tools?|hacks?|cheats?)|(?:elo|rank(?:ed)?|mmr|account|division) boost(?:s|ing|ers?)?"
    r"|boosting services?|(?:modded|hacked|recovered|cracked) (?:[\w-]+ ){0,2}accounts?"
    r"|leaked (?:[\w'-]+ ){0,3}(?:papers?|answers?|questions?|exams?))\b"
    r"|外挂|外掛|透视挂|透視掛|自瞄|锁头挂|鎖頭掛|锁头|鎖頭|除草挂|除草掛|加速挂|加速掛|变速挂|變速掛|飞天挂|飛天掛|穿墙挂|穿牆掛"
    r"|压枪(?:宏|脚本|腳本)|壓槍(?:宏|腳本)|无后坐?力?(?:宏|脚本|腳本)|無後坐?力?(?:宏|腳本)|辅助卡密|輔助卡密|外挂卡密|科技卡密"
    r"|代练|代練|代打|上分代打|代上分"
    rf"|{_ZH_GAME}的?(?:挂|掛|科技)(?![件钩鉤画畫钟鐘烫燙饰飾历曆牌绳繩架衣])"
    r"|\bpower ?level(?:l)?ing\b|\b(?:raid|dungeon|trials|ranked) carr(?:y|ies)\b"
    r"|\bcarr(?:y|ies) (?:for|through|in) (?:the |a |my )?(?:raid|dungeon|trials|ranked)\b"
    r"|\b(?:poker|chess) bots?\b|\bbots? that plays? (?:poker|chess|ranked)\b"
    r"|(?:牌|扑克|撲克|麻将|麻將)[^，。！？]{0,4}(?:透视|透視)"
    r"|\b(?:anti|no)[- ]?recoil\b|\bcronus(?: zen| max)?\b|\bxim(?: apex| matrix| 4)?\b|\bskin unlockers?\b"
    r"|泄露的?[^，。！？]{0,6}(?:试卷|試卷|考卷|试题|試題|考题|考題|答案)|(?:考试|考試|期末|期中|高考|中考|四级|六级|考研|驾考)"
    r"[^，。！？]{0,4}(?:泄题|洩題|漏题|漏題|泄露|洩露)", re.IGNORECASE)
# A cheat or a hack, undetected or said with a game: 'an undetected cheat for rust', 'a hack for pubg'.
_CHEAT = (r"(?:\b(?:cheats?(?![- ]?(?:sheets?|days?|meals?))|hacks?|injectors?|spoofers?|unlockers?)\b|透视|透視"
          r"|(?:辅助|輔助|脚本|腳本)(?=[^，。！？]{0,3}(?:卡密|月卡|周卡|天卡|年卡|激活码|激活碼|防封|一个月|一個月)))")
_SAID_OF_A_GAME = re.compile(
    rf"{_CHEAT}[^.?!。！？]{{0,30}}{_GAME}|{_GAME}[^.?!。！？]{{0,30}}{_CHEAT}"
    r"|\b(?:undetect(?:ed|able)|anti-?ban|unbannable|won'?t get (?:me )?banned)\b[^.?!]{0,20}\b(?:cheats?|hacks?)\b"
    r"|\b(?:cheats?|hacks?)\b[^.?!]{0,20}\b(?:undetect(?:ed|able)|anti-?ban|unbannable)\b"
    r"|(?:透视|透視|辅助|輔助|脚本|腳本|挂|掛)[^，。！？]{0,6}防封|防封[^，。！？]{0,6}(?:透视|透視|辅助|輔助|脚本|腳本|挂|掛)",
    re.IGNORECASE)
# Notes or a screen hidden in something taken into an exam: 'a pen with a hidden screen for the exam'.
_HIDDEN_NOTES = re.compile(
    rf"\b(?:hidden|secret|invisible|concealed)\s+(?:[\w-]+\s+)?(?:screens?|notes?|displays?|compartments?|text)\b"
    rf"[^.?!]{{0,40}}{dc.EXAM}|{dc.EXAM}[^.?!]{{0,40}}\b(?:hidden|secret|invisible|concealed)\s+(?:[\w-]+\s+)?"
    r"(?:screens?|notes?|displays?|compartments?|text)\b", re.IGNORECASE)
# Hacks that are goods: life hacks, a hack saw, a book of them.
_GOODS = re.compile(r"\b(?:life ?hacks?|hack ?saws?|kitchen hacks?|cleaning hacks?|hacky ?sacks?)\b|辅助轮|輔助輪|辅助线|輔助線",
                    re.IGNORECASE)


def cheats(text: str) -> bool:
    """Software or a service that cheats a game or an exam: a cheat by its kind, a cheat or a hack said with a game
    or said undetected, another person playing the account up, or an exam leaked."""
    plain = _GOODS.sub(" ", text)
    return bool(_KIND.search(plain) or _SAID_OF_A_GAME.search(plain) or _HIDDEN_NOTES.search(plain))
