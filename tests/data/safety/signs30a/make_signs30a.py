#!/usr/bin/env python3
"""Build triage.jsonl for the blind set signs30a (brief SG30A).

Every message below was typed by hand by the writer. Standard library only.
Each sign is a tuple:
  (sign, en_tune, en_held, zh_tune, zh_held, none_en, none_zh)
Even sign_index: zh_tune is zh-Hans, zh_held is zh-Hant, none_zh is zh-Hans,
  none_en is tune and none_zh is held.
Odd sign_index: zh_tune is zh-Hant, zh_held is zh-Hans, none_zh is zh-Hant,
  none_en is held and none_zh is tune.
"""
import hashlib
import json
import os

# The brief's seed random.Random(301) is only for shuffling; this script does not shuffle,
# rows are written in a fixed order, so the output is deterministic without it.

# ---------------------------------------------------------------- chest_pain
CHEST_PAIN = [
    ("crushing or pressing pain in the centre of the chest",
     "my chest feels like someone is sitting on it, really heavy pressure right in the middle, started 20 min ago while i was watching tv",
     "Dad is 68 and normally never complains about anything. We were halfway through Sunday lunch when he put his fork down, and now he is clutching the front of his ribcage saying it's like a vice being cranked tighter and tighter. What do we do",
     "胸口正中间像压了块大石头,闷得慌,已经半个多小时了",
     "我阿爺今朝照常去飲茶,返到屋企坐低冇耐就話心口好似俾人用力揸住咁,痛到成個人縮埋一舊,叫佢飲啖水都唔肯,我哋屋企淨係得我同佢,點算好",
     "I had some chest tightness last month after a bad cold, the GP checked my heart and said it was a pulled muscle from coughing. It's gone now. Do I need a follow up appointment or can I wait for my yearly check in the summer?",
     "体检报告说心电图正常,我想问一下平时胸闷的时候应该注意什么?现在没有任何不舒服。"),
    ("chest pain spreading to the arm, jaw, neck or back",
     "pain in my chest going down my left arm and into my jaw, cant shake it",
     "My husband was shovelling snow off the drive for about an hour because the council never grits our road. He came in, sat on the stairs, and now says there's an ache from his breastbone up into his neck and across to his shoulder blade. He's gone quiet.",
     "心口痛,痛到左手臂都麻埋,連下巴都扯住痛",
     "我妈刚才说胸前疼,然后一直往后背和脖子那边窜,她说从来没这样过,现在脸色也不好",
     "what's the difference between arm pain from a heart problem and arm pain from a trapped nerve? asking for a leaflet for my mum, she's fine now",
     "我左膊頭痛咗成個禮拜,係打完羽毛球之後開始,郁親先痛,心口完全冇事,亦冇氣促,想問可唔可以直接約骨科或者物理治療?唔該晒你哋。"),
    ("chest pain with cold sweat and feeling or being sick",
     "chest hurts and im sweating buckets even tho its cold in here, feel like im gonna be sick",
     "Grandad's drenched and clammy, just threw up in the sink, and he keeps pressing on his breastbone. he says it's the curry but I don't believe him, he's had two heart attacks already and he looks exactly like he did the last time",
     "胸口疼,一身冷汗,还想吐",
     "老公頭先話個心好唔舒服,跟住出晒凍汗,仲嘔咗兩次,面青青咁",
     "I get a bit of heartburn and feel queasy after spicy food, it always goes away with gaviscon within half an hour and I've never had any sweating or pain anywhere else. My friend said to get it checked, can I get an appointment with a dietitian or do I see the GP first?",
     "昨天晚上吃火锅吃多了,有点反酸恶心,今天已经好了,胸口不疼也不出汗,需要挂号吗?"),
    ("chest pain with shortness of breath",
     "my chest is hurting and I can't catch my breath, it's getting worse",
     "Neighbour knocked on my door, he's 55, holding his ribs and panting like he's run a marathon but he only came up one flight of stairs. barely getting 3 words out and he's sweating. His wife is away at her sister's till Sunday.",
     "心口翳住痛,抖唔到氣,成個人好辛苦",
     "我爸今年六十二,有高血压好多年了,药也是有一顿没一顿地吃。今天下午他在阳台收衣服,回来就说胸前疼,喘不上来,坐着也是这样,嘴唇有点发紫",
     "sometimes when I run I get a bit puffed and a stitch in my side, is that normal? no pain at rest at all",
     "請問心臟負荷測試前一日可唔可以食早餐?我平時冇心口痛,亦冇氣促。"),
    ("chest pain lasting more than 15 minutes and not easing with rest",
     "I've been resting for 25 minutes and the chest pain still hasnt gone away at all",
     "bit of background, I'm 59, ex smoker, diabetic. I thought it was indigestion so I took two rennies and had a lie down on the sofa. ive had this ache behind my breastbone since half 8, it's gone 9 now, I've sat still the whole time and it's not budging",
     "心口疼了快二十分钟了,躺着休息也没缓过来",
     "我婆婆由食完晏晝開始就話胸口痛,坐低唞咗好耐都唔見好,已經成個鐘",
     "my chest twinged for a second when I bent down, went away straight away, havent had anything since. just mention it at my checkup?",
     "医生说如果胸痛超过十五分钟就要打120,那如果只是弯腰的时候岔气疼了几秒钟,马上就好了,这种情况需要来医院吗?我想先了解一下,免得白跑一趟。"),
    ("angina pain not relieved by GTN spray or tablets",
     "I've used my GTN spray twice for my angina and the pain is still there, what now",
     "mum has a heart condition and uses the little red spray under her tongue when she gets her pains. tonight she's had 3 puffs, 5 min apart like the card says, and it's still gripping her, she's rocking in the chair. she's 79 and lives with me",
     "我爸有心絞痛,含咗兩粒脷底丸都仲係痛緊",
     "我有冠心病,刚才胸闷,含了硝酸甘油已经十分钟了,一点都没好转",
     "my GTN spray runs out of date next month, how do I get a new one prescribed?",
     "請問硝酸甘油含片要點樣保存?放喺銀包會唔會失效?我最近都冇心口痛,只係想準備定,因為下個月要同老婆去台灣旅行,驚喺外面用唔到。"),
    ("sudden tearing chest pain going through to the back",
     "sudden ripping pain in my chest that shot straight through to my back, worst pain of my life",
     "uncle has high blood pressure, he suddenly yelled and said it felt like something split open inside him between his shoulder blades, now he's gone grey and he's gripping the arm of the chair so hard. We're at my cousin's wedding reception",
     "我是替我舅舅问的,他一个人住,刚刚打电话给我,说突然胸口像被撕开一样疼,一直疼到后背,疼得站不住,我现在开车过去要四十分钟",
     "我先生高血壓,剛剛突然大叫,說背脊中間好像裂開,痛到在地上打滾",
     "I get a dull ache between my shoulder blades after long days at the desk, better with stretching. any physio appointments?",
     "我父亲之前做过主动脉夹层手术,现在恢复得很好,想问复查CT怎么预约?"),
    ("chest pain with fainting or collapse",
     "my wife said her chest hurt then she just went down on the kitchen floor, she's coming round now",
     "had a squeezing feeling then everything went black for a few seconds, woke up on the bathroom tiles. still sore in the middle of my chest and I'm on my own in the flat. I'm 58. should I try and get to my GP when they open?",
     "阿媽話心口痛,講完就暈低咗,而家叫佢都唔係好應",
     "我刚才胸前一阵剧痛,眼前一黑就倒了,醒过来还在痛",
     "fainted once at a concert last summer because it was hot and I hadn't eaten since breakfast, the first aiders gave me a drink and I was fine, never happened again. Do I need to tell the nurse about that at my pre-op assessment next week or is it irrelevant?",
     "我十年前試過暈倒一次,驗過心臟冇問題,今次做手術前要唔要講?"),
    ("chest pain with grey clammy skin or a sense of doom",
     "chest pain and i have this awful feeling something really bad is about to happen, like im dying",
     "Brother-in-law's gone a horrible ashen colour, skin cold and wet, says there's a weight on his breastbone. He keeps telling us he loves us which is freaking me out. We're at his house in the middle of nowhere, about 20 minutes from town",
     "胸口疼,心里慌得厉害,总觉得自己要死了",
     "爺爺今年八十幾歲,平時仲行得走得,今日朝早食完早餐之後就冇出聲,我頭先行埋去睇,佢臉色灰灰白白,手摸上去又濕又冷,一直捂住心口",
     "I get panicky feelings before exams with a racing heart but no pain, is there a counselling service I can book?",
     "请问胸痛中心的宣传册在哪里可以拿到?我们社区想做一次科普活动。"),
    ("sudden sharp chest pain and breathlessness with a swollen leg",
     "got off a 12 hour flight yesterday, my calf is swollen and now i have a sharp pain in my chest when i breathe in and im short of breath, even just sitting on the bed at my sister's. i'm 41 and normally fit",
     "I'm 6 weeks after my knee op. suddenly there's a stabbing feeling on the right side when I inhale, and I'm puffing. my leg has been puffy and red since Tuesday. coughed up a bit of pink spit too, just now",
     "坐完長途機之後小腿腫咗,而家吸氣就心口刺痛,仲好喘",
     "我老婆刚生完孩子两周,左腿粗了一圈还发红发烫,今天突然胸前像针扎一样,上不来气",
     "going on a long-haul flight next week, what can I do to avoid blood clots? is there a leaflet?",
     "之前隻腳腫過,驗過唔係血栓,依家已經好返,冇氣促亦冇心口痛,仲使唔使食藥?"),
]

