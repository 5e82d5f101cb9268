"""A return is the item received, sent back as it is, said as it is, refunded the way it was paid.

A return asks first when it says otherwise, in English or Chinese (simplified, traditional, Cantonese):

- something else goes in the box: an old or broken one, a fake, a brick, an empty box, the new ones kept
  ('I'll put a fake pair in the box', '把旧的放进去', '入面放返部舊嘅', '换成山寨的');
- the merchant is to be told what is not so about its condition or arrival ('say they never arrived', 'claim they
  were dead', 'tell them damaged on arrival — I dropped them', '其实没坏，就说坏了');
- the goods stay with the shopper and the refund comes anyway ('return them but keep them', '东西我留着');
- the refund goes to another person ('refund it to Mei', '钱退给小王');
- it was bought to be used once for an occasion and returned as planned ('wore them to the gala, refund please',
  '穿去参加婚礼了，本来就打算穿完就退').
- the reason given is taken back in the same sentence ("say wrong size (they fit fine)", "as 'not as described' lol",
  '说是假货，其实是正品'), non-arrival is claimed for goods being sent back ('说没收到货'), it is used and returned as
  a free rental ('after the trip, like renting them', '用完了，反正他们查不出来'); a chargeback for goods received
  ('even though I got them') is asked about whatever the action read.

A return worn or used once and no longer wanted, or one that arrived broken, is the merchant's policy to judge and
stays an action; an occasion named beside a fault or a poor fit is only where the fault showed.
"""

from __future__ import annotations

import re

QUESTION = ("A return goes back as it is: the item you received, in the condition it is in and described as it is, "
            "with the refund to your own original payment method. Shall I return it that way?")

_GOODS = r"(?:ones?|pairs?|sets?|kettles?|headphones|shoes|batteries|items?|one)"
_SUBSTITUTE = (r"(?:old|older|used|worn(?:-out| out)?|broken|busted|dead|empty|flat|dud|rusty|cheap|fake|counterfeit|replica"
               r"|knock-?off|copy|spent|junk)")
_INSIDE = r"(?:box|boxes|pack|package|packaging|parcel|case|bag|carton)"
_IN_PLACE = re.compile(
    # put, packed or stuffed in: 'I'll put a fake pair in the box', 'put my worn-out ones in the box'
    rf"\b(?:put|putting|pack|packing|stuff|stuffing|stick|sticking|place|placing|slip|slipping|throw|toss|chuck|swap)"
    rf"\s+(?:in\s+)?(?:(?:my|an?|the|some|these|those)\s+)?(?:own\s+)?(?:\w+\s+)?{_SUBSTITUTE}\b(?!\s+{_INSIDE}\b)"
    # sent back as one's own: 'sending back my old kettle', 'ship back a cheap knockoff'
    rf"|\b(?:send|sending|ship|shipping|mail|mailing|post|posting)\s+(?:them\s+|it\s+)?back\s+(?:my|an?|some)\s+(?:own\s+)?"
    rf"(?:pair of\s+|set of\s+)?"
    rf"(?:old|older|worn(?:-out| out)?|rusty|cheap|fake|counterfeit|replica|knock-?off|used)\b"
    # a brick or a rock in the box, an empty box sent
    rf"|\b(?:bricks?|rocks?|stones?|sand|weights?|rubbish|junk|newspapers?)\b[^.;,]{{0,25}}"
    rf"\b(?:in (?:it|there|the {_INSIDE})|inside|instead)\b"
    rf"|\b{_INSIDE}\b[^.;,]{{0,25}}\b(?:with|have|has|holding|containing)\s+(?:an? |some )?(?:bricks?|rocks?|stones?"
    rf"|sand|weights?|rubbish|junk|newspapers?)\b"
    rf"|\b(?:send|sending|ship|shipping|mail|post|return)\w*\s+(?:back\s+)?(?:them\s+|it\s+)?(?:just\s+)?(?:an?\s+|the\s+)?"
    rf"empty {_INSIDE}\b"
    # swapped for another before it goes: 'swap in my old broken Sony', 'swap the headphones for a replica' (not the
    # kettle's switch, a part that will not work)
    rf"|(?<!'s )(?<!the )(?<!my )\b(?:swap|switch|substitute)\w*\b(?!\s+(?:won'?t|doesn'?t|does not|will not|is|isn'?t|has|was|just|keeps|broke|stopped|died|went|can'?t|never)\b)[^.;]{{0,30}}\b(?:fake|replica|copy|knock-?off|counterfeit|old|older|cheap|dud|used"
    rf"|worn|dead|empty|dummy)\b"
    # one's own old one, or another, in the goods' place: 'box them up with my broken pair instead'
    rf"|\bmy (?:own )?(?:old|older|broken|busted|used|worn(?:-out| out)?|dead|cheap|fake)\b[^.;,]{{0,25}}\b(?:instead|in (?:the|its|their)"
    rf" (?:box|place|packaging|case)|in its place)\b"
    rf"|\b(?:a different|another|some other)\s+\w+(?:\s+\w+)?\s+in (?:the|its|their) {_INSIDE}\b"
    # the good ones kept back: 'keep the fresh ones', 'I kept the new ones'
    rf"|\b(?:keep|keeping|kept)\s+the\s+(?:new|fresh|good|real|working|unused)\s+{_GOODS}\b",
    re.IGNORECASE)
