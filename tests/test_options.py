"""Options robustness: regret and satisficing worked by hand, and bad files with lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from twentyten.cli import app
from twentyten.errors import InputError
from twentyten.options import assess, load_matrix

SCENARIOS = ["baseline", "reform_opening"]

# Two options, two scenarios, two criteria (a: weight 3, threshold 5; b: weight 1,
# threshold 2). Weighted score = (3a + b) / 4:
#   x: baseline (3·8 + 0)/4 = 6.0   reform (3·4 + 8)/4 = 5.0
#   y: baseline (3·6 + 4)/4 = 5.5   reform (3·6 + 6)/4 = 6.0
# Regret: baseline best is x (6.0) → x 0, y 0.5; reform best is y (6.0) → x 1.0, y 0.
# Max regret: x 1.0 (reform_opening), y 0.5 (baseline) → y ranks first.
# Satisficing: x fails b in baseline (0 < 2) and a in reform (4 < 5) → 0 %; y meets all → 100 %.
TINY = """\
judgement: {by: test analyst, date: 2026-01-01}
scale: {min: 0, max: 10}
scenarios:
  baseline:
  reform_opening:
criteria:
  a: {label: Criterion A, weight: 3, threshold: 5}
  b: {label: Criterion B, weight: 1, threshold: 2}
options:
  x: {label: Option X}
  y: {label: Option Y}
scores:
  x:
    baseline:
      a: {score: 8, why: strong on a}
      b: {score: 0, why: nothing on b}
    reform_opening:
      a: {score: 4, why: weaker}
      b: {score: 8, why: good}
  y:
    baseline:
      a: {score: 6, why: fair}
      b: {score: 4, why: fair}
    reform_opening:
      a: {score: 6, why: fair}
      b: {score: 6, why: fair}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "options.yaml"
    path.write_text(text)
    return path


def test_regret_and_satisficing_by_hand(tmp_path: Path) -> None:
    result = assess(load_matrix(write(tmp_path, TINY), known_scenarios=SCENARIOS))
    by_option = {r.option: r for r in result.results}
    x, y = by_option["x"], by_option["y"]
    assert x.weighted == pytest.approx({"baseline": 6.0, "reform_opening": 5.0})
    assert y.weighted == pytest.approx({"baseline": 5.5, "reform_opening": 6.0})
    assert x.regret == pytest.approx({"baseline": 0.0, "reform_opening": 1.0})
    assert y.regret == pytest.approx({"baseline": 0.5, "reform_opening": 0.0})
    assert (x.max_regret, x.worst_scenario) == (pytest.approx(1.0), "reform_opening")
    assert (y.max_regret, y.worst_scenario) == (pytest.approx(0.5), "baseline")
    assert [r.option for r in result.results] == ["y", "x"]
    assert [r.rank for r in result.results] == [1, 2]
    assert x.satisficing_share == 0.0 and y.satisficing_share == 1.0
    assert x.failed_thresholds == {"baseline": ["b"], "reform_opening": ["a"]}
    assert x.mean_score == pytest.approx(5.5) and y.mean_score == pytest.approx(5.75)


def test_scenario_weights_change_expectations_not_minimax(tmp_path: Path) -> None:
    weighted = TINY.replace("  baseline:\n  reform", "  baseline: {weight: 3}\n  reform").replace(
        "  reform_opening:\ncriteria", "  reform_opening: {weight: 1}\ncriteria"
    )
    result = assess(load_matrix(write(tmp_path, weighted), known_scenarios=SCENARIOS))
    by_option = {r.option: r for r in result.results}
    # p = 0.75 / 0.25: expected regret x = 0.25·1.0, y = 0.75·0.5; means 5.75 and 5.625
    assert by_option["x"].expected_regret == pytest.approx(0.25)
    assert by_option["y"].expected_regret == pytest.approx(0.375)
    assert by_option["x"].mean_score == pytest.approx(5.75)
    assert by_option["y"].mean_score == pytest.approx(5.625)
    assert [r.option for r in result.results] == ["y", "x"]  # still ranked by max regret


