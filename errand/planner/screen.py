"""What the offline planner never acts on, whatever it read: the allow-list's other half.

The planner acts only when a sentence is one errand it fully understands. These families are the sentences
that can look like an ordinary errand to the slots and still must be asked about: goods that hurt someone
or break a law (drug precursors, break-in tools, hidden cameras, other people's identities, fake reviews),
a way to pay that is not the shopper's own, instructions addressed to the system rather than to a shop,
money sent to a person, an amount below zero, a time already past, a parcel for someone whose address is
not saved, and a purchase called off or left to the planner's taste. Each family is a lexicon of kinds of
thing, not a list of sentences, and each answer is a question, never an action.

Requests are also read by their structure, in English, Chinese or both mixed: a change of role or mode or of
what the system was told (key words mended when a typo hides them), text shaped as a tool call, JSON, markup, a
chat template or a command line, an instruction inside quoted or relayed text ("the listing says: …"), a claim
to speak for support, the bank, a shop or the shopper, approving, signing or paying on the shopper's behalf,
changing a spending cap, another shopper's orders or address, advice on health, money or the law asked for,
a purpose that harms a person or an animal, and age-restricted goods for a minor.
"""

from __future__ import annotations

import re

from errand.domain.intents import Clarification, Plan

from . import claims as cl
from . import despair_said as ds
from . import harm as hm
from . import loose as lo
from . import outside as ou
from . import overreach as ov
from . import payer_said as py
from . import reasons as rs
from . import relayed_text as rt
from . import settings_said as ss
from .notation import defers_buy

# Goods no errand buys: drugs and their precursors, prescription-only medicine, break-in and spying tools,
# identities and accounts in other people's names, reviews and sales that are not real.
_HARMFUL_GOODS = re.compile(
    r"\b(?:pseudo-?ephedrine|ephedrine|sudafed|codeine|tramadol|oxy(?:codone|contin)|xanax|valium|diazepam"
    r"|benzos?|ketamine|lsd|mdma|ecstasy|steroids|sarms?|anabolics?|lock[ -]?picks?|lock-?picking|bump keys?|slim jims?"
    r"|pick (?:a|the|his|her|their|someone'?s|my neighbou?r'?s) lock|break into|hot-?wire|bongs?|crack pipes?|meth pipes?"
    r"|(?:spy|hidden|pinhole|covert|secret) (?:cam(?:era)?s?|recorders?|microphones?|mics?|trackers?)|skimmers?"
    r"|\b(?:under|in|with) (?:a |an )?(?:different|fake|false|made-up|other|multiple|several|someone else'?s|another"
    r" person'?s) (?:names?|identit(?:y|ies)|ids?|people'?s names)"
    # what knocks a person out, gasses a crowd, or makes a bomb; keys that open other people's doors
    r"|chloroform|ether to knock|tear gas|cs gas|ammonium nitrate|potassium chlorate|thermite|black powder|gunpowder"
    r"|detonators?|blasting caps?|master keys?|skeleton keys?|key (?:blank|duplicat\w*) for (?:a |an |the )?(?:building"
    r"|apartment|office)"
    r"|(?:phone numbers?|sim cards?|accounts?|ids?|identit(?:y|ies)) (?:registered |opened |made )?(?:to|under|in)"
    r" (?:other|someone|somebody|another)|other people'?s (?:names?|ids?|identit(?:y|ies)|accounts?)"
    r"|(?:fake|five-star|5-star|positive|paid|bought) (?:reviews?|ratings?|followers|likes)|reviews? for my (?:shop|store)"
    r"|without (?:a )?prescription|no prescription"
    # engagement and grades that are bought, not earned
    r"|(?:\d+k?\s+)?(?:instagram |tiktok |youtube |twitter |x |weibo |douyin )?(?:followers|subscribers|upvotes|retweets)"
    r"|(?:instagram|tiktok|youtube|twitter|weibo|douyin) (?:likes|views)|(?:exam|test|quiz) answers|answers (?:to|for) (?:the|my)"
    r" (?:exam|test)|cheat(?:ing)? (?:sheets?|devices?|earpieces?)|(?:someone|somebody|a person) to (?:take|sit|write) my"
    r" (?:exam|test|essay|thesis|paper)|(?:essay|thesis|homework) (?:written )?for me)\b"
    r"|麻黄碱|伪麻|可待因|类固醇|合成代谢|曲马多|安定片?|地西泮|摇头丸|冰毒|k粉|氯胺酮|处方|撬锁|开锁工具|万能钥匙|针孔|偷拍|偷听|窃听|定位器.{0,6}(?:别人|他|她)"
    r"|刷单|刷好评|好评|刷销量|刷评|假评|实名.{0,4}(?:卡|号)|别人的?(?:身份|名字|名义)|不用医生|不要处方"
    r"|乙醚|氯仿|三氯甲烷|催泪|硝酸铵|氯酸钾|黑火药|火药|雷管|导火索|万能钥匙|假病假条|假证明"
    r"|作弊|代考|替考|考试答案|答案.{0,4}考试|代写论文|代写作业|买粉丝|刷粉|僵尸粉|刷播放|刷点赞"
    r"|不实名|免实名|无需实名|不用实名|监听(?!耳机|音箱|音响|器材)|窃取|偷看.{0,6}(?:手机|微信|聊天|短信)|(?:监控|定位)(?:别人|他|她|老婆|老公)"
    r"|\b(?:with no|without (?:an? )?|no) (?:id|identity|real[- ]name(?: registration)?|id registration)(?: (?:check|required|needed))?\b"
    r"|\b(?:spyware|stalkerware|keyloggers?|phone (?:tapping|spying) (?:app|software))\b"
    r"|\bread (?:someone|somebody|my \w+|his|her|their)(?:'s)? (?:messages|texts|chats|whatsapp|wechat|emails)\b",
    re.IGNORECASE)
