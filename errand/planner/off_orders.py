"""Questions the planner would read as about an order and are not the shopper's to ask, or not about orders:

- what another person ordered, returned or cancelled, and why, said with that person as the one who did it ("why
  did chen return his stuff last week", "when did Dana return the blender"); the shopper's own ("what did I order",
  "why did the shop cancel my order") is a question about their orders;
- the shopper's body or health judged ("is this rash on my arm serious", "is my cough something to worry about",
  我这个咳嗽要不要去医院), a test result, scan or reading asked to be interpreted ("is an LDL of 4.1 high", 化验单上白细胞
  偏低是什么意思) or their fortune told ("what's my horoscope this week", 这周星座运势怎么样), with no order,
  parcel or delivery named: a doctor or nobody answers those, not a shopping agent.

Each is read only of a sentence planned as a question: buying calamine lotion for a rash, or a tarot deck, stays a
purchase.
"""

from __future__ import annotations

import re

OTHERS = ("I can only look at your own orders and addresses. Which of yours do you mean?", "order_id")
NOT_ORDERS = (("I can only answer questions about your own orders and errands (a doctor or pharmacist is the one to ask "
               "about your health). Is there something I can buy, return, watch or reschedule?"), "intent")

# Another person as the one who ordered, returned or cancelled: 'why did chen return his stuff'.
_NOT_A_PERSON = (r"(?:i|we|you|it|they|this|that|these|those|the|a|an|my|our|your|errand|there|what|which|ord\w*"
                 r"|did|do|does|has|have|had|was|were|is|are|will|would|can|could|should|not|never|ever|just"
                 r"|return|refund|order|delivery|parcel|package|courier|driver|shop|store|seller|merchant)")
_THEY_DID = re.compile(
    rf"\b(?:why|when|how|what|where|did|has|had|have)\b(?: (?:did|has|had|does|do|was))? (?!{_NOT_A_PERSON}\b)"
    r"(?P<who>[a-z]+) (?:just |already |ever |really |actually )?(?:return|cancel|order|buy|bought|purchase|refund"
    r"|send back|sent back)(?:ed|s)?\b(?! (?:my|our|me|us)\b)", re.IGNORECASE)
# The body judged: a sign of illness and a word that asks how bad it is.
_BODY = (r"(?:\b(?:rash(?:es)?|moles?|lumps?|cough(?:ing)?|fever|headaches?|migraines?|bruises?|swelling|swollen|wounds?"
         r"|blisters?|pimples?|acne|spots?|symptoms?|sore throat|chest pain|stomach ?ache|back pain|toothache|bites?"
         r"|itch(?:y|ing)?|dizz(?:y|iness)|blood pressure|period|pregnan\w*)\b"
         r"|疹|痘|咳嗽|发烧|發燒|头疼|頭疼|头痛|頭痛|肚子疼|肚子痛|牙疼|牙痛|胸口疼|胸痛|肿|腫|伤口|傷口|过敏|過敏|血压|血壓|感冒"
         r"|头晕|頭暈|痣|瘙痒|痕癢)")
_JUDGED = (r"(?:\b(?:serious|cancerous|normal|infected|contagious|dangerous|bad|worry|worried|worrying|concern\w*"
           r"|see a doctor|go to (?:the )?(?:hospital|doctor|er|a&e)|cancer|fatal|deadly)\b"
           r"|严重|嚴重|要紧|要緊|正常吗|正常嗎|去医院|去醫院|看医生|看醫生|癌|危险|危險|没事吧|冇事|怎么回事|點算)")
