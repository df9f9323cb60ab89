"""Round 43 (session 43, P43) PHI families: blind63s's misses (session 42's hand-typed writer, spent) read as SHAPES and
READINGS. Every example is our own wording, none copied from a blind set, in other registers, scripts and name origins;
each FIRES wording failed at 6f72be6, each CLEAN one was clean then or was a false span then (saints, feast dates) and
must be clean now, and STAYS wordings (read right at 6f72be6) must stay read. redact_user_text (rules and the tagger)."""
import pytest

from medqa.safety.phi import COARSE_KIND, redact_user_text


def _spans(text):
    return [(text[s.start:s.end], COARSE_KIND.get(s.kind, s.kind)) for s in redact_user_text(text).spans]


# a given name alone after the full name; a Hindi or Fijian title before a name; a name after a role and a comma; a
# child after "our girl"; a month word as a middle name; "spelled"; US rural routes; an NHS number after a comma, a
# national number spelled out, a passport's letter prefix; Chinese names after a kin word or role (Traditional
# surnames, compound surnames, an English given name written on), a Japanese name, a surname before 女士, a mobile in
# Chinese numerals, 寄回 before an address; a bare web address is a URL
FIRES = [
    ('The new aide is Precious Moyo and Precious said she can help with the bath.', 'Precious', 'NAME'),
    ('Bhaiya Sunil will bring her in, his mobile is 021 555 0102.', 'Sunil', 'NAME'),
    ('Please call Ratu Sefanaia Tuivaga about the results.', 'Sefanaia Tuivaga', 'NAME'),
    ('The lady on reception, Bronwyn, said the clinic moved.', 'Bronwyn', 'NAME'),
    ('The porter at the door, Desmond, told us to wait.', 'Desmond', 'NAME'),
    ('Our girl Kaylee for her jabs on Friday, is that still on?', 'Kaylee', 'NAME'),
    ('My youngest Brantley has a cast check at two.', 'Brantley', 'NAME'),
    ("Her name's Betty May Tremayne and she's 90.", 'Betty May Tremayne', 'NAME'),
    ('Patient is Carol April Dunwoody, date of birth on file.', 'Carol April Dunwoody', 'NAME'),
    ('My surname is spelled Cholmondeley, and my name is spelled Eustace Cholmondeley.', 'Eustace Cholmondeley', 'NAME'),
    ('Also my NHS number, 943 476 5919, is wrong on the letter.', '943 476 5919', 'ID'),
    ('Her NHI is Z K C 4 4 8 2, kaise.', 'Z K C 4 4 8 2', 'ID'),
    ('護照號碼是MA 7712345，請登記。', 'MA 7712345', 'ID'),
    ('他的护照号码是EK 5523178。', 'EK 5523178', 'ID'),
    ('我女兒林佩珊會來接我。', '林佩珊', 'NAME'),
    ('同學司马文静陪我复诊。', '司马文静', 'NAME'),
    ('我表妹Annie林佩珊会来，她的电话在下面。', 'Annie林佩珊', 'NAME'),
    ('我同事Kevin陳志明會去拿報告。', 'Kevin陳志明', 'NAME'),
    ('她的朋友鈴木花子下週來看她。', '鈴木花子', 'NAME'),
    ('我是刘女士，想问一下报告。', '刘', 'NAME'),
    ('手机号是一三九一二三四五六七八，谢谢。', '一三九一二三四五六七八', 'PHONE'),
    ('请把报告寄回屏東縣東港鎮中正路12號。', '屏東縣東港鎮中正路12號', 'ADDRESS'),
    ('她的博客是 johnsmithwrites.example.org，里面有地址。', 'johnsmithwrites.example.org', 'URL'),
    ('Me and the missus, Morwenna Hicks, are in the red Fiesta.', 'Morwenna Hicks', 'NAME'),
    ('Grandpa lives way out past the church at 918 FM 1062, Canyon, TX 79015.', '918 FM 1062, Canyon, TX 79015', 'ADDRESS'),
    ('They live out by the grain elevator at 3301 FM 1258, Amarillo, TX 79118.', '3301 FM 1258, Amarillo, TX 79118', 'ADDRESS'),
]


@pytest.mark.parametrize("text,value,kind", FIRES)
def test_round43_shapes_fire(text, value, kind):
    assert (value, kind) in _spans(text)


# a saint's feast and its date, a person-named road, a role with no name, Chinese look-alikes of the name and address
# shapes
CLEAN = [
    'We go to the feast of St Anthony on 13 June every year, is the chapel open?',
    'Is parking free on Florence Nightingale Road?',
    'The clinic is on Martin Luther King Road, next to the church.',
    'For the Assumption on 15 August the cafe is closed, is the ward still open?',
    'The lady on reception said the clinic moved.',
    '我们在中山路吃饭，中山医院在哪里？',
    '我女儿会来接我。',
    '同事们都很忙。',
    '请寄回医院的地址。',
    'Our boy for his jabs on Friday, is that still on?',
]


@pytest.mark.parametrize("text", CLEAN)
def test_round43_lookalikes_stay_clean(text):
    assert _spans(text) == []


STAYS = [
    ("Our carer, Sione Taufa, comes on Mondays. Sione's number is on the fridge.", 'Sione', 'NAME'),
    ('Talk to Aroha Ngata at the desk, Aroha knows the way.', 'Aroha', 'NAME'),
    ('Chacha Mohan Lal will pick up the tablets.', 'Mohan Lal', 'NAME'),
    ('My other half, Kerenza Pascoe, will drive me in.', 'Kerenza Pascoe', 'NAME'),
    ('Our lodger, Piotr Nowak, can sign for the parcel.', 'Piotr Nowak', 'NAME'),
    ('She lives at 2210 FM 2186, Canyon, TX 79015 now.', '2210 FM 2186, Canyon, TX 79015', 'ADDRESS'),
    ('Send it to 77 Ranch Road 12, Wimberley, TX 78676 please.', '77 Ranch Road 12, Wimberley, TX 78676', 'ADDRESS'),
    ('我兒子黃志明會陪我去。', '黃志明', 'NAME'),
    ("Mereani Tuilagi will collect it, and Mereani's mobile is 022 555 0146.", 'Mereani Tuilagi', 'NAME'),
    ('She moved to 4410 County Road 12, Hereford, TX 79045.', '4410 County Road 12, Hereford, TX 79045', 'ADDRESS'),
    ('My NHS number is 485 777 3456.', '485 777 3456', 'ID'),
    ('Born 3 December 1950, she lives alone.', '3 December 1950', 'DATE'),
    ('Dr Mary Seacole is the consultant.', 'Mary Seacole', 'NAME'),
]


@pytest.mark.parametrize("text,value,kind", STAYS)
def test_round43_neighbours_stay(text, value, kind):
    assert (value, kind) in _spans(text)