# ---------------------------------------------------------------- stroke
STROKE = [
    ("face drooping on one side",
     "my mum is 74 and lives in the flat downstairs, I popped in with her shopping just now and when she smiled at me only one side of her mouth went up, the left side of her face looks like it's melted down. she says she feels fine",
     "wife's cheek and the corner of her lip have dropped on the right, she's dribbling her tea",
     "我奶奶刚才吃饭,筷子还没放下就发现嘴歪到一边,口水一直流出来",
     "我爸爸七十歲,頭先喺公園同班朋友捉棋,有個阿伯打電話俾我話佢怪怪哋,我趕到去睇見佢半邊面吊低咗,笑都笑唔返正,佢自己仲話冇事要繼續捉",
     "I had Bell's palsy two years ago and it recovered fully. Is there a leaflet about eye care in case it ever comes back?",
     "早上起床觉得脸有点肿,照镜子两边是对称的,笑起来也正常,应该是昨晚喝水太多吧?"),
    ("sudden weakness of an arm or leg on one side",
     "I cant lift my right arm above my shoulder, it just flops back down, happened about 10 min ago",
     "Our lodger, 60ish, was making a cup of tea and the mug just dropped out of his left hand. Now his whole left side seems heavy, he can't grip the banister and his leg drags when he tries to walk to the sofa. He's insisting it's a trapped nerve",
     "阿爺隻右手突然舉唔起,揸住個杯都跌咗落地",
     "我老公左边胳膊腿突然没劲了,站都站不稳",
     "my arm has been weak since my shoulder surgery in March, but the physio says it's recovering well and I can nearly reach the top shelf again. can I move my physio appointment from tuesday to a thursday afternoon because of work?",
     "做完運動之後兩隻手都攰到舉唔起,瞓一晚已經冇事,係咪肌肉疲勞?"),
    ("slurred speech",
     "my husband's words are all slurred and he hasn't had a drop to drink, came on suddenly",
     "on the phone to my gran just now, she was telling me about her neighbour's cat and halfway through it was like her tongue went thick, everything started running together and I could hardly make out a thing. she lives alone in Dundee and I'm in Leeds",
     "我爸说话突然含含糊糊的,舌头像大了一圈,他没喝酒",
     "阿媽講嘢突然黐脷根咁,口齒唔清,我完全唔知佢講緊乜",
     "after my dentist numbed my jaw my speech was a bit mumbly for an hour, it's back to normal now. is that usual, and is it safe to drive home from the dentist after that kind of injection next time?",
     "我儿子三岁说话还有点大舌头,请问儿童语言治疗门诊怎么挂号?"),
    ("cannot find words or understand what is said",
     "my wife is talking nonsense, real words but in the wrong order, and she looks frightened, started just now",
     "Dad suddenly can't get anything out, he knows what he wants to say but nothing comes, and he doesn't seem to follow what we're asking him either. He was reading the paper out loud to mum ten minutes ago, perfectly normal",
     "婆婆突然講嘢亂晒籠,問佢食咗飯未,佢答我啲完全唔關事嘅嘢",
     "我同事五十多岁,开会开到一半突然说不出话来,张着嘴半天就冒出几个词,我们问他怎么了他也好像听不懂,一直指着自己的嘴,他平时身体很好的",
     "my dad had a stroke in 2019 and still mixes up words sometimes, that's normal for him. how do I refer him to speech therapy again?",
     "我成日一時諗唔起啲字點講,特別係攰嘅時候,係咪正常?冇其他唔舒服。"),
    ("sudden numbness on one side of the body",
     "I was sitting at my desk finishing some emails and about fifteen minutes ago the whole left side of my body went numb, like pins and needles from my cheek right down to my foot, and it's still not wearing off",
     "nan says she can't feel her right hand or right leg, no sensation at all, came out of nowhere",
     "突然半边身子发麻,从脸到脚都麻,十几分钟了还没好",
     "我阿爸話佢左邊身冇晒知覺,捏佢都唔覺痛,頭先仲好地地",
     "my foot goes numb when I sit cross-legged for too long, goes away when I stand up. nothing to worry about right?",
     "我现在怀孕三十四周,最近两只手的手指经常发麻,尤其是早上起床的时候,产检医生说是腕管综合征,生完会慢慢好,请问下周的产科复诊时间能改到周五吗?"),
    ("sudden loss of vision or double vision",
     "i suddenly cant see out of my right eye, like a black curtain came down",
     "we were driving home from my sister's in Swindon and my husband suddenly said he was seeing two of every car. I took over the driving, and now he's shutting one eye to make anything out, and half of what's in front of him seems to be missing. It's been about 30 min",
     "我姨媽突然話佢睇嘢有重影,一樣嘢變兩樣",
     "我眼前突然黑了一半,左边什么都看不见",
     "my eyes get blurry after staring at my screen all day, better after a rest. can I book an eye test through you?",
     "請問眼科覆診可唔可以改期?我之前白內障手術做得好好,依家睇嘢清楚晒。"),
    ("sudden dizziness, loss of balance or falling",
     "my dad suddenly can't stand up straight, keeps falling to one side and says the room is spinning, he's never been like this before, he's 70 and still plays bowls twice a week. he's sat on the hall floor now and won't try to get up",
     "I went all unsteady out of nowhere, can't walk without holding the wall, staggering like I'm drunk but I'm not",
     "我外公八十二岁,刚才在客厅走着走着突然往一边倒,扶他起来他站不稳,说天旋地转,还吐了一次,以前从来没有这样,我们现在在他家里",
     "我頭先突然好暈,企都企唔穩,行路打晒側,要扶住牆",
     "i get a bit lightheaded if i stand up too fast, passes in a second. should I mention it at my annual review?",
     "我晕车很厉害,下周要坐长途大巴,请问可以开晕车药吗?"),
    ("sudden very severe headache unlike any before",
     "worst headache of my life hit me like a bang on the back of my head 10 min ago",
     "My flatmate was at the gym this morning and he texted me saying something felt like it exploded inside his skull, out of nowhere, and he can hardly open his eyes because the light hurts. He's 34 and never gets migraines. He's sitting in the changing room",
     "我老婆啱啱喺度煮緊飯,突然話個頭好似爆開咁痛,痛到喊出嚟,佢從來唔會頭痛,平時連感冒都少,而家佢坐喺廚房地下,手揸住個頭唔郁",
     "刚才脑袋突然像被人用锤子砸了一下,剧痛,从来没这么疼过",
     "I've had tension headaches on and off for years and paracetamol usually sorts them. They come on slowly at the end of a long day at work. Is there a headache clinic I can ask my GP to refer me to, or is that only for migraines?",
     "我有偏頭痛,每次都係慢慢開始,食藥瞓一陣就好,今次都係咁,想問下次覆診要帶咩?"),
    ("sudden confusion",
     "my husband all of a sudden doesn't know where he is, asked me who I was, he was fine at breakfast",
     "mum's gone really muddled in the last hour, putting the kettle in the fridge and calling me by my dead aunt's name. she's usually sharp as a tack and still does her own accounts at 81. Her voice is fine, it's just what she's saying that makes no sense",
     "我爸突然糊涂了,不认识人,一个小时前还好好的",
     "我婆婆九十歲,平時仲識自己搭巴士去街市買餸,今日下晝突然唔知自己喺邊度,問佢今日星期幾,佢話係過年,仲叫錯我個名,佢從來都唔係咁",
     "Grandad has dementia and has been forgetful for a couple of years, same as always today. Are there any carer support groups at the hospital?",
     "我最近工作太忙,经常忘记东西放哪里了,这个需要看神经科吗?"),
    ("stroke signs that came and went (mini-stroke)",
     "Bit of a strange one. Around lunchtime my right hand went completely useless and my speech went funny for maybe ten minutes, my colleague noticed. Now I feel totally normal again so I'm wondering if I can just carry on with my afternoon?",
     "dad's mouth sagged and he couldn't raise his arm about an hour ago, but after 5 minutes it all came back. he says forget it and wants to go to his allotment this afternoon. he's 77 and on blood pressure tablets",
     "我阿媽頭先講唔到嘢,隻手冇力,大概五分鐘就好返,佢話唔使理",
     "我老伴上午半边脸麻了一阵,嘴也歪了,十来分钟又正常了,现在看起来没事",
     "I had a mini stroke two years ago and I'm on clopidogrel. when is my next review in the stroke clinic?",
     "醫生話我上年嗰次係小中風,叫我食藥控制血壓,想問有冇中風預防嘅講座?"),
]

