"""Scope guard: what a patient-service assistant may answer (EN + ZH).

- redirect_clinician: requests to diagnose, prescribe, or change a dose -> a safe redirect, no model call.
- allow: administrative questions (appointments, billing, visiting, records) and small talk.
- inform_with_disclaimer: everything else medical -> answer, with a short disclaimer appended.
"""

import re
from dataclasses import dataclass

from medqa.safety.normalize import normalize

REDIRECT, INFORM, ALLOW = "redirect_clinician", "inform_with_disclaimer", "allow"

_DIAGNOSIS = re.compile(
    r"\b(do|did|could|might|may) i (have|got|has) (a |an )?(cancer|tumou?r|diabetes|hiv|aids|covid|dementia|"
    r"alzheimer\w*|ms|lupus|leukemia|leukaemia|lymphoma|stds?|stis?|chlamydia|gonorrh\w*|syphilis|herpes|"
    r"depression|adhd|autism|bipolar|anything|something|it|this|that|the|an? \w+)\b|"
    r"\bwhat is wrong with (me|my|him|her)\b|\bwhat('s| is) (this|it)( \w+)? (rash|lump|bump|spot|mole|pain)\b|"
    r"\bwhat (do|does|did) (i|he|she|my \w+) have\b|\bdiagnos\w* (me|my|him|her|this|what)\b|\bcan you diagnose\b|"
    r"\bis (it|this|that|(this|that|my|the) \w+) (cancer|cancerous|malignant|a tumou?r|serious|diabetes|an infection|infected)\b|"
    # "Is this lump on my neck cancer?", "is this mole melanoma": a named condition after a few words.
    r"\b(is|are) (it|this|that|these|those|my|the)( \w+){0,5} (cancer|cancerous|malignant|benign|melanoma|shingles|"
    r"pneumonia|gout|eczema|psoriasis|sepsis|covid|flu|strep|infected|broken|fractured|"
    r"an? (tumou?r|infection|cyst|hernia|ulcer|fracture|blood clot|std|sti|allergy|allergic reaction)|\w+(itis|oma|osis))"
    r"(?=\s*([?.!,;]|$|or\b|and\b))|"
    r"\b(could|might|can) (it|this|that|these|those|my \w+)( \w+){0,4} be (a |an )?(cancer|\w+(itis|oma|osis)|"
    r"shingles|pneumonia|melanoma|gout|eczema|psoriasis|sepsis|covid|flu|strep|tumou?r|infection|cyst|hernia|ulcer|"
    r"fracture|blood clot|std|sti|allergy|serious|something serious)(?=\s*([?.!,;]|$|or\b|and\b))|"
    r"\bam i (sick|dying|ill|infected|diabetic|depressed)\b|\bwhat (illness|disease|condition) (do|is|could)\b|"
    r"\b(could|might|can) (it|this|these|my symptoms) be\b|\bwhat could (it|this) be\b|"
    r"我是不是(得了|有|患了|生病)|我(得了|患了)什么(病)?|我这是什么病|是什么病|是不是(癌|肿瘤|糖尿病|艾滋)|帮我(诊断|看看是什么)|"
    r"给我诊断|我有没有(得|患)|会不会是(癌|肿瘤|.{0,4}病)|是不是.{0,8}(病|炎|癌|瘤|疱疹|骨折)了?|"
    r"(是|会是).{0,4}(癌|肿瘤|恶性|良性)(吗|么|吧|呢)"
)
_PRESCRIBE = re.compile(
    r"\bwhat (antibiotic|antibiotics|medication|medications|medicine|medicines|drug|drugs|pills?|tablets?|dose|"
    r"dosage|treatment|cream|inhaler|antidepressant)s? (should|can|do|must|would) (i|he|she|we|my \w+) (take|use|get|try|give)\b|"
    r"\bwhich (antibiotic|medication|medicine|drug|pill|tablet|treatment|cream|antidepressant)s? (should|can|do)\b|"
    r"\bprescribe\b|\bprescription for\b|\bgive me (a |some )?(prescription|antibiotics?|medication|meds|pills)\b|"
    r"\bwhat should i take (for|to)\b|\bhow (much|many) (\w+ ){0,2}should i (take|give)\b|\bcan you (give|get) me\b.{0,60}\b(meds|pills|"
    r"antibiotics?|medication)\b|\bwhat dose\b|\bwhat dosage\b|"
    r"(给|帮)我开.{0,3}(药|处方)|开.{0,2}(药|处方)|我(该|应该|要)吃什么药|吃什么药(好|比较好|合适|管用)?|用什么药|"
    r"吃多少(片|毫克|粒)?|剂量(是)?多少|该吃哪种"
)
_DOSE_CHANGE = re.compile(
    r"\b(can|should|could|may|is it ok to|is it safe to|do i|i want to|i am going to|thinking of|planning to)? ?"
    r"(double|triple|halve|increase|decrease|lower|raise|reduce|change|adjust|up|cut|skip|stop|quit|come off|"
    r"taper|split|crush|switch) (taking |using )?(my|the|his|her|our) (\w+ ){0,3}(dose|doses|dosage|insulin|meds|"
    r"medications?|medicines?|pills?|tablets?|antidepressants?|blood pressure \w+|statins?|inhaler|warfarin|"
    r"metformin|steroids?|prednisone|antibiotics?|treatment|prescription)\b|"
    r"\b(stop|quit|skip) (taking|using) (my|the|his|her) \w+|\btake (more|less|extra|a double) (of )?(my|the)\b|"
    r"\btake (two|2|double|extra) (doses|pills|tablets)\b|"
    r"加倍|翻倍|停药|减药|加药|换药|(加量|减量|自行停|自己停|不吃了|少吃|多吃|减半|停|停掉|停了).{0,6}(药|胰岛素|剂量|片)|"
    r"(药|胰岛素|剂量).{0,4}(加倍|翻倍|加大|减少|减半|停掉|停了)|可以不吃.{0,6}药|能不能停.{0,4}药|可以停.{0,4}药"
)
_ADMIN = re.compile(
    r"\b(appointments?|appt|reschedul\w*|book\w*|cancel\w*|billing|bills?|invoice|pay|payment|copay|co-pay|"
    r"refund|insurance (claim|card|cover\w*)|visiting (hours|times?)|park|visit(ing)? (my|a) (patient|relative|mother|"
    r"father|friend)|parking|opening hours|open on|opening times|closed on|directions|where is the|how do i get to|"
    r"medical records|copy of my records|sick note|fit note|referral letter|portal|log ?in|password|register|"
    r"registration|waiting list|wait time|contact number|phone number for|address of|cafeteria|wifi|wi-fi)\b|"
    r"预约|挂号|改约|取消|缴费|付款|收费|账单|发票|退费|医保报销|报销|探视|探望|停车|几点开门|几点关门|营业时间|"
    r"开门|门诊时间|地址在哪|怎么走|在哪里|病历复印|复印病历|病假条|诊断证明|转诊|登录|密码|注册|排队|电话是多少"
)
_SMALL_TALK = re.compile(
    r"^\s*(hi|hello|hey|good (morning|afternoon|evening)|thanks?( you)?( so much| a lot)?|thank you|ok|okay|bye|"
    r"goodbye|你好|您好|谢谢|好的|再见|早上好|晚上好)[\s!.。！,，]*$"
)


