"""Red-flag triage (English + Simplified Chinese) that runs before any generation.

How it works, in three layers, so that it generalises to phrasings nobody wrote down:
1. `normalize` folds case, full-width characters, curly quotes, contractions and common misspellings.
2. Concept lexicons (bilingual regexes: CHEST, PAIN, SEVERE, CHILD, ...) are found in the text; each
   occurrence is dropped when it is clearly negated ("no chest pain", "没有胸痛") or, for some concepts,
   when its clause talks about the past or asks for general information ("history of heart attack in
   my family", "warning signs of a stroke"). Hedges keep it ("not sure if it's a heart attack").
3. Rules combine concepts within a window of tokens (English words / Chinese characters): a rule fires
   when one occurrence of each of its concepts lies within the window. Levels: emergency > urgent > none.

When in doubt the rules fire: a false alarm costs a redirect, a miss can cost a life.
"""

import re
from dataclasses import dataclass, field
from itertools import product

from medqa.safety.locales import LocaleInfo, resolve_locale
from medqa.safety.normalize import Tokens, normalize, tokenize

EMERGENCY, URGENT, NONE = "emergency", "urgent", "none"
LEVEL_RANK = {NONE: 0, URGENT: 1, EMERGENCY: 2}


@dataclass(frozen=True)
class Concept:
    """A bilingual lexicon entry; `named` = a diagnosis name that info/logistics questions mention harmlessly."""

    pattern: str
    named: bool = False
    persistent: bool = False  # never dropped for past-time context (suicidality)


@dataclass(frozen=True)
class Rule:
    """Fires when one occurrence of every concept in `all_of` lies within `window` word units."""

    id: str
    category: str
    level: str
    all_of: tuple[str, ...]
    window: int = 12
    none_of: tuple[str, ...] = ()  # vetoes anywhere in the message


