"""A doctor's, a pharmacist's or a lawyer's advice asked as a question, which the planner would read as a question
about an order or, in Chinese, as a purchase of the medicine it names:

- the treatment of a symptom ('best way to treat my daughter's 39.5 fever', 'how should I treat a burn', 孩子烧到
  四十度怎么退烧最快);
- how much of a medicine a child, a baby or anyone may take ('how many mg of ibuprofen can a 3 year old have', 'what
  dose of melatonin should I give', 八个月的宝宝能吃多少美林, 一次吃几毫升布洛芬, 吃多少毫克褪黑素合适);
- the chances of a lawsuit or of custody ('my odds of winning if I take my landlord to court', 'can I sue…will I
  win', 起诉老板胜算有多大, 告房东能赢吗, 抚养权能判给我吗).

Buying the medicine ('buy children's paracetamol', 买一盒儿童布洛芬) and asking after an order of it ('when will my
ibuprofen arrive', 我的布洛芬什么时候到) stay what they were: an order, a parcel or a delivery named is no advice.
"""

from __future__ import annotations

import re

MEDICAL = (("I can only help with your orders and errands; a doctor or pharmacist is the one to ask about treatment "
            "or doses. Is there something I can buy, return, watch or reschedule?"), "intent")
LEGAL = (("I can only help with your orders and errands; a lawyer is the one to ask about a legal case. Is there "
          "something I can buy, return, watch or reschedule?"), "intent")

_SYMPTOM = (r"(?:fevers?|temperature|burns?|cough|rash|vomiting|diarrh?o?ea|headache|migraine|cold|flu|infection"
            r"|sore throat|earache|toothache|cut|wound|sprain|bite|sting|\d+(?:\.\d)?\s*(?:degrees?|°c?))")
_TREAT_EN = re.compile(
    rf"\b(?:best|right|quickest|fastest|safest)\s+(?:way\s+to\s+)?(?:treatment|treat|cure|remedy|medicine|medication)\b"
    rf"(?:[^.?!]|\.\d){{0,40}}\b{_SYMPTOM}"
    rf"|\bhow\s+(?:do|should|can|would)\s+(?:i|we)\s+(?:treat|cure|bring\s+down|get\s+rid\s+of)\b[^.?!]{{0,40}}\b{_SYMPTOM}"
    rf"|\bwhat\s+(?:should|can|do)\s+i\s+(?:give|do)\b[^.?!]{{0,30}}\bfor\s+(?:a|his|her|my|the)\s+(?:[\w'’]+\s+){{0,2}}{_SYMPTOM}",
    re.IGNORECASE)
_MED_EN = (r"(?:ibuprofen|paracetamol|acetaminophen|tylenol|calpol|nurofen|advil|motrin|panadol|aspirin|melatonin"
           r"|benadryl|diphenhydramine|antihistamines?|cetirizine|loratadine|cough\s+syrup|antibiotics?|amoxicillin"
           r"|medicine|medication|mg|milligrams?|ml|millilit(?:er|re)s?)")
_DOSE_EN = re.compile(
    rf"\b(?:how\s+(?:much|many)|what\s+(?:dose|dosage|amount)|(?:safe|right|correct|max(?:imum)?)\s+(?:dose|dosage|amount))"
    rf"\b[^.?!]{{0,40}}\b{_MED_EN}\b[^.?!]{{0,40}}\b(?:\d+\s*(?:-|\s)?(?:year|month|week)s?[- ]old|baby|infant|toddler"
    r"|child|kid|son|daughter|newborn|safe|give|take|have|can|should)\b"
    rf"|\b(?:how\s+(?:much|many)|what\s+(?:dose|dosage))\s+{_MED_EN}\b[^.?!]{{0,40}}\b(?:safe|give|take|have|can|should)\b",
    re.IGNORECASE)
