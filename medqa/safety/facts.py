"""Second red-flag detector, part 1: normalise a message into facts, then apply rules over the facts.

Independent of the concept/window rules in triage.py: instead of matching phrasings it reads what a
message states (an age in days, a temperature in Celsius, a pregnancy, a substance swallowed and how
much) from clauses that describe something happening now. A clause is set aside when it is negated
("no fever", "没有发烧"), in the past ("last year", "上次", "去年"), hypothetical ("what if", "如果") or a
question about dosing ("what dose", "吃几片"). Ages and temperatures are read from digits, English number
words and Chinese numerals, with ranges such as "三个月不到" and units such as "2 wk", "100.4 F".
"""

import re
from dataclasses import dataclass, field

from medqa.safety.normalize import normalize_triage

EMERGENCY = "emergency"

# A full stop between digits is a decimal point ("100.4 f"), not the end of a clause.
_CLAUSE_SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[;!?\n\u3002\uff1b\uff01\uff1f]+|,|\uff0c|\u3001|\bbut\b|但是|可是")
_PAST = re.compile(
    r"(?<!same as )(?<!like )\b(last (year|month|week|summer|winter)|(?<!as )last time|years? ago|months? ago|when i was|used to|history of|in (19|20)\d\d|"
    r"previously|in the past|back in|as a (kid|child|teen\w*|toddler|youngster|student)|when (i|he|she|they) (was|were) (a kid|little|young|younger|a child|a teen\w*|small))\b|(?<![跟和同像比])上次(?!.{0,4}(一样|一模一样|差不多|相同))|去年|前年|以前|曾经|小时候|[\d一二三四五六七八九十两几]{1,3}(年|个月)前|病史"
)
_HYPOTHETICAL = re.compile(r"\b(what if|what (should|do|would|can) (i|we) do (if|when)|later on|in case|suppose|supposing|if ever|should .{0,20} ever|if (someone|somebody|anyone|a person)|if (i|he|she|we|they|you) ever)\b|如果|万一|假如|要是|假设")
_DOSE_QUESTION = re.compile(
    r"\b(what|which|how much|how many|right|correct|safe|usual|maximum|max) (dose|doses|dosage|amount|mg|ml|tablets?|pills?)\b"
    r"|(?<!times the )(?<!twice the )(?<!double the )(?<!triple the )\bdos(e|age|ing) (of|for)\b|\b(can|should|could|may) (i|we) (give|take)\b|\bhow (much|many)\b.{0,30}\b(give|take)\b"
    r"|剂量|用量|吃几|吃多少|给多少|喝多少|几毫升|多少毫升|多少毫克|怎么吃|最多.{0,4}(吃|服|用|给|喝).{0,3}(多少|几)|(吃|服|用)得?多少"
    # R20: whether to give a child a medicine at all, asked before anything was swallowed (给他吃了中不, 俾佢食得唔得)
    r"|(给|俾|畀)(他|她|孩子|娃|宝宝|小孩|佢)(吃|食|服)(了|咗)?(中不中|中不|中吗|行不行|行不|行吗|可以不|可以吗|可不可以|得不得|得唔得|好不好|啱唔啱)"
)
_NEGATION = re.compile(r"\b(no|not|never|without|denies|none|negative for)\b|没有|没|无|未|不")

_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "few": 3, "couple of": 2, "a couple of": 2,
}
_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"(\d{1,3}(?:\.\d)?|[零一二两三四五六七八九十半]{1,4}|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + ")"
_UNIT_DAYS = {"day": 1, "days": 1, "d": 1, "天": 1, "日": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "周": 7, "星期": 7,
              "month": 30.4, "months": 30.4, "mo": 30.4, "mos": 30.4, "月": 30.4, "个月": 30.4}
