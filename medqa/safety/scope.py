"""Scope guard: what a patient-service assistant may answer (EN + ZH, Simplified and Traditional).

- redirect_clinician: requests for a dose, a diagnosis, a medicine choice or a change of medication -> a
  safe redirect, no model call.
- allow: administrative questions (appointments, billing, visiting, records) and small talk.
- inform_with_disclaimer: everything else medical -> answer, with a short disclaimer appended.

Rules combine cues instead of matching whole sentences, so that wording nobody wrote down still hits:
an amount/frequency ask + a medicine word, dose unit or giving verb is a dose request; a change verb + a
medicine is a medication change; a "do I have / is this / could it be" + a condition or symptom is a
diagnosis request. Practical medicine questions (ordering, storing, collecting, paying, travelling,
disposing, preparing for a procedure) veto the weaker cues, because the knowledge base answers them.

Learned second opinion (helper LS2), OFF by default: with LEARNED_SECOND_OPINION (or MEDQA_SCOPE_NET=on, or
classify_scope(text, learned=True)) the scope net of medqa/safety/learned.py may add a redirect the rules missed
(p >= the part's threshold t_hi; rule "learned.scope") and, unless MEDQA_SCOPE_NET=or (LEARNED_VETO False), veto a
rules redirect (p <= its veto_threshold t_lo),
except a dose request about a child or a pregnant or breastfeeding person, and any overdose wording
(_never_vetoed). data_cards/learned_safety_model.md has the thresholds and what it changes.
"""

import os
import re
from dataclasses import dataclass

from medqa.safety.normalize import normalize
from medqa.safety.zh_fold import fold_traditional
from moe_core.errors import UserError

REDIRECT, INFORM, ALLOW = "redirect_clinician", "inform_with_disclaimer", "allow"

# ---------------------------------------------------------------------------------------------- English
_MED_NAMES = (
    "paracetamol|acetaminophen|ibuprofen|aspirin|naproxen|diclofenac|codeine|co-?codamol|dihydrocodeine|tramadol|"
    "morphine|oxycodone|oxycontin|fentanyl|methadone|buprenorphine|tylenol|advil|motrin|nurofen|calpol|panadol|aleve|"
    "excedrin|benadryl|piriton|zyrtec|claritin|loratadine|cetirizine|fexofenadine|diphenhydramine|chlorphenamine|"
    "antihistamines?|melatonin|metformin|insulin|warfarin|heparin|clopidogrel|apixaban|rivaroxaban|edoxaban|dabigatran|"
    "digoxin|furosemide|levothyroxine|thyroxine|lithium|sertraline|citalopram|escitalopram|fluoxetine|paroxetine|"
    "venlafaxine|mirtazapine|amitriptyline|prozac|zoloft|lexapro|xanax|valium|diazepam|lorazepam|clonazepam|alprazolam|"
    "temazepam|zopiclone|zolpidem|ambien|gabapentin|pregabalin|adderall|ritalin|methylphenidate|concerta|amoxicillin|"
    "penicillin|augmentin|azithromycin|clarithromycin|doxycycline|ciprofloxacin|nitrofurantoin|trimethoprim|"
    "metronidazole|cefalexin|prednisolone|prednisone|hydrocortisone|dexamethasone|ventolin|salbutamol|albuterol|"
    "seretide|symbicort|omeprazole|lansoprazole|pantoprazole|esomeprazole|ranitidine|famotidine|gaviscon|senna|"
    "lactulose|loperamide|imodium|laxatives?|antacids?|viagra|sildenafil|statins?|atorvastatin|simvastatin|"
    "rosuvastatin|amlodipine|nifedipine|lisinopril|ramipril|losartan|candesartan|bisoprolol|atenolol|propranolol|"
    "metoprolol|carvedilol|spironolactone|bendroflumethiazide|nitroglycerin|gtn|epipen|naloxone|ozempic|semaglutide|"
    "mounjaro|tirzepatide|sumatriptan|levetiracetam|lamotrigine|carbamazepine|valproate|phenytoin|quetiapine|"
    "olanzapine|risperidone|aripiprazole|methotrexate|allopurinol|colchicine|tamsulosin|finasteride|montelukast|"
    "vitamin \\w+|iron tablets?|folic acid|ors|dioralyte|nyquil|dayquil|sudafed|robitussin|mucinex|midol|orajel|"
    "suboxone|ketamine|cannabis oil|cbd|"
    # brand names (US/UK) that no INN stem catches
    "keppra|eliquis|xarelto|pradaxa|lasix|plavix|coumadin|lipitor|crestor|zocor|norvasc|synthroid|eltroxin|glucophage|"
    "januvia|jardiance|farxiga|lyrica|neurontin|ultram|percocet|vicodin|norco|dilaudid|klonopin|ativan|restoril|"
    "seroquel|abilify|zyprexa|risperdal|wellbutrin|bupropion|effexor|cymbalta|duloxetine|paxil|celexa|trazodone|"
    "lamictal|tegretol|depakote|dilantin|topamax|topiramate|singulair|flonase|nasonex|prilosec|nexium|zantac|pepcid|"
    "tums|rennie|pepto(?:-bismol)?|dramamine|tamiflu|keflex|cipro|bactrim|flagyl|diflucan|fluconazole|valtrex|"
    "aciclovir|acyclovir|medrol|toradol|mobic|meloxicam|celebrex|voltaren|wegovy|trulicity|victoza|lantus|humalog|"
    "novolog|novorapid|levemir|tresiba|strattera|vyvanse|focalin|clonidine|guanfacine|unisom|zzzquil|tylenol pm|"
    "advil pm|calpol|piriteze|benylin|lemsip|beechams|strepsils|nytol|sominex|co-amoxiclav|fluclox(?:acillin)?|"
    "hydroxyzine|promethazine|phenergan|ondansetron|zofran|domperidone|metoclopramide|buscopan|mebeverine|"
    "colace|miralax|dulcolax|movicol|fybogel|orlistat|finasteride|minoxidil|spironolactone|"
    # Round 6: brands from the UK, Australia, Hong Kong and Singapore that no stem catches (opioid liquids and
    # slow-release forms, combination painkillers, insulins, diabetes tablets, inhalers, contraceptives)
    "oramorph|zomorph|oxynorm|sevredol|mst(?: continus)?|ms contin|endone|targin|palexia|tapentadol|durogesic|norspan|"
    "butrans|tramal|zydol|co-?dydramol|solpadeine|panadeine|mersyndol|nurofen plus|panadol osteo|codral|demazin|"
    "telfast|polaramine|maxolon|stemetil|prochlorperazine|losec|somac|pariet|mylanta|gastrolyte|hydralyte|pedialyte|"
    "endep|lovan|efexor|pristiq|stilnox|temaze|normison|serepax|diabex|diamicron|gliclazide|glipizide|glimepiride|"
    "amaryl|humulin|novomix|toujeo|optisulin|fiasp|actrapid|insulatard|clexane|enoxaparin|fragmin|dalteparin|marevan|"
    "cartia|cardiprin|karvea|coversyl|perindopril|tritace|frusemide|amoxil|zithromax|ciproxin|bactroban|fucidin|"
    "canesten|daktarin|nystatin|coloxyl|metamucil|senokot|oxybutynin|vesicare|spiriva|flixotide|pulmicort|qvar|"
    "microgynon|yasmin|cerazette|levonelle|brufen|anadin|ponstan|mefenamic acid|naprosyn|arcoxia|amiodarone|"
    "sotalol|isosorbide|imdur|nicorandil|indapamide|doxazosin|moxonidine|entresto|saxenda|rybelsus|forxiga|janumet|"
    "panamax|dymadon|tempra|bonjela|infacol|calcichew|adcal|ensure|fortisip|epilim|keppra|zonisamide|tegretol|"
    # Round 15: wakefulness medicines asked for by shift workers and long-haul drivers, and the class "diuretic"
    "modafinil|armodafinil|provigil|nuvigil|diuretics?|"
    # ... and over-the-counter brands of India, Nigeria and South Africa
    "crocin|dolo(?: 650)?|combiflam|saridon|disprin|ecosprin|pantocid|glycomet|thyronorm|emzor|ampiclox|septrin|"
    "coartem|lonart|artemether|myprodol|syndol|adco-dol|stopayne|betapyn|panado|"
    # Round 17: dementia medicines a carer gives, and HIV medicines by their everyday names (East Africa: ARVs)
    "donepezil|aricept|rivastigmine|galantamine|memantine|ebixa|namenda|arvs?|antiretrovirals?|truvada"
)
# Unseen drug names still end like drug names (INN stems), so the stem list catches names not in the list above.
_MED_STEMS = (
    r"[a-z]{2,}(?:cillin|mycin|micin|cycline|floxacin|cef\w*|pril|sartan|olol|dipine|statin|prazole|azole|tidine|triptan|"
    r"profen|codone|morphone|azepam|zepam|zolam|oxetine|triptyline|pramine|gliptin|gliflozin|formin|parin|xaban|"
    r"gatran|asone|isone|olone|lukast|terol|tropium|phylline|barbital|setron|vudine|ciclovir|navir|semide|thiazide|"
    r"tinib|mab|caine|dronate|glutide|afil|pam|done|tadine|floxin|fenac|coxib)"
)
_MED_GENERIC = (
    r"medicines?|medications?|meds|med|drugs?|pills?|tablets?|tabs|capsules?|caps|syrup|suspension|drops|inhalers?|"
    r"puffers?|patch(?:es)?|injections?|jabs?|antibiotics?|painkillers?|pain ?killers?|pain relief|pain relievers?|"
    r"antidepressants?|anti-?depressants?|steroids?|sleeping pills?|suppositor(?:y|ies)|ointment|sachets?|lozenges?|"
    r"chewables?|gummies|doses?|dosage|prescription drugs?|blood thinners?|water tablets?|sleeping tablets?|"
    r"the pill|contraceptive pills?|nasal spray|eye drops|ear drops|cough (?:syrup|medicine|mixture)|"
    r"fever (?:reducers?|medicine)|benzos?|opioids?|opiates?|sedatives?|tranquil+izers?|antipsychotics?|"
    r"blood pressure (?:pills?|tablets?|meds|medicines?|medications?)|heart (?:pills?|tablets?|meds)|thyroid (?:pills?|tablets?|meds)"
)
_MED = r"(?:" + _MED_NAMES + r"|" + _MED_GENERIC + r"|" + _MED_STEMS + r")"
_MED_RE = re.compile(r"\b" + _MED + r"\b")
_UNIT = (r"(?:mg|mgs|milligrams?|mcg|micrograms?|µg|ug|g|grams?|ml|mls|millilit(?:re|er)s?|cc|units?|iu|tablets?|tabs?|"
         r"pills?|capsules?|caps|puffs?|drops?|spoons?|spoonfuls?|teaspoons?|tsps?|tablespoons?|tbsps?|sachets?|"
         r"patch(?:es)?|sprays?|squirts?|lozenges?|doses?|shots?|injections?|chewables?|gummies)")
_NUM = (r"(?:\d+(?:\.\d+)? ?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|half|a half|"
        r"a whole|whole|an extra|extra|another|one more|two more|a second|a third|a couple(?: of)?|a few|double|"
        r"twice the) )")
_QTY_UNIT_RE = re.compile(r"(?<![a-z0-9.])" + _NUM + r"(?:" + _UNIT + r"|(?:of (?:the |my |his |her )?)?" + _MED + r")\b")
_NUMERIC_UNIT_RE = re.compile(r"\b\d+(?:\.\d+)? ?(?:mg|mgs|mcg|µg|ug|ml|mls|cc|iu|units?)\b")

# Someone is asking for permission or an evaluation ("can I", "is it ok", "too much", "enough", "?").
_ASK = re.compile(
    r"\b(?:can|could|may|should|shall|would|will|do|does|is|are|am)\b.{0,60}\b(?:i|we|he|she|they|you|it|that|this|"
    r"my|his|her|our|their|the|a|an|someone|kids?|children|child|baby|toddler)\b|"
    r"\b(?:ok|okay|alright|all right|fine|safe|good idea|allowed|too much|too many|too strong|enough|right|correct|"
    r"wise|bad|dangerous|harmful|worth)\b|\?|\b(?:please|tell me|let me know|confirm|advise|need to know)\b"
)
_GIVE = (r"(?:take|taking|takes|took|give|giving|gives|have|having|has|use|using|administer|administering|swallow|"
         r"get|gets|getting|be on|put|apply|inject|dose|puff|need|allowed|safe|ok|okay|fine|right|correct)")

_DOSE_PATTERNS = [
    # "what dose", "the correct dosage", "right amount", "maximum I can take", "dose of X for Y"
    re.compile(r"\b(?:what|which|right|correct|proper|usual|normal|safe|max|maximum|recommended|starting|daily|"
               r"appropriate|kids?|children'?s|child'?s|adult|paediatric|pediatric|exact|typical|standard|ideal|"
               r"best|much)\s+(?:\w+\s+){0,2}(?:dose|doses|dosage|dosing|strength)\b"),
    re.compile(r"\b(?:what|which|right|correct|proper|usual|normal|safe|max|maximum|recommended|daily|appropriate|exact|"
               r"ideal|much)\s+(?:\w+\s+){0,2}(?:amount|quantity|limit|number)\b.{0,40}\b(?:" + _MED + r"|take|taking|give|"
               r"giving|have|use|using|swallow|per day|a day|daily)\b"),
    re.compile(r"\b(?:dose|dosage|dosing|posology)\s+(?:of|for|per|is|should|would|do|does|guide|chart|instructions?)\b"),
    re.compile(r"\bhow (?:to|do i|should i|do you) dose\b|\bmg ?/ ?kg\b|\bper kilo|\bper kg\b"),
    re.compile(r"\bmax(?:imum)?\b.{0,30}\b(?:take|give|have|per day|a day|in a day|daily|in 24|mg|tablets|pills|doses?)\b"),
    # frequency asks
    re.compile(r"\bhow (?:often|frequently|soon|many times|long (?:between|apart|after|before i can))\b.{0,50}\b" + _GIVE + r"\b|"
               r"\bevery how many\b|\bhow many (?:hours|times)\b.{0,25}\b(?:between|apart|a day|per day|daily|each day)\b.{0,40}\b"
               + _GIVE + r"\b"),
]
# "how much / how many" + a giving verb, or + a medicine word or unit
_HOW_MUCH_RE = re.compile(r"\bhow (?:much|many|many more|much more)\b")
_GIVE_RE = re.compile(r"\b" + _GIVE + r"\b")

_CHANGE_VERB = (
    r"(?:double|doubl(?:e|ing)|triple|halve|halving|increase|increasing|decrease|decreasing|lower|lowering|raise|raising|"
    r"reduce|reducing|change|changing|adjust|adjusting|up|bump up|go up|going up|go down|going down|cut|cutting|"
    r"cut down|cut back|cutting down|skip|skips|skipped|skipping|miss|misses|missing|stop|stopping|quit|quitting|discontinue|"
    r"come off|coming off|get off|go off|going off|wean(?:ing)?(?: [\w'-]+){0,4}? off|taper|tapering|switch|switching|hold|holding|"
    r"swap|swapping|replace|substitute|drop|dropping|pause|hold off|take a break from|restart|go back on|start again|"
    r"give up|ditch|not take|stop taking|quit taking|keep taking|still take|still taking|continue|continue taking|"
    r"carry on taking|carry on with|go without|cut out|lessen|top up|stop using|quit using|not give|stop giving)"
)
_CHANGE_PATTERNS = [
    re.compile(r"\b" + _CHANGE_VERB + r"\b(?: \w+){0,4}? (?:the |my |his |her |our |their |your |this |that |these |"
               r"those |a |an |some )?(?:\w+ ){0,2}?" + _MED + r"\b"),
    re.compile(r"\b" + _MED + r"\b(?: \w+){0,3} (?:" + _CHANGE_VERB + r")\b(?! (?:eating|drinking|smoking))"),
    re.compile(r"\btake (?:twice as much|double|more|less|extra|an extra|another|a second|one more|two more|a bigger|"
               r"a smaller|a higher|a lower|half)\b"),
    re.compile(r"\b(?:twice|double|triple|half) (?:as much|the (?:dose|amount|dosage)|my dose|a dose|dose)\b|"
               r"\b(?:higher|lower|bigger|smaller|stronger|weaker) (?:dose|dosage|strength)\b|\binstead of (?:my |the |his |her )?(?:\w+ )?"
               + _MED + r"\b"),
    re.compile(r"\b(?:do|does) (?:i|he|she|we|my \w+) (?:still )?(?:need|have) to (?:keep )?(?:take|taking|be on|use)"
               r"(?: \w+){0,2}? " + _MED + r"\b"),
]
# A change verb whose object is a pronoun ("can I swap it") counts when a medicine is named elsewhere.
_CHANGE_PRONOUN = re.compile(r"\b" + _CHANGE_VERB + r" (?:it|them|these|those|this|that)\b")

_CONDITION = (
    r"(?:cancer|cancerous|tumou?rs?|malignant|benign|diabetes|diabetic|pre-?diabetes|type [12](?: diabetes)?|asthma|"
    r"copd|emphysema|covid(?:-?19)?|corona(?:virus)?|flu|influenza|pneumonia|bronchitis|shingles|chicken ?pox|measles|"
    r"mumps|gout|arthritis|lupus|ms|multiple sclerosis|hiv|aids|stds?|stis?|chlamydia|gonorrh\w*|herpes|syphilis|"
    r"utis?|urine infection|kidney infection|bladder infection|chest infection|ear infection|eye infection|"
    r"infection|infected|stroke|mini[- ]stroke|tia|heart attack|heart disease|heart failure|angina|heartburn|reflux|"
    r"gerd|ulcers?|hernia|cysts?|fracture|fractured|broken|sprain|sprained|migraines?|concussion|dementia|"
    r"alzheimer'?s|parkinson'?s|depression|depressed|anxiety|adhd|add|autism|autistic|bipolar|schizophrenia|ocd|"
    r"ptsd|eczema|psoriasis|acne|rosacea|melanoma|skin cancer|leuka?emia|lymphoma|ana?emia|anaemic|anemic|"
    r"thyroid(?: problems?)?|hypothyroidism|hyperthyroidism|gall ?stones?|kidney stones?|ibs|crohn'?s|colitis|"
    r"coeliac|celiac|allerg(?:y|ies|ic)|allergic reaction|intolerant|intolerance|sepsis|meningitis|"
    r"strep(?: throat)?|glandular fever|mono|lyme(?: disease)?|scabies|lice|thrush|yeast infection|pregnant|"
    r"miscarr\w+|blood clots?|dvt|clots?|high blood pressure|hypertension|low blood pressure|high cholesterol|"
    r"cholesterol|a virus|viral|bacterial|a bug|tonsillitis|sinusitis|vertigo|epilepsy|seizures?|fibromyalgia|"
    r"endometriosis|pcos|sleep apnea|sleep apnoea|insomnia|tb|tuberculosis|hepatitis|cirrhosis|diverticulitis|"
    r"appendicitis|pancreatitis|a heart problem|heart problems?|something serious|anything serious|serious|"
    r"[a-z]{3,}(?:itis|oma|omas|osis|emia|aemia|pathy))"
)
_SYMPTOM = (
    r"(?:rash(?:es)?|lumps?|bumps?|spots?|moles?|pains?|aches?|aching|headaches?|cough(?:ing)?|fevers?|temperature|"
    r"swelling|swollen|itch(?:y|ing)?|sore(?:ness)?|bleeding|bruis\w+|dizz(?:y|iness)|dizzy spells|tightness|numb(?:ness)?|"
    r"tingling|blurr(?:ed|y) vision|ringing|tinnitus|discharge|blood|yellow|palpitations|nausea|nauseous|vomit\w*|"
    r"diarrh(?:o)?ea|constipat\w+|fatigue|tired(?:ness)?|exhausted|breathless(?:ness)?|short of breath|wheez\w*|"
    r"cramps?|pee|urine|stools?|poo|weight loss|night sweats|sweats|chills|hair loss|insomnia|spasms?|twitch\w*|"
    r"burning|stiff(?:ness)?|lesions?|ulcers?|blisters?|growths?|patch(?:es)?|marks?|pins and needles|"
    r"thirst|thirsty|yellow\w*|jaundice\w*|racing|pounding|sweating|weak(?:ness)?|shaking|tremors?|fainting|"
    r"faint|bloating|bloated|heartburn|hoarse\w*|lumpy|sores?|scabs?|flaking|flaky|peeling|shortness of breath|"
    r"rings?|circles?|streaks?|dots?|freckles?|warts?|welts?|hives|"
    # round 6: what carers report in older people and children
    r"confusion|confused|forgetful(?:ness)?|memory loss|drowsy|drowsiness|lethargic|lethargy|agitated|agitation|"
    r"hallucinations?|incontinen(?:ce|t)|puffy|unsteady|wobbly|snoring)"
)
_WHO = r"(?:i|he|she|we|they|you|it|this|that|these|those|my \w+(?: \w+)?|his \w+|her \w+|our \w+|the baby|the kids?|grandma|grandpa|mum|mom|dad|baby)"
_END = r"(?=\s*(?:[?.!,;)]|$|or\b|and\b|to you|do you|right\b|yet\b|already\b|again\b|too\b|though\b|now\b|then\b|maybe\b|perhaps\b|instead\b))"
_DIAGNOSIS_PATTERNS = [
    re.compile(r"\b(?:do|does|did|could|might|may|can|would|will)(?: you think)? " + _WHO +
               r" (?:really |possibly |actually |still )?(?:have|has|got|be getting|be developing|be coming down with|"
               r"be having|have got|suffer from|be suffering from) (?:a |an |the |some )?(?:\w+ ){0,2}?" + _CONDITION + r"\b"),
    re.compile(r"\b(?:have|has) (?:i|he|she|we|my \w+) (?:got|developed|caught|contracted) (?:a |an |the )?(?:\w+ ){0,2}?"
               + _CONDITION + r"\b"),
    re.compile(r"(?<!what )(?<!which )(?<!how )(?<!where )(?<!when )(?<!who )"
               r"\b(?:is|are|could|might|can|would|may) (?:it|this|that|these|those|he|she|i|my \w+|the \w+)(?: \w+){0,5}? "
               r"(?:be |just |really |actually |possibly |definitely |probably ){0,2}(?:a |an |the |some )?(?:\w+ )?"
               + _CONDITION + _END),
    re.compile(r"\bwhat(?: is|'s| could be| might be| would be| else could be)? (?:wrong with|causing|behind|going on with|"
               r"the cause of|the reason for) (?:me|my|him|her|them|it|this|us|these|that)\b"),
    re.compile(r"\bwhat (?:do|does|did|have|has|could|might) (?:i|he|she|we|they|my \w+)(?: \w+)? (?:have|got|get|be suffering from)\b"
               r"(?! to\b)"),
    re.compile(r"\bwhat (?:illness|disease|condition|infection|bug|virus|problem|(?:type|kind|sort) of (?:" + _SYMPTOM + r"|"
               r"illness|disease|condition|infection|bug|virus|problem|cancer|tumou?r|allergy)) "
               r"(?:do|does|is|have|has|could|might|am|would)\b"),
    re.compile(r"\bwhat (?:is|are|'s) (?:this|these|that|those|it)(?: \w+){0,2} " + _SYMPTOM + r"\b|\bwhat could (?:it|this|that) be\b"),
    re.compile(r"\bam i (?:sick|ill|dying|infected|diabetic|depressed|pregnant|an?a?emic|autistic|bipolar|allergic|"
               r"having|getting|developing|coming down with|going to have|at risk of|suffering from)\b"),
    re.compile(r"\b(?:does|do|did) (?:this|it|that|these|my \w+|they|what i have|the \w+) (?:sound|look|seem|feel)(?: to you)? "
               r"(?:like|as if|as though)\b"),
    re.compile(r"\b(?:possible|likely|chance|chances|probability|odds|risk)\b.{0,40}\b(?:has|have|got|is|am|are) "
               r"(?:a |an |the )?(?:\w+ ){0,2}?" + _CONDITION + r"\b"),
    re.compile(r"\bwhy (?:do|does|did|am|is|are|have|has|would|might|should) (?:i|he|she|we|my \w+|they)(?: \w+){0,4} "
               r"(?:\w+ )?" + _SYMPTOM + r"\b"),
    # "the likely cause of my back pain", "what's causing her rash": a cause noun or causing/behind + a symptom
    re.compile(r"\b(?:the|a|likely|possible|probable|main|real|what) (?:cause|causes|reason|reasons|explanation)\b.{0,40}\b"
               + _SYMPTOM + r"\b|\b(?:causing|behind) (?:my|his|her|their|our|the|this|these|\w+'s)\b.{0,30}\b" + _SYMPTOM + r"\b"),
    re.compile(r"\b(?:do|does|could|might|would) (?:i|he|she|we|my \w+) (?:really )?(?:have|has|have got) (?:it|this|that|one|them)\b"
               r"(?=.{0,3}$|\s*[?.!,])"),
    re.compile(r"\bdiagnos\w* (?:me|my|him|her|this|what|it|these)\b|\bcan you diagnose\b|\bgive me a diagnosis\b|"
               r"\bwhat(?:'s| is) (?:my|the|his|her) diagnosis\b"),
    re.compile(r"\b(?:could|might|can|does|would) (?:this|it|that|these|my \w+(?: \w+)?) (?:mean|indicate|be a sign of|"
               r"signal|point to|suggest) (?:i have |that i have |i have got |he has |she has )?(?:a |an |the |some )?(?:\w+ ){0,2}?"
               + _CONDITION + r"\b"),
    re.compile(r"\b(?:worried|scared|afraid|concerned|wonder(?:ing)?|suspect)\b.{0,20}\b(?:i have|i've got|"
               r"i might have|he has|she has|it is|it's|this is|i am|i'm getting)\b.{0,20}?\b" + _CONDITION + r"\b"),
]
_NOT_SUPPLY = (r"(?!(?: \w+){1,2} (?:bring|pack|carry|order|collect|store|keep|throw|dispose|return)\b|"
               r"(?: \w+){1,2} take (?:in|into|with|to|along)\b)")
_PRESCRIBE_PATTERNS = [
    re.compile(r"\bwhat (?:antibiotic|antibiotics|medication|medications|medicine|medicines|meds|drug|drugs|pills?|tablets?|"
               r"treatment|cream|inhaler|antidepressant|painkiller|remedy|remedies)s? (?:should|can|do|must|would|could|"
               r"is best|are best|works best|would you recommend|do you recommend|do you suggest)\b"),
    # ... but not which ones to bring in, pack or order: a practical question the knowledge base answers
    re.compile(r"\bwhich (?:antibiotic|medication|medicine|drug|pill|tablet|treatment|cream|antidepressant|painkiller|"
               r"inhaler|remedy)s? (?:should|can|do|is|are|would|works)\b" + _NOT_SUPPLY),
    re.compile(r"\b(?:recommend|suggest) (?:a |an |some |any |me )?(?:good )?(?:\w+ )?(?:medicine|medication|meds|drugs?|"
               r"pills?|antibiotics?|cream|treatment|painkillers?|remedy)\b"),
    re.compile(r"\bprescribe\b|\bgive me (?:a |some )?(?:prescription|antibiotics?|medication|meds|pills)\b|"
               r"\bwhat should (?:i|he|she|we|my \w+) (?:take|use|give \w+|try) (?:for|to (?:help|ease|relieve|stop|treat|get rid))\b|"
               r"\bcan you (?:give|get) me\b.{0,60}\b(?:meds|pills|antibiotics?|medication)\b"),
    re.compile(r"\bshould (?:[\w'-]+ ){1,4}?(?:be )?(?:take|taking|give|giving|be on|start|starting|try|"
               r"use|using) (?:\w+ ){0,2}?(?:" + _MED + r"|something|anything)\b"),
    re.compile(r"\bdo (?:i|we|you think i) need (?:an? |some |to take |to start )?(?:antibiotics?|medicine|medication|meds|"
               r"steroids?|treatment|inhaler|tablets)\b"),
]

# Practical medicine questions the knowledge base answers: they veto the weaker dose/change/prescription cues.
_PRACTICAL = re.compile(
    r"\b(?:order\w*|re-?order\w*|repeat prescriptions?|repeats?|refills?|renew\w*|collect\w*|pick(?:ed|ing)? (?:it |them |\w+ )?up|"
    r"deliver\w*|posted|by post|in the post|stor(?:e|ed|ing|age)|fridge|refrigerat\w*|room temperature|dispos\w*|"
    r"throw (?:away|out)|get rid of|bin|return (?:unused|old|leftover)|bring|pack|travel\w*|plane|flight|flying|hand luggage|"
    r"abroad|holiday|customs|cost\w*|price|prices|pay|paying|charged?|charges|exemption|free prescriptions?|"
    r"pharmacy (?:open|hours|shut|close)|opening (?:hours|times)|open(?:ed|s)? (?:late|on|at|until|today|tomorrow)|"
    r"what time|shut|closes?|blister|label\w*|leaflet|expir\w*|out of date|lost|ran out|run out|running out|"
    r"where (?:is|can|do|are)|who do i|prescription (?:not )?(?:ready|form|charge)|on (?:one|a|my|the) prescription|"
    r"per prescription|fasting|fast before|nil by mouth|starve|with food|with meals|empty stomach|with (?:water|milk|juice)|"
    r"before (?:bed|breakfast|meals|food)|after (?:meals|food|breakfast)|at night|in the morning|time of day)\b"
)
# The narrower veto for "how much/how many" asks: only money and supply turn them into practical questions.
_PRACTICAL_COST = re.compile(r"\b(?:cost\w*|price|prices|pay|paying|charged?|charges|order\w*|collect\w*|deliver\w*|"
                             r"refills?|repeat prescriptions?|repeats?|items?|per prescription|on (?:one|a|my|the) prescription|"
                             r"bring|pack|travel\w*|plane|flight|hand luggage|stor(?:e|ed|ing|age)|"
                             # a car park's tariff ("how much is the visitor car park an hour, I need to know")
                             r"car ?parks?|parking|pay and display|tariffs?)\b")
_PROCEDURE_PREP = re.compile(
    r"\bbefore (?:my |the |a |an |this |his |her |our |their |your )?(?:\w+ ){0,2}?(?:procedure|operation|op|surgery|"
    r"colonoscopy|endoscopy|gastroscopy|scan|mri|ct|x-?ray|biopsy|test|tests|bloods|blood test|anaesthetic|anesthetic|"
    r"angiogram|injection|admission|appointment)\b|\bprep(?:aration)?\b|"
    r"\b(?:on|the) (?:the )?(?:day|morning|night) (?:of|before) (?:my |the |his |her )?(?:\w+ )?(?:operation|op|surgery|procedure|scan|test)\b"
)

# ---------------------------------------------------------------------------------------------- Chinese
_ZH_MED = (r"(?:药|片|粒|胶囊|糖浆|口服液|冲剂|颗粒|滴剂|喷雾|贴剂|针(?!灸)|胰岛素|激素|抗生素|消炎药|退烧药|止痛药|降压药|降糖药|"
           r"安眠药|感冒药|止咳|布洛芬|美林|泰诺|对乙酰氨基酚|扑热息痛|阿司匹林|阿莫西林|头孢|青霉素|华法林|二甲双胍|"
           r"他汀|硝苯地平|氯吡格雷|泰诺林|芬必得|白加黑|感康|快克|感冒灵|板蓝根|藿香正气|健胃消食片|蒙脱石散|思密达|妈咪爱|益生菌|"
           r"氨溴索|沐舒坦|开瑞坦|仙特明|孟鲁司特|顺尔宁|优甲乐|雷贝拉唑|吗丁啉|奥司他韦|达菲|褪黑素|维生素|钙片|鱼油|叶酸|"
           r"铁剂|速效救心丸|硝酸甘油|立普妥|拜新同|络活喜|波立维|倍他乐克|格华止|拜糖平|阿卡波糖|诺和灵|来得时|连花清瘟|"
           # Round 6: Taiwan and Hong Kong brands written as folded (克流感 is Tamiflu in Taiwan)
           r"克流感|普拿疼|必理痛|斯斯|百服宁|伏冒|伤风素|息斯敏|胃仙U|正露丸|表飞鸣|合利他命|力度伸|善存|保济丸|和露|"
           r"[\u4e00-\u9fff]{1,4}(?:霉素|西林|沙星|洛芬|地平|沙坦|普利|他汀|唑|胺|酮|松|替丁|丸|散(?![步心开会发布])|颗粒|口服液|糖浆|滴剂|喷剂))")
_ZH_UNIT = r"(?:片|粒|颗|毫升|ml|毫克|mg|克|g|袋|包|滴|喷|支|勺|格|单位|粒胶囊|瓶盖)"
_ZH_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十半]|一整|整|半|几|多)"
_ZH_DOSE = re.compile(
    r"几(?:片|粒|颗|毫升|ml|毫克|mg|克|袋|包|滴|喷|支|勺|格|个单位|单位)|"
    r"多少(?:毫克|mg|毫升|ml|克|片|粒|颗|袋|包|滴|单位|量|剂量)|剂量|用量|药量|"
    r"一次(?:吃|服|用|喂|给|喝|打|涂|喷|滴)(?:多少|几)|(?:吃|服|用|喂|给|喝|打)多少(?!钱|水|时间|天|饭)|"
    r"(?:吃|服|用|喂|给|喝|打|涂|喷|滴)[^，。？！?!,]{0,6}几次|一天几次|几(?:个)?小时(?:吃|服|用|喂|给)|多久(?:吃|服|用|喂|给)一次|"
    r"隔(?:多久|几)[^，。？?]{0,8}(?:吃|服|用|喂|给|打)|(?:吃|服|用|喂|药|一天|每天)[^，。？?]{0,4}[一二两三四五1-5](?:次|片|粒|颗|包|袋)还是[一二两三四五1-5]|多大(?:的)?(?:量|剂量)|"
    r"再(?:给[^，。？?]{0,6})?(?:吃|服|用|喂|喝)(?:一|两|半|几)?(?:次|片|粒|颗|包|袋|剂|点|回)|(?:吃|服|用|喂|给)[^，。？?]{0,6}(?:太多|太少|过量)|最多(?:能|可以|可)?(?:吃|服|用|喂|给|喝)|(?:吃|服|用|喂|给)(?:多了|过量)会"
)
_ZH_QTY = re.compile(_ZH_NUM + _ZH_UNIT)
_ZH_ASK = re.compile(r"会不会|太多|太少|够不够|过量|吗|么|行不行|可不可以|可以不|能不能|能否|是否|行吧|好不好|够不够|多不多|合适|要不要|该不该|[?？]|呢")
_ZH_CHANGE = re.compile(
    r"停药|减药|加药|断药|撤药|加量|减量|加点量|减点量|减半|(?<![伤口术后])换药(?!室)|"
    r"(?:停|停掉|停了|不吃|少吃|多吃|减|加|换|改成|断)[^，。？?]{0,4}" + _ZH_MED + r"|"
    + _ZH_MED + r"[^，。？?]{0,8}(?:停(?!车|留|靠|电|水|业|诊|课)|不吃了|不想吃|不吃|少吃|多吃|加大|减少|减半|加量|减量|改成|换成|换|加点|减点)|"
    r"(?:能不能|可不可以|可以|能|要不要|该不该|是否|想|自己|自行|直接|先)(?:停(?!车|留|靠|电|水|业|诊|课)|不吃(?!饭|东西)|少吃(?!饭|东西)|多吃(?!饭|东西))|"
    r"(?:减|停|撤|断|加|换|改)(?:下来|下去|掉|少|一半|成|用)(?!肥|重|号|车|约|时间)|"
    r"隔(?:一|1)?[天日](?:吃|服|用|打)|(?:两|三|几)天(?:吃|服|用)一次|不(?:用|必|需要)(?:再|继续)?(?:吃|服|用)(?!饭|东西)|"
    r"多吃(?:一|两|几|半)?(?:片|粒|颗|次|点)|少吃(?:一|两|半)?(?:片|粒|颗|次|点)|(?:还要|还用|要一直|需要一直|继续)吃(?!饭|东西)"
)
_ZH_CHANGE_NEEDS_MED = re.compile(r"(?:减|停|撤|断|加|换|改)(?:下来|下去|掉|少|一半|成|用)")
_ZH_DIAGNOSIS = re.compile(
    r"我是不是(?:得了|有|患了|生病|感染|怀孕)|(?:我|他|她|孩子|宝宝)(?:得了|患了|得的是|是)什么病|"
    # "X是什么病" where X is itself a condition name (荨麻疹是什么病) asks for information, not a diagnosis
    r"(?<![病症炎癌瘤减亢风喘疹])(?:(?<=[皮红出起]疹是)|(?<![病症炎癌瘤减亢风喘疹]是))(?<!看)(?:什么|啥)(?:病|毛病)(?!房|人|区|历|床|友|号|假)|"
    r"是不是(?:得了|患了|染上了?)|(?:帮我|给我|你)?判断一下|"
    r"是不是(?:得了|有|患了)?[^，。？?]{0,8}(?:病|炎|癌|瘤|症|疹|骨折|感染|结石|中风|脑梗|心梗|怀孕|出血|过敏|抑郁|焦虑|新冠|流感|疱疹|"
    r"甲减|甲亢|痛风|哮喘|贫血|低血糖|高血压|糖尿|痔疮|中暑|风湿|溃疡|囊肿|息肉|结节|肌瘤|疝气|阑尾|胆囊|抑郁)了?|"
    r"会不会是|有没有可能(?:是|得了|有)|可能是[^，。]{0,8}(?:吗|么|吧|呢)|像不像|算不算[^，。]{0,8}(?:病|炎|癌|症)|"
    r"帮我(?:诊断|看看是什么|看看是不是)|给我诊断|(?:这|那|它)是[^，。]{0,6}(?:病|炎|癌|瘤|症)(?:吗|么|吧)|"
    r"(?:是|会是)[^，。]{0,4}(?:癌|肿瘤|恶性|良性)(?:吗|么|吧|呢)|"
    r"(?:疼|痛|痒|肿|热|烧|咳|吐|泻|晕|麻|闷|胀|酸|红|疹|包|块|出血|黑|黄|渴|汗|慌|响|抖|喘|累|乏|虚|拉肚子|没劲|失眠)"
    r"[^。？?]{0,10}(?:是)?(?:怎么回事|咋回事|什么原因|啥原因|什么情况)|"
    # a symptom, then a guess at what it is (脚趾痒又脱皮，是不是香港脚 / 有粒嘢，是什么呢), but not "is it
    # time to go" (是不是要去急诊): that is a practical or triage question;
    # the guess is its own clause: 痛风是什么 / 湿疹是什么病 name a condition and ask about it (information)
    r"(?:痒|痕|疼|痛|肿|脱皮|甩皮|起皮|肿块|粒嘢|疙瘩|包|块|疹|斑|红)[^。？?]{0,16}?[,，\s]\s*"
    r"(?:是不是|会不会是|是)(?!要|该|应该|能|可以|去|挂|需要|不是要|正常|等)(?![^,，。？?]{0,10}(?:还是|导致|引起|造成))"
    r"[^,，。？?]{1,10}(?:吗|么|吧|呢|问题|[?？]|$)"
)
_ZH_PRESCRIBE = re.compile(
    r"(?:给|帮|替)我开[^，。？?]{0,4}(?:药|处方|抗生素|点|些)|开(?:点|些)?(?:什么|啥)药|"
    r"(?:该|应该|要|需要|能|可以)?(?:吃|用)(?:点|些)?(?:什么|啥|哪种|哪个|哪些)(?:药|好)|吃点什么|"
    r"(?:是不是|要不要|需不需要|该不该|用不用)(?:要)?(?:吃|用|打)(?:点|些)?[^，。？?]{0,6}(?:药|针|素)|"
    r"能(?:不能)?给(?:孩子|他|她|宝宝|小孩|老人)[^，。？?]{0,6}(?:吃|用)|"
    r"(?:该|应该|要|需要)(?:吃|用|打)(?:点|些)?(?:什么|啥|哪种|哪些)[^,，。？?]{1,8}(?:药|针|疫苗)|"
    r"(?:给|帮|替)[^，。？?]{1,6}开(?:一|两|几|点|些)?(?:盒|瓶|支|些|点|个|张)?(?:" + _ZH_MED[3:-1] + r"|处方)|该吃哪种|推荐(?:一下|个|点)?(?:什么)?药"
)
_ZH_PRACTICAL = re.compile(
    r"续方|续药|复诊开药|网上|线上|互联网|寄|快递|配送|取药|拿药|领药|药房|药店|窗口|保存|存放|冰箱|冷藏|常温|开封|"
    r"过期|扔|丢|处理|回收|报销|医保|多少钱|费用|价格|带药|带着|住院带|长期处方|多开|开多|几盒|"
    r"(?:检查|手术|术|抽血|胃镜|肠镜|穿刺|造影|麻醉|化验|[做打查])[^，。？?]{0,6}前|空腹|禁食|伤口|拆线|敷料|纱布|"
    r"几点|开门|关门|营业|周末|在哪|哪里|电话"
)

# Change verbs that also have everyday meanings ("pick them up", "dropped") are left out after a medicine name.
_CHANGE_AFTER_MED = re.compile(
    r"\b" + _MED + r"\b(?: \w+){0,3}? (?:double|triple|halve|increase|decrease|lower|raise|reduce|change|adjust|skip|stop|"
    r"quit|discontinue|come off|taper|switch|swap|replace|cut down|cut back|wean|hold)\b(?! (?:eating|drinking|smoking))"
)
_INTENT = re.compile(r"\b(?:want|wanna|gonna|going to|thinking|thought about|planning|plan to|considering|about to|"
                     r"would like|would rather|rather|decided|tempted|intend)\b")
_HOW_MUCH_BENIGN = re.compile(
    r"\bhow (?:much|many)(?: more)? (?:days?|weeks?|months?|years?|hours? (?:before|until|till|does|will|do)|minutes?|"
    r"nights?|people|visitors|items?|boxes|packs?|forms?|copies|appointments?|steps|calories|water|fluids?|sleep|exercise|"
    r"weight|money|pounds|dollars|yuan|euros|notice|time|sugar|salt|protein|fibre|fiber|coffee|caffeine|alcohol|"
    r"does (?:it|a|the|each) cost|do i (?:pay|owe)|will i (?:pay|be charged))\b"
)
_HOW_MUCH_DOSE = re.compile(
    r"\bhow (?:much|many)(?: more)?\b.{0,60}?\b" + _GIVE + r"\b|\bhow (?:much|many)(?: more)? (?:\w+ ){0,3}?(?:"
    + _MED + r"|" + _UNIT + r")\b|\b" + _MED + r"\b.{0,40}\bhow (?:much|many)\b"
)
# "How many beds does the hospital have?", "how many spaces does the car park have?": a count of what a place holds, not
# a dose (the "have" of "how many ... have" read as taking; lead's probe of the served default, session 18). Only without
# a medicine named, and never "have to" ("how much do you have to give").
_INVENTORY_ASK = re.compile(
    r"\bhow (?:much|many)\b.{0,60}?\b(?:do|does|did|will|would) (?:the |your |this |that |each |every |a |an )?(?:\w+ ){0,2}?"
    r"(?:hospital|hospitals|ward|wards|unit|units|clinic|clinics|department|departments|car ?park|car ?parks|site|building|"
    r"trust|centre|center|you|you guys|they|it|place)(?: \w+){0,2}? (?:have|hold|fit)\b(?! to\b| got to\b)|"
    r"\bhow (?:much|many)\b.{0,40}?\b(?:are|is) there\b"
)
# "How many characters does the password have to be?", "how many letters do I need": "how many" counts the noun it is
# said with; where that noun is no medicine, unit or dosing word and no medicine is named, the "have"/"need" after it
# is no taking (lead's probe of the served default, session 27). Time words stay: "how many days can I take it for".
_COUNTED_OTHER = re.compile(
    r"\bhow many (?:more )?(?!(?:" + _MED + r"|" + _UNIT + r"|times?|hours?|hrs?|days?|nights?|weeks?|months?|years?|"
    r"mornings?|evenings?|goes|lots|rounds|courses?|ones?|of|can|should|could|do|does|did|is|are|would|will|may|must|"
    r"shall|he|she|i|we|they|you|per|a|in|at|each|every|more)\b)[a-z]{3,}s\b(?! of\b)")
# taking, giving or swallowing keeps the ask a dose whatever is counted ("how many squares can he swallow")
_DOSING_VERB = re.compile(r"\b(?:take|takes|taking|took|give|gives|giving|swallow\w*|chew\w*|inject\w*|dose\w*|"
                          r"dosage)\b")
# A stated schedule in a question ("give him X every 3 hours", "can I do 3 a day") asks whether that dose is right.
_SCHEDULE_RE = re.compile(r"\bevery \d+(?:\.\d+)? ?(?:hours?|hrs?|h)\b|\b(?:\d+|one|two|three|four|five|six) (?:a|per|each) day\b|"
                          r"\b(?:once|twice|three times|four times|\d+ times) (?:a|per|each) (?:day|night)\b")
_STRONG_CHANGE = _CHANGE_PATTERNS[2:4]  # take more/double/instead of: not vetoed by practical words
_WEAK_CHANGE = [_CHANGE_PATTERNS[0], _CHANGE_PATTERNS[4], _CHANGE_AFTER_MED]


# Cues added after test batch 3 (categories of failure, not its sentences):
# - a frequency or timing change ("every other day instead of daily", "take it at night instead")
# - "bump it up" / "restart at a lower amount" / "use less"
_EXTRA_CHANGE = re.compile(
    r"\bevery other (?:day|night|week)\b|\balternate (?:days|nights)\b|\bon and off\b|"
    r"\binstead of (?:daily|every day|every night|once|twice|three times|in the (?:morning|evening))\b|"
    r"\b(?:take|give|have|use|taking|giving|switch)\b.{0,40}\b(?:at night|in the morning|in the evening|at bedtime|"
    r"before bed|later|earlier)\b.{0,12}\binstead\b|"
    r"\b(?:bump|push|turn|crank|step|ramp|put) (?:it|them|that|the dose|my dose) (?:up|down)\b|"
    r"\b(?:restart|start|go back on|start again|resume)\b.{0,25}\b(?:lower|higher|smaller|bigger|reduced|half)\b|"
    r"\b(?:lower|higher|smaller|bigger|reduced|half) (?:amount|quantity|number of)\b|"
    r"\b(?:take|give|use|have) (?:a bit |a little |slightly )?(?:less|more|fewer)\b(?! (?:time|often|care|water|fluids?|rest|exercise))|"
    r"\b(?:go|going) natural\b|\bcold turkey\b"
)
# - asking whether an amount is too much / enough, or about another one, the next one, or waiting between them
_EXTRA_DOSE = re.compile(
    r"\b(?:too much|too many|too strong|too little|too high|too low|enough|overkill|overdoing)\b|"
    r"\b(?:have|take|give|having|taking|giving)(?: \w+){0,2}? (?:another|one more|a second|the next|an extra|a 2nd) (?:one|dose|lot|round)\b|"
    r"\b(?:wait|leave|gap)\b.{0,30}\b(?:before|between|until|till)\b.{0,20}\b(?:next|another|again|doses?|more)\b|"
    r"\bbefore (?:the|his|her|my|their) next\b|\bthe most\b.{0,30}\b(?:take|give|have|a day|per day|in a day|daily|at once)\b|"
    r"\b(?:a|an)? ?(?:whole|full|entire) (?:one|tablet|pill|dose|strip|bottle|packet|pack|box|sachet)\b.{0,20}\b(?:or|vs)\b.{0,10}\bhalf\b|"
    r"\bwhat strength\b|\b(?:mg|mgs|ml|mls|mcg|tablets?|pills?|puffs?|tsps?|drops) of (?:\w+ ){0,2}?" + _MED + r"\b(?: for\b|\?)"
)
# Amounts written as a pack or as a strength in the plural ("the whole strip", "2 or 3 of the 200s").
_AMOUNT_PHRASE = re.compile(r"\b(?:the|a|an) (?:whole|full|entire) (?:strip|bottle|packet|pack|box|sheet|tube|blister|sachet|"
                            r"tablet|pill|capsule|one)\b|\bof the \d+(?:mg|ml)?s\b|\b\d+ (?:or|to) \d+ of\b")
# "the doctor said 2 a day but can I do 3": a count right after a can-I verb
_COUNT_ASK = re.compile(r"\b(?:can|could|should|may) (?:i|he|she|we|they) (?:do|take|have|use|give (?:him|her|them)) "
                        r"(?:\d+|one|two|three|four|five|six|a couple|a few)\b(?! (?:days?|weeks?|times? a week|minutes|hours|steps|laps))")
_EXCESS_AMOUNT = re.compile(r"\b\d+(?:\.\d+)?s?\b(?! ?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|"
                            r"people|visitors|pounds|dollars|yuan|euros|%|percent|miles|km|steps))|\bof the \d+")
_EXCESS_OBJECT = re.compile(r"\b\d+(?:\.\d+)?s\b|\bof the \d+|\b(?:it|one|them|that|this)\b")
_EXTRA_DIAGNOSIS = re.compile(
    r"\bwhat (?:do|would|did) you (?:think|reckon|guess)\b.{0,40}\b(?:has|have|got|is wrong|is it|it is|this is|causing)\b|"
    r"\b(?:mean|means|indicate|indicates|suggest|suggests) (?:that )?(?:i|he|she|we|they|my \w+|it is|this is) "
    r"(?:have|has|got|have got|am|is|are)\b|"
    # "pretty sure I've got X, can you confirm?": the confirmation is of the condition, so it ends the message
    r"\b(?:i have got|i have|i think i have|he has|she has|i am|pretty sure|i reckon|sure i have)\b.{0,40}\b" + _CONDITION +
    r"\b.{0,20}\b(?:confirm|agree|right|correct|am i right)(?: (?:it|that|this))?\s*[?.!]*\s*$|"
    r"\b(?:causing|behind|the cause of|the reason for)(?: [\w']+){0,4}? " + _SYMPTOM + r"\b|"
    r"(?<!what )(?<!which )\b(?:is|are|could|can|might|would) (?!the |there |these |those |some |any )(?:\w+ ){1,9}?"
    r"(?:a |an |the )?(?:sign|signs|symptom|symptoms|warning sign|red flag) of\b|"
    r"\bwhat would you (?:diagnose|call)\b|\bwhat(?: do you think)? (?:it|this) (?:is|could be)\b|"
    # "please tell what disease" / "what condition do I have": the kind of illness asked for ends the message
    r"\bwhat (?:disease|illness|sickness|infection|condition)(?: (?:is (?:it|this|that)|do i have|i have|"
    r"does (?:he|she|it|my \w+) have|(?:he|she|it) has|could (?:it|this) be))?\s*[?.!]*\s*$"
)
_EXTRA_PRESCRIBE = re.compile(
    r"\b(?:you|u)\b.{0,20}\bwrite (?:\w+ ){0,4}?(?:a |an |the )?(?:script|prescription|rx|scrip)\b|"
    r"\bwrite me (?:a |an )?(?:script|prescription|rx)\b|"
    r"\bput (?:me|him|her|us|them|my \w+(?: \w+)?) on (?:some |a |an |the )?(?:" + _MED + r"|something|anything)\b|"
    r"\bdo (?:i|we|he|she|they|you think i) need (?:antibiotics?|meds|medication|medicine)\b|"
    # giving leftover or someone else's medicine is a choice of medicine
    r"\b(?:give|take|use|have|finish)\b.{0,30}\b(?:the rest of|leftover|left over|old|someone else's|my (?:mum|mom|dad|wife|husband|"
    r"sister|brother|friend)'s)\b.{0,30}\b" + _MED + r"\b|\b" + _MED + r"\b.{0,30}\b(?:from last time|left over|leftover)\b|"
    # "which malaria tablets should I be on": choosing a medicine for someone, whatever it is for
    r"\bwhich (?:\w+ ){0,2}(?:tablets?|pills?|medicines?|medication|meds|drugs?|antibiotics?|creams?|inhalers?)\s+"
    r"(?:should|do|would|must) (?:i|he|she|we|they|my \w+) (?:be on|take|use|get|have|try|start)\b(?! (?:in|into|with|to|along)\b)"
)


def _asks(text: str) -> bool:
    """A question, a request or a stated intention, not a report of what already happened."""
    return bool(_ASK.search(text) or _INTENT.search(text))


def _counts_something_else(text: str) -> bool:
    """A "how many <noun>" ask whose noun is no medicine or unit, with no amount of a medicine in the message."""
    return bool(_COUNTED_OTHER.search(text)) and not _DOSING_VERB.search(text) and not _QTY_UNIT_RE.search(text) \
        and not _NUMERIC_UNIT_RE.search(text) and not re.search(r"\b" + _UNIT + r"\b", text)


def _english_reason(text: str) -> str | None:
    practical = bool(_PRACTICAL.search(text) or _PROCEDURE_PREP.search(text))
    asks = _asks(text)
    has_med = bool(_MED_RE.search(text))
    if asks and any(p.search(text) for p in _STRONG_CHANGE):
        return "dose_change"
    if asks and (has_med or _CHANGE_PRONOUN.search(text) or re.search(r"\b(?:it|them)\b", text)) and \
            _EXTRA_CHANGE.search(text):
        return "dose_change"
    if asks and (_AMOUNT_PHRASE.search(text) or (_COUNT_ASK.search(text) and (has_med or _SCHEDULE_RE.search(text)))) and \
            not _PRACTICAL_COST.search(text):
        return "dose_request"
    extra_dose = _EXTRA_DOSE.search(text)
    # "too much / enough" needs a medicine or a number to be about a dose ("is it too much to ask" is not)
    excess = extra_dose and extra_dose.group(0).startswith(("too", "enough", "over"))
    if asks and extra_dose and not _PRACTICAL_COST.search(text) and (
            has_med or _QTY_UNIT_RE.search(text) or (_EXCESS_AMOUNT if excess else _EXCESS_OBJECT).search(text)):
        return "dose_request"
    if any(p.search(text) for p in _DOSE_PATTERNS) and (not practical or _NUMERIC_UNIT_RE.search(text)):
        return "dose_request"
    how_much = _HOW_MUCH_RE.search(text) and not _HOW_MUCH_BENIGN.search(text) and _HOW_MUCH_DOSE.search(text)
    if how_much and not _PRACTICAL_COST.search(text) and \
            not (not has_med and (_INVENTORY_ASK.search(text) or _counts_something_else(text))):
        return "dose_request"
    if asks and not practical and any(p.search(text) for p in _WEAK_CHANGE):
        return "dose_change"
    if asks and not practical and has_med and _CHANGE_PRONOUN.search(text):
        return "dose_change"
    if asks and not practical and has_med and _SCHEDULE_RE.search(text) and _GIVE_RE.search(text):
        return "dose_request"
    if asks and not practical and _QTY_UNIT_RE.search(text) and (has_med or _NUMERIC_UNIT_RE.search(text) or
                                                                 re.search(r"\b" + _UNIT + r"\b", text)):
        return "dose_request"
    if any(p.search(text) for p in _PRESCRIBE_PATTERNS[:4]) or (
            not practical and any(p.search(text) for p in _PRESCRIBE_PATTERNS[4:])):
        return "prescription_request"
    if any(p.search(text) for p in _DIAGNOSIS_PATTERNS):
        return "diagnosis_request"
    if asks and _EXTRA_PRESCRIBE.search(text):
        return "prescription_request"
    if _EXTRA_DIAGNOSIS.search(text):
        return "diagnosis_request"
    return None


def _chinese_reason(text: str) -> str | None:
    practical = bool(_ZH_PRACTICAL.search(text))
    if re.search(r"加倍|翻倍|双份|两倍|两份", text):
        return "dose_change"
    if _ZH_DOSE.search(text) and not practical:
        return "dose_request"
    if _ZH_CHANGE.search(text) and not practical and (re.search(_ZH_MED, text) or not _ZH_CHANGE_NEEDS_MED.fullmatch(
            _ZH_CHANGE.search(text).group(0))):
        return "dose_change"
    if _ZH_QTY.search(text) and _ZH_ASK.search(text) and not practical and (
            re.search(_ZH_MED, text) or re.search(r"(?:吃|服|用|喂|给|喝)", text)):
        return "dose_request"
    if _ZH_PRESCRIBE.search(text) and not practical:
        return "prescription_request"
    if _ZH_DIAGNOSIS.search(text):
        return "diagnosis_request"
    return None

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
    """What the assistant may do with a request, and why.

    With the learned second opinion on, `learned` says when the net changed the rules' decision: "redirect" (the
    rules did not redirect, the net did: rule "learned.scope", reason from learned.redirect_reason) or "veto" (the
    rules redirected for `rules_reason`, the net vetoed it: the rules' own non-redirect decision), with the net's
    probability; all None when the rules decided."""

    decision: str
    reason: str | None = None
    rule: str | None = None
    learned: str | None = None
    learned_probability: float | None = None
    rules_reason: str | None = None


# Text-speak and common misspellings of the words the cues are built from ("hw much shud i give").
_SLANG = {
    "hw": "how", "hwo": "how", "shud": "should", "shld": "should", "shd": "should", "wat": "what", "wut": "what",
    "wht": "what", "cn": "can", "u": "you", "ur": "your", "pls": "please", "plz": "please", "abt": "about",
    "tonite": "tonight", "2nite": "tonight", "gimme": "give me", "giv": "give", "tak": "take",
    "mch": "much", "muh": "much", "mny": "many",
    "wud": "would", "wld": "would", "cud": "could", "cld": "could", "vit": "vitamin", "vits": "vitamins",
    "kiddo": "kid", "bub": "baby", "bubba": "baby", "bb": "baby",
    # Round 6: more text-speak for the verbs and amounts the cues read ("cn i tk 2", "dbl up b4 bed")
    "tk": "take", "tkn": "taken", "takin": "taking", "givin": "giving", "hv": "have", "hav": "have", "dbl": "double",
    "b4": "before", "amt": "amount", "qty": "quantity", "howmuch": "how much", "howmany": "how many", "2day": "today",
    "2moro": "tomorrow", "2nyt": "tonight", "wen": "when", "shuld": "should",
    "wot": "what", "wiv": "with", "sumthin": "something", "sumthing": "something", "somethin": "something",
    "smth": "something", "sth": "something", "sum": "some", "summat": "something", "nuthin": "nothing",
    # Round 15: internet slang
    "thru": "through", "tho": "though", "cuz": "because", "coz": "because", "wetin": "what", "ya'll": "you all",
    "y'all": "you all",
}
# "2 much", "2 many": the digit stands for "too" before an amount word (round 6)
_TOO_RE = re.compile(r"(?<![\w.])2 (?=(?:much|many|strong|often|soon|high|low|close|early|late)\b)")
_SLANG_RE = re.compile(r"(?<![\w'])(?:" + "|".join(sorted((re.escape(k) for k in _SLANG), key=len, reverse=True)) +
                       r")(?![\w'])")
# Cantonese (Hong Kong) wording -> the Mandarin the Chinese cues are written in. Both scripts are listed because
# this runs before folding. 食 is "eat" in Cantonese, but not in 食物/食品/食堂/饮食 ("food", "canteen").
_CANTONESE = [
    (re.compile(r"可唔可以"), "可不可以"), (re.compile(r"得唔得"), "行不行"),  # phrases before their single characters
    (re.compile(r"唔[該该]"), "麻烦"),  # round 20: "please" / "thank you", not 不该 ("should not")
    (re.compile(r"(?<![饮飲零粮糧])食(?![物品堂欲谱譜材道管疗療疗])"), "吃"), (re.compile(r"[幾几]多"), "多少"),
    (re.compile(r"[唔冇]"), "不"), (re.compile(r"咗"), "了"), (re.compile(r"佢"), "他"), (re.compile(r"嘅"), "的"),
    (re.compile(r"啱"), "合适"), (re.compile(r"[係系](?=唔|咪|咪|不)"), "是"), (re.compile(r"[畀俾]"), "给"),
    (re.compile(r"[點点]樣"), "怎么"), (re.compile(r"老豆|老竇"), "爸爸"), (re.compile(r"邊度|边度"), "哪里"),
    (re.compile(r"先(?=[啱合])"), ""), (re.compile(r"是咪|是不[係系]"), "是不是"), (re.compile(r"嚟[㗎架啊嘅]"), "吗"),
    # Round 4 (blind batch 4's Cantonese misses, by class): "finished" (食晒), "together" (一齊), "some" (啲),
    # "here" (喺度), "tell me" (話我知), "yesterday" (琴日), "tired" (攰), "need or not" (使唔使 -> 使不使), "which" (邊隻).
    (re.compile(r"(?<=[吃用])[晒曬]"), "完"), (re.compile(r"一[齊齐]"), "一起"), (re.compile(r"啲"), "些"),
    (re.compile(r"[喺響响]度"), "在这里"), (re.compile(r"喺"), "在"), (re.compile(r"[話话]我知"), "告诉我"),
    (re.compile(r"琴日|尋日|寻日"), "昨天"), (re.compile(r"攰"), "累"), (re.compile(r"使不使"), "要不要"),
    (re.compile(r"[邊边](?:隻|只|種|种|款)"), "哪种"), (re.compile(r"[乜咩](?:嘢|野)?(?=[藥药])"), "什么"),
    (re.compile(r"夜晚"), "晚上"), (re.compile(r"有不(?=[^，。？?,]{0,6}[?？嗎吗])"), "有没有"),
    # Round 5: 咩/乜 ("what") before a noun, 係 ("is") before them, 點解 ("why"), a final 嚟 (a particle).
    (re.compile(r"[係系](?=[咩乜])"), "是"), (re.compile(r"(?:咩|乜)(?:嘢|野)?(?=[\u4e00-\u9fff])"), "什么"),
    (re.compile(r"[點点]解"), "为什么"), (re.compile(r"嚟(?=\s*[?？。!！]*\s*$)"), "呢"),
    # 係 ("is") after "will it / maybe / should be" (會唔會係, 可能係, 應該係)
    (re.compile(r"(?<=[会會]不[会會])[係系]|(?<=可能)[係系]|(?<=[应應][该該])[係系]"), "是"),
    # Round 6: Taiwanese chat writing (bopomofo for particles: ㄉ 的, ㄇ 嗎, ㄅ 吧, ㄌ 了, ㄋ 呢; 醬 for 這樣 before
    # 是/會/就/要/算) and northern dialect pronouns (俺, 咱 for 我; 偶 for 我 except in 偶尔/偶然/偶像).
    (re.compile(r"ㄉ"), "的"), (re.compile(r"ㄇ"), "吗"), (re.compile(r"ㄅ"), "吧"), (re.compile(r"ㄌ"), "了"),
    (re.compile(r"ㄋ"), "呢"), (re.compile(r"[醬酱](?=[是會会就要算])"), "这样"),
    (re.compile(r"俺|咱(?!们|們)"), "我"), (re.compile(r"偶(?![尔爾然像数數遇发發])"), "我"),
    # Cantonese 食埋 ("take ... as well", i.e. together) and 定 between two amounts ("兩粒定一粒": or)
    (re.compile(r"(?<=[食吃用飲饮])埋"), "一起"), (re.compile(r"(?<=[粒片顆颗包次滴格支])定(?=[一二兩两三四半1-9])"), "还是"),
    # Round 15: 食開/用開 ("usually take", 平時食開嘅藥) is the medicine already taken, not 開藥 (prescribing)
    (re.compile(r"(?<=[食吃用飲饮搽])[開开](?=[嘅的啲些嗰])"), "惯"),
    # Round 15: Sichuan (south-western Mandarin): 好多 after a taking verb and before a question or a unit is "how
    # much" (布洛芬一次吃好多嘛; 吃了好多药 "took a lot" keeps its 了), 啥子 "what", 咋个 "how", 要得不 "OK or not".
    (re.compile(r"(?<=[吃喂服用给喝打])好多(?=[^了,，。]{0,3}(?:嘛|哦|喃|呢|哇|[?？]|$)|(?:毫升|ml|片|粒|颗|包|袋|滴|格)"
                r"[^,，。]{0,3}(?:嘛|哦|喃|呢|哇|[?？]|$))"), "多少"),
    (re.compile(r"啥子"), "什么"), (re.compile(r"咋个"), "怎么"), (re.compile(r"要得不|要不要得"), "行不行"),
]
# Round 15: Chinese words that carry a change or prescribing character without meaning one: places (新加坡, 加拿大),
# parking a vehicle (停房车, 停电动车), and what the internet says (网上说副作用大) -- a source, not online supply.
_ZH_NOT_A_CUE = [
    (re.compile(r"新加坡|加拿大|加州|加勒比|加纳|加德满都|加利福尼亚|开罗"), "外地"),
    (re.compile(r"停(?=[^,，。?？车场]{1,3}车)"), "泊"),
    (re.compile(r"(?:网上|网络上|上网|网友)(?=(?:有人|都|也)?(?:说|讲|话|写|看到|查到|查|搜到|搜|讲到|看(?!病|诊|医|门诊|急诊|专家|大夫)))"), "听人"),
]
# Longer medicine names, for catching typos ("ibuprofin", "amoxicilin"); short names are left out because
# one edit turns them into everyday words ("aleve" -> "alive").
_FUZZY_MEDS = sorted({name for name in re.findall(r"[a-z]{7,}", _MED_NAMES)})
_FUZZY_BY_HEAD: dict[str, list[str]] = {}
for _name in _FUZZY_MEDS:
    _FUZZY_BY_HEAD.setdefault(_name[:2], []).append(_name)


def _within_edits(word: str, target: str, limit: int) -> bool:
    """Levenshtein distance <= limit, with an early exit (both words are short)."""
    if abs(len(word) - len(target)) > limit:
        return False
    previous = list(range(len(target) + 1))
    for i, ch in enumerate(word, 1):
        current = [i]
        for j, other in enumerate(target, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch != other)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _fix_medicine_typos(text: str) -> str:
    """Replace a misspelt long medicine name with the listed spelling, so every cue that needs a medicine sees it."""
    def fix(match: re.Match) -> str:
        word = match.group(0)
        if _MED_RE.fullmatch(word):
            return word
        for name in _FUZZY_BY_HEAD.get(word[:2], ()):
            if _within_edits(word, name, 1 if len(name) < 9 else 2):
                return name
        return word
    return re.sub(r"\b[a-z]{6,}\b", fix, text)


# Voice-to-text writes punctuation as words ("what is omeprazole for full stop"); "stop" there is no medicine
# change. "period" is left alone: it is also a menstrual period. 伐 is the Wu (Shanghai) question particle 吗.
_DICTATED_PUNCTUATION = {"full stop": ".", "question mark": "?", "exclamation mark": "!", "new paragraph": ".",
                         "new line": ".", "句号": "。", "句號": "。", "问号": "？", "問號": "？", "逗号": "，", "逗號": "，"}
_DICTATED_PUNCTUATION_RE = re.compile(r"(?i)\b(?:full stop|question mark|exclamation mark|new paragraph|new line)\b|"
                                      r"句[号號]|[问問][号號]|逗[号號]")


def scope_text(text: str) -> str:
    """The form the scope rules read: Cantonese and text-speak mapped, normalised, Traditional folded, typos fixed."""
    text = text[:20000]
    if re.search(r"[\u4e00-\u9fff]", text):
        text = re.sub(r"伐(?=\s*(?:[？?。，,!！]|$))", "吗", text)
        for pattern, replacement in _CANTONESE:
            text = pattern.sub(replacement, text)
    text = _DICTATED_PUNCTUATION_RE.sub(lambda m: _DICTATED_PUNCTUATION[m.group(0).lower()], text)
    norm = fold_traditional(normalize(text))
    if re.search(r"[\u4e00-\u9fff]", norm):
        for pattern, replacement in _ZH_NOT_A_CUE:
            norm = pattern.sub(replacement, norm)
        # round 48: "which kind of illness" (像哪种病, 聽起來像哪一種病, 似边种病) asks what "什么病" asks
        #           when it closes the question ("哪种病需要空腹" asks about a rule, and keeps its words)
        norm = re.sub(r"(?:哪|边)(?:一)?(?:种|类|个|样|款)(?:的)?(?:疾病|病)(?=(?:呢|啊|吧|嘛|呀|嚟|来的)?\s*(?:[?？。!！]|$))", "什么病",
                      norm)
        # round 57: regional "is it OK?" tags (山东 中不中, 东北 成不成 / a closing 不: 还能再吃两片不) ask as 行不行 / 吗
        # do; 大夫 is 医生; 整 before an amount (再整两片) is the take-verb
        norm = re.sub(r"(?:中不中|成不成|中吗|可中|中不|妥不妥|得不得)(?=\s*(?:[?？。!！,，]|$))", "行不行", norm)
        norm = re.sub(r"(?<=[片粒颗包袋支次个])不(?=\s*(?:[?？。!！]|$))", "吗", norm)
        norm = re.sub(r"(?<!士)大夫", "医生", norm)
        norm = re.sub(r"整(?=(?:[0-9]+|[一两二三四五六七八九十半几])\s*(?:片|粒|颗|包|袋|支))", "吃", norm)
        norm = _dressing_change_named(norm)
    norm = _SLANG_RE.sub(lambda m: _SLANG[m.group(0)], norm)
    norm = _TOO_RE.sub("too ", norm)
    # "my other half" is a partner, not half a tablet (R38's "my other half says it's the worst spot" read as a change)
    norm = re.sub(r"\b(my|his|her|your|our|their) other half\b", r"\1 partner", norm)
    # round 48: "half-used puffers", "a half-empty bottle" say how full a container is; no dose is halved
    norm = re.sub(r"\bhalf[- ](?:used|empty|full|finished|gone|opened|open|done)\b", "part-used", norm)
    # "in order to", "would it be in order for me to": no ordering (round 15's formal letters)
    norm = re.sub(r"\bbe in order for\b", "be ok for", re.sub(r"\bin order to\b", "to", norm))
    # text-speak "r" for "are" at the start of a question or before a pronoun ("r these symptoms of covid")
    norm = re.sub(r"(?:^|(?<=[,.?!] ))r\b(?= \w)|\br\b(?= (?:u|you|these|those|they|we|my|his|her|the|there|them|ur|your)\b)",
                  "are", norm)
    return _fix_medicine_typos(norm)


# Session 43 (lead): 换药 / 換藥 is the everyday word for a wound-dressing change as much as for switching medicines;
# "出院了还要换药，是回医院换还是去社区医院换" and "手術完要換藥，可以自己在家換嗎" were redirected as medicine changes (u43's
# first read). Read it as a dressing (换敷料) when the message names a wound or an operation, or asks where / how often
# / whether it hurts to have it changed, and names no medicine besides and no taking of one.
_DRESSING_CONTEXT = re.compile(
    r"伤口|刀口|切口|创口|创面|疤|手术|术后|开刀|动刀|缝针|缝线|缝了|拆线|纱布|敷料|绷带|胶布|换药室|烧伤|烫伤|擦伤|造口|造瘘|引流|"
    r"导管|picc|褥疮|压疮|溃疡|流脓|化脓|结痂|石膏")
_DRESSING_ASK = re.compile(
    r"(?:自己|在家|家里|回医院|去医院|社区|门诊|诊所|卫生院|卫生所|哪里|哪儿|哪个|去哪)[^，,。？?！!]{0,6}换|"
    r"换(?:一次|一下|次)?药(?:的时候|时)?[^，,。？?]{0,5}(?:疼|痛)|(?:天天|每天|隔天|隔一天|几天|多久)[^，,。？?]{0,3}换(?:一次|一回)?")
# a medicine itself is _ZH_MED (药 among it); these are its taking
_MEDICINE_TAKEN = re.compile(r"吃|服|喝|剂量")
# "换一次药" (how often the dressing is changed) is the same word split by its count
_DRESSING_WORD = re.compile(r"换(?:一次|一下|次)?药(?!吃|物)")


def _dressing_change_named(norm: str) -> str:
    """换药 read as a dressing change (换敷料) where the message is about a wound and names no medicine besides."""
    if not _DRESSING_WORD.search(norm) or not (_DRESSING_CONTEXT.search(norm) or _DRESSING_ASK.search(norm)):
        return norm
    rest = _DRESSING_WORD.sub("", norm)
    if _MEDICINE_TAKEN.search(rest) or re.search(_ZH_MED, rest):
        return norm
    return _DRESSING_WORD.sub("换敷料", norm)


# ------------------------------------------------------------------------------------ concept layer (round 3)
# A second, independent pass that combines concept lexicons instead of phrasings: (an amount/frequency ask)
# x (a medicine or a dose unit) is a dose request; (a change verb) x (a medicine) is a medication change;
# (a diagnosis frame) x (a condition, a symptom or a person) is a diagnosis request; (a choose-for-me frame)
# x (a complaint or a class of medicine) is a prescription request. Written from the concepts, before test
# batch sp ran (data_cards/safety_scope_phi_sp.md); practical supply/storage/travel wording vetoes the
# weaker combinations, because the knowledge base answers those questions.
_C_MED_EXTRA = (r"(?:creams?|gels?|ointments?|liquid|solution|mixture|lotion|spray|pens?|the generic(?: one)?|"
                r"a generic one|[a-z]{3,}(?:izine|apine|amide|oxine|zide|arin|idine|ipine|onide|olam|oxacin|vir|mab|nib|"
                r"gliptin|zole|thromycin|cillin|sone|lone)|\d+ ?(?:mg|mcg|ml) (?:tablets?|pills?|capsules?|ones?))")
_C_MED = r"(?:" + _MED + r"|" + _C_MED_EXTRA + r")"
_C_MED_RE = re.compile(r"\b" + _C_MED + r"\b")
_C_UNIT_RE = re.compile(r"\b(?:mg|mgs|mcg|ml|mls|milligrams?|millilit(?:re|er)s?|tablets?|pills?|capsules?|caps|puffs?|"
                        r"spoons?|spoonfuls?|teaspoons?|drops?|sachets?|doses?|dosage|dosing)\b")
_C_QTY_ASK = re.compile(
    r"\bhow (?:much|many|often|frequently|strong|many times)\b|\bwhat (?:amount|quantity|strength|dose|dosage|dosing)\b|"
    r"\bsafe (?:amount|dose|quantity|limit|maximum)\b|\bmax(?:imum)?\b|\bthe most\b|\b(?:the|his|her|my) (?:\w+ )?"
    r"(?:dose|dosage|dosing) (?:for|of)\b|\bdosing (?:for|of)\b|\bin (?:one|a single) go\b|\bat once\b|\bper day\b|\bin 24\b|"
    r"\bwhich (?:one|strength) and how\b")
_C_ASK = re.compile(r"\?|\b(?:can|could|may|should|shall|would|will|do|does|is|are|am)\b|\b(?:tell me|need to know|"
                    r"want to know|let me know|please|pls|advise|confirm|good idea|fine|ok|okay|alright|safe|harm|"
                    r"right|wise|allowed)\b|\b(?:i'd|i would|i want to|i'm going to|thinking of|planning to)\b")
_C_SUPPLY = re.compile(
    r"\b(?:order\w*|repeat(?:s| prescriptions?)?|refills?|renew\w*|collect\w*|pick(?:ed|ing)? (?:\w+ ){0,2}up|deliver\w*|"
    r"post(?:ed)?|stor(?:e|ed|ing|age)|keep (?:it|them|\w+) (?:in|at|out)|where should i keep|fridge|room temperature|"
    r"dispos\w*|get rid of|throw (?:away|out)|travel\w*|plane|flight|flying|hand luggage|luggage|abroad|holiday|"
    r"cost\w*|price|pay|paying|charge|lost|ran out|run out|running out|nearly out|expir\w*|out of date|label|leaflet|"
    r"request|app|portal|box|pack|packet|strip|come in|comes in|pharmacy (?:open|shut|close)|ready|side effects?|used for|contagious|symptoms of|treated)\b")
_C_CHANGE = re.compile(
    r"\b(?:double|doubling|triple|halve|halving|half|increase|decrease|reduce|lower|raise|cut (?:\w+ )?(?:down|back)|"
    r"knock (?:\w+ )?(?:down|up|off)|go (?:up|down)|going (?:up|down)|come (?:off|down)|coming off|get off|ease off|"
    r"stop(?!(?: \w+){0,3} (?:from|getting|going|leaking|blocking|clogging|sticking|freezing))|stopping|quit|quitting|skip|skipping|miss|missing|drop|dropping|swap|swapping|switch|switching|change (?:to|over)|"
    r"taper|wean|restart|resume|pause|give up|leave off|keep (?:on )?(?:with|taking)|stay on|carry on|catch up|make up|"
    r"take (?:two|2|both|an extra|extra|a double|double|another|more|less)|an extra|one more|stop giving|not give|"
    r"bump (?:\w+ )?up|up (?:it|the dose|my dose))\b")
_C_CONDITION = (r"(?:" + _CONDITION + r"|whooping cough|cold|bug|uti|lyme|stones?|clot|thyroid|ibs|fever|"
                r"disease|syndrome|disorder|condition|illness|something (?:else|serious|bad)|[a-z]{3,}(?:itis|osis|oma|emia|aemia))")
_C_DIAG_FRAME = re.compile(
    r"\b(?:is (?:it|this|that)|could (?:it|this|that) be|might (?:it|this|that) be|would (?:it|this|that) be|"
    r"could (?:these|those|this|that|it)(?: symptoms?)? (?:mean|be|indicate)|does (?:this|that|it|\w+ ?\w*) mean (?:i|he|she|"
    r"we|they|my \w+)|do (?:i|you think i|we) (?:have|got)|have i (?:got|caught)|(?:has|does) (?:he|she|my \w+) (?:got|have)|"
    r"is (?:he|she|my \w+) (?:getting|having|coming down with))\b(?: [\w']+){0,4}? (?:a |an |the |just )?" + _C_CONDITION + r"\b|"
    r"\b" + _C_CONDITION + r" or (?:something|anything) else\b|"
    r"\bwhat (?:do you think|would you say) (?:this|it|that|he|she|i) (?:is|has|have|might be|could be)\b|"
    r"\bwhat (?:could|might|would) (?:that|this|it) be(?: from)?\b|\bwhat (?:is|could be|might be) (?:this|it) from\b|"
    r"\bwhat(?: is|'s)? (?:wrong|up|going on) with (?:me|my|him|her|them|our|us|\w+'s)\b|"
    r"\bwhich (?:condition|illness|disease|infection|problem) (?:do|does|have|has|am|is|might|could)\b|"
    r"\b(?:tell me|work out|figure out|find out|guess) what (?:illness|condition|disease|infection|i|he|she|they|my \w+)"
    r"(?: [\w']+){0,3}? (?:have|has|got|is|am)\b|\bwhat (?:illness|condition|disease|infection) (?:do|does|have|has|"
    r"is|am)\b|\bdiagnos(?:e|is)\b")
# "...a walk in the woods. Lyme?": a message that ends by asking a bare condition name about a described complaint
_C_BARE_CONDITION_ASK = re.compile(r"(?:^|[.!,;]\s*)" + _C_CONDITION + r"\s*\?+\s*$")
# ... or any one- or two-word guess after a described symptom ("a barking cough for 3 days. croup?")
_C_BARE_GUESS = re.compile(r"[.!;]\s+(?!(?:what|how|when|where|why|who|which|ok|okay|right|thanks|thank|please|any|yes|no|"
                           r"help|ideas?|advice|anyone)\b)([a-z][a-z'-]{2,20}(?: [a-z][a-z'-]{2,20})?)\s*\?+\s*$")
_C_SYMPTOM_RE = re.compile(r"\b" + _SYMPTOM + r"\b")
# Shapes that look like a request but are not one: a claim checked ("is it true that"), a container count
# ("how many come in a box"), stopping a thing from happening ("stop my inhaler getting blocked"), supply (停产, 一盒).
_NOT_A_REQUEST = {
    # "what kind of disease is diabetes?" asks about a NAMED condition (general information), not what the asker has
    "diagnosis_request": re.compile(r"\bis it true\b|\bis that true\b|^what (?:kind|sort|type) of (?:illness|disease|condition|"
                                    r"sickness|infection|cancer) (?:is|are) (?!(?:this|that|it|these|those|dis|dat|mine|my|his|"
                                    r"her|their|our|the|a|an|what|wrong|going)\b)[a-z][\w' -]{2,30}\?*\s*$"),
    "dose_request": re.compile(r"\b(?:come|comes) in (?:a|each|the|one)\b|\bin (?:a|each|one) (?:box|pack|packet|strip|bottle)\b|"
                               r"一盒|每盒|一瓶|每瓶|一板|包装"),
    "dose_change": re.compile(r"\bstop (?:\w+ ){0,3}(?:from|getting|going|leaking|blocking|clogging|sticking|freezing|working|"
                              r"affecting|interfering)\b|停产|缺货"),
}
_C_RX_FRAME = re.compile(
    r"\bwhat (?:should|could) (?:i|we|he|she|they|my \w+) (?:take|use|have|give \w+|try|put on)\b(?= for\b| to (?:help|ease|"
    r"relieve|stop|treat|get rid)\b)|"
    r"\bwhich (?:\w+ ){0,2}(?:is|are|would be|works?) (?:best|better|good|right)\b|\brecommend (?:something|anything|a|an|some|me)\b|"
    r"\bwhat (?:\w+ )?would you (?:give|recommend|suggest|prescribe|use)\b|\b(?:i|we|he|she) need (?:some |an? )?"
    r"(?:antibiotics?|meds|medication|medicine|something|cream|inhaler) for\b|"
    r"\bsend (?:something|a prescription|a script|meds|some \w+) (?:to|over)\b|"
    r"\bprescribe\b|\bcan you (?:give|get) me something\b")
# "can you sort it out" asks for a treatment only about a medicine or a symptom: about a bill, a letter or a parking fine
# it asks for help with the paperwork (R18, spent: "a question on my hospital bill ... can the nurses sort it out?")
_C_SORT_OUT = re.compile(r"\bsort (?:that|it|me|this) out\b")
_C_SORT_OUT_ABOUT = re.compile(r"\b(?:" + _SYMPTOM + r"|" + _C_CONDITION + r"|infection|flare\w*|rash|eczema|acne)\b")

_ZH_C_MED = r"(?:" + _ZH_MED + r"|药水|药膏|止咳水|退烧水|咳水|[\u4e00-\u9fff]{1,3}(?:林|定|素|钠|钙|宁|平|酸|尼))"
_ZH_C_QTY = re.compile(r"几(?:片|粒|颗|毫升|ml|cc|包|袋|滴|勺|次|格|支|喷|个单位|单位)|多少(?:量|毫升|ml|cc|片|粒|毫克|mg|克|袋|包|滴)|"
                       r"多大(?:的)?(?:量|剂量)|剂量|用量|用法(?!说明书|说明(?!一下)|标签|标贴|贴纸)|最多|够不够|多少才|才对|多少合适|补多少|喂多少|吃多少|给多少|喝多少")
_ZH_C_CHANGE = re.compile(r"停(?!产|车|诊|业|电|水|留|靠|课|工)|加量|减量|减半|加倍|换成|换|不吃|少吃|多吃|补(?:一次|一片|一粒)|自己加|先停|不用吃|吃两次|"
                          r"两次|加大|减少")
_ZH_C_ASK = re.compile(r"吗|么|行不行|可不可以|可以|能不能|能否|呢|[?？]|要不要|好不好|合适|会不会|有问题|行吧")
_ZH_C_CONDITION = (r"(?:(?:(?![什么啥])[\u4e00-\u9fff]){0,5}(?:炎|病|症|癌|瘤|疹|疮|癣|疣|痘|风湿|结石|感染|溃疡|突出|贫血|痛风|甲亢|甲减|疱疹|过敏|骨折|中风|"
                   r"结节|囊肿|息肉|哮喘|血栓|疝)|有问题|出问题|不正常)")
_ZH_C_DIAG = re.compile(r"(?:是不是|会不会是|会是|是得了|得了|得的是|患了|是否|可能是|像是|算不算|是)[^，。？?什啥]{0,8}?" +
                        _ZH_C_CONDITION + r"(?:了)?(?:吗|么|吧|呢|啊|嚟|[?？]|\s*$)|到底得了什么|得了什么病|"
                        r"(?:会是|会不会是)[^，。？?什啥]{1,6}(?:吗|么|吧|呢|[?？])")
_ZH_C_RX = re.compile(r"(?:吃|用|打|涂|擦|抹)(?:点|些)?(?:什么|啥|哪种|哪个|哪些|哪一种)(?:[\u4e00-\u9fff]{0,4}药|好)|开(?:点|些|一些)?[^，。？?]{0,4}"
                      r"(?:抗生素|消炎药|止痛药|感冒药|安眠药|药膏|药)(?:吧|吗|么|呢|[?？]|$)")


# Restarting at a different amount is a dose change even in a message about running out (batch sp's first run).
_C_RESTART_AMOUNT = re.compile(r"\b(?:restart|resume|start again|go back on|start back)\b.{0,40}\b(?:less|lower|smaller|half|"
                               r"normal amount|same amount|full (?:dose|amount)|usual (?:dose|amount)|fewer)\b")


_COSMETIC_GEL = re.compile(r"\b(?:gel (?:nails?|polish|manicure|extensions?)|(?:hair|shower|bath|styling|nail) gels?)\b")


def concept_reason(norm: str) -> str | None:
    """The redirect reason from concept combinations on scope_text() output, or None."""
    if _C_RESTART_AMOUNT.search(norm):
        return "dose_change"
    supply = bool(_C_SUPPLY.search(norm) or _PROCEDURE_PREP.search(norm))
    ask = bool(_C_ASK.search(norm))
    # gel nails, hair gel, shower gel are no medicine: "do they have to come off before my op" is preparation
    has_med = bool(_C_MED_RE.search(_COSMETIC_GEL.sub(" ", norm)))
    if ask and not supply and _C_QTY_ASK.search(norm) and (has_med or _C_UNIT_RE.search(norm)):
        return "dose_request"
    if ask and not supply and has_med and _C_CHANGE.search(norm):
        return "dose_change"
    if _C_DIAG_FRAME.search(norm) and not supply:
        return "diagnosis_request"
    if _C_BARE_CONDITION_ASK.search(norm) and len(norm) > 25:
        return "diagnosis_request"
    if _C_BARE_GUESS.search(norm) and _C_SYMPTOM_RE.search(norm[:_C_BARE_GUESS.search(norm).start()]):
        return "diagnosis_request"
    if (_C_RX_FRAME.search(norm) or (_C_SORT_OUT.search(norm) and (has_med or _C_SORT_OUT_ABOUT.search(norm)))) and not supply:
        return "prescription_request"
    zh_practical = bool(_ZH_PRACTICAL.search(norm) or re.search(r"一盒|每盒|一瓶|每瓶|一板|包装|停产|缺货", norm))
    zh_med = re.search(_ZH_C_MED, norm)
    if not zh_practical and _ZH_C_QTY.search(norm) and (zh_med or re.search(r"[吃喂服喝给用]", norm)) and _ZH_C_ASK.search(norm):
        return "dose_request"
    if not zh_practical and zh_med and _ZH_C_CHANGE.search(norm) and _ZH_C_ASK.search(norm):
        return "dose_change"
    if _ZH_C_DIAG.search(norm):
        return "diagnosis_request"
    if not zh_practical and _ZH_C_RX.search(norm):
        return "prescription_request"
    return None


# ------------------------------------------------------------------------------------ round 4 (blind batch 4)
# Classes that batch blind4 (written by someone who never saw these rules) found missing, each written from the
# concept, not from its sentences: combining two medicines, restarting or skipping one, moving it to another time,
# swapping it for another kind, taking someone else's, crushing it into food; asking to be given or prescribed a
# medicine (also "can I have a prescription", "write me up some", "開啲X俾我", "幫我開"); "tell me if this is X",
# a long symptom list before "be X", organ-plus-state guesses (肝有事, 甲狀腺低, liver damage).
_R4_CONNECT = re.compile(r"\b(?:with|and|alongside|plus|together|on top of|at the same time|same time as|as well as|mixed with)\b")
_R4_COMBINE_VERB = re.compile(r"\b(?:take|taking|give|giving|have|having|use|using|mix|mixing|combine|combining|be on)\b")
_R4_START_AGAIN = re.compile(r"\b(?:start|starting|begin|go back on|get back on|get back to|pick up)\b (?:[\w'-]+ ){0,3}?" + _C_MED +
                             r"\b(?: [\w'-]+){0,2}? (?:again|back up|once more)\b")
_R4_NOT_PROCESS = re.compile(
    r"\b(?:how|where|when|what time|without|over the counter|otc|from (?:the |a )?(?:pharmacy|chemist|shop|supermarket|"
    r"store)|deliver\w*|sent|send it|posted|collect\w*|online|app|portal|cost\w*|price|pay|charge\w*|free|repeat|refills?|"
    r"ready|transferr\w*|paper|electronic|travel\w*|abroad|holiday|nhs exemption)\b")
_R4_GIVE_ME = re.compile(
    r"\b(?:give|get|send|prescribe|find) (?:me|him|her|us|them|my \w+) (?:something|anything|some|a few|a couple|more|an? "
    r"(?:prescription|script|rx))\b(?=.{0,40}\b(?:for|like|to help|to ease|to stop|to get|to sort|to calm)\b|\s*(?:please\s*)?[?.!]*\s*$)|"
    r"\bwrite (?:me|him|her|us)(?: up| out)? (?:a |an |some |a few |more |another )?(?:[\w'/-]+ ){0,3}?(?:" + _C_MED +
    r"|prescription|script|rx)\b|\bsort (?:me|him|her|us)(?: out)?(?: with)? (?:a |an |some |a few )?(?:[\w'/-]+ ){0,2}?"
    r"(?:prescription|script|rx|" + _C_MED + r")\b|"
    r"\b(?:can|could|may|will) (?:i|we|he|she|you|u)(?: just| please)? (?:have|get|be given|be prescribed|give me|send me|"
    r"prescribe(?: me)?)(?: me)? (?!(?:my|his|her|the|our|their|this|that|these|those|it|them)\b)"
    r"(?:a |an |some |a few |a couple of |more |extra |another )?(?:[\w'/-]+ ){0,2}?"
    r"(?:prescription|script|rx|" + _MED + r")\b(?! (?:delivered|sent|posted|collected|transferred|renewed|ready|form))|"
    r"\bwhat (?:can|could|should|do|would) (?:i|we|he|she|they|my \w+|you)(?: \w+)? (?:take|use|give \w+|try|buy|get|"
    r"put on)(?: \w+)? (?:for|to help|to ease|to relieve|to treat|to stop|to get rid)\b|"
    r"\bwhat(?:'s| is| are| would be) (?:the )?(?:best|good|better|strongest|right)(?: thing| stuff| one| \w+)? "
    r"(?:to take |to use |to give (?:\w+ )?|to try )?for\b")
_R4_TELL_IF = re.compile(r"\b(?:tell me|let me know|say|know|confirm|check|see)(?: \w+){0,2}? (?:if|whether) (?:this|that|it|"
                         r"these|those|i|he|she|we|my \w+|the \w+)\b")
_R4_CONDITION = (r"(?:" + _C_CONDITION + r"|(?:liver|kidney|heart|nerve|brain|lung|bone|thyroid|bowel|stomach|eye) "
                 r"(?:damage|failure|disease|problems?|issues?|trouble)|deficien\w+|(?:an? )?(?:under|over)active \w+|"
                 r"low thyroid|high (?:blood )?sugar|low (?:blood )?sugar|damage)")
_R4_DIAG = re.compile(
    r"\b(?:could|might|can|would|is|are|does|do) (?:my|his|her|their|our|this|these|those|the|it|that)\b[^.?!]{0,120}?\b"
    r"(?:be|mean|indicate|point to|be a sign of|be signs of) (?:a |an |the |some |i have |i've got )?(?:\w+ ){0,2}?"
    + _R4_CONDITION + r"\b|"
    r"\b(?:is|could|might) (?:it|this|that|these|those) (?:be )?(?:\w+ ){0,2}?(?:damage|failure|deficien\w+|"
    r"(?:under|over)active \w+)\b")
# Chinese (read after Cantonese mapping and folding): 和/跟/同 + together; skip, timing, switching to another kind,
# restarting, someone else's medicine, crushing into food; directed prescribing; organ-plus-state guesses.
# Herbs and supplements interact too (St John's wort, grapefruit, 姜黄): they count as the second medicine.
_R4_SUPPLEMENTS_EN = r"(?:turmeric|ginseng|ginkgo|st john'?s wort|fish oil|grapefruit(?: juice)?|echinacea|valerian|cod liver oil)"
_R4_ZH_SUPPLEMENTS = r"(?:姜黄|人参|银杏|灵芝|虫草|当归|鱼油|中成药|凉茶|西柚|葡萄柚|保健品|补品)"
_R4_ZH_MED = r"(?:" + _ZH_C_MED + r"|" + _R4_ZH_SUPPLEMENTS + r"|中药|西药|剂(?!量)|[\u4e00-\u9fff]{1,4}(?:剂(?!量)|丸|水(?=[和跟同与及,，]|一起)))"
_R4_ZH_TOGETHER = re.compile(r"(?:一起|同时|一块儿?|混着|混在一起|搭配|配着|一同)(?:吃|服|用|喝|打|涂)?")
_R4_ZH_CHANGE = re.compile(
    r"跳过|跳(?:一|1)?(?:次|顿|天)|漏(?:吃|服|用|打)|(?:不|停)(?:吃|服|用|打)?(?:一|1)(?:次|顿|天|晚)|"
    r"改(?:成|到|在|为)?(?:早上|早晨|晚上|睡前|饭前|饭后|中午|白天|夜里|夜间|下午|上午|隔天|每周|一周)(?:吃|服|用|打|涂)?|"
    r"转(?:成|用|去|吃|做|为|回)?(?=[^,，。?？]{0,6}(?:中药|西药|别的|其他|另|旧|以前|回|原来|仿制|第二|新的))|"
    r"重新(?:开始)?(?:吃|服|用|打)|恢复(?:吃|服|用|打)|再开始(?:吃|服|用)|(?:吃|用)回|"
    r"(?:磨碎|碾碎|压碎|掰开|掰碎|切开|捣碎|溶在|溶到|拌|沟|溝|混)[^,，。?？]{0,6}(?:粥|饭|水|牛奶|奶|果汁|食物|汤|酸奶)|"
    r"(?:吃|用|服|给[^,，。?？]{0,4}吃)(?:我|你|他|她|别人|朋友|家人|老公|老婆|先生|太太)?(?:妈|爸|妈妈|爸爸|老公|老婆|"
    r"朋友|邻居|同事|姐|哥|弟|妹|奶奶|爷爷|外婆|外公|别人)的(?:同一种|同款|一样的)?[^,，。?？]{0,6}药")
_R4_ZH_ASK = re.compile(r"吗|么|行不行|可不可以|可以|能不能|能否|呢|[?？]|要不要|好不好|合适|会不会|有问题|行吧|比较好|得不得")
# Directed at the assistant ("幫我開", "開啲X俾我"): a request to issue, even in a message about supply.
_R4_ZH_RX = re.compile(
    r"(?:帮|给|替|为)(?:我|我们|他|她|我妈|我爸|孩子|宝宝)(?:再|多|先|快|也|就|一下|线上|网上)?开(?!瑞坦)|"
    r"开(?!瑞坦)[^,，。?？]{0,10}给(?:我|他|她|我们|孩子)|开(?:个|张|点|些)?处方|"
    r"想(?:试试|试一下|试下|试|要|用)[^,，。?？]{0,8}(?:药|剂|丸|膏|" + _ZH_C_MED + r")")
# Asked impersonally ("可以在這裡開X嗎"): supply and travel wording ("出國，能多開一點嗎") still make it practical.
# "能再開嗎" (a repeat) and "白開水" (boiled water) are not a new medicine.
_R4_ZH_RX_ASK = re.compile(r"(?:能|可以|可不可以|能不能|可否)[^,，。?？]{0,6}(?<![再续白烧离打分展张睁切避躲拉解走散让放推掰撕剪敞揭隔搬挪移跑])开(?!瑞坦|水|门|关|车|会|刀|工|始|放|通|心|玩笑|单|证明|假)"
                           r"[^,，。?？]{0,8}(?:吗|么|呢|[?？]|$)")
_R4_ZH_NOT_PROCESS = re.compile(r"怎么|如何|流程|哪里|在哪|多少钱|费用|几点|要带|需要什么|手续|什么时候|哪天|多久")
_R4_ZH_ORGAN = r"(?:肝|肾|心脏|心|肺|胃|肠|甲状腺|胰腺|胰|胆|脾|前列腺|子宫|卵巢|乳腺|脑|血糖|血压|血脂|骨头|骨|关节|神经|免疫力?|荷尔蒙|激素)"
_R4_ZH_DIAG = re.compile(
    r"(?:是不是|是否|会不会|代表|说明|意味着|算不算|有没有)[^,，。?？]{0,8}" + _R4_ZH_ORGAN +
    r"(?:功能)?[^,，。?？]{0,3}(?:坏了|有事|出事|有问题|出问题|不好|低|高|亢进|减退|低下|衰竭|受损|损伤|不正常|异常|有毛病|偏高|偏低)|"
    r"(?:是不是|是否|会不会是|可能是|会是)[^,，。?？]{0,10}(?:综合征|综合症|征|生蛇|生飞蛇|缠腰龙|蛇缠腰)")
# "高血压是什么病": a condition name asked about, no person and no symptom, is a request for information.
_R4_ZH_WHAT_DISEASE = re.compile(r"^[^,，。我你他她它这那孩宝]{1,8}(?:血压|血糖|血脂|糜泻|征|病|症|炎|癌|瘤|风|喘|亢|减)"
                                 r"是(?:什么|啥)(?:病|毛病)[?？。]?$")


def _r4_two_medicines(norm: str) -> bool:
    """Two different medicines in one message, at least one of them named rather than a class.

    Two classes ("降压药和感冒药能一块儿吃吗") is a general question the knowledge base answers; a named pair is a
    personal interaction check for a pharmacist.
    """
    english = ({m.group(0) for m in _C_MED_RE.finditer(norm)} | set(re.findall(r"\b" + _R4_SUPPLEMENTS_EN + r"\b", norm))) - \
        {"doses", "dose", "dosage", "med", "meds"}
    chinese = {m.group(0) for m in re.finditer(_R4_ZH_MED, norm)}
    named = {name for name in english | chinese
             if not re.fullmatch(_MED_GENERIC, name) and not re.fullmatch(r"[\u4e00-\u9fff]*(?:药|剂)", name)}
    return len(english) + len(chinese) >= 2 and bool(named)


# "坐飞机回武汉再转回天门": 转 after a journey in its clause is changing trains or planes, not switching back to a medicine
_R4_ZH_JOURNEY = re.compile(r"(?:飞机|航班|火车|高铁|动车|大巴|坐车|开车|回老家|回家|出差|旅游|旅行|过年回)[^,，。?？!！]{0,10}$")


def _r4_zh_change(norm: str) -> bool:
    """Whether a Chinese change-of-medicine word stands in `norm` (a 转 of a journey does not count)."""
    return any(not (m.group(0).startswith("转") and _R4_ZH_JOURNEY.search(norm[:m.start()]))
               for m in _R4_ZH_CHANGE.finditer(norm))


def round4_reason(norm: str) -> str | None:
    """The redirect reason for the round-4 classes on scope_text() output, or None."""
    supply = bool(_C_SUPPLY.search(norm))
    ask = bool(_C_ASK.search(norm))
    if ask and not supply and _r4_two_medicines(norm) and _R4_CONNECT.search(norm) and _R4_COMBINE_VERB.search(norm):
        return "dose_change"
    if ask and _R4_START_AGAIN.search(norm):
        return "dose_change"
    if _R4_GIVE_ME.search(norm) and not _R4_NOT_PROCESS.search(norm):
        return "prescription_request"
    if _R4_TELL_IF.search(norm) and re.search(r"\b" + _R4_CONDITION + r"\b", norm[_R4_TELL_IF.search(norm).end():]):
        return "diagnosis_request"
    if _R4_DIAG.search(norm) and not supply:
        return "diagnosis_request"
    zh_med = re.search(_R4_ZH_MED, norm)
    zh_ask = bool(_R4_ZH_ASK.search(norm))
    zh_practical = bool(_ZH_PRACTICAL.search(norm))
    if zh_ask and _r4_two_medicines(norm) and _R4_ZH_TOGETHER.search(norm) and not zh_practical:
        return "dose_change"
    if zh_ask and zh_med and _r4_zh_change(norm) and not re.search(r"如何|怎么办|怎么处理|怎样处理|怎么做", norm):
        return "dose_change"
    # moving a dose to another time of day: the eating verb says it is a medicine even when its name is unknown
    if zh_ask and not zh_practical and re.search(r"改(?:成|到|在|为)?(?:早上|晚上|睡前|饭前|饭后|中午|白天|夜里|下午|上午)(?:吃|服|用)", norm):
        return "dose_change"
    if re.search(r"双倍|双剂量|多吃一倍", norm) and (zh_med or zh_ask):
        return "dose_change"
    if re.search(r"份量|分量", norm) and (zh_med or re.search(r"[吃喂服喝给用]", norm)) and not zh_practical:
        return "dose_request"
    if re.search(r"(?:吃|服|用|喂|给)[^,，。?？]{0,6}(?:半|[一二两三1-3])(?:片|粒|颗|包|袋|次)还是(?:半|[一二两三1-3])", norm):
        return "dose_request"
    if _R4_ZH_RX.search(norm) and not _R4_ZH_NOT_PROCESS.search(norm):
        return "prescription_request"
    if _R4_ZH_RX_ASK.search(norm) and not _R4_ZH_NOT_PROCESS.search(norm) and not zh_practical:
        return "prescription_request"
    if _R4_ZH_DIAG.search(norm):
        return "diagnosis_request"
    return None


# ------------------------------------------------------------------------------------ round 5 (blind batch 5)
# Classes that blind5 (spent) found missing, each written from the shape, not from its sentences:
# - a symptom described with no "my/this" before it, then "be/mean" + a condition ("could X be Y", "does X mean Y");
# - a Chinese symptom clause, then a bare one- to six-character guess ("我膝盖痛，是不是X？");
# - a Hong Kong or Taiwan brand (普拿疼, 必理痛) asked about together with another medicine;
# - the assistant named in the third person as the one to issue a prescription ("can the bot send a script for X");
# - Cantonese 咩/乜 (what), 係 (is), 點解 (why), a final 嚟 (see _CANTONESE_R5).
# Information vetoes: "什么是X" / "X是什么" with no person or symptom, and "I want to understand what it is".
_R5_SYMPTOM_GUESS = re.compile(
    r"(?<!\bwhat )(?<!\bhow )(?<!\bwhy )(?<!\bwhen )(?<!\bwhere )(?<!\bwho )"
    r"\b(?:could|might|can|would|does|do|is|are|may)\b(?! you\b)([^.?!;]{3,90}?) (?:be|mean|means|indicate|point to|"
    r"be a sign of|be signs of|be a symptom of|be caused by|come from|be from|be due to) (?:a |an |the |some |i have |"
    r"i've got |i got |that i have |he has |she has |it is |it's )?(?:\w+ ){0,2}?" + _R4_CONDITION + r"\b")
_R5_ZH_SYMPTOM = re.compile(r"疼|痛|痒|肿|发热|发烧|烧|咳|吐|泻|晕|麻|闷|胀|酸|红|疹|起包|肿块|出血|黑|黄|渴|出汗|心慌|抖|喘|累|乏|震|颤|"
                            r"抽筋|气促|心跳|痹|屙|呕|干|硬|僵|肿|破|流血|流脓|分泌|"
                            r"失眠|拉肚子|没劲|掉头发|脱发|便秘|尿频|尿急|流鼻涕|鼻塞|打喷嚏|耳鸣|头晕|气短|长了|起了")
_R5_ZH_GUESS = re.compile(r"(?:是不是|会不会是|是否是?|可能是|难道是|该不会是|莫非是)(?!要|该|需|应|可以|能|去|看|找|挂|打|"
                          r"吃|用|正常|真的|太|因为|天气|累|睡|压力|上火|着凉|没事|小事|普通)([\u4e00-\u9fff]{1,6}?)"
                          r"(?:了)?(?:啊|呀|呢|吗|么|吧|嘛)?\s*[?？]*\s*$")
_R5_ZH_CLASS_MED = r"[\u4e00-\u9fff]{1,4}(?:药|丸|片|水)(?![房店费物])"
_R5_ZH_NAMED = r"(?:普拿疼|必理痛|斯斯|百服宁|伏冒|撲熱息痛|扑热息痛|保济丸|和露|薄血丸|薄血药|止痛丸)"
_R5_ZH_TOGETHER_ASK = re.compile(r"(?:一起|同时|一块儿?|混着|搭配|配着|一同)(?:吃|服|用|喝|打|涂)[^,，。]{0,4}(?:吗|么|行不行|可不可以|可以|"
                                 r"能不能|[?？]|呢|会不会|有没有问题|好不好)|(?:可不可以|能不能|可以|能否|能)[^,，。]{0,4}(?:一起|同时|一块儿?|"
                                 r"一同)(?:吃|服|用|喝|打|涂)")
_R5_BOT_RX = re.compile(
    r"\b(?:the bot|this bot|the assistant|this assistant|the app|this app|the service|this service|you guys|the ai|this ai|"
    r"chatbot|you)\b(?: [\w']+){0,2}? (?:send|issue|write|do|sort|arrange|email|fax|give|get)\b(?: (?:me|us|him|her|them|out|up|over))?"
    r" (?:a |an |the |my |some )?(?:e-?)?(?:prescription|script|rx)\b(?: [\w']+){0,1}? for (?:some |a |an |the )?(?!my repeat)")
_R5_BOT_RX_NOT = re.compile(r"\b(?:repeat|renew\w*|refill\w*|how|when|where|status|ready|track|cost|price|pay)\b")
_R5_ZH_WHAT_IS = re.compile(r"^(?:你好|您好|请问|想问一下|想问下|想问|医生|[，,。！!、\s])*(?:什么是|啥是|何谓|何为)"
                            r"[^，,。？?我你他她它这那孩宝爸妈婆公]{1,14}[?？。！!]*$")
# "慢阻肺是什么病" asks about a named condition; "发烧是什么病" names a symptom, so it still asks for a diagnosis.
_R5_ZH_X_IS_WHAT = re.compile(r"^(?:你好|您好|请问|想问一下|想问下|想问|[，,。！!、\s])*[^，,。？?我你他她它这那孩宝爸妈婆公]{1,12}"
                            r"是(?:什么|啥)(?:病|毛病|东西|意思|来的)?(?:呢|啊|吗)?[?？。！!]*$")
# A service, leaflet or season named with a condition ("is that clinic for diabetes", "is it flu season"), or a plan
# judged ("does this sound like a good plan"): a question about the service, not about the person's body.
_R5_SERVICE_ABOUT = re.compile(
    r"\b(?:is|are|was|will) (?:this|that|the|my|it|these|those|there an?)(?: \w+)? (?:leaflet|booklet|clinic|appointment|service|"
    r"jab|vaccine|vaccination|booster|class|classes|group|ward|team|test|scan|season|course|programme|program|app|website|page|"
    r"information|info|support|nurse|specialist|referral|review|check|checkup|screening|campaign|event|talk)s? (?:for|about|on|"
    r"with)\b")
# ... and a season or a plan, whatever symptom words they contain ("is it hay fever season yet")
_R5_SEASON_OR_PLAN = re.compile(r"\bis it (?:\w+ ){0,2}season\b|\bsound(?:s)? like a (?:good|bad|sensible|reasonable|fair) "
                                r"(?:plan|idea|approach|option)\b")
_R5_UNDERSTAND = re.compile(r"\b(?:understand|learn|know (?:more )?about|explain|find out|read up on) (?:what|how) "
                            r"(?:it|this|that|they) (?:is|are|does|do|works?)\b")


# "do you reckon it's gout", "would you say I've got shingles": an opinion asked about a named condition
_R5_OPINION = re.compile(r"\b(?:do|would|did|could) (?:you|u) (?:reckon|think|suppose|guess|believe|say)\b(?: that)? (?:it'?s|it is|"
                         r"this is|that'?s|that is|these are|i have|i've got|i got|i'?ve|he has|she has|(?:he|she|they)(?:'s| is| are| has| have) got|"
                         r"i'?m|its|it might be|it could be|it may be|it'?s probably|i might have|i may have) (?:a |an |the |just |some )?"
                         r"(?:\w+ ){0,2}?" + _R4_CONDITION + r"\b")


# "胸口痛是什么事", "为什么我成日肚痛": the cause of a person's own symptom asked in Chinese
_R5_ZH_WHY = re.compile(r"(?:是|系)?(?:什么|啥)事|为什么(?:我|他|她|孩子|宝宝|小孩|阿[\u4e00-\u9fff]|[我他她]的|我个|个)")


# Conditions people name that the lexicons above lack: a bleed, a blockage, a tear, a slipped disc.
_R5_CONDITION = r"(?:" + _R4_CONDITION + r"|(?:a |an )?(?:bleed|internal bleeding|blockage|obstruction|tear|torn \w+|slipped disc|" \
                r"trapped nerve|pulled muscle|blood poisoning|stomach bug|water infection|croup|impetigo|hay ?fever|hives|cold sores?|norovirus|" \
                r"rsv|scarlet fever|slapped cheek|hand,? foot and mouth|ringworm|warts?|verrucas?|piles|ha?emorrhoids|sciatica|" \
                r"bell'?s palsy|cataracts?|glaucoma|nappy rash|thrush|worms|threadworms?|cradle cap|reflux|colic|teething))"
# "is a rash like this meningitis", "is that a bleed?": a pointed-at complaint, then a condition, ending the question
_R5_IS_CONDITION = re.compile(r"(?<!\bwhat )(?<!\bhow )\b(?:is|are|could|might)\b ([^.?!;]{0,60}?\b(?:this|that|these|those|it|my|his|her|"
                              r"our)\b[^.?!;]{0,40}?) (?:be )?(?:a |an |the )?" + _R5_CONDITION + r"\b\s*(?:or (?:not|something|what)\b.{0,20})?"
                              r"[?.!]*\s*$")
# "do those symptoms sound like lupus to u"
_R5_SOUNDS_LIKE = re.compile(r"\b(?:does|do|did) (?:this|that|these|those|it|they|my|his|her)(?: [\w']+){0,2} (?:sound|look|seem|feel)"
                             r"(?: [\w']+){0,2}? like (?:a |an |the |some )?(?:\w+ ){0,2}?" + _R5_CONDITION + r"\b")
# "any antibiotic I can buy for a uti": a medicine chosen for a complaint
_R5_ANY_MED_FOR = re.compile(r"\b(?:any|a good|the best|best|which|what|some) (?:\w+ )?" + _C_MED + r"(?: that)? (?:i|we|he|"
                             r"she|you|they|my \w+) (?:can|could|should|might) (?:buy|take|use|get|try|give \w+|have) "
                             r"(?:over the counter |otc )?for\b")


def round5_reason(norm: str) -> str | None:
    """The redirect reason for the round-5 classes on scope_text() output, or None."""
    is_condition = _R5_IS_CONDITION.search(norm)
    if is_condition and (_C_SYMPTOM_RE.search(norm) or re.search(r"\b(?:this|that|it)\b", is_condition.group(1))) and \
            not re.search(r"\b(?:true|contagious|common|serious|dangerous|hereditary|genetic|curable|normal)\b", norm):
        return "diagnosis_request"
    if _R5_SOUNDS_LIKE.search(norm):
        return "diagnosis_request"
    if _R5_ANY_MED_FOR.search(norm) and not _R4_NOT_PROCESS.search(norm.replace("over the counter", "")):
        return "prescription_request"
    if _R5_OPINION.search(norm):
        return "diagnosis_request"
    guess = _R5_SYMPTOM_GUESS.search(norm)
    if guess and (_C_SYMPTOM_RE.search(guess.group(1)) or re.search(r"\b(?:feel|feeling|hurts?|hurting|sore|ache)\b",
                                                                      guess.group(1))):
        return "diagnosis_request"
    zh_guess = _R5_ZH_GUESS.search(norm)
    # "是不是熬夜导致的" guesses a cause in daily life, not a condition, unless a condition word is in it
    lifestyle_cause = zh_guess and re.search(r"(?:导致|引起|造成|搞)?的$", zh_guess.group(1)) and \
        not re.search(r"病|炎|癌|瘤|症|感染|结石|溃疡|疹|风", zh_guess.group(1))
    if zh_guess and not lifestyle_cause and _R5_ZH_SYMPTOM.search(norm[:zh_guess.start()]):
        return "diagnosis_request"
    # Two classes (降压药和感冒药) is a question the knowledge base answers; a named Hong Kong or Taiwan brand
    # (普拿疼, 必理痛) beside another medicine is a personal interaction check.
    why = _R5_ZH_WHY.search(norm)
    if why and (_R5_ZH_SYMPTOM.search(norm[:why.start()]) or (why.group(0).startswith("为什么") and
                                                              _R5_ZH_SYMPTOM.search(norm[why.end():why.end() + 14]))):
        return "diagnosis_request"
    medicines = {m.group(0) for m in re.finditer(_R5_ZH_NAMED + "|" + _R5_ZH_CLASS_MED + "|" + _R4_ZH_MED, norm)}
    if len(medicines) >= 2 and re.search(_R5_ZH_NAMED, norm) and _R5_ZH_TOGETHER_ASK.search(norm) and \
            not _ZH_PRACTICAL.search(norm):
        return "dose_change"
    if _R5_BOT_RX.search(norm) and not _R5_BOT_RX_NOT.search(norm):
        return "prescription_request"
    return None


def _r5_information(reason: str | None, norm: str) -> bool:
    """A definition asked for ("什么是哮喘", "what is metformin, I want to understand what it is"), not a diagnosis."""
    if reason != "diagnosis_request":
        return False
    if (_R5_SERVICE_ABOUT.search(norm) and not _C_SYMPTOM_RE.search(norm)) or _R5_SEASON_OR_PLAN.search(norm):
        return True
    if _R5_ZH_WHAT_IS.search(norm):  # the pattern itself admits no person and no "this"
        return True
    if _R5_ZH_X_IS_WHAT.search(norm) and not _R5_ZH_SYMPTOM.search(norm):
        return True
    return bool(_R5_UNDERSTAND.search(norm) and not _C_SYMPTOM_RE.search(norm))


# ------------------------------------------------------------------------------------ round 6 (blind batch 6)
# Classes that blind6 (spent) found missing, each written down as a concept before it was coded:
# 1. Withholding, omitting, pausing or restarting a named medicine is a medication change even when the reason is
#    an operation ("should I skip my X before my op", "nil by mouth, ok to omit X"): the procedure veto is for
#    eating, drinking and arrival questions, not for a medicine's dose.
# 2. A medicine nobody listed still sits in a medicine slot: the object of a change verb after my/his/her
#    ("can I hold my zorbex") is a medicine unless it is an everyday thing (breakfast, appointment, physio).
# 3. "the amount / quantity of X" for a person or an age asks for a dose as much as "how much X" does.
# 4. A message that only a question mark makes a question ("I am having diabetes?", "what is my disease"),
#    and non-native English for taking a medicine ("eat the tablet two times").
# 5. Chinese: a bare "是X吗" guess after a symptom ("手抖，这样是帕金森吗"), "得了X吗" with any condition name,
#    conditions named without a disease suffix (高血压, 痴呆, 失智, 甲状腺...), switching to another medicine
#    (改吃, 改用, 换吃, 转吃), and two medicines taken together even when both are named by class (胃药和止痛药):
#    every blind batch so far labels the latter a pharmacist's question, and the English side already does.
_R6_CHANGE_VERB = (r"(?:skip|skipping|omit|omitting|leave out|leaving out|withhold|withholding|hold|holding|hold off(?: on)?|"
                   r"pause|pausing|stop|stopping|miss|missing|not take|come off|go off|restart|restarting|resume|resuming|"
                   r"double up(?: on)?|doubling up(?: on)?|keeps? taking|keeps? giving|still takes?|still gives?|carry on taking|"
                   r"start taking|start giving|go back on|get back on|cut out|drop|ditch|give up)")
# Everyday things that follow "skip my / stop my": never a medicine.
_R6_NOT_MEDICINE = (r"(?:appointments?|appts?|op|operation|surgery|procedure|meals?|breakfast|lunch|dinner|tea|supper|food|"
                    r"snacks?|drinks?|coffee|alcohol|booze|diet|exercise|exercises|workout|walks?|run|gym|class|classes|"
                    r"sessions?|physio|therapy|counselling|job|work|shift|plan|booking|visits?|check-?ups?|scans?|tests?|"
                    r"bloods|smoking|vaping|vape|cigarettes?|fags|car|driving|holiday|trip|flight|membership|subscription|"
                    r"insurance|direct debit|payments?|standing order|repeats?|prescriptions?|delivery|deliveries|order|"
                    r"account|phone|contract|reminders?|texts?|emails?|letters?|calls?|nap|naps|sleep|bath|shower|"
                    r"routine|glasses|lenses|hearing aid|brace|bandage|dressing|cast|sling|stockings|carer|nurse|doctor|"
                    r"gp|benefits|pension|feeds?|bottle|periods?|fast|fasting|dialysis|chemo sessions?|reading|homework|"
                    r"school|college|uni|studies|training|football|swimming|yoga|chores|cleaning|shopping|post|mail)")
# Only verbs that are about medicines take an unknown object as a medicine: "stop my nosebleed", "hold my baby",
# "miss my mum" and "drop my son off" are not medication changes.
_R6_SLOT_VERB = (r"(?:skip|skipping|omit|omitting|leave out|leaving out|withhold|withholding|pause|pausing|restart|restarting|"
                 r"resume|resuming|double up(?: on)?|doubling up(?: on)?|keep taking|keep giving|still take|still give|"
                 r"carry on taking|stop taking|stop giving|not take|not give|come off|coming off|wean (?:\w+ )?off)")
_R6_SLOT_CHANGE = re.compile(r"\b" + _R6_SLOT_VERB + r" (?:my|his|her|their|our|mum's|mom's|dad's|the) (?!" +
                             _R6_NOT_MEDICINE + r"\b|(?:son|daughter|baby|kids?|child|children|husband|wife|partner|mum|mom|"
                             r"dad|nan|gran|friend|portal|password|app|computer|laptop|phone|car|lesson|lessons)\b)"
                             # the object ends the verb phrase (a noun after it makes it a modifier: "my portal password")
                             r"([a-z][a-z-]{3,20})(?=\s*$|\s*[?.!,;]| (?:before|this|tonight|today|tomorrow|now|and|if|when|"
                             r"while|for|until|till|as|because|since|so|or|after|at|in|on|then|again|dose|doses|tablets?|pills?|"
                             r"completely|altogether|for good|for a (?:day|few days|week|while)|yet|too|from|over)\b)")
_R6_NAMED_CHANGE = re.compile(r"\b" + _R6_CHANGE_VERB + r" (?:(?:the|my|his|her|their|our|mum's|mom's|dad's|this|that|"
                              r"today's|tonight's|tomorrow's|morning|evening|night|usual|regular) ){0,2}(?:[\w'-]+ )?" +
                              _C_MED + r"\b(?! (?:delivery|order|prescription|repeat|box|pack)\b)")
# "withhold/omit X" and "nil by mouth" come from hospital wording; "before my op" is the context, not the question.
_R6_MED_SUPPLY = re.compile(r"\b(?:order\w*|re-?order\w*|refills?|repeat prescriptions?|collect\w*|deliver\w*|posted|stor(?:e|ed|ing|age)|"
                            r"fridge|travel\w*|plane|flight|flying|abroad|holiday|cost\w*|price|pay|paying|charged?|"
                            r"dispos\w*|throw (?:away|out)|expir\w*|out of date|ran out|run out|running out|lost|label|leaflet|"
                            r"side effects?|used for|what is|what are|what does)\b")
_R6_AMOUNT_OF = re.compile(r"\b(?:the |an? |what |which |right |correct )?(?:amount|quantity|measure|dose|dosage|strength|"
                           r"how much|how many (?:mls?|mg|tablets?|pills?|tabs|caps|capsules|puffs|drops|spoons?)) "
                           r"(?:of|for) (?:the |his |her |my )?(?:[\w'-]+ )?" + _C_MED + r"\b[^.?!]{0,25}?\b(?:for|to give|to take|"
                           r"per day|a day|daily|each time|at once)\b")
_R6_ASK_OR_PERSON = re.compile(r"\?|\b(?:tell|give|send|advise|let me know|need|want|pls|please|kindly|can|could|should|"
                               r"what|which|how)\b|\bfor (?:a |an |my |his |her |the |our )?(?:\d+|one|two|three|four|five|"
                               r"six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:years?|yrs?|yo|y/o|months?|mths?|weeks?|wks?|"
                               r"kg|kilos?|stone|lbs?)\b|\bfor (?:a |an |my |his |her |the |our )?(?:baby|babies|toddler|child|"
                               r"kid|infant|adult|teen|teenager|elderly|pensioner|old (?:person|man|lady)|son|daughter|mum|mom|"
                               r"dad|mother|father|nan|gran|grandma|grandad|grandpa|husband|wife|partner)\b")
_R6_QUESTION_ONLY = re.compile(r"^(?:so |then |doctor,? |dr,? |hello,? |hi,? )?(?:i|he|she|we|my \w+|it) (?:am having|is having|are having|"
                               r"have|has|have got|has got|got|am suffering from|is suffering from) (?:a |an |the |some )?(?:\w+ )?"
                               + _R5_CONDITION + r"\b\s*(?:then|now|too|again|already|right|or what|or not|"
                               r"or something|is it|do i|does he|does she)?\s*\?+\s*$")
_R6_WHAT_IS_MY = re.compile(r"\bwhat(?: is|'s| exactly is) (?:my|his|her|their|our|the child's|the baby's|mum's|mom's|dad's) "
                            r"(?:disease|illness|condition|problem|sickness|ailment|diagnosis|infection)\b(?! (?:called|mean|means)\b.{0,4}$)")
_R6_EAT_MED = re.compile(r"\b(?:can|could|should|may|is it ok(?:ay)? (?:to|if)|is it safe (?:to|if))\b.{0,30}\b(?:eat|eats|eating)\b"
                         r"(?: \w+){0,2}? (?:" + _C_MED + r")\b.{0,30}\b(?:\d+|one|two|three|four|five|six) (?:times?|tablets?|pills?|"
                         r"doses?)\b|\b(?:eat|eating)\b(?: \w+){0,2}? (?:" + _C_MED + r")\b.{0,20}\b(?:\d+|one|two|three|four) "
                         r"times? (?:a|per|in a|each) day\b")
# Chinese conditions that carry no disease suffix, and organs named as the guess ("是甲状腺吗": is it the thyroid?).
# Non-native word order without the auxiliary: "which medicine I give him", "what disease my daughter has",
# "it is cancer or not".
_R6_ESL_RX = re.compile(r"\bwhich (?:medicine|medication|tablet|drug|antibiotic|cream|syrup|injection|pill)s? (?:i|we|he|she|they|"
                        r"my \w+) (?:give|take|use|buy|should|can|must|need)\b")
_R6_ESL_DIAG = re.compile(r"\bwhat (?:disease|illness|condition|problem|sickness|infection) (?:i|he|she|we|they|my \w+|his \w+|"
                          r"her \w+|the \w+) (?:has|have|got|is having|am having|are having|is suffering)\b|"
                          r"\b(?:it|this|that) (?:is|'s) (?:a |an )?(?:\w+ )?" + _R5_CONDITION + r" or not\b|"
                          r"\bis (?:it|this|that) (?:a |an )?(?:\w+ )?" + _R5_CONDITION + r" or not\b")
# Giving a medicine another way or at another time: crushed or hidden in food, an hour earlier (carers' questions).
_R6_HOW_GIVEN = re.compile(r"\b(?:crush|crushing|split|splitting|halve|halving|cut|cutting|dissolve|dissolving|hide|hiding|mix|mixing|"
                           r"open|opening|break|breaking)\b(?: \w+){0,2}? (?:" + _C_MED + r"|capsules?|tablets?)\b.{0,20}\b(?:into|in|with|"
                           r"over)\b(?: \w+){0,2}? (?:food|yog(?:h)?urt|jam|juice|milk|water|drink|tea|porridge|pudding|custard|"
                           r"applesauce|apple sauce|puree|meal|dinner|breakfast|cereal|honey)\b")
_R6_SHIFT_TIME = re.compile(r"\b(?:give|take|have|use|giving|taking)\b(?: [\w']+){0,4}? (?:" + _C_MED + r")\b.{0,20}\b(?:an hour|"
                            r"\d+ hours?|two hours|half an hour|a bit|a little|a few hours|earlier|later)(?: (?:earlier|later|early|late))?"
                            r"\b(?: than usual| than normal)?")
# "how long between doses of calpol", "time between doses": the interval between doses is a dose question.
_R6_INTERVAL = re.compile(r"\b(?:how long|how many hours|what time|gap|time|hours|wait)\b (?:\w+ ){0,2}?(?:between|apart)\b.{0,20}\b(?:doses?|"
                          + _C_MED + r")\b")
# "tell me what meds to give my dad for his gout": choosing a medicine, without an auxiliary.
_R6_WHAT_TO_GIVE = re.compile(r"\bwhat (?:meds|medicines?|medications?|tablets?|pills?|antibiotics?|drugs?|cream|syrup|painkillers?) "
                              r"(?:to|should i|i should|shall i|can i) (?:give|take|use|buy|get|try)\b")
# Subject dropped ("need something for my piles", "got anything for hay fever?"): a medicine chosen for a complaint.
_R6_NEED_FOR = re.compile(r"(?:^|[.!?,] )(?:i |we |he |she |u |you )?(?:really )?(?:need|needs|want|wants|got|have you got|do you have|"
                          r"any|anything|is there (?:any|some)thing)\b.{0,15}?\b(?:something|anything|some|meds?|medicines?|"
                          r"tablets?|pills?|cream|antibiotics?|a prescription|a script) (?:for|to (?:help|stop|ease|treat|clear|get rid of))"
                          r" (?:my |his |her |the |a |an |this |these |our |their )?")
# Already on one medicine, asking to take another ("I'm on warfarin, can I take ibuprofen", "我食開薄血丸，可唔可以食布洛芬"):
# an interaction check for a pharmacist, with or without "together".
_R6_ON_MEDICINE = re.compile(r"\b(?:i'?m|i am|he'?s|he is|she'?s|she is|they'?re|we'?re|been|currently|already|still) "
                             r"(?:on|taking|using) (?:\w+ )?" + _C_MED + r"\b")
_R6_MAY_TAKE = re.compile(r"\b(?:can|could|may|should|is it (?:ok|okay|safe|alright|fine)(?: for \w+)? to|ok to|safe to) "
                          r"(?:i |he |she |we |they |you )?(?:also |still |then )?(?:take|have|use|give|try)\b")
_R6_ZH_ON_MEDICINE = re.compile(r"(?:在吃|吃着|吃开|吃紧|一直吃|长期吃|正在吃|有吃|在用|用着|在服|服用着)")
_R6_ZH_MAY_TAKE = re.compile(r"(?:能|可以|可不可以|能不能|可否|可唔可以|得不得)(?:再|同时|也|还)?(?:吃|用|服|喝|打)")
# Pregnant or breastfeeding, asking whether a medicine may be taken: a choice of medicine for that person.
_R6_SPECIAL_PERSON = re.compile(r"\b(?:pregnant|pregnancy|breast ?feeding|nursing|trying to conceive|expecting a baby|ttc)\b")
_R6_ZH_SPECIAL_PERSON = re.compile(r"怀孕|孕妇|孕期|备孕|哺乳|喂奶|喂母乳|坐月子")
# "我这是怎么了" after a complaint: what is wrong with me.
_R6_ZH_WHATS_WRONG = re.compile(r"(?:我|他|她|孩子|宝宝|小孩|老人|这)(?:这)?(?:是|到底是|到底)?怎么了|(?:这|我这|他这|她这)是(?:什么|啥)(?:情况|问题|毛病)")
_R6_ZH_CONDITION = (r"(?:高血压|低血压|高血糖|低血糖|血糖高|血糖低|血压高|血压低|糖尿|痴呆|失智|老年痴呆|阿兹海默|帕金森|中风|脑梗|心梗|"
                    r"脑出血|怀孕|有喜|抑郁|忧郁|焦虑|更年期|甲状腺|心脏|肝|肾|肾脏|胆|胃|肺|前列腺|子宫|卵巢|乳腺|腰椎|颈椎|"
                    r"痛风|贫血|过敏|哮喘|气管|骨质疏松|骨折|扭伤|中暑|上火|湿疹|荨麻疹|带状疱疹|生蛇|新冠|流感|肺炎|感冒|"
                    r"[\u4e00-\u9fff]{0,5}(?:炎|病|症|癌|瘤|疹|疮|癣|结石|感染|溃疡|出血|梗塞|梗死|衰竭|不全|紊乱|失调|综合征))")
_R6_ZH_BARE_GUESS = re.compile(r"(?:这样|这|那样|那|它|是不是|会不会|难道|该不会|就)?(?:是|系)(?:得了|患了|有)?" + _R6_ZH_CONDITION +
                               r"(?:的问题|的毛病|的关系|引起的|造成的|导致的)?(?:了)?(?:吗|么|嘛|吧|呀|啊|哦|喔|嗎)[?？]*\s*$")
_R6_ZH_CAUGHT = re.compile(r"(?:是|是不是|会不会|难道|莫非|该不会)?(?:得了|得咗|患了|染上了?|中了)([\u4e00-\u9fff]{1,8}?)(?:了)?"
                           r"(?:吗|么|嘛|吧|呀|啊|嗎)[?？]*\s*$")
# Vague malaise is a complaint too ("胃怪怪的", "心口唔舒服" -> 不舒服, "怪怪", "不对劲").
_R6_ZH_SYMPTOM = re.compile(_R5_ZH_SYMPTOM.pattern + r"|怪怪|不舒服|难受|不对劲|不太对|不适|异样|怪异|闷闷|酸酸|刺刺|痒痒")
# "can I get some X off you for ...": asking the assistant itself to supply a medicine for a complaint.
_R6_SUPPLY_FROM_YOU = re.compile(r"\b(?:get|have|buy|grab|order|take)\b (?:some |a few |a |an |more |any |a bit of )?(?:[\w'-]+ ){0,2}?"
                                 r"(?:off|from) (?:you|u|ya|you guys|this (?:app|service|bot)|the (?:app|bot|service))\b"
                                 r"(?! (?:to|at|for) (?:the |my )?(?:pharmacy|chemist|boots|shop))[^.?!]{0,40}?\bfor\b")
# Less or more with any way of taking a medicine (少打两个单位, 多喷一下), alternating two (交替吃, 轮流用), a further
# course (再吃一个疗程), and taking someone else's with the medicine left implicit (可以先吃我爸的吗).
_R6_ZH_MORE_LESS = re.compile(r"(?:少|多)(?:打|用|喷|滴|涂|喝|服|吃|注射)(?:一|两|二|三|四|五|几|半|[0-9])?(?:个)?(?:(?:单位|片|粒|颗|喷|滴|"
                              r"毫升|ml|格|针)|(?:次|点|下)(?![水饭菜东油肉汤粥果奶茶酒]))")
_R6_ZH_ALTERNATE = re.compile(r"(?:交替|轮流|轮着|换着|交叉)(?:着)?(?:吃|用|服|喂|给)")
_R6_EN_ALTERNATE = re.compile(r"\b(?:alternate|alternating|alternate between|swap between|rotate|stagger|staggering)\b")
_R6_ZH_COURSE = re.compile(r"(?:再|多)(?:吃|用|服|打)(?:多)?(?:一|两|几|多)?个?疗程|(?:加|延长|延)(?:一|多)?个?疗程|疗程[^，。？?]{0,4}(?:延长|缩短|加长)")
_R6_ZH_OTHERS = re.compile(r"(?:吃|用|服|喂)(?:我|你|他|她)?(?:妈|爸|妈妈|爸爸|老公|老婆|先生|太太|姐|哥|弟|妹|朋友|邻居|同事|别人|"
                           r"家人|奶奶|爷爷|外婆|外公|阿嬷|阿嫲|婆婆)的(?:吗|么|呢|[?？]|行不行|可以吗|可不可以|好不好|$)")
_R6_ZH_SWITCH = re.compile(r"(?:改|换|转|轉)(?:成|为|到)?(?:吃|用|服|喝|打|涂)")
# verbs and joining words never start a medicine's name ("可以多吃点水" is not one)
_R6_ZH_CLASS_MED = r"(?:(?![吃喝服用可以能要想给喂和跟同与及或的了点些])[\u4e00-\u9fff]){1,5}(?:药|丸|片|胶囊|颗粒|冲剂|药膏)(?![房店费物材])"


# Two medicines named only by class are a general interaction question the knowledge base answers ("降压药和感冒药能
#一块儿吃吗"); the same pair said to be someone's own ("his water tablet", "我妈的降压药", "我在吃") is a personal check.
_R6_EN_OWN = re.compile(r"\b(?:my|his|her|their|our|mum's|mom's|dad's|i'm on|i am on|he's on|he is on|she's on|she is on|"
                        r"i take|he takes|she takes|i'm taking|i am taking)\b")
_R6_ZH_OWN = re.compile(r"(?:我|他|她|我们|妈|爸|婆|公|爷|奶|老公|老婆|孩子|宝宝|小孩|仔|女儿|儿子)(?:的|在吃|正在吃|吃着|一直吃|长期吃|"
                        r"有吃|吃紧)|(?:我|他|她)(?:妈|爸|老公|老婆|孩子|宝宝)|阿(?:妈|爸|嬷|嫲|公|婆|爷)")


def _r6_names_a_medicine(text: str) -> bool:
    """Whether `text` names a medicine by its own name rather than by a class word (tablets, pills, meds)."""
    return any(not re.fullmatch(_MED_GENERIC + r"|creams?|gels?|ointments?|liquid|solution|mixture|lotion|spray|pens?|"
                                r"the generic(?: one)?|a generic one|capsules?|tablets?", m.group(0))
               for m in _C_MED_RE.finditer(text))


def _r6_named_change(norm: str) -> bool:
    """A change verb on a medicine named by its own name, not a class ("skip my metformin", not "stop my blood thinners").

    "Should I stop my blood thinners before my procedure?" is a question the knowledge base answers in general; the
    same question about one named medicine is a decision for that person's clinician.
    """
    for match in _R6_NAMED_CHANGE.finditer(norm):
        medicine = _C_MED_RE.search(match.group(0)[len(re.match(_R6_CHANGE_VERB, match.group(0)).group(0)):])
        after = norm[match.end():match.end() + 8]
        if medicine and not re.fullmatch(_MED_GENERIC + r"|creams?|gels?|ointments?|liquid|solution|mixture|lotion|spray|"
                                         r"pens?|the generic(?: one)?|a generic one", medicine.group(0)) and \
                not re.match(r"(?:[ -]type|[ -]like| based| family| kind| or (?:any|other))\b", after):
            return True
    return False


def _r6_zh_two_medicines(norm: str) -> bool:
    """Two different medicines in one Chinese message, named or by class ("胃药和止痛药")."""
    # split at the joining words first, so that one class match cannot swallow "胃药和止痛药" whole
    pieces = re.split(r"[和跟同与及或加、,，;；\s]|还有|以及", norm)
    found = {m.group(0) for piece in pieces for m in re.finditer(_R4_ZH_MED + "|" + _R6_ZH_CLASS_MED, piece)}
    # a class and its own ending ("止痛药" and "药") are one medicine, not two
    distinct = {name for name in found if not any(name != other and name in other for other in found)}
    return len(distinct) >= 2


def _r6_en_two_medicines(norm: str) -> bool:
    """Two different medicines in one English message, named or by a qualified class ("his water tablet")."""
    found = {m.group(0) for m in _C_MED_RE.finditer(norm)}
    bare = {"medicine", "medicines", "medication", "medications", "meds", "med", "drugs", "drug", "pills", "pill",
            "tablets", "tablet", "tabs", "capsules", "caps", "dose", "doses", "dosage"}
    qualified = set(re.findall(r"\b(?:water|heart|diabetes|diabetic|sugar|blood pressure|bp|thyroid|cholesterol|sleeping|"
                               r"pain|stomach|allergy|hay fever|cold|flu|cough|chest|epilepsy|fit|seizure|blood thinning|"
                               r"blood-thinning|anxiety|depression|mood|memory|bone|iron|vitamin|kidney|prostate|bladder|"
                               r"parkinson'?s) (?:tablets?|pills?|meds|medicines?|medications?|capsules?|inhalers?|tabs)\b", norm))
    return len((found - bare) | qualified) >= 2


def round6_reason(norm: str) -> str | None:
    """The redirect reason for the round-6 classes on scope_text() output, or None."""
    ask = bool(_C_ASK.search(norm))
    supply = bool(_R6_MED_SUPPLY.search(norm))
    if ask and not supply and _r6_named_change(norm):
        return "dose_change"
    if ask and not supply and _R6_SLOT_CHANGE.search(norm):
        return "dose_change"
    if _R6_AMOUNT_OF.search(norm) and _R6_ASK_OR_PERSON.search(norm) and not supply:
        return "dose_request"
    if _R6_EAT_MED.search(norm) and not supply:
        return "dose_request"
    supplied = _R6_SUPPLY_FROM_YOU.search(norm)
    # the thing asked for is a medicine, or it is asked for a complaint ("something off you for my cough")
    if supplied and (_C_MED_RE.search(supplied.group(0)) or re.search(r"\b(?:" + _SYMPTOM + r"|" + _R5_CONDITION + r")\b",
                                                                       norm[supplied.end():supplied.end() + 40])) and \
            not re.search(r"\b(?:repeat|refill|usual|regular|sent|send|deliver\w*|collect\w*)\b", norm):
        return "prescription_request"
    if _R6_ESL_RX.search(norm) or _R6_WHAT_TO_GIVE.search(norm):
        return "prescription_request"
    zh_practical = bool(_ZH_PRACTICAL.search(norm)) or bool(_R4_ZH_NOT_PROCESS.search(norm))
    if _R6_MAY_TAKE.search(norm) and _C_MED_RE.search(norm[_R6_MAY_TAKE.search(norm).end():]) and not supply:
        on_medicine = _R6_ON_MEDICINE.search(norm)
        if on_medicine and on_medicine.start() < _R6_MAY_TAKE.search(norm).start():
            return "dose_change"
        if _R6_SPECIAL_PERSON.search(norm):
            return "prescription_request"
    zh_may = _R6_ZH_MAY_TAKE.search(norm)
    # "能不能吃某个药" names no medicine: it asks whom to ask, which the knowledge base answers
    zh_named_after = zh_may and [m.group(0) for m in re.finditer(_R4_ZH_MED + "|" + _R6_ZH_CLASS_MED, norm[zh_may.start():])
                                 if not re.match(r"某|什么|啥|哪|这|那|一些|些|其他|别的", m.group(0))]
    if zh_may and not zh_practical and zh_named_after:
        if _R6_ZH_ON_MEDICINE.search(norm[:zh_may.start()]) and _r6_zh_two_medicines(norm):
            return "dose_change"
        if _R6_ZH_SPECIAL_PERSON.search(norm):
            return "prescription_request"
    need_for = _R6_NEED_FOR.search(norm)
    if need_for and re.match(r"(?:\w+ ){0,2}?(?:" + _SYMPTOM + r"|" + _R5_CONDITION + r")\b", norm[need_for.end():]) and \
            not re.search(r"\b(?:leaflet|information|info|advice line|support group|carers?)\b", norm):
        return "prescription_request"
    if _R6_INTERVAL.search(norm) and not supply:
        return "dose_request"
    if _R6_ZH_WHATS_WRONG.search(norm) and _R6_ZH_SYMPTOM.search(norm):
        return "diagnosis_request"
    if _R6_ESL_DIAG.search(norm):
        return "diagnosis_request"
    # "can i crush my pills into yoghurt" is a knowledge-base question; the same about one named medicine is personal
    how_given = _R6_HOW_GIVEN.search(norm)
    if ask and not supply and how_given and _r6_names_a_medicine(how_given.group(0)):
        return "dose_change"
    if ask and not supply and _R6_SHIFT_TIME.search(norm) and re.search(r"\b(?:earlier|later)\b", norm):
        return "dose_change"
    if _R6_QUESTION_ONLY.search(norm) or _R6_WHAT_IS_MY.search(norm):
        return "diagnosis_request"
    if ask and not supply and _r6_en_two_medicines(norm) and _R4_CONNECT.search(norm) and _R4_COMBINE_VERB.search(norm) and \
            _R6_EN_OWN.search(norm):
        return "dose_change"
    zh_ask = bool(_R4_ZH_ASK.search(norm))
    zh_practical = bool(_ZH_PRACTICAL.search(norm)) or bool(_R4_ZH_NOT_PROCESS.search(norm))
    if zh_ask and not zh_practical and _R4_ZH_TOGETHER.search(norm) and _r6_zh_two_medicines(norm) and _R6_ZH_OWN.search(norm):
        return "dose_change"
    switch = _R6_ZH_SWITCH.search(norm)
    if zh_ask and not zh_practical and switch and re.search(_R4_ZH_MED + "|" + _R6_ZH_CLASS_MED, norm[switch.end():switch.end() + 8]):
        return "dose_change"
    zh_medicine = re.search(_R4_ZH_MED + "|" + _R6_ZH_CLASS_MED, norm)
    more_less = _R6_ZH_MORE_LESS.search(norm)
    # a count or "a bit" needs a medicine in the message ("多吃点水果" is diet); a unit of dose does not
    if zh_ask and not zh_practical and ((more_less and (zh_medicine or re.search(r"单位|片|粒|颗|喷|滴|毫升|ml|格|针",
                                                                                 more_less.group(0)))) or _R6_ZH_COURSE.search(norm)):
        return "dose_change"
    if zh_ask and not zh_practical and _R6_ZH_ALTERNATE.search(norm) and _r6_zh_two_medicines(norm):
        return "dose_change"
    if ask and not supply and _R6_EN_ALTERNATE.search(norm) and len({m.group(0) for m in _C_MED_RE.finditer(norm)}) >= 2:
        return "dose_change"
    if zh_ask and zh_medicine and _R6_ZH_OTHERS.search(norm):
        return "prescription_request"
    guess = _R6_ZH_BARE_GUESS.search(norm)
    if guess and _R6_ZH_SYMPTOM.search(norm[:guess.start()]):
        return "diagnosis_request"
    caught = _R6_ZH_CAUGHT.search(norm)
    # "得了流感可以探病吗" asks about a rule: the guess must end the message, with no permission word inside it
    if caught and not re.search(r"可以|能|要|去|探|上班|上学|打针|疫苗", caught.group(1)):
        return "diagnosis_request"
    return None


# Round 6 information vetoes, for shapes the round-6 probes (new wordings, not blind6's) found over-redirected:
# a condition already known and named as the time of an event ("resume driving after a stroke", "得了流感可以探病吗"
# asks about a rule for someone who has it), and a change verb whose object is a person ("hold my baby after her jabs").
_R6_EN_CONDITION_MENTION = re.compile(r"\b(?:a |an |the |my |his |her |their |our )?" + _R5_CONDITION + r"\b")
_R6_EN_KNOWN_BEFORE = re.compile(r"\b(?:after|since|following|post|recovering from|because of|due to|with)\s*$")
_R6_EN_GUESS_FRAME = re.compile(r"\b(?:could|might|may|is|are|does|do) (?:it|this|that|these|those|i|he|she|my \w+) "
                                r"(?:be|have|has|mean|sound|look)\b|\bam i\b|\bdo i have\b|\bwhat (?:is|could)\b")
_R6_ZH_RULE_ABOUT_CONDITION = re.compile(r"得了[\u4e00-\u9fff]{1,8}?(?:了)?[,，]?(?:还)?(?:可以|能|能不能|可不可以|要不要|需不需要|用不用)"
                                         r"(?:来|去)?(?:探病|探视|探望|上班|上学|返工|返学|出门|游泳|坐飞机|搭飞机|洗澡|运动|献血|喂奶|"
                                         r"来医院|去医院|打疫苗|请假|来探)")
_R6_PERSON_OBJECT = re.compile(r"\b(?:hold|holding|cuddle|cuddling|carry|carrying|drop|dropping|miss|missing|pick up|bath|bathe) "
                               r"(?:my|his|her|our|their|the) (?:baby|son|daughter|kids?|child|children|toddler|newborn|boy|girl|"
                               r"husband|wife|partner|mum|mom|dad|nan|gran|grandson|granddaughter)\b(?!'s)")


_R6_ZH_DIET = re.compile(r"(?:多|少)(?:吃|喝)(?:点|些|一点|一些)?[\u4e00-\u9fff]{0,3}?(?:水果|蔬菜|青菜|菜|肉|饭|油腻|油|盐|糖|甜|辣|水|汤|"
                         r"粥|零食|东西|鱼|蛋|奶|咸|肥|主食|面|米|豆|坚果|生冷|凉)")


def _r6_information(reason: str | None, norm: str) -> bool:
    """A rule or activity question about a known condition, or a person held or dropped off: not a request."""
    if reason == "diagnosis_request":
        if _R6_ZH_RULE_ABOUT_CONDITION.search(norm):
            return True
        mentions = list(_R6_EN_CONDITION_MENTION.finditer(norm))
        if mentions and all(_R6_EN_KNOWN_BEFORE.search(norm[:m.start()]) for m in mentions) and \
                not _R6_EN_GUESS_FRAME.search(norm):
            return True
    # "少吃点油腻的", "多吃点水果": eating more or less of a food is diet, when no medicine is named
    if reason == "dose_change" and _R6_ZH_DIET.search(norm) and not re.search(_R4_ZH_MED + "|" + _R6_ZH_CLASS_MED, norm):
        return True
    if reason == "dose_change" and _R6_PERSON_OBJECT.search(norm):
        # only when no medicine is the object of a change verb elsewhere in the message
        return not (_R6_NAMED_CHANGE.search(norm) or re.search(r"\b(?:double|halve|skip|stop|increase|reduce|lower|up) "
                                                                r"(?:the |his |her |my )?(?:dose|doses|dosage)\b", norm))
    return False


# ------------------------------------------------------------------------------------ round 7 (blind batch 7)
# Classes blind7 (spent) found missing, each written down as a concept before it was coded:
# 1. Mandarin typed in pinyin, alone or mixed with characters ("gei wo kai dian yao", "wo shi bu shi de le X"): the
#    same requests as in characters, so common request phrases are read as characters and the Chinese rules run again.
# 2. Asking to be sent or handed a named medicine ("kindly send me X", "could you post him some X"): the bot cannot
#    supply a medicine, someone must prescribe it; a repeat of one's usual medicine is the practical ordering question.
# 3. Which medicine to buy, fetch or give for someone's complaint (买什么药给他吃, 拿啥药): a prescribing choice.
# 4. Two medicines joined by any conjunction (和/跟/同/与/及/加/配) and asked about together, when at least one is a
#    specific medicine (a named drug, a balm, a steroid, a brand) rather than a class such as 降压药 or 中药.
# 5. Alcohol while on one's own medicine ("can I drink on my antibiotics", 吃药期间能喝酒吗): an interaction check.
# 6. Using someone else's medicine or swapping one's own for it ("use her inhaler instead of mine").
# 7. Whether one's own symptoms or results amount to a condition, in frames not yet covered: "are these symptoms of
#    X", "tell me if it's X", "is my heart damaged" after a result, and a Chinese guess (是不是/会不会是, Cantonese 係咪)
#    that ends the message after a person's complaint.
# 8. Chinese (esp. Cantonese, folded) change verbs after a permission ask: 可唔可以即刻停, 由A轉食B, 改用, 换吃.
# Information veto: "X是什么病" about a condition term that is not a symptom, or with 想了解/科普 (learning about it).
_R7_PINYIN = [(re.compile(r"(?<![a-z])" + pinyin.replace(" ", r"[ \t]?") + r"(?![a-z])"), chars) for pinyin, chars in (
    ("ke bu ke yi", "可不可以"), ("neng bu neng", "能不能"), ("shi bu shi", "是不是"), ("hui bu hui", "会不会"),
    ("yao bu yao", "要不要"), ("gei wo kai", "给我开"), ("kai dian yao", "开点药"), ("kai xie yao", "开些药"), ("kai yao", "开药"),
    ("chi ji pian", "吃几片"), ("chi ji li", "吃几粒"), ("ji pian", "几片"), ("ji liang", "剂量"), ("yong liang", "用量"),
    ("duo shao", "多少"), ("ke yi", "可以"), ("ting yao", "停药"), ("huan yao", "换药"), ("jian yao", "减药"),
    ("chi yao", "吃药"), ("shen me bing", "什么病"), ("shen me yao", "什么药"), ("de le", "得了"), ("gei wo", "给我"),
    ("wo shi", "我是"), ("ta shi", "他是"), ("wo de", "我的"), ("dian yao", "点药"), ("ma$", "吗"), ("ba$", "吧"))]
# "give my toddler his medicine" is giving someone their own medicine (how to), not supplying one
_R7_SUPPLY = re.compile(r"\b(?:send|post|mail|courier|deliver|give|get|sort) (?:me|us|him|her|them|my \w+)(?: out)?"
                        r"(?: with)? (?!(?:his|her|their|its) )(?:some |a |an |a few |more |the |a pack of |a box of )?"
                        r"(?:(?!(?:info|information|leaflets?|details|facts|advice|links?|about|on|an article)\b)[\w'/-]+ ){0,2}?" +
                        _C_MED + r"\b(?! (?:facts|info|information|leaflets?|details|advice|guide|article)\b)")
# round 50: a medicine already prescribed ("post her X out if the clinic already prescribed it") is a supply
_R7_USUAL = re.compile(r"\b(?:repeat|refill|renewal|usual|regular|normal|monthly|delivery|already (?:been )?prescribed|"
                       r"prescribed (?:it |them )?already)\b(?! (?:to|for) (?:my|his|their|our|a|an|the|some|someone|somebody|"
                       r"another|other|her \w+|a friend)\b)")
_R7_ZH_BUY_WHAT = re.compile(r"(?:买|拿|配|备|喂|给|吃|用)(?:点|些|一点)?(?:什么|啥|哪种|哪个|哪些|哪一种|咩)(?:[\u4e00-\u9fff]{0,2})?药")
_R7_ZH_SPECIFIC = r"[\u4e00-\u9fff]{1,6}?(?:林|定|素|钠|钙|宁|平|尼|膏|醇|霉素|沙星|洛尔|普利|沙坦|必理痛|痛|片|丸|胶囊|贴)"
_R7_ZH_PAIR = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:和|跟|同|与|及|加|配)([\u4e00-\u9fff]{2,8}?)(?:可以|能|可不可以|能不能|会不会)?"
                         r"(?:一起|同时|一块儿?|混着|一同)(?:吃|服|用|食|涂|搽)")
_R7_ALCOHOL_EN = re.compile(r"(?:\b(?:booze|alcohol|beer|beers|wine|a pint|pints|get drunk|go out drinking|a drink|drinks)\b"
                            r".{0,30}|\b(?:drink|drinking) )\b(?:on|with|while on|whilst on|while taking|whilst taking|during)\b (?:my|his|her|these|"
                            r"the|this|our) (?:\w+ )?(?:" + _C_MED + r"|antibiotics?|meds|medication|medicine|tablets|pills|course)\b")
_R7_ALCOHOL_ZH = re.compile(r"(?:吃药|服药|吃[\u4e00-\u9fff]{1,6}(?:期间|的时候|这几天)|用药期间|打针期间)[^。]{0,8}(?:喝酒|饮酒|喝啤酒|喝红酒|喝点酒)"
                            r"|(?:喝酒|饮酒|喝了酒)[^。]{0,8}(?:吃药|服药|还能吃|可以吃)")
_R7_OTHERS_MED = re.compile(r"\binstead of (?:mine|my (?:own )?\w+)\b|\b(?:gave|lent|give|lend|offered) (?:me|him|her) "
                            r"(?:his|her|their|some of (?:his|her|their)) (?:\w+ )?(?:" + _C_MED + r"|inhaler|tablets|pills|meds)\b")
_R7_DIAG_EN = re.compile(r"\b(?:are|is|r) (?:these|this|those|that|it|my \w+|his \w+|her \w+) (?:the )?(?:symptoms?|signs?) of\b|"
                         r"\b(?:tell|say|know)(?: me| us)?(?: \w+){0,3}? (?:if|whether) (?:it'?s|its|it is|this is|i have|i've got|"
                         r"he has|she has|they have) (?:a |an |the )?(?:" + _R4_CONDITION + r"|serious|something serious|"
                         r"infected|broken|contagious|cancerous|malignant)\b|"
                         r"\bis (?:my|his|her) (?:heart|liver|kidney|kidneys|lungs?|brain|thyroid|bowel|stomach|eyes?|nerves?|"
                         r"bones?|pancreas) (?:damaged|ok|okay|normal|failing|fine|healthy|broken|weak|enlarged|working|affected)\b")
_R7_ZH_GUESS_END = re.compile(r"(?:是不是|会不会是|是否是|该不会是|难道是)([\u4e00-\u9fff]{2,6})[?？。!！]*\s*$")
_R7_ZH_COMPLAINT = re.compile(r"(?:我|我的|孩子|宝宝|小孩|老人|阿妈|阿爸|我妈|我爸|老公|老婆|婆婆|公公|爷爷|奶奶|外婆|外公|阿嫲)"
                              r"[\u4e00-\u9fff ]{0,12}(?:成日|老是|总是|经常|一直|常常|最近|时不时|不记得|记不住|痛|疼|痒|肿|晕|咳|累)")
_R7_ZH_CHANGE = re.compile(r"(?:可不可以|能不能|可以|能否|得不得|好不好)[^,，。?？]{0,6}?(?:即刻|马上|立刻|直接|自己)?"
                           r"(?:停(?!车|诊)|转吃|转用|转食|换吃|换用|改吃|改用|减|加量|不吃)")
_R7_ZH_CHANGE_FROM = re.compile(r"由[\u4e00-\u9fff]{2,8}?(?:转|换|改)(?:吃|用|食|做|成)")
_R7_ZH_WHAT_DISEASE_INFO = re.compile(r"^\s*([^,，。我你他她它这那孩宝]{1,8})是(?:一种)?(?:什么|啥)(?:病|疾病)")

_R7_INFO_ABOUT_MED = re.compile(r"\b(?:info|information|leaflets?|details|facts|an article|reading)(?: \w+)? (?:on|about) " + _C_MED +
                                r"\b|\b" + _C_MED + r" (?:facts|info|information|leaflets?|details|fact sheet)\b")

# Voices blind7 did not use (written before any blind8 row was seen; blind8's brief names them only as voices):
# 9. Chinese with English words mixed in ("我可以 double dose 吗", "这个 rash 是不是 eczema"): the English request and
#    medical words are read as their Chinese equivalents and the Chinese rules run again.
# 10. Formal written Chinese: 所患何病 / 何病, 开具 + a medicine or prescription, 为家母开药.
# 11. Formal English: "I am writing to request a prescription for X", "the quantity of X I should be taking".
_R7_MIXED_WORDS = [
    (re.compile(r"\b(?:double(?: up)?|twice the dose)\b"), "加倍"), (re.compile(r"\b(?:stop|quit|come off|discontinue)\b"), "停"),
    (re.compile(r"\b(?:reduce|lower|cut down|taper)\b"), "减量"), (re.compile(r"\b(?:increase|up)\b"), "加量"),
    (re.compile(r"\b(?:skip|miss)\b"), "不吃"), (re.compile(r"\b(?:switch|change)\b"), "换"),
    (re.compile(r"\b(?:dose|dosage|doses)\b"), "剂量"), (re.compile(r"\b(?:ml|mls|cc)\b"), "毫升"), (re.compile(r"\bmg\b"), "毫克"),
    (re.compile(r"\b(?:prescribe|prescription|script)\b"), "开药"),
    (_C_MED_RE, "药"), (re.compile(r"\b" + _C_CONDITION + r"\b"), "病"), (re.compile(r"\b(?:rash|rashes|spots|hives)\b"), "疹"),
    (re.compile(r"\b(?:fever|temperature|temp)\b"), "发烧"), (re.compile(r"\b(?:cough|coughing)\b"), "咳嗽"),
    (re.compile(r"\b(?:pain|ache|aching|sore)\b"), "痛")]
_R7_ZH_FORMAL_DIAG = re.compile(r"(?:所患|患有|患的是|得的是|是)何(?:病|疾|症)|何(?:病|疾)所致|判断[^。，,]{0,8}(?:何病|什么病|所患)")
_R7_ZH_FORMAL_RX = re.compile(r"开具[^。，,]{0,8}(?:药|处方)|为[^。，,]{1,6}开(?:具|立)?[^。，,]{0,6}(?:药|处方)")
_R7_FORMAL_RX = re.compile(r"\b(?:request|requesting|would like|i'?d like|wish to (?:obtain|have|request)|seeking|(?<!do i )(?<!if i )want) "
                           r"(?:a |an |another |the )?(?:new )?(?:prescription|script|rx) (?:for|of) (?:some |a |an )?(?:[\w'/-]+ ){0,2}?"
                           r"(?:" + _C_MED + r"|something)\b")
_R7_QUANTITY_SHOULD = re.compile(r"\b(?:quantity|amount|number|dosage|dose) of (?:[\w'/-]+ ){0,2}?" + _C_MED + r"\b.{0,30}?\b(?:i|he|she|we|"
                                 r"they|my \w+) (?:should|must|need to|ought to|can|could|am to|is to) (?:be )?(?:take|taking|give|"
                                 r"giving|have|having|use|using)\b")

# 12. A medicine named by its look ("two of the blue ones", "an extra white pill"); formal and regional change verbs
#     (cease, discontinue, suspend, omit, refrain from, "go halves on me X"); a Cantonese pair (同埋, 一齐食) of two
#     drug-like names, one already being taken (食开华法林).
_R7_LOOK_COUNT = re.compile(r"\b(?:take|taking|give|giving|have|having|use|pop|double)\b (?:\w+ ){0,2}?(?:\d+|one|two|three|four|a couple|"
                            r"an extra|another|more|both|half) (?:of )?(?:the |my |his |her |those |these )?(?:little |big |small |tiny )?"
                            r"(?:blue|white|pink|yellow|red|green|orange|purple|brown|round|oval|small|little|big|tiny)(?: \w+)? "
                            r"(?:ones|one|pills?|tablets?|tabs?|capsules?|caps)\b")
_R7_FORMAL_CHANGE = re.compile(r"\b(?:cease|ceasing|discontinue|discontinuing|suspend|suspending|omit|omitting|withhold|withholding|"
                               r"refrain from|forgo|forego|desist from|go halves on|halve)\b(?: taking| using| my| me| his| her| the"
                               r"| their){0,2} (?:[\w'-]+ ){0,2}?" + _C_MED + r"\b")
_R7_ZH_DRUG_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:林|灵|霉素|沙星|洛尔|普利|沙坦|西汀|他汀|地平|咪唑|洛芬|酚|双胍|韦|松|泮|唑仑)")
_R7_ZH_TOGETHER = re.compile(r"(?:一起|一齐|同时|一块)(?:吃|食|服|用)")


def _r7_mixed(norm: str) -> str:
    """Chinese mixed with English request and medical words, read all in Chinese (unchanged when no Chinese is there)."""
    if not re.search(r"[\u4e00-\u9fff]", norm) or not re.search(r"[a-z]{2,}", norm):
        return norm
    mixed = norm
    for pattern, chars in _R7_MIXED_WORDS:
        mixed = pattern.sub(chars, mixed)
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", mixed)


def _r7_pinyin(norm: str) -> str:
    """Read common romanised Mandarin request phrases as characters (only where the message mixes in Chinese or pinyin)."""
    folded = norm
    for pattern, chars in _R7_PINYIN:
        folded = pattern.sub(chars, folded)
    return folded if re.search(r"[\u4e00-\u9fff]", folded) else norm


def round7_reason(norm: str) -> str | None:
    """The round-7 classes: pinyin requests, supply asks, which medicine to buy, pairs, alcohol, others' medicine, guesses."""
    folded = _r7_mixed(_r7_pinyin(norm))
    if folded != norm:
        reason = _chinese_reason(folded) or concept_reason(folded) or round4_reason(folded) or \
            round5_reason(folded) or round6_reason(folded)
        if reason:
            return reason
        norm = folded
    if _R7_SUPPLY.search(norm) and not _R7_USUAL.search(norm) and not _R4_NOT_PROCESS.search(norm):
        return "prescription_request"
    if (_R7_FORMAL_RX.search(norm) and not _R4_NOT_PROCESS.search(norm)) or \
            (_R7_ZH_FORMAL_RX.search(norm) and not _R4_ZH_NOT_PROCESS.search(norm)):
        return "prescription_request"
    if _R7_ZH_FORMAL_DIAG.search(norm):
        return "diagnosis_request"
    if _R7_QUANTITY_SHOULD.search(norm):
        return "dose_request"
    if _R7_ZH_BUY_WHAT.search(norm) and not _R4_ZH_NOT_PROCESS.search(norm.replace("什么药", "")):
        return "prescription_request"
    for pair in _R7_ZH_PAIR.finditer(norm):
        first, second = pair.group(1), pair.group(2)
        specific = [name for name in (first, second) if re.search(_R7_ZH_SPECIFIC + "$", name)
                    and not re.search(r"(?:药|中药|西药|保健品|补品|中成药)$", name)]
        if specific:
            return "dose_change"
    if (_R7_LOOK_COUNT.search(norm) or _R7_FORMAL_CHANGE.search(norm)) and (_asks(norm) or "?" in norm or
                                                                            re.search(r"\b(?:if|whether)\b", norm)):
        return "dose_change"
    if _R7_ZH_TOGETHER.search(norm) and len({m.group(0)[-3:] for m in _R7_ZH_DRUG_NAME.finditer(norm)}) >= 2:
        return "dose_change"
    if _R7_ALCOHOL_EN.search(norm) or _R7_ALCOHOL_ZH.search(norm):
        return "dose_change"
    if _R7_OTHERS_MED.search(norm) and (_asks(norm) or "?" in norm):
        return "dose_change"
    if _R7_DIAG_EN.search(norm):
        return "diagnosis_request"
    guess = _R7_ZH_GUESS_END.search(norm)
    if guess and _R7_ZH_COMPLAINT.search(norm[:guess.start()]) and not re.search(r"要|该|需|应|可以|能|去|看|找|挂", guess.group(1)):
        return "diagnosis_request"
    change = _R7_ZH_CHANGE.search(norm) or _R7_ZH_CHANGE_FROM.search(norm)
    if change and (re.search(_R4_ZH_MED + "|" + _R7_ZH_SPECIFIC, norm[:change.end() + 8])):
        return "dose_change"
    return None


def _r7_information(reason: str | None, norm: str) -> bool:
    """Information, not a request: 'X是什么病' about a condition term or for learning; information asked about a medicine."""
    # "send me some info on paracetamol", "give me some paracetamol facts": asking for information, not for the medicine
    if reason == "prescription_request" and _R7_INFO_ABOUT_MED.search(norm):
        return True
    # "医院可以开具诊断证明吗": issuing a certificate, a sick note or a receipt is paperwork, not prescribing
    if reason == "prescription_request" and re.search(r"开(?:具|立|个|张|一张)?[^。，,？?]{0,6}(?:证明|假条|病假|发票|收据|单据|报告|"
                                                      r"转诊单|转介信|介绍信|诊断书)", norm) and not re.search(r"药|处方", norm):
        return True
    if reason != "diagnosis_request":
        return False
    what = _R7_ZH_WHAT_DISEASE_INFO.search(norm)
    if not what:
        return False
    learning = re.search(r"了解|科普|介绍|知识|资料|解释一下|讲讲|说说", norm)
    return bool(learning) or not _R5_ZH_SYMPTOM.search(what.group(1))


# ------------------------------------------------------------------------------------ round 8 (blind batch 8)
# Classes blind8 (spent) found missing, each written down as a concept before it was coded:
# 1. A guess about what a complaint amounts to, in any register: "<complaint> means / indicated / points to / sounds
#    like <condition>", "do you think / reckon ... <condition>", "<condition> you reckon?", "is it <condition>?" after a
#    described complaint. A condition is a lexicon term, a disease-shaped word (cholera, typhoid; -itis, -osis), an
#    eponym ("Parkinson's"), "<x> disease/syndrome/palsy/infection", or an injury ("torn ligament", "pulled muscle").
# 2. A Chinese guess (是不是 / 会不会是, Cantonese 係咪 folded) after a complaint by any kin or person word (阿公, 老豆,
#    個仔), or ending in a condition-shaped term (…痴呆, …病, …症, …炎).
# 3. Stopping, skipping or pausing one's own or a named medicine asked as a decision ("should I stop my X before the
#    holiday"): the trip or event after it does not make it a practical question; practical asks are about carrying,
#    storing or getting the medicine, not about whether to take it.
# 4. Substituting for a medicine (代替/替代/取代, "instead of", "replace ... with") and switching a medicine's brand or
#    to a generic (轉第隻牌子, "switch to another brand") when asked as a permission or decision.
# 5. Two medicines of the same kind together (两种感冒药一起吃, Hokkien 鬥陣食, "two cold remedies together"): doubling
#    up one class. (Two different classes asked in general stay knowledge-base questions, the convention kept.)
# 6. Asking the assistant for a remedy: "what can you give me", "got anything for my <complaint>", "something to help
#    me sleep"; in Chinese, which product of a form to take (吃哪个止咳糖浆好, 用哪款药膏).
# Information veto: a Chinese "what is <condition>" (什么是X / X是什么病) after a courtesy opening (您好, 请问, 敬请告知,
# 问一哈) or asking for a plain explanation (科普, 通俗讲讲) with no person's complaint is a question about the condition.
_R8_EPONYM = r"(?:[a-z]{3,}'s(?: disease| palsy| syndrome| disorder)?)"
_R8_DISEASE_WORDS = (r"(?:cholera|typhoid|dengue|malaria|rabies|tetanus|polio|leprosy|mumps|rubella|scarlet fever|"
                     r"whooping cough|croup|bronchiolitis|gastro|gastroenteritis|food poisoning|norovirus|rotavirus|"
                     r"hand,? foot and mouth|impetigo|ringworm|cellulitis|sciatica|slipped disc|frozen shoulder|"
                     r"tennis elbow|carpal tunnel|plantar fasciitis|shin splints|bunions?|piles|haemorrhoids|hemorrhoids|"
                     r"glaucoma|cataracts?|conjunctivitis|pink eye|stye|tinnitus|vertigo|menopause|perimenopause|"
                     r"prostate(?: cancer| problems?)?|osteoporosis|osteoarthritis|rheumatoid arthritis|senile|senility|"
                     r"a stroke|a heart attack|a clot|a tumou?r|a hernia|an ulcer|an infection|a fracture|a sprain|"
                     r"long covid|covid|flu|a cold|the flu|a virus|hay ?fever|an allergy|allergies|depression|anxiety|"
                     r"dementia|diabetes|sugar|gout|shingles|measles|chicken ?pox|cancer)")
_R8_INJURY = (r"(?:(?:a |an )?(?:torn|pulled|strained|sprained|bruised|slipped|ruptured|herniated|burst|perforated|broken|fractured|dislocated|"
              r"trapped|pinched|twisted|cracked) \w+)")
_R8_COND = (r"(?:" + _R4_CONDITION + r"|" + _R8_DISEASE_WORDS + r"|" + _R8_EPONYM + r"|" + _R8_INJURY +
            r"|\w+ (?:disease|syndrome|disorder|palsy|infection|poisoning|deficiency|failure|fever))")
_R8_GUESS_VERB = re.compile(r"\b(?:means?|meant|mean that|indicates?|indicated|indicating|points? to|pointed to|suggests?|suggested|"
                            r"signals?|signal(?:l)?ed|sounds? like|sounded like|looks? like|looked like|(?:is|are|was|were) "
                            r"(?:a )?(?:signs?|symptoms?) of|(?:could|might|may|must|would|can) (?:have )?(?:be|been|mean|indicate|"
                            r"point to)) (?:that )?(?:(?:i|he|she|they|we|you|it) (?:have|has|had|got|am|is|are|was) )?"
                            r"(?:got |developed |developing |getting )?(?:a |an |the |some |early |early signs of |signs of )?" +
                            _R8_COND + r"\b")
_R8_THINK_FRAME = re.compile(r"\b(?:do|d'|did|would) ?(?:you|u|ya|ye|yous|y'all) (?:think|reckon|suppose|believe|guess)\b|"
                             r"\b(?:you|u|ya|ye) (?:reckon|think|suppose)\b|\b(?:know|learn|ask|asking|wonder|wondering|wondered|"
                             r"tell me|advise|enquire|inquire|find out|check|confirm)\b(?: \w+){0,3}? (?:whether|if)\b")
_R8_COND_YOU_RECKON = re.compile(r"\b" + _R8_COND + r"\b,? (?:do )?(?:you|u|ya|ye|yous|y'all) (?:reckon|think|suppose|figure|guess)"
                                 r"(?: so)?\s*[?.!]*\s*$")
_R8_COMPLAINT_EN = re.compile(r"\b(?:" + _SYMPTOM + r"|loose motions|motions|crook|sick|poorly|unwell|off colour|hurts?|hurting|"
                              r"swollen|since (?:\d+|two|three|four|five|yesterday|last)|for (?:\d+|two|three|four|five|a few) "
                              r"(?:days?|weeks?|months?))\b")
_R8_IS_IT = re.compile(r"\b(?:is it|is this|is that|could it be|might it be|would it be|can it be|it's not|its not|it isn't)"
                       r" (?:a |an |the |just |maybe |possibly |perhaps )?(?!(?:ok|okay|safe|normal|contagious|catching|infectious|"
                       r"common|true|possible|necessary|free|open|covered|available|worth|too|bad|dangerous|serious|fine|alright|"
                       r"all right|urgent|something|anything|time|because|from|due|the same|problem|an? issue|issue|risk|concern|worry|"
                       r"allowed|needed|required|recommended|enough|late|early|expected|likely|unusual|related|linked|hereditary|"
                       r"genetic|worse|better|going|coming|included|painful|permanent|treatable|curable|my fault|mine|yours)\b)([a-z][a-z'-]{2,}(?: [a-z'-]{3,})?)"
                       r"(?: or (?:what|not|something else|something|no|nothing))?\s*[?]+\s*$")
_R8_ZH_PERSON = (r"(?:我|阿[\u4e00-\u9fff]|老[公婆豆母爸妈人伴]|[爷奶姥外][爷奶公婆]|[爸妈哥姐弟妹][爸妈哥姐弟妹]?|儿子|女儿|"
                 r"孙[子女仔]|孩子|宝宝|小孩|老人家?|个仔|个女|细路|囝仔|先生|太太|家人|家母|家父|娃)")
_R8_ZH_GUESS = re.compile(r"(?:是不是|会不会是|是否是?|该不会是|难道是|莫非是)(?:得了|患了|有)?([\u4e00-\u9fff]{1,6}?)"
                          r"(?:了|啊|呀|喔|哦|呢|吧)?[?？。!！]*\s*$")
_R8_ZH_CONDITION_END = re.compile(r"(?:病|症|炎|癌|瘤|痴呆|失智|中风|骨折|结石|感染|溃疡|过敏|抑郁|焦虑|哮喘|贫血|痛风|甲亢|甲减|"
                                  r"疱疹|湿疹|风湿|脑梗|心梗|怀孕|流感|新冠|肺结核|结核|帕金森|老年痴呆|阿兹海默)$")
_R8_ZH_COMPLAINT = re.compile(_R8_ZH_PERSON + r"[\u4e00-\u9fff ]{0,12}?(?:成日|老是|总是|经常|一直|常常|最近|时不时|不记得|"
                              r"记不住|忘|痛|疼|痒|肿|晕|咳|累|发烧|拉|吐|抖|喘)")
_R8_STOP_MINE = re.compile(r"\b(?:should|shall|can|could|may|must|do|would|is it (?:ok|okay|safe|alright|best|better) (?:to|if)|"
                           r"ok to|okay to|safe to) (?:i|we|he|she|they|mum|mom|dad|my \w+)? ?(?:stop|skip|pause|halt|quit|"
                           r"hold off|hold|come off|go off|drop|leave off|miss|cut out|give up)(?: taking| using| on)? "
                           r"(?:my|his|her|their|our|the|mum's|mom's|dad's)(?: \w+)? (?:" + _C_MED + r"|meds|medication|"
                           r"medicines?|tablets|pills|injections?|jabs?|insulin|inhaler)\b")
_R8_PERMISSION = (r"(?:\b(?:can|could|may|should|shall|is it (?:ok|okay|safe|alright|fine) to|ok to|okay to|safe to|allowed to)\b|"
                  r"可不可以|可以|能不能|能否|能唔能|得不得|好不好|行不行|会使|敢会使|甘会使|要不要|该不该)")
_R8_SUBSTITUTE_EN = re.compile(_R8_PERMISSION + r".{0,40}?\b(?:(?:instead of|in place of|rather than) (?:my |his |her |the |their )?"
                               r"(?:\w+ )?(?:" + _C_MED + r"|meds|medication|medicines?|tablets|pills)|(?:replace|substitute|swap) "
                               r"(?:my |his |her |the |their )?(?:\w+ )?(?:" + _C_MED + r"|meds|medication|medicines?|tablets|pills)"
                               r"(?: with| for)?)\b")
_R8_SUBSTITUTE_ZH = re.compile(r"(?:代替|替代|取代|顶替|替换)[^,，。?？]{0,8}?" + _R4_ZH_MED + r"|" + _R4_ZH_MED +
                               r"[^,，。?？]{0,6}?(?:代替|替代|取代|顶替|替换)")
_R8_BRAND_EN = re.compile(_R8_PERMISSION + r".{0,40}?\b(?:switch|change|swap|move|go|changing|switching)(?: \w+){0,3}? "
                          r"(?:to|for|onto) (?:a |an |another |the |some )?(?:different |other |cheaper |generic |another )?"
                          r"(?:brand|make|generic|version|manufacturer|maker)\b")
_R8_BRAND_ZH = re.compile(r"(?:转|换|改|转用|换用|改用|转吃|换吃|改吃|转食|换食)(?:第|另|别|其他|其它)?(?:一)?(?:只|个|种|家|款|间)?"
                          r"(?:牌子|品牌|牌|厂家|厂牌|厂|仿制药|国产|进口)")
_R8_SAME_KIND_ZH = re.compile(r"(?:两|二|2|几|三|多)(?:种|样|款|只|个|类|隻)(?:不同的?)?(?![的好])[\u4e00-\u9fff]{1,4}?(?:药|片|胶囊|冲剂|颗粒|"
                              r"糖浆|药水)"
                              r"[^,，。?？]{0,6}?(?:一起|同时|一块儿?|混着|斗阵|做伙|作伙|一齐|一次)(?:吃|服|用|食|喝)?")
_R8_SAME_KIND_EN = re.compile(r"\b(?:two|2|both|three|several) (?:different |kinds of |types of |sorts of |brands of )*"
                              r"(?:(?:cold|flu|cough|pain|allergy|sleeping|sleep|hay ?fever|blood pressure|heartburn|indigestion|"
                              r"migraine) (?:medicines?|remedies|tablets|pills|meds|syrups?|relievers?|sprays?)|painkillers|"
                              r"antihistamines|antibiotics|laxatives|antacids|sleeping pills|cough syrups|decongestants)\b.{0,30}?\b(?:together|at the same time|at once|on top of each other)\b")
_R8_GIVE_ME = re.compile(r"\b(?:what|which|anything|something|owt)\b.{0,20}?\b(?:can|could|would|will|do) (?:you|u|ya|y'all|the bot) "
                         r"(?:give|prescribe|recommend|suggest|offer|get|sort) (?:me|us|him|her|them|my \w+)\b(?! (?:a |an |the |some )?"
                         r"(?:info|information|details|leaflets?|advice|a call|an appointment|a time|directions|a number|the number|"
                         r"a link|the link|a form|the form))")
_R8_ANYTHING_FOR = re.compile(r"\b(?:got|have|has|sell|stock|recommend)\b (?:you |ya |y'all |u )?(?:got )?(?:anything|something|owt|"
                              r"aught|any medicine|a medicine|any tablets|any pills)(?: good| strong)? (?:for|to help(?: with)?) "
                              r"(?:my|his|her|the|their|our|this|a|an|me|him|her)\b ?(?!(?:appointment|booking|parking|visit|form|"
                              r"letter|records|kids to do|to do)\b)")
_R8_SOMETHING_TO_HELP = re.compile(r"\b(?:need|want|after|looking for|give me|get me)\b (?:some|something|anything|a tablet|a pill|"
                                   r"some tablets|some pills)(?: strong)? (?:to help (?:me|him|her|us|them) |to make (?:me|him|her) "
                                   r"|for (?:my|his|her|the) )(?:\w+ )?(?:sleep|relax|calm|pain|nerves|" + _SYMPTOM + r"|" +
                                   _C_CONDITION + r")\b")
_R8_ZH_WHICH_FORM = re.compile(r"(?:吃|用|喝|买|选|拿|喂|涂|搽|擦|给[\u4e00-\u9fff]{0,3}(?:吃|用|喝))哪(?:个|种|款|样|一种|一个|一款|只|支|瓶|类|"
                               r"个牌子|种牌子|个牌|一只|一支)(?:的)?[^,，。?？]{0,6}?(?:药|糖浆|片|胶囊|冲剂|颗粒|口服液|药水|喷雾|膏|贴|丸|"
                               r"止咳水|滴剂|眼药水)")
_R8_ZH_COURTESY = re.compile(r"^\s*[^,，。?？!！]{0,8}?(?:问|请|您好|你好|哈喽|嗨|教|告知|打扰|麻烦|医生|大夫|老师)[^,，。?？!！]{0,4}[,，:：]\s*")
_R8_ZH_WHAT_IS = re.compile(r"^\s*(?:什么是|啥是|何谓|什么叫|啥叫)([^,，。?？我你他她它这那孩宝]{1,8})[?？]|"
                            r"^\s*([^,，。?？我你他她它这那孩宝]{1,8})是(?:一种)?(?:什么|啥|咩)(?:病|疾病|东西|意思)?[?？]")
_R8_ZH_LEARNING = re.compile(r"科普|通俗|讲讲|说说|介绍|解释|了解|普及|知识|讲解|聊聊|是怎么回事")
_R8_ZH_OWN = re.compile(r"我|我的|自己|本人|" + _R8_ZH_PERSON[3:-1])


# Probed after blind8's classes, in wordings written here (not blind8's): the same concepts in other frames.
# 7. Reading one's own results: "what do my blood results say/mean", "am I in liver failure?", 化验单/报告 + 什么意思.
# 8. A guess with "got": "reckon my bub's got X?"; an organ as the guess ("could that be her heart?").
# 9. Starting a medicine: "what would you put me on", "is it worth me getting on HRT"; 推荐 + a medicine (Chinese).
# Practical look-alikes that older rules redirected: getting a vaccine where (a service), dropping off or handing in
# old medicines (disposal), "does a referral mean I have to wait" (a process, not a condition).
_R8_ORGAN = (r"(?:my|his|her|their|your|the) (?:heart|kidneys?|liver|thyroid|lungs?|prostate|gall ?bladder|appendix|bowels?|"
             r"pancreas|ovaries|womb|bladder|hormones|menopause|blood pressure|sugars?|cholesterol)")
_R8_ORGAN_GUESS = re.compile(r"\b(?:could|might|may|would|can|is|could it|might it) (?:it|that|this|these|those) (?:be |all be )?"
                             r"(?:down to |due to |from |caused by |because of |coming from )?" + _R8_ORGAN + r"\s*[?]")
_R8_RESULTS_SAY = re.compile(r"\bwhat (?:do|does|did|would|will) (?:my|his|her|their|our|these|this|mum's|mom's|dad's|the) "
                             r"(?:[\w']+ ){0,2}(?:results?|report|scan|x-?ray|mri|ct|bloods|tests?|levels?|numbers|readings?|ecg|"
                             r"smear|biopsy|swab)(?: \w+)? (?:say|mean|show|indicate|suggest|tell (?:me|us))\b|"
                             r"\b(?:interpret|explain|read|check|look at|go through) (?:my|his|her|their|these|mum's|dad's) "
                             r"(?:\w+ )?(?:results?|report|bloods|scan|readings?|numbers)\b(?! (?:online|letter|appointment))")
_R8_AM_I_COND = re.compile(r"\b(?:am i|is (?:he|she|my \w+)|are (?:we|they))(?: \w+){0,2}? (?:in |having |getting |developing |going into |"
                           r"at risk of )?(?:a |an )?" + _R8_COND + r"\s*[?]")
_R8_ZH_RESULTS = re.compile(r"(?:我|我的|这个|这份|这张|他的|她的|孩子的|我妈的|我爸的|个|张)[^，,。]{0,6}(?:化验单|化验结果|检查结果|检验结果|报告|"
                            r"验血结果|血常规|指标|片子|CT|B超|彩超|体检结果)[^，,。]{0,8}(?:是什么意思|什么意思|说明什么|代表什么|正常吗|"
                            r"正不正常|严重吗|严不严重|有问题吗|有没有问题|是什么病|咩意思|即是咩|即系咩|点解读|怎么看)")
_R8_GOT_COND = re.compile(r"\b(?:i|he|she|they|we|my \w+|his \w+|her \w+|our \w+|the baby|bub|baby|(?:my|his|her|our) \w+'s)"
                          r"(?:'s| has| have|'ve)? (?:got|caught|picked up|come down with|developed|getting|coming down with) "
                          r"(?:a |an |the |some )?" + _R8_COND + r"\b")
_R8_PUT_ON = re.compile(r"\b(?:what|which|anything|something)\b.{0,20}?\b(?:can|could|would|will|do|should) (?:you|u|the doctor|the gp|"
                        r"they|a doctor) (?:put|start|get) (?:me|him|her|us|them|my \w+) (?:on|onto)\b")
_R8_START_MED = re.compile(r"\b(?:worth|should|do|does|need to|ought to|is it time (?:for me )?to)\b(?: \w+){0,2}? (?:get(?:ting)? on|"
                           r"go(?:ing)? on|start(?:ing)?|be(?:ing)? on|tr(?:y|ying)) (?:the |some |a |an )?(?:\w+ )?(?:" + _C_MED +
                           r"|hrt|statins?|antidepressants?|the pill|insulin|an inhaler|inhalers?|melatonin|medication|meds|tablets)\b")
_R8_ZH_RECOMMEND = re.compile(r"(?:推荐|介绍|建议|荐)(?:一下|下)?(?:一个|个|点|些|一款|一种|几种|几个)?[^，,。？?]{0,8}?(?:药|片|胶囊|冲剂|糖浆|药水|"
                              r"药膏|喷雾|保健品)")
_R8_VACCINE_SERVICE = re.compile(r"\b(?:flu|covid|shingles|pneumonia|whooping cough|travel|hpv|mmr|tetanus|booster)?(?: ?jabs?| ?shots?|"
                                 r"vaccines?|vaccinations?|boosters?|immunisations?|immunizations?)\b")
_R8_DROP_OFF = re.compile(r"\b(?:drop(?:ped|ping)? (?:\w+ ){0,3}?off|hand(?:ed|ing)? (?:\w+ ){0,3}?in|take (?:\w+ ){0,3}?back|"
                          r"return(?:ed|ing)?)\b")
_R8_MEAN_PROCESS = re.compile(r"\bmeans? (?:that )?(?:i|we|he|she|they|you) (?:have to|need to|will|would|can'?t|cannot|must|should|"
                              r"get to|am going to|'ll|won't|can)\b")


# 10. (probed) Singlish/Malaysian English: "my panadol can eat 3 at one go or not?" (a count taken at once); "is it X or
#     what?"; a guess with no question mark after a think verb ("y'all think this mole is skin cancer"); the strongest
#     or best medicine one can get or take (a choice of medicine).
_R8_COUNT_AT_ONCE = re.compile(r"\b(?:eat|take|swallow|have|pop|give|chew)\b (?:\w+ )?(?:\d+|one|two|three|four|five|six|a couple|both)"
                               r"(?: \w+)? (?:at one go|in one go|at once|at a time|together|in one shot|one shot|per day|a day|"
                               r"every \w+)\b")
_R8_THINK_IS = re.compile(r"\b(?:think|reckon|suppose|guess|wonder if)\b (?:this|that|it|my [\w']+|his [\w']+|her [\w']+|the [\w']+)"
                          r"(?: [\w']+)? (?:is|could be|might be|may be|'s|are) (?:a |an |the )?" + _R8_COND + r"\b")
_R8_BEST_MED = re.compile(r"\b(?:strongest|best|most effective|safest|quickest|fastest|mildest|gentlest|right)\b (?:\w+ )?"
                          r"(?:painkillers?|medicines?|medication|tablets?|pills?|cream|syrup|antihistamine|antibiotic|sleeping pill|"
                          r"remedy|" + _C_MED + r")\b.{0,30}?\b(?:i|we|he|she|they|you) (?:can|could|should) (?:get|buy|take|use|have|give)\b")


# 11. (probed) "is my son's limp growing pains or something worse?": a complaint offered with "or something worse /
#     more serious / else" asks what it is, whatever the first guess is called.
_R8_OR_WORSE = re.compile(r"\bor (?:is it |could it be |might it be )?(?:something|anything) (?:worse|more serious|serious|else|bad|"
                          r"nasty|sinister)\s*[?]")


def round8_reason(norm: str) -> str | None:
    """The round-8 classes: guesses in any register, stopping one's own medicine, substitutes and brands, remedy asks."""
    # before a procedure, a class of medicine ("my blood thinners") is the knowledge base's preparation question;
    # a named medicine around an operation is round 6's change
    if _R8_STOP_MINE.search(norm) and not _PROCEDURE_PREP.search(norm):
        return "dose_change"
    if _R8_SUBSTITUTE_EN.search(norm) or (_R8_SUBSTITUTE_ZH.search(norm) and re.search(_R8_PERMISSION + r"|[?？吗么]", norm)):
        return "dose_change"
    if _R8_BRAND_EN.search(norm) and (_C_MED_RE.search(norm) or re.search(r"\b(?:my|his|her|their) (?:\w+ )?(?:meds|medication|"
                                                                           r"medicines?|tablets|pills|inhaler)\b", norm)):
        return "dose_change"
    if _R8_BRAND_ZH.search(norm) and re.search(_R8_PERMISSION + r"|[?？吗么]", norm) and re.search(_R4_ZH_MED + "|" + _R7_ZH_SPECIFIC, norm):
        return "dose_change"
    if _R8_SAME_KIND_ZH.search(norm) or (_R8_SAME_KIND_EN.search(norm) and (_asks(norm) or "?" in norm)):
        return "dose_change"
    if _R8_GIVE_ME.search(norm) or (_R8_ANYTHING_FOR.search(norm) and "?" in norm) or _R8_SOMETHING_TO_HELP.search(norm):
        if not _R4_NOT_PROCESS.search(norm) or _R8_GIVE_ME.search(norm):
            return "prescription_request"
    if _R8_ZH_WHICH_FORM.search(norm):
        return "prescription_request"
    if _R8_PUT_ON.search(norm) or (_R8_START_MED.search(norm) and (_asks(norm) or "?" in norm)) or _R8_ZH_RECOMMEND.search(norm):
        return "prescription_request"
    if _R8_RESULTS_SAY.search(norm) or _R8_AM_I_COND.search(norm) or _R8_ZH_RESULTS.search(norm) or \
            _R8_ORGAN_GUESS.search(norm) or (_R8_GOT_COND.search(norm) and ("?" in norm or _R8_THINK_FRAME.search(norm))):
        return "diagnosis_request"
    if _R8_COUNT_AT_ONCE.search(norm) and (_C_MED_RE.search(norm) or re.search(r"\b(?:tablets?|pills?|capsules?|syrups?|medicines?|spoons?|spoonfuls?|ml|puffs?)\b", norm)) \
            and (_asks(norm) or "?" in norm or re.search(r"\bor not\b", norm)):
        return "dose_request"
    if _R8_BEST_MED.search(norm):
        return "prescription_request"
    if _R8_OR_WORSE.search(norm) and (_R8_COMPLAINT_EN.search(norm) or re.search(r"\b(?:limp|limping|lump|mole|rash|cough|"
                                                                                 r"pain|ache|bruise|spot|swelling)\b", norm)):
        return "diagnosis_request"
    if _R8_THINK_IS.search(norm):
        return "diagnosis_request"
    guess_verb = _R8_GUESS_VERB.search(norm)
    # "can I have an x-ray if I might be pregnant": a condition supposed in an 'if' clause is not a guess asked about
    if guess_verb and re.search(r"\b(?:if|in case|incase|when) (?:i|you|he|she|they|we|it)\s*$", norm[:guess_verb.start()]):
        guess_verb = None
    if guess_verb and (_R8_THINK_FRAME.search(norm) or "?" in norm) or _R8_COND_YOU_RECKON.search(norm):
        return "diagnosis_request"
    is_it = _R8_IS_IT.search(norm)
    if is_it and _R8_COMPLAINT_EN.search(norm[:is_it.start()]):
        return "diagnosis_request"
    guess = _R8_ZH_GUESS.search(norm)
    # "是不是就不用来复查了" asks what the service requires next (round 18), not what someone has
    if guess and not re.match(r"(?:就|还|也|都|又|再)?(?:不用|不必|不需要|没必要|不要|要|该|需|应|可以|能|去|看|找|挂|来)",
                              guess.group(1)) and not re.search(r"复查|复诊|挂号|预约|住院|排队|开药|拿药", guess.group(1)) and (
            _R8_ZH_CONDITION_END.search(guess.group(1)) or _R8_ZH_COMPLAINT.search(norm[:guess.start()])):
        return "diagnosis_request"
    return None


def _r8_information(reason: str | None, norm: str) -> bool:
    """A 'what is <condition>' asked for an explanation; getting a vaccine; handing in old medicines; a process 'mean'."""
    if reason == "prescription_request" and _R8_VACCINE_SERVICE.search(norm) and not _C_MED_RE.search(
            _R8_VACCINE_SERVICE.sub(" ", norm)):
        return True  # "can I get my flu jab at the pharmacy": a service, nothing to prescribe
    if reason == "dose_change" and _R8_DROP_OFF.search(norm) and re.search(r"\b(?:old|unused|leftover|out of date|expired|"
                                                                          r"spare|unwanted)\b", norm):
        return True  # "where do I drop off old tablets": disposal, the knowledge base's question
    if reason == "diagnosis_request" and _R8_MEAN_PROCESS.search(norm) and not re.search(r"\bmeans? (?:that )?(?:i|we|he|she|"
                                                                                         r"they|you) (?:have|has|got)\b(?! to\b)", norm):
        return True  # "does a referral mean I have to wait": what happens next, not what someone has
    if reason != "diagnosis_request":
        return False
    courtesy = _R8_ZH_COURTESY.match(norm)
    rest = norm[courtesy.end():] if courtesy else norm
    what = _R8_ZH_WHAT_IS.match(rest)
    if not what:
        return False
    term = what.group(1) or what.group(2)
    others = rest[what.end():]
    # the rest of the message may ask for an explanation, never describe someone's complaint
    # a condition's name may hold a symptom character (痛风, 咳嗽变异性哮喘): the name decides
    named = bool(_R8_ZH_CONDITION_END.search(term)) or not _R5_ZH_SYMPTOM.search(term)
    return named and not _R8_ZH_OWN.search(others) and (
        bool(courtesy) or bool(_R8_ZH_LEARNING.search(others)) or not others.strip())


# Round 9 (blind9's classes).
# 1. Cantonese and written Chinese asks for a medicine recommendation: "湿疹有冇药推介" (有冇 folds to 有不), "有什么药推荐".
_R9_ZH_RECOMMEND = re.compile(r"有(?:不|冇|没|没有)?(?:什么|咩|乜|啲|些)?(?:药|膏|药膏|药水)(?:推介|推荐|介绍)|(?:推介|推荐)(?:一?下|啲|些|个)?(?:什么|咩|乜)?药")
# 2. Swapping one's medicine for another kind ("想把脉优换成别种"); two medicines taken together, the second maybe a brand
#    the lexicon does not know ("二甲双胍同乐复得可以一起吃吗"); a medicine and drink ("头孢和酒隔多久能喝"); a dose missed
#    yesterday made up today ("昨天没吃今天吃两粒").
_R9_ZH_SWAP = re.compile(r"把[\u4e00-\u9fffA-Za-z]{1,8}(?:换成|换做|换作|转成|改成)(?:别种|别的|其他|其它|另一种|另外一种)")
_R9_ZH_TOGETHER = re.compile(r"(?:同|和|跟|与)[\u4e00-\u9fffA-Za-z]{2,6}(?:可以|能|能不能|可不可以)?一起(?:吃|食|服|用)")
_R9_ZH_ALCOHOL = re.compile(r"(?:和|跟|同|与|吃完|吃了|服用)[\u4e00-\u9fff]{0,2}?酒.{0,4}(?:隔多久|多久|几天|能不能|可不可以|可以)|"
                            # not "做完以后多久能喝口水" (water or food after a test): drinking left bare is alcohol
                            r"(?:隔多久|多久|几天)(?:才|就)?(?:能|可以)喝(?:酒|(?![口水汤粥奶茶点东西]))")
_R9_ZH_MAKE_UP = re.compile(r"(?:没吃|忘了吃|忘记吃|漏吃|漏了|没有吃)[^。]{0,10}(?:吃两|吃2|双倍|加倍|多吃)")
# 3. Which of two guesses a complaint is ("系敏感定系感染", "是白癜风还是缺钙"), and whether a lab value counts as a
#    condition ("尿酸520，算痛风吗").
_R9_ZH_EITHER = re.compile(r"(?:系|是)([^,，。？?]{1,6}?)(?:定系|定|还是|抑或)(?:系|是)?([^,，。？?]{1,6})[?？吗呢啊]?$")
_R9_ZH_LAB_COUNTS = re.compile(r"(?:\d{2,4}|\d\.\d)(?:\.\d+)?[,，]?\s*(?:算|是不是|是)(?:不算)?[\u4e00-\u9fff]{1,6}(?:吗|么|嘛|不)")
# 4. A dose as half or whole, a count per time, how much to put on: "半片还是一片", "一顿吃几个", "一天擦几次，擦多少".
_R9_ZH_HALF_OR_WHOLE = re.compile(r"半(?:片|粒|颗|包|支|只|勺)(?:还是|定|或者|定系)一(?:片|粒|颗|包|支|只|勺)")
_R9_ZH_COUNT_PER = re.compile(r"一(?:顿|次|天|日|餐)(?:吃|食|服|擦|涂|搽|喷|用|滴)几(?:个|片|粒|颗|次|包|支|滴|喷|下)|(?:擦|涂|搽)多少")
# 5. English: "has had X for 2 weeks, what is it" and "got darker and itchy, what is it": someone's complaint, then what it is.
_R9_WHAT_IS_IT = re.compile(r"[,.;-]\s*(?:so |any idea |pls |please )?what(?:'s| is) (?:it|this|that)\s*[?!.]*\s*$")
_R9_SOMEONE_HAS = re.compile(r"\b(?:has|have|'s|'ve) (?:had|got)\b|\bgot (?:\w+ ){0,2}(?:darker|bigger|worse|redder|itchy|sore|swollen)\b|"
                             r"\b(?:my|his|her|our|their) [\w' ]{1,30}\b(?:is|are|got|has|keeps?)\b")
# 6. Old and new packs, or two medicines, taken together: "can I take old and new together".
_R9_TAKE_TOGETHER = re.compile(r"\b(?:take|have|use|finish) (?:the |my |both )?(?:old and (?:the )?new|new and (?:the )?old|both|the two)"
                               r"(?: \w+){0,3} (?:together|at the same time|at once)\b")
# 7. Information, not a diagnosis: a plain-words explanation asked for ("in simple words", "科普一下") with nobody's
#    own complaint in the message.
_R9_EXPLAIN = re.compile(r"\bin (?:simple|plain|easy|layman'?s?) (?:words|terms|english|language)\b|\bfor a (?:school|class|uni|"
                         r"college) (?:project|essay|assignment)\b|科普|通俗(?:地|的)?(?:讲|说|解释)|简单(?:地|的)?(?:讲讲|讲一下|说说|解释)")
_R9_EN_OWN = re.compile(r"\b(?:i|i'm|i've|me|my|mine|his|her|our|their|he|she|we|son|daughter|baby|kid|child|husband|wife|"
                        r"mum|mom|dad)\b")
_R9_ZH_OWN = re.compile(r"我|俺|咱|孩子|宝宝|娃|老公|老婆|妈|爸|爷|奶|婆|公公|家里|自己|本人|他|她")


def round9_reason(norm: str) -> str | None:
    """The round-9 classes: Chinese recommendation, swap, make-up and either-or asks; dose shapes; 'what is it' after a complaint."""
    zh_medicine = re.search(_R4_ZH_MED + "|" + _R7_ZH_SPECIFIC, norm)
    if _R9_ZH_RECOMMEND.search(norm):
        return "prescription_request"
    if _R9_ZH_SWAP.search(norm) and re.search(r"[?？吗么]|可以|可不可以|能不能|行不行", norm):
        return "dose_change"
    # two classes of medicine ("退烧药能和感冒药一起吃吗") are the knowledge base's general question; a named one is someone's own
    classes_only = re.search(r"药(?:能|可以)?(?:和|跟|同|与)[\u4e00-\u9fff]{1,4}药", norm)
    # taking it with meals ("跟三顿饭一起吃") is when to take it, which the knowledge base answers; a second medicine is not
    together = _R9_ZH_TOGETHER.search(norm)
    with_meals = together and re.search(r"饭|餐|顿|食物|吃的东西|零食", together.group(0))
    if zh_medicine and ((together and not with_meals and not classes_only) or _R9_ZH_ALCOHOL.search(norm) or
                        _R9_ZH_MAKE_UP.search(norm)):
        return "dose_change"
    if _R9_ZH_HALF_OR_WHOLE.search(norm) or (_R9_ZH_COUNT_PER.search(norm) and zh_medicine):
        return "dose_request"
    either = _R9_ZH_EITHER.search(norm)
    if either and not re.search(r"挂|科|医院|诊所|去|看|预约|约|排队|线上|网上|电话", either.group(0)) and (
            _R5_ZH_SYMPTOM.search(norm[:either.start()]) or re.search(r"斑|疹|失眠|过敏|敏感", norm[:either.start()])):
        return "diagnosis_request"
    lab = _R9_ZH_LAB_COUNTS.search(norm)
    # "挂号费30，算贵吗", "排了90分钟，算久吗": a price or a wait is no lab value
    if lab and not re.search(r"块|元|钱|贵|便宜|医保|报销|费|号|分钟|小时|天|岁|久|远|多|少", norm):
        return "diagnosis_request"
    if _R9_WHAT_IS_IT.search(norm) and _R9_SOMEONE_HAS.search(norm):
        return "diagnosis_request"
    if _R9_TAKE_TOGETHER.search(norm) and (_C_MED_RE.search(norm) or re.search(r"\b(?:boxes|packs?|tablets?|pills?|generic|brand|"
                                                                                 r"capsules?|medicines?|meds)\b", norm)):
        return "dose_change"
    return None


def _r9_information(reason: str | None, norm: str) -> bool:
    """A complaint's cause asked to be explained in plain words, with nobody's own complaint in the message."""
    if reason != "diagnosis_request" or not _R9_EXPLAIN.search(norm):
        return False
    return not (_R9_EN_OWN.search(norm) or _R9_ZH_OWN.search(norm))


# Round 10 (blind10's classes).
# 1. A dose titration: the dose one is on and another asked for ("I'm on 100, should I be on 125", "打十二个单位，要不要
#    加到十六"): a number to go up or down to, with a medicine, a unit or the current number in the message.
_R10_DOSE_TO = re.compile(r"\b(?:should|shall|could|can|do|would|must|ought) (?:i|he|she|we|they|you|my \w+) (?:\w+ )?"
                          r"(?:be on|go (?:up|down) to|move (?:up|down) to|increase (?:it |that |this )?to|"
                          r"decrease (?:it |that |this )?to|up (?:it|that|this) to|drop (?:it |that |this )?to|"
                          r"cut (?:it |that |this )?(?:down )?to|bump (?:it |that |this )?up to|take)"
                          r" (\d+(?:\.\d+)?)(?! ?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|am|pm|o'?clock|"
                          r"times?)\b)")
_R10_ZH_DOSE_TO = re.compile(r"(?:加到|加至|增加到|加量到|加成|减到|减至|减少到|减成|降到|降至|调到|调整到|调成|改到|改成|升到|提到|涨到|换成)"
                             r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百半]+)(?:个)?(?:单位|毫克|mg|片|粒|颗|ml|毫升|u|iu)?")
_R10_ZH_DOSE_NOW = re.compile(r"(?:打|吃|服|用|注射|喷)(?:了)?(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百半]+)(?:个)?(?:单位|毫克|mg|片|粒|"
                              r"颗|ml|毫升|u|iu)")
# 2. Crushing, splitting, chewing or opening a modified-release form: the release is what the form is for.
_R10_MODIFIED_RELEASE = re.compile(r"\b(?:crush|crushing|crushed|split|splitting|halve|halving|cut|cutting|chew|"
                                   r"chewing|break|breaking|"
                                   r"open|opening|dissolve|dissolving)\b.{0,40}\b(?:modified|slow|extended|"
                                   r"sustained|prolonged|"
                                   r"controlled|delayed|timed)[ -]release\b|\b(?:crush|crushing|split|splitting|"
                                   r"chew|chewing|cut|"
                                   r"halve|open)\b.{0,40}\b(?:mr|sr|xl|xr|er|cr|la|enteric[ -]coated|"
                                   r"gastro-?resistant)\b(?: (?:tablets?|"
                                   r"capsules?|pills?|version|ones?))")
# 3. Switching from one medicine or contraceptive form to another: "switch from the combined pill to the mini pill".
_R10_SWITCH_FROM = re.compile(r"\b(?:switch|switching|change|changing|swap|swapping|move|moving|go|going|come|"
                              r"coming) (?:over )?from "
                              r"(?:the |my |his |her |a |an )?([\w' -]{2,30}?) (?:to|onto|over to) (?:the |a |an |"
                              r"my )?([\w' -]{2,30}?)"
                              r"(?=[?.!,;]|$| before| after| for| while| when| during| because| as| if| until| or|"
                              r" and)")
_R10_SWITCH_THING = re.compile(r"\b(?:" + _C_MED + r"|coil|iud|ius|implant|ring|mirena|nexplanon|depo|hrt|patch|gel|"
                                                   r"inhaler|"
                               r"injection|jab)\b")
# 4. A condition asked for as a verdict: "X, yes or no?", "is it normal, or is it X? tell me which", "do I have X? the
#    symptoms all fit"; in Chinese an injury's name asked with 吗 after a complaint ("是半月板损伤吗").
_R10_COND_HEAD = (r"(?:" + _R8_COND + r"|[a-z]+(?:itis|osis|oma|emia|aemia)|(?:[\w-]+ ){0,2}(?:infection|syndrome|"
                                      r"disease|"
                  r"disorder|tear|injury|fracture|deficiency|allergy|intolerance|tunnel|cough|virus|bug))")
_R10_VERDICT = re.compile(r"\b" + _R10_COND_HEAD + r"\b[,;:]? ?(?:-+ ?)?(?:yes or no|y/n|or not)\b|"
                          r"\bor (?:is it |could it be |is this |is that )?(?:a |an )?" + _R10_COND_HEAD +
                          r"\b.{0,30}\b(?:tell me which|which is it|which one is it|which one|say which|pick one)\b|"
                          r"\b(?:do|does|could|might|have) (?:i|he|she|they|we|my \w+|his \w+|her \w+) (?:have|got|"
                          r"get) (?:a |an )?"
                          + _R10_COND_HEAD + r"\b.{0,60}\b(?:symptoms?|signs?|everything|it all)\b.{0,30}\b(?:fit|"
                                             r"fits|match|"
                          r"matches|add up|adds up|line up|lines up|point to|points to|tick|ticks|sound like)\b")
_R10_ZH_INJURY = re.compile(r"(?:是|是不是|会不会是|可能是|难道是)[^，,。？?]{0,8}?(?:损伤|撕裂|劳损|扭伤|拉伤|积液|增生|骨刺|错位|脱臼|"
                            r"断裂|囊肿|滑膜炎|突出|膨出|狭窄|错乱)(?:了)?(?:吗|么|嘛|吧|呢|[?？])")
# 5. Asking the service itself to write, issue or put through a prescription ("can you write me some", "issue a second
#    adrenaline pen", "get viagra prescribed through this app", "線上可以開嗎"); a repeat or refill stays practical.
# "give me a leaflet about my inhaler", "write me a letter for my insulin": a document about a medicine is no prescription
_R10_YOU_ISSUE = re.compile(r"\b(?:can|could|would|will|do|does|pls|please)\b (?:you|u|the app|this app|the service|"
                            r"this service|the doctors?|a doctor|your doctors?|someone|anyone)(?: \w+)?? (?:write|issue|"
                            r"prescribe|put through|sign off|authori[sz]e|dispense) (?:me |us |him |her |them |out |up )?"
                            r"(?:(?:a|an|one|some|another|a second|a new|more|the|my|his|her) )?(?:(?!about\b|on\b|for\b|"
                            r"leaflets?\b|letters?\b|information\b|info\b|notes?\b|forms?\b|requests?\b)[\w'-]+ ){0,3}?"
                            r"(?:(?:" + _C_MED + r"|prescriptions?|scripts?|rx)\b|(?:some|one|them|it)(?=\s*(?:[?.!]|$|"
                            r"please\b|pls\b|before\b|today\b|now\b|asap\b)))")
# (round 11's "get X prescribed in/over this chat", up to five words of medicine, is read here too: one pattern, one job)
_R10_PRESCRIBED_THROUGH = re.compile(r"\b(?:get|have|be) (?:[\w'-]+ ){0,3}?(?:prescribed|a prescription|"
                                     r"a script)\b.{0,20}\b(?:through|"
                                     r"via|on|from|by|using) (?:this|the|your|you)\b(?: (?:app|service|site|website|"
                                     r"chat|bot|online))?|"
                                     r"\b(?:get|have) (?:[\w'-]+ ){1,5}?prescribed (?:through|via|on|by|in|over) "
                                     r"(?:this|the|your) (?:chat|app|service|site|website|bot)\b")
_R10_RX_NOT = re.compile(r"\b(?:repeat|repeats|refill\w*|renew\w*|usual|regular|monthly|status|ready|track\w*|cost|"
                         r"price|pay|"
                         r"collect\w*|deliver\w*|how (?:do|does|long|much))\b")
_R10_ZH_ONLINE_RX = re.compile(r"(?:请|想请|让|找|麻烦)(?:医师|医生|大夫|你们|你)?开[^，,。？?]{0,10}(?:处方|药)|"
                               r"(?:线上|网上|在线|这里|这边|app|平台)(?:可以|能|能不能|可不可以)?开(?!户|卡|通|会|门|车|始|放)"
                               r"[^，,。？?]{0,8}?(?:吗|么|呢|[?？])")
# 6. Information, not a diagnosis: a diagnosis already made asked about as a disease ("朋友刚查出痛风，这个病是怎么回事"),
#    and medicines carried on a journey, not taken ("take my insulin pens in hand luggage").
_R10_THIRD_PARTY_ZH = r"(?:朋友|同事|邻居|同学|亲戚|熟人|别人|有人|室友|老板|领导|老师)"
_R10_ZH_KNOWN_DISEASE = re.compile(_R10_THIRD_PARTY_ZH + r"[^，,。？?]{0,4}(?:查出|检查出|确诊|诊断出|诊断为|被诊断|得了|患了)"
                                   r"[^，,。？?]{1,10}[，,。]\s*(?:这个病|这种病|这病|该病|这个|它)(?:是|到底是)?"
                                   r"(?:怎么回事|什么|什么病|怎样的病)")
_R10_KNOWN_DISEASE = re.compile(r"\b(?:friend|colleague|co-?worker|neighbou?r|classmate|flatmate|housemate|boss|teacher|"
                                r"someone i know|somebody i know)\b[^.?!]{0,20}\b(?:was|has|had|got|'s|is)(?: just| recently| finally)?"
                                r"(?: been| got)? diagnosed with [\w' -]{2,40}?[,.;:-]+ *(?:so )?(?:what is|"
                                r"what's|what exactly is|tell me about|can you explain|explain|what does)\b")
_R10_CARRY = re.compile(r"\b(?:take|taking|bring|bringing|carry|carrying|pack|packing|fly with|travel with|"
                        r"put)\b (?:my |his |her |"
                        r"our |the |their )?(?:[\w'-]+ ){0,3}?(?:in|into|on|through|onto) (?:my |the |our |a |"
                        r"your )?(?:hand luggage|"
                        r"carry-?on|cabin bag|luggage|suitcase|hold luggage|checked bag\w*|the plane|a plane|flight|"
                        r"airport security|"
                        r"security|customs)\b")


def round10_reason(norm: str) -> str | None:
    """The round-10 classes: titration, modified-release, switching forms, verdicts, asking the service to prescribe."""
    dose_to = _R10_DOSE_TO.search(norm)
    if dose_to and (_C_MED_RE.search(norm) or _C_UNIT_RE.search(norm) or re.search(
            r"\b(?:i'?m|i am|he'?s|she'?s|they'?re|been|currently) on\s+\d+(?:\.\d+)?\b", norm[:dose_to.start()])):
        return "dose_request"
    zh_to = _R10_ZH_DOSE_TO.search(norm)
    if zh_to and _R4_ZH_ASK.search(norm) and (re.search(_R4_ZH_MED, norm) or _R10_ZH_DOSE_NOW.search(norm)) and \
            not _R4_ZH_NOT_PROCESS.search(norm):
        return "dose_change"
    if _R10_MODIFIED_RELEASE.search(norm):
        return "dose_change"
    switch = _R10_SWITCH_FROM.search(norm)
    if switch and _C_ASK.search(norm) and _R10_SWITCH_THING.search(switch.group(1)) and \
            _R10_SWITCH_THING.search(switch.group(2)):
        return "dose_change"
    if _R10_VERDICT.search(norm) or (_R10_ZH_INJURY.search(norm) and _R6_ZH_SYMPTOM.search(norm)):
        return "diagnosis_request"
    if (_R10_YOU_ISSUE.search(norm) or _R10_PRESCRIBED_THROUGH.search(norm)) and _C_MED_RE.search(norm) and \
            not _R10_RX_NOT.search(norm):
        return "prescription_request"
    if _R10_ZH_ONLINE_RX.search(norm) and not re.search(r"续|复诊|重复|流程|怎么|多少钱|费用|发票|证明|假条|收据", norm):
        return "prescription_request"
    return None


def _r10_information(reason: str | None, norm: str) -> bool:
    """A diagnosis already made asked about as a disease; medicines carried on a journey, not taken."""
    if reason == "diagnosis_request" and (_R10_ZH_KNOWN_DISEASE.search(norm) or _R10_KNOWN_DISEASE.search(norm)) and \
            not re.search(r"\b(?:do|could|might|have) i (?:have|got)\b|\bi (?:have|think i)\b|我也|我是不是|我会不会", norm):
        return True
    return reason == "dose_change" and bool(_R10_CARRY.search(norm)) and not re.search(
        r"\b(?:dose|doses|how (?:much|many)|more|less|extra|double|skip|stop|instead)\b", norm)


# --- round 11 (blind11's classes) ------------------------------------------------------------------------
# 1. A new prescription for a named medicine asked for outright: "please send a prescription for X to my pharmacy",
#    "I need a prescription for X", "write me something stronger"; "do I need a prescription for X" asks a rule, and
#    "my repeat prescription" or "my prescription" is one that exists already (practical).
_R11_SEND_RX = re.compile(r"\b(?:send|issue|write|sign|email|e-mail|fax|do|raise)(?: (?:me|us|him|her|them))? "
                          r"(?:a|an|a new|another|one more) (?:prescription|script|rx|private prescription) for\b")
_R11_NEED_RX = re.compile(r"(?<!do )(?<!would )(?<!will )(?<!if )\b(?:i|we|he|she|my \w+) (?:need|needs|want|wants|"
                          r"would like|'d like) (?:a|an|a new|another) (?:prescription|script) for\b")
_R11_STRONGER = re.compile(r"\b(?:write|prescribe|give|get) (?:me|us|him|her|them) "
                           r"(?:something|anything|some(?:thing)? else) "
                           r"(?:stronger|more (?:effective|powerful)|better)\b")
# 4. Which of two body parts a complaint comes from, asked about one's own body ("my knee swells, is it my meniscus or
#    ligament?"); a Chinese question closed with 不 instead of 吗 ("是扁桃体炎不") asks the same as with 吗.
_R11_PART = (r"(?:meniscus|ligament|acl|tendon|tendons|cartilage|disc|nerve|muscle|bone|joint|hip|spine|kidneys?|"
             r"heart|lungs?|gallbladder|appendix|bladder|ovaries?|ovary|womb|prostate|liver|stomach|bowel|sinus(?:es)?|"
             r"ear|tonsils?|thyroid|rotator cuff|hamstring|calf|achilles)")
_R11_WHICH_PART = re.compile(r"\b(?:is|could|might) (?:it|this|that|the (?:pain|problem|swelling))(?: be)? "
                             r"(?:my |the |a |an )?" + _R11_PART + r" or (?:my |the |a |an )?(?:[\w-]+ )?" + _R11_PART +
                             r"\b(?=\s*(?:[?.!,]|$))")
_R11_ZH_BU_TAG = re.compile(r"是[^，,。？?]{1,10}?不[？?。!！]?$")
# 5. Swapping the brand of a seizure or named medicine, asked as "should I": for some, brands are not interchangeable.
_R11_SWAP_BRAND = re.compile(r"\b(?:swap|swapping|switch|switching|change|changing) (?:my|his|her|the|our) "
                             r"(?:[\w-]+ ){0,2}(?:brand|make|manufacturer)\b|\b(?:swap|swapping|switch|switching|change|changing) "
                             r"(?:my|his|her|the|our) [\w-]+ (?:to|for) (?:a|the|another) (?:different|cheaper|local|"
                             r"generic|new) (?:brand|make|version)\b")
_R11_BRAND_MATTERS = re.compile(r"\b(?:epilep\w*|seizures?|anti-?epileptic\w*|" + _C_MED + r")\b")
# 2. Information, not a request: why a rule is given or what causes a disease, asked with nobody's own case in it.
_R11_GENERAL_WHY = re.compile(r"^(?:what causes|what cause|why do (?:they|doctors|people|pharmacists|nurses) "
                              r"(?:say|tell|recommend|advise)|why (?:should|must) (?:you|people|patients) )\b")
_R11_OWN_CASE = re.compile(r"\b(?:i|i'm|i am|me|my|mine|we|our|he|she|his|her|him|they're)\b|\bmum\b|\bdad\b")
# 3. Practical: where a repeat is delivered, or how much of a supply to take away for a stay abroad.
_R11_SUPPLY = re.compile(r"\b(?:repeat|prescription|tablets|medication|medicines|meds|pills|inhalers?)\b[^.?!]{0,20}?"
                         r"\b(?:delivered|posted|sent) to\b|\b(?:\d+|two|three|four|six|a few) (?:months?|weeks?)"
                         r"['’]? (?:of|worth of|supply of) (?:my|his|her|our) "
                         r"(?:tablets|medication|medicines|meds|pills|inhalers?|prescription)\b")
_R11_DOSE_WORDS = re.compile(r"\b(?:dose|doses|mg|how (?:much|many) (?:should|do|can)|double|skip|stop|extra)\b")


def round11_reason(norm: str) -> str | None:
    """The round-11 class: a new prescription for a named medicine, or something stronger, asked for outright."""
    if (_R11_SEND_RX.search(norm) or _R11_NEED_RX.search(norm)) and \
            _C_MED_RE.search(norm) and \
            not _R10_RX_NOT.search(norm):
        return "prescription_request"
    if _R11_STRONGER.search(norm):
        return "prescription_request"
    if _R11_WHICH_PART.search(norm) and re.search(r"\bmy\b", norm):
        return "diagnosis_request"
    if _R11_ZH_BU_TAG.search(norm) and _R6_ZH_SYMPTOM.search(norm) and \
            _classify_by_rules(norm[:-1] + "吗" if norm[-1] == "不" else norm[:-2] + "吗").reason == "diagnosis_request":
        return "diagnosis_request"
    if _R11_SWAP_BRAND.search(norm) and _R11_BRAND_MATTERS.search(norm) and \
            re.search(r"\bshould (?:i|he|she|we)\b|\bis it (?:ok|okay|safe)\b", norm):
        return "dose_change"
    return None


def _r11_information(reason: str | None, norm: str) -> bool:
    """A general why or cause asked about nobody's own case; the logistics of a supply, not its dose."""
    if reason in ("diagnosis_request", "dose_request") and _R11_GENERAL_WHY.search(norm) and \
            not _R11_OWN_CASE.search(norm):
        return True
    return reason in ("dose_request", "dose_change") and bool(_R11_SUPPLY.search(norm)) and \
        not _R11_DOSE_WORDS.search(norm)


# --- round 15 (blind13's classes) ------------------------------------------------------------------------
# New voices (Indian, Nigerian, Australian, South African English, formal letters, Sichuan, Malaysian Chinese) put
# the same requests with context the older rules read as practical: a flight, an airport, a coach trip or "the
# internet says" is where the asker is, not what is asked. Each class below is the request, whatever the setting.
# 1. A dose asked outright ("what dose of X should I give", "the right amount of X for", "how many X should I take to
#    beat the jet lag"): travel beside it does not make it a supply question; taking some along, packing or buying
#    them does.
_R15_DOSE_OF = re.compile(r"\bwhat(?: is|'s)? (?:the )?(?:right |correct |proper |safe |usual |recommended |maximum |max |"
                          r"normal |best )?(?:dose|dosage|amount|quantity) of (?:[\w'-]+ ){0,3}?" + _C_MED + r"\b")
_R15_HOW_MANY = re.compile(r"\bhow (?:many|much) (?:[\w'-]+ ){0,2}?(?:" + _C_MED + r"|" + _UNIT + r")\b "
                           r"(?:should|can|do|shall|must|may|could) (?:i|we|he|she|they|you|my \w+|the \w+) (?:take|give|have|use)\b"
                           r"(?! (?:with|along|abroad|away|on (?:the|my|a|our) (?:trip|holiday|flight|plane|journey)|"
                           r"in (?:my|the|his|her|our) (?:luggage|bag|case|suitcase|hand luggage)|"
                           r"for (?:the|a|my|our) (?:trip|holiday|journey|flight|stay)))")
_R15_SUPPLY_ASK = re.compile(r"\b(?:pack|packing|bring|bringing|carry|carrying|luggage|suitcase|order|buy|purchase|collect|"
                             r"cost|costs|price|pay|supply|store|stock|boxes|packs|packets|customs|allowed through|"
                             r"prescription charge)\b")
# 2. Stopping, skipping or leaving out a named medicine asked as "should/may/can I" ("may I omit them on such days",
#    "should I stop omeprazole because I'm travelling"): a change whatever the reason given, except the preparation
#    for a procedure that the knowledge base answers.
_R15_STOP_VERB = (r"(?:stop|skip|omit|leave out|leave off|forgo|forego|do without|dispense with|quit|halve|double|pause|"
                  r"miss out|miss|drop|come off|go off|give up|cut out)")
_R15_STOP_ASK = re.compile(r"(?<!where )(?<!how )(?<!when )(?<!who )\b(?:should|shall|may|might|can|could|must) "
                           r"(?:i|we|he|she|they|my \w+)(?: just| simply| safely)? "
                           + _R15_STOP_VERB + r"(?! (?:off|in|by|round|over)\b)(?: taking| using| giving)? "
                           r"(?:(?:my|his|her|our|their|the|these|those|this|that) )?(?:[\w'-]+ ){0,2}?"
                           r"(?:" + _C_MED + r"|them|it|these|those)\b"
                           r"(?! (?:off|in|back|round|into|at the|to the)\b)")
# 3. Getting a named medicine through this chat or app (a new supply, not a repeat), asking the service to send a
#    prescription on or write one up ("can you send it to them", "can one of your docs write it up").
_R15_VIA_CHAT = re.compile(r"\b(?:get|have|obtain|receive|(?:sort|send|give|get) (?:me|us)(?: out)?(?: with)?) "
                           r"(?:a |an |some |any )?(?:[\w'-]+ ){0,2}?" + _C_MED + r" (?:through|via|over|on|from|in|using) "
                           r"(?:this|the|your) (?:chat|app|service|site|website|bot|platform|chatbot)\b")
_R15_NOT_VIA = re.compile(r"\b(?:jabs?|injections?|boosters?|vaccin\w*)\b")
_R15_OWN_MED = re.compile(r"\b(?:my|his|her|our|their)\b [\w'-]*\s*" + _C_MED)
_R15_YOU_SEND = re.compile(r"\b(?:can|could|will|would) (?:you|u|one of (?:you|your \w+)|your \w+|a (?:doctor|doc|gp)|"
                           r"someone|somebody|anyone)(?: there)?(?: please| kindly| just| possibly)? "
                           r"(?:send|fax|email|e-mail|forward|issue|write|sign|raise|prescribe) "
                           r"(?:it|one|that|this|them|(?:me |us )?(?:my|a|the|an|one) (?:[\w'-]+ ){0,2}?"
                           r"(?:prescription|script|rx))"
                           r"(?: (?:up|out|through|over|across|off))?(?! down\b)")
_R15_RX_NOT = re.compile(r"\b(?:repeat|repeats|refill\w*|renew\w*|usual|regular|monthly|status|ready|track\w*|cost|"
                         r"price|pay|collect\w*|deliver\w*|sick note|fit note|letter|form|note for|how (?:do|does|long|much))\b")
_R15_NEW_SUPPLY = re.compile(r"\b(?:need|needs|want|wants|after|prescription|script|keep me|help me|for (?:my|his|her) )\b")
# 4. A described complaint closed by "what is it?", "what ails me" or a choice of two conditions ("sinusitis or just a
#    cold, what do you reckon?"): a request for a diagnosis. A medicine or a diagnosis already named by someone
#    ("the GP says it is gout, what is it?") is asked about as information.
_R15_WHAT_AILS = re.compile(r"\bwhat (?:ails|afflicts|troubles) (?:me|him|her|us|them|my \w+)\b|"
                            r"\bwhat(?: is|'s) the matter with (?:me|him|her|us|them|my \w+)\b|"
                            r"\bthe (?:nature|cause) of (?:my|his|her|our|their) (?:complaint|ailment|malady|affliction|"
                            r"condition|illness|trouble)\b|\bwhat (?:complaint|ailment|malady|affliction) (?:i|he|she|we|they|"
                            r"my \w+) (?:have|has|am|is|are|suffer)")
_R15_WHAT_IS_IT = re.compile(r"(?:^|[.!?,:;]\s*)(?:so |and |but |doctor,? |sir,? |madam,? )?(?:what|wat) (?:is|'s) "
                             r"(?:it|this|that)(?: then| exactly| doctor| sir| madam| please)?\s*\?")
_R15_TELL_WHAT = re.compile(r"\b(?:tell me|know|guess|say|find out) what (?:it|this|that) (?:is|could be|might be)\b")
_R15_EITHER = re.compile(r"(?:^|[.!?,;:]\s*)(?:is it |could it be |maybe |probably |perhaps )?(?:a |an )?(?:[\w'-]+ )?" +
                         _C_CONDITION + r" or (?:just |only |simply )?(?:a |an )?(?:[\w'-]+ )?" + _C_CONDITION +
                         r"\b(?:[,.]? ?(?:what do you (?:reckon|think|say)|do you (?:reckon|think)|you reckon|"
                         r"any ideas?|thoughts|which (?:is it|one)))?\s*\??\s*$")
_R15_OWN_CASE = re.compile(r"\b(?:i|i'm|i am|i've|me|my|we|our|he|she|his|her|him|been)\b")
# Nigerian Pidgin and internet slang: "which medicine I fit take" (fit = can), "wetin dey cause am" (what is causing
# it), "you all think this mole is cancer or nah", "can you sort a script".
_R15_PIDGIN_RX = re.compile(r"\b(?:which|what) (?:medicine|medication|drug|drugs|tablet|tablets|pill|pills|injection|"
                            r"cream|syrup)s? (?:i|we|he|she|they|my \w+) (?:fit|go|suppose|fit to|suppose to) "
                            r"(?:take|use|buy|give|drink|rub)\b(?! (?:to|with|along|into|in)\b)")
_R15_PIDGIN_CAUSE = re.compile(r"\bwhat (?:dey |de |is )?(?:caus\w*|do|dey do) (?:am|it|this|me|him|her|my \w+)\b")
_R15_THINK_IS = re.compile(r"\b(?:you|you all) think (?:this|it|that|my \w+|the \w+)(?: [\w'-]+){0,6}? (?:is|could be|might be|"
                           r"be) (?:a |an )?(?:[\w'-]+ )?" + _C_CONDITION + r"\b(?: or (?:nah|naw|nope|not|no)\b)?")
_R15_SORT_SCRIPT = re.compile(r"\b(?:can|could|will|would) (?:you|u)(?: please| just)? (?:sort|do|organi[sz]e|arrange|"
                              r"get)(?: me| us)?(?: out)? (?:a|an|some|another|one more) (?:new )?(?:script|prescription|rx)\b")
# Formal letters state the request without a question mark ("I am writing to ask whether it would be in order for me
# to reduce my X", "I should be obliged if you would furnish me with a prescription for X", "pray tell, what might it
# signify"); two medicines named and then alternated (两种退烧药交替) is the round-6 alternation in the other order.
_R15_FORMAL_ASK = re.compile(r"\b(?:writ(?:e|ing) to (?:ask|enquire|inquire|request)|(?:should|would) be (?:most |very )?"
                             r"(?:grateful|obliged)|whether (?:it would be|"
                             r"i|he|she|we|they|my \w+) (?:may|might|can|could|should|ought)|in order for (?:me|him|her|us)|"
                             r"permissible|pray tell|i beg to (?:ask|enquire|request))\b")
_R15_FURNISH_RX = re.compile(r"\b(?:furnish|provide|supply|issue|grant) (?:me|us|him|her|my \w+) (?:with )?(?:a |an )?(?:new |"
                             r"fresh )?(?:prescription|script)\b")
_R15_SIGNIFY = re.compile(r"\bwhat (?:might|could|does|would|may|can) (?:it|this|that|these|they) (?:signify|mean|indicate|"
                          r"portend|point to|be a sign of)\b")
_R15_ZH_TWO_ALTERNATE = re.compile(r"(?:两|二|2)种[^,，。?？]{0,8}(?:交替|轮流|轮着|换着|交叉)(?:着)?(?:吃|用|服|喂|给)?"
                                   r"(?:吗|么|呢|行不行|可以|好不好|[?？]|$)")
_R15_NAMED_BY = re.compile(r"\b(?:said|says|told|diagnos\w*|confirmed|found|called it|calls it|labelled|leaflet|letter|"
                           r"mentioned|suggested|recommended|offered|referred|booked|prescribed|given|gave|advised|"
                           r"heard of|read about)\b")
# 5. Chinese: "是不是甲状腺问题" (a problem of a named organ or body part) guesses a diagnosis like 甲状腺有问题;
#    a new box of a named medicine asked for (能开一盒X带着吗) is a prescription even for a journey, unless it is more
#    of the one already taken (多开, 再开, 续, 平时吃的).
_R15_ZH_PART = r"(?:" + _R4_ZH_ORGAN[3:-1] + r"|膝|腰|颈椎|脊椎|腰椎|半月板|韧带|软骨|内分泌|筋|血管|淋巴|妇科|皮肤)"
_R15_ZH_PART_PROBLEM = re.compile(r"(?:是不是|是否|会不会是|可能是|会是|算不算)[^,，。?？]{0,8}" + _R15_ZH_PART +
                                  r"[^,，。?？]{0,3}?(?:的)?(?:问题|毛病)(?:了)?(?:吗|么|呢|啊|吧|[?？]|\s*$)")
_R15_ZH_NEW_BOX = re.compile(r"(?:能|可以|能不能|可不可以|可否|麻烦|请)[^,，。?？]{0,4}(?<![多再续])开(?:一|两|几|1|2|3)"
                             r"(?:盒|瓶|支|板|包|袋|管|疗程)(?:的)?(?P<med>" + _ZH_C_MED + r")[^,，。?？]{0,6}(?:吗|么|呢|[?？]|$)")
_R15_ZH_EXISTING = re.compile(r"多开|再开|续|复诊|长期|平时|一直|常吃|在吃|吃着|原来|同样|一样|以前|上次")


# Information, not a dose: how many one may carry or pack for a journey, and the radiation dose of a scan or X-ray.
_R15_CARRY_COUNT = re.compile(r"\bhow (?:many|much) (?:[\w'-]+ ){0,3}?(?:can|should|may|do|could) (?:i|we|he|she|you|they) "
                              r"(?:carry|pack|bring|fly with|travel with|take (?:with|along|abroad|on (?:the|a|my) "
                              r"(?:plane|flight)|in (?:my|the|a) (?:cabin|hand|carry-?on)))\b")
_R15_DOSE_WORDS = re.compile(r"\b(?:dose|doses|dosage|mg|a day|per day|at once|in one go|every \d+|safe to take)\b")
_R15_RADIATION = re.compile(r"\b(?:radiation|x-?ray|ct|scan|mri|mammogram|radiotherapy) (?:dose|doses|dosage|exposure)\b|"
                            r"\b(?:dose|doses|amount|dosage) of (?:radiation|x-?rays?)\b")


def _r15_information(reason: str | None, norm: str) -> bool:
    """How many to carry on a journey, or a scan's radiation dose: information, not a dose request."""
    if reason != "dose_request":
        return False
    if _R15_CARRY_COUNT.search(norm) and not _R15_DOSE_WORDS.search(norm):
        return True
    return bool(_R15_RADIATION.search(norm)) and not re.search(r"\b(?:iodine|tablets?|pills?|potassium iodide)\b", norm)


def round15_reason(norm: str) -> str | None:
    """The round-15 classes: dose, change, prescribing and diagnosis asks put beside travel or in a new voice."""
    has_med = bool(_C_MED_RE.search(_COSMETIC_GEL.sub(" ", norm)))
    if (_R15_DOSE_OF.search(norm) or _R15_HOW_MANY.search(norm)) and not _R15_SUPPLY_ASK.search(norm) and \
            not _HOW_MUCH_BENIGN.search(norm):
        return "dose_request"
    stop = _R15_STOP_ASK.search(norm)
    if stop and (has_med or _C_MED_RE.search(stop.group(0))) and not _PROCEDURE_PREP.search(norm):
        return "dose_change"
    via = _R15_VIA_CHAT.search(norm)
    if via and not _R15_NOT_VIA.search(via.group(0)) and not _R15_OWN_MED.search(norm) and not _R15_RX_NOT.search(norm):
        return "prescription_request"
    send = _R15_YOU_SEND.search(norm)
    if send and has_med and _R15_NEW_SUPPLY.search(norm) and not _R15_RX_NOT.search(norm) and (
            re.search(r"\b(?:prescriptions?|scripts?|rx)\b", norm) or
            re.search(r"\b(?:write|issue|sign|raise|prescribe)\b", send.group(0))):
        return "prescription_request"
    if _R15_PIDGIN_RX.search(norm) or (_R15_SORT_SCRIPT.search(norm) and not _R15_RX_NOT.search(norm)):
        return "prescription_request"
    if _R15_FURNISH_RX.search(norm) and has_med and not _R15_RX_NOT.search(norm):
        return "prescription_request"
    signify = _R15_SIGNIFY.search(norm)
    if signify and _C_SYMPTOM_RE.search(norm[:signify.start()]) and _R15_OWN_CASE.search(norm[:signify.start()]) and \
            not has_med and not _R15_NAMED_BY.search(norm):
        return "diagnosis_request"
    if _R15_ZH_TWO_ALTERNATE.search(norm) and re.search(_R4_ZH_MED, norm) and _R4_ZH_ASK.search(norm):
        return "dose_change"
    if _R15_WHAT_AILS.search(norm) or _R15_THINK_IS.search(norm):
        return "diagnosis_request"
    cause = _R15_PIDGIN_CAUSE.search(norm)
    if cause and _C_SYMPTOM_RE.search(norm) and _R15_OWN_CASE.search(norm[:cause.start()]):
        return "diagnosis_request"
    what = _R15_WHAT_IS_IT.search(norm) or _R15_TELL_WHAT.search(norm)
    if what and _C_SYMPTOM_RE.search(norm[:what.start()]) and _R15_OWN_CASE.search(norm[:what.start()]) and \
            not has_med and not _R15_NAMED_BY.search(norm):
        return "diagnosis_request"
    either = _R15_EITHER.search(norm)
    if either and (_C_SYMPTOM_RE.search(norm[:either.start()]) or _R15_OWN_CASE.search(norm[:either.start()])):
        return "diagnosis_request"
    if _R15_ZH_PART_PROBLEM.search(norm):
        return "diagnosis_request"
    if _R15_FORMAL_ASK.search(norm) and not re.search(r"[?？]", norm):
        asked = _classify_by_rules(norm.rstrip(" .!") + "?")
        if asked.decision == REDIRECT:
            return asked.reason
    box = _R15_ZH_NEW_BOX.search(norm)
    if box and not re.fullmatch(r"[\u4e00-\u9fff]*(?:药|片|粒|丸|剂)", box.group("med")) and \
            not _R15_ZH_EXISTING.search(norm):
        return "prescription_request"
    return None


# ------------------------------------------------------------------------------------ round 16 (blind batch 14)
# Classes that blind14 (spent) found missing, and look-alikes a blind reviewer's patient questions found
# over-redirected, each written from the shape, not from its sentences.
# 1. New voices, read through the rules already written: Jamaican/Caribbean patois ("mi have dis ... pon mi arm, wha it
#    is?"), the Filipino courtesy particle "po" ("what is that po?"), Cantonese 睇 ("look") and 朝早 ("morning").
_R16_VOICE_EN = [
    (re.compile(r"\bmi\b(?= (?:have|has|got|get|did|do|need|want|feel|ha|a|can|fi|ah)\b)"), "i"),
    (re.compile(r"\bmi\b"), "my"), (re.compile(r"\bdis\b"), "this"), (re.compile(r"\bdat\b"), "that"),
    (re.compile(r"\bpon\b"), "on"), (re.compile(r"\bwha\b"), "what"), (re.compile(r"\bdem\b"), "them"),
    # "po" (Tagalog courtesy) after a word and before a pause or the end; "500mg po" (by mouth) keeps it
    (re.compile(r"(?<=[a-z])(?<!\bmg)(?<!\bml) po\b(?=\s*[?.!,]|\s*$)|^(?:hi|hello|good (?:morning|day|afternoon|evening)) po\b"),
     lambda m: m.group(0)[:-3] if m.group(0).endswith(" po") and m.start() == 0 else ""),
]
_R16_VOICE_ZH = [(re.compile(r"睇(?=[下一吓])|睇睇"), "看"), (re.compile(r"睇"), "看"), (re.compile(r"朝(?:头|頭)?早"), "早上")]
# "Wha it is?", "what it could be?": a described complaint closed by the question in statement order.
_R16_WHAT_IT_IS = re.compile(r"(?:^|[.!?,:;]\s*)(?:so |and |but |please |pls )?what (?:it|this|that) (?:is|be|could be|might be|"
                             r"may be)\s*\?")
# 2. Getting a prescription medicine while skipping the prescriber ("can I get diazepam without seeing a doctor").
_R16_WITHOUT_PRESCRIBER = re.compile(
    r"\b(?:can|could|may|is it possible to|is there a way to|how can|how do) (?:i |we |he |she |they |my \w+ )?(?:just )?"
    r"(?:get|have|buy|obtain|be given|order|receive) (?:some |any |a |an |the )?(?:[\w'-]+ ){0,2}?" + _C_MED +
    r" (?:[\w'-]+ ){0,3}?(?:without|w/o|with no|instead of) (?:seeing|being seen by|consulting|talking to|speaking to|"
    r"an? (?:visit|consultation|appointment|trip) (?:with|to)|going to) (?:a |an |the |my |any )?(?:doctor|doc|gp|clinician|"
    r"prescriber|physician|anyone|anybody|someone|nurse)\b")
_R16_NOT_NEW = re.compile(r"\b(?:jabs?|injections?|boosters?|vaccin\w*|flu shot|repeat|repeats|refill\w*|renew\w*|usual|"
                          r"regular|my (?:[\w'-]+ )?(?:prescription|meds|medication|tablets|pills))\b")
_R16_VACCINE = re.compile(r"\b(?:vaccin\w*|immuni[sz]\w*|boosters?|(?:flu|covid|travel|tetanus|hpv|shingles|mmr|whooping cough|"
                         r"pneumonia|rsv|hep(?:atitis)? ?[ab]?) (?:jabs?|shots?|injections?)|repeat|refill\w*|renew\w*)\b")
# "you all prescribe that weight-loss jab? I'd like a month's worth sent": the service asked to prescribe and supply one
_R16_YOU_PRESCRIBE = re.compile(r"\b(?:do |can |will |would |could )?(?:you|you all|you guys|your (?:doctors?|docs|clinic|service))"
                                r" (?:prescribe|do prescriptions for|write (?:scripts|prescriptions) for) (?:that |the |this |"
                                r"those |these |a |an |some |any )?(?:[\w'-]+ ){0,2}?" + _C_MED + r"\b")
_R16_WANT_IT = re.compile(r"\b(?:i'?d like|i would like|i want|i need|i'?m after|send|sent|post(?:ed)?|deliver\w*|for me|get me|"
                          r"can i (?:get|have)|worth)\b")
# "write me something strong, like zopiclone": a medicine asked for by example
_R16_LIKE_MED = re.compile(r"\b(?:write|give|get|send|prescribe|sort) (?:me|him|her|us|them)(?: out| up)? (?:with )?"
                           r"(?:something|anything|some \w+)(?: [\w'-]+){0,2}?,? (?:like|such as|e\.?g\.?|say|maybe|for example)"
                           r" (?:some |a |an )?" + _C_MED + r"\b")
# 3. How much of a medicine to take, with a journey as the occasion ("how much of the travel-sickness tablets can I take
#    on a 13-hour flight"): "how much of the X" + a taking verb is an amount to swallow, not one to pack.
_R16_HOW_MUCH_OF = re.compile(r"\bhow (?:much|many) of (?:the|my|these|those|his|her|their|our|your|this|that) (?:[\w'-]+ ){0,3}?"
                              + _C_MED + r"\b.{0,30}?\b(?:can|could|should|may|do|must) (?:i|we|he|she|they|you|my \w+) "
                              r"(?:safely )?(?:take|have|give|use|swallow|chew)\b")
_R16_CARRY = re.compile(r"\b(?:bring|pack|carry|luggage|hand baggage|carry-?on|through (?:security|customs)|on board|"
                        r"take (?:with|along|abroad|through|into)|take on (?:the|a|my|board) (?:plane|flight)\b)")
# 4. Moving a named medicine to another time of day for good ("can I just take it at night from now on", "move my X to
#    the evening"); the practical "take it with food / at night" wording alone stays information.
_R16_TIME = r"(?:at night|at nighttime|in the (?:morning|evening|afternoon)s?|at bedtime|before bed|at lunch(?:time)?|mornings|evenings|nights)"
_R16_MOVE_TIME = re.compile(
    r"\b(?:take|have|give|use|do|switch|move|shift|change) (?:it|them|this|that|my [\w'-]+(?: [\w'-]+)?|the [\w'-]+|[\w'-]+) "
    r"(?:[\w'-]+ ){0,2}?" + _R16_TIME + r" (?:from now on|going forward|permanently|for good|from (?:today|tomorrow|now)|"
    r"every (?:day|night) (?:now|instead)|from here on|moving forward)\b|"
    r"\b(?:move|switch|shift|change) (?:it|them|my [\w'-]+(?: [\w'-]+)?|the [\w'-]+|taking [\w'-]+) (?:over )?(?:to|into) "
    r"(?:the )?(?:night|nights|nighttime|evening|evenings|morning|mornings|bedtime|lunchtime|afternoon)s?\b")
# 5. Chinese: a prescription asked for without naming for whom (能不能给开点X / 能开点X让我...吃吗);
#    a choice of two conditions after a described complaint (脸上一直冒闭口，是痤疮还是螨虫？);
#    "look at it and tell me what it is" (帮我看下是什么事); switching one's own medicine to another (cheaper) brand;
#    moving it from one time of day to another (由早上吃转去晚上吃).
_R16_ZH_OPEN_SOME = re.compile(r"(?:能|可以|可不可以|能不能|可否|麻烦|请)[^,，。?？]{0,3}(?:给|帮|替)?(?:我|他|她|我们|学生|孩子)?"
                               r"(?<![多再续])开(?:点|些|一些|一点|几片|几粒|一盒|盒)(?P<rest>[^,，。?？]{1,16})")
_R16_ZH_NOT_MED = re.compile(r"证明|假条|病假|单子|单|检查|化验|报告|b超|ct|核磁|发票|收据|病历|转诊|介绍信|玩笑|窗|门|灯|空调|车")
_R16_ZH_BODY = (r"(?:脸|面|额头|下巴|鼻|嘴|唇|眼|耳|头|颈|脖子|肩|背|胸|腰|肚|腹|手|脚|腿|膝|臂|指|趾|皮肤|身上|全身|屁股|私处|下面|"
                r"阴|乳|口腔|喉|嗓子|牙|舌|关节|骨)")
_R16_ZH_EITHER = re.compile(r"(?:是|会是|是不是|算)(?P<a>[\u4e00-\u9fff]{1,6})还是(?P<b>[\u4e00-\u9fff]{1,6}?)(?:了)?"
                            r"(?:啊|呀|呢|吗|么|吧|哦|嘛)?\s*[?？]*\s*$")
_R16_ZH_EITHER_CONDITION = re.compile(_ZH_C_CONDITION + r"|螨虫|真菌|细菌|病毒|上火|湿气|湿热|缺钙|缺铁|缺维生素|激素脸|闭口|粉刺|"
                                      r"过敏|感染|发炎|胃病|胃炎|肠炎|扭伤|拉伤|劳损|骨质增生")
_R16_ZH_LOOK_WHAT = re.compile(r"(?:帮|给|替)(?:我|我们|他|她)?(?:看看|看一下|看下|看一看|瞧瞧|瞅瞅|诊断一下)[^,，。?？]{0,6}?"
                               r"(?:是什么|是不是|是啥|怎么回事|咋回事|什么事|什么问题|什么情况|什么病|啥病|啥情况)")
_R16_ZH_LOOK_NOT = re.compile(r"报告|化验单|检查单|单子|结果|片子|意思|指标|数值|预约|排队|流程|怎么走|在哪|几点")
_R16_ZH_BRAND = re.compile(r"(?:转|换|改)(?:用|成|去|做|为|到|吃)?[^,，。?？]{0,6}(?:牌子|品牌|厂家|厂的|国产|进口|仿制|集采|平价|"
                           r"便宜的|平些的|平的)")
_R16_ZH_TIMES = r"(?:早上|早晨|清早|上午|中午|下午|傍晚|晚上|夜里|夜间|睡前|饭前|饭后|白天|半夜)"
_R16_ZH_MOVE_TIME = re.compile(r"(?:由|从)" + _R16_ZH_TIMES + r"(?:吃|服|用|打|涂)?(?:转|改|换|调|挪|移)(?:去|到|成|为|做)?" +
                               _R16_ZH_TIMES)
# Information vetoes (the reviewer's patient questions): the notice or time an appointment change needs ("how much
# warning do you need"), and an amount of water or food with no medicine named (要喝多少水 before a scan,
# 吃一颗糖 the night before surgery): neither is the amount of a medicine.
_R16_HOW_MUCH_ADMIN = re.compile(r"\bhow (?:much|many|far)(?: (?:advance|prior))? (?:warning|notice|heads[- ]?up|lead time|"
                                 r"advance|in advance|ahead|days(?:'|s')? (?:notice|warning)|time (?:ahead|in advance|before))\b")
_R16_ZH_FOOD = (r"(?:糖|糖果|奶糖|硬糖|软糖|薄荷糖|口香糖|巧克力|饼干|面包|苹果|香蕉|橘子|桔子|水果|鸡蛋|蛋|馒头|包子|饭|米饭|粥|面条|面|"
                r"白开水|温水|开水|凉水|清水|水|牛奶|奶|果汁|咖啡|茶|汤|零食|话梅|枣|东西)")
_R16_ZH_FOOD_AMOUNT = re.compile(r"(?:(?:[一二两三四五六七八九十几半1-9]|一小|一大)(?:颗|粒|块|片|个|口|勺|杯|瓶|根|包|袋|碗|小口|点)|"
                                 r"(?:喝|吃|补|喂|给|要喝|要吃)多少|一点|一些|点|口)" + _R16_ZH_FOOD + r"(?![\u4e00-\u9fff]{0,2}(?:药|片|剂|丸|冲剂))")


def _mapped_voices(norm: str, english: list, chinese: list) -> str:
    """The message with each (pattern, replacement) of a round's voice lists applied; the Chinese ones only where the
    message has Chinese."""
    for pattern, replacement in english:
        norm = pattern.sub(replacement, norm)
    if re.search(r"[\u4e00-\u9fff]", norm):
        for pattern, replacement in chinese:
            norm = pattern.sub(replacement, norm)
    return norm


def _r16_voice(norm: str) -> str:
    """The message with the round-16 voices mapped to the wording the rules read; unchanged when none is present."""
    norm = _mapped_voices(norm, _R16_VOICE_EN, _R16_VOICE_ZH)
    return re.sub(r"\s+", " ", norm).strip()


def _r16_information(reason: str | None, norm: str) -> bool:
    """Practical look-alikes: appointment notice asked as 'how much', water or food amounts with no medicine."""
    if reason != "dose_request":
        return False
    if _R16_HOW_MUCH_ADMIN.search(norm) and not _C_MED_RE.search(norm) and not re.search(r"\b(?:dose|doses|dosage|mg|ml)\b", norm):
        return True
    food = _R16_ZH_FOOD_AMOUNT.search(norm)
    if food:
        rest = _R16_ZH_FOOD_AMOUNT.sub("", norm)
        return not re.search(_R4_ZH_MED, rest) and not _ZH_DOSE.search(rest) and not _ZH_C_QTY.search(rest) and \
            not _C_MED_RE.search(rest)
    return False


def round16_reason(norm: str) -> str | None:
    """The round-16 classes on scope_text() output, or None."""
    has_med = bool(_C_MED_RE.search(_COSMETIC_GEL.sub(" ", norm)))
    if _R16_WITHOUT_PRESCRIBER.search(norm) and not _R16_NOT_NEW.search(norm):
        return "prescription_request"
    you = _R16_YOU_PRESCRIBE.search(norm)
    if you and _R16_WANT_IT.search(norm[you.end():]) and not _R16_VACCINE.search(norm) and not _R15_RX_NOT.search(norm):
        return "prescription_request"
    if _R16_LIKE_MED.search(norm):
        return "prescription_request"
    if _R16_HOW_MUCH_OF.search(norm) and not _R16_CARRY.search(norm):
        return "dose_request"
    if has_med and _asks(norm) and _R16_MOVE_TIME.search(norm):
        return "dose_change"
    what = _R16_WHAT_IT_IS.search(norm)
    if what and _C_SYMPTOM_RE.search(norm[:what.start()]) and _R15_OWN_CASE.search(norm[:what.start()]) and \
            not has_med and not _R15_NAMED_BY.search(norm):
        return "diagnosis_request"
    zh_ask = bool(_R4_ZH_ASK.search(norm))
    zh_med = re.search(_R4_ZH_MED, norm)
    some = _R16_ZH_OPEN_SOME.search(norm)
    if some and not _R16_ZH_NOT_MED.match(some.group("rest")) and not _R15_ZH_EXISTING.search(norm) and \
            not _ZH_PRACTICAL.search(norm) and re.search(r"[吃用服打涂]|" + _ZH_C_MED, some.group("rest")):
        return "prescription_request"
    either = _R16_ZH_EITHER.search(norm)
    if either and not zh_med and not re.search(r"引起|导致|造成|的原因", norm) and \
            (_R16_ZH_EITHER_CONDITION.search(either.group("a")) or _R16_ZH_EITHER_CONDITION.search(either.group("b"))) and \
            (re.search(_R16_ZH_BODY, norm[:either.start()]) or _R5_ZH_SYMPTOM.search(norm[:either.start()])):
        return "diagnosis_request"
    if _R16_ZH_LOOK_WHAT.search(norm) and not _R16_ZH_LOOK_NOT.search(norm) and not zh_med:
        return "diagnosis_request"
    if zh_med and zh_ask and _R16_ZH_BRAND.search(norm) and not _ZH_PRACTICAL.search(norm):
        return "dose_change"
    if (zh_med or re.search(r"[吃服]", norm)) and zh_ask and _R16_ZH_MOVE_TIME.search(norm) and not _ZH_PRACTICAL.search(norm):
        return "dose_change"
    voiced = _r16_voice(norm)
    if voiced != norm:
        asked = _classify_by_rules(voiced)
        if asked.decision == REDIRECT:
            return asked.reason
    return None


# ------------------------------------------------------------------------------------ round 17 (blind batch 15)
# Classes that blind15 (spent) and a blind reviewer's patient questions found, written from the shape:
# 1. Voices read through the rules (the re-read only ever adds a redirect, as round 16's does): Hinglish/Urdu
#    (kitna/kitne "how much", dena "give", lena "take", dawai "medicine", bukhar "fever", abbu/ammi), Scouse, Geordie
#    and Cockney "me"/"wor" before a relative or a body part ("me mum" = my mum), AAVE finna/tryna, "c.c." with stops;
#    Chinese 嗰 (Cantonese "that"), 额 (Shaanxi "I"), 恁 (Shandong "you"), 嘛 (Tianjin "what"), 哪样 (Yunnan/Guizhou
#    "what"), a Beijing 儿 after a unit (几片儿), 楼主/lz (a forum poster speaking of themself).
_R17_VOICE_EN = [
    (re.compile(r"\bkit(?:na|ni|ne|nay|ney)\b"), "how much"),
    (re.compile(r"\b(?:dena|dene|deni|de sakte|de sakta|de sakti)\b(?: (?:hai|hain|he|ho|hoga|chahiye))?"), "to give"),
    (re.compile(r"\b(?:lena|lene|leni|le sakte|le sakta|le sakti|kha sakte|kha sakta|kha sakti)\b(?: (?:hai|hain|he|ho|hoga|"
                r"chahiye))?"), "to take"),
    (re.compile(r"\b(?:dawai|dawaai|dawa|dava|davai|goli|goliyan)\b"), "medicine"),
    (re.compile(r"\bbukhar\b"), "fever"), (re.compile(r"\bkhansi\b"), "cough"), (re.compile(r"\bdard\b"), "pain"),
    (re.compile(r"\b(?:abbu|abba|pitaji|papa ji)\b"), "dad"), (re.compile(r"\b(?:ammi|ammu|amma|mataji|mummy ji)\b"), "mum"),
    (re.compile(r"\b(?:bachcha|bacha|bachche|bachchi|munna|munni)\b"), "child"),
    (re.compile(r"\b(?:me|wor|mi) (?=(?:mum|mam|mammy|ma|dad|da|nan|nana|nanna|gran|granny|grandad|missus|fella|husband|"
                r"wife|lad|bairn|bairns|kid|kids|son|daughter|back|head|chest|leg|legs|arm|knee|knees|belly|stomach|tummy|"
                r"throat|eye|eyes|ear|ears|foot|feet|hand|hands|skin|tooth|teeth|chest)\b)"), "my "),
    (re.compile(r"\bfinna\b"), "going to"), (re.compile(r"\btryna\b"), "trying to"),
    (re.compile(r"\b(?:me|wor|mi) (?=old (?:man|dear|lady|fella|girl)\b)"), "my "),
    # dyslexic and sound-it-out spellings of the words the cues are built from
    (re.compile(r"\bstopp\b"), "stop"), (re.compile(r"\bstop(?:p?ed|t)\b"), "stopped"),
    (re.compile(r"\b(?:dubble|doble|dubel|dubbel)\b"), "double"), (re.compile(r"\b(?:mutch|mutsh|mich)\b"), "much"),
    (re.compile(r"\b(?:meny|mennie|menny)\b"), "many"), (re.compile(r"\b(?:docter|docta|doctar)\b"), "doctor"),
    (re.compile(r"\b(?:perscription|presciption|priscription|prescripshun|perscripshun)s?\b"), "prescription"),
    (re.compile(r"\b(?:medisin|medecine|medicin|medsin|medacine)s?\b"), "medicine"),
    (re.compile(r"\b(?:tabblets|tablits|tablats|tablest)\b"), "tablets"), (re.compile(r"(?<=\d )yer(?= old\b)"), "year"),
    (re.compile(r"\b(?:shoud|shuold|sould)\b"), "should"), (re.compile(r"\b(?:giv|gve)\b"), "give"),
    (re.compile(r"\b(?:dotor|doctr|docktor)\b"), "doctor"), (re.compile(r"\bsed\b"), "said"),
    (re.compile(r"\bantibioti(?:k|c)s?\b|\bantibiotiks\b|\bantybiotics?\b"), "antibiotics"),
    (re.compile(r"\binfecshun\b|\binfekshun\b|\binfection\b"), "infection"), (re.compile(r"\burin\b"), "urine"),
    # nurse shorthand: tabs, prn, bd ... (the rules read tablets, as needed, twice a day)
    (re.compile(r"\btabs\b"), "tablets"), (re.compile(r"\bprn\b"), "as needed"), (re.compile(r"\bpt'?s?\b"), "patient"),
    (re.compile(r"\bc\.c\.?(?=[\s?？!！,，。]|$)"), "cc"),
]
_R17_VOICE_ZH = [
    (re.compile(r"c\.c\.?"), "cc"), (re.compile(r"[嗰𠮶]"), "那"),
    (re.compile(r"(?:^|(?<=[,，。!！?？\s]))额(?=[想要家的娃妈爸老屋这们是也今昨前得有])"), "我"),
    (re.compile(r"恁(?=[们家说看给帮能可这那的娃妈爸])"), "你"),
    (re.compile(r"(?<=[是得了这那吃用开])嘛(?=[病药事情况毛问东])"), "什么"), (re.compile(r"哪样(?=[病药毛问东]|[?？]|$)"), "什么"),
    (re.compile(r"(?<=[点片粒块颗包袋勺会])儿"), ""), (re.compile(r"楼主|lz(?=[想要的家吃今昨])"), "我"),
    # Tianjin 介 (this) and 几回 (how many times)
    (re.compile(r"介(?=个|是|么|药|病)"), "这"), (re.compile(r"(?<=几)回"), "次"),
]
# 2. English requests: a named medicine's dose times moved ("should he change his metformin timings to night" for a
#    fast); "write (me) antibiotics for my mother" (write = prescribe); a formal request for a prescription of a named
#    medicine with no question ("Requesting a prescription for X 50 mg"); a guess asked first and the complaint
#    described after it ("is this a fungal nail? my toenail has gone thick and yellow").
_R17_TIME_WORD = (r"(?:night|nights|night-?time|evening|evenings|morning|mornings|bedtime|lunch(?:time)?|afternoon|iftar|"
                  r"suhoor|suhur|sehri|sehar|dinner(?:time)?|supper|breakfast|(?:after|before) (?:dinner|breakfast|iftar|"
                  r"suhoor|sehri|dark|sunset|dawn))")
_R17_MOVE_MED_TIME = re.compile(
    r"\b(?:change|changing|move|moving|shift|shifting|switch|switching|adjust|adjusting|push|pushing|swap|swapping) "
    r"(?:my |his |her |their |our |the |mum's |dad's )?(?:[\w'-]+ )?" + _C_MED + r"(?:'s)? (?:timings?|times?|schedule|"
    r"dose times?|dosing(?: times?)?|doses?) (?:to|for|over to|around|round) (?:the |at |after |before )?" + _R17_TIME_WORD +
    r"\b|(?<!how to )\b(?:change|move|shift|switch|adjust|push) (?:the )?(?:timings?|times?|schedule) (?:of|for) (?:my|his|"
    r"her|their|mum's|dad's) (?:[\w'-]+ )?" + _C_MED + r"\b")
# "ringworm or eczema?" after a described complaint: a choice between two guesses; "which medicine to give" (the
# infinitive ask of Kenyan, Nigerian and South Asian English); nurse shorthand (prn, bd, tds, nocte) read out, then
# "give another X early" or "give the evening dose at lunch instead".
_R17_EITHER_GUESS = re.compile(r"(?:^|[.!;,]\s*)(?:is it |maybe |could be |prob |probably )?(?:a |an )?(?P<a>[a-z][\w'-]*(?: [\w'-]+)?)"
                               r" or (?:a |an |just )?(?P<b>[a-z][\w'-]*(?: [\w'-]+)?)\s*\?+\s*$")
_R17_WHICH_TO_GIVE = re.compile(r"\bwhich (?:medicine|medication|tablet|syrup|drug|antibiotic|cream|ointment|painkiller|pill|"
                                r"injection)s? (?:to|should i|can i|shall i|do i|should we|can we) (?:give|take|use|apply|start)\b"
                                r"(?! (?:in|into|with|to|along|on the|abroad)\b)")
_R17_NURSE = [(re.compile(r"\bprn\b"), "as needed"), (re.compile(r"\bbd\b|\bbid\b"), "twice a day"),
              (re.compile(r"\btds\b|\btid\b"), "three times a day"), (re.compile(r"\bqds\b|\bqid\b"), "four times a day"),
              (re.compile(r"\bnocte\b"), "at night"), (re.compile(r"\bmane\b"), "in the morning"),
              (re.compile(r"\bpt\b"), "patient"), (re.compile(r"\bc/o\b"), "complains of")]
_R17_GIVE_ANOTHER = re.compile(r"\b(?:give|take|have|use|administer) (?:him |her |them |the patient |my patient )?(?:another|an extra|"
                               r"a second|one more|a further|an early|a top-?up)(?: [\w'-]+){0,2}? " + _C_MED +
                               r"\b(?: (?:dose|doses|tablet|tablets))?(?: \w+)?? (?:early|earlier|now|sooner|already|yet)\b")
_R17_DOSE_SLOT = re.compile(r"\b(?:give|take|have|move|do) (?:the |his |her |my |their |tonight's |today's )?(?:morning|evening|night|"
                            r"bedtime|lunchtime|teatime|afternoon|nighttime) (?:dose|one|tablet|tablets|insulin|injection|jab|pill)"
                            r"(?: [\w'-]+){0,2}? (?:at|in|with|to) (?:the )?(?:morning|evening|night|bedtime|lunch|lunchtime|"
                            r"afternoon|breakfast|dinner|tea|teatime)(?: instead| early)?\b")
# A medicine run out of, then going without it asked ("ran out of his blood pressure tabs, can he skip a few days")
_R17_RAN_OUT_SKIP = re.compile(r"\b(?:run|ran|running|is out|are out|out) (?:out )?of (?:[\w'-]+ ){0,3}?(?:" + _C_MED + r"|tabs)\b"
                               r".{0,40}?\b(?:can|could|should|may|is it ok (?:for|if)|will it be ok if) (?:i|he|she|we|they|my \w+)"
                               r" (?:just )?(?:skip|miss|go without|manage without|do without|stop|leave (?:it|them))\b")
# Someone else's medicine taken ("can I take my roommate's adderall"); an amount swapped for another ("amlodipine 10
# instead of 5"); a count the prescriber gave, then a bigger one asked ("doctor said take 2 ... can I take 3");
# "what this rash on my neck is?" (a complaint inside the question in statement order).
_R17_OTHERS_MED = re.compile(r"\b(?:take|use|have|borrow|try|pinch|nick)\b (?:some of |one of |a few of )?(?:my |a |his |her |our |"
                             r"their )?(?:roommate|room-?mate|flatmate|housemate|partner|boyfriend|girlfriend|bf|gf|mate|"
                             r"cousin|neighbou?r|colleague|co-?worker|nan|gran|grandma|grandad|aunt|auntie|uncle|friend|sister|"
                             r"brother|mum|mom|dad|wife|husband|someone|somebody|bestie|bff)'s (?:old |spare |leftover )?"
                             r"(?:[\w'-]+ )?" + _C_MED + r"\b")
_R17_INSTEAD_AMOUNT = re.compile(r"\b(?:take|have|give|use|do|go on|be on)\b (?:[\w'-]+ ){0,3}?\d+(?:\.\d+)? ?(?:mg|mcg|ml|units?)?"
                                 r" instead of (?:the )?\d+(?:\.\d+)?\b")
_R17_SAID_THEN_MORE = re.compile(r"\b(?:doctor|dr|doc|gp|pharmacist|nurse|label|box|leaflet|consultant)\b.{0,30}?\b(?:said|says|"
                                 r"told (?:me|us|him|her)|wrote|prescribed)\b.{0,20}?\b(?:take|give|have|use) (?:\d+|one|two|"
                                 r"three|four)\b.{0,60}?\b(?:can|could|should|may) (?:i|he|she|we|they) (?:take|give|have|use|do)"
                                 r" (?:\d+|one|two|three|four|five|six|more|extra|another)\b")
_R17_WHAT_THIS_IS = re.compile(r"\bwhat (?:this|that|these|those) (?:[\w'-]+ ){1,5}?(?:is|are|could be|might be)\s*[?.!]")
# "my baby is having flu, what can I give her?": a medicine chosen for a described complaint
_R17_WHAT_GIVE = re.compile(r"\bwhat (?:can|could|should|shall|do|must) (?:i|we) (?:give|use on|put on|rub on) (?:him|her|them|my \w+|"
                            r"the baby|baby|the kids?|it)\b(?! (?:to (?:eat|drink|play|read|do|wear)|for (?:lunch|dinner|"
                            r"breakfast|christmas|(?:his|her|their) birthday)|as a (?:gift|present|treat)))")
_R17_COMPLAINT_EN = re.compile(r"\b(?:" + _SYMPTOM + r"|flu|cold|fever|temperature|temp|" + _R5_CONDITION + r"|having (?:a |an )?"
                               r"[\w'-]+|since (?:morning|yesterday|last night|\d+ days?))\b")
_R17_WRITE_MED = re.compile(r"(?<!how to )(?<!how do you )(?<!how do i )\bwrite (?:me |us |him |her |them |out )?(?:some |an? |"
                            r"the |a course of |a strip of |few )?(?:[\w'-]+ )?" + _C_MED + r"\b(?! (?:down|names?|doses?|"
                            r"dosage|readings?|levels?|times?|diary|log|chart|list|on|in|into))")
_R17_WRITE_NOT = re.compile(r"\b(?:spell\w*|name of|written|write (?:it |them )?down|repeat|repeats|refill\w*|renew\w*|"
                            r"usual|regular|diary|log|label)\b")
_R17_REQUEST_RX = re.compile(r"\b(?:requesting|request(?:ing)? for|i (?:am |would like to |wish to |'d like to )?request|"
                             r"kindly (?:issue|provide|send)|i would like|i'd like|seeking) (?:a |an |the )?(?:new |private |"
                             r"fresh |one-off |one off )?(?:e-?)?(?:prescriptions?|scripts?|rx) (?:for|of) (?:some |a |an )?"
                             r"(?:[\w'-]+ ){0,2}?" + _C_MED + r"\b")
_R17_GUESS_FIRST = re.compile(r"(?:^|[.!?,:;]\s*)(?:[\w']+,? ){0,3}?(?:is|could|might|can) (?:this|it|that) (?:be |just )?"
                              r"(?:a |an |the |just |some )?(?P<guess>[a-z][\w'-]*(?: [\w'-]+){0,2})\s*\?+\s*(?P<rest>.+)$")
_R17_GUESS_NOT = re.compile(r"^(?:ok|okay|normal|safe|serious|contagious|catching|infectious|bad|worth|true|fine|urgent|"
                            r"an? emergency|emergency|common|possible|allowed|covered|free|open|available|the same|something|"
                            r"anything|dangerous|necessary|right|wrong|enough|too|real|legit|a scam|scam|me|you|mine|yours|"
                            r"him|her|it|that|this|what|why|how|when|where|who|which)\b")
# what a first guess names: a listed condition, or a word a condition's name ends in ("fungal nail", "skin tag")
_R17_GUESS_HEAD = re.compile(r"(?:^|\b)(?:" + _C_CONDITION + r"|" + _R5_CONDITION + r"|athlete'?s foot|(?:[\w'-]+ )?(?:infection|"
                             r"rash|sore|ulcer|tag|wart|verruca|cyst|lump|boil|abscess|bite|sting|burn|blister|allergy|"
                             r"reaction|nail|fungus|\w*worm|mole|melanoma|eczema|psoriasis|dermatitis|hives|stye|impetigo|"
                             r"scabies|lice|thrush|shingles|gout|sprain|fracture|strain|hernia|bunion|corn|callus|cellulitis|"
                             r"acne|rosacea|cancer|tumou?r|polyp|virus|flu|covid|bruise|clot|spot|pimple|"
                             r"[a-z]+(?:itis|osis|oma|emia|aemia)))s?$")
_R17_DESCRIBED = re.compile(r"\b(?:gone|turned|going|getting|got|looks?|patch|patches|spots?|rash|lumps?|bumps?|thick|"
                            r"thicker|yellow|red|itchy|itching|sore|swollen|flaky|peeling|crusty|ring|rings|marks?|discharge|"
                            r"bleeding|blisters?|white|black|brown|scaly|dry|raised|oozing|smells?|hurts?|painful|skin|neck|"
                            r"arms?|legs?|face|back|chest|toes?|toenails?|fingers?|fingernails?|nails?|feet|foot|hands?|"
                            r"eyes?|eyelids?|lips?|mouth|tongue|scalp|ears?|nose|belly|tummy|groin|knees?|elbows?|ankles?|"
                            r"wrists?|shoulders?)\b")
# 3. Chinese requests: wanting a named medicine prescribed (想直接开X, 想网上开X, 哪位医生能给开, 给开个方子); a
#    complaint then 是X吗 for a condition no suffix names (灰指甲, 脚气, 鸡眼); a complaint then 这是什么X病; a missed
#    dose made up (忘记吃…今天要补吃吗); a medicine switched to a cheaper one (转做平些那只).
_R17_ZH_WANT_RX = re.compile(r"(?:想|要|打算|希望|准备)(?:直接|自己|在网上|网上|线上|在线|去)?(?<![多再续])开(?:点|些|一些|一盒|"
                             r"几盒|两盒|个|盒|几片|几粒)?(?:[^,，。?？!！]{0,4}?)(?:" + _R4_ZH_MED + r")")
_R17_ZH_WHO_RX = re.compile(r"(?:哪位|哪个|有没有|谁|有无)(?:医生|大夫|医师|doctor)(?:能|可以|肯|愿意|会)?(?:给|帮|替)?(?:我)?开"
                            r"(?:(?:点|些|一些|一盒|个)?[^,，。?？!！]{0,4}?" + _R4_ZH_MED + r"|(?:吗|么|呢)?[?？]|\s*$)|"
                            r"(?:给|帮|替)(?:我|俺)?开(?:个|张|副|付)?(?:方子|药方|单方)")
_R17_ZH_COND_EXTRA = (r"(?:灰指甲|甲癣|脚气|香港脚|脚癣|手癣|体癣|股癣|头癣|汗疱疹|湿疹|荨麻疹|痱子|冻疮|鸡眼|瘊子|扁平疣|"
                      r"毛囊炎|白癜风|银屑病|牛皮癣|玫瑰糠疹|带状疱疹|水痘|手足口|麦粒肿|针眼|痔疮|肛裂|脂肪瘤|腱鞘炎|网球肘|"
                      r"鼠标手|富贵包|骨刺|落枕|岔气|肩周炎|静脉曲张|老年斑|黄褐斑|蚊子包|狐臭|口腔溃疡|扁桃体发炎|中暑|"
                      r"缺钙|缺铁|低血糖|贫血)")
_R17_ZH_IS_COND = re.compile(r"(?:是|是不是|会不会是|可能是|该不会是|算不算|得了|长了)(?:得了|患了|长了)?[\u4e00-\u9fff]{0,2}?" +
                             _R17_ZH_COND_EXTRA + r"(?:了)?(?:(?:吗|么|嘛|吧|呢|不)[?？。!！]*|[?？]+)\s*$")
_R17_ZH_WHAT_KIND = re.compile(r"(?:这|这个|那|那个|是|得了|得的|算|属于)(?:是|算)?(?:什么|啥|哪种|哪一种)(?:(?!科)[\u4e00-\u9fff]){1,4}?"
                               r"(?:病|毛病|炎|癣|疹|症)(?:(?:啊|呀|呢|吗|么|嘛)[?？。!！]*|[?？]+)\s*$")
_R17_ZH_WHAT_THING = re.compile(r"(?:这|这个|那|那个|它)(?:是|算)?(?:什么|啥|啥子)(?:玩意儿?|东西|鬼东西|情况)(?:啊|呀|呢|嘛|哦)?"
                                r"[?？。!！]*\s*$")
_R17_ZH_COMPLAINT = re.compile(_R16_ZH_BODY + r"|" + _R5_ZH_SYMPTOM.pattern + r"|变|脱皮|掉皮|起皮|长|冒")
_R17_ZH_MAKE_UP = re.compile(r"补(?:吃|服|打|用|喷|涂|上|回)(?:一|上|回)?(?:次|片|粒|颗|针|顿|剂)?")
_R17_ZH_MISSED = re.compile(r"(?:忘|漏|没|没有|忘记|忘了)(?:记|了)?(?:吃|服|打|用|喷|涂)")
# "买别的牌子换着吃": another brand swapped in; "可唔可以夜晚先食" (take it at night instead): a named medicine
# moved to a time of day with 先/才/改 (Cantonese and Macau wording), not the general "can it be taken at night".
_R17_ZH_OTHER_BRAND = re.compile(r"(?:别的|其他|其它|另外的?|另一个|另一种|不同的?)(?:牌子|品牌|厂家|厂的|厂子)[^,，。?？]{0,6}"
                                 r"(?:换|替|代替|顶|接着|替换)")
_R17_ZH_TIME_INSTEAD = re.compile(r"(?:可不可以|能不能|可以|能否|能)(?:改|换)?(?:到|在|成)?" + _R16_ZH_TIMES +
                                  r"(?:先|才|再|改)(?:吃|服|用|打)")
_R17_ZH_SKIP_PERIOD = re.compile(r"(?:连着|连续|接着|不停药?|不停)(?:吃|服)[^,，。?？]{0,6}(?:不来|推迟|推后|延后|避开|跳过)"
                                 r"(?:月经|例假|大姨妈|姨妈)")
# How long to wait before giving it again (间隔多久再塞/再吃); "您给开点X" (the doctor asked to prescribe, Beijing)
_R17_ZH_INTERVAL = re.compile(r"(?:间隔|隔|过)(?:多久|多长时间|几个?小时|几个钟)(?:才能|才可以|可以|能|才)?再(?:吃|用|塞|喂|打|喷|服|涂|贴|滴)")
_R17_ZH_YOU_OPEN = re.compile(r"(?:您|你|医生|大夫|医师)(?:给|帮)(?:我|俺|咱|我们)?开(?:点|些|一些|个|盒|几盒)?[^,，。?？]{0,8}?"
                              r"(?:" + _R4_ZH_MED + r")")
_R17_ZH_CHEAPER = re.compile(r"(?:转|换|改)(?:用|成|去|做|为|到|吃)?[^,，。?？]{0,4}(?:平|便宜|实惠|划算)(?:些|点|一点|一些)?"
                             r"(?:的|那|个|款|种|只|牌)")
# 4. Practical look-alikes (the reviewer's patient questions): a cue word that means something else here is replaced
#    and the rules are read again; the redirect stands only if the rest of the message still asks. Disposal of old or
#    used medicines and needles ("where can I take my old inhalers"); a measurement ("70 cm wide", "big enough");
#    results read out or sent ("can the receptionist read my results out over the phone", with no "what do they
#    mean"); hand gel on a ward that has a bug (infection control, not a person's illness); blister packs (packaging);
#    开 that drives, switches on, or issues a document (开车/开回家, 开电热毯, 补开 a sick note).
_R17_DISPOSAL_THING = (r"(?:" + _C_MED + r"|needles?|sharps|syringes?|lancets?|pens?|bottles?|sharps bins?|patches|cans?|"
                       r"canisters?|pumps?)")
_R17_DISPOSAL = re.compile(
    r"\b(?:where|how) (?:can|do|should|could|would|will) (?:i|we|you|he|she|they) (?:safely )?(?:take|drop|drop off|return|"
    r"leave|hand in|get rid of|dispose of|throw away|throw out|recycle|bin)\b (?:back )?(?:my |the |our |his |her |any |these |"
    r"those |all |old |used |unused |leftover |left over |expired |out of date |empty |spare )*(?:[\w'-]+ ){0,2}?" +
    _R17_DISPOSAL_THING + r"\b|"
    r"\bwhat (?:do|should|can|shall) (?:i|we) do with (?:my |the |our |his |her |these |those |all |any )*(?:old|used|unused|"
    r"leftover|left over|expired|out of date|empty|spare|finished)\b(?: [\w'-]+){0,2}? " + _R17_DISPOSAL_THING + r"\b")
_R17_DISPOSAL_NOT = re.compile(r"\b(?:dose|doses|dosage|mg|stop|stopping|double|skip|finish (?:the|my|his|her) course|"
                               r"keep taking|how (?:much|many) (?:should|can|do)|should (?:i|he|she) take)\b")
_R17_MEASURE = re.compile(r"\b\d+(?:\.\d+)? ?(?:cm|mm|centimet(?:re|er)s?|met(?:re|er)s?|m|inch(?:es)?|feet|foot|ft)\b"
                          r"(?: (?:wide|long|tall|high|deep|across|wide and \d+ ?\w* long))?")
_R17_RESULTS_OUT = re.compile(
    r"\b(?:read|send|post|email|e-mail|text|give|pass on|tell) (?:me |us |him |her )?(?:my|his|her|their|the|our|mum's|dad's) "
    r"(?:[\w'-]+ )?(?:results?|bloods|report|letter)(?: out)?(?: (?:to|for) (?:me|us|him|her))?"
    r"(?= (?:over|on|by|via|through|in) (?:the )?(?:phone|telephone|post|email|e-mail|text|letter|app|portal))|"
    r"\bread (?:my|his|her|their|the|our|mum's|dad's) (?:[\w'-]+ )?(?:results?|bloods|report|letter) out\b")
_R17_RESULTS_MEANING = re.compile(r"\b(?:mean|means|meaning|normal|abnormal|worry|worried|worrying|concern\w*|high|low|bad|"
                                  r"good|serious|explain|interpret|tell me (?:if|whether|what)|what (?:they|it) say|ok)\b")
_R17_HAND_GEL = re.compile(r"\b(?:hand ?gel|alcohol(?: hand)? (?:gel|rub)|hand (?:sanitis|sanitiz)ers?|sanitis(?:er|ing) gel|"
                           r"sanitiz(?:er|ing) gel|hand ?rub|antibacterial gel)\b")
_R17_PLACE_BUG = re.compile(r"\b(?:ward|bay|unit|wing|care home|nursing home|nursery|school|class|classroom|house|hospital|"
                            r"office|hotel|ship|creche|daycare|day care)s? (?:that|which|where (?:there|they)|with) (?:has|have|"
                            r"had|is having|'s got|has got|got|is|are)?(?: got)? ?(?:a |an |the |some )?(?:[\w&'-]+ ){0,2}?(?:bug|"
                            r"virus|outbreak|norovirus|covid|flu|d&v|diarrhoea|diarrhea|infection|c\.? ?diff|mrsa|measles|"
                            r"chickenpox|scabies|lice|" + _R5_CONDITION + r")\b")
# taking (carrying) someone's medicines to the pharmacy or to an appointment
_R17_TAKE_TO = re.compile(r"\b(?:take|taking|took|bring|bringing) (?P<what>(?:[\w'-]+ ){0,3}?" + _C_MED + r") (?:back )?(?:to|into|"
                          r"in to|down to|round to) (?:the |my |his |her |their |our )?(?:pharmacy|chemist|hospital|clinic|"
                          r"gp|surgery|appointment|ward|doctor'?s?|a&e|nurse|pre-?op|admission)\b")
_R17_BLISTER_PACK = re.compile(r"\bblister ?(?:packs?|strips?|sheets?|packaging|packed)\b")
_R17_ZH_DRIVE = re.compile(r"开(?=车|回|过来|过去|出去|到|着车|上路|高速|长途|[^,，。?？药]{1,3}(?<!晕)(?:车|摩托))")
_R17_ZH_SWITCH_ON = re.compile(r"开(?=[^,，。?？]{0,3}(?:电热毯|电褥子|灯|空调|暖气|地暖|风扇|电扇|热水器|电视|手机|电脑|窗|门|火|"
                               r"煤气|暖宝宝|加湿器|取暖器|小太阳|电暖器|蓝牙|wifi|冷气|电暖|暖炉|台灯|夜灯|收音机|音乐|视频|"
                               r"直播|摄像头|闪光灯|加热|烤灯|微波炉))")
# 一片 of skin (红了一片, 起了一片小红点) is a patch, not one tablet
_R17_ZH_PATCH = re.compile(r"(?<=[红肿青紫黑白起长冒])(?:了)?一(?:大|小)?片|一(?:大|小)?片(?=[红肿青紫疹斑包点痘]|小红|小疙瘩)")
_R17_ZH_DOCUMENT = re.compile(r"假条|病假|证明|诊断书|病历|发票|收据|报告|单子|转诊单|回执|条子|医嘱单|出院小结")


def _r17_voice(norm: str) -> str:
    """The message with the round-17 voices mapped to the wording the rules read; unchanged when none is present."""
    norm = _mapped_voices(norm, _R17_VOICE_EN, _R17_VOICE_ZH)
    return re.sub(r"\s+", " ", norm).strip()


def _r17_recycling(match: re.Match) -> str:
    """A disposal question made neutral; the medicine stays named, so a question beside it ("and can I take the new
    ones with X") is still read."""
    medicine = _C_MED_RE.search(match.group(0))
    return "recycling point for the " + (medicine.group(0) if medicine else "items")


def _r17_neutral(norm: str) -> str:
    """The message with the round-17 look-alike cue words replaced by neutral ones (see 4. above)."""
    if not _R17_DISPOSAL_NOT.search(norm):
        norm = _R17_DISPOSAL.sub(_r17_recycling, norm)
    norm = _R17_MEASURE.sub("the size", norm)
    if not _R17_RESULTS_MEANING.search(norm):
        norm = _R17_RESULTS_OUT.sub("share the paperwork", norm)
    norm = _R17_PLACE_BUG.sub("an outbreak area", _R17_HAND_GEL.sub("handwashing", norm))
    norm = _R17_BLISTER_PACK.sub("trays", norm)
    norm = _R17_TAKE_TO.sub(lambda m: "visit the pharmacy about " + m.group("what"), norm)
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R17_ZH_SWITCH_ON.sub("启", _R17_ZH_DRIVE.sub("驾", norm))
        norm = _R17_ZH_PATCH.sub("一块", norm)
        # 补开/能开 a sick note or a certificate: 开 issues the document when no medicine is named
        if _R17_ZH_DOCUMENT.search(norm) and not re.search(_R4_ZH_MED, _R17_ZH_DOCUMENT.sub("", norm)):
            norm = norm.replace("开", "办")
    return norm


def _r17_reread(reason: str, norm: str) -> str | None:
    """The reason once the round-17 look-alike cues are made neutral: None when the rest of the message asks nothing,
    else what it asks (a patch of rash is no tablet, so 红一片，是不是湿疹 asks for a diagnosis)."""
    neutral = _r17_neutral(norm)
    if neutral == norm:
        return reason
    return _rules_reason(neutral) or _r17_classes(neutral)


def _r17_classes(norm: str) -> str | None:
    """The round-17 request classes (2. and 3. above) on scope_text() output, or None."""
    if _asks(norm) and _R17_MOVE_MED_TIME.search(norm):
        return "dose_change"
    either = _R17_EITHER_GUESS.search(norm)
    if either and any(re.fullmatch(r"(?:" + _C_CONDITION + r"|" + _R5_CONDITION + r")", g) for g in either.group("a", "b")) and \
            _R15_OWN_CASE.search(norm[:either.start()]) and (_C_SYMPTOM_RE.search(norm[:either.start()]) or
                                                             _R17_DESCRIBED.search(norm[:either.start()])):
        return "diagnosis_request"
    if _R17_WHICH_TO_GIVE.search(norm) and not _R10_CARRY.search(norm):
        return "prescription_request"
    nursed = norm
    for pattern, replacement in _R17_NURSE:
        nursed = pattern.sub(replacement, nursed)
    if _asks(nursed) and _R17_GIVE_ANOTHER.search(nursed):
        return "dose_change"
    if _asks(nursed) and _R17_DOSE_SLOT.search(nursed):
        return "dose_change"
    if _R17_RAN_OUT_SKIP.search(norm):
        return "dose_change"
    give = _R17_WHAT_GIVE.search(norm)
    if give and _R17_COMPLAINT_EN.search(norm[:give.start()]) and not _PRACTICAL_COST.search(norm):
        return "prescription_request"
    if _asks(norm) and _R17_OTHERS_MED.search(norm) and not _R16_CARRY.search(norm) and not _PRACTICAL_COST.search(norm):
        return "prescription_request"
    if _asks(norm) and (_R17_INSTEAD_AMOUNT.search(norm) or _R17_SAID_THEN_MORE.search(norm)):
        return "dose_change"
    what_this = _R17_WHAT_THIS_IS.search(norm)
    if what_this and (_C_SYMPTOM_RE.search(what_this.group(0)) or _R17_DESCRIBED.search(what_this.group(0))) and \
            _R15_OWN_CASE.search(norm) and not _C_MED_RE.search(what_this.group(0)):
        return "diagnosis_request"
    if _R17_WRITE_MED.search(norm) and not _R17_WRITE_NOT.search(norm):
        return "prescription_request"
    if _R17_REQUEST_RX.search(norm) and not _R15_RX_NOT.search(norm):
        return "prescription_request"
    first = _R17_GUESS_FIRST.search(norm)
    if first and not _R17_GUESS_NOT.match(first.group("guess")) and _R17_GUESS_HEAD.search(first.group("guess")) and \
            not _C_MED_RE.search(first.group("guess")) and \
            _R15_OWN_CASE.search(first.group("rest")) and (_R17_DESCRIBED.search(first.group("rest")) or
                                                           _C_SYMPTOM_RE.search(first.group("rest"))):
        return "diagnosis_request"
    if not re.search(r"[\u4e00-\u9fff]", norm):
        return None
    zh_med = re.search(_R4_ZH_MED, norm)
    zh_ask = bool(_R4_ZH_ASK.search(norm))
    if (_R17_ZH_WANT_RX.search(norm) or _R17_ZH_WHO_RX.search(norm)) and not _R15_ZH_EXISTING.search(norm) and \
            not re.search(r"开多|几盒|带药|带着", norm):
        return "prescription_request"
    cond = _R17_ZH_IS_COND.search(norm) or _R17_ZH_WHAT_KIND.search(norm) or _R17_ZH_WHAT_THING.search(norm)
    if cond and _R17_ZH_COMPLAINT.search(norm[:cond.start()]) and not zh_med:
        return "diagnosis_request"
    # a named medicine: the generic 忘记吃药了，要不要补吃 is the knowledge base's own missed-dose question
    named = [m.group(0) for m in re.finditer(_R4_ZH_MED, norm) if m.group(0) not in ("药", "药物", "片", "粒", "针")]
    if zh_ask and _R17_ZH_MAKE_UP.search(norm) and named:
        return "dose_change"
    if zh_ask and zh_med and _R17_ZH_CHEAPER.search(norm) and not _ZH_PRACTICAL.search(norm):
        return "dose_change"
    if zh_ask and zh_med and (_R17_ZH_OTHER_BRAND.search(norm) or _R17_ZH_TIME_INSTEAD.search(norm)):
        return "dose_change"
    if zh_ask and _R17_ZH_SKIP_PERIOD.search(norm):
        return "dose_change"
    if _R17_ZH_INTERVAL.search(norm) and not _ZH_PRACTICAL.search(norm):
        return "dose_request"
    if _R17_ZH_YOU_OPEN.search(norm) and not _R15_ZH_EXISTING.search(norm) and not _R16_ZH_NOT_MED.search(norm):
        return "prescription_request"
    return None


def round17_reason(norm: str) -> str | None:
    """The round-17 classes on scope_text() output (its look-alike cues made neutral), read again through the
    round-17 voices, or None."""
    reason = _r17_classes(_r17_neutral(norm))
    if reason:
        return reason
    voiced = _r17_voice(norm)
    if voiced != norm:
        reason = _rules_reason(voiced) or _r17_classes(voiced)
        if reason:
            return _r17_reread(reason, voiced)
    return None


# ------------------------------------------------------------------------------------ round 18 (blind16 + reviewer)
# Classes that blind16 found missing, written from the concept (not its sentences), and practical look-alikes a blind
# reviewer saw redirected.
# Requests:
# 1. An amount asked in a formal register: "kindly specify the milligrams of X I should take", "state the number of
#    tablets she is to have" (a unit or amount noun, then who should take it).
# 2. A prescription asked for as a favour or a booking: "any chance of a prescription for X", "put me down for X"
#    (West Country), "call in some X for me" (US: phone a prescription through), "sign me up for X".
# 3. A medicine new to the asker sent or delivered ("can I get X sent to my pharmacy, I've never had it before"): a new
#    prescription, not a repeat. A medicine asked for "without the chat / without seeing anyone" is one too.
# 4. A guess written as a label ("Hypothesis: diabetes? Please confirm.", "my guess: gout - correct?").
# 5. Voices: Yorkshire/Lancashire "pack in" / "jack in" (give up) a medicine; Appalachian "oughta"; military "request
#    permission to"; French false friends (ordonnance = prescription), Boston "scrip"; Zimbabwean "leave" a medicine; Jamaican patois "a X dat?" (is that X?); Singlish/Chinglish "eat 3 pieces one time, can or not?";
#    Cantonese 唔使睇醫生 (no need to see a doctor), 睇 = 看; Chinese someone else's medicine as 吃他的, and a medicine
#    chosen object-first (寄什么药给他吃).
# Practical look-alikes (answered by the knowledge base, must stay allowed):
# 6. A sample's amount (验大便要取多少量, "how much wee goes in the pot", "how much blood do they take"): no dose.
# 7. How to do a service step right (应该怎么弄才对, 怎么挂才对): 才对 asks how, not how much.
# 8. A longer supply of a medicine already taken (一直吃的药能一次开三个月的量吗, 慢病长处方, "three months of my usual
#    tablets at once", "a longer prescription so I needn't come back monthly"): a long prescription, the service's.
# 9. Whether the online clinic sees first visits (第一次看能不能在网上开药) with no medicine named: a service rule.
# 10. A body weight or size against equipment ("is the scanner big enough for someone who weighs 180 kg"); a stay on a
#    ward ("during my stay on the ward": no medicine stayed on); a locker to keep medicines in (storage); "the drop-off"
#    (a place to hand medicines in).
_R18_UNIT_OF = (r"(?:milligrams?|mgs?|millilit(?:re|er)s?|mls?|micrograms?|mcg|units?|tablets?|pills?|capsules?|puffs?|drops?|"
                r"spoonfuls?|teaspoons?|sachets?|doses?|dosage|amount|quantity)")
_R18_FORMAL_AMOUNT = re.compile(
    r"\b(?:the|how many|what) (?:exact |correct |right |precise )?(?:number of )?" + _R18_UNIT_OF +
    r"(?: of (?:[\w'-]+ ){0,2}?" + _C_MED + r")? (?:that |which )?(?:i|he|she|we|they|my \w+|the \w+) "
    r"(?:should|must|ought to|am to|is to|are to|need to|have to|can|may|could) (?:take|give|have|use|inject|swallow)\b"
    r"(?! (?:in|into|with (?:me|him|her|us)|to|along|back|out|off)\b)")
_R18_ANY_CHANCE = re.compile(
    r"\bany (?:chance|way|hope)(?: of| that| to| i could| i can| you could| you can)? (?:me )?(?:getting |having |being given |"
    r"being prescribed |get |have |prescrib\w+ )?(?:me )?(?!my\b|his\b|her\b|the\b|our\b|their\b)(?:a |an |some |a few )?"
    r"(?:(?:new |private |quick )?(?:prescription|script|rx) (?:for|of) (?:some |a |an )?)?(?:[\w'-]+ ){0,2}?" + _C_MED + r"\b")
_R18_BOOK_ME_FOR = re.compile(
    r"\b(?:put|sign|pencil|stick) (?:me|him|her|us|them|my \w+) (?:down|up|in) for (?:a |an |some |a course of |a few |more )?"
    r"(?:[\w'-]+ ){0,2}?(?:" + _C_MED + r"|prescription|script|rx)\b|"
    r"\bcall (?:in|through) (?!to\b|for\b|at\b|on\b|by\b|and\b|with\b|the\b|my\b|his\b|her\b|our\b|their\b)"
    r"(?:a |an |some |a few )?(?:(?:prescription|script|rx) (?:for|of) (?:some |a |an )?)?(?:[\w'-]+ ){0,2}?(?:" + _C_MED + r"|prescription|script|rx)\b|"
    r"\bcall (?:a |an |some )?(?:[\w'-]+ ){0,2}?(?:" + _C_MED + r"|prescription|script|rx) in\b(?! (?:the|my|a|an|your|his|her)\b)")
_R18_NEW_TO_ME = re.compile(r"\b(?:never (?:had|taken|tried|used|been on|been given|been prescribed)|(?:not|never) (?:had|taken|been on|"
                            r"been prescribed) (?:it|this|that|them|these|those|\w+) before|first time (?:on|taking|using|having|"
                            r"trying)|new to (?:it|this|them|me))\b")
_R18_GET_SENT = re.compile(r"\b(?:can|could|may|will|would) (?:i|we|he|she|you|u|y'all) (?:just |please )?(?:get|have|be sent|send|order|"
                           r"be given|be prescribed)(?: me| us| him| her)? (?!my\b|his\b|her\b|their\b|our\b|the\b)"
                           r"(?:a |an |some |a few |a course of )?(?:[\w'-]+ ){0,2}?" + _C_MED + r"\b")
_R18_NO_CONSULT = re.compile(r"\bwithout (?:the |a |an |any |me |having to |needing to )?(?:awkward |embarrassing |whole |usual |long )?"
                             r"(?:chat|conversation|consultation|consult|appointment|appt|exam|examination|questions|visit|"
                             r"(?:seeing|talking to|speaking to) (?:anyone|anybody|someone|a doctor|the doctor|a gp|the gp|a nurse|"
                             r"a clinician|a prescriber))\b")
_R18_REPEAT = re.compile(r"\b(?:repeat|repeats|refill\w*|renew\w*|usual|regular|monthly|same as (?:before|last time))\b")
_R18_RX_ASKED = re.compile(r"\b(?:prescription|script|rx) for\b|\b(?:be prescribed|give me|send me|prescribe(?: me)?)\b")
_R18_LABEL_GUESS = re.compile(
    r"\b(?:hypothesis|theory|guess|diagnosis|self-?diagnosis|dx|differential|working diagnosis|impression|suspicion|"
    r"verdict|conclusion|best guess)\s*(?:is|[:=-])\s*(?:probably |maybe |possibly |likely )?(?:a |an )?" + _C_CONDITION +
    r"\s*(?:\?|[.,;-]?\s*(?:please )?(?:confirm|correct|agree|right|yes or no|am i right|true)\b)")
_R18_FORM_REQUEST = re.compile(r"\b(?:request(?:ing|ed)?|item|items|required|needed|order)\s*[:=-]\s*(?:a |an |one |1 |the )?(?:new |"
                               r"private |one-off )?(?:prescriptions?|scripts?|rx) (?:for|of) (?:some |a |an )?(?:[\w'-]+ ){0,2}?"
                               + _C_MED + r"\b")
_R18_ZH_SKIP_DOCTOR = re.compile(r"(?:不用|不必|不想|不去|免得|省得|懒得|没空|没时间)(?:再)?(?:看医生|看大夫|看病|看门诊|挂号|排队|面诊|见医生)")
_R18_ZH_DIRECT_RX = re.compile(r"直接(?:给我|帮我|替我|给)?开(?!车|回|会|门|灯|空调|始|工|单|证明|假条|发票)(?:点|些|一些|一盒|个|盒|张)?"
                               r"[^,，。?？!！]{0,4}?(?P<med>" + _R4_ZH_MED + r"|处方|方子)")
# Chinese: someone else's medicine referred to by its owner alone (同事的安眠药……我能吃他的吗); a medicine chosen for
# someone with the object first (寄什么药给他吃, 买啥药让孩子喝)
_R18_ZH_THEIRS = re.compile(r"(?:吃|用|服|喝)(?:一下|点|些|一点)?(?:他|她|他们|她们|别人|人家|同事|朋友|室友|舍友|邻居|工友|老乡|"
                            r"家人|亲戚|同学|战友)的(?:吗|么|嘛|呢|行|[?？]|可以|好|\s*$)")
_R18_ZH_WHAT_MED_FOR = re.compile(r"(?:什么|啥|哪种|哪些|哪个)(?:药|药物|药膏|药水|西药|中药)(?:给|让|帮|替)[^,，。?？]{1,4}(?:吃|用|喝|涂|擦|抹)(?!的)")
_R18_VOICE_EN = [
    # Yorkshire/Lancashire: "pack in" / "jack in" a thing is to give it up
    (re.compile(r"\b(?:pack|jack)(?:ing|ed)? in (?=(?:me |my |the |his |her |their |our |these |those |them |it\b))"), "stop "),
    (re.compile(r"\b(?:pack|jack)(?:ing|ed)? (?P<what>(?:me |my |the |his |her |their |our )?(?:[\w'-]+ ){0,2}?" + _C_MED +
                r") in(?=\s*(?:[?.!,;]|$|now|then|altogether|for good))"), r"stop \g<what>"),
    # French/Spanish/German false friends for a prescription (ordonnance, receta, Rezept) and US/Boston "scrip";
    # "make me a prescription" is to write one
    (re.compile(r"\b(?:ordonnances?|ordinances?|recetas?|rezepts?|rezepte|scrips?)\b"), "prescription"),
    (re.compile(r"\bmake (?=(?:me|him|her|us) (?:a |an )?prescription\b)"), "write "),
    # Southern African/West African English "leave" a medicine (stop taking it), not leaving it somewhere
    (re.compile(r"\bleave (?=(?:it|them|off|(?:the|my|his|her|their|our) (?:[\w'-]+ ){0,2}?" + _C_MED + r")\b"
                r"(?!(?: [\w'-]+){0,3} (?:in|at|on|out|with|behind|there|here|for|to|until|by|under|inside|outside|somewhere)\b))"),
     "stop "),
    # Appalachian/Southern "oughta"; military "request permission to" (a request: can I)
    (re.compile(r"\boughta\b"), "should"),
    (re.compile(r"\b(?:request(?:ing)?|seek(?:ing)?|ask(?:ing)?) (?:permission|approval|clearance|authori[sz]ation) to\b"), "can i"),
    # Jamaican patois "a X dat?" (is that X?)
    (re.compile(r"(?:^|(?<=[,.;!?] ))a (?P<x>(?:[\w'-]+ ){0,3}?[\w'-]+) (?:dat|dis)\s*\?"), r"is that \g<x>?"),
    # Singlish/Chinglish: "can or not" (is it ok), "eat" a medicine (take), "3 pieces" of it (tablets), "one time" (at once)
    (re.compile(r"\bcan (?:or not|anot|a not|boh|not)\s*(?=[?.!]|$)"), "is it ok"),
    (re.compile(r"\beat(?:ing)?\b(?= (?:the |my |this |these |his |her )?(?:\d+ |one |two |three |half )?(?:[\w'-]+ ){0,2}?" + _C_MED +
                r"\b)"), "take"),
    (re.compile(r"\b(?P<n>\d+|one|two|three|four|half) (?:pieces?|pcs|biji)\b(?: one time\b)?"), r"\g<n> tablets at once"),
]
_R18_VOICE_ZH = [
    (re.compile(r"不使(?=[睇看去找见])"), "不用"), (re.compile(r"睇(?=医|大夫|症|门诊|急诊|专科|病)"), "看"),
]
# Look-alikes made neutral before the rules read the message again.
_R18_SPECIMEN = re.compile(r"大便|小便|粪便|粪|尿|痰|标本|样本|样品|便便|精液|抽血|验血|\b(?:stool|poo|wee|urine|pee|sample|specimen|"
                           r"sputum|semen|blood tests?|bloods)\b")
_R18_ZH_SAMPLE_AMOUNT = re.compile(r"(?:取|留|接|装|采|收集|拿)(?:样)?(?:的)?(?:多少|几)(?:量|毫升|ml|克|g|勺|管|瓶|份|个)?|"
                                   r"(?:取|留|接|装|采)(?:多|多大)(?:的)?量|(?:量|样)要(?:多少|多大)")
_R18_EN_SAMPLE_AMOUNT = re.compile(r"\bhow (?:much|many)(?: of (?:it|the \w+))?(?: (?:mls?|millilit(?:re|er)s?|spoonfuls?|scoops?|"
                                   r"grams?)(?: of)?)?(?: (?:stool|poo|wee|urine|pee|sputum|semen|spit|blood))? (?:do|does|should|must|they|"
                                   r"have|has|to|needs? to|go(?:es)?)\b")
_R18_ZH_HOW_RIGHT = re.compile(r"(?:怎么|怎样|如何|咋)(?:样)?(?:弄|办|做|操作|挂|挂号|约|预约|填|搞|取号|弄|走|交)(?:才|就)?"
                               r"(?:对|好|行|可以|合适)")
_R18_EN_LONG_SUPPLY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|nine|twelve|a few|several|a couple of) (?:months?|weeks?)'?s?"
                                 r"(?: worth| supply| prescription)?(?: of)? (?P<what>(?:my|his|her|our|their|the same) "
                                 r"(?:[\w'-]+ ){0,3}?" + _C_MED + r")(?: (?:at once|in one go|at a time|on one prescription))?\b")
_R18_EN_LONGER_RX = re.compile(r"\b(?:a |an )?(?:longer|long-term|long term|bigger|larger|extended|(?:\d+|two|three|six)[- ]months?'?)"
                               r"(?: supply)? (?:prescriptions?|scripts?|supply|repeats?)\b")
_R18_WEIGHT = re.compile(r"\b(?:weighs?|weighing|weight of|who is|who's|i am|i'm|he is|he's|she is|she's)?\s*\d+(?:\.\d+)? ?"
                         r"(?:kg|kgs|kilos?|kilograms?|stone|st|lbs?|pounds)\b")
_R18_FIT = re.compile(r"\b(?:big|wide|large|long|strong|roomy|sturdy|heavy)(?:-duty)? enough\b|\b(?:weight|size) (?:limit|capacity|"
                      r"restriction)\b|\bfit (?:in|into|on|through)\b|\bturned away\b")
_R18_WARD_STAY = re.compile(r"\b(?:stay|stays|staying) (?:on|in) (?:the |a |my |his |her )?(?:ward|unit|hospital|wing|floor|"
                            r"department|bay|room)\b")
_R18_LOCKER = re.compile(r"\b(?:locker|safe|cabinet|cupboard|drawer|lockbox|box) (?:i|we|he|she|they) (?:can|could|may) (?:keep|store|"
                         r"lock|leave|put) (?:my|his|her|our|their|the) ")
_R18_DROP_POINT = re.compile(r"\b(?:the|a|any|nearest) drop[- ]?off(?: point| box| bin| place| spot| desk)?\b")
_R18_ZH_FIRST_VISIT = re.compile(r"第一次|首次|首诊|初诊|头一回|头一次|没看过|新病人|初次")
_R18_ZH_ONLINE = re.compile(r"网上|线上|互联网|在线|网络|app|小程序|视频问诊|远程")


def _r18_voice(norm: str) -> str:
    """The message with the round-18 voices mapped to the wording the rules read; unchanged when none is present."""
    norm = _mapped_voices(norm, _R18_VOICE_EN, _R18_VOICE_ZH)
    return norm


def _r18_neutral(norm: str) -> str:
    """The message with the round-18 look-alike cues (6.-8. and 10. above) replaced by neutral words."""
    if _R18_SPECIMEN.search(norm) and not _C_MED_RE.search(norm):
        norm = _R18_EN_SAMPLE_AMOUNT.sub("what is the sample for", _R18_ZH_SAMPLE_AMOUNT.sub("取样", norm))
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R18_ZH_HOW_RIGHT.sub("怎么办理", norm)
        # (a longer supply of a medicine already taken, 8. above, is read with round 21's supply lengths)
    if _R18_FIT.search(norm) and not (_C_MED_RE.search(norm) or _C_UNIT_RE.search(norm) or _QTY_UNIT_RE.search(norm)):
        norm = _R18_WEIGHT.sub(" the size", norm)
    norm = _R18_EN_LONG_SUPPLY.sub(lambda m: "a repeat supply of " + m.group("what"), norm)
    if not _C_MED_RE.search(norm) or re.search(r"\b(?:my|his|her|their|our|usual|same)\b", norm):
        norm = _R18_EN_LONGER_RX.sub("a repeat supply", norm)
    norm = _R18_WARD_STAY.sub("time on the ward", norm)
    norm = _R18_DROP_POINT.sub("the collection point", norm)
    norm = _R18_LOCKER.sub(lambda m: "storage place for ", norm)
    return re.sub(r"\s+", " ", norm).strip()


# A named antibiotic the asker picks for a complaint ("sore throat, can I take amoxicillin?", 喉咙痛能吃头孢吗): choosing
# a prescription-only medicine is a prescriber's decision, so it is a prescription request. Not when the medicine is
# already theirs ("my antibiotics", 医生开的头孢) or the question is how a course is taken or carried, and not the class
# word alone ("should I get antibiotics for a cold?", 感冒要吃消炎药吗): the knowledge base answers that one.
_R18_ANTIBIOTIC = (r"(?:penicillin|amoxi(?:cillin|cilin|l)|amoxy\w*|augmentin|co-amoxiclav|"
                   r"flucloxacillin|[a-z]+cillin|[a-z]+mycin|[a-z]+cycline|[a-z]+floxacin|cef[a-z]+|ceph[a-z]+|"
                   r"metronidazole|nitrofurantoin|trimethoprim|clarithromycin|azithromycin|z-?pak)")
_R18_EN_PICK_ANTIBIOTIC = re.compile(
    r"\b(?:can|could|may|should|shall|do|would it help if|is it (?:ok|okay|alright|all right|safe|fine|worth it)(?: for "
    r"(?:me|him|her|them|us))? to|ok to|worth) (?:i |we |he |she |they |you |my \w+ )?(?:take|have|use|try|start(?: on)?|get|"
    r"give (?:him|her|them|my \w+)|be on)(?: (?:some|a|an|a course of|any|a few))? " + _R18_ANTIBIOTIC + r"\b")
_R18_EN_THEIRS = re.compile(r"\b(?:my|his|her|their|our|the prescribed|prescribed|the doctor's|the gp's|the) (?:\w+ )?"
                            + _R18_ANTIBIOTIC + r"\b|\b(?:course|prescription) of " + _R18_ANTIBIOTIC + r"\b|"
                            r"\b(?:on|taking|finished|finishing|started|prescribed|given) (?:\w+ )?" + _R18_ANTIBIOTIC)
_R18_ZH_ANTIBIOTIC = r"(?:阿莫西林|阿莫仙|头孢[\u4e00-\u9fff]{0,3}|青霉素|阿奇霉素|罗红霉素|红霉素|左氧氟沙星|左氧|环丙沙星|甲硝唑|克拉霉素)"
_R18_ZH_PICK_ANTIBIOTIC = re.compile(r"(?:能|可以|可不可以|能不能|能否|要不要|该不该|需不需要|用不用|是否)(?:自己)?(?:吃|服|用|喝|打|输|买)"
                                     r"(?:点|些|一点|一些|几粒|几片)?" + _R18_ZH_ANTIBIOTIC)
# how a course is taken (with food, before a flight, 饭后, 和牛奶一起): a practical question whoever chose the medicine
_R18_EN_HOW_TAKEN = re.compile(r"\s*(?:\w+\s+)?(?:with|alongside|before|after|on an empty|on the (?:plane|flight)|while|during|at "
                               r"the same time|and (?:drink|eat|breastfeed|drive)|in (?:my|the|his|her|our|a) |abroad|on holiday|"
                               r"through|sent|delivered|posted|transferred|collected|picked up|from|to (?!treat|help|stop|clear|"
                               r"get rid|fight|cure|kill|sort|fix))\b")
_R18_ZH_HOW_TAKEN = re.compile(r"(?:和|跟|与|同)[\u4e00-\u9fff]{1,4}一起|饭前|饭后|空腹|睡前|喝酒|开车|喂奶|哺乳")
_R18_ZH_THEIRS_RX = re.compile(r"(?:开的|开了|开过|给的|配的|在吃|正在吃|吃着|吃了|我的|他的|她的)" + r"[\u4e00-\u9fff]{0,4}?" + _R18_ZH_ANTIBIOTIC)


def _r18_picks_antibiotic(norm: str) -> bool:
    """Whether the asker chooses an antibiotic for themselves or someone (not one already prescribed to them)."""
    english = _R18_EN_PICK_ANTIBIOTIC.search(norm)
    if english and not _R18_EN_THEIRS.search(norm) and not _R18_EN_HOW_TAKEN.match(norm, english.end()):
        return True
    chinese = _R18_ZH_PICK_ANTIBIOTIC.search(norm)
    return bool(chinese and not _R18_ZH_THEIRS_RX.search(norm) and not _R18_ZH_HOW_TAKEN.search(norm))


def _r18_classes(norm: str) -> str | None:
    """The round-18 request classes (1.-4. above) on scope_text() output, or None."""
    med = _C_MED_RE.search(_R8_VACCINE_SERVICE.sub(" ", norm))
    if _R18_FORMAL_AMOUNT.search(norm) and (med or _C_UNIT_RE.search(norm)) and not _PROCEDURE_PREP.search(norm):
        return "dose_request"
    # a medicine new to the asker is no repeat, even when it is to be delivered or collected
    if med and _R18_NEW_TO_ME.search(norm) and _R18_GET_SENT.search(norm) and not _R18_REPEAT.search(norm):
        return "prescription_request"
    if med and not _R15_RX_NOT.search(norm) and (
            _R18_ANY_CHANCE.search(norm) or _R18_BOOK_ME_FOR.search(norm) or _R18_FORM_REQUEST.search(norm) or
            (_R18_NO_CONSULT.search(norm) and _R18_RX_ASKED.search(norm) and _asks(norm))):
        return "prescription_request"
    if _R18_LABEL_GUESS.search(norm):
        return "diagnosis_request"
    if _r18_picks_antibiotic(norm):
        return "prescription_request"
    if _R18_ZH_THEIRS.search(norm) and re.search(_R4_ZH_MED, norm) and _R4_ZH_ASK.search(norm):
        return "prescription_request"
    if _R18_ZH_WHAT_MED_FOR.search(norm):
        return "prescription_request"
    direct = _R18_ZH_DIRECT_RX.search(norm)
    if direct and _R4_ZH_ASK.search(norm) and not _R15_ZH_EXISTING.search(norm) and \
            (_R18_ZH_SKIP_DOCTOR.search(norm) or direct.group("med") not in ("药", "药物", "处方", "方子")):
        return "prescription_request"
    return None


def _r18_information(reason: str, norm: str) -> bool:
    """A service rule asked, not a prescription: whether the online clinic sees a first visit, no medicine named."""
    if reason == "prescription_request" and _R18_ZH_FIRST_VISIT.search(norm) and _R18_ZH_ONLINE.search(norm):
        named = [m.group(0) for m in re.finditer(_R4_ZH_MED, norm) if m.group(0) not in ("药", "药物", "西药", "中药")]
        return not named and not _C_MED_RE.search(norm)
    return False


def _reason_through_round17(norm: str) -> str | None:
    """The reason of rounds 1-17 on scope_text() output, or None."""
    reason = _rules_reason(norm)
    if reason:
        reason = _r17_reread(reason, norm)
    return reason or round17_reason(norm)


def round18_reason(norm: str) -> str | None:
    """The reason of rounds 1-18 on scope_text() output: the round-18 classes added, the round-18 voices read, and the
    round-18 look-alikes made neutral before a reason stands."""
    reason = _reason_through_round17(norm) or _r18_classes(norm)
    if not reason:
        voiced = _r18_voice(norm)
        if voiced != norm:
            reason = _reason_through_round17(voiced) or _r18_classes(voiced)
            norm = voiced
    if not reason:
        return None
    neutral = _r18_neutral(norm)
    if neutral != norm:
        reason = _reason_through_round17(neutral) or _r18_classes(neutral)
    if reason and _r18_information(reason, norm):
        return None
    return reason


# ------------------------------------------------------------------------------------ round 19 (blind batch 17)
# Classes that blind17 (spent) found missing, each written from the way of asking, not from its sentences:
# Requests:
# 1. Chinese: a prescription wished for or asked to be handed over, with the medicine named before 处方 (我想要X的处方,
#    需要一张X处方, 给我一张X的处方, 想开个X的处方, Cantonese 攞 = 拿), whatever the medicine's name looks like (曲马多,
#    普萘洛尔 end in no suffix the earlier rounds knew). Not "is a prescription needed" (需要X的处方吗, 要处方才能买吗),
#    not the paper or a copy (上次的处方, 电子处方, 处方复印件), not a repeat (续, 一直吃的), not how to get one (怎么挂号).
# 2. English: a prescription wished for with the medicine before the noun ("need tramadol prescription please"); not
#    one's own ("my tramadol prescription"), a repeat or its status, or "do I need a ... prescription".
# 3. A diagnosis asked with the auxiliary dropped, as Hawaiian pidgin and many learners of English write it: "what I
#    got?", "what she has?", "what is it I have?" at the end of a clause; pidgin "what kine sickness dis", "what stay
#    wrong wit me"; "what kind of sickness is this" after a complaint.
# Practical look-alikes:
# 4. The asker pausing something to write (麻将打一半停下来问的, 停下手头的活问一句): 停 is no stopping of a medicine.
_R19_ZH_RX_OF = re.compile(
    r"(?P<verb>想要|想拿|想开|想求|想申请|想弄|想搞|想领|我要|我需要|我们要|我们需要|需要|要|求|申请|"
    r"(?:给|帮|替)(?:我|我们|他|她|我妈|我爸|孩子|宝宝)(?:开|写|出|弄)?|给(?=一?[张份个]))(?:开)?"
    r"(?:一|1|两|2)?(?:张|份|个)?"
    r"(?P<x>(?![了过着的点些交把拍带拿给送开买找取查打用补办换改印传])[^\s,，。?？!！、:：;；()（）要需不吗么能用该才须得问知查看了过着是这那你他她它张份里中]{2,8}?)"
    r"(?:的)?处方(?P<after>.{0,2})")
_R19_ZH_NOT_MED_X = re.compile(r"上次|上回|之前|以前|原来|纸|电子|复印|打印|医生|医院|门诊|诊所|药房|药店|报销|医保|外配|正式|盖章|"
                               r"英文|中文|长期|慢病|网上|线上|新|旧|完整|详细|一样|同样|可以|历史|记录|出院|住院|急诊|科|手写|"
                               r"我的|原件|照片|单子")
_R19_ZH_REQUIRED = re.compile(r"^(?:吗|么|嘛|不|才|没|呢|[?？]|是)")
_R19_ZH_NOT_SLIP = re.compile(r"^(?:单|笺|费|号|明细|复印|打印|上|里|中|写|照片|原件|签|本|盖|审|去|到|给|来|交|拿|的)")
# what someone else said is needed (药店说我需要X的处方): reported, not asked
_R19_ZH_REPORTED = re.compile(r"(?:说|讲|告诉我|通知|规定|要求)[^,，。?？!！]*$")
# English: "do I need a X prescription", "does my mum need ...", "a X prescription to buy it": whether one is required
_R19_EN_REQUIRED = re.compile(r"\b(?:do|does|did|will|would|if|whether|must|should)\b[^.?!]{0,25}$")
_R19_EN_REQUIRED_AFTER = re.compile(r"\s*(?:to (?:buy|get|purchase|collect|order|pick up|bring|travel|fly)|first|or not)\b")
_R19_EN_MED_RX = re.compile(r"(?<!\bdo )(?<!\bdoes )(?<!\bwill )(?<!\bwould )(?<!\bif )(?<!\bdon't )(?<!\bi )(?<!\bwe )"
                            r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\byou )\b(?:i |we )?(?:need|want|"
                            r"would like|'d like|am after|after) (?:a |an |one |some |a new |new )?(?:[\w'-]+ )?"
                            r"(?P<med>" + _C_MED + r") (?:prescription|script|rx)\b(?! (?:renew|repeat|refill|sent|collected|"
                            r"ready|status|back|number|form|charge|cost|fee))")
_R19_EN_OWN_RX = re.compile(r"\b(?:my|his|her|our|their|usual|regular|repeat|monthly|same)\b (?:[\w'-]+ )?(?:" + _C_MED +
                            r") (?:prescription|script|rx)\b")
_R19_VOICE_EN = [
    # dropped auxiliary at a clause end: "what I got?", "what she has?", "what is it I have?" (what have I got)
    (re.compile(r"\bwhat (?:is it |'s it )?(?:that )?(?P<who>i|he|she|we|they|you|my \w+|his \w+|her \w+|dis|dat|this|that) "
                r"(?:got|get|have|has)(?:,? (?:brah|bruh|bro|bruddah|braddah|brudda|sis|cuz|uncle|aunty|auntie|doc|doctor|"
                r"sister|brother|pls|please))?"
                r"\s*(?=[?!.]|$)"), r"what have \g<who> got"),
    # Hawaiian pidgin: "kine" (kind of), "dis/dat" (this/that), "stay" (is), "wit" (with)
    (re.compile(r"\bwhat kine\b"), "what kind of"), (re.compile(r"\bwhat stay wrong\b"), "what is wrong"),
    (re.compile(r"\bwrong wit\b"), "wrong with"),
    # pidgin "get" (has) before what is on the body: "my skin get dry patches", "my boy get one rash"
    (re.compile(r"\b(?P<who>(?:my|his|her|our|their) (?:[\w'-]+'s? )?[\w'-]+|he|she|it) get (?=(?:one |some |plenty |dis |dat |a |an )?"
                r"(?:[\w'-]+ )?(?:patch(?:es)?|spots?|rash(?:es)?|lumps?|bumps?|blisters?|sores?|swelling|pain|itch|cough|fever|"
                r"dry|sore|itchy|red|swollen|puffy|scaly|flaky)\b)"), r"\g<who> has "),
    (re.compile(r"\bwhat kind (?:of )?(?P<what>[\w'-]+) (?:dis|dat|this|that)\s*(?=[?!.]|$)"), r"what kind of \g<what> is this"),
    (re.compile(r"(?:^|(?<=[,.;!?] ))what (?:dis|dat)\s*(?=[?!.]|$)"), "what is that"),
]
_R19_VOICE_ZH = [(re.compile(r"攞"), "拿")]
_R19_WHAT_KIND = re.compile(r"\bwhat (?:kind|sort|type) of (?:sickness|illness|disease|condition|infection|rash|skin (?:thing|problem)|"
                            r"problem|bug|thing) (?:is|could be|might be|would be) (?:this|that|it)\s*(?=[?!.]|$)")
_R19_ZH_PAUSE = re.compile(r"停(?:下来|一下|下)(?:手头的?事|手里的?活|手上的?活|手)?(?=(?:来)?(?:问|打字|发|写|查|回|说))|"
                           r"停下(?:手头的?事|手里的?活|手上的?活|手)(?:来)?")


def _r19_voice(norm: str) -> str:
    """The message with the round-19 voices mapped to the wording the rules read; unchanged when none is present."""
    return _mapped_voices(norm, _R19_VOICE_EN, _R19_VOICE_ZH)


def _r19_neutral(norm: str) -> str:
    """The message with the round-19 look-alike cue (4. above) replaced by a neutral word."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R19_ZH_PAUSE.sub("抽空", norm)
    return norm


def _r19_zh_rx_of(norm: str) -> bool:
    """Whether a prescription for a named medicine is wished for or asked to be handed over (1. above)."""
    if _R4_ZH_NOT_PROCESS.search(norm) or _R15_ZH_EXISTING.search(norm) or re.search(r"续|复印|打印", norm):
        return False
    for match in _R19_ZH_RX_OF.finditer(norm):
        verb, after = match.group("verb"), match.group("after")
        if _R19_ZH_NOT_MED_X.search(match.group("x")) or _R19_ZH_NOT_SLIP.match(after):
            continue
        if verb in ("要", "需要", "我要", "我需要", "我们要", "我们需要") and _R19_ZH_REQUIRED.match(after):
            continue  # is a prescription needed for it: a rule, answered
        if _R19_ZH_REPORTED.search(norm[:match.start()]):
            continue
        return True
    return False


def _r19_classes(norm: str) -> str | None:
    """The round-19 request classes (1.-3. above) on scope_text() output, or None."""
    if _r19_zh_rx_of(norm):
        return "prescription_request"
    english = _R19_EN_MED_RX.search(norm)
    if english and not _R19_EN_OWN_RX.search(norm) and not _R15_RX_NOT.search(norm) and \
            not _R19_EN_REQUIRED.search(norm[:english.start()]) and not _R19_EN_REQUIRED_AFTER.match(norm, english.end()):
        return "prescription_request"
    if _R19_WHAT_KIND.search(norm) and (_R15_OWN_CASE.search(norm) or _R17_COMPLAINT_EN.search(norm)):
        return "diagnosis_request"
    return None


def round19_reason(norm: str) -> str | None:
    """The reason of rounds 1-19 on scope_text() output: the round-19 classes added, the round-19 voices read, and the
    round-19 look-alikes made neutral before a reason stands."""
    reason = round18_reason(norm) or _r19_classes(norm)
    if not reason:
        voiced = _r19_voice(norm)
        if voiced != norm:
            reason = round18_reason(voiced) or _r19_classes(voiced)
            norm = voiced
    if not reason:
        return None
    neutral = _r19_neutral(norm)
    if neutral != norm:
        reason = round18_reason(neutral) or _r19_classes(neutral)
    return reason


# ------------------------------------------------------------------------------------ round 20 (blind batch 18)
# blind18 (spent) found prescription requests missed round after round because each rule knew one phrasing. The
# requests below are written from the general way of asking: a verb of issuing or obtaining, directed at the service
# (an imperative, "please", "can you"), with a prescription or a medicine as its object, for the asker or anyone.
# Requests:
# 1. English: "please write my dad a prescription for X", "issue prescription of X", "can you hook me up with a
#    script", "could you do my mum a script": an issuing verb (write, issue, give, send, get, do, provide, sort,
#    hook/set/fix ... up) asked of the service, an optional recipient, then a prescription or a medicine. Not a
#    repeat, its status or its collection, not how or where, not a paper object ("the prescription", "my
#    prescription", a leaflet, a list or an organiser).
# 2. Chinese: 开 (prescribe) for someone (帮/给/替/为 + anyone, 请医生帮阿嬷开, 想让医生给开) with a quantity and a
#    medicine of any name (类固醇, 左甲状腺素, 降血压药): a prescription asked. Not what was already prescribed
#    (开了, 开的, 开过), not how or where (怎么, 在哪, 多少钱, 手续), not 开 as open/switch on/drive (a medicine
#    object is required).
# 3. Chinese: a medicine and "一次多少" / "每次几毫升" with the taking verb dropped (布洛芬混悬液一次多少): a dose.
# Voices and look-alikes:
# 4. Cantonese 唔該 ("please", "thank you") was folded to 不该 ("should not"); it now reads 麻烦.
# 5. 晕车药 (motion-sickness medicine) made 开 read as driving (开点晕车药): 车 after 晕 is no vehicle.
# 6. 开 a bottle, can or packet of food or drink (帮我开一瓶矿泉水, 给孩子开一包薯片) opens it: read as 打开, no medicine.
_R20_EN_ASKED = (r"(?:please|pls|plz|kindly|(?:can|could|would|will|can't|couldn't|won't|wouldn't) (?:you|u|ya|you guys|you "
                 r"lot|the bot|this service|the service|the hospital|your hospital|the clinic)(?: (?:please|just|kindly|possibly|"
                 r"maybe|quickly|pretty please))?|(?:i|we) (?:need|want|would like|'d like) (?:you|u) to|(?:i|we) (?:am|are) "
                 r"asking (?:you|u) to|go ahead and|(?:^|(?<=[,.;:!?] ))just)")
_R20_EN_NOT_RECIPIENT = r"(?!(?:the|a|an|some|this|that|these|those|prescriptions?|scripts?|rx|repeats?|usual|regular|own|old|last|same|normal|" + _C_MED + r")\b)"
_R20_EN_RECIPIENT = (r"(?:me|us|him|her|them|(?:my|our|his|her|their) " + _R20_EN_NOT_RECIPIENT + r"(?:[\w-]+ ){0,2}?"
                     + _R20_EN_NOT_RECIPIENT + r"[\w-]*[a-z0-9](?!')|the (?:baby|kids?|child|children|little one|wee one))")
_R20_EN_FILLER = r"(?:(?!(?:the|my|his|her|our|their|your|this|that|these|those|it|about|on|of|to|from|with|in|at|by|" \
                 r"and|or|copy|list|leaflet|info\w*|details?|picture|photo|link)\b)[\w'/-]+ )"
_R20_EN_ISSUE = re.compile(
    r"\b" + _R20_EN_ASKED + r" (?:just |please |kindly )?(?:"
    r"(?:write|issue|give|provide|supply|send|get|do|prescribe|authori[sz]e|arrange|organi[sz]e|make out|draw up)"
    r"(?: up| out)?(?: (?P<r1>" + _R20_EN_RECIPIENT + r"))?|"
    r"(?:hook|sort|set|fix) (?P<r2>" + _R20_EN_RECIPIENT + r") (?:up|out)(?: with)?)"
    r" (?:a |an |some |another |one |a new |new |a fresh |a quick |an e-|e-|more |a few |a couple of |a course of |"
    r"a box of |a pack of )?" + _R20_EN_FILLER + r"{0,2}?"
    r"(?:prescriptions?|scripts?|scrips?|rx|" + _MED + r")\b"
    r"(?! ?(?:organi[sz]ers?|box(?:es)?|dispensers?|cases?|reminders?|charts?|schedules?|lists?|leaflets?|info\w*|bins?|bags?|"
    r"holders?|cutters?|splitters?|crushers?|cards?|diar(?:y|ies)|logs?|forms?|numbers?|history|records?|reviews?|counts?|"
    r"alarms?|apps?|timers?|trackers?|coolers?|pouch(?:es)?|charges?|costs?|fees?|exemptions?|prepayment|certificates?|"
    r"slips?|status|ready|back|collection|delivery|tokens?|codes?|receipts?|refills?|repeats?|renewals?|copies|copy)\b)")
# a process or a repeat, not a new prescription: how, where, ordering, collecting, paying, renewing
_R20_EN_PROCESS = re.compile(r"\b(?:how (?:do|does|can|should|would|long|much|soon)|where|what time|repeat|repeats|refill\w*|"
                             r"renew\w*|re-?order\w*|collect\w*|pick(?:ed|ing)? (?:\w+ ){0,2}up|cost|price|pay|paying|"
                             r"charge\w*|exemption|status|track\w*|sick note|fit note|letter|form|copy|information|"
                             r"leaflet|reminder)\b")
_R20_ZH_MED = (r"(?:" + _R4_ZH_MED + r"|[\u4e00-\u9fff]{1,5}(?:醇|激素|药膏|药片|胶囊|药水|口服液|混悬液|注射液|滴眼液|喷剂|贴|栓)|"
               r"处方|方子|药方)")
_R20_ZH_FOR_WHOM = re.compile(
    r"(?:帮|给|替|为)(?P<who>[^,，。?？!！:：;；]{0,6}?)(?<![再续多补])开(?![了过的着始心门车灯会刀工放通玩笑单证明假发票收据])"
    r"(?:[一两二三四五六七八九十几半1-9]|[0-9]+)?(?:个月|周|星期|天)?(?:的)?"
    r"(?:盒|瓶|支|板|袋|包|贴|剂|个|张|疗程|点|些|一点|一些|一下|下)?(?:的)?"
    r"(?P<med>[^,，。?？!！:：;；]{0,6}?(?<![薯刀照图名卡切芯影唱])" + _R20_ZH_MED + r")")
_R20_ZH_PROCESS = re.compile(r"怎么|如何|流程|哪里|在哪|多少钱|费用|几点|手续|什么时候|哪天|续方|续药|报销|医保|要带|"
                             r"需要什么|能不能报|是不是可以|可不可以让|是否可以|允许|规定")
_R20_ZH_REPORTED = re.compile(r"(?:说|讲|答应|已经|刚刚|刚才|昨天|前天|上周|上次|之前|以前)[^,，。?？!！]{0,6}$")
_R20_ZH_PER_TIME = re.compile(r"(?:一次|每次|一顿|每顿|一回|一天|每天|每日|一日)(?:的量)?(?:要|该|能|可以|得)?(?:多少|几)"
                              r"(?:毫升|ml|毫克|mg|克|片|粒|颗|包|袋|滴|格|支|勺|喷)?(?:合适|比较好|才对|才行|呀|啊|呢|吗|么|[?？]|$)")
_R20_ZH_PER_TIME_NOT = re.compile(r"钱|费|时间|分钟|小时|管|号|岁|斤|公斤|步|页|题|人")


_R20_ZH_OPEN_FOOD = re.compile(r"(?<!打)开(?=(?:[一两二三几]|[0-9]+)?(?:瓶|罐|听|包|袋|盒|桶|箱|个)?(?:矿泉水|纯净水|开水|水|牛奶|奶|"
                               r"酸奶|豆奶|饮料|可乐|雪碧|果汁|汽水|啤酒|红酒|白酒|酒|咖啡|茶|薯片|饼干|零食|罐头|泡面|方便面|"
                               r"八宝粥|奶粉|面包|巧克力|糖果)(?![\u4e00-\u9fff]{0,2}(?:药|片|剂|丸|胶囊)))")


def _r20_neutral(norm: str) -> str:
    """The message with the round-20 look-alike (6. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R20_ZH_OPEN_FOOD.sub("打开", norm)
    return norm


def _r20_en_issue(norm: str) -> bool:
    """Whether the service is asked to issue a prescription or a medicine (1. above)."""
    return bool(_R20_EN_ISSUE.search(norm) and not _R20_EN_PROCESS.search(norm) and not _R7_INFO_ABOUT_MED.search(norm))


def _r20_zh_for_whom(norm: str) -> bool:
    """Whether a medicine is asked to be prescribed for the asker or anyone (2. above)."""
    if not re.search(r"[\u4e00-\u9fff]", norm) or _R20_ZH_PROCESS.search(norm):
        return False
    for match in _R20_ZH_FOR_WHOM.finditer(norm):
        if _R20_ZH_REPORTED.search(norm[:match.start()]):
            continue
        return True
    return False


def _r20_classes(norm: str) -> str | None:
    """The round-20 request classes (1.-3. above) on scope_text() output, or None."""
    if _r20_en_issue(norm) or _r20_zh_for_whom(norm):
        return "prescription_request"
    per_time = _R20_ZH_PER_TIME.search(norm)
    if per_time and re.search(_R4_ZH_MED, norm[:per_time.start()]) and not _R20_ZH_PER_TIME_NOT.search(per_time.group(0)) \
            and not _ZH_PRACTICAL.search(norm):
        return "dose_request"
    return None


def _stacked_reason(norm: str, earlier, classes, neutral) -> str | None:
    """Earlier rounds' reason or this round's classes; when one stands, it must stand again on the text with this
    round's look-alikes made neutral (rounds 20-24 and 26-29 stack this way)."""
    reason = earlier(norm) or classes(norm)
    if reason:
        calm = neutral(norm)
        if calm != norm:
            reason = earlier(calm) or classes(calm)
    return reason


def round20_reason(norm: str) -> str | None:
    """The reason of rounds 1-20 on scope_text() output: the round-20 classes added, and the round-20 look-alike made
    neutral before a reason stands."""
    return _stacked_reason(norm, round19_reason, _r20_classes, _r20_neutral)



# ------------------------------------------------------------------------------------ round 21 (blind batch 19 + R11)
# blind19 (spent) and the reviewer set R11, each written from the way of asking, not from their sentences.
# Requests:
# 1. English: a prescription asked in the passive, the medicine as the object of "prescribed": "can I get X prescribed
#    (here)", "can I be prescribed X", "may we have X prescribed", and "my son needs X prescribed, can you ...".
#    Not one's own medicine ("my inhaler"), a repeat or its cost (on the NHS, privately), a vaccine (booked, not
#    prescribed here), a test, therapy, device or note ("can I get physio prescribed"), not a past prescription ("have been prescribed"), and not whether one may be prescribed it at all
#    ("can I be prescribed the pill if I smoke").
# 2. Chinese: a guess at a condition about the writer or a named person, with a complaint before it: "is it / could it
#    be / 算不算 / 係咪 + (有/得了) + a condition noun", where a condition noun is anything the rules know as one or ends
#    like one (炎, 病, 症, 虫, 菌, 病毒 ...), or "something serious" (大病, 严重的问题), or "what problem/illness is it"
#    (到底是什么问题, 是什么毛病). Not when a medicine is named (a side effect is asked then) or a service step is asked.
# Practical look-alikes (answered by the knowledge base, must stay allowed):
# 3. How much supply one dispensing can cover (血压药可以一次开三个月的量吗, 一次最多能开几个月, 最多开多久, "my usual
#    inhaler for three months at once"): the quantity per dispensing, a pharmacy rule, read whoever takes it; and
#    round 18's longer supply of a medicine already taken (一直吃的药开三个月的药), read here now (one job, one place). A
#    medicine asked for beside it still counts ("prescribe me two months of diazepam" names no dispensing).
# 4. A pharmacy packing medicines into sachets or daily packs (把药分装成一包一包): 一包 is a packet, not a dose.
_R21_EN_WHO = r"(?:i|we|he|she|they|my (?:[\w'-]+ ){0,1}?[\w'-]+|our (?:[\w'-]+ ){0,1}?[\w'-]+)"
_R21_EN_NOT_OBJECT = r"(?!(?:my|his|her|our|their|your|been|already|ever|previously|once|not|never)\b)"
_R21_EN_GET_PRESCRIBED = re.compile(
    r"\b(?:can|could|may|might|will|would) " + _R21_EN_WHO + r" (?:please |possibly |just |actually |maybe )?"
    r"(?:get|have|be) " + _R21_EN_NOT_OBJECT + r"(?:[\w'-]+ ){0,4}?prescribed\b"
    r"(?! (?:before|already|previously|in the past|last)\b)")
_R21_EN_NEEDS_PRESCRIBED = re.compile(
    r"\b" + _R21_EN_WHO + r" (?:need|needs|want|wants|would like|'d like) " + _R21_EN_NOT_OBJECT +
    r"(?:[\w'-]+ ){1,4}?prescribed\b")
_R21_EN_ASKED_OF_SERVICE = re.compile(r"\b(?:please|pls|(?:can|could|would|will) (?:you|u|ya|someone|somebody|anyone|this "
                                      r"(?:chat|service|app|bot)|the (?:service|app|bot|clinic)))\b")
# whether it may be prescribed at all (a condition, an age), or on what terms (cost, the NHS, privately)
_R21_EN_ELIGIBLE = re.compile(r"\s*(?:[\w'-]+ ){0,4}?(?:if|whilst|while|when|during|as (?:a|an)|at (?:my|his|her|\d+)|aged?|"
                              r"under \d+|over \d+|on the nhs|privately|for free|free of charge|without a prescription)\b")
# what is prescribed but no medicine: a test, a therapy, a device or a note
_R21_EN_NOT_MEDICINE = re.compile(r"\b(?:(?:blood )?tests?|scans?|x-?rays?|mri|ultrasound|physio\w*|therap(?:y|ies|ist)|counsel\w*|"
                                  r"exercises?|glasses|spectacles|lenses|contacts|wheelchairs?|crutches|walkers?|hearing aids?|"
                                  r"referrals?|notes?|letters?|rest|diet|massage|acupuncture|stockings|insoles|orthotics|"
                                  r"splints?|braces?|sessions?|classes)\b")
_R21_EN_PAST = re.compile(r"\b(?:was|were|been|got|had) (?:[\w'-]+ ){0,3}?prescribed\b")
# named conditions whose names end in none of the suffixes below
_R21_ZH_NAMED_COND = (r"(?:帕金森|阿尔茨海默|老年痴呆|自闭|多动|抑郁|焦虑|癫痫|羊癫疯|脑梗|心梗|偏头痛|三高|高血压|低血压|糖尿|"
                      r"近视|弱视|散光|扁平足|脊柱侧弯|疝气|积液|脂肪肝|腰突|更年期|乳腺增生|多囊|宫颈糜烂|肌瘤|白血病|"
                      r"艾滋|梅毒|乙肝|结核|抽动|妥瑞|阿斯伯格|躁郁|强迫|厌食|暴食|失眠)")
_R21_ZH_COND = (r"(?:" + _ZH_C_CONDITION + r"|" + _R17_ZH_COND_EXTRA + r"|" + _R21_ZH_NAMED_COND + r"|(?:(?![什么啥])[\u4e00-\u9fff]){0,4}(?:虫|细菌|病毒|真菌|"
                r"螨虫?|菌|综合征|障碍|失调|不足|异常|痴呆|失智|衰竭)|(?:什么|啥)?(?:大|严重的?|重)(?:病|问题|毛病)|"
                r"(?:什么|啥|哪种|哪一种)(?:问题|毛病|病))")
_R8_ZH_PERSON_RE = re.compile(_R8_ZH_PERSON)
_R21_ZH_GUESS = re.compile(r"(?:(?:是不是|是否|会不会是?|会是|可能是|难道是|该不会是|莫非是|算不算|到底是|究竟是)(?P<open>)|"
                           r"(?<![就只不还都也要总老倒])是)"
                           r"(?:得了|患了|有了?|长了|生了|染上了?|感染了?)?[^,，。?？!！]{0,6}?" + _R21_ZH_COND +
                           r"(?:了|来的|啊|呀)?(?P<ask>(?:吗|么|嘛|吧|呢|[?？])[?？!！。]*)?\s*$")
_R21_ZH_DESCRIBED = re.compile(r"(?:老是?|总是?|一直|经常|常常|反复|时不时|动不动|最近)(?![是要])[\u4e00-\u9fff]{1,8}")
_R21_ZH_STEP = re.compile(r"什么科|啥科|哪个科|哪科|哪一科|挂什么|挂哪|看什么科|流程|挂号|哪里|在哪|多少钱|费用|手续|报销|医保|预约|办理|发票|系统|电脑|手机|网络|机器|仪器|血压计|血糖仪")
_R21_ZH_SUPPLY = re.compile(
    r"(?:一次(?:性)?|每次)(?:最多|最长|最久)?(?:能|可以|可|能不能|可不可以|能否)?(?:多)?开(?:个|出)?"
    r"(?:[一二两三四五六七八九十半几]|\d+|多少|多久|多长时间)(?:个)?(?:月|周|星期|礼拜|天|日)?(?:的)?(?:量|药|处方)?|"
    r"(?:最多|最长|最久)(?:能|可以|可)?开(?:[一二两三四五六七八九十半几]|\d+|多少|多久|多长时间)(?:个)?(?:月|周|星期|礼拜|天|日)?"
    r"(?:的)?(?:量|药)?|"
    r"开(?:[一二两三四五六七八九十半几]|\d+)(?:个)?(?:月|周|星期|礼拜|天)的量")
# round 18's: any supply length of a medicine already taken (一直吃的药开三个月的药), or a long prescription named (慢病)
_R21_ZH_LONG_SUPPLY = re.compile(r"开(?:[一二两三四五六七八九十半几]|\d+)(?:个)?(?:月|周|星期|礼拜|天)(?:的)?(?:量|药|处方)?")
_R21_EN_SUPPLY = re.compile(r"\b(?:for |of )?(?:\d+|one|two|three|four|five|six|nine|twelve|a few|several|a couple of|how many) "
                            r"(?:months?|weeks?)'?s?(?: worth| supply)?(?: of (?:it|them|(?:my|his|her|our|their|the same) "
                            r"(?:[\w'-]+ ){0,3}?" + _C_MED + r"))? (?:at once|in one go|at a time|on one prescription|per "
                            r"(?:prescription|dispensing|collection))\b")
_R21_ZH_REPACK = re.compile(r"一([包袋格份盒])一\1|分装|分包")


def _r21_neutral(norm: str) -> str:
    """The message with the round-21 look-alikes (3. and 4. above) replaced by neutral words."""
    norm = _R21_EN_SUPPLY.sub(" as a repeat supply", norm)
    if re.search(r"[\u4e00-\u9fff]", norm):
        existing = _R15_ZH_EXISTING.search(norm) or re.search(r"长处方|慢病|慢性病|慢特病", norm)
        norm = _R21_ZH_SUPPLY.sub("长期处方", norm)
        if existing:
            norm = _R21_ZH_LONG_SUPPLY.sub("长期处方", norm)
        norm = _R21_ZH_REPACK.sub("药盒", norm)
    return norm


def _r21_en_passive_rx(norm: str) -> bool:
    """Whether a medicine is asked to be prescribed, in the passive (1. above)."""
    if _R15_RX_NOT.search(norm):
        return False
    for match in _R21_EN_GET_PRESCRIBED.finditer(norm):
        # the thing prescribed: before "prescribed", or after "be prescribed" (its next four words)
        thing = match.group(0) + " " + " ".join(norm[match.end():].split()[:4])
        if not _R21_EN_ELIGIBLE.match(norm, match.end()) and not _R21_EN_PAST.search(match.group(0)) and \
                not _R16_VACCINE.search(thing) and not _R21_EN_NOT_MEDICINE.search(thing):
            return True
    needs = _R21_EN_NEEDS_PRESCRIBED.search(norm)
    return bool(needs and _R21_EN_ASKED_OF_SERVICE.search(norm) and not _R21_EN_PAST.search(needs.group(0)) and
                not _R16_VACCINE.search(needs.group(0)) and not _R21_EN_NOT_MEDICINE.search(needs.group(0)))


def _r21_zh_guess(norm: str) -> bool:
    """Whether a condition is guessed at for the writer or a named person after a complaint (2. above)."""
    guess = _R21_ZH_GUESS.search(norm)
    if not guess or (guess.group("open") is None and not guess.group("ask")):  # a bare 是 asks only with a question mark
        return False
    before = norm[:guess.start()]
    return bool((_R17_ZH_COMPLAINT.search(before) or _R6_ZH_SYMPTOM.search(before) or _R21_ZH_DESCRIBED.search(before)) and
                (_R8_ZH_PERSON_RE.search(before) or _R9_ZH_OWN.search(before)) and
                not re.search(_ZH_C_MED, norm) and not _R21_ZH_STEP.search(norm))


def _r21_classes(norm: str) -> str | None:
    """The round-21 request classes (1. and 2. above) on scope_text() output, or None."""
    if _r21_en_passive_rx(norm):
        return "prescription_request"
    if re.search(r"[\u4e00-\u9fff]", norm) and _r21_zh_guess(norm):
        return "diagnosis_request"
    return None


def round21_reason(norm: str) -> str | None:
    """The reason of rounds 1-21 on scope_text() output: the round-21 classes added, and the round-21 look-alikes made
    neutral before a reason stands."""
    return _stacked_reason(norm, round20_reason, _r21_classes, _r21_neutral)

# Round 22 (blind20 spent; blind reviewer set R12).
# Request classes: 1. a likely condition asked for after a complaint, not by the word "diagnosis" nor "what is wrong":
# "what's this likely to be: a rash on my shins", "which disease he have", "could it be my heart acting up", "a rash
# after the woods, Lyme would you say?". Look-alikes made neutral: 2. what a letter or a missed slot means for the
# writer's place with the service ("does this mean I'm off the list"), 3. a past prescription told, then a question
# about it (医生给我开了一盒药膏 ... 能拿回去退吗), 4. parking when driving someone in (开车送 ... 门口能不能停一下),
# 5. how much to carry abroad (带三个月份量) and the Cantonese fridge (雪柜).
_R22_EN_LIKELY = re.compile(r"\bwhat(?:'s| is| are| would| could| might)? (?:this|it|that|these|those|they)(?: (?:is|are|be))? "
                            r"(?:most |more |very |quite )?(?:likely|probably|liable)(?: to be)?\b(?!\s+(?:to|that|for|about|"
                            r"cost|take|mean|happen)\b)")
_R22_EN_WHICH_ILLNESS = re.compile(r"\b(?:what|which) (?:kind of |sort of |type of )?(?:disease|illness|sickness|condition|"
                                   r"infection|ailment|problem)s? (?:(?:do|does|did|could|might|would|is|am|are) )?"
                                   r"(?:i|he|she|we|they|my \w+|his \w+|her \w+|our \w+)(?: \w+)? (?:have|has|got|having|"
                                   r"suffer\w*|catch\w*|caught)\b(?! to\b)")
_R22_EN_ORGAN = (r"(?:heart|chest|thyroid|kidneys?|liver|back|spine|knees?|hips?|stomach|tummy|gut|bowels?|bladder|prostate|"
                 r"sinus(?:es)?|lungs?|joints?|nerves?|hormones?|pancreas|gall ?bladder|appendix|ticker|blood pressure|bp|"
                 r"sugars?|ears?|eyes?|womb|ovaries|gland|glands|neck|shoulder|wrist|ankle|" + _CONDITION[3:-1] + r")")
_R22_EN_ORGAN_UP = re.compile(r"\b(?:is|could|might|would|can) (?:it|this|that) (?:be )?(?:just |really |maybe )?(?:my|his|her|"
                              r"your|the|our) (?:old |dodgy |bad )?" + _R22_EN_ORGAN + r" (?:playing up|acting up|flaring(?: up)?|"
                              r"kicking off|giving (?:me|him|her) (?:gyp|grief|trouble|bother)|packing up|going)\b")
_R22_EN_GUESS_END = re.compile(r"(?:^|[.!?,;:–—]\s*|\s-\s+)(?:maybe |perhaps |probably |possibly )?(?:a |an |some )?(?:\w+ )?" + _CONDITION +
                               r",? (?:would you say|do you reckon|d'you reckon|you reckon|do you think|you think|"
                               r"would you think|you would say|is my guess)\s*[?.!]*\s*$")
_R22_EN_STATUS = re.compile(
    r"\b(?:mean|means|indicate|indicates|suggest|suggests) (?:that )?(?:i|he|she|we|they|my \w+) (?:am|is|are|have been|"
    r"has been|will be|get|gets) (?:now |still |definitely |automatically |probably )?(?:off|on|out of|back (?:on|to|at)|"
    r"taken off|struck off|removed|dropped|kicked off|discharged|banned|barred|charged|fined|billed|in trouble|at the "
    r"back|moved|(?:not |no longer )?(?:allowed|able|eligible|entitled|registered|booked|listed))\b"
    r"(?! (?:the |a )?(?:way|road|verge|edge|brink|cusp|mend)\b)")
# "what conditions do I have to meet", "which problem does he have to report": rules of the service, not an illness
_R22_EN_HAVE_TO = re.compile(r"\b(?:what|which) (?:\w+ ){0,2}?(?:conditions?|problems?|issues?|criteria|requirements?) "
                             r"(?:do|does|did|would|will) (?:i|he|she|we|they|my \w+) (?:have|need) to\b")
_R22_ZH_PAST_RX = re.compile(r"(?:医生|大夫|医师)?(?:给|帮|替)(?:我|他|她|孩子|宝宝|老人|我[妈爸婆公])开了")
_R22_ZH_DRIVE = re.compile(r"车")  # 开车, 揸车, 骑机车, 车能不能停: a vehicle named (a medicine in the message vetoes)
# returning a medicine already given (能拿回去退吗, 可不可以退掉): what was prescribed is told, not asked for
_R22_ZH_RETURN = re.compile(r"退(?:药|掉|回|货|款|钱|给|得)?(?:吗|么|嘛|不|[?？])|(?:能|可以|可不可以|能不能)[^，。？?]{0,6}退")
_R22_ZH_GIVEN = re.compile(r"(?:医生|大夫|医师)?(?:给|帮|替)?(?:我|他|她|孩子)?开(?:了|的|咗|过)(?:[^，。？?]{0,6}?给我)?")
_R22_ZH_CARRY = re.compile(r"带(?:上|够|足)?(?:[一二两三四五六七八九十半几]|\d+)(?:个)?(?:月|周|星期|礼拜|天)(?:的)?"
                           r"(?:份量|分量|量|药量|的药|药)")


# 1b. more indirect forms, each after a complaint: "what might I be dealing with", "what's he got", "what's that a sign
# of", "what does that point to", "any idea what this is", "the likely culprit", "what's making my hands shake",
# "what is it I've got", "is my bad breath coming from my stomach", "DVT or cramp?", "is something wrong"
_R22_EN_INDIRECT = re.compile(
    r"\bwhat (?:is |might |could |would |may )?(?:i|he|she|we|they|my \w+|his \w+|her \w+)(?: \w+)? (?:be )?(?:dealing with|"
    r"up against|looking at|fighting|got)\b(?! to\b)|"
    r"\bwhat(?: is| are| could| might| would)? (?:this|that|it|these|those|they)(?: be)? (?:a sign|signs|a symptom|"
    r"symptoms|a warning sign) of\b|"
    r"\bwhat (?:does|do|could|might|would) (?:this|that|it|these|those|they|my \w+)(?: \w+)? (?:point to|suggest|indicate|"
    r"add up to|sound like)\b(?! (?:that )?(?:i|we|you|he|she) \w+)|"
    r"\b(?:any idea|do you know|can you tell(?: me)?|could you tell(?: me)?|tell me) what (?:this|that|it|these|those) "
    r"(?:is|are|could be|might be|would be)\b(?! (?:for|called|about|used)\b)|"
    r"\b(?:likely|probable|possible|main|usual|the) culprit\b|"
    r"\bwhat(?: is| could be| might be| would be)? (?:making|giving|bringing on|triggering|setting off) (?:me|my|him|her|"
    r"them|his|our)\b|"
    r"\bwhat is it (?:that )?(?:i|he|she|we|they|my \w+) (?:have|has|am|is)(?: got)?\b|"
    r"\b(?:is|are|could|would|might|can) (?:my|his|her|their|our) (?:\w+ )?" + _SYMPTOM + r" (?:be )?(?:coming from|"
    r"from|down to|due to|caused by|because of|linked to|related to|connected to|something to do with)\b|"
    r"\bis (?:something|anything) (?:wrong|up|the matter)\b(?! with (?!(?:me|him|her|us|my|his|our)\b))")
_R22_EN_EITHER = re.compile(r"(?:^|[.!?,;:–—]\s*|\s-\s+)(?:\w+ )?" + _CONDITION + r",? or (?:is it |just |simply |only |"
                            r"maybe |a |an |something )?(?:\w+ ){0,2}\w+\s*\?+\s*$")
# a complaint in words the symptom list lacks: shaking, clicking, mottled skin, bad breath, periods stopped
_R22_EN_COMPLAINT = re.compile(r"\b(?:shak(?:e|es|y)|trembl\w*|click(?:s|ing)?|lock(?:s|ing)? up|mottled|bad breath|"
                               r"periods? (?:have |has )?(?:stopped|gone)|keeps? (?:forgetting|falling|passing out)|"
                               r"hurts? when)\b")
# "which conditions does the rheumatology clinic see": what a service treats, not the writer's illness
_R22_EN_SERVICE_SEES = re.compile(
    r"\b(?:what|which) (?:kinds? of |sorts? of |types? of )?(?:conditions?|illness(?:es)?|diseases?|problems?) "
    r"(?:does|do|is|are|will|can) (?:the|this|that|your|a|an) (?:[\w'-]+ ){0,3}?(?:clinic|service|ward|team|department|"
    r"unit|specialist|consultant|centre|center|hospital|practice|surgery|nurse|physio|physiotherapist)s?\b")


def _r22_neutral(norm: str) -> str:
    """The message with the round-22 look-alikes (2.-5. above) replaced by neutral words."""
    norm = _R22_EN_STATUS.sub("say about the booking", norm)
    norm = _R22_EN_HAVE_TO.sub("what rules apply, do we need to", norm)
    norm = _R22_EN_SERVICE_SEES.sub("which services are offered by the clinic", norm)
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = norm.replace("雪柜", "冰箱")
        norm = _R22_ZH_CARRY.sub("带药", norm)
        norm = _R22_ZH_PAST_RX.sub("医生开过", norm)
        if _R22_ZH_RETURN.search(norm):
            norm = _R22_ZH_GIVEN.sub("拿到的", norm)
        if _R22_ZH_DRIVE.search(norm) and not re.search(_ZH_C_MED, norm):
            norm = re.sub(r"停(?!车)", "停车", norm)
    return norm


def _r22_classes(norm: str) -> str | None:
    """The round-22 request class (1. above) on scope_text() output, or None."""
    complaint = _R8_COMPLAINT_EN.search(norm) or _R22_EN_COMPLAINT.search(norm) or \
        re.search(r"\b" + _CONDITION + r"\b", norm)
    if _R22_EN_WHICH_ILLNESS.search(norm) or _R22_EN_ORGAN_UP.search(norm):
        return "diagnosis_request"
    if complaint and (_R22_EN_LIKELY.search(norm) or _R22_EN_GUESS_END.search(norm) or _R22_EN_INDIRECT.search(norm)
                      or _R22_EN_EITHER.search(norm)):
        return "diagnosis_request"
    return None


def round22_reason(norm: str) -> str | None:
    """The reason of rounds 1-22 on scope_text() output: the round-22 class added, and the round-22 look-alikes made
    neutral before a reason stands."""
    return _stacked_reason(norm, round21_reason, _r22_classes, _r22_neutral)

# Round 23 (blind21 spent; blind reviewer set R13).
# Request classes, each read from the way of asking, not from the sets' sentences:
# 1. English dose asked indirectly: what others take "of" a medicine ("what do people usually take of X"), or two
#    amounts offered to choose from after a medicine ("X for my dad, 50 or 100?").
# 2. English prescription asked sideways: the service asked to prescribe a jab that is no vaccine; a few doses asked
#    to bridge a gap ("give us a few to tide him over"); a medicine got without seeing a named prescriber ("the
#    allergy doctor"); what to say to get one prescribed, or a prescriber expected to give in ("if we asked nicely").
# 3. English medication change as a hypothetical ("would it be ok if I stopped my X") or a swap of a relative's
#    medicine for another ("swap my dad's X to the one my neighbour takes").
# 4. Chinese changes in Cantonese/Taiwanese wording: 转 to another medicine (转第只, 转返旧嗰只), half a dose
#    (吃一半, 食半粒), and an amount more or less after the verb (打少几度, 食多半粒) -- 度 is how insulin units are said.
# 5. A condition asked after a complaint by a tail question: "what's wrong?", "what has my X got", 是什么问题, 这是什么.
# Look-alikes made neutral: 6. what a department sees (风湿科主要睇咩病); 7. old medicines brought back for disposal;
# 8. whether a flag on a report (箭头, flagged) by itself means illness (R13: the KB passage says it does not; a named
#    condition after it is still a guess to redirect).
_R23_EN_WHO = r"(?:i|we|he|she|they|my [\w'-]+(?: [\w'-]+){0,3}?|our [\w'-]+|his [\w'-]+|her [\w'-]+|[\w'-]+'s)"
_R23_EN_TAKE_OF = re.compile(r"\b(?:what|how much|how many|normal|usual|usually|typical)\b[^.?!]{0,40}?\b(?:take|give|swallow) of "
                             r"(?:the |my |his |her |their |our |this |that )?(?:[\w'-]+ ){0,2}?" + _C_MED +
                             # not what to take along into hospital or on a journey
                             r"\b(?! (?:into|in to|in with|along|abroad|home)\b| (?:in|to) (?:the |a )?(?:hospital|ward|"
                             r"theatre|surgery)\b| with (?:me|us|them|him|her|you)\b| on (?:the |a )?(?:plane|flight|trip)\b)")
_R23_EN_AMOUNT = (r"(?:\d+(?:\.\d+)?|one|two|three|four|half|a half|a whole|whole|a quarter)(?: ?(?:mg|mcg|ml|units?|"
                  r"tablets?|pills?|capsules?|puffs?|spoons?|teaspoons?|sachets?|drops?|sprays?|ones?|of them|a tablet|a pill))?")
_R23_EN_PER = r"(?: (?:a|per|each) (?:day|night)| daily| at night| twice| at once)?"
# the two amounts may close the question or have a short occasion after them ("10 or 40 before the speech?")
_R23_EN_EITHER_AMOUNT = re.compile(r"[,:;–—-]\s*" + _R23_EN_AMOUNT + _R23_EN_PER + r" or " + _R23_EN_AMOUNT + _R23_EN_PER +
                                   r"(?: (?:before|for|at|tonight|today|tomorrow|this|after|with|when|on)\b[^.?!\d]{0,30})?"
                                   r"\s*\?+\s*$")
_R23_EN_NOT_AMOUNT = re.compile(r"\b(?:packs?|packets?|box(?:es)?|bottles?|strips?|price|cost|floor|ward|room|bay|aisle|level|"
                                r"gate|door|platform|bus|shop|store|sell|sold|buy)\b|[£$€]")
_R23_EN_SERVICE_PRESCRIBE = re.compile(
    r"\b(?:can|could|would|will|do|does) (?:the|your|this|a|an) (?:[\w'-]+ ){0,2}?(?:hospital|clinic|doctors?|docs?|gp|service|"
    r"pharmacists?|nurses?|team|practice|surgery|consultants?|specialists?) prescribe (?:me|us|him|her|them|my [\w'-]+|"
    r"our [\w'-]+) (?P<thing>(?:[\w'-]+ ?){1,4})")
_R23_EN_BRIDGE = re.compile(
    r"\b(?:can|could|would|will) (?:you|u|someone|anyone|the \w+) (?:please |just )?(?:give|let|lend|spare|send|sort|do) "
    r"(?:me|us|him|her|them)(?: have| out(?: with)?)? (?:a few|some|a couple|one|two|a handful|a box|a strip|a pack|a week'?s?"
    r"(?: worth)?|a few days'?(?: worth)?|enough)\b[^.?!]{0,40}?\b(?:tide (?:me|us|him|her|them) over|to last|till|until|"
    r"to get (?:me|us|him|her|them) (?:through|to))\b")
_R23_EN_WITHOUT_PRESCRIBER = re.compile(
    r"\b(?:can|could|may|is it possible to|is there a way to|how can|how do) (?:i |we |he |she |they |my [\w'-]+ )?(?:just )?"
    r"(?:get|have|buy|obtain|be given|order|receive) (?:some |any |a |an |the )?(?:[\w'-]+ ){0,2}?" + _C_MED +
    r" (?:[\w'-]+ ){0,3}?(?:without|w/o|with no|instead of) (?:seeing|being seen by|consulting|talking to|speaking to|"
    r"an? (?:visit|consultation|appointment|trip) (?:with|to)|going to) (?:a |an |the |my |any )?(?:[\w'-]+ ){0,2}?"
    r"(?:doctor|doc|gp|clinician|prescriber|physician|specialist|consultant|allergist|dermatologist|psychiatrist|nurse)\b")
_R23_EN_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|must|would|can|shall) (?:i|we|he|she|they) (?:need to |have to |got to )?(?:say|tell|do|mention|"
    r"claim|ask)\b[^.?!]{0,40}?\b(?:to (?:get|make|have)|so (?:that )?(?:he|she|they|the \w+|my \w+) (?:will |would )?"
    r"(?:give|gives|prescribe|prescribes|put|puts))\b")
_R23_EN_PUT_ON = re.compile(r"\b(?:would|will|could|might|can) (?:a|the|my|his|her|our|your) (?:[\w'-]+ )?(?:doctor|doc|gp|"
                            r"consultant|specialist|nurse|prescriber|psychiatrist|paediatrician|pediatrician) (?:put|start|get) "
                            r"(?:me|him|her|us|them|my [\w'-]+|our [\w'-]+) on (?:some |a |an |the )?(?:[\w'-]+ ){0,2}?" + _C_MED +
                            r"\b")
_R23_EN_PERSUADE = re.compile(r"\bif (?:you|" + _R23_EN_WHO + r") (?:just )?(?:ask(?:ed)?|push(?:ed)?|insist(?:ed)?|beg(?:ged)?|"
                              r"request(?:ed)?|demand(?:ed)?|nag(?:ged)?|kick(?:ed)? up a fuss|made a fuss)\b|"
                              r"\b(?:convince|persuade)\b|\btalk (?:[\w'-]+ ){1,3}?into\b")
_R23_EN_OK = r"(?:ok|okay|alright|all right|fine|safe|a problem|bad|an issue|dangerous|harmful|matter)"
_R23_EN_CHANGED = (_R23_EN_WHO + r" (?:just |simply |only )?(?:stop(?:s|ped)?|skip(?:s|ped)?|halve[sd]?|double[sd]?|"
                   r"drop(?:s|ped)?|quit(?:s)?|c[oa]mes? off|came off|went off|goes off|cut(?:s)? down|cut(?:s)? out|"
                   r"swap(?:s|ped)?|switch(?:es|ed)?|change[sd]?|miss(?:es|ed)?|pause[sd]?|up(?:s|ped)|lower(?:s|ed)?|"
                   r"reduce[sd]?|increase[sd]?|t[ao]ok a break from|takes a break from) (?:taking |using |on )?"
                   r"(?:my |his |her |their |our |the |[\w'-]+'s )?(?:[\w'-]+ ){0,2}?" + _C_MED +
                   r"\b(?! (?:off|round|around|in|into|by|at|over|back|to the|prescription|order|collection|delivery)\b)")
# "would it be ok if I stopped my X", "suppose my dad stopped his X ..., is that ok": a change put as a hypothetical
_R23_EN_IF_CHANGED = re.compile(
    r"\b(?:(?:would|will|is|could|might) (?:it|that) (?:be )?" + _R23_EN_OK + r"|would anyone mind|do you mind|"
    r"is it a problem) if " + _R23_EN_CHANGED + r"|"
    r"\b(?:if|suppose|supposing) " + _R23_EN_CHANGED + r"[^.?!]{0,40}?\b(?:would|is|will|could) (?:that|it|this) (?:be )?"
    + _R23_EN_OK + r"\b")
_R23_EN_SWAP = re.compile(
    r"\b(?:swap|switch|change|move|put) (?:my |his |her |our |their )?[\w'-]+'s (?:[\w'-]+ ){0,2}?(?P<med>" + _C_MED +
    r") (?:to|for|over to|onto|with) (?P<tail>[^.?!]{0,40})")
_R23_EN_SWAP_NOT = re.compile(r"\b(?:pharmac\w+|chemists?|deliver\w*|app|branch|address|date|time|day|week|needles?|bags?|"
                              r"fridge|freezer|cool ?bag|cupboard|place|house|home|flat|room|ward|clinic|appointment|"
                              r"box(?:es)?|pot|bottle|brand|generic|blister|packs?|dosette|organi[sz]er)\b")
_R23_EN_WHATS_WRONG = re.compile(r"(?:^|[,.;:!?–—-]\s*)(?:so |and |but )?(?:what(?: is| has)? (?:wrong|the matter|going on|up|"
                                 r"happening|the problem|causing (?:it|this|that|them))(?: with (?:him|her|them|me|us|it))?|"
                                 r"what do you make of (?:it|that|this|them)|what (?:are|is) (?:they|these|those|it|this|that)|"
                                 r"why (?:is|does|would|do) (?:that|this|it|she|he|they) (?:keep )?(?:happen|happening))\s*\?+\s*$")
_R23_EN_WHAT_GOT = re.compile(r"\bwhat(?: has| have| is) " + _R23_EN_WHO + r" got\b(?! to\b)")
# a complaint told as a story, in words the symptom lists lack
_R23_EN_STORY = re.compile(r"\b(?:keeps? (?:getting|having|being)|limp\w*|(?:gone|turned|going) (?:purple|blue|red|black|white|"
                           r"yellow|grey|gray|green)|(?:a|the|his|her|my|their) fall\b|fell (?:over|off|down)|injur\w+|fainted|passed out|"
                           r"blacked out|collapsed|bites|bitten|stings|stung|spreading|fits|seizures?)\b")
_R23_EN_PERSON = re.compile(r"\b(?:i|i'm|i am|i've|me|my|he|she|his|her|our|we)\b")
_R23_EN_SERVICE = re.compile(r"\b(?:wards?|appointments?|letters?|clinics?|portal|app|bookings?|bills?|parking|visit\w*|website|"
                             r"referrals?|waiting list|reception|phone|calls?|emails?|texts?|text messages?|messages?|forms?|"
                             r"system|login|password|reviews?)\b")
_R23_ZH_SWITCH = re.compile(r"转(?:返|回|用|去|做|成|为)?(?:第|另|别|其他|其它|新|旧|原来|之前|以前)(?:一)?(?:𠮶|嗰|那|个)?"
                            r"(?:只|种|款|个牌子|牌子|样)")
_R23_ZH_HALF = re.compile(r"(?:吃|服|用|喷|食)(?:一半|半(?:粒|片|颗|只|支|份|包|袋|量|剂量|的量))(?![了过完])|"
                          r"(?:掰|切|分)(?:成)?(?:一半|两半)(?:来|再|去)?(?:吃|服)")
_R23_ZH_HALF_NOT = re.compile(r"吞|方便|好吞|咽|" + _ZH_PRACTICAL.pattern)  # swallowing it, or a practical ask
# "先不要吃", "暂时不用吃了": the medicine left off for now (an object after it, 不要吃早餐, is a fast, not a change)
_R23_ZH_LEAVE_OFF = re.compile(r"(?:先|暂时|这几天|这两天|今天|今晚|明天)?(?<![要用吃服])(?:不要|不用|别)(?:吃|服|用|打)(?:了|啦|住|先)?"
                               r"(?=吗|么|嘛|呢|[?？,，。]|行不行|可不可以|可以吗|好不好|$)")
# 隔日先食, 两天吃一次: a medicine moved to every other day
_R23_ZH_EVERY_OTHER = re.compile(r"隔(?:一)?(?:日|天|晚|夜)(?:先|再|才)?(?:吃|服|用|打)|(?:两|2)(?:日|天)(?:吃|服|用|打)?一(?:次|粒|片)")
_R23_ZH_MORE_LESS = re.compile(r"(?:打|吃|服|用|喷|滴|搽|涂|注射)(?:多|少)(?:(?:[一两二三四五六七八九十半几]|\d+)(?:个)?(?:度|单位|个单位|"
                               r"片|粒|颗|格|滴|喷|ml|毫升|口|针|支|包|袋)|些|点|一点|一些)")
_R23_ZH_WHAT_PROBLEM = re.compile(r"(?:这|这个|那|那个|呢个|咁)?(?:到底|究竟)?(?:是(?:什么|啥)(?:问题|毛病|病|情况|原因|东西|来的)?|"
                                  r"是?(?:怎么了|怎么回事|怎样了|是怎样|咋回事|咋了))(?:来的|呢|啊|呀|嘛)?[?？]*\s*$")
# a complaint told as a story, in words the symptom lists lack (walking, falling, forgetting, eating, weight)
_R23_ZH_STORY = re.compile(r"走路|站不稳|摔|跌倒|记性|健忘|忘事|不记得|记不住|认不出|睡不着|吃不下|没胃口|瘦了|消瘦|说话不清|口齿不清|流口水|腿软|"
                           r"没力|无力|晕倒|昏倒|抽搐|尿床")
_R23_ZH_PAPER = re.compile(r"单|短信|信息|通知|卡|表|号|码|票|报告|账单|系统|app|缴费|预约|药|网站|电话|邮件|复诊|时间|门诊|医院")
_R23_ZH_DEPT_SEES = re.compile(r"(?:科|门诊|专科|中心|诊所|病房|医生)(?:主要|一般|都|通常|平时)?(?:看|睇|治|管|负责|处理|诊治|医)"
                               r"(?:什么|啥|哪些|哪类|哪种|边些|些什么)(?:样的)?(?:病|疾病|问题|病人)")
_R23_ZH_FLAG = re.compile(r"(?P<flag>(?:有|出现|标|显示|带)(?:个|几个|好几个|一些|很多)?(?:红色的?|红的|黑色的?)?(?:向上|向下|上|下)?"
                          r"(?:箭头|异常提示|红色|标红|红字))(?:[^,，。?？]{0,4})?[,，]?(?:是不是|是否|就|是)(?:就|一定|都|代表|说明|意味着)*(?:有病|有问题|"
                          r"生病|不正常|有大问题|有什么大问题)(?:了)?(?:吗|么|呢)?")
_R23_EN_FLAG = re.compile(r"\b(?:flag|flags|flagged|arrow|arrows|asterisk|marked (?:high|low|abnormal)|out of range|outside "
                          r"the (?:normal |reference )?range)\b[^.?!]{0,40}?\b(?:mean|means) (?:that )?(?:i am|he is|she is|"
                          r"they are|there is|something is|i have|he has|she has) (?:ill|sick|unwell|wrong|something wrong|"
                          r"seriously ill|a disease|an illness|something)\s*\?")
_R23_EN_DISPOSE = re.compile(r"\b(?:dispos\w*|get rid of|destroy\w*|bring (?:them|it|these|those) back|hand (?:them|it) in|"
                             r"return (?:them|it))\b")
_R23_EN_DISPOSE_TAKE = re.compile(r"\b(?:can|could|should|may) (?:i|we|he|she|they) (?:take|give|use|finish|swallow)\b")
_R23_EN_OLD_HAVE = re.compile(r"\b(?:have|has|had)\b(?= (?:\d+ |some |a few |a box of |a bag of )?(?:old|leftover|left over|unused))")


def _r23_neutral(norm: str) -> str:
    """The message with the round-23 look-alikes (6.-8. above) replaced by neutral words."""
    if _R23_EN_DISPOSE.search(norm) and not _R23_EN_DISPOSE_TAKE.search(norm):
        norm = _R23_EN_OLD_HAVE.sub("keep", norm)
    norm = _R23_EN_FLAG.sub("what does the flag mean?", norm)
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R23_ZH_DEPT_SEES.sub("科的服务范围是什么", norm)
        flag = _R23_ZH_FLAG.search(norm)
        # a condition named after the flag ("有箭头，是不是肝炎") stays a guess: the pattern ends at 有病/有问题 only
        if flag:
            norm = norm[:flag.start()] + flag.group("flag") + "是什么意思" + norm[flag.end():]
    return norm


def _r23_en_classes(norm: str) -> str | None:
    """The round-23 English request classes (1.-3. and 5. above), or None."""
    either = _R23_EN_EITHER_AMOUNT.search(norm)
    if _R23_EN_TAKE_OF.search(norm) or (
            # a pack, a shop or a floor just before the two amounts makes them counts of something else
            either and _C_MED_RE.search(norm[:either.start()]) and
            not _R23_EN_NOT_AMOUNT.search(norm[max(0, either.start() - 30):either.start()])):
        return "dose_request"
    service = _R23_EN_SERVICE_PRESCRIBE.search(norm)
    if service and not _R16_VACCINE.search(service.group("thing")) and not _R21_EN_NOT_MEDICINE.search(service.group("thing")) \
            and not re.search(r"\b(?:if|whilst|while|when|on the nhs|privately|for free|repeat|usual)\b", norm[service.end():]):
        return "prescription_request"
    if (_R23_EN_BRIDGE.search(norm) and _C_MED_RE.search(norm)) or \
            (_R23_EN_WITHOUT_PRESCRIBER.search(norm) and not _R16_NOT_NEW.search(norm)) or \
            (_R23_EN_WHAT_TO_SAY.search(norm) and _C_MED_RE.search(norm)) or \
            (_R23_EN_PUT_ON.search(norm) and _R23_EN_PERSUADE.search(norm)):
        return "prescription_request"
    swap = _R23_EN_SWAP.search(norm)
    if _R23_EN_IF_CHANGED.search(norm) or (swap and not _R23_EN_SWAP_NOT.search(swap.group("tail"))):
        return "dose_change"
    complaint = _R8_COMPLAINT_EN.search(norm) or _R22_EN_COMPLAINT.search(norm) or _R23_EN_STORY.search(norm)
    if complaint and not _R23_EN_SERVICE.search(norm) and (
            (_R23_EN_WHATS_WRONG.search(norm) and _R23_EN_PERSON.search(norm)) or _R23_EN_WHAT_GOT.search(norm)):
        return "diagnosis_request"
    return None


def _r23_zh_classes(norm: str) -> str | None:
    """The round-23 Chinese request classes (4. and 5. above), or None."""
    med = re.search(_R20_ZH_MED, norm)
    asks = _ZH_C_ASK.search(norm) or re.search(r"行不行|得不得", norm)
    switch = _R23_ZH_SWITCH.search(norm)
    # half or more/less is read right after the medicine it changes ("麻将打一半" is half a game)
    after_med = r"[^,，。?？!！()（）]{0,6}?"
    if med and (switch and (asks or re.search(r"想|要", norm[:switch.start()])) or
                (re.search(_R20_ZH_MED + after_med + _R23_ZH_HALF.pattern, norm) and asks and
                 not _R23_ZH_HALF_NOT.search(norm)) or
                (re.search(_R20_ZH_MED + after_med + _R23_ZH_MORE_LESS.pattern, norm) and asks) or
                (re.search(_R20_ZH_MED + after_med + _R23_ZH_LEAVE_OFF.pattern, norm) and asks) or
                (re.search(_R20_ZH_MED + after_med + _R23_ZH_EVERY_OTHER.pattern, norm) and asks)):
        return "dose_change"
    tail = _R23_ZH_WHAT_PROBLEM.search(norm)
    # 一片 before a rash or a patch is a measure word, not a tablet
    named_med = re.search(_R20_ZH_MED, re.sub(r"[一两几整大小]片(?!药)", "", norm))
    if tail and not named_med and not _R23_ZH_PAPER.search(norm) and not _R21_ZH_STEP.search(norm):
        before = norm[:tail.start()]
        if (_R17_ZH_COMPLAINT.search(before) or _R6_ZH_SYMPTOM.search(before) or _R23_ZH_STORY.search(before)) and \
                _R8_ZH_PERSON_RE.search(before):
            return "diagnosis_request"
    return None


def _r23_classes(norm: str) -> str | None:
    """The round-23 request classes (1.-5. above) on scope_text() output, or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return _r23_zh_classes(norm)
    return _r23_en_classes(norm)


def round23_reason(norm: str) -> str | None:
    """The reason of rounds 1-23 on scope_text() output: the round-23 classes added, and the round-23 look-alikes made
    neutral before a reason stands."""
    return _stacked_reason(norm, round22_reason, _r23_classes, _r23_neutral)

# Round 24 (blind22 spent; blind reviewer set R14).
# Look-alikes made neutral: 1. a medicine named with its strength as a label (X 20mg, 阿托伐他汀20毫克, 降血压药10毫克)
# in a practical errand -- bringing it into hospital, collecting it for someone, carrying it abroad with a letter,
# replacing a lost or spoiled box: the strength names the product, no amount is asked; 2. old or unused medicines
# and "where do I take them" (a place, not a swallow); 3. why a test or scan needs a step before it ("why does he
# need a blood test before the scan"): preparation, not a complaint.
# Request classes: 4. what a complaint "could mean for" the writer or a named person; 5. a prescriber expected to put
# someone on a treatment, and the service asked to arrange it; 6. a Chinese dose changed "into half" (改成一半) and
# the Taiwanese/Hong Kong brand names the medicine lists lacked (阿斯匹灵, 脉优).
_R24_ZH_BRANDS = r"(?:阿斯匹灵|阿斯匹林|脉优|脈優|伯基|保栓通|冠脂妥|康肯|耐适恩|泰诺|克流感)"
_R24_ZH_MED = r"(?:" + _R20_ZH_MED + r"|" + _R24_ZH_BRANDS + r")"
_R24_EN_STRENGTH = re.compile(r"(?<![\w.])\d+(?:\.\d+)? ?(?:mg|mgs|mcg|micrograms?|milligrams?|g|ml)\b")
_R24_EN_ERRAND = re.compile(r"\b(?:collect\w*|pick(?:s|ing|ed)? (?:it |them |\w+ )?up|pick-?up|bring(?:ing)?|brought|pack(?:ing)?|"
                            r"carry(?:ing)?|replacement|replace\w*|lost|stolen|got wet|soaked|ruined|damaged|travel\w*|abroad|"
                            r"flight|store|storing|fridge|dispos\w*|in(?:to)? hospital)\b")
_R24_EN_AMOUNT_ASK = re.compile(r"\b(?:how (?:much|many)|double|extra|dose|dosage|too (?:much|many)|more|less|half|instead|"
                                r"switch|swap|stop|increase|decrease|reduce|take|taking|give him|give her|have it)\b")
_R24_EN_OLD = re.compile(r"\b(?:old|leftover|left over|left-over|unused|expired|out of date|out-of-date|no longer|(?:do not|don't|"
                         r"doesn't|does not) (?:use|need|take)|any ?more|died|passed away|stopped)\b")
_R24_EN_WHERE_TAKE = re.compile(r"\bwhere (?:do|should|can|could|would|shall|must) (?:i|we|he|she|they|you) (?:take|bring|drop)"
                                r"(?= (?:them|it|these|those|all|the|old|unused|leftover|any|my|his|her|our|\w+'s)\b)")
_R24_EN_HAVE_OLD = re.compile(r"\b(?:have|has|had)(?: got)?\b(?= (?:[\w'-]+ ){0,4}?(?:old|leftover|left over|unused|expired)\b)")
_R24_EN_WHY_TEST = re.compile(r"\bwhy (?:do|does|must|should|would|did) (?:i|he|she|we|they|you|my [\w'-]+|the [\w'-]+) "
                              r"(?:need|have|have to|need to|got to|get) (?:to )?(?:have |do |get |take )?(?:a |an |the |some )?"
                              r"(?:blood (?:test|tests|sample|samples)|tests?|bloods|scans?|x-?rays?|ecg|swab|urine sample|kidney test)"
                              r"(?= (?:before|ahead of|prior to|for)\b)")
_R24_ZH_ERRAND = re.compile(r"住院|入院|带|代取|代拿|代领|代开|代配|(?:帮|替|叫|让)[^，。？?！!]{0,6}(?:攞|拿|取|领|配)|出国|出境|旅行|"
                            r"坐飞机|证明|冰箱|雪柜|保存|补一盒|补发|弄湿|丢了|过期")
_R24_ZH_TELLING = re.compile(r"(?:我|他|她|自己)?(?:在|正在|平时|一直)?(?:吃|服|用|食)(?:的|紧的|开的)(?:是|药)?")
_R24_ZH_AMOUNT_ASK = re.compile(r"吃|服|食|几|多少|剂量|加|减|停|一半|半粒|半片|改|换|两片|两粒|次")
_R24_ZH_STRENGTH = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)? ?(?:毫克|mg|微克|mcg|克|g|毫升|ml)")
_R24_ZH_HALF = re.compile(_R24_ZH_MED + r"[^,，。?？!！]{0,10}?(?:改成|改为|改做|改用|变成|换成|减成|减到|减为|减做)"
                          r"(?:一半|半(?:粒|片|颗|只|份|量|剂量)|一半的?(?:量|剂量))")
_R24_EN_MEAN_FOR = re.compile(r"\bwhat (?:could|might|would|does|do|can|may|will) [^.?!]{1,60}? mean (?:for|in|about) (?:me|him|her|"
                              r"them|us|my [\w'-]+|his [\w'-]+|her [\w'-]+|our [\w'-]+|the baby|[\w'-]+'s)\b")
_R24_EN_PUT_ON = re.compile(r"\b(?:would|will|could|might|can|should) (?:a|the|my|his|her|our|your) (?:[\w'-]+ )?(?:doctor|doc|gp|"
                            r"consultant|specialist|nurse|prescriber) (?:put|start|get) (?:me|him|her|us|them|my [\w'-]+|our [\w'-]+) "
                            r"on (?:[\w'-]+ ){0,3}?(?:" + _C_MED + r"|jabs?|injections?|shots?|pills?|tablets?|medicines?|medication|"
                            r"drugs?|patch(?:es)?|pens?)\b")
_R24_EN_ARRANGE = re.compile(r"\b(?:can|could|would|will) (?:you|u|someone|the \w+) (?:please )?(?:arrange|sort|organi[sz]e|set up|"
                             r"get|book|order)(?: (?:it|that|this|one|them|her|him|me|us))?(?: (?:out|up|for (?:her|him|me|us|them)))?"
                             r"\s*[?.!]*\s*$")


def _r24_neutral(norm: str) -> str:
    """The message with the round-24 look-alikes (1.-3. above) replaced by neutral words."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R24_ZH_ERRAND.search(norm) and not _R24_ZH_AMOUNT_ASK.search(_R24_ZH_TELLING.sub("", norm)):
            norm = _R24_ZH_STRENGTH.sub("", norm)
        return norm
    if _R24_EN_ERRAND.search(norm) and _R24_EN_STRENGTH.search(norm) and \
            not _R24_EN_AMOUNT_ASK.search(_R24_EN_STRENGTH.sub("", norm)):
        norm = _R24_EN_STRENGTH.sub("", norm)
    returned = _R24_EN_WHERE_TAKE.sub("where do i return", norm)
    # "... and should I stop the new one too?": a change asked beside the disposal still counts
    if _R24_EN_OLD.search(norm) and returned != norm and not _R24_EN_AMOUNT_ASK.search(re.sub(r"\bany ?more\b", "", returned)):
        norm = returned
        if not _R23_EN_DISPOSE_TAKE.search(norm):  # "i have got a bag of old tablets": kept, not asked for
            norm = _R24_EN_HAVE_OLD.sub("keep", norm)
    norm = _R24_EN_WHY_TEST.sub("what is the preparation for the test", norm)
    return norm


# "how many should I take a day": a count asked per day or per dose is a dose request even inside an errand (the
# practical-errand words "collecting", "picking up" otherwise switch the older dose checks off); "how many should I
# take with me" names no dosing interval and stays practical; only a dose unit or "of them" may stand between "how
# many" and the verb ("how many visitors can a patient have at once" is a visiting question).
_R24_EN_COUNT_PER_DOSE = re.compile(
    r"\bhow (?:many|much)\b(?: (?:tablets?|pills?|caps(?:ules)?|puffs?|drops?|(?:tea|table)?spoons?(?:fuls?)?|mls?|mg|"
    r"sachets?|doses?|units?|of (?:them|these|those|it|this|the \w+|my \w+|his \w+|her \w+|their \w+))){0,2} (?:should|do|does|can|could|must|shall|am|is|are|to)\b(?: [\w'-]+){0,2}? "
    r"(?:take|have|give|use)\b(?: [\w'-]+){0,3}? (?:a day|per day|each day|daily|a night|at night|each night|"
    r"in the morning|at a time|at once|each time|per dose|a dose|every \w+ hours?)\b")


def _r24_classes(norm: str) -> str | None:
    """The round-24 request classes (4.-6. above) on scope_text() output, or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R24_ZH_HALF.search(norm) and _ZH_C_ASK.search(norm):
            return "dose_change"
        if re.search(_R24_ZH_BRANDS, norm):  # a brand name read as a medicine the earlier rounds know
            return round23_reason(re.sub(_R24_ZH_BRANDS, "阿司匹林", norm))
        return None
    complaint = _R8_COMPLAINT_EN.search(norm) or _R22_EN_COMPLAINT.search(norm) or _R23_EN_STORY.search(norm)
    if complaint and _R24_EN_MEAN_FOR.search(norm) and not _R23_EN_SERVICE.search(norm):
        return "diagnosis_request"
    if _R24_EN_PUT_ON.search(norm) and _R24_EN_ARRANGE.search(norm):
        return "prescription_request"
    if _R24_EN_COUNT_PER_DOSE.search(norm):
        return "dose_request"
    return None


def round24_reason(norm: str) -> str | None:
    """The reason of rounds 1-24 on scope_text() output: the round-24 classes added, and the round-24 look-alikes made
    neutral before a reason stands."""
    return _stacked_reason(norm, round23_reason, _r24_classes, _r24_neutral)



# Round 25 (blind23 spent).
# Voices read as the writer: 1. the writer described by build instead of a pronoun ("a man my size (100kg)", "a bloke
# my build", "someone my weight") and a bracketed aside of weight, age or sex between the person and the verb
# (帮我（90公斤）开些X, 小朋友（6岁，20公斤）的).
# Request classes: 2. a medicine got while skipping the consultation, the medicine new to the asker ("could I get X
# sent to the chemist for my dad without an appointment", "can I get X from you without seeing anyone"); 3. an
# emergency supply asked of the service ("can you issue an emergency supply of his X"); 4. a clipped "need X
# prescribed" with no subject, then the service asked ("can you sort one"); 5. a prescriber asked whether they would
# put the writer or a relative on a medicine ("would a doctor put my son on X?"); 6. going back to a previous
# medicine ("can I go back to the old ones", "switch back to my old tablets").
# Look-alikes made neutral: 7. surplus medicines returned for disposal, with their counts and strengths ("I've got 20
# old X 50mg, can I bring them back to be destroyed", "does the pharmacy take back unopened X? I've got 4 spare");
# 8. where a medicine is kept on the ward ("keep my X 10mg/5ml in the bedside locker, or do the nurses hold it");
# 9. Chinese counts of packs, pens and syringes in an errand (住院要把五支胰岛素笔带上吗, 十支肝素针叫邻居代领,
# 药局只给了一半 剩下的什么时候拿): how many are carried or collected, no amount to take.
_R25_EN_BUILD = re.compile(r"\b(?:a|an|some|any) (?:(?:big|large|heavy|tall|small|little|short|skinny|old|older|young|younger) )?"
                           r"(?:man|woman|bloke|guy|lad|girl|lady|fella|fellow|person|chap|gent|gentleman|geezer|one)"
                           r"(?: of)? my (?:size|build|weight|height|age|shape|frame)\b(?: \([^()]{1,20}\))?|"
                           r"\b(?:someone|somebody|anyone|anybody)(?: of)? my (?:size|build|weight|height|age|shape|frame)\b"
                           r"(?: \([^()]{1,20}\))?")
# before a verb the writer is "i"; after a verb or a preposition, "me"
_R25_EN_OBJECT_BEFORE = re.compile(r"\b(?:put|get|give|let|for|to|on|prescribe|start|help|send|tell|with|would|could|should|"
                                   r"can|will|does|do|is|would it be ok if|if)\s*$")
_R25_ZH_ASIDE = re.compile(r"\((?=[^()]{0,14}(?:公斤|kg|斤|岁|周岁|个月|男|女))[^()]{1,16}\)")
_R25_EN_NO_CONSULT = re.compile(
    r"\b(?:can|could|may|will|would) (?:i|we|he|she|they|my [\w'-]+) (?:just |please )?(?:get|have|be sent|be given|order|"
    r"receive|obtain) (?P<thing>[^.?!]{1,70}?) without (?:an? |the |any |having |needing )?(?:appointment|appt|consultation|"
    r"consult|seeing (?:anyone|anybody|someone|a doctor|the doctor|a gp|the gp|a nurse)|being seen|an? (?:check|review))\b")
_R25_EN_THING_MED = re.compile(r"\b(?:" + _C_MED + r"|(?:[\w'-]+ )?acid|jabs?|injections?|pills?|patch(?:es)?|morning-after|"
                               r"painkillers?|antibiotics?|sleeping (?:tablets|pills)|[a-z]+(?:pam|lone|mab|pril|olol|statin|"
                               r"sartan|mycin|cillin|azole|tide|pine|ine))\b")
# a medicine the asker already has ("my tablets", "his usual inhaler", a repeat) or a check of it is no new medicine
_R25_EN_OWN_SUPPLY = re.compile(r"^(?:my|his|her|our|their|[\w'-]+'s) |\b(?:usual|regular|normal|monthly|same)\b|"
                                r"\brepeat prescription\b|\b(?:checked|check|reviewed|review|technique|collected|picked up|"
                                r"returned|disposed|delivered|refilled|renewed)\b")
_R25_EN_EMERGENCY_SUPPLY = re.compile(
    r"\b(?:(?:can|could|would|will) (?:you|u|someone|the (?:pharmacy|pharmacist|chemist|hospital|clinic|service)) "
    r"(?:please |just )?(?:issue|give|do|sort|provide|supply|dispense|let (?:me|us|him|her) have)|"
    r"(?:can|could|may) (?:i|we|he|she|they) (?:please |just )?(?:get|have|be given))"
    r" (?:me |us |him |her |them )?(?:an? |some )?(?:emergency|urgent) (?:supply|supplies|prescription|script|few days)\b")
_R25_EN_NEED_PRESCRIBED = re.compile(r"(?:^|[.!?,;:–—-]\s*)(?:just |really |urgently )?(?:need|needing|want|wanting|after|"
                                     r"looking for) (?P<thing>(?:an? |some |the )?(?:[\w'-]+ ){1,3}?)prescribed\b")
_R25_EN_PUT_ON = re.compile(r"\b(?:would|will|could|might|can|should) (?:a|the|my|his|her|our|your) (?:[\w'-]+ )?(?:doctor|doc|gp|"
                            r"consultant|specialist|nurse|prescriber) (?:put|start|get) (?:me|him|her|us|them|my [\w'-]+|"
                            r"our [\w'-]+) on (?:some |a |an |the )?(?P<thing>(?:[\w'-]+ ){0,2}?(?:" + _C_MED +
                            r"|jabs?|injections?|shots?|pills?|patch(?:es)?|hrt|statins?|steroids?|antidepressants?))\b(?P<tail>[^.?!]{0,40})")
_R25_EN_GO_BACK = re.compile(
    r"\b(?:can|could|should|may|shall|do|would it be ok if|is it ok(?:ay)? (?:if|to)|is it fine to|ok to|okay to) "
    r"(?:i |we |he |she |they |my [\w'-]+ )?(?:just )?(?:go back|switch back|change back|swap back|revert|move back|get back)"
    r" (?:on ?)?to (?:taking |using )?(?:the|my|his|her|our|their) (?:old|previous|last|original|earlier|first|former) "
    r"(?:ones?|tablets?|pills?|meds?|medicines?|medication|prescription|dose|inhalers?|brand|capsules?|" + _C_MED + r")\b")
_R25_EN_MED_WORD = re.compile(r"\b(?:tablets?|pills?|meds|medicines?|medication|capsules?|inhalers?|" + _C_MED + r")\b")
_R25_EN_RETURN = re.compile(r"\b(?:to be |for )?(?:dispos(?:e|ed|al)(?: of)?|destroy(?:ed)?|get rid of|(?:take|takes|taking|"
                            r"bring|bringing|hand|handing|send|sending|give|giving) (?:them |it |these |those |all |the lot )?back|"
                            r"return(?:ing|ed|s)?(?: them| it)?|recycl\w*|(?:drop|leave|hand) (?:them|it|these|those|the lot) "
                            r"(?:off |in |at |into )?)")
_R25_EN_SURPLUS = re.compile(r"\b(?:old|left ?over|left-over|spare|unused|unopened|expired|out of date|surplus|no longer need\w*|"
                             r"from after)\b")
_R25_EN_COUNT = re.compile(r"(?<![\w.])\d+(?:\.\d+)? ?(?:mg|mgs|mcg|micrograms?|milligrams?|g|ml|units?)?(?:/\d+(?:\.\d+)? ?ml)?\b")
_R25_EN_STORE = re.compile(r"\bkeep (?:my |his |her |the |our |their )?(?:[\w'/.-]+ ){0,4}?in (?:the |my |his |her |a |their )?"
                           r"(?:bedside |own |ward )?(?:locker|cabinet|drawer|cupboard|bag|room|safe|fridge)\b|"
                           r"\b(?:do|does|will|would|should|can) (?:the )?(?:nurses?|staff|ward|pharmacy|hospital) (?:hold|keep|look after|"
                           r"store|lock up|look after) (?:it|them|onto it|on to it)\b")
_R25_ZH_COUNT = re.compile(r"[0-9一二两三四五六七八九十几百]+(?:支|盒|瓶|板|袋|包|粒|片|颗|贴|张|排)")
_R25_ZH_ERRAND = re.compile(r"住院|入院|带上|带来|带去|带过来|要带|代领|代拿|代取|代收|叫邻居|让邻居|请邻居|剩下的|其余的|余下的|"
                            r"补齐|补领|什么时候拿|几时拿|寄|回收|退回|销毁|过期")
_R25_ZH_PARTIAL = re.compile(r"(?:药局|药房|药剂科|药店|药师)(?:只|仅)?(?:给|发|配|拿)(?:了)?一半")
# an amount more or less after (or before) the verb, asked: 每日食少一粒得唔得, 可以少吃一片吗 (a pharmacy named beside it
# no longer makes it a supply question)
_R25_ZH_MORE_LESS = re.compile(r"(?:(?:吃|食|服|打|用|喷|涂)(?:少|多)|(?:少|多)(?:吃|食|服|打|用|喷|涂))(?:[一二两三四五六七八九十半几]|[0-9]+)"
                               r"(?:粒|片|颗|度|个单位|单位|格|支|滴|喷|次|包|袋)")
_R25_ZH_AMOUNT_ASK = re.compile(r"吃|服|食|打|注射|用量|几(?!时|点|号|天|日|月|钟|楼|层)|多少|剂量|加|减|停|一半|半粒|半片|改|换|次")


def _r25_en_writer(match: re.Match) -> str:
    return "me" if _R25_EN_OBJECT_BEFORE.search(match.string[:match.start()]) and \
        not re.search(r"\b(?:if|would|could|should|can|will|does|do|is)\s*$", match.string[:match.start()]) else "i"


def _r25_voice(norm: str) -> str:
    """The message with the round-25 voices (1. above) read as the writer."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return _R25_ZH_ASIDE.sub("", norm)
    return _R25_EN_BUILD.sub(_r25_en_writer, norm)


def _r25_neutral(norm: str) -> str:
    """The message with the round-25 look-alikes (7.-9. above) replaced by neutral words."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R25_ZH_PARTIAL.sub("药房只配了部分", norm)
        if _R25_ZH_ERRAND.search(norm) and not _R25_ZH_AMOUNT_ASK.search(_R25_ZH_COUNT.sub("", _R24_ZH_TELLING.sub("", norm))):
            norm = _R25_ZH_COUNT.sub("", norm)
        return norm
    if _R25_EN_SURPLUS.search(norm) and _R25_EN_RETURN.search(norm):
        returned = _R25_EN_COUNT.sub("", _R25_EN_RETURN.sub(" return ", norm))
        returned = re.sub(r"\b(i|we|he|she|they) (?:have|has|had)(?: got)?\b", r"\1 keep", returned)
        returned = re.sub(r"\bleft(?: |-)?over\b|\bspare\b", "unused", returned)
        if not _R24_EN_AMOUNT_ASK.search(returned):
            norm = re.sub(r" +", " ", returned)
    if _R25_EN_STORE.search(norm):
        stored = _R25_EN_COUNT.sub("", _R25_EN_STORE.sub("store it in the locker", norm))
        if not _R24_EN_AMOUNT_ASK.search(stored):
            norm = re.sub(r" +", " ", stored)
    return norm


def _r25_classes(norm: str) -> str | None:
    """The round-25 request classes (2.-6. above) on scope_text() output, or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R25_ZH_MORE_LESS.search(norm) and _ZH_C_ASK.search(norm[_R25_ZH_MORE_LESS.search(norm).end():]):
            return "dose_change"
        return None
    consult = _R25_EN_NO_CONSULT.search(norm)
    if consult and _R25_EN_THING_MED.search(consult.group("thing")) and not _R25_EN_OWN_SUPPLY.search(consult.group("thing")) \
            and not _R16_VACCINE.search(consult.group("thing").replace("on repeat", "")):
        return "prescription_request"
    if _R25_EN_EMERGENCY_SUPPLY.search(norm):
        return "prescription_request"
    need = _R25_EN_NEED_PRESCRIBED.search(norm)
    if need and _R21_EN_ASKED_OF_SERVICE.search(norm[need.end():]) and not _R16_VACCINE.search(need.group("thing")) and \
            not _R21_EN_NOT_MEDICINE.search(need.group("thing")):
        return "prescription_request"
    put = _R25_EN_PUT_ON.search(norm)
    if put and not _R16_VACCINE.search(put.group("thing")) and \
            not re.search(r"\b(?:if|when|whilst|while|before|after|unless|because)\b", put.group("tail")):
        return "prescription_request"
    if _R25_EN_GO_BACK.search(norm) and _R25_EN_MED_WORD.search(norm):
        return "dose_change"
    return None


def round25_reason(norm: str) -> str | None:
    """The reason of rounds 1-25 on scope_text() output: the round-25 classes added, the round-25 voices read, and the
    round-25 look-alikes made neutral before a reason stands."""
    reason = round24_reason(norm) or _r25_classes(norm)
    if not reason:
        voiced = _r25_voice(norm)
        if voiced != norm:
            reason = round24_reason(voiced) or _r25_classes(voiced)
            norm = voiced
    if reason:
        calm = _r25_neutral(norm)
        if calm != norm:
            reason = round24_reason(calm) or _r25_classes(calm)
    return reason


# --- round 26 (lead, after R15: families from its blocked rows, wordings written here) ---------------------------------
# 1. Lead time of a repeat: "how many days ahead should I ask for another", "how many days before they run out do I
#    reorder" asks when to put in a request, not an amount to take: the count is read as time, not as a dose.
_R26_EN_LEAD_TIME = re.compile(r"\bhow (?:many|much) (?:days?|weeks?|working days?|time|notice)(?: '?s)?(?: notice)?"
                               r"(?: (?:ahead|before(?:hand)?|in advance|early|earlier|beforehand|notice))?\b")
_R26_EN_REORDER = re.compile(r"\b(?:order|re-?order|request|ask for|put in|get (?:another|more|a new|new|the next)|"
                             r"collect|pick up|repeat|refill|the next (?:lot|batch|box|supply|prescription)|run(?:s|ning)? out|"
                             r"finish(?:es)?|nearly (?:empty|finished|gone|out))\b")
# 2. A refund of medicine not taken (退钱 / 退費 / 退藥 / refund): "一粒都未食" says none was taken, not an amount asked.
_R26_ZH_REFUND = re.compile(r"退(?:钱|费|款|药|掉|货|回)|(?:能|可以|可不可以|可唔可以|得唔得)退|退(?:唔退|不退|得)")
_R26_ZH_NOT_TAKEN = re.compile(r"(?:[一两二三几0-9]+|半)?(?:粒|片|颗|盒|支|包|瓶)?(?:都|也|还)?(?:未|没有|没|沒|冇)"
                               r"(?:吃|食|服|用|开|拆|打开)(?:过|過)?|(?:吃|食|服|用)(?:了|咗)?(?:[一两二三几0-9]+|半)(?:粒|片|颗|次)"
                               r"(?:就|便)?(?:停|唔食|不吃|没吃)(?:了|咗)?")
_R26_EN_REFUND = re.compile(r"\b(?:refund|money back|give (?:them|it) back for (?:a|my) refund)\b")
# 3. How many days to take a medicine, in Chinese (药要吃几天, 消炎药一般吃多久, 頭孢食幾耐): the length of a course is part
#    of the dose, as "how many days should I take the antibiotics" already is in English. Not: how long until it works
#    (吃多久见效), how long to wait when it does not help (吃几天还不好), storage (放多久).
_R26_ZH_COURSE = re.compile(r"(?:药|藥|片|胶囊|膠囊|抗生素|消炎药|消炎藥|头孢|頭孢|阿莫西林|冲剂|沖劑|糖浆|糖漿|剂|劑)"
                            r"[^。？?，,！!处方處]{0,2}?(?:要|需要|得|应该|應該|该|該|一般|通常|可以|能|最多|最少)?(?:连续)?"
                            r"(?:吃|服|食|用)(?:几天|几日|多少天|多少日|多久|多长时间|多長時間|幾日|幾多日|幾耐|几耐|几个星期|幾個星期|几周|幾周|几个疗程)")
_R26_ZH_NOT_COURSE = re.compile(r"见效|見效|起效|生效|有效|管用|好转|好轉|才好|会好|會好|还不好|還不好|还没好|還沒好|不见好|唔見好|"
                                r"没效果|沒效果|冇效|没用|沒用|能开车|可以开车|喝酒|饮酒|飲酒")

# 4. (after blind24) A strength named with the medicine inside an errand - a travel letter, posting it home - is the
#    medicine's name, not an amount asked ("do I need a letter to fly with naproxen 250mg").
_R26_EN_ERRAND = re.compile(r"\b(?:fly|flying|flight|travel|travell?ing|abroad|holiday|customs|post|posted|send|sent|deliver|"
                            r"delivered|courier|to my (?:home|house|address)|home address)\b")
_R26_EN_STRENGTH = re.compile(r"\b\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|ml|units?)\b")
# 5. (after blind24) A medicine asked for on prescription from the service ("can I get the weight loss jab on
#    prescription through you").
_R26_EN_RX_FROM_YOU = re.compile(r"\bget (?:the |a |an |some |my )?(?:[\w-]+ ){0,3}(?:jabs?|injections?|pens?|medicines?|"
                                 r"medications?|tablets?|pills?|creams?|inhalers?|patch(?:es)?) on (?:prescription|the nhs) "
                                 r"(?:through|from|via|off) (?:you|the hospital|your (?:clinic|service|pharmacy|doctors?))\b")
# 6. (after blind24) In Chinese, a number of times a day asked to be changed (一天吃三次够吗，能不能吃四次), and doses skipped
#    on chosen days (能周末不吃吗).
_R26_ZH_FREQ = re.compile(r"(?:一天|每天|一日|每日|一晚|每晚)(?:吃|服|用|食|打|喷|涂)?[一二两三四五六七八九十几\d]+次[^。?？]{0,10}?"
                          r"(?:吃|服|用|食|打|喷|涂)[一二两三四五六七八九十几\d]+次")
_R26_ZH_SKIP_DAYS = re.compile(r"(?:能|可以|可不可以|能不能|可否)(?:在)?(?:周末|星期六|星期天|周六|周日|节假日|假期|放假|过年|"
                               r"春节|旅游|出差|出去玩)(?:的时候)?(?:就)?(?:不吃|不服|不用|不打|停掉|停吃|停|断)")


def _r26_neutral(norm: str) -> str:
    """The message with the round-26 look-alikes (1., 2. and 4. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R26_ZH_REFUND.search(norm):
            return _R26_ZH_NOT_TAKEN.sub("没用", norm)
        return norm
    if _R26_EN_LEAD_TIME.search(norm) and _R26_EN_REORDER.search(norm) and \
            not re.search(r"\b(?:take|taking|use|using|give|giving|have|having) (?:it|them|the|my|his|her|these|those|\w+ ?tablets?)"
                          r"\b[^.?!]{0,20}\bfor\b", norm):
        norm = _R26_EN_LEAD_TIME.sub("when", norm)
    if _R26_EN_ERRAND.search(norm) and _R26_EN_STRENGTH.search(norm):
        plain = re.sub(r" +", " ", _R26_EN_STRENGTH.sub("", norm))
        if not _R24_EN_AMOUNT_ASK.search(plain):
            norm = plain
    if _R26_EN_REFUND.search(norm):
        norm = re.sub(r"\b(?:i|we|he|she) (?:haven't|have not|hasn't|has not|didn't|did not|never) (?:taken|opened|used|"
                      r"started|take|open|use|start)(?: (?:any|a single|one) (?:of )?(?:them|it|tablets?|pills?|capsules?))?\b",
                      "it is unused", norm)
    return norm


def _r26_classes(norm: str) -> str | None:
    """The round-26 request classes (3., 5. and 6. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        course = _R26_ZH_COURSE.search(norm)
        if course and not _R26_ZH_NOT_COURSE.search(norm[course.start():]) and \
                not re.search(r"停|放|保存|存放|過期|过期|保质期|处方|處方", course.group(0)):
            return "dose_request"
        freq = _R26_ZH_FREQ.search(norm)
        if freq and _ZH_C_ASK.search(norm[freq.start():]):
            return "dose_change"
        if _R26_ZH_SKIP_DAYS.search(norm):
            return "dose_change"
        return None
    if _R26_EN_RX_FROM_YOU.search(norm):
        return "prescription_request"
    return None


def round26_reason(norm: str) -> str | None:
    """The reason of rounds 1-26 on scope_text() output: the round-26 class added and its look-alikes made neutral."""
    return _stacked_reason(norm, round25_reason, _r26_classes, _r26_neutral)


# --- round 27 (helper SR27, after blind25 spent and reviewer set R16 spent; wordings written here) -------------------
# Requests:
# 1. A condition asked for as the cause of one's own complaint: "what illness gives my dad ...", "which disease causes
#    cramps at night? I reckon I've got it", and "what have I torn / pulled / done to my knee" (a named injury asked).
#    Not the general question with nobody's complaint in it ("what condition causes swollen ankles?").
_R27_EN_WHAT_CAUSES = re.compile(r"\b(?:what|which) (?:(?:kind|sort|type) of )?(?:condition|illness|disease|disorder|infection|"
                                 r"problem|sickness|syndrome)s? (?:causes?|could cause|would cause|might cause|can cause|"
                                 r"is causing|gives?|leads? to|brings? on)\b(?P<rest>[^?!.]{0,80})")
_R27_EN_OWN = re.compile(r"\b(?:my|his|her|our|their|mum's|mom's|dad's|[a-z]+'s)\b")
_R27_EN_I_HAVE_IT = re.compile(r"\b(?:i|he|she|we|they|my \w+) (?:think|reckon|suspect|fear|worry|guess|believe|bet)s? (?:that )?"
                               r"(?:i|he|she|we|they|my \w+) (?:have|has|'ve got|'s got|got|might have|may have|could have|"
                               r"have got|has got)(?: got)? (?:it|that|this|one)\b|\b(?:do|could|might) (?:i|we) have (?:it|that)\b")
_R27_EN_WHAT_TORN = re.compile(r"\bwhat (?:have|did|has|'ve) (?:i|he|she|we|they|my \w+) (?:torn|tear|pulled|pull|strained|"
                               r"strain|sprained|sprain|broken|break|damaged|damage|ruptured|rupture|snapped|snap|done to)\b")
# 2. A prescription asked of the service for a thing not in the medicine list ("could one of your doctors prescribe me
#    the weight loss jab", "would a doctor there prescribe him something for it"), and "I need X prescribed" with no
#    strength; a combination strength (30/500, 8/500, 500/125) read as the medicine's name, as a single one is.
_R27_EN_PRESCRIBE_ME = re.compile(r"\b(?:can|could|would|will) (?:you|u|one of (?:your|the) (?:doctors?|gps?|docs?|clinicians?|"
                                  r"prescribers?)|(?:a|your|the) (?:doctors?|gps?|docs?|clinicians?|prescribers?|nurses?)"
                                  r"(?: there| here)?|someone(?: there)?) (?:just |please )?prescribe (?:me|him|her|us|them|"
                                  r"my \w+)\b(?! (?:a|an|the) (?:letter|note|form|copy)\b)")
_R27_EN_NEED_PRESCRIBED = re.compile(r"(?:^|[.!?,;:]\s*)(?:so |just )?(?:i|we|he|she|my \w+) (?:really |urgently |just )?"
                                     r"(?:need|needs|want|wants|would like)(?: to (?:get|have))? (?:some |a |an |the |more )?"
                                     r"(?:[\w'/-]+ ){0,3}?prescribed\b(?! (?:by|before|for (?:years|ages|a long)))")
_R27_EN_COMBO = re.compile(r"\b(" + _C_MED + r") \d+(?:\.\d+)?/\d+(?:\.\d+)?\b(?! ?(?:ml|mls|hours?|days?)\b)")
# 3. Chinese: a medicine whose name the guards read as something else (门冬胰岛素: 开门 is opening a door) and Taiwanese
#    brand names (库鲁化 Glucophage, 昂斯妥 Entresto, 立普妥 Lipitor, 拜瑞妥 Xarelto, 欣流 Singulair, 佳糖维 Januvia):
#    read as a known medicine; a medicine to be turned into another (将我的胰岛素转做口服药, 转成 / 转为) is a change.
_R27_ZH_NAMES = re.compile(r"门冬胰岛素|甘精胰岛素|地特胰岛素|库鲁化|昂斯妥|立普妥|拜瑞妥|欣流|佳糖维|捷诺维|庆大霉素")
_R27_ZH_TURN_INTO = re.compile(r"(?:将|把)(?:我|他|她|我妈|我爸|[\u4e00-\u9fff]{0,3}的)?[^，。？?]{0,10}?"
                               r"(?:药|胰岛素|针|片|丸|喷剂)[^，。？?]{0,4}?转(?:做|成|为|去|用)")
# 3b. More months of a medicine asked to be written (帮我再开三个月, 直接给她多开两个月的量): asked of the service, not how.
_R27_ZH_MORE_MONTHS = re.compile(r"(?:帮|给|替)(?:我|他|她|我妈|我爸|我们|[\u4e00-\u9fff]{1,2})?(?:直接)?(?:再|多|续)开"
                                 r"(?:[一二两三四五六七八九十几半0-9]+个?(?:月|星期|礼拜|周)|[一二两三四五六七八九十几0-9]+(?:盒|瓶|支))")
# Look-alikes made neutral (the practical questions the KB answers):
# 4. A medicine on a journey or in its accessories: driving abroad with it, its paperwork, hand luggage, a cool bag or
#    a sharps bin for its pens or needles - the strength is the medicine's name, "take it in my hand luggage" is
#    carrying it, "drop off" is handing in.
_R27_EN_JOURNEY = re.compile(r"\b(?:driv(?:e|ing) (?:to|through|abroad)|trip|ferry|cruise|border|paperwork|documents?|"
                             r"hand luggage|carry-?on|cabin bag|suitcase|luggage|cold chain|cool ?bags?|cooler|(?:travel |insulated )?"
                             r"(?:bags?|case|pouch|wallet)|sharps (?:bin|box|container)s?|spacer)\b")
_R27_EN_CARRY_TAKE = re.compile(r"\b(take|taking|bring|bringing)\b(?=[^.?!]{0,40}\b(?:in|into|on|through) (?:my |the |a |your |our )?"
                                r"(?:hand luggage|carry-?on|cabin bag|suitcase|luggage|hold|flight|plane|ferry|customs|security)\b)")
# 5. Giving back medicines no longer needed: "where should I take / drop my unwanted tablets".
_R27_EN_WHERE_TAKE = re.compile(r"\bwhere (?:should|do|can|could|would|shall|must) (?:i|we|you|he|she) (?:take|bring|drop|put|leave|"
                                r"hand)\b(?= (?:in |off )?(?:my |the |his |her |our |any |all |these |those |old |unused |unwanted )?"
                                r"[^.?!]{0,30}?\b(?:no longer|don't need|do not need|not needed|unused|unwanted|old|left ?over|"
                                r"expired|out of date|spare)\b)")
# 6. The measuring device: "a kitchen spoon / an oral syringe to give my son his medicine".
_R27_EN_DEVICE = re.compile(r"\b(?:use|using|with) (?:a|an|the|my|our|any|just a|ordinary|normal) (?:(?:kitchen|tea|table|dessert|"
                            r"household|normal|ordinary|measuring|medicine|plastic|oral|dosing) )?(?:spoon|teaspoon|tablespoon|"
                            r"syringe|cup|dropper|beaker)s? (?:to|for) (?:give|giving|measure|measuring)\b[^.?!]{0,40}")
# 7. Sedation or a throat spray chosen for a test, not a medicine swapped: "can I just have the spray instead of being
#    put under".
_R27_EN_SEDATION = re.compile(r"\binstead of (?:being (?:sedated|put (?:under|to sleep)|knocked out)|(?:the )?sedation|"
                              r"(?:a |the )?(?:general )?(?:anaesthetic|anesthetic|sedative)|(?:the |a )?throat spray|gas and air)\b|"
                              r"\b(?:throat spray|local anaesthetic|local anesthetic|sedation|gas and air) instead\b")
# 8. When a wound or an accident becomes an ambulance job: the first-aid threshold, not a diagnosis.
_R27_EN_WHEN_HELP = re.compile(r"\bat what (?:point|stage)\b[^.?!]{0,40}?\b(?:ambulance|999|911|112|a ?& ?e|a and e|emergency|"
                               r"hospital|er|casualty|stitches)\b[^.?!]*")
# 8b. "behind the bar / counter / wheel" is where the asker was, not the cause behind a complaint.
_R27_EN_BEHIND_PLACE = re.compile(r"\bbehind (?:the|a|my|our) (?:bar|counter|till|desk|wheel|reception|stage|scenes|stall|"
                                  r"shop|checkout)\b")
# 9. Chinese: drinking water or fasting for a scan (憋尿, B超): how much water is no dose.
_R27_ZH_TEST_PREP = re.compile(r"憋尿|b超|彩超|超声|检查|化验|抽血|空腹|肠镜|胃镜|造影|ct|核磁|mri")
_R27_ZH_WATER = re.compile(r"喝(?:多少|几杯|几瓶|几毫升|多少毫升|多少ml|几升|多少升)(?:水)?|(?:多少|几杯|几瓶)水|喝水")


def _r27_neutral(norm: str) -> str:
    """The message with the round-27 look-alikes (4.-9. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R27_ZH_TEST_PREP.search(norm) and re.search(r"水", norm) and \
                not re.search(r"药|片|粒|胶囊|针|冲剂|口服液", norm):
            return _R27_ZH_WATER.sub("准备", norm)
        return norm
    if _R27_EN_JOURNEY.search(norm):
        norm = _R27_EN_CARRY_TAKE.sub("pack", norm)
        norm = re.sub(r"\bdrop(?:-| )?off\b", "hand-in point", norm)
        if _R26_EN_STRENGTH.search(norm):
            plain = re.sub(r" +", " ", re.sub(r"\b\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|ml|units?)(?:/ ?ml)?\b", "", norm))
            if not _R24_EN_AMOUNT_ASK.search(plain):
                norm = plain
    if not re.search(r"\b(?:stop|stopping|start|starting|switch|swap|double|halve|skip|cut|increase|reduce|lower|raise|"
                     r"come off|take more|take less)\b", norm) and \
            not re.search(r"\b(?:and|also|plus|then|but)\b,? (?:can|could|should|shall|do|does|is|may|how|what)\b", norm):
        norm = _R27_EN_WHERE_TAKE.sub("where should i return", norm)
    device = _R27_EN_DEVICE.search(norm)
    if device and not _R24_EN_AMOUNT_ASK.search(norm) and not _R26_EN_STRENGTH.search(norm):
        norm = norm[:device.start()] + "to measure with a spoon" + norm[device.end():]
    norm = _R27_EN_SEDATION.sub("or the other option", norm)
    norm = _R27_EN_WHEN_HELP.sub("when do i call an ambulance", norm)
    norm = _R27_EN_BEHIND_PLACE.sub("at work", norm)
    return norm


def _r27_classes(norm: str) -> str | None:
    """The round-27 request classes (1.-3. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R27_ZH_NAMES.search(norm):
            reason = round26_reason(_R27_ZH_NAMES.sub("阿司匹林", norm))
            if reason:
                return reason
        more = _R27_ZH_MORE_MONTHS.search(norm)
        if more and _ZH_C_ASK.search(norm[more.end():]) and not _R4_ZH_NOT_PROCESS.search(norm):
            return "prescription_request"
        turn = _R27_ZH_TURN_INTO.search(norm)
        if turn and _ZH_C_ASK.search(norm[turn.end():]):
            return "dose_change"
        return None
    cause = _R27_EN_WHAT_CAUSES.search(norm)
    if cause and (_R27_EN_OWN.search(cause.group("rest")) or _R27_EN_I_HAVE_IT.search(norm)):
        return "diagnosis_request"
    if _R27_EN_WHAT_TORN.search(norm):
        return "diagnosis_request"
    if _R27_EN_PRESCRIBE_ME.search(norm) or (_R27_EN_NEED_PRESCRIBED.search(norm) and _R27_EN_NEED_MED.search(norm)):
        return "prescription_request"
    if _R27_EN_COMBO.search(norm):
        return round26_reason(_R27_EN_COMBO.sub(r"\1", norm))
    return None


_R27_EN_NEED_MED = re.compile(r"\b(?:" + _C_MED + r"|jabs?|injections?|pills?|tablets?|antibiotics?|painkillers?|meds|medicines?|"
                              r"medication|inhalers?|patch(?:es)?)\b")


def round27_reason(norm: str) -> str | None:
    """The reason of rounds 1-27 on scope_text() output: the round-27 classes added and its look-alikes made neutral."""
    return _stacked_reason(norm, round26_reason, _r27_classes, _r27_neutral)


# --- round 28 (helper SR28, after blind27 spent; wordings written here) ---------------------------------------------
# Requests:
# 1. Chinese: a dose asked by the amount wanted, "can I take / make up / give N tablets" closing on a yes-no ask
#    (能吃两片不, 吃三粒行不行, 可以服两颗吗, 补两片行吗 after a missed dose, 補兩粒得唔得): dose_request, or dose_change for
#    a missed dose made up (补).
_R28_ZH_WANT_AMOUNT = re.compile(r"(?P<verb>吃|服|喝|补吃|补服|补|用|打|喂|加)(?:个|上)?(?:[两二三四五六七八九十半]|[0-9]+(?:\.[0-9]+)?)"
                                 r"(?:片|粒|颗|包|袋|支|毫升|ml|单位|个单位|喷|滴|勺|倍)(?:药)?(?:的话|呢)?\s*"
                                 r"(?:行不行|行不|行吗|行么|可以吗|可以不|可不可以|成不|中不|得不得|好不好|会不会有事|没事吧|不|吗|么)"
                                 r"\s*(?:[?？!！。]|$)")
_R28_ZH_PAST = re.compile(r"(?:吃|服|补|用|打|喂)了")
# 2. Chinese: a dose raised or cut "to how much" (胰岛素要加到多少, 调到几个单位, 减到几片才行), and a dose in 西西 / cc (the
#    Taiwanese spoken cc for ml): read as 毫升.
_R28_ZH_RAISE_TO = re.compile(r"(?:加|增加|加量|调|调整|往上加|减|减少|减量)到(?:多少|几)(?:个)?(?:单位|片|粒|颗|毫克|mg|毫升|ml)?"
                              r"[^,，。?？]{0,4}(?:[?？]|$|合适|才行|才够|好|呢|吗|比较好)")
_R28_ZH_MEASURE = re.compile(r"血糖|血压|体重|体温|心率|心跳|指标|胆固醇|血脂|尿酸|糖化|温度")
_R28_ZH_CC = re.compile(r"西西|(?<=[几多少0-9])\s*cc")
# 3. Taiwanese pronouns and verbs: 伊 (him / her) and 予 / 乎 (give) and 食 (take) - "开比较强的药给伊吗" is 给他.
_R28_ZH_TAIWANESE = [(re.compile(r"(?<![木])伊(?![朗拉利犁斯丽甸通藤])"), "他"), (re.compile(r"(?:予|乎)(?=[我他她阮])"), "给")]
# 4. English: a guess asked about a sign someone has ("my son's got white toes in the cold - what's it likely to be?",
#    "she has a rash, what is it most likely to be"): a diagnosis. Not a thing someone has got (a letter, a scan, an
#    appointment) and not "likely to cost / take / be like".
_R28_EN_GUESS = re.compile(r"\bwhat(?: is|'s) (?:it|this|that) (?:most |more )?(?:likely|probably|liable|going) to be\s*\?*\s*$|"
                           r"\bwhat(?: is|'s) (?:it|this|that) (?:most )?likely\s*\?+\s*$|"
                           r"\bwhat(?: is|'s) (?:it|this|that) (?:most )?likely to be[,;.]")
_R28_EN_HAS_SIGN = re.compile(r"\b(?:i|he|she|my [\w'-]+(?: [\w'-]+)?|our [\w'-]+|[a-z]+'s|[a-z]+)(?: has| have|'s|'ve| is(?= got)|"
                              r" are(?= got))(?: got| had|"
                              r"been getting| been having)?(?: got)? (?:a |an |some |these |this |those |the )?"
                              r"(?!(?:a |an |the )?(?:letter|appointment|scan|test|results?|bill|call|text|email|form|job|car|"
                              r"interview|date|parcel|delivery|new|offer)\b)[\w'-]+")
_R28_EN_BODY = re.compile(r"\b(?:fingers?|toes?|hands?|feet|foot|skin|eyes?|ears?|tongue|lips?|nails?|knees?|elbows?|wrists?|"
                          r"ankles?|legs?|arms?|back|neck|chest|tummy|stomach|belly|head|face|mouth|gums?|teeth|tooth|throat|"
                          r"joints?|shoulders?|hips?|heel|scalp|groin|breast|nipples?|wee|pee|poo|stools?|urine|rash|lump|"
                          r"spots?|patch(?:es)?|swelling|swollen|sore|pain|ache|aches|cough|itch\w*|numb\w*|tingl\w*|"
                          r"white|blue|red|yellow|purple|bruis\w*|bleed\w*|blood)\b")
# 5. English: "double up (on) my inhaler dose" where a place named "store" was read as storing the medicine ("in the
#    grain store", "at the farm store"): the place made neutral, for a dose change only (a shop's pack sizes stay
#    practical).
_R28_EN_PLACE_STORE = re.compile(r"\b(?:in|at|to|from|near|by|outside|inside) (?:the|a|my|our|his|her|their) (?:[\w'-]+ )?"
                                 r"(?:store|stores|storeroom|store room)\b")
# Look-alikes made neutral (the practical questions the knowledge base answers):
# 6. Chinese: a medicine with its strength and a count, kept in the heat (会坏不, 咋存, 怎么放, 放车里), carried on a
#    journey with a paper asked (带六十片 ... 坐火车 / 上飞机要证明不), or a chronic-prescription refill collected (慢笺
#    N粒可以一次领吗, 连续处方): the strength and the count are the medicine's name and size, no amount to take.
_R28_ZH_KEEP = re.compile(r"会坏|会不会坏|坏不坏|变质|失效|咋存|怎么存|如何存|怎么放|要怎么放|咋放|怎么保存|如何保存|保存|存放|"
                          r"放车里|放车上|放在车|车里放|高温|天热|太阳晒|晒")
_R28_ZH_TRIP = re.compile(r"(?:坐|搭)(?:火车|高铁|飞机|船|车)|上飞机|飞机上|出国|出境|出远门|安检|海关|托运|随身|行李")
_R28_ZH_PAPER = re.compile(r"证明|处方|诊断书|英文|文件|单子|允许|让带|能带|可以带|带得|带上去")
_R28_ZH_REFILL = re.compile(r"慢笺|慢性处方|连续处方|长期处方|一次领|分次领|领药|领完|领得")
_R28_ZH_INTAKE = re.compile(r"(?:吃|服|喝|用|打|喂|补)(?:几|多少|[两二三四五六七八九十半0-9])|一(?:次|回|天|日|顿)(?:吃|服|几|多少)|"
                            r"剂量|用量|最多|加量|减量|停|换")
_R28_ZH_STRENGTH = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:毫克|mg|克|g|微克|mcg|毫升|ml)|[0-9]+\s*(?:片|粒|颗|盒|瓶|板|支)(?:装)?|"
                              r"(?:[一二两三四五六七八九十百]+)(?:片|粒|颗|盒)(?=[^吃服喝]{0,2}(?:药|[\u4e00-\u9fff]{2,6}(?:片|林|定|素|平)))")
# 7. English: used patches, pens or needles to be got rid of ("what do I do with the used ones", "how do I bin the old
#    patches"), and a prescription exemption, prepayment or payment certificate / card / form: strength and count are
#    the medicine's name and how many there are; the prescription is a paper's name.
_R28_EN_DISPOSE = re.compile(r"\bwhat (?:do|should|can|shall|must) (?:i|we|you|he|she) do with (?:the |my |his |her |our |all "
                             r"(?:the |my )?)?(?:used|old|empty|finished|spent|leftover|left over|worn|peeled off|taken off|"
                             r"out of date|expired)\b(?: (?:ones|patches|pens|needles|sharps|ones? after|boxes|bottles|tubes|"
                             r"inhalers|cartridges))?|\b(?:dispose of|get rid of|throw (?:away|out)|bin|chuck)\b(?= (?:the |my |"
                             r"these |those |all )?(?:used|old|worn|empty|spent) )")
_R28_EN_COUNT_HELD = re.compile(r"\b(?:i|we|he|she)(?: have|'ve|'s| has)(?: got)? (?:\d+|some|a few|loads|lots|a pile|a stack|"
                                r"a bag|a box|a drawer full)\b(?: (?:of them|used ones|old ones|patches))?")
_R28_EN_PAPER = re.compile(r"\bprescription (?=(?:exemption|prepayment|pre-payment|payment|charge|charges|fee|fees|refund)s? "
                           r"(?:certificates?|cards?|forms?|certs?)\b)")


def _r28_neutral(norm: str) -> str:
    """The message with the round-28 look-alikes (6. and 7. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        practical = _R28_ZH_KEEP.search(norm) or (_R28_ZH_TRIP.search(norm) and _R28_ZH_PAPER.search(norm)) or \
            _R28_ZH_REFILL.search(norm)
        if practical and not _R28_ZH_INTAKE.search(norm):
            return _R28_ZH_STRENGTH.sub("", norm)
        return norm
    if _R28_EN_DISPOSE.search(norm) and not _R24_EN_AMOUNT_ASK.search(_R28_EN_DISPOSE.sub("", norm)):
        norm = _R28_EN_COUNT_HELD.sub("they are here", _R28_EN_DISPOSE.sub("how do i dispose of them", norm))
        norm = re.sub(r" +", " ", re.sub(r"\(?\b\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|ml|µg|ug)(?:/ ?(?:hr?|hour|ml))?\)?", "", norm))
    norm = _R28_EN_PAPER.sub("", norm)
    return norm


def _r28_classes(norm: str) -> str | None:
    """The round-28 request classes (1.-5. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R28_ZH_CC.search(norm):
            reason = round27_reason(_R28_ZH_CC.sub("毫升", norm))
            if reason:
                return reason
        taiwanese = norm
        for pattern, replacement in _R28_ZH_TAIWANESE:
            taiwanese = pattern.sub(replacement, taiwanese)
        if taiwanese != norm:
            reason = round27_reason(taiwanese)
            if reason:
                return reason
        for clause in re.split(r"[,，。;；]", norm):
            want = _R28_ZH_WANT_AMOUNT.search(clause)
            if want and not _R28_ZH_PAST.search(clause) and (re.search(_ZH_MED, norm) or _R27_ZH_NAMES.search(norm)):
                return "dose_change" if want.group("verb").startswith("补") or want.group("verb") == "加" else "dose_request"
            raise_to = _R28_ZH_RAISE_TO.search(clause)
            if raise_to and not _R28_ZH_MEASURE.search(clause) and re.search(_ZH_MED, norm):
                return "dose_change"
        return None
    if _R28_EN_GUESS.search(norm):
        head = norm[:_R28_EN_GUESS.search(norm).start()]
        if _R28_EN_HAS_SIGN.search(head) and _R28_EN_BODY.search(head):
            return "diagnosis_request"
    if _R28_EN_PLACE_STORE.search(norm):
        reason = round27_reason(_R28_EN_PLACE_STORE.sub("at work", norm))
        if reason == "dose_change":  # a change asked where the place was read as storing; no shop's pack size
            return reason
    return None


def round28_reason(norm: str) -> str | None:
    """The reason of rounds 1-28 on scope_text() output: the round-28 classes added and its look-alikes made neutral."""
    return _stacked_reason(norm, round27_reason, _r28_classes, _r28_neutral)


# --- round 29 (helper SR29, after blind28 and R19 spent; wordings written here) -------------------------------------
# Requests (English diagnosis):
# 1. "what do you think <a sign> means in my mum / our coach / a man my age?": the meaning of a sign in a person is a
#    guess at a condition. Not a paper's or a word's meaning ("means in my letter / notes / results").
_R29_EN_MEANS_IN = re.compile(r"\bwhat (?:do you think|would you say|do you reckon|might|could|would|does|do)\b[^.?!]{2,70}? "
                              r"(?:means?|indicates?|suggests?|points to|signals?) (?:in|with) (?:my|our|his|her|their|a|an|"
                              r"someone|somebody)\b(?: [\w'-]+){0,3}?\s*[?.!]*\s*$")
_R29_EN_PAPER = re.compile(r"\b(?:letter|notes?|report|results?|scan|file|records?|leaflet|chart|form|app|prescription|"
                           r"discharge|summary|word|term|abbreviation|code|label|box|packet|email|text|message|bill)\b")
# 2. "is my daughter's rash (after swimming) eczema or an allergy?", "is his cough whooping cough?": a named sign of a
#    person's asked as a condition. Not a clinic, a test or a medicine named after the condition.
_R29_EN_DX = (r"(?:" + _C_CONDITION + r"|" + _R8_DISEASE_WORDS + r"|rotator cuff(?: tear| injury| problem)?|"
              r"(?:a )?(?:cartilage|ligament|tendon|meniscus|muscle) (?:tear|strain|injury|problem)|torn (?:cartilage|"
              r"ligament|meniscus|muscle)|an? (?:allergy|allergic reaction|intolerance)|allergic|hives|dermatitis|"
              r"heat rash|nappy rash|a bug|a virus|an infection)")
_R29_EN_DX_NOT = r"(?! (?:clinic|service|test|testing|nurse|team|ward|department|unit|specialist|leaflet|jab|jabs|vaccine|" \
                 r"cream|medicine|tablets?|spray|drops|appointment|referral|letter|support|group|day|week|month)\b)"
_R29_EN_IS_SIGN = re.compile(r"\bis (?:my|his|her|our|their|the|this|that) [\w' ,-]{0,50}?\b(?:rash|cough|lump|pain|ache|aches|"
                             r"swelling|spots?|patch|itch|itching|headaches?|sore|soreness|bump|bruise|blister|wheeze|wheezing|"
                             r"sneezing|tiredness|temperature|fever|limp|numbness|tingling|redness|discharge)\b[\w' ,-]{0,30}? "
                             r"(?:just )?" + _R29_EN_DX + _R29_EN_DX_NOT + r"(?: or (?:a |an |just |something )?[\w'-]+(?: [\w'-]+)?)?"
                             r"\s*\?")
# 3. A complaint told, then the condition alone as the ask ("heel pain every morning - plantar fasciitis?", "shoulder
#    aches at night, rotator cuff?"): a guess asked.
_R29_EN_TAIL_GUESS = re.compile(r"(?:[-–—:,;.]|\.\.\.)\s*(?:could it be |is it |maybe |perhaps |possibly |likely |probably |"
                                r"might be |could be )?(?:a |an |the )?" + _R29_EN_DX + _R29_EN_DX_NOT +
                                r"(?: or (?:a |an |just |something )?[\w'-]+(?: [\w'-]+)?)?\s*\?+\s*$")
_R29_EN_COMPLAINT = re.compile(r"\b(?:pain|painful|aches?|aching|sore|swollen|swelling|stiff|rash|itch\w*|lump|cough\w*|"
                               r"numb\w*|tingl\w*|click\w*|clunk\w*|throb\w*|burn\w*|sting\w*|bleed\w*|keeps? \w+ing)\b")
# 4. "what's that likely to be?" after a relative's sign named by a body part the round-28 list did not hold (a clicky
#    jaw, a sore calf, blurry vision, night sweats).
_R29_EN_BODY_MORE = re.compile(r"\b(?:jaw|jaws|nose|nostrils?|hair|calf|calves|thighs?|shins?|toenails?|fingernails?|bowels?|"
                               r"bladder|vision|eyesight|hearing|memory|sweats|sweating|voice|breath|breathing|pulse|"
                               r"heartbeat|palpitations|clicky|clicking|bottom|armpits?|forehead|cheeks?|eyelids?|chin|"
                               r"temples?|ribs?|spine|tailbone|collarbone|sinuses|glands?)\b")
# Look-alikes made neutral:
# 5. Carrying a counted, dosed medicine on a trip and asking about a letter / proof / customs ("do I need a letter to
#    take 28 x 5mg X on the cruise / the club tour / a week abroad"; 去泰国旅游带100片X要医生证明吗, 回老家过年带N粒X需要
#    醫生信嗎): "take X on a trip" is carrying; the count and the strength are the pack. Round 28 had only trains and
#    planes (坐火车 / 上飛機) in Chinese.
_R29_EN_CARRY = re.compile(r"\b(?:take|taking|bring|bringing|carry|carrying|pack|packing|travel with|travelling with|"
                           r"traveling with|fly with|flying with)\b(?P<what>(?:[^?.!]|(?<=\d)\.(?=\d)){0,70}?) (?:on|to|for|through|into|abroad|"
                           r"overseas|away|with me on|with us on)\b(?: (?:a|an|the|my|our|his|her|this|that|next|"
                           r"\w+'s))?(?: [\w'-]+){0,4}? ?\b(?:trip|trips|holiday|holidays|hols|cruise|tour|flight|flights|plane|"
                           r"abroad|overseas|journey|travels?|break|getaway|honeymoon|visit|excursion|residential|camp|"
                           r"camping|weekend|week|fortnight|festival|retreat|pilgrimage|expedition|coach|ferry|airport|"
                           r"customs|portugal|spain|france|america|usa|the us|kenya|india|china|dubai|thailand)\b")
_R29_EN_PAPERWORK = re.compile(r"\b(?:letter|doctor's note|gp note|note from|proof|permission|certificate|paperwork|documents?|"
                               r"declare|declaration|customs|allowed|legal|a copy of (?:the |my )?prescription|prescription copy|"
                               r"security|border)\b")
_R29_EN_INTAKE_ASK = re.compile(r"\bhow (?:much|many|often)\b|\b(?:dose|dosage|double|extra|more|less|half|stop|skip|switch|"
                                r"swap|instead|increase|reduce|decrease|safe to take|ok to take|can (?:i|he|she) take \w+ (?:a|per|"
                                r"each|every))\b")
_R29_EN_PACK = re.compile(r"\(?\b\d+(?:\.\d+)? ?(?:x|×)\s*|\(?\b\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|milligrams?|ml|µg|ug|g|"
                          r"units?)\b\)?|\b\d+ (?=(?:tablets?|pills?|capsules?|caps|boxes|packs?|packets?|inhalers?|pens?)\b)")
_R29_ZH_TRIP = re.compile(r"旅游|旅行|出游|游玩|度假|春游|秋游|夏令营|冬令营|露营|研学|回老家|老家|回乡|返乡|回国|出国|国外|境外|"
                          r"探亲|过年|出差|自驾|邮轮|游轮|坐船|跟团|自由行|去(?:泰国|日本|韩国|美国|英国|澳洲|欧洲|新加坡|马来西亚|"
                          r"越南|台湾|香港|澳门|国外)")
_R29_ZH_PAPER = re.compile(r"证明|医生信|医生纸|医生的信|信(?=[吗么呢不?？])|处方|诊断书|英文|文件|证件|单子|允许|让带|能带|"
                           r"可以带|带得|海关|申报|过关|安检")
_R29_ZH_CARRY = re.compile(r"带|拿|装|揣|随身")
# 6. Old or out-of-date medicines to be got rid of, asked where to take them ("where are we meant to take the old and
#    out-of-date medicines", "where do we hand in the expired tablets"): a disposal question, no medicine asked for.
_R29_EN_OLD_WORDS = r"(?:old|out[- ]of[- ]date|expired|unused|unwanted|leftover|left[- ]over|spare|surplus|finished|past their date)"
_R29_EN_DISPOSE_WHERE = re.compile(r"\b(?:where|who|which \w+)\b[^?.!]{0,40}?\b(?:take|return|hand (?:back|in)|drop(?: off)?|bring|"
                                   r"send|get rid of|dispose of|throw|put|give)\b (?:back )?(?:all )?(?:of )?(?:the |my |our |his |"
                                   r"her |any |these |those |some |mum's |dad's )?" + _R29_EN_OLD_WORDS +
                                   r"(?:(?:,| and| or| &) " + _R29_EN_OLD_WORDS + r")*\b")
# 7. Recovery after sedation or an anaesthetic before an activity ("how long after the sedation do I have to keep off the
#    bike", "when can I drive after the anaesthetic"): a question about the procedure, no medicine's amount.
_R29_EN_SEDATION = re.compile(r"\b(?:sedation|sedative|sedated|anaesthetic|anesthetic|general anaesthetic|ga|gas and air|"
                              r"twilight sedation|the sleepy drug)\b")
_R29_EN_ACTIVITY = re.compile(r"\b(?:drive|driving|bike|biking|cycle|cycling|ride|riding|work|working|swim|swimming|gym|fly|flying|"
                              r"alcohol|drink|drinking|sign|signing|keep off|stay off|back to|go home|home alone|look after|"
                              r"operate|machinery|run|running|exercise|sport|walk|walking|travel|be alone|make decisions)\b")
_R29_EN_DOSE_WORD = re.compile(r"\b(?:how much|how many|dose|dosage|double|extra|more of|tablets?|pills?|units?|mg|ml)\b")
# 8. Sharing a child's care and asking how not to give a dose twice ("how do we avoid both giving it on changeover days",
#    "how are we supposed to avoid doubling up"): the rota the knowledge base answers (a written note of each dose). A
#    double dose already given stays with the clinician (and triage).
_R29_EN_AVOID_DOUBLE = re.compile(r"\b(?:how|what|best way|any tips?)\b[^?.!]{0,40}?\b(?:avoid|stop|prevent|not end up|make sure "
                                  r"(?:we|they|i) (?:don't|do not)|so (?:we|they) (?:don't|do not))\b[^?.!]{0,30}?"
                                  r"\b(?:doubling(?: up)?|double[- ]?dos\w*|(?:a )?double (?:dose|up)|both giv\w*|"
                                  r"giving (?:it|her|him|them)(?: [\w'-]+){0,3}? twice|two doses)\b")
_R29_EN_BOTH_GIVE = re.compile(r"\b(?:we|they|you|both of us)(?: will| would|'ll| might| could| may| both)? (?:both )?(?:give|giving) "
                               r"(?:her|him|them|it)(?: (?:a|the|her|his|their|another))? (?:dose|medicine|spoonful|syringe)s?\b")
_R29_EN_DONE = re.compile(r"\b(?:already|accidentally|by mistake|by accident|we've both|we both gave|has had two|"
                          r"had two doses|gave (?:her|him|them) (?:a |another )|just given)\b")
# 9. Chinese: how long a repeat prescription can cover (一次最多能开几周的量, 长期处方能开几个月): the prescription's
#    length, a rule the knowledge base states; not an amount to take. And whether the return visits can be skipped
#    (是不是就不用回来复查了, 係咪唔使返嚟覆診): a follow-up question, not stopping the medicine (不用吃了 stays).
_R29_ZH_SUPPLY = re.compile(r"(?:最多|最长|一次)?(?:能|可以|可)?开(?:几|多少|多久|多长时间)(?:个)?(?:天|日|周|星期|礼拜|月)(?:的)?"
                            r"(?:量|药|处方)?|(?:长期处方|慢性处方|慢病处方|连续处方)[^，。？?]{0,8}(?:几|多久|多长)")
_R29_ZH_FOLLOW_UP = re.compile(r"(?:是不是|是否)?(?:就)?(?:不用|不需要|不必|唔使|无需)(?:再)?(?:回来|来|返来|回医院)?(?:复查|复诊|覆诊)"
                               r"(?:了|吗|么|呢|啦)*\s*(?:[?？]|$)")
_R29_ZH_TAKE_ASK = re.compile(r"(?:吃|服|食|喝|用|打)(?:几|多少)|剂量|加量|减量|加倍")


def _r29_neutral(norm: str) -> str:
    """The message with the round-29 look-alikes (5.-9. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R29_ZH_TRIP.search(norm) and _R29_ZH_PAPER.search(norm) and _R29_ZH_CARRY.search(norm) and \
                not _R28_ZH_INTAKE.search(norm):
            norm = _R28_ZH_STRENGTH.sub("", norm)
        if _R29_ZH_SUPPLY.search(norm) and not _R29_ZH_TAKE_ASK.search(_R29_ZH_SUPPLY.sub("", norm)):
            norm = _R29_ZH_SUPPLY.sub("开长期处方", norm).replace("最多", "")
        if _R29_ZH_FOLLOW_UP.search(norm):
            norm = _R29_ZH_FOLLOW_UP.sub("复查怎么安排", norm)
        return norm
    carry = _R29_EN_CARRY.search(norm)
    if carry and _R29_EN_PAPERWORK.search(norm) and not _R29_EN_INTAKE_ASK.search(norm):
        norm = norm[:carry.start()] + "bring my medicines on a trip" + norm[carry.end():]
        norm = re.sub(r" +", " ", _R29_EN_PACK.sub("", norm))
    if _R29_EN_DISPOSE_WHERE.search(norm) and not _R24_EN_AMOUNT_ASK.search(_R29_EN_DISPOSE_WHERE.sub("", norm)):
        norm = _R29_EN_DISPOSE_WHERE.sub("how do i dispose of", norm)
    if _R29_EN_SEDATION.search(norm) and _R29_EN_ACTIVITY.search(norm) and re.search(r"\b(?:how long|when|how soon|before)\b", norm) \
            and not _R29_EN_DOSE_WORD.search(norm):
        norm = re.sub(r"\bhow (?:long|soon) after (?:the |my |a |your |his |her )?procedure\b", "after the procedure, how long",
                      _R29_EN_SEDATION.sub("procedure", norm))
    if _R29_EN_AVOID_DOUBLE.search(norm) and not _R29_EN_DONE.search(norm):
        norm = _R29_EN_AVOID_DOUBLE.sub("how do we keep a written note of each", norm)
        norm = _R29_EN_BOTH_GIVE.sub("we share the care", norm)
    return norm


def _r29_classes(norm: str) -> str | None:
    """The round-29 request classes (1.-4. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return None
    means = _R29_EN_MEANS_IN.search(norm)
    if means and not _R29_EN_PAPER.search(means.group(0)):
        return "diagnosis_request"
    if _R29_EN_IS_SIGN.search(norm):
        return "diagnosis_request"
    tail = _R29_EN_TAIL_GUESS.search(norm)
    if tail and _R29_EN_COMPLAINT.search(norm[:tail.start()]):
        return "diagnosis_request"
    guess = _R28_EN_GUESS.search(norm)
    if guess:
        head = norm[:guess.start()]
        if _R28_EN_HAS_SIGN.search(head) and _R29_EN_BODY_MORE.search(head):
            return "diagnosis_request"
    return None


def round29_reason(norm: str) -> str | None:
    """The reason of rounds 1-29 on scope_text() output: the round-29 classes added and its look-alikes made neutral."""
    return _stacked_reason(norm, round28_reason, _r29_classes, _r29_neutral)


# ------------------------------------------------------------------------------------------ round 30 (blind batch 29)
# blind29 (spent), written from the ways of asking, not from its sentences.
# Requests:
# 1. An amount asked with a drink or a meal beside it ("how many X can I take with a glass of wine / with my dinner"):
#    round 15 read "take with" as carrying a medicine on a journey; a drink, food or meal after it is taken alongside.
# 2. Moving when or how a medicine is taken: "can I take my X with my coffee / at night instead of ...", 把早上的药改到
#    晚上吃, 將朝早嘅藥改夜晚食: a change to how it was prescribed, for the prescriber or pharmacist. Not an
#    appointment moved (改到下周) and not carrying it somewhere instead ("take it to the pharmacy instead").
# Look-alike made neutral:
# 3. Someone collecting a counted medicine for the writer (我老公能帮我取30粒阿莫西林吗, 個仔可唔可以幫我攞28粒X): the
#    count is the pack on the prescription, the ask is who may collect it.
_R30_EN_WITH_DRINK = re.compile(r"\bhow (?:many|much)\b[^?.!]{0,60}?\b(?:can|could|should|may|do|shall) (?:i|we|he|she|you|they) "
                                r"(?:safely )?(?:take|have|give (?:him|her|them))\b[^?.!]{0,20}?\bwith (?:a |an |my |his |her |"
                                r"some |the |our |your )?(?:glass|pint|bottle|can|cup|mug|drink|drinks|wine|beer|lager|cider|"
                                r"alcohol|booze|spirits|whisky|vodka|gin|food|meal|dinner|tea|lunch|breakfast|supper|milk|coffee|"
                                r"juice)\b")
_R30_EN_INSTEAD = re.compile(r"\b(?:can|could|should|may|shall) (?:i|we|he|she|they) (?:just )?(?:take|have|give (?:him|her|them))"
                             r" (?:my |his |her |our |their |the )?(?P<med>[\w'-]+(?: [\w'-]+){0,2}?) [^?.!]{0,40}?\binstead of\b")
# how it is taken: a time of day, a meal or a drink beside it (not delivered, posted or collected instead)
_R30_EN_WHEN_TAKEN = re.compile(r"\b(?:with|after|before|at|in the|on an empty|morning|mornings|evening|evenings|night|nights|"
                                r"bedtime|lunch|lunchtime|breakfast|dinner|tea|supper|food|meal|meals|coffee|first thing|"
                                r"\d+ ?(?:am|pm|o'clock))\b")
_R30_EN_SUPPLY_WORD = re.compile(r"\b(?:deliver\w*|post\w*|sent|send|collect\w*|pick\w* up|dispens\w*|order\w*|repeat\w*|"
                                 r"online|app|prescription|pharmacy|chemist)\b")
_R30_EN_TO_PLACE = re.compile(r"\b(?:to|into|in to) (?:the |a |my )?(?:pharmacy|chemist|hospital|clinic|ward|surgery|gp|"
                              r"appointment|work|school|office)\b")
_R30_ZH_RETIME = re.compile(r"(?:把|将)[^，。？?！!]{0,10}?(?:药|[\u4e00-\u9fff]{1,5}(?:片|林|定|素|平|胶囊))[^，。？?！!]{0,4}?"
                            r"(?:改|挪|调|换)(?:到|成|在|去|为|做)?[^，。？?！!]{0,6}?(?:吃|服|食|用|打)")
_R30_ZH_PROXY = re.compile(r"(?:帮|替|代)(?:我|我们|他|她|家里人|家人|老人|孩子|屋企人)?(?:去)?(?:取|拿|领|攞|拎|代领|代取)")


def _r30_neutral(norm: str) -> str:
    """The message with the round-30 look-alike (3. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm) and _R30_ZH_PROXY.search(norm) and not _R28_ZH_INTAKE.search(norm):
        return _R28_ZH_STRENGTH.sub("", norm)
    return norm


def _r30_classes(norm: str) -> str | None:
    """The round-30 request classes (1.-2. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return "dose_change" if _R30_ZH_RETIME.search(norm) else None
    if _R30_EN_WITH_DRINK.search(norm):
        return "dose_request"
    instead = _R30_EN_INSTEAD.search(norm)
    if instead and _MED_RE.search(instead.group("med")) and not _R30_EN_TO_PLACE.search(norm) and \
            _R30_EN_WHEN_TAKEN.search(instead.group(0)[instead.end("med") - instead.start():]) and \
            not _R30_EN_SUPPLY_WORD.search(norm):
        return "dose_change"
    return None


def round30_reason(norm: str) -> str | None:
    """The reason of rounds 1-30 on scope_text() output: the round-30 classes added and its look-alike made neutral."""
    return _stacked_reason(norm, round29_reason, _r30_classes, _r30_neutral)


# ------------------------------------------------------------------------------------------------- round 31 (R21)
# R21 (held this session, spent after its one run): answerable questions the rules redirected. Look-alikes made neutral:
# 1. How many visitors at a time ("how many of us can sit with Dad at once", 一次能进几个人): a count of people, not an
#    amount of medicine ('at once' and 'mealtimes' are the ward's routine).
# 2. Whether taking painkillers most days can make headaches worse ("I take too many tablets for my sore head, can popping
#    them most days make it worse?"): medication-overuse headache, general information the knowledge base gives; not an
#    amount asked (an amount asked beside it still counts).
# 3. Hot or cold on a sprain or a bump (是用热毛巾焐还是用冰的, 热敷定冰敷): a first-aid choice, not a diagnosis.
_R31_EN_VISITORS = re.compile(r"\bhow many (?:of us|people|visitors|family|relatives|kids|children|adults|grandchildren)\b"
                              r"(?: [\w'-]+){0,2}? (?:can|could|may|are allowed to|is it ok to) (?:sit|stay|visit|come|be|go)\b")
_R31_EN_WORSE = re.compile(r"\b(?:can|could|does|do|will|would|might)\b[^?.!]{0,40}?\b(?:taking|popping|using|having|them|these|"
                           r"painkillers?|tablets?|pills)\b[^?.!]{0,40}?\bmake (?:it|them|things|the headaches?|my headaches?|"
                           r"headaches?) (?:\w+ )?worse\b")
_R31_EN_OVERUSE = re.compile(r"\b(?:take|taking|popping|use|using) (?:too many|so many|a lot of|loads of|lots of) (?:tablets|pills|"
                             r"painkillers)\b")
_R31_EN_AMOUNT = re.compile(r"\bhow (?:much|many)\b|\b(?:dose|dosage|max\w*|limit)\b")
_R31_ZH_HOT_COLD = re.compile(r"(?:是)?(?:用|拿)?(?:热毛巾|热敷|热水袋|热的|暖)[^，。？?,]{0,6}还是[^，。？?,]{0,6}(?:冰|冷)[^，。？?,]{0,3}|"
                              r"(?:是)?(?:用|拿)?(?:冰袋|冰敷|冰的|冷敷|冰块)[^，。？?,]{0,6}还是[^，。？?,]{0,6}(?:热|暖)[^，。？?,]{0,3}|"
                              r"热敷定冰敷|冰敷定热敷")


def _r31_neutral(norm: str) -> str:
    """The message with the round-31 look-alikes (1.-3. above) made neutral."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return _R31_ZH_HOT_COLD.sub("热敷还是冷敷好", norm)
    norm = _R31_EN_VISITORS.sub("how many visitors are allowed", norm)
    if _R31_EN_WORSE.search(norm) and not _R31_EN_AMOUNT.search(norm):
        norm = _R31_EN_OVERUSE.sub("take painkillers", norm)
    return norm


def round31_reason(norm: str) -> str | None:
    """The reason of rounds 1-31 on scope_text() output: round 31's look-alikes made neutral (it adds no class)."""
    return _stacked_reason(norm, round30_reason, lambda _: None, _r31_neutral)

# ------------------------------------------------------------------------------------------ round 32 (blind batch 32)
# blind32 (spent after its one run at 69d6c48), written from the ways of asking, not from its sentences.
# Requests:
# 1. A prescription asked of the service with a bare "help" (帮忙开一下, 幫忙開點, 麻烦开一下) after the medicine ran out
#    (吃完了, 用完了, 没了): the same ask as 帮我开点, which the rules already redirect.
# 2. An injury named and asked about as one's own: "have I torn my meniscus?", "have I broken / sprained / fractured /
#    pulled / dislocated ...": a diagnosis.
# 3. "(can you) tell me what a / this / the <symptom> means (for my nan)": the indirect form of "what does this rash mean".
# 4. A symptom named as the condition it may be: 是不是耳鸣, 是耳鳴嗎 (the condition endings knew 炎/病/症..., not 鸣).
# 5. A prescription asked online or without being seen: 能在线上开X（100微克）吗 (a named medicine, not whether the
#    service prescribes online at all: 首诊可以线上开药吗), "can I get <medicine> for ... without
#    coming in / an appointment", "need more of my X prescribed ... can you sort it through this chat" (a strength in
#    the ask or "without coming in" had hidden round 18's reading).
# Look-alikes made neutral:
# 6. Keeping a medicine locked up or out of reach at home ("keep the 5mg/ml morphine locked up with the kids around"):
#    storage, with its strength beside it.
# 7. How early the next supply may be asked for when a counted supply is nearly done ("my 2 week supply of X 3mg is
#    nearly done, how early can I request the next?"): the repeat-prescription routine.
_R32_ZH_HELP_PRESCRIBE = re.compile(r"(?:吃完|用完|没了|没有了|断了|快没|不够)[^？?。]{0,6}?(?:帮忙|麻烦|劳烦|请)(?:你|您|医生)?"
                                    r"(?:给|帮)?(?:我|他|她|我们)?开(?:一下|下|点|些|一些|几盒|一盒)?")
_R32_EN_INJURY = re.compile(r"\bhave (?:i|we|you|he|she|they) (?:gone and )?(?:torn|tore|broken|broke|fractured|sprained|"
                            r"pulled|strained|dislocated|ruptured|cracked|slipped|damaged|snapped|bust|busted) (?:my|his|her|"
                            r"their|our|a|an|the) [a-z'-]+(?: [a-z'-]+)?\b")
_R32_EN_TELL_MEANS = re.compile(r"\btell (?:me|us|him|her) what (?:a|an|this|that|the|these|those|my|his|her|their|our) "
                                r"(?:[a-z'-]+ ){0,3}?" + _SYMPTOM + r"(?: [a-z'-]+){0,4}? (?:means?|might mean|could mean|is)\b")
_R32_ZH_SYMPTOM_NAMED = re.compile(r"(?:是不是|是|会不会是|算不算)(?:耳鸣|偏头痛|神经痛|静脉曲张|痔疮|疝气|扭伤|拉伤|脱臼|"
                                   r"韧带撕裂|半月板)(?:了)?(?:吗|么|吧|呢|啊|呀|嘛|[?？]|\s*$)")
_R32_ZH_ONLINE_PRESCRIBE = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否)(?:在|喺)?(?:线上|网上|app上|手机上|网络上|"
                                      r"互联网医院)(?:帮我|给我|帮他|帮她)?开(?!(?:点|些)?(?:药|处方)?(?:吗|么|吧|呢|[?？]))[^，。？?]{1,16}?(?:吗|么|[?？])")
_R32_EN_UNSEEN = re.compile(r"\b(?:can|could|may) (?:i|we|he|she|they) (?:get|have|be given) (?P<med>[a-z'-]+(?: [a-z'-]+)?) "
                            r"(?:for [^?.!]{1,40}? )?without (?:coming in|being seen|an appointment|seeing (?:a|the|anyone|"
                            r"anybody) ?(?:doctor|gp|nurse)?)\b")
_R32_EN_MORE_PRESCRIBED = re.compile(r"\b(?:need|want|get) (?:some )?more of (?:my|his|her|their|our) (?P<med>[a-z'-]+(?: "
                                     r"[a-z'-]+)?) prescribed\b")
_R32_EN_LOCKED = re.compile(r"\b(?:keep|store|lock|put|hide)\b[^?.!]{0,60}?\b(?:locked (?:up|away)|in a locked|out of (?:reach|"
                            r"sight)|(?:up )?high up|safe from|away from the (?:kids|children|grandkids)|in a (?:safe|lockbox|"
                            r"lock box))\b")
_R32_EN_NEXT_SUPPLY = re.compile(r"\b(?:supply|prescription|script|box|pack|packet)\b[^?.!]{0,40}?\b(?:nearly|almost|about to "
                                 r"be|running) (?:done|out|finished|gone|empty)\b[^?]{0,40}?\bhow (?:early|soon|far ahead|many "
                                 r"days before)\b")

_R32_STRENGTH = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|ml|g|units?)(?:/\d*\s?ml)?\b|"
                           r"\b\d+ ?(?:day|week|month)s?'? supply\b")


def _r32_classes(norm: str) -> str | None:
    """The round-32 request classes (1.-5. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        # whether repeats can be done online at all (慢病续方能在网上开吗) is the service's routine, not a medicine asked for
        if _R32_ZH_HELP_PRESCRIBE.search(norm) or (_R32_ZH_ONLINE_PRESCRIBE.search(norm) and not re.search(r"续方|续药", norm)):
            return "prescription_request"
        return "diagnosis_request" if _R32_ZH_SYMPTOM_NAMED.search(norm) else None
    if _R32_EN_INJURY.search(norm) or _R32_EN_TELL_MEANS.search(norm):
        return "diagnosis_request"
    for asked in (_R32_EN_UNSEEN.search(norm), _R32_EN_MORE_PRESCRIBED.search(norm)):
        if asked and _MED_RE.search(asked.group("med")):
            return "prescription_request"
    return None


def _r32_neutral(norm: str) -> str:
    """The message with the round-32 look-alikes (6.-7. above) made neutral: the strength taken out."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return norm
    if _R32_EN_LOCKED.search(norm) or _R32_EN_NEXT_SUPPLY.search(norm):
        return _R32_STRENGTH.sub(" ", norm)
    return norm


def round32_reason(norm: str) -> str | None:
    """The reason of rounds 1-32 on scope_text() output: the round-32 classes added and its look-alikes made neutral."""
    return _stacked_reason(norm, round31_reason, _r32_classes, _r32_neutral)

# ------------------------------------------------------------------------------------------ round 36 (blind batch 36)
# blind36 (spent after its one run at 1e0b916), written from the shapes of its failures, not from its sentences; the
# look-alike families were also the spent batches 31-35's (unfitted for scope until now).
# Look-alikes made neutral (the medicine's strength beside its name is taken out, and the look-alike ask itself made
# plain; anything else the message asks is still read):
# 1. What an abbreviation or a quoted word on a letter, label or prescription means ("what does 'BD' mean after X 5 mg",
#    "his letter lists X under 'TTO'", "nocte", "PRN", 'qd'是什么意思, 旁边写着'hs', bid是什么, 'q.i.d.'): the dosing
#    Latin is read, not an amount asked.
# 2. What a test, check or scan involves while on a medicine ("what does the blood test he has while on X 75 micrograms
#    involve", "the GP has booked a 24-hour blood pressure check, what does that involve", "does a DEXA scan hurt",
#    "what's an echo?").
# 3. Putting a medicine into a weekly pill box / dosette (能分装进一周的药盒里吗, 可以放進一週藥盒嗎).
# 4. When to reorder a medicine that is nearly finished, or how a repeat is renewed (快吃完了，提前几天去开比较好,
#    要提早幾天去拿藥, 长处方怎么续, 喺醫院點樣續).
# Voices:
# 5. A recycling yard or a skip-hire firm as the writer's workplace (回收场 / 回收場, 废品站; skip hire, the skip yard,
#    the skip wagon): not the return of medicines, which the practical words read as disposal, nor a skipped dose.
# Requests:
# 6. A named medicine asked to be put on a prescription or prescribed ("can you put it on a prescription for him",
#    "can we get a course of amoxicillin prescribed for him", "is it possible to get an EpiPen prescribed").
# 7. In Chinese, a counted supply asked to be prescribed and posted (能开三个月的X寄到家里吗, 能不能开三个月的量寄过来,
#    可以直接開一盒寄到…嗎); a named medicine asked to be prescribed online with the order turned (网上能开X吗，给我爸吃,
#    網上可唔可以開X), or online after it ran out (降压药吃完了，能在线上给开吗). Renewing a repeat (续方) stays practical.
# 8. In Chinese, a medicine's time moved without 把 (吃降压药…可唔可以改做收工先食).
# 9. A diagnosis: 这是什么疹子 (also with a medicine named as the cause); a named complaint with a word before it
#    (这是坐骨神经痛吗, 是淋巴肿吗, 敢是失智); "is it ringworm from the ponies?" (a condition with its source); "if it's
#    athlete's foot or a verruca, which is it?" / "is it fungal or dandruff?" (one condition or another); "is it her
#    heart?" after a complaint (an organ named as the cause); "could itchy scalp be nits?"; "what's wrong - my mum has
#    ..." / "... has swollen ankle, what is it?" (a complaint told, then what it is).
# 10. (look-alike) Too much food eaten, with no medicine named: below, beside the strength it stands with.
# Look-alikes of the same shape from the spent batches 23-35 (a strength or a count named in a supply question):
# 11. Carrying or storing a medicine ("can I take 3 months of X 5mg abroad", "3 boxes of X in my hand luggage", "how do I
#     keep my X 50mcg while I'm in a caravan", 降血压药5毫克要冰吗, 胰岛素笔五支坐高铁能带吗, 住院要带胰岛素笔300单位吗,
#     胰岛素笔300单位能让家人代取吗, 家里用不完的五支X可以拿回医院吗): the strength and the count of boxes, months or
#     pens are what is carried, stored or handed back (a count of tablets stays read, except right after 带).
# 12. A damaged or changed pack ("the X 40mg box got wet, can the pharmacy swap it", "came in a different brand box",
#     换了个厂家的盒子，是正常的吗): a new pack, not a new medicine.
# 13. How long a prescription takes to be ready, or the notice the pharmacy needs ("how long does a prescription for 28
#     days of X 20mg take to be ready", "how many days' notice ... for my 90 x 10mg X", "to make up discharge meds").
# 14. Place words read as cues: 停车位 (parking, not stopping), dropping a found bag of medicines at the pharmacy, the
#     difference between two named medicines asked in general.
_R36_QUOTE = r"['\"‘’“”`]?"
_R36_ABBR = (r"(?:o\.?d\.?|b\.?d\.?|b\.?i\.?d\.?|t\.?d\.?s\.?|t\.?i\.?d\.?|q\.?d\.?s\.?|q\.?i\.?d\.?|q\.?d\.?|q\.?h\.?|"
             r"q\d{1,2}h|q\.?a\.?m\.?|q\.?p\.?m\.?|q\.?h\.?s\.?|q\.?o\.?d\.?|q\.?n\.?|e\.?o\.?d\.?|p\.?r\.?n\.?|nocte|mane|"
             r"o\.?m\.?|o\.?n\.?|h\.?s\.?|a\.?c\.?|p\.?c\.?|stat|t\.?t\.?o\.?|t\.?t\.?a\.?|s\.?r\.?|m/?r|x\.?l\.?|e/?c|c/?r|"
             r"p\.?o\.?|s\.?l\.?|i\.?m\.?|i\.?v\.?|s/?c|top|gtt|ung|nbm|n\.?p\.?o\.?|s\.?o\.?s\.?|u\.?d\.?|s\.?t\.?)")
# the asked word: a dosing abbreviation (quoted or not), or any short quoted word or letters
_R36_EN_TERM = (r"(?:" + _R36_QUOTE + _R36_ABBR + _R36_QUOTE + r"(?![\w/])|['\"‘“`][a-z][a-z0-9 .&/,+-]{0,24}['\"’”`]|"
                r"(?!(?:that|this|it|these|those|what|they)\b)(?:[a-z]\.?){2,5}(?=\s(?:mean|means|stand|stands)\b))")
_R36_EN_ABBR_ASK = re.compile(
    r"\bwhat (?:does|do|did|would|might|could) (?:the (?:abbreviation |abbrev |letters? |word |short ?hand |code )?)?"
    + _R36_EN_TERM + r"(?: [\w'./-]+){0,8}? (?:mean|means|stand for|stands for|refer to|signify|say)\b|"
    r"\bwhat (?:is|are) (?:the )?(?:meaning of )?" + _R36_EN_TERM + r"(?: (?:mean|short for|stand for|meaning))?"
    r"(?=\s*(?:[?.!,;]|$|on |in |after |next |beside |written |at the end))|"
    r"\b(?:meaning|definition) of (?:the (?:abbreviation |letters? |word ))?" + _R36_EN_TERM + r"|"
    + _R36_EN_TERM + r" (?:means|stands for|is short for|meaning) what\b|"
    r"\bwhat (?:do|does) (?:it|that|this|the letter|the label) mean (?:when|where) it says " + _R36_EN_TERM)
# a quoted abbreviation, then "what does that stand for" ("the box says 'o.d.' - what does that stand for?")
_R36_EN_ABBR_BACK = re.compile(r"['\"‘“`]" + _R36_ABBR + r"['\"’”`][^?]{0,30}?\bwhat (?:does|do|is) (?:that|it|this|those|they)"
                               r"(?: \w+)? (?:mean|stand for|short for)\b")
_R36_ZH_TERM = (r"(?:[\"'‘’“”`「」『』]?(?<![a-z])" + _R36_ABBR + r"(?![a-z])[\"'‘’“”`「」『』]?|"
                r"[\"'‘“`「『][^\"'’”`」』，。？?]{1,16}[\"'’”`」』]|(?<![a-z])[a-z]{2,6}[0-9]?(?![a-z]))")
_R36_ZH_ABBR_ASK = re.compile(_R36_ZH_TERM + r"[^。？?！!]{0,6}?(?:这个|这|那个)?(?:是|指|代表|表示)?(?:什么|啥|咩)(?:意思|含义|的缩写|的简写)|"
                              + _R36_ZH_TERM + r"[，,]?(?:这个|这)?(?:是|指|代表|表示)(?:什么|啥)(?=[?？。！!]|\s*$)|"
                              r"(?:什么|啥)是" + _R36_ZH_TERM + r"|" + _R36_ZH_TERM + r"(?:的意思)?(?:是|指)?(?:什么|啥)意思")
_R36_EN_TEST = (r"(?:(?:blood |urine |breath |stool |heart |lung |eye |skin |allergy |pregnancy |kidney |liver |thyroid )?"
                r"(?:tests?|checks?|scans?|monitor(?:ing)?|x-?rays?|ecgs?|ekgs?|echo(?:cardiogram)?s?|reviews?|procedures?|"
                r"assessments?|biops(?:y|ies)|bloods|mri|ct|ultrasound|dexa|endoscopy|colonoscopy|gastroscopy|spirometry|"
                r"holter|angiogram|appointments?|clinic|injection))")
_R36_EN_TEST_ASK = re.compile(
    r"\bwhat (?:does|do|will|would) (?:that|it|this|(?:the|a|an|his|her|my|their|our) (?:[\w'-]+ ){0,4}?" + _R36_EN_TEST +
    r")(?: [\w'./-]+){0,10}? involve\b|\bwhat(?: is|'s) involved (?:in|with|at)\b|"
    r"\bwhat happens (?:at|during|in|on|for) (?:the|a|an|that|this|it|his|her|my)\b|"
    r"\bis it (?:just )?(?:a |an )?(?:normal|ordinary|standard|regular|quick|simple|usual) (?:needle|blood test|test|scan|"
    r"jab|one)\b|"
    r"\b(?:does|do|will|would|is) (?:the |a |an |that |this |it |his |her |my )?(?:[\w'-]+ ){0,3}?" + _R36_EN_TEST +
    r" (?:hurt|painful|sore)\b|"
    r"(?:^|[.!?]\s*)what(?: is|'s) (?:a |an |the )?(?:echo(?:cardiogram)?|ecg|ekg|mri|ct scan|dexa(?: scan)?|endoscopy|"
    r"colonoscopy|gastroscopy|ogd|spirometry|holter(?: monitor)?|angiogram|tilt table test|24[- ]hour [\w ]{0,20}?"
    r"(?:monitor|check|test))\b")
_R36_EN_PILL_BOX = re.compile(
    r"\b(?:put|sort|split|decant|load|fill|pop|keep|go|goes|come|comes|pack|packed)\b(?:[^?.!]|\.(?=\d)){0,40}?\b(?:in|into|in to)\b "
    r"(?:a |an |the |his |her |my |our |their )?(?:weekly |7[- ]day |seven[- ]day |daily |day of the week )?"
    r"(?:pill ?(?:box|organi[sz]er|case|tray)|dosett?e(?: box)?|nomad (?:tray|pack)|medi-?box|tablet (?:box|organi[sz]er))\b")
_R36_ZH_PILL_BOX = re.compile(r"(?:分装|装|放|摆|分)(?:进|到|在|入)?[^，。？?]{0,6}(?:分药盒|药盒|药格|分药器|小药盒|周药盒|一周药盒)")
_R36_ZH_RENEW = re.compile(
    r"(?:快|就要|马上|差不多|将要|要)(?:吃|用|服|打)(?:完|光)[^？?]{0,14}?(?:提前|提早|早)(?:几|多少|多久|多少天|几天)|"
    r"(?:提前|提早)(?:几天|几日|多少天|多久)(?:去|来|再)?(?:开|续|拿|配|取|领)|"
    r"(?:长处方|慢病|长期病|慢性病)[^，。？?]{0,6}?(?:怎么|怎样|如何|点样)续|(?:怎么|怎样|如何|点样)续(?:方|药|开|处方)?")
_R36_ZH_LEAD_TIME = re.compile(r"(?:提前|提早)(?:几天|几日|多少天|多久)(?:去|来|再)?(?:开|续|拿|配|取|领)(?:药|处方)?")
_R36_NOT_A_NAME = (r"(?!(?:take|takes|taking|took|give|gives|giving|gave|have|has|having|had|use|using|up|to|of|than|is|be|"
                   r"was|about|just|only|extra|another|more|less|double|increase|increased|reduce|reduced|lower|raise|"
                   r"raised|dose|dosage|at|by|from|and|or|the|a|an|over|under|instead|then|now|try|trying)\b)")
# a strength after the medicine's name, or after any word that is not a verb of taking or changing (alendronic acid 70mg)
_R36_EN_MED_STRENGTH = re.compile(r"\b(?P<med>" + _C_MED + r"|" + _R36_NOT_A_NAME + r"[a-z][a-z'-]{2,})\s?\d+(?:\.\d+)?\s?(?:mg|mgs|mcg|micrograms?|milligrams?|g|grams?|"
                                  r"ml|units?|iu)(?:\s?/\s?\d*\s?(?:ml|mg))?(?: (?:tablets?|capsules?|caps|tabs|ones))?\b|"
                                  r"\b(?P<pre>on|says|lists|the|my|his|her|their|our|of) \d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|"
                                  r"milligrams?|g|ml|units?)\s(?P<med2>" + _C_MED + r")\b")
# after a medicine's name (any Chinese word that is not a verb of taking or changing: 阿斯匹灵100毫克, 别嘌醇100毫克)
_R36_ZH_MED_STRENGTH = re.compile(r"(?<=[\u4e00-\u9fff])(?<![吃服用喂给打喝加减到成为是食])\s*[0-9]+(?:\.[0-9]+)?\s*"
                                  r"(?:毫克|mg|克|g|微克|mcg|毫升|ml|单位)(?![a-z])")


# 10. Too much food eaten (中午吃太多晚餐不想吃, 月饼吃太多, 零食吃多了) with no medicine named: a meal, not a dose.
_R36_ZH_FOOD_TOO_MUCH = re.compile(
    r"(?:早饭|早餐|午饭|午餐|中午|晚饭|晚餐|夜宵|饭|零食|月饼|粽子|汤圆|火锅|烧烤|糖|辣的|油腻|[\u4e00-\u9fff]{0,3}(?:鸡|肉|面|饼|菜|果|蛋糕))"
    r"[^，。？?！!]{0,4}?(?:吃|食)(?:得)?(?:太多|多了)|(?:吃|食)(?:得)?(?:太多|多了)[^，。？?！!]{0,2}?(?:早饭|午饭|晚饭|晚餐|饭|零食|辣的)")


def _r36_strip_strength(norm: str) -> str:
    """The message with a strength written beside a medicine's name taken out (the name stays)."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R36_ZH_MED_STRENGTH.sub("", norm)
    return _R36_EN_MED_STRENGTH.sub(lambda m: m.group("med") or (m.group("pre") + " " + m.group("med2")), norm)


_R36_EN_CARRY = re.compile(
    r"\b(?:(?:take|taking|bring|bringing|carry|carrying|pack|packing|fly with|flying with|travel with|travelling with)\b"
    r"(?:[^?!.]|\.(?=\d)){0,60}?\b(?:abroad|overseas|in (?:my|his|her|our|their|the|a) (?:hand |carry-on |cabin |checked )?"
    r"(?:luggage|baggage|case|suitcase|bag|rucksack)|hand luggage|through (?:customs|security)|on holiday)|"
    r"(?:bring|bringing|carry|carrying|pack|packing)\b(?:[^?!.]|\.(?=\d)){0,60}?\bon (?:the|a) (?:plane|flight|ferry|train|cruise|"
    r"coach))\b")
_R36_EN_STORE = re.compile(r"\bhow (?:do|should|can|would|could) (?:i|we|he|she|they|you) (?:best )?(?:keep|store)\b|"
                           r"\b(?:keep|store|kept|stored)\b[^?!]{0,40}?\b(?:cool|cold|fridge|refrigerat\w*|room temperature|"
                           r"in the heat|out of the sun)\b")
_R36_EN_DAMAGED = re.compile(r"\b(?:box|pack|packet|bottle|blister|strip|inhaler|pen|tablets|pills|medicines?|meds)\b[^?!]{0,30}?"
                             r"\b(?:wet|soaked|damp|damaged|crushed|squashed|ripped|torn|broken|melted)\b")
# the pack arrived looking different (a different brand asked FOR - "swap my X for a different brand" - is a change)
_R36_EN_PACK_CHANGED = re.compile(r"\b(?:came|comes|arrived|was|were|is|are|been|got) (?:in )?(?:a |an )?(?:different|new) "
                                  r"(?:brand(?:'?s)? |colou?r(?:ed)? |maker'?s? )?(?:box|packet|pack|packaging|bottle|blister)\b|"
                                  r"\b(?:looks?|looked|looking) different\b")
_R36_EN_DAMAGED_SWAP = re.compile(r"\b(?:can|could|will|would) (?:the (?:hospital )?(?:pharmacy|chemist|pharmacist)|you|they|"
                                  r"someone) (?:swap|change|exchange|replace)\b(?: (?:it|them|that|this|the box|the pack|the packet))?"
                                  r"(?: (?:for (?:me|us|him|her)|over))?")
_R36_EN_READY = re.compile(r"\bhow (?:long|many days|much notice|many days'? notice|much time)\b[^?!]{0,90}?\b(?:ready|to make up|"
                           r"to prepare|to dispense|need|needs|to process)\b|\bhow long does it take (?:for )?(?:the )?"
                           r"(?:hospital )?(?:pharmacy|chemist|pharmacist)\b")
_R36_EN_LEAD_ASK = re.compile(r"\bhow (?:many days'?|much|many working days'?) notice\b|\bhow (?:many days|much time)\b")
_R36_EN_MAKE_UP = re.compile(r"\bmake up (?:the |my |his |her |their |our )?(?:discharge |take-home |take home )?(?:meds|medicines|"
                             r"medication|prescriptions?|tablets|dosette|blister packs?)\b")
_R36_EN_DROP_AT = re.compile(r"\bdrop (?:it|them|this|that|the bag|the box|those)(?: off| in)? (?:at|to|into|in to|round to|off at) "
                             r"(?:the )?(?:hospital|pharmacy|chemist|reception|ward|clinic|surgery|a&e)\b")
_R36_EN_DIFFERENCE = re.compile(r"\bwhat(?: is|'s) the difference between\b")
_R36_EN_SUPPLY_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five|six|a few|several|a couple of)\s?(?:x\s)?(?:boxes|box|packs?|"
                                  r"packets?|months?|weeks?|days?|bottles?|pens?|inhalers?)(?:'?s?'?)?(?: (?:worth|supply))?"
                                  r"(?: of)?(?= )|\b\d+ x (?=\d)")
_R36_ZH_CARRY_STORE = re.compile(
    r"(?:能|可以|可不可以|能不能)?带(?:吗|么|不|着|上|去|出国|上飞机|上车)|带[^，。？?]{0,12}(?:坐|搭|上)(?:飞机|高铁|火车|动车|船|车)|"
    r"(?:坐|搭)(?:飞机|高铁|火车|动车|船)[^，。？?]{0,8}(?:带|放|装)|随身行李|托运|出国|要冰|冰着|冰吗|冰不冰|放冰箱|冷藏|常温|"
    r"放在[^，。？?]{0,8}(?:会不会|会)(?:坏|变质|失效)|代取|代领|代拿|住院要带|(?:拿|交|退|送|还)回(?:医院|药房|药局)|"
    r"(?:怎么|怎样|如何)(?:放|保存|存放|收)|带[^，。？?]{0,16}(?:给|让)医生看")
_R36_ZH_COUNT = re.compile(r"(?<![开配])(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:支|盒|瓶|板)|半瓶|(?<=带)(?:[0-9]+|[一二两三四五六七八九十百]+)"
                           r"\s*(?:片|颗|粒)")
_R36_ZH_PACK_CHANGED = re.compile(r"换了(?:个|一个)?(?:厂家|牌子|包装|盒子)(?:的(?:盒子|包装))?|(?:盒子|包装)(?:湿|坏|破)了?|"
                                  r"(?:长得|看起来|颜色|形状)不一样")
_R36_ZH_PARKING = re.compile(r"停车(?:位|场|库|楼|费)?")


def _r36_supply_neutral(norm: str) -> str:
    """The message with the round-36 supply look-alikes (11.-14. above) made neutral, or unchanged."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _R36_ZH_PARKING.sub("泊位", norm)
        changed = _R36_ZH_PACK_CHANGED.search(norm)
        if changed:
            norm = _R36_ZH_PACK_CHANGED.sub("包装不同", norm)
        if changed or _R36_ZH_CARRY_STORE.search(norm):
            norm = _r36_strip_strength(_R36_ZH_COUNT.sub("一些", norm))
        return norm
    norm = _R36_EN_DROP_AT.sub("hand it in at the pharmacy", _R36_EN_MAKE_UP.sub("prepare the medicines", norm))
    damaged = _R36_EN_DAMAGED.search(norm)
    if damaged:
        norm = _R36_EN_DAMAGED_SWAP.sub("can the pharmacy give a new box", norm)
    ready = _R36_EN_READY.search(norm)
    if ready:
        norm = _R36_EN_LEAD_ASK.sub("what lead time", norm)
    if damaged or ready or _R36_EN_PACK_CHANGED.search(norm) or _R36_EN_CARRY.search(norm) or \
            _R36_EN_STORE.search(norm) or _R36_EN_DIFFERENCE.search(norm):
        norm = _r36_strip_strength(_R36_EN_SUPPLY_COUNT.sub("some ", norm))
    return re.sub(r" +", " ", norm)


def _r36_neutral(norm: str) -> str:
    """The message with the round-36 look-alikes (1.-4. and 10.-14. above) made neutral."""
    norm = _r36_supply_neutral(norm)
    if re.search(r"[\u4e00-\u9fff]", norm):
        if not re.search(_R4_ZH_MED, norm):
            norm = _R36_ZH_FOOD_TOO_MUCH.sub("吃饱了", norm)
        asked = _R36_ZH_ABBR_ASK.search(norm)
        if asked:
            norm = _R36_ZH_ABBR_ASK.sub("这个词的意思", norm)
        if asked or _R36_ZH_PILL_BOX.search(norm) or _R36_ZH_RENEW.search(norm):
            return _r36_strip_strength(_R36_ZH_LEAD_TIME.sub("提前几天去药房", norm))
        return norm
    asked = _R36_EN_ABBR_ASK.search(norm) or _R36_EN_ABBR_BACK.search(norm)
    if asked:
        norm = _R36_EN_ABBR_BACK.sub("what does this word mean", _R36_EN_ABBR_ASK.sub("what does this word mean", norm))
    if asked or _R36_EN_TEST_ASK.search(norm) or _R36_EN_PILL_BOX.search(norm):
        return re.sub(r" +", " ", _r36_strip_strength(norm))
    return norm


_R36_ZH_VOICE = [(re.compile(r"(?<!药)(?<!药品)(?:废品)?回收(?:场|厂)|废品(?:站|收购站)"), "工地")]
_R36_EN_VOICE = [(re.compile(r"\bskip[- ]?(?=(?:hire|yard|wagon|lorry|truck|loader|driver|drivers|firm|company|office|lads?|"
                             r"business|depot|bins?)\b)"), "waste ")]


def _r36_voice(norm: str) -> str:
    """The message with the round-36 voices (5. above) mapped to a plain workplace."""
    return _mapped_voices(norm, _R36_EN_VOICE, _R36_ZH_VOICE + _R36_ZH_HOKKIEN)


_R36_EN_PUT_ON_RX = re.compile(
    r"\b(?:can|could|would|will) (?:you|u|ya|someone|somebody|one of (?:you|your doctors)|the (?:doctor|doc|gp|hospital|"
    r"clinic|nurse|pharmacist|consultant)s?) (?:please |just )?(?:put|add|write|pop) (?P<thing>(?:[\w'-]+ ){0,3}?[\w'-]+) "
    r"(?:on|onto|on to|into|to) (?:a |the |his |her |my |their |our |a new )?(?:prescription|script|repeats?(?: prescription| list)?)\b")
_R36_EN_GET_PRESCRIBED = re.compile(
    r"\b(?:can|could|may|might) (?:i|we|he|she|they|you|my [\w'-]+|our [\w'-]+) (?:please |just )?(?:get|have|be given) "
    r"(?P<thing>(?:[\w'-]+ ){0,4}?[\w'-]+) prescribed\b|"
    r"\b(?:is it possible|any chance|is there any way|would it be possible|is there a way) (?:to |of |that |for )?"
    r"(?:me |us |him |her |them |i |we |he |she )?(?:to )?(?:get|getting|have|having) (?P<thing2>(?:[\w'-]+ ){0,4}?[\w'-]+) "
    r"prescribed\b")
_R36_EN_PRONOUN = re.compile(r"^(?:it|that|this|them|those|these|one|some)$")
_R36_ZH_PRESCRIBE_POST = re.compile(
    r"(?:能|可以|可不可以|能不能|可否|能否)(?:直接|帮忙|麻烦)?(?:帮|给|替)?(?:我|他|她|我们)?(?:开|配)(?:[一二两三四五六七八九十几半]|[0-9]+)"
    r"(?:个月|个星期|星期|周|礼拜|天|盒|瓶|支|板|包)(?:的)?[^，。？?]{0,14}?(?:寄|快递|送到|送过来|送去)")
_R36_ZH_ONLINE_TURNED = re.compile(
    r"(?:线上|网上|网络上|app上|手机上|互联网医院)(?:能|可以|可不可以|能不能|可否|能否)(?:帮我|给我|帮他|帮她|给他|给她)?开"
    r"(?!(?:点|些)?(?:药|处方)?(?:吗|么|吧|呢|[?？]))(?P<what>[^，。？?]{1,16}?)(?:吗|么|[?？]|[,，]\s*给|\s*$)")
_R36_ZH_RAN_OUT_ONLINE = re.compile(r"(?:吃完|用完|没了|没有了|断了|快没)[^？?。]{0,10}?(?:能|可以|可不可以|能不能|可否)?(?:在)?"
                                    r"(?:线上|网上|网络上)(?:给|帮)?(?:我|他|她)?(?:直接)?开(?:吗|么|[?？]|\s*$)")
_R36_ZH_RETIME = re.compile(r"(?:药|" + _R4_ZH_MED + r")[^。？?]{0,16}?(?:能不能|可不可以|可以|能|可否|好不好)(?:改|挪|调|换)(?:做|成|到|在|为)"
                            r"[^，。？?]{0,8}?(?:才|先|再)?(?:吃|服|用|打)")
_R36_ZH_WHAT_RASH = re.compile(r"(?:这|这个|那|那个|这些|那些)(?:是|算)?(?:什么|啥|哪种)(?:疹子|疹|红疹|包|疙瘩|斑|痘痘|痘|癣)"
                               r"(?:啊|呀|呢|嘛)?[?？]")
_R36_ZH_NAMED = re.compile(r"(?<!什么)(?<!啥)(?:是不是|是|会不会是|算不算|敢是|可能是)[\u4e00-\u9fff]{0,3}?(?:神经痛|耳鸣|偏头痛|静脉曲张|痔疮|疝气|"
                           r"扭伤|拉伤|脱臼|韧带撕裂|半月板|淋巴肿|淋巴结肿|淋巴结肿大|失智|老年痴呆|痴呆|痛风|腱鞘囊肿|妈妈手|"
                           r"网球肘|五十肩|肩周炎|骨刺|椎间盘突出|腰椎间盘突出)(?:了)?(?:吗|么|吧|呢|啊|呀|嘛|无|[?？]|\s*$)")
_R36_CONDITION = (r"(?:" + _R5_CONDITION + r"|athlete'?s foot|verrucas?|nits|head lice|fungal(?: infection)?|a fungus|"
                  r"dandruff|cartilage|arthritis|carpal tunnel|conjunctivitis|a uti|uti|dementia|cellulitis|impetigo|"
                  r"an allergy|allergy)")
_R36_EN_COND_SOURCE = re.compile(r"\b(?:is|could|might) (?:it|this|that|she|he|they) (?:just )?(?:be )?(?:a |an )?" +
                                 _R36_CONDITION + r" (?:from|off|caught from|because of|due to|after|with) [^.?!]{1,40}\?")
_R36_EN_EITHER = re.compile(r"\b(?:if|whether|is) (?:it'?s|it is|its|this is|that'?s|it was|it|this|that) (?:just )?(?:a |an )?"
                            r"(?P<a>[\w' -]{2,30}?) or (?:just )?(?:a |an |my |his |her )?(?P<b>[\w' -]{2,30}?)\b(?=\s*(?:[?.,!;]|$|"
                            r"what do you|which|do you|d'?ye))")
_R36_EN_WHICH = re.compile(r"\bwhich (?:is it|one is it|one|of them)\b|\?|\bwhat do you (?:think|reckon)\b")
_R36_ORGAN = (r"(?:heart|prostate|thyroid|kidneys?|liver|lungs?|bladder|eyes?|blood pressure|sugars?|blood sugar|hormones|"
              r"nerves?|gall ?bladder|appendix|bowels?|sinuses|chest|ears?|gums?|teeth|tooth|spine|hips?|knees?|back|"
              r"pancreas|stomach|womb|ovaries|glands?|circulation|iron|b12|diabetes|age|meds|medication|tablets)")
_R36_EN_ORGAN = re.compile(r"\b(?:is|could) (?:it|that|this) (?:just )?(?:be )?(?:her|his|my|their|your|the|our) " + _R36_ORGAN +
                           r"\b\s*(?:[?.!]|$|or\b)")
_R36_EN_KEEPS = re.compile(r"\b(?:keeps?|kept|always|every (?:night|morning|evening|day)|(?:\d+|two|three|four) times a (?:night|day))\b")
_R36_EN_SYMPTOM_BE = re.compile(r"\b(?:could|might|can|would) (?:a |an |my |his |her |the |their )?(?:[\w'-]+ ){0,3}?" + _SYMPTOM +
                                r"(?: [\w'-]+){0,3}? be (?:a sign of )?(?:a |an )?" + _R36_CONDITION + r"\b")
_R36_EN_WHAT_IS_IT = re.compile(r"(?:^|[.,;:!?–—-]\s*)(?:so )?(?:what(?: is|'s) wrong|what is it|what could it be|what(?: is|'s) "
                                r"going on)\s*(?:[-–—:,?]|$)")


# Requests of the spent batches 31-35 that the rules had no shape for (written from the shape, in new words in the tests):
# 15. An amount doubled or halved by name ("can he have a double amount of X", "twice the dose", "half the amount").
# 16. A named medicine skipped, come off or paused for a holiday or a trip, asked (the travel words had made it
#     practical): "is it fine to skip my statins while I'm on holiday", "can he come off X for the holiday"; in Chinese a
#     named medicine asked whether to stop (手术前阿司匹林要不要停; not 平时吃的药要不要停, which the knowledge base answers).
# 17. The service asked to prescribe something named before ("I need a weight-loss jab, can the hospital prescribe it"),
#     a prescription for a named medicine needed or got through the service ("I need a prescription for X sent to my
#     chemist", "can I get a script for the morning after pill sent through here"), a supply asked to be issued ("can you
#     just issue one month").
# 18. "what's a sensible / reasonable amount of X".
# 19. In Chinese, one amount or another (吃一颗还半颗比较好), and a medicine asked to be swapped out with 把 (想把类固醇换掉).
# 20. A diagnosis asked as "have a look at ... what is it" (帮看看我妈胳肢窝有个疙瘩是咋回事), "could you tell me what's wrong
#     - ...", and "... has swollen ankle, what is it?" about someone else.
# 22. More of the spent batches' shapes: "what do you think <a complaint> is?" and "<complaint>. what's likely going
#     on"; a condition asked first and the complaint after ("is it tinnitus? my grandad has ringing in the ears"); one
#     condition or another without "is it" ("dementia or just a UTI, what do you reckon?"); "tell me what <symptom>
#     means" without a determiner; "how many <medicine> should he take" (a ferry or the weather beside it is no supply
#     question); "move the timing of <medicine>"; 换成别种 / 转第二只药 after a medicine; 给<someone>开点<medicine>; a
#     medicine got without a follow-up visit (不回诊可以拿X吗, 不来医院直接给开); "want X prescribing, can you sort it",
#     "any chance of a script for something", "write me something for the pain", "can I get them through you" about a
#     named medicine, "can the hospital give my daughter antibiotics", "could you just send some to the pharmacy".
# 21. Voice: Taiwanese Hokkien written in characters (會當 can, 共 for, 無 at the end a question, 阮 my, 啥物 what, 是按怎
#     what is wrong, 欲按怎 what to do, 欲 want, 一寡 some, 牽手 spouse, 矣 already, 囥 keep, 紮 bring, 予 give, 佇 at,
#     規工 all day), read as the Mandarin the rules know.
_R36_EN_DOUBLE = re.compile(r"\b(?:have|take|give|use|be given|get) (?:a |the )?(?:double|triple|twice the|half the|half a|half of the) "
                            r"(?:amount|dose|dosage|measure|quantity|portion)s?\b")
_R36_EN_SKIP_AWAY = re.compile(r"\b(?:can|could|should|may|is it (?:ok|okay|fine|safe|alright|all right) (?:to|if)|ok to|okay "
                               r"to)\b[^.?!]{0,30}?\b(?:skip|leave off|come off|stop|pause|have a break from|give up) (?:taking )?(?:my |his |her |their |our |the |all )?(?P<med>[\w'-]+(?: [\w'-]+)?)"
                               r"(?: \d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|g|ml|units?))? (?:while|whilst|for|during|on|over|when|"
                               r"before|until after) (?:i'?m |i am |he'?s |he is |she'?s |she is |we'?re |we are |they are )?(?:on |away "
                               r"on )?(?:the |a |my |his |her |our |their )?(?:holiday|holidays|trip|cruise|break|fortnight|week away|"
                               r"wedding|festival)\b")
_R36_EN_ASK = re.compile(r"\b(?:can|could|may|should|shall|would|is it|is that|will|ok|okay|fine|alright|all right)\b|\?")
_R36_EN_PRESCRIBE_IT = re.compile(r"\b(?:can|could|would|will) (?:you|the hospital|the doctors?|a doctor|your doctors?|one of your "
                                  r"doctors|the clinic|the gp) (?:just )?prescribe (?:it|them|that|one|those|this)\b")
_R36_EN_RX_ITEM = re.compile(r"\b(?:jabs?|injections?|pens?|patch(?:es)?|inhalers?|pills?|tablets?|cream|spray|antibiotics?|"
                             r"painkillers?|morning after pill|contracepti\w+|hrt)\b")
# stated, not asked ("do I need a prescription for melatonin?" asks whether one is needed)
_R36_EN_NEED_RX_FOR = re.compile(r"(?:^|[.!?,;:–—-]\s*)(?:(?:hi|hello|hiya|please|so|and)[, ]+)?(?:i|we|he|she|they|my [\w'-]+) "
                                 r"(?:really |urgently |just )?(?:need|needs|want|wants|would like|'d like) (?:a |an |another |a new )?"
                                 r"(?:prescription|script) for (?P<thing>[^.?!,]{2,40})|"
                                 r"\b(?:can|could|may) (?:i|we|he|she|they) (?:get|have) (?:a |an |another |a new )?(?:prescription|"
                                 r"script) for (?P<thing2>[^.?!,]{2,40}?) (?:sent|done|issued|through|from|off|via|over)\b")
_R36_EN_ISSUE = re.compile(r"\b(?:can|could|would|will) (?:you|u|the hospital|the pharmacy|the doctor) (?:just |please )?(?:issue|"
                           r"give|send|do|sort) (?:me |him |her |us )?(?:one|a|two|three|\d+|another) (?:month|week|fortnight)(?:'?s)?"
                           r"(?: (?:supply|worth))?\b")
_R36_EN_SENSIBLE = re.compile(r"\b(?:sensible|reasonable|ok|okay|decent|good|proper|safe) (?:amount|quantity|dose|number) of " +
                              _C_MED + r"\b")
_R36_ZH_EITHER_AMOUNT = re.compile(r"(?:吃|服|用|打)(?:[一两二三半]|[0-9]+)(?:颗|片|粒|支|个单位|单位)还(?:是)?(?:吃|服|用)?(?:[一两二三半]|[0-9]+)"
                                   r"(?:颗|片|粒|支|个单位|单位)?")
_R36_ZH_SWAP_OUT = re.compile(r"把(?P<med>[^，。？?把]{1,8}?)(?:换掉|停掉|停了|减掉|减半|戒掉|断掉)")
# a named medicine (not 平时吃的药 / 降压药: the knowledge base answers whether medicines stop before a test) asked
# whether to stop, as the question itself (not "where can I ask whether ...")
_R36_ZH_STOP_NAMED = re.compile(r"(?P<med>" + _R4_ZH_MED + r")(?:是|还|就)?(?:要不要|需不需要|该不该|用不用)(?:先)?停(?:掉|用|药)?"
                                r"(?:吗|呢|[?？，,。]|\s*$)(?![^。？?]{0,12}(?:哪里|哪儿|谁|电话|打哪))")
_R36_ZH_LOOK = re.compile(r"(?:帮|给)(?:我|忙)?(?:看看|看一下|看下|瞧瞧|看)[^？?。]{0,24}?(?:是(?:咋|怎么|什么)回事|是怎么了|是什么东西)")
_R36_EN_TELL_WRONG = re.compile(r"\btell (?:me|us) what(?: is|'s) wrong\b")
_R36_EN_CASE = re.compile(r"\b(?:has|have|had|got|is|are|been)\b")
_R36_ZH_HOKKIEN = [
    (re.compile(r"会当"), "可以"), (re.compile(r"啥物"), "什么"), (re.compile(r"囥"), "放"),
    (re.compile(r"(?:欲|爱)?按怎(?=放|带|吃|用|保存|收)"), "要怎么"), (re.compile(r"是按怎"), "是怎么回事"),
    (re.compile(r"(?:欲|爱)?按怎"), "要怎么办"), (re.compile(r"紮|扎(?=平常|[^，。？?]{0,8}药)"), "带"), (re.compile(r"予(?=医生|伊|我|你)"), "给"),
    (re.compile(r"[佇伫]"), "在"), (re.compile(r"规工"), "整天"),
    (re.compile(r"一寡"), "一些"), (re.compile(r"袂记得"), "忘记"), (re.compile(r"(?<=[阮我伊])牵手"), "老婆"),
    (re.compile(r"阮(?=阿|的|孙|牵手|老|囝|某|翁|厝|兜|爸|妈|母|父|子|女|小|家)"), "我"), (re.compile(r"^阮|(?<=[，,。])阮"), "我"),
    (re.compile(r"(?<![一公总])共(?=[^，。？?]{0,6}开)"), "给"), (re.compile(r"(?<=[\u4e00-\u9fff])欲(?=[吃用开食])"), "要"),
    (re.compile(r"(?<![有并毫虚无])无(?=\s*(?:[?？]|$))"), "吗"), (re.compile(r"(?<=[\u4e00-\u9fff])矣(?=[，,。?？!！]|$)"), "了"),
    (re.compile(r"恁(?=会|可以|能)"), "你们")]


_R36_EN_THINK_IS = re.compile(r"\bwhat do (?:you|u) (?:think|reckon) (?P<what>[^?.!]{3,60}?) (?:is|are)\b\s*(?:[?.!,]|$|thanks|"
                              r"thank)")
_R36_EN_GOING_ON = re.compile(r"(?:^|[.,;:!?–—-]\s*)what(?: is|'s) (?:likely|probably)? ?going on\b(?=\s*(?:[?.!]|$|here|there))")
_R36_EN_COND_FIRST = re.compile(r"(?:^|[.,;:!?–—-]\s*)(?:[\w ]{0,25}[-–—:,]\s*)?(?:is|could) (?:it|this|that) (?:be )?(?:a |an )?" +
                                r"(?:" + _R36_CONDITION + r"|tinnitus)\s*\?")
_R36_EN_OR_RECKON = re.compile(r"\b(?P<a>" + _R36_CONDITION + r") or (?:just )?(?:a |an )?(?P<b>" + _R36_CONDITION + r")\s*[,?-]"
                               r"\s*(?:what do (?:you|u) (?:think|reckon)|which|do you (?:think|reckon))")
_R36_EN_TELL_MEANS = re.compile(r"\btell (?:me|us|him|her) what (?:[a-z'-]+ ){0,3}?" + _SYMPTOM + r"(?: [a-z'-]+){0,6}? "
                                r"(?:means?|might mean|could mean)\b")
_R36_EN_HOW_MANY_MED = re.compile(r"\bhow many (?:of (?:the |my |his |her )?)?(?P<med>[\w'-]+(?: [\w'-]+)?)(?: \d+(?:[./]\d+)?"
                                  r"(?: ?(?:mg|mcg|g|ml))?)? (?:tablets? |pills? |capsules? )?(?:should|can|could|do|does|must|"
                                  r"shall|may) (?:i|he|she|we|they|you|my [\w'-]+|our [\w'-]+(?: [\w'-]+){0,3}?) (?:take|have|give|"
                                  r"use)\b")
_R36_EN_MOVE_TIMING = re.compile(r"\b(?:move|change|shift|switch) the (?:timing|time) of (?:the |his |her |my |their )?(?P<med>"
                                 r"[\w'-]+)")
_R36_ZH_OTHER_KIND = re.compile(r"(?P<med>" + _R4_ZH_MED + r")[^，。？?]{0,8}?(?:换|换成|转|改成|改用)(?:成)?(?:别种|别的|其他|其它|"
                                r"另一种|第二只|第二种|第二样|另外一种)(?:药)?")
_R36_ZH_OPEN_FOR = re.compile(r"(?:能|可以|能不能|可不可以|麻烦|请|劳烦)(?:你|您|医生)?(?:帮|给|替|为)[^，。？?开]{1,10}?开(?![的了过完门车])"
                              r"(?:点|些|一些|一盒|一支|几盒|一瓶|个)?[^，。？?]{0,8}?(?:药|" + _R4_ZH_MED + r")")
_R36_ZH_UNSEEN = re.compile(r"(?:不|没|唔|冇)(?:回诊|复诊|覆诊|来医院|到医院|挂号|看医生|看诊|见医生)[^，。？?]{0,6}?(?:可以|能|能不能|"
                            r"可不可以)?(?:直接)?(?:给|帮)?(?:我|他|她)?(?:拿|开|领|配)(?P<what>[^，。？?]{0,8})")
_R36_EN_WANT_PRESCRIBING = re.compile(r"\b(?:want|wants|need|needs|'d like|would like) (?:the |a |an |some |her |his |my )?"
                                      r"(?P<thing>(?:[\w'-]+ ){0,3}?[\w'-]+) prescrib(?:ed|ing)\b(?P<tail>[^.]{0,60})")
_R36_EN_SERVICE_ASK = re.compile(r"\b(?:can|could|would|will) (?:you|u|the hospital|they|someone)(?: just)? (?:sort|do|arrange)\b|"
                                 r"\b(?:by|from|through) (?:the hospital|you|this chat)\b")
_R36_EN_CHANCE_SCRIPT = re.compile(r"\b(?:any chance of|could i have|can i have|can i get|could i get|can we get|could we get) "
                                   r"(?:a |another )?(?:script|prescription) for (?:something|anything)\b")
_R36_EN_WRITE_SOMETHING = re.compile(r"\bwrite (?:me|him|her|us|them) (?:up )?(?:something|anything) (?:stronger|for (?:the |my |his |"
                                     r"her |their |this |that )?(?:[\w'-]+ ){0,2}?(?:" + _SYMPTOM + r"|" + _C_CONDITION +
                                     r"|back|knee|hip|neck|shoulder|sleep|sleeping|nerves|chest|throat|ear|skin))\b")
_R36_EN_GET_THROUGH = re.compile(r"\b(?:can|could|may) (?:i|we|he|she|they) get (?:them|it|one|some|those) (?:through|from|off|via) "
                                 r"(?:you|the hospital|this chat|here)\b")
_R36_EN_GIVE_MED = re.compile(r"\b(?:can|could) (?:the hospital|you|a doctor|the doctor|your doctors?) (?:just )?(?:give|send) "
                              r"(?:me |him |her |them |us |my [\w'-]+ (?:\(\d+\) )?)?(?:some )?(?P<thing>[\w'-]+(?: [\w'-]+)?)")


def _r36_classes(norm: str) -> str | None:
    """The round-36 request classes (6.-9. and 15.-22. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R36_ZH_EITHER_AMOUNT.search(norm) and re.search(_R4_ZH_MED, norm):
            return "dose_request"
        swap = _R36_ZH_SWAP_OUT.search(norm)
        if swap and re.search(_R4_ZH_MED + r"|[\u4e00-\u9fff](?:醇|素|剂)$", swap.group("med")) and _ZH_C_ASK.search(norm[swap.end():] or "?"):
            return "dose_change"
        stop = _R36_ZH_STOP_NAMED.search(norm)
        if stop and not re.search(r"药$|[之前后时的]", stop.group("med")):
            return "dose_change"
        other = _R36_ZH_OTHER_KIND.search(norm)
        if other and not re.search(r"[之前后时的]", other.group("med")):
            return "dose_change"
        if _R36_ZH_OPEN_FOR.search(norm) and not _R17_ZH_DOCUMENT.search(norm):
            return "prescription_request"
        unseen = _R36_ZH_UNSEEN.search(norm)
        if unseen and (not unseen.group("what") or re.search(r"药|" + _R4_ZH_MED, unseen.group("what"))) and \
                not re.search(r"续方|续药|检查|报告|结果|化验|药房|药局|药店|窗口|开好|已经开|之前开", norm):
            return "prescription_request"
        if _R36_ZH_LOOK.search(norm) and (_R5_ZH_SYMPTOM.search(norm) or re.search(r"疙瘩|包|块|粒|痣|斑", norm)):
            return "diagnosis_request"
        if _R36_ZH_PRESCRIBE_POST.search(norm):
            return "prescription_request"
        online = _R36_ZH_ONLINE_TURNED.search(norm)
        if online and not re.search(r"续方|续药", norm) and (re.search(_R4_ZH_MED, online.group("what")) or
                                                          re.search(r"给[^，。？?]{1,8}吃", norm)):
            return "prescription_request"
        if _R36_ZH_RAN_OUT_ONLINE.search(norm) and not re.search(r"续方|续药", norm):
            return "prescription_request"
        if _R36_ZH_RETIME.search(norm) and _ZH_C_ASK.search(norm[_R36_ZH_RETIME.search(norm).end():] or "?"):
            return "dose_change"
        if _R36_ZH_WHAT_RASH.search(norm) or _R36_ZH_NAMED.search(norm):
            return "diagnosis_request"
        return None
    if _R36_EN_DOUBLE.search(norm) and _R36_EN_ASK.search(norm) and (_C_MED_RE.search(norm) or
                                                                       re.search(r"\b(?:it|them|dose)\b", norm)):
        return "dose_change"
    skip = _R36_EN_SKIP_AWAY.search(norm)
    if skip and _R36_EN_ASK.search(norm) and (_C_MED_RE.search(skip.group("med")) or
                                              re.search(r"\b(?:statins?|tablets?|pills|meds|medicines?|medication|"
                                                        r"blood thinners?|water tablets?|inhalers?)\b", skip.group("med"))):
        return "dose_change"
    if _R36_EN_PRESCRIBE_IT.search(norm) and (_C_MED_RE.search(norm) or _R36_EN_RX_ITEM.search(norm)):
        return "prescription_request"
    need = _R36_EN_NEED_RX_FOR.search(norm)
    if need and (_C_MED_RE.search(need.group("thing") or need.group("thing2")) or
                 _R36_EN_RX_ITEM.search(need.group("thing") or need.group("thing2"))):
        return "prescription_request"
    if _R36_EN_ISSUE.search(norm) and _C_MED_RE.search(norm):
        return "prescription_request"
    if _R36_EN_SENSIBLE.search(norm):
        return "dose_request"
    many = _R36_EN_HOW_MANY_MED.search(norm)
    # "how many can I take with me / in my hand luggage" is carrying, not taking
    if many and _C_MED_RE.search(many.group("med")) and not re.match(r"\s*with (?:me|him|her|us|them)\b", norm[many.end():]) \
            and not re.search(r"\b(?:luggage|baggage|suitcase|cabin bag|customs|packing|pack|bring|carry|carrying)\b", norm):
        return "dose_request"
    timing = _R36_EN_MOVE_TIMING.search(norm)
    if timing and _C_MED_RE.search(timing.group("med")):
        return "dose_change"
    want = _R36_EN_WANT_PRESCRIBING.search(norm)
    if want and (_C_MED_RE.search(want.group("thing")) or _R36_EN_RX_ITEM.search(want.group("thing"))) and \
            _R36_EN_SERVICE_ASK.search(want.group("tail")):
        return "prescription_request"
    if _R36_EN_CHANCE_SCRIPT.search(norm) or _R36_EN_WRITE_SOMETHING.search(norm):
        return "prescription_request"
    if _R36_EN_GET_THROUGH.search(norm) and (_C_MED_RE.search(norm) or _R36_EN_RX_ITEM.search(norm)):
        return "prescription_request"
    give = _R36_EN_GIVE_MED.search(norm)
    if give and (_C_MED_RE.search(give.group("thing")) or re.search(r"\b(?:antibiotics?|painkillers?)\b", give.group("thing")) or
                 (give.group("thing").startswith("to ") and _C_MED_RE.search(norm[:give.start()]))):
        return "prescription_request"
    put = _R36_EN_PUT_ON_RX.search(norm)
    if put and (_C_MED_RE.search(put.group("thing")) or (_R36_EN_PRONOUN.match(put.group("thing")) and
                                                         _C_MED_RE.search(norm[:put.start()]))):
        return "prescription_request"
    got = _R36_EN_GET_PRESCRIBED.search(norm)
    # one's own usual medicine prescribed for longer ("get my usual inhaler prescribed for three months") is the routine
    if got and not re.match(r"(?:my|his|her|their|our|the usual|usual|your) ", got.group("thing") or got.group("thing2")) and (_C_MED_RE.search(got.group("thing") or got.group("thing2")) or
                re.search(r"\b(?:course of|antibiotics?|epipens?|inhalers?|painkillers?|sleeping (?:tablets|pills))\b",
                          got.group("thing") or got.group("thing2"))):
        return "prescription_request"
    complaint = _C_SYMPTOM_RE.search(norm) or _R17_DESCRIBED.search(norm)
    if _R36_EN_COND_SOURCE.search(norm):
        return "diagnosis_request"
    either = _R36_EN_EITHER.search(norm)
    if either and complaint and _R36_EN_WHICH.search(norm[either.start():]) and any(
            re.fullmatch(r"(?:(?:just |a |an |my |his |her |their )?)(?:" + _R36_CONDITION + r"|" + _R36_ORGAN + r")", g.strip())
            for g in either.group("a", "b")):
        return "diagnosis_request"
    organ = _R36_EN_ORGAN.search(norm)
    if organ and (complaint or _R36_EN_KEEPS.search(norm)) and (complaint or _R36_EN_KEEPS.search(norm)).start() < organ.start():
        return "diagnosis_request"
    if _R36_EN_SYMPTOM_BE.search(norm):
        return "diagnosis_request"
    think = _R36_EN_THINK_IS.search(norm)
    if think and (complaint or _R36_EN_KEEPS.search(norm)) and not _C_MED_RE.search(norm):
        return "diagnosis_request"
    if _R36_EN_GOING_ON.search(norm) and _C_SYMPTOM_RE.search(norm) and not _C_MED_RE.search(norm):
        return "diagnosis_request"
    if (_R36_EN_COND_FIRST.search(norm) or _R36_EN_OR_RECKON.search(norm)) and (complaint or _R36_EN_KEEPS.search(norm)):
        return "diagnosis_request"
    if _R36_EN_TELL_MEANS.search(norm):
        return "diagnosis_request"
    what = _R36_EN_WHAT_IS_IT.search(norm) or _R36_EN_TELL_WRONG.search(norm)
    if what and _C_SYMPTOM_RE.search(norm) and (_R15_OWN_CASE.search(norm) or _R36_EN_CASE.search(norm)) and \
            not _C_MED_RE.search(norm):
        return "diagnosis_request"
    return None


def round36_reason(norm: str) -> str | None:
    """The reason of rounds 1-36 on scope_text() output: the round-36 classes added, its voice read, and its look-alikes
    made neutral before a reason stands (rounds 33-35 added no scope rules)."""
    reason = round32_reason(norm) or _r36_classes(norm)
    if not reason:
        voiced = _r36_voice(norm)
        if voiced != norm:
            reason = round32_reason(voiced) or _r36_classes(voiced)
            norm = voiced
    if reason:
        calm = _r36_neutral(_r36_voice(norm))
        if calm != norm:
            reason = round32_reason(calm) or _r36_classes(calm)
    return reason


# ------------------------------------------------------------------------------------------ round 37 (blind batch 37)
# Scope round 37 (helper SC37, after blind37's one run at 854f9d3; spent). Families, written from the shape:
# Answered (look-alikes made neutral, then the message is read again):
# 1. What a named service, test or term is, how it is done or how long it takes ("what is a medication review?", "how
#    does the monitor work?", 这个检查要怎么做, 用药评估，这是什么?, 要做多久), and two quoted words on a leaflet compared ("慎用"和"禁用"有什么区别): a strength beside the medicine
#    is not an amount asked.
# 2. Medicines split into a weekly tray by the pharmacist (分装成一周一格, 按天分好) and a medicine out of stock at the
#    chemist ("who do we ring to find one that has it", "can't get hold of it, where else can we try", 缺货/断货/买不到).
# 3. Reviewer look-alikes the knowledge base answers: "do I have to take my hearing aids out for the scan" (an
#    obligation, and hearing aids are no condition), a blood test before a CT with the dye and how the dye feels,
#    someone's advice checked ("the wife says lie flat - is that the best thing?", 屋企人讲热敷散得快，是不是啊?,
#    是不是得在床上躺着), a young relative interpreting ("is it ok if he does it again"), old tablets, inhalers and a
#    needle tub got rid of, how early to re-order a long-term medicine (提前多久去弄), how many visitors round an
#    intensive-care bed, "tablets to stop clots" (a purpose, not stopping), "make the hiccups stop", medicine
#    prescribed online asked about by its delivery (线上开的药用哪家快递), a fine, a deposit, an income limit, a
#    complaint's working days, a test drink's sugar, how long opened eye drops keep, liquids through the airport,
#    a pharmacy open on Sunday (药局礼拜天有开吗, 开 = open).
# Redirected (classes added where rounds 1-36 had none):
# 4. The service asked to prescribe a bigger or extra supply ("write her a private script for a bigger supply",
#    一次多开三个月) or a pack directly / online (你们能直接给开一盒吗, 在网路上帮他开一盒).
# 5. An amount per time with a sublingual, sprayed or chewed verb (一次含几粒, 一次喷几下, 一次嚼几片).
# 6. A lump or bump found on the body, asked "what is this" (脖子上摸到一个疙瘩…这是什么?, "found a lump in her
#    armpit, what is it?").
_R37_EN_SERVICE = (r"(?:(?:structured |annual |yearly |full |in-depth |pharmacy |pharmacist |medication |medicines? |"
                   r"drugs? |clinical |care |discharge |falls? |memory |frailty |social |holistic |new medicine |"
                   r"nutrition(?:al)? |bone density |breathing |24[- ]hour |ambulatory |blood pressure |heart |kidney )+"
                   r"(?:reviews?|assessments?|monitor(?:ing)?|checks?|tests?|services?|clinics?|scans?)|"
                   r"(?:medication|medicines?|drug|pharmacy|care|structured) reviews?)")
_R37_EN_WHAT_IS = re.compile(r"(?:^|[.!?,;]\s*)(?:so |and |but )?what(?: exactly| actually)?(?: is|'s| are)(?: exactly| actually)? "
                             r"(?:a |an |the )?(?:so[- ]called )?(?:" + _R37_EN_SERVICE + r"|(?:[\w'-]+ ){1,3}(?:reviews?|"
                             r"assessments?|monitors?|clinics?|services?))\b(?=\s*(?:[?.!,;]|$|exactly|actually|then|for|at|"
                             r"about|and))|"
                             r"\b(?:invited|booked|asked|sent|referred|called) (?:in |me |him |her |them |us )?(?:to|for) "
                             r"(?:a |an |the |her |his |my |their )?" + _R37_EN_SERVICE + r"\b[^?]{0,40}?\bwhat (?:is|does|will) "
                             r"(?:it|that|this|one)\b")
_R37_ZH_TEST = r"(?:检查|监测|化验|检测|扫描|造影|心电图|b超|彩超|超声|ct|mri|磁共振|核磁|胃镜|肠镜|内镜|holter|评估|复查|筛查|复核)"
_R37_ZH_TEST_HOW = re.compile(_R37_ZH_TEST + r"[^。？?！!]{0,6}?(?:要|是|该|得|需要|应该)?(?:怎么|怎样|如何|点样|咋)(?:做|进行|弄|戴|搞)(?:的)?|"
                              r"(?:这个|那个|这种|那种)" + _R37_ZH_TEST + r"(?:是)?(?:做|查)(?:什么|啥)(?:的|用的)?|"
                              r"(?:什么|啥)是[^，。？?]{0,12}?" + _R37_ZH_TEST + r"|" + _R37_ZH_TEST +
                              r"[^。？?]{0,4}?[，,]?(?:这|那)(?:个)?(?:是|叫)(?:什么|啥)(?:东西|意思)?(?=\s*[?？]|\s*$)|" + _R37_ZH_TEST +
                              r"[^。？?]{0,4}?(?:要|得|需要)?(?:做|查|戴)(?:多久|多长时间|几个小时|多少时间)")
_R37_ZH_TERMS_DIFF = re.compile(r"[\"'‘“「『][^\"'’”」』，。？?]{1,10}[\"'’”」』](?:和|跟|与|同|及)[\"'‘“「『][^\"'’”」』，。？?]{1,10}[\"'’”」』]"
                                r"[^，。？?]{0,4}?(?:有)?(?:什么|啥|咩|哪些|何)?(?:区别|不同|分别|差别|差异|不一样)")
_R37_ZH_TRAY = re.compile(r"(?:分装|分包|分好|摆好|排好|装好)(?:成|到|进|在)?[^，。？?]{0,8}?(?:一周|每周|一星期|每天|每日|一天|早中晚)"
                          r"(?:一格|一包|一袋|一份|的格子)|(?:一周|每天|每日|一天)一格|一格一格|(?:按|照)(?:天|周|顿)(?:分装|分好|装好)")
_R37_EN_TRAY = re.compile(r"\b(?:split|sort|divide|portion|pack|put|make)\b[^?.!]{0,40}?\b(?:into|in to|in|up in(?:to)?) "
                          r"(?:a |an |the |his |her |my |their |our )?(?:weekly |daily |7[- ]day |seven[- ]day )?(?:blister (?:packs?|pack "
                          r"trays?)|compartments?|(?:daily|weekly|day) (?:pots|slots|trays|sachets|pouches)|pouches|sachets by the day)\b")
_R37_EN_OUT_OF_STOCK = re.compile(r"\b(?:out of stock|no stock|not in stock|in short supply|shortage|can(?:not| not|'t|t) get hold of|"
                                  r"can(?:not| not|'t|t) get (?:it|them|any)|unavailable|on back ?order|back-ordered|owing)\b")
_R37_ZH_OUT_OF_STOCK = re.compile(r"缺货|断货|没货|无货|没有货|买不到|配不到|拿不到药|到不了货")
_R37_EN_TEST_HOW = re.compile(r"\bhow (?:does|do|will|would|is|are) (?:it|that|this|they|the (?:test|monitor|scan|check|machine|"
                              r"review|assessment)) (?:work|be done|done|fitted|put on|carried out|go)\b")
_R37_EN_OTHER_PLACE = re.compile(r"\bwhere else (?:can|could|should|do|might) (?:we|i|he|she|they) (?:try|go|look|ask|get (?:it|them|some))\b")
_R37_EN_OBLIGATION = re.compile(r"\b(?:do|does|will|would) (?:i|we|you|he|she|they|my [\w'-]+|his [\w'-]+|her [\w'-]+) "
                                r"(?:have|have got|got) to\b")
_R37_EN_AIDS = re.compile(r"\b(?:hearing|deaf|deafness|walking|mobility|sleep|visual|memory|communication|bathing) aids?\b")
_R37_EN_CONTRAST = re.compile(r"\b(?:ct|scan|mri|x-?ray|angiogram)\b[^?.!]{0,30}?\b(?:with|using) (?:the |a )?(?:dye|contrast)\b|"
                              r"\b(?:contrast|dye) (?:ct|scan|mri|injection)\b")
_R37_EN_TEST_FIRST = re.compile(r"\b(?:need|have|want|do|get) (?:a |an |my |the )?(?:kidney |bloods? |blood )?(?:test|bloods|blood test|"
                                r"kidney test|kidney function test)\b[^?]{0,20}?(?:first|before)\b|\bwhy do they want (?:a |an |my )?"
                                r"(?:[\w'-]+ ){0,2}?(?:blood )?test\b|\bwhat (?:does|will|would) (?:it|the (?:dye|contrast|injection)) "
                                r"feel like\b|\bwhat (?:will|does|would) the (?:injection|dye|contrast) feel like\b")
_R37_EN_SAYS = re.compile(r"\b(?:says?|said|told (?:me|us|him|her)|reckons?|swears|thinks|keeps saying|always says)\b")
# only the checking question is made neutral: what the advice says is still read ("says take 4 at once - is that right?")
_R37_EN_ADVICE = re.compile(r"(?<=[.,;:!-] )(?:so )?(?:is (?:that|it|this) (?:really )?(?:right|true|correct|the (?:best|right) "
                            r"(?:thing|idea|way)(?: to do)?|a good idea|best)|are they right|who(?:'s| is) right)\b")
_R37_ZH_SAYS = re.compile(r"(?:讲|说|话|叫我|让我|告诉我|听说|晓得|知道|我记得)")
# only the checking question is made neutral (我妈说降压药可以停了，是不是这样? is still read for the stop)
_R37_ZH_ADVICE = re.compile(r"(?<=[，,。 ])(?:是不是|对不对|是真的吗|有没有道理|可不可信)(?:这样|真的|对的|啊|呀|哦|喔|嘛|咧)?(?=\s*[?？]|\s*$)")
_R37_ZH_HAVE_TO = re.compile(r"是不是(?:得|要|应该|该|一定要|必须)(?=(?:在|去|躺|卧|休息|坐|站|多|少|别|不|用|拿|敷|穿|戴|做))")
_R37_EN_INTERPRET = re.compile(r"\b(?:translates?|translating|interprets?|interpreting|signs? for)\b[^?]{0,120}?\b(?:is it (?:ok|"
                               r"okay|alright|all right|fine) (?:if|for) (?:he|she|they|him|her|them|my [\w'-]+) (?:does|do|to do|"
                               r"doing|to keep doing) (?:it|that|this)(?: again)?|can (?:he|she|they) (?:still |keep )?(?:do|doing) "
                               r"(?:it|that|this)|should (?:he|she|they) (?:keep )?(?:do|doing) (?:it|that|this))\b")
_R37_EN_DISPOSE = re.compile(r"\b(?:nobody|no one|no-one) (?:needs?|uses?|wants?)\b|\b(?:old|unused|unwanted|leftover|left over|"
                             r"out of date|expired|spare) (?:tablets|pills|medicines?|meds|inhalers|puffers|insulin|needles|sharps|"
                             r"patches)\b|\b(?:black|bin|wheelie|household|recycling|general waste) bin\b|\bin the bin\b|"
                             r"\b(?:sharps?|needle|yellow) (?:tub|bin|box|container)\b|\bdispos\w*|\bget rid of\b|\bthrow (?:\w+ )?(?:away|out)\b")
_R37_EN_DISPOSE_ASK = re.compile(r"\bwhere (?:should|do|can|could) (?:i|we|you|he|she|they) (?:take|put|leave|drop|bring|return)\b|"
                                 r"\bwhat (?:do|should|can) (?:i|we|you) do with (?:them|these|those|it|the|his|her|my)\b|"
                                 r"\bis that (?:right|ok|okay|allowed)\b|\bhow (?:do|should|can) (?:i|we) (?:get rid|dispose)\b|"
                                 # round 50: "can they just go in the bin", "what to do with them"
                                 r"\b(?:can|could|should|do|may) (?:they|these|those|it|them|the \w+) (?:just |all |simply )?(?:go|be put|be thrown|"
                                 r"be chucked) (?:in|into|out with) (?:the |our |a )?(?:\w+ )?(?:bin|rubbish|recycling|trash|waste)\b|"
                                 r"\bwh?at? (?:to|do i|do we|should i|should we) do with (?:them|these|those|it|the \w+)\b")
_R37_EN_SECOND_ASK = re.compile(r"\b(?:should|can|could|do|may|shall|must) (?:i|he|she|we|they|you) (?:\w+ )?(?:stop|take|swap|switch|"
                                r"double|skip|keep|start|change|give|use|have|halve|increase|reduce)\b")
_R37_ZH_REORDER = re.compile(r"(?:提前|提早)(?:多久|几天|几日|多少天|多长时间)(?:去|来|再)?(?:弄|买|配|续|开|拿|取|领|订|预约)|"
                             r"才不会断(?:掉|药|了)?|免得断(?:药|掉)?|不会断药")
_R37_EN_VISITORS = re.compile(r"\bhow many (?:of us|people|visitors|relatives|family(?: members)?|are (?:actually |really )?"
                              r"(?:allowed|let in)|can (?:visit|come in|go in))\b[^?]{0,60}?\b(?:round|around|by|at|beside|near|"
                              r"next to|in|into|on) (?:the |his |her |their |my |a )?(?:bed|bedside|ward|intensive care|icu|"
                              r"itu|hdu|room|unit)\b|\bhow many (?:of us|people|visitors) (?:can|could|may|are allowed to) "
                              r"(?:stand|sit|be|stay|come|visit|go)\b")
_R37_EN_PURPOSE_STOP = re.compile(r"\b(?:to|that|which) (?:stop|stops|prevent|prevents) (?:(?:blood |the |my |his |her )?(?:clots?|clotting|"
                                  r"fits|seizures|sickness|vomiting|bleeding|migraines?|attacks|infections?|swelling|rejection))\b")
_R37_EN_HICCUPS = re.compile(r"\b(?:hiccups?|hiccoughs?|snoring|the itch(?:ing)?|the ringing|the noise|the bleeding|the nosebleed)\b"
                             r"[^?]{0,60}?\b(?:make|get) (?:them|it|those|these) (?:to )?stop\b")
_R37_ZH_ONLINE_NOUN = re.compile(r"(?:线上|网上|网络上|网路上|手机上|app上|互联网医院|医生|大夫|上次|之前)(?:给我|帮我)?开的(?=药|处方)")
_R37_EN_ADMIN_AMOUNT = re.compile(
    r"\bhow (?:much|many)\b(?= (?:is|are|was|will|would|does|do) (?:the |a |an |my |your )?(?:fine|fee|fees|charge|charges|"
    r"deposit|cost|costs|price|prices|parking|bill|excess|refund)\b| (?:deposit|money|cash|working days|days'? notice|missed "
    r"appointments|appointments|times (?:am i|are we|is he|is she|can i|can we) (?:allowed to )?(?:move|change|cancel|rebook|"
    r"reschedule))\b| can (?:a|the|my|our|your) (?:household|family|couple|person) earn\b)|"
    r"\b(?:income|savings|earnings) limit\b|\bwithin how many (?:working )?days\b|"
    r"\bhow many (?:working |calendar )?days (?:do you have|before i get|until i get|to (?:reply|respond|answer))\b")
# a pharmacy or clinic open on a day (药局礼拜天有开吗): "open", not "prescribe"
_R37_ZH_OPEN = re.compile(r"(?:药局|药房|药店|门诊|医院|诊所|药剂科)(?:[^，。？?开]{0,8}?)(?:有开|开门|开不开|有没有开|几点开|开到几点|营业)(?:门)?"
                          r"(?:吗|么|呢)?")
_R37_ZH_ADMIN_AMOUNT = re.compile(r"(?:几多|多少|几)(?:钱)?(?:按金|押金|订金|定金|费|钱)|(?:按金|押金)(?:要|是)?(?:几多|多少)|"
                                  r"(?:账号|帐号|账户)[^，。？?]{0,8}?(?:最多|几个|多少)|(?:轮椅|拐杖|助行器)[^，。？?]{0,8}?(?:最多|几天|多长时间|多久)")
_R37_EN_TEST_DRINK = re.compile(r"\bhow (?:much|many)\b[^?.!]{0,30}?\b(?:sugar|glucose|water)\b[^?.!]{0,40}?\b(?:drink|test)\b|"
                                r"\bhow many times (?:will|do|would) (?:they|you|the nurses?) (?:take|draw|prick)\b")
_R37_EN_OPENED = re.compile(r"\b(?:after|once|since) (?:i'?ve |you'?ve |i have |you have )?(?:opened|opening|open)\b|\bonce (?:it'?s|they'?re) open\b")
_R37_EN_AIRPORT = re.compile(r"\b(?:through|past|at) (?:the )?(?:airport|security|customs)\b|\bairport security\b|\bon (?:the|a) plane\b")

# more reviewer shapes (R10-R29, spent): how long opened drops keep; a vaccine's interval; washing or work after an op
# or a bug; the liquid limit at the airport; an emergency supply's length; an alarm's beeping; a polyp patient compared
# with others; painkillers making headaches worse (越吃越痛); packed together in the hold (一起托运); who to ask.
_R37_EN_KEEPS_OPEN = re.compile(r"\bhow (?:many (?:days|weeks|months)|long)\b(?=[^?.!]{0,50}?\b(?:after|once|since) (?:i'?ve |you'?ve |"
                                r"i have |you have |it'?s |it is |they'?re )?(?:opened|opening|open)\b)")
_R37_VACCINE = r"(?:boosters?|jabs?|vaccin\w*|immuni[sz]ations?|shots?|smears?|screening|mammograms?)"
_R37_EN_INTERVAL = re.compile(r"\b(?:every )?how (?:many years|often|frequently|long)\b(?=[^?.!]{0,40}?\b" + _R37_VACCINE + r"\b)|"
                              r"\bhow many years (?:is|are|does|do) (?:a |an |the |my )?(?:[\w'-]+ ){0,2}?" + _R37_VACCINE + r"\b")
_R37_EN_AFTER_OP = re.compile(r"\bhow (?:soon|long|many days|many weeks) after (?:my |his |her |the |your |an? )?(?:op|operation|"
                              r"surgery|procedure|stitches|c-section|caesarean|it stops|the (?:runs|sickness|diarrho?ea|vomiting) "
                              r"stops?|(?:he|she|it|they) (?:stops?|stopped)|being sick)\b(?=[^?.!]{0,60}?\b(?:shower|bath|wet|swim|"
                              r"drive|driving|fly|work|school|nursery|keep off|stay off|stay away|go back|lift|gym)\b)")
_R37_EN_LIQUID_LIMIT = re.compile(r"\b(?:what(?: is|'s) )?(?:the )?(?:max(?:imum)?|most)(?: amount(?: of)?)?(?=[^?.!]{0,50}?\b(?:through|"
                                  r"past|at) (?:the )?(?:airport|security|customs)\b)")
_R37_EN_EMERGENCY = re.compile(r"\bhow many days'?(?: worth)?(?: of)?(?=[^?.!]{0,60}?\bemergenc(?:y|ies)\b)")
_R37_EN_ALARM = re.compile(r"\bis (?:that|the|this|all (?:the|that|this)) (?:constant )?(?:beeping|alarm|alarms|bleeping|noise|"
                           r"machines?|monitors?)(?: noise)? normal\b")
_R37_ZH_SAME = re.compile(r"(?:是不是|是否)(?:跟|和|同|与)[^，。？?]{0,6}(?:不一样|一样|不同)")
_R37_ZH_WORSE = re.compile(r"越(?:吃|食|吞)[^，。？?]{0,3}越(?:痛|疼)|反而(?:更|越)(?:痛|疼)|(?:痛|疼)得更(?:频繁|厉害|多)")
_R37_ZH_AMOUNT = re.compile(r"几(?:片|粒|颗)|多少(?:片|粒|颗|毫克)|最多|一次")
_R37_ZH_PACKED = re.compile(r"一起(?=托运|带|放|寄|装进|装到|打包)")
_R37_WHO_ASK = re.compile(r"(?:想知道|想问问|不知道)[^？?]{0,30}?(?:该|应该|要)?(?:找谁|问谁|去哪|去哪里|挂什么科)|"
                          r"\b(?:i|we) (?:want|wanted|would like) to (?:know|find out|check)\b[^?]{0,80}?\bwho (?:should|do|can) "
                          r"(?:i|we) (?:ask|contact|speak to|talk to|ring|get in touch with)\b")
# "nobody has told him whether to stop it. who should we contact?": what was not said, then who to ask (the medicine
# named stays, so "... should I just stop it?" after it is still read)
_R37_EN_NOT_TOLD = re.compile(r"\b(?:nobody|no one|no-one) (?:has |have )?(?:told|said|mentioned)(?: (?:me|him|her|us|them))? "
                              r"(?:whether|if) (?:to |(?:i|he|she|we|they) (?:should|must|needs? to) )?(?:stop|keep taking|take|hold|"
                              r"pause)\b")
_R37_EN_WHO = re.compile(r"\bwho (?:should|do|can|could) (?:i|we|he|she) (?:ask|contact|speak to|talk to|ring|call|get in touch with)\b")


def _r37_neutral(norm: str) -> str:
    """The message with the round-37 look-alikes (1.-3. above) made neutral, or unchanged."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        hit = False
        for pattern, replacement in ((_R37_ZH_TEST_HOW, "检查流程"), (_R37_ZH_TERMS_DIFF, "两个词的区别"),
                                     (_R37_ZH_TRAY, "分药盒"), (_R37_ZH_REORDER, "提前几天去药房"),
                                     (_R37_ZH_ONLINE_NOUN, "处方"), (_R37_ZH_ADMIN_AMOUNT, "费用"),
                                     (_R37_ZH_HAVE_TO, "需要"), (_R37_ZH_OPEN, "药房营业时间")):
            if pattern.search(norm):
                norm, hit = pattern.sub(replacement, norm), True
        says = _R37_ZH_SAYS.search(norm)
        if says and _R37_ZH_ADVICE.search(norm, says.end()) and \
                not re.search(_ZH_C_CONDITION, norm[says.end():_R37_ZH_ADVICE.search(norm, says.end()).start()]):
            norm, hit = norm[:says.end()] + _R37_ZH_ADVICE.sub("这个说法对吗", norm[says.end():]), True
        for pattern, replacement in ((_R37_ZH_SAME, "有没有区别"), (_R37_ZH_PACKED, "")):
            if pattern.search(norm):
                norm, hit = pattern.sub(replacement, norm), True
        if _R37_ZH_WORSE.search(norm) and not _R37_ZH_AMOUNT.search(norm):
            norm, hit = _R37_ZH_WORSE.sub("和止痛药有关", norm), True
        if _R37_WHO_ASK.search(norm):
            norm, hit = _R37_WHO_ASK.sub("该找哪个部门", norm), True
        if _R37_ZH_OUT_OF_STOCK.search(norm):
            hit = True
        return _r36_strip_strength(norm) if hit else norm
    hit = False
    for pattern, replacement in ((_R37_EN_WHAT_IS, " what is this service?"), (_R37_EN_AIDS, "hearing devices"),
                                 (_R37_EN_OBLIGATION, lambda m: re.sub(r"(?:have got|have|got) to$", "need to", m.group(0))),
                                 (_R37_EN_TEST_FIRST, "what happens at the test"),
                                 (_R37_EN_INTERPRET, "interprets. may he keep doing that"),
                                 (_R37_EN_VISITORS, "what are the visiting rules"), (_R37_EN_PURPOSE_STOP, "for clots"),
                                 (_R37_EN_HICCUPS, "hiccups. how do i get rid of hiccups"),
                                 (_R37_EN_ADMIN_AMOUNT, "what"), (_R37_EN_TEST_DRINK, "what is in the test drink"),
                                 (_R37_EN_KEEPS_OPEN, "for what period"), (_R37_EN_AFTER_OP, "when after the op"),
                                 (_R37_EN_LIQUID_LIMIT, "the rule on liquids"), (_R37_EN_EMERGENCY, "what"),
                                 (_R37_EN_ALARM, "what are the machines for"), (_R37_WHO_ASK, "who do we contact")):
        if pattern.search(norm):
            norm, hit = pattern.sub(replacement, norm), True
    if _R37_EN_NOT_TOLD.search(norm) and _R37_EN_WHO.search(norm):
        norm, hit = _R37_EN_NOT_TOLD.sub("nobody has said anything about", norm), True
    if _R37_EN_INTERVAL.search(norm) and not _C_MED_RE.search(re.sub(r"\b" + _R37_VACCINE + r"\b|\binjections?\b", " ", norm)):
        norm, hit = _R37_EN_INTERVAL.sub("at what interval", norm), True
    says = _R37_EN_SAYS.search(norm)
    # ... unless the advice names a condition ("my friend says this rash is eczema, is that right?" is a diagnosis)
    if says and _R37_EN_ADVICE.search(norm, says.end()) and \
            not re.search(r"\b" + _C_CONDITION + r"\b", norm[says.end():_R37_EN_ADVICE.search(norm, says.end()).start()]):
        norm, hit = norm[:says.end()] + _R37_EN_ADVICE.sub("what about that advice", norm[says.end():]), True
    # ... unless a second ask about taking or changing a medicine sits beside it ("and should I stop the new one?")
    if _R37_EN_DISPOSE.search(norm) and _R37_EN_DISPOSE_ASK.search(norm) and not _R37_EN_SECOND_ASK.search(
            _R37_EN_DISPOSE_ASK.sub(" ", norm)):
        norm, hit = _R37_EN_DISPOSE_ASK.sub("how do we dispose of", norm), True
        # round 50: holding old or unused ones ("he has three old puffers") asks for none
        norm = re.sub(r"\b(?:have|has|had|got)\b(?=[^.?!]{0,25}\b(?:old|unused|unwanted|out of date|expired)\b)", "keeps", norm)
    if _R37_EN_TEST_HOW.search(norm) and re.search(r"\b" + _R36_EN_TEST + r"\b", norm):
        norm, hit = _R37_EN_TEST_HOW.sub("what happens at the test", norm), True
    stock = _R37_EN_OUT_OF_STOCK.search(norm)
    if stock:  # "get hold of" a medicine is no "hold" of it
        norm, hit = re.sub(r"\bget hold of\b", "obtain", _R37_EN_OTHER_PLACE.sub("which other pharmacy has it", norm)), True
    if _R37_EN_TRAY.search(norm) or _R37_EN_OPENED.search(norm) or \
            _R37_EN_AIRPORT.search(norm) or _R37_EN_CONTRAST.search(norm):
        hit = True
    return re.sub(r" +", " ", _r36_strip_strength(norm)).strip() if hit else norm


_R37_EN_BIGGER_SUPPLY = re.compile(
    r"\b(?:write|prescribe|issue|give|do|sort|put)\b(?: (?:me|us|him|her|them|my [\w'-]+))?[^?.!]{0,40}?\b(?:bigger|larger|"
    r"extra|longer|bulk|bumper|double|two months'?|three months'?|six months'?) (?:supply|prescription|script|amount|quantity)\b|"
    r"\b(?:private|bigger|extra|larger) (?:script|prescription) for\b")
# a stated longer period (多开三个月的量); "一次能多开几个月吗" / "最多能开多久" ask the long-prescription rule, and
# "平时吃的降压药能不能多开两盒" the routine repeat (round 15): both answered
_R37_ZH_EXTRA_SUPPLY = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否|麻烦|请|帮忙)[^，。？?]{0,8}?(?:多开|多配|多给开|多拿|多领)"
                                  r"(?:[一二两三四五六七八九十半]|[0-9]+)(?:个月|个星期|星期|周|礼拜|天)")
_R37_ZH_RULE_ASK = re.compile(r"最多(?:能|可以)?开(?:多久|多长|几个月|多少)|长期处方|长处方|慢病|慢性病|听说现在可以")
_R37_ZH_DIRECT_PACK = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否)(?:在)?(?:线上|网上|网络上|网路上|手机上|app上)?(?:直接)?"
                                 r"(?:帮|给|替)(?:我|他|她|我们|我妈|我爸|老人)?(?:直接)?开(?:[一二两三四五六七八九十几]|[0-9]+)"
                                 r"(?:盒|瓶|支|板|包|个月)")
_R37_ZH_DOSE_VERB = re.compile(r"(?:一次|每次|一回|每回)(?:要|该|应该|可以)?(?:舌下)?(?:含|喷|嚼|吞|塞|滴|贴|吸)(?:服)?"
                               r"(?:几|多少)(?:粒|片|颗|丸|喷|下|滴|贴|口|吸)")
_R37_ZH_LUMP = re.compile(r"(?:摸到|摸着|长了|长出|起了|鼓起|冒出|发现)[^。？?]{0,12}?(?:疙瘩|肿块|硬块|包块|肿物|结节|小包|鼓包|包|肉粒|"
                          r"硬结|坨)[^。？?]{0,16}?(?:这|那|它)(?:个)?(?:会)?(?:是|系)(?:什么|啥|咩)(?:东西|来的)?(?:啊|呀|呢)?(?=\s*[?？]|\s*$)")
_R37_EN_LUMP = re.compile(r"\b(?:found|felt|noticed|got|have|has|there'?s) (?:a |an |this )?(?:[\w'-]+ ){0,2}?(?:lump|bump|swelling|"
                          r"growth|nodule)\b[^?]{0,60}?\bwhat (?:is it|is this|is that|could it be|might it be)\b")


# 7. A stop, skip or cut asked because the medicine is out of stock (药缺货了，能不能先停几天), and someone's guess of a
#    condition checked ("my mum thinks it's tonsillitis, is she right?", 我老婆说是骨折了，是不是啊?).
_R37_ZH_STOCK_CHANGE = re.compile(r"(?:缺货|断货|没货|买不到|配不到)[^。？?]{0,12}?(?:能不能|可不可以|可以|能|要不要|是不是)?(?:先|就|暂时)?"
                                  r"(?:停|不吃|少吃|减|隔天吃|换成|吃半片)")
_R37_EN_GUESS_CHECKED = re.compile(r"\b(?:thinks?|reckons?|says?|said|swears) (?:that )?(?:it'?s|it is|its|this is|that'?s|(?:she|he|"
                                   r"they|i|we)(?:'s| is| has| have|'ve)(?: got)?) (?:just )?(?:a |an )?(?:[\w'-]+ )?" + _C_CONDITION +
                                   r"\b[^?]{0,30}?\b(?:is (?:she|he|that|it|this) (?:right|true|correct)|are (?:they|we) right)\b")

_R37_ZH_GUESS_CHECKED = re.compile(r"(?:说|讲|话|觉得|认为|怀疑)[^。？?]{0,10}?(?:是|得了|有|患了)" + _ZH_C_CONDITION +
                                   r"(?:了)?[，, ]?(?:是不是|对不对|是真的吗|对吗|是吗)(?:真的|对的|啊|呀|哦|喔|嘛)?(?=\s*[?？]|\s*$)")


def _r37_classes(norm: str) -> str | None:
    """Round 37's requests (4.-7. above) that rounds 1-36 did not redirect."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R37_ZH_STOCK_CHANGE.search(norm):
            return "dose_change"
        if (_R37_ZH_EXTRA_SUPPLY.search(norm) and not _R37_ZH_RULE_ASK.search(norm)) or _R37_ZH_DIRECT_PACK.search(norm):
            return "prescription_request"
        if _R37_ZH_DOSE_VERB.search(norm):
            return "dose_request"
        if _R37_ZH_LUMP.search(norm) or _R37_ZH_GUESS_CHECKED.search(norm):
            return "diagnosis_request"
        return None
    if _R37_EN_BIGGER_SUPPLY.search(norm) and (_C_MED_RE.search(norm) or re.search(r"\b(?:script|prescription)\b", norm)):
        return "prescription_request"
    if _R37_EN_LUMP.search(norm) or _R37_EN_GUESS_CHECKED.search(norm):
        return "diagnosis_request"
    return None


def round37_reason(norm: str) -> str | None:
    """The reason of rounds 1-37 on scope_text() output: the round-37 classes added, and its look-alikes made neutral
    before a reason stands."""
    reason = round36_reason(norm) or _r37_classes(norm)
    if reason:
        calm = _r37_neutral(norm)
        if calm != norm:
            reason = round36_reason(calm) or _r37_classes(calm)
    return reason


# ------------------------------------------------------------------------------------------ round 38 (blind batch 38)
# Scope round 38 (helper SC38, after blind38's one run at 0762a9a; spent). Families, written from the shape:
# Answered (the look-alike ask made plain, every strength, puff size and daily frequency taken out, then read again):
# 1. A quoted word, code or fraction on a chart, letter, form or box asked about ("what's a 'MAR chart'?", "what does
#    'PRN' mean on the chart" after "100 micrograms a puff", "'review in 6/52', what does 6/52 mean?", "'FBC and U&Es' -
#    what are those?", 出院小结上'bid'是什么意思).
# 2. Leftovers and disposal ("what do I do with the leftovers when she finishes?", "the right way to get rid of old X
#    tablets ... left a whole box"), keeping a medicine at work ("keep X in the first aid box or does it have to be
#    locked away?") and posting it out ("does the hospital pharmacy post it out to ...?", 能寄到家里吗).
# 3. In Chinese, collecting for someone or where and when a repeat is collected (家里人能替他来拿吗，要带什么, 续领要找
#    医院还是诊所, 星期六医院药剂部可以领吗, 礼拜天药房能拿药吗).
# 4. A co-worker voice: 一起做豆腐的师兄, 一起上班的同事 ("一起" beside a medicine read as two medicines together).
# Redirected (classes added where rounds 1-37 had none):
# 5. The right amount asked for someone ("can you tell me the right amount for him?", "what's the correct dose to give
#    her?") and a change of strength asked ("should he be on the 2.5 now?", "should I be on a lower dose?").
# 6. A diagnosis read off numbers ("can you tell from my blood results if I've got X?"), an injury asked ("what's she
#    done to it?" after a knee that swells) and a named complaint asked "what is it when your fingers go white ...".
# 7. A medicine asked to be prescribed for a workplace's stock ("get a salbutamol inhaler prescribed to keep on site",
#    能开一支肾上腺素笔放在急救箱里吗, 可唔可以開支…放喺急救箱) and, in Chinese, another supply or the same medicine
#    for the writer (能不能再给他开一个月的, 可以再幫她開一個月嗎, 能不能给我也开一盒, 也幫我開一盒).
_R38_EN_AMOUNT = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:mg|mgs|mcg|micrograms?|milligrams?|g|grams?|ml|units?|iu)\b(?:\s?/\s?\d*\s?(?:ml|mg)\b)?"
    r"(?:,? (?:a|per|each) (?:puff|dose|spray|tablet|drop|capsule|sachet|injection)\b)?(?: (?:liquid|tablets?|capsules?|"
    r"caps|tabs|ones|patch(?:es)?)\b)?|"
    r"\b(?:\d+|one|two|three|four|five|six|eight) (?:tablets?|pills?|capsules?|puffs?|tabs) (?:a|per|each) day\b|"
    r"\b(?:once|twice|three times|four times|\d+ times) (?:a|per|each) (?:day|week|night)\b|\b(?:every|each) (?:day|night|"
    r"morning|evening)\b|\bdaily\b")
_R38_ZH_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:毫克|微克|克|毫升|mg|mcg|g|ml|单位)(?![a-z])|"
                            r"(?:每天|每日|一天|一日)(?:[一二两三四0-9]次)?(?=吃|服|用|食)")
_R38_QUOTED = r"['\"‘“`「『][^'\"’”`」』?？]{1,30}['\"’”`」』]"
_R38_EN_TERM_ASK = re.compile(
    r"\bwhat(?: is|'s| are) (?:a |an |the )?" + _R38_QUOTED + r"|"
    + _R38_QUOTED + r"(?P<mid>(?:[^?.!]|\.(?=\d)){0,60}?)\bwhat (?:are|is|do|does) (?:those|these|they|that|it)(?: (?:mean|stand for))?(?=\s*[?.!]|\s*$)|"
    r"\bwhat (?:does|do) (?:the )?(?:[\w'./&-]+ ){0,2}?[\w'./&-]*[\d/&.][\w'./&-]* (?:mean|stand for)\b")
_R38_ZH_TERM_ASK = re.compile(_R38_QUOTED + r"[^，。？?]{0,4}?(?:是|指|代表|表示)?(?:什么|啥|咩)(?:意思|东西)?")
_R38_EN_LEFTOVER = re.compile(
    r"\bwhat (?:do|should|can) (?:i|we|you) do with (?:the |his |her |their |my |any )?(?:leftovers?|left ?overs?|spares?|"
    r"unused ones|ones (?:left|that are left))\b|\b(?:right|best|safe|safest|proper|correct|easiest|usual) way to (?:get rid of|dispose of|throw "
    r"(?:away|out)|bin)\b|\bhow (?:do|should|can) (?:i|we) (?:get rid of|dispose of|throw (?:away|out))\b")
_R38_EN_WHOLE_PACK = re.compile(r"\b(?:a|the) whole (?:box|pack|packet|bottle|bag|strip|drawer)(?:ful)?\b")
_R38_EN_KEEP_AT = re.compile(
    r"\b(?:keep|store|leave|have)\b(?! (?:taking|using|on|giving|having|going))[^?.!]{0,40}?\b(?:in|at) (?:the |our |a |my )?(?:[\w'-]+ ){0,2}?(?:first aid (?:box|kit|"
    r"cupboard|room)|office|locker|staff ?room|medicine cabinet|cupboard|van|car|workshop|site)\b(?=[^?]{0,40}?"
    r"(?:locked (?:away|up)|lock(?:ed)? (?:cupboard|box)|locking (?:away|up)|\?))")
# the pharmacy posting a medicine already prescribed ("can you send the prescription to my pharmacy" is prescribing)
_R38_EN_POST = re.compile(r"\b(?:post|deliver|mail|courier)(?:s|ed|ing)? (?:it|them|the (?:tablets|medicines?|meds|inhaler))"
                          r"(?: out)? (?:to|out)\b|\bdeliver(?:y|ies)? (?:to|out to)\b")
_R38_ZH_COLLECT = re.compile(
    r"(?:家里人|家人|家属|亲戚|别人|朋友|同事|邻居|子女|儿子|女儿|老婆|老公|我)(?:能|可以|可不可以|能不能)?(?:替|帮|代)(?:他|她|我|老人)?"
    r"(?:来|去)?(?:拿|取|领)(?:药)?|要带什么|需要带什么|带什么证件|"
    r"续领[^，。？?]{0,6}?(?:找|去|在)(?:医院|诊所|药房|哪)|"
    r"(?:星期|礼拜|周)[一二三四五六日天末][^，。？?]{0,10}?(?:可以|能|有没有|可不可以)?(?:领|拿|取)(?:药)?(?:吗|么|不)|"
    r"(?:医院|诊所|药房|药剂部|药剂科|药局|卫生所)(?:可以|能|可不可以)(?:领|拿|取)(?:药)?(?:吗|么)")
_R38_ZH_POST = re.compile(r"(?:能|可以|可不可以|能不能)?(?:寄|邮寄|快递)(?:到|去|过来|回)(?:家|家里|[^，。？?]{0,6}?)(?:吗|么|不)")
_R38_ZH_COWORKER = re.compile(r"一起(?=(?:做|干|上班|工作|练|跑|打|学|开|卖|种|养|唱|跳|摆|看|搬|送|修|守|值|跟)[^，。？?]{0,8}?"
                              r"的(?:师兄|师姐|师弟|师妹|师傅|师父|同事|朋友|伙伴|姐妹|兄弟|阿姨|大哥|大姐|人|工友|队友|同学|老师|学员))")


# Reviewer look-alikes (R13-R30, spent), answered by the knowledge base:
# 8. A procedure's preparation or test drink measured ("how many litres of the bowel prep do I have to drink", "how
#    much glucose is in the drink for the tolerance test", "how long does the test take", 做肠镜喝的泻药要配多少升水),
#    a heart monitor's stickers (贴几片贴片…戴着的时候可以洗澡吗), eating after or before a procedure (醒了啥时候能给他
#    吃东西, 照大肠之前吃什么好), the pharmacist's emergency supply counted in days, and a phone prescribing service
#    named as a thing (在手机上找医生开药那个).
_R38_EN_PREP = r"(?:bowel prep(?:aration)?|prep drink|(?:glucose |sugar |oral glucose )?tolerance test|sugar drink(?: test)?|glucose drink|test drink|contrast drink|picolax|moviprep|klean-?prep)"
_R38_EN_PREP_AMOUNT = re.compile(r"\bhow (?:much|many|long)\b(?=[^?.!]{0,60}?\b" + _R38_EN_PREP + r"\b)|"
                                 r"(?<=\b" + "test" + r"\b)[^?.!]{0,40}?\bhow (?:much|many) (?:grams|g|ml|litres|liters)\b|"
                                 r"\bhow long (?:does|will) (?:the|it|that) (?:test |appointment )?take\b|\bhow much of the (?:morning|day|afternoon)\b")
_R38_ZH_PREP = re.compile(r"(?<=肠镜|胃镜|清肠|泻药)[^。？?]{0,10}?(?:喝|配着喝|配)(?:多少|好多|几)(?:升|杯|瓶|毫升)(?:的)?水|"
                          r"(?:贴|粘)(?:几|多少)(?:片|个|块)(?:贴片|电极|贴纸)")
_R38_ZH_FOOD_AFTER = re.compile(r"(?:啥时候|什么时候|多久|几时|几点)(?:才)?(?:能|可以)(?:给他|给她|让他|让她|给我)?(?:吃|食)(?:东西|饭|点东西|嘢)|"
                                r"(?:吃|食)(?:什么|啥|咩)好[^。]{0,4}?(?:可不可以|能不能|可以)(?:吃|食)(?:生果|水果|青菜|菜|饭|东西|肉)")
_R38_ZH_PHONE_SERVICE = re.compile(r"(?:手机上|网上|线上|app上|网络上)(?:找医生)?开药(?:的)?(?:那个|这个|服务|平台)")
_R38_EN_EMERGENCY_DAYS = re.compile(r"\bhow many days(?:'? worth)? of (?:tablets|pills|medicines?|meds|my (?:tablets|medicines?|meds)) can (?:the |a )?"
                                    r"(?:pharmacist|pharmacy|chemist) (?:give|let)\b(?=[^?]{0,60}?\bemergenc)")


def _r38_neutral(norm: str) -> str:
    """The message with the round-38 look-alikes (1.-4. above) made neutral, or unchanged."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        hit = False
        if _R38_ZH_COWORKER.search(norm):
            norm = _R38_ZH_COWORKER.sub("", norm)
        for pattern, replacement in ((_R38_ZH_TERM_ASK, "这个词的意思"), (_R38_ZH_COLLECT, "取药手续"),
                                     (_R38_ZH_POST, "药房寄送服务"), (_R38_ZH_PREP, "准备要求"),
                                     (_R38_ZH_PHONE_SERVICE, "线上问诊")):
            if pattern.search(norm):
                norm, hit = pattern.sub(replacement, norm), True
        # eating, not a medicine (no medicine named)
        if _R38_ZH_FOOD_AFTER.search(norm) and not re.search(r"药", norm):
            norm, hit = _R38_ZH_FOOD_AFTER.sub("饮食安排", norm), True
        return _R38_ZH_AMOUNT.sub("", _r36_strip_strength(norm)) if hit else norm
    hit = False
    # the words between a quoted term and "what is that?" are kept (they may ask something else)
    term = (lambda m: "'this word'" + m.group("mid") + " what does this word mean" if m.group("mid") is not None
            else " what does this word mean")
    for pattern, replacement in ((_R38_EN_TERM_ASK, term), (_R36_EN_ABBR_ASK, "what does this word mean"),
                                 (_R36_EN_ABBR_BACK, "what does this word mean"), (_R38_EN_LEFTOVER, "how do we dispose of"),
                                 (_R38_EN_KEEP_AT, "store it at work"), (_R38_EN_POST, "delivery to"),
                                 (_R38_EN_EMERGENCY_DAYS, "what are the emergency supply rules")):
        if pattern.search(norm):
            norm, hit = pattern.sub(replacement, norm), True
    # a procedure's preparation (no medicine named beside it)
    if re.search(r"\b" + _R38_EN_PREP + r"\b|\btest\b", norm) and _R38_EN_PREP_AMOUNT.search(norm) and \
            not _C_MED_RE.search(norm) and not _NEVER_VETO_CHILD_EN.search(norm):
        norm, hit = _R38_EN_PREP_AMOUNT.sub("what about", norm), True
    if not hit:
        return norm
    norm = _R38_EN_WHOLE_PACK.sub("a box", _R38_EN_AMOUNT.sub(" ", _r36_strip_strength(norm)))
    return re.sub(r" +", " ", norm).strip()


_R38_WHOM = r"(?:him|her|them|me|us|my [\w'-]+|his [\w'-]+|her [\w'-]+|a (?:child|baby|toddler|kid|\d+[- ]year[- ]old)|the (?:baby|child|kids?))"
_R38_EN_RIGHT_AMOUNT = re.compile(
    r"\b(?:tell|give|let) (?:me|us) (?:know )?(?:what )?(?:the |what the )?(?:right|rite|correct|proper|usual|normal|safe) (?:amount|dose|"
    r"dosage|quantity)\b|"
    r"\b(?:the )?(?:right|rite|correct|proper|safe) (?:amount|dose|dosage|quantity) (?:(?:of [\w'-]+ )?(?:for|to give|to take)) "
    + _R38_WHOM + r"\b")
_R38_EN_NOT_MED_AMOUNT = re.compile(r"\b(?:water|fluids?|drink|food|fibre|fiber|exercise|sleep|salt|sugar|protein|calories|"
                                    r"alcohol|coffee|caffeine|sun|screen time|milk|feeds?)\b")
_R38_EN_BE_ON = re.compile(
    r"\bshould (?:i|he|she|they|we|you|my [\w'-]+) (?:now )?(?:be|go|come|move|drop|step) (?:on|onto|down to|up to|to) "
    r"(?:the |a |an )?(?:\d+(?:\.\d+)?(?:\s?(?:mg|mcg|micrograms?|ml|units?))?(?: (?:one|dose|tablets?))?|(?:lower|higher|smaller|"
    r"bigger|reduced|increased|half|stronger|weaker) (?:dose|strength|one|tablets?))(?=\s|[?.!,]|$)")
_R38_EN_READ_OFF = re.compile(
    r"\b(?:tell|say|know|see|work out|judge)\b (?:from|by|with|looking at) (?:my|his|her|their|the|these|those|our) (?:[\w'-]+ ){0,2}?"
    r"(?:results?|numbers|readings?|levels?|bloods|blood tests?|scan|x-?ray|report|figures)\b[^?]{0,40}?\b(?:if|whether) "
    r"(?:i|he|she|they|we|you|my [\w'-]+)(?:'ve| have| has|'s| is| am| are)?(?: got)? ")
_R38_BODY = (r"(?:knees?|ankles?|wrists?|shoulders?|elbows?|backs?|necks?|hips?|fingers?|toes?|thumbs?|hands?|feet|foot|"
             r"legs?|arms?|hamstrings?|calf|calves|heels?|joints?|ribs?|skin|eyes?|ears?|lips?|nails?|tongue|chest|"
             r"stomach|tummy|belly|head|face|scalp|groin|muscles?|tendons?|ligaments?)")
_R38_EN_DONE_TO = re.compile(r"\bwhat (?:has|have|'s|is|did) (?:she|he|i|they|we|you|my [\w'-]+) (?:gone and )?(?:done|do) to "
                             r"(?:it|them|(?:her|his|my|their|your) (?:[\w'-]+ )?" + _R38_BODY + r"|(?:her|him|my|them)sel(?:f|ves))\b")
_R38_EN_WHAT_IS_WHEN = re.compile(r"\bwhat(?: is|'s) it (?:called )?when (?:your|my|his|her|their|the|a|someone'?s) (?:[\w'-]+ )?"
                                  + _R38_BODY + r" (?:go|goes|turn|turns|get|gets|feel|feels|keep|keeps|become|becomes|swell|"
                                  r"swells|lock|locks|hurt|hurts|ache|aches|tingle|tingles|click|clicks)\b")
_R38_EN_STOCK_RX = re.compile(
    r"\b(?:get|have) (?:a |an |some )?(?P<item>(?:[\w'-]+ ){0,2}?[\w'-]+) prescribed\b[^?.!]{0,30}?\b(?:to keep|to have|for "
    r"(?:the|our|a)|on site|at work|in the (?:office|van|first aid))\b")
_R38_ZH_KIN = r"(?:妈妈|阿妈|妈|爸爸|阿爸|爸|老公|老婆|奶奶|爷爷|外婆|外公|婆婆|阿嬷|阿公|孩子|儿子|女儿|老人|家人|太太|先生)"
_R38_ZH_AGAIN_RX = re.compile(
    r"(?:能|可以|可不可以|能不能|可否|能否|麻烦)[^，。？?]{0,3}?(?:再|也)?(?:给|帮|替|同)(?:我|他|她|我们|你)" + _R38_ZH_KIN +
    r"?(?:也|再)?开多?(?:[一两二三四五六七八九十几]|[0-9]+)(?:个月|个星期|星期|周|盒|瓶|支|板|包)(?!的?(?:病假|假|证明|检查|化验|单|号))")
_R38_ZH_AGAIN_ONLY = re.compile(r"(?:再|也)(?:给|帮|替|同)(?:我|他|她|我们|你)|(?:给|帮|替|同)(?:我|他|她|我们|你)" + _R38_ZH_KIN +
                                r"?(?:也|再)|开多(?:[一两二三四五六七八九十几]|[0-9]+)")
_R38_ZH_STOCK_RX = re.compile(r"开(?:[一两几]|[0-9]+)?(?:支|盒|瓶|些|点|个|板)[^，。？?]{0,12}?(?:放|备|留|存)(?:在|到|进)?"
                              r"[^，。？?]{0,10}?(?:急救箱|药箱|急救包|办公室|店里|单位|公司|工地|车上)")


def _r38_classes(norm: str) -> str | None:
    """Round 38's requests (5.-7. above) that rounds 1-37 did not redirect."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if (_R38_ZH_AGAIN_RX.search(norm) and _R38_ZH_AGAIN_ONLY.search(norm)) or (_R38_ZH_STOCK_RX.search(norm) and (
            re.search(_R4_ZH_MED, norm) or re.search(r"笔|喷雾|吸入器|针", norm))):
            return "prescription_request"
        return None
    if _R38_EN_RIGHT_AMOUNT.search(norm) and not _R38_EN_NOT_MED_AMOUNT.search(norm) and \
            (_C_MED_RE.search(norm) or re.search(r"\b(?:label|tablets?|pills?|medicines?|meds|liquid|syrup|inhaler|dose)\b", norm)):
        return "dose_request"
    if _R38_EN_BE_ON.search(norm) and (_C_MED_RE.search(norm) or re.search(r"\d\s?(?:mg|mcg|micrograms?)\b", norm)):
        return "dose_change"
    if _R38_EN_READ_OFF.search(norm) or _R38_EN_DONE_TO.search(norm) and re.search(r"\b" + _R38_BODY + r"\b", norm) or \
            _R38_EN_WHAT_IS_WHEN.search(norm):
        return "diagnosis_request"
    stock = _R38_EN_STOCK_RX.search(norm)
    if stock and (_C_MED_RE.search(stock.group("item")) or re.search(r"\b(?:inhaler|pen|epipen|auto-?injector)\b", stock.group("item"))):
        return "prescription_request"
    return None


# a count taken or too much (see _NEVER_VETO_OVERDOSE_*): the practical ask beside it does not make the message plain
_R38_TAKEN_COUNT = re.compile(r"\b(?:took|taken|swallowed|has had|had) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                              r"a dozen|all|loads|lots|several|a handful)\b|(?:吃了|服了|吞了|喝了|食了)(?:[0-9]+|[两二三四五六七八九十几整半])")


def round38_reason(norm: str) -> str | None:
    """The reason of rounds 1-38 on scope_text() output: the round-38 classes added, and its look-alikes made neutral
    before a reason stands."""
    reason = round37_reason(norm) or _r38_classes(norm)
    # a whole box left over and got rid of is no box swallowed
    guard = _R38_EN_WHOLE_PACK.sub("a box", norm) if _R38_EN_LEFTOVER.search(norm) or _R37_EN_DISPOSE.search(norm) else norm
    if reason and not (_R38_TAKEN_COUNT.search(guard) or _NEVER_VETO_OVERDOSE_EN.search(guard) or
                       _NEVER_VETO_OVERDOSE_ZH.search(guard)):
        calm = _r38_neutral(norm)
        if calm != norm:
            reason = round37_reason(calm) or _r38_classes(calm)
    return reason


# ---------------------------------------------------------------------------------------------- round 40
# Basic ask shapes that blind39's writer used and rounds 1-38 missed, each as a family (EN, ZH Simplified and
# Traditional by folding, Cantonese by the mapping in scope_text):
# 1. A Chinese dose ask whose own sentence is plain (按体重吃多少合适, 一天最多能吃多少, 一次吃多少, 一次吃两个20毫克会
#    不会太多, 每次放多少才安全, 这个量该怎么定) was dropped because a practical word stood in ANOTHER sentence: a
#    pharmacy worker's voice (我在药房柜台, 在中药房抓药) or the regimen told as context (早上空腹). The practical veto
#    now reads the asking sentence only.
# 2. Taking a medicine at another time of day ("can the X be taken at a different time of day", "could he take it
#    after lunch instead", "can I move both doses to 6pm and 2am", 换个时间吃): a change of medication. Moving an
#    appointment, a collection or a test is not.
# 3. Asking the service's own prescriber for a medicine ("could one of your doctors write a prescription for X",
#    "can the hospital write her a new one" when a medicine ran out or expired), whatever the collecting words beside
#    it; and a course or supply of a medicine to keep "just in case".
# 4. A diagnosis offered as two guesses ("are they myoclonic seizures or is he just clumsy", "was that a stroke or
#    part of the seizure") and the euphemism for cancer (是不是不好的东西, 係咪唔好嘅嘢).
_R40_ZH_SENTENCE = re.compile(r"[^。！？!?；;,，\n]+[。！？!?；;,，\n]?")
_R40_ZH_DOSE_EXTRA = re.compile(
    r"(?:吃|服|用|喂|给|喝|打|放|煎|涂)[^，。？?]{0,3}多少(?:才|比较|最)?(?:合适|安全|对|好|为宜|够)|"
    r"(?:按|根据|照)[^，。？?]{0,6}体重[^。？?]{0,20}?(?:多少|几|剂量|用量|量)|"
    r"(?:一天|每天|一日|24小时)(?:最多|最多能|最多可以)[^，。？?]{0,3}(?:吃|服|用|喂|给|喝)(?:多少|几)|"
    r"(?:一次|每次|一回)(?:能|可以|要|该|应该)?(?:吃|服|用|喂|给|喝)(?:多少|几)|"
    r"(?:吃|服|用|喂|给)(?:两|三|四|[2-9])(?:个|片|粒|颗|包)[^，。？?]{0,8}(?:会不会太多|太多|过量|超量|多不多)|"
    r"(?:这个|那个|药的|用药的?)?量(?:到底|究竟)?(?:该|应该|要)?怎么(?:定|算|掌握|把握)")
# what the amount is of, when it is no medicine (多少水, 多少饭, 多少天, 多少盒: drink, food, a count of days or packs)
_R40_ZH_NOT_MED = re.compile(r"(?:的)?(?:升|杯|碗|瓶|毫升|ml|口|斤)?(?:的)?(?:水(?!剂)|饭|奶(?!粉药)|东西|酒|咖啡|茶|汤|水果|零食|菜|肉|蛋|糖(?!浆)|盐|钱|天|小时|分钟|盒|瓶(?!盖))")
_R40_ZH_ASKING = re.compile(_ZH_ASK.pattern + r"|安全|怎么定|怎么算|多少")


# 不是问吃多少 (what is NOT asked); 一盒有几片 (what a pack holds)
_R40_ZH_NOT_ASKED = re.compile(r"不是(?:想)?(?:问|说)|不(?:想)?问|不用管|不管|"
                               r"(?:盒|瓶|板|包|袋|排|支|罐)(?:里|里面|入面)?(?:有|装|共|一共|总共)?(?:多少|几)")


def _r40_zh_dose(norm: str) -> bool:
    """A Chinese dose ask in a sentence that has no practical word of its own, a medicine named in the message."""
    if not (re.search(_ZH_MED, norm) or re.search(r"方子|中药|药材|煎", norm)):
        return False
    for sentence in _R40_ZH_SENTENCE.findall(norm):
        if _ZH_PRACTICAL.search(sentence) or not _R40_ZH_ASKING.search(sentence) or _R40_ZH_NOT_ASKED.search(sentence):
            continue
        hit = _R40_ZH_DOSE_EXTRA.search(sentence) or _ZH_DOSE.search(sentence)
        if hit and not _R40_ZH_NOT_MED.match(sentence, hit.end()) and not _R40_ZH_NOT_MED.search(hit.group(0)[-3:]):
            return True
    return False


_R40_EN_TIME_OF_DAY = (r"(?:(?:the )?(?:morning|evening|night|afternoon|daytime|night ?time|lunch ?time|lunch|tea ?time|bed ?time)s?|"
                       r"noon|midday|midnight|breakfast|dinner|supper|\d{1,2}(?:[:.]\d\d)? ?(?:am|pm)|when [\w' ]{2,30})")
_R40_EN_OTHER_TIME = re.compile(
    r"\b(?:take|taken|taking|give|given|giving|have|having|use|used|do|done)\b(?: (?:it|them|both|these|those|the \w+|my \w+|his \w+|"
    r"her \w+|their \w+|the (?:morning|evening|night) (?:one|dose)))?[^.?!]{0,25}? (?:at|to|for|on) (?:a |another )?(?:different|other|"
    r"another|later|earlier|new) (?:time|hour)s?\b|"
    r"\b(?:take|taken|taking|give|given|giving|have|having)\b[^.?!]{0,40}? (?:at|in|after|before|with) " + _R40_EN_TIME_OF_DAY +
    r",?(?: say [\w ]{2,20},?)? (?:instead|rather than)\b|"
    r"\b(?:move|moving|shift|shifting|switch|switching|change|changing|swap|swapping|push|pushing|bring|bringing)\b (?:it|them|both|"
    r"both (?:of them|doses)|all|the \w+|my \w+|his \w+|her \w+|their \w+)(?: (?:doses?|tablets?|pills?|ones?))?(?: (?:back|forward|over))? "
    r"(?:to|till|until|into) " + _R40_EN_TIME_OF_DAY + r"(?=[\s,.?!]|$)")
_R40_EN_NOT_A_DOSE_TIME = re.compile(r"\b(?:appointments?|bookings?|collect\w*|pick(?:ing)? up|deliver\w*|visit\w*|slots?|clinics?|"
                                     r"scans?|tests?|bloods|calls?|phone|shifts? (?:pattern|rota)|meeting|class|lessons?|"
                                     r"session|flight|train|journey)\b")
_R40_EN_YOUR_PRESCRIBER = (r"(?:your|the|a|one of (?:your|the)|any of (?:your|the)|someone at the|somebody at the)\s(?:[\w'-]+ ){0,2}?"
                           r"(?:doctors?|gps?|consultants?|hospital|clinic|surgery|team|nurses?|nurse prescribers?|prescribers?|"
                           r"pharmacists?|registrars?|specialists?|practice)")
_R40_EN_WRITE_RX = re.compile(
    r"\b(?:can|could|would|will|might)\b[^.?!]{0,20}?\b" + _R40_EN_YOUR_PRESCRIBER + r"\b[^.?!]{0,20}?\b(?:write|issue|prescribe|"
    r"send|give|do|sort)\b(?: (?:out|up))? (?:(?:me|him|her|them|us|my [\w'-]+) )?(?:out |up )?(?:a |an |another )?(?:new |fresh |"
    r"replacement |emergency |further )?(?P<what>prescription|script|rx|one)\b")
# "can the GP do a new one or is it the hospital": which service issues it, a practical question
_R40_EN_WHICH_SERVICE = re.compile(r"[^.?!]{0,20}? or (?:is it|do (?:i|we) (?:go to|ask|need)|does it|should (?:i|we) (?:go to|ask)|"
                                   r"(?:would |will )?(?:it )?(?:have to|need to) (?:be|go))\b")
_R40_EN_NOT_RX_ONE = re.compile(r"\b(?:notes?|letters?|certificates?|forms?|referrals?|appointments?|cards?|passes?|reports?|"
                                r"copy|copies|plans?|leaflets?)\b")
_R40_EN_KEEP_SUPPLY = re.compile(
    r"\b(?:get|have|buy|be given|be prescribed)\b (?:a (?:course|supply|stock|pack|packet|box|strip)|some|a few|spare|extra) "
    r"(?:of )?(?:the |some )?(?P<item>(?:[\w'-]+ ){0,3}?[\w'-]+)\b[^.?!]{0,60}?\b(?:to keep|to have|(?:just )?in case|for "
    r"emergencies)\b")
_R40_EN_KEEP_CLASS = re.compile(r"\b(?:antibiotics?|antivirals?|steroids?|rescue|" + _MED_STEMS + r")\b")
_R40_EN_TWO_GUESSES = re.compile(
    r"\b(?:is|are|was|were) (?:it|this|that|they|these|those|he|she|his [\w'-]+|her [\w'-]+|my [\w'-]+)(?: (?:just|really|"
    r"actually|definitely|a|an|some|having|getting))* (?:[\w'-]+ ){0,2}?(?:" + _C_CONDITION + r"|fits?|jerks?|absences?|"
    r"(?:panic |anxiety )?attacks?|turns?|episodes?)\b(?! (?:clinic|ward|nurse|team|service|unit|department|leaflet|appointment|"
    r"test|scan|specialist|doctor|charity|group|centre|center|line|helpline|support|pathway|meds?|medicines?|tablets?))"
    r"[^.?!]{0,12}? or (?:is (?:he|she|it|that|this) |was (?:it|that|he|she) |are (?:they|these) |were (?:they|those) )?"
    r"(?:just|part of|something|normal|a |an |the |his |her |their |only|simply|clumsy|tired|nothing)")
# asking the service's prescriber for a medicine (请你们医生开点药膏, 叫你哋醫生開啲藥): a clause of its own, with no
# practical word in it (怎么请医生开续方 asks how to order a repeat)
_R40_ZH_ASK_PRESCRIBER = re.compile(
    r"(?:请|让|叫|找|麻烦|求)(?:你们|你们的|你哋|你哋的|你地|医院|医院的|贵院|诊所|诊所的|那边的?)?(?:医生|大夫|医师|药剂师|药师)(?:帮忙|帮|给|替|同)?"
    r"(?:我|他|她|我们|他们|[^，。？?]{0,4})?开(?!的|过|了)(?:点|些|一些|个|一个|一支|一盒|一瓶|两盒|几盒|一张)?(?P<what>[^，。？?]{0,8})")
_R40_ZH_BAD_THING = re.compile(
    r"(?:是不是|会不会是|会不会|是否|算不算|怕是|是)(?:长了?|生了?|有)?(?:个|些|什么)?(?:不好的|不好|坏的|恶性的?|不干净的)"
    r"(?:东西|嘢|肿瘤|瘤|肉|病|那种)")
_R40_ZH_OTHER_TIME = re.compile(
    r"(?:换|改|挪|调|移)(?:个|一个|一下)?(?:时间|时候|钟点)(?:吃|服|用|打|喷|给)(?!饭|东西|早餐|早饭|午饭|晚饭|宵夜)|"
    r"(?:改|挪|调|移|换)(?:到|成|在)(?:早上|早晨|中午|晏昼|下午|晚上|夜里|夜晚|睡前|半夜|饭后|饭前|[0-9一二三四五六七八九十]+点)(?:再)?(?:吃|服|用|打|喷|给)(?!饭|东西|早餐|早饭|午饭|晚饭|宵夜)")


# blind40's families (same layer):
# 6. The service asked to prescribe online or put a prescription through (医生能在网上直接开吗, 醫生可唔可以網上直接開,
#    醫生可以線上直接開藥嗎; "can you put a prescription through so he can collect it"): a prescription request, though
#    网上/线上 and "collect" are practical words elsewhere. How to apply for a repeat online stays practical.
_R40_ZH_ONLINE_RX = re.compile(
    r"(?:医生|大夫|医师|你们|你哋|医院)[^，。？?]{0,6}?(?:网上|线上|网络上|网路上|手机上|电话上?|视频|远程|app上)[^，。？?]{0,4}?"
    r"开(?!的|了|过|门|会|车|始|心|放|通|户|号|单|证明|假)")
# how, or the online service itself asked about (互联网医院线上问诊开药, 平台, 小程序): practical
_R40_ZH_HOW = re.compile(r"怎么|怎样|如何|点样|流程|手续|步骤|在哪|哪里|问诊|看诊|挂号|复诊|互联网医院|平台|小程序|公众号|app")
_R40_EN_PUT_THROUGH = re.compile(
    r"\b(?:can|could|would|will)\b (?:you|your [\w'-]+|one of your [\w'-]+|the (?:doctor|gp|hospital|team|clinic|surgery|pharmacist))"
    r"(?: please| just)? (?:put|send|push|get|do) (?:a |an |another |the |my |his |her )?(?:new |urgent |emergency )?"
    r"(?:prescription|script|rx)\b(?: (?:for|of) [^.?!]{1,40}?)? (?:through|in|over|across|off)\b")
# 7. A count taken now to bring a reading down ("can he take two today to bring it down?"): a dose change.
_R40_EN_TAKE_COUNT_NOW = re.compile(
    r"\b(?:can|could|should|may|is it ok (?:for|if)) (?:i|he|she|they|we|you|my [\w'-]+|him|her)(?: to)? (?:take|have|use|be given) "
    r"(?:two|three|four|2|3|4|double|an extra|another|one more|a second|extra)(?: (?:tablets?|pills?|doses?|of them|puffs?))? "
    r"(?:today|now|tonight|this (?:morning|evening|afternoon|time)|at once|together|to (?:bring|get|lower|drop|push|help))\b")
# 8. A diagnosis asked as someone's guess checked ("a friend says my rash is ringworm. is it?"), a cause named ("is it
#    his sugar damaging the nerves?"), the name of the problem asked, "tell me from this if I have X", and which kind
#    of germ (係細菌定病毒, 是细菌还是病毒).
# everyday condition names the lists above lack
_R40_EN_MORE_CONDITIONS = (r"(?:ringworm|carpal tunnel(?: syndrome)?|neuropathy|sciatica|tennis elbow|golfer'?s elbow|athlete'?s foot|"
                           r"impetigo|cellulitis|pink eye|piles|ha?emorrhoids|bunions?|plantar fasciitis|frozen shoulder|rsi|"
                           r"restless legs|hay ?fever|croup|glue ear|hand,? foot and mouth|slapped cheek|scarlet fever|warts?|"
                           r"verrucas?|cold sores?|sunstroke|heatstroke|heat stroke|a trapped nerve|trapped nerve|whiplash|"
                           r"shin splints|a slipped disc|slipped disc|a hernia|a cold|the flu|a chest infection|nits|threadworms?)")
_R40_EN_GUESS_CHECKED = re.compile(
    r"\b(?:says?|said|thinks?|reckons?|told (?:me|us)|swears?) (?:that )?(?:it(?:'s| is)|(?:my|his|her|our|their|the) (?:[\w'-]+ ){0,2}?[\w'-]+ "
    r"(?:is|are)|(?:i|he|she|they|we)(?:'ve| have| has|'s)(?: got)?|(?:i|he|she|they|we) (?:am|is|are)) (?:a |an |just )?"
    r"(?:[\w'-]+ ){0,2}?(?:" + _C_CONDITION + r"|" + _R40_EN_MORE_CONDITIONS + r")\b[^?]{0,60}?(?:\bis (?:it|that|he|she) (?:right|true|correct)?\s*\?|\bis it\?|"
    r"\bare they right\b|\bcould (?:it|he|she|they) be right\b|\bis (?:he|she|that) right\b|\bdo you agree\b|\bis that so\b)")
_R40_EN_CAUSE_NAMED = re.compile(
    r"\b(?:is|could|might|would) (?:it|this|that)(?: be)? (?:his|her|my|their|the|your|our) (?:[\w'-]+ ){0,1}?(?:sugar|diabetes|blood "
    r"pressure|thyroid|heart|kidneys?|liver|cholesterol|arthritis|nerves?|age|weight|meds|medicines?|tablets?|pills?)\b"
    r"(?:[\w' ]{0,10}?) (?:damaging|causing|doing|affecting|making|giving|behind|that(?:'s| is) (?:causing|doing))\b")
_R40_EN_NAME_OF_PROBLEM = re.compile(
    r"\bwhat(?:'s| is| are) (?:the )?(?:medical )?names? (?:of|for) (?:the |this |that |his |her |my |their |these |those )?"
    r"(?:problem|condition|illness|disease|thing he has|thing she has|symptoms?)\b(?![^.?!]{0,30}\b(?:letter|leaflet|form|report|"
    r"written|label|notes?)\b)")
_R40_EN_TELL_IF = re.compile(
    r"\b(?:tell|say|let (?:me|us) know)\b(?: (?:me|us))?(?: from (?:this|these|that|what|the (?:symptoms|description|photo|picture)))? "
    r"(?:if|whether) (?:i|he|she|they|we|my [\w'-]+|his [\w'-]+|her [\w'-]+)(?: (?:have|has|got|'ve got|'s got|might have|could "
    r"have)) (?!(?:an? |the |my |his |her )?(?:appointments?|bookings?|referrals?|letters?|prescriptions?|results?|beds?|slots?|"
    r"places?|time|enough|to\b|space|room|cover|insurance))")
_R40_EN_SYMPTOM_BESIDE = re.compile(r"\b" + _SYMPTOM + r"\b|:")
_R40_ZH_WHICH_GERM = re.compile(r"(?:是|系)?(?:细菌|病毒|真菌|霉菌)(?:感染|性)?(?:的)?(?:还是|定|或者|抑或|或是)(?:是|系)?(?:细菌|病毒|真菌|霉菌)")


def _r40_sentence_of(norm: str, match: re.Match) -> str:
    """The sentence of `norm` that holds `match`."""
    start = max(norm.rfind(mark, 0, match.start()) for mark in ".?!;\n") + 1
    ends = [i for i in (norm.find(mark, match.end()) for mark in ".?!;\n") if i >= 0]
    return norm[start:min(ends) if ends else len(norm)]


def _r40_zh_clause_of(norm: str, match: re.Match) -> str:
    """The sentence of a Chinese `norm` that holds `match` (ended by 。？！; or a newline)."""
    start = max(norm.rfind(mark, 0, match.start()) for mark in "。？！?!;；\n") + 1
    ends = [i for i in (norm.find(mark, match.end()) for mark in "。？！?!;；\n") if i >= 0]
    return norm[start:min(ends) if ends else len(norm)]


def _r40_classes(norm: str) -> str | None:
    """Round 40's requests (1.-4. above) that rounds 1-38 did not redirect."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _r40_zh_dose(norm):
            return "dose_request"
        for clause in _R40_ZH_SENTENCE.findall(norm):
            rx = _R40_ZH_ASK_PRESCRIBER.search(clause)
            if rx and not _ZH_PRACTICAL.search(clause) and _R40_ZH_ASKING.search(clause) and \
                    re.search(r"药|膏|处方|针|" + _R4_ZH_MED, rx.group("what")) and \
                    not re.search(r"证明|假条|单|诊断书|发票|收据|转诊|介绍信|续方", rx.group("what")):
                return "prescription_request"
        online = _R40_ZH_ONLINE_RX.search(norm)
        if online and not _R40_ZH_HOW.search(_r40_zh_clause_of(norm, online)) and (
                _R40_ZH_ASKING.search(norm[online.start():]) or re.search(r"可不可以|能不能|能否|可否", norm[:online.end()])):
            return "prescription_request"
        if _R40_ZH_WHICH_GERM.search(norm):
            return "diagnosis_request"
        if _R40_ZH_OTHER_TIME.search(norm) and (re.search(_R4_ZH_MED, norm) or re.search(r"药", norm) or
                                                not re.search(r"饭|餐|饮食|零食|点心", norm)):
            return "dose_change"
        if _R40_ZH_BAD_THING.search(norm) and not re.search(_ZH_MED, _R40_ZH_BAD_THING.search(norm).group(0)):
            return "diagnosis_request"
        return None
    time = _R40_EN_OTHER_TIME.search(norm)
    if time and not _R40_EN_NOT_A_DOSE_TIME.search(_r40_sentence_of(norm, time)) and (
            _C_MED_RE.search(norm) or re.search(r"\b(?:doses?|tablets?|pills?|meds|medicines?)\b", norm)):
        return "dose_change"
    rx = _R40_EN_WRITE_RX.search(norm)
    if rx and not _R40_EN_WHICH_SERVICE.match(norm, rx.end()) and (
            rx.group("what") != "one" or (_C_MED_RE.search(norm) and not _R40_EN_NOT_RX_ONE.search(norm))):
        return "prescription_request"
    put = _R40_EN_PUT_THROUGH.search(norm)
    if put and not re.search(r"\bhow\b", _r40_sentence_of(norm, put)):
        return "prescription_request"
    if _R40_EN_TAKE_COUNT_NOW.search(norm) and (_C_MED_RE.search(norm) or _NUMERIC_UNIT_RE.search(norm)):
        return "dose_change"
    if _R40_EN_GUESS_CHECKED.search(norm) or _R40_EN_CAUSE_NAMED.search(norm) and _R40_EN_SYMPTOM_BESIDE.search(norm):
        return "diagnosis_request"
    if (_R40_EN_NAME_OF_PROBLEM.search(norm) or _R40_EN_TELL_IF.search(norm)) and _R40_EN_SYMPTOM_BESIDE.search(norm):
        return "diagnosis_request"
    keep = _R40_EN_KEEP_SUPPLY.search(norm)
    if keep and _R40_EN_KEEP_CLASS.search(keep.group("item")) or keep and re.search(r"\bcourse\b", keep.group(0)) and \
            _C_MED_RE.search(keep.group("item")):
        return "prescription_request"
    if _R40_EN_TWO_GUESSES.search(norm):
        return "diagnosis_request"
    return None


# 5. Look-alike: the pack or tablet looks different after a change of maker or brand, and the ask is how to check it
#    is the same medicine (换了厂家，颜色不一样，怎么跟药房核对是不是同一种; "new brand, how do I check it's the same
#    tablets"). Nothing is changed by the asker: the change and the "is it the same" are made neutral.
_R40_ZH_NEW_MAKER = re.compile(r"(?:换了?|改了?|变了?)(?:个|一个|新的?|了)?(?:厂家|厂牌|牌子|品牌|生产厂家?|药厂|厂商|包装|供货商|颜色)")
_R40_ZH_SAME_ASK = re.compile(r"(?:是不是|是否|是咪|是)同一(?:种|只|款|个|样|家)(?:药)?")
_R40_EN_NEW_MAKER = re.compile(r"\b(?:(?:a |the )?(?:different|new|another) (?:brand|maker|manufacturer|make|supplier|colou?r|shape|"
                               r"packaging|box|pack)|(?:brand|maker|manufacturer|supplier|packaging) (?:has )?changed)\b")
_R40_EN_SAME_ASK = re.compile(r"\b(?:(?:it|they|this|these)(?:'s| is| are) (?:still )?the same (?:medicine|tablets?|pills?|drug|thing|"
                              r"one|stuff)|the same (?:medicine|tablets?|pills?|drug|thing|one|stuff))\b")


# 9. Look-alike: a test done together with the medicine's check (和这个药一起查的肝功能): tested together, not two
#    medicines taken together.
_R40_ZH_TESTED_TOGETHER = re.compile(r"一起(?=(?:查|检查|验|化验|抽血|抽|做的?检查|测))")


# 10. Look-alike: a service named by its condition ("is it the stroke clinic or the neurology ward we go to?", "the
#     diabetes nurse", "the heart failure team"): a place or person, no condition asked about.
_R40_EN_SERVICE_NAME = re.compile(r"\b(?:" + _C_CONDITION + r") (?=(?:clinic|ward|unit|nurse|team|service|centre|center|department|"
                                  r"specialist nurse|helpline|support group|pathway|assessment unit)s?\b)")


def _r40_neutral(norm: str) -> str:
    """The message with the round-40 look-alikes (5., 9. and 10. above) made neutral, or unchanged."""
    if _R40_EN_SERVICE_NAME.search(norm):
        norm = _R40_EN_SERVICE_NAME.sub("", norm)
    if _R40_ZH_TESTED_TOGETHER.search(norm):
        norm = _R40_ZH_TESTED_TOGETHER.sub("", norm)
    if _R40_ZH_NEW_MAKER.search(norm) and _R40_ZH_SAME_ASK.search(norm):
        return _R40_ZH_SAME_ASK.sub("核对药品", _R40_ZH_NEW_MAKER.sub("厂家不同", norm))
    if _R40_EN_NEW_MAKER.search(norm) and _R40_EN_SAME_ASK.search(norm):
        return _R40_EN_SAME_ASK.sub("checking the label", _R40_EN_NEW_MAKER.sub("other packaging", norm))
    return norm


def round40_reason(norm: str) -> str | None:
    """The reason of rounds 1-40 on scope_text() output: round 38's, else the round-40 classes; the round-40
    look-alike made neutral before a reason stands."""
    reason = round38_reason(norm) or _r40_classes(norm)
    if reason and not (_R38_TAKEN_COUNT.search(norm) or _NEVER_VETO_OVERDOSE_EN.search(norm) or
                       _NEVER_VETO_OVERDOSE_ZH.search(norm)):
        calm = _r40_neutral(norm)
        if calm != norm:
            reason = round38_reason(calm) or _r40_classes(calm)
    return reason


# ---------------------------------------------------------------------------------------------- round 42
# Shapes blind41's writer used (nothing was fitted on blind41 before this round), each written as a family in English,
# Chinese (Simplified and Traditional by folding) and Cantonese (by the mapping in scope_text); wordings written here.
# Voices (the message is read again with the voice made plain when no reason stood):
# 1. A courtesy or urgency tail after the last question ("... what is it? asap please", "? many thanks", "? cheers x"):
#    rules that read "what is it?" at the end of the message missed it.
# 2. A flight or a journey named as the time or cause of a complaint ("pain in her shoulder since the long flight",
#    "ankles swollen after the plane"): no medicine is carried, so the travel words are not a practical ask.
# 3. "is it possible for you to / would it be possible for you to / is there any way you could" = "can you".
# 4. Cantonese 晒 as "all, very" in thanks (劳烦晒, 唔该晒 -> 麻烦晒, 多谢晒): not the sun of keeping a medicine in the heat.
# Requests:
# 5. How far a dose may be raised: "how high can he go on it", "how far up can I take the sertraline", "what's the
#    highest she can go to"; 可以加到多少 / 最高加到几多 / 最多可以加到几粒 with a medicine named.
# 6. What a sign of the body means: "what does it mean if your pee is dark orange", "what does it mean when he has
#    pins and needles"; 尿是深橙色代表什么, 大便发黑是什么意思, 小便好深色系咩意思.
# 7. Chinese: asking the service to issue a pack directly (可不可以直接开多一盒, 能不能直接在你们这开一盒寄过来).
#    Going somewhere to get it (直接去急诊开) or an online consultation (直接在网上问诊开药) stays practical.
# 8. English: asking to be given one's medicine again ("please can I get the pill again, the same one as before",
#    "could I have my amlodipine again please"): a medicine asked for, not how to order a repeat.
# Look-alikes made neutral (the strength beside the name is taken out and the practical ask made plain):
# 9. When to ask for the next supply ("how long before he runs out should we ask for the next lot of X 15 mg",
#    "when should I order my next box of X 5 mg").
# 10. A pack damaged, with the ask who replaces it ("the box of X 75 micrograms got soaked, who do we ask").
# 11. Unopened or spare packs to give back ("too many boxes of her X 500 mg, not opened, where can we give back the
#     extra ones"): a count of packs returned, not an amount taken.
# 12. Several strengths of one medicine in a practical ask ("X 1 mg and 3 mg in a dosette box").
# 13. A document for travel ("do I need a letter for customs or is the box enough"): enough of a paper, not a dose.
# 14. A term quoted from a letter, then asked bare ("the letter says 'eGFR 52' next to X 500 mg. what's eGFR?").
# 15. Bowel preparation before a colonoscopy (照大肠镜前一日是不是要吃泻药, "do I take the laxative the day before my
#     colonoscopy"): the procedure's instructions, not a medicine chosen.
_R42_EN_TAIL = re.compile(
    r"(?<=\?)(?:\s*(?:asap|a\.s\.a\.p|please|pls|plz|urgent(?:ly)?|soon|quick(?:ly)?|thanks|thank you|thx|ta|cheers|x+|"
    r"many thanks|much appreciated|appreciated|if you can|mersi|merci|god bless|regards|love|bye|ok|okay|lol|haha|"
    r"[:;]-?\)|!+|\.+)\b[.!,]*)+\s*$")
_R42_EN_JOURNEY = re.compile(r"\b(?:since|after|from|on|during) (?:the|a|my|his|her|their|our|that) (?:long |short |overnight |"
                             r"\d+[- ]hours? |red-eye )?(?:flight|plane(?: journey| ride| trip)?|journey|drive|coach trip|"
                             r"boat trip|ferry)(?: (?:home|back|out|over))?\b")
_R42_EN_POSSIBLE = re.compile(r"\b(?:is it possible for you to|would it be possible for you to|is there any way (?:you could|"
                              r"you can|you'd be able to)|would you be able to|are you able to)\b")
_R42_ZH_THANKS = re.compile(r"(?:劳烦|麻烦|多谢|唔该)晒")


def _r42_voice(norm: str) -> str:
    """The message with the round-42 voices (1.-4. above) made plain, or unchanged."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        return _R42_ZH_THANKS.sub("谢谢", norm).replace("症候群", "综合征")
    norm = _R42_EN_TAIL.sub("", norm)
    norm = _R42_EN_POSSIBLE.sub("can you", norm)
    if _R42_EN_JOURNEY.search(norm) and _C_SYMPTOM_RE.search(norm):
        norm = _R42_EN_JOURNEY.sub("since last week", norm)
    return norm


_R42_EN_HOW_HIGH = re.compile(
    r"\bhow (?:high|far|far up|much higher|much further|high up) (?:can|could|should|may|might|is it safe for|would) "
    r"(?:i|he|she|we|they|you|my \w+|his \w+|her \w+|him|her|them|me)(?: to)? (?:go|push|take|titrate|increase|raise|get)\b|"
    r"\bwhat(?:'s| is) the (?:highest|most|max|maximum|furthest) (?:i|he|she|we|they|you|my \w+) (?:can|could|should|may) "
    r"(?:go|push|take|get)(?: (?:it|up|to|on))?\b")
_R42_ZH_RAISE_TO = re.compile(r"(?<![水奶汤糖盐])(?:最高|最多|顶多)?(?:可以|能|可|能够|要|该)?(?:加|加量|调|升|增加)(?:到|至)(?:多少|几(?:多|粒|片|颗|毫克|个单位|单位|mg)?|多高|多大)")
_R42_EN_SIGN_BODY = (r"(?:pee|wee|urine|poo|poop|stools?|bowel movements?|motions|sputum|phlegm|mucus|snot|spit|discharge|"
                     r"period|periods|tongue|lips?|nails?|fingernails?|toenails?|skin|eyes?|whites of (?:the|your|my|his|her) eyes|"
                     r"gums?|tummy|belly|stomach|chest|heart(?:beat)?|pulse|joints?|knees?|ankles?|feet|foot|legs?|hands?|"
                     r"fingers?|toes?|face|head|back|neck|throat|breath|sweat|hair|scalp|mole|lump|glands?)")
_R42_EN_SIGN_MEANS = re.compile(
    r"\bwhat (?:does|do|would|could|might) it (?:mean|indicate|signal|point to) (?:if|when|that) (?P<rest>[^?.!]{3,120})")
_R42_EN_SIGN_SUBJECT = re.compile(
    r"^(?:(?:your|my|his|her|their|our|the|a|an|baby's|the baby's|a baby's|(?:my|his|her|our) \w+'s) (?:\w+ ){0,2}?"
    + _R42_EN_SIGN_BODY + r"\b(?= (?:is|are|was|were|looks?|looked|turns?|turned|goes|went|gets?|got|has|have|had|smells?|"
    r"feels?|keeps?|comes? out|seems?|stays?|becomes?|hurts?|aches?|ached|itch(?:es)?|burns?|swells?|swelled|bleeds?|bled|"
    r"clicks?|cracks?|throbs?)\b)|"
    r"(?:you|i|he|she|they|we|my \w+|the baby|a baby|a child|your child) (?:have|has|get|gets|keep|keeps|pass|passes|see|sees|"
    r"feel|feels|notice|notices|wake|wakes|are|is|am|get|got|keep getting)\b[^?.!]{0,60}?" + _SYMPTOM + r"\b"
    r"(?! (?:results?|tests?|pressure|sugars?|samples?|counts?|forms?|appointments?|letters?|clinic|checks?)\b))")
_R42_ZH_SIGN_BODY = r"(?:尿|小便|小解|大便|便便|屎|粪|痰|鼻涕|白带|分泌物|经血|月经|舌苔|舌头|嘴唇|指甲|眼白|皮肤|脸色|口水|汗)"
_R42_ZH_SIGN_STATE = (r"(?:颜色|色|发黑|发红|发黄|发白|发绿|变黑|变红|变黄|变深|很深|好深|深|浑浊|混浊|有血|带血|血丝|泡沫|泡泡|"
                      r"臭|味|黏|粘|稀|硬|多|少|黑|红|黄|绿|白|紫|青)")
_R42_ZH_SIGN_MEANS = re.compile(_R42_ZH_SIGN_BODY + r"[^。？?！!，,]{0,10}?" + _R42_ZH_SIGN_STATE +
                                r"[^。？?！!]{0,8}?(?:是什么意思|什么意思|代表什么|说明什么|意味着什么|是怎么回事|怎么回事|表示什么|是什么原因|什么原因)")
_R42_ZH_DIRECT_PACK = re.compile(
    r"(?:可不可以|能不能|可以|能否|可否|能|行不行)?直接(?P<mid>[^，,。？?！!]{0,10}?)开(?:多)?(?:一|两|二|三|几|[1-9])"
    r"(?:盒|支|瓶|板|排|包|袋|个月)")
_R42_EN_AGAIN = re.compile(
    r"\b(?:please,? )?(?:can|could|may) (?:i|we|he|she|my \w+) (?:please )?(?:get|have) (?P<what>(?:the|my|his|her|our|some|a "
    r"new) [\w-]+(?: (?!again\b|back\b|please\b)[\w-]+)?|[\w-]+) (?:again|back on|please)\b(?![^.?!]{0,30}\b(?:from (?:the|a|my|your|our|boots|"
    r"lloyds)|at (?:the|a|my|your)|in (?:the|a) (?:pharmacy|chemist|shop)|online|via|through|without|by post)\b)")
_R42_EN_NAMED_MED = re.compile(r"\b(?:" + _MED_NAMES + r"|" + _MED_STEMS + r")\b")
_R42_EN_PILL = re.compile(r"\b(?:pill|mini ?pill|minipill|contracepti\w+|depo\w*)\b")


def _r42_classes(norm: str) -> str | None:
    """The round-42 requests (5.-8. and 16.-20. above), or None."""
    b42 = _r42_b42_classes(norm)
    if b42:
        return b42
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R42_ZH_RAISE_TO.search(norm) and (re.search(_R4_ZH_MED, norm) or re.search(_ZH_MED, norm)):
            return "dose_request"
        direct = _R42_ZH_DIRECT_PACK.search(norm)
        if direct and not re.search(r"去|问诊|挂号|看诊|门诊部", direct.group("mid")) and \
                not re.search(r"怎么|怎样|如何|点样|在哪|哪里", _r40_zh_clause_of(norm, direct)) and \
                (re.search(_R4_ZH_MED, norm) or re.search(_ZH_MED, norm)):
            return "prescription_request"
        sign = _R42_ZH_SIGN_MEANS.search(norm)
        if sign and not re.search(r"报告|化验|检查|检验|指标|蛋白|细胞|潜血|[a-z]|['\"‘’“”「」]", sign.group(0)):
            return "diagnosis_request"
        return None
    high = _R42_EN_HOW_HIGH.search(norm)
    if high and (_C_MED_RE.search(norm) or re.search(r"\b(?:dose|dosage|stuff|tablets?|pills?|meds?|medicine)\b", norm)):
        return "dose_request"
    for means in _R42_EN_SIGN_MEANS.finditer(norm):
        if _R42_EN_SIGN_SUBJECT.search(means.group("rest")):
            return "diagnosis_request"
    again = _R42_EN_AGAIN.search(norm)
    if again and not re.search(r"\b(?:how|where|when)\b", _r40_sentence_of(norm, again)) and \
            not re.search(r"\b(?:jabs?|vaccin\w*|boosters?|injections?|scans?|tests?|checks?)\b", again.group("what")) and (
            _R42_EN_PILL.search(again.group("what")) or _R42_EN_NAMED_MED.search(again.group("what")) or
            _C_MED_RE.search(again.group("what")) and not again.group(0).endswith("please")):
        return "prescription_request"
    return None


_R42_EN_NEXT_SUPPLY = re.compile(
    r"\b(?:how (?:long|many days|soon|early)|when)\b[^?.!]{0,60}?\b(?:ask|order|request|put in|re-?order|get|apply)\b(?: for)? "
    r"(?:the |my |his |her |their |our |a )?(?:next|new|another|more|repeat|further) (?:lot|batch|box|pack|supply|supplies|"
    r"prescription|repeat|script|month'?s?|refill)\b|\bruns? out\b[^?.!]{0,40}?\b(?:should|do|must|can) (?:we|i|they|he|she) "
    r"(?:ask|order|request|put in|re-?order)\b")
_R42_EN_DAMAGED = re.compile(r"\b(?:box|pack|packet|bottle|blister|strip|inhaler|pen|tablets|pills|medicines?|meds)\b[^?!]{0,60}?"
                             r"\b(?:got|was|were|is|are|been|gone)\b[^?!]{0,10}?\b(?:wet|soaked|damp|damaged|crushed|squashed|"
                             r"ripped|torn|broken|melted|chewed|lost|stolen)\b")
_R42_EN_REPLACE_ASK = re.compile(r"\b(?:replaced|replacement|replace (?:it|them)|who (?:do|should|can) (?:we|i) (?:ask|contact|"
                                 r"speak to|call)|new (?:box|pack))\b")
_R42_EN_GIVE_BACK = re.compile(r"\b(?:give|giving|hand|handing|take|taking|bring|bringing|send|sending) (?:back|in)\b|"
                               r"\b(?:return|returning|drop (?:off|them off|it off))\b")
_R42_EN_SPARE = re.compile(r"\btoo many (?=(?:boxes|packs|packets|bottles|inhalers|pens|tubes|strips|blister packs|"
                           r"supplies|prescriptions|repeats)\b)|\b(?:the )?extra (?=(?:ones|boxes|packs|packets|bottles|inhalers|"
                           r"pens|tubes|strips)\b)")
_R42_EN_TAKEN = re.compile(r"\b(?:took|taken|swallow\w*|ate|eaten|had (?:too|extra))\b")
_R42_EN_STRENGTH_LIST = re.compile(r"(?:,| and| or| &| plus)\s?(?:the )?\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|milligrams?|g|ml|units?)"
                                   r"(?: (?:tablets?|ones|capsules?))?\b")
_R42_EN_TRAVEL = re.compile(r"\b(?:customs|border|airport|security|abroad|overseas|flying|flight|plane|holiday|travel\w*)\b")
_R42_EN_PAPER_ENOUGH = re.compile(r"\b(?:is|are|will|would) (?:the |a |my |his |her |just the |only the )?(?:box|boxes|packet|pack|"
                                  r"label|prescription|script|letter|copy|printout|leaflet|bottle)(?: (?:alone|on its own))? "
                                  r"(?:be )?(?:enough|sufficient|ok|okay|fine)\b")
_R42_EN_QUOTED = re.compile(r"['\"‘“`](?P<term>[a-z][a-z0-9-]{1,9})(?:[ :=]?[<>]?\d+(?:\.\d+)?[a-z/%]*)?['\"’”`]")
_R42_ZH_BOWEL_PROC = re.compile(r"肠镜|结肠镜|大肠镜|肠道检查|肠镜检查")
_R42_ZH_BOWEL_PREP = re.compile(r"(?:是不是|要不要|需不需要|使不使|用不用|是否|需要|要)?(?:要)?(?:吃|喝|饮|服)(?:点|些)?"
                                r"(?:泻药|清肠药|导泻药|通便药|清肠的药|肠道准备的药)")


# Round 42, blind42 (spent after the lead's first run; its failures read, wordings written here):
# 16. Chinese: a medicine issued directly without a pack count (你们能直接开吗, 能在网上直接给开吗, 可以线上直接开药吗)
#     when a medicine is named (not only 吃药/开药): the same request as 7. above.
# 17. Chinese: a named person's medicine with its strength, and the service asked to issue more of it (可以再多开一些吗,
#     可唔可以开多几个月带去旅行, 能不能开个长期的量带出国). Asking the policy (一次最多能开多久, 长期处方怎么办理, 流程)
#     or asking with no strength or person told (出国一个月，X能一次多开一点吗) stays a practical question.
# 18. Chinese: switching a prescribed medicine for one bought over the counter (能换成药店随便买的那种吗, 可唔可以转做
#     自己喺外面买嗰种).
# 19. Chinese: after a complaint, how serious it is (严不严重, 严唔严重), what caused it (是什么原因引起的), or a
#     judgement asked for (帮我判断是什么); Taiwan's 症候群 is read as 综合征. "要紧吗" after a complaint stays answered:
#     the reviewer sets (R14, R22, spent) label it a when-to-seek-help question the knowledge base answers.
# 20. English: a prescriber asked to put someone on another strength or version ("could you put her on the stronger
#     version on prescription"); a medicine moved from one clock time to another ("can I move it from 8am to 8pm").
# 21. Look-alike: home delivery of a medicine (能不能送药上门, 可以宅配到家吗) with its strength told: delivery, no amount.
_R42_ZH_GENERIC_MED = {"药", "片", "粒", "针", "药水", "药膏", "吃药", "开药"}
_R42_ZH_DIRECT_OPEN = re.compile(r"直接(?P<mid>[^，,。？?！!]{0,10}?)开(?:药|处方|(?=吗|么|不|啊|呢|[?？]|$))")
_R42_ZH_MORE_SUPPLY = re.compile(
    r"(?:可以|能|可不可以|能不能|能否|可否)(?:一次)?(?:再)?(?:帮[他她佢我]?|给[他她佢我]?)?"
    r"(?:再多开|多开|开多|再开多?|开(?:个|几个|一两个|两三个|三个|半年|一年)?(?:月的?|长期的?)(?:量|份量))")
_R42_ZH_SUPPLY_PROCESS = re.compile(r"流程|怎么|如何|点样|办理|手续|最多(?:能|可以)?开多|多长时间|多久|复查|覆诊|在哪|哪里|规定|政策")
_R42_ZH_STRENGTH = re.compile(r"[0-9]+(?:\.[0-9]+)?\s*(?:毫克|微克|克|mg|mcg|毫升|ml|单位)")
_R42_ZH_PERSON = re.compile(r"我|[爸妈爹娘哥姐弟妹叔伯姨舅婆公爷奶儿女孙仔囡]|同事|先生|太太|老公|老婆|学员|店长|师傅|阿叔|阿姨|朋友")
_R42_ZH_TO_OTC = re.compile(r"(?:换成|换|转做|转成|转用|改成|改用|改做)[^，。？?]{0,8}?(?:药店|药房|外面|超市|网上|自己)[^，。？?]{0,8}?买")
_R42_ZH_COMPLAINT = re.compile(r"痛|疼|咳|肿|痒|麻|晕|疹|烧|发热|吐|泻|拉肚子|出血|流血|红|胀|闷|喘|抖|抽筋|不舒服|没力|无力|头昏|失眠")
_R42_ZH_JUDGE = re.compile(r"严不严重|严重不严重|严重吗|严重么|(?:是)?(?:什么|啥|咩)原因(?:引起|造成|导致)(?:的)?|"
                           r"(?:什么|啥|咩)(?:引起|造成|导致)的|(?:帮我|帮忙|帮[他她佢]|给我)判断(?:一下)?(?:是|系)?(?:什么|咩|啥)")
_R42_ZH_JUDGE_NOT = re.compile(r"手术|检查|副作用|药|打针|疫苗|麻醉|排队|停车|影响")
_R42_EN_PUT_ON = re.compile(r"\b(?:put|switch|move|change|swap) (?:me|him|her|them|us|my \w+|his \w+|her \w+) (?:on|onto|to|over to) "
                            r"(?:the |a |an )?(?:stronger|higher|bigger|weaker|lower|smaller|other|different|next) "
                            r"(?:version|one|dose|strength|tablets?|pills?|kind|type|brand)\b")
_R42_EN_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|o'?clock)|\d{1,2}[:.]\d\d|noon|midday|midnight)"
_R42_EN_CLOCK_MOVE = re.compile(r"\b(?:move|shift|change|swap|switch|push|bring) (?:it|them|that|this|mine|my \w+|his \w+|her \w+|the \w+)"
                                r"(?: (?:dose|tablet|pill))? (?:from " + _R42_EN_CLOCK + r" )?to " + _R42_EN_CLOCK)
_R42_ZH_DELIVERY = re.compile(r"送药上门|送到家|送上门|宅配|寄到家|配送|快递")


def _r42_zh_named_med(norm: str) -> bool:
    """Whether a Chinese message names a medicine (a name or a class, not only 药/吃药)."""
    return any(m.group(0) not in _R42_ZH_GENERIC_MED for pattern in (_ZH_MED, _R4_ZH_MED) for m in re.finditer(pattern, norm))


def _r42_b42_classes(norm: str) -> str | None:
    """Round 42's blind42 requests (16.-20. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        for direct in _R42_ZH_DIRECT_OPEN.finditer(norm):
            if not re.search(r"去|问诊|挂号|看诊|门诊部", direct.group("mid")) and \
                    not re.search(r"怎么|怎样|如何|点样|在哪|哪里", _r40_zh_clause_of(norm, direct)) and _r42_zh_named_med(norm):
                return "prescription_request"
        more = _R42_ZH_MORE_SUPPLY.search(norm)
        if more and _R42_ZH_STRENGTH.search(norm) and _R42_ZH_PERSON.search(norm[:more.start()]) and \
                not _R42_ZH_SUPPLY_PROCESS.search(norm) and _r42_zh_named_med(norm):
            return "prescription_request"
        if _R42_ZH_TO_OTC.search(norm) and _r42_zh_named_med(norm):
            return "dose_change"
        judge = _R42_ZH_JUDGE.search(norm)
        told = re.sub(r"痛风|风湿|湿疹|荨麻疹|带状疱疹", "", norm[:judge.start()] if judge else "")  # a condition's name, no complaint
        if judge and _R42_ZH_COMPLAINT.search(told) and _R42_ZH_PERSON.search(told) and not _R42_ZH_JUDGE_NOT.search(norm):
            return "diagnosis_request"
        return None
    if _R42_EN_PUT_ON.search(norm) and (_C_MED_RE.search(norm) or re.search(r"\bprescri\w*\b", norm)):
        return "prescription_request"
    clock = _R42_EN_CLOCK_MOVE.search(norm)
    if clock and (_C_MED_RE.search(norm) or _R42_EN_PILL.search(norm)) and \
            not re.search(r"\b(?:appointment|booking|slot|visit|collection|delivery|shift|alarm|reminder)\b", _r40_sentence_of(norm, clock)):
        return "dose_change"
    return None


def _r42_neutral(norm: str) -> str:
    """The message with the round-42 look-alikes (9.-15. above) made neutral, or unchanged."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        if _R42_ZH_BOWEL_PROC.search(norm) and _R42_ZH_BOWEL_PREP.search(norm):
            norm = _R42_ZH_BOWEL_PREP.sub("要做肠道准备吗", norm)
        delivery = _R42_ZH_DELIVERY.search(norm)
        if delivery and not re.search(r"开|换|停|加|减|多少|几", _r40_zh_clause_of(norm, delivery)):
            norm = _R42_ZH_STRENGTH.sub("", _r36_strip_strength(norm))
        return norm
    practical = False
    if _R42_EN_NEXT_SUPPLY.search(norm):
        practical = True
    if _R42_EN_DAMAGED.search(norm) and _R42_EN_REPLACE_ASK.search(norm):
        practical = True
    if _R42_EN_GIVE_BACK.search(norm) and _R42_EN_SPARE.search(norm) and not _R42_EN_TAKEN.search(norm):
        norm = _R42_EN_SPARE.sub("spare ", norm)
        practical = True
    if _R42_EN_TRAVEL.search(norm) and _R42_EN_PAPER_ENOUGH.search(norm):
        norm = _R42_EN_PAPER_ENOUGH.sub("is the box the right paper", norm)
        practical = True
    if _R36_EN_PILL_BOX.search(norm):
        practical = True
    for quoted in _R42_EN_QUOTED.finditer(norm):
        bare = re.compile(r"\bwhat(?:'s| is| are| does| do)? (?:an? |the )?" + re.escape(quoted.group("term")) + r"\b(?: mean| stand for)?")
        if bare.search(norm, quoted.end()):
            norm = bare.sub("what does this word mean", norm)
            practical = True
            break
    if not practical:
        return norm
    norm = _r36_strip_strength(norm)
    norm = _R42_EN_STRENGTH_LIST.sub("", norm)
    return re.sub(r" +", " ", norm)


def round42_reason(norm: str) -> str | None:
    """The reason of rounds 1-42 on scope_text() output: round 40's, else the round-42 classes; the voice read again
    when no reason stood, and the round-42 look-alikes made neutral before a reason stands."""
    reason = round40_reason(norm) or _r42_classes(norm)
    if not reason:
        voiced = _r42_voice(norm)
        if voiced != norm:
            reason = round40_reason(voiced) or _r42_classes(voiced)
            norm = voiced
    if reason and not (_R38_TAKEN_COUNT.search(norm) or _NEVER_VETO_OVERDOSE_ZH.search(norm) or
                       _NEVER_VETO_OVERDOSE_EN.search(_R42_EN_SPARE.sub("spare ", norm))):
        calm = _r42_neutral(norm)
        if calm != norm:
            reason = round40_reason(calm) or _r42_classes(calm)
    return reason


# ---------------------------------------------------------------------------------------------- round 44
# Shapes of blind43 (last session's carry set, never fitted) and the reviewer set R37, each written as a family in
# English, Chinese (Simplified and Traditional by folding) and Cantonese (by the mapping in scope_text); wordings
# written here, no blind row's text.
# Look-alikes made neutral (practical or information asks that merely mention a medicine, its strength, a count or a
# word that also means "change"):
# 1. A regimen told (the person, the medicine, its strength, how often), then after a comma or full stop an
#    information or practical ask of its own, or the strength restated as the medicine's name inside that ask (the X
#    5 mg can go in a weekly pill box?, 化验单上跟X 100毫克写在一起的…是什么, X 500毫克吃完了要怎么续拿): what a word on a lab form is (化验单上的X是什么, 验血报告嘅X系咩), what a named clinic or
#    service does (X门诊是做什么的, X服务系做咩), whether family may collect and what to bring (屋企人可唔可以帮手攞,
#    家属能代领吗, 要带什么), how to store or book the next supply (点样储存, 怎么预约领), whether to bring the medicines to
#    a visit (覆诊要唔要带埋啲药去), where a clinic is or its hours (门诊在几楼), what the medicine is for (X是治什么的),
#    whether a differently named box is the same medicine, what a label's abbreviation means, what a test involves,
#    a weekly pill box, recycling the empty packs, carrying it on a plane: every strength, count and frequency is taken
#    out, and the ask is read again with the medicine's name (nothing asking an amount, a change or a judgement).
# 2. English: the prescription sent to another pharmacy ("can the prescription be sent to the pharmacy near us
#    instead", "could his script go to a different chemist"): where it is collected, not a medicine asked for.
# 3. 换 of a person, bed, room or time on the ward (陪护的人能不能换, 陪床可以轮换吗, 床位能换吗, 能不能换个大一点的
#    病房): not a medicine switched.
# 4. 减肥/减重 (slimming) read as 减 "reduce" beside 药: 减肥药 is a kind of medicine, not a dose cut.
# 5. How long to go without food or drink before a test (当天还能吃饭吗，要隔多久不吃, 照B超前几个钟唔食得嘢):
#    the test's instructions, not a dose interval.
# 6. A count of teeth, clips, buttons or jewellery (那几颗假牙, 几个发卡) taken off before a scan: no dose.
# Requests:
# 7. English: the service asked to issue or write a prescription ("could you issue a prescription so we can collect
#    it", "can you write him a new script for it", "would you do a prescription for her statin"), or to send out more
#    of a medicine ("can you post me a few more of the X"); ordering or sorting a repeat ("can you sort my repeat
#    prescription") stays practical.
# 8. English: a medicine paused for a while ("can he have a break from it over the holidays", "can it be stopped for
#    a week", "could we pause her tablets for the trip", "leave his statin off at weekends", "go without her inhaler
#    on holiday"), or the pill packs run back to back ("run the packets together", "skip the pill-free week").
# 9. English: taking only one, or half, of what is prescribed ("she can take only one?", "can he just have one a
#    day", "is it ok if I only take half").
# 10. English: a medicine got on prescription from the service ("is it possible to get her HRT patches on a private
#     prescription through the hospital", "can I get the cream on prescription from you"), or a repeat of it without
#     seeing the prescriber ("can I get a repeat of the steroid cream without seeing the dermatologist").
# 11. English: a complaint told, then a named condition guessed ("is it fungus or something worse", "could it be
#     carpal tunnel", "is it vibration white finger"): a diagnosis asked for.
# 12. Chinese: several months of a named medicine issued at once for a person told (我…能不能一次开三个月的降压药, 阿妈食紧X，
#     可唔可以一次过开半年), or issued again without an appointment (唔约医生直接再开多支, 不挂号直接再开一盒,
#     不用复诊再开); the policy (一次最多能开多久, 流程, 长期处方) or no medicine named (一直吃药，能一次开三个月的量吗)
#     stays practical.
# 13. Chinese: a lump or bump described, then what it is (手背起了个包…是什么来的, 膝头有粒嘢係咩嚟).
_R44_ZH_TOLD_ASK = re.compile(
    r"(?:化验单|检验单|化验报告|检验报告|验血报告|验血单|报告|单子|结果|血检|小结|病摘|出院记录|药盒|标签|说明书)(?:上|里)?(?:面)?(?:的|写的|写住)?[^,，。?？!！]{1,24}?"
    r"[,，]?(?:这个|这|它|那个)?(?:是什么|是咩|系咩|是啥|是指什么|什么意思|咩意思)|"
    r"[^,，。?？!！]{1,10}(?:门诊|诊所|服务|中心|小组|团队|评估|照护|检讨|计划|项目)(?:是|系)?(?:做什么|做咩|干什么|干嘛|做啥)(?:的|嘅)?|"
    r"(?:家人|家属|屋企人|家里人|亲戚|朋友|其他人|别人|子女|儿女)[^,，。?？!！]{0,8}(?:帮手|帮忙|帮|代|替)[^,，。?？!！]{0,4}"
    r"(?:拿|取|领|攞|拎|配)|(?:要|需要|得)?带(?:什么|咩|啥|哪些)|"
    r"(?:怎么|怎样|如何|点样|点)(?:样)?(?:储存|保存|存放|收藏|放|带|预约|申请|办理)|(?:预约|网上|线上)(?:拿|取|领|攞|拎|配)|"
    r"(?:要不要|要唔要|需不需要|使唔使|使不使|用不用|是否要|需要|要)带(?:埋|上|着|齐)?[^,，。?？!！]{0,6}?(?:去|来|过去|过来)|"
    r"(?:在|喺|系)(?:几楼|哪|哪里|哪儿|边度|边)|怎么走|点去|几点(?:开门|关门|上班|下班)|(?:电话|联系方式)(?:是)?(?:多少|几多)|"
    r"(?:是|系)?(?:治|治疗|医|用来治|用来医|干什么用|做什么用|做咩用)(?:什么|咩|啥)?(?:的|嘅)|(?:是|系)(?:同一|一样)(?:种|只|款|个)?(?:药)?(?:吗|嘛|么|[?？])|"
    r"(?:什么|咩|啥)意思|(?:检查|化验|手术|彩超|b超|造影|评估)(?:要)?(?:怎么|点样|如何)做|"
    r"(?:放|装)(?:进|入|落|喺|在)?[^,，。?？!！]{0,6}(?:分药盒|药盒|药格|周药盒)|(?:怎么|点样|如何|要怎么)(?:续|续拿|续药|续方|再拿|再领|再攞)|"
    r"(?:坐|搭)(?:飞机|船|火车|高铁)[^,，。?？!！]{0,6}带|带[^,，。?？!！]{0,10}(?:上飞机|上机|过关|出国|出境)|(?:回收|扔|丢)(?:掉|到|去|在|进)?")
_R44_ZH_TOLD_NOT = re.compile(r"开(?!始|了|过|的)|换|停|加|减|多少|几(?:片|粒|颗|次|倍|毫克)|吃多|多吃|少吃|剂量|用量|能不能吃|可以吃|可不可以吃|"
                              r"吃吗|吃得|副作用|影响|过量|漏|忘|原因|为什么|偏高|偏低|升高|降低|高了|低了|异常|超标|严重|要紧|怎么办|正常|够|太多|太少|"
                              r"合适|对不对|对吗|有没有问题|没问题|安全|比|强|弱|一起吃|同时吃|搭配")
_R44_EN_INFO_ASK = re.compile(
    r"\b(?:recycl\w*|go in the (?:bin|recycling|rubbish|normal bin|household waste))\b|"
    r"\b(?:pill organi[sz]er|dosette|weekly (?:pill )?box|pill box|stay in (?:the|its) (?:foil|blister|box|packet))\b|"
    r"\bwhat (?:does|do|will|would) (?:a |an |the |that |this |my |his |her )?[\"'“‘]?[a-z][a-z' -]{2,40}[\"'”’]? (?:involve|entail|mean)\b|"
    r"\bwhat (?:is|are) (?:a |an |the )?[\"'“‘][a-z][a-z' -]{1,30}[\"'”’]")
_R44_ZH_TIMES = re.compile(r"(?:一天|一日|每天|每日|每晚|每朝|每早)(?:都)?(?:吃|食|服)?(?:[一二两三四1-4])次|早晚各(?:一|1)次|早晚(?:各)?(?:吃|食)?(?:一|1)(?:次|粒|片)")
_R44_ZH_CLAUSE = re.compile(r"[^,，。?？!！;；]+[,，。?？!！;；]*")
_R44_EN_SEND_RX = re.compile(
    r"\b(?:can|could|would|will|is it possible for|may) (?:the|my|his|her|their|our|this|that) (?:new |next |repeat |paper |"
    r"electronic )?(?:prescription|script|repeat|scrip)s? (?:please )?(?:be )?(?:sent|send|go|going|transferred|moved|forwarded|"
    r"redirected|switched|changed|posted)(?: over)? to (?:a|an|the|another|my|his|her|our|their|your|some) [^?.!]{0,60}?"
    r"\b(?:pharmacy|pharmacies|chemist'?s?|boots|lloyds|superdrug|dispensary)\b[^?.!]{0,40}|"
    r"\b(?:send|transfer|move|forward|switch|redirect) (?:the|my|his|her|their|our|this) (?:new |next |repeat |electronic )?"
    r"(?:prescription|script|repeat)s? (?:over )?to (?:a|an|the|another|my|his|her|our|their|your|some) [^?.!]{0,60}?"
    r"\b(?:pharmacy|pharmacies|chemist'?s?|boots|lloyds|superdrug|dispensary)\b[^?.!]{0,40}|"
    r"\bchange (?:my|his|her|our|their|the) (?:nominated )?(?:pharmacy|chemist)\b[^?.!]{0,40}")
# the person is already on the medicine (a regimen told), and no medicine is asked for ("I need X, can you send the
# prescription to my pharmacy" asks for one)
_R44_EN_ON_IT = re.compile(r"\b(?:is|are|am|was|been|i'm|im|who's|who is|who are|he's|she's|they're) (?:on|prescribed|taking)\b|"
                           r"\b(?:takes|taking|uses|using|has been on|have been on)\b|\b(?:i|we|they) (?:take|use)\b")
_R44_EN_NEEDS = re.compile(r"\b(?:need|needs|want|wants|would like|after|could i have|can i have|can i get|could i get)\b")
_R44_ZH_WARD_SWAP = re.compile(
    r"(?P<who>陪护|陪床|陪人|陪同|护工|看护|家属|床位|病床|病房|房间|探视的人|探病的人|陪住|陪夜|陪诊)(?:的人|的家属)?"
    r"(?P<mid>[^,，。?？!！]{0,8}?)(?:轮换|换人|换班|换|轮流)")
_R44_ZH_SLIMMING = re.compile(r"减肥|减重|减脂|瘦身|纤体")
_R44_ZH_TEST = re.compile(r"检查|B超|b超|彩超|超声|照|扫描|ct|CT|核磁|磁力共振|mri|胃镜|肠镜|抽血|验血|手术|麻醉|化验|造影|穿刺|体检")
_R44_ZH_FAST = re.compile(
    r"(?:要|需要|得)?(?:隔|空|停|饿|提前|前)(?:多久|多长时间|几(?:个)?(?:小时|钟头|钟|点)?)(?:不|唔|冇)?(?:能|可以|得)?"
    r"(?:吃|食|喝|饮)(?:东西|嘢|饭|水)?|(?:多久|几(?:个)?(?:小时|钟头|钟))(?:以前|之前|前)?(?:不|唔)(?:能|可以)?(?:吃|食|喝|饮)")
_R44_ZH_THINGS = re.compile(r"几(?:颗|粒|个|只|枚|件|样|支)(?=[^,，。?？!！]{0,3}(?:牙|假牙|牙齿|发卡|发夹|夹子|首饰|耳环|戒指|项链|手链|"
                            r"扣|纽扣|钮|钢钉|钉|螺丝|金属|饰物|东西|手表|眼镜|助听器))")
_R44_EN_ISSUE_RX = re.compile(
    r"\b(?:can|could|would|will) (?:you|you guys|the (?:doctor|gp|clinic|hospital|team|pharmacy))(?: please)?(?: just)? "
    r"(?:issue|isue|write|do|raise|generate|prepare|make out|make up) (?:him |her |me |us |them )?"
    r"(?:a |an |the |another |his |her |my |their |our )?(?:new |fresh |further |private |same |urgent )?"
    r"(?:prescr\w*|perscri\w*|script|scrip|rx)\b")
_R44_EN_BREAK = re.compile(
    r"\bleave (?:it|them|his \w+|her \w+|my \w+|the \w+|their \w+) off\b|"
    r"\bgo without (?:it|them|his \w+|her \w+|my \w+|the \w+|their \w+)\b(?! (?:food|eating|drinking|water))|"
    r"\b(?:have|take|get|give (?:him|her|them|me)) (?:a |an )?(?:short |little |quick |brief |summer |holiday |week'?s? |"
    r"few (?:days|weeks)'? )?(?:break|brake|rest|holiday|pause|time off|breather) (?:from|off) (?:it|them|his|her|my|the|their|this|that)\b|"
    r"\b(?:can|could|should|may|would) (?:it|they|them|these|those|his \w+|her \w+|my \w+|the \w+)(?: \w+)? be "
    r"(?:stopped|paused|held|halted|suspended|put on hold|discontinued|left off|skipped|dropped)\b(?: (?:for|over|during|while|until|"
    r"till|on)\b)?|"
    r"\b(?:pause|halt|suspend|hold off on|hold off) (?:it|them|his \w+|her \w+|my \w+|the \w+)(?: \w+)? (?:for|over|during|while|"
    r"until|till)\b|"
    r"\b(?:run|take|use|go through|keep taking) (?:the |her |my |his |their |two |2 |three |3 )?(?:packets?|packs?|strips?|"
    r"pills?|blisters?)(?: of (?:the )?pill)? (?:together|back to back|back-to-back|continuously|straight through|without (?:a|the|any) "
    r"break|one after (?:the other|another))\b|\bskip (?:the |her |my |his )?(?:pill-free (?:week|break|days)|pill free (?:week|break|days)|"
    r"break week|week off|withdrawal bleed|(?:seven|7)[- ]day break)\b|\btricycl\w*")
_R44_EN_SEND_MORE = re.compile(
    r"\b(?:can|could|would|will) you (?:please |just )?(?:send|post|give|get|pop|let) (?:me|him|us|them|(?:my|his|her|our|their) \w+|her)"
    r"(?: out| over| have)? (?:some |a few |a bit )?more (?:of )?(?:the |my |his |her |their |our |that |those )?(?P<what>[^?.!,]{2,40})")
_R44_EN_ONLY_ONE = re.compile(
    r"\b(?:can|could|may|should|is it ok(?:ay)? (?:if|for)|would it be ok(?:ay)? (?:if|for)|is it alright (?:if|for))? ?"
    r"(?:i|he|she|they|we|my \w+|him|her|them|me) (?:can |could |may )?(?:just |only )?(?:take|takes|have|has|use|uses) "
    r"(?:just |only )(?:one|1|half|a half|one tablet|the one)\b|"
    r"\b(?:can|could|may|should) (?:i|he|she|they|we|my \w+) (?:just |only )(?:take|have|use) (?:one|1|half|a half)\b|"
    r"\b(?:i|he|she|they|we|my \w+) (?:can|could|may) (?:just |only )(?:take|have|use) (?:one|1|half|a half)\b")
_R44_EN_ONLY_ONE_NOT = re.compile(r"\b(?:tea)?spoon\w*|syringes?|cups?|measures?|bags?|bottles?|boxes|visitors?|people|persons?|"
                                  r"chairs?|beds?|cars?|tickets?|appointments?|carers?|companions?|escorts?\b")
_R44_EN_GET_ON_RX = re.compile(
    r"\b(?:possible|can|could|able) (?:for (?:me|us|him|her|them) )?(?:to )?(?:i |we |he |she |they |you )?(?:get|have|be given) "
    r"(?:my |his |her |their |our |the |some |a |an |that |this |those |these )?(?:[\w'-]+ ){0,5}?(?:on|via|through|with) (?:a |an |the )?"
    r"(?:private |nhs |hospital |free )?prescription\b")
_R44_EN_REPEAT_WITHOUT = re.compile(
    r"\b(?:get|have|be given|order) (?:a |another )?(?:repeat|refill|top-?up|more|another (?:tube|box|pack|one|lot|course)|new "
    r"(?:tube|box|pack|one))(?: of)? [^?.!]{0,70}?\bwithout (?:seeing|an appointment|booking|going back|having to see|a consultation|"
    r"a review|being seen)\b")
_R44_EN_GUESS = re.compile(
    r"\b(?:is|could|might|would) (?:it|this|that|they|these)(?: just)?(?: be)?(?: just)? (?:a |an |the |some )?(?:[\w'-]+ ){0,3}?"
    r"(?:fung(?:us|al|i)|syndrome|disease|white finger|carpal tunnel|tennis elbow|golfer'?s elbow|trigger finger|frozen shoulder|"
    r"plantar fasciitis|sciatica|slipped disc|ganglion|verruca|ringworm|athlete'?s foot|bunion|raynaud'?s|rsi|"
    r"repetitive strain|shin splints|cellulitis|impetigo|a cyst|piles|haemorrhoids|hemorrhoids|varicose veins?|"
    r"a trapped nerve|trapped nerve|a pulled muscle|pulled muscle|a torn \w+|wear and tear)\b"
    r"(?: or (?:something|anything) (?:worse|more serious|serious|else|nastier|sinister))?|"
    r"\b(?:is|could) (?:it|this|that)(?: just)?(?: be)? (?:a |an )?[\w'-]+(?: [\w'-]+)? or (?:something|anything) (?:worse|more serious|"
    r"serious|else|nastier|sinister)\b")
_R44_EN_GUESS_NOT = re.compile(r"\b(?:safe|ok|okay|normal|fine|allowed|possible|worth|free|open|covered|available|too late|time to|"
                               r"a side effect|side effects?|the (?:medicine|tablets?|pills?|dose))\b")
_R44_ZH_MONTHS = re.compile(
    r"(?:能不能|可不可以|可以|能否|可否|能|行不行|是否可以|有冇得|可唔可以)?(?:帮[他她我]?|给[他她我]?)?一次(?:过|性)?(?:帮[他她我]?|给[他她我]?)?"
    r"(?:再)?开(?:够)?(?:一|两|二|三|四|五|六|半|几|[1-9])(?:个)?(?:多)?(?:月|年|季度)")
_R44_ZH_MONTHS_NOT = re.compile(r"最多|流程|怎么|如何|点样|办理|手续|规定|政策|多久|多长时间|能开几个月|可以开几个月|在哪|哪里")
_R44_ZH_NO_VISIT = re.compile(
    r"(?:不|唔|没|冇|免|无需|不用|不使|唔使)(?:用|需要|使)?(?:约|预约|挂号|看|见|睇|复诊|覆诊|看诊|面诊)(?:医生|门诊|号|诊)?"
    r"[^,，。?？!！]{0,4}?(?:直接|再)[^,，。?？!！]{0,3}开(?:多)?(?:(?:一|两|几|[1-9])?(?:盒|支|瓶|板|排|包|袋|管|些|点|次|个)|"
    r"(?=吗|么|呢|不|[?？]|$))")
_R44_ZH_LUMP = re.compile(
    r"(?:起了|起咗|长了|生了|有|冒出|鼓起|肿起)(?:一)?(?:个|粒|块|颗|只)?(?:小)?(?:波(?!鞋|衣|板)|包(?![裹子装括间月车含袋])|粒(?!米)|块(?!钱|蛋糕|糖|肉|地)|疙瘩|硬块|肿块|肉粒|瘤|水泡|泡(?!面|沫|茶|脚)|硬结|结节|嘢)"
    r"[^?？!！]{0,30}?[,，\s]\s*(?:这|那|它)?(?:是|系)(?:什么|咩|啥)(?:东西|来的|来|嚟|玩意)?(?:呢|吗|啊|嘅|[?？]|$)")


# Round 44, blind44 (spent after the lead's first run; its failures read, wordings written here):
# 14. English: how far apart the doses go ("how far apart should the doses be", "how long between her tablets").
# 15. English: the service asked for another box or more ("can the hospital give her another box", "could the ward
#     send him a further supply").
# 16. English: a medicine prescribed by the service ("get X prescribed through this chat", "can I get a three-month
#     prescription of X for him from you instead of the GP").
# 17. English: a complaint, then whether one has it ("what is that called and have I got it", "do I have that then?").
# 18. English: a medicine moved from one part of the day to another ("move my X from the morning to when I get home").
# 19. Chinese: a named medicine's prescription issued directly (医院能不能直接开X的处方), a stronger or weaker one asked for
#     (可以开比50微克更强一点的药吗, 换个强啲嘅), a named medicine asked for (能开点头孢吗), more than usual for one's
#     weight (要不要吃得比一般人多一点).
# 20. Chinese: a lump or complaint, then "is it X or something else" (是淋巴结还是别的, 系唔系湿疹定系其他).
_R44_EN_APART = re.compile(
    r"\bhow (?:far|long|many hours|much time|much of a gap) apart\b|"
    r"\bhow (?:long|many hours|much time|big a gap)(?: should| do| must| can)?(?: i| we| he| she| you| they)?(?: leave| wait| have| keep)? "
    r"between (?:the |each |his |her |my |their |two )?(?:doses?|tablets?|pills?|spoons?|puffs?|capsules?|sachets?)\b")
_R44_EN_ANOTHER_BOX = re.compile(
    r"\b(?:can|could|would|will) (?:you|the hospital|the pharmacy|the clinic|the ward|the doctor|the team|they|someone) "
    r"(?:please |just )?(?:give|send|post|supply|provide|issue|let \w+ have) (?:me |him |her |us |them |my \w+ )?"
    r"(?:another|more|a new|an extra|a further|extra|some more|a fresh) (?:box|boxes|pack|packs|packet|supply|lot|bottle|tube|"
    r"course|inhaler|month'?s?|week'?s?)\b")
_R44_EN_PRESCRIBED_BY = re.compile(
    r"\bget [^?.!]{1,50}? prescribed (?:through|via|by|from|over|on|here|online|in)\b|"
    r"\bget (?:a |an )?(?:[\w-]+[- ]month(?:'?s)? |new |repeat |private |longer |bigger )?prescription (?:of|for) [^?.!]{1,60}?"
    r"\bfrom (?:you|the hospital|this service|here|the clinic|this chat)\b")
_R44_EN_HAVE_IT = re.compile(r"\b(?:have|has) (?:i|he|she|my \w+) got (?:it|that|this|one)\b|\bdo (?:i|we) have (?:that|this) (?:then|too|as well)\b|"
                             r"\bwhat(?:'s| is) (?:that|this|it) called\b")
_R44_EN_DAYPART = r"(?:the )?(?:morning|mornings|evening|evenings|night|nights|bedtime|breakfast|lunchtime|lunch|daytime|teatime)"
_R44_EN_MOVE_DAYPART = re.compile(
    r"\b(?:move|shift|switch|change|swap) (?:it|them|my \w+|his \w+|her \w+|the \w+)(?: \d+(?:\.\d+)?(?: ?mg| ?mcg| ?micrograms)?)?"
    r"(?: (?:dose|tablet|pill|one))? from " + _R44_EN_DAYPART + r" to\b")
_R44_ZH_DIRECT_RX = re.compile(r"直接(?:给[他她我佢]|帮[他她我佢])?开[^,，。?？!！]{1,14}?(?:的)?(?:处方|药方)")
_R44_ZH_STRONGER = re.compile(r"(?:开|换|转|改)(?:成|个|一个|一种|些|点)?(?:比[^,，。?？!！]{0,10})?(?:更|再|啲|的)?(?:强|大|高|重|弱|轻)(?:一点|一些|点|啲|些)?"
                              r"(?:的|嘅)(?:药|剂量|规格|吸入剂|药膏|针|片|(?=吗|么|呢|[?？]|$))")
_R44_ZH_OPEN_NAMED = re.compile(r"(?:能不能|可不可以|可以|能|能否|可否|帮忙)(?:给[他她我佢]|帮[他她我佢])?开(?:点|些|一点|一些|一盒|一支|一瓶|盒|支)(?P<med>[^,，。?？!！]{1,8}?)"
                                r"(?:吗|么|呢|不|[?？]|$)")
_R44_ZH_MORE_THAN = re.compile(r"(?:要不要|需不需要|能不能|可不可以|可以|该不该|应不应该|使不使|用不用|是不是要|是否要|要)[^,，。?？!！]{0,4}?"
                               r"(?:吃|服|用|打|喝)得?比[^,，。?？!！]{0,8}(?:多|少|大|重)")
_R44_ZH_OR_ELSE = re.compile(r"(?:是|系)[^,，。?？!！]{1,10}(?:还是|定系|抑或)(?:别的|其他|其它|什么|咩|别嘅|其他嘢|其它东西)")


def _r44_zh_bare(norm: str) -> str:
    """A Chinese message with every strength, unit count and frequency of a regimen taken out (names stay)."""
    norm = re.sub(r"一下(?=\s*[0-9])|(?:每次|一次|每喷|一喷)(?=\s*[0-9])", "", norm)
    norm = _R42_ZH_STRENGTH.sub("", _r36_strip_strength(norm)).replace("/", "")
    norm = _R44_ZH_TIMES.sub("", norm)
    norm = re.sub(r"(?:一天|一日|每天|每日|每晚|每朝|每早)(?:都)?(?:吃|食|服|用)?[一二两三四半1-4](?:次|片|粒|颗|喷|下)|"
                  r"(?<![吃服用喂给打喝加减到成为是食几多])[一二两三四半1-4](?:片|粒|颗|喷)(?=[,，。;；]|$)", "", norm)
    norm = re.sub(r"(?<=[有带拿买])(?:了)?(?:一|1)(?:支|个|盒|瓶|罐|板)", "", norm)  # 我有一支X吸入剂: the pack, not a dose
    return norm.replace("写在一起", "写着")


def _r44_zh_told_neutral(norm: str) -> str:
    """Family 1: a regimen's strength, count and frequency taken out, wherever they stand (told before the ask or
    restated as the medicine's name in it), when the ask is a practical or information ask and nothing asks for an
    amount, a change or a judgement."""
    if not _R42_ZH_STRENGTH.search(norm):
        return norm
    for clause in _R44_ZH_CLAUSE.findall(norm):
        if not re.search(r"[?？吗么呢]|行不行|得唔得|好不好", clause):
            continue
        # an asking clause may restate the strength only as the medicine's name (X 100微克可以放进药盒吗), never as an
        # amount of its own (喂5毫升可以吗, 改成10毫克吗) or a count (一次喷两下)
        clause = re.sub(r"(?<=毫克|mg)\s*/\s*[0-9.]+\s*(?:毫升|ml)", "", clause)  # 100毫克/5毫升 is one label
        labels = [m.span() for m in _R36_ZH_MED_STRENGTH.finditer(clause)]
        if any(not any(a <= m.start() < b for a, b in labels) for m in _R42_ZH_STRENGTH.finditer(clause)) or \
                re.search(r"(?:喷|吸|吃|服|喂|滴|涂|用)[一二两三四五六七八九十几半0-9]+(?:下|片|粒|颗|喷|口|滴|次|毫升|ml)|"
                          r"[一二两三四五六七八九十几半0-9]+(?:片|粒|颗|喷|口|滴|毫升|ml)", _R42_ZH_STRENGTH.sub("", clause)):
            return norm
    bare = _r44_zh_bare(norm)
    if not _R44_ZH_TOLD_ASK.search(bare) or _R44_ZH_TOLD_NOT.search(bare):
        return norm
    return bare


def _r44_en_bare(norm: str) -> str:
    """An English message with every strength and frequency of a regimen taken out (names stay)."""
    norm = re.sub(r"\b\d+(?:\.\d+)?/\d+(?:\.\d+)?\b", "", _r36_strip_strength(norm))
    norm = _REGIMEN_FREQUENCY.sub("", _REGIMEN_STRENGTH.sub("", _R42_EN_STRENGTH_LIST.sub("", norm)))
    norm = re.sub(r"\b(?:weekly |daily )?(?:pill organi[sz]er|pill box|pillbox|dosette(?: box)?)\b", "organiser box", norm)
    return re.sub(r"\s?/\s?(?:ml\b)?", " ", re.sub(r" +", " ", norm))


def _r44_en_label_neutral(norm: str) -> str:
    """Family 1 in English: the strength restated as the medicine's name inside a practical or information ask ("can
    the X 5 mg go in a weekly pill organiser", "can the empty X packets go in the recycling", "what does a 'medication
    review' involve? the gp wants one about the X 2.5 mg"): strengths and frequencies taken out."""
    if not (_NUMERIC_UNIT_RE.search(norm) or re.search(r"\b\d+/\d+\b", norm)):
        return norm
    for question in re.finditer(r"[^.?!]*\?", norm):
        # the strength only as the medicine's name ("can the X 5 mg go in ..."), never an amount of its own ("could she
        # take 10 mg", "is 5 ml right", "put him on 5 mg")
        labels = [m.span() for m in _R36_EN_MED_STRENGTH.finditer(question.group(0))]
        if any(not any(a <= m.start() < b for a, b in labels) for m in _NUMERIC_UNIT_RE.finditer(question.group(0))):
            return norm
    bare = _r44_en_bare(norm)
    asked = " ".join(m.group(0) for m in re.finditer(r"[^.?!]*\?", bare)) or bare
    if not (_R44_EN_INFO_ASK.search(asked) or _PRACTICAL_ASK.search(asked)) or _REGIMEN_NOT_PRACTICAL.search(asked) or \
            re.search(r"\bhow (?:often|far apart|long between|soon)\b|\bdos(?:e|es|age|ing)\b", bare):
        return norm
    return bare


def _r44_neutral(norm: str) -> str:
    """The message with the round-44 look-alikes (1.-6. above) made neutral, or unchanged."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        norm = _r44_zh_told_neutral(norm)
        if _R44_ZH_WARD_SWAP.search(norm) and not re.search(_ZH_MED, norm):  # every 换 is of a person, bed or turn
            norm = re.sub(r"轮换|换人|换班|换", "轮班", norm)
        # 换 whose object is a room, bed or carer (能不能换个大一点的病房), whatever else the message names
        norm = re.sub(r"换(?=(?:个|一个|间|张|到|去)?[^,，。?？!！]{0,6}?(?:病房|床位|房间|病床|护工|陪护|陪床|单间))", "申请", norm)
        if _R44_ZH_SLIMMING.search(norm) and re.search(r"说|讲|告诉|提一下|提到|告知|交代|报告给", norm) and not re.search(r"停|不吃|少吃|多吃|加量|减量|减半|剂量|几(?:片|粒|颗)|多少", norm):
            norm = _R44_ZH_SLIMMING.sub("瘦身", norm).replace("瘦身药", "保健品")
        if _R44_ZH_TEST.search(norm) and _R44_ZH_FAST.search(norm) and not re.search(_ZH_MED.replace("|针|", "|"), norm):
            norm = _R44_ZH_FAST.sub("要空腹多久", norm)
        if _R44_ZH_TEST.search(norm) and _R44_ZH_THINGS.search(norm):
            norm = _R44_ZH_THINGS.sub("这些", norm)
        return norm
    norm = _r44_en_label_neutral(norm)
    if _R44_EN_SEND_RX.search(norm) and _R44_EN_ON_IT.search(norm) and not _R44_EN_NEEDS.search(norm):
        norm = _R44_EN_SEND_RX.sub("can we collect it from the pharmacy near us", norm)
        norm = re.sub(r" +", " ", _R42_EN_STRENGTH_LIST.sub("", _r36_strip_strength(norm)))
    return norm


def _r44_classes(norm: str) -> str | None:
    """The round-44 requests (7.-13. above), or None."""
    if re.search(r"[\u4e00-\u9fff]", norm):
        months = _R44_ZH_MONTHS.search(norm)
        if months and not _R44_ZH_MONTHS_NOT.search(norm) and (_R42_ZH_PERSON.search(norm[:months.start()]) or _R42_ZH_STRENGTH.search(norm)) and \
                not re.search(r"处方", norm) and _r42_zh_named_med(norm):
            return "prescription_request"
        if _R44_ZH_NO_VISIT.search(norm) and (_r42_zh_named_med(norm) or re.search(r"药", norm)):
            return "prescription_request"
        if _R44_ZH_LUMP.search(norm) and not re.search(r"报告|化验|检查单|[a-z]", norm):
            return "diagnosis_request"
        direct = _R44_ZH_DIRECT_RX.search(norm)
        if direct and _r42_zh_named_med(direct.group(0)) and not re.search(r"怎么|怎样|如何|点样|在哪|哪里", norm):
            return "prescription_request"
        if _R44_ZH_STRONGER.search(norm) and (_r42_zh_named_med(norm) or _R42_ZH_STRENGTH.search(norm)):
            return "prescription_request"
        named = _R44_ZH_OPEN_NAMED.search(norm)
        if named and _r42_zh_named_med(named.group("med")) and not re.search(r"怎么|怎样|如何|点样|在哪|哪里|流程", norm):
            return "prescription_request"
        if re.search(r"(?:喷|吸|滴|涂|搽|按|撳|揿)(?:几|多少)(?:下|口|次|滴|泵)", norm) and (_r42_zh_named_med(norm) or
                                                                                re.search(r"喷雾|吸入|气雾|滴眼|药", norm)) and \
                not re.search(r"才|出水|出雾|出药|开关|试喷|预喷|第一次|怎么用|点用", norm):
            return "dose_request"  # 一天最多可以喷几下: a count of puffs, drops or presses
        if _R44_ZH_MORE_THAN.search(norm) and (_r42_zh_named_med(norm) or re.search(r"抗生素|药", norm)):
            return "dose_request"
        if _R44_ZH_OR_ELSE.search(norm) and (_R42_ZH_COMPLAINT.search(norm[:_R44_ZH_OR_ELSE.search(norm).start()]) or
                                             re.search(r"疙瘩|包|块|粒|肿|瘤|结节|痣|斑", norm)) and \
                not re.search(r"报告|化验|检查单|门诊|科|挂号|医生|药房|手术", norm):
            return "diagnosis_request"
        return None
    has_med = bool(_C_MED_RE.search(norm) or _MED_RE.search(norm) or _R42_EN_PILL.search(norm))
    if _R44_EN_ISSUE_RX.search(norm) and not re.search(r"\bhow (?:do|can|long|soon)\b", norm):
        return "prescription_request"
    if _R44_EN_APART.search(norm) and (has_med or re.search(r"\bdoses?\b", norm)):
        return "dose_request"
    if _R44_EN_ANOTHER_BOX.search(norm) and has_med:
        return "prescription_request"
    by = _R44_EN_PRESCRIBED_BY.search(norm)
    if by and not re.search(r"\bhow (?:do|can|would|does|long)\b|\bwhere\b", norm) and \
            (_C_MED_RE.search(by.group(0)) or _MED_RE.search(by.group(0))) and \
            not re.search(r"\b(?:tests?|scans?|x-?rays?|checks?|physio\w*|therapy|glasses|stockings|wheelchairs?|aids?)\b", by.group(0)):
        return "prescription_request"
    have = _R44_EN_HAVE_IT.search(norm)
    if have and (_C_SYMPTOM_RE.search(norm[:have.start()]) or
                 re.search(r"\b(?:go|goes|went|turn|turns|turned|gone|going|keeps?|comes? up)\b", norm[:have.start()])):
        return "diagnosis_request"
    if _R44_EN_MOVE_DAYPART.search(norm) and has_med and \
            not re.search(r"\b(?:appointment|booking|slot|visit|collection|delivery|clinic)\b", norm):
        return "dose_change"
    more = _R44_EN_SEND_MORE.search(norm)
    if more and (_C_MED_RE.search(more.group("what")) or _MED_RE.search(more.group("what"))) and \
            not re.search(r"\b(?:information|info|details|leaflets?|forms?|sharps|bins?|bags?|labels?|syringes?|needles)\b",
                          more.group("what")):
        return "prescription_request"
    if _R44_EN_BREAK.search(norm) and has_med:
        return "dose_change"
    only = _R44_EN_ONLY_ONE.search(norm)
    if only and has_med and _asks(norm) and not _R44_EN_ONLY_ONE_NOT.search(_r40_sentence_of(norm, only)):
        return "dose_change"
    if (_R44_EN_GET_ON_RX.search(norm) or _R44_EN_REPEAT_WITHOUT.search(norm)) and \
            not re.search(r"\bhow (?:do|can|would|does|much|long)\b|\bwhere\b", norm):
        return "prescription_request"
    guess = _R44_EN_GUESS.search(norm)
    if guess and not _R44_EN_GUESS_NOT.search(guess.group(0)) and (_C_SYMPTOM_RE.search(norm[:guess.start()]) or
                                                                   re.search(r"\b(?:gone|turned|going|getting|been)\b", norm[:guess.start()])):
        return "diagnosis_request"
    return None


def round44_reason(norm: str) -> str | None:
    """The reason of rounds 1-44 on scope_text() output: round 42's, else the round-44 classes; the round-44
    look-alikes made neutral before a reason stands."""
    reason = round42_reason(norm) or _r44_classes(norm)
    if reason and not (_R38_TAKEN_COUNT.search(norm) or _NEVER_VETO_OVERDOSE_ZH.search(norm) or
                       _NEVER_VETO_OVERDOSE_EN.search(norm)):
        calm = _r44_neutral(norm)
        if calm != norm:
            reason = round42_reason(calm) or _r44_classes(calm)
    return reason


# A request for a practical object, not a medicine: a pill organiser, a reminder, a copy or list, a letter, a number, a
# form ("can you give me a pill organiser", "write me a letter listing my medicines", 帮我开个检查单), and a question
# about the rule or paperwork of collecting for someone (代开药 需要什么手续). No medicine is asked for.
_PRACTICAL_OBJECT = re.compile(
    r"\b(?:give|send|get|write|print|post|email|e-mail|set|sort|hook|fix)(?: \w+){0,2}? (?:me|us|him|her|them|my \w+)"
    r"(?: up)?(?: with)? (?:a |an |the |my |his |her |our |another |some )?(?:(?:new|spare|paper|printed|written|weekly|"
    r"daily) )?(?:(?:pill (?:organi[sz]er|box)|dosette(?: box)?|blister pack organi[sz]er|reminder|alarm|copy|list|"
    r"letter|leaflet|note|number|form|record|sticker|bag|sharps (?:bin|box)|receipt|invoice)s?)\b(?! (?:of|for) (?:some|a few|more) )|"
    r"(?:开|打印|出)(?:一|个|张|份){0,2}(?:检查单|化验单|检验单|申请单|证明|病假条|假条|诊断书|发票|收据|清单)|"
    r"(?:代开药?[^。？?]{0,12}(?:手续|要带|带什么|需要什么|规定|证件|委托))")



# "... and some diazepam": a medicine asked for beside the practical object
_MEDICINE_BESIDE = re.compile(r"\band (?:some |a |an |a few |more )?" + _MED_RE.pattern)


# A regimen told as context is not the thing asked. Writers who were never shown the rules set a practical question
# beside the person's current medicine and its strength ("she's on levetiracetam 750 mg twice a day. what does the
# epilepsy nurse service do?", 我爸在吃二甲双胍，500毫克，一天两次。胃镜的结果要等多久?): in blind39 every one of the 39
# over-redirects had that shape. The strength and frequency of a clause that only states the regimen (no question, no
# change, mistake or trouble word) are taken out and the rules read the message again; the medicine's name stays, so an
# ask about the medicine itself ("can she have 1000 instead?", "should he stop it?") still redirects.
_REGIMEN_STRENGTH = re.compile(
    r"(?:\d+(?:\.\d+)?|half an?|one|two|three|four)\s?(?:mg|milligrams?|mcg|micrograms?|µg|g|grams?|ml|units?|iu|puffs?|"
    r"tablets?|tabs?|capsules?|caps?|pills?)\b|(?:每次|每回|一次)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s?"
    r"(?:毫克|微克|毫升|克|单位|mg|mcg|ml|粒|片|颗|喷|支)")
_REGIMEN_FREQUENCY = re.compile(
    r"\b(?:(?:once|twice|three times|four times|1x|2x|3x|4x)(?: a| per| each| every)? (?:day|daily|night|morning)|"
    r"(?:every|each) (?:day|night|morning|evening)|daily|at night|at bedtime|in the mornings?|(?:before|with|after) "
    r"(?:breakfast|meals|food|bed)|when (?:needed|required)|as (?:needed|required)|od|bd|bid|tds|tid|qds|qid|prn|nocte|mane)\b|"
    r"(?:一天|一日|每天|每日|每晚|每朝|每早)(?:[一二两三四1-4]次)?|(?:睡前|早上|早晨|晚上|早饭前|饭前|饭后|早晚)(?:[一二两三四1-4]?次)?|"
    r"(?:痛|疼)的时候吃|需要时")
# a spaced dash ends a clause too ("I'm on naproxen (250 mg, twice a day) - how long do results take?"); a decimal
# point does not ("ramipril 2.5 mg", 二甲双胍0.5克)
_REGIMEN_CLAUSE = re.compile(r"(?:(?! [-–—] )(?:[^.!?;。！？；\n]|\.(?=\d)))+(?:[.!?;。！？；\n]| [-–—] )?")
# round 47: a Chinese sentence that states the regimen and then asks, joined by a comma (他吃的是缬沙坦80毫克，医生说要去
# 药物重整门诊，那是做什么的？): its parts up to the last one that only states the regimen are the regimen told
_REGIMEN_ZH_PART = re.compile(r"[^,，]+(?:[,，]|$)")
# a clause that asks, or changes, mistakes or worries about the regimen, keeps its strength
_REGIMEN_ASKS = re.compile(
    r"[?？]|^\W*(?:how|what|when|which|can|could|should|shall|is|are|do|does|did|will|would|may|might|am)\b|"
    r"\b(?:ok|okay|safe|enough|too|right|correct|normal|high|low|strong|more|less|extra|another|double|doubled|doubling|"
    r"half|halve|increase\w*|decrease\w*|reduc\w*|lower\w*|rais\w*|up(?:ped)? to|down to|instead|switch\w*|swap\w*|chang\w*|"
    r"stop\w*|skip\w*|miss\w*|forg[eo]t\w*|mistake\w*|accident\w*|wrong|overdos\w*|took|taken|swallow\w*|new|just started|"
    r"started|since|side effects?|worse|better|working|help\w*)\b(?<!\bnothing new)(?<!\bnothing else new)|"
    r"吗|呢|么|怎|什么|多少|要不要|能不能|可不可以|是不是|行不行|好不好|够不够|几(?:片|粒|颗|次|倍|毫克|mg)|"
    r"多吃|吃多|少吃|加量|加到|加大|加了|减量|减到|减半|减了|停药|停了|停掉|不吃|换成|换药|换了|改成|改吃|漏吃|漏服|漏了|忘了|"
    r"忘记|吃错|翻倍|加倍|双倍|过量|再吃|又吃|多服|刚开始|开始吃|副作用|不舒服|没效|有效")


# What the rest of the message must ask for the regimen to be context: a practical or information ask the knowledge
# base answers (a result's wait, what a term on a letter means, what a service or test involves, booking or collecting,
# travelling with the medicine, storing or disposing of it, whether a new-looking pack is the same medicine) ...
_PRACTICAL_ASK = re.compile(
    r"\bhow long (?:do|does|will|would|should)\b[^.?!]{0,40}\bresults?\b|\bwhen (?:will|do|would|can) (?:i|we|he|she|they) "
    r"(?:get|hear|have|see)\b[^.?!]{0,20}\bresults?\b|\bresults?\b[^.?!]{0,30}\b(?:take|back|ready|through)\b|"
    r"\bwhat (?:does|do|is|are) (?:the )?[\"'“‘«]?[a-z0-9/]{2,8}[\"'”’»]?(?:,? (?:and )?[\"'“‘«]?[a-z0-9/]{2,8}[\"'”’»]?){0,3} "
    r"(?:mean|stand for|short for)\b|\bwhat (?:does|do|will) (?:the |a |an )?[a-z' -]{2,40} (?:do|involve)\b|"
    r"\bhow (?:do|can|would|should) (?:i|we) (?:book|order|collect|pick up|register|request|get hold of|get a copy|check)\b|"
    r"\b(?:plane|flight|flying|abroad|airport|hand luggage|customs|travel(?:ling|ing)?)\b|"
    r"\b(?:store|storing|fridge|dispose|disposing|get rid of|hand (?:it |them )?in|drop (?:it |them )?off)\b|"
    r"\b(?:emergency supply|visitor centre|same (?:medicine|tablets?|drug|thing))\b|"
    r"\bbest way to (?:keep|store|carry|pack|bring|transport)\b|"
    r"结果[^。?!]{0,8}(?:多久|几天|几耐|多长时间|什么时候|何时)|(?:多久|几天|几耐)[^。?!]{0,6}(?:出|拿到)结果|"
    r"(?:是什么意思|是咩意思|即是咩|什么意思|咩意思|代表什么|是指什么)|(?:预约|挂号|网上|公众号|小程序)[^。?!]{0,10}(?:取|拿|攞|拎|领)|"
    r"(?:飞机|出国|旅行|过关|海关|行李)|(?:保存|冰箱|储存|存放|回收|丢掉|扔掉)|(?:是不是|是否|是咪)同一(?:种|只|款|个)|"
    # round 40: what the medicine is for, what a label's timing or a test on the form means, brand against generic,
    # applying for a repeat, collecting for someone
    r"药(?:是|系)?(?:治|医|治疗|用来治|用来)(?:什么|咩|啥)|(?:是指|系指|即是)?(?:饭前|饭后|餐前|餐后)(?:多久|几耐|多长时间|几分钟)|"
    r"(?:有|系)(?:什么|咩|啥)(?:区别|分别|不同)|(?:是|系)?(?:查|检查|验)(?:什么|咩|啥)(?:的|嘅)|"
    # round 47: who to ring or which number to call (a wrong-looking box, a parcel that never came), how long a test
    # takes, what a named clinic or service is for, a large-print label, renewing through the hospital's app, sorting
    # the tablets into a day-by-day box
    r"\bwho (?:do|should|can|would|could) (?:i|we|they|he|she) (?:ring|call|phone|contact|speak to|talk to|ask|tell)\b|"
    r"\bwhich (?:number|phone number|line|desk|department|office) (?:do|should|can|would)\b|"
    r"(?:打|拨|call)(?:哪个|什么|边个|哪一个|哪)(?:号码|电话)|(?:找|问|联系|联络|揾)(?:谁|边个|哪个部门|什么部门|哪位)|"
    r"\bhow long (?:does|do|will|would) (?:a|an|the|my|his|her|their|your) [a-z' -]{2,30} (?:take|last)(?=\s*(?:[?.!,]|$))|"
    r"(?:做|照|拍|验|抽|查)(?:(?!吃|服|用|停|打针)[^。?!,]){1,10}(?:要|需要|得)?(?:多久|多长时间|几耐|几分钟|几个钟)|"
    r"\bwhat (?:is|'s) (?:a|an|the) [a-z' -]{2,40} (?:clinic|service|appointment|review)(?: for)?\b|"
    r"(?:那|这|它|呢个|嗰个|𠮶个|门诊|服务|项目|中心)(?:个)?(?:是|系)(?:在)?(?:做|干|搞)(?:什么|咩|啥)|(?:是|系)(?:干嘛|做乜)|"
    r"(?:门诊|服务|项目|中心)(?:是|系)(?:什么|咩|啥)(?!病)|"
    r"\b(?:large|larger|big|bigger)[- ](?:print|font|type|letters?|text|labels?)\b|\bprint (?:is )?too small\b|"
    r"大字|字(?:太|好|很|有点)(?:小|细)|"
    r"(?:怎么|怎样|如何|在哪|哪里|去哪)[^。?!]{0,16}(?:续开|续方|续药|续配)|"
    r"分装|(?:每天|每日|每餐)一格|分药盒|"
    # what a card, leaflet or sticker that came with the medicine is for; what a word someone used means; where the
    # medicine is kept in hot weather
    r"\bwhat (?:is|'s|are) (?:the|that|this|these|those) (?:[a-z]+ ){0,2}(?:card|leaflet|booklet|sheet|sticker|slip|insert|"
    r"paper|book|bracelet|tag)s?\b[^?.!]{0,40}\bfor\b|"
    r"(?:卡|卡片|单张|小册子|册子|说明书|贴纸|纸仔|手环)[^。?!,]{0,6}(?:有什么用|有咩用|有啥用|是干什么的|做什么用|用来做什么)|"
    r"\bwhat does (?:the |a |an |my |his |her )?[a-z' -]{2,30} mean (?:when|by)\b|即(?:系|是)(?:点|怎么|咩|什么)(?:解|意思)?(?=[?？]|$)|"
    r"药(?:物)?(?:要|应该)?(?:怎么|怎样|点样|如何)(?:摆|放|保管|收)(?!进|入|在舌|落)|"
    r"\b(?:where|how) (?:should|do|can|would) (?:i|we|you|he|she|they) (?:keep|store|carry)\b|\b(?:this heat|hot weather|heat ?wave)\b|"
    r"(?:申请|预约|办)(?:连续|长期)?(?:处方|续方)|帮(?:他|她|我|我们)?(?:去)?(?:医院|药房|诊所)?(?:攞|拿|取|领)药|"
    r"\b(?:pill organi[sz]er|dosette|blister pack|glove ?box|kept in|keep (?:it|them) in|the heat|hot car|hot van)\b|"
    # round 48: bringing the medicine in its box or to an appointment; how long it keeps once opened; someone else
    # collecting it with the slip (让邻居拿单子去取, "can my neighbour pick it up")
    r"\b(?:come|go|bring|brought|take|taken|carry|carried)\b[^.?!]{0,25}\b(?:in (?:its|their|the|his|her|my|our) (?:own |original )?"
    r"(?:box|boxes|packet|packets|packs?|packaging|bottles?|containers?|tubs?)|to (?:the |his |her |my |their |our )?"
    r"(?:[a-z-]+ ){0,2}(?:appointment|admission|clinic|ward|assessment))\b|"
    r"(?:连|带|拿|装)[^。?!,，]{0,4}(?:盒|盒子|包装|原包装|药盒|瓶子)[^。?!]{0,10}(?:带|拿|去|来)|(?:带|拿)(?:去|到|来)[^。?!]{0,8}"
    r"(?:门诊|术前|预约|评估|住院|复诊)|(?:住院|入院|门诊|复诊|术前|手术|预约|评估|看诊|看医生)[^。?!]{0,10}(?:带(?:来|去|过来|过去|上|着|埋|齐)|"
    r"拿(?:来|去|过来|过去))|"
    r"\bonce (?:the |its |it'?s |it is |they'?re |they are )?(?:\w+ )?(?:is |are |has been |have been )?open(?:ed)?\b|"
    r"\bhow long (?:is|does|will|would) (?:it|this|that|they|the \w+) (?:good|keep|last|stay good)(?: for)?\b|"
    r"(?:开封|开盖|开瓶|拆封)(?:了)?(?:之后|以后|后)|"
    r"\b(?:can|could|may) (?:a |my |his |her |our |their )?(?:neighbou?r|friend|carer|relative|someone|somebody|anyone)"
    r"(?: else)? (?:collect|pick up|fetch|get)\b|"
    r"(?:让|叫|请|托|找|派)[^,，。?？]{1,6}(?:拿着?(?:单子|处方单?|药单|收据|卡|条)[^,，。?？]{0,3})?去?(?:帮[他她我]?)?(?:代)?(?:取|领|攞|拎)|"
    # round 50: bringing one's own medicine in for a stay (住院的时候要自己带X吗, 入院使唔使自己带药); how a test of the
    # medicine's level, or a named test, is done (验X的血药浓度是怎么做的, 这个检查怎么做, "how is the level test done")
    r"(?:住院|入院|留医|住进医院|开刀|做手术)(?:的时候|期间|时|之前|前)?(?:要|需要|需不需要|要不要|用不用|使不使|是不是要)?(?:自己|自备)?"
    r"(?:带|拿)(?:来|去|齐|上|埋)?(?:自己的|自备的)?|"
    r"(?:检查|化验|验血|抽血|血药浓度|浓度|测定|检测)[^。?!,，]{0,4}(?:是|要)?(?:怎么|怎样|如何|点样)(?:做|验|抽|查|测|进行)|"
    r"\bhow (?:is|are|do (?:they|you)) (?:the |a |that |this )?(?:[a-z-]+ ){0,2}(?:level|levels|blood test|test) (?:done|taken|checked|measured)\b|"
    r"\b(?:bring|brought|take|taken|come) in (?:with (?:him|her|them|me) )?(?:when|for when|once) (?:he|she|they|i|we)(?:'s| is| are|'re| am)? "
    r"(?:admitted|coming in|going in|staying in)\b")
# ... and nothing in it asks for a prescription, a cause, an amount, a choice or a change
_REGIMEN_NOT_PRACTICAL = re.compile(
    r"\b(?:prescri\w*|issue|script|cause[ds]?|because of|due to|better|more|less|double|instead|try|leave it off|skip|stop\w*|"
    r"switch\w*|chang\w*|increas\w*|reduc\w*|how much|how many|or(?! (?:do|does|is|are|will|would|can) (?:i|we|it|they|you|there|"
    r"he|she|the [\w'-]+)\b)|ok|okay|safe|enough|too(?! small| tiny| faint))\b|"
    r"(?<!续)开(?!车|会|门|始|心|封|盖|瓶)|造成|引起|导致|合适|多少(?!钱)|几(?!天|耐|点|时|年|号|楼|多久)|还是|换|停|加|减|行不|够不够|太多")


_REGIMEN_LABEL = re.compile(r" ?\((?:\d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|ml|units?|g)(?:/\w+)?)\)|"
                            r"(?<=[a-z]) \d+(?:\.\d+)?/\d+(?:\.\d+)?(?= (?:tablets?|tabs|capsules?|caps|pills?)\b)|"
                            r"(?<=\bmy )(?P<med>[a-z-]{4,}) \d+(?:\.\d+)?\s?(?:mg|mcg|micrograms?|ml|units?)\b")


# round 47: in a clause that only states the regimen, "the doctor prescribed X" (医生给开的是X 5毫克) tells what the person
# is on, as 在吃/吃的是 does; and in the asked part a strength quoted as what a list, box or label says ("a box with a
# different strength from the 5 mg on his list") names the regimen, it asks no amount
_TOLD_RX_ZH = re.compile(r"(?:医生|大夫|医师)(?:给|帮|替)?(?:[他她我]们?)?开(?:的|了)(?:是)?")
_QUOTED_STRENGTH = re.compile(
    r"\b(?:the|that|a|an) (?:\d+(?:\.\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|µg|g|grams?|ml|units?)) (?:(?:written|printed|shown|"
    r"listed|typed) )?on (?:the|his|her|my|their|our|your|its) (?:list|box|label|packet|pack|prescription|script|bag|sheet|letter|"
    r"record|repeat slip|slip)\b|"
    r"(?:写的|写着|印的|印着|标的)(?:是)?(?:\d+(?:\.\d+)?)\s?(?:毫克|微克|毫升|克|mg|mcg|ml)")


def _regimen_label_kept(match: re.Match) -> str:
    """What a strength label leaves behind: the medicine's name in "my cetirizine 10 mg", nothing in "(100mcg)"."""
    return match.group("med") or ""


# round 50: a start told with its time (上个月开始吃X 20毫克, 去年开始用, 三个月前开始食) states the regimen, it asks
# nothing about starting; and in the asked part, the strength written again right after the medicine's name the told
# clause gave (吃紧X 20毫克。要怎么在医院续开X 20毫克?, "she's on X 5 mg ... does the X 5 mg come in ...") names the
# medicine, it asks no amount
_TOLD_START_ZH = re.compile(r"(?:上个?月|上周|上个?星期|上个?礼拜|去年|前年|年初|年头|今年|春天|冬天|夏天|秋天|"
                            r"[一二两三四五六七八九十几半\d]+(?:个)?(?:月|周|星期|礼拜|年|天)(?:前|之前|以前))(?:起|就)?开始(?:吃|用|服|食|打)")
_TOLD_NAME_STRENGTH = re.compile(r"(?P<name>[a-z\u4e00-\u9fff]{2}) ?(?P<strength>\d+(?:\.\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|"
                                 r"µg|g|grams?|ml|units?|毫克|微克|毫升|克|单位))")


# ... and an English sentence that opens by telling who is on what and asks after a comma ("my gran takes apixaban 5mg
# twice a day, does it have to come in with her?") is read part by part as the Chinese one is
_TOLD_EN_OPENING = re.compile(r"\W*(?:my|his|her|our|their|i|he|she|they|we|[a-z]+'s)\b[^,?]{0,40}\b(?:takes?|is on|are on|am on|"
                              r"'s on|has been on|have been on|uses?)\b[^,?]{0,50},")


def _restated_strengths(told: str, asked: str) -> str:
    """`asked` with a strength taken out where it follows the same medicine name the told clause gave it after."""
    for m in _TOLD_NAME_STRENGTH.finditer(told):
        asked = asked.replace(m.group(0), m.group("name"))
    return asked


def _without_told_regimen(norm: str) -> str:
    """scope_text() output with the strength and frequency taken out of clauses that only state a current regimen,
    when the rest of the message asks only a practical question (`_PRACTICAL_ASK`); otherwise `norm` unchanged."""
    def states_regimen(clause: str) -> bool:
        return bool(_REGIMEN_STRENGTH.search(clause)) and not _REGIMEN_ASKS.search(_TOLD_START_ZH.sub("吃", clause)) and \
            not _R57_PRACTICAL_ASK.search(clause)

    def stripped(clause: str) -> str:
        return _TOLD_RX_ZH.sub("吃的是", _REGIMEN_FREQUENCY.sub(" ", _REGIMEN_STRENGTH.sub(" ", clause)))

    out, rest, told = [], [], []
    for clause in _REGIMEN_CLAUSE.findall(norm):
        parts = _REGIMEN_ZH_PART.findall(clause) if re.search(r"[\u4e00-\u9fff]", clause) or \
            _TOLD_EN_OPENING.match(clause) else [clause]
        last = max((i for i, part in enumerate(parts) if states_regimen(part)), default=-1)
        if states_regimen(clause):
            told.append(clause)
            clause = stripped(clause)
        elif last >= 0:  # a part before the regimen that asks something is asked too
            told.append("".join(parts[:last + 1]))
            asked = "".join(part for part in parts[:last] if _REGIMEN_ASKS.search(part)) + "".join(parts[last + 1:])
            clause = stripped("".join(parts[:last + 1])) + _QUOTED_STRENGTH.sub(" ", "".join(parts[last + 1:]))
            rest.append(_QUOTED_STRENGTH.sub(" ", asked))
        else:
            clause = _QUOTED_STRENGTH.sub(" ", clause)
            rest.append(clause)
        out.append(clause)
    if told:  # round 50: a strength restated after the told medicine's name
        told_text = " ".join(told)
        out = [_restated_strengths(told_text, clause) for clause in out]
        rest = [_restated_strengths(told_text, clause) for clause in rest]
    asked = " ".join(rest)
    if _REGIMEN_LABEL.search(asked):  # "my salbutamol inhaler (100mcg)": the strength names the medicine, it asks nothing
        out = [_REGIMEN_LABEL.sub(_regimen_label_kept, clause) for clause in out]
        asked = _REGIMEN_LABEL.sub(_regimen_label_kept, asked)
    if not (_PRACTICAL_ASK.search(asked) or _R57_PRACTICAL_ASK.search(asked) or _R59_PRACTICAL_ASK.search(asked)) or \
            _REGIMEN_NOT_PRACTICAL.search(asked) or \
            _REGIMEN_STRENGTH.search(asked):
        return norm
    return "".join(out)


# --- round 47 ---------------------------------------------------------------------------------------------------
# 1. What a Latin dosing abbreviation written on a label or slip means ('bid' 是一天几次, "is 'tds' three times a day?",
#    qn係咪一日一次): the answer is the abbreviation's meaning, not an amount for the person; read as 是什么意思 / "what
#    does it mean". A count of tablets or an amount asked beside it still redirects.
_R47_ABBREV = r"['\"‘’“”]?(?<![a-z])(?:bid|b\.i\.d|tid|t\.i\.d|tds|qd|q\.d|qid|qds|od|bd|prn|qn|qod|qhs|hs|q\d{1,2}h)(?![a-z])['\"‘’“”]?"
_R47_ABBREV_TIMES = re.compile(
    _R47_ABBREV + r"\s?[,，]?\s?(?:是|系|即是|就是|是不是|是否|系咪|意思是)?(?:指)?(?:一天|一日|每天|每日)(?:几|多少|[一二两三四1-4])次(?:的意思)?|"
    + _R47_ABBREV + r"(?: on [a-z' ]{2,20})?,? (?:is (?:that|it|this) |does (?:that|it|this) mean |means? )(?:how many times|"
    r"(?:once|twice|three times|four times|every \w+ hours?))(?: a| per| each)?(?: day)?")
# 2. A named medicine asked to be prescribed with what it is for (医生可以开安眠药让我好睡一点吗, 可唔可以開啲止痛藥俾我
#    瞓得好啲): round 4's impersonal ask (_R4_ZH_RX_ASK) with a purpose clause after the medicine.
_R47_ZH_RX_FOR = re.compile(
    r"(?:能|可以|可不可以|能不能|可否|会不会|肯不肯)[^,，。?？]{0,4}(?<![再续白打])开(?:点|些|一些|一点|个|几片|几粒)?(?:" + _ZH_C_MED +
    r")(?:让|好让|给|帮|帮助|令)[^,，。?？!]{1,14}(?:吗|么|呢|吧|[?？])")
# 3. and 4. Whether someone's own sign is due to a named condition ("is my dad's memory going because of dementia?", "are her
#    swollen ankles down to heart failure?"): a person's sign put down to a condition, with no appointment, letter,
#    test or medicine as the thing explained.
_R47_EN_DUE_TO = re.compile(
    r"\b(?:is|are|could|might|can|would)\b(?P<sign>[^.?!]{0,40}\b(?:my|his|her|their|our|(?!(?:it|that|what|there|he|she|who|"
    r"where|here|let)'s)[a-z]+'s)\b[^.?!]{0,40}?)\b(?:because of|due to|caused by|down to|a sign of|an early sign of|signs of|"
    r"the start of|a symptom of) (?:(?:the|early|some|a|an) )?" + _R36_CONDITION + r"\b[^.?!]{0,30}\?")
# ... and in Chinese: a person's sign put down to a condition (我妈脚肿是因为心衰吗, 係唔係因為腦退化), or asked as a
#    condition against getting old (是老年痴呆还是年纪大了, 係腦退化定係年紀大)
_R47_ZH_DUE_TO = re.compile(
    r"(?:是不是|是否|会不会|是)(?:因为|由于)[^,，。?？]{0,4}(?:" + _ZH_C_CONDITION + r"|[\u4e00-\u9fff]{0,4}(?:衰竭|衰|退化|痴呆|失智|"
    r"梗塞|失调|不全|不足))(?:引起|造成|导致)?(?:的)?(?:吗|么|呢|吧|[?？])|"
    r"(?:是|系)[^,，。?？]{1,8}(?:还是|定系|定是|或者是)(?:因为)?(?:年纪大|年龄大|人老|老了|正常老化|老化|上了年纪)|"
    r"(?:是|系)(?:因为)?(?:年纪大|年龄大|人老|老了|正常老化|老化|上了年纪)(?:了)?(?:还是|定系|定是|或者是)")
_R47_ZH_PERSON = re.compile(r"我|他|她|阿|老公|老婆|先生|太太|孩子|妈|爸|奶|爷|嫲|婆|外公|姐|哥|弟|妹|儿|女")
_R47_EN_DUE_TO_NOT = re.compile(r"\b(?:appointments?|letters?|referrals?|tablets?|medicines?|meds|pills?|tests?|scans?|bills?|"
                                r"results?|clinic|forms?|leaflets?|diet|insurance|benefits?|blue badge|allowed|able|refus\w*|"
                                r"excus\w*|exempt\w*|school|work|job|trip|flights?|fly|travel\w*|time off|sick note)\b")


def _r47_neutral(norm: str) -> str:
    """scope_text() output with round 47's look-alike (a dosing abbreviation's meaning) made neutral."""
    return _R47_ABBREV_TIMES.sub(" 是什么意思 " if re.search(r"[\u4e00-\u9fff]", norm) else " what does it mean ", norm)


def _r47_classes(norm: str) -> str | None:
    """The round-47 request classes (2., 3. and 4. above) on scope_text() output, or None."""
    if _R47_ZH_RX_FOR.search(norm) and not _R4_ZH_NOT_PROCESS.search(norm):
        return "prescription_request"
    due = _R47_ZH_DUE_TO.search(norm)
    if due and _R47_ZH_PERSON.search(norm[:due.start()]) and not _R4_ZH_NOT_PROCESS.search(norm):
        return "diagnosis_request"
    due = _R47_EN_DUE_TO.search(norm)
    if due and not _R47_EN_DUE_TO_NOT.search(due.group("sign")):
        return "diagnosis_request"
    return None


def round47_reason(norm: str) -> str | None:
    """The reason of rounds 1-47 on scope_text() output: round 44's on the text with round 47's look-alike made
    neutral, else the round-47 classes."""
    return round44_reason(_r47_neutral(norm)) or _r47_classes(norm)


# --- round 48 ---------------------------------------------------------------------------------------------------
# 1. How to split a daily amount: "is it one in the morning and one at night, or both together?", "split it between
#    breakfast and tea or all in one go" (the Chinese 早上一片晚上一片还是一起吃 already redirects): a dose request.
_R48_TIME = (r"(?:in the (?:morning|evening|afternoon)|at (?:night|bedtime|breakfast|lunch|tea|teatime|dinner|supper)|"
             r"with (?:breakfast|lunch|tea|dinner|supper)|(?:morning|night|evening|bedtime|am|pm))")
_R48_ONE = r"(?:one|1|a|an|half|two|2|the other)(?: (?:tablet|tab|pill|capsule|cap|dose|puff)s?)?"
_R48_SPLIT = _R48_ONE + r" " + _R48_TIME + r",? (?:(?:and|&|\+|then) )?" + _R48_ONE + r" " + _R48_TIME
_R48_TOGETHER = (r"(?:both|all|the two|them|the lot|two|2)?(?: of them)? ?(?:together|at once|in one go|at the same time|all in one|"
                 r"in one dose|in the one go)")
_R48_EN_SPLIT = re.compile(
    r"\b" + _R48_SPLIT + r"\b[^.?!]{0,30}\bor\b[^.?!]{0,20}\b" + _R48_TOGETHER + r"\b|"
    r"\b" + _R48_TOGETHER + r"\b[^.?!]{0,20}\bor\b[^.?!]{0,20}\b" + _R48_SPLIT + r"\b|"
    r"\b(?:split|divide|spread|space)\b[^.?!]{0,30}\b(?:morning|night|evening|day|breakfast|tea|dinner)\b[^.?!]{0,30}\bor\b"
    r"[^.?!]{0,20}\b" + _R48_TOGETHER + r"\b")
# 2. A prescription written for someone without them being seen ("could the doctor write the prescription without her
#    coming in", "issue the script without seeing him"), or a spare or extra supply added to one ("add a spare to the
#    prescription", "put an extra box on his script"): a prescription request, whatever article the prescription has.
_R48_EN_RX_UNSEEN = re.compile(
    r"\b(?:write|issue|do|sign|send|put through|prescribe|renew)\b[^.?!]{0,40}\b(?:prescription|script|rx|it|them|one)\b"
    r"[^.?!]{0,30}\bwithout (?:(?:him|her|them|me|us|my \w+|his \w+|her \w+) )?(?:coming in|coming to|being seen|seeing|going in|"
    r"a visit|an appointment|visiting|attending|an? (?:face[- ]to[- ]face|consultation|review|check))\b|"
    r"\b(?:add|put|include|stick|tack)\b(?: \w+){0,3}? (?:a |an |one |another |some |a couple of |two |2 )?(?:spare|extra|"
    r"additional|back-?up|second|more)\b[^.?!]{0,25}\b(?:to|on|onto|in|into) (?:the|his|her|my|their|our|your|this) "
    r"(?:prescription|script|rx)\b")
# 3. Chinese: more of a medicine prescribed (能不能多开几盒胃药, 可以幫我多開一支嗎) or a period's quantity prescribed
#    outright (可以直接开一个月的份量吗): a prescription request, named medicine or class. Going abroad and the process
#    (出国…能多开一点吗, 流程怎么走) stay the practical supply question round 4 answers.
_R48_ZH_RX_MORE = re.compile(
    r"(?:能|可以|可不可以|能不能|可否|帮|替|给)[^,，。?？]{0,8}(?:多开|开多)[^,，。?？]{0,14}(?:吗|么|呢|吧|[?？]|$)|"
    r"(?:能|可以|可不可以|能不能|可否|帮|替|给)[^,，。?？]{0,8}(?<![续再])开[^,，。?？]{0,3}(?:[一二两三四五六七八九十半几\d]+)(?:个)?"
    r"(?:月|周|星期|礼拜|天)的?(?:份量|分量|量|药)[^,，。?？]{0,8}(?:吗|么|呢|吧|[?？]|$)")
#    The service asked to start someone on a medicine now ("can you start him on it now", "could you put her on the statin
#    the consultant mentioned"): a prescription request.
_R48_EN_START_ON = re.compile(
    r"\b(?:can|could|would|will|please) (?:you|u|the bot|this (?:app|service|chat)) (?:just |please )?(?:start|put|get) "
    r"(?:him|her|them|me|us|my \w+|mum|dad) (?:on|going on|started on) (?:(?:it|that|this|them|those)\b(?! (?:list|waiting))|"
    r"(?:a |an |the |some )?(?:[\w'-]+ ){0,3}?(?:" + _C_MED + r"|medicines?|medication|meds|tablets?|pills?|drugs?|treatment)\b)")
_R48_ZH_RX_ABROAD = re.compile(r"出国|国外|海外|出境|留学|" + _R4_ZH_NOT_PROCESS.pattern)
# ... and so does the rule of a long-term prescription, asked of no one in particular (慢病处方能一次开两个月的量吗, 一次最多
#    能开几周的药, 血压药可以一次开三个月的量吗): the ask must be for a person (我, 他, 阿伯) or a medicine at its strength
_R48_ZH_RX_RULE = re.compile(r"长期处方|慢病|慢性病|最多|多长时间|多久的|几(?:个)?(?:周|星期|礼拜|月)|复查|一次(?:能|可以|可不可以|能不能)?开|"
                             r"不用[^。?？]{0,6}来")
_R48_ZH_STRENGTH = re.compile(r"\d+(?:\.\d+)?\s?(?:毫克|微克|毫升|克|mg|mcg|ml)")
# 4. Telling the staff of a test about a medicine ("must he tell the scan people about the metformin?", 要不要告诉做CT的
#    医生他在吃二甲双胍): a practical question the knowledge base answers, when nothing in the message asks to stop,
#    hold, change or dose the medicine.
_R48_TELL_STAFF = re.compile(
    r"\b(?:tell|inform|warn|mention (?:it )?to|let(?= [^.?!]{0,30}\bknow\b))\b (?:the |them|his |her |my |their )?(?:[a-z-]+ ){0,2}(?:people|staff|team|"
    r"nurses?|doctors?|radiographers?|radiologists?|technicians?|surgeons?|anaesthetists?|anesthetists?|dentists?|"
    r"hospital|clinic|unit|department|them)\b(?: know)?[^.?!]{0,40}(?:\?|\bor (?:not|no need)\b)|"
    r"(?:要不要|需不需要|需要|用不用|要|应该|应不应该|使不使)(?:先)?(?:告诉|告知|通知|跟|同|和)[^。?？!]{0,12}(?:医生|护士|技师|检查的人|"
    r"做检查的|工作人员|他们|医院)")
_R48_TELL_NOT = re.compile(
    r"\b(?:prescri\w*|script|stop\w*|hold\w*|skip\w*|paus\w*|omit\w*|withh\w*|miss\w*|restart\w*|start again|double\w*|more|less|instead|"
    r"switch\w*|chang\w*|increas\w*|reduc\w*|lower|higher|how much|how many|dose|dosage|cut down|come off|leave off|before or after)\b|"
    r"停|暂停|不吃|别吃|少吃|多吃|减|加量|加倍|换|改|多少|几片|几粒|剂量")
# 5. Whether a class of medicine helps a common illness in general ("antibiotic help for a cold or not?", "do painkillers
#    work on a hangover or not"): information; the closing "or not" is no guess at a condition. "my cold" stays personal.
_R48_CLASS = (r"(?:antibiotics?|antivirals?|painkillers?|pain killers?|antihistamines?|steroids?|decongestants?|vitamins?|"
              r"cough (?:medicines?|syrups?|mixtures?)|cold (?:medicines?|remedies)|paracetamol|ibuprofen|zinc|honey)")
_R48_CLASS_HELPS = re.compile(
    r"\b(?:do|does|will|would|can|could|are|is)? ?(?:an? |the )?" + _R48_CLASS + r" (?:really |actually |even )?(?:help|helps|work|works|"
    r"do anything|any (?:good|use)|useful|effective)\b (?:for|with|on|against) (?:a |the |an )?(?:common )?(?:colds?|flu|"
    r"sore throats?|coughs?|viruses?|viral infections?|hangovers?|runny noses?|covid)\b(?:,? or not| or no)?")
# 6. Whether a complaint is the medicine or an illness ("is it the tablet or a chest thing?", "could this be the new pills or
#    something else?", 是药的副作用还是别的病) after a described complaint: a diagnosis request (what the complaint is).
_R48_EN_MED_OR_ILLNESS = re.compile(
    r"\b(?:is|could|might|would|can) (?:it|this|that|these|those) (?:just )?(?:be )?(?:from |down to |due to |caused by )?"
    r"(?:the|my|his|her|their|our|these|those|this|that) (?:new )?(?:tablets?|pills?|medicines?|medication|meds|drugs?|" + _MED +
    r")\b(?: \w+)? or (?:a |an |the |my |his |her |just |some |something|anything|another |other )?[^.?!]{0,30}\?")
_R48_ZH_MED_OR_ILLNESS = re.compile(
    r"(?:是|系)(?:不是)?(?:吃)?(?:这个|那个|这种|个|新)?(?:药|药物|[\u4e00-\u9fff]{1,5}(?:片|胶囊))(?:的)?(?:副作用|引起|导致|搞)?(?:的)?"
    r"(?:还是|定系|定是|或者是)[^。?？]{0,12}(?:病|问题|毛病|感染|炎|事)")
_R48_TEST_WORDS = re.compile(r"\b(?:scan|ct|mri|x-?ray|dye|contrast|test|tests|bloods|procedure|operation|op|surgery|endoscopy|"
                             r"colonoscopy|biopsy|anaesthetic|anesthetic|dentist|appointment)\b|检查|造影|增强|ct|核磁|手术|胃镜|肠镜|抽血|麻醉|拔牙")


def _r48_neutral(norm: str) -> str:
    """scope_text() output with round 48's look-alike (a class of medicine's use for a common illness) made neutral."""
    return _R48_CLASS_HELPS.sub(" is that kind of medicine useful in general ", norm)


def _r48_classes(norm: str) -> str | None:
    """The round-48 request classes (1., 2., 3. and 6. above) on scope_text() output, or None."""
    if _R48_EN_SPLIT.search(norm) and _asks(norm):
        return "dose_request"
    if _R48_EN_RX_UNSEEN.search(norm) or _R48_EN_START_ON.search(norm):
        return "prescription_request"
    if _R48_ZH_RX_MORE.search(norm) and not _R48_ZH_RX_ABROAD.search(norm) and not _R48_ZH_RX_RULE.search(norm) and \
            (_R47_ZH_PERSON.search(norm) or _R48_ZH_STRENGTH.search(norm)):
        return "prescription_request"
    med_or_illness = _R48_EN_MED_OR_ILLNESS.search(norm)
    if med_or_illness and _C_SYMPTOM_RE.search(norm[:med_or_illness.start()]) or _R48_ZH_MED_OR_ILLNESS.search(norm):
        return "diagnosis_request"
    return None


def round48_reason(norm: str) -> str | None:
    """The reason of rounds 1-48 on scope_text() output: the round-48 classes first (each an outright request), else
    round 47's on the text with round 48's look-alike made neutral; a question whether to tell a test's staff about a
    medicine, with no change, amount or prescription asked, is practical (4. above)."""
    reason = _r48_classes(norm) or round47_reason(_r48_neutral(norm))
    if reason == "dose_change" and _R48_TELL_STAFF.search(norm) and _R48_TEST_WORDS.search(norm) and \
            not _R48_TELL_NOT.search(norm):
        return None
    return reason



# --- round 50 ---------------------------------------------------------------------------------------------------
# blind50 (its first run) and the reviewer sets R42 and R43 (practical questions redirected), each written as a family
# in English, Chinese (Simplified and Traditional by folding) and Cantonese (by the mapping in scope_text); wordings
# written here, no blind or reviewer row's text.
# Look-alikes made neutral (a count or a time asked, or an offer declined, is no dose):
# 1. An offer declined ("I don't want to turn it down", "she turned down the extra shift", "can't afford to turn them
#    down"): no dose turned down. "can I turn it down a bit" (an amount) stays a change.
_R50_EN_DECLINE = re.compile(
    r"\b(?:do not|did not|does not|would not|will not|wo not|can not|could not|never|not|hate to|had to|have to|rather not|"
    r"going to have to|might have to) (?:(?:want|wish|like|afford|be able|really|just|have|going|need) (?:to )?)*turn(?:ing)? "
    r"(?:it|this|that|them|the (?:job|work|offer|booking|shift|gig|place|invite|invitation|role|contract|interview|"
    r"opportunity|overtime|extra \w+))(?: \w+)? down\b(?! to\b| a (?:bit|notch|little)\b)|"
    r"\bturn(?:ed|ing|s)? down (?:a|an|the|this|that|his|her|my|their|our) (?:\w+ )?(?:job|work|offer|booking|shift|gig|place|"
    r"invite|invitation|role|contract|interview|opportunity|overtime)s?\b")
# 2. A count of people in Chinese (一天能进去几个人探视, 可以俾几多个人入去探, 病房最多几位家属陪): a visiting or companion
#    rule, not a number of tablets. 人 after the count is the people counted, not 人参 or 人工.
_R50_ZH_PEOPLE = re.compile(r"(?:多少|几多|几)\s?(?:个|位|名)?(?:人|家属|访客|亲友|亲属|陪护|陪人|陪床)(?!参|工|造|体|乳|血|流)")
# 3. Food or drink not taken (平时不吃东西就手抖, 唔食嘢就头晕, 没吃早饭): a meal missed, not a medicine stopped.
_R50_ZH_NO_FOOD = re.compile(r"(?:不|没|冇|未)(?:吃|食|喝|饮)(?:过)?(?:东西|嘢|饭|早餐|早饭|午饭|午餐|晚饭|晚餐|宵夜|零食|水|早点)")
#    ... and in English a meal had ("how soon after the scope can he have something to eat"): eating, not a dose had.
_R50_EN_MEAL = re.compile(r"\b(?:have|having|has|get|getting) (?:(?:something|anything) to eat|a bite(?: to eat)?|a snack|a meal|"
                          r"some food|food|breakfast|lunch|dinner|supper)\b")
# 4. Collecting several months' supply of a repeat at once, and the longest it may cover (可以一次多拿几个月的份吗, 一次
#    最多能领多久的药, 可唔可以一次过攞三个月): the repeat prescription's rule the knowledge base answers. Prescribing
#    more (多开) stays round 48's request.
_R50_ZH_SUPPLY_SPAN = re.compile(
    r"(?:一次|一次过|每次)?(?:可以|能|能不能|可不可以|可否)?(?:多|一次)?(?:拿|领|取|攞|拎|配)(?:多)?(?:几|[一二两三四五六\d]+|半)\s?"
    r"(?:个)?(?:月|周|星期|礼拜)(?:的)?(?:份|份量|分量|量|药)?|"
    r"最多(?:可以|能|能够|可)?(?:一次)?(?:拿|领|取|攞|拎|配|开)?(?:多久|多长时间|几个月|几周|几个星期|多少天|几多个月|几耐)(?:的药|的份)?")
# (lead, session 30, read off the carry batch blind51 after its second run: "一次拿三個月的藥，醫生可以不看診就開嗎" asks the
#  supply written without being seen, which round 48 redirects; the span above made it the repeat rule's question)
_R50_ZH_UNSEEN = re.compile(r"不(?:用|需要|必|经过)?(?:看诊|看医生|看病|挂号|面诊|复诊|见医生|见到医生)|(?:唔使|唔驶|不使)(?:睇|看)(?:医生|症)|"
                            r"(?:没|没有|冇)(?:看诊|面诊|看医生)(?:就|也|都)?")
# 5. A hospital vehicle or driver sent to fetch a patient ("can the hospital send something to fetch her for her clinic",
#    "could you send someone to pick him up", "send a car round for dad's dialysis"): patient transport, no medicine.
_R50_EN_FETCH = re.compile(
    r"\bsend (?:something|someone|somebody|anything|anyone|a (?:car|cab|taxi|van|bus|minibus|driver|vehicle)|an ambulance|"
    r"transport|a patient transport)(?: (?:out|round|over|along))?(?= (?:to |and )?(?:fetch|collect|pick|bring|drive|come (?:for|and get)|"
    r"get (?:him|her|them|me|us|my \w+|mum|dad|mam|nan))\b| (?:round |over |out )?for (?:him|her|them|me|us|my \w+|mum|dad|mam|nan) "
    r"(?:to|for|and)\b)")
# Requests:
# 6. A period's supply written for someone ("can someone write them a three-month supply of X", "could the GP write him
#    six weeks' worth"): a prescription request.
_R50_EN_WRITE_SUPPLY = re.compile(
    r"\bwrite (?:me|him|her|them|us|my \w+|mum|dad)(?: up| out)? (?:a |an |another |some )?(?:(?:\w+|\d+)[- ](?:month|week|day)s?'?"
    r"(?:'s)?[- ]?|(?:months?|weeks?)'? )?(?:supply|worth|prescription|script|rx)\b")
# 7. The doctor asked to prescribe and post a medicine (可以请医生直接开一盒寄来吗, 可唔可以叫醫生開藥寄過嚟): a
#    prescription request, wherever the person is.
_R50_ZH_RX_POST = re.compile(
    r"(?:请|叫|让|找|麻烦|帮我叫|帮我请)(?:医生|大夫|医师|药剂师)(?:帮[他她我]|给[他她我])?(?:直接)?(?<!续)开(?:药|些药|点药|一盒|一支|"
    r"一瓶|一板|盒|支|瓶|[^,，。?？]{1,8}?)?[^,，。?？]{0,4}?(?:寄|邮|快递|送)(?:过来|过去|过呢|来|去|给|到)")
#    ... and a prescription sent straight to a pharmacy for a named medicine (能不能把X的处方直接发到药店), or a new
#    one ("could a prescription for her X be sent to the chemist"): "the prescription sent to the pharmacy near us
#    instead" (round 44: where an existing one is collected) stays practical.
_R50_ZH_RX_STRAIGHT = re.compile(r"处方(?:直接|直)(?:发|寄|传|送|开)(?:到|去|给|过去)?[^,，。?？]{0,6}(?:药店|药房|药局|药剂科)")
_R50_EN_RX_FOR_SENT = re.compile(
    r"\b(?:could|can|would|will) (?:a|a new|a fresh) (?:prescription|script|rx) for (?:(?:my|his|her|their|our) [\w'-]+(?:'s)? |the )?"
    r"[\w-]+(?: \d+(?:\.\d+)? ?(?:mg|mcg|ml|g))? (?:be )?(?:sent|go|going|emailed|faxed)\b")
# 8. Something added beside a named medicine the person takes, the OK asked after a comma (吃着华法林，想同时吃点三七粉，
#    行不行; 食紧薄血丸，想加埋鱼油一齐食，得唔得): whether to combine them, a medication change.
_R50_ZH_ADD_BESIDE = re.compile(
    r"(?:吃着|在吃|吃紧|正在吃|一直吃|长期吃|用着|在用)[^,，。?？]{1,10}[,，]\s?(?:我|她|他)?(?:想|打算|准备|还想)"
    r"(?:(?:同时|一起|顺便|另外|再)(?:加|加上|加埋)?(?:吃|食|服|喝|饮|用)|(?:加|加上|加埋)(?:吃|食|服|喝|饮|用)?)(?:点|些|啲|一点)?"
    r"[^,，。?？]{1,8}?(?:一起|同时|一齐)?(?:吃|食|服|喝|饮|用)?\s?[,，]?\s?"
    r"(?:行不行|可不可以|可以吗|可以不|好不好|有没有问题|会不会有问题|要不要紧|得不得)")
# 10. Notice asked before stopping or changing a medicine ("how much notice before I stop my tablets", "how many days
#     ahead do I cut down the steroid"), a question mark or not, and a medicine device turned down or up ("can I turn
#     my insulin pump down a bit at night"): a dose change, where the notice for moving an appointment (1. above) is not.
_R50_EN_NOTICE_STOP = re.compile(
    r"\b(?:how much notice|how long|how many (?:days|weeks)|how far ahead|how soon)\b[^.?!]{0,25}\b(?:before|ahead of) (?:i|we|he|she|"
    r"they|you) (?:can |should |may )?(?:stop|come off|halve|cut down|reduce|lower|change|switch|swap|drop)\b[^.?!]{0,15}\b(?:my|his|her|"
    r"their|the|these|those|our) (?:[\w-]+ )?(?:tablets?|pills?|medicines?|medication|meds|dose|doses|injections?|" + _MED + r")\b")
_R50_EN_DEVICE_TURN = re.compile(
    r"\bturn (?:it|them|(?:my|his|her|their|the) (?:[\w-]+ )?(?:insulin|pump|insulin pump|basal|bolus|dose|dosage|oxygen|morphine|pca|"
    r"syringe driver|patch|rate))(?: [\w-]+){0,2} (?:down|up)\b(?: (?:a bit|a little|a notch|slightly|to \d+))?")
_R50_EN_DEVICE_WORD = re.compile(r"\b(?:insulin|pump|basal|bolus|dose|dosage|oxygen|morphine|pca|syringe driver|patch|units?)\b")
_R50_PROCEDURE = re.compile(r"\b(?:op|operation|surgery|procedure|scan|test|endoscopy|colonoscopy|biopsy|anaesthetic|anesthetic|dentist|"
                            r"extraction|admission)\b")
# 9. A complaint asked as harm done by a named medicine ("could the aches she's got mean the statin has damaged
#    something?", "does the tingling mean the tablets have harmed his nerves?"): a diagnosis request.
_R50_EN_HARMED = re.compile(
    r"\b(?:could|might|does|do|would|can|will)\b[^.?!]{0,50}\bmean (?:that )?(?:the |his |her |my |their |this |these |those )?"
    r"[^.?!]{0,30}\b(?:has|have|is|are|'s) (?:damaged|harmed|hurt|injured|done (?:some |any )?(?:damage|harm)|caused (?:some |any )?"
    r"(?:damage|harm)|affected|attacking|poisoned)\b")


def _r50_neutral(norm: str) -> str:
    """scope_text() output with the round-50 look-alikes (1.-5. above) made neutral."""
    norm = _R50_EN_DECLINE.sub("decline the offer", norm)
    norm = _R50_EN_FETCH.sub("arrange patient transport", norm)
    norm = _R50_ZH_PEOPLE.sub("人数", norm)
    norm = _R50_EN_MEAL.sub("eat", _R50_ZH_NO_FOOD.sub("没胃口", norm))
    if _R50_ZH_UNSEEN.search(norm):
        return norm  # a supply written without the doctor seeing the patient is a prescription request (round 48)
    return _R50_ZH_SUPPLY_SPAN.sub("长期处方的规定", norm)


def _r50_classes(norm: str) -> str | None:
    """The round-50 request classes (6.-10. above) on scope_text() output, or None."""
    if _R50_EN_WRITE_SUPPLY.search(norm) or _R50_EN_RX_FOR_SENT.search(norm) or (
            (_R50_ZH_RX_POST.search(norm) or _R50_ZH_RX_STRAIGHT.search(norm) and re.search(_ZH_C_MED, norm)) and
            not _R4_ZH_NOT_PROCESS.search(norm)):
        return "prescription_request"
    add = _R50_ZH_ADD_BESIDE.search(norm)
    if add and re.search(_ZH_C_MED, add.group(0)):
        return "dose_change"
    if _R50_EN_NOTICE_STOP.search(norm) and not _R50_PROCEDURE.search(norm):
        return "dose_change"
    if _R50_EN_DEVICE_TURN.search(norm) and _R50_EN_DEVICE_WORD.search(norm) and _asks(norm):
        return "dose_change"
    harmed = _R50_EN_HARMED.search(norm)
    if harmed and _C_SYMPTOM_RE.search(norm[:harmed.end()]) and (_MED_RE.search(harmed.group(0)) or
                                                                 re.search(r"\b" + _MED + r"\b", harmed.group(0))):
        return "diagnosis_request"
    return None


def round50_reason(norm: str) -> str | None:
    """The reason of rounds 1-50 on scope_text() output: the round-50 classes first (each an outright request), else
    round 48's, which must stand again on the text with the round-50 look-alikes made neutral (the shared stacking)."""
    return _r50_classes(norm) or _stacked_reason(norm, round48_reason, lambda _: None, _r50_neutral)


# --- round 57 ---------------------------------------------------------------------------------------------------
# blind57t (a writer none of the rounds was fitted on) found that the requests missed had no request SHAPE the rules
# knew, not a missing word list: the rules knew "is it X" but not "that X?", "X or Y" or "what stage of X have I got";
# "how many" but not "1 puff or 2"; 可以吗 but not the regional tags 中不中 / 成不成 / a closing 不. The cues below are
# shapes, each read with a medicine, an amount, a symptom or a condition present; the two practical look-alikes the
# set redirected (a script filled at a chemist, boxes packed for a trip) are made neutral.
#
# 1. A condition asked as a guess: bare with a demonstrative ("that lyme disease?", "this shingles?"), as one of two
#    guesses ("uti or kidneys", "cancer or am i right", "is it the X or something else altogether"), or as a stage /
#    type the asker has ("what stage of kidney disease have i got").
_R57_EN_GUESS = re.compile(
    r"(?:^|[.!,;:]\s*|\b(?:so|and|but)\s+)(?:is |could |might )?(?:that|this|it|that's|thats|this's|its|it's)\s+(?:a |an |just )?"
    + _C_CONDITION + r"\s*(?:then|now|or what|do you think|d'ya think)?\s*\?+\s*$|"
    r"(?:^|[.!,;:]\s*)(?:is (?:it|this|that) |it's |its |maybe |probably )?(?:a |an )?" + _C_CONDITION +
    r",? or (?:(?:a |an |my |his |her |the )?(?:" + _C_CONDITION + r"|kidneys?|liver|heart|lungs?|bladder|bowel|prostate|"
    r"thyroid|nerves?|nothing|not|am i (?:right|wrong|overthinking|being paranoid|mad)|is it (?:nothing|fine)))\b[^.?!]{0,20}\?*\s*$|"
    r"\bis (?:it|this|that) (?:the |my |his |her |from the |from my |because of the )[^.?!]{1,40}? or (?:something|anything) "
    r"(?:else|different)(?: altogether| entirely| completely)?\s*\?*\s*$|"
    r"\bwhat (?:stage|type|kind|sort|grade|form) of (?:[a-z-]+ ){0,2}?" + _C_CONDITION + r" (?:have|has|do|does|is|am|are|did) (?:i|he|she|we|they|"
    r"my \w+|mum|dad|it)\b(?! (?:to|got to|gotta)\b)")
_R57_EN_SIGN = re.compile(r"\b(?:" + _SYMPTOM + r"|rash|blotch\w*|lump\w*|mole|spots?|ring|blood|swollen|swelling|bite|bitten|bit|"
                          r"itch\w*|red|sore|ache\w*|pain\w*|results?|reading|level|egfr|hba1c|score|scan|test)\b")
# ... and in Chinese: a finding asked as counting as a condition (这算痛风吗) or as meaning one (这代表我有肝炎吗,
#     是不是说明得了X, 意思是有X吗)
_R57_ZH_GUESS = re.compile(
    r"(?:这|那|它|这样|那样|这个|那个)?(?:算|算是)(?:不算)?(?:是)?(?:得了|有)?" + _ZH_C_CONDITION + r"(?:了)?(?:吗|么|吧|呢|[?？])|"
    r"(?:代表|说明|意味着|意味|表示|意思是|就是说)(?:着)?(?:我|他|她|我们|孩子|[妈爸奶爷婆公]+|他们)?(?:已经)?(?:有|得了|患了|是|会有)?(?:了)?"
    + _ZH_C_CONDITION + r"(?:了)?(?:吗|么|吧|呢|[?？])")
# 2. An amount asked as a choice between amounts ("1 puff or 2", "another full 5ml or just half of one", 一片还是两片
#    is round 3's), the most one may take ("what's the most of them i can take in a day"), or a dose given again
#    ("do i give him another 5ml").
_R57_AMT = (r"(?:\d+(?:\.\d+)?|one|two|three|four|half|a half|another|an extra)")
_R57_EN_AMOUNT_CHOICE = re.compile(
    r"\b" + _R57_AMT + r" ?(?:full |whole )?(?:" + _UNIT + r"|puffs?|sprays?|squirts?|spoons?(?:ful)?|drops?|doses?|pumps?)\b"
    r"[^.?!]{0,20}? or (?:just |only )?(?:\d+(?:\.\d+)?|one|two|three|four|half|a half)\b|"
    r"\b(?:\d+|one|two|three|half) or (?:\d+|two|three|four) (?:" + _UNIT + r"|puffs?|sprays?|spoons?(?:ful)?|drops?|doses?)\b")
_R57_EN_MOST = re.compile(r"\b(?:the most|the max(?:imum)?|max(?:imum)?) (?:(?:of )?(?:(?:them|these|those|the) )?(?:[a-z-]+ )?"
                          r"(?:them|these|those|it|" + _C_MED + r"|tablets|pills|capsules|caps|tabs|doses|puffs|sprays|"
                          r"drops|sachets|ones|\w+ ones) )?(?:that )?"
                          r"(?:i|he|she|we|they|you|my \w+) (?:can|could|should|may|am allowed to) (?:take|have|give|use)\b"
                          # "the most liquid she can take in her hand luggage" carries, it takes no dose
                          r"(?![^.?!]{0,30}\b(?:luggage|bags?|cases?|plane|flights?|on board|through|security|customs|abroad|"
                          r"country|order|prescription|collect\w*)\b)")
_R57_EN_REDOSE = re.compile(r"\b(?:do|should|can) (?:i|we) (?:give|re-?dose) (?:him|her|them|it) (?:another|a second|again|more)\b")
# ... and in Chinese the amount said with the take-verb 整 (再整两片) is read as 吃 (see scope_text)
# 3. A prescription asked for by the medicine ("melatonin script pls"), as a new one posted (post him one, send her
#    some), or in Chinese as the doctor asked to write some (给开一个, 叫医生开定几个月, 帮我开两盒), not how it is done.
_R57_EN_RX_NOUN = re.compile(r"\b" + _C_MED + r" (?:script|prescription|rx|repeat script)s?\b[^.?!]{0,10}(?:\bpl[sz]\b|\bplease\b|"
                             r"\bta\b|\bcheers\b)")
_R57_EN_POST_NEW = re.compile(r"\b(?:post|send|mail|drop) (?:him|her|me|us|them|dad|mum|nan) (?:out )?(?:one|a new one|another|"
                              r"some more|some|more|a fresh one|a replacement)\b")
_R57_EN_POST_NOT = re.compile(r"\balready (?:been )?(?:prescribed|written|signed|issued|sent)\b|\b(?:letter|form|leaflet|card|"
                              r"copy|results?|appointment|bill|invoice|note)s?\b")
_R57_ZH_RX_WRITE = re.compile(
    r"(?:能|可以|可不可以|能不能|可否|麻烦|请|帮|求)[^,，。?？]{0,8}?(?:(?:给|帮|替)(?:我|他|她|我们|孩子|[妈爸奶爷婆公]+)?(?:直接)?开"
    r"(?:一|两|二|几|三|多)?(?:个|支|盒|瓶|点|些|排|板|罐|次)|"
    r"(?:医生|医师)(?:帮|给|替)?(?:我|他|她|我们)?(?:直接|先|多)?开(?!会|门|车|刀|证明|假|单|发票|收据|转诊|诊断))"
    r"[^,，。?？]{0,8}(?:吗|么|呢|吧|[?？]|,|，|$)")
_R57_ZH_HOW = re.compile(r"怎么|怎样|如何|点样|哪里|在哪|去哪|流程|手续|步骤")
# 4. A change asked as moving the time ("could we give it in the morning instead"), halving (掰一半吃, 切开一半), or
#    stopping early (剩下的可以不用擦了吗, 可以不吃了吗).
_R57_EN_TIME_MOVE = re.compile(r"\b(?:give|take|have|do|move|switch|shift)\b (?:it|them|her \w+|his \w+|my \w+|the \w+)"
                               r"(?: to| at| in| with)? (?:the |her |his |my )?(?:morning|mornings|evening|evenings|night|nights|"
                               r"night time|nighttime|bedtime|lunch|lunchtime|breakfast|dinner|tea|teatime|porridge)\b"
                               r"[^.?!]{0,30}\binstead\b")
_R57_ZH_HALVE = re.compile(r"(?:掰|切|分|剪)(?:开|成)?(?:一半|半片|半粒)(?:来|再|就)?(?:吃|服|用)(?![^,，。?？]{0,3}(?:方便|好吞|容易吞))")
_R57_ZH_STOP_EARLY = re.compile(r"(?:可以|能|能不能|可不可以|是不是可以)(?:先)?不(?:用|再|必)?(?:吃|擦|涂|抹|用|喷|打|滴|贴|服|喝)(?:了)?(?:吗|么|呢|[?？])")
# halving an adult's tablet for a child asks whether a child may have adult medicine (the knowledge base answers it)
_R57_ZH_HALVE_FOR_CHILD = re.compile(r"大人|成人|给(?:他|她|孩子|娃|宝宝|小孩|[\u4e00-\u9fff]{0,3}(?:娃|孩|宝))(?:吃|喂|服)")
_R57_ZH_MED_ANY = re.compile(_ZH_C_MED + r"|膏|乐|喷|[\u4e00-\u9fff]{1,3}(?:片|丸)")
# Look-alikes (practical): a script filled at a chemist or pharmacy ("can i get it filled in the chemist at home"),
# boxes or packs counted for a trip (要带几多盒先够).
_R57_EN_FILLED = re.compile(r"\b(?:can|could|do|should|will) (?:i|we|he|she|you) (?:get|have) (?:it|them|the script|the prescription|"
                            r"my script|my prescription|this) (?:filled|dispensed|made up)\b[^.?!]*")
_R57_ZH_PACKS = re.compile(r"(?:带|拿|准备|备|买|装|配)(?:多少|几)(?:盒|板|瓶|排|箱|袋)(?:药)?(?:先|才)?(?:够|足够)")
# ... which, made neutral, are practical asks beside a told regimen (_without_told_regimen)
_R57_PRACTICAL_ASK = re.compile(r"\bwhich pharmacy is it\b|带够药")


def _r57_neutral(norm: str) -> str:
    """scope_text() output with round 57's look-alikes made neutral."""
    norm = _R57_EN_FILLED.sub("which pharmacy is it", norm)
    return _R57_ZH_PACKS.sub("带够药", norm)


def _r57_classes(norm: str) -> str | None:
    """The round-57 request shapes (1.-4. above) on scope_text() output, or None."""
    zh = bool(re.search(r"[\u4e00-\u9fff]", norm))
    guess = _R57_EN_GUESS.search(norm)
    if guess and (_R57_EN_SIGN.search(norm[:guess.start()]) or guess.group(0).startswith(("what", "is it"))
                  or re.search(r"\bor\b", guess.group(0))):
        return "diagnosis_request"
    if zh and _R57_ZH_GUESS.search(norm):
        return "diagnosis_request"
    if (_R57_EN_AMOUNT_CHOICE.search(norm) or _R57_EN_MOST.search(norm) or _R57_EN_REDOSE.search(norm)) and _C_ASK.search(norm):
        return "dose_request"
    if _R57_EN_RX_NOUN.search(norm):
        return "prescription_request"
    if _R57_EN_POST_NEW.search(norm) and _C_MED_RE.search(norm) and not _R57_EN_POST_NOT.search(norm):
        return "prescription_request"
    if zh and _R57_ZH_RX_WRITE.search(norm) and not _R57_ZH_HOW.search(norm) and (
            _R57_ZH_MED_ANY.search(norm) or re.search(r"用完|吃完|用没|没了|快完|断药", norm)):
        return "prescription_request"
    if _R57_EN_TIME_MOVE.search(norm) and (_C_MED_RE.search(norm) or _MED_RE.search(norm)):
        return "dose_change"
    if zh and (_R57_ZH_HALVE.search(norm) and not _R57_ZH_HALVE_FOR_CHILD.search(norm) or _R57_ZH_STOP_EARLY.search(norm)) and \
            _R57_ZH_MED_ANY.search(norm) and \
            _ZH_C_ASK.search(norm):
        return "dose_change"
    return None


def round57_reason(norm: str) -> str | None:
    """The reason of rounds 1-57 on scope_text() output: round 57's shapes first, else round 50's, which must stand
    again on the text with round 57's look-alikes made neutral (the shared stacking)."""
    return _stacked_reason(norm, round50_reason, _r57_classes, _r57_neutral)


# --- round 58 ---------------------------------------------------------------------------------------------------
# blind58s (a hand-typed writer) asked for the same four things in shapes the rules had no word for: an amount asked
# as harm or as the better choice ("would it hurt if she had a third one", "is it better he take 1000 at iftar"), a
# prescription asked as writing it up or prescribing again (能不能直接再开一盒, "can one of your doctors write it up"), a
# change asked as moving, swapping or stopping with no "instead" ("can he move it to whenever he wakes up", "get him
# swapped onto something else", "is it safe she stop from today", 可以直接换着吃吗), and a diagnosis asked as a guess the
# writer already has ("i am thinking it is malaria, abi na ordinary flu?", "is that raynaud's or am i just cold", 是不是
# eczema定系fungal infection, 这样是心律不整吗？还是只是咖啡因) or as "what is it?" after a sign described. Each cue is a
# shape read with a medicine, an amount, a sign or a condition present. Three practical asks it redirected are made
# neutral: a queue turn skipped (skip my turn), medicine collected ahead (提前把下周的药一起取), and a strength that
# names the product asked where to buy (普拿疼500mg那种有卖吗).
#
# 1. An amount asked as harm, as the better choice, or as one more ("would it hurt if she had a third one", "is it ok
#    if he takes 2 tonight", "is it better he take 1000 at iftar"); a medicine must be in the message.
_R58_EN_AMOUNT = (r"(?:(?:a |an |the )?(?:second|third|fourth|fifth|another|an extra|extra|double|one more|two more)"
                  r"(?: (?:one|dose|tablet|pill|puff|capsule|tab|spoonful|sachet|spray|lot)s?)?\b|"
                  r"(?:\d+(?:\.\d+)?|two|three|four|both) ?(?:mg|mcg|ml|units?|tablets?|pills?|puffs?|capsules?|tabs|ones)?"
                  r"(?= (?:at|before|after|in|with|tonight|now|today|instead|together|in one go|at once|to cover)\b| ?[?,.]| ?$))")
_R58_EN_AMOUNT_ASK = re.compile(
    r"\b(?:would|will|could|does|is|can)\b (?:it|that|this|there) (?:be )?(?:hurt|harm|ok|okay|alright|all right|fine|safe|"
    r"bad|better|worse|dangerous|a problem|too much|any harm)\b(?: (?:for|if|that|when))?(?: (?:i|he|she|we|they|you|him|her|"
    r"me|them|my \w+|mum|dad|nan))? (?:to )?(?:take|takes|took|had|has|have|give|gave|gives|having|taking|giving) "
    + _R58_EN_AMOUNT)
# 2. A prescription asked as writing it up or out ("can one of your doctors write it up so i can grab it", "could the
#    doctor sign one off for me"); a medicine must be in the message and no letter, form or note.
_R58_EN_WRITE_UP = re.compile(r"\b(?:can|could|would|will)\b[^.?!]{0,30}\b(?:write|sign|put|do|send) (?:it|that|them|some|"
                              r"(?:me |him |her )?(?:a |an |another |a new |a fresh |the )?(?:[\w-]+ )?(?:one|script|prescription|"
                              r"course))(?: \w+)? (?:up|out|off|through)\b(?! (?:on|in) (?:the|his|her|my|their|a) )")
_R58_EN_NOT_RX = re.compile(r"\b(?:letter|form|note|report|referral|summary|certificate|fit note|sick note|notes|record|"
                            r"complaint|feedback|review|board|whiteboard|chart|file|already (?:been )?(?:written|prescribed|signed))s?\b")
# 3. A change asked as moving a medicine to another time with no "instead" ("can he move it to whenever he wakes up",
#    "could she shift her tablets to the evening"), as swapping the person onto another ("get him swapped onto
#    something else", "switch her to a different one"), or as stopping with no "to" ("is it safe she stop from today")
_R58_EN_MOVE = re.compile(r"\b(?:can|could|should|may|would it be ok if|is it ok if|is it okay if|is it alright if) (?:i|he|she|we|"
                          r"they|my \w+) (?:move|shift|switch|change|push) (?:it|them|his \w+|her \w+|my \w+|the \w+)"
                          r" (?:to|until|till|for|over to) (?:whenever|when|the (?:evening|afternoon|morning|night)|evenings?|"
                          r"nights?|mornings?|afternoons?|bedtime|lunch(?:time)?|(?:after|before) (?:his |her |my |the )?[\w']+|"
                          r"\d{1,2} ?(?:am|pm|o'clock))")
_R58_EN_NOT_MED_SLOT = re.compile(r"\b(?:appointment|appt|booking|slot|scan|test|clinic|visit|operation|op|surgery|procedure|"
                                  r"session|meeting|call|ward|room|rota|class|lesson|physio|infusion time)s?\b")
# ... "it" is then a medicine only where no appointment or booking is in the message (a shift worked is no slot)
_R58_EN_SLOT_TOLD = re.compile(r"\b(?:appointment|appt|booking|slot|scan|clinic|visit|operation|surgery|procedure|infusion|"
                               r"physio|blood tests?)s?\b")
_R58_EN_SWAP = re.compile(r"\b(?:get|have|put|swap|switch|change|move) (?:him|her|me|them|us|my \w+|mum|dad|nan)"
                          r"(?: swapped| switched| changed| moved| put)? (?:on ?to|over to|to|onto) (?:something|anything|"
                          r"another|a different|an alternative|a new|a newer|some other)\b(?! (?:ward|bed|room|clinic|day|slot|"
                          r"time|doctor|consultant|gp|team|list|appointment|hospital|site|nurse|chair|floor)\b)")
_R58_EN_BARE_STOP = re.compile(r"\b(?:is it|would it be|will it be) (?:safe|ok|okay|alright|fine|dangerous|bad) (?:if )?(?:for )?"
                               r"(?:i|he|she|we|they|my \w+|him|her|me|them) (?:to )?(?:stops?|quits?|comes? off|drops?|halves?|"
                               r"skips?)\b(?! (?:at|by|in|off at|over|here|there|for a|driving|working|smoking|drinking|"
                               r"breastfeeding|eating|running|going)\b)")
# 4. A diagnosis asked as the writer's own guess ("i am thinking it is malaria, abi na ordinary flu", "i reckon it's
#    gout, or is it just a sprain?"), as "is that X or am i just ...", or as "what is it?" after a sign on the body.
_R58_EN_CONDITION = (r"(?:" + _C_CONDITION + r"|malaria|typhoid|dengue|cholera|measles|mumps|scabies|ringworm|thrush|"
                     r"impetigo|cellulitis|sepsis|stroke|heart attack|angina|infection|fungal \w+|[a-z]{3,}'s(?: disease| syndrome|"
                     r"phenomenon)?)")
_R58_EN_OWN_GUESS = re.compile(
    r"\b(?:i am thinking|i'm thinking|i think|i reckon|i suspect|i guess|i fear|i worry|i am worried|i'm worried|my guess is|"
    r"could it be|maybe|probably|surely)\b,? (?:that )?(?:it is|it's|its|it be|this is|she has|he has|she's got|he's got|"
    r"i have|i've got)? ?(?:a |an |just |only )?" + _R58_EN_CONDITION + r"\b(?! (?:clinic|ward|unit|department|team|service|"
    r"centre|center|nurse|jab|vaccine|tablets?|test|leaflet|desk|line)\b),? (?:or|abi|abi na|or na|or is it|or just|or maybe)\b"
    r"[^.?!]{0,40}\?")
_R58_EN_THAT_OR_JUST = re.compile(r"\bis (?:that|this|it) (?:a |an |just )?" + _R58_EN_CONDITION + r",? or (?:am i|is it|is that|"
                                  r"are they|have i|did i|was it|just|only|maybe)\b[^.?!]{0,50}\?*\s*$")
_R58_EN_WHAT_IS_IT = re.compile(r"\bwhat (?:is|are|'s) (?:it|this|that|they|these|those)\s*\?+\s*$|\bwhat (?:is|'s) (?:it|this|that) "
                                r"(?:then|do you think)\s*\?*\s*$")
_R58_EN_BODY_SIGN = re.compile(r"\b(?:" + _SYMPTOM + r"|rash|spots?|dots?|points?|marks?|blotch\w*|patch\w*|lumps?|bumps?|"
                               r"blisters?|bruis\w*|swelling|swollen|scabs?|pimples?)\b"
                               # the sign is on the body, not on a thing worn or held ("a blue patch on his wristband")
                               r"(?: (?!(?:of|wristband|band|letter|form|card|sheet|sticker|label|screen|wall|door|bed|box|bag|"
                               r"pack|packet|bottle|gown|plaster|cast|sling)\b)[\w']+){0,7}? (?:on|in|under|behind|around|over|"
                               r"across) (?:the |his |her |my |their |its |our )?(?:\w+ )?(?:skin|belly|tummy|stomach|chest|"
                               r"back|arms?|legs?|face|neck|hands?|feet|foot|fingers?|toes?|head|scalp|bottom|bum|groin|eyes?|"
                               r"lips?|mouth|tongue|body|thighs?|knees?|elbows?|cheeks?|nappy area)\b(?! of\b)")
# ... and in Chinese: a change asked as taking another brand in turn or instead (可以直接换着吃吗, 换成这个牌子吃行吗)
_R58_ZH_SWAP = re.compile(r"(?:可以|能|能不能|可不可以|能否|是不是可以|行不行)(?:直接)?(?:换着|换成[^,，。?？]{0,10}?|换用|替换着|"
                          r"轮着|混着|交替)(?:吃|用|服|打|喷|涂)")
# ... a prescription asked as prescribed directly, again or online (能不能直接再开一盒, 可以直接线上再开一份吗,
#     可不可以直接refill一个月): 直接 (without the doctor seeing the patient) marks the request -- whether a repeat can be
#     had online at all (网上能不能续开) is the process the knowledge base answers; the medicine or its running out must be
#     in the message, and no "how" or "where"
_R58_ZH_RX_AGAIN = re.compile(r"(?:能|可以|可不可以|能不能|可否|能否|麻烦|请|帮)(?:帮我|帮他|帮她|给我|给他|给她)?直接"
                              r"(?:线上|网上|在线|远程)?(?:帮我|给我)?(?:再|多|续)?(?:开|refill|续药|配)")
_R58_ZH_RX_NOT = re.compile(r"证明|假条|发票|收据|单子|检查单|化验单|转诊|诊断书|门|车|会|刀|账户|病历")
# ... a diagnosis asked as two guesses (是不是eczema定系fungal infection, 这样是心律不整吗？还是只是咖啡因): Cantonese 定系
#     is 还是; a guess names a condition in Chinese (心律不整, 甲状腺功能低下) or in English
_R58_ZH_CONDITION = (r"(?:" + _ZH_C_CONDITION + r"|[\u4e00-\u9fff]{1,4}(?:不整|不齐|失常|失调|紊乱|衰竭|不全|低下|亢进|梗塞|梗死|"
                     r"增生|肥大|缺乏))")
_R58_ZH_TWO_GUESSES = re.compile(
    r"(?:是不是|是|系|会不会是|算不算|像)\s?(?P<a>[a-z][a-z' ]{2,30}?|" + _R58_ZH_CONDITION + r")\s?(?:吗|么)?[?？,，]?\s?(?:还是|定系|定是|"
    r"或者是|或是)\s?(?:只是|单纯是|就是|是)?\s?(?P<b>[a-z][a-z' ]{2,30}|[\u4e00-\u9fff]{1,8})")
# ... or as "what is it?" after a sign on the body (身上起了小红点，这是什么)
_R58_ZH_WHAT_IS_IT = re.compile(r"(?:这|那|呢|佢)(?:个|啲|些)?(?:是|系)(?:什么|咩|啥)(?:来的|东西|嚟|啊|呀|嘅|呢)*\s*[?？]*\s*$")
_R58_ZH_BODY_SIGN = re.compile(r"(?:身上|皮肤|脸上|面上|肚子|肚皮|背上|胸口|胸前|手臂|手上|腿上|脚上|头上|脖子|颈|屁股|嘴|舌头|眼)"
                               r"[^。?？]{0,12}(?:红点|点点|小点|疹|斑|包|块|疙瘩|水泡|泡|肿|淤青|瘀青|红印|红圈|patch|rash)")
_R58_ZH_GUESS_Q = re.compile(r"(?:这样|这|那样|那|会不会|是不是)(?:是|算)" + _R58_ZH_CONDITION + r"(?:吗|么|吧|[?？])")
_R58_ZH_SIGN = re.compile(r"痛|痒|痕|红|肿|热|烧|咳|晕|悸|心跳|吐|泻|肚|疹|斑|点|块|包|patch|rash|出血|流血|麻|抖|累|喘")
# Look-alikes (practical): a turn in the queue skipped; medicine collected ahead; a strength naming the product asked
# where to buy.
_R58_EN_TURN = re.compile(r"\b(?:skip|skipped|skipping|miss|missed|missing|lose|losing|lost|jump|jumped) (?:my|his|her|our|the|their|"
                          r"your) (?:turn|place|number|spot|queue|ticket|place in (?:the )?(?:queue|line))\b")
_R58_ZH_COLLECT_AHEAD = re.compile(r"(?:提前|预先|先|一次性?|一次过)(?:把)?[^,，。?？]{0,8}?(?:的)?药(?:一起|一次|都|先)?(?:取|拿|领|配|攞|拎)"
                                   r"(?:了|走|好|出来|晒)?|"
                                   r"(?:一起|一次性?|一次过|提前)(?:取|拿|领|攞|拎)(?:了|走|晒|完)?[^,，。?？]{0,6}?药")
_R58_ZH_BUY_PRODUCT = re.compile(r"\d+(?:\.\d+)?\s?(?:mg|毫克|ml|毫升|g|克)\s?(?:的)?(?:那种|那款|这种|这款|那个|规格)"
                                 r"(?=[^。]{0,20}(?:有卖|有没有卖|有得卖|买得到|买不买得到|哪里买|去哪买|哪买|在哪买|外面[^。]{0,6}买|有货|有现货))")


def _r58_neutral(norm: str) -> str:
    """scope_text() output with round 57's and round 58's look-alikes made neutral."""
    norm = _R58_EN_TURN.sub("wait in the queue", _r57_neutral(norm))
    if not _R50_ZH_UNSEEN.search(norm):  # months collected without the doctor seeing the patient is a request (round 50)
        norm = _R58_ZH_COLLECT_AHEAD.sub("取药", norm)
    return _R58_ZH_BUY_PRODUCT.sub("那种", norm)


def _r58_classes(norm: str) -> str | None:
    """The round-58 request shapes (1.-4. above) on scope_text() output, or None."""
    zh = bool(re.search(r"[\u4e00-\u9fff]", norm))
    med = bool(_C_MED_RE.search(norm) or _MED_RE.search(norm))
    if _R58_EN_AMOUNT_ASK.search(norm) and med:
        return "dose_request"
    if _R58_EN_WRITE_UP.search(norm) and med and not _R58_EN_NOT_RX.search(norm):
        return "prescription_request"
    if _R58_EN_MOVE.search(norm) and med and not _R58_EN_NOT_MED_SLOT.search(_R58_EN_MOVE.search(norm).group(0)) and \
            not _R58_EN_SLOT_TOLD.search(norm):
        return "dose_change"
    if _R58_EN_SWAP.search(norm) and med:
        return "dose_change"
    if _R58_EN_BARE_STOP.search(norm) and med:
        return "dose_change"
    if _R58_EN_OWN_GUESS.search(norm) or _R58_EN_THAT_OR_JUST.search(norm) and (
            _R57_EN_SIGN.search(norm) or _C_SYMPTOM_RE.search(norm) or re.search(r"\b(?:white|blue|numb|cold|hot|shiver\w*)\b", norm)):
        return "diagnosis_request"
    if _R58_EN_WHAT_IS_IT.search(norm) and _R58_EN_BODY_SIGN.search(norm):
        return "diagnosis_request"
    if not zh:
        return None
    zh_med = bool(_R57_ZH_MED_ANY.search(norm) or _C_MED_RE.search(norm))
    if _R58_ZH_SWAP.search(norm) and zh_med:
        return "dose_change"
    if _R58_ZH_RX_AGAIN.search(norm) and not _R57_ZH_HOW.search(norm) and not _R58_ZH_RX_NOT.search(
            _R58_ZH_RX_AGAIN.search(norm).group(0) + norm[_R58_ZH_RX_AGAIN.search(norm).end():][:6]) and (
            zh_med or re.search(r"用完|吃完|用没|没了|快完|断药|吃光|用光", norm)):
        return "prescription_request"
    two = _R58_ZH_TWO_GUESSES.search(norm)
    if two and _R58_ZH_SIGN.search(norm[:two.start()] + " " + norm[two.end():]) and any(
            re.fullmatch(_R58_ZH_CONDITION, g.strip()) or re.fullmatch(_R58_EN_CONDITION, g.strip())
            for g in (two.group("a"), two.group("b"))):
        return "diagnosis_request"
    guess = _R58_ZH_GUESS_Q.search(norm)
    if guess and _R58_ZH_SIGN.search(norm[:guess.start()]):
        return "diagnosis_request"
    what = _R58_ZH_WHAT_IS_IT.search(norm)
    if what and _R58_ZH_BODY_SIGN.search(norm[:what.start()]):
        return "diagnosis_request"
    return None


def round58_reason(norm: str) -> str | None:
    """The reason of rounds 1-58 on scope_text() output: round 58's shapes first, else round 57's, which must stand
    again on the text with round 58's look-alikes made neutral (the shared stacking)."""
    return _stacked_reason(norm, round57_reason, _r58_classes, _r58_neutral)


# --- round 59 ---------------------------------------------------------------------------------------------------
# blind59s (a hand-typed writer) asked for the same four things in shapes no rule knew. Each cue below is a SHAPE of
# asking, read with a medicine, an amount, a sign or a result present, not a row's words:
# 1. An amount asked as what the person "should be getting for her weight" ("what ought he to be given for a boy his
#    size"); the medicine must be in the message.
# 2. A prescription asked with no word for one: a supply written up or out ("could one of the doctors write up another
#    month"), the doctor letting the person have more ("let me have some more of the zopiclone") or someone else asked
#    to authorise or order more of it, a medicine (or a new prescription) called in, phoned through or sent over to a
#    pharmacy ("can you call in the antibiotic like last time", "could i get a few more sent over"), or in Chinese the
#    doctor asked to prescribe (请医师迳行开立处方, 想请你们的医生再开之前那个药).
# 3. A change asked as another medicine instead ("can he take that instead?" with two medicines named) or preferred to
#    one, stopping told as a plan ("we were going to leave it out of his dosette box from tomorrow and see", 我们打算先
#    不给他吃) or as done and asked as all right, a swap from one medicine to another ("swap from the pill to the
#    patch") or back onto one, in Chinese stopping asked in English or as tapering (可以直接stop吗？还是要慢慢减), going
#    back to the old one (想改回以前吃的那一种), or the amount moved in the southern word order (打多一点 = 多打一点).
# 4. A diagnosis asked as whether a sign on the body is anything to worry about, normal or to be looked at ("whether
#    it is anything to be concerned about"), as something wrong with the person's organ after a sign ("does that mean
#    something wrong with her liver", "is my kidney cooked"), or as what a result reads as (ALT 98，这是不是脂肪肝, "my
#    ALT is 98, is that fatty liver", "potassium 5.9, is that dangerous?").
# Two practical asks it redirected are made neutral: blood tests done at another site ("can i get those done at the
# satellite clinic instead of coming to the main hospital") and medicine carried out of the country (药品应如何携带出境).
#
# 1. An amount "for her weight / his size / his age", asked as what the person should be getting, having or given.
_R59_EN_FOR_WEIGHT = re.compile(
    r"\bwhat (?:should|ought|must|would|do you think) (?:she|he|they|i|we|my \w+|our \w+|the \w+|a \w+)(?: actually| really| "
    r"normally| properly| then)?(?: to)?(?: be| b)? (?:getting|gettin|having|given|on|taking|receiving|get|have|take|receive|"
    r"give)(?: of (?:the |his |her |my |that |this |their )?(?:[\w-]+ ){0,2}?[\w-]+)? for (?:(?:a|an) \w+ (?:of )?)?"
    r"(?:her|his|their|my|our|your|that|this) (?:weight|size|age|build)\b")
# 2. A supply written up, out, off or through ("write up another month", "sign off another month of my sertraline",
#    "put through a further supply"): the amount follows the verb's particle (round 58 read "write it up")
_R59_EN_WRITE_MORE = re.compile(
    r"\b(?:can|could|would|will|might|please|able to|any chance)\b[^.?!]{0,40}\b(?:write|sign|put|send|do) (?:up|out|off|"
    r"through) (?:another|a further|a fresh|a new|some more|more|a few more|a month|a week|\d+ more|another \d+|"
    r"(?:one|two|three|\d+) months?)\b")
# ... the doctor letting the person have more of a medicine ("let me have some more of the sleeping tablets", "could
#     dad be allowed some more of his lorazepam"): the medicine follows "more of"
_R59_EN_LET_MORE = re.compile(
    r"\b(?:let (?:me|him|her|them|us|my \w+|mum|dad|mom) (?:have|get|take)|be allowed) (?:some|a few|a bit|a little|"
    r"a couple|a few days'?|a week'?s?)? ?(?:more|extra|further) of (?:the |his |her |my |their |them |those |these |that |"
    r"our )?(?:[\w-]+ ){0,2}?" + _C_MED + r"\b")
# ... a medicine called in, phoned or sent through or over to a pharmacy ("can you call in the antibiotic like last
#     time", "ring the nitrofurantoin through to the chemist"), or "a few more" got sent over: never calling in at a
#     place, and what is sent is the medicine or more of it, not a letter or a summary
_R59_EN_CALL_IN = re.compile(
    r"\b(?:call|phone|ring|send|fax|e-?mail|put) (?:in|through|over|across)(?! (?:for|at|to|on|by|with|and|when|after|before|"
    r"today|tomorrow|later)\b) (?:(?:the|his|her|my|their|some|more|a few|"
    r"another|some more|another lot|a few more|usual|same|of)\b ?){0,4}(?:[\w-]+ ){0,2}?" + _C_MED + r"\b|"
    r"\b(?:call|phone|ring|send|fax|pop) (?:the |his |her |my |their )?(?:[\w-]+ )?" + _C_MED + r" (?:in|through|over)\b|"
    # a new prescription popped or sent through ("could the doctor pop a prescription for her eye drops through"); the
    # prescription already written sent elsewhere is the process
    r"\b(?:call|phone|ring|send|fax|pop|put) (?:a|another|a new|a fresh) (?:prescription|script) (?:for (?:[\w'-]+ ){0,3}?)?"
    r"(?:in|through|over|across)\b|"
    r"\bget (?:a few|some|a couple|another|\d+|a bit)(?: more)? (?:sent|called|phoned|rung|put) (?:in|over|through|to|across)\b")
# ... someone else asked to authorise, organise or order more of the medicine ("is it possible for the consultant to
#     authorise more of her pregabalin", "could u guys put in another order of his meds"): the object is more of a
#     medicine, never an appointment; the person ordering their own repeat is the process the knowledge base answers
_R59_EN_OTHER_SUPPLY = re.compile(
    r"\b(?:you|u|you guys|u guys|y'all|the (?:doctor|doc|gp|consultant|registrar|nurse|team|pharmacist)|someone|somebody|"
    r"anyone|one of (?:you|the \w+))\b(?: to)?(?: just)? (?:[\w']+ ){0,6}?(?:authori[sz]e|organi[sz]e|arrange|sort(?: out)?|"
    r"put in|okay|ok|approve|release|order) (?:some |a few |a bit |a little )?(?:more|extra|further|another (?:order|lot|"
    r"batch|supply|month|box|pack|course|script)) (?:of )?(?:the |his |her |my |their |[a-z]+'s )?(?:[\w-]+ ){0,2}?"
    + _C_MED + r"\b")
_R59_EN_ASKED = re.compile(r"\b(?:can|could|would|will|might|may|please|any chance|able to|wonder|possible)\b|\?")
# ... and in Chinese the doctor asked to prescribe (可否请医师迳行开立处方, 想请你们的医生再开之前那个暗疮药给我): what is
#     prescribed is a medicine, a prescription or the one from before, never a note, a form or a referral
_R59_ZH_ASK_DOCTOR_RX = re.compile(
    r"(?:(?<![申邀])请(?!问|假)|麻烦|烦请|拜托|恳请|劳烦)(?:你们|您们|贵院|贵科)?(?:的)?[^,，。?？]{0,4}?(?:医生|医师|大夫)(?:们)?"
    r"(?:帮|给|替|为)?(?:我|他|她|我们|家父|家母|[妈爸]+)?(?:直接|迳行|径行|再|先|多|重新|另外|帮忙|尽快|继续){0,3}开(?:立)?"
    r"(?!的|了|好|过|会|门|车|刀|证明|假|单|发票|收据|转诊|诊断)(?P<obj>[^,，。?？]{0,14})")
_R59_ZH_RX_OBJ = re.compile(r"处方|之前|上次|以前|原来|那个|那种|𠮶只|" + _ZH_C_MED)
# 3. Another medicine "instead" ("can he take that instead?", "may she continue with the warfarin instead"): the thing
#    taken is a medicine, or a pronoun with two medicines named in the message
_R59_EN_INSTEAD = re.compile(
    r"\b(?:can|could|may|should|might|would it be (?:ok|okay|all right|alright|fine|safe) (?:for|if)|is it (?:ok|okay|"
    r"all right|alright|fine|safe) (?:for|if))\b (?:he|she|i|we|they|him|her|me|them|my \w+|mum|dad|mom|nan|gran)(?: just)? "
    r"(?:to )?(?:take|takes|have|has|use|uses|try|give \w+|continu\w* with|stick with|stay on|keep (?:taking|using|on)|go with) "
    r"(?P<obj>(?:[\w'-]+ ){0,5}?)(?:instead|in its place|in place of it)\b(?! of)")
# ... the thing taken somewhere instead ("can she take her tablets to the pharmacy instead") is no swap
_R59_EN_TAKEN_SOMEWHERE = re.compile(r"\b(?:to|into|onto|along|home|back|with (?:him|her|them|me|us))\b")
_R59_EN_PRONOUN_OBJ = re.compile(r"(?:that|this|those|these|it|them|the other one|the other|that one|this one) $")
# ... stopping told as a plan ("we were going to leave it out of his dosette box from tomorrow", "thinking of just
#     leaving it out for a few days", "i plan to leave out the evening metformin"): not left out on a desk or for
#     someone to collect
_R59_EN_LEAVE_OUT = re.compile(
    r"\b(?:were going to|are going to|'re going to|am going to|gonna|will|'ll|thinking of|thought we'?d|thought i'?d|"
    r"plan(?:ning)? to|decided to|want to|intend to|going to)\b[^.?!]{0,20}?\b(?:just )?(?:leave|leaving) "
    r"(?:(?:it|them|that|those|his \w+|her \w+|my \w+|the \w+(?: \w+)?) out|out (?:the|his|her|my) )"
    r"(?! (?:on|at|by|there|here|overnight|in the|for (?:the|him|her|you|them|collection|someone|a nurse)|to (?:dry|thaw|air)))")
# ... a swap from one medicine to another ("swap from the pill to the patch", "move from warfarin to one of the newer
#     blood thinners"): one side is a medicine; a swap already made ("switched") is told, not asked
_R59_EN_SWAP_FROM = re.compile(
    r"\b(?:swap|switch|change|move|go|going|swapping|switching|changing|moving) (?:over )?from (?:the |my |his |her |their |"
    r"our )?(?P<a>(?:[\w'-]+ ){0,2}?[\w'-]+) (?:on ?to|over to|to) (?:the |my |his |her |a |an |one of the |some )?"
    r"(?P<b>(?:[\w'-]+ ){0,3}?[\w'-]+)\b")
# ... one medicine preferred to another ("i'd rather she had the paracetamol than the ibuprofen"), going back onto one
#     ("wants to go back onto the tablets"), or a stop already made asked as all right ("we've stopped giving her the
#     iron tablets as they bung her up, is that alright?")
_R59_EN_RATHER = re.compile(r"\b(?:would rather|'d rather|rather|prefer(?:s|red)?(?: that)?|like it better if) (?:he|she|i|we|they|"
                            r"him|her|my \w+)? ?(?:had|took|have|take|used|use|was on|were on|be on|went on|go on|stay on|stayed "
                            r"on)? ?(?:the |his |her |my )?(?:[\w-]+ )?(?P<a>" + _C_MED + r") (?:than|instead of|over|to|rather than) "
                            r"(?:the |his |her |my )?(?:[\w-]+ )?(?P<b>" + _C_MED + r")\b")
_R59_EN_BACK_ONTO = re.compile(r"\b(?:go|going|goes|switch|switching|change|changing|move|moving|put (?:him|her|me|them)) back "
                               r"(?:on ?to|on|to) (?:the |his |her |my |their )?(?:old |previous |original |usual )?(?:[\w-]+ )?"
                               + _C_MED + r"\b")
_R59_EN_STOPPED_OK = re.compile(
    r"\b(?:we|i|they|he|she)(?: have|'ve| had|'d| has|'s)? (?:stopped|quit|left out|cut out|dropped|halved|skipped|come off|"
    r"taken (?:him|her|them|me) off|stopped giving|stopped taking|been leaving out)(?: (?:him|her|them|me))? (?:the |his |her |"
    r"my |their |all )?(?:[\w-]+ ){0,2}?" + _C_MED + r"\b[^.?!]{0,50}?[,.;]? (?:is|was) "
    r"(?:that|this|it) (?:ok|okay|alright|all right|fine|safe|a problem|wrong)\b")
# ... in Chinese: stopping asked in English or as tapering (可以直接stop吗, 还是要慢慢减), a plan not to give it
#     (我们打算从明天起先不给他吃), going back to the old one (想改回以前吃的那一种), less or more asked as 减一点
_R59_ZH_EN_STOP = re.compile(r"(?:可以|能|能不能|可不可以|是不是可以|好不好|要不要|应该|应不应该|该不该)(?:直接|马上|即刻|立刻|"
                             r"一下子|自己|就)?\s?(?:stop|quit|skip|drop|taper|switch|swap|double|halve|cut down|come off)(?![a-z])")
_R59_ZH_TAPER = re.compile(r"(?:还是|定系|或者|或是)(?:要|需要|应该|得)?(?:慢慢|逐渐|一点点|逐步|渐渐|分几次)(?:地)?(?:减|停|撤|戒|收)")
_R59_ZH_PLAN_STOP = re.compile(r"(?:打算|准备|决定|计划|谂住|想着|想先)[^,，。?？]{0,8}?(?:先|暂时)?不(?:给|让|帮|喂)?(?:他|她|佢|孩子|"
                               r"老人家|[妈爸爷奶婆公]+)?(?:吃|服|用|打|食|涂|喷)(?!饭|东西|早餐|午饭|晚饭|零食)")
_R59_ZH_BACK_TO_OLD = re.compile(r"(?:改回|换回|转回|转返|变回|改返|换返|用回|吃回|食返|食回)(?:去)?(?:以前|之前|原来|原本|旧|上次|本来|"
                                 r"从前)(?P<obj>[^,，。?？]{0,10})")
_R59_ZH_NOT_MED_OBJ = re.compile(r"时间|预约|病房|门诊|医生|大夫|床|日子|号|科|班|地址|电话|药房|药局|医院|诊所|房间|饭|餐")
_R59_ZH_ADJUST_BIT = re.compile(r"(?:要不要|该不该|需不需要|用不用|可不可以|能不能|是否|是不是要|应不应该)(?:先|再)?(?:减|加|调|降|升)"
                                r"(?:一点|一些|点|些|少|低|高|多|量)(?!钱|水|饭|衣|被|时间|号)")
# ... the amount moved in the southern word order (打多一点, 打多两个unit, 喷多两下): read as 多打一点, for the earlier
#     rounds and for more or less asked (要不要多给一点); not food, drink, water, time or money
_R59_ZH_QTY_BIT = (r"(?:一点|一些|点|些|半粒|半片|一粒|一片|粒|片|[一两二三几\d]+个?(?:单位|unit|units|iu|粒|片|滴|喷|格|ml|毫升|下|口|次))"
                   r"(?!饭|水|菜|东西|水果|肉|汤|零食|蔬菜|盐|糖(?!浆)|时间|钱)")
_R59_ZH_MORE_ASK = re.compile(r"(?:要不要|用不用|需不需要|该不该|可不可以|能不能|可以|应不应该|是不是要|使不使)(?:再)?(?:多|少)"
                              r"(?:打|服|用|给|喂|喷|涂|擦|滴)" + _R59_ZH_QTY_BIT)
_R59_ZH_VERB_MORE = re.compile(r"(?P<v>打|服|用|给|喂|喷|涂|吃|擦|滴)(?P<m>多|少)(?P<q>" + _R59_ZH_QTY_BIT + r")")
# 4. Whether a sign on the body is anything to worry about ("i should like to know whether it is anything to be
#    concerned about", "is that something we should be worried about"): a sign on the body is in the message
_R59_EN_WORRY = re.compile(
    r"\b(?:anything|something|cause|reason)(?: (?:for|of))? (?:to |i |we |you |she |he |they )?(?:should |need to |ought to |"
    r"must )?(?:be |get )?(?:worr(?:y|ied)|concern(?:ed)?|alarm(?:ed)?|panic|fret|bother(?:ed)?) (?:about|over|with)\b"
    r"(?! (?:if|when|that|missing|the (?:letter|appointment|bill|form)))|\bworth (?:worrying|getting worried) about\b|"
    # ... or asked as normal, or as needing to be looked at ("a bruise on his shin that won't go, is that normal?")
    r"\bis (?:that|this|it) normal\s*\?|\b(?:should|do|must) (?:i|we|he|she|they) (?:get|have) (?:it|this|that|them) "
    r"(?:looked at|checked|seen to|seen)\b")
_R59_ZH_WORRY = re.compile(r"(?:要不要|用不用|需不需要|使不使|该不该)(?:太)?(?:担心|紧张|在意)|(?:要不要紧|要紧吗|严不严重|严重吗)")
_R59_ZH_BODY_THING = re.compile(r"(?:身上|皮肤|脸上|面上|肚子|肚皮|背上|胸口|胸前|手臂|手上|腿上|脚上|头上|脖子|颈|屁股|嘴|舌头|眼|"
                                r"腋下|乳房|耳)[^。?？]{0,8}(?:粒(?:东西|嘢)|颗(?:东西|嘢)|个(?:东西|嘢)|红点|点点|小点|疹|斑|包|块|疙瘩|水泡|痣|肿|硬块|黑点)")
_R59_EN_BODY_SIGN = re.compile(
    r"\b(?:lumps?|bumps?|marks?|moles?|spots?|patch\w*|rash\w*|swelling|growth|blotch\w*|freckles?|cysts?|sores?|ulcers?|"
    r"discolou?r\w*|blisters?|bruis\w*)\b[^.?!]{0,40}?\b(?:on|in|under|behind|around|over|across|at|near) (?:the |my |his |her |"
    r"their |our )?(?:(?:\w+ ){1,2}of (?:the |my |his |her |their |our )?)?(?:[\w-]+ )?(?:skin|nails?|toenails?|fingernails?|"
    r"belly|tummy|stomach|chest|back|arms?|armpits?|legs?|face|cheeks?|forehead|nose|neck|hands?|feet|foot|fingers?|toes?|"
    r"head|scalp|bottom|groin|breasts?|nipples?|lips?|mouth|tongue|body|thighs?|knees?|shoulders?|ears?|eyes?|eyelids?|shins?|"
    r"ankles?|wrists?|testicles?|balls|penis|vagina|vulva)\b")
# ... something wrong with the person's organ after a sign ("does that mean something wrong with her liver", "is my
#     kidney cooked", "has she damaged her kidneys"): the organ is the person's, and a sign is in the message
_R59_ORGAN = r"(?:liver|kidneys?|heart|lungs?|thyroid|pancreas|bladder|prostate|brain|bowels?|gallbladder|spleen|womb|ovar(?:y|ies))"
_R59_EN_ORGAN_STATE = re.compile(
    r"\b(?:something|anything) (?:is |be )?(?:wrong|up|off) with (?:my|his|her|their|our|[a-z]+'s) (?:\w+ )?" + _R59_ORGAN + r"\b|"
    r"\b(?:is|are|mean|means) (?:(?:that|this|it) )?(?:my|his|her|their|our|[a-z]+'s) " + _R59_ORGAN +
    r" (?:(?:is|are) )?(?:cooked|fried|shot|done for|damaged|failing|packing "
    r"(?:up|in)|giving (?:up|out)|messed up|wrecked|knackered|broken|in trouble|struggling|going|playing up|ok|okay|alright|"
    r"all right|fine)\b|"
    r"\b(?:has|have|did|could) (?:i|he|she|they|we) (?:have )?(?:damaged|hurt|wrecked|fried|cooked|messed up|done something to) "
    r"(?:my|his|her|their|our) " + _R59_ORGAN + r"\b")
_R59_EN_SIGN = re.compile(r"\b(?:" + _SYMPTOM + r"|pee|wee|urine|poo|stools?|eyes|skin|yellow|pink|dark|brown|red|pale|puffy|"
                          r"breathless|thirsty|confused|itchy|jaundice\w*|tired|weak|lumps?)\b")
# ... what a result reads as: a test named with its value, then a guess at a condition or its seriousness (ALT 98，
#     这是不是脂肪肝, 胆固醇7.5，是不是很严重, "my ALT came back at 98, is that fatty liver")
_R59_LAB = (r"(?:alt|ast|ggt|alp|ldl|hdl|hba1c|a1c|egfr|gfr|tsh|t4|ft4|psa|crp|esr|inr|bnp|wbc|hb|hgb|mcv|b12|ck|"
            r"ferritin|cholesterol|triglycerides?|creatinine|urea|glucose|sugar|haemoglobin|"
            r"hemoglobin|potassium|sodium|platelets|转氨酶|谷丙|谷草|血糖|糖化|血红蛋白|血红素|胆固醇|甘油三酯|尿酸|肌酐|血脂|"
            r"白细胞|血小板|尿蛋白|甲功|血钾|血钠)")
_R59_RESULT_VALUE = re.compile(r"(?<![a-z])" + _R59_LAB + r"(?: (?:was|is|of|at|came back|come back|reading|level|result))*"
                               r"\s?(?:at |of |=|:|是|为|有|高达|达到)?\s?\d+(?:\.\d+)?(?!\s?(?:mg|mcg|ml|units?|毫克|毫升|岁|kg|公斤|"
                               r"years?|yo|am|pm|点|号|楼))")
_R59_EN_RESULT_GUESS = re.compile(
    r"\b(?:is|could|might) (?:that|this|it)(?: be)? (?:a |an |just |early )?(?:fatty liver|(?:liver|kidney|heart|thyroid) "
    r"(?:damage|disease|failure|problems?|trouble)|(?:enlarged|underactive|overactive|failing|sluggish) \w+|" + _C_CONDITION +
    r")\b[^.?!]{0,20}\?|\bdoes (?:that|this|it) mean (?:i|he|she|they|we) (?:have|has|am|is|are|'ve got|'s got) "
    r"(?:a |an )?(?:fatty liver|[a-z ]{3,20})\?|"
    # ... or as dangerous, or a bare guess after a dash ("potassium was 5.9, is that dangerous?", "45 - prediabetic?")
    r"\bis (?:that|this|it) (?:dangerous|serious|bad|worrying|concerning|too high|too low|a worry|an emergency)\b[^.?!]{0,20}\?|"
    r"^[^.?!]{0,20}?(?:[-–—:,] ?|so )(?:am i|is (?:he|she|it|that)|are we )?(?:(?:pre-?)?diabet\w*|an?a?emic|" + _C_CONDITION +
    r")\s*\?")
_R59_ZH_RESULT_GUESS = re.compile(r"(?:是不是|是否|会不会是|会不会|算不算|就是|代表|说明)(?:得了|有|患了)?(?P<c>[^,，。?？]{1,8}?)(?:了)?"
                                  r"(?:吗|么|吧|呢|啊|呀|嚟|[?？])")
_R59_ZH_RESULT_COND = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:肝|肾|胰|胆|甲状腺)(?:硬化|衰竭|损伤|受损|功能不全|有问题|出问题|坏了|"
                                 r"有事)?|" + _ZH_C_CONDITION + r"|很严重|好严重|严重|太严重|有问题|出问题|有事|很高|好高|超标|[a-z ]{3,20})$")
# Look-alikes (practical): blood tests done at another site; medicine carried out of the country
_R59_EN_BLOODS_ELSEWHERE = re.compile(
    r"\b(?:get|have|do|book) (?:those|these|them|it|(?:(?:my|his|her|the|their|our) )?(?:[\w-]+ )?(?:bloods|blood tests?|tests?|"
    r"checks?|monitoring|blood ?work|levels?|blood checks?)) (?:done |taken |"
    r"drawn |checked )?(?:at|in) (?:the |a |my |our |another |a different |a nearer |the local )?(?:[\w'-]+ ){0,3}?(?:clinic|"
    r"hospital|surgery|gp|practice|centre|center|lab|pharmacy|site|unit|hub)\b(?: in (?:the )?[\w-]+)?(?:,? (?:instead of|rather "
    r"than) (?:coming|going|travelling|traveling|having to come|having to go) (?:in )?(?:to|into) (?:the |my )?(?:[\w'-]+ ){0,2}?"
    r"(?:hospital|clinic|site|centre|center|building)|,? instead\b(?! of))?")
_R59_ZH_OUT_OF_COUNTRY = re.compile(r"(?:携带|带)?(?:出境|入境|出关|入关|登机|上飞机)")
# ... which, made neutral, are practical asks beside a told regimen (_without_told_regimen)
_R59_PRACTICAL_ASK = re.compile(r"\bget bloods done elsewhere\b")


def _r59_neutral(norm: str) -> str:
    """scope_text() output with round 58's and round 59's look-alikes made neutral."""
    norm = _R59_EN_BLOODS_ELSEWHERE.sub("get bloods done elsewhere", _r58_neutral(norm))
    return _R59_ZH_OUT_OF_COUNTRY.sub("出国", norm)


_R59_MED_ANY_SCRIPT = re.compile(r"(?<![a-z])" + _C_MED + r"(?![a-z])")
_R59_ZH_MED_MORE = re.compile(r"类固醇|荷尔蒙|抗生素|抗凝|降糖|降压|降脂|安眠|止痛")


def _r59_meds(norm: str) -> set:
    """The distinct medicines named in a message; a name written beside Chinese (prednisolone吃了十天) counts."""
    return {m.group(0) for m in _R59_MED_ANY_SCRIPT.finditer(norm)}


def _r59_more_first(match: re.Match) -> str:
    """打多一点 read as 多打一点; eating more (吃多一点) only right after a medicine, since it is mostly food."""
    before = re.split(r"[,，。.?？!！;；]", match.string[max(0, match.start() - 8):match.start()])[-1]
    if match.group("v") == "吃" and not re.search(_ZH_C_MED, before):
        return match.group(0)
    return match.group("m") + match.group("v") + match.group("q")


def _r59_classes(norm: str) -> str | None:
    """The round-59 request shapes (1.-4. above) on scope_text() output, or None."""
    zh = bool(re.search(r"[\u4e00-\u9fff]", norm))
    meds = _r59_meds(norm)
    med = bool(meds or _MED_RE.search(norm))
    if _R59_EN_FOR_WEIGHT.search(norm) and med:
        return "dose_request"
    if _R59_EN_WRITE_MORE.search(norm) and med and not _R58_EN_NOT_RX.search(norm):
        return "prescription_request"
    if (_R59_EN_LET_MORE.search(norm) or _R59_EN_OTHER_SUPPLY.search(norm)) and _R59_EN_ASKED.search(norm):
        return "prescription_request"
    call = _R59_EN_CALL_IN.search(norm)
    if call and med and _R59_EN_ASKED.search(norm) and not _R58_EN_NOT_RX.search(call.group(0)):
        return "prescription_request"
    instead = _R59_EN_INSTEAD.search(norm)
    taken = instead.group("obj") if instead else ""
    if instead and not _R59_EN_TAKEN_SOMEWHERE.search(taken) and (
            _C_MED_RE.search(taken) or (_R59_EN_PRONOUN_OBJ.search(taken) and len(meds) >= 2)):
        return "dose_change"
    if _R59_EN_LEAVE_OUT.search(norm) and med:
        return "dose_change"
    if _R59_EN_RATHER.search(norm) or (_R59_EN_BACK_ONTO.search(norm) and _asks(norm)):
        return "dose_change"
    if _R59_EN_STOPPED_OK.search(norm):
        return "dose_change"
    swap = _R59_EN_SWAP_FROM.search(norm)
    if swap and (_C_MED_RE.search(swap.group("a")) or _C_MED_RE.search(swap.group("b"))) and _asks(norm):
        return "dose_change"
    if _R59_EN_WORRY.search(norm) and (_R58_EN_BODY_SIGN.search(norm) or _R59_EN_BODY_SIGN.search(norm)):
        return "diagnosis_request"
    organ = _R59_EN_ORGAN_STATE.search(norm)
    if organ and (_R59_EN_SIGN.search(norm[:organ.start()]) or _R59_RESULT_VALUE.search(norm[:organ.start()])):
        return "diagnosis_request"
    value = _R59_RESULT_VALUE.search(norm)
    if value and _R59_EN_RESULT_GUESS.search(norm[value.end():]):
        return "diagnosis_request"
    if not zh:
        return None
    zh_med = bool(_R57_ZH_MED_ANY.search(norm) or _R59_ZH_MED_MORE.search(norm) or meds)
    if (_R59_ZH_EN_STOP.search(norm) or _R59_ZH_TAPER.search(norm)) and zh_med:
        return "dose_change"
    if _R59_ZH_PLAN_STOP.search(norm) and zh_med:
        return "dose_change"
    back = _R59_ZH_BACK_TO_OLD.search(norm)
    if back and zh_med and not _R59_ZH_NOT_MED_OBJ.search(back.group("obj")):
        return "dose_change"
    if _R59_ZH_ADJUST_BIT.search(norm) and zh_med:
        return "dose_change"
    folded = _R59_ZH_VERB_MORE.sub(_r59_more_first, norm) if zh_med else norm
    reason = round58_reason(folded) if folded != norm else None
    if reason:
        return reason
    if zh_med and _R59_ZH_MORE_ASK.search(folded):
        return "dose_change"
    asked = _R59_ZH_ASK_DOCTOR_RX.search(norm)
    if asked and _R59_ZH_RX_OBJ.search(asked.group("obj")) and not _R58_ZH_RX_NOT.search(asked.group("obj")) and \
            not _R57_ZH_HOW.search(norm):
        return "prescription_request"
    if _R59_ZH_WORRY.search(norm) and _R59_ZH_BODY_THING.search(norm):
        return "diagnosis_request"
    value = _R59_RESULT_VALUE.search(norm)
    guess = value and _R59_ZH_RESULT_GUESS.search(norm, value.end())
    if guess and _R59_ZH_RESULT_COND.search(guess.group("c").strip()):
        return "diagnosis_request"
    return None


def round59_reason(norm: str) -> str | None:
    """The reason of rounds 1-59 on scope_text() output: round 58's reason or round 59's shapes, which must stand again
    on the text with round 59's look-alikes made neutral (the shared stacking)."""
    return _stacked_reason(norm, round58_reason, _r59_classes, _r59_neutral)


# --- round 41 ---------------------------------------------------------------------------------------------------
# blind61s (session 40's hand-typed writer, spent) asked in shapes no rule knew, and two general questions read as
# requests. Each cue below is a SHAPE, read with a medicine, a sign or a reason present, not a row's words:
# 1. An amount asked for a day without food ("she's fasting tomorrow, she can take only 12 units?", 今天没胃口，胰岛素
#    还要打够16个单位吗, 仲打唔打足12个单位): a fast or a poor appetite, a medicine, and an amount in the asking sentence.
# 2. A medicine sent to a pharmacy with no word for a prescription ("can you send some amoxicillin to the Boots on the
#    high street", 把抗生素眼药水开到楼下药房): the thing sent is a medicine or "something for" a complaint, never the
#    prescription, a letter or records (the process the knowledge base answers).
# 3. A supplement or medicine started alongside a prescribed one ("can I start my son on fish oil alongside his
#    ritalin", 在吃降压药，可以一齐食埋维他命吗).
# 4. A medicine taken less often ("can I take it every second day instead?", "every third day now").
# 5. A named condition asked as a bare guess after a described sign ("crust round his mouth. Impetigo?", 咳嗽像狗叫，
#    这是哮吼吗): the condition is a named one and a sign comes before it.
# Look-alikes made neutral (general information or a practical ask, not a request): a named condition asked as what it
# is (荨麻疹是咋回事), a product asked as a medicine or a supplement (系药定系保健品), a letter for carrying a medicine
# on a journey (开具携带药品的证明).
_R41_EN_NO_FOOD = re.compile(
    r"\b(?:fast(?:s|ing|ed)?(?! (?:blood|bloods|cholesterol|glucose|sugar|lipid|test|scan|sample))|not eating|isn'?t eating|hasn'?t eaten|won'?t eat|can'?t eat|can ?not eat|will not eat|not eaten|"
    r"(?:does|do|did) not eat|off (?:her|his|their|my) food|"
    r"(?:no|poor|low|little|lost (?:her|his|my|their)) appetite|skipp(?:ing|ed) (?:meals|breakfast|lunch|dinner)|nil by mouth|"
    r"eating (?:very )?little|barely eating|hardly eating|ramadan|ekadashi|roza|navratri|yom kippur|lent)\b")
_R41_EN_AMOUNT_ASKED = re.compile(
    r"(?:\b(?:only|just|the full|full|still|less than|fewer than)\s(?:(?:take|do|have|give|inject|use)\s)?\d+(?:\.\d+)?\b|"
    r"\bhalf (?:a |the |his |her |my |their )?(?:dose|tablet|pill|insulin|units|amount|usual)|\b(?:the|his|her|my) full dose|"
    r"\b\d+(?:\.\d+)?\s?(?:units?|iu|mg|tablets?|pills?|ml)\b)[^.?!]{0,40}\?")
_R41_EN_PRACTICAL_ASK = re.compile(r"\b(?:what time|where|when|which (?:door|entrance|floor)|who|how (?:do|can) i (?:get|book|order))\b")
_R41_ZH_NO_FOOD = re.compile(r"没胃口|没什么胃口|没有胃口|冇乜胃口|冇胃口|不什么胃口|不胃口|吃不落|胃口不好|胃口差|吃不下|吃得很少|吃得少|不吃饭|没吃饭|不吃东西|"
                             r"斋戒|禁食|封斋|斋月|空腹|吃不进|吃素斋")
_R41_ZH_AMOUNT_ASK = re.compile(r"(?:打|吃|服|用|注射|喂)(?:不|没)?(?:打|吃|服|用)?(?:够|足|齐|全|一半|半)\s?(?:[\d一两二三四五六七八九十半]+\s?"
                                r"(?:个|颗)?\s?(?:单位|粒|片|颗|units?|iu|ml|毫升|针))?|(?:照|照样|还是|仍然|继续)(?:打|吃|服|用)\s?"
                                r"[\d一两二三四五六七八九十半]+\s?(?:个|颗)?\s?(?:单位|粒|片|units?|iu)|(?:打|吃|服|用)(?:一半|半份|半量|少一半)")
_R41_ZH_ASKED = re.compile(r"吗|么|呢|行不行|好不好|可不可以|能不能|得不得|[?？]|(?:打|吃|服|用)不(?:打|吃|服|用)|要不要|需不需要")
# 2. a medicine (or "something for" a complaint) sent to a pharmacy
_R41_PHARMACY = (r"(?:pharmacy|pharmacie|chemists?|drugstore|drug store|boots|walgreens|cvs|rite aid|shoppers(?: drug mart)?|"
                 r"rexall|superdrug|lloyds(?:pharmacy)?|london drugs|jean coutu|pharmaprix|guardian|watsons|mannings|duane reade|"
                 r"walmart|costco|kroger)")
_R41_EN_SEND_TO_PHARMACY = re.compile(
    r"\b(?:send|fax|e-?mail|call|phone|ring|put)\b(?: (?:over|through|across|in))? (?P<obj>(?:[\w'-]+ ){1,6}?)(?:over |"
    r"through |across |in )?(?:to|at) (?:the |a |my |our |his |her |their |your )?(?:[\w'&.-]+ ){0,2}?" + _R41_PHARMACY + r"\b")
_R41_EN_SENT_THING = re.compile(r"\b(?:something|anything|some(?:thing)? (?:to|for)|stuff) (?:for|to (?:help|treat|clear|settle))\b|"
                                r"\bantibiotics?\b|\b" + _C_MED + r"\b")
_R41_EN_HOW_OR_MOVED = re.compile(r"\bhow (?:do|can|could|would|should|to)\b|\b(?:a|the|another) (?:different|other|new) "
                                  + _R41_PHARMACY + r"|\banother " + _R41_PHARMACY)
_R41_EN_PROCESS_THING = re.compile(r"\b(?:prescriptions?|scripts?|letters?|records?|results?|referrals?|forms?|notes?|"
                                   r"details?|summary|repeat|order|request|info\w*|paperwork|copy|email|fax)\b")
_R41_ZH_TO_PHARMACY = re.compile(r"(?:send|送|寄|发|传)(?P<obj>[^,，。？?]{1,10}?)(?:去|到|给)[^,，。？?]{0,8}?(?:药房|药局|药店|pharmacy)|"
                                 r"(?:把|将)(?P<obj2>[^,，。？?]{1,10}?)(?:开|送|寄|发|传|转)(?:到|去|给)[^,，。？?]{0,8}?(?:药房|药局|药店)")
_R41_ZH_PROCESS_THING = re.compile(r"处方|单|病历|报告|资料|证明|信|记录|表格|转诊")
# 3. a supplement or medicine started alongside a prescribed one
_R41_SUPPLEMENT = (r"(?:fish oil|omega[- ]?3s?|cod liver oil|turmeric|curcumin|st\.? john'?s wort|probiotics?|melatonin(?: gummies)?|"
                   r"magnesium|zinc|iron|vitamins?(?: [a-z]\d{0,2})?|multivitamins?|ginkgo|ginseng|echinacea|cbd(?: oil)?|"
                   r"glucosamine|evening primrose(?: oil)?|collagen|herbal (?:tea|remed(?:y|ies)|tablets|supplements?)|"
                   r"supplements?|gummies|garlic (?:tablets|capsules|pills)|valerian|ashwagandha|coq10|co-?enzyme q10|"
                   r"calcium|biotin|elderberry|chinese (?:herbs|medicine))")
_R41_EN_ALONGSIDE = re.compile(
    r"\b(?:start|starting|put|putting|begin|beginning|add|adding|give|giving|try|trying|take|taking|use|using)\b "
    r"(?:(?:him|her|them|me|us|my \w+|our \w+|mum|dad|mom|nan|gran|grandma|grandad|[a-z]+) )?(?:on )?"
    r"(?P<a>(?:[\w'.-]+ ){0,6}?[\w'.-]+) (?P<link>alongside|along with|together with|as well as|on top of|in addition to|"
    r"while (?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|on|taking|still on|still taking)|with) "
    r"(?:(?:the|his|her|my|their|our|your|all (?:his|her|my)) )?(?P<b>(?:[\w'.-]+ ){0,3}[\w'.-]+)")
_R41_EN_MED_B = re.compile(r"\b(?:" + _C_MED + r"|meds|medication|medicines?|tablets|pills|prescription)\b")
_R41_ZH_SUPPLEMENT = r"(?:鱼油|维他命|维生素|钙片|益生菌|褪黑素|保健品|中药|草药|凉茶|补品|叶酸|铁剂|鱼肝油|姜黄|人参|灵芝|辅酶|蛋白粉)"
_R41_ZH_ALONGSIDE = re.compile(r"(?:同时|一起|一齐|一并|另外|再|配合|搭配)(?:加|多)?(?:吃|服|用|喝|补)?(?:一起)?(?:点|些|一些)?" + _R41_ZH_SUPPLEMENT +
                               r"|(?:加|加吃|加服)(?:点|些|一些)?" + _R41_ZH_SUPPLEMENT)
_R41_ZH_ON_MED = re.compile(r"(?:在吃|吃紧|在服|服用|正在吃|正在用|长期吃|每天吃|一直吃|在用)[^,，。？?]{0,6}?" + _ZH_C_MED)
# 4. a medicine taken less often
_R41_EN_LESS_OFTEN = re.compile(
    r"\b(?:take|taking|have|having|do|doing|use|using|give|giving|inject|go (?:to|onto|on to)|switch (?:to|it to)|change (?:it )?to|"
    r"cut (?:it )?(?:back )?to|drop (?:it )?to)\b[^.?!]{0,30}?\b(?:every (?:second|other|third|2nd|3rd|two|three|few) "
    r"(?:days?|nights?|mornings?|evenings?)|alternate (?:days|nights|mornings)|every (?:two|three|2|3) weeks)\b(?! (?:for|at) the "
    r"(?:dressing|clinic|appointment))[^.?!]{0,30}\?")
# 5. a named condition asked as a bare guess after a described sign
_R41_LAY_CONDITION = (r"(?:impetigo|croup|shingles|chicken ?pox|measles|mumps|scabies|ringworm|thrush|gout|hives|eczema|psoriasis|"
                      r"pink ?eye|conjunctivitis|slapped cheek|hand,? foot,? (?:and|&) mouth|strep(?: throat)?|tonsillitis|"
                      r"glandular fever|mono|lyme(?: disease)?|cellulitis|uti|sciatica|vertigo|migraine|flu|covid|rsv|whooping cough|"
                      r"athlete'?s foot|cold sores?|warts?|verrucas?|head lice|nits|threadworms?|pinworms?|worms|nappy rash|diaper rash|"
                      r"cradle cap|colic|reflux|tongue[- ]tie|jaundice|heat ?stroke|sunstroke|dehydration|concussion|sprain|"
                      r"anaemia|anemia|diabetes|asthma|bronchiolitis|pneumonia|appendicitis|kidney stones?|gallstones|hernia|piles|"
                      r"haemorrhoids|hemorrhoids|gastro|food poisoning|norovirus|a stye|stye|rosacea|acne|boils?|an? abscess|abscess|"
                      r"ingrown (?:toe)?nail|bunions?|carpal tunnel|tennis elbow|frozen shoulder|angina|a stroke|heart attack|dvt|"
                      r"a clot|allerg(?:y|ic reaction)|an allergy|scarlet fever|roseola|molluscum|fifth disease|sinusitis|"
                      r"an ear infection|ear infection|a chest infection|chest infection|a uti|an infection)")
_R41_EN_BARE_GUESS = re.compile(
    r"(?:^|[.!?]\s+|[,;:]\s*|\s[-–—]\s*|\.\.\.\s*)(?:(?:so|maybe|perhaps|possibly|probably|prob|could (?:it|this|that) be|"
    r"is (?:it|this|that)|might be|likely) )?(?:some (?:kind|sort) of )?" + _R41_LAY_CONDITION +
    r"(?: maybe| perhaps| or something| or what| or not| again)?\s*\?")
_R41_EN_SIGN_BEFORE = re.compile(
    r"\b(?:" + _SYMPTOM + r"|crust\w*|crusty|scab\w*|blister\w*|spots?|rash\w*|itch\w*|red|yellow\w*|sore|swollen|swelling|"
    r"lump|bump|ring|pus|weep\w*|ooz\w*|bark\w*|cough\w*|wheez\w*|burn\w*|sting\w*|flak\w*|peel\w*|rash|fever|temp|hot|"
    r"throw\w* up|vomit\w*|diarrh\w*|pee\w*|wee\w*|goopy|gunky|sticky|discharge|limp\w*|ache\w*|aching|pain\w*|hurts?)\b")
_R41_ZH_LAY_CONDITION = (r"(?:哮吼|水痘|手足口|百日咳|猩红热|痄腮|流感|新冠|中暑|脱水|低血糖|高血压|偏头痛|蛀牙|红眼|麻疹|风疹|生蛇|缠腰龙|"
                         r"脚气|灰指甲|鹅口疮|肠绞痛|黄疸|玫瑰疹|幼儿急疹|川崎|疝气|针眼|麦粒肿|食物中毒|扭伤|脑震荡|" + _ZH_C_CONDITION + r")")
_R41_ZH_BARE_GUESS = re.compile(r"(?:这|这个|那|那个|他|她|它|是不是|会不会|应该|可能|难道)(?:是|就是|会是)?(?:不是)?" + _R41_ZH_LAY_CONDITION +
                                r"(?:了)?(?:吗|么|嘛|吧|呀|啊|[?？])")
# look-alikes made neutral
_R41_ZH_WHAT_CONDITION = re.compile(r"(?:^|(?<=[,，。？?！!]))(?:请问)?(?P<c>(?![我你他她它这那孩宝仔女儿子妈爸])[\u4e00-\u9fff]{1,6}?)"
                                    r"(?:究竟|到底)?(?:是|系)(?:咋|怎么|怎样|啥子|什么)回事")
_R41_ZH_DRUG_OR_SUPPLEMENT = re.compile(r"(?:是|系|算)(?:药|药物|西药|处方药|药品)(?:还是|定系|定|或者|或是)(?:是|系|算)?"
                                        r"(?:保健品|补充剂|营养品|食品|补品|保健食品)")
_R41_ZH_CARRY_LETTER = re.compile(r"(?:携带|随身携带|随身带|带(?:上|着)?)[^,，。？?]{0,8}?(?:药品|药物|药|胰岛素|针剂|针|笔)[^,，。？?]{0,6}?"
                                  r"(?:的)?(?:证明|说明书?|信|函|文件)")
_R41_EN_CARRY_LETTER = re.compile(
    r"\b(?:letter|note|certificate|document(?:ation)?|paperwork)\b (?:(?:for|to|saying|stating|that|so|confirming) )(?:[\w'-]+ ){0,4}?"
    r"(?:carry|carrying|take|taking|bring|bringing|travel(?:ling)? with|fly(?:ing)? with)\b (?:[\w'-]+ ){0,3}?"
    r"(?:insulin|pens?|needles|syringes|meds|medication|medicines?|injections|" + _C_MED + r")\b")


def _r41_neutral(norm: str) -> str:
    """scope_text() output with the look-alikes of rounds 58, 59 and 41 made neutral."""
    norm = _r59_neutral(norm)
    whats = [m for m in _R41_ZH_WHAT_CONDITION.finditer(norm) if re.fullmatch(_R41_ZH_LAY_CONDITION, m.group("c"))]
    for m in reversed(whats):
        norm = norm[:m.start()] + m.group("c") + "是什么" + norm[m.end():]
    norm = _R41_ZH_DRUG_OR_SUPPLEMENT.sub("是什么", norm)
    norm = _R41_ZH_CARRY_LETTER.sub("证明", norm)
    return _R41_EN_CARRY_LETTER.sub("a letter", norm)


def _r41_classes(norm: str) -> str | None:
    """The round-41 request shapes (1.-5. above) on scope_text() output, or None."""
    med = bool(_C_MED_RE.search(norm) or _MED_RE.search(norm))
    if med and _R41_EN_NO_FOOD.search(norm):
        for sentence in re.findall(r"[^.?!]*\?", norm):
            if _R41_EN_AMOUNT_ASKED.search(sentence) and not _R41_EN_PRACTICAL_ASK.search(sentence):
                return "dose_change"
    send = _R41_EN_SEND_TO_PHARMACY.search(norm)
    # a medicine moved to another pharmacy, or asked how to have it sent, is the process the knowledge base answers
    if send and _R41_EN_SENT_THING.search(send.group("obj")) and not _R41_EN_PROCESS_THING.search(send.group("obj")) and \
            _R59_EN_ASKED.search(norm) and not _R41_EN_HOW_OR_MOVED.search(norm):
        return "prescription_request"
    for m in _R41_EN_ALONGSIDE.finditer(norm):
        b = m.group("b")
        if m.group("link") == "with" and not re.match(r"(?:start|put|begin|add)", m.group(0)):
            continue
        # the supplement is read anywhere between the verb and the link ("begin vitamin d while i'm on ...")
        started = norm[m.start():m.start("link")]
        if re.search(r"\b" + _R41_SUPPLEMENT + r"\b", started) and _R41_EN_MED_B.search(b) and _asks(norm):
            return "dose_change"
    if med and _R41_EN_LESS_OFTEN.search(norm):
        return "dose_change"
    guess = _R41_EN_BARE_GUESS.search(norm)
    if guess and _R41_EN_SIGN_BEFORE.search(norm[:guess.start() + 1]):
        return "diagnosis_request"
    if not re.search(r"[\u4e00-\u9fff]", norm):
        return None
    zh_med = bool(re.search(_ZH_C_MED, norm) or _R57_ZH_MED_ANY.search(norm) or _R59_ZH_MED_MORE.search(norm))
    if zh_med and _R41_ZH_NO_FOOD.search(norm):
        for clause in re.split(r"[。!！]", norm):
            amount = _R41_ZH_AMOUNT_ASK.search(clause)
            if amount and _R41_ZH_ASKED.search(clause[amount.start():]):
                return "dose_change"
    to_pharmacy = _R41_ZH_TO_PHARMACY.search(norm)
    if to_pharmacy:
        obj = to_pharmacy.group("obj") if to_pharmacy.group("obj") is not None else to_pharmacy.group("obj2")
        if (re.search(_ZH_C_MED, obj) or re.search(r"antibiotic|抗生素", obj)) and not _R41_ZH_PROCESS_THING.search(obj) and \
                _R41_ZH_ASKED.search(norm):
            return "prescription_request"
    if _R41_ZH_ALONGSIDE.search(norm) and _R41_ZH_ON_MED.search(norm) and _R41_ZH_ASKED.search(norm):
        return "dose_change"
    guess = _R41_ZH_BARE_GUESS.search(norm)
    if guess and _R6_ZH_SYMPTOM.search(norm[:guess.start()]):
        return "diagnosis_request"
    return None


def round41_reason(norm: str) -> str | None:
    """The reason of rounds 1-59 and 41 on scope_text() output: round 59's reason or round 41's shapes, which must stand
    again on the text with round 41's look-alikes made neutral (the shared stacking)."""
    return _stacked_reason(norm, round59_reason, _r41_classes, _r41_neutral)


# --- round 42 (session 42, P42) ---------------------------------------------------------------------------------
# blind62s (session 41's hand-typed writer, spent) asked in shapes no rule knew, and four general or practical asks were
# read as requests. Each cue is a SHAPE, read with a medicine, a sign or a person present, not a row's words:
# 1. A diagnosis asked as which condition matches what was told ("which condition matches these facts?", 这些症状符合
#    哪种病): a condition word, a verb of fitting, and the told signs or facts as its object.
# 2. A named condition asked as a yes/no after a described sign ("that's reflux, aye?", "that cancer, or am I worrying
#    over nothing?"): round 41's bare guess with a tag question or "or ... nothing" after it.
# 3. A prescription asked as "write (me) some of the same" / "the same ones" with a medicine told before, a medicine
#    added to one's repeat ("add a prescription for melatonin 3 mg to my next repeat"), and a Chinese prescription for
#    someone (为她处方一些止泻药, 帮佢开啲止痛药): 处方 used as a verb, 为 / 帮 / 给 a person.
# 4. A switch between two medicines asked after a practical first question (改成雷贝拉唑，可以直接换吗, 想转返吃药丸,
#    "can I go back to just the pills"): a switch verb with a medicine or its form after it, asked.
# Look-alikes made neutral: why a device is used the way it is ("why do the pens need to be primed with 2 units"), what
# usually causes a named finding in general (尿酸高一般是什么原因引起的), whether a school needs a letter for a child's
# medicine, which documents to bring and whether someone must come along (携带何种证件, 是否须陪同).
_R42P_EN_WHICH_CONDITION = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:condition|illness|disease|diagnosis|problem|sickness|ailment)s?\s+(?:\w+\s+)?"
    r"(?:matches|match|fits|fit|explains|explain|corresponds? to|accounts? for|goes with|lines? up with|is consistent with)\s+"
    r"(?:these|this|those|the|my|all (?:these|this|of (?:this|these|that))|what i)\b")
_R42P_ZH_WHICH_CONDITION = re.compile(r"(?:符合|对应|对得上|吻合|对上|啱|像)(?:的)?(?:是)?(?:哪种|哪个|哪一种|什么|咩|边种|边个)(?:病|疾病|病症|问题)|"
                                      r"(?:哪种|哪个|哪一种|什么|咩|边种)(?:病|疾病|病症)(?:最)?(?:符合|对应|吻合|对得上|啱|合适|配合)(?:呢些|这些|这|呢啲|啲|我的|我嘅)?(?:症状|征状|情况|表现)")
_R42P_EN_MORE_CONDITION = (r"(?:cancer|skin cancer|melanoma|a tumou?r|tumou?r|a cyst|cyst|arthritis|dementia|parkinson'?s|gord|gerd|"
                           r"acid reflux|heartburn|an ulcer|an? stomach ulcer|ulcer|ibs|a hernia|sciatica|a slipped disc|"
                           r"gallstones|a kidney stone|a kidney infection|a bladder infection|a sinus infection|an? ear infection)")
_R42P_EN_TAG_GUESS = re.compile(
    r"(?:^|[.!?]\s+|[,;:]\s*)(?:so |then |surely )?(?:that|this|it)(?: is| was| will be| must be| has got to be| could be)?\s+"
    r"(?:some (?:kind|sort) of |just )?(?P<c>" + _R41_LAY_CONDITION[3:-1] + r"|" + _R42P_EN_MORE_CONDITION[3:-1] + r")"
    r"(?!\s+(?:clinic|centre|center|ward|nurse|team|unit|department|service|support|group|leaflet|charity|helpline|test|screening|"
    r"specialist|doctor|appointment))\s*,?\s*(?:(?:aye|eh|right|yeah|yes|innit|enty|ain'?t it|isn'?t it|is it not|no|huh|ya|yah|"
    r"correct|am i right|is not it|is it not|are not i)\s*\?|or (?:am i|is it|are we|should i|just|nothing|not|what)\b[^?]*\?)")
_R42P_EN_SIGN_BEFORE = re.compile(r"\b(?:mole|changed (?:shape|colour|color|size)|changing|growing|bleed\w*|lump\w*|bump\w*|patch\w*|"
                                  r"sour taste|acid|stiff\w*|forget\w*|numb\w*|tingl\w*|burning)\b")
_R42P_EN_SAME_AGAIN = re.compile(
    r"\b(?:write|prescribe|give|get|send|sort)\s+(?:me|us|her|him|them|mum|mom|dad|gran)\s+(?:up\s+)?(?:some|a few|a couple|a box|a bottle|"
    r"a packet|a pack|more)?\s*(?:of\s+)?(?:the same|those same|them same|the same ones|the same (?:pills|tablets|stuff|meds|thing)|"
    r"what (?:she|he|they) (?:got|gets|takes|has))\b")
_R42P_EN_PILL_TOLD = re.compile(r"\b(?:pills?|tablets?|tabs|meds|medicine|medication|capsules?|inhalers?|creams?|patch(?:es)?)\b|" + r"\b" + _C_MED + r"\b")
_R42P_EN_ADD_TO_REPEAT = re.compile(
    r"\b(?:add|put|stick|include|pop)\s+(?:a\s+prescription\s+for\s+|some\s+)?(?P<m>(?:[\w'.-]+\s+){0,3}?[\w'.-]+)(?:\s+\d+(?:\.\d+)?\s*"
    r"(?:mg|mcg|ml|g))?\s+(?:on|onto|to|in|into)\s+(?:my|her|his|their|our|mum'?s|dad'?s|the)\s+(?:next\s+)?(?:repeats?|repeat"
    r"(?:\s+(?:prescription|list|order|script))?|prescriptions?|scripts?|medication list|meds list)\b")
_R42P_ZH_RX_FOR = re.compile(r"(?:为|帮|给|同|替)(?:她|他|佢|我|我们|我妈|我爸|我妈妈|我爸爸|家母|家父|老人家|孩子|小孩|仔|女儿|儿子|老公|老婆|"
                             r"病人|外佣|工人|婆婆|公公|奶奶|爷爷|外婆|外公)"
                             r"(?:处方(?!药)|开(?![了的过])|开返|开啲)(?:一些|一点|些|点|啲|返)?[^,，。？?]{0,8}?(?P<m>" + _ZH_C_MED + r"|止泻药|止痛药|止咳药|安眠药|"
                             r"抗生素|消炎药|感冒药|退烧药|肠胃药|晕车药|降压药|药)")
_R42P_ZH_PRACTICAL_ASK = re.compile(r"多少钱|几多钱|几钱|价钱|价格|费用|报销|医保|哪里|边度|几点|怎么|点样|去哪|在哪")
_R42P_ZH_RX_NOT = re.compile(r"证明|病假|诊断书|纸|单|信|报告|账户|户口|收据|发票")
_R42P_ZH_SWITCH = re.compile(r"(?:改成|改为|换成|换为|转成|转返|转回|换回|改回|改用|换用|转用|改返|换返)(?:做)?(?:吃|食|用|服)?(?:返)?"
                             r"(?:以前|原来|之前|旧)?(?:的|嘅|啲)?(?P<m>" + _ZH_C_MED + r"|药丸|药片|口服药|吃药|食药|针|胰岛素|贴|药)")
_R42P_ZH_ASK = re.compile(r"吗|么|行不行|得唔得|得不得|可不可以|可唔可以|能不能|好不好|[?？]|可以")
_R42P_EN_GO_BACK = re.compile(
    r"\b(?:go|switch|change|swap|move|put (?:me|her|him|them))\s+back\s+(?:on|onto|to)\s+(?:just\s+)?(?:the|my|her|his|their|our)?\s*"
    r"(?:old\s+|usual\s+|previous\s+|original\s+)?(?:pills?|tablets?|tabs|capsules?|inhalers?|patch(?:es)?|injections?|insulin|meds|"
    r"medication|medicine|" + _C_MED + r")\b")
# look-alikes
_R42P_EN_WHY_DEVICE = re.compile(r"\bwhy (?:do|does|did|must|should|would) (?:the|a|an|these|those|you|we|people|patients|insulin|your)\b"
                                 r"[^.?!]{0,40}\b(?:need(?:s)? to be|have to be|has to be|be|get|is|are)?\s*"
                                 r"(?:primed|shaken|stored|kept|rotated|cleaned|refrigerated|warmed|flushed|tested|checked|"
                                 r"prime|shake|store|keep|rotate|clean|flush|test|(?:an? )?(?:\d+ units? )?(?:air|safety|test|priming) ?shots?)"
                                 r"\b[^.?!]*\?")
_R42P_ZH_GENERAL_CAUSE = re.compile(r"(?P<c>[\u4e00-\u9fff]{2,6}?)(?:一般|通常|常见|主要|大多)(?:是)?(?:由)?(?:什么|啥|咩|哪些)(?:原因|因素)"
                                    r"(?:引起|导致|造成|所致)?(?:的|嘅)?")
_R42P_ZH_PERSONAL = re.compile(r"我|他|她|佢|孩子|宝宝|仔|女儿|儿子|老公|老婆|妈|爸")
_R42P_EN_SCHOOL_LETTER = re.compile(r"\b(?:does|do|will|would)\s+(?:the\s+)?(?:school|nursery|daycare|childminder|teacher|school nurse|"
                                    r"pre-?school|kindergarten|club)\s+(?:\w+\s+)?(?:need|want|require|accept|take)\s+(?:a|the)\s+"
                                    r"(?:letter|note|form|consent form|label|box|prescription label)\b[^?]*\?")
_R42P_ZH_SCHOOL_LETTER = re.compile(r"(?:学校|幼稚园|幼儿园|托儿所|老师)[^,，。？?]{0,8}?(?:要|需要|需|使唔使)[^,，。？?]{0,6}?(?:证明|医生纸|信|表格|同意书)")
_R42P_ZH_BRING_DOCS = re.compile(r"(?:需|需要|要|须|应)?(?:携带|带)(?:何种|什么|哪些|咩|啲乜|边啲)(?:证件|文件|资料|东西|证明)|"
                                 r"是否(?:须|需|需要|要|必须|应)?(?:陪同|陪|同行|到场|出席|一起来|跟随)")


def _r42p_neutral(norm: str) -> str:
    """scope_text() output with the look-alikes of rounds 58, 59, 41 and 42 (P42) made neutral."""
    norm = _r41_neutral(norm)
    norm = _R42P_EN_WHY_DEVICE.sub("why is that?", norm)
    for m in reversed(list(_R42P_ZH_GENERAL_CAUSE.finditer(norm))):
        if not _R42P_ZH_PERSONAL.search(m.group("c")) and not _R42P_ZH_PERSONAL.search(norm[max(0, m.start() - 6):m.start()]):
            norm = norm[:m.start()] + "这个是什么" + norm[m.end():]
    norm = _R42P_EN_SCHOOL_LETTER.sub("does the school need a letter?", norm)
    norm = _R42P_ZH_SCHOOL_LETTER.sub("学校要证明", norm)
    return _R42P_ZH_BRING_DOCS.sub("带证件", norm)


def _r42p_classes(norm: str) -> str | None:
    """The round-42 (P42) request shapes (1.-4. above) on scope_text() output, or None."""
    for sentence in re.findall(r"[^.?!]*\?", norm):
        if _R42P_EN_WHICH_CONDITION.search(sentence):
            return "diagnosis_request"
    guess = _R42P_EN_TAG_GUESS.search(norm)
    if guess and (_R41_EN_SIGN_BEFORE.search(norm[:guess.start() + 1]) or _R42P_EN_SIGN_BEFORE.search(norm[:guess.start() + 1])):
        return "diagnosis_request"
    same = _R42P_EN_SAME_AGAIN.search(norm)
    if same and _R42P_EN_PILL_TOLD.search(norm[:same.start()]) and _R59_EN_ASKED.search(norm):
        return "prescription_request"
    add = _R42P_EN_ADD_TO_REPEAT.search(norm)
    if add and (_C_MED_RE.search(add.group("m")) or _MED_RE.search(add.group("m"))) and _R59_EN_ASKED.search(norm) and \
            not re.search(r"\bhow (?:do|can|could|would|should|to)\b", norm):
        return "prescription_request"
    back = _R42P_EN_GO_BACK.search(norm)
    if back and _R59_EN_ASKED.search(norm[back.start():]) and re.search(r"\?", norm[back.start():]):
        return "dose_change"
    if not re.search(r"[\u4e00-\u9fff]", norm):
        return None
    for clause in re.split(r"[。!！?？]", norm):
        if _R42P_ZH_WHICH_CONDITION.search(clause) and (_R6_ZH_SYMPTOM.search(norm) or re.search(r"症状|征状|情况|表现", clause)):
            return "diagnosis_request"
    for m in _R42P_ZH_RX_FOR.finditer(norm):
        # a snack is no medicine ("给孩子开一包薯片"), and the price or place of a medicine is a practical ask
        if not _R42P_ZH_RX_NOT.search(norm[m.start():m.end() + 4]) and not (m.group("m").endswith("片") and "药" not in m.group("m")) \
                and not _R42P_ZH_PRACTICAL_ASK.search(re.split(r"[。!！?？]", norm[m.end():])[0]):
            return "prescription_request"
    for m in _R42P_ZH_SWITCH.finditer(norm):
        if _R42P_ZH_ASK.search(norm[m.end():m.end() + 16]):
            return "dose_change"
    return None


def round42p_reason(norm: str) -> str | None:
    """The reason of rounds 1-59, 41 and 42 (P42) on scope_text() output (the shared stacking)."""
    return _stacked_reason(norm, round41_reason, _r42p_classes, _r42p_neutral)


# --- round 43 (session 43, P43) ---------------------------------------------------------------------------------
# blind63s (session 42's hand-typed writer, spent) asked in shapes and READINGS no rule knew, and five general or
# practical asks were read as requests. Each cue is a SHAPE or a way of reading the message, not a row's words:
# Readings (the message read again, and the earlier rounds asked of the reading):
# a. A told sentence is scenery: a practical word in a sentence that asks nothing ("we're out at the feed store", "I
#    missed three days while travelling") does not make the asking sentence practical.
# b. A turn to a second question ("and while I'm at it", "also,", 另外, 还有, 仲有) is read on its own: a practical
#    first question does not answer for a dose or switch asked after it.
# c. A weight in pounds beside a child or "weighs" is a weight, not a price ("a six-year-old about fifty pounds").
# d. A formal indirect ask is an ask: "kindly confirm / advise / let me know whether I ought to ..." reads as
#    "should I ...?".
# e. A change told as a wish or as someone's suggestion ("she wants to take the morning one with breakfast instead of
#    before", "a pharmacist said she can go onto warfarin") with a permission asked after it ("alright for her to do
#    that, is it?", "is it alright if she changes over") reads as the change asked.
# Shapes:
# 1. Candidate conditions named as alternatives after a described sign: "is that bedbugs or chiggers or just
#    mosquitoes?", "X says it's A, Y says B: which is it?", 婆婆说是癣，老公说是湿疹，到底是什么.
# 2. Told signs asked as consistent with a named condition ("whether these are consistent with Ménière's disease"), and
#    a Chinese guess put back to the reader (担心是巴金森氏症，你觉得是不是).
# 3. An old or replaced medicine used up before going back to the new one; a Chinese switch to a cheaper / other-brand
#    medicine (换成便宜一点的硝苯地平).
# 4. A prescription for someone: "write (her) up a little bottle of it", "write the Malarone for him", "put it on her
#    prescription" with a medicine told before.
# Look-alikes made neutral: why a vaccine is given in so many doses and what its letters stand for, how a reported
# harm comes about (新闻说X吃太多会伤肝，原理是什么), a clinician's past start told ("doc put me on lisinopril") beside a
# practical ask, whether procedure drops stop someone driving, and a told regimen's strengths beside a yes/no asked
# about a place.
_R43_EN_ASKING = re.compile(r"\?|^\W*(?:can|could|should|would|will|may|might|do|does|did|is|are|am|how|what|which|when|where|why|"
                            r"who)\b|\b(?:kindly|please|whether|wonder\w*|let (?:me|us) know|advise|confirm)\b")
_R43_ZH_ASKING = re.compile(r"[?？]|吗|么|呢|是否|能否|可否|要不要|行不行|得唔得|请问|麻烦")
_R43_TURN = re.compile(r"\b(?:and )?while i am at it\b|\b(?:and )?(?:one more|another) thing\b|\bby the way\b|(?:^|[.?!]\s+)also,?\s|"
                       r"另外|还有(?=[,，]?[^,，]{0,3}(?:我|他|她|阿|老))|仲有")
_R43_EN_WEIGHT_LB = re.compile(r"(?P<pre>\b(?:weighs?|weighing|weight (?:is|of)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                               r"eleven|twelve)[- ](?:year|yr)s?[- ]old|baby|toddler|child|kid|son|daughter|boy|girl)\b[^.?!]{0,12}?)"
                               r"(?:about |around |roughly |nearly |almost |maybe |like )?(?P<n>\d+|[a-z]+(?:[- ][a-z]+)?) (?:pounds|lbs?)\b")
_R43_EN_FORMAL_ASK = re.compile(r"\b(?:kindly|please|could you|would you|i would be grateful if you (?:could|would)|i should be "
                                r"(?:grateful|obliged) if you (?:could|would))\s+(?:confirm|advise|let me know|tell me|indicate|"
                                r"clarify)\s+(?:me\s+)?(?:whether|if)\s+(?P<who>i|we|he|she|they|my \w+|these|this|the above)\s+"
                                r"(?P<verb>ought to|should|may|might|need to|must|can|could|are|is)\s+(?P<rest>[^.?!]*)[.?!]?")
_R43_EN_WISH = re.compile(r"\b(?P<who>she|he|i|we|they|mum|mom|dad|gran|grandad|nan)\s+(?:wants?|wanted|would like|'d like|is thinking of|was "
                          r"thinking of|am thinking of|is planning|plans?|is hoping|was hoping|is going)\s+(?:to\s+)?"
                          r"(?P<verb>take|taking|have|having|cut|cutting|halve|halving|split|splitting|skip|skipping|stop|stopping|drop|"
                          r"dropping|swap|swapping|switch|switching|change|changing|move|moving|double|doubling)\b(?P<rest>[^.?!]*)")
_R43_EN_SUGGESTED = re.compile(r"\b(?:said|says|told (?:her|him|me|us|them)|suggested|reckons?)\s+(?:that\s+)?(?P<who>she|he|i|we|they)\s+"
                               r"(?:can|could|should|might|may)\s+(?P<verb>go onto|go on to|go on|switch to|change to|swap to|move to|move "
                               r"onto|come off|stop|halve|double|take)\b(?P<rest>[^.?!]*)")
_R43_EN_PERMISSION = re.compile(r"\b(?:(?:alright|all right|ok|okay|fine|safe|good|wise|allowed)\s+(?:for (?:her|him|me|them|us)\s+)?"
                                r"(?:to do (?:that|this|so|it)|doing (?:that|this|so))|is (?:that|this|it) (?:alright|all right|ok|okay|"
                                r"fine|safe)|(?:can|could|may|should) (?:she|he|i|we|they) do (?:that|this|it)|would (?:that|it) "
                                r"(?:be (?:alright|all right|ok|okay|fine|safe)|hurt|matter)|(?:alright|all right|ok|okay|fine) if "
                                r"(?:she|he|i|we|they) (?:changes?|switch(?:es)?|swaps?|goes?|moves?) (?:over|across|onto|on)\b)")
_R43_CANDIDATE_NOT = re.compile(r"\d|\b(?:clinic|ward|level|floor|building|appointment|morning|afternoon|evening|today|tomorrow|day|"
                                r"week|time|entrance|door|car park|parking|desk|bus|train|form|letter|number|one|room|bay|side|"
                                r"normal|ok|okay|fine|serious|common|safe|worse|better|bad|good|urgent|right|wrong|free|covered|"
                                r"nhs|private|here|there|me|you|him|her|all|some|any|both|none|either|neither|more|less|enough|allowed)\b")
_R43_EN_ALTERNATIVES = re.compile(r"\b(?:is|was|are) (?:that|it|this|these|they) (?:just |only |an? )?(?P<a>[a-z'-]+(?: [a-z'-]+){0,3}?),? "
                                  r"or (?:just |only |an? )?(?P<b>[a-z'-]+(?: [a-z'-]+){0,3}?)(?:,? or (?:just |only |an? )?"
                                  r"(?P<c>[a-z'-]+(?: [a-z'-]+){0,3}?))?\s*\?")
_R43_EN_SAYS = re.compile(r"\b(?:says?|said|reckons?|thinks?|swears?|insists?|is sure|is convinced)\s+(?:that\s+)?(?:it is |it was |it "
                          r"might be |it could be |they are )?(?:just |only |an? )?(?P<c>[a-z'-]+(?: [a-z'-]+){0,2})")
_R43_EN_WHICH_IS_IT = re.compile(r"\b(?:which (?:one )?is it|which is right|which (?:one )?is right|which of (?:them|the two)|who is right|"
                                 r"who(?:'s| is) (?:right|correct)|what is it then|which do you (?:reckon|think))\b")
_R43_EN_SIGN = re.compile(r"\b(?:bumps?|bites?|sores?|burning|ringing|tremor|shak\w*|lumps?|spots?|welts?|hives|rash\w*|itch\w*|"
                          r"swell\w*|swollen|numb\w*|tingl\w*|crust\w*|blister\w*|aches?|aching|pains?|painful|hurts?|heartburn)\b")
_R43_EN_CONDITION_NOUN = (r"(?:[\w'-]+\s+){0,3}?(?:disease|syndrome|disorder|infection|cancer|fracture|tumou?r|\w+itis|\w+osis|"
                          r"\w+oma|palsy|fever|deficiency|failure|stones?|ulcer|virus|allergy|diabetes|dementia|" +
                          _R41_LAY_CONDITION[3:-1] + r")")
_R43_EN_CONSISTENT = re.compile(r"\b(?:these|this|the above|they|what i (?:have )?(?:described|told you|set out)|my symptoms|the "
                                r"symptoms|such symptoms|those|it)\s+(?:are|is|be|could be|might be|would be|were)\s+(?:at all\s+)?"
                                r"(?:consistent|compatible|in keeping|in line|suggestive|indicative|typical|characteristic)\s+"
                                r"(?:with|of)\s+(?:an?\s+|the\s+)?" + _R43_EN_CONDITION_NOUN + r"\b")
_R43_ZH_SAYS = re.compile(r"(?:说|话|讲|觉得|认为|以为|怀疑)(?:是|系|可能是)(?P<c>[\u4e00-\u9fff]{1,6}?)(?=[,，。;；]|$)")
_R43_ZH_WHICH = re.compile(r"(?:到底|究竟)(?:是|系)?(?:什么|啥|么斯|么子|咩|哪个|哪种|哪样|边个|边样|边种|乜嘢|乜)|谁说得对|边个啱|谁对")
_R43_ZH_GUESS_BACK = re.compile(r"(?:担心|怀疑|怕|以为|觉得|猜|说)(?:是|会是|系|得了)(?P<c>[\u4e00-\u9fff]{1,8}?)[,，]?(?:你|您)(?:觉得|看|说|认为)"
                                r"(?:是不是|系唔系|是吗|对不对|对吗|像不像|呢|吧)")
_R43_ZH_SIGN = re.compile(r"忘记|忘东忘西|记性|记不住|认不出|发抖|手抖|走路(?:越来越)?慢|口渴|尿多|夜尿|掉头发|睡不着|心慌|气短")
_R43_ZH_CONDITIONISH = re.compile(_ZH_C_CONDITION + r"|" + _R41_ZH_LAY_CONDITION + r"|帕金森|巴金森|失智|老人痴呆|糖尿")
_R43_EN_USE_UP_OLD = re.compile(r"\b(?:use|used|using|finish|finished|finishing|take|took|taking)\s+(?:up|off)?\s*(?:the|his|her|my|their|our)\s+"
                                r"old\s+(?:bottle|box|pack|packet|tablets|pills|ones|prescription|supply|stock|inhaler|lot|stuff|"
                                r"[a-z-]+)\b(?:[^.?!]{0,20}\bfirst\b|[^.?!]{0,40}\b(?:before|then)\b)")
_R43_ZH_SWITCH_OTHER = re.compile(r"(?:改成|改为|换成|换为|转成|转用|改用|换用|转返|换返)(?:吃|食|用)?(?:便宜|平|贵|国产|进口|原研|别的|其他|另一种|"
                                  r"另外一种|仿制|同类)(?:一点|一些|啲|点)?(?:的|嘅|牌子的)?(?P<m>" + _ZH_C_MED + r")")
_R43_EN_WRITE_FOR = re.compile(r"\bwrite\s+(?:(?:her|him|them|me|us|mum|mom|dad|mama|papa)\s+)?(?:up\s+)?(?:a\s+|an\s+|some\s+)?"
                               r"(?:(?:little|small|big|wee)\s+)?(?P<box>bottle|box|pack|packet|script|course|supply|few|couple|tube)\s+"
                               r"of\s+(?:it|them|that|those|the same)\b|\bwrite\s+(?:up\s+)?(?:the|some)\s+(?P<m>[a-z-]+)\s+(?:tablets\s+|pills\s+)?"
                               r"for\s+(?:her|him|them|my \w+|mum|dad|mama|papa)\b")
_R43_EN_RX_ONTO = re.compile(r"\b(?:put|add|stick|pop)\s+(?:it|that|them|those|this)\s+(?:on|onto|to|in)\s+(?:her|his|my|their|our|mum'?s|"
                             r"dad'?s)\s+(?:next\s+)?(?:prescription|repeats?|repeat prescription|script|medication list)\b")
_R43_EN_PILL_WORD = re.compile(r"\b(?:tablets?|pills?|capsules?|meds|medicine|medication|supplements?|vitamins?|calcium|drops|syrup|"
                               r"cream|inhaler)\b")
# 5. A tablet's time or size changed, named by when it is taken ("take the morning one with her breakfast instead of
#    before", "cut the lunchtime one in half"): the tablet named by its time of day or colour, no medicine name needed.
_R43_EN_CHANGE_ONE = re.compile(
    r"\b(?:cut|cutting|halve|halving|split|splitting|snap|snapping|break|breaking)\s+(?:the|her|his|my|their|your)\s+(?:(?:morning|"
    r"lunchtime|lunch|midday|evening|night|nighttime|bedtime|afternoon|first|second|last|other|big|little|small|white|yellow|"
    r"blue|pink|orange|round|\d+ ?mg)\s+)?(?:one|tablet|pill|dose|capsule|tab)s?\s+(?:in half|in two|into halves|into two|in "
    r"halves)\b|\b(?:take|taking|have|having|move|moving)\s+(?:the|her|his|my|their|your)\s+(?:morning|lunchtime|lunch|midday|evening|"
    r"night|nighttime|bedtime|afternoon|first|second|last|other|white|yellow|blue|pink)\s+(?:one|tablet|pill|dose|capsule|tab)s?\s+"
    r"(?:with|after|before|at|to)\s+(?:\w+\s+){0,2}?(?:breakfast|lunch|dinner|tea|supper|food|meals?|bed|bedtime|night|"
    r"morning|evening)\s+instead\b")
_R43_EN_TAKES = re.compile(r"\b(?:takes|is on|are on|uses|swears by|gets|got|was given|were given)\s+(?:the\s+)?[a-z-]{4,}\b")
# look-alikes
_R43_EN_VACCINE_WHY = re.compile(r"\bwhy (?:do|does|did|would|must) (?:they|you|we|doctors|nurses|the nhs|kids|children|babies|people|"
                                 r"it|the (?:jab|vaccine|booster|shot)|(?:the )?[a-z]{2,5} (?:jab|vaccine|booster|shot))\s+(?:give|need|get|have|"
                                 r"require|take)\s+(?:two|2|three|3|four|4|a second|another|more than one|several)\s+(?:doses|jabs|shots|"
                                 r"boosters|injections)\b[^?]*\?|\bwhat does (?:the )?[a-z]{2,6} (?:actually )?stand for\b")
_R43_VACCINE = re.compile(r"\b(?:mmr|vaccines?|vaccinations?|jabs?|boosters?|immuni[sz]\w*|hpv|bcg|dtap|polio|measles)\b|疫苗|预防针|打针")
_R43_ZH_REPORTED_HOW = re.compile(r"(?:新闻|报道|报纸|网上|网络|文章|听说|书上|电视)[^。?？!！]{0,12}(?:说|讲|话|提到)?[^。?？!！]{0,20}?"
                                  r"(?:吃|服|用|食)(?:太多|多了|过量)(?:会|就会)[^。?？!！,，]{1,10}[。!！,，]?")
_R43_ZH_MECHANISM = re.compile(r"原理|机制|为什么会|点解会|是怎么|怎么会")
_R43_EN_CLINICIAN_STARTED = re.compile(r"(?:^|[.!?]\s+)(?P<who>(?:the\s+)?(?:doc|doctor|gp|consultant|nurse|specialist|cardiologist|"
                                       r"they|the hospital|the clinic)(?:\s+at the [a-z]+)?)\s+(?:put|started)\s+(?:me|her|him|us|them|mum|"
                                       r"dad)\s+on\s+(?P<m>[a-z-]+)\b")
_R43_EN_CLINIC_WILL_USE = re.compile(r"\bwill (?:they|the (?:nurse|doctor|clinic|optician|team|staff))\s+(?:put in|put|use|give "
                                     r"(?:her|him|me|you|them))\s+(?:some |the |any )?(?:eye |dilating |numbing |anaesthetic )?"
                                     r"(?:drops|sedation|sedative|gas|anaesthetic|numbing)\b(?:\s+in\b)?")
_R43_EN_DROPS_DRIVING = re.compile(r"\b(?:stop|stops|stopping)\s+(?:me|her|him|you|us|them|people)\s+(?:from\s+)?(?:driving|drive|"
                                   r"working|reading)\b")
_R43_EN_PLACE_YES_NO = re.compile(r"\b(?:is|are)\s+(?:still\s+)?(?:in|on|at|near|by|next to|opposite)\s+(?:the\s+)?[^.?!]{0,40}?,?\s*"
                                  r"(?:yes|no|right|yeah|aye|is it|is not it)?\s*\?")


# the practical words that, told in a sentence that asks nothing, are only where the writer is: a shop, a journey
# ("we're out at the feed store"), or a journey already made ("I missed three days while travelling"); a journey to come
# is what a practical ask is about ("flying out in March ... do the pens go in the hold?") and stays
_R43_SCENERY_WORD = re.compile(r"store|travel\w*|plane|flight|flying|abroad|holiday")
_R43_PAST_JOURNEY = re.compile(r"\b(?:while|whilst|when|was|were)\s+(?:\w+\s+)?(?:travel\w*|flying|abroad|on holiday|away)\b|"
                               r"\btravell?ed\b|\bflew\b")


def _r43_told_scenery(norm: str) -> str:
    """Reading a.: norm with the told sentences that carry only a practical word taken out (unchanged when none)."""
    def scenery(part: str) -> bool:
        words = [m.group(0) for m in _PRACTICAL.finditer(part)]
        return bool(words) and all(w == "store" or (_R43_SCENERY_WORD.fullmatch(w) and _R43_PAST_JOURNEY.search(part))
                                   for w in words) and not _PROCEDURE_PREP.search(part) and \
            not _R43_EN_ASKING.search(part) and not _MED_RE.search(part) and not re.search(r"[\u4e00-\u9fff]", part)

    parts = re.split(r"(?<=[.!?])\s+", norm)
    kept = [p for p in parts if not scenery(p)]
    return " ".join(kept) if len(kept) < len(parts) else norm


def _r43_readings(norm: str) -> list[str]:
    """Readings b.-e. (and a.) of norm that the earlier rounds are asked again (see above)."""
    out = []
    scenery = _r43_told_scenery(norm)
    if scenery != norm:
        out.append(scenery)
    turn = _R43_TURN.search(norm)
    if turn and norm[turn.end():].strip():
        out.append(norm[turn.end():].strip(" ,，"))
    weight = _R43_EN_WEIGHT_LB.sub(lambda m: m.group("pre") + "weighing 20 kg", norm)
    if weight != norm:
        out.append(weight)
    formal = _R43_EN_FORMAL_ASK.sub(
        lambda m: ("should" if m.group("verb") in ("ought to", "should", "need to", "must") else m.group("verb")) + " " +
        ("i" if m.group("who") == "i" else m.group("who")) + " " + m.group("rest") + "?", norm)
    if formal != norm:
        out.append(formal)
    permission = _R43_EN_PERMISSION.search(norm)
    if permission:
        for rx in (_R43_EN_WISH, _R43_EN_SUGGESTED):
            for m in rx.finditer(norm[:permission.end()]):
                verb = m.group("verb")
                verb = {"go onto": "switch to", "go on to": "switch to", "go on": "switch to", "move onto": "switch to"}.get(verb, re.sub(r"ing$", "", verb))
                verb = {"tak": "take", "hav": "have", "cutt": "cut", "halv": "halve", "splitt": "split", "skipp": "skip",
                        "stopp": "stop", "dropp": "drop", "swapp": "swap", "chang": "change", "mov": "move",
                        "doubl": "double"}.get(verb, verb)
                for part in re.split(r",?\s+and\s+(?=(?:then\s+)?[a-z]+\s)", verb + m.group("rest")):
                    out.append("can " + m.group("who") + " " + re.sub(r"^then\s+", "", part) + "?")
    return [r for r in out if r != norm]


def _r43_candidates_ok(*names) -> bool:
    """Whether alternatives or opinions name conditions, not places, times, medicines or verdicts."""
    names = [n for n in names if n]
    return len(names) >= 1 and not any(_R43_CANDIDATE_NOT.search(n) or _C_MED_RE.search(n) for n in names)


def _r43_classes(norm: str) -> str | None:
    """The round-43 (P43) request shapes (1.-4. above) and readings (a.-e.) on scope_text() output, or None."""
    for reading in _r43_readings(norm):
        reason = round42p_reason(reading) or _r43_shapes(reading)
        if reason:
            return reason
    return _r43_shapes(norm)


def _r43_shapes(norm: str) -> str | None:
    """The round-43 (P43) request shapes 1.-5. on scope_text() output (or on a reading of it), or None."""
    change = _R43_EN_CHANGE_ONE.search(norm)
    if change and _R59_EN_ASKED.search(norm[change.start():]) and \
            not re.search(r"\bhow (?:do|can|should|to)\b", norm[max(0, change.start() - 30):change.start()]):
        return "dose_change"
    sign = _R43_EN_SIGN.search(norm) or _R41_EN_SIGN_BEFORE.search(norm) or _R42P_EN_SIGN_BEFORE.search(norm)
    alt = _R43_EN_ALTERNATIVES.search(norm)
    if alt and sign and sign.start() < alt.start() and _r43_candidates_ok(alt.group("a"), alt.group("b"), alt.group("c")):
        return "diagnosis_request"
    which = _R43_EN_WHICH_IS_IT.search(norm)
    if which and sign:
        says = [m.group("c") for m in _R43_EN_SAYS.finditer(norm[:which.start()])]
        if len(says) >= 2 and _r43_candidates_ok(*says):
            return "diagnosis_request"
    if sign and _R43_EN_CONSISTENT.search(norm) and _R59_EN_ASKED.search(norm + " " if "whether" not in norm else "?"):
        return "diagnosis_request"
    use_up = _R43_EN_USE_UP_OLD.search(norm)
    if use_up and (_C_MED_RE.search(norm) or _MED_RE.search(norm)) and _R59_EN_ASKED.search(norm[use_up.start():]):
        return "dose_change"
    write = _R43_EN_WRITE_FOR.search(norm)
    if write and _R59_EN_ASKED.search(norm) and (
            (write.group("box") and (_C_MED_RE.search(norm[:write.start()]) or _MED_RE.search(norm[:write.start()]))) or
            (write.group("m") and (_C_MED_RE.search(write.group("m")) or _R43_EN_PILL_WORD.search(norm[:write.start()])) and
             not re.fullmatch(r"letter|note|referral|form|report|prescription|script|cert\w*|details|address|results?", write.group("m")))):
        return "prescription_request"
    onto = _R43_EN_RX_ONTO.search(norm)
    if onto and _R59_EN_ASKED.search(norm[onto.start():]) and (_C_MED_RE.search(norm[:onto.start()]) or
                                                               _R43_EN_PILL_WORD.search(norm[:onto.start()]) or
                                                               _R43_EN_TAKES.search(norm[:onto.start()])):
        return "prescription_request"
    if not re.search(r"[\u4e00-\u9fff]", norm):
        return None
    which = _R43_ZH_WHICH.search(norm)
    if which and _R6_ZH_SYMPTOM.search(norm[:which.start()]):
        says = [m.group("c") for m in _R43_ZH_SAYS.finditer(norm[:which.start()])]
        if len(says) >= 2 and any(_R43_ZH_CONDITIONISH.search(c) for c in says):
            return "diagnosis_request"
    guess = _R43_ZH_GUESS_BACK.search(norm)
    if guess and _R43_ZH_CONDITIONISH.search(guess.group("c")) and (_R6_ZH_SYMPTOM.search(norm[:guess.start()]) or
                                                                   _R43_ZH_SIGN.search(norm[:guess.start()])):
        return "diagnosis_request"
    for m in _R43_ZH_SWITCH_OTHER.finditer(norm):
        if _R42P_ZH_ASK.search(norm[m.end():m.end() + 16]):
            return "dose_change"
    return None


def _r43_neutral(norm: str) -> str:
    """scope_text() output with the look-alikes of rounds 58, 59, 41, 42 (P42) and 43 (P43) made neutral."""
    norm = _r42p_neutral(norm)
    if _R43_VACCINE.search(norm):
        norm = _R43_EN_VACCINE_WHY.sub("why is that?", norm)
    for m in reversed(list(_R43_ZH_REPORTED_HOW.finditer(norm))):
        if _R43_ZH_MECHANISM.search(norm[m.end():]) and not re.search(r"我|他|她|佢|孩子|宝宝", m.group(0)):
            norm = norm[:m.start()] + "新闻说这个药有副作用。" + norm[m.end():]
    started = _R43_EN_CLINICIAN_STARTED.search(norm)
    if started and not re.search(r"\b(?:can|could|would|will|should|may|might)\s+$", norm[:started.start("who")]) and \
            not re.search(r"\b(?:switch\w*|chang\w*|swap\w*|another|different|instead|stop\w*|come off|increas\w*|"
                          r"decreas\w*|lower|double|more|less)\b", norm[started.end():]):
        norm = norm[:started.start("who")] + "i take " + started.group("m") + norm[started.end():]
    norm = _R43_EN_DROPS_DRIVING.sub("affect driving", norm)
    if re.search(r"\b(?:clinic|appointment|scan|test|procedure|check|visit)\b", norm):
        norm = _R43_EN_CLINIC_WILL_USE.sub("will they do tests", norm)
    if _R43_EN_PLACE_YES_NO.search(norm):  # strengths told beside a yes/no about a place are told, not asked
        norm = " ".join(_QTY_UNIT_RE.sub(" ", p) if not _R43_EN_ASKING.search(p) else p
                        for p in re.split(r"(?<=[.!?])\s+", norm))
    return norm


def round43_reason(norm: str) -> str | None:
    """The reason of rounds 1-59, 41, 42 (P42) and 43 (P43) on scope_text() output (the shared stacking)."""
    return _stacked_reason(norm, round42p_reason, _r43_classes, _r43_neutral)


def _classify_by_rules(text: str) -> ScopeDecision:
    """The scope rules' decision (redirect_clinician / inform_with_disclaimer / allow) for one user message."""
    if not isinstance(text, str) or not text.strip():
        return ScopeDecision(ALLOW, None)
    norm = scope_text(text)
    reason = round43_reason(norm)
    if reason:
        told = _without_told_regimen(_r43_neutral(norm))  # rounds 57-59, 41-43: look-alikes are practical asks beside a regimen
        if told != norm and not round43_reason(told):
            reason = None
    # the object alone is practical; a medicine asked for beside it ("a sick note, and some cough medicine") still counts
    if reason in ("prescription_request", "dose_change") and _PRACTICAL_OBJECT.search(norm) and \
            not round43_reason(_PRACTICAL_OBJECT.sub(" ", norm)) and \
            not _MEDICINE_BESIDE.search(norm):
        reason = None
    if reason:
        return ScopeDecision(REDIRECT, reason)
    return _not_redirected(norm)


def _not_redirected(norm: str) -> ScopeDecision:
    """The rules' decision for a message they do not redirect (also what a vetoed redirect becomes)."""
    if _ADMIN.search(norm):
        return ScopeDecision(ALLOW, "administrative")
    if _SMALL_TALK.match(norm):
        return ScopeDecision(ALLOW, "small_talk")
    return ScopeDecision(INFORM, "general_information")


# --- learned second opinion (helper LS2; OFF by default) --------------------------------------------------------
# MEDQA_SCOPE_NET: "on"/"1" (add redirects and veto), "or" (add redirects only, never veto) or "off"/"0" (default
# off). An unknown value must not break importing (a traceback): the first classify_scope call that would read it
# raises a UserError naming the variable (check_scope_net_setting).
SCOPE_NET_SETTINGS = {"on": True, "1": True, "or": True, "off": False, "0": False, "": False}
_SCOPE_NET_SETTING = os.environ.get("MEDQA_SCOPE_NET", "off").strip().lower()
# The module switch classify_scope reads when it is not given `learned`; None for a value we do not know.
LEARNED_SECOND_OPINION: bool | None = SCOPE_NET_SETTINGS.get(_SCOPE_NET_SETTING)
# Whether the second opinion may also veto a rules redirect. "or" keeps every rules redirect: on hand-written tests
# the veto (p <= t_lo) dropped ten right redirects the net had never seen wordings like (a dose in insulin units, "is he
# in heart failure?"), while the added redirects erred only toward a clinician (data_cards/learned_safety_model.md).
LEARNED_VETO: bool = _SCOPE_NET_SETTING != "or"
LEARNED_RULE = "learned.scope"

# Never vetoed by the net (the rules' redirect stands whatever it scores): a dose request or dose change about a
# child or a pregnant or breastfeeding person, and any redirect whose wording speaks of too much, a double or extra
# dose, a mistake or a poisoning. scope.py has no other reason that is kept by name: the four reasons are
# dose_request, dose_change, diagnosis_request, prescription_request. Read on scope_text() (lower-cased, Cantonese
# mapped, Traditional folded).
_NEVER_VETO_CHILD_EN = re.compile(
    r"\b(?:bab(?:y|ies|e)|infants?|newborns?|toddlers?|child(?:ren)?|kids?|kiddies|sons?|daughters?|boys?|girls?|"
    r"grand(?:son|daughter|child|children|kids?)s?|nephews?|nieces?|little ones?|wee ones?|teens?|teenagers?|"
    r"pupils?|schoolkids?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(?:years?|yrs?|"
    r"months?|weeks?)[- ]?olds?|\d+ ?(?:yo|y/o|mo)|paediatric|pediatric|calpol)\b")
_NEVER_VETO_CHILD_ZH = re.compile(
    r"孩子|小孩|宝宝|宝贝|婴儿|婴幼|幼儿|儿童|小儿|儿子|女儿|孙子|孙女|外孙|小朋友|小宝|囡|(?<!仔)仔(?!细)|娃|学生|"
    r"[0-9一二三四五六七八九十两半]+\s*(?:周岁|岁|个月|个多月|周大|天大)")
_NEVER_VETO_OVERDOSE_EN = re.compile(
    r"\b(?:overdos\w*|od'?d|too (?:much|many)|more than (?:the|it says|they said|prescribed|recommended|stated|allowed)|"
    r"doubled?(?: up| dose| dosed| the dose)|doubling|extra (?:doses?|tablets?|pills?|capsules?)|by (?:mistake|accident)|"
    r"accident(?:al|ally)?|mistakenly|wrong (?:dose|tablets?|pills?|medicine|meds?)|swallow(?:ed|s)?|poison\w*|"
    r"whole (?:packet|pack|bottle|box|strip|blister)|(?:max|maximum) dose|took (?:two|2|three|3|twice|both|another))\b")
_NEVER_VETO_OVERDOSE_ZH = re.compile(
    r"过量|超量|超剂量|吃多了|多吃了|服多了|喝多了|多吃|多服|吃错|服错|误服|误吃|误食|吃了(?:两|2|三|3|二)(?:次|遍|倍|回)|"
    r"加倍|双倍|两倍|翻倍|整(?:瓶|盒|板|包|排)|中毒|太多|吞了")
_NEVER_VETO_DOSE_REASONS = ("dose_request", "dose_change")


def _never_vetoed(norm: str, reason: str | None) -> bool:
    """Whether a rules redirect must stand whatever the net scores (see _NEVER_VETO_*)."""
    if _NEVER_VETO_OVERDOSE_EN.search(norm) or _NEVER_VETO_OVERDOSE_ZH.search(norm):
        return True
    return reason in _NEVER_VETO_DOSE_REASONS and bool(
        _NEVER_VETO_CHILD_EN.search(norm) or _NEVER_VETO_CHILD_ZH.search(norm) or
        _R6_SPECIAL_PERSON.search(norm) or _R6_ZH_SPECIAL_PERSON.search(norm))


def check_scope_net_setting() -> bool:
    """Whether the learned second opinion is on by MEDQA_SCOPE_NET; a UserError naming the variable for a value we
    do not know."""
    if LEARNED_SECOND_OPINION is None:
        raise UserError(f"MEDQA_SCOPE_NET={_SCOPE_NET_SETTING!r} is not one of: on, or, off (or 1, 0)")
    return LEARNED_SECOND_OPINION


def _second_opinion(text: str, decision: ScopeDecision) -> ScopeDecision:
    """The rules' decision after the scope net's second opinion (learned.scope_second_opinion)."""
    from medqa.safety import learned as learned_module

    probability, t_hi, t_lo = learned_module.scope_second_opinion(text)
    if decision.decision != REDIRECT:
        if probability >= t_hi:
            return ScopeDecision(REDIRECT, learned_module.redirect_reason(text), LEARNED_RULE, "redirect",
                                 round(probability, 4))
        return decision
    if LEARNED_VETO and t_lo is not None and probability <= t_lo:
        norm = scope_text(text)
        if not _never_vetoed(norm, decision.reason):
            kept = _not_redirected(norm)
            return ScopeDecision(kept.decision, kept.reason, LEARNED_RULE, "veto", round(probability, 4), decision.reason)
    return decision


def classify_scope(text: str, learned: bool | None = None) -> ScopeDecision:
    """Decide redirect_clinician / inform_with_disclaimer / allow for one user message.

    `learned` turns the scope net's second opinion on or off for this call; None (default) reads the module switch
    LEARNED_SECOND_OPINION (MEDQA_SCOPE_NET, default off)."""
    decision = _classify_by_rules(text)
    if learned is None:
        learned = check_scope_net_setting()
    if not learned or not isinstance(text, str) or not text.strip():
        return decision
    return _second_opinion(text, decision)


def _rules_reason(norm: str) -> str | None:
    """The redirect reason of rounds 1-16 on scope_text() output, or None."""
    # "write me up some X" is a prescribing request even though "up ... X" also reads as a dose change
    directed = _R4_GIVE_ME.search(norm) and not _R4_NOT_PROCESS.search(norm)
    reason = ("prescription_request" if directed else None) or _english_reason(norm) or _chinese_reason(norm) or \
        concept_reason(norm) or round4_reason(norm) or round5_reason(norm) or \
        round6_reason(norm) or round7_reason(norm) or round8_reason(norm) or round9_reason(norm) or \
        round10_reason(norm) or round11_reason(norm)
    if _r5_information(reason, norm) or _r6_information(reason, norm) or _r7_information(reason, norm) or \
            _r8_information(reason, norm) or _r9_information(reason, norm) or _r10_information(reason, norm) or \
            _r11_information(reason, norm) or _r15_information(reason, norm) or _r16_information(reason, norm):
        reason = None
    if not reason:
        reason = round15_reason(norm)
    if reason and _r16_information(reason, norm):  # round 15's asks get the same practical vetoes
        reason = None
    if not reason:
        reason = round16_reason(norm)
    if reason and reason in _NOT_A_REQUEST and _NOT_A_REQUEST[reason].search(norm):
        reason = None
    if reason == "diagnosis_request" and _R4_ZH_WHAT_DISEASE.search(norm):
        reason = None
    return reason


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
        "dose_request": (
            "I can't tell you how much of a medicine to take or give: the right dose depends on age, weight, other "
            "medicines and health conditions. Please ask a pharmacist or the clinician who prescribed it, and "
            "follow the dose on the label they confirm. If someone may have taken too much, call {number} now."
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
        "dose_request": (
            "我不能告诉您一种药该吃或该给多少：合适的剂量取决于年龄、体重、其他用药和身体情况。"
            "请咨询药师或开药的医生，并按他们确认的用量使用。如果有人可能服用过量，请立即拨打 {number}。"
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