# Paying with what belongs to someone else.
_OTHERS_PAYMENT = re.compile(
    r"\b(?:with|using|use|on|from|to|into|charge (?:it )?to) (?:my )?(?:\w+'s|someone else'?s?|another person'?s|his|her|their"
    # a person named without the apostrophe: 'use my boss card', 'charge it to my roommate card'
    r"|(?:boss|friend|mum|mom|dad|wife|husband|colleague|coworker|roommate|flatmate|sister|brother|neighbou?r|partner"
    r"|girlfriend|boyfriend|parents?|son|daughter|cousin|aunt|uncle)s?) (?:credit |debit |bank )?"
    r"(?:card|account|alipay|wechat(?: pay)?|paypal|balance)\b"
    r"|(?:^|[,;–—-]\s*)(?:my |the )?(?!i\b|we\b|you\b|it\b|that\b|this\b|who\b)[a-z]+ (?:pays|will pay|is paying)\b"
    r"|(?:用|拿|刷)(?:我)?(?:的)?(?:同事|朋友|室友|老板|爸爸?|妈妈?|老公|老婆|男朋友|女朋友|别人|他|她|同学|邻居)的?"
    r"(?:卡|银行卡|信用卡|支付宝|微信|账户|账号|钱)"
    r"|(?:从|用|拿|刷|扣|走)(?!我)(?:[A-Za-z]+|[\u4e00-\u9fff]{1,4}?)的(?:银行卡|信用卡|卡|账户|账号|支付宝|微信|钱包|余额)",
    re.IGNORECASE)
