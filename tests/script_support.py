"""Load a file under scripts/ as a module for a test (scripts/ is not a package)."""

import importlib.util
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def load_script(stem, module_name=None):
    """A fresh module object for scripts/<stem>.py (fresh each call, so a test's changes to it do not leak)."""
    spec = importlib.util.spec_from_file_location(module_name or stem, SCRIPTS / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