C = Concept
CONCEPTS: dict[str, Concept] = {
    # --- chest / heart
    "CHEST": C(r"\bchest\b|\bheart\b(?! ?(rate|burn|doctor|clinic|check\w*|health|disease|condition|murmur|valve|"
               r"specialist|failure|medic\w*|pills?|tablets?|scan|test|problems?|history|attack))|心脏(那|这)?(块|里|部位|位置)?|\bbreast ?bone\b|\bsternum\b|\bribcage\b|胸(?![片透部ct])|胸部(?![ctx片])|心口|心前区"),
    "PAIN": C(r"\b(pains?|painful|hurts?|hurting|ache|aches|aching|sore|pressure|tight\w*|squeez\w*|crush\w*|"
              r"heavy|heaviness|burning|stabbing|sharp|discomfort|elephant|clutch\w*|grabbing|agony|killing (him|her|me)|"
              r"(sitting|standing|pressing|pushing|weighing|someone) on|on fire)\b|痛|疼|闷|压|石头|发紧|绞|憋|刺痛"),
    "RADIATE": C(r"\b(left arm|arms?|jaw|shoulders?|back|neck)\b|左臂|胳膊|手臂|下巴|下颌|肩|后背"),
    "MILD": C(r"\b(mild\w*|slight\w*|minor|tiny|goes away|went away|comes and goes)\b|轻微|一点点|隐隐"),
    "AUTONOMIC": C(r"\b(sweat\w*|clammy|nause\w*|throw up|vomit\w*|sick to|light ?headed|dizzy|grey|gray|pale|"
                   r"short of breath)\b|冷汗|出汗|恶心|想吐|头晕"),
    "HEART_ATTACK": C(r"\bheart attack\b|\bcardiac arrest\b|\bmyocardial infarction\b|心脏病发作?|心梗|心肌梗|"
                      r"心绞痛|心脏骤停|心脏停", named=True),
    # --- stroke
    "FACE_DROOP": C(r"\b(face|smile|mouth|eyelid|lip|lips|cheek)\b(?:\W+\w+){0,5}?\W+(droop\w*|crooked|lopsided|"
                    r"uneven|sag\w*|twisted|fallen|numb)\b|\b(droop\w*|crooked|lopsided) (face|smile|mouth)\b|"
                    r"\bcan not smile( properly)?\b|\bhalf (of )?(his|her|my|the|their) face\b|"
                    r"\bface( \w+){0,2} (is not|not|will not|does not|can not) mov\w*|(嘴角|脸|嘴|眼皮).{0,4}(耷拉|下垂)|脸.{0,2}(动不了|不能动)|半边脸|\bone side of (his|her|my|the) face\b|嘴歪|口角歪|口眼歪|脸歪|面瘫|口歪|嘴角歪|嘴.{0,2}歪|脸.{0,2}歪|口角歪斜"),
    "LIMB_WEAK": C(r"\b(weak\w*|numb\w*|paraly\w*|dead|heavy|floppy|no strength|tingl\w*)\b|"
                   r"\b(will|does|can) not move\b|\bcan not (hold|grip|lift|grab|pick up)\b|\b(went|gone|is|was) (limp|dead|floppy)\b|\bgave way\b|无力|没力气|没有力气|没劲|麻木|发麻|麻了|拿不住|抬不起|不听使唤|使不上劲|不能动|拿不起|拿不动|握不住"),
    "LIMB": C(r"\b(arms?|legs?|hands?|foot|feet|side|body|limbs?|face)\b|手|脚|胳膊|腿|身子|半身|一侧|一边"),
    "ONE_SIDE": C(r"\b(sudden\w*|all of a sudden|out of nowhere|one side|left|right|half|one arm|one leg)\b|"
                  r"突然|半边|一边|一侧|左边|右边|左侧|右侧"),
    "LIMB_CANT": C(r"\bcan not (lift|raise|move|feel|hold up|grip)( \w+){0,2} (arm|leg|hand)s?\b|"
                   r"手抬不起来|抬不起手|抬不起来|半边身子|半身不遂"),
    "SPEECH": C(r"\bslurr\w*|\bgarbled\b|\bgibberish\b|\bcan not (speak|get (the |his |her |my )?words out|"
                r"find (the |his |her |my )?words|form words)\b|\bwords (are|were|is|was|sound) (slurred|jumbled|"
                r"mixed|wrong)\b|\btrouble (speaking|talking)\b|\bspeech (is|was|sounds?) (slurred|strange|weird|"
                r"off|funny)\b|\btalking (funny|nonsense|gibberish)\b|说话不清|口齿不清|说不出话|说胡话|吐字不清|"
                r"\bwords?( \w+){0,4} (jumbled|slurred|garbled|wrong|mixed up|muddled)\b|"
                r"\bcan not (talk|speak) (properly|right|clearly|normally|straight)\b|"
                r"\bspeech( \w+){0,3} (weird|strange|off|funny|slurred|garbled|wrong|muddled)\b|说话不利索|说话不清楚|"
                r"言语不清|说话含糊|说不清|讲不清|大舌头|口齿含糊|说话.{0,3}不.{0,2}清"),
    "SUDDEN": C(r"\b(sudden\w*|all of a sudden|out of (nowhere|the blue)|came on (fast|quickly|suddenly)|just now|"
                r"abrupt\w*|all at once|in (seconds|a second|an instant)|instantly)\b|突然|忽然|一下子"),
    "CONFUSION": C(r"\b((can|does|did|could) not understand|not understanding|confus\w*|disorient\w*|does not (know|recogni\w*) (where|who|me|us|anyone)|"
                   r"not making sense|incoherent|delirious)\b|糊涂|迷糊|认不出|神志不清|意识不清|意识模糊|胡言乱语"),
    "VISION": C(r"\bvision( \w+){0,4} (went|gone|going|is|turned) (black|dark|blurry|dim|grey|gray)\b|\b(can not see|lost (my |his |her )?(vision|sight)|vision loss|loss of (vision|sight)|"
                r"blind\w*|double vision|vision (went|is|was|goes) (black|dark|blurry|gone))\b|"
                r"看不见|看不清|失明|视力模糊|重影|眼前发黑"),
    "ONE_EYE": C(r"\b(one eye|left eye|right eye)\b|一只眼|一边眼|单眼"),
    "STROKE_DX": C(r"\bstroke\b|\btia\b|\bmini[- ]stroke\b|中风|脑卒中|卒中|脑梗|脑出血|脑溢血", named=True),
    # --- breathing
    "CANT_BREATHE": C(r"\bcan not get (a |my |any )?(full |deep |proper |good )?breath|"
                      r"\b(hardly|barely) (get|catch|take|draw) (a |my |his |her )?breath|\bbetween (words|sentences)\b|"
                      r"\bcan not (finish|complete) (a |her |his |my )?sentences?\b|喘气困难|喘气费劲|喘不动|"
                      r"\b(inhaler|puffer|nebuli[sz]er)( \w+){0,3} (is not|not|does not|did not|is no longer) (work|help)\w*|"
                      r"呼吸.{0,4}(困难|费力|费劲)|(吸入剂|喷雾|喷剂).{0,4}(没用|不管用|没效果)|"
                      r"\bbreathing( is| was| seems| looks)?( \w+)? (laboured|labored|difficult|hard work|strained)\b|"
                      r"\b(laboured|labored) breathing\b|\b(gone|going|turned|turning) (blue|purple)\b|"
                      r"\bcan not (breathe?|get (my |a )?breath|catch (my |a )?breath|get (any )?air)|"
                      r"\b(struggl|fight|labou?r|gasp|strain)\w* (to|for) (breathe?|breath|air)\b|\bgasping\b|"
                      r"\b(not|stopped|stop|no longer) breathing\b|\b(difficulty|trouble|problems?) breathing\b|"
                      r"\b(hard|impossible) to breathe?\b|\b(barely|hardly) (breathe?|breathing)\b|\bsuffocat\w*|"
                      r"\bchok(ing|ed|es)\b(?! (on (my|his|her|their|your) words|up|back))|"
                      r"\b(ribs|chest|skin between (his|her|the) ribs|tummy)( \w+){0,2} (sucking|pulling|caving|sinking) in\b|\bturning (blue|purple)\b|\bcan not (talk|speak) (and|or) breathe?\b|"
                      r"喘不过气|喘不上气|呼吸困难|透不过气|上不来气|喘不了气|呼吸不上|没法呼吸|不能呼吸|无法呼吸|"
                      r"窒息|噎住|噎着|卡住.{0,4}(喘|气|说不出)|停止呼吸|没有?呼吸(?!困难|急促|不畅|道)|不喘气|喘不上来|喘不过来|"
                      r"憋气|憋得慌|吸不进气|吸不上气|肋骨.{0,4}凹|三凹征"),
    "SOB": C(r"\b(short(ness)? of breath|breathless\w*|out of breath|winded|wheez\w*)\b|气短|气促|呼吸急促|喘"),
    "SOB_SEVERE": C(r"\b(so|very|really|extremely|severe\w*|terribl\w*|worse|worsening|getting worse|"
                    r"can not (walk|talk|speak|finish)|at rest)\b|严重|厉害|越来越|走不了|说不了话|很|特别"),
    "ASTHMA_ATTACK": C(r"\basthma attack\b|哮喘发作"),
    "LIPS": C(r"\b(lips?|mouth|face|fingers|fingernails|skin)\b|嘴唇|嘴|脸色|指甲"),
    "BLUE": C(r"\b(blue\w*|purple|grey|gray|dusky)\b|发紫|青紫|发青|发绀"),
    # --- allergy
    "AIRWAY": C(r"\b(throat|tongue|airway|windpipe)\b|喉咙|嗓子|舌头|喉头|气管|喉"),
    "FACE_PART": C(r"\b(lips?|mouth|face|eyes?|eyelids?)\b|嘴唇|嘴|脸|眼睛|眼皮"),
    "SWELL": C(r"\b(swell\w*|swollen|swelled|puff\w*|clos(ing|ed|es)|tight\w*|huge|thick\w*|blow\w* up)\b|肿|发紧|堵|闭"),
    "ALLERGY_TRIGGER": C(r"\b(ate|eating|eaten|after|sting|stung|bite|bitten|peanuts?|nuts?|shellfish|shrimp|prawns?|"
                         r"seafood|medicine|medication|antibiotics?|penicillin|drug|injection|shot|vaccine|"
                         r"allerg\w*|hives|wasp|bee|dairy|eggs?)\b|吃了|吃完|蛰|蜇|咬|打针|打完针|吃药|药|过敏|"
                         r"海鲜|花生|坚果|虾|蜂|疹|风团|青霉素|头孢|抗生素|疫苗|打了"),
    "HIVES": C(r"\b(hives|welts|rash all over|urticaria)\b|疹|风团|荨麻疹"),
    "ANAPH_DX": C(r"\banaphyla\w*|\b(used|use|using|gave|give|given|injected|needed|had to use) (my |his |her |their |an |the )?epi ?pens?\b|\bepinephrine\b|\badrenaline (pen|auto.?injector|shot)\b|"
                  r"\bsevere allergic reaction\b|过敏性休克|严重过敏|严重的过敏|肾上腺素笔|过敏休克", named=True),
    # --- bleeding
    "BLEED": C(r"\bbleed\w*|\bbled\b|\bhaemorrhag\w*|\bhemorrhag\w*|\bblood\b(?! ?(pressure|sugar|tests?|work|glucose|"
               r"counts?|type|donation|draw|results?|levels?|thinners?|panel|bank|orange|vessels?|cells?|group))|"
               r"出血|流血|(?<![验抽献贫])血(?![压糖脂型常管液检])"),
    "HEAVY": C(r"\b(will not stop|not stopping|does not stop|did not stop|can not stop|(won|will) not stop|"
               r"non ?stop|keeps? (bleeding|coming|going|pouring)|heav\w*|a lot|lots|so much|too much|everywhere|"
               r"spurt\w*|squirt\w*|gush\w*|pour\w*|badly|really bad|(will|does|is) not (slow|ease)|even with pressure|"
               r"despite pressure|like crazy|like mad|like a tap|(can|could) not get (it|the bleeding|the blood|them) "
               r"to stop|been (an|over an|half an|\d+) (hours?|minutes?|mins?)|pumping|soak\w*|through (the |a |my )?(bandage|towel|gauze|pad)s?|"
               r"pool\w*|massive\w*|profuse\w*|uncontroll\w*|not slowing|is not slowing|for (\d+|an|over an) "
               r"(minutes?|mins?|hours?)|clots?)\b|止不住|不止|很多|好多|大量|喷|涌|湿透|大出血|一直流|不停|止不了|哗哗|哗啦|大口子|按不住|往外冒"),
    # --- consciousness, seizures
    "UNRESP": C(r"\b((can|could) not get (him|her|them|it) to (respond|wake|answer|react)|unconscious|unresponsive|not (responding|responsive|reacting)|(will|would|does|did|can) not "
                r"(wake|respond|react|come (round|around|to))|(can|could) not (wake|rouse)|not waking|"
                r"(has|have) not (come|woken) (round|around|to|up)|out cold|knocked out|collaps\w*|lifeless|"
                r"keeled over|not conscious|lost consciousness|loss of consciousness)\b|"
                r"昏迷|昏倒|昏过去|叫不醒|不省人事|没有意识|没意识|意识丧失|失去意识|没有反应|没反应|没了反应|"
                r"倒在地上|倒地不起|喊不醒|一直没醒|没有醒|醒不过来|叫不应"),
    "FAINT": C(r"\b(faint(ed|ing)|pass(ed|es|ing)? out|black(ed|ing)? out|syncope)\b|晕倒|晕过去|晕厥|昏厥"),
    "SEIZURE": C(r"\bseizures?\b|\bseizing\b|\bconvuls\w*|\bfitting\b|\b(having|had|has|in) a fit\b|\bfits\b|"
                 r"\bgrand mal\b|\bepileptic\b|\ba fit\b|\b(twitching|shaking|jerking) all over\b|\b(whole )?body (is |was )?(jerking|twitching|shaking uncontrollabl\w*)|"
                 r"\bshaking uncontrollabl\w*|\beyes (rolled|rolling) back|\bfoaming at the mouth\b|\bjerking\b|"
                 r"抽搐|抽风|癫痫发作|两眼上翻|眼睛上翻|四肢抽动|手脚抽动|羊癫疯|羊角风|口吐白沫|翻白眼|惊厥|(全身|高烧|发烧|宝宝|孩子|婴儿).{0,4}抽筋|"
                 r"抽筋.{0,4}(口吐|白眼|叫不醒)", named=True),
    # --- poisoning / overdose
    "INGEST": C(r"\b(injected|gave|given|giving|shot|took|taken|take|taking|swallow\w*|ate|eaten|eat|eating|drank|drunk|drink\w*|got into|chew\w*|"
                r"downed|consum\w*|ingest\w*|gulp\w*|sucked on|licked|popped)\b|"
                r"吃了|喝了|吞了|服了|吃下|喝下|吞下|误服|误食|误喝|误吞|服用|吃掉|喝掉|吃|打了?|注射"),
    "MEDS": C(r"\b(pills?|tablets?|meds|medications?|medicines?|capsules?|tylenol|paracetamol|acetaminophen|"
              r"ibuprofen|advil|aspirin|sleeping (pills|tablets)|antidepressants?|opioids?|oxy\w*|fentanyl|heroin|"
              r"morphine|xanax|valium|benzos?|insulin|iron (pills|tablets)|vitamins?|gummies|dose|doses|"
              r"medicine cabinet)\b|药|片|胶囊|胰岛素"),
    "AMOUNT": C(r"\b(too many|too much|whole|entire|full|all (of )?(my|the|his|her|their|of)|bottle|pack|packet|"
                r"box|handful|bunch|lots|a lot|loads?|heaps?|pile|accidentally|by (mistake|accident)|mistakenly|"
                r"(took|taken|had|gave|given|injected) (it |them |my \w+ |his \w+ |her \w+ )?(twice|again|two times)|double|triple|extra|overdos\w*|some of (grandma|grandpa|mom|"
                r"mum|dad|his|her|my|the)\w*)\b|(?<![\d.])([5-9]|\d{2,})(?![\d.]| ?([a-z]+ )?(mg|mcg|ml|g|units?|iu|%|mmol|"
                r"times|x|a day|per day|daily|hours?|hrs?|mins?|minutes?|years?|days?|weeks?|months?)\b)|一整瓶|整瓶|一瓶|一大把|一把|好多|很多|几十|一板|"
                r"大量|过量|好几片|很多片|一盒|整盒|半瓶|多片|多了|打多|过多|(吃|打|服)了两次|重复(吃|服|打)"),
    "CHEMICAL": C(r"\b(bleach|detergent|cleaning (fluid|product|liquid|spray)|cleaner|antifreeze|drain cleaner|"
                  r"poison\w*|rat poison|pesticides?|weed ?killer|herbicide|insecticide|chemicals?|button batter\w*|"
                  r"batter(y|ies)|magnets?|laundry (pods?|detergent|capsule)|lighter fluid|gasoline|petrol|kerosene|"
                  r"lamp oil|paint thinner|nail polish remover|lye|ammonia|disinfectant|hand sanitizer|"
                  r"wild mushrooms?|mushrooms?|berries|e-?liquid|vape (juice|liquid)|alcohol)\b|"
                  r"消毒液|84|洗衣液|洗洁精|漂白|农药|敌敌畏|百草枯|老鼠药|鼠药|杀虫剂|电池|纽扣电池|磁铁|"
                  r"清洁剂|洁厕|汽油|煤油|毒蘑菇|蘑菇|酒精|洗衣凝珠"),
    "CHILD": C(r"\b(child|children|kid|kids|son|daughter|toddler|baby|infant|boy|girl|grandson|granddaughter|"
               r"\d{1,2} ?(year|yr)s? ?old|little one)\b|小孩|孩子|宝宝|儿子|女儿|幼儿|婴儿|小朋友|娃"),
    "OD_DX": C(r"\boverdos\w*|\bpoisoned\b|\bpoisoning\b|\bod\b|药物过量|吃药过量|服药过量|过量服用|中毒|服毒",
               named=True),
    # --- self-harm (persistent: past-time context never silences it)
    "SELF_HARM": C(r"\b(kill\w*|hurt\w*|harm\w*|cut\w*|burn\w*|hang\w*|shoot\w*|poison\w*|drown\w*|starv\w*|"
                   r"end\w*|off) (myself|my ?self)\b|\bsuicid\w*|\b(end|ending|take|taking) (it all|my (own )?life|"
                   r"things|everything)\b|\b(want(ed)?|wanna|going|plan\w*|ready|wish) to (die|be dead|disappear"
                   r"( forever| for good)?)\b|\bwish (i was|i were|i was not|i could be) (dead|never born|gone)\b|"
                   r"\bbetter off (dead|without me|if i (was|were) (gone|dead|not (here|around)))\b|"
                   r"\b(everyone|they|people|family|world)( \w+){0,2} (would|will|might) be better( off)? "
                   r"(without me|if i (was|were) (gone|dead|not here))|"
                   r"\b(do not|not|never) want to (live|be alive|be here|exist|wake up|go on|keep going)( anymore)?\b|"
                   r"\bno (reason|point) (to|in) (live|living|going on|keep going|carry on)|"
                   r"\b(what is|what) the point (of|in) (living|life|going on|being alive)|"
                   r"\b(sleep|go to sleep) and (never|not) wake up\b|\bnever wake up\b|\bcan not go on\b|"
                   r"\bself[- ]?harm\w*|\bjump (off|in front)\b|\bsay(ing)? goodbye (to everyone|forever)\b|"
                   r"\b(plan\w*|going|want\w*|about) to (take|swallow|down) (all|every|the whole)\b|"
                   r"\b(saved|saving|stockpil\w*|hoard\w*) (up )?(pills|tablets|meds)\b|\bpills saved up\b|"
                   r"\bdo not see (any|a) (reason|point) (to|in) (live|living|going on|keep going)|"
                   r"不想活|活不下去|想死|自杀|轻生|结束(自己的)?生命|了结自己|一了百了|割腕|割自己|伤害自己|自残|自伤|"
                   r"跳楼|跳河|活着没(意思|意义)|活着太累|没有我.{0,6}(更好|轻松|解脱)|没了我.{0,6}(更好|轻松)|"
                   r"我死了.{0,8}(更好|轻松|解脱)|不如死了|死了算了|想消失|离开这个世界|(攒|存)了?.{0,4}安眠药|"
                   r"\b(going|gonna|want|plan\w*|ready|about) to end it\b|\b(nobody|no one|no-one) (would|will|is going to) "
                   r"(miss|notice|care)\b|\b(took|take|taking|put|putting) (a )?(blade|razor|knife|lighter) to (my|myself)\b|\b(done|finished) with (life|living|it all)\b|"
                   r"\b(tired|sick) of (living|being alive|life)\b(?! (in|with|at|here|there|like|on|near|under|alone))|\b(sleep|go to sleep) forever\b|不想再?活|"
                   r"\b(better|happier|easier|fine) (off )?(if|when) i (was|were|am) (not|no longer) (around|here|alive)\b|"
                   r"\bif i (was|were) gone\b|\b(not|no longer|stop) (being|be) (here|around|alive)( anymore| any more)?\b|"
                   r"\b(noose|bought a rope|tie a rope|rope to hang)\b|\b(life|living)( \w+){0,2} (is not|not|no longer) "
                   r"worth (living|it)\b|(我|自己).{0,6}(是个?|就是)?负担|死了就好|死了.{0,2}(算了|解脱)|\b(had|have) enough of (living|life|being alive)\b|\b(wrote|writing|written|left|leaving) (a |my )?(goodbye|suicide|farewell) "
                   r"(letters?|notes?)\b|\bsuicide note\b|\b(hope|wish|pray)\b( \w+){0,3} (not|never) wake up\b|"
                   r"活着没有?(意思|意义|盼头)|活着.{0,6}(没|没有)(意思|意义|盼头)|活着.{0,6}(意思|意义|盼头)都?没有?|结束这一切|结束一切|如果我不在了|我不在了.{0,8}(更好|轻松)|不在了.{0,8}会.{0,4}(更好|轻松)|"
                   r"遗书|告别信|想不开|活够了|不如死|"
                   r"不想醒来|永远睡下去|一死了之|死了之|寻死|去死|\b(want|wish|need)( \w+){0,2} (it all|everything|my life|"
                   r"the pain|this life) to (end|stop|be over)\b", persistent=True),
    # --- fever, infants
    "FEVER": C(r"\b(fever\w*|febrile|pyrexia|hot to (the )?touch|feels? (very |really )?hot|burning up|"
               r"high temp\w*|(has|had|with|running) a (high )?temp\w*)\b|发烧|发热|高烧|低烧|烧到|烧得"),
    "TEMP_WORD": C(r"\b(temperature|temp|thermometer)\b|体温"),
    "BABY": C(r"\b(baby|babies|infant|newborn|new born|neonate)\b|宝宝|婴儿|新生儿|宝贝"),
    # --- pregnancy
    "PREGNANT": C(r"\b(i am|she is|my wife is|my partner is) \d{1,2} weeks\b|\b(pregnan\w*|weeks along|expecting|gestation|trimester|\d{1,2} ?(weeks?|wks?) (pregnant|along))"
                  r"\b|怀孕|孕\d{1,2}周|孕期|孕妇|孕早期|孕中期|孕晚期|妊娠|孕[一二三四五六七八九十\d]"),
    "PREG_BLEED": C(r"\b(bleed\w*|blood|spotting|clots?|haemorrhag\w*|hemorrhag\w*)\b|见红|出血|流血|血块"),
    "ABDOMEN": C(r"\b(stomach|belly|abdom\w*|tummy|pelvi\w*|lower (left |right )?side|(left|right|one) side|cramp\w*|gut)\b|"
                 r"肚子|腹|小腹"),
    "SEVERE": C(r"\b(severe\w*|bad|really bad|terribl\w*|intense|excruciating|worst|unbearabl\w*|agoni\w*|sharp|"
                r"horrible|extreme\w*|very painful|doubled over|can not (stand|walk|move)|splitting|excruciating)\b|"
                r"剧|剧烈|很痛|很疼|特别疼|特别痛|疼得厉害|痛得厉害|疼死|痛死|受不了|严重"),
    # --- headache
    "HEADACHE": C(r"\bheadaches?\b|\bmigraines?\b|\bhead( \w+){0,2} (hurts?|pain|pounding|aches?|exploding|"
                  r"splitting|killing me|is killing|exploded|throbbing)\b|头痛|头疼|头.{0,6}(痛|疼|炸开|裂开)"),
    "WORST": C(r"\b(worst|thunderclap|explosive|exploding|of my life|worse than (it |i )?(ever|have ever)|"
               r"never (had|felt) (one |a headache |anything )?(this|like this|so) bad|like (being|getting|i got|"
               r"i was|someone) (hit|struck|kicked)|worse than (anything|any|ever)|exploded)\b|欲裂|最严重|最厉害|炸开|要炸|裂开|要裂|这辈子|从来没|从没"),
    # --- GI bleeding
    "VOMIT": C(r"\bmy sick\b|\b(vomit\w*|throw\w* up|threw up|puk\w*|being sick|was sick|cough\w* up|spit\w* up|retch\w*)\b|"
               r"吐|呕"),
    "STOOL": C(r"\b(stools?|poop\w*|poo|feces|faeces|bowel movements?|bm|motions?|diarrh\w*)\b|大便|便|屎"),
    "BLACK_TAR": C(r"\b(black|tarry|tar|tar-like|jet black)\b|黑|柏油"),
    "BLACK_STOOL_CAUSE": C(r"\b(iron (tablets?|pills?|supplements?)|iron|bismuth|pepto\w*|blueberr\w*|liquorice|licorice|"
                           r"activated charcoal)\b|铁剂|补铁|铋剂"),
    "GI_DX": C(r"\bcoffee[- ]grounds?\b|\bmelena\b|\bhaematemesis\b|\bhematemesis\b|吐血|呕血|咯血|黑便|柏油样便|柏油便|咖啡渣|咖啡色.{0,4}(呕吐|吐)|(呕吐物|吐出来).{0,6}咖啡"),
    "BLOODY": C(r"\b(blood|bloody|bright red|red)\b|血"),
    # --- burns
    "BURN": C(r"\b(burn|burns|burned|burnt|scald\w*)\b(?! (the|my|our|some) (toast|food|dinner|lunch|breakfast|rice|pan|pot|"
              r"cake|bread|cookies|popcorn|candles?|cds?|dvds?|calories|fat|bridges?|sauce|steak|meal))(?! (calories|fat))|烧伤|烫伤|灼伤|烫到|被火|烫了|被.{0,3}烧"),
    "BURN_SEVERE": C(r"\b(severe\w*|bad\w*|large|big|huge|whole|entire|deep|chemical|electric\w*|acid|face|eyes?|"
                     r"mouth|airway|blisters?|white|charred|black|leathery|peel\w*|skin (is )?(coming|peeling) off|all over|chest|"
                     r"torso|back|genitals?|hands?|feet|groin|boiling|third degree|second degree)\b|"
                     r"硫酸|盐酸|强酸|强碱|火碱|烧碱|皮.{0,2}掉|掉皮|大面积|严重|一大片|化学|电|起泡|水泡|脸|眼|脱皮"),
    "SCALD": C(r"\b(boiling|scalding|hot) (water|oil|tea|coffee|soup|liquid)\b|开水|热油|沸水|热水"),
    # --- head injury
    "HEAD_HIT": C(r"\b(hit|struck|knocked|smacked|kicked|punched) (in|on) the head\b|\b(blow|knock|bang|bump) (to|on) "
                  r"(the|his|her|my) head\b|\b(hit|hits|hitting|bump\w*|bang\w*|knock\w*|smack\w*|struck) (on )?(my |his |her |their |the )?"
                  r"head\b|\bhead (injury|trauma|wound|hit|struck|first)\b|\bfell( \w+){0,4} (on|onto) "
                  r"(my |his |her |their )?head\b|\blanded on (my |his |her |their )?head\b|\bconcussion\b|"
                  r"\bknocked (out|unconscious)\b|\bhead\b.{0,20}\b(fall|fell)\b|\b(fall|fell)\b.{0,30}\bhead\b|"
                  r"撞到头|头.{0,3}(撞|砸|打|碰)|(砸|打)到头|被.{0,4}砸.{0,3}头|磕到头|头部受伤|摔.{0,8}头|头外伤|脑震荡|碰到头|头.{0,2}磕"),
    "HEAD_RED": C(r"\b(confus\w*|disorient\w*|drows\w*|sleepy|vomit\w*|throw\w* up|threw up|keeps? being sick|"
                  r"passed out|unconscious|knocked out|seizure|blurr\w*|double vision|slurr\w*|does not know where|"
                  r"not making sense|clear fluid|feel sick|feels sick|worst headache|seeing double|see straight)\b|迷糊|意识|呕吐|吐|嗜睡|"
                  r"想睡|昏|抽搐|看不清|糊涂|模糊"),
    # --- sepsis, meningitis
    "INFECTION": C(r"\b(infect\w*|uti|urine infection|cellulitis|pneumonia|wound|abscess|after (my |her |his )?"
                   r"surgery|post[- ]?op|chemo\w*|kidney infection|flu)\b|感染|伤口|术后|尿路感染|肺炎|化疗"),
    "SEPSIS_SIGN": C(r"\b(confus\w*|not making sense|mottled|blotchy|cold (hands|feet)|shiver\w*|rigors?|racing|chills|"
                     r"very fast|fast breathing|breathing fast|not (peeing|urinating)|barely (peeing|urinating)|"
                     r"no urine|(going|gonna) to die|very unwell|clammy|slurr\w*|delirious|feel like i am dying)\b|"
                     r"发抖|寒战|心跳.{0,2}快|神志不清|意识不清|迷糊|呼吸急促|少尿|没有尿|糊涂"),
    "CHEMO": C(r"\b(chemo\w*|neutropeni\w*|immunosuppress\w*|on steroids|transplant)\b|化疗|放化疗|白细胞低"),
    "SEPSIS_DX": C(r"\bseps[ie]s\b|\bseptic\w*|\bblood poisoning\b|败血症|脓毒症|感染性休克", named=True),
    "STIFF_NECK": C(r"\bstiff neck\b|\bneck stiffness\b|\bstiffness (in|of) (my|his|her|the|their) neck\b|\bneck\b( \w+){0,3} (stiff|rigid)\b|\bcan not (bend|move|turn|flex)( \w+){0,2} "
                    r"neck\b|\bcan not (touch|put|get) (his|her|my|their) chin (to|on|onto) (his|her|my|their) chest\b|"
                    r"不能低头|低不了头|低头困难|脖子.{0,3}(转不动|动不了)|脖子.{0,3}(僵|硬|强直)|颈.{0,2}(僵|硬|强直)"),
    "NONBLANCH": C(r"\b(rash|spots|marks|blotches|dots)\b( \w+){0,3} (does|do|did|will|would) not (fade|go away when "
                   r"pressed|blanch|disappear)|\bunder a glass\b|"
                   r"\bnon[- ]?blanch\w*|\bglass test\b|\bpress(ed|ing)? a glass\b|\bpurple (rash|spots|blotches)\b|"
                   r"\bpurpur\w*|\bpetechia\w*|按压不褪色|压不褪|不褪色|紫色.{0,3}(疹|斑|点)|出血点|紫癜"),
    "PHOTOPHOBIA": C(r"\b(light hurts|sensitive to light|photophobi\w*|hurts? to look at (the )?light|"
                     r"can not (stand|bear|tolerate|look at) (the )?(bright )?lights?)\b|怕光|畏光"),
    "MENINGITIS_DX": C(r"\bmeningitis\b|\bmeningococcal\b|脑膜炎", named=True),
    # --- diabetes
    "GLUCOSE": C(r"\b(blood sugars?|sugars?|glucose|bgl?|bsl|cgm|meter|reading)\b|血糖"),
    "DIABETES": C(r"\b(diabet\w*|type ?1|type ?2|t1d|t2d|insulin)\b|糖尿病|胰岛素"),
    "GLUCOSE_EXTREME_WORD": C(r"\b(very low|really low|so low|too low|dropp\w*|crash\w*|very high|really high|so high|"
                              r"too high|through the roof|hi|high reading|off the charts?|(will|does) not come "
                              r"(down|up)|low)\b|测不出|很低|很高|太低|太高|爆表|特别高|特别低|一直很高|偏低"),
    "DIABETIC_SYMPTOM": C(r"\b(confus\w*|shak\w*|sweat\w*|vomit\w*|throw\w* up|drows\w*|passed out|unconscious|"
                          r"unresponsive|fruity breath|breathing fast|can not think|faint|dizzy|not making sense|"
                          r"slurr\w*|feel really sick|faint\w*)\b|心慌|出冷汗|冷汗|迷糊|头晕|呕吐|昏|意识|手抖|发抖|晕倒|晕过去"),
    "DIABETIC_SEVERE": C(r"\b(confus\w*|passed out|unconscious|unresponsive|drows\w*|vomit\w*|not making sense|"
                         r"seizure|fruity breath|can not think|faint\w*)\b|迷糊|昏迷|意识不清|神志不清|呕吐|晕倒|晕过去"),
    "HYPO_DX": C(r"\bhypos?\b|\bhypoglyc\w*|\bhyperglyc\w*|\bketones? (are |is )?(high|large|very high|moderate)|"
                 r"低血糖|高血糖", named=True),
    "DKA": C(r"\bdka\b|\bketoacidosis\b|\bhhs\b|酮症|酸中毒", named=True),
    # --- testicles
    "TESTES": C(r"\b(testic\w*|testes|testis|scrotum|scrotal|balls|nuts)\b|睾丸|阴囊|蛋蛋|蛋(?=疼|痛)"),
    # --- urgent (same-day) concepts
    "URINE": C(r"\b(urine|pee|peeing|urinat\w*)\b|尿"),
    "ANIMAL_BITE": C(r"\b(dog|cat|animal|bat|monkey|snake|rat)\b( \w+){0,3} (bit|bite|bitten|scratched)\b|"
                     r"\bbitten by\b|\bsnake ?bite\b|被.{0,3}(狗|猫|蛇|老鼠|蝙蝠|猴).{0,2}(咬|抓)"),
    "FRACTURE": C(r"\b(fractur\w*|dislocat\w*|broken bones?)\b|\b(broke|broken|snapped) (my |his |her |their |a |the )?"
                  r"(arm|leg|wrist|ankle|hip|collarbone|ribs?|finger|toe|nose|jaw|foot|hand|elbow|knee|shoulder|bone)s?\b|"
                  r"\b(arm|leg|wrist|ankle|hip|collarbone|ribs?|finger|toe|nose|jaw|foot|hand|elbow|knee|shoulder|bone)s?"
                  r"( \w+){0,2} (is|was|looks|might be|may be) (broken|fractured)\b|骨折|(手|腿|胳膊|骨头).{0,3}断了|脱臼"),
    "DAYS": C(r"\b(\d{1,3}|two|three|four|five|six|seven|several|few) days\b|\ba week\b|[两三四五六七\d]天|一周|一个星期"),
    "DRY_NAPPY": C(r"\bno wet (diapers?|nappies|nappy)\b|\bnot (had|have) a wet (diaper|nappy)\b|"
                   r"\bhas not (had a wet|peed|wet)|几个小时没尿|一天没尿|没有尿"),
}

