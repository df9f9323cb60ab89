"""The continuous-batching engine: batching equals solo runs, seeds, stops, streaming text, slots, scoring.

Text tests run on real byte-level BPE tokenizers (the session seed's, vocabulary 2000, and the shipped
seed's, 8000), whose tokens span several characters and whose rarer Chinese characters and emoji span
several tokens, so they fail if the engine assumes one token per character.
"""

import asyncio
import time
from pathlib import Path

import pytest
import torch

from medqa.engine import EngineBusy, EngineTimeout, SamplingParams
from serving.decoding import IncrementalDetokenizer, stop_holdback
from serving.engine import LocalEngine


def _prompts(engine, n):
    return [engine.render_chat([{"role": "user", "content": f"Question {i}: how do I get my records? 我的病历"}])
            for i in range(n)]


async def _collect(engine, prompt, params):
    text, last = "", None
    async for chunk in engine.generate(prompt, params):
        text += chunk.text
        last = chunk
    return text, last


def test_batched_generation_equals_solo_generation_for_the_same_seed(engine):
    prompts = _prompts(engine, 6)
    params = [SamplingParams(max_tokens=12, temperature=0.8, top_p=0.9, seed=100 + i) for i in range(6)]

    async def main():
        solo = [await _collect(engine, p, sp) for p, sp in zip(prompts, params)]
        together = await asyncio.gather(*(_collect(engine, p, sp) for p, sp in zip(prompts, params)))
        return solo, together

    solo, together = asyncio.run(main())
    for (a, fa), (b, fb) in zip(solo, together):
        assert a == b
        assert fa.completion_ids == fb.completion_ids
        assert fa.finish_reason == fb.finish_reason
        assert fa.completion_tokens == (12 if fa.finish_reason == "length" else len(fa.completion_ids))
    assert sum(f.completion_tokens for _, f in solo) > 30  # most ran to max_tokens


def test_greedy_batched_generation_matches_transformers_generate(engine):
    prompt = _prompts(engine, 1)[0]
    ids = engine.encode(prompt)
    with torch.no_grad():
        reference = engine.model.generate(torch.tensor([ids]), max_new_tokens=10, do_sample=False,
                                          eos_token_id=None, pad_token_id=0)[0, len(ids):].tolist()

    async def main():
        others = [asyncio.create_task(_collect(engine, p, SamplingParams(max_tokens=20, temperature=1.0, seed=i)))
                  for i, p in enumerate(_prompts(engine, 3))]
        mine = await _collect(engine, prompt, SamplingParams(max_tokens=10))
        await asyncio.gather(*others)
        return mine

    _text, last = asyncio.run(main())
    stop_at = next((i for i, t in enumerate(reference) if t in engine.eos_ids), len(reference))
    assert last.completion_ids == reference[:stop_at]


def test_different_seeds_give_different_text(engine):
    prompt = _prompts(engine, 1)[0]

    async def main():
        return [await _collect(engine, prompt, SamplingParams(max_tokens=16, temperature=1.0, seed=s)) for s in (1, 2)]

    (a, _), (b, _) = asyncio.run(main())
    assert a != b


def _token_texts(tokenizer, ids: list[int]) -> list[str]:
    """The text each token adds to the decoded completion ("" while a character is still incomplete)."""
    texts, previous = [], ""
    for end in range(1, len(ids) + 1):
        whole = tokenizer.decode(ids[:end], skip_special_tokens=True)
        if whole.endswith("\ufffd"):
            texts.append("")
            continue
        texts.append(whole[len(previous):])
        previous = whole
    return texts


def _stop_across_a_token_boundary(token_texts: list[str]) -> str:
    """Two characters from the end of one multi-character token and two from the start of the next,
    preferring a stop string with Chinese in it."""
    candidates = [left[-2:] + right[:2] for left, right in zip(token_texts, token_texts[1:])
                  if len(left.strip()) >= 2 and len(right.strip()) >= 2 and "\ufffd" not in left + right]
    with_chinese = [c for c in candidates if any("\u4e00" <= ch <= "\u9fff" for ch in c)]
    return (with_chinese or candidates or [""])[0]


def test_stop_string_spanning_tokens_truncates_and_is_never_streamed(engine):
    prompt = _prompts(engine, 1)[0]
    params = dict(max_tokens=30, seed=3, temperature=1.0)

    async def main():
        full, last = await _collect(engine, prompt, SamplingParams(**params))
        stop = _stop_across_a_token_boundary(_token_texts(engine.tokenizer, last.completion_ids))
        pieces = [chunk async for chunk in engine.generate(prompt, SamplingParams(**params, stop=[stop]))]
        return full, last, stop, pieces

    full, last, stop, pieces = asyncio.run(main())
    # The precondition the test is about: the stop string is split between two multi-character tokens.
    assert len(stop) == 4 and stop in full, (stop, _token_texts(engine.tokenizer, last.completion_ids))
    assert not any(stop in t for t in _token_texts(engine.tokenizer, last.completion_ids))
    streamed = "".join(p.text for p in pieces)
    assert pieces[-1].finish_reason == "stop"
    assert streamed == full[: full.index(stop)]
    assert stop not in streamed  # the first token's half of it was held back, then dropped


