"""The ``twentyten`` command: a thin layer over the Python API.

Each module in this package that defines ``register(app)`` adds its commands; the modules
are discovered, so a new area of the pipeline adds a file here and touches nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import typer
from rich.markup import escape

from twentyten.cli.common import console_err
from twentyten.errors import TwentytenError

app = typer.Typer(
    name="twentyten",
    help="Track, assess and forecast North Korea's Regional Development 20x10 Policy.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


# Help lists commands as the pipeline reads; modules not named here follow alphabetically.
PIPELINE_ORDER = (
    "run",
    "register",
    "ingest",
    "extract",
    "gazetteer",
    "indicators",
    "export",
    "model",
    "analysis",
    "forecast",
    "options",
)


def _pipeline_position(name: str) -> tuple[int, str]:
    position = PIPELINE_ORDER.index(name) if name in PIPELINE_ORDER else len(PIPELINE_ORDER)
    return position, name


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: _pipeline_position(m.name)):
        if info.name.startswith("_") or info.name == "common":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    if version:
        from twentyten import __version__

        typer.echo(__version__)
        raise typer.Exit()


def main() -> None:
    try:
        app()
    except TwentytenError as error:
        message = f"[bold red]error:[/] {escape(str(error))}"
        console_err.print(message, highlight=False, soft_wrap=True)
        sys.exit(1)