# ---------------------------------------------------------------- anaphylaxis
ANAPHYLAXIS = [
    ("swelling of the tongue or throat after a trigger",
     "ate a satay skewer at the food market and my tongue is swelling up, feels too big for my mouth",
     "My son is 15 and has a nut allergy but we've never had a bad one. He just had a flapjack at his mate's house, called me and I could hear he sounded weird. He says the back of his mouth feels puffed up and tight like it's closing. His mate's mum is driving him home now",
     "吃了虾以后舌头肿起来了,嗓子也觉得肿",
     "我女兒食完花生醬多士,話喉嚨好似俾嘢塞住收緊咗,條脷又脹又大",
     "I get an itchy mouth when I eat raw apples but no swelling, that's oral allergy syndrome right? can I get referred to the allergy clinic?",
     "孩子对花生过敏,下学期要上小学了,学校让我们填一份过敏应急计划表,还要医生签字,请问这个表在哪里可以拿到?要先挂哪个科的号?"),
    ("wheezing or struggling to breathe after a trigger",
     "stung by a bee 5 mins ago and now i'm wheezing and struggling to breathe",
     "gave my daughter amoxicillin for the first time an hour ago and now she's whistling when she breathes out and working really hard for air, with blotches all over her chest and back. She's 4 and has never had it before. Her lips look ok",
     "我老公對海鮮敏感,但係今晚去飲宴以為條魚冇事,食咗幾啖之後佢開始索索聲咁抖氣,好似扯唔到氣咁,成身起晒紅點,而家喺酒樓門口坐住",
     "我打完针十分钟,胸口发紧,喘气的时候有哨子一样的声音,喘不动",
     "i had mild hay fever wheeze years ago and my inhaler sorted it, no problem since. do I still need to carry it?",
     "我對貓敏感,去朋友屋企會打乞嚏同眼痕,但係冇氣促,想問可唔可以驗埋其他致敏原?"),
    ("hoarse voice or trouble swallowing after a trigger",
     "after the cashew chicken my voice has gone all croaky and I can barely swallow my own spit",
     "I'm writing this for my friend because she can't really talk. We were at a wedding and there were prawns in the starter which she's allergic to, she only had one bite. Her voice has gone to a husky whisper and she keeps trying to gulp but says nothing will go down",
     "吃了芒果以后声音突然变哑了,咽口水都费劲",
     "我哋喺日本餐廳食緊飯,我先生唔知個醬汁入面有合桃,佢對果仁好敏感,食完之後把聲沙晒,講嘢好似砂紙磨咁,而家連吞啖茶都吞唔落",
     "my voice is a bit hoarse from shouting at the football yesterday, no allergy stuff. any tips?",
     "我以前吃过一次菠萝嗓子痒,后来再也没吃过,想问能不能做个食物过敏检测?"),
    ("feeling faint, dizzy or collapsing after a trigger",
     "got stung by a wasp and now I feel really faint and lightheaded, I've had to lie on the grass",
     "my brother is allergic to penicillin, pharmacy mixed something up, he took a tablet and has just crumpled on the floor, he's awake but grey and woozy",
     "我阿媽俾黃蜂叮完之後頭暈到企唔穩,眼前發黑",
     "我们公司团建在农家乐,同事吃了一道菜,里面好像有花生,他说自己过敏,没过多久就说天旋地转,想站起来结果直接瘫在椅子上了,嘴唇也有点肿",
     "I went woozy at my blood test last week because I hate needles, the nurse said that's a faint not an allergy. do I need to tell them next time? I've got another one booked for Friday morning at the surgery.",
     "請問打疫苗之後要等十五分鐘觀察係咪因為怕過敏?我之前打完都冇事。"),
    ("pale, floppy or unresponsive child after a trigger",
     "my toddler is allergic to egg and my mum didn't realise the cake had egg in it. He ate a big slice at her house about 20 min ago, he's gone as white as a sheet, really floppy like a ragdoll in my arms, and he has hives around his mouth",
     "2yo ate some peanut butter by accident. now limp and pasty and won't hold his head up",
     "宝宝吃了鸡蛋羹以后全身起疹子,脸色煞白,软绵绵的抱起来没力气",
     "個細路食完花生糖,面色變得好青白,成個人攤晒,叫佢都冇乜反應",
     "my little one had a few red spots round her mouth after strawberries but was running round the garden playing as normal and they faded within the hour. She's 18 months. should I still avoid strawberries for now, and is that something the health visitor can advise on?",
     "宝宝开始加辅食,第一次吃鸡蛋要注意什么过敏反应?有没有宣传资料?"),
    ("sudden confusion after a trigger",
     "my dad got stung on the neck by a bee and now he's talking rubbish and doesn't know what day it is",
     "I'm at a restaurant with my aunt who has a known shellfish allergy. The waiter swore the pasta was prawn-free but ten minutes after eating she's got a rash on her chest and she's gone really vague and muddled, asking me the same questions over and over and not making sense",
     "我爸食完蝦之後成個人懵懵哋,問佢喺邊度都答唔到",
     "我奶奶输完抗生素以后,人迷迷糊糊的,说话颠三倒四,身上还起了红疙瘩",
     "last year I got a bit foggy-headed after taking hay fever tablets, is there a non-drowsy one I can ask the pharmacist for? I drive for work so I need something that won't make me sleepy.",
     "我對青黴素敏感,今次入院做手術,點樣確保醫護人員知道?"),
    ("racing heartbeat with widespread hives after a trigger",
     "so I started a new painkiller from the dentist about an hour ago, first dose, and I thought the itching was just nerves but now my heart is pounding out of my chest and I'm covered head to toe in hives, even my scalp",
     "my sister's pulse is racing like mad and she's got raised itchy welts spreading all over her body since she ate a kiwi",
     "我今天第一次吃了朋友从老家带来的蚕蛹,吃完没多久全身起了一片一片的风团,痒得不行,现在心跳得特别快,咚咚咚的,像要从嗓子里跳出来",
     "我老公食咗止痛藥,成身起晒風癩,心口卜卜跳,跳得好急",
     "i get hives sometimes when it's cold, they go in an hour and nothing else happens. is that an allergy worth seeing someone about?",
     "前几天吃了药起了几个小红疹,已经自己消了,也没别的不舒服,复诊时要跟医生说吗?"),
    ("persistent cough or noisy breathing after a trigger",
     "keeps coughing and coughing since she got stung, can't stop, sounds like a seal",
     "I'm a dinner lady, one of the Year 4 boys has a sesame allergy and he's just eaten a roll that had seeds on. He's got a hacking cough that won't let up, every breath has a rasping noise on the way in, and he's holding his throat. I've got his pen here",
     "我個仔食完腰果之後一路咳,咳到停唔到,抖氣有怪聲",
     "我打了造影剂以后嗓子发紧,一直干咳止不住",
     "Is it normal to get a tickly cough after walking past freshly cut grass? It stops when I get indoors. I have mild hay fever and take a tablet in the mornings from May to July, and I've never had anything worse than sneezing.",
     "我個女有哮喘,學校要我填敏感同哮喘嘅緊急處理表,請問喺邊度攞?"),
    ("symptoms after using an adrenaline auto-injector",
     "I just used my epipen because my throat went tight after lunch, do I still need to go to hospital?",
     "my niece is 9 and allergic to peanuts, she had a chocolate bar at the park that must have had traces. I jabbed her in the thigh with her Jext 5 minutes ago and she's still puffy round the eyes and struggling a bit. Do I give the second one",
     "我刚给自己打了肾上腺素笔,现在好一点了,还用去医院吗",
     "頭先幫個女喺大髀篤咗支EpiPen,佢依家仲係好辛苦,塊面仲係好腫",
     "my epipen expires in June, how do I get a repeat prescription?",
     "请问肾上腺素自动注射笔的训练笔在哪里可以买到?我想让家里老人也练习一下,万一孩子在爷爷奶奶家出事他们也会用。孩子目前一切都好。"),
    ("vomiting and severe stomach pain with rash after a sting or food",
     "got stung by a bee in the garden, I've been sick three times and I've got awful cramps and a rash spreading up my arms",
     "Dad was stung by a hornet while pruning, he's now throwing up, doubled over clutching his belly and his skin has gone blotchy",
     "我細佬喺山頂行山俾黃蜂叮咗兩下,初初冇乜,行落山嗰陣開始嘔,嘔咗三四次,肚痛到彎晒腰,手臂同頸都起晒紅斑,而家佢坐喺涼亭度,我哋等緊",
     "孩子被蜜蜂蜇了以后一直吐,肚子疼得打滚,身上起了一片片红疙瘩",
     "I got stung on the hand last week, it swelled up around the sting for a couple of days and then went down. I never felt unwell in myself and it's fine now. Do I need an allergy test before we go camping this summer?",
     "俾蚊叮咗之後起咗個大包,好痕,但係冇其他唔舒服,搽啲咩藥好?"),
]

