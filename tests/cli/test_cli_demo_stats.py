"""`safety-desk demo` and `safety-desk stats`: the one-line summary, the JSON contract, exit status 2 for bad values."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safety_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    """main() in-process; argparse's usage errors (SystemExit) count as an exit status like any other."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_stats_json(capsys, db_path: Path):
    code, out, err = run(capsys, "--db", str(db_path), "demo", "--seed", "7", "--enterprises", "10", "--findings", "50")
    assert code == 0, err
    assert out.count("\n") == 1 and "企业 10 家" in out and "隐患 50 条" in out and str(db_path) in out

    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--json")
    assert code == 0
    stats = json.loads(out)
    assert {"enterprises", "inspectors", "inspections", "findings", "by_level", "campaigns", "by_phase", "photos",
            "ledger_entered", "five_fields_complete_major"} <= set(stats)
    assert stats["enterprises"] == 10 and stats["findings"] == 50 and stats["campaigns"] == 1
    assert set(stats["by_level"]) == {"一般", "重大"} and sum(stats["by_level"].values()) == 50
    assert stats["by_level"]["重大"] > 0
    assert set(stats["by_phase"]) == {"自查自纠", "专项检查", "抽查", "全面检查", "回头看", "执法检查"}
    assert all(n > 0 for n in stats["by_phase"].values())
    assert sum(stats["by_phase"].values()) == stats["inspections"]
    assert stats["inspectors"] > 0 and 0 < stats["photos"] < stats["photo_links"]
    assert 0 < stats["ledger_entered"] < 50
    assert stats["five_fields_complete_major"] <= stats["by_level"]["重大"]


def test_the_same_seed_prints_the_same_summary(capsys, tmp_path: Path):
    outs = []
    for name in ("a.db", "b.db"):
        code, out, _ = run(capsys, "--db", str(tmp_path / name), "demo", "--seed", "3", "--enterprises", "4",
                           "--findings", "20")
        assert code == 0
        outs.append(out.split(" → ")[0])
    assert outs[0] == outs[1]


def test_stats_table_is_chinese_text(capsys, db_path: Path):
    run(capsys, "--db", str(db_path), "demo", "--enterprises", "3", "--findings", "10")
    code, out, _ = run(capsys, "--db", str(db_path), "stats")
    assert code == 0
    assert any(line.startswith("企业") and line.split()[-1] == "3" for line in out.splitlines())
    assert any(line.startswith("隐患") and line.split()[-1] == "10" for line in out.splitlines())


def test_a_second_demo_is_refused_without_force(capsys, db_path: Path):
    assert run(capsys, "--db", str(db_path), "demo", "--enterprises", "3", "--findings", "10")[0] == 0
    code, out, err = run(capsys, "--db", str(db_path), "demo", "--enterprises", "3", "--findings", "10")
    assert code == 2 and out == "" and err.count("\n") == 1 and "--force" in err
    code, _, _ = run(capsys, "--db", str(db_path), "demo", "--enterprises", "3", "--findings", "10", "--force")
    assert code == 0
    code, out, _ = run(capsys, "--db", str(db_path), "stats", "--json")
    assert json.loads(out)["enterprises"] == 6


@pytest.mark.parametrize("args", [
    ("--findings", "0"), ("--enterprises", "0"), ("--enterprises", "-3"), ("--enterprises", "100000"),
    ("--findings", "10000000"), ("--findings", "many"), ("--seed", "-1"), ("--seed", "1.5"),
])
def test_bad_values_exit_2_with_one_line(capsys, db_path: Path, args: tuple[str, str]):
    code, out, err = run(capsys, "--db", str(db_path), "demo", *args)
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and err.strip()


def test_stats_json_from_the_installed_entry_point(db_path: Path):
    """A real process: stdout is nothing but UTF-8 JSON, whatever the terminal's encoding."""
    result = subprocess.run(
        [sys.executable, "-m", "safety_desk", "--db", str(db_path), "stats", "--json"],
        cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    stats = json.loads(result.stdout.decode("utf-8"))
    assert stats["by_level"] == {"一般": 0, "重大": 0} and stats["enterprises"] == 0
