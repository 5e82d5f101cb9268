"""Goods wanted for getting into what is another person's, read by the sentence's structure rather than by the
goods: a verb of getting in (unlock, open, log into, read, copy, clone, track, listen in, jam, cut) said of a thing
that belongs to someone else, whatever the tool ("a relay device to unlock keyless cars that aren't mine", "an app
to log into my sister's email", "a card reader to copy strangers' bank cards", "可以偷看别人LINE讯息的软件",
"能复制别人门禁卡的机器", "可以开人哋车门嘅工具").

The same holds of damage to what is theirs ('砸他的车', '喷在同事的车上'), of a person's body and whereabouts
(filming up a skirt or into a changing room, finding where an ex lives, who a wife is texting, a bug for a partner's
office), of any car or door in one's street, of a neighbour's power, and of tills that hold others' money.

Whose the thing is decides it: 'that aren't mine', other people's, strangers', someone else's, a named person's
phone, account, messages, car or door, 别人, 他人, 人家, 人哋, a partner or a colleague. A smart lock that unlocks
with one's own phone, a baby monitor, a phone case for a wife's phone or a jar opener for a grandmother stay
errands: each needs the act of getting in and the owner who is not the shopper.
"""

from __future__ import annotations

import re

# Getting into, reading, copying, following or disabling something ('unlok', 'opening', 'log into', 'listen in on').
_ACCESS = (r"(?:un-?loc?k\w*|open(?:s|ing)?|get(?:ting)? into|break(?:ing)? into|log(?:ging)? ?(?:in)?to|sign(?:ing)? ?into"
           r"|access(?:es|ing)?|hack(?:s|ing)?(?: into)?|crack(?:s|ing)?|bypass(?:es|ing)?|defeat(?:s|ing)?|disabl(?:e|es|ing)"
           r"|cop(?:y|ies|ying)|clon(?:e|es|ing)|duplicat(?:e|es|ing)|read(?:s|ing)?|spy(?:ing)? on|snoop(?:ing)? on"
           r"|listen(?:ing)? (?:in )?(?:on|to)|intercept(?:s|ing)?|tap(?:s|ping)?|grab(?:s|bing)?|steal(?:s|ing)?"
           r"|jam(?:s|ming)?|track(?:s|ing)?|locat(?:e|es|ing)|monitor(?:s|ing)?|see|view|watch"
           r"|shows? (?:me )?where|cut(?:s|ting)?|pick(?:s|ing)?|start(?:s|ing)?|drive off with|take over|control"
           r"|piggyback(?:ing)? (?:on|off)|leech(?:ing)? (?:on|off|from)|mooch(?:ing)? off)")
# What is owned and may be got into: a vehicle, a lock or a door, a device, an account, messages, a card, a network.
_THING = (r"(?:cars?|whips|vehicles?|vans?|trucks?|bikes?|bicycles?|scooters?|motorbikes?|garages?|doors?|locks?|gates?"
          r"|houses?|homes?|flats?|apartments?|rooms?|mailbox(?:es)?|safes?|lockers?|phones?|iphones?|passcodes?|passwords?"
          r"|pins?|accounts?|e-?mails?|inbox(?:es)?|messages|texts|chats|dms|calls|phone calls|conversations|locations?"
          r"|whereabouts|badges?|key ?cards?|cards?|wi-?fi|networks?|routers?|laptops?|computers?|pcs?|files|photos|monitors?"
          r"|codes?|cameras?|cctv|screens?|instagram|facebook|whatsapp|wechat|line|snapchat|tiktok|twitter|icloud|gmail)")
# Another person's: 'that aren't mine', 'other people's', 'strangers'', 'my ex's', 'my coworkers'', 'his'.
_DISOWNED = r"(?:(?:that|which|who)(?:'re| are| is|'s)? )?(?:aren'?t|arent|ain'?t|aint|are not|isn'?t|is not|not) (?:mine|my own)" \
            r"|(?:that |which )?(?:don'?t|dont|do not|doesn'?t|does not) belong to me|arnt (?:mine|my own)" \
            r"|none (?:of them |of which )?(?:are|is) (?:mine|my own)|(?:i|we) (?:found|picked up|nicked|took)" \
            r"|(?:left|lost) (?:on|in|at|by)|stolen"