@dataclass
class ScopeDecision:
    """What the assistant may do with a request, and why."""

    decision: str
    reason: str | None = None


def classify_scope(text: str) -> ScopeDecision:
    """Decide redirect_clinician / inform_with_disclaimer / allow for one user message."""
    if not isinstance(text, str) or not text.strip():
        return ScopeDecision(ALLOW, None)
    norm = normalize(text[:20000])
    if _DOSE_CHANGE.search(norm):
        return ScopeDecision(REDIRECT, "dose_change")
    if _PRESCRIBE.search(norm):
        return ScopeDecision(REDIRECT, "prescription_request")
    if _DIAGNOSIS.search(norm):
        return ScopeDecision(REDIRECT, "diagnosis_request")
    if _ADMIN.search(norm):
        return ScopeDecision(ALLOW, "administrative")
    if _SMALL_TALK.match(norm):
        return ScopeDecision(ALLOW, "small_talk")
    return ScopeDecision(INFORM, "general_information")


_REDIRECTS = {
    "en": {
        "diagnosis_request": (
            "I can't tell you what condition you have: that needs a clinician who can ask questions and examine "
            "you. Please book an appointment with your doctor or nurse. If your symptoms are severe or getting "
            "worse, seek care today, and call {number} in an emergency. I'm happy to explain general information "
            "or help you prepare questions for the visit."
        ),
        "prescription_request": (
            "I can't recommend or prescribe a specific medicine for you: the right choice depends on your history, "
            "other medicines and allergies. Please ask your doctor or a pharmacist. If you feel very unwell, seek "
            "care today, and call {number} in an emergency."
        ),
        "dose_change": (
            "Please don't change, stop or double a medicine dose without talking to the clinician who prescribed "
            "it or a pharmacist first: changing doses on your own can be dangerous. Contact them today. If you "
            "have taken too much or feel very unwell, call {number} now."
        ),
    },
    "zh": {
        "diagnosis_request": (
            "我无法判断您得了什么病：这需要医生通过问诊和检查来确定。请预约您的医生。"
            "如果症状严重或在加重，请今天就医；紧急情况请拨打 {number}。我可以为您介绍一般健康知识，或帮您准备就诊时要问的问题。"
        ),
        "prescription_request": (
            "我不能为您推荐或开具具体的药物：合适的用药取决于您的病史、正在使用的其他药物和过敏情况。"
            "请咨询您的医生或药师。如果感觉非常不适，请今天就医；紧急情况请拨打 {number}。"
        ),
        "dose_change": (
            "请不要在未咨询开药医生或药师的情况下自行调整、停用或加倍药量：自行改变剂量可能有危险。请今天联系他们。"
            "如果已经服用过量或感觉非常不适，请立即拨打 {number}。"
        ),
    },
}
_DISCLAIMERS = {
    "en": "This is general information, not medical advice. For advice about your own situation, please talk to a doctor, nurse or pharmacist.",
    "zh": "以上为一般健康信息，不构成医疗建议。如需针对您个人情况的建议，请咨询医生、护士或药师。",
}


def redirect_message(reason: str, language: str, emergency_number: str) -> str:
    """The fixed redirect text for a scope reason."""
    return _REDIRECTS[language][reason].format(number=emergency_number)


def disclaimer(language: str) -> str:
    """The short disclaimer appended to general-information answers."""
    return _DISCLAIMERS[language]
