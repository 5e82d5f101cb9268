"""The words of an English register around a purchase or a price watch, a lexicon by class, taken off or said plainly
before any reader sees the request, so that none of them ends up in the product and none makes the planner ask:

- a contract's clauses: the parties ('The Buyer hereby requests the Agent to procure'), a number said twice ('three
  (3)'), 'whereof', 'hereunder', 'pursuant to the foregoing', an item's label ('Item the second:', 'Clause 4:'), a
  cap said as 'the unit price whereof shall not exceed', a watch said as 'wishes to be notified should the price of X
  fall below', a purchase in the passive ('one (1) shredder shall be purchased');
- the tags and particles of a regional English, which name nothing: Indian ('yaar', 'achha', 'do one thing', 'kar
  do', '… itself', '… only' after a cap, '20000mAh wala'), Philippine ('Good pm!', 'order for me', 'I will be the one
  to receive', 'max of 400'), Hong Kong and Singapore office English ('pls arrange', 'can help order', 'the soonest
  better', 'pls revert once ordered'), Australian and New Zealand ('mate', 'reckon'), Nigerian ('… o');
- a wish or an understatement standing for the verb: "I wouldn't say no to X", "X would not go amiss", "I'd love it
  if X turned up at the office", 'let X come to me', 'may X find its way to me';
- an evaluation said after the cap or the count: 'under 150 should do it', '4 rolls would do nicely';
- a condition that is a cap or a brand waived, not a watch: 'if one could be had for under 300' (a cap), "no worries
  if it's not Speedo —" (any brand will do).

Words are taken off only where the class allows (a tag beside a comma or the end, an evaluation after a number), so
a product named with such a word ('yerba mate', 'Only Natural cat food') keeps it. What is dropped as a remark is
first asked of ``dropped.must_hear``, so harm, an instruction or another person's money said in a register stays for
the checks to read. A frame around nothing named leaves nothing named, and the readers ask as before.
"""

from __future__ import annotations

import re

from . import dropped as dp
from . import lexicon as lx
from . import told_last as tl

_I = re.IGNORECASE
# Where a tag may stand: beside a comma, a stop or the end ('…, mate', 'nothing over 200 mate', 'yaar ek …').
_END = r"(?=\s*(?:[,.;!?—–]|$))"
_CAP_NUMBER = r"(?:[¥￥]\s?)?\d[\d,.]*k?(?:\s*(?:yuan|rmb|kuai|bucks|each|a piece|per (?:unit|item|piece)))?"

# ---- a contract's clauses ----------------------------------------------------------------------------------

# A number said twice, in words and then in figures: 'five (5)', 'twelve (12)', 'forty-five (45)'.
_TWICE = re.compile(rf"\b(?P<word>{lx.EN_NUMBER})\s*\(\s*(?P<n>\d{{1,4}})\s*\)", _I)
# The shopper as a party, and the planner as the agent: 'The Purchaser hereby instructs the Agent to', 'The undersigned
# hereby orders', 'The Client hereby authorises the purchase of'. A party that asks a setting changed or an approval
# given keeps its words after 'to', for the screen to read ('… instructs the Agent to raise the spending cap').
_PARTY = (r"(?:the\s+)?(?:purchaser|buyer|client|customer|undersigned|principal|requester|requestor|employer|company)"
          r"(?:\s+hereby)?")
_INSTRUCTS = re.compile(rf"^\s*{_PARTY}\s+(?:hereby\s+)?(?:instructs|requests|directs|asks|requires|wishes|would like|engages)"
                        r"(?:\s+(?:the|its|an?)\s+(?:agent|seller|supplier|vendor|assistant|contractor))?\s+to\s+", _I)
_ORDERS = re.compile(rf"^\s*{_PARTY}\s+(?:hereby\s+)?(?P<verb>orders|purchases|buys|requests|requires)\s+"
                     r"(?=(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|twelve\b))", _I)
_AUTHORISES = re.compile(rf"^\s*{_PARTY}\s+(?:hereby\s+)?(?:authori[sz]es|requests|requires|orders)\s+the\s+(?:purchase"
                         r"|acquisition|procurement|supply)\s+of\s+", _I)
# A watch said as a party's wish to be told: 'The Client wishes to be notified should the price of X fall below N'.
_TOLD = re.compile(rf"^\s*{_PARTY}\s+(?:hereby\s+)?(?:wishes|asks|requests|would like|desires)\s+to\s+be\s+(?:notified"
                   r"|informed|advised|told|alerted)\s+(?:should|if|when|in\s+the\s+event\s+that|whenever)\s+", _I)