_OTHERS = (r"(?:other (?:people|peoples|folks|users|guests|drivers|tenants|residents)'?s?|other [a-z]+s'|others'|strangers'?"
           r"|random (?:people|folks)'?s?"
           r"|some(?:one|body|1) ?else'?s|sum ?1 ?else'?s|any(?:one|body)'?s|people'?s|(?:from|of) (?:other )?(?:people|strangers|others)\b)")
_NAMED = (r"(?:my (?!own\b)(?:[a-z-]+ )?[a-z-]+(?:'s|s')(?: [a-z-]+(?:'s|s'))?|(?!my\b|your\b|our\b|its\b|it's\b)[a-z-]+(?:'s|s')(?: [a-z-]+(?:'s|s'))?"
          r"|his|her|their)")
# Tools named for prying, and machines that hold other people's money: 'a stalker app', 'open parking meters'.
_PRYING_TOOL = (r"(?:stalker|spy|spying|snooping|snoop|creep)[- ]?(?:apps?|software|programs?|tools?)"
                r"|(?:wi-?fi|wpa2?|password|passcode|pin|router|network) (?:crackers?|cracking (?:kits?|tools?|adapters?|software)"
                r"|hack(?:ing)? (?:kits?|tools?|devices?))"
                # a utility taken from others: 'free electricity from the neighbours'
                r"|free (?:electricity|power|gas|water|wi-?fi|internet|cable)\b[^.?!]{0,12}\b(?:from|off) (?:the |my )?(?:neighbou?rs?"
                r"|building|street ?lights?|next door)")
_PUBLIC_TILL = (r"(?:parking meters?|vending machines?|atms?|cash machines?|slot machines?|coin boxes|coin-?ops?|donation boxes"
                r"|charity boxes|ticket machines?|fare boxes|payphones?|arcade machines?|claw machines?)")
# Tools that read or copy what opens a car, a door or a card, named as such: 'a key cloner', 'a code grabber'.
_TOOL_FOR_OTHERS = (r"(?:cloner|copier|duplicator|grabber|relay|jammer|decoder|interceptor|skimmer|sniffer|programmer|lockout tool"
                    r"|jiggler|bypass tool)")
# A person's body or whereabouts: filming up a skirt or into a changing room, finding where an ex lives.
_PRIVATE_PLACE = (r"(?:up (?:\w+ )?skirts?|upskirts?|under (?:\w+ )?skirts?|down (?:\w+ )?blouses?|into (?:the |a |their |her |his )?"
                  r"(?:changing rooms?|toilets?|bathrooms?|showers?|bedrooms?|windows?|stalls?|cubicles?))")
_PERSON = (r"(?:my |the |that |this |a )?(?:ex|wife|husband|girlfriend|boyfriend|gf|bf|partner|neighbou?r|co-?worker|colleague"
           r"|boss|stranger|girl|guy|woman|man|she|he|they|someone|somebody|people)")
_WHEREABOUTS = (rf"\b(?:find|find out|know|see|track|trace|learn|check|locate|work out|figure out) where {_PERSON}\b (?:\w+ )?"
                r"(?:lives?|is|are|goes|go|stays?|sleeps?|works?|hangs? out|has been|moved)\b")
_CONTACTS = (rf"\b(?:see|know|find out|check|track|read|spy on) (?:who|what) {_PERSON}\b (?:is |are |'s |has been |have been )?"
             r"(?:texting|messaging|calling|talking to|chatting(?: to| with)?|seeing|sleeping with|dating|typing|saying|searching"
             r"|browsing|sending)\b")