_LEGAL_EN = re.compile(
    r"\b(?:my\s+)?(?:chances?|odds|likelihood)\s+(?:of\s+winning|if\s+i\s+(?:sue|take|file|go\s+to\s+court))\b"
    r"|\b(?:odds|chances?)\s+of\s+winning\b[^.?!]{0,40}\b(?:court|sue|case|lawsuit|custody)"
    r"|\b(?:can|should)\s+i\s+sue\b[^.?!]{0,50}\b(?:win|chances?|odds|worth\s+it)\b"
    r"|\bhow\s+(?:do|can)\s+i\s+(?:get|win)\s+(?:full\s+)?custody\b|\bwill\s+i\s+(?:win|get)\s+(?:the\s+)?(?:case|custody)\b",
    re.IGNORECASE)

_MED_ZH = (r"(?:药|藥|泰诺林|泰諾林|美林|布洛芬|对乙酰氨基酚|扑热息痛|褪黑素|退烧药|退燒藥|感冒药|止咳|抗生素|阿莫西林|头孢"
           r"|维生素|钙片|益生菌|安眠药|氯雷他定|西替利嗪|糖浆)")
_DOSE_ZH = re.compile(
    rf"(?:吃|服|喝|用|喂)(?:多少|几)(?:毫克|mg|毫升|ml|片|粒|颗|包|袋|滴|勺)?[^。！？?]{{0,8}}{_MED_ZH}"
    rf"|{_MED_ZH}[^。！？?]{{0,8}}(?:吃|服|喝|用|喂)(?:多少|几)(?:毫克|mg|毫升|ml|片|粒|颗|包|袋|滴|勺)"
    rf"|{_MED_ZH}[^。！？?]{{0,10}}(?:剂量|用量)(?:是)?(?:多少|怎么算)"
    rf"|(?:多少|几)(?:毫克|mg|毫升|ml)[^。！？?]{{0,8}}{_MED_ZH}[^。！？?]{{0,6}}(?:安全|合适|合適|可以|行|没事)",
    re.IGNORECASE)
_TREAT_ZH = re.compile(
    r"(?:发烧|發燒|烧到|燒到|咳嗽|拉肚子|腹泻|呕吐|烫伤|燙傷|过敏|疹子|中暑|牙疼|头疼|嗓子疼)[^。！？?]{0,12}"
    r"(?:怎么(?:退|治|办|處理|处理)|怎樣治|咋(?:退|治|办)|吃什么药|吃什麼藥|用什么药|用什麼藥)")
_LEGAL_ZH = re.compile(
    r"(?:起诉|起訴|告|打官司|仲裁)[^。！？?]{0,12}(?:胜算|勝算|能赢|能贏|会赢|會贏|赢面|贏面|几成把握|能赔多少|能賠多少|判多少)"
    r"|(?:抚养权|撫養權|监护权|監護權)[^。！？?]{0,10}(?:能|会|會)?(?:判给|判給|归|歸|争到|爭到)")

# An order, a parcel or a delivery named: the question is about it.
_ORDERS = re.compile(r"\b(?:orders?|ordered|parcels?|packages?|deliver\w*|arriv\w*|ship\w*|courier|tracking|refunds?)\b"
                     r"|订单|訂單|快递|快遞|包裹|到货|到貨|发货|發貨|物流|什么时候到|什麼時候到|退款", re.IGNORECASE)

# How many to buy or what it costs: 'how many packs of melatonin can I buy', 'how much is the calpol'.
_SHOPPING = re.compile(r"\b(?:cost|costs|price|pay|paid|packs?|boxes|bottles|stock|can\s+i\s+(?:buy|get|order))\b",
                       re.IGNORECASE)


def advice(text: str) -> tuple[str, str] | None:
    """(question, missing fact) when the sentence asks for medical or legal advice rather than an errand."""
    if _ORDERS.search(text):
        return None
    if _LEGAL_EN.search(text) or _LEGAL_ZH.search(text):
        return LEGAL
    if _TREAT_EN.search(text) or _DOSE_EN.search(text) and not _SHOPPING.search(text) or _DOSE_ZH.search(text) or _TREAT_ZH.search(text):
        return MEDICAL
    return None