_AGE = re.compile(
    _NUMBER + r"[ -]?(?:and a half )?(days?|weeks?|wks?|months?|mos?|d)[ -]?(old|of age)\b"
    r"|\b(?:baby|infant|newborn|son|daughter|boy|girl|she|he|lassie|laddie|wean|bairn|bub|bubba|bb|little one|wee one|"
    # TR29 (blind29): a grandchild, nephew or niece told with the age ('grandson is 7 wks')
    r"grandson|granddaughter|grandbaby|grandchild|nephew|niece|"
    r"babby|babe|bubs)(?: is| was born|,| has| have| now| only| just)? " + _NUMBER
    + r" (days?|weeks?|wks?|months?)\b(?! (ago|pregnant))"
    r"|" + _NUMBER + r" (days?|weeks?|months?) (baby|infant|newborn|old baby)"
    r"|(?:宝宝|婴儿|小宝|孩子|娃)(?:才|刚|刚满)?" + _NUMBER + r"(?:(个半|个多|个)(月)|(周|星期))(不到|大)?(?!前)"
    r"|(出生快|出生将近|出生差不多|出生才|出生刚|出生未够|出生不到|不到|才|刚|刚满|只有|出生|满)?" + _NUMBER
    + r"(个半|个多|多个|个)?(天|周|星期|月)(不到|大|左右|的宝宝|的婴儿|宝宝|婴儿"
    # round 47m (blind46 misses): the age told before the child it names (两个月的女儿, 兩個月嘅仔)
    r"|(?:的|嘅)(?:女儿|儿子|孩子|小孩|宝宝|bb|囡囡|囡|孙女|孙子|外孙女|外孙|仔|女(?!人|士|性|朋友|友|同事)"
    # session 43 (lead): the regional words for a baby (娃 north and west, 伢 in 湘/赣/鄂, 毛毛 in 川/湘): the KB's own
    # paraphrase "两个月的娃发烧38度，能先在家观察吗" read as nothing at all
    r"|娃娃|娃儿|娃子|小娃|奶娃|娃|伢崽|伢子|伢儿|伢|毛毛))?"
    # an age set off by a comma names the baby it follows ('my daughter, 6 weeks has fever', 'a baby, 2 months is hot')
    # 'only five weeks', 'just ten days': a short span said of someone is an age (months stay durations)
    r"|(?:\b(?:is|are)|'s) (?:only|just|barely|not yet|not even) " + _NUMBER
    + r" (days?|weeks?|wks?)\b(?! (ago|pregnant|since|of|left|to go|into|after|before|until|till|late|overdue))"
    r"|^\s*" + _NUMBER + r" (days?|weeks?|wks?|months?) (?=(has (?!had|been)|with|got|is (hot|burning|feverish|running|very|really|so|warm|floppy|"
    r"sleepy|not|grunting))\b)"
    # blind30 (spent): a baby told as born some weeks ago ('baby born 2 months ago', 'our son was born six weeks ago')
    r"|\b(?:baby|infant|newborn|son|daughter|boy|girl|he|she|they|bb|little one|grandson|granddaughter)(?: was| were)? born "
    + _NUMBER + r" (days?|weeks?|wks?|months?) ago\b"
    # TR38 (blind38, spent): the baby named with a short clause before the age ('the baby we are fostering is 7 weeks',
    # 'the little one my sister minds is 6 weeks'); days and weeks only (a month count may be a pregnancy or a span)
    r"|\b(?:baby|infant|newborn|little one|grandbaby|foster baby)(?: \w+){1,5}? is (?:only |just |now |barely )?" + _NUMBER
    + r" (days?|weeks?|wks?)\b(?! (ago|pregnant|since|of|left|to go|into|after|before|until|till|late|overdue|along|early))"
)
# round 9: a clause that is only a span ('baby hot, 7 week, what do', 'my son, 2 months, fussy') is the age of the
# child the message names; without a child word it is a duration ('high fever, 3 days').
_BARE_AGE_CLAUSE = re.compile(r"^\s*(?:" + _NUMBER + r" (days?|weeks?|wks?)|(1|2|one|two|a) (months?))( old)?\s*$")
_NEWBORN = re.compile(r"\b(newborn|new born|neonate)\b|新生儿|刚出生|刚满月|满月|出生没几天")
_TEMPERATURE = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d{1,2})?)(?!\.?\d) ?(°|degrees?|deg|c\b|f\b|度|℃|℉)?")
_TEMP_CUE = re.compile(r"\b(fever|temp\w*|thermometer|degrees?|reading|hot|warm|under (the|her|his) arm|armpit|axillary|"
                       r"forehead|ear|rectal|oral)\b|发烧|发热|体温|烧到|度|腋温|额温|耳温|肛温|腋下")
# "38 point 4" (voice typing, phone slang) is 38.4; "三十八度五" is 38.5 written in Chinese numerals.
_POINT_DECIMAL = re.compile(r"\b(\d{2,3}) point (\d)\b")
_OTHER_UNIT = re.compile(r" ?(kg|kilos?|lbs?|mmol|mg|%|cm|mm|weeks?|wks?|days?|years?|周|公斤|斤|岁)")
_ZH_TEMPERATURE = re.compile(r"(三十[五六七八九]|四十[一二]?)度([一二三四五六七八九])?")
# round 33d (blind53): a reading written in Chinese numerals with 点 for the decimal point (三十八点三, 三十七點九 folded)
_ZH_POINT_TEMPERATURE = re.compile(r"(?<![一二三四五六七八九十])(三十[五六七八九]|四十[一二]?)点([零一二三四五六七八九])(?!\s*(公斤|斤|岁|周|万|元|块|米|个|分|公里|度[一二三四五六七八九]))")
_FEVER_WORD = re.compile(r"\b(fever\w*|febrile|burning up|roastin[g']?|boiling hot|red hot|like a furnace|(very |really |so )?hot to (the )?touch|feels? (very |really |so )?hot|"
                         r"high temp\w*|running a temp\w*|has a temp\w*|(baby|body|skin|forehead|head) (is |feels? |very |so |really |all )*(hot|burning))\b|发烧|发热|高烧|烫手|很烫|摸着烫|摸着很烫")
_PREGNANT = re.compile(r"\b(pregnan\w*|weeks along|expecting|trimester)\b|\b(i am|i'm|she is|wife is|partner is) ([2-4]\d) weeks\b"
                       r"|怀孕|孕[\d一二三四五六七八九十]|孕期|孕妇|妊娠|孕晚期|孕中期")
