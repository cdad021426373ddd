"""``twentyten options``: South Korea's options across the scenarios, brief-ready."""

from __future__ import annotations

import csv
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from twentyten.cli.common import console, print_json
from twentyten.options import OptionsAssessment, assess, load_matrix


class OptionsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def markdown_table(assessment: OptionsAssessment) -> str:
    """The options table as GitHub/Pandoc markdown, for the issue brief."""
    scenarios = assessment.scenarios
    header = ["Rank", "Option", *scenarios, "Max regret (worst scenario)", "Satisficing"]
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---:", ":---", *["---:"] * len(scenarios), ":---", "---:"]) + "|",
    ]
    for result in assessment.results:
        cells = [
            str(result.rank),
            result.label,
            *(f"{result.weighted[s]:.2f}" for s in scenarios),
            f"{result.max_regret:.2f} ({result.worst_scenario})",
            f"{result.satisficing_share:.0%}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    judgement = assessment.matrix.judgement
    lines.append("")
    lines.append(
        f"Weighted scores on a {assessment.matrix.scale[0]:g}-{assessment.matrix.scale[1]:g} "
        "scale; regret = gap to the best option in that scenario; satisficing = share of "
        "scenarios where every criterion meets its threshold. Scores are analyst judgement "
        f"({judgement.get('by')}, {judgement.get('date', 'undated')}), not facts."
    )
    return "\n".join(lines) + "\n"


# Terminal width from which the table also shows each option's worst scenario.
WIDE_TERMINAL = 110


def options_command(
    file: Annotated[
        str | None, typer.Option("--file", help="Options YAML (default: the shipped starter set).")
    ] = None,
    output: Annotated[
        OptionsFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
    ] = OptionsFormat.table,
) -> None:
    """Rank South Korea's options by minimax regret across the model's scenarios."""
    assessment = assess(load_matrix(file))
    if output is OptionsFormat.json:
        print_json(assessment.as_dict())
        return
    if output is OptionsFormat.csv:
        rows = assessment.table_rows()
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return
    if output is OptionsFormat.markdown:
        sys.stdout.write(markdown_table(assessment))
        return
    # The table must fit an 80-column terminal with its verdict columns (max regret,
    # satisficing) intact: no outer edge, a wrapping option column, and the "worst in"
    # column only where there is room for it (JSON, CSV and markdown always carry it).
    with_worst = console.width >= WIDE_TERMINAL
    table = Table(
        title="South Korea's options across scenarios (weighted score, 0-10)", show_edge=False
    )
    table.add_column("#", justify="right")
    table.add_column("option", min_width=10)
    headers = _scenario_headers(assessment.scenarios, short=not with_worst)
    for header in headers.values():
        table.add_column(header, justify="right")
    table.add_column("max regret", justify="right")
    if with_worst:
        table.add_column("worst in", overflow="fold")
    table.add_column("satisficing" if with_worst else "satis.", justify="right")
    for result in assessment.results:
        best = {s for s in assessment.scenarios if result.regret[s] == 0}
        worst = [result.worst_scenario.replace("_", " ")] if with_worst else []
        table.add_row(
            str(result.rank),
            result.label,
            *(
                f"[bold]{result.weighted[s]:.2f}[/]" if s in best else f"{result.weighted[s]:.2f}"
                for s in assessment.scenarios
            ),
            f"{result.max_regret:.2f}",
            *worst,
            f"{result.satisficing_share:.0%}",
        )
    console.print(table)
    judgement = assessment.matrix.judgement
    console.print(
        (
            ""
            if with_worst
            else "Scenarios: "
            + ", ".join(f"{short} = {name}" for name, short in headers.items())
            + ". Worst-regret scenarios: --format markdown or a wider terminal. "
        )
        + f"Bold = best option in that scenario. Scores are analyst judgement "
        f"({judgement.get('by')}), not facts: {assessment.matrix.source}"
    )


def _scenario_headers(scenarios: list[str], *, short: bool) -> dict[str, str]:
    """Column headers: the scenario names, or their first word (six letters) when narrow."""
    full = {name: name.replace("_", " ") for name in scenarios}
    if not short:
        return full
    abbreviated = {name: name.split("_")[0][:6] for name in scenarios}
    return abbreviated if len(set(abbreviated.values())) == len(scenarios) else full


def register(app: typer.Typer) -> None:
    app.command("options")(options_command)