def test_stop_holdback():
    assert stop_holdback("hello wor", ["world"]) == 3
    assert stop_holdback("hello", ["xyz"]) == 0
    assert stop_holdback("ab", ["b!", "ab?"]) == 2


SHIPPED_SEED = Path(__file__).resolve().parents[1] / "medqa" / "assets" / "seed"


@pytest.mark.parametrize("which", ["shipped_seed", "session_seed"])
def test_detokenizer_streams_whole_characters_of_multi_byte_tokens(which, engine):
    from moe_core.models import load_tokenizer

    tokenizer = load_tokenizer(SHIPPED_SEED) if which == "shipped_seed" else engine.tokenizer
    text = "请提前15分钟到达挂号处办理住院手续。Bring your insurance card 😊 龘"
    ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    pieces = [tokenizer.decode([i]) for i in ids]
    # What makes this test able to fail: tokens of several characters, and characters of several tokens.
    assert len(ids) < len(text) and max(len(p) for p in pieces if "\ufffd" not in p) >= 2, pieces
    assert sum("\ufffd" in p for p in pieces) >= 4, pieces  # the emoji and the rare 龘 are byte pieces

    detok = IncrementalDetokenizer(tokenizer)
    emitted, held_back = "", 0
    for end, token in enumerate(ids, start=1):
        delta = detok.add(token)
        assert "\ufffd" not in delta
        emitted += delta
        whole = tokenizer.decode(ids[:end])
        if whole.endswith("\ufffd"):  # mid-character: nothing may come out until the character is whole
            assert delta == "" and whole.startswith(emitted)
            held_back += 1
        else:  # a character boundary: everything so far is out, exactly once
            assert emitted == whole
    assert emitted + detok.flush() == text and held_back >= 3


def test_cancelled_stream_frees_its_slot(engine):
    prompt = _prompts(engine, 1)[0]

    async def main():
        stream = engine.generate(prompt, SamplingParams(max_tokens=500, temperature=1.0, seed=1))
        first = await stream.__anext__()
        assert first.finish_reason is None
        for _ in range(200):  # the worker adds the row to the batch right after emitting its first token
            if engine.running == 1:
                break
            await asyncio.sleep(0.01)
        assert engine.running == 1
        await stream.aclose()
        for _ in range(200):
            if engine.running == 0:
                return True
            await asyncio.sleep(0.02)
        return False

    assert asyncio.run(main())


def test_timeout_finishes_the_request(engine):
    prompt = _prompts(engine, 1)[0]

    async def main():
        with pytest.raises(EngineTimeout):
            await _collect(engine, prompt, SamplingParams(max_tokens=2000, temperature=1.0, seed=1, timeout_s=0.3))

    started = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - started < 20
    for _ in range(200):  # the worker drops the row right after emitting the timeout
        if engine.running == 0:
            break
        time.sleep(0.01)
    assert engine.running == 0


def test_full_queue_raises_busy(seed_dir):
    from moe_core.models import load_moe_model, load_tokenizer

    eng = LocalEngine(load_moe_model(str(seed_dir)), load_tokenizer(str(seed_dir)), max_batch_size=1, max_queue=1)
    prompt = eng.render_chat([{"role": "user", "content": "hi"}])

    async def main():
        streams = [eng.generate(prompt, SamplingParams(max_tokens=200, temperature=1.0, seed=i)) for i in range(3)]
        await streams[0].__anext__()  # running
        second = asyncio.create_task(streams[1].__anext__())  # queued
        await asyncio.sleep(0.05)
        with pytest.raises(EngineBusy):
            await streams[2].__anext__()
        second.cancel()
        await asyncio.gather(second, return_exceptions=True)
        for s in streams[:2]:
            await s.aclose()

    try:
        asyncio.run(main())
    finally:
        eng.shutdown()


def test_score_matches_a_direct_forward_pass(engine):
    text = "Visiting hours are from 10 am to 8 pm. 探视时间"

    async def main():
        return await engine.score(text, top_logprobs=2)

    scores = asyncio.run(main())
    ids = engine.encode(text)
    with torch.no_grad():
        logp = torch.log_softmax(engine.model(torch.tensor([ids])).logits[0].float(), -1)
    expected = [None] + [logp[i - 1, ids[i]].item() for i in range(1, len(ids))]
    assert scores.token_logprobs[0] is None
    assert scores.token_logprobs[1:] == pytest.approx(expected[1:], abs=1e-4)
    assert scores.text == text
    assert scores.text_offset[0] == 0 and scores.text_offset == sorted(scores.text_offset)
    assert all(len(t) == 2 for t in scores.top_logprobs[1:])
    assert max(scores.top_logprobs[1].values()) == pytest.approx(logp[0].max().item(), abs=1e-4)


def test_prompt_longer_than_the_window_is_a_user_error(engine):
    from moe_core.errors import UserError

    async def main():
        await _collect(engine, [5] * (engine.max_model_len + 1), SamplingParams(max_tokens=1))

    with pytest.raises(UserError, match="window"):
        asyncio.run(main())


