"""Bad scenario, priors and failure files: errors name the file, the key and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from twentyten.cli import app
from twentyten.errors import InputError
from twentyten.model import load_failure_definitions, load_scenario, load_uncertainties
from twentyten.model.uncertainties import default_uncertainties_path


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(call, *args) -> InputError:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        call(*args)
    return caught.value


def test_unknown_lever_names_file_key_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.yaml",
        "name: mine\nlevers:\n  target_counties_per_year: 20\n  warp_drive: true\n",
    )
    error = error_of(load_scenario, path)
    assert error.source == str(path) and error.line == 4 and error.key == "levers.warp_drive"
    assert "unknown lever" in str(error) and f"{path}:4" in str(error)


def test_out_of_range_lever_value(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "name: mine\nlevers:\n  target_counties_per_year: 500\n")
    error = error_of(load_scenario, path)
    assert error.line == 3 and "out of range" in str(error)


def test_wrong_choice_for_a_switch(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "name: mine\nlevers:\n  russia_ties: maybe\n")
    error = error_of(load_scenario, path)
    assert error.line == 3 and "continue" in str(error)


def test_override_with_low_above_high(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.yaml",
        "name: mine\nuncertainties:\n  diversion_share:\n    low: 0.7\n    high: 0.3\n",
    )
    error = error_of(load_scenario, path)
    assert error.line == 4 and "greater than high" in str(error)
    assert error.key == "uncertainties.diversion_share.low"


def test_override_outside_the_physical_bounds(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.yaml",
        "name: mine\nuncertainties:\n"
        "  russia_received_share: {low: 0.1, central: 0.5, high: 1.5}\n",
    )
    error = error_of(load_scenario, path)
    assert error.line == 3 and "out of range" in str(error) and "high" in str(error)


def test_unknown_uncertainty_in_a_scenario(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "name: mine\nuncertainties:\n\n  unobtainium: {low: 1}\n")
    error = error_of(load_scenario, path)
    assert error.line == 4 and "unknown uncertainty 'unobtainium'" in str(error)


def test_scenario_without_a_name(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "levers:\n  plan_years: 5\n")
    error = error_of(load_scenario, path)
    assert "name" in str(error) and error.line == 1


def test_invalid_yaml_reports_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "name: mine\nlevers:\n  plan_years: [1, 2\n")
    error = error_of(load_scenario, path)
    assert error.line is not None and error.line >= 3 and "invalid YAML" in str(error)


def test_unknown_preset_lists_the_presets() -> None:
    error = error_of(load_scenario, "no_such_scenario")
    assert "baseline" in str(error)


def _priors_text() -> str:
    return default_uncertainties_path().read_text(encoding="utf-8")


def test_priors_file_missing_a_parameter(tmp_path: Path) -> None:
    text = _priors_text()
    start = text.index("  diversion_share:\n")
    end = text.index("  cannibalization_share:\n")
    path = write(tmp_path, "priors.yaml", text[:start] + text[end:])
    error = error_of(load_uncertainties, path)
    assert "missing parameter(s): diversion_share" in str(error)
    assert error.source == str(path) and error.line is not None


def test_priors_file_with_low_above_high(tmp_path: Path) -> None:
    text = _priors_text()
    start = text.index("  opening_buffer_months:\n")
    broken = text[:start] + text[start:].replace("    low: 2\n", "    low: 9\n", 1)
    path = write(tmp_path, "priors.yaml", broken)
    error = error_of(load_uncertainties, path)
    line = broken[: broken.index("    low: 9\n", start)].count("\n") + 1
    assert error.line == line and "greater than high" in str(error)


def test_priors_file_with_a_missing_field(tmp_path: Path) -> None:
    text = _priors_text()
    start = text.index("  opening_buffer_months:\n")
    broken = text[:start] + text[start:].replace(
        "    unit: months of full-output inputs stocked at opening\n", "", 1
    )
    path = write(tmp_path, "priors.yaml", broken)
    error = error_of(load_uncertainties, path)
    assert "missing required key 'unit'" in str(error)
    assert error.line == broken[:start].count("\n") + 1


def test_priors_file_with_an_unknown_parameter(tmp_path: Path) -> None:
    text = _priors_text() + (
        "  moon_phase:\n    low: 0\n    central: 1\n    high: 2\n    unit: x\n"
        "    distribution: uniform\n    sources: []\n    claim: none\n"
    )
    path = write(tmp_path, "priors.yaml", text)
    error = error_of(load_uncertainties, path)
    assert "unknown uncertainty 'moon_phase'" in str(error)
    assert error.line == text[: text.index("  moon_phase:")].count("\n") + 1


def test_failure_file_with_an_unknown_measure(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "failure.yaml",
        "combine: any\ndefinitions:\n  - id: x\n    kind: sustained\n    measure: happiness\n",
    )
    error = error_of(load_failure_definitions, path)
    assert error.line == 5 and "happiness" in str(error)


def test_cli_prints_one_clean_line_for_a_bad_scenario(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.yaml", "name: mine\nlevers:\n  plan_years: 0\n")
    result = CliRunner().invoke(
        app, ["simulate", "--scenario", str(path), "--futures", "10", "--db", str(tmp_path / "db")]
    )
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    assert f"{path}:3" in str(result.exception)


def test_an_analysts_scenario_file_runs(tmp_path: Path) -> None:
    from twentyten.model import run_ensemble

    path = write(
        tmp_path,
        "analyst.yaml",
        "name: analyst\ntitle: Slower plan\nlevers:\n  target_counties_per_year: 10\n"
        "  scope_by_year: {2024: [factories]}\n"
        "uncertainties:\n  power_availability: {low: 0.1, central: 0.2, high: 0.3}\n",
    )
    scenario = load_scenario(path)
    assert scenario.levers.scope_for(2030) == ("factories",)
    assert scenario.uncertainty("power_availability").high == 0.3
    result = run_ensemble(scenario, 200, seed=1)
    assert result.quantiles["mean_operating_rate"][2030]["p95"] <= 0.3 + 0.05 * 8


def test_cli_refuses_a_bad_priors_file_with_its_line(tmp_path: Path) -> None:
    text = _priors_text()
    start = text.index("  soldier_builders:\n")
    broken = text[:start] + text[start:].replace("    low: 25000\n", "    low: 60000\n", 1)
    path = write(tmp_path, "priors.yaml", broken)
    result = CliRunner().invoke(
        app, ["simulate", "--priors", str(path), "--futures", "10", "--db", str(tmp_path / "db")]
    )
    assert result.exit_code != 0 and isinstance(result.exception, InputError)
    line = broken[: broken.index("    low: 60000\n")].count("\n") + 1
    assert f"{path}:{line}" in str(result.exception)
    assert result.exception.key == "uncertainties.soldier_builders.low"