_ZH_IN_PLACE = re.compile(
    r"(?:放|装|裝|塞|擺|摆|(?:换|換)(?:咗|了)?(?:成|做|上)|调包|掉包|调换成|放返|擺返|摆返)[^，。,；;]{0,6}?"
    r"(?:旧|舊|假的|假货|假貨|假嘅|假冒|山寨|高仿|仿冒|(?:烂|爛|坏|壞)(?:的|嘅)|砖|磚|石头|石頭|空盒|用完|别的|別的)"
    r"|把(?:旧|舊|假|山寨|坏|壞|用完|烂|爛)[^，。,；;]{0,6}?(?:放|装|裝|塞|擺|摆)|(?:旧|舊|假|山寨|坏|壞)[^，。,；;]{0,4}?(?:顶替|頂替|冒充|代替)"
    r"|(?:放|装|裝|塞|擺|摆)[^，。,；;]{0,4}?(?:模型|样机|樣機)"
    r"|(?:空盒|空箱|空嘅盒|空的盒)[^，。,；;]{0,4}(?:寄|退|交)|(?:寄|退|交)[^，。,；;]{0,4}(?:空盒|空箱)"
    r"|调包|掉包|調包|新的留着|新的留著|新嘅留住")

_TELL = (r"(?:say|saying|claim|claiming|pretend|pretending|make out|act like|report (?:it |them )?as|mark (?:it |them )?as"
         r"|put (?:it |them )?down as|make (?:it|them) look)")
_CONDITION = (r"(?:never (?:arrived|came|showed up|got here|turned up|delivered)|didn'?t (?:arrive|come|work)|not working"
              r"|damaged|broken|broke|cracked|dead|faulty|defective|doa|dented|lost|missing|stopped working|scratched"
              r"|leaked|leaking|leaks|stolen|empty)")
_LIE = re.compile(
    rf"\b{_TELL}\s+(?:that\s+)?(?:(?:it|they|them|the \w+)\s+)?[^.;]{{0,25}}?\b{_CONDITION}\b"
    # told, while the shopper says it is not so: 'tell them they were damaged on arrival — I dropped them'
    rf"|\btell (?:them|the (?:shop|store|seller|merchant))\b[^.;]{{0,40}}\b{_CONDITION}\b[^.;]{{0,20}}?"
    r"(?:[—–,-]|\bbut\b|\bactually\b)\s*(?:i|we)\s+(?:actually\s+)?(?:dropped|broke|smashed|cracked|damaged|used|lost)\b"
    r"|\btell (?:them|the (?:shop|store|seller|merchant))\b[^.;]{0,40}\b(?:i|we) actually\b"
    # said while it is not so: "say it's the wrong size even though they fit"
    rf"|\b{_TELL}\b[^.;]{{0,40}}\b(?:even though|although|though really|but (?:really|actually))\b",
    re.IGNORECASE)