# ---------------------------------------------------------------- breathing
BREATHING = [
    ("too breathless to speak in full sentences",
     "cant talk properly, have to stop for breath after every couple of words, been getting worse all evening",
     "My husband has COPD and we're used to him being a bit puffed, but this is different. He's sitting on the edge of the bed leaning on his knees, gasping, and when I ask him anything he can only manage one word before he has to suck in air again. His nebuliser hasn't done much",
     "我妈有慢阻肺,平时走路慢一点还行,今天早上起来就说喘,现在坐着都喘得厉害,跟我说话一句话要分好几次说,说两个字就得停下来吸气",
     "阿爸氣咳到講唔到成句嘢,講一兩聲就要唞過",
     "I get a bit breathless walking up the hill to work but I can chat fine and it settles in a minute. could that be my weight? can I see the practice nurse about a weight plan, maybe on a saturday?",
     "请问肺功能检查需要空腹吗?我最近没有气短,只是单位体检要求做。"),
    ("lips or skin turning blue or grey",
     "my grandads lips have gone blue and he's struggling for air",
     "I'm a carer for a lady with lung disease, visiting her this morning. She's fighting for every breath and her fingertips and the skin round her mouth have a purple-grey tinge I've not seen before. She's usually chatty but she's just staring at me",
     "我阿爺嘴唇變晒紫色,抖氣好辛苦",
     "我室友感冒发烧好几天了,刚才我回宿舍看见他坐在床上大口喘,嘴巴周围和指甲都是青灰色的,叫他也只是点头,我们在学校宿舍,要不要叫人",
     "my fingers go white and then blue when it's cold, then red when they warm up. I breathe fine. is that Raynaud's? who do I see?",
     "我個仔游完水出嚟嘴唇有啲紫,凍到震,包住條毛巾一陣就好返,咁係咪正常?"),
    ("choking and unable to cough or breathe",
     "HELP my son is choking on a grape, he cant cough or breathe, we've done back blows",
     "old man at the next table in the café grabbed his throat, he's got a bit of steak stuck, he's making no sound at all and going red then purple. His wife is hitting his back. We're in Costa on the high street",
     "我爷爷吃汤圆噎住了,咳不出来,也喘不了气,脸都憋紫了",
     "我哋喺屋企食緊飯,我個女三歲,食粒花生突然卡住喉嚨,佢張大口發唔到聲,又咳唔出,我拍咗佢背幾下都冇用,佢塊面開始變色,仲撳住條頸",
     "my baby sometimes gags on lumpy food then spits it out and carries on eating happily. is that normal when weaning? is there a class on baby first aid anywhere near Harrogate that I could book before she starts nursery in September?",
     "我刚才喝水呛了一下,咳了几声就好了,现在呼吸正常,没事吧?"),
    ("child grunting or sucking in under the ribs to breathe",
     "my 10 month old has had a cold for a few days and tonight I've noticed every time she breathes her tummy sucks right in under her ribs and you can see the gaps between her ribs pulling in. she's also making a little grunt at the end of every breath",
     "toddler is breathing really fast with a groan on each breath out and his nostrils flaring",
     "我個BB抖氣嗰陣肋骨下面凹晒入去,一吸一吸咁",
     "孩子每喘一口气都哼一声,肚子一鼓一瘪的,呼吸特别快",
     "baby makes snuffly noises when she feeds because of a blocked nose, she's feeding well and breathing normally otherwise. can we use saline drops?",
     "請問BB正常呼吸一分鐘應該幾多下?我想知點樣數,佢依家好精神冇病,只係我第一次做媽媽,想喺出院前學識睇邊啲危險信號。唔該。"),
    ("child limp or not responding with breathing trouble",
     "my son has a chest infection and now he's all floppy, his head keeps lolling to the side and he's breathing weird",
     "My granddaughter, 4, has had bronchiolitis or something all week. I'm minding her while her mum works. She was wheezy this morning but now she won't open her eyes properly, doesn't react when I call her name, just lies there on the couch breathing hard and shallow",
     "孩子咳嗽喘了两天,现在软塌塌的,叫他也不怎么理人",
     "個女抖氣好急,成個人攤晒,頭都擰唔起,眼都唔點望我",
     "my kid is always sleepy and a bit grumpy for a day after his asthma review because of the early start, is that normal lol. he's 7 and the appointment is at 8am, he's perfectly fine by the evening and breathing normally",
     "孩子上周肺炎住院,现在出院了精神很好,能跑能跳,请问复查需要提前预约吗?"),
    ("sudden confusion with breathlessness",
     "My mum's breathing is all wrong and she's suddenly not making sense, she asked me if the cat was the doctor",
     "Visiting my grandad in his sheltered flat. He's had a chesty cough since the weekend, now he's really out of puff and he's all over the place in his head, thinks it's 1985 and keeps trying to put his coat on to go to work. Normally he does the crossword every morning",
     "阿爺咳咗幾日,今日抖氣好急,頭先仲問我係邊個,又話要返工,佢退休咗二十年,平時好醒,我好驚,佢自己一個人住喺屯門,我啱啱先趕到",
     "我外婆喘得厉害,突然开始说胡话",
     "When I have a panic attack I breathe fast and feel a bit spacey, my therapist gave me breathing exercises. Is there a group class at the hospital, ideally one in the evening after work? I'm not having one at the moment, just planning ahead.",
     "我最近瞓得少,日頭成日懵懵哋,但係抖氣冇問題,係咪要睇醫生?"),
    ("asthma attack not helped by the reliever inhaler",
     "asthma attack, had 10 puffs of my blue inhaler through the spacer and still can't breathe properly",
     "my daughter's asthma has been playing up since bonfire night. Tonight it's really bad, we've done the reliever pump every few minutes like her plan says but it's made no difference at all, she's pulling her shoulders up with every breath and crying",
     "哮喘犯了,喷了好几次万托林都不管用,越来越憋",
     "我個仔氣管敏感發作,索咗幾次藍色噴霧都冇改善,仲係好辛苦",
     "I use my blue inhaler maybe once a week before football. Should I be on a brown preventer as well? I'd like an asthma review, preferably after 5pm because I work shifts at the warehouse and can't easily get the time off.",
     "我的哮喘控制得很好,一年都没发作了,请问吸入药能减量吗?想约呼吸科复诊。"),
    ("pauses or stops in breathing",
     "My baby is 6 weeks old and has had a snotty nose. I was watching her sleep in the moses basket and she stopped breathing for what felt like ages, maybe 15 or 20 seconds, then gasped and started again. It's happened twice now in the last half hour",
     "husband keeps going still, no breath at all for several seconds, then a huge gulp. he's awake but really drowsy. he had surgery yesterday",
     "我阿媽瞓喺度,隔一陣就冇咗呼吸,過好耐先再抖返,叫佢又唔係好醒",
     "我儿子发烧,刚才看他有一会儿胸口不动了,憋了好几秒才又喘起来",
     "my partner snores and sometimes stops for a second or two at night, then carries on. he's fine in the day. is there a sleep clinic referral he can get, or does it have to go through the GP first? I'm the one who can't sleep lol",
     "新生嬰兒瞓覺嗰陣抖氣有時快有時慢,停一兩秒,聽講係正常,想問有冇資料睇?"),
    ("sudden severe breathlessness at rest",
     "out of nowhere I can't get enough air, just sitting watching telly, no asthma, never had this",
     "I'm 35 weeks pregnant and was fine this morning, just folding baby clothes. About twenty minutes ago it suddenly felt like I was breathing through a straw and I still can't get a proper lungful sitting still. my heart's going too",
     "坐着没动突然就喘不上气了,越来越厉害,以前从来没有过",
     "我老婆坐喺梳化度無啦啦話吸唔到氣,個胸好似俾人箍住,佢冇哮喘",
     "i sometimes sigh a lot and feel like I need a deeper breath when I'm stressed at work, usually in meetings, but I can run 5k fine at the weekend and I sleep ok. Is that something I should worry about or mention to anyone?",
     "上周爬山的时候喘得厉害,下山以后就好了,平时都没事,需要检查吗?"),
    ("high-pitched noisy breathing in at rest",
     "my little boy is making a horrible high pitched squeak every time he breathes in, even sitting still, he has croup",
     "3am and my daughter, nearly 2, woke up with a barky cough. I've taken her into the steamy bathroom and then to the open window like my mum said, but she's still got this loud harsh crowing sound on every in-breath and she's sitting up, scared",
     "個女咳到好似狗吠咁,每吸一啖氣就有好尖嘅聲,坐定定都係咁",
     "儿子吸气的时候嗓子里有很响的怪声,像拉风箱,躺着不动也有",
     "my son had croup last winter, it was mild and sorted with steroids. what should I look for if he gets it again this winter, and when is it serious enough to bring him to A&E rather than ringing the GP in the morning?",
     "個仔傷風鼻塞,瞓覺有啲鼻鼾聲,日頭玩得好精神,使唔使睇醫生?"),
]