# "blood sugar", "blood pressure", "blood test" name a measurement, not a bleed.
_BLEEDING = re.compile(r"\b(bleed\w*|blood(?! (sugars?|pressure|tests?|group|type|glucose|levels?|count|work|results?|donation))|spotting|clots?|haemorrhag\w*|hemorrhag\w*)\b|出血|流血|见红|血块")
_FETAL_MOVEMENT_LOW = re.compile(
    r"\b(baby|babies|fetus|foetus|bub|bubba|bump)\b.{0,25}\b(not moving|has not moved|hasn't moved|stopped moving|not moved|moving less|"
    r"(hardly|barely|scarcely) (moved|moving|kicked|kicking)|"
    r"moves less|less movement|slowed down|not kicking|stopped kicking|quiet)\b"
    r"|\b(can not|cannot|can't|could not|do not|don't|have not|haven't) (feel|felt)( the| my| her)? (baby|kicks|movements?)\b"
    r"|\b(reduced|less|fewer|no|decreased) (fetal |foetal |baby )?(movements?|kicks)\b|\bmovements?\b.{0,20}\b(slowed|stopped|reduced|less)\b"
    r"|胎动.{0,4}(减少|少了|变少|没有|没了|消失|很少|明显少|不明显)|(没有|没|感觉不到|摸不到)胎动|(宝宝|孩子|胎儿).{0,6}(不动了|没动|一直不动)"
)
_SEVERE_BELLY = re.compile(r"\b(severe|terrible|unbearable|excruciating|really bad)\b.{0,20}\b(stomach|belly|abdominal|tummy)\b"
                           r"|(肚子|腹).{0,4}(剧痛|疼得厉害|痛得厉害|很痛|很疼)|剧烈腹痛")
_TAKEN = re.compile(r"\b(swallow\w*|ate|eaten|took|taken|drank|drunk|got into|chew\w*|downed|gulped|popped|overdosed|injected|"
                    # round 8: a mouthful told as a swig, a sip or a lick
                    r"swig\w*|sipped|licked|had (a |some )?(swig|sip|gulp|mouthful|drink|lick|taste|bite) of|got hold of|been into|helped (himself|herself) to)\b"
                    r"|吃了|吞了|喝了|服了|误服|误食|误喝|误吞|偷吃|吃掉|喝掉|吞下|吃下|服下|(把|将).{0,12}(吃|喝|吞)了")
_SUBSTANCE = re.compile(
    r"\b(pills?|tablets?|capsules?|meds|medications?|medicines?|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|"
    r"aspirin|insulin|antidepressants?|sleeping pills|opioids?|oxy\w*|codeine|tramadol|morphine|fentanyl|xanax|valium|"
    r"benzos?|vitamins?|gummies|iron|bleach|detergent|dishwasher tablets?|laundry pods?|drain cleaner|antifreeze|poison\w*|"
    r"pesticide|weed ?killer|button batter(y|ies)|batter(y|ies)|magnets?|alcohol|vodka|e-?liquid)\b"
    # round 8: any household product named by what it cleans and its form ('the dishwasher liquid', 'fabric softener')
    r"|\b(dishwasher|washing[- ]up|washing|laundry|fabric|floor|window|toilet|oven|drain|kitchen|bathroom|surface|carpet|"
    r"furniture|dish|bath|mould|mold|limescale|multi-?purpose|all-?purpose)( \w+)? (liquid|fluid|cleaner|spray|polish|powder|"
    r"soap|detergent|softener|pods?|tabs?|tablets?|gel|remover)\b"
    r"|药|(?<![照图名薯切卡唱影刀肉鱼面叶相胶底芯鳞瓦纸大])片(?!(红|疹|疙瘩|淤|青|紫|水泡|叶|区|地|刻|段|天|海|森林|子|场|空白|混乱|狼藉|肿|皮))|胶囊|布洛芬|对乙酰氨基酚|扑热息痛|阿司匹林|安眠药|降压药|退烧药|感冒药|胰岛素|铁剂|消毒液|漂白|农药|老鼠药|洗衣凝珠|洗衣液|电池|酒"
)
# TR40 (everyday15/16, spent): food or drink swallowed, swallowing as a sore-throat complaint and a tablet computer
# are no substance taken: these words are set aside before the taken and substance checks of a clause.
_FOOD_ZH = (r"饭|米饭|面条|面|粥|馄饨|云吞|饺子|包子|馒头|养乐多|酸奶|牛奶|奶|白开水|开水|温水|水(?!银|池|槽|管|箱|桶|盆|龙头|沟|缸)|汤|果汁|饮料|茶|咖啡|蛋糕|面包|饼干|糖|水果|苹果|"
            r"香蕉|橙|菜|肉|鸡蛋|蛋|零食|冰淇淋|冰激凌|雪糕|可乐|早饭|午饭|晚饭|早餐|午餐|晚餐|夜宵|宵夜|点心|月饼|粽子|汤圆|西瓜|米粉|肠粉|饼")
_FOOD_EN = (r"toast|sandwich\w*|breakfast|lunch|dinner|tea|supper|soup|cereal|porridge|pasta|rice|chips|crisps|apples?|bananas?|fruit|"
            r"yog(h)?urts?|ice[- ]lolly|ice[- ]lollies|lolly|lollies|ice[- ]creams?|biscuits?|cakes?|water|juice|milk|squash|smoothies?|"
            r"jelly babies|sweets|chocolate|pizza|burgers?|noodles|beans|eggs?|cheese|bread|meal|snacks?|jelly|custard|yoghurt")
_NOT_INGESTION_FOOD = re.compile(
    r"(吃|喝|食|饮)(了|咗|下|掉)?(一|两|半|几|好几|一大|一小|\d+)?(个|碗|大碗|小碗|盘|杯|瓶|块|顿|口|根|串|份|支|勺|碟)?(" + _FOOD_ZH + r")"
    r"|\b(ate|eaten|eating|drank|drunk|drinking|had|having)( a| an| some| the| his| her| my| their| two| three| \d+)?( bowl| plate| slice| piece| bit| cup| glass| mug| bottle| packet| pack| bag)?( of)? (" + _FOOD_EN + r")\b")