# Text addressed to the system rather than to a shop: a role, a mode, an approval the shopper did not give.
_INJECTION = re.compile(
    r"^\s*[\[【(<]?\s*(?:system|sys|admin|administrator|developer|assistant|root|tool|function)\s*(?:message|prompt|note)?"
    r"\s*[\]】)>]?\s*[:：]"
    r"|\b(?:system (?:prompt|message|note|instruction)s?|as (?:the |an? )?(?:admin|administrator|developer|operator|root)"
    r"|(?:developer|dev|admin|god|debug) mode|pre-?approved|already (?:approved|authori[sz]ed)|(?:skip|without|no need for|no need)"
    r" (?:the |any )?(?:confirmation|approval|asking|confirming)|no (?:approval|confirmation|sign-?off)s? (?:is |are )?"
    r"(?:needed|required|necessary)|(?:approvals?|confirmations?|sign-?offs?) (?:is |are |was |were |has been )?(?:not"
    r" (?:needed|required|necessary)|unnecessary|granted|given|waived)|mark (?:\w+ )?as (?:refunded|paid|delivered|approved))\b"
    r"|系统(?:提示|消息|指令|通知)|管理员|开发者模式|调试模式|已授权|无需确认|不用确认|跳过确认|免确认|标记为|【"
    # the approval step waved away: '别确认了', '不要审批', '这次不必确认' ('别确认收货' is about a parcel)
    r"|(?:别|不要|不必|不需要|无须|甭|用不着|省掉|省去|跳过)(?:再)?(?:跟我|问我)?(?:确认|审批|批准)(?!收货|收貨)"
    # or said in English as a wrapper: 'No approvals tonight, …', "don't bother confirming"
    r"|(?:^|[,;:.!]\s*)no (?:more )?(?:confirmations?|approvals?|sign-?offs?)\b(?! (?:emails?|messages?|texts?|numbers?|codes?))"
    r"|\bno (?:confirmations?|approvals?) (?:this time|today|tonight|this once|for (?:this|once|now))\b"
    r"|\b(?:don'?t|do not|never) bother (?:to )?(?:confirm|ask)\w*", re.IGNORECASE)
# A change of who the system is or what it was told: a new role, a mode, the earlier rules dropped, in either
# language; and text shaped as a call to a tool or as code rather than as something a person says.
_ROLE_CHANGE = re.compile(
    r"\b(?:you are now|you're now|from now on,? you|act as (?:an? |the )?(?:\w+ )?(?:admin|operator|developer|agent"
    r"|assistant|system|ai|bot|shopper|user)|pretend (?:to be|you are|you're)|roleplay|jailbreak|dan mode"
    r"|(?:maintenance|unrestricted|test|god|sudo|root|override) mode|no (?:restrictions|rules|limits) (?:apply|mode)"
    r"|(?:ignore|forget|disregard|override|drop|skip)\b[^.?!]{0,30}\b(?:previous|prior|above|earlier|before|instructions?"
    r"|rules?|prompts?|guidelines|policy|policies|(?:were|was|been) told))\b"
    r"|(?:从现在起|从现在开始|现在起|今后|接下来)[，,]?\s*你(?:就)?(?:是|当|扮演|变成)|你现在是|扮演|角色扮演|没有(?:任何)?限制的"
    r"|不受(?:任何)?限制|越狱|(?:忽略|无视|忘记|忘掉|不要管|别管|抛开)[^。！？]{0,8}(?:之前|以前|前面|上面|以上|所有|原来|原先"
    r"|规则|指令|指示|设定|限制|要求|提示)", re.IGNORECASE)
_CODE_SHAPE = re.compile(
    r"[{\[]\s*[\"'][\w -]{1,30}[\"']\s*:"                       # a JSON object or list of them
    r"|</?[a-z_][\w-]{0,30}(?:\s[^<>]{0,80})?>"                 # a markup tag
    r"|\b[a-z_][\w.]{1,30}\(\s*[a-z_]\w*\s*=[^)]*\)"            # a call with named arguments
    r"|```|<!--|-->|#[a-z]*(?:approv|confirm|ignore|instruct|override|bypass|admin|system|prompt|nocap|nolimit)[a-z]*|\b(?:tool_call|tool_use|function_call|tool_calls)\b"
    r"|\[/?(?:INST|SYS|SYSTEM|ADMIN|TOOL|USER|ASSISTANT)\]|<</?SYS>>|<\|[^|>]{0,40}\|>|^\s*#{1,6}\s*\w"
    r"|(?:^|\s)--[a-z][\w-]{1,30}\b|(?:^|\s)-[a-z](?=\s|$)|^\s*(?:sudo|admin|root|exec|eval|system)\s+\w"           # a command line
    r"|\bend of (?:the )?(?:user|shopper|customer) (?:message|input|turn)\b|\bnew (?:system )?(?:rule|instruction)s?\s*[:：]"
    r"|\b(?:print|show|repeat|reveal|output|tell me|what(?:'s| is| are)) (?:me )?(?:your|the) (?:system )?(?:prompt"
    r"|instructions|rules|configuration|config)\b"
    r"|\b(?:ai|llm|language model|bots?|agents?|assistants?)(?: \w+){0,2} reading this\b"
    r"|\b(?:obey|comply with|submit to) (?:me|my|these|this|the following|every)\b|\bas an? (?:ai|language model|llm|chatbot)\b"
    r"|\b(?:execute|eval(?:uate)?|obey|carry out|run)\s+(?:it|this|that|the following|these|them|the (?:command|instructions?"
    r"|code|text|script))\b|执行(?:它|这个|这段|下面|以下)"
    r"|\bif you(?:'re| are) an? (?:ai|bot|assistant|agent|language model)\b|\bnote to (?:the )?(?:ai|bot|assistant|agent"
    r"|model|system)\b|你的新任务|新的?任务是|系统提示词|提示词|你的指令", re.IGNORECASE)
