#!/usr/bin/env bash
# Install medqa-moe into the current Python environment: `bash scripts/install.sh [dev]`.
# On a machine with no GPU we put the CPU build of torch in first: the open torch range in
# pyproject.toml would otherwise pull a multi-GB CUDA build. GPU machines keep the range open.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
extras=${1:-}

has_accelerator() {
  command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1 && return 0
  command -v rocm-smi >/dev/null 2>&1 && return 0
  command -v npu-smi >/dev/null 2>&1 && return 0
  return 1
}

if ! "$PY" -c "import torch" >/dev/null 2>&1 && ! has_accelerator; then
  "$PY" -m pip install -q "torch==2.13.0"
fi
"$PY" -m pip install -q -e ".${extras:+[$extras]}"
# pyenv only finds new console scripts after a rehash.
if command -v pyenv >/dev/null 2>&1; then pyenv rehash || true; fi
