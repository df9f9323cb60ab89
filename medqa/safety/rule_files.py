"""Reading the safety layer's YAML data files (triage rules, lay-sign lexicons, exemplar bank) with clear errors."""

from pathlib import Path

import yaml

from moe_core.errors import UserError


def read_rule_file(path: Path, what: str, sections: tuple[str, ...], exact: bool = True) -> dict:
    """The YAML mapping in `path`, checked to hold the named top-level sections (exactly them when `exact`)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"cannot read {what} {path}: {exc}") from exc
    names = " and ".join(", ".join(f"'{s}'" for s in sections).rsplit(", ", 1))
    if not isinstance(data, dict) or (set(data) != set(sections) if exact else not set(sections) <= set(data)):
        raise UserError(f"{path.name}: needs {'exactly' if exact else 'top-level'} {names}")
    return data