# Someone claiming to speak for the system, the shop or the shopper, or saying an approval was given elsewhere.
_AUTHORITY = re.compile(
    r"\b(?:this is|i'?m|i am|we are|we're) (?:from |with |the |an? )?(?:errand |customer )?(?:support|security"
    r"|operator|admin|administrator|staff|it department|helpdesk|help desk|fraud team|the bank|your bank"
    r"|(?:store|shop) owner|merchant|seller|police)\b"
    r"|\b(?:i'?m|i am|we'?re|we are|this is)\s+(?:calling |writing |messaging |texting )?(?:from|with|on behalf of)"
    r" (?:the |your |errand'?s? )?(?:[\w-]+ ){0,2}(?:team|department|support|desk|bank|company|office|platform)\b"
    r"|\b(?:set|change|lower|drop|make|edit)\b[^.?!]{0,10}\bprices? (?:of|for|to)\b|\btest (?:order|payment|purchase)\b"
    r"|\b(?:account|card|wallet) (?:is|has been|was) (?:flagged|locked|suspended|frozen|compromised)\b"
    r"|\bverify (?:your|the|my) (?:account|identity|card|wallet)\b"
    r"|\b(?:already |has |have )?(?:signed off|okayed|ok'?d|green-?lit|authori[sz]ed|approved)\b[^.?!]{0,30}"
    r"\b(?:skip|without|no need|go ahead|don'?t (?:ask|wait))"
    r"|\b(?:manager|boss|supervisor|admin|operator|shopper|she|he|they|owner)\b[^.?!]{0,20}\b(?:signed off|approved"
    r"|authori[sz]ed|okayed|said (?:it'?s|it is) (?:fine|ok|okay)|told me (?:it'?s|it is|to))"
    r"|\bon (?:her|his|their|the shopper'?s|\w+'s) behalf\b"
    r"|\b(?:message|note|instruction|policy|order|request|notice|following|this|text) (?:is |comes )?from (?:the )?"
    r"(?:operator|admin\w*|support|system|hq|headquarters|management|errand(?: team)?|security)\b|\bnew policy\b"
    r"|\b(?:support|customer service|the (?:shop|store|seller|merchant|bank|operator|admin|courier)|my (?:boss|manager))"
    r" (?:said|says|told me|confirmed)(?: that)? (?:it'?s (?:fine|ok|okay)|you (?:can|may|should)|i (?:can|may)|we (?:can|may))"
    r"|(?:客服|商家|卖家|店家|管理员|平台|官方|经理|老板|银行|领导|快递员?)(?:说|讲|告诉我|同意)(?:了)?(?:的)?"
    r"(?:可以|没问题|不用|能|直接|先)"
    r"|我是(?:客服|管理员|运营|主管|经理|老板|店长|开发|工作人员|平台|官方|银行)|客服主管|(?:她|他|老板|经理|领导|主管|用户|顾客)"
    r"(?:已经|都)?(?:同意|批准|授权|确认|签)(?:了|过)|(?:替|代)(?:她|他|用户|顾客)|帮(?:她|他)(?:下单|下了|确认|批准)"
    r"|直接帮(?:她|他)|不用等(?:她|他)|账户(?:被|已)?(?:冻结|异常|锁定)", re.IGNORECASE)
