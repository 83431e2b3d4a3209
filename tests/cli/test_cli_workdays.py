"""`safety-desk workdays add|between`: prints the date or the count; uncovered years warn on stderr; bad input exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety_desk.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_skips_the_national_day_holiday_and_counts_the_saturday_worked(capsys, db_path: Path):
    code, out, err = run(capsys, "--db", str(db_path), "workdays", "add", "2026-09-30", "2")
    assert (code, out, err) == (0, "2026-10-09\n", "")
    code, out, _ = run(capsys, "--db", str(db_path), "workdays", "add", "2026-10-09", "1")
    assert out == "2026-10-10\n"  # Saturday 10 October 2026 is worked (调休)


def test_between_counts_after_a_up_to_and_including_b(capsys, db_path: Path):
    code, out, err = run(capsys, "--db", str(db_path), "workdays", "between", "2026-09-30", "2026-10-10")
    assert (code, out, err) == (0, "3\n", "")
    assert run(capsys, "--db", str(db_path), "workdays", "between", "2026-10-10", "2026-09-30")[1] == "-3\n"


def test_an_uncovered_year_prints_the_result_and_a_warning_line(capsys, db_path: Path):
    code, out, err = run(capsys, "--db", str(db_path), "workdays", "add", "2027-01-29", "1")
    assert (code, out) == (0, "2027-02-01\n")
    assert err.count("\n") == 1 and "警告" in err and "2027" in err and str(db_path.parent / "workdays") in err


def test_an_office_file_beside_the_database_covers_the_year(capsys, db_path: Path):
    folder = db_path.parent / "workdays"
    folder.mkdir(parents=True)
    (folder / "2027.yaml").write_text(
        "years:\n  - year: 2027\n    notice: 示例\n    holidays:\n      - {name: 元旦, from: 2027-01-01, to: 2027-01-03}\n",
        encoding="utf-8")
    assert run(capsys, "--db", str(db_path), "workdays", "add", "2026-12-31", "1") == (0, "2027-01-04\n", "")
    (folder / "2027.yaml").write_text("years:\n  - year: 2027\n    holidays: oops\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db_path), "workdays", "add", "2026-12-31", "1")
    assert code == 2 and out == "" and err.count("\n") == 1 and "2027.yaml" in err and "第 3 行" in err


@pytest.mark.parametrize("args", [
    ("add", "2026-02-30", "1"),
    ("add", "2026-02-01", "-1"),
    ("add", "2026-02-01", "x"),
    ("between", "2026/01/01", "2026-02-01"),
    ("add", "2026-02-01"),
])
def test_bad_input_exits_2_with_one_line(capsys, db_path: Path, args):
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db_path), "workdays", *args])
    _, err = capsys.readouterr()
    assert caught.value.code == 2 and err.strip().count("\n") <= 1 and "错误" in err