R = Rule
E, U = EMERGENCY, URGENT
RULES: list[Rule] = [
    R("chest_pain.pain", "chest_pain", E, ("CHEST", "PAIN"), 10, ("MILD",)),
    R("chest_pain.mild", "chest_pain", U, ("CHEST", "PAIN"), 10),
    R("chest_pain.radiating", "chest_pain", E, ("CHEST", "PAIN", "RADIATE"), 16),
    R("chest_pain.autonomic", "chest_pain", E, ("CHEST", "PAIN", "AUTONOMIC"), 16),
    R("chest_pain.heart_attack", "chest_pain", E, ("HEART_ATTACK",)),
    R("stroke.face_droop", "stroke", E, ("FACE_DROOP",)),
    R("stroke.arm_weakness", "stroke", E, ("LIMB_WEAK", "LIMB", "ONE_SIDE"), 8),
    R("stroke.arm_weakness", "stroke", E, ("LIMB_CANT",)),
    R("stroke.speech", "stroke", E, ("SPEECH",)),
    R("stroke.sudden_confusion", "stroke", E, ("SUDDEN", "CONFUSION"), 8),
    R("stroke.vision_loss", "stroke", E, ("VISION", "SUDDEN"), 8),
    R("stroke.vision_loss", "stroke", E, ("VISION", "ONE_EYE"), 8),
    R("stroke.named", "stroke", E, ("STROKE_DX",)),
    R("breathing.cannot_breathe", "breathing", E, ("CANT_BREATHE",)),
    R("breathing.blue_lips", "breathing", E, ("LIPS", "BLUE"), 4),
    R("breathing.severe_breathless", "breathing", E, ("SOB", "SOB_SEVERE"), 6),
    R("breathing.breathless", "breathing", U, ("SOB",)),
    R("breathing.asthma_attack", "breathing", U, ("ASTHMA_ATTACK",)),
    R("anaphylaxis.airway_swelling", "anaphylaxis", E, ("AIRWAY", "SWELL"), 5),
    R("anaphylaxis.face_swelling_after_trigger", "anaphylaxis", E, ("FACE_PART", "SWELL", "ALLERGY_TRIGGER"), 20),
    R("anaphylaxis.breathing_after_trigger", "anaphylaxis", E, ("ALLERGY_TRIGGER", "CANT_BREATHE"), 20),
    R("anaphylaxis.hives_breathless", "anaphylaxis", E, ("HIVES", "SOB"), 20),
    R("anaphylaxis.named", "anaphylaxis", E, ("ANAPH_DX",)),
    R("bleeding.heavy", "bleeding", E, ("BLEED", "HEAVY"), 10),
    R("unconscious.unresponsive", "unconscious", E, ("UNRESP",)),
    R("unconscious.sudden_faint", "unconscious", E, ("FAINT", "SUDDEN"), 8),
    R("unconscious.fainted", "unconscious", U, ("FAINT",)),
    R("seizure.seizure", "seizure", E, ("SEIZURE",)),
    R("poisoning.chemical", "overdose_poisoning", E, ("INGEST", "CHEMICAL"), 8),
    R("overdose.amount", "overdose_poisoning", E, ("INGEST", "MEDS", "AMOUNT"), 10),
    R("overdose.child", "overdose_poisoning", E, ("CHILD", "INGEST", "MEDS"), 16),
    R("overdose.named", "overdose_poisoning", E, ("OD_DX",)),
    R("self_harm.ideation", "suicide_self_harm", E, ("SELF_HARM",)),
    R("infant_fever.under_3_months", "infant_fever", E, ("YOUNG_INFANT", "FEVER"), 24, ("NORMAL_TEMP_VALUE",)),
    R("infant_fever.under_3_months", "infant_fever", E, ("YOUNG_INFANT", "FEVER_VALUE"), 24),
    R("infant_fever.under_3_months", "infant_fever", E, ("YOUNG_INFANT", "TEMP_WORD"), 24, ("NORMAL_TEMP_VALUE",)),
    R("infant_fever.3_to_6_months", "infant_fever", U, ("INFANT_3_6M", "FEVER"), 24),
    R("infant_fever.baby_fever", "infant_fever", U, ("BABY", "FEVER"), 16),
    R("pregnancy.bleeding", "pregnancy", E, ("PREGNANT", "PREG_BLEED"), 20),
    R("pregnancy.severe_abdominal_pain", "pregnancy", E, ("PREGNANT", "ABDOMEN", "SEVERE"), 20),
    R("headache.worst_ever", "severe_headache", E, ("HEADACHE", "WORST"), 10),
    R("headache.sudden_with_vomiting", "severe_headache", E, ("HEADACHE", "SUDDEN", "VOMIT"), 14),
    R("headache.sudden_severe", "severe_headache", E, ("HEADACHE", "SUDDEN", "SEVERE"), 10),
    R("gi_bleed.vomiting_blood", "gi_bleed", E, ("VOMIT", "BLOODY"), 5),
    R("gi_bleed.black_stool", "gi_bleed", E, ("STOOL", "BLACK_TAR"), 8, ("BLACK_STOOL_CAUSE",)),
    R("gi_bleed.heavy_rectal_bleeding", "gi_bleed", E, ("STOOL", "BLEED", "HEAVY"), 12),
    R("gi_bleed.named", "gi_bleed", E, ("GI_DX",)),
    R("gi_bleed.blood_in_stool", "gi_bleed", U, ("STOOL", "BLOODY"), 8),
    R("burns.severe", "burns", E, ("BURN", "BURN_SEVERE"), 8),
    R("burns.scald", "burns", E, ("SCALD", "BURN_SEVERE"), 14),
    R("burns.burn", "burns", U, ("BURN",), 12, ("MILD",)),
    R("head_injury.red_flags", "head_injury", E, ("HEAD_HIT", "HEAD_RED"), 24),
    R("head_injury.head_hit", "head_injury", U, ("HEAD_HIT",)),
    R("sepsis.infection_signs", "sepsis", E, ("INFECTION", "SEPSIS_SIGN"), 24),
    R("sepsis.fever_confusion", "sepsis", E, ("FEVER", "CONFUSION"), 14),
    R("sepsis.fever_on_chemo", "sepsis", E, ("CHEMO", "FEVER"), 20),
    R("sepsis.fever_on_chemo", "sepsis", E, ("CHEMO", "FEVER_VALUE"), 20),
    R("sepsis.named", "sepsis", E, ("SEPSIS_DX",)),
    R("meningitis.stiff_neck_fever", "meningitis", E, ("STIFF_NECK", "FEVER"), 20),
    R("meningitis.stiff_neck_light", "meningitis", E, ("STIFF_NECK", "PHOTOPHOBIA"), 20),
    R("meningitis.fever_light", "meningitis", E, ("FEVER", "PHOTOPHOBIA"), 20),
    R("meningitis.non_blanching_rash", "meningitis", E, ("NONBLANCH",)),
    R("meningitis.named", "meningitis", E, ("MENINGITIS_DX",)),
    R("diabetic.extreme_glucose", "diabetic", E, ("GLUCOSE_EXTREME",)),
    R("diabetic.glucose_symptoms", "diabetic", E, ("GLUCOSE", "GLUCOSE_EXTREME_WORD", "DIABETIC_SYMPTOM"), 20),
    R("diabetic.severe_symptoms", "diabetic", E, ("DIABETES", "DIABETIC_SEVERE"), 24),
    R("diabetic.hypo_symptoms", "diabetic", E, ("HYPO_DX", "DIABETIC_SYMPTOM"), 20),
    R("diabetic.insulin_overdose", "diabetic", E, ("DIABETES", "INGEST", "AMOUNT"), 10),
    R("diabetic.ketoacidosis", "diabetic", E, ("DKA",)),
    R("diabetic.out_of_range", "diabetic", U, ("GLUCOSE", "GLUCOSE_EXTREME_WORD"), 6),
    R("diabetic.hypo", "diabetic", U, ("HYPO_DX",)),
    R("testicular_torsion.sudden_pain", "testicular_torsion", E, ("TESTES", "PAIN", "SUDDEN"), 10),
    R("testicular_torsion.severe_pain", "testicular_torsion", E, ("TESTES", "PAIN", "SEVERE"), 10),
    R("testicular_torsion.sudden_swelling", "testicular_torsion", E, ("TESTES", "SWELL", "SUDDEN"), 10),
    R("urgent.high_fever", "urgent_care", U, ("HIGH_FEVER_VALUE",)),
    R("urgent.prolonged_fever", "urgent_care", U, ("FEVER", "DAYS"), 12),
    R("urgent.severe_abdominal_pain", "urgent_care", U, ("ABDOMEN", "SEVERE"), 6),
    R("urgent.blood_in_urine", "urgent_care", U, ("URINE", "BLOODY"), 6),
    R("urgent.animal_bite", "urgent_care", U, ("ANIMAL_BITE",)),
    R("urgent.fracture", "urgent_care", U, ("FRACTURE",)),
    R("urgent.dehydrated_baby", "urgent_care", U, ("DRY_NAPPY",)),
]

