"""The project tokenizer round-trips English and Chinese and renders ChatML like Qwen's."""

from transformers import AutoTokenizer

from moe_core.tokenizer import train_chatml_tokenizer

CORPUS = [
    "Please arrive 15 minutes before your appointment and bring your insurance card.",
    "If you have chest pain, call emergency services right away.",
    "请在预约时间前15分钟到达，并携带医保卡。",
    "如果出现胸痛，请立即拨打急救电话120。",
] * 50


def test_round_trip_and_chat_template(tmp_path):
    tok = train_chatml_tokenizer(CORPUS, vocab_size=400, min_frequency=1)
    tok.save_pretrained(tmp_path)
    loaded = AutoTokenizer.from_pretrained(tmp_path)
    for text in ("How do I refill my medication?", "我如何续开处方药？ 😀 unseen"):
        assert loaded.decode(loaded(text)["input_ids"]) == text
    messages = [{"role": "user", "content": "你好"}, {"role": "assistant", "content": "Hello!"}]
    rendered = loaded.apply_chat_template(messages, tokenize=False)
    assert rendered == "<|im_start|>user\n你好<|im_end|>\n<|im_start|>assistant\nHello!<|im_end|>\n"
    prompt = loaded.apply_chat_template(messages[:1], tokenize=False, add_generation_prompt=True)
    assert prompt.endswith("<|im_start|>assistant\n")
    ids = loaded("<|im_start|>user<|im_end|>")["input_ids"]
    # Special tokens are atomic: one id each, never split into bytes.
    assert loaded.convert_ids_to_tokens([ids[0], ids[-1]]) == ["<|im_start|>", "<|im_end|>"]
    assert len(loaded("<|im_start|><|im_end|>")["input_ids"]) == 2
    assert loaded.eos_token == "<|im_end|>" and loaded.pad_token == "<|endoftext|>"


def test_bpe_learns_merges_from_corpus():
    tok = train_chatml_tokenizer(CORPUS, vocab_size=600, min_frequency=1)
    # A frequent corpus phrase compresses well below one token per byte.
    text = "call emergency services"
    assert len(tok(text)["input_ids"]) < len(text.encode()) / 2
