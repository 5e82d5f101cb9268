"""An order asked to be held for the shopper to collect, or left somewhere other than where it was sent, said as
an instruction or as a question: held at a depot, a post office, a locker or a pickup point ('can the courier
hold ord_h3 at the depot?', 'put ord_b2 in the parcel locker', 'is there a way to get ord_b2 sent to the pickup
point?'), collected by the shopper ('I'll collect it myself', 'can I pick up ord_h3 at the depot instead?', 改成
自提, 我自己去网点取), or left at another building's front desk (放隔壁楼的前台, 放驿站), or at a spot by the door ('leave the parcel
on the porch', 'put the box behind the bins', 快递放门口鞋柜上).

No errand can hold a parcel or change where it goes once the order is placed; only the courier or the merchant
can, so the planner says so and asks what else to do, rather than answering it as a question about the order or
moving its delivery time. A question about where an order is ('is ord_s4 at the depot yet?', 'has ord_b2
reached the pickup point?', ord_h3到驿站了吗) stays a question, and a return dropped at a post office stays a return.
"""

from __future__ import annotations

import re

QUESTION = ("I can't have an order held for collection or left somewhere else once it is placed; the courier or "
            "the merchant can. Shall I do something else for it?")

# The sentence is about an order already on its way.
_AN_ORDER = re.compile(r"\bord_\w+|\b(?:parcel|package|order|delivery|shipment|courier|driver|postman|postie|delivery ?man"
                       r"|(?:leave|put|drop) (?:the|da|dat|that|my) box)"
                       r"s?\b|快递|快遞|包裹|订单|訂單|快递员|快遞員|外卖|外賣", re.IGNORECASE)
# A place a parcel waits to be collected, or another building's desk.
_PLACE = (r"(?:depot|locker|post office|pick-?up (?:point|station|location|counter|spot|desk)|collection (?:point|centre|center"
          r"|desk|counter)|sorting (?:centre|center|facility|office)|(?:courier|delivery)(?:'s)? (?:office|station|hub|depot)"
          r"|hub|parcel (?:shop|station|point|locker)|convenience store|front desk|reception|concierge|security (?:desk|booth"
          r"|office)|neighbou?r|station|warehouse)")
# A spot at the door a parcel is left at: 'leave the parcel on the porch', 'put da box on da lanai', 'drop the package
# behind the bins', 快递放门口鞋柜上; the goods themselves named ('the box', 'my parcel') or 'it' with the door's cues.
_SPOT = (r"(?:porch|lanai|veranda|verandah|deck|patio|stoop|doorstep|door ?step|steps?|stairs?|stairwell|landing|(?:front |back"
         r" |side |garage |screen )?door|(?:front |back |side )?gate|bins?|wheelie bins?|door ?mat|mat|meter (?:box|cupboard)"
         r"|letter ?box|mail ?box|post ?box|shed|garage|hallway|corridor|balcony|garden|yard|bush(?:es)?|hedge|plant ?pot"
         r"|pot plant|shoe (?:rack|cabinet)|fence|wall|window ?sill|car|boot|trunk|esky|cooler|side of the house)")
_LEFT_AT = re.compile(
    r"\b(?:leave|put|drop|place|stick|chuck|pop|hang|set|stash|hide|throw|toss)\s+(?:(?:the|da|dat|that|my|our|this)\s+)?"
    r"(?:parcels?|packages?|box(?:es)?|deliver(?:y|ies)|orders?|stuff|shipment)\s+(?:(?:down|off)\s+)?(?:on|at|by|in|into|under"
    r"|behind|beside|inside|outside|next to|near|round|around|in front of|over)\s+(?:(?:the|da|dat|my|our|a)\s+)?(?:[\w-]+\s+)?"
    rf"{_SPOT}\b"
    r"|\b(?:leave|put|drop|pop|stick|chuck|hang)\s+(?:it|them)\s+(?:on|at|by|in|under|behind|beside|outside|next to|in front of)"
    rf"\s+(?:(?:the|da|dat|my|our)\s+)?(?:[\w-]+\s+)?{_SPOT}\b(?=[^.?!]*\b(?:knock|ring|buzz|doorbell|bell|courier|driver"
    r"|postman|postie)\b)", re.IGNORECASE)