@pytest.mark.parametrize("family", ["qwen2_moe", "qwen3_moe", "deepseek_v2", "deepseek_v3", "bailing_hybrid",
                                    "mixtral", "olmoe"])
def test_every_family_generates_the_same_batched_as_alone(family, tiny_preset_dirs, engine):
    from moe_core.models import load_moe_model

    eng = LocalEngine(load_moe_model(str(tiny_preset_dirs[family])), engine.tokenizer, max_batch_size=4)
    prompts = [[5 + i, 17, 42, 99, 7][: 3 + i] for i in range(3)]

    async def ids(prompt, seed):
        _, last = await _collect(eng, prompt, SamplingParams(max_tokens=6, temperature=1.0, seed=seed))
        return last.completion_ids

    async def main():
        solo = [await ids(p, i) for i, p in enumerate(prompts)]
        return solo, list(await asyncio.gather(*(ids(p, i) for i, p in enumerate(prompts))))

    try:
        solo, together = asyncio.run(main())
    finally:
        eng.shutdown()
    assert solo == together and all(solo)
    # hybrid linear-attention caches cannot be batched row-wise: that family falls back to one at a time
    assert eng.max_batch_size == (1 if family == "bailing_hybrid" else 4)


def test_a_failing_model_fails_its_requests_instead_of_hanging(seed_dir):
    from moe_core.models import load_moe_model, load_tokenizer
    from medqa.engine import EngineError

    model = load_moe_model(str(seed_dir))
    eng = LocalEngine(model, load_tokenizer(str(seed_dir)), max_batch_size=2)
    healthy_forward = model.forward
    calls = {"n": 0}

    def flaky_forward(*args, **kwargs):  # the model is not under test: make its first pass fail
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("device lost")
        return healthy_forward(*args, **kwargs)

    model.forward = flaky_forward
    prompt = eng.render_chat([{"role": "user", "content": "hi"}])

    async def main():
        with pytest.raises(EngineError, match="device lost"):
            await _collect(eng, prompt, SamplingParams(max_tokens=4))
        return await _collect(eng, prompt, SamplingParams(max_tokens=4))  # the engine keeps serving

    try:
        _text, last = asyncio.run(main())
    finally:
        eng.shutdown()
    assert last.finish_reason in ("length", "stop")


def test_prefix_cache_for_a_shared_system_prompt_keeps_greedy_outputs_identical(engine):
    system = ("You are the patient-service assistant of a hospital. Rules: answer only from the passages; cite "
              "the passage id; say you do not know when they do not answer; never diagnose. ") * 4
    questions = ["How do I book an appointment?", "Where can I park my car?", "怎么预约挂号？",
                 "Can I eat before a blood test tomorrow morning?"]
    prompts = [engine.render_chat([{"role": "system", "content": system}, {"role": "user", "content": q}])
               for q in questions]
    ids = [engine.encode(p) for p in prompts]
    assert min(len(i) for i in ids) > 2 * engine.prefix_cache_min_tokens  # the shared start is worth caching
    params = SamplingParams(max_tokens=12)

    async def run_all():
        solo = [(await _collect(engine, p, params))[1].completion_ids for p in prompts]
        together = await asyncio.gather(*(_collect(engine, p, params) for p in prompts))
        return solo, [last.completion_ids for _, last in together]

    with torch.no_grad():  # what transformers computes for one prompt, no batching and no cache tricks
        reference = engine.model.generate(torch.tensor([ids[1]]), max_new_tokens=12, do_sample=False,
                                          eos_token_id=None, pad_token_id=0)[0, len(ids[1]):].tolist()
    engine._prefix_ids = []
    cached_solo, cached_together = asyncio.run(run_all())
    used = len(engine._prefix_ids)
    default = engine.prefix_cache_min_tokens
    engine.prefix_cache_min_tokens = 0  # the lever off
    try:
        plain_solo, plain_together = asyncio.run(run_all())
    finally:
        engine.prefix_cache_min_tokens = default
    assert used >= default and engine.encode(prompts[0])[:used] == engine._prefix_ids  # the cache was in play
    assert cached_solo == plain_solo == cached_together == plain_together
    stop_at = next((i for i, t in enumerate(reference) if t in engine.eos_ids), len(reference))
    assert cached_solo[1] == reference[:stop_at]


def test_a_burst_of_long_prompts_is_prefilled_in_chunks_with_the_same_outputs(engine, monkeypatch):
    prompts = [engine.render_chat([{"role": "user", "content": f"Question {i}: " + "where is the clinic? " * 6}])
               for i in range(4)]
    params = SamplingParams(max_tokens=8)

    async def together():
        return [last.completion_ids for _, last in await asyncio.gather(*(_collect(engine, p, params) for p in prompts))]

    whole = asyncio.run(together())
    groups = []
    original = engine._prefill
    monkeypatch.setattr(engine, "_prefill", lambda new: (groups.append(len(new)), original(new))[1])
    monkeypatch.setattr(engine, "prefill_token_budget", 1)  # one prompt per pass
    chunked = asyncio.run(together())
    assert groups and max(groups) == 1 and sum(groups) == 4
    assert chunked == whole
