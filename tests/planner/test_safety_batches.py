"""The offline planner over the safety set's later batches, one table: every must-ask sentence becomes a question
and every plain errand worded near one stays the action it is.

The batches, each written before the change it guards:
- 12th (dev_sentences_safety.py): a need with no product, several products for one count, a purchase and a return
  in one sentence, a device hidden on another person, goods kept from minors, forged documents, markup or
  key=value approval claims, an order's status set by the shopper, bookings and services, fractional or zero
  counts and days already past;
- 13th: a cap or target in another currency, a poison made hard to notice or meant for someone's animal, tools to
  tamper with a meter, SIM cards with no name or in bulk, a caller claiming authority who wants gift-card codes,
  an order id that is none of the shopper's and a watch longer than a year;
- 14th: a quoted euphemism with a hint, tools that falsify a reading or defeat tracking, banned pesticides, exam
  answers, approving or calling off an order, a delivery to a place that is no saved address, a unit with no
  number, a quantity no household buys and a request that names nothing;
- 15th: a standing rule or a game given to the system, a link that acts, a safeguard or the agent's own cap
  stretched, instalments and credit, another person's coupon or login, a claim the shop is to be told, a
  stranger's payment code, an order called off in other words, a count left to a group, a Chinese date no month
  has and counterfeits sold as genuine;
- 16th: lab chemicals and training drugs, rough counts, Roman-numeral counts beyond an order, a currency named
  before its number, an amount below zero, a return-or-exchange left to the agent and the weather (a question
  about an order already placed stays one);
- 17th: a drug to beat a doping or urine test, gift cards asked for by a boss in a hurry, another shopper's order
  asked about in Cantonese, a poem or a song, boat and ferry tickets, an amount in fivers, tenners, quid or bucks,
  an absurd count in Chinese number words and a deadline already gone;
- 19th (dev_sentences_safety_19.py): a setting that turns approval, signing or a spending cap off, in any format,
  a purchase left to the planner to work out, two errands joined loosely and a count with no product;
- 20th (dev_sentences_safety_20.py): fireworks and sprays made for people, harm, instructions and role changes
  inside a story or ramble the readers drop, approval switched off with its words reversed, another person's card
  named without an apostrophe, gift cards for a stranger and a tracker 'she doesn't need to know about';
- 21st (dev_sentences_safety_21.py): a tool wanted for getting into another person's car, phone, account,
  messages, door or card, a fake wanted to pass as real, weapons and drugs named by their category or street word,
  and harm behind a voice slip, a name or a quotation, in English, simplified and traditional Chinese and Cantonese;
- 22nd (dev_sentences_safety_22.py): a return that sends back something else, tells the merchant what is not so,
  keeps the goods or refunds another person, a request spoken by someone other than the shopper, a delivery moved
  for an order the shopper does not have, and a request with no product or for something no shop sells;
- 23rd (dev_sentences_safety_23.py): drugs and weapon parts in the street's words or measured as dealers measure
  them, harm kept by a self-correction or a "my X broke, need a new one", approval or the cap switched off in
  chat words, and another person paying, said in simplified and traditional Chinese and Cantonese;
- 24th (dev_sentences_safety_24.py): a forwarded request the shopper only acknowledges, one that speaks for its
  writer or carries an instruction, a stale deadline, an outsized count or spend, and a place declared to be a
  saved address that is someone else's, nobody's home, or a street address;
- 25th (dev_sentences_safety_25.py): goods got into a prison, a device to be fed an exam's answers, goods of
  protected species, a new address taken from someone else's text, another person's orders, the shopper's health
  or fortune asked about, a count said as a heap, a weekday that is not the date's and 'the usual' with no product;
  its controls include ordinary requests once asked about (a kettle replacing a broken one, a dash cam, paracetamol).
- 26th (dev_sentences_safety_26.py): devices that cheat an exam, an insurer, a gamble or a meter, documents bought to
  pass as real, a false return reason, a skipped verification, drinks with no count, another person's orders, poison
  and despair, a prize paid in gift cards, goods by a back route, covert cameras and spyware, and protected animals.
- 27th (dev_sentences_safety_27.py): book titles holding a frightening word, fake plants, monitors, a product's sides or
  model, toy swords for a child, and the harm near them.
- textforms (dev_sentences_safety_textforms.py): an order called off or undone, other people's orders, harm, a cap
  or approval changed, an instruction to the system and a place no address names, in a slash command, a tracker's
  ticket or text-speak.
- 28th (dev_sentences_safety_28.py): harm slipped into a drinks order or a list, and harmful words spelled in disguise.
- 29th (dev_sentences_safety_29.py): a second product with its own count or verb after a comma, a dash, a full stop or
  a joining word (还要, 顺便, also, plus), two errands of different kinds in one sentence, and an amount left vague.
- 30th (dev_sentences_safety_30.py): another person's card, account or money, a cap waved away, a third person's
  order or refund asked about, a notice telling the assistant to buy, a return whose reason is denied, harm said
  around an ordinary item, and a person hired or writing made to order, whatever frame wraps them.
- 31st (dev_sentences_safety_31.py): an amount in a currency other than the yuan in any script, a time or a day
  that contradicts itself or cannot exist, software and services that cheat a game or an exam, and an order asked
  to be held for collection or left somewhere else.
- 32nd (dev_sentences_safety_32.py): despair, harm to a child and threats said in a purpose clause, money services
  (loans, 网贷, crypto, betting top-ups), rules said to be cancelled or lifted, another person's delivery moved,
  impossible or past times, and amounts or price conditions left open.
- 33rd (dev_sentences_safety_33.py): two products, each with its own count, joined by a regional or spoken 'and'
  (共, 佮, 仲有, 同埋, 加, 兼, 连带, '&', 'n'), by a second counted group, by the lines of a list or by '+' between
  emoji, two drinks in one drinks order and two products for two people.
- 34th (dev_sentences_safety_34.py): a second product in a list said word by word or joined by 又, another
  person's card after an arrow list, a past time as a list's last item, another person's delivery pushed back,
  and US dollars in slang.
- 35th (dev_sentences_safety_35.py): gear that restrains or punishes an animal wanted for a person, a medical result
  asked to be read, goods sent to a venue that is no saved address, where a courier should leave a parcel, and a cap
  in a foreign currency named in Chinese before or after its number.
- 36th (dev_sentences_safety_36.py): a blade wanted past a checkpoint or hidden on the body, drugs by their euphemisms
  or spelt with digits, covert recording of another person's room or window, other people's purchases asked about, a
  product only pointed at, a delivery moved to a place no saved address names, a courier instruction, a third party's
  link and a second request tacked on each become a question; the ordinary errands worded near them keep their action.
- 37th (dev_sentences_safety_37.py): harm to a person said as what an ordinary item is for (a belt to whip a child, a
  lock on the outside of someone's door, rope to tie a parent to a bed, a gag for a person, an allergen slipped into
  food) and a doctor's or a lawyer's advice asked as a question each become a question; the ordinary errands worded
  near them keep their action.
- 38th (dev_sentences_safety_38.py): damage to what belongs to someone else said as what an ordinary item is for (ball
  bearings for a neighbour's car windows, nails for a colleague's tyres, paint for the landlord's door) becomes a
  question; the ordinary errands worded near them keep their action.
- 40th (dev_sentences_safety_40.py): harm words written with look-alike letters, invisible characters or pinyin,
  poisons, opioids, incendiaries, organs, banned food additives and animal-fighting gear, coins and bought papers, and
  a message asking to skip approval become questions; the ordinary errands worded near them keep their action.
- 41st (dev_sentences_safety_41.py): an ordinary item bought to damage another's car, douse a person, poison a person
  or an animal, or sell spoilt food on, and a question about what another person ordered here, become a question; the
  ordinary errands worded near them keep their action.
- 42nd (dev_sentences_safety_42.py): a fact the errand needs that is missing or unknown (an order id none of the
  recent orders has, drinks with no count, a rough or open amount, a cap in another currency, a return taken back, a
  product two orders share) becomes a question; the errands that name what they need keep their action.
- 43rd (dev_sentences_safety_43.py): one sentence carrying two errands of different kinds (a buy, a drinks order, a
  watch, a return, a moved delivery, a question, a cancellation) becomes a question asking which comes first, and so
  does what another person paid; a single errand with a clause of its own (a refund to the card, a watch that buys, a
  delivery day, an aside) keeps its action.
- 44th (dev_sentences_safety_44.py): an ordinary good whose stated use is its misuse (a medicine or gas to get high,
  alcohol, tobacco or vapes for children, an object wanted as a weapon, a door or lock not the shopper's own forced
  open, shared safety equipment disabled) becomes a question; the same goods bought for their ordinary use keep their
  action.
- 45th (dev_sentences_safety_45.py): a purchase followed by a threat on a person, a person tied up or shut in, a child
  or an allergic person fed what hurts them, a place set alight or its glass or lock damaged, people sprayed or a
  poison wanted undetectable, becomes a question; the same items for food, plants, candles, stoves and the shopper's
  own things keep their action.
- 46th (dev_sentences_safety_46.py): an order id shaped like one that none of the recent orders has, goods in bulk
  with no count, coins bought, a degree or licence bought, what another customer ordered, the rules to be skipped or
  bent, and a gun's silencer become questions; the errands near them keep their action.
- 47th (dev_sentences_safety_47.py): a cleaner or a poison put to a food's use, a recipe's list whose opening names
  another person or their animal, and a printed title that cancels an order become a question; the same cleaners for
  sinks and dishes, a recipe's list for a dish and a plain title keep their action.
- 50th (dev_sentences_safety_50.py): a price watch or an errand called off, a purchase whose verb is negated, a
  question pointing at a product two recent orders hold and an amount said as a heap become a question; watches set
  up, questions about one order or about the shopper's own, and purchases with a count said keep their action.
- 51st (dev_sentences_safety_51.py): an order id named with an item of another order, a question about the order of a
  product no recent order holds, a return with an extra demand, a weekday that is not the date's and a fractional
  count of whole goods become a question; an order id with its own item, a weekday that fits, sizes with decimals and
  plain returns keep their action.
- 52nd (dev_sentences_safety_52.py): a live wild or protected animal or a part of one, violence against a person named
  by any kin or role word or said by a euphemism for killing, despair said indirectly, a covert camera for another
  person's room in Chinese, and goods wanted so a security screening misses them become a question; pets from a shop,
  pet food, leather goods, a razor for shaving, a baby monitor for one's own baby, a wrench for the sink or as a
  present and a luggage lock keep their action.
- 53rd (dev_sentences_safety_53.py): a card, an account or a tab that is not the shopper's own, a spending cap set for
  good inside a purchase, an order not wanted to arrive or sent to another place, an address promised later and two
  errands joined by ；另外 or 'also' become a question; the shopper's own card, a cap for this one purchase, a delivery
  moved to another day, a question about where an order is and a single errand keep their action.
- 54th (dev_sentences_safety_54.py): a drinks order with a chain and a count but no drink, a reorder of a product two
  orders hold or of 'the same as last time' with no order named, a guessed price in another currency and a real gun
  for a child become a question; a drinks order naming its drink, a reorder of one order's product, a guessed price in
  yuan and a water pistol for a child keep their action.
- 55th (dev_sentences_safety_55.py): self-harm said as an announcement, a person silenced for good or shut in a room,
  a lesson taught with a tool, a live wild animal for eating and another payer's family card become a question (self-
  harm with the caring one); an ending in its ordinary sense, a child's room, a lesson in a subject, farmed animals
  and bullfrogs for eating and the shopper's own card keep their action.
- 56th (dev_sentences_safety_56.py): a part of one countable product, a refund wanted several times over, goods wanted
  back that two orders hold, a chain's drinks with no drink and no count, and the shipping of a product no recent
  order holds become a question; weights and sizes said as fractions, a plain refund, goods wanted back from the one
  order that holds them, a named drink and the shipping of an ordered product keep their action.
- 57th (dev_sentences_safety_57.py): a crime named as the purpose, an ordinary item filled with something harmful and
  a person bought become a question; crime novels, food-poisoning medicine, rat traps, water guns filled with water, a
  husband pillow and a baby monitor keep their action.
- 59th (dev_sentences_safety_59.py): English purchases with words the readers take off around the product (a scene
  before a dash, a product taken back, a variety's greeting or closer, a thing broken and 'new ones', a money idiom)
  become a question when those words or the rest carry harm, a crime, another's card or home, a cap in another
  currency or no count; the same shapes with ordinary goods keep their action.
- 63rd (dev_sentences_safety_63.py): other shoppers' data asked with a product named (who reviewed, bought or
  returned it, the buyer list), an order called off in other words (back out of, forget the order, 别发了, 撤单,
  反悔了), harm said by a hint (where another person parks or lives, nails spread on a road, a card reader for a cash
  machine's slot, a blade in a sock after a quarrel) and a per-order maximum lifted become a question; a bat for
  little league, nails for a fence, a card reader for SD cards and questions about the shopper's own orders keep
  their action.
- 64th (dev_sentences_safety_64.py): goods sent to a place no saved address names (a boat, a lock-up, a dorm, 'my
  nan's', 送她家, 'sent there'), a count of nothing in other words (nought, nil, zilch, nary a, 〇个, 一个都不), a
  drinks order whose item names no drink (饮料, 喝的, 人气款, 'drinks', 'anything') and an order id glued to Chinese
  words that no recent order has become a question; a product for the boat, 零卡雪碧, a named drink missing from the
  menu words or a flavour before 'drinks', the shopper's own order ids and a medicine for the shopper's own mild
  symptom keep their action.
- 61st (dev_sentences_safety_61.py): cigarettes said beside smoke words, a return whose goods said to have come
  instead carry the brand of the shopper's own item, and a return told with a change of mind that names another
  person's or an unknown order, a refund to another card, goods kept (壶我留着) or a product two orders share become a
  question; a kettle that smokes on first use, another brand that came instead, the same thing handed out at work, a
  stockpile, a move abroad and a whole two-item order returned keep their action.
- 65th (dev_sentences_safety_65.py): harm, a grudge or a crime said where a reader drops or rewrites words (a hashtag,
  a scene before a dash, a verse or twister line, a complaint), and harm or another shopper's records beside a
  question about an order, a tag asking for another errand or place (#shiptomysister, #取消…那单), and goods sent
  to a named place that is no saved address (a park gate, a street number,
  体育馆北门, 快递柜) become a question; Raid spray, 杀虫剂, a bleed key, 报复性消费, 送到家里 keep their action.
- 67th (dev_sentences_safety_67.py): harm, an instruction, a cap lifted, another person's order or card and an address
  that is not saved, said in a ticket's or a form's field (one labelled priority, status or tags too), a sticky note's or
  a stage direction's bracket, a letter's salutation or sign-off, a notice's header or closing line, a vow's frame, a
  'PS', a question and its answer or an arrow to a time, and such a frame with nothing to do, cancelled or past become
  a question; the same shapes around plain purchases, drinks orders, returns, moves, watches and questions keep their
  action.
- 68th (dev_sentences_safety_68.py): harm, a grudge, an instruction to the system, another place or another person's
  money said where a reader now takes words off (a slang or mood opener, a trade or a role said as the buyer, a stall
  that sells, a story before 'so please get', a note taken back, a hesitation), two products or a service in a
  trade's shape, become a question; a mood before hand cream, 放羊的要羊铃铛, a stall's grill, 'locksmith here — key
  blanks', a story before an electric blanket keep their action.
- 69th (dev_sentences_safety_69.py): an amount said as a heap or a range of words ('a smattering of', 'a slew of',
  'multiple', 数个, 一两包, 个把), a product known only as what another person has ('what my sister has', 我同事有的那种),
  a clock the part of the day cannot hold (下午十三点, '3pm in the morning'), a day or a part of the day alone with no
  order named ('tomorrow afternoon', 周五一早) and an order called off in a word become a question; a dozen and a half,
  a purchase for one's mum, 一百八十八封顶, an order named with 'first thing', 'snap one up' and 'the house, 14h30' keep
  their action.
- 70th (dev_sentences_safety_70.py): drugs, arms and poisons named in another language or in street words (ganja,
  dagga, shabu, kokain, bunduki, pistola, zehar, veneno), as the product or where a reader takes foreign words off,
  become a question; hash browns, arsenic-free rice, a toy water pistol, bhindi and a samovar keep their action.
- 71st (dev_sentences_safety_71.py): harm carried by words a reader takes off as harmless (a run-together hashtag, a
  labelled field, a bracketed note, a scene before a dash, a table's note column): violence, self-harm, a setting, or
  a product that hurts when given unseen with another's food, drink, car, lock or stairs become a question; the same
  products for the shopper's own use and harmless tags and labels keep their action.
- 72nd (dev_sentences_safety_72.py): medicine of any class (sleep aids, antihistamines, travel sickness, herbal
  sedatives, in brand, generic or Chinese names) beyond a household's amount, a count said in scores or grosses, drugs
  in other languages' or street words (one that is ambiguous with a word of use beside it), a cap in another currency
  said before its number or in an idiom, and gift cards in bulk with a closer become a question; one pack, a sleeping
  mask, ice for a party, sweets, a loudspeaker and one gift card keep their action.
- 73rd (dev_sentences_safety_73.py): a trade that is a crime said as the buyer, a correction that swaps in goods of
  harm with a purpose naming a person, a Chinese purpose putting the goods into another's eyes, lock, drink or hair, a
  story wishing a person harm, a day said alone as a reschedule, a relayed demand, a cap set as a setting, another's
  purchases, a service, a dangling cap and an open amount become a question; lawful trades, a harmless correction,
  glue to mend shoes and a full cap keep their action.
- zh_frames (dev_sentences_safety_zh_frames.py): a Chinese document frame (minutes, a notice, a blank, a forecast, a
  post) hiding a cancel, harm, another person's order or a cap change, a purpose after the product that harms a
  person, and a team buying for a fight become a question; the same frames around plain purchases keep their action.
- 76th (dev_sentences_safety_76.py): an errand negated or called off (no need to return, 退货不办了, 别退了), a request
  whose head verb lists, shows, finds or counts orders, deliveries or buyers, another person's purchases asked after
  through a chain of people, a question about a product two orders hold and a count of things only pointed at ('two
  of those', 来三个大的) become a question; a return after 算了 said of something else, 'show me phone cases under 60',
  a negated wish before a purchase and a question naming one order keep their action.
- unread (dev_sentences_safety_unread.py): an errand with words in a script the planner does not read (Cyrillic,
  kana, Hangul, Arabic, Hebrew, the Indian scripts, Thai, Greek, Georgian, Armenian, Ethiopic), saying what the
  goods are for, whom they are for, where they go or only thanks, becomes a question; katakana product names, a
  Greek letter as a unit and kaomoji keep their action.
- self_harm (dev_sentences_safety_self_harm.py): harm to oneself said as an intention in any verb of hurting
  (going to, gonna, want to, 'll + a verb of hurting + myself; 要/想/准备 + 伤害/割/毒死 + 自己), anywhere in the message,
  becomes a question; a past accident, a treat for oneself and a warning against getting hurt keep their action.
- added_in (dev_sentences_safety_added.py): a product that is no food added into another person's food or drink
  with the place said before the verb (给室友的汤里加一点), and a person ended, gutted or overdosed beside a purchase or
  in a tag become a question; sugar in a soup, a call ended and a fillet knife keep their action.
- 66th (dev_sentences_safety_66.py): harm, an instruction, another place or another person's money said where a
  variety's greeting, particle or thanks stands (before the first comma, after the last, right after the product,
  in words that look like one: 'pistola', 'kokain', 'sudo', 'send to kumasi') and a sentence left with no product
  once they are off become a question; the same greetings and thanks around plain purchases keep their action.
- 74th (dev_sentences_safety_74.py): harm in the words no field of the planned action accounts for — a run-together
  tag whose words no list holds, a Chinese tag, a purpose in another language, a product put into another person's
  food, drink or medicine, a body part of another person, a story wishing a person harm, a person beside a word no
  lexicon holds — becomes a question; gifts, surprises and thanks for a person, a past accident, greetings in other
  languages, harmless tags and ordinary tools keep their action.
Every question asked says something (it is what the shopper reads).
(The 18th batch, which also checks the class each sentence is read as, has its own module.)
"""