_ZH_LEFT_AT = re.compile(
    r"(?:快递|快遞|包裹|外卖|外賣)(?![柜櫃箱盒])[^，。！？?]{0,6}?(?:放|搁|擱|挂|掛|扔|留|摆|擺)(?:在|到|喺)?[^，。！？?]{0,4}?"
    r"(?:门口|門口|门外|門外|门边|門邊|鞋柜|鞋櫃|楼道|樓道|楼梯|樓梯|阳台|陽台|信箱|邮箱|郵箱|门把手|門把手|地垫|地墊|门垫|門墊"
    r"|车库|車庫|院子|花盆|窗台|窗臺|电表箱|電錶箱|楼下|樓下)")
_HELD = re.compile(
    r"\b(?:hold|keep|leave|drop|put|store|park|stash|left|held|kept|dropped|stored|sent|send|taken|take|redirect(?:ed)?"
    r"|wait|sit|go|goes|deliver|delivered|swap|switch|change|move|shift|reroute|get|have)\b[^.?!]{0,40}?\b(?:at|in|to|with|into|by)\s+(?:(?:the|a|my|our|their|[\w-]+'s)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_PLACE}\b"
    r"|\b(?:i'?ll|i will|i can|can i|could i|let me|may i|i could|i'd rather|i would rather|i'd like to|i want to)\b"
    r"[^.?!]{0,30}\b(?:collect|pick(?:ing)? (?:[\w-]+ ){0,2}up|fetch|grab|come (?:and )?(?:get|grab|collect)|swing by for)\b"
    r"|\b(?:collect|pick (?:[\w-]+ ){0,2}up|fetch|get|grab)\b[^.?!]{0,30}\bmyself\b"
    r"|\b(?:hold|held|keep|kept)\b[^.?!]{0,30}\b(?:for (?:self[- ])?(?:pickup|pick-up|collection)|till i|until i)\b"
    r"|\bself[- ]collect\w*|\bclick and collect\b", re.IGNORECASE)
_ZH_HELD = re.compile(
    r"(?:放|存|寄存|留|搁|擱|送|改送|转|轉|改寄|寄|派|扔)(?:到|在|去|至|喺|係|给|給)?[^，。！？?]{0,8}?"
    r"(?:驿站|驛站|快递柜|快遞櫃|丰巢|豐巢|网点|網點|代收点|代收點|自提点|自提點|快递点|快遞點|便利店|门卫|門衛|前台|传达室|傳達室"
    r"|仓库|倉庫|超市|邮局|郵局|物业|物業|菜鸟|菜鳥|保安室)"
    r"|自提|自取|到店取|(?:我|俺)?自己[^，。！？?]{0,4}?(?:去|过去|過去|来|來|过来|過來)[^，。！？?]{0,6}?(?:取|拿|提|攞)"
    r"|(?:别|別|不用|不要|唔使|唔好)(?:送|派送)?上门|(?:别|別|不用|不要|唔使|唔好)送上門|(?:别|別|不要|暂停|暫停|停止)派送"
    r"|(?:我|俺)[^，。！？?]{0,6}?(?:去|过去|過去|来|來)[^，。！？?]{0,4}?(?:驿站|驛站|网点|網點|快递点|快遞點|自提点|自提點"
    r"|快递站|快遞站|邮局|郵局|仓库|倉庫|门店|門店)[^，。！？?]{0,3}?(?:取|拿|提|攞)")
# A question about where an order is or whether it was left, and a return dropped off: not a change of place.
_STATUS = re.compile(r"^(?:was|were|has|have|did|is|are)\b(?!\s+(?:there|it possible))(?![^.?!]*\b(?:myself|i'?ll|i will|instead|can|could)\b)"
                     r"|了(?:吗|嗎|没|沒|冇|未|么|麼)|了没有|了沒有|有没有到|有沒有到", re.IGNORECASE)
_RETURN = re.compile(r"\b(?:return|refund|send (?:it |them |\w+ )?back)\b|退", re.IGNORECASE)


def held(text: str) -> bool:
    """The sentence asks for an order to be held for collection or left at another place."""
    if not _AN_ORDER.search(text) or _RETURN.search(text) or _STATUS.search(text.strip()):
        return False
    return bool(_HELD.search(text) or _ZH_HELD.search(text) or _LEFT_AT.search(text) or _ZH_LEFT_AT.search(text))
