"""Build the answer pipeline (`medqa.assistant.Assistant`) a server runs: its engine, index and settings.

The pipeline itself (safety -> retrieval -> generation -> verification) lives in `medqa.assistant`;
this module only chooses the engine (a local model or an upstream OpenAI-compatible server) and the
retrieval index named by the serve settings.
"""

from medqa.assistant import Assistant
from medqa.assistant import build_assistant as assistant_from_settings


def build_engine(settings):
    """The local batching engine, or the forwarder to `settings.upstream`."""
    from serving.engine import LocalEngine
    from serving.remote_engine import RemoteEngine

    if settings.upstream:
        from moe_core.models import load_tokenizer

        return RemoteEngine(settings.upstream, model_name=settings.served_model_name or settings.model,
                            tokenizer=load_tokenizer(settings.tokenizer or settings.model),
                            api_key=settings.upstream_api_key, timeout_s=settings.request_timeout_s)
    return LocalEngine.load(settings.model, adapter=settings.adapter, device=settings.device,
                            dtype=settings.dtype, model_name=settings.served_model_name,
                            max_batch_size=settings.max_batch_size, max_queue=settings.max_queue,
                            cpu_threads=settings.cpu_threads,
                            stream_interval_s=settings.stream_interval_ms / 1000)


def build_index(settings):
    """The retrieval index named by `settings.index`, or the bundled knowledge base."""
    from medqa.retrieval import KnowledgeIndex, bundled_index

    return KnowledgeIndex.load(settings.index) if settings.index else bundled_index()


def build_assistant(settings) -> Assistant:
    """The engine and the retrieval index named by the settings, behind the medqa answer pipeline."""
    return assistant_from_settings(build_engine(settings), build_index(settings), settings)
