"""Triage round 28 (TR28, after blind27, spent): the families blind27 missed and the ones it raised falsely.

Missed emergencies, by family:
- Taiwanese Hokkien-flavoured zh-Hant and plain zh: coffee-coloured vomit told verb first (吐/呕 ... 咖啡色), called
  and no answer (叫攏無應, 叫袂醒), not knowing the family after a fit (抽完認袂得人; 'since the seizure he does not
  recognise'), clothes stuck or melted onto the skin after a burn (衫仔黏佇皮頂), a young infant's age in brackets
  with 几 / 礼拜 (（四十几天）) beside an ear or forehead reading (耳温 38.x);
- a medicine taken 'three times over'; a farm poison by its trade name (sheep dip, cattle dip, organophosphate);
- mottled all over with the breath fast (浑身发花，喘得急); a limb red and hot from a cut, with shivering and confusion
  (sepsis in lay words); a blow to someone's head with the person named between (砸到一个工友的头) and 迷迷瞪瞪.
False alarms, by family: a trade's 'fitting' (fitting a kitchen, a carpet fitter) or an engine that has seized; a price,
bill or boss that 'gave him chest pains' / 气得脑梗 / 催到想死, told as a joke; an ordinary dose taken as the packet
says; a low sugar treated and back up; a scratch from grass or a branch (被树枝划); a carbon monoxide alarm asked about;
bleeding the radiators; an illness last week, seen and well these days (这几天都好好); an arm numb because someone
slept on it, back in minutes; a young farm animal's temperature with the vet's coming. Each false-alarm family keeps
a real sign beside it an emergency (the guards below).
"""

import pytest

from medqa.safety.triage import EMERGENCY, RedFlagTriage


@pytest.fixture(scope="module")
def triage():
    return RedFlagTriage()


EMERGENCIES = [
    # coffee-coloured vomit told verb first
    "我爸刚才呕了一滩咖啡色的水，脸色很白",
    "阮阿伯今仔日吐了咖啡色的物件",
    # called and no answer (Hokkien)
    "阮阿公倒佇眠床頂，叫攏無應",
    # not knowing the family after a fit
    "我舅舅刚才抽了一阵，抽完之后不认得人了",
    "阮阿姨抽筋抽完，認袂得人",
    "after the seizure this morning my grandad does not recognise his own daughter",
    # clothes stuck or melted onto the skin after a burn
    "被火烧到，衣服粘在肉上了",
    "after the bonfire his polyester top melted onto his back",
    # a dose taken several times over
    "my nan took her water tablets three times over this morning",
    # a farm poison by its trade name
    "my uncle swallowed some cattle dip by mistake, he is drooling",
    "the shepherd drank organophosphate from an old bottle and is sweating and twitching",
    # a young infant's age in brackets with an ear or forehead reading
    "我外甥（五十几天）额温38.4",
    "阮孫（三禮拜）耳溫38.3",
    # mottled all over with the breath fast
    "我婆婆全身都发花了，气喘得很",
    "阿姨渾身發花，喘得好急",
    # a limb red and hot from a cut, shivering and confused
    "she has a red hot arm from a graze on the allotment, now shivering and talking nonsense",
    # a blow to someone's head, the person named between, dazed
    "脚手架上掉下一块砖砸到一个工友的头，他现在迷迷瞪瞪的",
]

NOT_EMERGENCIES = [
    # a trade's fitting, an engine seized
    "Carpet fitter here, been fitting a carpet in the maternity block all day - can I get a flu jab at the walk-in?",
    "Electrician fitting new sockets on ward 3, where do contractors sign in?",
    "the van's engine seized up on the ring road, is there a garage near the hospital?",
    # a joke about a price, a bill or a boss
    "my brother joked the gas bill will give him a heart attack lol, anyway what time does the pharmacy open",
    "老板说房租涨得他脑梗都要犯了，开玩笑的，想问下体检中心在哪",
    "主管講這個報表催到想死，講笑的，請問停車場在哪",
    # an ordinary dose as the packet says
    "my wife took two ibuprofen as the leaflet says, what time does the pharmacy shut",
    # a low sugar treated and back up
    "我爸血糖低到3.2，吃了几块饼干就好了，现在5点多，要去医院吗",
    # a scratch from a branch
    "孩子手臂被树枝划了一道，别的都好，要擦什么药",
    # a carbon monoxide alarm asked about
    "怕一氧化碳中毒，想买个报警器，医院小卖部有卖吗",
    # bleeding the radiators
    "We are bleeding the radiators in the new wing on Monday, who do the plumbers report to?",
    # an illness last week, seen and well these days
    "阮囡仔（六禮拜）上禮拜發燒，醫生看過，這幾天攏好好，請問疫苗幾時打",
    # an arm numb because someone slept on it, back in minutes
    "my hand went numb because I slept on it, back to normal in two minutes, grip fine, face fine",
    # a young farm animal's temperature, the vet's coming
    "Our foal is 2 weeks old and feverish, vet's on the way. Do you sell ear thermometers in the hospital shop?",
]

GUARDS = [
    "we were fitting a kitchen when my colleague went stiff and started fitting on the floor, he will not wake",
    "油价涨得他心梗都要犯了，开玩笑的，可他现在胸口压着痛，出冷汗",
    "she took two paracetamol as the packet says and then swallowed the whole box",
    "血糖低到2.1，喝了糖水也没好，现在叫不醒",
    "怕煤气中毒装了报警器，可是现在全家都头晕恶心，报警器在响",
    "被玻璃划了好深一道，血止不住，一直喷",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_missed_family_is_an_emergency(triage, text):
    assert triage.assess(text).level == EMERGENCY


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_look_alike_is_no_emergency(triage, text):
    assert triage.assess(text).level != EMERGENCY


@pytest.mark.parametrize("text", GUARDS)
def test_real_sign_beside_the_look_alike_stays(triage, text):
    assert triage.assess(text).level == EMERGENCY


def test_lay_sepsis_after_a_routing_turn(triage):
    turns = ["Can I check my parking permit here?",
             "My neighbour has a red hot leg from a cut on the farm, she is shivering, confused and breathing fast"]
    assert triage.assess_conversation(turns).level == EMERGENCY