from __future__ import annotations

import pytest

from . import dev_sentences_safety as first
from . import dev_sentences_safety_19 as nineteenth
from . import dev_sentences_safety_20 as twentieth
from . import dev_sentences_safety_21 as twenty_first
from . import dev_sentences_safety_22 as twenty_second
from . import dev_sentences_safety_23 as twenty_third
from . import dev_sentences_safety_24 as twenty_fourth
from . import dev_sentences_safety_25 as twenty_fifth
from . import dev_sentences_safety_26 as twenty_sixth
from . import dev_sentences_safety_27 as twenty_seventh
from . import dev_sentences_safety_28 as twenty_eighth
from . import dev_sentences_safety_29 as twenty_ninth
from . import dev_sentences_safety_30 as thirtieth
from . import dev_sentences_safety_31 as thirty_first
from . import dev_sentences_safety_32 as thirty_second
from . import dev_sentences_safety_33 as thirty_third
from . import dev_sentences_safety_34 as thirty_fourth
from . import dev_sentences_safety_35 as thirty_fifth
from . import dev_sentences_safety_36 as thirty_sixth
from . import dev_sentences_safety_37 as thirty_seventh
from . import dev_sentences_safety_38 as thirty_eighth
from . import dev_sentences_safety_40 as fortieth
from . import dev_sentences_safety_41 as forty_first
from . import dev_sentences_safety_42 as forty_second
from . import dev_sentences_safety_43 as forty_third
from . import dev_sentences_safety_44 as forty_fourth
from . import dev_sentences_safety_45 as forty_fifth
from . import dev_sentences_safety_46 as forty_sixth
from . import dev_sentences_safety_47 as forty_seventh
from . import dev_sentences_safety_50 as fiftieth
from . import dev_sentences_safety_51 as fifty_first
from . import dev_sentences_safety_52 as fifty_second
from . import dev_sentences_safety_53 as fifty_third
from . import dev_sentences_safety_54 as fifty_fourth
from . import dev_sentences_safety_55 as fifty_fifth
from . import dev_sentences_safety_56 as fifty_sixth
from . import dev_sentences_safety_57 as fifty_seventh
from . import dev_sentences_safety_59 as fifty_ninth
from . import dev_sentences_safety_61 as sixty_first
from . import dev_sentences_safety_63 as sixty_third
from . import dev_sentences_safety_64 as sixty_fourth
from . import dev_sentences_safety_65 as sixty_fifth
from . import dev_sentences_safety_66 as sixty_sixth
from . import dev_sentences_safety_67 as sixty_seventh
from . import dev_sentences_safety_68 as sixty_eighth
from . import dev_sentences_safety_69 as sixty_ninth
from . import dev_sentences_safety_70 as seventieth
from . import dev_sentences_safety_71 as seventy_first
from . import dev_sentences_safety_72 as seventy_second
from . import dev_sentences_safety_73 as seventy_third
from . import dev_sentences_safety_74 as seventy_fourth
from . import dev_sentences_safety_76 as seventy_sixth
from . import dev_sentences_safety_added as added_in
from . import dev_sentences_safety_self_harm as self_harm
from . import dev_sentences_safety_textforms as textforms
from . import dev_sentences_safety_unread as unread
from . import dev_sentences_safety_zh_frames as zh_frames
from .test_dev_safety import _plan


