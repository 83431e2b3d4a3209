"""Working-day tables (forms/workdays/*.yaml and an office's own files) → ``domain.workdays.YearTable``.

    tables = parse_workday_tables(text, file="2027.yaml")

The format follows the State Council notices, one entry per holiday (``from``–``to`` both included)::

    title: 全国法定节假日及调休安排        # optional
    source: 国务院办公厅关于各年部分节假日安排的通知   # optional
    years:
      - year: 2026
        notice: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）
        holidays:
          - {name: 春节, from: 2026-02-15, to: 2026-02-23, workdays: [2026-02-14, 2026-02-28]}

Every error names the file, the line and the field, like template errors.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

from safety_desk.domain.workdays import Holiday, YearTable
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.yaml_format import MAX_YAML_BYTES, YamlNodeReader

_ROOT_KEYS = {"title", "source", "years"}
_YEAR_KEYS = {"year", "notice", "holidays"}
_HOLIDAY_KEYS = {"name", "from", "to", "workdays"}
MIN_YEAR, MAX_YEAR = 2000, 2100
# The longest holiday ever announced is 10 days (2020's Spring Festival after its extension); 31 catches typos.
MAX_HOLIDAY_DAYS = 31


class _WorkdayReader(YamlNodeReader):
    def day(self, node: yaml.Node, field: str) -> date:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, field, "应为日期（YYYY-MM-DD）")
        try:
            return date.fromisoformat(str(node.value).strip())
        except ValueError:
            raise self.fail(node, field, f"应为日期（YYYY-MM-DD），而不是 “{node.value}”") from None

    def near(self, node: yaml.Node, field: str, day: date, year: int) -> date:
        """A notice's days lie in its year or spill a little into the next or previous one (元旦)."""
        if abs(day.year - year) > 1:
            raise self.fail(node, field, f"日期 {day} 不在 {year} 年及其前后一年内")
        return day

    def tables(self, root: yaml.Node) -> list[YearTable]:
        m = self.mapping(root, "calendar", _ROOT_KEYS)
        if "years" not in m:
            raise TemplateError("缺少必填字段", file=self.file, column="years")
        tables: list[YearTable] = []
        seen: dict[int, int] = {}
        for i, node in enumerate(self.sequence(m, "years", "calendar")):
            table = self.year(node, f"years[{i}]")
            if table.year in seen:
                raise self.fail(node, f"years[{i}].year", f"{table.year} 年出现了两次（另见 years[{seen[table.year]}]）")
            seen[table.year] = i
            tables.append(table)
        if not tables:
            raise TemplateError("没有任何年份（years 为空）", file=self.file, column="years")
        return tables

    def year(self, node: yaml.Node, field: str) -> YearTable:
        m = self.mapping(node, field, _YEAR_KEYS)
        text = self.text(m, "year", field, required=True)
        if not text.isdigit() or not MIN_YEAR <= int(text) <= MAX_YEAR:
            raise self.fail(m["year"], f"{field}.year", f"年份应为 {MIN_YEAR}–{MAX_YEAR} 之间的整数，而不是 “{text}”")
        year = int(text)
        holidays = [self.holiday(n, f"{field}.holidays[{i}]", year)
                    for i, n in enumerate(self.sequence(m, "holidays", field))]
        if not holidays:
            raise self.fail(node, f"{field}.holidays", "至少应有一个节日")
        off: dict[date, str] = {}
        for holiday in holidays:
            for day in holiday.days_off():
                if day in off:
                    raise self.fail(node, f"{field}.holidays", f"{day} 同时属于 {off[day]} 和 {holiday.name} 的假期")
                off[day] = holiday.name
        for holiday in holidays:
            for day in holiday.workdays:
                if day in off:
                    raise self.fail(node, f"{field}.holidays", f"{day} 既是 {off[day]} 的假期，又是 {holiday.name} 的调休上班日")
        return YearTable(year=year, notice=self.text(m, "notice", field, required=True), holidays=tuple(holidays),
                         source=self.file)

    def holiday(self, node: yaml.Node, field: str, year: int) -> Holiday:
        m = self.mapping(node, field, _HOLIDAY_KEYS)
        name = self.text(m, "name", field, required=True)
        for key in ("from", "to"):
            if key not in m:
                raise self.fail(node, f"{field}.{key}", "缺少必填字段")
        start, end = self.day(m["from"], f"{field}.from"), self.day(m["to"], f"{field}.to")
        if end < start:
            raise self.fail(m["to"], f"{field}.to", f"结束日 {end} 早于开始日 {start}")
        if (end - start).days + 1 > MAX_HOLIDAY_DAYS:
            raise self.fail(m["to"], f"{field}.to", f"假期长达 {(end - start).days + 1} 天，超过 {MAX_HOLIDAY_DAYS} 天，请检查日期")
        for key, day in (("from", start), ("to", end)):
            self.near(m[key], f"{field}.{key}", day, year)
        workdays = []
        for i, n in enumerate(self.sequence(m, "workdays", field)):
            day = self.near(n, f"{field}.workdays[{i}]", self.day(n, f"{field}.workdays[{i}]"), year)
            if day.weekday() < 5:
                raise self.fail(n, f"{field}.workdays[{i}]", f"调休上班日应为周六或周日，而 {day} 是工作日")
            workdays.append(day)
        return Holiday(name=name, start=start, end=end, workdays=tuple(workdays))


def parse_workday_tables(text: str, *, file: str = "<text>") -> list[YearTable]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise TemplateError(f"YAML 语法错误：{e.problem or e}", file=file,
                            row=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as e:
        raise TemplateError(f"YAML 语法错误：{e}", file=file) from None
    if root is None:
        raise TemplateError("工作日历文件为空", file=file)
    return _WorkdayReader(file).tables(root)


def load_workday_tables(path: str | Path) -> list[YearTable]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise TemplateError("文件过大", file=path)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateError(f"无法读取：{e}", file=path) from None
    return parse_workday_tables(text, file=str(path))