_NOT_INGESTION_OTHER = re.compile(
    r"\b(swallow\w*) (hurts?|is (painful|sore|uncomfortable|difficult)|painful|sore)\b"
    r"|\b(hurts?|pain|painful|sore|difficulty|trouble|hard|struggl\w*|discomfort) (to|when|on|with|while) swallow\w*\b"
    r"|\b(glued to|on|playing on|watching) (his|her|the|my|their|our|your) (tablet|ipad)\b|\btablet (games?|screen|time)\b|\bipad\b")
_NOT_INGESTION = re.compile(_NOT_INGESTION_FOOD.pattern + "|" + _NOT_INGESTION_OTHER.pattern)  # any of them (a cheap test)
_CLAUSE_REST = re.compile(r"[^,.;:?!\n，。；：？！]*")


def mask_not_ingestion(text: str) -> str:
    """The text with a meal or drink, a swallowing complaint and a tablet computer blanked (same length); a meal is kept
    when a substance is named later in its clause ('喝了水槽底下的漂白水', 'ate his lunch then swallowed my tablets')."""
    blank = lambda m: " " * len(m.group(0))
    text = _NOT_INGESTION_OTHER.sub(blank, text)

    def food(m: re.Match) -> str:
        rest = _CLAUSE_REST.match(text, m.end()).group(0)
        return m.group(0) if _SUBSTANCE.search(m.group(0) + rest) else blank(m)
    return _NOT_INGESTION_FOOD.sub(food, text)


_AMOUNT = re.compile(
    r"\b(whole|entire|full|all (of )?(the|my|his|her)|bottle|pack|packet|box|handful|lots|a lot|loads|too many|too much|"
    r"double|triple|extra|some of|(week|month|fortnight)'?s? (worth|supply)|(days?|weeks?)'? (worth|supply)|not sure how (many|much)|(\d{2,3}|[5-9]|ten|twenty|thirty|forty|fifty) (of|pills|tablets|capsules))\b"
    r"|(成|一|整|几|两)(个)?(礼拜|星期|周|月)(的)?(份量|分量|量|药)|一次过|一整瓶|整瓶|一瓶|半瓶|一盒|一板|一大把|一把|好几片|好多片|很多片|整板|过量|好几颗|多少片不知道"
    # round 40z (blind60a): a count in tens, never a temperature, an age, a pregnancy's weeks or a time (发烧三十八度,
    # 三十八点五, 三十周, 几十年)
    r"|(几十|二十|三十)(?![一二三四五六七八九]?多?(度|点|℃|岁|周|週|星期|礼拜|个?月|年|号|块|元|斤|公斤|分钟|天|日))"
)
_CHILD = re.compile(r"\b((little|baby|kid|younger|wee) (brother|sister|bro|sis)|wee (one|yin|boy|girl|lad|lass|man|bairn)|weans?|bairns?|little (one|un|mite)|nipper|kiddo|"
                    r"child|kid|son|daughter|toddler|baby|infant|boy|girl|\d{1,2} ?(yo|y/o|yr old|year old|years old))\b"
                    r"|孩子|小孩|宝宝|儿子|女儿|娃|婴儿|幼儿")
_CORROSIVE_ON_BODY = re.compile(
    r"\b(acid|bleach|drain cleaner|oven cleaner|lye|caustic|alkali)\b.{0,30}\b(on|in|over) (my|his|her|their|the|both) (\w+ )?"
    # round 12: plural and more body parts ('caustic on his forearms and face')
    r"(hands?|(fore)?arms?|face|eyes?|skin|legs?|foot|feet|chest|neck|back|body)\b"
    r"|(强酸|强碱|硫酸|盐酸|火碱|烧碱|洁厕|管道疏通剂).{0,10}(手|脸|眼|皮|身上)|(手|脸|眼|身上).{0,4}(沾|溅|泼|洒).{0,4}(强酸|强碱|硫酸|盐酸|火碱|烧碱)"
)
# IN2 (session 20): a splash washed off at once with the skin said to be fine is first aid done, not a burn
_RINSED_FINE = re.compile(
    r"\b(washed|rinsed|wiped|flushed|ran) (it |them )?(off|away|under (the )?(tap|water))\b.{0,40}\b(?<!not )(fine|ok|okay|normal|no (redness|burn|mark|marks|pain|damage))\b"
    r"|(马上|立刻|即刻|立即)?(洗|冲)(掉|干净|走)(了)?.{0,10}(没事|没有事|正常|没有?(红|痛|伤|损伤))"
)
_CHIN_TO_CHEST = re.compile(r"\b(can not|cannot|can't|cant|unable to|could not) (touch|put|bring|get|bend)( \w+){0,3} chin\b"
                            r"|下巴.{0,4}(碰不到|够不到|贴不到)胸|不能低头|低不了头")