# The damage owned up to, and something else to be said: 'I cracked them myself but say they came that way'.
_OWNED_UP = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?:dropped|broke|cracked|smashed|damaged|scratched|spilled \w+ on|stood on|sat on)"
                       r"\s+(?:it|them)\b", re.IGNORECASE)
_SAY_SO = re.compile(rf"\b{_TELL}\b|\btell (?:them|the (?:shop|store|seller|merchant))\s+(?:that\s+)?(?:it|they|the \w+)\s+"
                     r"(?:was|were|is|are|came|arrived|got)\b", re.IGNORECASE)
# A fault claimed and taken back: 'say they came damaged, they're fine really', 'report them as faulty even though
# they work fine'.
_NOT_SO = re.compile(r"\b(?:it|they)(?:'re|'s| are| is)?\s+(?:totally |perfectly |actually |really )?(?:works?|working)?\s*fine"
                     r"(?:\s+really|\s+actually)?\b|\bnothing wrong with (?:it|them)\b|\bactually (?:fine|working)\b",
                     re.IGNORECASE)
# The fault given, then denied: 'not as described (it is as described, I just don't like the colour)', 'as wrong item,
# it's the right item tbh'; 'it's the right model but the wrong colour' still names a fault.
_DENIED = re.compile(r"\b(?:it|they)(?:'s| is|'re| are)\s+(?:\w+\s+){0,2}(?:as described|the right (?:one|item|thing|product))\b"
                     r"(?![^.;]{0,20}\bbut\b)", re.IGNORECASE)
_ZH_LIE = re.compile(
    r"(?:就说|就說|就講|就讲|就話|就话|你就说|谎称|謊稱|假装|假裝|装作|裝作|骗商家|騙商家|骗客服|騙客服|骗他们|騙佢哋)[^，。,；;]{0,10}?"
    r"(?:坏|壞|破|没收到|沒收到|冇收到|没到|未收到|丢|丟|漏发|有问题|有問題|质量问题|質量問題|瑕疵|烂|爛)"
    r"|其实没坏|其實沒壞|其實冇壞|其实是好的|其實係好|其实(?:是)?我(?:自己)?(?:摔|弄|搞|整)|其實(?:是|係)?我(?:自己)?(?:摔|弄|搞|整)"
    r"|其实收到了|其實收到了|其實收咗|其实收咗|其实收了|其實收了")
# A fault said to the merchant and taken back in the same message: '说是质量问题，其实是我不想要了', '話佢知壞咗，其實冇事'.
_ZH_SAID = re.compile(r"(?:说|說|讲|講|话|話|告诉|告訴|写|寫)[^，。,；;]{0,6}?(?:坏|壞|破|质量问题|質量問題|有问题|有問題|没收到|冇收到"
                      r"|瑕疵|故障)")
_ZH_NOT_SO = re.compile(r"(?:其实|其實|实际上|實際上)[^，。,；;]{0,4}?(?:没事|冇事|没坏|沒壞|冇壞|是我|係我|不想要|唔想要|好的|好好|能用"
                        r"|收到|收了|收咗|没问题|沒問題|冇問題)"
                        r"|(?:我自己|是我|係我|我)(?:不小心)?(?:摔|弄|搞|整|跌)(?:坏|壞|烂|爛|破)"
                        r"|明明|(?:收到了|收到咗|收咗)(?:但|可是|不过|不過|但係)")

_KEPT = re.compile(
    # 'not keeping them', "won't be keeping it" say the goods go back: not kept
    r"\b(?:but|and|,)?\s*(?:i'?ll |i will |i'?m |i am )?(?<!not )(?<!never )(?<!n't be )(?<!not be )(?<!no longer )"
    r"(?:keep|keeping|hold on to|holding on to|hang on to|hanging on to)\s+(?:it|them|'em|both|everything)"
    r"(?![\w'])"
    r"(?!\s+(?:until|till|safe|for now|in the|in its|in their|dry|clean|sealed))"
    r"|\bwithout (?:sending|shipping|giving|returning|mailing) (?:it|them|anything)(?: back)?\b"
    r"|\b(?:not|never|no need to|don'?t (?:want to |need to )?|won'?t)\s*(?:be )?(?:sending|send|ship|shipping|mail|give|giving)"
    r" (?:it|them) back\b|\brefund (?:only|without (?:a |the )?return)\b",
    re.IGNORECASE)
