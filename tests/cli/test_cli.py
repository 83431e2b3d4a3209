"""The command line contract: template import/list, --json keys, exit status 2 with one line for user errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safety_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_template_list_json(capsys, db_path: Path):
    code, out, _ = run(capsys, "--db", str(db_path), "template", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    chem = next(r for r in rows if r["id"] == "chem-enterprise-hazard-catalogue")
    assert chem["title"] == "化工企业安全生产风险隐患排查整治指导目录"
    assert (chem["version"], chem["sections"], chem["items"], chem["points"]) == (1, 2, 1, 5)
    for row in rows:
        assert {"id", "version", "title", "sections", "items", "points"} <= set(row)


def test_template_import_prints_id_version_and_counts(capsys, db_path: Path, tmp_path: Path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "id: mine\nversion: 3\ntitle: 我的检查表\nsections:\n  - title: 一\n    items:\n"
        "      - {title: 甲, points: [①甲一, ②甲二]}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--db", str(db_path), "template", "import", str(f))
    assert code == 0
    assert "id=mine" in out and "version=3" in out and "items=1" in out and "points=2" in out
    code, out, _ = run(capsys, "--db", str(db_path), "template", "list", "--json")
    assert any(r["id"] == "mine" and r["version"] == 3 for r in json.loads(out))


def test_env_var_chooses_the_database(capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("SAFETY_DESK_DB", str(target))
    code, _, _ = run(capsys, "template", "list")
    assert code == 0 and target.exists()


def test_user_errors_exit_2_with_one_line(capsys, db_path: Path, tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: 1\ntitle: t\nsections: [\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db_path), "template", "import", str(bad))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "bad.yaml" in err and "Traceback" not in err


def test_usage_errors_exit_2(capsys, db_path: Path):
    with pytest.raises(SystemExit) as info:
        main(["--db", str(db_path), "template", "frobnicate"])
    assert info.value.code == 2


def test_python_dash_m_runs_the_same_cli(tmp_path: Path):
    not_xlsx = tmp_path / "fake.xlsx"
    not_xlsx.write_text("plain text, not a workbook", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "safety_desk", "--db", str(tmp_path / "m.db"), "template", "import", str(not_xlsx)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "fake.xlsx" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