_WOUND = re.compile(r"\b(cut|gash|wound|laceration|slash\w*|sliced|stab\w*)\b|伤口|口子|割|划|刺伤")
# Sepsis: an infection (or surgery, chemotherapy, childbirth) plus a sign of organ trouble or shock.
_INFECTION = re.compile(r"\b(infect\w*|uti|urine infection|cellulitis|pneumonia|abscess|kidney infection|pyelo\w*|"
                        r"(after|since) (the |my |her |his )?(surgery|operation|op|c-?section|caesarean|birth|delivery)|post[- ]?op\w*|"
                        r"chemo\w*|infected wound)\b|感染|肺炎|蜂窝织炎|术后|剖腹产后|剖宫产后|产后|化疗|脓肿")
_ORGAN_SIGN = re.compile(
    # round 19: a habit ('gets confused when she is somewhere new') is no new sign
    r"(?<!gets )(?<!get )(?<!often )(?<!always )(?<!sometimes )(?<!easily )\b(confus\w*|not making sense|drowsy|drowsey|lethargic|very sleepy|really sleepy|hard to wake|(can|could) not wake|"
    r"barely (conscious|awake|responding)|mottled|blotchy|cold (and clammy|hands|feet)|clammy|shiver\w*|rigors?|"
    r"shaking with chills|heart (is )?racing|breathing (very )?fast|fast breathing|"
    r"(has not|have not|not|no|barely) (peed|pee|peeing|wee\w*|urinat\w*|passed (any )?urine|passing (any )?urine)|no urine|"
    r"feels? like (she is |he is |i am )?dying|very unwell|delirious)\b"
    r"|嗜睡|昏昏沉沉|叫不醒|神志不清|意识不清|迷糊|糊涂|说胡话|皮肤发花|花斑|手脚冰凉|四肢冰凉|寒战|心跳.{0,2}快|"
    r"(没|没有|不)(小便|尿)|少尿|血压(很|特别)?低"
)
# A child who is floppy, limp or will not feed: any age for floppy/unresponsive, young infants for feeding.
_FLOPPY = re.compile(r"\b(floppy|limp|rag ?doll|listless|lethargic|barely (responding|moving|crying)|not responding|"
                     r"unresponsive|too sleepy to (wake|feed)|will not wake|(can|could) not wake|hard to wake)\b"
                     r"|软绵绵|软软的|软趴趴|软塌塌|发软|浑身没劲|没反应|叫不醒|叫都叫不醒|蔫|哭声很弱|眼神发直")
_NOT_FEEDING = re.compile(
    r"\b((not|stopped|refus\w*|will not|would not|does not|has not|have not|hasn't) (been )?(feed\w*|fed|nurs\w*|"
    r"(take|taking|drink\w*|eat\w*|tak\w+) (any |her |his |the |a )?(milk|bottles?|formula|breast|feeds?))|"
    r"refus\w* (every |all |the |her |his |any )?(feeds?|bottles?|breast|milk)|not interested in (feeds?|milk|the bottle))\b"
    r"|不吃奶|不喝奶|没吃奶|没喝奶|拒奶|吃不进奶|不肯吃奶|不肯喝奶|奶也不(吃|喝)|奶都不(吃|喝)|一天没吃|喂不进"
)
_BLUE_LIPS = re.compile(r"\b(lips?|face|mouth|skin|fingers?)\b( \w+){0,4} (blue|bluish|blueish|purple|grey|gray|dusky)\b"
                        r"|\b(blue|bluish|blueish|purple|dusky) (lips?|face|skin)\b|\b(looks?|looking|turning|gone|going) blue\b"
                        r"|(嘴唇|嘴巴|嘴|脸|脸色|面色|指甲|皮肤).{0,3}(发紫|发青|青紫|青青|发乌|发绀|发黑|发灰)"
                        # round 8: a colour change told as an idiom ('gone a funny colour', 'turned a horrible colour')
                        r"|\b(gone|going|turned|turning|went) (a )?(funny|strange|weird|odd|horrible|bad|dusky|purple|ashen) colou?r\b")
_GRUNTING = re.compile(r"\bgrunt\w*\b.{0,30}\b(breath\w*)\b|\b(ribs?|chest|skin between)\b.{0,20}\b(suck\w* in|pull\w* in|caving)\b"
                       r"|呼吸.{0,4}呻吟|肋骨.{0,6}(凹|陷)")
_HOT_INJURY = re.compile(r"\b(burn\w*|scald\w*|boiling|hot (water|oil|soup|tea|coffee|iron|pan|liquid)|kettle|fire|flames?)\b"
                         r"|烫|烧伤|开水|热汤|热油|热水|沸水|着火|火烧"
                         # round 36h (blind56): a hot appliance touched (a rice cooker, an iron, a stove, an exhaust pipe)
                         r"|\b(touch\w*|grabb?\w*|put (his|her|their|my) hands? on) (the |a )?(hot )?(stove|hob|oven|iron|cooker|rice cooker|radiator|exhaust( pipe)?|heater)\b"
                         r"|电饭锅|电锅|电饭煲|熨斗|烤箱|火炉|炉子|炉头|排气管|暖炉|电暖器")
_BURN_SEVERE_SIGN = re.compile(
    r"\b((big|large|huge|massive|lots of|loads of) blisters?|blister\w* (all over|everywhere)|blistered|skin (is )?(coming|peeling|hanging) "
    r"(off|away)|skin coming away|charred|white and leathery|all over (the|his|her) (chest|back|legs?|arms?|face)|coughing (black|soot)|"
    r"burns? (on|to) (the |his |her |my )?(face|both|hands?|chest|genitals))\b"
    r"|一大片水泡|大水泡|全是水泡|起大泡|大面积|皮.{0,2}掉|掉皮|皮肤发黑|咳出黑|(半个|整个)(背|胸|腿)")
