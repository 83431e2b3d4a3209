"""The working-day calendar this computer uses: the shipped tables plus the office's own files for later years.

    cal = load_calendar(office_dir=office_folder(store=store))   # or calendar_for(store=store)
    warnings: list[str] = []
    due = add_workdays(store=store, day=date(2026, 12, 20), n=20, warnings=warnings)
    # warnings: ["工作日历未收录 2027 年的节假日安排……请把该年的安排写入 …/workdays/"]

Shipped: forms/workdays/*.yaml (replaced on upgrade). The office's: ``workdays/`` beside the database file, any number
of ``*.yaml`` files in the same format; a year written there replaces the shipped one (a correction wins). Two office
files giving the same year is an error naming both, so nobody has to guess which one counts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from safety_desk.domain.workdays import WorkCalendar, WorkdayResult, YearTable, uncovered_warning
from safety_desk.paths import FORMS_DIR
from safety_desk.store.database import Store
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.workdays_format import load_workday_tables

SHIPPED_DIR = FORMS_DIR / "workdays"
OFFICE_FOLDER_NAME = "workdays"

_cache: dict[tuple, WorkCalendar] = {}


def office_folder(*, store: Store | None = None, db_path: str | Path | None = None) -> Path | None:
    """Where the office keeps its own year files: ``workdays/`` beside the database (None for a memory store)."""
    if db_path is not None:
        return Path(db_path).expanduser().parent / OFFICE_FOLDER_NAME
    if store is not None and store.path is not None:
        return Path(store.path).parent / OFFICE_FOLDER_NAME
    return None


def _files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in {".yaml", ".yml"} and p.is_file())


def _read(files: list[Path]) -> list[YearTable]:
    """All tables of a group of files; a year given by two of them is an error naming both."""
    tables: dict[int, YearTable] = {}
    for path in files:
        for table in load_workday_tables(path):
            if table.year in tables:
                raise TemplateError(f"{table.year} 年已在 {tables[table.year].source} 中给出，同一年只能写在一个文件里",
                                    file=path, column="years")
            tables[table.year] = table
    return list(tables.values())


def load_calendar(*, office_dir: str | Path | None = None, shipped_dir: str | Path = SHIPPED_DIR) -> WorkCalendar:
    """The shipped tables overlaid with the office's; cached until one of the files changes."""
    shipped = _files(Path(shipped_dir))
    office = _files(Path(office_dir) if office_dir is not None else None)
    key = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in shipped + office) + (str(office_dir),)
    if key not in _cache:
        tables = _read(shipped) + _read(office)  # later wins in WorkCalendar: the office's year replaces ours
        _cache.clear()
        _cache[key] = WorkCalendar(tables, source="国务院办公厅关于各年部分节假日安排的通知")
    return _cache[key]


def calendar_for(*, store: Store | None = None, db_path: str | Path | None = None) -> WorkCalendar:
    return load_calendar(office_dir=office_folder(store=store, db_path=db_path))


def calendar_warning(years: tuple[int, ...] | list[int], *, office_dir: Path | None) -> str:
    """The domain's warning plus where to put the missing year, or "" when nothing is uncovered."""
    text = uncovered_warning(years)
    if text and office_dir is not None:
        text += f"。如国务院已发布该年安排，请按 forms/workdays/ 中的格式写入 {office_dir}/"
    elif text:
        text += "。如国务院已发布该年安排，请按 forms/workdays/ 中的格式补充"
    return text


def _report(result: WorkdayResult, warnings: list[str] | None, office_dir: Path | None) -> None:
    if warnings is not None and result.uncovered:
        text = calendar_warning(result.uncovered, office_dir=office_dir)
        if text not in warnings:
            warnings.append(text)


def add_workdays(*, day: date, n: int, store: Store | None = None, db_path: str | Path | None = None,
                 warnings: list[str] | None = None) -> date:
    """The n-th working day after ``day`` by this computer's calendar (see ``domain.workdays``)."""
    folder = office_folder(store=store, db_path=db_path)
    result = load_calendar(office_dir=folder).add(day, n)
    _report(result, warnings, folder)
    return result.value  # type: ignore[return-value]


def workdays_between(*, a: date, b: date, store: Store | None = None, db_path: str | Path | None = None,
                     warnings: list[str] | None = None) -> int:
    """Working days after ``a`` up to and including ``b`` by this computer's calendar."""
    folder = office_folder(store=store, db_path=db_path)
    result = load_calendar(office_dir=folder).between(a, b)
    _report(result, warnings, folder)
    return result.value  # type: ignore[return-value]


def covered(*, year: int, store: Store | None = None, db_path: str | Path | None = None) -> bool:
    return calendar_for(store=store, db_path=db_path).covered(year)
