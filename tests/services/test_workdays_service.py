"""The calendar this computer uses: shipped tables plus the office's own files beside the database."""

from __future__ import annotations

from datetime import date

import pytest

from safety_desk.services.workdays import add_workdays, covered, load_calendar, office_folder, workdays_between
from safety_desk.templates.errors import TemplateError

YEAR_2027 = """years:
  - year: 2027
    notice: 国务院办公厅关于2027年部分节假日安排的通知（示例）
    holidays:
      - {name: 元旦, from: 2027-01-01, to: 2027-01-03}
"""


def test_without_office_files_2027_is_uncovered_and_the_warning_says_where_to_add_it(db_path):
    warnings: list[str] = []
    due = add_workdays(day=date(2026, 12, 30), n=1, db_path=db_path, warnings=warnings)
    assert due == date(2026, 12, 31)
    assert add_workdays(day=date(2026, 12, 31), n=1, db_path=db_path, warnings=warnings) == date(2027, 1, 1)
    assert len(warnings) == 1 and "2027" in warnings[0] and str(office_folder(db_path=db_path)) in warnings[0]
    assert not covered(year=2027, db_path=db_path) and covered(year=2019, db_path=db_path)


def test_an_office_file_extends_the_calendar(db_path):
    folder = office_folder(db_path=db_path)
    folder.mkdir(parents=True)
    (folder / "2027.yaml").write_text(YEAR_2027, encoding="utf-8")
    warnings: list[str] = []
    assert add_workdays(day=date(2026, 12, 31), n=1, db_path=db_path, warnings=warnings) == date(2027, 1, 4)
    assert warnings == []
    assert covered(year=2027, db_path=db_path)
    assert workdays_between(a=date(2026, 12, 31), b=date(2027, 1, 4), db_path=db_path) == 1


def test_an_office_year_replaces_the_shipped_one(tmp_path):
    (tmp_path / "fix.yaml").write_text(YEAR_2027.replace("2027", "2026"), encoding="utf-8")
    cal = load_calendar(office_dir=tmp_path)
    assert cal.is_workday(date(2026, 2, 16))  # the correction has no Spring Festival
    assert cal.table(2026).source.endswith("fix.yaml")


def test_two_office_files_with_the_same_year_name_both(tmp_path):
    (tmp_path / "a.yaml").write_text(YEAR_2027, encoding="utf-8")
    (tmp_path / "b.yml").write_text(YEAR_2027, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_calendar(office_dir=tmp_path)
    assert "a.yaml" in str(caught.value) and "b.yml" in str(caught.value)


def test_a_broken_office_file_is_named_with_its_line(tmp_path):
    (tmp_path / "2027.yaml").write_text(YEAR_2027.replace("2027-01-03", "2027-01-32"), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_calendar(office_dir=tmp_path)
    assert caught.value.row == 5 and "2027.yaml" in str(caught.value)


def test_a_memory_store_uses_the_shipped_tables(store):
    assert office_folder(store=store) is None
    assert add_workdays(day=date(2019, 9, 30), n=1, store=store) == date(2019, 10, 8)
