"""Round 41 PHI families (blind61s's misses, by shape). Every example is our own wording, none copied from a blind set; each
family has variants in other registers, scripts and name origins (each failed at aebe7a1), and look-alikes that must stay
as they are. redact_user_text (rules and the tagger: what the logs use)."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact_user_text


def _spans(text):
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in redact_user_text(text).spans]


FIRES = [
    # a name without the contraction that introduced it, or an English relative's word before a Chinese name
    ("It's Nokuthula Dlamini. My email is now nokuthula.d@example.com.", "Nokuthula Dlamini", "NAME"),
    ("Name's Rafael Quintero, 220 Elm St, Tucson, AZ 85701.", "Rafael Quintero", "NAME"),
    ("Name's Tomasz Wojcik, 14 Mill Road, Leeds LS6 2AB.", "Tomasz Wojcik", "NAME"),
    ("My aunt, Auntie 黃淑儀, is coming with me on Friday.", "黃淑儀", "NAME"),
    ("我外公 Grandpa 陳大文，八十九歲，要覆診。", "陳大文", "NAME"),
    # lower-case names in a texter's message with no capitalised word: after a relative or friend, "its", "called"
    ("my wife brenda is coming with me can she park by the door", "brenda", "NAME"),
    ("my son declan wants to know if he can visit after school", "declan", "NAME"),
    ("my mate dougie from the bowls club is picking me up", "dougie", "NAME"),
    ("can u send it to his daughter tamsin pengelly at the old address", "tamsin pengelly", "NAME"),
    ("hiya its moira kerr from flat 6 just checking my bloods", "moira kerr", "NAME"),
    ("this is agnieszka nowak i need to cancel", "agnieszka nowak", "NAME"),
    ("my neighbour hes called tomasz wojcik he drives me in", "tomasz wojcik", "NAME"),
    ("my grandson is bringing me hes called rhys tremayne he has my letter", "rhys tremayne", "NAME"),
    # a lower-case UK address that a postcode closes
    ("my address is 12 chapel row penzance tr18 4aj can u post it", "12 chapel row penzance tr18 4aj", "ADDRESS"),
    ("send it to 7 mill lane redruth tr15 1ab pls", "7 mill lane redruth tr15 1ab", "ADDRESS"),
    ("hi its wenna from 22 bodmin road truro tr1 3jx about my bloods", "22 bodmin road truro tr1 3jx", "ADDRESS"),
    ("hi its wenna from 22 bodmin road truro tr1 3jx about my bloods", "wenna", "NAME"),
    # a date of birth in words
    ("Mary Osei, date of birth nineteen March nineteen seventy, NHS number 485 777 3344.", "nineteen March nineteen seventy", "DATE"),
    ("date of birth twelve June nineteen sixty one", "twelve June nineteen sixty one", "DATE"),
    # Chinese: 老 / 小 / 阿 + what a person is called (prefix kept); a compound surname alone
    ("我老公老陈今天下午送我过来。", "老陈", "NAME"),
    ("额婆姨叫老郭开车送我来的。", "老郭", "NAME"),
    ("小黄帮我挂了号，他手机没电了。", "小黄", "NAME"),
    ("阿芬同我一齊去拎藥。", "阿芬", "NAME"),
    ("阿Kenny话佢今日唔得閒。", "阿Kenny", "NAME"),
    ("免贵姓司马，叫我司马就行。", "司马", "NAME"),
    ("敝姓諸葛，請問報告出來沒有？", "諸葛", "NAME"),
    # addresses: after 写 / 填, and a Taiwanese village address with its 邻 and 号
    ("收件地址填广州市天河区体育西路100号2单元。", "广州市天河区体育西路100号2单元", "ADDRESS"),
    ("地址就写成都市武侯区人民南路四段12号5单元。", "成都市武侯区人民南路四段12号5单元", "ADDRESS"),
    ("家住彰化縣二林鎮東興里5鄰23號，請寄到這裡。", "彰化縣二林鎮東興里5鄰23號", "ADDRESS"),
    ("老家在屏東縣萬丹鄉社皮村3鄰7號。", "屏東縣萬丹鄉社皮村3鄰7號", "ADDRESS"),
    ("地址是南投縣埔里鎮大城里8鄰12之3號。", "南投縣埔里鎮大城里8鄰12之3號", "ADDRESS"),
    # a phone number read out in Chinese numerals in groups; a mainland plate with a space inside
    ("我手机是幺三八，一二三四，五六七八。", "幺三八，一二三四，五六七八", "PHONE"),
    ("有事打我電話：零九一二、三四五、六七八。", "零九一二、三四五、六七八", "PHONE"),
    ("打我手機，零九八八，二二一，四四六。", "零九八八，二二一，四四六", "PHONE"),
    ("额男人开的车，陕A 2K7 19，停你们门口行不？", "陕A 2K7 19", "VEHICLE"),
    ("我哥开的车，粤B 8M2 33，停哪？", "粤B 8M2 33", "VEHICLE"),
    # identifiers with letters before spaced digit groups, read by their label
    ("I'm Sione Tupou, my NHI number is KLM 4471, born 03-02-1960.", "KLM 4471", "ID"),
    ("My VA claim number is C-31 552 906 and my doctor is Dr. Amy Fox.", "C-31 552 906", "ID"),
    ("Parked the van out front, plate's KRTL 218, Alberta.", "KRTL 218", "VEHICLE"),
    ("My car's in the lot, plate's BXNM 771.", "BXNM 771", "VEHICLE"),
    ("他的助听器编号是 HB 2291 604，在病房丢了。", "HB 2291 604", "DEVICE"),
    ("阿婆部助聽器編號係 HC 4410 882，唔見咗。", "HC 4410 882", "DEVICE"),
    ("我係 Jason 黃家明，覆診號 HK 1203 4471，想改期。", "HK 1203 4471", "MRN"),
    ("覆診號 HN 5520 1193，下星期二。", "HN 5520 1193", "MRN"),
]


@pytest.mark.parametrize("text,value,kind", FIRES)
def test_round41_shapes_fire(text, value, kind):
    assert (value, kind) in _spans(text)


CLEAN = [
    # words after a relative, "its" or "called" that are no name, in a lower-case message
    "my husband is poorly again can someone ring me",
    "my friend from church says the car park is free after six",
    "its about my appointment on friday can i move it",
    "my son wants to know if he can visit after school",
    "he was called back for another scan is that normal",
    "my daughter just rang and said the letter never came",
    "my wife and i are coming at ten",
    "its me again about the parking",
    "this is urgent i need my letter",
    "my husband still has the cough",
    "my neighbour hes called round twice today",
    "shes called the surgery three times",
    # Chinese look-alikes of 老 / 小 / 阿 + a character, 姓 before no surname, numerals that are no phone
    "老师说孩子发烧了要接回家。",
    "小心地滑，老人家走慢点。",
    "阿姨同我一齐去睇医生。",
    "阿司匹林可以和降压药一起吃吗？",
    "小时候打过疫苗吗？",
    "阿Sir话要排队。",
    "老公开车送我来的。",
    "小孩开始发烧了。",
    "阿嫲今日去覆诊。",
    "老人家今日唔舒服。",
    "老板说可以请假。",
    "我姓名写错了，可以改吗？",
    "排队号码是一二三，还要等多久？",
    # letters and digits with no label before them; a day and month in words with no year
    "Ward HB 2 is on the second floor, is it open to visitors?",
    "Bus X 43 stops outside the main entrance.",
    "date of birth twelve June",
]


@pytest.mark.parametrize("text", CLEAN)
def test_round41_lookalikes_stay_clean(text):
    assert _spans(text) == []


STAYS = [
    # an address with capitals keeps the earlier rules' span; a plate already read stays
    ("Please post it to 14 Fore Street, Looe PL13 1AD.", "14 Fore Street, Looe PL13 1AD", "ADDRESS"),
    ("俺家老汉开的车，晋A 5D3 82，能停门口不？", "晋A 5D3 82", "VEHICLE"),
]


@pytest.mark.parametrize("text,value,kind", STAYS)
def test_round41_neighbours_stay(text, value, kind):
    assert (value, kind) in _spans(text)


BLIND = [
    # one blind61s row per family (spent)
    ("hello its ethel pascoe from 3 fore street mevagissey pl26 6uq i need my appointment on the twelfth of may moved please",
     "3 fore street mevagissey pl26 6uq", "ADDRESS"),
    ("额男人老刘开的车，晋B 7C2 91，停你们医院门口行不？", "老刘", "NAME"),
    ("Bhaiya, I'm Vinod Kumar Chand, my NHI number is ZAB 1234, born 12-05-1958.", "ZAB 1234", "ID"),
]


@pytest.mark.parametrize("text,value,kind", BLIND)
def test_round41_blind61s_rows(text, value, kind):
    assert (value, kind) in _spans(text)