_ZH_KEPT = re.compile(r"(?:东西|東西|嘢|货|貨)(?:我)?(?:自己)?(?:留着|留著|留住|留下|唔寄|不寄)"
                      r"|(?:不用|唔使|唔洗|不|无需|無需)(?:寄回|寄返|退货|退貨)|仅退款|僅退款|只退款不退货|只退款不退貨")

_OWN = r"(?:my|mine|me|the original|the same|original|same|your|our)"
_PEOPLE = (r"(?:friend|sister|brother|mum|mom|mother|dad|father|wife|husband|son|daughter|boss|colleague|partner|bf|gf"
           r"|boyfriend|girlfriend|roommate|flatmate|cousin|aunt|uncle|neighbou?r|kid|child|niece|nephew)s?")
_NOT_A_PERSON = (r"(?:Alipay|WeChat|Wechat|PayPal|Paypal|Visa|Mastercard|Amex|Apple|UnionPay|Union|Monday|Tuesday|Wednesday"
                 r"|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October"
                 r"|November|December|Card|Account)")
_TO_ANOTHER = re.compile(
    rf"\brefund (?:it |the money )?(?:to |into )?(?:her|him|my {_PEOPLE})\b|\b(?:refund|money|cash)\b[^.;,]{{0,12}}?\b(?:to|into)\s+(?:(?:my|our)\s+{_PEOPLE}\b|(?:him|her|them|someone|somebody"
    rf"|another person|a friend|a {_PEOPLE})\b|(?!{_OWN}\b)(?!{_NOT_A_PERSON}\b)(?-i:[A-Z][a-z]+)\b(?!'s\s+(?:card|account)))",
    re.IGNORECASE)
_ZH_TO_ANOTHER = re.compile(
    r"(?:退款|钱|錢|啲錢|啲钱|款)[^，。,；;]{0,4}?(?:退|打|转|轉|汇|匯|返|俾|给|給|入|存)(?:到|给|給|俾|去|入)?\s*"
    r"(?:我(?:的|嘅)?(?:朋友|妹妹|姐姐|哥哥|弟弟|妈妈|媽媽|爸爸|老公|老婆|同事|室友|男朋友|女朋友|家人|家姐|细佬|細佬|阿妈|阿媽"
    r"|妈|媽|爸|妹|姐|哥|弟|仔|女)"
    r"|他|她|佢|小[\u4e00-\u9fff]|阿[\u4e00-\u9fff]|老[王李张張陈陳刘劉]|[A-Za-z]+|别人|別人|其他人)")

_OCCASION = (r"(?:wedding|party|gala|prom|ball|concert|gig|festival|photo ?shoot|shoot|race|marathon|trip|holiday|vacation"
             r"|flight|interview|event|dinner|funeral|ceremony|reunion|show|performance|recital|conference|recording|banquet"
             r"|graduation|date)s?")
_ONCE_FOR = re.compile(
    rf"\b(?:wore|worn|wearing|used|using)\s+(?:them|it|those|these)?\s*(?:once\s+|just\s+|only\s+)?(?:to|for|at|on)\s+"
    rf"(?:(?:a|an|the|my|our|his|her|their|one|\w+'s)\s+)?(?:[\w-]+\s+)?{_OCCASION}\b"
    rf"|\b(?:bought|got|ordered)\s+(?:them|it)\s+(?:just|only)\s+(?:for|to)\b"
    rf"|\b(?:just|only)\s+(?:bought|got|ordered|needed|wanted)\s+(?:them|it)\s+(?:for|to)\b"
    r"|\b(?:as|like|like i|as i)\s+planned\b|\btags?\s+(?:reattached|back on|put back)\b|\b(?:reattach|re-?attach)\w*\s+the tags?\b"
    r"|\bput the tags? back\b|\b(?:recorded|filmed|shot|finished)\b[^.;]{0,30}\balready\b[^.;]{0,20}\bdone with\b",
    re.IGNORECASE)
