"""Prometheus metrics of one server (own registry, so several apps can live in one process)."""

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST

_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class Metrics:
    """Latency histograms, token counters, queue/running gauges and triage hits by level."""

    content_type = CONTENT_TYPE_LATEST

    def __init__(self):
        self.registry = CollectorRegistry()
        r = self.registry
        self.time_to_first_token = Histogram("medqa_time_to_first_token_seconds", "Time to first generated token.",
                                             ["route"], buckets=_LATENCY_BUCKETS, registry=r)
        self.latency = Histogram("medqa_request_latency_seconds", "End-to-end request latency.", ["route"],
                                 buckets=_LATENCY_BUCKETS, registry=r)
        self.requests = Counter("medqa_requests", "Requests by route and HTTP status.", ["route", "status"], registry=r)
        self.prompt_tokens = Counter("medqa_prompt_tokens", "Prompt tokens processed.", registry=r)
        self.completion_tokens = Counter("medqa_completion_tokens", "Tokens generated.", registry=r)
        self.triage = Counter("medqa_triage", "Safety triage outcomes by urgency level.", ["level"], registry=r)
        self.rejected = Counter("medqa_rejected", "Requests refused before work (rate limit, queue full, size).",
                                ["reason"], registry=r)
        self.in_flight = Gauge("medqa_running_requests", "HTTP requests being handled.", registry=r)
        self.queue_depth = Gauge("medqa_queue_depth", "Requests waiting for a batch slot.", registry=r)
        self.engine_running = Gauge("medqa_engine_running_sequences", "Sequences being decoded.", registry=r)

    def bind_engine(self, engine) -> None:
        """Read queue depth and running sequences from the engine at scrape time."""
        self.queue_depth.set_function(lambda: engine.queue_depth)
        self.engine_running.set_function(lambda: engine.running)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)