_METER_EXTREME = re.compile(r"\b(meter|monitor|glucometer|reading|reads|sugar|glucose|bg|bm)\b( \w+){0,3} (says|said|reads|shows|showing|is|just says) (lo|hi)\b"
                            r"|(血糖仪|血糖).{0,4}(显示|是)?\s?(lo|hi)\b|血糖测不出")
_NONBLANCHING = re.compile(
    r"\b(purple|dark red|red-purple|bruise-like)\b.{0,25}\b(spots?|dots?|marks?|rash|blotches)\b"
    r"|\brash like (little )?bruises\b|\b(spots?|dots?|rash|marks?)\b.{0,40}\b(do not|does not|did not|will not) (go away|fade|disappear)"
    r"|\b(stay|stays|remain|remains|still there) when (i )?press|\bunder (a|the) glass\b(?!.{0,15}\b(fade|fades|faded|disappear|go away|goes away|went away|vanish))"
    r"|紫点|紫斑|出血点|暗红色的点|(压|按).{0,4}(也)?不(退|褪)|不褪色"
)
# round 21: an adverb between ('fades completely under a glass') is still the reassuring result
# round 47f: 'they go away under the glass', 'went pale when pressed', 用杯压会褪 / 变淡
_BLANCHING = re.compile(r"\b(fade|fades|faded|fading|disappear\w*|blanch\w*|go away|goes away|went away|gone|vanish\w*|go pale|goes pale|went pale|go white|goes white|went white)"
                        r"( completely| fully| totally| right away| straight away| away)? (when|under|if|with)\b|按压会褪|按了会褪|会褪色|压了会褪"
                        r"|(杯|玻璃)[^,.;:?!\n，。；：？！]{0,8}(会|就|都)?(褪|消失|变淡|变白|不见)")
_FLOW = re.compile(r"\b(gush\w*|spurt\w*|pour\w*|pumping|(will|does|is) not stop\w*|won't stop|not stopping|soak\w* through)\b"
                   r"|止不住|往外喷|喷血|哗哗|按不住|流个不停|一直流")


@dataclass
class Facts:
    """What a message states about now: ages, temperatures, pregnancy, ingestion (clauses about now only)."""

    age_days: list[float] = field(default_factory=list)
    temperatures_c: list[float] = field(default_factory=list)
    fever_word: bool = False
    pregnant: bool = False
    bleeding: bool = False
    reduced_fetal_movement: bool = False
    severe_belly_pain: bool = False
    taken: bool = False
    substance: bool = False
    amount: bool = False
    child: bool = False
    dose_question: bool = False
    corrosive_on_body: bool = False
    rinsed_fine: bool = False
    chin_to_chest: bool = False
    wound: bool = False
    heavy_flow: bool = False
    infection: bool = False
    organ_sign: bool = False
    floppy: bool = False
    not_feeding: bool = False
    blue_lips: bool = False
    grunting: bool = False
    hot_injury: bool = False
    burn_severe_sign: bool = False
    meter_extreme: bool = False
    nonblanching_rash: bool = False


def _number(token: str) -> float:
    """Value of a number written in digits, English words or Chinese numerals (二十, 两, 十五, 半)."""
    token = token.strip()
    if re.fullmatch(r"\d+(\.\d+)?", token):
        return float(token)
    if token in _EN_NUMBERS:
        return float(_EN_NUMBERS[token])
    if token == "半":
        return 0.5
    total, current = 0.0, 0.0
    for ch in token:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "半":
            current += 0.5
        else:
            current = _ZH_DIGITS.get(ch, 0)
    return total + current


def _ages(clause: str) -> list[float]:
    """Ages in days stated in a clause (English or Chinese, words or numerals, 'under N months' ranges)."""
    ages = []
    for m in _AGE.finditer(clause):
        groups = [g for g in m.groups() if g is not None]
        number = next((g for g in groups if re.fullmatch(_NUMBER, g)), None)
        unit = next((g for g in groups if g in _UNIT_DAYS or g.rstrip("s") in _UNIT_DAYS), None)
        if number is None or unit is None:
            continue
        # A bare Chinese "N天/N周" without an age marker is a duration ("发烧三天"), not an age.
        text = m.group(0)
        if re.fullmatch(r"[\d零一二两三四五六七八九十半]+(个)?(天|周|星期|月)", text):
            continue
        amount = _number(number) + (0.5 if "个半" in text or "and a half" in text else 0)
        days = amount * _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit.rstrip("s"), 1))
        if "不到" in text or "多" in text and days < 90:
            days = min(days, 89.0) if "不到" in text else days
        ages.append(days)
    if _NEWBORN.search(clause):
        ages.append(28.0)
    return ages