# Steps only the shopper takes, with their own key: approving, signing, confirming a quote, now or from now on.
_SHOPPERS_OWN_STEP = re.compile(
    r"\b(?:approve|sign|confirm|accept|authori[sz]e|ok)\b[^.?!]{0,30}\b(?:quotes?|on my behalf|for me|automatically"
    r"|whatever|everything|anything|all of them|in advance)\b"
    r"|\b(?:auto-?(?:approve|sign|confirm|accept)|(?:approve|sign|confirm)s? (?:it |them )?(?:yourself|automatically)"
    r"|on my behalf|without (?:my|a|the) (?:signature|approval|confirmation|key))\b"
    r"|(?:自动|替我|代我|帮我|你来|你去|你直接)(?:确认|批准|签名|签字|签|同意|授权|付款)|报价.{0,10}(?:确认|批准|同意)"
    r"|不用(?:我)?签|免签"
    # the quote skipped: paying without the shopper seeing the price
    r"|\b(?:don'?t|do not|no need to|without|never) (?:tell|show|send|ask|asking|showing|telling|sending) (?:me )?(?:for )?"
    r"(?:the |a |any )?(?:price|quote|total|cost|confirmation)\b|\bjust pay\b|\bpay (?:it |for it )?(?:straight away|right"
    r" away|directly|without asking)\b|直接(?:付款|付钱|支付|扣款)|不用(?:给我)?看报价|不用问我|别问我", re.IGNORECASE)
# What belongs to another shopper: their orders, addresses, purchases, history.
_RECORDS = (r"(?:orders?|ordered|bought|purchases?|purchased|address(?:es)?|history|account|errands?|parcels?"
            r"|packages?|deliveries|phone number|receipts?|quotes?|spent|spending)")
_OTHER_SHOPPER = re.compile(
    rf"\b(?:bob|chen|dana|alice|(?!(?:my|your|our|it|where|how|what|that|who|there|here|let|he|she|when|why|today"
    rf"|tomorrow|one|nobody|somebody|someone|everything|nothing|something|name|mine)'s\b)[a-z]+'s|his|her|their|other (?:shoppers?|customers?|users?|people)'?s?"
    rf"|every(?:one|body)'?s?|all (?:the )?(?:shoppers?|customers?|users?)'?s?)\b(?: \w+){{0,2}} {_RECORDS}\b"
    rf"|\bwhat (?!i\b|we\b)(?:bob|chen|dana|he|she|they|[a-z]+) (?:has |have |had )?(?:ordered|bought|purchased|spent)\b"
    rf"|\bwhat (?:did|has|have|does|do) (?!i\b|we\b|you\b|it\b|the (?:\w+ )?order (?:cost|came to|set|run) (?:me|us)\b)[a-z]+ (?:\w+ )?(?:buy|order|purchase|get|spend|return)\b"
    r"|(?:别人|其他人|其他用户|其他顾客|所有人|所有用户|他|她|[\u4e00-\u9fff]{1,3}(?:先生|女士|小姐|老师|同学|阿姨|叔叔))的?"
    r"(?:订单|地址|快递|包裹|购买记录|账户|账号|电话|收货|买了什么|记录)", re.IGNORECASE)
# Advice a shop does not give: medicine and doses, money and investments, the law.
_ASKING = (r"\b(?:should|shall|must|ought to) (?:i|we|he|she|they|my \w+)\b|\b(?:can|could|may) (?:i|we|he|she|they|my \w+)"
           r" (?!(?:have|get|buy|order|return)\b)\w+|\bis (?:it|this|that) (?:safe|legal|illegal|allowed|worth|ok|okay|a good"
           r" (?:idea|time)|wise|smart|better)\b|\b(?:what|which|how)\b[^.!?]{0,40}\b(?:should|do) (?:i|we)\b"
           r"|\bhow (?:many|much)\b[^.!?]{0,30}\b(?:can|should) (?:i|we)\b|\bdo (?:i|we) need to\b|\bworth (?:it|buying|waiting)"
           r"|\bor (?:should|shall) (?:i|we) wait\b|\bwhat (?:to|do you) (?:do|think|recommend)\b|该|能不能|可不可以|要不要|怎么办"
           r"|怎么|好不好|值不值|值得|是否|[能可]以[^，。！？]{0,8}吗")
