"""Command-line options generated from a settings class, so each option is declared once: in the class.

A dataclass (help text in `field(metadata={"help": ...})`, see `option`) or a pydantic model (help in
`Field(description=...)`) becomes one `--prefix.name` option per field; nested settings classes become
`--section.field`. Options take their value as text, exactly as a YAML value or a `--set a.b=VALUE` is
written, and the settings class's own validation converts and checks it, so the command line, the YAML
file and `--set` accept the same values with the same errors.

    add_dataclass_arguments(parser, TrainConfig)        # --optim.lr, --lora.r, --output-dir, ...
    args = parser.parse_args()
    overrides_from_args(args, TrainConfig)              # {"optim": {"lr": "1e-4"}} for what was given
"""

import argparse
import dataclasses
import types
import typing
from dataclasses import dataclass

_MISSING = dataclasses.MISSING
_TRUE_WITHOUT_VALUE = "true"  # `--flag` alone sets a boolean field; `--flag false` clears it


def option(default=_MISSING, help: str = "", *, default_factory=_MISSING, **metadata):  # noqa: A002 (argparse's word)
    """A dataclass field with its help text, i.e. `field(default=..., metadata={"help": help})`."""
    return dataclasses.field(default=default, default_factory=default_factory, metadata={"help": help, **metadata})


@dataclass
class SettingField:
    """One field of a settings class, as the option generator sees it."""

    name: str
    type: object
    default: object
    help: str
    nested: type | None  # the settings class of a nested section, or None for a plain value


def _is_settings_class(tp) -> bool:
    return isinstance(tp, type) and (dataclasses.is_dataclass(tp) or hasattr(tp, "model_fields"))


def setting_fields(cls) -> list[SettingField]:
    """The fields of a dataclass or pydantic model, in declaration order."""
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        fields = []
        for item in dataclasses.fields(cls):
            default = item.default if item.default is not _MISSING else (
                item.default_factory() if item.default_factory is not _MISSING else None)
            tp = hints[item.name]
            fields.append(SettingField(item.name, tp, default, item.metadata.get("help", ""),
                                       tp if _is_settings_class(tp) else None))
        return fields
    if hasattr(cls, "model_fields"):  # pydantic v2, without importing pydantic here
        fields = []
        for name, info in cls.model_fields.items():
            tp = info.annotation
            default = None if info.is_required() else info.get_default(call_default_factory=True)
            fields.append(SettingField(name, tp, default, info.description or "",
                                       tp if _is_settings_class(tp) else None))
        return fields
    raise TypeError(f"{cls!r} is neither a dataclass nor a pydantic model")


def _choices(tp) -> tuple | None:
    """The allowed values of a Literal type (also inside `X | None`), else None."""
    if typing.get_origin(tp) is typing.Literal:
        return typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        for option_type in typing.get_args(tp):
            found = _choices(option_type)
            if found:
                return found
    return None


def _is_bool(tp) -> bool:
    if tp is bool:
        return True
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and bool in typing.get_args(tp)


def _dest(prefix: str, name: str) -> str:
    return f"{prefix}{name}"


def add_dataclass_arguments(parser: argparse.ArgumentParser, cls, prefix: str = "", skip: tuple[str, ...] = ()) -> None:
    """Add one `--{prefix}{field}` option per field of `cls` (recursing into nested sections as `section.field`).

    Both spellings work: `--optim.max-steps` and `--optim.max_steps` (the YAML key). Unset options do not
    appear in the parsed namespace, so `overrides_from_args` returns only what the user typed. `skip` names
    dotted fields (e.g. "api_keys") that get no option.
    """
    for item in setting_fields(cls):
        dotted = _dest(prefix, item.name)
        if dotted in skip:
            continue
        if item.nested is not None:
            add_dataclass_arguments(parser, item.nested, f"{dotted}.", skip)
            continue
        names = [f"--{dotted.replace('_', '-')}"]
        if "_" in dotted:
            names.append(f"--{dotted}")
        choices = _choices(item.type)
        metavar = "{" + ",".join(str(c) for c in choices) + "}" if choices else dotted.rsplit(".", 1)[-1].upper()
        shown = "none" if item.default is None else item.default
        text = f"{item.help} (default: {shown})" if item.help else f"(default: {shown})"
        extra = {"nargs": "?", "const": _TRUE_WITHOUT_VALUE} if _is_bool(item.type) else {}
        if _is_bool(item.type):
            metavar = "true|false"
        parser.add_argument(*names, dest=dotted, default=argparse.SUPPRESS, metavar=metavar,
                            help=text.replace("%", "%%"), **extra)


def overrides_from_args(args: argparse.Namespace, cls, prefix: str = "") -> dict:
    """The options of `cls` given on the command line as a nested dict of texts, e.g. {"optim": {"lr": "1e-4"}}."""
    given = vars(args)
    tree: dict = {}
    for item in setting_fields(cls):
        dotted = _dest(prefix, item.name)
        if item.nested is not None:
            section = overrides_from_args(args, item.nested, f"{dotted}.")
            if section:
                tree[item.name] = section
        elif dotted in given:
            tree[item.name] = given[dotted]
    return tree


def dotted_overrides(tree: dict, prefix: str = "") -> list[str]:
    """A nested override dict as `a.b=VALUE` strings (the `--set` form), in order."""
    out = []
    for key, value in tree.items():
        if isinstance(value, dict):
            out += dotted_overrides(value, f"{prefix}{key}.")
        else:
            out.append(f"{prefix}{key}={value}")
    return out
