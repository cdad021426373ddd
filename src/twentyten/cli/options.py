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
    table = Table(title="South Korea's options across scenarios (weighted score, 0-10)")
    table.add_column("rank", justify="right")
    table.add_column("option", min_width=24)
    for scenario in assessment.scenarios:
        table.add_column(scenario.replace("_", " "), justify="right")
    table.add_column("max regret", justify="right")
    table.add_column("worst in", overflow="fold")
    table.add_column("satisficing", justify="right")
    for result in assessment.results:
        best = {s for s in assessment.scenarios if result.regret[s] == 0}
        table.add_row(
            str(result.rank),
            result.label,
            *(
                f"[bold]{result.weighted[s]:.2f}[/]" if s in best else f"{result.weighted[s]:.2f}"
                for s in assessment.scenarios
            ),
            f"{result.max_regret:.2f}",
            result.worst_scenario.replace("_", " "),
            f"{result.satisficing_share:.0%}",
        )
    console.print(table)
    judgement = assessment.matrix.judgement
    console.print(
        f"Bold = best option in that scenario. Scores are analyst judgement "
        f"({judgement.get('by')}), not facts: {assessment.matrix.source}"
    )


def register(app: typer.Typer) -> None:
    app.command("options")(options_command)