_ASKING_RE = re.compile(_ASKING, re.IGNORECASE)
_ADVICE = re.compile(
    r"\bhow (?:many|much)\b[^.?!]{0,30}\b(?:can|should|may|do) (?:i|we|you|he|she|they) (?:take|give|have|mix)\b"
    r"|\b(?:dosage|dose|overdose|side effects?|symptoms?|diagnos\w*|prescribe|fever|rash|infection|antibiotics?)\b"
    r"|\b(?:invest\w*|index funds?|mutual funds?|etfs?|portfolio|savings|retirement|pension|mortgage|interest rates?"
    r"|insurance|insurer|loans?|credit score|tax(?:es)?|refinanc\w*"
    r"|stock market|gold (?:right )?now|price of gold|good time to buy (?:gold|stocks?|shares|property|a house))\b"
    r"|\b(?:legal(?:ly)?|illegal(?:ly)?|lawsuit|sue|lawyer|attorney|custody|divorce|tenant rights|break (?:my|the|a) lease"
    r"|contract law|court)\b"
    r"|吃什么药|该吃|吃多少|剂量|副作用|发烧|咳嗽|症状|诊断|怎么治|投资|理财|基金|股票|保险|贷款|税|黄金.{0,6}(?:现在|涨|跌|买入)|房贷|养老金"
    r"|合法|违法|犯法|起诉|律师|打官司|法律|法院|离婚|抚养权", re.IGNORECASE)
# Money to a person or out of the wallet, and coins no shop sells.
_MONEY = re.compile(
    r"\b(?:send|transfer|give|wire|pay)\s+(?:\w+\s+)?[¥￥$]?\d[\d,]*\s+(?:yuan\s+|rmb\s+|kuai\s+)?(?:to|from)\b"
    r"|\bvia (?:the |my )?wallet\b|\bfrom my (?:balance|wallet)\b"
    r"|\b(?:ethereum|eth|dogecoin|usdt|nfts?)\b|比特币|以太坊|狗狗币|加密货币|虚拟币|数字货币|泰达币"
    r"|打到(?:我|他|她)?的?(?:账户|卡|账上)|转到(?:我|他|她)?的?(?:账户|卡)"
    # money handed to a person: "给楼下的师傅付200块", "还给他五十", "替我妈交一下话费"
    r"|(?:给|帮|替)[^，。！？]{1,8}?(?:付|转|打|还|交)(?:了|一下)?(?:\s*[¥￥]?\d|[一二两三四五六七八九十百千]+(?:块|元)|钱|款|账"
    r"|话费|电费|水费|房租|学费|罚款)|(?:付|转|还|打)给[^，。！？]{1,8}?(?:\d|[一二两三四五六七八九十百千]+(?:块|元)|钱)",
    re.IGNORECASE)
# A count below zero.
_NEGATIVE = re.compile(r"(?:^|(?<=[\s(]))(?<!\d )[-−]\s*\d|\bminus \w+|\bnegative \w+|负[\d一二两三四五六七八九十几]")
# A time already past, said for something still to be delivered.
_PAST = re.compile(
    r"\b(?:yesterday|last (?:night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d+ (?:days?|hours?)"
    r" ago)\b|昨天|前天|昨晚|上周[一二三四五六日天]?"
    # a week or days back said in other words: "上个礼拜五", "上星期三", "大前天", "three days ago", "last weekend"
    r"|上个?(?:礼拜|星期|周)|大前天|\b(?:a|one|two|three|four|five|six|seven|a few|a couple of) (?:days?|weeks?) ago\b"
    r"|\blast weekend\b", re.IGNORECASE)