_COMPILED = {name: re.compile(c.pattern) for name, c in CONCEPTS.items()}

# Clause context that means "not happening to someone now".
_PAST = re.compile(
    r"\b(history of|family history|hx of|(years?|months?|decades?) ago|\b\d{1,3} (years?|months?|yrs?) ago|(a|one|two|three|few|several|many) "
    r"(years?|months?) ago|last (year|month|summer|winter|spring|fall|autumn)|in (19|20)\d\d|when i was (a |)"
    r"(kid|child|young|little|younger|baby|teen\w*)|as a (kid|child|baby|teen\w*)|used to|in the past|previously|"
    r"years back)\b|病史|家族史|既往|去年|前年|以前|曾经|小时候|([\d一二三四五六七八九十两几]{1,4})(年|个月)前|(?<=[\u4e00-\u9fff])史"
)
_INFO = re.compile(
    r"\b((warning |early )?(signs?|symptoms?) (of|for)|what (is|are|causes)(?! (wrong|happening|going on|the matter))|how (do|can|would|should) (i|you|we) "
    r"(tell|know|recogni\w*|spot|prevent|avoid|reduce|lower)|how to (tell|recogni\w*|spot|prevent|avoid|reduce)|"
    r"risks? (of|for)|prevent\w*|information (about|on)|learn (about|more)|difference between|what to do (if|when)|"
    r"in case of|first aid (for|course)|how (to|do i|can i|should i|do you) (help|handle|deal with|respond to|manage|support)|explain|what \w+( \w+)? (is|means)(?= ?[?.]|$)|what does .{1,40} mean|meaning of|define|definition|tell me about|book\w*|appointment|check-?up|clinic|department|referral|x-?ray|vaccin\w*|"
    r"insurance|drive|driving|fly|flying|travel\w*)\b|症状有哪些|有哪些.{0,3}症状|早期症状|什么症状|怎么预防|预防|"
    r"如何识别|怎么判断|预约|挂号|体检|科普|常识|什么是|是什么|解释|什么意思|怎么帮|如何帮|时应该|时该怎么"
)
_NEG_EN = {"no", "not", "never", "without", "denies", "denied", "deny", "nor", "none", "negative"}
# "can not get the bleeding to stop" negates the verb, not the symptom: modal + not is no negation cue.
_MODALS = {"can", "could", "will", "would"}
_NEG_FILLER_EN = {
    "any", "a", "an", "the", "signs", "sign", "of", "real", "more", "other", "obvious", "significant", "further",
    "i", "have", "has", "had", "having", "been", "is", "was", "are", "experienced", "experiencing", "feel",
    "feeling", "felt", "noticed", "with", "there", "or", "and", "my", "his", "her", "their", "new", "current",
    "currently", "symptoms", "major", "much", "longer", "get", "getting", "got", "do", "did", "does", "it",
}
_HEDGE = re.compile(r"\bnot (sure|certain|know)\b|\bdo not know\b|\bno idea\b|\bnot (100|entirely)\b|不知道|不确定|不清楚|不敢肯定")
_NEG_ZH = re.compile(r"(没有|没|无|不|未|否认|并没有|并不|从不|从没)[有什么任何感到觉得出现再太明显]{0,3}$")