_SHOULD_FALL = re.compile(r"\bshould\s+(?=the\s+price\s+of\b)", _I)
_IN_THE_EVENT = re.compile(r"\bin\s+the\s+event\s+that\b", _I)
# How long a watch runs, said as a clause's period: 'for a period of forty-five (45) days' → 'for 45 days'.
_PERIOD = re.compile(r"\bfor\s+a\s+(?:period|term)\s+of\s+", _I)
# Words of a contract that name nothing: 'hereby', 'hereunder', 'herewith', 'Pursuant to the foregoing,', an item's label.
_LEGAL_LEAD = re.compile(r"^\s*(?:(?:further|pursuant|further\s+pursuant|subject)\s+to\s+the\s+(?:foregoing|above|aforesaid)"
                         r"|(?:item|clause|article|schedule|line)\s+(?:the\s+)?(?:\d+|[a-z]+)(?:\s*\([a-z0-9]\))?)\s*[:,.—–-]\s*", _I)
_LEGAL_WORD = re.compile(r"\s*\b(?:hereby|hereunder|herewith|hereinafter|forthwith|thereof|therefor)\b", _I)
_ACQUIRE = re.compile(r"\b(?:acquire|procure)\b", _I)
# A cap in a contract's words: 'the unit price whereof shall not exceed RMB 80', 'the total cost whereof shall not …'.
# (``lexicon.normalise`` has already said 'shall not exceed' as 'shall no more than'.)
_NOT_EXCEED = r"(?:shall|will|is\s+to|are\s+to|must)\s+(?:not\s+exceed|no\s+more\s+than)"
_WHEREOF_TOTAL = re.compile(rf"\bthe\s+total\s+(?:price|cost|amount)\s+(?:whereof|thereof|of\s+which)\s+{_NOT_EXCEED}\b", _I)
_WHEREOF = re.compile(rf"\bthe\s+(?:unit\s+)?(?:price|cost)\s+(?:whereof|thereof|of\s+which|per\s+unit)\s+{_NOT_EXCEED}\b"
                      rf"|\b{_NOT_EXCEED}\b", _I)
_PER_UNIT = re.compile(r"(?<=\d)\s+per\s+(?:unit|item|piece)\b", _I)
# A purchase in the passive, and delivery as a clause: '… shall be purchased and delivered to the office', ', to be
# delivered to the office' → ', deliver to the office'.
_PASSIVE = re.compile(r"\s+(?:shall|is\s+to|are\s+to|will|must)\s+be\s+(?:purchased|procured|acquired|bought|ordered|supplied)"
                      r"(?:\s+and\s+(?=delivered\b))?", _I)
_DELIVERED = re.compile(r"(?:,\s*|\s+)(?:to\s+be\s+|and\s+)?delivered\s+(?=to\s+(?:the\s+|my\s+|our\s+)?(?:office|home|house)\b)",
                        _I)
# 'one (1) unit' said as the count of a product named before it: ', one unit'.
_UNIT_COUNT = re.compile(rf",\s*(?P<n>{lx.EN_NUMBER})\s+units?\b", _I)

# ---- tags and particles of a regional English ---------------------------------------------------------------

# Said first, naming nothing: 'yaar', 'arre', 'achha listen', 'bhai', 'do one thing', 'Good pm!', 'FYI'.
_OPENER = re.compile(r"^\s*(?:(?:arre|oye|achha|acha|accha|haan|bhai|bhaiya|yaar|listen)\b[\s,!.]*)+"
                     r"|^\s*(?:mate|bro|cuz|bru|boss|hello\s+po|hi\s+po)\s*[,!]\s*"
                     # an office's lead: 'as discussed,', 'per my last email,', 'further to our call,'
                     r"|^\s*(?:as\s+discussed|as\s+per\s+(?:our|my)\s+(?:call|chat|conversation|discussion|last\s+email)|per\s+my"
                     r"\s+(?:last\s+)?(?:email|message|note)|further\s+to\s+our\s+(?:call|chat|conversation|discussion))\s*[,:]\s*"
                     # a chance or a guess said first: 'if you get a chance,', 'I reckon', 'I think'
                     r"|^\s*(?:if|when|whenever)\s+you\s+(?:get|have)\s+(?:a\s+)?(?:chance|moment|sec(?:ond)?|minute)\s*,\s*"
                     r"|^\s*(?:please\s+)?do\s+the\s+needful\s+and\s+"
                     r"|^\s*i\s+(?:reckon|think|guess|reckon\s+that|think\s+that)\s+(?=(?:a|an|\d{1,3}|one|two|three|some)\s)"
                     r"|^\s*(?:(?:yaar|bhai)\s+)?do\s+one\s+thing\s*(?:yaar)?\s*[,.:!—–-]?\s*"
                     r"|^\s*good\s+(?:am|pm|morning|afternoon|eve|evening|day)\s*(?:po|sir|ma'?am)?\s*[!,.]+\s*", _I)
