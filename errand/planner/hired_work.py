"""Services named like products: a person who does a job, or a piece of writing made to order, in any frame (a wish,
an understatement, a poetic 'let X come to me', an attribute list or a bare count): 'A sonnet about my cat would not go
amiss', "I'd love it if a dog walker turned up at 6.30pm", 'let a translation of my contract come to me by Friday', 'a
plumber, urgent, the CR is flooded po', 'aircon technician, the soonest', 一篇论文，三千字, 摄影师一个.

No shop sends a person or a commissioned text to a saved address, so each is asked about. What a trade uses or a
work's printed copy is goods: a dog walker's treat pouch, a plumber's wrench, a photographer's backpack, a designer
handbag, painter's tape, an oven cleaner, a translation dictionary, a book of essays, 设计师款台灯, 论文写作指南.
"""

from __future__ import annotations

import re

# A person hired for a job. Words that also name goods (cleaner, trainer, walker, driver, designer, painter, coach,
# sitter) are read only as the compound that is a person: a house cleaner, a personal trainer, a dog walker.
_WORKER = (r"(?:plumbers?|electricians?|sparkies|sparky|locksmiths?|baby-?sitters?|nann(?:y|ies)|au\s+pairs?|tutors?|handym[ae]n"
           r"|gardeners?|landscapers?|mechanics?|photographers?|videographers?|cameram[ae]n|(?:dog\s+)?groomers?"
           r"|(?:dog|pet|house|cat|plant)[- ]?(?:walkers?|sitters?)|(?:house|home|office|window|carpet|domestic)\s+cleaners?"
           r"|cleaning\s+(?:lady|ladies|person|crew|service)|decorators?|carpenters?|joiners?|builders?|bricklayers?|roofers?"
           r"|tilers?|plasterers?|accountants?|bookkeepers?|lawyers?|solicitors?|attorneys?|notar(?:y|ies)|translators?"
           r"|interpreters?|caterers?|\bdjs?\b|chauffeurs?|maids?|housekeepers?|carers?|caregivers?|(?:[\w-]+\s+)?technicians?"
           r"|repairm[ae]n|repair\s+(?:person|guy|man)|installers?|removalists?|movers|exterminators?|pest\s+control(?:lers?)?"
           r"|masseuses?|masseurs?|therapists?|physios?|physiotherapists?|chiropractors?|hairdressers?|barbers?"
           r"|(?:make-?up|tattoo|nail)\s+artists?|personal\s+(?:trainers?|chefs?|shoppers?|assistants?|stylists?)"
           r"|private\s+(?:chefs?|drivers?|tutors?|teachers?|investigators?)|(?:driving|piano|guitar|violin|singing|swimming"
           r"|maths?|english|french|spanish|chinese|yoga|dance|tennis|golf|art|music)\s+(?:teachers?|tutors?|instructors?"
           r"|coach(?:es)?)|(?:graphic|logo|interior|web)\s+designers?|(?:painters?\s+and\s+decorators?|house\s+painters?)"
           r"|tradies?|tradesm[ae]n|odd[- ]job\s+(?:man|person)|handyperson|snake\s+catchers?)")
# What may follow a person hired: the end, a comma, a time, a preposition, a verb of coming, 'would not go amiss'.
_AFTER_WORKER = (r"(?=\s*(?:$|[,.;:!?)]|\s(?:for|to|who|that|at|on|in|by|from|asap|urgently|urgent|today|tomorrow|tonight|this"
                 r"|next|please|pls|po|mate|would|wouldn'?t|turned|turning|turn|showed|show|came|come|coming|comes|visit"
                 r"|visiting|available|near|around|the\s+soonest|once|twice|every|each|weekly|daily|\d|asap|right|now|pronto"
                 r"|stat|round|over|here|there|reckon|cheap|please|quick|fast|soon|,)\b))")
_WORKER_EN = re.compile(rf"(?<!')(?<!’)\b{_WORKER}\b(?!'|’|s'){_AFTER_WORKER}"
                        # a word that also names goods, read as a person by what only a person does: 'a cleaner showed up'
                        r"|\b(?:a|an|the|our|my)\s+(?:cleaner|trainer|driver|walker|sitter|coach|painter|designer|cook|nurse|helper"
                        r"|guide|stylist)\s+(?:to\s+come|(?:who|that)\s+(?:can|could|will|would)|showed|shows|show\s+up|turned|turns"
                        r"|turn\s+up|came|comes|come\s+(?:round|over|by|to)|coming|visit\w*|popped|pop\s+(?:round|over|in)"
                        r"|(?:once|twice|three\s+times)\s+a\s+week|every\s+\w+day|by\s+the\s+hour|for\s+\d+\s+hours?)\b",
                        re.IGNORECASE)