_HEALTH = re.compile(rf"{_BODY}[^.?!。！？]{{0,40}}{_JUDGED}|{_JUDGED}[^.?!。！？]{{0,40}}{_BODY}", re.IGNORECASE)
# A result, a scan or a reading asked to be interpreted: a test or a marker named with a word asking what it means
# or whether it is high, normal or a worry ('what does my blood test mean, LDL 4.1', 'is a PSA of 5 bad', 尿酸偏高是什么意思).
_RESULT = (r"(?:\b(?:(?:blood|urine|stool|thyroid|liver|kidney|lab|test|scan|x-?ray|mri|ct|pet|ultrasound|ecg|ekg|biopsy"
           r"|smear|screening|cholesterol|lipid|allergy|hormone|pregnancy|sperm|eye|hearing|medical|health) ?(?:tests?|results?|reports?"
           r"|scans?|numbers?|levels?|panels?|work|readings?|counts?|findings?)|ldl|hdl|cholesterol|triglycerides?"
           r"|glucose|blood sugar|hba1c|a1c|psa|tsh|t3|t4|alt|ast|ggt|creatinine|egfr|uric acid|ha?emoglobin|ferritin|platelets?"
           r"|white (?:blood )?cells?|red (?:blood )?cells?|wbc|rbc|vitamin d|b12|bmi|heart rate|resting pulse|lesions?"
           r"|nodules?|cysts?|polyps?|shadow on|mri|x-?rays?|ct scans?|ultrasounds?|biopsy|scans?)\b"
           r"|体检|體檢|化验|化驗|检查结果|檢查結果|检验|檢驗|报告单|報告單|血常规|血常規|尿常规|尿常規|\bCT\b|B超|彩超|核磁|心电图|心電圖"
           r"|转氨酶|轉氨酶|尿酸|血糖|血脂|胆固醇|膽固醇|甘油三酯|白细胞|白細胞|红细胞|紅細胞|血小板|肌酐|甲状腺|甲狀腺|结节|結節"
           r"|息肉|囊肿|囊腫|血红蛋白|血紅蛋白)")
_READ_FOR_ME = (r"(?:\b(?:mean|means|meaning|normal|high|low|bad|ok|okay|elevated|raised|abnormal|diabetic|worry|worried|worrying"
                r"|concern\w*|serious|dangerous|too (?:high|low)|good or bad|interpret\w*|read (?:my|these|this|the))\b"
                r"|什么意思|什麼意思|啥意思|是什么|正常吗|正常嗎|正不正常|高不高|低不低|偏高|偏低|超标|超標|要紧|要緊|严重|嚴重"
                r"|有问题吗|有問題嗎|怎么办|怎麼辦|帮我看|幫我看|解读|解讀)")
_INTERPRET = re.compile(rf"{_RESULT}[^.?!。！？]{{0,50}}{_READ_FOR_ME}|{_READ_FOR_ME}[^.?!。！？]{{0,50}}{_RESULT}",
                        re.IGNORECASE)
# The shopper's fortune told.
_FORTUNE = re.compile(
    r"\b(?:horoscopes?|zodiac|star signs?|tarot|astrolog\w*|fortunes?|feng shui|numerology|lucky numbers?"
    r"|birth chart|rising sign|mercury (?:is )?in retrograde)\b"
    r"|星座|运势|運勢|运程|運程|算命|塔罗|塔羅|八字|风水|風水|黄历|黃曆|占卜|生肖", re.IGNORECASE)
# What a question about an order names.
_ORDERS = re.compile(
    r"\b(?:orders?|ordered|parcels?|packages?|deliver\w*|arriv\w*|ship\w*|courier|returns?|refunds?|bought|purchases?"
    r"|errands?|tracking)\b|ord_\w+|订单|訂單|快递|快遞|包裹|到货|到貨|发货|發貨|退货|退貨|退款|物流|买的|買的",
    re.IGNORECASE)


def question(text: str) -> tuple[str, str] | None:
    """(question, missing fact) when a question is about another person's orders, or about no order at all."""
    if _THEY_DID.search(text):
        return OTHERS
    if (_HEALTH.search(text) or _FORTUNE.search(text) or _INTERPRET.search(text)) and not _ORDERS.search(text):
        return NOT_ORDERS
    return None
