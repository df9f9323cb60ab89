"""PHI round 13: the classes blind12 (spent) missed, pinned with values and sentences written here, not blind12's.

blind12 was written blind and measured once (exact-span recall 0.851 after round 12); its misses were then fitted
by class in medqa/safety/phi.py (`_round13_candidates`). Each class below has positive sentences and PHI-free
look-alikes (bed numbers, drug batch numbers, floors, clinic codes) that must stay untouched.
"""

import pytest

from medqa.safety.phi import redact

PROBES = [
    # DEVICE: a serial right after a device word keeps "#" or "S/N" typed before it; glued to a Chinese device word
    ("DEVICE", "#4419027736", "My blood glucose meter #4419027736 shows an error code, can someone help?"),
    ("DEVICE", "S/N 3307-5521-K", "The insulin pump S/N 3307-5521-K alarms every night, my mum is worried."),
    ("DEVICE", "KT2290-4471", "I think my fitbit KT2290-4471 is still paired with the ward's account."),
    ("DEVICE", "#6630184452", "外婆的血糖仪序列号#6630184452屏幕不亮了，能换吗"),
    ("DEVICE", "S/N 5120-8813-Q", "我阿媽部血壓計序號S/N 5120-8813-Q壞咗"),
    ("DEVICE", "WB7731-0926", "我妹妹的手环WB7731-0926忘在门诊了"),
]

CLEAN = [
    # DEVICE look-alikes: a drug batch number, a ward's bed, a model name, a pump rate
    "The tablets from batch LT-4471-22 were recalled, should I stop?",
    "Is the monitor in bed 14 supposed to beep like that?",
    "my tablet 500mg is too big to swallow",
    "血糖仪多少钱一台，医院有卖吗",
    "The pump runs at 20 ml per hour, is that normal?",
]


def _exact(text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    return any(s.start == start and s.end == start + len(value) and s.kind == kind for s in redact(text).spans)


@pytest.mark.parametrize("kind, value, text", PROBES)
def test_probe_is_redacted_with_its_exact_span(kind, value, text):
    assert _exact(text, value, kind), [(text[s.start:s.end], s.kind) for s in redact(text).spans]


@pytest.mark.parametrize("text", CLEAN)
def test_phi_free_look_alike_is_untouched(text):
    assert redact(text).spans == [], [(text[s.start:s.end], s.kind) for s in redact(text).spans]