# Writing made to order: a sonnet about the cat, a eulogy for grandpa, a cover letter for a job, a translation of a
# contract, a CV rewrite, a logo design.
_WRITTEN_EN = re.compile(
    r"\b(?:sonnets?|haikus?|limericks?|poems?|odes?|eulog(?:y|ies)|speech(?:es)?|toasts?|essays?|theses|thesis|dissertations?"
    r"|cover\s+letters?|personal\s+statements?|wedding\s+vows|vows|lyrics|jingles?|bios?|articles?|blog\s+posts?|reports?"
    r"|assignments?|homework|translations?|logos?|logo\s+designs?)\s+(?:about|for|of|on|to|in|by|written|rewrit\w*|from|that)\b"
    r"|\b(?:a|an|one|two|three|some|\d+)\s+(?:[\w-]+\s+){0,2}?(?:sonnets?|haikus?|eulog(?:y|ies)|essays?|cover\s+letters?"
    r"|logo\s+designs?|translations?)(?=\s*(?:$|[,.;!?]|\s+"
    r"(?:would|wouldn'?t|please|pls|po|by|asap|mate)\b))"
    r"|\b(?:resume|résumé|cv|essay|thesis|letter|speech|contract|document)\s+(?:rewrite|rewriting|writing|edit(?:ing)?"
    r"|proofread(?:ing)?|polish(?:ing)?|translation)\b(?!\s+(?:guide|book|software|app|templates?|kit|course))"
    r"|\bwritten\s+(?:for\s+me|to\s+order)\b|\b\d[\d,]*[- ]words?\s+(?:essay|article|report|story|speech|piece)\b",
    re.IGNORECASE)
# Goods named by a work: a book of essays, a translation dictionary, a poem collection, a template.
_PRINTED = re.compile(r"\b(?:books?|collections?|antholog(?:y|ies)|volumes?|cop(?:y|ies)|paperbacks?|hardcovers?|novels?|cds?"
                      r"|vinyl|albums?|posters?|prints?|cards?|templates?|dictionar(?:y|ies)|kindle|editions?|guides?|stickers?"
                      r"|frames?|notebooks?|journals?|pads?|folders?)\b|书|诗集|文集|册|字典|词典|模板|教材|指南|本子|相框",
                      re.IGNORECASE)
# In Chinese: a person hired, counted or called for (请个家教, 来个保姆, 一个水电工, 摄影师一个, 婚礼摄像师一名, 空调师傅).
_WORKER_ZH = (r"(?:水电工|电工|水管工|管道工|木工|瓦工|油漆工|泥瓦匠|装修工人?|装修队|搬家工人|工人|保姆|月嫂|育儿嫂|保洁(?:阿姨|员)?"
              r"|钟点工|家教|家庭教师|(?:钢琴|吉他|英语|数学|游泳|舞蹈|声乐|美术|书法)老师|健身教练|私教|教练|陪练|摄影师|摄像师"
              r"|跟拍|化妆师|造型师|设计师|律师|会计|翻译|司机|代驾|厨师|大厨|(?:空调|维修|开锁|修理|安装|水电|家电)?师傅|技师|护工|陪护"
              r"|遛狗的人?|遛狗师|宠物美容师|美甲师|理发师|按摩师|推拿师|跑腿|修理工|维修工|开锁匠|锁匠|家政)")
_WORKER_ZH_RE = re.compile(
    rf"(?:请|找|叫|约|雇|聘|要|来|派)(?:个|一个|一位|位|一名|名|俩|两个)?[^，。！？,]{{0,4}}?{_WORKER_ZH}"
    rf"(?![\u4e00-\u9fff]{{0,1}}(?:款|风|同款|联名|用|专用|包|服|椅|桌|推荐|系列|证|书|工具|箱))"
    rf"|(?:一|两|俩|二|三|\d)(?:个|位|名)[^，。！？,]{{0,4}}?{_WORKER_ZH}(?![\u4e00-\u9fff]{{0,1}}(?:款|风|同款|联名|用|专用|包"
    r"|服|椅|桌|推荐|系列|证|书|工具|箱))"
    rf"|{_WORKER_ZH}(?:一|两|俩|\d)(?:个|位|名|枚)")
# Writing made to order in Chinese: 一篇论文，三千字; 帮我写一份简历; 一篇演讲稿; 设计个logo.
_WRITTEN_ZH = re.compile(
    r"(?:写|代写|帮我写|帮忙写|做|弄|整|来|要)?(?:一|两|\d+)?(?:篇|份|首)[^，。！？]{0,4}?(?:论文|演讲稿|发言稿|简历|作文|文章|检讨书"
    r"|情书|悼词|致辞|祝酒词|文案|报告|诗|稿子|翻译)(?![\u4e00-\u9fff]{0,2}(?:书|集|本|模板|指南|写作|格式|纸|夹|范文))"
    r"|(?:写|代写)(?:一|个|份|篇)?[^，。！？]{0,6}?(?:论文|简历|演讲稿|发言稿|作文|检讨|情书|悼词|文案|报告)"
    r"|(?:设计|画|做)(?:一)?个(?:logo|标志|商标|头像)|logo设计|(?:论文|文章|演讲稿|作文)[^，。！？]{0,3}[，,]?\s*"
    r"(?:\d+|[一二两三四五六七八九十百千万]+)字")


def _trade_off(text: str) -> str:
    from . import en_openers as eo  # the English readers read this module first

    return eo.trade_taken_off(text)


def hired(text: str) -> bool:
    """The sentence asks for a person to do a job or for writing made to order, rather than for goods."""
    text = _trade_off(text)  # 'tiler here — tile spacers, 3mm, 5 bags': the shopper's trade, then goods
    if _WORKER_EN.search(text) or _WORKER_ZH_RE.search(text):
        return True
    return bool((_WRITTEN_EN.search(text) or _WRITTEN_ZH.search(text)) and not _PRINTED.search(text))