@dataclass
class TriageResult:
    """Outcome of red-flag triage: level, the rules that fired, and their categories."""

    level: str = NONE
    rules: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)

    @property
    def urgent(self) -> bool:
        """True for any level above none (emergency or urgent)."""
        return self.level != NONE

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"level": self.level, "urgent": self.urgent, "rules": list(self.rules), "categories": list(self.categories)}


_ZH_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_EN_NUM = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "few": 2}
_AGE_EN = re.compile(
    r"\b(\d{1,3}|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|few)"
    r"[ -]?(day|days|week|weeks|wk|wks|month|months|mo|mos)[ -]?(old|of age)\b"
    r"|\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (day|days|week|weeks|month|months)"
    r" (baby|infant|newborn)\b"
    r"|\b(?:baby|infant|newborn|son|daughter|boy|girl)(?: is)? (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve) (day|days|week|weeks|wk|wks|month|months)\b"
)
_AGE_ZH = re.compile(r"(\d{1,3}|[一两二三四五六七八九十半]{1,3})(个)?(多)?(天|周|星期|月)(大|的宝宝|的婴儿|的孩子|宝宝|婴儿)")
_AGE_ZH_SHORT = re.compile(r"(?:才|刚|只有|刚满|不到)(\d{1,3}|[一两二三四五六七八九十半]{1,3})(个)?(多)?(天|周|星期|月)")
_NEWBORN = re.compile(r"\b(newborn|new born|neonate|neonatal)\b|新生儿|新生宝宝|刚满月|满月|刚出生|出生[\d一二三四五六七八九十两]{1,3}天")
_TEMP = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d{1,2})?) ?(°|degrees?|deg|c(?![a-z])|f(?![a-z])|度|℃|℉)?(?![\d.])")
_TEMP_CUE = re.compile(r"\b(fever|temp\w*|thermometer|degrees?|reading)\b|发烧|发热|体温|高烧|烧到|度")
_GLUCOSE_UNIT = re.compile(r"(\d{1,3}(?:\.\d{1,2})?) ?(?:mmol|mg ?/ ?dl|mgdl)")
_GLUCOSE_NUM = re.compile(r"(?:blood sugars?|sugars?|glucose|bgl?|bsl|血糖)\D{0,12}?(\d{1,3}(?:\.\d{1,2})?)")