_ZH_ONCE_FOR = re.compile(
    r"(?:穿|著|着|用)(?:过|過|了|咗|完)?[^，。,；;]{0,6}?(?:去|参加|參加|拍)[^，。,；;]{0,4}?"
    r"(?:婚礼|婚禮|派对|派對|拍照|演唱会|演唱會|旅行|旅游|旅遊|饮|飲|年会|年會|聚会|聚會|面试|面試|表演|比赛|比賽|马拉松|馬拉松|晚宴|宴会|宴會)"
    r"|(?:穿|著|着|用)(?:过|過|了|咗)?一次[^，。,；;]{0,4}(?:拍照|影相|表演|比赛|比賽)"
    r"|(?:穿|著|着|用)完(?:就|再)退|再退返|打算[^，。,；;]{0,6}退")
# Where the fault or the fit is the reason, an occasion is only where it showed.
_FAULT = re.compile(
    r"\btoo (?:small|big|tight|loose|large|short|long|narrow|wide)\b|\b(?:doesn'?t|don'?t|didn'?t) fit\b|\bhurt|\bpinch"
    r"|\bblister|\bbroke|\bfaulty|\bcrackl|\bstopped\b|\bdefect|\bdamaged|\bwrong size\b|\buncomfortable|\bpeel|\bripped"
    r"|\btore\b|\btorn\b|\bleak|\bfell apart|\bcame apart|\b(?:doesn'?t|don'?t|didn'?t|won'?t) work|\bnot working|\bbuzz"
    r"|\bstatic\b|\bmuffled|\b(?:is|are|was|were) (?:bad|poor|terrible|awful|rubbish|weak|faint)\b|不合|太小|太大|太紧|太緊|磨脚|磨腳|坏|壞|唔啱|唔舒服|不舒服|开胶|開膠",
    re.IGNORECASE)

# A reason the sentence itself takes back: 'say wrong size (they fit fine)', "as 'not as described' lol", 'as unworn, I
# ran a marathon in them', 'tell them it was missing a cable (it wasn't)', '说是假货，其实是正品', '理由写少件，其实东西都在'.
_CLAIMED = re.compile(rf"\b{_TELL}\b|\btell (?:them|the (?:shop|store|seller|merchant))\b|\bas ['\"‘“]"
                      r"|\bas (?:unworn|unused|new|brand[- ]new|never (?:worn|used)|unopened)\b", re.IGNORECASE)
_TAKEN_BACK = re.compile(
    r"\b(?:it|they) (?:wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t)\)|\((?:it|they) (?:wasn'?t|weren'?t|isn'?t|aren'?t|didn'?t|did)\b"
    r"|\b(?:everything|it)(?:'s| is) (?:all )?there\b|\bfits? (?:fine|perfectly|great)\b|\bexactly as described\b"
    r"|\b(?:lol|lmao|haha)\b|\b(?:are|is|'re|'s) (?:totally |perfectly |actually )?fine\b(?![^.;,]{0,6}\b(?:but|except)\s+(?:too|a bit|slightly))"
    r"|\bactually (?:fine|ok|okay|perfect|genuine"
    r"|real|authentic|works?|working|好)|\(\s*(?:i|we) (?:\w+ )?(?:wore|used|ran|worn|hiked)\b", re.IGNORECASE)
_AS_NEW = re.compile(r"\bas (?:unworn|unused|new|brand[- ]new|never (?:worn|used))\b[^.;]{0,30}\b(?:i|we) (?:\w+ )?"
                     r"(?:wore|used|ran|hiked|walked|worn)\b", re.IGNORECASE)
_ZH_CLAIMED = re.compile(r"(?:说|說|话|話|讲|講|写|寫|报|報|填)[^，。,；;]{0,6}?(?:坏|壞|质量|質量|问题|問題|假|没收到|沒收到|冇收到"
                         r"|少件|漏|缺|全新|(?:没|沒|冇|未)(?:穿|著|着|用|拆)(?:过|過)|不符|瑕疵)")
_ZH_TAKEN_BACK = re.compile(
    r"(?:其实|其實|实际上|實際上|明明)(?![^，。,；;]{0,6}?(?:太小|太大|不合|唔合|尺寸|尺码|尺碼|坏|壞|破|唔啱|不对|不對|杂音|雜音))"
    r"|\bactually\b")