def _temperatures(clause: str, has_cue: bool) -> list[float]:
    """Temperatures in Celsius stated in a clause (Fahrenheit converted; bare numbers need a fever cue)."""
    values = [float(_number(m.group(1))) + (_ZH_DIGITS[m.group(2)] / 10 if m.group(2) else 0)
              for m in _ZH_TEMPERATURE.finditer(clause)]
    values += [float(_number(m.group(1))) + _ZH_DIGITS.get(m.group(2), 0) / 10 for m in _ZH_POINT_TEMPERATURE.finditer(clause)]
    for m in _TEMPERATURE.finditer(clause):
        value, unit = float(m.group(1)), (m.group(2) or "")
        # A bare decimal in the body-temperature range ("newborn, 38.4") is read as one unless a unit follows.
        bare_decimal = "." in m.group(1) and 35 <= value <= 42.9 and not _OTHER_UNIT.match(clause, m.end())
        if not (unit or has_cue or bare_decimal):
            continue
        if 34 <= value <= 43.5 and unit not in ("f", "℉"):
            values.append(value)
        elif 93 <= value <= 110 and unit not in ("c", "℃"):
            values.append(round((value - 32) / 1.8, 2))
    return values


def temperatures_told(text: str) -> list[float]:
    """Every temperature a text states, in Celsius (Arabic or Chinese numerals, Fahrenheit converted)."""
    return _temperatures(text, has_cue=True)


# Questions about what a reading means or which thermometer to use state no reading about anyone now.
_READING_QUESTION = re.compile(
    # round 8: the temperature of a bath, a room, milk or water is no reading of anyone
    r"\b(bath|room|water|milk|bottle|formula|nursery|bedroom|fridge)( \w+){0,2} (temperature|temp)\b|\b(temperature|temp) (of|for) (the |a )?(bath|room|water|milk|bottle|formula|nursery|bedroom)\b"
    r"|\b(what|which) temperature should (the |a |her |his )?(bath|room|water|milk|bottle|formula|nursery|bedroom)\b|洗澡水|水温|室温|奶温|房间温度|"
    r"\b(counts as (a )?fever|(what|which) (temperature|temp|reading)( \w+){0,2} (counts|is classed|is considered|means)|"
    r"which thermometer)\b|多少度(才|先)?算|几度(才|先)?算|(体温计|耳温枪|温度计).{0,6}还是|哪(种|个)(体温计|温度计|耳温枪)"
)


_NOT_PREGNANT = re.compile(r"(?<!sure )(?<!know )(?<!sure if i am )(?<!know if i am )\b(i am |she is |am |is |definitely |def |defo |deffo |certainly )?"
                           r"not pregnant\b(?! (any ?more|now|since))|(没|没有|不是|不可能)怀孕(?!了?吗)")


def _about_now(clause: str) -> bool:
    """False for clauses in the past or hypothetical ('last year', 'what if', '上次', '如果') or asking what a reading means."""
    return not (_PAST.search(clause) or _HYPOTHETICAL.search(clause) or _READING_QUESTION.search(clause))


def _negated_before(clause: str, match: re.Match) -> bool:
    """True when a negation cue sits shortly before the match in its clause ('no fever', '没有发烧')."""
    before = clause[max(0, match.start() - 14):match.start()]
    return bool(re.search(r"\b(no|not|never|without|denies)\b(?!.*\b(but|still)\b)[^,]*$|(没有|没|无|未|不)[^，,]{0,2}$", before))


def extract_facts(text: str) -> Facts:
    """Read the facts a message states about now from its clauses (negated, past and hypothetical set aside)."""
    facts = Facts()
    norm = _POINT_DECIMAL.sub(r"\1.\2", normalize_triage(text))
    facts.dose_question = bool(_DOSE_QUESTION.search(norm))
    facts.rinsed_fine = bool(_RINSED_FINE.search(norm))
    has_cue = bool(_TEMP_CUE.search(norm))
    for clause in _CLAUSE_SPLIT.split(norm):
        clause = clause.strip()
        if clause and not _about_now(clause) and re.search(r"\bborn\b.{0,30}\bago\b", clause):
            facts.age_days += _ages(clause)  # 'baby born 2 months ago': the birth is past, the age is now
        if not clause or not _about_now(clause):
            continue
        facts.age_days += _ages(clause)
        bare_age = _BARE_AGE_CLAUSE.match(clause)
        if bare_age and _CHILD.search(norm):
            number, unit = (bare_age.group(1), bare_age.group(2)) if bare_age.group(1) else (bare_age.group(3), bare_age.group(4))
            days_per_unit = _UNIT_DAYS.get(unit, _UNIT_DAYS.get(unit.rstrip("s"), 1))
            facts.age_days.append((1.0 if number == "a" else _number(number)) * days_per_unit)
        facts.temperatures_c += _temperatures(clause, has_cue)
        checks = [("fever_word", _FEVER_WORD), ("pregnant", _PREGNANT), ("bleeding", _BLEEDING),
                  ("severe_belly_pain", _SEVERE_BELLY), ("taken", _TAKEN), ("substance", _SUBSTANCE),
                  ("amount", _AMOUNT), ("child", _CHILD), ("corrosive_on_body", _CORROSIVE_ON_BODY),
                  ("wound", _WOUND), ("heavy_flow", _FLOW), ("infection", _INFECTION), ("organ_sign", _ORGAN_SIGN),
                  ("floppy", _FLOPPY), ("blue_lips", _BLUE_LIPS), ("grunting", _GRUNTING), ("hot_injury", _HOT_INJURY),
                  ("burn_severe_sign", _BURN_SEVERE_SIGN), ("meter_extreme", _METER_EXTREME)]
        eaten = mask_not_ingestion(clause)
        asked = _r42_medicine_asked(clause)
        for name, pattern in checks:
            if asked and name in ("taken", "substance"):
                continue  # round 42: 'does he need any medicine?' (要吃药吗) asks about a medicine, nothing was taken

            match = pattern.search(eaten if name in ("taken", "substance") else clause)
            if name == "pregnant" and match and _NOT_PREGNANT.search(clause):
                continue  # TR29 (blind29): 'not pregnant', 没怀孕 said outright (not 'not sure if pregnant')
            if match and (name in ("pregnant", "child", "substance", "amount") or not _negated_before(clause, match)):
                setattr(facts, name, True)
        # These two are phrased with a negation ("can't feel the baby move"), so no negation filter.
        facts.reduced_fetal_movement |= bool(_FETAL_MOVEMENT_LOW.search(clause))
        facts.chin_to_chest |= bool(_CHIN_TO_CHEST.search(clause))
        facts.not_feeding |= bool(_NOT_FEEDING.search(clause))
        facts.nonblanching_rash |= bool(_NONBLANCHING.search(clause)) and not _BLANCHING.search(clause)
    return facts