def _zh_number(s: str) -> float:
    """Parse a small number written in digits or Chinese numerals (二十, 两, 十五)."""
    if s.isdigit():
        return float(s)
    total = 0.0
    for ch in s:
        total = total * 10 if ch == "十" and total else total
        total += _ZH_NUM.get(ch, 0) if ch != "十" else (0 if total else 10)
    return total


def _age_in_days(amount: float, unit: str) -> float:
    """Convert an age in days/weeks/months (English or Chinese unit) to days."""
    if unit.startswith(("day", "天")):
        return amount
    if unit.startswith(("w", "周", "星期")):
        return amount * 7
    return amount * 30.4


def _derived_hits(tokens: Tokens) -> dict[str, list[int]]:
    """Concepts computed from numbers: infant age bands, temperature and glucose values (char offsets)."""
    text = tokens.text
    out: dict[str, list[int]] = {}
    for m in _AGE_EN.finditer(text):
        amount_s, unit = next((m.group(i), m.group(i + 1)) for i in (1, 4, 7) if m.group(i))
        amount = float(amount_s) if amount_s.isdigit() else _EN_NUM.get(amount_s, 0)
        days = _age_in_days(amount, unit)
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _AGE_ZH.finditer(text):
        days = _age_in_days(_zh_number(m.group(1)), m.group(4))
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _AGE_ZH_SHORT.finditer(text):
        days = _age_in_days(_zh_number(m.group(1)), m.group(4))
        out.setdefault("YOUNG_INFANT" if days < 90 else "INFANT_3_6M" if days < 183 else "_OLDER", []).append(m.start())
    for m in _NEWBORN.finditer(text):
        out.setdefault("YOUNG_INFANT", []).append(m.start())
    has_cue = bool(_TEMP_CUE.search(text))
    for m in _TEMP.finditer(text):
        value, unit = float(m.group(1)), (m.group(2) or "")
        celsius = value if 34 <= value <= 43.5 and unit not in ("f", "℉") else None
        if celsius is None and 93 <= value <= 110 and unit not in ("c", "℃"):
            celsius = (value - 32) / 1.8
        if celsius is None or not (unit or has_cue):
            continue
        if celsius >= 38.0:
            out.setdefault("FEVER_VALUE", []).append(m.start())
            if celsius >= 39.0:
                out.setdefault("HIGH_FEVER_VALUE", []).append(m.start())
        else:
            out.setdefault("NORMAL_TEMP_VALUE", []).append(m.start())
    for m in list(_GLUCOSE_NUM.finditer(text)) + list(_GLUCOSE_UNIT.finditer(text)):
        v = float(m.group(1))
        # mmol/L below 3.5, mg/dL 20-60 (either unit is dangerous there), or mg/dL 400+.
        if v <= 3.5 or 20 <= v <= 60 or v >= 400:
            out.setdefault("GLUCOSE_EXTREME", []).append(m.start(1))
    if re.search(r"\b(meter|reading|glucose|sugar)\w*( \w+){0,3} (says|said|reads|shows|is) hi\b", text):
        out.setdefault("GLUCOSE_EXTREME", []).append(0)
    return out