# A listening device said with another person's place: 'a bug for my business partner's office'.
_BUG = r"(?:bugs?|listening devices?|hidden mics?|wiretaps?|voice-activated recorders?)"
_INTRUSION = re.compile(
    rf"\b(?:film\w*|record\w*|photograph\w*|shoot\w*|peek\w*|look\w*|see|spy\w*|cam(?:era)?s?)\b[^.?!]{{0,12}}\b{_PRIVATE_PLACE}"
    rf"|{_WHEREABOUTS}|{_CONTACTS}|\b{_BUG} (?:for|in|into|under|behind) (?:the |a )?{_NAMED}"
    rf"|\b{_ACCESS}\b (?:any|every) (?:[\w-]+ )?(?:{_THING}|toyotas?|hondas?|bmws?|audis?|teslas?|fords?|nissans?|mercedes)\b"
    rf"|\b{_PRYING_TOOL}\b|\b{_ACCESS}\b (?:the |a |an |any |all )?(?:\w+ )?{_PUBLIC_TILL}\b"
    rf"|\b{_ACCESS}\b (?:any|every|all(?: the)?) (?:[\w-]+ )?{_THING}\b[^.?!]{{0,20}}\b(?:in|on|at|around) (?:my|the|our|this)"
    rf" (?:street|road|block|building|car ?park|parking lot|neighbou?rhood|area|estate|garage)\b"
    rf"|\b{_ACCESS}\b[^.?!]{{0,40}}\b{_THING}\b[^.?!]{{0,12}}\b(?:{_DISOWNED})\b"
    rf"|\b{_TOOL_FOR_OTHERS}s? for (?:\w+ ){{0,2}}{_THING} (?:in|on|at|around) (?:the|a|any) (?:street|road|car ?park|parking"
    r" (?:lot|garage)|garage|building|bus|train|tube|metro|station|office|gym|hotel|campus)\b"
    rf"|\b(?:{_ACCESS}|get|obtain|receive)\b[^.?!]{{0,25}}{_OTHERS}"
    rf"|\b(?:{_ACCESS}|use|using|spend\w*|cash\w*|sell\w*|charge)\b (?:the |those |these )?(?:[\w-]+ )?{_THING}\b (?:that )?(?:i|we)"
    r" (?:found|picked up|nicked|took)\b"
    rf"|\b(?:{_TOOL_FOR_OTHERS}|universal keys?|master keys?)s? (?:for|to) (?:[\w']+ ){{0,3}}?(?:the |other |all the |every |any )"
    rf"(?:[\w-]+ )?{_THING}\b(?! (?:of )?(?:my|our) own)"
    # a tracking or spying app put on another person's phone: 'a tracker app on my teen's ex-boyfriend's phone'
    rf"|\b(?:track\w*|spy\w*|monitor\w*|location|gps|keylog\w*|stalk\w*) (?:apps?|software|programs?|tools?)\b (?:on|in|into|for)"
    rf" (?:the |a )?{_NAMED} (?:[\w-]+ ){{0,2}}{_THING}\b"
    rf"|\b{_ACCESS}\b (?:[\w]+ ){{0,5}}?(?:the |a |an )?{_NAMED} (?:[\w-]+ ){{0,2}}{_THING}\b", re.IGNORECASE)

# In Chinese: a verb of getting in, then another person, then (for the plainer verbs) what is theirs.
_ZH_OTHER = (r"(?:别人|别家|他人|人家|人哋|人地|旁人|陌生人|路人|同事|老婆|老公|男朋友|女朋友|男友|女友|对象|前任|前女友|前男友"
             r"|邻居|室友|老板|同学|不是我的)")
_ZH_PRYING = (r"(?:偷看|偷听|偷拍|偷录|窃听|监听|监看|监视|破解|盗取?|偷取|窃取|入侵|黑进|黑掉|截取|截获|拦截|定位|追踪|跟踪|远程控制"
              r"|控制|克隆|偷偷(?:看|读取?|打开|登录|复制|查看|翻看?))")