# Sent to a person whose address is not saved: "寄给我表哥", "mail it to my aunt".
_TO_SOMEONE = re.compile(
    r"(?:寄|送|发|快递)给(?!我(?:$|[，,。！!\s]|家|公司|办公室))"
    r"|\b(?:send|mail|ship|post|deliver|courier)(?: (?:it|them|this|these|one))? to (?:my |his |her |our |their )"
    r"(?!home|office|work|place|house|flat|apartment|desk|door|address)\w+"
    r"|\bto (?:his|her|their|(?!my\b|our\b)[a-z]+'s) (?:own )?(?:flat|place|house|home|apartment|address|door|office)\b"
    r"|\bto (?:my |our )?\w+(?: \w+)? at (?:his|her|their) (?:own )?(?:flat|place|house|home|apartment|office|work)\b|\b(?:to|for|at) the (?:office|flat|house|home|address|place) of (?:my |our |a )?(?!my\b)\w+(?:'s|’s)", re.IGNORECASE)
# A purchase called off, or left to the planner's taste: nothing to act on.
_CALLED_OFF = re.compile(
    r"\b(?:never ?mind|forget it|don'?t (?:buy|order|get)|do not (?:buy|order|get)|no longer want to buy)\b"
    r"|算了|别买|不买了|不用买了?|不要买|别下单|不下单", re.IGNORECASE)
_DELEGATED = re.compile(
    r"\b(?:you (?:decide|choose|pick)(?! up\b)|(?:your|ur) (?:choice|call|pick)|up to you|surprise me|whatever you (?:like|think|want)"
    r"|(?:just )?pick (?:something|anything|one|whatever)|choose (?:something|anything|for me))\b"
    r"|\b(?:idk|dunno|no idea|not sure|i don'?t know) what(?=\s*(?:$|[,.!?;]))|不知道(?:要)?买(?:什么|啥|咩)|唔知买(?:咩|乜)"
    r"|你(?:看着|决定|定|挑|选|来定|来选|随便)|看着买|随你|^(?:帮我)?(?:挑|选)(?:个|一个|一款)", re.IGNORECASE)
# Two errands joined in Chinese: buy something and return something.
# "再退个耳机", "退一下ord_k1": 退 with a count or an order, not 退烧 or 退热 (products for a fever).
_ZH_RETURN = r"(?:退货|退款|退了|退掉|把.{1,12}退|退(?:[个只台件把支张瓶双盒部]|一下|一个|那个|这个|回|ord_))"
_ZH_BUY_AND_RETURN = re.compile(r"(?:^|[，,、\s]|顺便|然后|再|帮我|给我)(?:买|订(?!单)|下单)(?!的|时|明明|选|那会|当时).*" + _ZH_RETURN
                                + r"|" + _ZH_RETURN + r".*(?:顺便|然后|再)(?:帮我)?(?:买|订(?!单)|下单)")
_ZH_EITHER = re.compile(r"还是|或者")


def _ask(question: str, missing: str) -> Plan:
    return Plan(action=Clarification(question=question, missing=[missing]))


# Words an instruction to the system turns on, mended when a typo or two hides them ("ignor all previus
# instrctions"): each word of the sentence this close to one of them is read as it.
_KEY_WORDS = ("ignore", "previous", "instructions", "instruction", "disregard", "override", "system", "prompt",
              "forget", "administrator", "developer", "approval", "approvals", "approve", "approved", "confirmation",
              "restrictions", "guidelines")