_ZH_WORN = re.compile(r"穿过了|穿過了|著過|著咗|着过|穿了|用过了|用過了|用咗")  # worn, where no fault is named
# Non-arrival claimed for goods being returned, a cheat no one will find, goods hired for nothing.
_ZH_NOT_ARRIVED = re.compile(r"(?:说|說|话|話|讲|講|写|寫|报|報)[^，。,；;]{0,4}?(?:没收到|沒收到|冇收到|未收到|没到货|沒到貨)"
                             r"|(?:查|看|睇|发现|發現)(?:不出|唔出)|(?:不会|唔會|唔会)(?:发现|發現|知)")
_HIRED = re.compile(r"\blike (?:renting|a rental|borrowing)\b|\bfree rental\b|\b(?:they|nobody|no one)(?:'ll| will)?"
                    r" (?:can'?t|won'?t|never) (?:tell|notice|find out)\b"
                    r"|\b(?:send|sending|ship|mail|post)\w*\s+back\s+(?:the|some|my)\s+(?:\w+\s+)?(?:dead|old|used|broken|worn)"
                    r"\b[^.;]{0,30}\b(?:instead|from my)\b", re.IGNORECASE)
_AFTER = re.compile(rf"\breturn\b[^.;]{{0,40}}\bafter (?:the|my|our) {_OCCASION}\b", re.IGNORECASE)
_CHARGEBACK = re.compile(r"\b(?:chargeback|charge back|dispute (?:the|a|my) (?:charge|payment))|拒付|撤销付款|撤銷付款", re.IGNORECASE)
_RECEIVED = re.compile(r"\b(?:even though|although|though|but|despite)\b[^.;]{0,20}\b(?:got|received|have|has arrived|arrived"
                       r"|came)\b|收到了|收到咗|收咗|已经收到|已經收到", re.IGNORECASE)


def chargeback(text: str) -> tuple[str, str] | None:
    """A chargeback asked for goods the shopper says arrived: 'file a chargeback even though I got them'."""
    return (QUESTION, "reason") if _CHARGEBACK.search(text) and _RECEIVED.search(text) else None


def _taken_back(text: str) -> bool:
    return bool(_CLAIMED.search(text) and _TAKEN_BACK.search(text) or _AS_NEW.search(text) or _HIRED.search(text)
                or _ZH_CLAIMED.search(text) and (_ZH_TAKEN_BACK.search(text) or _ZH_WORN.search(text) and not _FAULT.search(text))
                or _ZH_NOT_ARRIVED.search(text))


def _to_self(text: str, shopper_id: str) -> bool:
    """'refund it to Alice' from Alice: the refund named to the shopper's own name."""
    own = re.split(r"[^a-z]+", shopper_id.casefold())[0]
    return bool(own) and all(m.group(0).split()[-1].casefold() == own for m in _TO_ANOTHER.finditer(text))


def question(text: str, shopper_id: str = "", *, fault_given: bool = False) -> tuple[str, str] | None:
    """What to ask when a return is not the item as received, said as it is, refunded to the shopper; else None.
    ``fault_given``: the return reader found a fault or a wrong item, so an occasion named is where it showed."""
    if _IN_PLACE.search(text) or _ZH_IN_PLACE.search(text) or _LIE.search(text) or _ZH_LIE.search(text) \
            or _ZH_SAID.search(text) and _ZH_NOT_SO.search(text) or _OWNED_UP.search(text) and _SAY_SO.search(text) or _KEPT.search(text) or _ZH_KEPT.search(text) \
            or _TO_ANOTHER.search(text) and not _to_self(text, shopper_id) or _ZH_TO_ANOTHER.search(text) \
            or _taken_back(text):
        return QUESTION, "reason"
    if (_NOT_SO.search(text) and re.search(rf"\b{_CONDITION}\b", text, re.IGNORECASE)) or fault_given and _DENIED.search(text) \
            or (_ONCE_FOR.search(text) or _ZH_ONCE_FOR.search(text) or _AFTER.search(text)) and not (fault_given or _FAULT.search(text)):
        return QUESTION, "reason"
    return None