_ZH_PLAIN = r"(?:打开|开|解锁|撬开?|登录|登陆|登入|进入|查看|看|读取|读|复制|收到|接收|翻看|翻|剪断?|剪开|拆|屏蔽|干扰|蹭|刷|(?<![输收加进出放投存购导写录填深买])入)"
# Damaging what is another person's: '砸他的车', '喷在同事的车上', '塞人哋门锁', '扎前任的轮胎'.
_ZH_DAMAGE = r"(?:砸|划|扎|戳|刺破|弄坏|破坏|毁|烧|泼|喷|塞|堵|涂|刮|撬|拆|偷)"
# A person's private places filmed or watched: '拍邻居家阳台', '录室友洗澡'.
_ZH_PRIVATE = r"(?:阳台|卧室|浴室|厕所|卫生间|窗户?|家里|房间|裙底|更衣室|洗澡|换衣服)"
_ZH_PROPERTY = r"(?:车|轮胎|胎|玻璃|车窗|窗|门|墙|锁|门锁|锁眼|花园|树|花|草坪|家|店|摊|电动车|自行车)"
_ZH_THING = (r"(?:车|车门|车锁|锁|门|门锁|门禁|卡|手机|电脑|账号|帐号|号|微信|qq|line|邮箱|邮件|短信|简讯|讯息|信息|消息|聊天|记录"
             r"|定位|位置|摄像头|监控|wifi|网络|密码|验证码|文件|照片|相册|屏幕|萤幕|自行车|电动车|单车|房|保险柜|快递|信箱"
             r"|iphone|ipad|apple ?id|icloud|ins|instagram|facebook|whatsapp|telegram|gmail|ig|路由器|后台|系统|网站|服务器|云盘|网盘)")
_ZH_INTRUSION = re.compile(
    rf"{_ZH_PRYING}[^，。！？,.!?]{{0,2}}(?:{_ZH_OTHER}|他|她|它)"
    # where another person lives or goes: '能查到前女友住哪'
    rf"|(?:查到|查出|找到|找出|知道|查|定位)[^，。！？,.!?]{{0,2}}{_ZH_OTHER}[^，。！？,.!?]{{0,2}}(?:住哪|住在哪|在哪|去哪|的?地址|的?住址|的?行踪)"
    rf"|{_ZH_PLAIN}[^，。！？,.!?]{{0,2}}{_ZH_OTHER}(?:家|的)?[^，。！？,.!?]{{0,4}}{_ZH_THING}"
    rf"|(?:拍|录|偷窥|窥视|看)[^，。！？,.!?]{{0,2}}(?:{_ZH_OTHER}|他|她)(?:家|的)?[^，。！？,.!?]{{0,3}}{_ZH_PRIVATE}"
    rf"|{_ZH_DAMAGE}(?:到|在|进|烂|坏|破)?(?:{_ZH_OTHER}|他|她|他们|它)(?:家|的)?[^，。！？,.!?]{{0,3}}{_ZH_PROPERTY}"
    # every lock or bike, or a utility taken from the neighbours: '开所有共享单车', '免费用邻居电'
    rf"|(?:开|解锁|打开|撬开|破解)(?:所有|任何|一切|全部|任意)的?[^，。！？,.!?]{{0,4}}{_ZH_THING}"
    r"|(?:用|蹭|偷|接|拉|白用)[^，。！？,.!?]{0,2}(?:邻居|别人|隔壁|楼道|公共|人哋)(?:家|的)?(?:电|水|网|wifi|燃气|气)"
    # the owner said first: '把别人电动车解锁', '别人的手机也能解锁'
    rf"|{_ZH_OTHER}(?:家|的)?[^，。！？,.!?]{{0,4}}{_ZH_THING}[^，。！？,.!?]{{0,4}}(?:{_ZH_PRYING}|解锁|解开|打开|撬开|破解|复制|登录)",
    re.IGNORECASE)


def intrudes(text: str) -> bool:
    """The goods are wanted for getting into another person's car, phone, account, messages, door or card."""
    return bool(_INTRUSION.search(text) or _ZH_INTRUSION.search(text))
