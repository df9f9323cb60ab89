"""Train a byte-level BPE tokenizer with a ChatML chat template (the Qwen convention).

The result is a plain `PreTrainedTokenizerFast`: `save_pretrained` writes a directory that
`AutoTokenizer.from_pretrained` loads with no project code, and `apply_chat_template` renders
`<|im_start|>role\\n...<|im_end|>\\n` turns exactly as Qwen's own tokenizers do, so the same code
path serves our embedded default and real Qwen/DeepSeek tokenizers.
"""

from collections.abc import Iterable

ENDOFTEXT = "<|endoftext|>"
IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
SPECIAL_TOKENS = (ENDOFTEXT, IM_START, IM_END)

# The files a saved transformers tokenizer may consist of (copied along with a model, checked on load).
TOKENIZER_FILES = (
    "tokenizer.json", "tokenizer_config.json", "tokenizer.model", "vocab.json", "vocab.txt",
    "special_tokens_map.json", "merges.txt", "added_tokens.json", "chat_template.jinja", "chat_template.json",
)
# Those of them AutoTokenizer can build a tokenizer from; the others only add to one.
TOKENIZER_BASE_FILES = TOKENIZER_FILES[:5]

CHATML_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)


def train_chatml_tokenizer(texts: Iterable[str], vocab_size: int = 8000, min_frequency: int = 2):
    """Train a byte-level BPE on `texts` and wrap it as a ChatML transformers tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    from moe_core.errors import UserError

    if vocab_size < 256 + len(SPECIAL_TOKENS):
        raise UserError(f"vocab_size {vocab_size} is too small: a byte-level BPE needs at least 259 entries")
    bpe = Tokenizer(models.BPE())
    # Byte-level pre-tokenisation covers every UTF-8 string (Chinese included) with no unknown token.
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    bpe.post_processor = processors.ByteLevel(trim_offsets=False)
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(texts, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token=None,
        eos_token=IM_END,
        pad_token=ENDOFTEXT,
        unk_token=None,
        additional_special_tokens=[IM_START, IM_END],
        clean_up_tokenization_spaces=False,
        model_max_length=32768,
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    return tokenizer