def _pairs(batch: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(kind, sentence) for kind, sentences in batch.items() for sentence in sentences]


# batch: (must-ask (kind, sentence), controls (sentence, kind), at least: must-ask, controls, Chinese must-ask)
_BATCHES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], int, int, int]] = {
    "12": (_pairs(first.TWELFTH_BATCH), first.TWELFTH_CONTROLS, 40, 20, 15),
    "13": (_pairs(first.THIRTEENTH_BATCH), first.THIRTEENTH_CONTROLS, 35, 20, 12),
    "14": (_pairs(first.FOURTEENTH_BATCH), first.FOURTEENTH_CONTROLS, 35, 20, 12),
    "15": (_pairs(first.FIFTEENTH_BATCH), first.FIFTEENTH_CONTROLS, 35, 20, 12),
    "16": (_pairs(first.SIXTEENTH_BATCH), first.SIXTEENTH_CONTROLS, 25, 20, 9),
    "17": (_pairs(first.SEVENTEENTH_BATCH), first.SEVENTEENTH_CONTROLS, 30, 20, 15),
    "19": (nineteenth.MUST_ASK, nineteenth.CONTROLS, 20, 12, 6),
    "20": (twentieth.MUST_ASK, twentieth.CONTROLS, 30, 15, 10),
    "21": (twenty_first.MUST_ASK, twenty_first.CONTROLS, 80, 40, 30),
    "22": (twenty_second.MUST_ASK, twenty_second.CONTROLS, 100, 30, 35),
    "23": (twenty_third.MUST_ASK, twenty_third.CONTROLS, 80, 40, 30),
    "24": (twenty_fourth.MUST_ASK, twenty_fourth.CONTROLS, 100, 30, 35),
    "25": (twenty_fifth.MUST_ASK, twenty_fifth.CONTROLS, 70, 30, 30),
    "26": (twenty_sixth.MUST_ASK, twenty_sixth.CONTROLS, 80, 30, 40),
    "27": (twenty_seventh.MUST_ASK, twenty_seventh.CONTROLS, 20, 15, 10),
    "28": (twenty_eighth.MUST_ASK, twenty_eighth.CONTROLS, 30, 20, 12),
    "29": (twenty_ninth.MUST_ASK, twenty_ninth.CONTROLS, 80, 40, 30),
    "30": (thirtieth.MUST_ASK, thirtieth.CONTROLS, 120, 50, 50),
    "31": (thirty_first.MUST_ASK, thirty_first.CONTROLS, 80, 40, 40),
    "32": (thirty_second.MUST_ASK, thirty_second.CONTROLS, 100, 50, 50),
    "33": (thirty_third.MUST_ASK, thirty_third.CONTROLS, 90, 50, 40),
    "34": (thirty_fourth.MUST_ASK, thirty_fourth.CONTROLS, 40, 20, 15),
    "35": (thirty_fifth.MUST_ASK, thirty_fifth.CONTROLS, 70, 30, 30),
    "36": (thirty_sixth.MUST_ASK, thirty_sixth.CONTROLS, 60, 20, 25),
    "37": (thirty_seventh.MUST_ASK, thirty_seventh.CONTROLS, 45, 20, 20),
    "38": (thirty_eighth.MUST_ASK, thirty_eighth.CONTROLS, 12, 8, 6),
    "40": (fortieth.MUST_ASK, fortieth.CONTROLS, 40, 15, 20),
    "41": (forty_first.MUST_ASK, forty_first.CONTROLS, 30, 12, 15),
    "42": (forty_second.MUST_ASK, forty_second.CONTROLS, 30, 12, 12),
    "43": (forty_third.MUST_ASK, forty_third.CONTROLS, 30, 12, 12),
    "44": (forty_fourth.MUST_ASK, forty_fourth.CONTROLS, 40, 12, 20),
    "45": (forty_fifth.MUST_ASK, forty_fifth.CONTROLS, 30, 12, 15),
    "46": (forty_sixth.MUST_ASK, forty_sixth.CONTROLS, 30, 12, 12),
    "47": (forty_seventh.MUST_ASK, forty_seventh.CONTROLS, 18, 10, 8),
    "50": (fiftieth.MUST_ASK, fiftieth.CONTROLS, 60, 25, 25),
    "51": (fifty_first.MUST_ASK, fifty_first.CONTROLS, 80, 30, 30),
    "52": (fifty_second.MUST_ASK, fifty_second.CONTROLS, 80, 30, 35),
    "53": (fifty_third.MUST_ASK, fifty_third.CONTROLS, 80, 30, 35),
    "54": (fifty_fourth.MUST_ASK, fifty_fourth.CONTROLS, 30, 10, 10),
    "55": (fifty_fifth.MUST_ASK, fifty_fifth.CONTROLS, 40, 15, 15),
    "56": (fifty_sixth.MUST_ASK, fifty_sixth.CONTROLS, 40, 15, 15),
    "57": (fifty_seventh.MUST_ASK, fifty_seventh.CONTROLS, 30, 12, 12),
    "59": (fifty_ninth.MUST_ASK, fifty_ninth.CONTROLS, 30, 12, 0),
    "61": (sixty_first.MUST_ASK, sixty_first.CONTROLS, 20, 10, 8),
    "63": (sixty_third.MUST_ASK, sixty_third.CONTROLS, 100, 40, 45),
    "64": (sixty_fourth.MUST_ASK, sixty_fourth.CONTROLS, 80, 40, 30),
    "65": (sixty_fifth.MUST_ASK, sixty_fifth.CONTROLS, 36, 12, 12),
    "66": (sixty_sixth.MUST_ASK, sixty_sixth.CONTROLS, 40, 15, 0),
    "68": (sixty_eighth.MUST_ASK, sixty_eighth.CONTROLS, 45, 15, 20),
    "67": (sixty_seventh.MUST_ASK, sixty_seventh.CONTROLS, 45, 15, 15),
    "69": (sixty_ninth.MUST_ASK, sixty_ninth.CONTROLS, 45, 15, 15),
    "70": (seventieth.MUST_ASK, seventieth.CONTROLS, 36, 12, 0),
    "71": (seventy_first.MUST_ASK, seventy_first.CONTROLS, 60, 20, 20),
    "72": (seventy_second.MUST_ASK, seventy_second.CONTROLS, 60, 20, 20),
    "73": (seventy_third.MUST_ASK, seventy_third.CONTROLS, 60, 20, 20),
    "zh_frames": (zh_frames.MUST_ASK, zh_frames.CONTROLS, 40, 15, 40),
    "74": (seventy_fourth.MUST_ASK, seventy_fourth.CONTROLS, 120, 60, 40),
    "76": (seventy_sixth.MUST_ASK, seventy_sixth.CONTROLS, 100, 50, 40),
    "unread": (unread.MUST_ASK, unread.CONTROLS, 55, 14, 8),
    "self_harm": (self_harm.MUST_ASK, self_harm.CONTROLS, 20, 8, 8),
    "added_in": (added_in.MUST_ASK, added_in.CONTROLS, 12, 4, 6),
    "textforms": (textforms.MUST_ASK, textforms.CONTROLS, 36, 12, 0),
}
MUST_ASK = [(batch, kind, sentence) for batch, (asked, *_) in _BATCHES.items() for kind, sentence in asked]
CONTROLS = [(batch, sentence, kind) for batch, (_, controls, *_) in _BATCHES.items() for sentence, kind in controls]


@pytest.mark.parametrize("batch", list(_BATCHES))
def test_the_batch_is_broad(batch: str) -> None:
    asked, controls, least_asked, least_controls, least_chinese = _BATCHES[batch]
    assert len(asked) >= least_asked and len(controls) >= least_controls
    assert sum(1 for _, s in asked if any("\u4e00" <= c <= "\u9fff" for c in s)) >= least_chinese


@pytest.mark.parametrize(("batch", "kind", "sentence"), MUST_ASK, ids=[f"{b}:{k}:{s[:40]}" for b, k, s in MUST_ASK])
def test_must_ask_sentence_becomes_a_question(batch: str, kind: str, sentence: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == "clarify", f"batch {batch}, {kind}: {sentence!r} planned as {action!r}"
    assert getattr(action, "question", "").strip()


@pytest.mark.parametrize(("batch", "sentence", "kind"), CONTROLS, ids=[f"{b}:{s[:40]}" for b, s, _ in CONTROLS])
def test_plain_errand_near_the_batch_stays_an_action(batch: str, sentence: str, kind: str) -> None:
    action = _plan(sentence)
    assert getattr(action, "kind", None) == kind, f"batch {batch}: {sentence!r} planned as {action!r}"
