"""Words for a person who is not the shopper, shared by the readers that ask whose means pay, whose records are
asked about and who a purpose would hurt.

- ``KIN_EN``: kin (step-, half-, god- and in-law relations too), partners, friends, housemates, workmates, carers,
  neighbours and landlords in English, with the words of other registers a shopper writes in ('bro', 'sis',
  'hubby', Hinglish 'bhai', 'papa', 'behen', Philippine 'tita', 'kuya', 'lola');
- ``KIN_ZH``: the same in Chinese (妈, 老公, 表哥, 继父, 后妈, 姑父, 小叔子, 舍友, 对象, 前任, 同桌, 楼上大爷), with a
  name said the familiar way (老王, 小李, 阿明) and the company or office that owns a card (a courier, 快递小哥, is no 哥);
- ``NAMED_EN``: a word written before 's that is a person rather than a product or a day: not 'my', 'today',
  'the kettle's' and not any word of a recent order's title (the caller passes those).
"""

from __future__ import annotations

KIN_EN = (r"(?:mum|mom|mummy|mommy|mother|ma|dad|daddy|father|pa|papa|mama|parents?|wife|husband|hubby|partner|fianc[eé]e?"
          r"|boss|manager|supervisor|friend|mate|bestie|bff|bro|brother|sis|sister|son|daughter|kid|roommate|room-mate"
          r"|flatmate|housemate|colleague|coworker|co-worker|workmate|neighbou?r|landlord|landlady|tenant|uncle|aunt|auntie"
          r"|aunty|cousin|nephew|niece|grandma|grandpa|gran|granny|grandad|granddad|nan|nana|nanna|grandmother|grandfather"
          r"|(?:brother|sister|father|mother|son|daughter)[- ]in[- ]law|in-laws?|boyfriend|girlfriend|bf|gf|ex|ex-\w+"
          r"|step-?(?:mum|mom|dad|father|mother|brother|sister|son|daughter|child|kid|parent)s?|half-(?:brother|sister)"
          r"|god(?:father|mother|parent|son|daughter)|spouse|guardian|foster (?:mum|mom|dad|father|mother|parents?)"
          r"|nanny|babysitter|carer|caretaker|lodger|employee|intern|assistant|tutor"
          r"|classmate|teammate|employer|bhai|bhaiya|behen|didi|chacha"
          r"|mausi|tita|tito|kuya|ate|lola|lolo)")
KIN_ZH = (r"(?:(?:我|俺|咱)(?:的|家)?)?(?:老公|老婆|男朋友|女朋友|男友|女友|对象|前任|前女友|前男友|爱人|媳妇|先生|太太"
          r"|爸爸?|妈妈?|爹|娘|老爸|老妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|公公|婆婆|岳父|岳母|丈母娘|老丈人"
          r"|(?<!小)哥哥?|姐姐?|弟弟?|妹妹?|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|大哥|大姐|小舅子|舅舅?|舅妈|姑姑?|姨妈?|阿姨"
          r"|叔叔?|婶婶?|伯伯?|大爷|大妈|儿子|女儿|孩子|闺女|侄子|侄女|外甥女?|孙子|孙女"
          r"|继父|继母|继子|继女|后爸|后妈|养父|养母|干爹|干妈|姑父|姑丈|姑妈|姨父|姨夫|姨丈|伯父|伯母|大伯子?|小叔子?|大姑子|小姑子|小姨子"
          r"|嫂子|嫂嫂|弟媳|弟妹|姐夫|妹夫|连襟|妯娌|儿媳|女婿|亲家|前夫|前妻|保姆|护工|家教|下属|员工|合伙人"
          r"|老板|上司|领导|经理|主管|同事|室友|舍友|朋友|兄弟|闺蜜|发小|同学|同桌|邻居|房东|房客|租客"
          r"|公司|单位|别人|他人|人家|他|她|楼上|楼下|隔壁老[\u4e00-\u9fff]|老[王李张刘陈杨赵黄周吴]|小[王李张刘陈杨赵黄周吴]"
          r"|阿[\u4e00-\u9fff](?=的))")
# Words written before 's that name no person: pronouns, times, places and the goods' own parts.
NOT_NAMED = (r"(?:my|your|our|their|his|her|its|it|that|this|there|here|what|who|where|how|when|today|tomorrow|yesterday"
             r"|tonight|week|month|year|one|name|mine|shop|store|seller|merchant|courier|driver|amazon|taobao|order|parcel"
             r"|package|item|product|box|kettle|phone|laptop|let|he|she|everyone|nobody|somebody|someone|everything"
             r"|nothing|something|world|city|country|company|team|kids|children|men|women|people)")