# Particles inside or after a clause: 'yaar', 'na', 'ji', 'jaldi', 'only' after a cap or a place, 'itself' after a
# place or a time, 'mate', 'o', 'lah'-like tags of other Englishes (Singlish ones are read by ``colloquial``).
_PARTICLE = re.compile(rf"\s*,?\s*(?<![\w'-])(?:yaar|jaldi(?:\s+se)?|po){_END}"
                       rf"|(?:\s*,\s*|(?<=\d)\s+|(?<=\beach)\s+|(?<=\bplease)\s+|(?<=\bpls)\s+|(?<=\bthanks)\s+|(?<=\bcheers)\s+)"
                       rf"(?:mate|cobber|bro|o|oo|sha|na|ji|aye|eh|bhai|bhaiya|(?:urgent\s+)?hai|urgent|la|lah){_END}", _I)
# Tagalog 'na' linking a count to its noun: '3 na towel'.
_LINKER = re.compile(r"(?<=\d)\s+na\s+(?=[a-z])", _I)
# A lead that stands for the verb in an office, a barracks or India: 'please action the purchase of', 'Requesting',
# 'book 2 USB hubs' (not a ticket, a room or a table, which no errand books).
_ACTION = re.compile(r"\b(?:action|process|raise|place)\s+(?:the\s+|a\s+)?(?:purchase|order|procurement|po)\s+(?:of|for)\s+", _I)
_REQUESTING = re.compile(r"^\s*(?:requesting|request(?:ing)?\s+for|req(?:uesting)?\.?)\s+(?=(?:\d|a\b|an\b|one\b|two\b|three\b))", _I)
_EACH_UNIT = re.compile(r"(?<=\d)\s+(?:ea\.?|each\.|nos?\.|pcs?\.)(?=\s+[a-z])", _I)
_BOOK = re.compile(r"\bbook\s+(?=(?:\d{1,3}|a|an|one|two|three|four|five|six)\s+(?!(?:\w+\s+)?(?:tickets?|rooms?|tables?|seats?"
                   r"|appointments?|flights?|trains?|hotels?|slots?|cabs?|taxis?|courts?|sessions?|nights?|classes|lessons?|tours?"
                   r"|trips?|rides?|stays?)\b))", _I)
# A time said as a courtesy, which no purchase reads: 'at your earliest convenience', 'when convenient'.
_CONVENIENCE = re.compile(r"\s*,?\s*(?:at\s+your\s+(?:earliest\s+)?convenience|when(?:ever)?\s+(?:convenient|you\s+can)"
                          r"|at\s+your\s+leisure)(?=\s*[,.;!?]|$)", _I)
_ONLY_AFTER = re.compile(rf"(?<=\d)\s+only{_END}|(?<=\bhome)\s+(?:itself|only){_END}|(?<=\boffice)\s+(?:itself|only){_END}"
                         rf"|(?<=\d)\s+itself{_END}", _I)
# Hindi verbs and words around an English product: 'order kar do', 'mangwa do', 'ek', 'wala', 'chahiye'.
_HINDI_VERB = re.compile(r"\b(?P<verb>order|buy|book|send|get)\s+(?:kar|karo|kardo|kar\s+do|kar\s+dena|karwa\s+do|karna)"
                         r"(?:\s+(?:do|na|please|pls))?\b", _I)
_MANGWA = re.compile(r"\b(?:mangwa|manga|mangwa\s+do|manga\s+do|mangao|mangwao|le\s+aao|la\s+do)(?:\s+(?:do|na|dena))*\b", _I)
_EK = re.compile(r"(?<![\w'-])ek(?=\s+[a-z])", _I)
_WALA = re.compile(r"(?<=\S)\s+(?:wala|wali|waala|waali|vala|wale)\b", _I)
_CHAHIYE = re.compile(r"^(?:\s*buy\b)?(?P<what>\s*(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+[^,;.]{2,50}?)\s+"
                      r"(?:chahiye|chaiye|chahie|mangta|hona)\b", _I)
# Philippine English: 'order for me', 'I will be the one to receive', 'max of 400', 'Can I request 2 …'.
_FOR_ME = re.compile(r"\b(?P<verb>order|buy|purchase|get|arrange)\s+for\s+(?:me|us)\s+(?=(?:\d|a\b|an\b|one\b|two\b|three\b"
                     r"|four\b|five\b|six\b|some\b))", _I)
_RECEIVER = re.compile(r"\s*[,.;]?\s*(?:i|we)\s+(?:will|'ll|shall)\s+be\s+the\s+one(?:s)?\s+(?:to\s+receive|receiving|who\s+will"
                       r"\s+receive)(?:\s+(?:it|them))?\s*(?:po)?\s*[.!]?", _I)
_MAX_OF = re.compile(r"\bmax(?:imum)?\s+of\s+(?=[¥￥]?\d)", _I)
_REQUEST = re.compile(r"^\s*(?:can|could|may)\s+i\s+(?:request|ask\s+for|have)\s+(?=(?:\d|a\b|an\b|one\b|two\b|three\b|four"
                      r"\b|five\b|six\b))", _I)
