"""Training metrics: one JSON line per log step in `metrics.jsonl`, mirrored to TensorBoard.

The expert-load heatmap (layers x experts, share of routed tokens) is rendered to an RGB image
with numpy alone, so no plotting library is needed.
"""

import json
import math
import time
from pathlib import Path

import numpy as np

from moe_core.errors import UserError

# A few stops of the viridis colormap; the heatmap interpolates between them.
_VIRIDIS = np.array(
    [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]], dtype=np.float64
)


def heatmap_image(values, cell: int = 16) -> np.ndarray:
    """Render a 2-D array (rows = layers, cols = experts) as an HxWx3 uint8 viridis image, max = yellow."""
    a = np.asarray(values, dtype=np.float64)
    if a.ndim != 2 or a.size == 0:
        raise ValueError(f"heatmap needs a non-empty 2-D array, got shape {a.shape}")
    a = np.nan_to_num(a, nan=0.0)
    lo, hi = float(a.min()), float(a.max())
    scaled = (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)
    pos = scaled * (len(_VIRIDIS) - 1)
    idx = np.clip(np.floor(pos).astype(int), 0, len(_VIRIDIS) - 2)
    frac = (pos - idx)[..., None]
    rgb = _VIRIDIS[idx] * (1 - frac) + _VIRIDIS[idx + 1] * frac
    img = np.repeat(np.repeat(rgb, cell, axis=0), cell, axis=1)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def _plain(value):
    """A JSON-safe scalar (tensors and numpy numbers become floats; NaN/inf become strings)."""
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


class MetricsLogger:
    """Appends metrics to `<run_dir>/metrics.jsonl` and writes TensorBoard events to `<run_dir>/tensorboard`."""

    def __init__(self, run_dir, enabled: bool = True, tensorboard: bool = True):
        self.enabled = enabled
        self.run_dir = Path(run_dir)
        self.path = self.run_dir / "metrics.jsonl"
        self._writer = None
        if not enabled:
            return
        if self.run_dir.exists() and not self.run_dir.is_dir():
            raise UserError(f"cannot write metrics: {self.run_dir} is a file, not a directory")
        try:
            self.run_dir.mkdir(parents=True, exist_ok=True)
            if tensorboard:
                from torch.utils.tensorboard import SummaryWriter

                self._writer = SummaryWriter(log_dir=str(self.run_dir / "tensorboard"))
        except OSError as exc:  # e.g. a read-only or full disk, or a file where a directory belongs
            raise UserError(f"cannot write metrics to {self.run_dir}: {exc.strerror or exc} "
                            f"({exc.filename or self.run_dir})") from None

    def log(self, step: int, values: dict, kind: str = "train") -> dict:
        """Record scalar `values` at `step` under `kind` (train, eval, ...); returns the JSON record."""
        record = {"step": int(step), "kind": kind, "time": round(time.time(), 3)}
        record.update({k: _plain(v) for k, v in values.items()})
        if not self.enabled:
            return record
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
        if self._writer is not None:
            for key, value in values.items():
                value = _plain(value)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    self._writer.add_scalar(f"{kind}/{key}", value, step)
        return record

    def log_heatmap(self, step: int, values, tag: str = "routing/expert_load") -> None:
        """Write a layers x experts load array as an image to TensorBoard."""
        if self.enabled and self._writer is not None:
            self._writer.add_image(tag, heatmap_image(values), step, dataformats="HWC")

    def log_text(self, step: int, tag: str, text: str) -> None:
        """Write a text note (e.g. a collapse alarm) to TensorBoard."""
        if self.enabled and self._writer is not None:
            self._writer.add_text(tag, text, step)

    def flush(self) -> None:
        """Push buffered TensorBoard events to disk."""
        if self._writer is not None:
            self._writer.flush()

    def close(self) -> None:
        """Flush and close the TensorBoard writer."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def read_metrics(run_dir, kind: str | None = None) -> list[dict]:
    """Records from `<run_dir>/metrics.jsonl`, optionally only one kind."""
    path = Path(run_dir) / "metrics.jsonl"
    if not path.is_file():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if kind is None or r.get("kind") == kind]
