"""Traditional -> Simplified folding and language detection shared by triage and the scope guard."""

import pytest

from medqa.prompts import detect_language
from medqa.safety.normalize import fold_traditional, is_chinese, normalize, normalize_triage


@pytest.mark.parametrize("traditional, simplified", [
    ("發燒", "发烧"), ("嬰兒", "婴儿"), ("胸痛", "胸痛"), ("呼吸困難", "呼吸困难"), ("噁心頭痛", "恶心头痛"),
    ("癲癇發作", "癫痫发作"), ("吃了一整瓶藥", "吃了一整瓶药"), ("懷孕出血", "怀孕出血"),
])
def test_normalize_folds_traditional_to_simplified(traditional, simplified):
    assert normalize(traditional) == simplified


def test_folding_keeps_length_so_offsets_stay_valid():
    text = "我兒子頭部受傷後一直嘔吐，還說話不清楚。Call 999 now."
    folded = fold_traditional(text)
    assert len(folded) == len(text)
    assert folded != text
    assert folded.endswith("Call 999 now.")


@pytest.mark.parametrize("text", ["What is 发烧?", "我想预约MRI检查", "hello", "發燒了怎麼辦", "ok 好", "", "12345"])
def test_is_chinese_agrees_with_detect_language(text):
    assert is_chinese(text) == (detect_language(text) == "zh")


def test_long_numeral_runs_are_cut_before_the_detectors_read_them():
    # "number + unit" patterns would try every start in a long run ("9" * 20000 took 25 s); no age, dose,
    # temperature or date needs more than 8 numeral characters, so the rest of a run is dropped.
    assert normalize_triage("9" * 20000) == "9" * 8
    assert normalize_triage("十" * 50 + "岁") == "十" * 8 + "岁"
    assert "38.5" in normalize_triage("temp 38.5 since 20261202, ring 0123456789012")