# ---------------------------------------------------------------- bleeding
BLEEDING = [
    ("blood spurting or pumping from a wound",
     "cut my wrist on a broken window and blood is squirting out in spurts with my heartbeat",
     "my dad was using the angle grinder in the garage and it kicked back into his thigh. there's bright red blood pumping out of it in jets, it's soaked through two tea towels already and is puddling on the concrete. I'm pressing as hard as I can",
     "切菜切到手腕了,血一股一股往外喷,跟着心跳一阵阵地涌",
     "我喺地盤做嘢,有個工友俾玻璃割到大髀,啲血好似水喉咁射出嚟,一下一下咁標,我哋已經用件衫壓住,但係件衫已經濕晒,佢塊面開始白",
     "cut my finger chopping onions, it bled for a couple of minutes and stopped with a plaster. do I need a tetanus jab?",
     "请问急救课程里教的止血方法在哪里可以报名学?我想去学一下。"),
    ("bleeding that will not stop after 10 minutes of firm pressure",
     "I slipped with the stanley knife opening a parcel and got the fleshy bit under my thumb. I've been squeezing a clean towel on it really hard for 15 minutes without peeking like you're supposed to and it's still coming through, the towel's red all over",
     "nosebleed for 40 mins, leaning forward and pinching, won't quit, I'm on warfarin",
     "我阿爸割損咗手,壓住成二十分鐘啲血都仲係流唔停",
     "我奶奶吃着华法林,今天削苹果划了一道口子,我用纱布使劲摁了快半个小时,一松手血又冒出来,纱布换了三块都透了,她有点害怕,一直问要不要紧",
     "I bruise easily and my gums bleed a bit when I brush, it stops on its own. Could that be my aspirin? I'd like a medication review.",
     "今朝流鼻血,捏住鼻哥五分鐘就停咗,之後冇再流,使唔使睇醫生?"),
    ("heavy bleeding with pale cold skin, dizziness or fainting",
     "lost a lot of blood from a cut on my leg and now I feel cold, shaky, dizzy and really pale",
     "Bloke came off his motorbike outside our shop, big gash in his arm, claret everywhere, and now he's sweaty, grey, breathing fast and not really with it",
     "我老公在厨房被摔碎的玻璃瓶划伤了小腿,流了一地的血,现在用毛巾包着,可是他说头晕眼花,嘴唇发白,手脚冰凉,一直在出冷汗,说想睡觉",
     "個仔跌親流咗好多血,而家面青唇白,手腳凍冰冰,話好想瞓",
     "I felt a bit dizzy after giving blood yesterday, had a biscuit and was fine. Is it OK to go to the gym today?",
     "我月经量一直比较多,最近单位体检说有点贫血,但是平时没有头晕,也没有心慌,想挂个妇科的号看看是什么原因,请问需要空腹吗?要带以前的检查单吗?"),
    ("object stuck in a wound",
     "fell on a garden fork and one of the prongs is still stuck in my foot",
     "My teenage son was messing about with his mates on the building site behind our estate. He came home white as anything with a bit of metal rod sticking out of the side of his calf, about as long as a pencil, and blood running down into his trainer. We haven't pulled it out",
     "我老公整嘢嗰陣有口釘插咗入手掌,仲喺度,啲血一路流",
     "孩子摔在碎玻璃上,有一大块玻璃扎在膝盖里没出来",
     "I had a splinter in my finger which I got out with tweezers, it's a bit red. Should I put antiseptic on it?",
     "上個月隻腳踩到釘,已經去急症打咗破傷風針,依家傷口好返晒,想問使唔使覆診?我係糖尿病人,醫生叫我留意隻腳,不過依家完全冇紅腫。"),
    ("deep wound to the neck, chest, belly or groin",
     "my brother's been stabbed in the stomach, he's holding it and bleeding through his shirt",
     "There's been a fight outside the pub on the high street. A young lad has a deep slash across the side of his neck, it's gaping open, and there's a lot of blood coming down onto his collar. His friends are holding a jacket against it. We're on Station Road",
     "我朋友肚子被人捅了一刀,血把衣服都浸透了",
     "我個表弟喺廚房攞刀切凍肉,刀一滑就插落佢大髀入面近腹股溝嗰度,個口好深,我哋用毛巾揼住,但係啲血仲係一路滲出嚟,佢話好凍,好想瞓",
     "I had a small cut on my neck from shaving this morning, it stopped after a minute with a bit of tissue. Any tips for razor rash?",
     "我上周做了阑尾手术,伤口愈合得很好,没有出血也没有红肿,请问什么时候拆线?"),
    ("vomiting blood or coffee-ground sick",
     "just thrown up a load of bright red blood, there's loads in the toilet",
     "Dad's been sick and it looks like coffee grounds, dark brown bits, and he's gone a bit woozy. He drinks a lot.",
     "阿爺有胃潰瘍,今晚食完飯坐喺度睇電視,突然嘔咗一大啖血出嚟,紅卜卜嘅,跟住又嘔多一次,佢依家坐喺廁所度,手震震咁,面都白埋",
     "我吐出来的东西是咖啡色的,像咖啡渣一样,人也没力气",
     "I had a nosebleed overnight and swallowed some, then this morning I spat out a bit of old blood. Nose has stopped and I feel fine. Is that anything to worry about, or just from the nosebleed? I'm on no blood thinners.",
     "我食完紅菜頭之後嘔咗少少,啲嘢係紅色,咁應該係紅菜頭啫?依家冇事。"),
    ("body part cut off",
     "my husband just cut off the top of his finger with the hedge trimmer, we've got the piece",
     "working at the joinery and one of the apprentices has caught his hand in the table saw. Two of his fingers are gone at the knuckle, we've found them in the sawdust and wrapped them in a clean cloth. He's sitting down and I'm pressing on his hand. what else",
     "我爸在工厂干活,机器把他一根手指头切下来了",
     "我個仔隻腳趾公俾割草機削咗一截落嚟",
     "my grandad lost a finger in an accident 30 years ago and his stump is a bit sore in the cold. who would he see about that? He's 84 and doesn't drive, so something near Wythenshawe would be best.",
     "我指甲剪得太短有点出血,一会儿就不流了,需要擦药吗?"),
    ("lots of blood or black tarry poo",
     "sorry this is gross. I've been to the loo three times this morning and each time it's been mostly blood, dark red clots, the bowl is full of it. I'm 62 and I've started to feel a bit lightheaded when I stand up",
     "my wife's poo is jet black and sticky like tar, and she's gone very pale and tired. she takes ibuprofen for her back",
     "我今日屙咗幾次血,成個廁所都係紅色,仲有血塊",
     "我妈有胃病,这两天大便是黑的,黑得发亮,像柏油一样,今天早上起床的时候差点晕倒,脸色特别白,她还说没事不想去医院,现在躺在沙发上",
     "i see a little bit of bright red blood on the tissue sometimes, I've had piles for years. can I get an appointment about them?",
     "我開始食補鐵丸之後啲大便變咗深色,係咪正常?人好精神冇唔舒服。"),
    ("coughing up a lot of blood",
     "coughing up mouthfuls of blood, not just streaks, proper blood",
     "my uncle has lung cancer and he's just hacked up a cupful of red into the sink, and it keeps coming",
     "我爷爷肺不好,刚才咳嗽的时候突然咳出一大口鲜血,吐到盆里有小半碗,然后每咳一下都带出一口血,他吓坏了,我也不知道该怎么办才好",
     "阿媽一咳就咳出好多血,一啖一啖咁,唔係血絲",
     "I had a chest infection and there were a couple of tiny streaks of blood in my phlegm last week but it's gone now. Should I still see the GP about it, or only if it comes back? I feel completely fine and I've never smoked.",
     "我刷牙的时候牙龈出血,吐出来的口水带点红,这个挂口腔科还是内科?"),
    ("heavy vaginal bleeding in pregnancy",
     "I'm 30 weeks pregnant and I'm bleeding heavily, it's soaked my pad and running down my legs",
     "My girlfriend's about 5 months along with our first. She got up to go to the toilet and there's a lot of bright red coming from down there, it's gone through her pyjamas and onto the sheets, and she's got cramping in her belly. She's really scared",
     "我懷孕七個月,突然下面流好多血,一張衛生巾好快濕晒",
     "我老婆怀孕三十周,阴道大出血,裤子都湿透了,肚子也疼",
     "I had a tiny bit of pink spotting after my smear test at 10 weeks pregnant, midwife said that can happen. It stopped the same day. Do I need to do anything, or just mention it at my 12 week scan next Tuesday?",
     "請問孕婦講座幾時有?我想了解懷孕期間出血幾時要去急症。依家一切正常。"),
]