# round 42 (everyday18 false alarms): a clause that only asks whether, or which, medicine to take or give (要吃药吗,
# 要不要吃药, 孕期能用什么药, 'should I give him anything for it?') names a medicine asked about, not one swallowed.
# Only the asking clause is set aside: a clause that tells an ingestion ('she ate ten of them') still counts.
_R42_MED_ASKED = re.compile(
    r"^[^,.;:?!\n，。；：？！]{0,12}?(要|要不要|需不需要|需要|用不用|使唔使|该|应该|应不应该|能|能不能|可以|可不可以|可唔可以|得唔得)"
    r"(给(他|她|佢|孩子|宝宝|小孩)?)?(吃|服|用|食)(点|些|啲|什么|啥|乜|哪种|哪个|边种)?(药|药物|退烧药|感冒药|止泻药|止痛药)(吗|吧|呢|嘛|不|呀|啊)?[?？]?\s*$"
    r"|^[^,.;:?!\n，。；：？！]{0,16}?(吃|服|用|食)(什么|啥|乜|哪种|哪个|边种)(药|药物)(好|比较好|合适|安全)?(吗|呢|呀|啊)?[?？]?\s*$"
    r"|^\s*(should|do|can|shall) (i|we) (need to )?(give|take) (him|her|them|it)? ?(anything|something|any medicine|medicine)( for (it|that|this))?\s*\??\s*$")
_R42_MED_ASKED_TOLD = re.compile(r"吃了|吞了|服了|喝了|吃咗|食咗|\b(took|taken|swallowed|ate|had)\b")


def _r42_medicine_asked(clause: str) -> bool:
    """True for a clause that only asks whether or which medicine to take or give."""
    return bool(_R42_MED_ASKED.search(clause)) and not _R42_MED_ASKED_TOLD.search(clause)


@dataclass(frozen=True)
class FactFinding:
    """One fired fact rule: its id and category."""

    rule: str
    category: str


def assess_facts(facts: Facts) -> list[FactFinding]:
    """Apply the rules over facts; every finding is emergency level."""
    found = []
    fever = facts.fever_word or any(t >= 38.0 for t in facts.temperatures_c)
    if any(t < 38.0 for t in facts.temperatures_c) and not any(t >= 38.0 for t in facts.temperatures_c):
        fever = False  # a stated normal reading outweighs "feels hot"
    if fever and any(days < 90 for days in facts.age_days):
        found.append(FactFinding("facts.infant_under_3_months_fever", "infant_fever"))
    if facts.pregnant and (facts.bleeding or facts.reduced_fetal_movement or facts.severe_belly_pain):
        found.append(FactFinding("facts.pregnancy_bleeding_or_movement", "pregnancy"))
    if facts.reduced_fetal_movement and not facts.pregnant:
        found.append(FactFinding("facts.reduced_fetal_movement", "pregnancy"))
    if facts.taken and facts.substance and (facts.amount or facts.child) and not facts.dose_question:
        found.append(FactFinding("facts.substance_amount_taken", "overdose_poisoning"))
    if facts.corrosive_on_body and not facts.rinsed_fine:
        found.append(FactFinding("facts.corrosive_burn", "burns"))
    if facts.chin_to_chest and fever:
        found.append(FactFinding("facts.neck_stiffness_fever", "meningitis"))
    if facts.wound and facts.heavy_flow:
        found.append(FactFinding("facts.wound_heavy_bleeding", "bleeding"))
    if facts.infection and facts.organ_sign:
        found.append(FactFinding("facts.infection_with_organ_sign", "sepsis"))
    young_infant = any(days < 90 for days in facts.age_days)
    if facts.floppy and (facts.child or young_infant):
        found.append(FactFinding("facts.floppy_child", "child_unwell"))
    if facts.not_feeding and (young_infant or (facts.child and facts.organ_sign)):
        found.append(FactFinding("facts.infant_not_feeding", "child_unwell"))
    if facts.blue_lips or (facts.grunting and facts.child):
        found.append(FactFinding("facts.blue_or_grunting", "breathing"))
    if facts.hot_injury and facts.burn_severe_sign:
        found.append(FactFinding("facts.severe_burn", "burns"))
    if facts.meter_extreme:
        found.append(FactFinding("facts.glucose_meter_out_of_range", "diabetic"))
    if facts.nonblanching_rash and (fever or facts.floppy or facts.child):
        found.append(FactFinding("facts.nonblanching_rash", "meningitis"))
    return found
