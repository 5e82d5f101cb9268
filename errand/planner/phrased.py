"""How an English request is phrased around what it asks for, said plainly before any reader sees it:

- a place declared to be a saved address ("the workshop's the office address —", "boathouse = my home address.",
  "bakery's my office addr.") is read as that address; a place never declared one is left for the gate to ask about;
- a label that stands for the verb ("Please purchase: …") and a request with no verb at all, a product and then its
  count as a field ("merino yarn, 6 skeins, grey", "inner tubes, qty 10", "For the house: one shower curtain");
- chat abbreviations and slang said around the product, a lexicon by class: words spelt short ('b4', 'ea', 'frm',
  'addr'), interjections and tags that name nothing ('pog', 'gg', 'sharp sharp', 'abeg', Tagalog 'po' and 'ng'),
  slang verbs of buying ('cop 2', 'pa-order'), and the kind said as 'the purple one' without its article;
- a request corrected as it is typed ("a kettle and a toaster... no, just the kettle"), kept only when what is kept
  was named before and its first mention holds no fake or harm, and a time corrected ('by 3pm... actually, 4pm');
  a product named by what broke ("my mic arm broke …, need a new one");
- a quotation forwarded and endorsed ("— 'can you get a …?' — yes pls do"), written with the quote marks and the
  endorsement the quote readers and the screen know, so they still ask about what they ask about;
- an e-mail's subject line before its greeting, and order ids typed in capitals.

``plain`` rewrites English text; ``question`` says what such a request leaves unnamed (a size with no product).
Product words, counts and prices are left as they were.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import asides as asd
from . import corrected_said as cs
from . import dropped as dp
from .noise import LIVING

# An e-mail's subject line, up to the greeting that opens its body: 'Subject: Order request – toner Hi, …'.
_SUBJECT_LINE = re.compile(r"^\s*subject\s*:.{0,80}?\s(?=(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b)",
                           re.IGNORECASE)
# An e-mail's sign-off with the sender's name: '… office. Thanks, Mei', '. Best, Jun'.
_SIGN_OFF = re.compile(r"[.!]\s*(?i:thanks|thank you|many thanks|cheers|regards|best(?: regards)?|br|kind regards)\s*[,!]?"
                       r"\s+[A-Z][a-z]{1,15}\s*[.!]?\s*$")
# An age written short: '15yo', '16 y/o', '12 yrs old' (the age screens read 'year old').
_AGE_SHORT = re.compile(r"\b(?P<n>\d{1,2})\s?(?:yo|y/o|y\.o\.?|yrs? old|yrs?-old|yoa)(?![\w/])", re.IGNORECASE)
_ORDER_CAPS = re.compile(r"(?<![A-Za-z0-9])ORD[_-][A-Za-z0-9_]{2,40}")

# A place declared to be a saved address, said first or in the last clause: "the studio's the office address —", "dive
# school = my office address.", "pottery studio's my office addr.", "the lab is home:", "…, salon = the office address".
_DECLARED = re.compile(
    r"(?:^|(?<=[.;!]\s)|(?<=,\s)(?=[^,]*$))(?:the |our |my )?(?P<place>[a-z][\w-]*(?: [a-z][\w-]*){0,2}?)"
    r"(?:(?:'s|’s| is) (?:my|our|the) (?P<label>office|home) (?:address|addr\b\.?)"
    r"|\s*=\s*(?:my |our |the )?(?P<eq>office|home)(?: address| addr\b\.?)?)\s*(?:[.,;:!]|\s[-–—]|—|–|$)\s*"
    r"(?:(?:so\s+)?(?:send|deliver|ship|bring)(?: it| them)?(?: over)?(?: there)?\s*[.,;:!]?\s*)?", re.IGNORECASE)
# 'For the house: …', 'for the flat:' said first: the shopper's home.
_FOR_HOME = re.compile(r"^\s*for (?:the|our|my) (?:(?P<home>house|flat|apartment|home)|(?P<office>office))\s*[:,—–-]\s*",
                       re.IGNORECASE)
# A place said to be a saved address that is another person's: "bob's flat is the home address now".
_OTHERS_PLACE = re.compile(r"(?P<place>\b(?!(?:it|that|what|there|here|who|he|she)'s)[a-z]+'s (?:place|flat|house|home|apartment"
                           r"|office|room|dorm|studio|shop)\b)[^.;,]{0,12}(?:\bis\b|=)\s*(?:now\s+)?(?:my|our|the)?\s*"
                           r"(?:home|office)(?:\s+address)?(?:\s+now)?", re.IGNORECASE)
# A label standing for the verb: 'Please purchase: …', 'order: …'.
_VERB_LABEL = re.compile(r"^\s*(?:please\s+|pls\s+|kindly\s+)?(?:purchase|order|buy|get)\s*:\s*", re.IGNORECASE)

# Words spelt short in chat, written out.
_SPELT_SHORT = {"b4": "before", "frm": "from", "ea": "each", "addr": "address", "thx": "thanks", "tnx": "thanks",
                "w/o": "without", "doz": "dozen", "2day": "today", "rly": "really", "abt": "about", "approx": "about"}
_SHORT_WORD = re.compile(r"(?<![\w'/-])(" + "|".join(map(re.escape, _SPELT_SHORT)) + r")(?![\w'/-])", re.IGNORECASE)
# 'n' for 'and' between two things ('2 mugs n a teapot': two products, for the gate to ask which), '4' for 'for'
# before whose it is ('a charger 4 my laptop').
_N_AND = re.compile(r"(?<=[a-z] )n(?= (?:a|an|some|the|\d+|one|two|three)\b)", re.IGNORECASE)
_FOUR_FOR = re.compile(r"(?<=[a-z] )(?<!\bbuy )(?<!\bget )(?<!\border )(?<!\bneed )(?<!\bgrab )4(?= (?:my|our|his|her|their|the)\b)",
                       re.IGNORECASE)
# Interjections and tags that name nothing, in the English of chat, Nigerian Pidgin and Taglish: 'pog', 'gg',
# 'sharp sharp' (quickly), 'abeg' (please), 'po' (a polite particle), 'ng' (a case marker), 'salamat'.
_TAGS = re.compile(r"(?<![\w'-])(?:pog(?:gers)?|gg|sharp sharp|abeg|biko|abi|salamat(?: po)?|thank you po"
                   r"|po|ng)(?![\w'-])\s*[,!.]?", re.IGNORECASE)
# Slang and borrowed verbs of buying: 'cop 2' (before a count or 'one'), Taglish 'pa-order', 'pa-buy'.
_SLANG_VERB = re.compile(r"(?<![\w'-])(?:cop(?=\s+(?:\d|one|two|three|a|an|it|them|me)\b)|pa-(?=order|buy|bili)|gimme"
                         r"|lemme get)(?![\w'-])", re.IGNORECASE)
_SLANG_SAID = {"cop": "buy", "gimme": "get me", "lemme get": "get me"}
# 'n' for 'and' before a thank-you: '… asap pls n thx'.
_AND_THANKS = re.compile(r"\s+n\s+(?=(?:thanks|thank you|ty|tysm)\b)", re.IGNORECASE)
# A model's mark or generation written with a dot before its number: 'mk.2', 'gen.3' (no sentence ends there).
_MARK_DOT = re.compile(r"\b(mk|gen|ver|rev)\.(?=\d)", re.IGNORECASE)
# Pidgin 'if e reach 1200' (if it reaches).
_PIDGIN_IT = re.compile(r"\b(?:if|when|once)\s+e\s+(?:reach|don reach|go reach)\b", re.IGNORECASE)
# Pidgin 'when the ps5 reach 3000': the verb unmarked before a price.
_REACH_BARE = re.compile(r"(?<=[a-z0-9] )(?:don |go )?reach(?=\s+[¥￥]?\d)", re.IGNORECASE)
# Discourse markers before a request that name nothing: 'btw', 'fyi', 'oh and', 'also', 'ps.', 'random but'.
_LEAD_MARKER = re.compile(r"^\s*(?:btw|by the way|fyi|oh and|and also|also|ps\.?|p\.s\.|random(?:ly)? but|quick one\s*:|one more"
                          r" thing\s*:|oh yeah|oh)(?:\s*[,:.—–-]\s*|\s+)(?=\S)", re.IGNORECASE)
# A goodbye or affection after the request: 'xoxo', 'k thx bye', 'love you', 'ttyl'.
_GOODBYE = re.compile(r"[\s,.!]+(?:(?:k|ok|okay)\s+)?(?:(?:thanks|thank you|ty)\s+)?(?:bye+|cya|ttyl|xoxo|xx+|ily|love (?:you|u)"
                      r"|luv (?:you|u))\s*[!.]*\s*$", re.IGNORECASE)
# 'no cap' (no lie) is slang only beside a cap the sentence states; alone it may mean no spending cap.
_NO_CAP = re.compile(r"(?<![\w'-])no cap(?![\w'-])\s*[,!]?", re.IGNORECASE)
_STATED_CAP = re.compile(r"\b(?:under|below|max|less than|up to|within|budget)\s*[¥￥]?\d|[≤<]\s*[¥￥]?\d", re.IGNORECASE)
# ... or in a sentence said in the slang it belongs to ('cop 2 USB-C cables no cap'), where it ends a clause.
_SLANG_AROUND = re.compile(r"(?<![\w'-])(?:cop|fr|frfr|ngl|lowkey|deadass|bruh|finna|tryna|bussin|ong|istg)(?![\w'-])", re.IGNORECASE)
_NO_CAP_SAID_LAST = re.compile(r"(?<![\w'-])no cap(?=\s*(?:[,.!?]|$|fr\b|ong\b|bro\b|fam\b))", re.IGNORECASE)
# The kind said after the product without its article, by a closed class of words that say which kind (a colour, a
# size, a build, a speed): 'a yoga mat purple one' → 'a yoga mat the purple one'. 'a good one', 'the little ones'
# (an article before) and 'I'd like one large …' (a word after) are no such kind.
_KIND_WORD = (r"(?:black|white|red|blue|green|grey|gray|yellow|pink|purple|orange|brown|silver|gold|beige|navy|clear"
              r"|big|small|large|long|short|tall|wide|narrow|slim|thin|thick|light|heavy|mini|fast|quick|quiet|cheap"
              r"|plain|basic|simple|round|square|soft|hard|wooden|metal|steel|glass|plastic|foldable|portable|wireless)")
_KIND_BARE = re.compile(rf"(?<=[a-z0-9] )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bmy )(?<!\bour )(?<!\bthose )(?<!\bthese )"
                        rf"(?P<kind>{_KIND_WORD}) (?P<one>ones?)\b(?=\s*(?:$|[,.;!]|(?:under|below|max|send|deliver|ship|to"
                        rf"|office|home|asap|please|pls|thanks)\b))", re.IGNORECASE)

# An order named, an arrow, then a day: 'headphones order → Thursday, 3pm', 'the kettle delivery -> tomorrow pm'.
_ORDER_ARROW = re.compile(r"^\s*(?:the |my )?(?P<what>[a-z][\w -]{1,30}?) (?:order|delivery|parcel|package)\s*(?:→|->|=>|⇒|⟶)"
                          r"\s*(?P<when>(?:today|tomorrow|tonight|next|this|mon|tue|wed|thu|fri|sat|sun|\d)[^→>]*)$",
                          re.IGNORECASE)
# The verb of buying said in another frame, a lexicon by kind: a polite question ('would you mind ordering'), a cart
# or basket ('add 3 mops to my cart', 'pop a pizza stone in the basket'), a want said as a search ('looking for a',
# 'in the market for a'), a permission ('feel free to get'), British 'sort me out with', 'put me down for'. A thing
# looked for that is the shopper's own ('looking for my parcel') is a question about it.
_GOODS = r"(?=(?:a|an|some|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a pair of|a pack of)\s+[a-z0-9])"
# What a search names that no errand buys: a person or a service, a home or a car, a job.
_NOT_GOODS = (r"(?:plumbers?|electricians?|cleaners?|babysitters?|nann(?:y|ies)|tutors?|drivers?|workers?|helpers?|carers?"
              r"|lawyers?|doctors?|dentists?|partners?|dates?|roommates?|flatmates?|jobs?|flats?|apartments?|rooms?|houses?"
              r"|homes?|places?|cars?|vans?|rides?|lifts?|someone|somebody|people|person|way|service)\b")
# A search read as a purchase only with an amount, a count or a saved address said with it.
_CAPPED = r"\b(?:under|below|max|up to|less than|budget|no more than|deliver|send|ship|office|home)\b|[≤<¥￥]|\b\d{1,3} (?!am|pm)"
_SEARCH_NOT_GOODS = re.compile(rf"\b(?:looking for|in the market for|on the hunt for|searching for)\s+(?:a|an|some|\d+|one|two)"
                               rf"\s+(?:[a-z-]+\s+)?{_NOT_GOODS}", re.IGNORECASE)
# A safeguard said to be gone, as news rather than as a request: 'fyi the cap is gone now', 'my limit was lifted'.
_SAFEGUARD_GONE = re.compile(r"(?:(?<=^)|(?<=[,.;:!] )|(?<=\bthe )|(?<=\bmy )|(?<=\byour )|(?<=\bour )|(?<=\bspending )"
                             r"|(?<=\bbudget )|(?<=\bdaily ))(?:cap|limit|approvals?|approval step|2fa|verification)\s+(?:is|was|'s"
                             r"|has been|have been|got|are|were)\s+(?:now\s+)?(?:gone|lifted|removed|off|disabled|raised|turned"
                             r" off|waived|switched off|deleted|cleared|no longer needed)\b", re.IGNORECASE)
# A person as the thing bought: 'buy 4 the kids', 'get me a maid' (goods for them name the goods: 'buy 4 kids' bikes').
_PERSON_BOUGHT = re.compile(r"\b(?:buy|get|order|purchase)\s+(?:me\s+|us\s+)?(?:\d+|a|an|one|two|three|four|five|some)?\s*(?:the\s+)?"
                            r"(?:kids?|child(?:ren)?|bab(?:y|ies)|boys?|girls?|wives|wife|husbands?|people|persons?|workers?"
                            r"|servants?|maids?|slaves?|brides?)(?:\s+(?:asap|now|today|tonight|tomorrow|please|pls))?\s*(?:[,.;!?]|$)",
                            re.IGNORECASE)
_FRAMES = (
    (re.compile(r"\b(?:would|do) you mind (?P<verb>order|gett|buy|grabb|pick)ing\b", re.IGNORECASE),
     lambda m: {"gett": "get", "grabb": "grab"}.get(m.group("verb").lower(), m.group("verb"))),
    (re.compile(rf"^\s*(?:(?:please|pls|can you|could you)\s+)?put me down for\s+{_GOODS}", re.IGNORECASE), lambda m: "buy "),
    (re.compile(rf"^\s*(?:(?:please|pls|can you|could you)\s+)?(?:add|pop|put|throw|chuck)\s+(?P<what>{_GOODS}[^,;]{{2,60}}?)"
                r"\s+(?:to|in|into|on)\s+(?:my|the|our)\s+(?:cart|basket|trolley)\b", re.IGNORECASE),
     lambda m: "buy " + m.group("what")),
    (re.compile(rf"^\s*(?:i'?m\s+|i am\s+|we'?re\s+)?(?:looking for|in the market for|on the hunt for|shopping for)\s+{_GOODS}"
                rf"(?!(?:a|an|some|\d+|one|two)\s+(?:[a-z-]+\s+)?{_NOT_GOODS})(?=.*(?:{_CAPPED}))", re.IGNORECASE), lambda m: "buy "),
    (re.compile(rf"^\s*(?:feel free to|go ahead and|you can)\s+(?P<verb>get|buy|order|grab)\s+{_GOODS}", re.IGNORECASE),
     lambda m: m.group("verb") + " "),
    (re.compile(r"^\s*(?:(?:please|pls|can you|could you)\s+)?sort (?:me|us) out with\s+", re.IGNORECASE), lambda m: "get me "),
    # a wish: 'it'd be great to have', 'I could use', 'we could do with'; a gerund; 'get hold of'
    (re.compile(rf"^\s*(?:it'?d|it would|that'?d|that would) be (?:great|nice|lovely|good|handy|ideal) to (?:have|get)\s+{_GOODS}",
                re.IGNORECASE), lambda m: "buy "),
    (re.compile(rf"^\s*(?:i|we) could (?:really )?(?:use|do with)\s+{_GOODS}", re.IGNORECASE), lambda m: "buy "),
    (re.compile(rf"^\s*(?:i'?m\s+|we'?re\s+)?buying\s+{_GOODS}", re.IGNORECASE), lambda m: "buy "),
    (re.compile(r"\bget hold of\b", re.IGNORECASE), lambda m: "get"),
    # 'a cheese grater would be great': the goods, then the wish
    (re.compile(rf"^(?P<lead>\s*(?:no rush,?\s*(?:but\s+)?)?){_GOODS}(?P<what>[^,;]{{2,60}}?)\s+would be (?:great|nice|lovely|good"
                r"|handy|ideal|appreciated)\b", re.IGNORECASE), lambda m: "buy " + m.string[m.end("lead"):m.end("what")]),
)
# A sentence about an order already placed, which no frame of buying reads.
_ABOUT_ORDER = re.compile(r"\bord_|\b(?:refund|return|exchange|repair|replacement for)\b", re.IGNORECASE)
# The shopper's own parcel looked for: a question about where it is.
_OWN_LOOKED_FOR = re.compile(r"^\s*(?:i'?m\s+|i am\s+)?looking for (?=(?:my|our) (?:parcel|package|order|delivery)\b)",
                             re.IGNORECASE)
# 'N more' before goods: more of them, counted ('3 more tea lights' → '3 tea lights').
_N_MORE = re.compile(r"\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) more (?=[a-z]{3,}(?!\s+(?:of|than)\b))",
                     re.IGNORECASE)
# A purchase said in the passive, the goods first: '3 whiteboards need to be ordered', 'a new kettle is needed'.
_PASSIVE = re.compile(rf"^\s*{_GOODS}(?P<what>[^,;]{{2,60}}?)\s+(?:need(?:s)? to be (?:ordered|bought|purchased|got)"
                      r"|(?:is|are) needed|(?:is|are) required)\b", re.IGNORECASE)
# A correction said as it is typed: '<what> … no, just <kept>', 'actually no, only <kept>'.
_CORRECTED = re.compile(r"^(?P<first>.+?)\s*(?:\.{2,}|…|,|—|–|\s-)\s*(?:(?:no|nah|nope|wait|actually|sorry|scratch that)"
                        r"[\s,.!]*){1,3}(?:just|only)\s+(?P<kept>.+)$", re.IGNORECASE)
# A time corrected as it is typed: 'by 3pm... actually, 4pm', 'by 15:00... no, 8:00am' → the time said last.
_CLOCK_SAID = r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midday)"
_TIME_CORRECTED = re.compile(rf"\b{_CLOCK_SAID}\s*(?:\.{{2,}}|…|,|—|–|\s-)\s*(?:(?:no|nah|nope|wait|actually|sorry|i mean|make (?:it|that)"
                             rf"|scratch that)[\s,.!]*){{1,3}}(?:by |at |before )?(?P<kept>{_CLOCK_SAID})(?=\s*[.!]?\s*$|\s*[,;])",
                             re.IGNORECASE)
_LEAD_VERB = re.compile(r"^\s*(?:(?:please|pls)\s+)?(?:(?:buy|get|order|grab|need|want)(?: me| us)?\s+)?", re.IGNORECASE)

# What breaks and is no errand's to buy: the body, a bond, a home, a document or an identity.
_NOT_BOUGHT = (r"(?:heart|tooth|teeth|arm|leg|wrist|ankle|back|nose|bone|finger|toe|hip|knee|neck|skull|head|marriage"
               r"|relationship|friendship|family|life|house|flat|home|apartment|roof|car|passport|visa|licen[cs]e|id|card"
               r"|permit|certificate|diploma|degree|phone number|account|brain|mind|spirit|soul)")
# The thing that broke, then 'need a new one': 'my mic arm broke mid-stream, need a new one'.
_BROKE_VERB = (r"(?:broke|is broken|died|is dead|stopped working|conked out|gave up|packed in|cracked|snapped|split|ripped"
               r"|tore|smashed|fell apart|wore out|gave out|is leaking|leaks|is gone|went missing|got lost|is lost|was stolen"
               r"|got stolen)\b")
_BROKE = re.compile(
    r"^\s*(?:(?:ugh|argh|damn|dang|man|welp|oh no|ngl|tbh|lol|so|well)\W+)?(?:my|our|the)\s+"
    rf"(?!(?:(?:driving|id|identity|bank|credit|residence|work|left|right|front|back|upper|lower)\s+)?{_NOT_BOUGHT}\s+"
    rf"{_BROKE_VERB})(?!(?:[a-z-]+\s+)?{LIVING}\s)(?P<what>(?:[a-z-]+\s+){{0,2}}?[a-z-]+?)\s+{_BROKE_VERB}"
    r"(?!\s+(?:his|her|their|my|its|our|the|a|an)\b)"
    r"[^,.;!]{0,30}[,.;!]+\s*(?:so\s+)?(?:i\s+)?(?:need|want|gotta get|have to get|must get|get me|buy me|get|buy|order)\s+"
    r"(?:a\s+)?(?:new|replacement)"
    r"\s+one\b", re.IGNORECASE)

# A quotation set off by dashes or a colon, in single or double quotes, then the shopper's word to go ahead.
_QUOTE_SET_OFF = re.compile(r"(?P<lead>[—–:]\s*|\s-\s*)['‘\"“](?P<said>[^'’\"”]{6,200})['’\"”](?=\s*(?:[—–,.-]|$|\w))")
_GO_AHEAD = re.compile(r"”\s*(?:[—–-]+|,|\.)?\s*(?:(?:(?:yes|yeah|yep|ok|okay|sure)\W*)?(?:(?:pls|please)\s+)?(?:do(?: it"
                       r"| that| so)?|go ahead|go for it|sort(?: it| that)?|handle(?: it| that))|(?:yes|yeah|yep|ok|okay|sure)"
                       r"(?:\W+(?:pls|please))?)\s*[.!]*\s*$", re.IGNORECASE)

# The count of a product said as a field after it, with no verb: ', 6 skeins', ', qty 10', ', just one', ', x2'.
_UNIT = (r"packs?|boxes|bags|bottles|tins|cans|jars|tubes|sets|pairs|rolls|skeins|balls|reels|sheets|cartons|cases"
         r"|bundles|pcs|pieces|units|cassettes|tubs|sachets")
_COUNT_FIELD = re.compile(rf"^\s*(?:(?:qty|quantity)\s*[:=]?\s*(?P<q>\d{{1,3}})|[x×]\s?(?P<x>\d{{1,3}})"
                          rf"|(?:just |only )?(?P<one>one|1)(?: (?:of them|please|pls))?"
                          rf"|(?P<n>\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>{_UNIT})"
                          # a bare count in a clause of its own: 'masking tape, the wide roll, three', '10 of them'
                          rf"|(?P<b>\d{{1,3}}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)(?: of them)?)\s*$",
                          re.IGNORECASE)
_HAS_VERB = re.compile(r"\b(?:(?:buy|get|order|purchase|grab|need|want|send|watch|track|return|move|reschedule|restock"
                       r"|replace|cop|find|pick|run|finish|break)(?:s|ed|ing)?|ran|broke|died|gone|left|where|when|what|how|is|are|was"
                       r"|were|can|could|would|will|did|do|does)\b|(?<!\d):|:(?!\d)|[—–]|\s-\s",
                       re.IGNORECASE)
# A first clause that is a day, a time, an order or a condition, not a product counted after it ('1,700' is a number).
_NOT_A_PRODUCT = re.compile(r"\b(?:ord_\w+|today|tomorrow|tonight|morning|afternoon|evening|noon|week|weekend|month"
                            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|am|pm|o'clock|if|when|once|whenever)\b|\d:\d", re.IGNORECASE)
# A product's name as a clause: words, digits and marks inside a name, no label before a colon or a dash.
_PLAIN_NAME = re.compile(r"^[A-Za-z][\w.'/+&-]*(?: [\w(][\w.'/+&()-]*){0,7}$")
# A count written 'x2' after the product's name: 'Deli stapler x2'.
_GLUED_COUNT = re.compile(r"(?<=[a-z0-9])\s+[x×]\s?(?P<n>\d{1,3})\s*$", re.IGNORECASE)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|a couple)"
# A cap said as what nothing may cost more than: 'nothing pricier than 35 a skein', 'none dearer than 20'.
_NOTHING_PRICIER = re.compile(r"\b(?:nothing|none|no(?:thing)? one)\s+(?:pricier|dearer|costlier|more expensive)\s+than\b",
                              re.IGNORECASE)
# The one meant, said as 'the one with …': it describes the product ('the one with the blower' → 'with the blower').
_THE_ONE_WITH = re.compile(r"\s*,\s*the (?:one|ones|kind|type|model) (?:with|that has|that comes with|which has)\b",
                           re.IGNORECASE)
# Goods sent 'there' when no saved address was declared ('the boathouse needs …, ship there').
_SENT_THERE = re.compile(r"\b(?:send|ship|deliver|bring|drop)(?: it| them| (?:those|these))?(?: over| off)? there\b",
                         re.IGNORECASE)
# A count or a cap alone, naming nothing: 'qty 4, ≤ 20 each'.
_NOTHING_NAMED = re.compile(r"^(?:\s*(?:qty|quantity|x|×|each|ea|per|piece|unit|budget|max|under|below|cap|≤|<=|<|[¥￥]|\d+"
                            r"|rmb|yuan|pls|please|thanks|asap|[,;.:!=])\s*)+$", re.IGNORECASE)

_COLOUR_ONLY = re.compile(r"^\s*(?:the\s+)?(?:black|white|red|blue|green|grey|gray|yellow|pink|purple|orange|brown|silver"
                          r"|gold|beige|navy)(?: ones?)?\s*$", re.IGNORECASE)
# A size or fit said with no product: 'size XL', 'EU 42', 'UK 9', 'XL', 'M'.
_SIZE_ONLY = re.compile(r"^\s*(?:(?:size|sz|eu|uk|us|cn)\s*\d{1,2}(?:\.5)?|(?:size\s+)?(?:x{0,3}s|x{0,3}l|m|xxl|xxxl|small"
                        r"|medium|large)|size\s+[a-z0-9]{1,4})\s*$", re.IGNORECASE)


def plain(text: str) -> str:
    """English ``text`` with the phrasing around its request said plainly; other text as it was."""
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    rest = _ORDER_CAPS.sub(lambda m: m.group(0).lower(), _SIGN_OFF.sub("", _SUBJECT_LINE.sub(_unless_heard(""), text)))
    rest = _AGE_SHORT.sub(r"\g<n> year old", rest)
    rest = _SHORT_WORD.sub(lambda m: _SPELT_SHORT[m.group(1).lower()], rest)
    rest = _FOUR_FOR.sub("for", _N_AND.sub("and", rest))
    rest = _GO_AHEAD.sub("” — just buy that", _QUOTE_SET_OFF.sub(lambda m: f"{m.group('lead')}“{m.group('said')}”", rest))
    rest = _SLANG_VERB.sub(lambda m: _SLANG_SAID.get(m.group(0).lower(), ""), _TAGS.sub(" ", rest))
    rest = _AND_THANKS.sub(" and ", rest)
    rest = _MARK_DOT.sub(r"\1", rest)
    rest = _PIDGIN_IT.sub(lambda m: m.group(0).split()[0] + " it reaches", rest)
    rest = _REACH_BARE.sub("reaches", rest) if re.search(r"\b(?:if|when|once)\b", rest, re.IGNORECASE) else rest
    if _STATED_CAP.search(rest) or _SLANG_AROUND.search(text) and _NO_CAP_SAID_LAST.search(rest):
        rest = _NO_CAP.sub(" ", rest)
    rest = _LEAD_MARKER.sub("", _GOODBYE.sub("", " ".join(rest.split()).strip(" ,")))
    rest = _OWN_LOOKED_FOR.sub("where is ", rest)
    for frame, said in () if _ABOUT_ORDER.search(rest) else _FRAMES:
        rest = frame.sub(said, rest, count=1)
    rest = _N_MORE.sub(r"\g<n> ", rest) if re.match(r"\s*(?:buy|get|order|need|want)\b", rest, re.IGNORECASE) else rest
    rest = rest if _ABOUT_ORDER.search(rest) else _PASSIVE.sub(lambda m: "buy " + rest[m.start():m.start("what")] + m.group("what"), rest, count=1)
    rest = _moved(_BROKE.sub(lambda m: m.group(0) if dp.must_hear(m.group(0)) else f"buy a {m.group('what')}", rest))
    rest = _corrected(_TIME_CORRECTED.sub(lambda m: m.group("kept"), rest))
    rest = _KIND_BARE.sub(lambda m: f"the {m.group('kind')} {m.group('one')}", rest)
    rest = _OTHERS_PLACE.sub(lambda m: "send to " + m.group("place"), rest)  # another's place is no saved address
    rest = _declared(_THE_ONE_WITH.sub(asd.one_with, _NOTHING_PRICIER.sub("max", rest)))
    return _verbless(rest) if re.search(r"[A-Za-z]", rest) else text


def _unless_heard(said: str) -> Callable[[re.Match[str]], str]:
    """A reader's rewrite of a match, or the match as it was when it names what the safety checks must hear."""
    return lambda m: m.group(0) if dp.must_hear(m.group(0)) else said