# Hong Kong and Singapore office English: 'pls arrange 6 boxes …', 'pls help to arrange', 'can help order', 'FYI'.
_ARRANGE = re.compile(r"^\s*(?:(?:please|pls|plz|kindly)\s+)?(?:help\s+(?:to\s+)?|help\s+me\s+(?:to\s+)?)?arrange(?:\s+for)?\s+"
                      r"(?=(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|some\b))", _I)
_CAN_HELP = re.compile(r"^\s*(?:can|could)\s+help\s+(?:me\s+|us\s+)?(?:to\s+)?(?=(?:order|buy|get|purchase)\b)"
                       r"(?!.*\b(?:or\s+not|anot)\b)", _I)  # 'can help me buy … or not' is Singlish, read by ``colloquial``
_HELP_TO = re.compile(r"^\s*(?:(?:please|pls|plz|kindly)\s+)?help\s+(?:me\s+|us\s+)?to\s+(?=(?:order|buy|get|purchase)\b)", _I)
_FYI = re.compile(r"^\s*(?:fyi|fyr|for your (?:info|information|reference))\s*[,:.!-]?\s+", _I)
# How soon, said as a remark no errand reads: 'the soonest better', 'the sooner the better', 'asap'.
_SOON = re.compile(r"\s*[,.;]?\s*(?:the\s+)?(?:soonest|sooner)\s+(?:the\s+)?better\b\s*[.!]?|\s*[,.;]?\s*(?:as\s+soon\s+as"
                   r"\s+possible|asap)(?=\s*(?:[,.;!]|$))", _I)
# A thank-you or a reply asked for, said last: 'thx a lot', 'many thx', 'pls revert once ordered'.
_THANKS_LAST = re.compile(r"\s*[,.;!]?\s*(?:(?:many|thanks?|thx|tks|tq)\s+(?:a\s+lot|so\s+much|in\s+advance|thx|thanks)"
                          r"|many\s+thanks?|(?:please|pls|plz|kindly)\s+(?:revert|reply|confirm|advise)(?:\s+(?:once|when|after)"
                          r"\s+(?:ordered|done|placed|purchased|bought))?)\s*[.!]*\s*$", _I)

# ---- a wish or an understatement standing for the verb ----------------------------------------------------

_GOODS = r"(?=(?:a|an|some|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+pair\s+of|a\s+couple\s+of)\s)"
_WISH_FIRST = re.compile(rf"^\s*(?:(?:i|we)\s+(?:wouldn'?t|would\s+not|shouldn'?t|should\s+not)\s+(?:say\s+no\s+to|mind|object"
                         rf"\s+to)|(?:i|we)(?:'d|\s+would)\s+be\s+(?:ever\s+so\s+|very\s+|most\s+|much\s+|so\s+|really\s+)?"
                         rf"(?:grateful|obliged|thankful|glad)\s+for|(?:do\s+you\s+)?fancy\s+(?:getting|grabbing|ordering|buying)"
                         rf"(?:\s+(?:me|us))?)\s+{_GOODS}", _I)
