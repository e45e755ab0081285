"""Generate docs/cli.md from the CLI's own help: ``python -m attrib.cli_docs > docs/cli.md``.

A test regenerates it and fails when docs/cli.md is stale.
"""

from __future__ import annotations

import click
import typer.main

from attrib.cli import app


def _param_line(param: click.Parameter) -> str:
    if isinstance(param, click.Argument):
        return f"- `{param.name.upper()}`{'...' if param.nargs == -1 else ''} (argument)"
    names = ", ".join(f"`{o}`" for o in param.opts)
    help_text = " ".join((getattr(param, "help", "") or "").split())
    default = param.default
    shown = "" if default in (None, False, ()) or getattr(param, "is_flag", False) else f" Default: `{default}`."
    return f"- {names}: {help_text}{shown}"


def cli_reference() -> str:
    group = typer.main.get_command(app)
    lines = [
        "# CLI reference",
        "",
        "Generated from the command's own help by `python -m attrib.cli_docs > docs/cli.md`;",
        "`tests/test_docs.py` fails when this file is stale.",
        "",
        "Exit status: `0` success; `1` some inputs could not be read or processed (the rest was",
        "processed and written), or `schema --check` found stale schemas; `2` usage or fatal error;",
        "`128+N` interrupted by signal N (`130` Ctrl-C, `143` SIGTERM): no output file is left half-written.",
        "",
        f"`attrib`: {group.help}",
        "",
    ]
    for name, command in _commands(group, "attrib"):
        summary = " ".join((command.help or "").split())
        lines += [f"## {name}", "", summary, ""]
        for param in command.params:
            if param.name == "help":
                continue
            lines.append(_param_line(param))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _commands(group: click.Group, prefix: str):
    """(full name, command) of every command, sub-groups ("attrib fixture draft") included."""
    ctx = click.Context(group)
    for name in sorted(group.list_commands(ctx)):
        command = group.get_command(ctx, name)
        if hasattr(command, "list_commands"):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}", command


if __name__ == "__main__":
    print(cli_reference(), end="")