@pytest.mark.parametrize(
    ("old", "new", "line", "key", "message"),
    [
        ("    reform_opening:\n      a: {score: 4", "    tightened:\n      a: {score: 4", 17,
         "scores.x.tightened", "unknown scenario 'tightened'"),
        ("      b: {score: 0, why: nothing on b}", "      c: {score: 0, why: nothing on b}", 16,
         "scores.x.baseline.c", "unknown criterion 'c'"),
        ("      b: {score: 0, why: nothing on b}\n", "", 14, "scores.x.baseline.b",
         "missing score for option 'x', scenario 'baseline', criterion 'b'"),
        ("weight: 3,", "weight: heavy,", 7, "criteria.a.weight", "expected a number"),
        ("a: {score: 8,", "a: {score: 11,", 15, "scores.x.baseline.a.score",
         "outside the scale 0-10"),
        ("a: {score: 6, why: fair}\n      b: {score: 4", "a: {score: 6}\n      b: {score: 4", 22,
         "scores.y.baseline.a", "needs its rationale"),
        ("  y:\n    baseline:", "  z:\n    baseline:", 20, "scores.z", "unknown option 'z'"),
        ("  baseline:\n  reform", "  baseline:\n  utopia:\n  reform", 5, "scenarios.utopia",
         "unknown scenario 'utopia' (the model's scenarios"),
        ("threshold: 2}", "threshold: 12}", 8, "criteria.b.threshold", "outside the scale"),
    ],
)  # fmt: skip
def test_bad_files_name_file_line_and_key(
    tmp_path: Path, old: str, new: str, line: int, key: str, message: str
) -> None:
    assert old in TINY
    path = write(tmp_path, TINY.replace(old, new, 1))
    with pytest.raises(InputError) as caught:
        load_matrix(path, known_scenarios=SCENARIOS)
    error = caught.value
    assert message in error.reason
    assert (error.line, error.key) == (line, key)
    assert str(path) in str(error)


def test_shipped_matrix_matches_the_model_scenarios() -> None:
    from twentyten.model import list_scenarios

    matrix = load_matrix()  # validated against the model's presets
    assert sorted(matrix.scenarios) == sorted(list_scenarios())
    assert len(matrix.options) == 5
    assert len(matrix.rationale) == matrix.scores.size  # a reason for every score
    result = assess(matrix)
    assert sorted(r.rank for r in result.results) == [1, 2, 3, 4, 5]
    # at least one option is the best somewhere, so its regret there is zero
    assert all(min(r.regret[s] for r in result.results) == 0 for s in matrix.scenarios)


def test_cli_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    path = write(tmp_path, TINY)
    as_json = runner.invoke(app, ["options", "--file", str(path), "-f", "json"])
    # the tiny file uses real model scenario names, so it validates against the model too
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    assert [o["option"] for o in data["options"]] == ["y", "x"]
    as_md = runner.invoke(app, ["options", "--file", str(path), "-f", "markdown"])
    assert "| 1 | Option Y |" in as_md.output and "not facts" in as_md.output
    as_csv = runner.invoke(app, ["options", "--file", str(path), "-f", "csv"])
    assert as_csv.output.splitlines()[0].startswith("rank,option,label,baseline,reform_opening")


def test_shipped_table_keeps_its_verdict_columns_at_80_columns() -> None:
    from twentyten.cli.common import console

    assert console.width == 80  # CliRunner: not a terminal, Rich's default width
    result = CliRunner().invoke(app, ["options"])
    assert result.exit_code == 0, result.output
    data = json.loads(CliRunner().invoke(app, ["options", "-f", "json"]).output)
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = " ".join(lines[:4])
    assert "regret" in header and "satis." in header
    # Every option's satisficing share is printed (it was cut off the right edge before).
    for option in data["options"]:
        share = f"{option['satisficing_share']:.0%}"
        assert any(line.rstrip().endswith(share) for line in lines), share
    assert "baseline" in result.output  # the legend names the abbreviated scenarios