# What a wish names that is no goods: an order placed, a refund, a day or a time ('a refund would be lovely', 'two
# o'clock would do', "I'd love it if my parcel arrived").
_NOT_GOODS = re.compile(r"\b(?:ord_\w+|orders?|parcels?|packages?|deliver(?:y|ies)|refunds?|returns?|exchanges?|replacements?"
                        r"|o'?clock|morning|afternoon|evening|tonight|today|tomorrow|week|weekend|slot|time|date"
                        r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\d:\d|\d\s*(?:am|pm)\b", _I)
# 'I'd love it if X turned up at the house', 'It would be lovely if X showed up', 'I'd be thrilled if X arrived'.
_WISH_IF = re.compile(rf"^\s*(?:(?:i|we)(?:'d|\s+would)\s+(?:love|like|adore)\s+it|(?:i|we)(?:'d|\s+would)\s+be\s+(?:so\s+|very"
                      rf"\s+|really\s+)?(?:thrilled|delighted|glad|happy|chuffed|grateful|pleased)|it(?:'d|\s+would)\s+be\s+"
                      rf"(?:so\s+|very\s+|really\s+)?(?:lovely|great|nice|wonderful|brilliant|ace|perfect))\s+if\s+{_GOODS}"
                      r"(?P<what>[^;]{2,80}?)\s+(?:(?:could|would|can|might)\s+)?(?:turned|turn|showed|show|popped|pop|came|come"
                      r"|arrived|arrive|landed|land|be\s+(?:sent|delivered|brought)|got\s+delivered|were\s+delivered|were\s+sent"
                      r"|were\s+to\s+(?:arrive|turn\s+up|show\s+up))(?:\s+up)?(?:\s+(?:at|to|in)\s+(?P<where>[^,;.!]{2,40}?))?"
                      r"(?=\s*(?:[,.;!]|$))", _I)
# A poet's wish: 'let a wool blanket come to me', 'may two candles find their way to me'.
_LET_COME = re.compile(rf"^\s*(?:let|may|might)\s+{_GOODS}(?P<what>[^,;—–]{{2,60}}?)\s+(?:come|find\s+(?:its|their)\s+way"
                       r"|make\s+(?:its|their)\s+way|be\s+brought|be\s+sent)\s+to\s+(?:me\b|(?P<where>[^,;.!—–]{2,40}?)"
                       r"(?=\s*(?:[,.;!—–]|$)))", _I)
# A scene said before the poet's wish: 'When frost comes to the window, let …', 'As the rain taps the glass, let …'.
_SCENE = re.compile(rf"^\s*(?:when|as|while|now\s+that|since)\s+[^,;\d]{{3,60}},\s*(?=(?:let|may)\s+{_GOODS})", _I)
# 'let it come to me' after a condition: the goods named in it, bought ('When the X falls to 800, let it come to me').
_LET_IT_COME = re.compile(r"\blet\s+(?P<it>it|them|one)\s+(?:come|find\s+(?:its|their)\s+way)\s+to\s+(?:me\b|(?P<where>"
                          r"[^,;.!—–]{2,40}?)(?=\s*(?:[,.;!—–]|$)))", _I)
# An understatement or an evaluation after the goods: 'a doormat would not go amiss', '4 rolls would do nicely'.
_EVALUATION = (r"(?:would|wouldn'?t|will|should|'d|'ll|might)\s+(?:not\s+)?(?:go\s+amiss|hurt|come\s+in\s+(?:handy|useful)|do\s+(?:nicely|fine|the\s+trick|"
               r"me\s+fine|it|me)|do|be\s+(?:lovely|grand|plenty|fine|enough|perfect|ideal|welcome|marvell?ous|smashing"
               r"|brilliant|ace|sweet|champion|spot\s+on|just\s+right|handy|useful|great|nice|good|wonderful|fab|fabulous)|cover\s+it"
               r"|suffice|hit\s+the\s+spot)")
_GOODS_THEN_EVALUATION = re.compile(rf"^(?P<lead>\s*){_GOODS}(?P<what>[^,;—–]{{2,60}}?)\s+{_EVALUATION}(?=\s*(?:[,.;!—–]|$))", _I)
# ... said in a later clause, after a dash or a semicolon: '… I'm afraid — 3 rolls would be lovely'.
_LATER_EVALUATION = re.compile(rf"(?<=[—–;])(?P<goods>\s*{_GOODS}(?!(?:a\s+single|just|only|the)?\s*ones?\b)[^,;—–]{{2,60}}?)\s+{_EVALUATION}(?=\s*(?:[,.;!—–]|$))", _I)
# A word of vague quality after the article, which names no kind: "a decent chef knife", 'a proper tea strainer'.
_QUALITY = re.compile(r"(?<![\w'-])(?P<article>(?-i:a|an|A|An))\s+(?-i:good|decent|proper|nice|half-decent|half\s+decent)\s+"
                      r"(?=(?!quality\b|one\b|ones\b|night|day|time|deal|idea|price)[a-z][\w-]*\s+[a-z])")
_EVALUATED_CAP = re.compile(rf"(?:\breckon\s+|\bi\s+(?:think|reckon|guess|figure)\s+)?(?P<cap>(?:(?:under|below|max|less\s+than"
                            rf"|up\s+to|nothing\s+over|no\s+more\s+than|about|around)\s+)?{_CAP_NUMBER}(?:\s+max)?)\s+{_EVALUATION}"
                            r"(?=\s*(?:[,.;!—–]|$))", _I)
_RECKON_CAP = re.compile(r"\breckon\s+(?=(?:under|below|max|less\s+than|up\s+to|about|around|[¥￥]?\d))", _I)
# A politeness said first: 'If it's no bother,', "if it's not too much trouble,", "if you don't mind,".
_NO_BOTHER = re.compile(r"^\s*(?:if\s+it'?s\s+(?:no|not\s+too\s+much|not\s+a)\s+(?:bother|trouble)|if\s+you\s+(?:don'?t|do\s+not)"
                        r"\s+mind|if\s+(?:it'?s\s+)?(?:at\s+all\s+)?possible|if\s+you\s+(?:would|could)\s+be\s+so\s+kind)\s*[,.—–-]\s*", _I)
# A shortage said in the story, then only a count of its packs: 'running low on kitchen roll — 4 rolls would do'.
_SHORT_OF = re.compile(r"\b(?:running\s+low\s+on|run(?:ning)?\s+out\s+of|out\s+of|short\s+of|low\s+on|no\s+more)\s+(?P<what>"
                       r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?=\s*(?:[,.;!—–]|,?\s+i'?m\s+afraid|$))", _I)
_PACKS_ONLY = re.compile(r"^\s*(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?P<unit>rolls?|packs?"
                         r"|boxes|box|bags?|bottles?|tubes?|tins?|cans?|jars?|packets?|cartons?|sachets?)\s*[.!]*$", _I)

# ---- a letter's courtesies, and remarks said beside the request ---------------------------------------------

# A greeting or a wish for the reader's health said as a sentence of its own: 'Dear team,', 'I hope this finds you
# well.', "I hope you're well!".
_COURTESY = re.compile(r"^\s*(?:(?:dear|hi|hello|hey)\s+(?:team|sir|madam|sir\s+or\s+madam|all|there|friend)\s*[,!.]\s*)?"
                       r"(?:i\s+hope\s+(?:this|my\s+message|you)\s*(?:'re|\s+are|\s+finds?\s+you|\s+find\s+you)?\s+(?:well|good"
                       r"|fine|doing\s+well)(?:\s+today)?\s*[.!]\s*)?", _I)
# A request said as a wonder or a possibility: 'I was wondering if you could purchase', 'Would it be possible to order'.
_WONDERING = re.compile(r"^\s*(?:i\s+was\s+wondering|i\s+wonder|i'?m\s+wondering)\s+(?:if|whether)\s+you\s+(?:might|could|would"
                        r"|can)(?:\s+possibly)?(?:\s+be\s+able\s+to)?\s+|^\s*(?:would|will|is)\s+it\s+be\s+possible\s+(?:for\s+you\s+)?"
                        r"to\s+|^\s*is\s+it\s+possible\s+(?:for\s+you\s+)?to\s+", _I)
# A wish to be told, said as a liking: "I'd quite like to know if …" → 'let me know if …'.
_LIKE_TO_KNOW = re.compile(r"^\s*(?:i|we)(?:'d|\s+would)\s+(?:quite\s+|really\s+|very\s+much\s+|so\s+)?(?:like|love|want)\s+to"
                           r"\s+(?:know|hear|be\s+told)\s+(?=(?:if|when|whether|once|as\s+soon\s+as)\b)", _I)
# What the price should not be, said with no amount, beside a cap or alone: 'nothing too pricey', 'not so expensive'.
_PRICE_REMARK = re.compile(r"\s*,\s*(?:nothing|not|none)\s+(?:too|so|very|overly|crazy|that)\s+(?:pricey|expensive|dear|costly|fancy"
                           r"|spendy)(?=\s*[,.;!?]|$)|\s*,\s*(?:nothing\s+fancy|cheap\s+and\s+best|value\s+for\s+money)(?=\s*[,.;!?]|$)", _I)
# A remark of plenty said in a clause after the request: '…, heaps of sun at the beach this week', ', tons of rides
# planned'. It says why, never how many: no digit in it.
_PLENTY_REMARK = re.compile(r"\s*,\s*(?:heaps|loads|lots|tons|stacks|plenty)\s+of\s+[^,;.!?\d]{2,50}?(?=\s*(?:[,;.!?]|$))", _I)
# A count said in Indian English: 'one number of steam iron', 'two numbers of tube lights', '4 nos. of chairs'.
_NUMBERS_OF = re.compile(rf"\b(?P<n>{lx.EN_NUMBER})\s+(?:numbers?|nos\.?|no\.)\s+(?:of\s+)?(?=[a-z])", _I)
# A room said in Philippine English: 'the CR' (comfort room).
_ROOM_WORDS = re.compile(r"(?<=\bthe )CR\b|(?<=\bour )CR\b")


def _courteous(text: str) -> str:
    """A letter's greeting and courtesies taken off, a wonder said as 'please', and remarks beside it dropped."""
    rest = _COURTESY.sub("", text)
    rest = _WONDERING.sub("please ", rest)
    rest = _LIKE_TO_KNOW.sub("let me know ", rest)
    rest = _NUMBERS_OF.sub(lambda m: m.group("n") + " ", _ROOM_WORDS.sub("bathroom", rest))
    rest = _PRICE_REMARK.sub("", rest)
    return _PLENTY_REMARK.sub(lambda m: m.group(0) if dp.must_hear(m.group(0)) or m.start() == 0 else "", rest)


# ---- a condition that is a cap or a brand waived ----------------------------------------------------------

# 'if one could be had for under 300', 'if one can be found for under 30', 'if you can find one for under 80'.
_IF_HAD_FOR = re.compile(r"\s*,?\s*\b(?:if|provided|so\s+long\s+as|as\s+long\s+as)\s+(?:one|it|they|some|these|those|a\s+pair"
                         r"|you\s+can\s+(?:find|get)\s+(?:one|it|them|some))\s*(?:could|can|might|may)?\s*(?:be\s+)?(?:had"
                         r"|found|got|gotten|bought|sourced)?\s+for\s+(?P<cap>(?:under|below|less\s+than|no\s+more\s+than|at\s+most"
                         r"|a\s+maximum\s+of)\s+[¥￥]?\d[\d,.]*)", _I)
# "no worries if it's not Speedo —", "doesn't matter if it isn't Nike,": a brand waived, any will do. A waived
# genuineness ("if it's not genuine") is no brand and stays for the checks.
_BRAND_WAIVED = re.compile(r"^\s*(?:no\s+worries|no\s+problem|doesn'?t\s+matter|does\s+not\s+matter|it'?s\s+fine|fine|ok(?:ay)?"
                           r"|all\s+good|not\s+fussed)\s+if\s+(?:it'?s|it\s+is|it\s+isn'?t|they'?re|they\s+aren'?t)\s+(?:not\s+)?"
                           r"(?-i:(?P<brand>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)?))\s*(?:[,;:]|\s[-—–]|[—–])\s*", _I)
_FAKE_WAIVED = re.compile(r"\b(?:no\s+worries|no\s+problem|doesn'?t\s+matter|does\s+not\s+matter|it'?s\s+fine|fine|ok(?:ay)?"
                          r"|all\s+good|not\s+fussed|don'?t\s+care)\s+if\s+(?:it'?s|it\s+is|they'?re|they\s+are)\s+(?:not|n'?t)\s+"
                          r"(?:genuine|original|authentic|real|legit|the\s+real\s+(?:thing|deal))\b|\b(?:it\s+)?(?:doesn'?t|does\s+not"
                          r"|needn'?t|need\s+not)\s+(?:have\s+to\s+|need\s+to\s+)?be\s+(?:genuine|original|authentic|real|legit)\b", _I)
# A cap said as what it may not be dearer than: 'no dearer than eighty', 'no pricier than 50'.
_NO_DEARER = re.compile(r"\b(?:no|not|none|nothing)\s+(?:dearer|pricier|costlier|more\s+expensive)\s+than\b", _I)
# A cap said as the most it may come to: '150 tops', '80 at the very most'.
_TOPS = re.compile(r"(?<![\w.$£€¥￥])(?P<n>(?:(?:[$£€¥￥]|rs\.?|inr|aud|usd|hkd|php)\s?)?\d[\d,.]*)\s+(?:tops|at\s+the\s+(?:very\s+)?most|max\s+tops)\b", _I)
_NOT_A_BRAND = re.compile(r"^(?:genuine|original|authentic|real|legit|legal|licen[cs]ed|official|certified|new|branded|safe"
                          r"|approved|mine|his|hers|theirs)$", _I)


def _twice(match: re.Match[str]) -> str:
    said = lx.en_number(match.group("word"))
    return match.group("n") if said is None or said == int(match.group("n")) else match.group(0)


def _legal(text: str) -> str:
    """A contract's clauses around the request said plainly ('The Buyer hereby requests the Agent to procure three (3)
    boxes …' → 'please buy 3 boxes …')."""
    rest = _TWICE.sub(_twice, text)
    rest = _LEGAL_LEAD.sub("", rest)
    if (told := _TOLD.match(rest)) is not None:
        rest = "notify me if " + rest[told.end():]
    rest = _INSTRUCTS.sub("please ", rest)
    rest = _AUTHORISES.sub("please buy ", rest)
    rest = _ORDERS.sub("please buy ", rest)
    rest = _IN_THE_EVENT.sub("if", _SHOULD_FALL.sub("if ", rest))
    rest = _PERIOD.sub("for ", rest)
    rest = _WHEREOF.sub("max", _WHEREOF_TOTAL.sub("total max", rest))
    rest = _PER_UNIT.sub(" each", rest)
    passive = _PASSIVE.search(rest)
    if passive is not None and not re.match(r"\s*(?:please\s+)?(?:buy|get|order)\b", rest, _I):
        rest = "please buy " + rest[:passive.start()] + "," + rest[passive.end():]
    rest = _DELIVERED.sub(", deliver ", _LEGAL_WORD.sub("", _ACQUIRE.sub("buy", rest)))
    rest = _UNIT_COUNT.sub(lambda m: f", {m.group('n')}", rest) if re.search(r"\(\d", text) else rest
    return rest


def _regional(text: str) -> str:
    """Tags and particles of Indian, Philippine, Hong Kong, Australian and Nigerian English taken off."""
    rest = _FYI.sub("", _OPENER.sub("", _OPENER.sub("", text)))
    rest = _RECEIVER.sub("", _THANKS_LAST.sub("", rest))
    if (verb := _HINDI_VERB.search(rest)) is not None:  # 'one power bank order kar do' → 'order one power bank'
        before = rest[:verb.start()].strip()
        rest = f"{verb.group('verb')} {before}{rest[verb.end():]}" if before else verb.group("verb") + rest[verb.end():]
    if _MANGWA.search(rest):
        rest = "order " + _MANGWA.sub("", rest)
    rest = _EK.sub("one", _WALA.sub("", rest))
    if (wanted := _CHAHIYE.match(rest)) is not None:
        rest = "I need " + wanted.group("what").strip() + rest[wanted.end():]
    rest = _FOR_ME.sub(lambda m: m.group("verb") + " ", rest)
    rest = _BOOK.sub("order ", _REQUESTING.sub("please get ", _ACTION.sub("buy ", rest)))
    rest = _CONVENIENCE.sub("", _EACH_UNIT.sub("", _LINKER.sub(" ", rest)))
    rest = _REQUEST.sub("please get ", _MAX_OF.sub("max ", rest))
    rest = _ARRANGE.sub("please get ", _CAN_HELP.sub("please ", _HELP_TO.sub("please ", rest)))
    rest = _SOON.sub("", rest)
    for _ in range(2):  # 'under 300 only, yaar'
        rest = _PARTICLE.sub("", _ONLY_AFTER.sub("", rest))
    return rest


def _wished(text: str) -> str:
    """A wish or an understatement standing for the verb said as the request it is."""
    rest = _NO_BOTHER.sub("", _SCENE.sub("", text))
    if _NOT_GOODS.search(rest):
        return _LATER_EVALUATION.sub(lambda m: m.group("goods"), _EVALUATED_CAP.sub(lambda m: m.group("cap"), rest))
    rest = _WISH_FIRST.sub("buy ", rest)
    wish = _WISH_IF.match(rest)
    if wish is not None:
        where = f", deliver to {wish.group('where')}" if wish.group("where") else ""
        rest = f"buy {wish.group('what')}{where}{rest[wish.end():]}"
    rest = _LET_IT_COME.sub(lambda m: f"buy {m.group('it')}" + (f", deliver to {m.group('where')}" if m.group("where")
                                                                 else ""), rest)
    come = _LET_COME.match(rest)
    if come is not None:
        where = f", deliver to {come.group('where')}" if come.group("where") else ""
        rest = f"buy {come.group('what')}{where}{rest[come.end():]}"
    rest = _EVALUATED_CAP.sub(lambda m: m.group("cap"), _RECKON_CAP.sub("", rest))
    evaluated = _GOODS_THEN_EVALUATION.match(rest)
    if evaluated is not None:
        goods = rest[evaluated.end("lead"):evaluated.end("what")]
        rest = ("" if re.match(r"\s*\d|\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen)\b", goods, _I)
                and not re.search(r"[a-z]{3,}", _PACKS_ONLY.sub("", goods)) else "buy ") + goods + rest[evaluated.end():]
    rest = _LATER_EVALUATION.sub(lambda m: m.group("goods"), rest)
    return _short_of(_QUALITY.sub(lambda m: m.group("article") + " ", rest))


def _short_of(text: str) -> str:
    """'Rather low on kitchen roll, I'm afraid — 4 rolls would do nicely': the goods said in the shortage, the count
    said last with only its packs ('4 rolls') → 'buy 4 rolls of kitchen roll'."""
    parts = re.split(r"\s*(?:[—–;]|\s-\s|[.!]\s)\s*", text.strip())
    if len(parts) < 2 or (packs := _PACKS_ONLY.match(_without_buy(parts[-1]))) is None:
        return text
    shortage = _SHORT_OF.search(" ".join(parts[:-1]))
    if shortage is None or dp.must_hear(" ".join(parts[:-1])):
        return text
    return f"buy {packs.group('n')} {packs.group('unit')} of {shortage.group('what')}"


def _without_buy(text: str) -> str:
    return re.sub(r"^\s*buy\s+", "", text, flags=_I)


def _conditions(text: str) -> str:
    """A condition that is a cap ('if one could be had for under 300' → ', under 300') or a brand waived; a
    genuineness waived ("no worries if it's not genuine") is said as what it accepts, a fake, for the checks."""
    rest = _NO_DEARER.sub("max", _IF_HAD_FOR.sub(lambda m: ", " + m.group("cap"), text))
    rest = _TOPS.sub(lambda m: "max " + m.group("n"), rest)
    waived = _BRAND_WAIVED.match(rest)
    if waived is not None and not _NOT_A_BRAND.match(waived.group("brand")) and not dp.must_hear(waived.group(0)):
        rest = rest[waived.end():]
    return _FAKE_WAIVED.sub("a fake is fine", rest)


def plain(text: str) -> str:
    """English ``text`` with the words of its register taken off or said plainly; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text) or not re.search(r"[A-Za-z]", text):
        return text
    rest = _wished(_conditions(_courteous(_regional(_legal(text)))))
    rest = tl.request(" ".join(rest.split()).strip(" ,;"))  # 'long day, … all gone. Could you send 5 pads of …'
    rest = " ".join(rest.split()).strip(" ,;")
    return rest if re.search(r"[A-Za-z]{2}", rest) else text