def _moved(text: str) -> str:
    """'headphones order → Thursday, 3pm': an order named, an arrow, then when: moving its delivery."""
    arrow = _ORDER_ARROW.match(text)
    return f"move the {arrow.group('what')} delivery to {arrow.group('when')}" if arrow else text


def _declared(text: str) -> str:
    """A saved address declared by the place it stands for, read as 'deliver to <label>' at the end."""
    declared = _DECLARED.search(text)
    home = _FOR_HOME.match(text)
    if declared is not None and not re.match(r"(?:deliver|send|ship|bring|it|this|that|there|mine|address|office|home|work"
                                             r"|house)$",
                                             declared.group("place"), re.IGNORECASE):
        text = text[:declared.start()] + text[declared.end():]
        label = declared.group("label") or declared.group("eq")
        return f"{text.strip(' ,.')}, deliver to {label.lower()}"
    if home is not None:
        return f"{text[home.end():].strip(' ,.')}, deliver to {'home' if home.group('home') else 'office'}"
    return text


def _corrected(text: str) -> str:
    """'a kettle and a toaster... no, just the kettle' → 'a kettle': kept only when it was named before."""
    match = _CORRECTED.match(text)
    if match is None or cs.hides_harm(text):  # the kept item first said as a fake or with harm: read as said
        return text
    first, kept = match.group("first"), cs.in_full(match.group("first"), match.group("kept"))  # 'the gun' → 'hot glue gun'
    kept_words = set(re.findall(r"[a-z]{3,}", re.sub(r"\b(?:the|one|ones|please|pls)\b", "", kept.lower())))
    if not kept_words or not kept_words & set(re.findall(r"[a-z]{3,}", first.lower())):
        return text
    head = re.findall(r"[a-z]{3,}", kept.lower())[-1]
    counted = re.search(rf"\b(?P<n>\d{{1,3}}|{_NUMBER})\s+(?:[\w-]+\s+){{0,3}}?{head}\b", first, re.IGNORECASE)
    if counted is not None and not re.search(rf"\b(?:\d|one|{_NUMBER})\b", kept, re.IGNORECASE):
        kept = counted.group("n") + " " + re.sub(r"^the\s+", "", kept, flags=re.IGNORECASE)
    lead = _LEAD_VERB.match(first)
    verb = lead.group(0) if lead and lead.group(0).strip() else "buy "
    return verb + re.sub(r"^the\s+", "", kept, flags=re.IGNORECASE)