# ---------------------------------------------------------------- suicide_self_harm
SUICIDE_SELF_HARM = [
    ("says they will end their life soon and has a plan",
     "i've decided tonight's the night. i know how i'm going to do it and when. just wanted someone to know",
     "I've been on the waiting list for the mental health team for four months. My marriage is over, I lost the job in January, and I've stopped being able to see a way forward. I've worked out exactly what I'm going to do after the kids go to their dad's on Friday.",
     "我已经想好了,今晚等家里人睡了就结束这一切",
     "我個細佬今晚喺屋企同我講,佢已經諗好點樣死,仲話揀咗聽日朝早我哋出咗門之後做,佢講嗰陣好平靜,唔似講笑,我唔知點算,屋企得我同佢",
     "I'm doing a mental health first aid course at work and we're asked to find out what local crisis services exist. Where can I find the list for this hospital, and is there a number for the liaison team that I can put in our staff handbook?",
     "我以前有过轻生的念头,这两年在心理科规律治疗,现在状态很稳定,想问复诊能不能改成线上?我现在在外地上班,每个月请假回来不太方便。"),
    ("has gathered the means to end their life",
     "been saving up my tablets for weeks, got about 60 now lined up on the desk. not sure why I'm typing this",
     "Found a rope tied in a noose in my son's wardrobe and a bag of his mum's sleeping pills under his bed. He's 17, he's in his room now with the door shut and music on. He's been really withdrawn since his exams",
     "我儲咗好多粒安眠藥,今晚打算一次過食晒",
     "我在收拾我老公车子的时候,发现后备箱里有一袋木炭和几卷胶带,他最近失业以后一直不说话,前几天还跟我说活着没意思,他现在一个人开车出去了",
     "my mum's on lots of medication and I'm worried about her accidentally taking too much. is there a pharmacy service that does blister packs?",
     "我而家食緊抗抑鬱藥,想問一次拎三個月藥會唔會太多?醫生話我情況穩定。"),
    ("has just made a suicide attempt",
     "I tried to hang myself an hour ago but the thing snapped, my neck really hurts and I feel weird",
     "My flatmate came out of the bathroom just now with marks all around her throat and told me she tried to strangle herself with a belt but passed out and it slipped. She's talking but her voice is raspy and she keeps saying sorry",
     "我刚才想从窗户跳下去,结果掉在二楼的雨棚上了,腿很疼动不了",
     "我老公頭先喺廁所上吊,我衝入去剪斷條繩,佢而家喺地下,有呼吸但係唔係好醒",
     "my sister attempted suicide 3 years ago, she's doing much better now. is there a support group for families?",
     "我想了解一下,如果家人有自杀未遂的经历,出院以后应该怎么陪伴?有没有相关的讲座或者资料?我妹妹下周就要出院了,我们全家都很紧张。"),
    ("self-harm wound that is deep or will not stop bleeding",
     "cut myself again but deeper than normal, i can see fat and it's gaping and wont stop bleeding",
     "I self-harm, I know how to look after it usually, steri strips and that. Tonight I went too far on my thigh, the blood's soaked through the towel I've been holding on it for ages and I'm starting to feel spaced out and cold",
     "我界咗自己隻手,今次界得好深,見到入面白色嘅嘢,血止唔到",
     "我女儿十五岁,刚才我敲她房门没人应,推开进去看见她拿小刀划了胳膊,有一道口子很深,肉都翻出来了,按着毛巾血还是往外冒,她一直哭",
     "I used to self-harm but I've been clean for 2 years. I have old scars on my arms. Is there a clinic that does scar treatment?",
     "我細妹以前有自殘,依家已經冇再做,想問學校社工同醫院心理科有冇合作轉介?"),
    ("has sent goodbye messages or left a note",
     "my best mate just sent me a message saying thanks for everything and goodbye, look after his dog. now his phone's off",
     "found a letter on the kitchen table from my wife saying she's sorry and we'll be better off without her. she's not in the house",
     "我同学半夜在朋友圈发了一段话,说谢谢大家这些年的照顾,以后不会再麻烦任何人了,还把她的猫托付给我,我给她打电话一直没人接听",
     "我阿媽留咗封信喺枱面,話對唔住我哋,叫我哋以後好好照顧自己",
     "my dad is terminally ill and has been writing letters to the grandkids for after he's gone, is there a hospice counsellor we can talk to about it? The family are finding it really hard and the kids are asking questions.",
     "我在写一篇关于预防自杀的学校报告,想问医院有没有公开的宣传资料?"),
    ("in a dangerous place right now intending to jump or step off",
     "i'm stood on the multi storey car park roof edge. i dont want to be here anymore",
     "Sorry if this isn't the right place. I'm on the train platform at the moment, I let two trains go past because I was working up the nerve to step off in front of the next one. There's one due in 6 minutes. I don't really know why I'm messaging",
     "我而家企咗喺天台邊,好想跳落去",
     "我现在在江边大桥上,站在栏杆外面了",
     "we live near a railway bridge where there have been some tragedies. does the hospital do community suicide prevention training for residents' groups? We meet on the first Tuesday of every month and usually about twenty or so people come.",
     "我有畏高症,上高樓會好驚,企喺露台都腳軟,有冇辦法醫?"),
    ("cannot keep themselves safe right now",
     "I cant keep myself safe tonight. the urges are too strong and i'm scared of what i'll do",
     "my partner just told me she doesn't trust herself alone right now, she keeps saying she'll do something stupid to herself",
     "我现在控制不住自己想伤害自己的念头,一个人在家好害怕",
     "我朋友啱啱打俾我,喊到講唔到嘢,話佢覺得今晚撐唔住,好驚自己會做傻事,佢一個人住喺宿舍,我而家喺另一個區,坐緊的士趕緊過去",
     "My crisis plan from the community team needs updating because my phone number changed. Who do I contact?",
     "最近工作压力很大,晚上经常睡不好,早上起来没精神,但是没有伤害自己的想法,就是想找个人聊聊,想约个心理咨询,请问怎么挂号?周末有门诊吗?"),
    ("hearing voices telling them to kill themselves",
     "the voices are back and they keep telling me to end it, they're really loud today",
     "My brother has schizophrenia and stopped his injections last month. Tonight he keeps looking at the ceiling and answering someone, he told me 'they' want him to jump out of the window and that he has to obey them. We're on the eighth floor",
     "我老公有精神分裂,最近冇食藥,今晚一路同空氣講嘢,話有把聲叫佢去死,仲話要聽佢講,佢依家拎住把較剪坐喺床邊,我好驚,唔敢郁",
     "我耳朵里老有人说话,命令我去死",
     "my son hears voices sometimes but he's stable on his medication and they're not nasty ones. can I get a copy of his care plan?",
     "我有時瞓著之前好似聽到有人叫我個名,醒咗就冇,係咪好普遍?"),
    ("missing after saying they would end their life",
     "My dad walked out of the house two hours ago after a row with mum, he said he was going to go and finish it and that we'd never see him again. He took his car keys and his pills are missing from the cupboard. He's not answering his phone.",
     "my girlfriend said she'd kill herself and stormed off, she's not at her flat and no one knows where she is",
     "我哥说了句不想活了就出门了,电话关机,找不到人",
     "我個女同我嗌完交,話唔想再活落去,之後就失咗蹤,我搵唔到佢",
     "my elderly mum sometimes wanders off because of her dementia, she's home safe now. is there a memory clinic referral I can ask about? A friend from church mentioned the hospital lends out GPS trackers for people with dementia who wander, is that true?",
     "请问医院精神科住院病人可以请假回家吗?我爸爸状态挺好的,想接他回家过节。"),
    ("serious self-inflicted burn",
     "I burned myself on purpose with the iron, it's a big patch on my arm, white and leathery, doesn't even hurt",
     "My 16 year old poured boiling water from the kettle over her own legs on purpose after a fight with her friends. The skin is peeling off in sheets on both shins and it's blistered all over. She's sitting in the bath and won't let me look properly",
     "我故意用火機燒自己手臂,而家起晒大水泡,皮都焦咗",
     "我弟弟自己拿开水浇手,手背的皮都掉了一大块,红红的烂肉露出来了",
     "I burnt my hand on a baking tray yesterday by accident, small red patch, ran it under cold water. It's fine now, do I need a dressing?",
     "我手臂有舊時自殘留低嘅燒傷疤痕,想問整形外科可唔可以處理?"),
]

