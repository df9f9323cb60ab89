"""Every `medqa` subcommand answers --help, and user errors are one clear line with exit code 2."""

import subprocess
import sys

import pytest

from serving.cli import build_parser, main


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(action.choices)


def test_top_level_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for name in subcommands():
        assert name in out


@pytest.mark.parametrize("command", subcommands())
def test_each_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "usage: medqa " + command in capsys.readouterr().out


def test_console_entry_point_runs_as_module():
    result = subprocess.run([sys.executable, "-m", "serving.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    assert "quickstart" in result.stdout