def _verbless(text: str) -> str:
    """A product named first with its count as a field after it: said with the count first, and with 'buy' when
    the sentence has no verb ('merino yarn, 6 skeins, grey' → 'buy 6 skeins of merino yarn, grey')."""
    label = _VERB_LABEL.match(text)
    if label is not None:
        text = "buy " + text[label.end():]
    clauses = [c.strip() for c in re.split(r"(?<!\d),|,(?!\d{3}(?!\d))|;", text)]  # 'up to 1,200' is one number
    lead = _LEAD_VERB.match(clauses[0])
    verb = lead.group(0) if lead else ""
    first = clauses[0][len(verb):]
    if not verb.strip() and _HAS_VERB.search(text):
        return text
    glued = _GLUED_COUNT.search(first)
    if glued is not None and _PLAIN_NAME.match(first):  # 'Deli stapler x2'
        return ", ".join([f"{verb or 'buy '}{glued.group('n')} {first[:glued.start()]}", *clauses[1:]])
    if len(clauses) < 2 or not _PLAIN_NAME.match(first) or _SIZE_ONLY.match(first) or not re.match(r"[a-z]", first, re.IGNORECASE) \
            or _COUNT_FIELD.match(first) or re.match(rf"(?:a|an|one|some|\d+|{_NUMBER})\b", first, re.IGNORECASE):
        return text
    for index, clause in enumerate(clauses[1:], start=1):
        count = _COUNT_FIELD.match(clause)
        if count is None:
            continue
        others = [c for i, c in enumerate(clauses) if i not in (0, index)]
        if count.group("b") and (_NOT_A_PRODUCT.search(first) or _COLOUR_ONLY.match(first) or re.search(r"\d,\d", text)):
            return text  # 'Saturday afternoon, 3', 'ord_b2, 2', 'black, size M, 2 of them': no product counted
        number = count.group("q") or count.group("x") or count.group("n") or count.group("b") or "one"
        counted = f"{number} {count.group('u')} of {first}" if count.group("u") else f"{number} {first}"
        return ", ".join([f"{verb or 'buy '}{counted}", *others])
    return text


