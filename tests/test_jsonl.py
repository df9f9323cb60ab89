"""moe_core.jsonl: atomic directory and JSON writes (the one helper every saver uses)."""

import json
import math
import os

import numpy as np
import pytest

from moe_core.errors import UserError
from moe_core.jsonl import plain_json, read_jsonl, write_dir_atomic, write_json_atomic, write_jsonl_atomic


def _siblings(path):
    return sorted(p.name for p in path.parent.iterdir())


def test_write_dir_atomic_publishes_only_a_complete_directory(tmp_path):
    out = tmp_path / "model"

    def write(tmp):
        assert not out.exists()  # nothing visible under the final name while writing
        (tmp / "a.txt").write_text("1")
        (tmp / "sub").mkdir()
        (tmp / "sub" / "b.txt").write_text("2")

    assert write_dir_atomic(out, write) == out
    assert (out / "sub" / "b.txt").read_text() == "2" and _siblings(out) == ["model"]
    plain = tmp_path / "plain"
    plain.mkdir()
    assert os.stat(out).st_mode == os.stat(plain).st_mode  # usual permissions (mkdtemp would give 0700)


def test_write_dir_atomic_failure_keeps_the_old_directory_and_leaves_no_temp(tmp_path):
    out = tmp_path / "model"
    write_dir_atomic(out, lambda tmp: (tmp / "old.txt").write_text("old"))

    def broken(tmp):
        (tmp / "half.txt").write_text("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_dir_atomic(out, broken)
    assert sorted(p.name for p in out.iterdir()) == ["old.txt"] and _siblings(out) == ["model"]

    write_dir_atomic(out, lambda tmp: (tmp / "new.txt").write_text("new"))  # replace=True swaps it
    assert sorted(p.name for p in out.iterdir()) == ["new.txt"] and _siblings(out) == ["model"]


def test_write_dir_atomic_without_replace_refuses_a_filled_directory_but_takes_an_empty_one(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    write_dir_atomic(empty, lambda tmp: (tmp / "x").write_text("x"), replace=False)
    assert (empty / "x").is_file()
    with pytest.raises(UserError, match="not empty; refusing to overwrite"):
        write_dir_atomic(empty, lambda tmp: (tmp / "y").write_text("y"), replace=False)
    assert sorted(p.name for p in empty.iterdir()) == ["x"] and _siblings(empty) == ["empty"]
    a_file = tmp_path / "file"
    a_file.write_text("")
    with pytest.raises(UserError, match="is not a directory"):
        write_dir_atomic(a_file, lambda tmp: None)


def test_write_json_atomic_is_strict_json(tmp_path):
    path = write_json_atomic({"nan": math.nan, "inf": [1.0, math.inf], "np": np.float32(0.5),
                              "arr": np.arange(3), "text": "中文"}, tmp_path / "out" / "r.json")
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == {"nan": None, "inf": [1.0, None], "np": 0.5, "arr": [0, 1, 2], "text": "中文"}
    assert "NaN" not in text and "Infinity" not in text and "中文" in text
    assert plain_json(np.float64("nan")) is None
    rows = write_jsonl_atomic([{"score": math.nan, "ids": np.arange(2)}, {"score": 0.5}], tmp_path / "s.jsonl")
    assert [row for _, row in read_jsonl(rows)] == [{"score": None, "ids": [0, 1]}, {"score": 0.5}]