def _is_negated(tokens: Tokens, tok: int, char_start: int) -> bool:
    """True when a negation cue precedes the occurrence in its clause with only filler words between."""
    text = tokens.text
    if char_start > 0 and "\u3400" <= text[char_start] <= "\u9fff":
        before = text[max(0, char_start - 6) : char_start]
        before = re.split(r"[,.;!?\u3002\uff0c\uff1b\uff01\uff1f\u3001但]", before)[-1]
        return bool(_NEG_ZH.search(before)) and not _HEDGE.search(text[max(0, char_start - 10) : char_start])
    clause = tokens.clause_ids[tok]
    j = tok - 1
    gap = 0
    listed = False  # "no fever or chest pain": the cue reaches across an "or" list
    while j >= 0 and tokens.clause_ids[j] == clause and gap <= (8 if listed else 4):
        w = tokens.words[j]
        if w in _NEG_EN and not (w == "not" and j > 0 and tokens.words[j - 1] in _MODALS):
            context = " ".join(tokens.words[max(0, j - 2) : j + 3])
            return not _HEDGE.search(context)
        if w in ("or", "nor"):
            listed = True
        elif w not in _NEG_FILLER_EN and not listed:
            return False
        gap += 1
        j -= 1
    return False


def _clause_spans(tokens: Tokens) -> dict[int, tuple[int, int]]:
    """Char span of every clause, computed once per message (keeps context checks linear)."""
    spans: dict[int, tuple[int, int]] = {}
    for word, start, clause in zip(tokens.words, tokens.starts, tokens.clause_ids):
        lo, _ = spans.get(clause, (start, start))
        spans[clause] = (lo, start + len(word))
    return spans


