"""The local model backend of `medqa eval`: lm-eval scoring, and batched answers through the answer pipeline.

Generation tasks run exactly the steps the server runs (`medqa.assistant.Assistant`): `prepare` (safety,
retrieval, grounded prompt) for every question of a chunk, one left-padded greedy batch for those that
need the model, then `complete` (verification, output safety, finalize). Only the generation differs
from serving: a batch through `model.generate` instead of the streaming batcher, same chat template.
"""

import hashlib
from collections.abc import Callable
from pathlib import Path

from medqa.evaluation.base import AnswerRequest, Answered, SafetyRead
from medqa.evaluation.identity import directory_fingerprint, run_identity
from moe_core.errors import UserError


class ChatTemplateEngine:
    """The part of `medqa.engine.Engine` the Assistant's non-streaming path uses: name, chat template, tokens.

    Generation is batched by `LocalBackend`, so `generate` and `score` are not offered here."""

    def __init__(self, tokenizer, model_name: str):
        self.tokenizer = tokenizer
        self.model_name = model_name

    def render_chat(self, messages: list[dict]) -> str:
        """The model's chat template applied to messages, ending with the assistant's turn opener."""
        return self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)

    def encode(self, prompt) -> list[int]:
        """Token ids of a prompt (text, or ids passed through)."""
        if isinstance(prompt, str):
            return list(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        return list(prompt)


class LocalBackend:
    """A local causal LM (optionally with a PEFT adapter): log-likelihood scoring and pipeline answers."""

    def __init__(self, config):
        from medqa.evaluation.loglik import LoglikScorer
        from moe_core.devices import configure_cpu_threads
        from moe_core.models import load_moe_model, load_tokenizer

        configure_cpu_threads()  # threads from the CPUs actually free: oversubscribed MoE kernels slow down most
        self.tokenizer = load_tokenizer(config.model)
        self.model = load_moe_model(config.model, dtype=config.dtype, device=config.device)
        if config.adapter:
            from moe_core.lora import load_adapter

            try:  # the same checks as serving: architecture, tensor shapes, the very base weights it was trained on
                self.model = load_adapter(self.model, config.adapter)
            except (OSError, ValueError, RuntimeError, KeyError) as exc:
                raise UserError(f"--adapter {config.adapter}: cannot load the adapter onto {config.model}: {exc}") from None
        self.model.eval()
        self.scorer = LoglikScorer(self.model, self.tokenizer, batch_size=config.batch_size,
                                   use_prefix_cache=config.use_prefix_cache)
        self.batch_size = config.batch_size
        self.top_k = config.top_k
        self.engine = ChatTemplateEngine(self.tokenizer, str(config.model).rstrip("/").split("/")[-1])
        self._pipeline = None
        parts = [str(config.model), str(config.dtype), str(self.scorer.device.type)]
        local = Path(config.model).expanduser()
        parts.append(directory_fingerprint(local) if local.is_dir() else str(getattr(self.model.config, "_commit_hash", "")))
        if config.adapter:
            parts.append(directory_fingerprint(config.adapter))
        self.fingerprint = hashlib.sha256("|".join(parts).encode()).hexdigest()
        self.identity = run_identity(config, model_files=parts[3] if local.is_dir() else None,
                                     adapter_files=parts[4] if config.adapter else None)
        self.description = {"model": str(config.model), "adapter": config.adapter, "dtype": str(self.model.dtype),
                            "device": str(self.scorer.device), "model_type": self.model.config.model_type}

    @property
    def pipeline(self) -> "PipelineAnswerer":
        """The answer pipeline over this model and the bundled knowledge base (built on first use)."""
        if self._pipeline is None:
            from medqa.assistant import Assistant
            from medqa.retrieval import bundled_index

            self._pipeline = PipelineAnswerer(Assistant(self.engine, bundled_index(), retrieval_k=self.top_k),
                                              self.generate)
        return self._pipeline

    def score(self, items) -> list:
        """Option log-likelihoods for multiple-choice items."""
        from medqa.evaluation.loglik import ScoreRequest

        return self.scorer.score([ScoreRequest(i.context, i.continuations) for i in items])

    def generate(self, prompts: list[str], max_new_tokens: int) -> list[str]:
        """Greedy continuations of rendered chat prompts (one left-padded batch)."""
        import torch

        tok = self.tokenizer
        side = tok.padding_side
        tok.padding_side = "left"
        try:
            batch = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False).to(self.scorer.device)
        finally:
            tok.padding_side = side
        pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        with torch.no_grad():
            out = self.model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False, pad_token_id=pad)
        return [tok.decode(row[batch["input_ids"].shape[1]:], skip_special_tokens=True).strip() for row in out]

    def answer(self, requests: list[AnswerRequest], max_new_tokens: int) -> list[Answered]:
        """Answers through the answer pipeline, generated in one batch (see `PipelineAnswerer.answer`)."""
        return self.pipeline.answer(requests, max_new_tokens)

    def safety(self, messages: list[dict]) -> SafetyRead:
        """The pipeline's safety report on a conversation."""
        return self.pipeline.safety(messages)


class PipelineAnswerer:
    """Drives an `Assistant` for a batch: prepare all, generate those that need the model at once, complete.

    `generate(prompts, max_new_tokens) -> texts` continues rendered chat prompts (the local model's batch)."""

    def __init__(self, assistant, generate: Callable[[list[str], int], list[str]] | None):
        self.assistant = assistant
        self.generate = generate

    def _passages(self, ids: list[str]) -> list:
        by_id = self.assistant.index.by_id
        missing = [pid for pid in ids if pid not in by_id]
        if missing:
            raise UserError(f"patient_faq item names passage(s) {', '.join(missing)}, which the knowledge base does not have")
        return [by_id[pid] for pid in ids]

    def answer(self, requests: list[AnswerRequest], max_new_tokens: int) -> list[Answered]:
        """Prepare every request, generate the ones that need the model in one batch, verify and finalize."""
        from medqa.prompts import build_grounded_messages

        assistant = self.assistant
        prepared = [assistant.prepare(r.messages, passages=self._passages(r.passages) if r.passages else None)
                    for r in requests]
        # The raw model is asked whenever safety did not answer, also where the pipeline answers "don't know"
        # without it (no relevant passage): the raw-vs-shown comparison needs the raw model's answer there too.
        raw_chats = {}
        for n, p in enumerate(prepared):
            if p.messages is not None:
                raw_chats[n] = p.messages
            elif not p.result.blocked:
                history = [t.to_dict() for t in p.turns[:-1] if t.role in ("user", "assistant")]
                raw_chats[n] = build_grounded_messages(p.question, p.passages, history, p.language)
        order = list(raw_chats)
        texts = self.generate([assistant.engine.render_chat(raw_chats[n]) for n in order], max_new_tokens) if order else []
        raw = dict(zip(order, texts))
        answered = []
        for n, p in enumerate(prepared):
            result = assistant.complete(p, raw[n]) if p.result is None else p.result
            retrieved = None if result.blocked else [x.id for x in p.passages]  # safety answered before retrieval
            answered.append(Answered(result, raw.get(n), retrieved, "local"))
        return answered

    def safety(self, messages: list[dict]) -> SafetyRead:
        """The pipeline's safety report on a conversation (its first step; no generation)."""
        return SafetyRead(self.assistant.prepare(messages).report.to_dict(), "local")