# ---------------------------------------------------------------- overdose_poisoning
OVERDOSE_POISONING = [
    ("took too many tablets on purpose even if they feel well",
     "took 30 paracetamol about 2 hours ago, I feel completely fine so I'm probably ok right?",
     "my 19 year old daughter just admitted to me she swallowed a whole packet of my co-codamol and some of her own sertraline this afternoon after a breakup. she says she feels normal and doesn't want a fuss, and she's begging me not to ring anyone",
     "我下午吃了二十多片扑热息痛,现在没什么感觉,是不是不用管",
     "我老婆今晚同我嗌完交,之後我發現佢食晒成盒必理痛,大概二十幾粒,佢話而家冇事,叫我唔好咁大驚小怪,仲話聽朝先算,但係我好擔心",
     "how many paracetamol can I take in a day for toothache? I'm 60kg and been taking two four times a day.",
     "我吃了两片布洛芬止痛,又想吃感冒药,这两个会不会成分重复?"),
    ("unconscious or cannot be woken after drugs or alcohol",
     "my housemate took something at a party and now I can't wake him up, he's breathing but won't respond when I shake him",
     "Mum drank a bottle of vodka with her tablets and she's out cold on the sofa, I've shouted and pinched her and nothing",
     "我朋友今晚喺派對食咗唔知咩丸仔,跟住又飲咗好多酒,而家瞓喺梳化度點叫都叫唔醒,搖佢都冇反應,仲有呼吸,我哋幾個都唔知點算好",
     "我爸喝了半瓶白酒又吃了安眠药,现在人昏过去了,怎么拍都没反应",
     "my son came home drunk last night and slept it off, he's fine this morning with a hangover. any advice on talking to teens about alcohol? He's 15 and I don't want to lecture him, I just want him to be safe at parties.",
     "我食完安眠藥瞓得好熟,屋企人叫咗幾聲我先醒,咁係咪正常?係醫生開嘅份量。"),
    ("child swallowed medicine meant for adults",
     "my 2 year old got into my handbag and ate some of my blood pressure tablets, maybe 4 or 5",
     "I was on the phone for five minutes and my grandson, he's three, climbed on the worktop and got the lid off nana's pill organiser. Tuesday, Wednesday and Thursday compartments are empty, that's her heart pills and diabetes ones. He seems fine so far, just a bit giggly",
     "孩子偷吃了奶奶的降压药,吃了好几片",
     "個仔兩歲,爬上枱打開咗我嘅藥樽,食咗幾粒抗抑鬱藥",
     "what's the best way to store medicines safely with a toddler in the house? is there a leaflet?",
     "我给孩子喂退烧药,想确认一下按体重怎么算剂量,医院有没有可以打印的剂量表?孩子一岁半,十一公斤,现在没有发烧,我只是想提前准备好。"),
    ("swallowed bleach or another household chemical",
     "my nan drank some bleach by mistake, she keeps it in an old lemonade bottle. her mouth is burning",
     "took a swig from what I thought was water but it was my dad's drain unblocker. throat is on fire and I keep drooling, I can't swallow properly. I'm at my parents' house on my own and they're away till tomorrow",
     "我阿媽飲咗啖漂白水,以為係水,而家話喉嚨好痛",
     "我儿子四岁,刚才在厨房玩,趁我不注意打开了洗洁精旁边那瓶管道疏通剂,喝了一口,嘴里起了白色的泡,一直哭着说嘴巴疼,一直流口水",
     "I got a splash of washing up liquid in my mouth, rinsed it out and I'm fine. just checking that's ok?",
     "請問屋企啲清潔劑同藥物點樣擺先安全?有冇相關單張?"),
    ("child swallowed a button battery",
     "I think my baby swallowed one of those little round batteries from the car key",
     "My twins are 18 months. I found the back off the kitchen scales and the coin cell that was inside has gone. One of them was chewing something earlier. He's drooling a bit more than usual but otherwise playing. I've searched the floor everywhere",
     "孩子把遥控器里的纽扣电池吞下去了",
     "我個女好似吞咗粒手錶入面嘅圓形電芯,搵唔返",
     "what kind of batteries are dangerous if kids swallow them? we're childproofing the house",
     "孩子之前吞过一个小硬币,医生说会自己排出来,已经拉出来了,需要复查吗?孩子现在吃喝拉撒都正常,精神也很好,我就是有点不放心。"),
    ("several people at home with headaches, sickness or drowsiness from a faulty heater (carbon monoxide)",
     "weird one, all four of us have had headaches and felt sick for a couple of days, it gets better when we go out and worse when we're home. the boiler's been playing up and the pilot light is yellow. my son was really sleepy this morning",
     "gas fire's been on all evening, me and the wife both dizzy and throwing up, and the dog's lying there not moving much",
     "我哋一家四口今朝起身個個都頭痛、想嘔,個女仲暈到企唔穩,昨晚開咗個石油氣暖爐瞓覺,窗都閂晒,出咗去街行一陣又好返啲,但係一返屋企又唔舒服",
     "冬天在屋里烧炭取暖,我和我妈现在头疼想吐,浑身没劲",
     "We just got a new carbon monoxide alarm fitted, where's the best place to put it? Nobody's unwell.",
     "我最近成日頭痛,瞓得唔好,屋企人冇事,亦冇用明火,想約腦科睇吓?"),
    ("fit or seizure after taking drugs",
     "my friend took a pill at a festival and now she's fitting on the ground, jerking all over",
     "boyfriend has taken a load of tramadol and just started shaking violently, eyes rolled back, not responding",
     "我弟吃了一大把药以后开始抽搐,口吐白沫",
     "我室友話失戀,頭先我發現佢食咗成板抗抑鬱藥,我打算扶佢起身,佢突然成個人硬晒,手腳一抽一抽咁,眼反白,叫佢個名都唔應,已經成分鐘",
     "my epilepsy meds got changed and I want to know if they interact with the pill. can I talk to a pharmacist, or should I wait for my neurology appointment in about three weeks? I don't want to risk getting pregnant.",
     "我朋友有癫痫,平时吃药控制得很好,想问跟他出去玩需要注意什么?"),
    ("very slow or noisy breathing after opioids",
     "my brother uses heroin, he's gone blue round the lips and he's only taking a breath every now and then, like a snore",
     "I look after my mum who's on morphine patches for her cancer pain. I think she put a new one on without taking the old one off. She's really hard to rouse, her pupils are tiny like pinpricks and her breathing is slow and heavy, sort of gurgly",
     "我老公食咗好多止痛藥,而家抖氣好慢,好大聲,眼仁細到好似針咁",
     "我哥吸了东西以后隔好久才吸一口气,嘴唇发青",
     "I'm on oxycodone after my op and feel a bit constipated and drowsy in the afternoon. is that a normal side effect? breathing is fine, I'm just a bit spaced out after lunch. should I cut down the dose or ring the ward I was on?",
     "請問有冇納洛酮嘅培訓?我喺社福機構做嘢,想學點樣用。"),
    ("drunk person passed out and vomiting, or cold and bluish",
     "my mate's drunk loads, passed out and he's being sick while lying on his back, his skin is cold and clammy",
     "Sixteen year old daughter came home from a party with her friend, both had been drinking spirits. Her friend is on our bathroom floor, she's vomited, she's barely responding, her skin is freezing and bluish, and her breathing is really irregular",
     "我老公今天公司年会喝了差不多一斤白酒,被同事送回来的时候已经人事不省,躺在床上一边吐一边打呼噜,身上冰凉冰凉的,叫也叫不醒",
     "我朋友飲到醉晒,瞓喺地下嘔,皮膚凍冰冰又發紫",
     "I drank too much at my work do last night and feel rough today with a headache. any tips for rehydrating?",
     "我想戒酒,平时每天喝二两,请问医院有戒酒门诊吗?"),
    ("breathed in fumes from mixed cleaning products and now struggling to breathe",
     "mixed bleach and another toilet cleaner in the bathroom, now I'm coughing non stop and my chest is really tight, hard to breathe. I've opened the window and come out to the garden but it's not easing off at all",
     "Our cleaner combined two products to shift mould and there's a horrible gas smell. She's wheezing, eyes streaming and can't get her breath",
     "我將漂白水同潔廁液撈埋一齊用,而家咳到停唔到,抖氣好辛苦",
     "我妈在卫生间用84消毒液和洁厕灵一起刷马桶,门窗都关着,她出来就说喘不上气,一直咳嗽,眼睛也辣得睁不开,胸口发紧,我把窗户都打开了",
     "which cleaning products shouldn't be mixed together? I'm making a safety poster for our care home staff room.",
     "用漂白水清潔嗰陣聞到少少味,開咗窗已經冇事,之後要注意啲咩?"),
]

# ---------------------------------------------------------------- infant_fever (baby under 3 months)
INFANT_FEVER = [
    ("temperature of 38C or above in a baby under 3 months",
     "my baby is 7 weeks old and her temperature is 38.4 under the arm, she seems ok otherwise",
     "First time dad here. Our little boy is 9 weeks. He's been a bit snuffly since Sunday and tonight he felt really warm when I picked him up, so I used the digital thermometer in his armpit twice and got 38.1 and then 38.3. He fed ok an hour ago. Do we just give calpol and wait?",
     "宝宝刚满一个月,今天下午摸着额头有点烫,用电子体温计夹在腋下量了两次,一次三十八度二,一次三十八度五,吃奶还算正常,想问能不能先在家观察",
     "個女得十個禮拜大,耳探到38.6,成身滾熱",
     "What's a normal temperature for a newborn? I want to know what to look out for before we take our baby home tomorrow.",
     "宝宝两个月,昨天打完疫苗有点低烧三十七度八,今天早上量是三十六度八,吃奶睡觉都正常,还需要带来看吗?医生说打完针发烧是常见的。"),
    ("very sleepy, hard to wake or floppy with fever",
     "6 week old is burning up and so sleepy I can't get her to wake for her feed, she's like a rag doll",
     "My sister's baby is 10 weeks old and I'm babysitting. He's hot to touch and he's been asleep for about five hours straight which he never does. When I lift him up his arms and legs just hang down and his eyes only open for a second then roll shut again",
     "我個仔啱啱滿月,由晏晝開始身熱熱,到而家成個人好攤,抱起佢手腳好似冇骨咁,搣佢腳板都唔喊,平時佢好多嘢講㗎,而家連眼都唔擘",
     "宝宝两个月发烧,一直昏睡,怎么弄都不醒,身子软软的",
     "our 8 week old sleeps a lot during the day but wakes up for every feed and is alert and kicking when awake. no temperature. how much sleep is normal at this age, and is it ok to let her nap in the pram outside?",
     "BB出世六個禮拜,日頭瞓得多,但係食奶嗰陣好精神,冇發燒,咁樣正唔正常?"),
    ("rash that does not fade when pressed, with fever",
     "my 2 month old has a temperature and there's tiny purple dots on his tummy that don't go away when I press a glass on them",
     "Baby girl is 11 weeks. She's been hot and grizzly since lunchtime and when I changed her nappy just now there were little reddish-purple pinprick spots on her legs. I pressed on them with my finger and they're still there, they don't turn white. There seem to be more than ten minutes ago",
     "孩子七周大,发热,腿上冒出好多针尖大小的暗红出血点,按下去不变白",
     "個B未夠三個月,發燒,身上有啲紫紅色嘅細點,用玻璃杯壓都唔褪色",
     "my 6 week old has little white spots on her nose and some blotchy red patches that come and go, no fever, feeding fine. is it milk spots, and should I be washing her face with anything special or just water?",
     "新生儿的脸上起了些小红疹,医生说是新生儿痤疮,不发烧,请问平时怎么护理?"),
    ("bulging soft spot on the head with fever",
     "8 week old with a fever and the soft bit on top of his head is sticking up, it looks swollen and tight. he's been sick twice and won't settle, my partner's at work and I've no car",
     "baby's really hot and the fontanelle is bulging out, she's 5 weeks",
     "BB發燒,頭頂囟門谷起咗,好似個波咁",
     "宝宝五十天,昨晚开始发热,刚才喂奶的时候发现头顶上那块软的地方鼓起来了,摸着硬硬的,跟平时不一样,他还一直吐奶,哭得很厉害",
     "I can see my newborn's soft spot pulsing a bit when she's calm. no temperature, she's perfectly well. is that normal?",
     "請問BB頭頂囟門一般幾大先會合埋?佢好健康冇發燒。"),
    ("fit or seizure with fever",
     "my 10 week old has a high temp and just went stiff and started jerking, it lasted about a minute",
     "Nanny here, looking after a 7 week old. She's been warm all afternoon. A few minutes ago her eyes went off to one side and her arm and leg on one side kept twitching rhythmically, and her lips went a dusky colour. It's stopped now but she's not really waking up",
     "孩子八周,今天一直发热,刚才躺在床上突然两只眼睛往上翻,手脚一抖一抖的,叫他没反应,大概持续了一两分钟,现在停了,嘴唇还有点发紫",
     "我個女兩個月大,發高燒,頭先突然抽筋,成身硬晒",
     "my newborn's chin quivers and her arms sometimes jerk when she's startled, midwife said it's the startle reflex. No temperature. Any leaflet on normal newborn movements?",
     "宝宝睡觉的时候偶尔手脚抖一下,一碰就停,不发烧,吃奶很好,是正常的吗?"),
    ("grunting, very fast breathing or pauses in breathing with fever",
     "my 6 week old has a fever and she's grunting with every single breath, breathing super fast",
     "Our son is 2 months old. He's had a temperature since last night and now his breathing looks like hard work: his tummy is going in and out really quickly, his nostrils flare, and every so often he stops for a few seconds before starting again. He's too tired to feed",
     "我個仔十個禮拜,發燒,頭先我留意到佢抖氣好急,一分鐘數到七十幾下,仲有時停咗幾秒冇抖氣,跟住先再開始,佢平時唔係咁㗎,我好擔心",
     "宝宝一个多月,发着烧,每次喘气都哼哼,呼吸特别快",
     "my newborn breathes a bit irregularly when he sleeps, fast then slow, but no pauses and no temperature. the health visitor said periodic breathing is normal. is there a leaflet I can show my husband, who keeps waking up to check on him?",
     "BB鼻塞,飲奶嗰陣有啲呼呼聲,但係冇發燒,抖氣唔急,可唔可以用生理鹽水?"),
    ("pale, mottled, grey or bluish skin with fever",
     "baby is 9 weeks, has a fever, and her skin has gone all blotchy and marbled looking, a bit blue around her lips",
     "my 4 week old son is hot and has gone really pale and greyish, almost white, even his mouth",
     "孩子两个月大,晚上开始烫手,我刚才给他换尿布,发现他脸色特别苍白,发灰,身上的皮肤花花的,像地图一样,手脚也有点发青,我老公说没事让我再等等",
     "BB七個禮拜,發燒,個身皮膚一塊塊咁好似雲石紋,嘴唇有啲藍",
     "my baby's hands and feet look a bit mottled when she's just out of the bath and cold, they go pink again once she's dressed. no fever, she's feeding well and very smiley. is that normal, or should I be keeping the bathroom warmer?",
     "请问婴儿洗完澡皮肤有点花花的,穿上衣服一会儿就红润了,不发烧,这样正常吗?"),
    ("not feeding or refusing feeds with fever",
     "8 week old has a temperature and has refused her last three bottles, won't take anything",
     "My wife's exhausted so I'm messaging. Our daughter is 6 weeks, breastfed, usually feeds every 3 hours like clockwork. Since this morning she's been feverish and she just turns her head away from the breast, she's had maybe five minutes total all day and only one wet nappy",
     "BB兩個月,身滾熱,餵佢飲奶佢成日推開個樽,成日淨係飲咗一安士",
     "宝宝五周大,发热,从早上到现在一口奶都不肯吃",
     "my 10 week old is taking a bit less milk than usual the last couple of days, no fever, lots of wet nappies, smiley and alert. should I worry, or is it normal for their appetite to go up and down a bit at this age?",
     "請問兩個月大嘅BB一日應該飲幾多奶?想約母乳顧問。"),
    ("weak, high-pitched or non-stop crying with fever",
     "I've never heard her cry like this. She's 7 weeks old and has had a temp all evening, and for the last hour she's been doing this thin, high pitched screeching cry that doesn't sound like her at all, and nothing settles her, not feeding, not rocking, not the car seat",
     "baby with fever, wailing non stop for 3 hours, it's a weird weak moaning sound, he's 9 weeks",
     "宝宝六周发烧,哭声很尖很怪,哄了两个小时都停不下来",
     "我個仔八個禮拜大,今日發燒,佢啲喊聲好弱,好似貓仔咁呻,點氹都唔得,已經搞咗成個幾鐘,我同老公都唔知點算好,佢平時好少咁喊",
     "our 6 week old cries a lot in the evenings, pulls her legs up, then settles. no fever. is it colic? is there a clinic?",
     "宝宝两个月,晚上哭闹是肠绞痛吗?不发烧,吃奶正常,请问儿科有没有育儿讲座?"),
    ("feels abnormally cold, with icy hands and feet, with fever",
     "my 5 week old has a temperature but her hands and feet are icy cold even under two blankets",
     "Bit confused. Our baby is 11 weeks old and the thermometer says 38.6 but when I touch his legs and arms they feel freezing, like he's been outside, and his feet have a bluish tinge. He's wrapped up indoors and the heating's on. He's quiet and not interested in anything",
     "BB兩個月,發燒,但係手腳凍到好似雪條咁",
     "孩子七周,额头滚烫,可是手脚冰凉冰凉的,捂都捂不热",
     "my baby's hands always feel a bit cool but her tummy is warm and she's feeding and smiling. no fever. do I need more layers? Our flat is quite draughty and my mum keeps telling me she needs a hat indoors.",
     "天氣凍咗,請問BB夜晚瞓覺要著幾多件衫?佢冇病,食奶瞓覺都好正常。"),
]