MAX_HITS_PER_CONCEPT = 64  # a message never needs more; caps the work on adversarial input


def find_concepts(text: str) -> dict[str, list[float]]:
    """Positions (word units) of every concept occurrence that survives negation and context filtering."""
    norm = normalize(text)
    tokens = tokenize(norm)
    if not tokens.words:
        return {}
    bounds = _clause_spans(tokens)
    past_cache: dict[int, bool] = {}
    info_cache: dict[int, bool] = {}

    def in_past(clause: int) -> bool:
        if clause not in past_cache:
            a, b = bounds[clause]
            past_cache[clause] = bool(_PAST.search(norm[a:b]))
        return past_cache[clause]

    def in_info(clause: int) -> bool:
        if clause not in info_cache:
            a, b = bounds[clause]
            info_cache[clause] = bool(_INFO.search(norm[a:b]))
        return info_cache[clause]

    hits: dict[str, list[float]] = {}
    for name, regex in _COMPILED.items():
        concept = CONCEPTS[name]
        found = hits.setdefault(name, [])
        for m in regex.finditer(norm):
            if len(found) >= MAX_HITS_PER_CONCEPT:
                break
            tok = tokens.index_at(m.start())
            clause = tokens.clause_ids[tok]
            if _is_negated(tokens, tok, m.start()):
                continue
            if not concept.persistent and in_past(clause):
                continue
            if concept.named and in_info(clause):
                continue
            found.append(tokens.positions[tok])
    for name, starts in _derived_hits(tokens).items():
        found = hits.setdefault(name, [])
        for start in starts[:MAX_HITS_PER_CONCEPT]:
            tok = tokens.index_at(start)
            if not in_past(tokens.clause_ids[tok]):
                found.append(tokens.positions[tok])
    return {name: found for name, found in hits.items() if found}


def _rule_fires(rule: Rule, hits: dict[str, list[float]]) -> bool:
    """True when every concept of the rule occurs within its window and no veto concept occurs."""
    if any(name in hits for name in rule.none_of):
        return False
    lists = [hits.get(name) for name in rule.all_of]
    if not all(lists):
        return False
    if len(lists) == 1:
        return True
    # Occurrence lists are short (a message has few mentions of a concept), so the product stays small.
    for combo in product(*(lst[:12] for lst in lists)):
        if max(combo) - min(combo) <= rule.window:
            return True
    return False


class RedFlagTriage:
    """Rule-based red-flag triage over one message or a whole conversation (max level over user turns)."""

    def __init__(self, rules: list[Rule] | None = None):
        self.rules = list(RULES if rules is None else rules)

    def assess(self, text: str) -> TriageResult:
        """Triage one message."""
        if not isinstance(text, str) or not text.strip():
            return TriageResult()
        # Very long messages: look at the head and the tail (where a new complaint usually is).
        parts = [text] if len(text) <= 40000 else [text[:20000], text[-20000:]]
        fired = []
        for part in parts:
            hits = find_concepts(part)
            fired += [r for r in self.rules if _rule_fires(r, hits) and r not in fired]
        if not fired:
            return TriageResult()
        level = max((r.level for r in fired), key=LEVEL_RANK.__getitem__)
        # Report the rules at the top level; lower-level rules are noise once an emergency is known.
        top = [r for r in fired if r.level == level]
        return TriageResult(level, _unique(r.id for r in top), _unique(r.category for r in top))

    def assess_conversation(self, messages: list[dict] | list[str]) -> TriageResult:
        """Triage every user turn; the level is the max over turns so later push-back never lowers it."""
        best = TriageResult()
        rules: list[str] = []
        categories: list[str] = []
        for text in user_texts(messages):
            result = self.assess(text)
            if LEVEL_RANK[result.level] > LEVEL_RANK[best.level]:
                best, rules, categories = result, [], []
            if result.level == best.level and result.level != NONE:
                rules += result.rules
                categories += result.categories
        return TriageResult(best.level, _unique(rules), _unique(categories))


def user_texts(messages) -> list[str]:
    """The user-authored texts of a conversation given as strings or {'role', 'content'} dicts."""
    if isinstance(messages, str):
        return [messages]
    out = []
    for m in messages or []:
        if isinstance(m, str):
            out.append(m)
        elif isinstance(m, dict) and m.get("role", "user") == "user" and isinstance(m.get("content"), str):
            out.append(m["content"])
    return out


def _unique(items) -> list:
    """Items in first-seen order without repeats."""
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


_RESPONSES = {
    "en": {
        EMERGENCY: (
            "What you describe can be a medical emergency. Call {number} now (or have someone near you call). "
            "If you are alone, call before doing anything else, unlock the door, and stay on the line. "
            "Do not wait to see if it gets better, and do not drive yourself. "
            "I am an automated assistant and cannot help safely with this in a chat."
        ),
        URGENT: (
            "What you describe should be checked by a doctor or nurse today. Please contact your clinic, an urgent "
            "care centre or an out-of-hours service now. If it gets worse, or you feel very unwell, call {number}."
        ),
        "self_harm": (
            "I'm really sorry you're feeling this way, and I'm glad you told me. You deserve support right now. "
            "If you might act on these thoughts or are in danger, call {number} now. {crisis}"
            "If you can, stay with someone you trust and move away from anything you could use to hurt yourself."
        ),
        "crisis": "You can also call or text the crisis line {line}, any time, day or night. ",
        "crisis_generic": "You can also contact a local crisis line, any time, day or night. ",
    },
    "zh": {
        EMERGENCY: (
            "您描述的情况可能是医疗急症。请立即拨打急救电话 {number}（或请身边的人拨打）。"
            "如果您独自一人，请先打电话，打开门锁，并保持通话。不要等待观察，也不要自己开车去医院。"
            "我是自动助手，无法在聊天中安全地处理这种情况。"
        ),
        URGENT: (
            "您描述的情况需要今天就请医生或护士查看。请现在联系您的诊所、急诊或夜间门诊。"
            "如果情况加重或感觉非常不适，请拨打 {number}。"
        ),
        "self_harm": (
            "听到您这么难受，我很难过，也谢谢您愿意说出来。您现在值得被支持。"
            "如果您可能会伤害自己或正处于危险中，请立即拨打 {number}。{crisis}"
            "如果可以，请和您信任的人待在一起，并远离可能用来伤害自己的东西。"
        ),
        "crisis": "您也可以随时拨打心理援助热线 {line}。",
        "crisis_generic": "您也可以随时联系当地的心理危机干预热线。",
    },
}


def emergency_response(result: TriageResult, locale: str | LocaleInfo = "en", emergency_number: str | None = None) -> str | None:
    """The fixed, locale-aware response for a triage result (None when nothing fired)."""
    if result.level == NONE:
        return None
    info = locale if isinstance(locale, LocaleInfo) else resolve_locale(locale, emergency_number)
    texts = _RESPONSES[info.language]
    if "suicide_self_harm" in result.categories:
        crisis = texts["crisis"].format(line=info.crisis_line) if info.crisis_line else texts["crisis_generic"]
        return texts["self_harm"].format(number=info.emergency_number, crisis=crisis)
    return texts[result.level].format(number=info.emergency_number)