def _edits(a: str, b: str) -> int:
    """Levenshtein distance, small words only."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def mend_key_words(text: str) -> str:
    """``text`` with near-misses of the instruction words written out right."""
    def mend(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(lower) < 5 or lower in _KEY_WORDS:
            return word
        for key in _KEY_WORDS:
            if abs(len(key) - len(lower)) <= 2 and lower[0] == key[0] \
                    and _edits(lower, key) <= (1 if len(key) <= 6 else 2):
                return key
        return word
    return re.sub(r"[A-Za-z]+", mend, text)


def alarming(text: str) -> bool:
    """``text`` holds what the screen asks about in any errand: an instruction to the system or a claim to speak for
    it, a step only the shopper takes, a safeguard or cap changed, another shopper's records, harmful goods or a
    harmful purpose, another person's payment, money moved, a parcel for someone else. Readers that drop words
    before a request (a story, a ramble, a reason) keep them when this holds of them."""
    mended = mend_key_words(text)
    return bool(any(p.search(mended) for p in (_INJECTION, _ROLE_CHANGE, _CODE_SHAPE, _AUTHORITY, _SHOPPERS_OWN_STEP,
                                               ov.CAP_CHANGE, _OTHER_SHOPPER, _HARMFUL_GOODS, _OTHERS_PAYMENT, _MONEY,
                                               _TO_SOMEONE))
                or rt.follows_other_text(text) or cl.to_the_system(text) or cl.pressured(text) or ss.sets_safeguard(text)
                or hm.harmful(text) or hm.hazardous_chemical(text) or py.other_payer(text))


def screen(text: str, plan: Plan) -> Plan:
    """``plan`` unless the sentence belongs to a family the planner never acts on; then a question."""
    kind = plan.action.kind
    if kind == "clarify":
        return plan
    mended = mend_key_words(text)
    cited = rs.without_claim(text) if kind == "return" else text  # '页面写的42码，到手是40码': a fact, no text to follow
    if any(p.search(mended) for p in (_INJECTION, _ROLE_CHANGE, _CODE_SHAPE)) or rt.follows_other_text(cited) \
            or cl.to_the_system(text):
        return _ask("That reads like an instruction to the system, which I don't take from a message. What would "
                    "you like to buy, return, watch or reschedule?", "intent")
    if _AUTHORITY.search(text) or cl.pressured(text):
        return _ask("I act only on what you ask for yourself, and every quote waits for your own approval. What "
                    "would you like me to do?", "intent")
    if _SHOPPERS_OWN_STEP.search(text):
        return _ask("Approving and signing a quote stays with you, with your own key; I can prepare the quote. "
                    "What should I get?", "approval")
    if ss.sets_safeguard(text):
        return _ask("Approval, signing and spending caps are set by you and the operator, not by a message. What "
                    "would you like me to get?", "intent")
    if ov.CAP_CHANGE.search(text):
        return _ask("Spending caps are set by you and the operator, not by an errand. What would you like me to "
                    "get within them?", "intent")
    if _OTHER_SHOPPER.search(text):
        return _ask("I can only look at your own orders and addresses. Which of yours do you mean?", "order_id")
    if hm.despairing(text):
        return _ask(ds.care_reply(text), "intent")
    asking = kind == "question"
    if _HARMFUL_GOODS.search(text) or hm.harmful(text, asking=asking) or not asking and hm.hazardous_chemical(text):
        return _ask("I can't help with that. Is there something else I can get for you?", "intent")
    if (beyond := ou.outside(text, kind)) is not None:
        return _ask(*beyond)
    if _ADVICE.search(text) and _ASKING_RE.search(text):
        return _ask("I can't advise on health, money or the law; a doctor, pharmacist, adviser or lawyer can. "
                    "Is there something I can buy, return, watch or reschedule?", "intent")
    if _OTHERS_PAYMENT.search(text) or py.other_payer(text):
        return _ask("Errands are paid only with your own approved payment method; should I go ahead with that?",
                    "payment")
    if _MONEY.search(text):
        return _ask("I only buy, return, watch and deliver goods; moving money is something you do yourself.", "intent")
    if (reached := ov.overreach(text, kind)) is not None:
        return _ask(*reached)
    if (left := lo.loose(text, plan)) is not None:
        return _ask(*left)
    if kind == "question":
        return plan
    if _NEGATIVE.search(text):
        return _ask("How many exactly? The number has to be more than zero.", "quantity")
    if kind in ("bulk_order", "reschedule") and _PAST.search(text):
        return _ask("That time has already passed; when should it come?", "deliver_by")
    if kind in ("buy", "bulk_order") and _TO_SOMEONE.search(text):
        return _ask("I can only send to one of your saved addresses; which one?", "address_label")
    called_off = _CALLED_OFF.search(text) and not (kind == "price_watch" and defers_buy(text))  # 'don't buy yet, watch'
    if kind in ("buy", "bulk_order", "price_watch") and (called_off or _DELEGATED.search(text)):
        return _ask("Which product exactly should I get? I only buy what you name.", "query")
    if kind in ("buy", "return") and _ZH_BUY_AND_RETURN.search(text):
        return _ask("That is two errands at once; which should I do first?", "intent")
    if kind == "buy" and _ZH_EITHER.search(text):
        return _ask("Which one should I buy? Please name one product.", "query")
    return plan