def question(text: str) -> tuple[str, str] | None:
    """A request that counts or prices a size and names no product ('size XL, 2 of them', 'EU 42, one pair pls')."""
    clauses = [c for c in re.split(r"[,;]", text) if c.strip()]
    named = [c for c in clauses if not (_SIZE_ONLY.match(c) or _COLOUR_ONLY.match(c) or _COUNT_FIELD.match(c)
                                        or re.match(r"\s*(?:\d{1,3}|one|two|three|four|five|six) (?:of them|pairs?(?: pls"
                                                    r"| please)?)\s*$", c, re.IGNORECASE))]
    if clauses and (_SIZE_ONLY.match(clauses[0]) or not named) and not re.search(r"\b(?:of (?:the|those|these|my|our)\b|ord_\w+)", text, re.IGNORECASE):
        return "Which product is that size for? Please name it.", "query"
    if _NOTHING_NAMED.match(text) and re.search(r"\b(?:qty|quantity)\b|[x×]\s?\d", text, re.IGNORECASE):
        return "What should I buy? Please name the product.", "query"
    if _PERSON_BOUGHT.search(text):
        return "I can only buy goods. What would you like me to get?", "query"
    if _SAFEGUARD_GONE.search(text):
        return ("Your spending cap and approvals stay as they are unless you change them in your settings; I can't take "
                "a message's word for it. What would you like me to buy within them?"), "intent"
    if _SEARCH_NOT_GOODS.search(text):
        return ("I can buy goods and order drinks, not find people, services, homes or cars. What would you like me to "
                "buy?"), "intent"
    if _SENT_THERE.search(text) and not re.search(r"\b(?:office|home|house|work)\b", text, re.IGNORECASE):
        return "Where is “there”? I can deliver to your saved addresses; which one should it go to?", "address_label"
    return None