# === more categories are added above this line ===

CATEGORIES = [
    ("chest_pain", "CHEST_PAIN"),
    ("stroke", "STROKE"),
    ("anaphylaxis", "ANAPHYLAXIS"),
    ("breathing", "BREATHING"),
    ("bleeding", "BLEEDING"),
    ("suicide_self_harm", "SUICIDE_SELF_HARM"),
    ("overdose_poisoning", "OVERDOSE_POISONING"),
    ("infant_fever", "INFANT_FEVER"),
]

# characters that exist in only one of the two scripts (used to catch typing slips)
TRAD_ONLY = "們說這個醫會來時麼嗎為還後發覺點沒開關氣讓對過現從應樣兒兩動給問題頭臉腳嚨藥邊濕嘔暈嚴聽見書長東車門買賣錢電話親愛"
SIMP_ONLY = "们说这个医会来时么吗为还后发觉点没开关气让对过现从应样儿两动给问题头脸脚咙药边湿呕晕严听见书长东车门买卖钱电话亲爱"
assert len(TRAD_ONLY) == len(SIMP_ONLY)


def check_script(text, script, where):
    if script == "zh-Hans":
        bad = [c for c in text if c in TRAD_ONLY]
    elif script == "zh-Hant":
        bad = [c for c in text if c in SIMP_ONLY]
    else:
        bad = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    assert not bad, (where, script, "".join(bad), text)


def row(cat, n, text, lang, script, level, sign, idx, split):
    check_script(text, script, "%s.%d" % (cat, n))
    return {
        "id": "s30a.%s.%d" % (cat, n),
        "text": text,
        "lang": lang,
        "script": script,
        "category": cat,
        "level": level,
        "sign": sign,
        "sign_index": idx,
        "split": split,
        "template": "hw",
        "source": "handwritten",
    }


def build():
    g = globals()
    rows = []
    all_texts = set()
    for cat, var in CATEGORIES:
        signs = g[var]
        assert len(signs) >= 10, (cat, len(signs))
        names = [s[0] for s in signs]
        assert len(set(names)) == len(names), cat
        n = 0
        for idx, item in enumerate(signs):
            assert len(item) == 7, (cat, idx)
            sign, en_t, en_h, zh_t, zh_h, no_en, no_zh = item
            even = idx % 2 == 0
            zt_script = "zh-Hans" if even else "zh-Hant"
            zh_script = "zh-Hant" if even else "zh-Hans"
            nz_script = "zh-Hans" if even else "zh-Hant"
            no_en_split = "tune" if even else "held"
            no_zh_split = "held" if even else "tune"
            spec = [
                (en_t, "en", "en", "emergency", "tune"),
                (en_h, "en", "en", "emergency", "held"),
                (zh_t, "zh", zt_script, "emergency", "tune"),
                (zh_h, "zh", zh_script, "emergency", "held"),
                (no_en, "en", "en", "none", no_en_split),
                (no_zh, "zh", nz_script, "none", no_zh_split),
            ]
            for text, lang, script, level, split in spec:
                text = text.strip()
                assert text, (cat, idx)
                assert text not in all_texts, ("duplicate text", text)
                all_texts.add(text)
                rows.append(row(cat, n, text, lang, script, level, sign, idx, split))
                n += 1
    return rows


def check(rows):
    from collections import Counter
    per_sign = {}
    for r in rows:
        per_sign.setdefault((r["category"], r["sign_index"]), []).append(r)
    cats = Counter(c for c, _ in per_sign)
    assert set(cats) == {c for c, _ in CATEGORIES}
    for c, k in cats.items():
        assert k >= 10, (c, k)
    for key, rs in per_sign.items():
        assert len({r["sign"] for r in rs}) == 1, key
        em = [r for r in rs if r["level"] == "emergency"]
        no = [r for r in rs if r["level"] == "none"]
        assert len(em) == 4 and len(no) == 2, key
        assert Counter(r["lang"] for r in em) == Counter({"en": 2, "zh": 2}), key
        assert Counter(r["split"] for r in em) == Counter({"tune": 2, "held": 2}), key
        assert Counter(r["lang"] for r in no) == Counter({"en": 1, "zh": 1}), key
        assert Counter(r["split"] for r in no) == Counter({"tune": 1, "held": 1}), key
        for lang in ("en", "zh"):
            assert {r["split"] for r in em if r["lang"] == lang} == {"tune", "held"}, key
        zs = {r["split"]: r["script"] for r in em if r["lang"] == "zh"}
        if key[1] % 2 == 0:
            assert zs == {"tune": "zh-Hans", "held": "zh-Hant"}, key
        else:
            assert zs == {"tune": "zh-Hant", "held": "zh-Hans"}, key
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len(rows) == 6 * len(per_sign)


def is_long(r):
    t = r["text"]
    return len(t.split()) > 40 if r["lang"] == "en" else len(t) > 60


def main():
    rows = build()
    check(rows)
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "triage.jsonl")
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    n_long = sum(1 for r in rows if is_long(r))
    assert 0.28 <= n_long / len(rows) <= 0.40, n_long  # about a third long
    print("rows", len(rows), "long", n_long, "(%.0f%%)" % (100.0 * n_long / len(rows)))
    print("md5", hashlib.md5(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
