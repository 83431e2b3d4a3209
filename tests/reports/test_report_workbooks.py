"""Every xlsx report opens as a document an office can file: figures as numbers, print setup, merged title block,
signature lines; the figures of a hand-built month are the same in the PDF and the xlsx; and, where LibreOffice is
installed, each workbook prints on the pages it should."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from safety_desk.domain.issuing_unit import IssuingUnit
from safety_desk.domain.monthly import DRAFTS_RULE
from safety_desk.reports.ledger_model import LedgerHeader
from safety_desk.reports.ledger_xlsx import HEADER_ROW, write_ledger_xlsx
from safety_desk.reports.xlsx_sheet import put, plan_row_breaks
from safety_desk.services.exports import export_ledger
from safety_desk.services.issuing_unit import set_unit
from safety_desk.services.monthly import export_monthly
from safety_desk.services.summary import export_summary
from safety_desk.services.veto import export_veto_report
from safety_desk.store import Store
from safety_desk.store.findings_query import HazardFilter
from tests.reports.ledger_data import flat, pdf_pages_text, row, stream_text
from tests.services.test_monthly import TODAY, month  # noqa: F401  (the hand-built August 2019 fixture)
from tests.support.xlsx_checks import assert_report_sheet, convert_with_libreoffice, libreoffice

UNIT = "泺口街道办事处"
MONTHLY_HEADER_ROW = 4  # title, two info lines, then the header


@pytest.fixture
def office(store: Store, month):  # noqa: F811
    set_unit(store=store, unit=IssuingUnit(name=UNIT, short_name="泺口"))
    return store


def shown(value, number_format: str) -> str:
    """A cell's value as the PDF prints it."""
    if value is None or isinstance(value, str):
        return value or ""
    if number_format == "0.0%":
        return f"{value * 100:.1f}%"
    if number_format == "#,##0.00":
        return f"{value:,.2f}"
    return str(value)


def test_monthly_workbooks_pass_the_office_checks(office: Store, tmp_path):
    street = export_monthly(store=office, month="2019-08", unit="泺口街道", out_path=tmp_path / "m.xlsx", today=TODAY)
    ws = assert_report_sheet(street.path, header_row=MONTHLY_HEADER_ROW, landscape=False, one_page=True)
    assert ws["A2"].value.startswith(f"填报单位：{UNIT}") and "（街道）" not in ws["A2"].value
    roll = export_monthly(store=office, month="2019-08", out_path=tmp_path / "r.xlsx", rollup=True, today=TODAY)
    ws = assert_report_sheet(roll.path, header_row=MONTHLY_HEADER_ROW, landscape=True)
    district = [r for r in ws.iter_rows(min_row=MONTHLY_HEADER_ROW + 1, values_only=True) if r[0] == "全区合计"][0]
    assert district[2:5] == (1, 2, 2)  # enterprises, inspector turnouts, hazards: numbers
    # Columns as wide as their content: no figure or unit name cut off.
    widths = [ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOP"]
    assert all(w >= 6 for w in widths) and ws.column_dimensions["J"].width >= len("13,500.00") + 1


def test_the_hand_built_month_reads_the_same_in_pdf_and_xlsx(office: Store, tmp_path):
    for rollup, name in ((False, "m"), (True, "r")):
        unit = None if rollup else "泺口街道"
        pdf = export_monthly(store=office, month="2019-08", unit=unit, rollup=rollup, out_path=tmp_path / f"{name}.pdf",
                             today=TODAY)
        xlsx = export_monthly(store=office, month="2019-08", unit=unit, rollup=rollup,
                              out_path=tmp_path / f"{name}.xlsx", today=TODAY)
        text = flat("".join(pdf_pages_text(pdf.path)))
        cells_in_order = stream_text(pdf.path)  # row by row, cell by cell, as drawn
        ws = openpyxl.load_workbook(xlsx.path).active
        body = [r for r in ws.iter_rows(min_row=MONTHLY_HEADER_ROW + 1) if r[1].value is not None]
        assert len(body) >= 3
        for cells in body:
            line = flat("".join(shown(c.value, c.number_format) for c in cells))
            assert line in cells_in_order, f"{line} is not in the PDF"
        for expected in (f"填报单位：{UNIT}", "数据截至：2019-08-31", flat(DRAFTS_RULE), "填报单位（盖章）：" + UNIT):
            assert flat(expected) in text, expected


def test_summary_and_veto_workbooks_pass_the_office_checks(office: Store, tmp_path):
    summary = export_summary(store=office, out_path=tmp_path / "s.xlsx", today=TODAY)
    ws = assert_report_sheet(summary.path, header_row=MONTHLY_HEADER_ROW, landscape=False)
    book = ws.parent
    assert book.sheetnames == ["总体情况", "各街道隐患", "各行业整改率", "重大隐患按周", "逾期挂牌督办"]
    totals = {r[0]: r[1] for r in ws.iter_rows(min_row=MONTHLY_HEADER_ROW + 1, values_only=True) if r[1] is not None}
    # The same figures as the PDF prints, as numbers.
    text = flat("".join(pdf_pages_text(export_summary(store=office, out_path=tmp_path / "s.pdf", today=TODAY).path)))
    assert totals["排查隐患（项）"] == 3 and "排查隐患（项）3" in text
    assert totals["整改资金（元）"] == 13_800 and "13,800.00" in text
    assert totals["整改率"] == pytest.approx(1 / 3) and "33.3%" in text
    weeks = list(book["重大隐患按周"].iter_rows(min_row=MONTHLY_HEADER_ROW + 1, values_only=True))
    assert weeks[0][0].date() == date(2019, 7, 21) and isinstance(weeks[0][1], int)
    veto = export_veto_report(store=office, out_path=tmp_path / "v.xlsx", today=TODAY)
    ws = assert_report_sheet(veto.path, header_row=MONTHLY_HEADER_ROW, landscape=True)
    assert f"填报单位：{UNIT}" in ws["A2"].value and ws.parent.sheetnames == ["一票否决情形", "撤职警示"]


def test_ledger_workbook_passes_the_office_checks(office: Store, tmp_path):
    result = export_ledger(store=office, hazard_filter=HazardFilter(), out_path=tmp_path / "l.xlsx", today=TODAY)
    ws = assert_report_sheet(result.path, header_row=HEADER_ROW, landscape=True)
    assert f"填报单位：{UNIT}" in ws["A2"].value  # the unit setting, when none is typed
    assert "打印日期" in ws.oddFooter.left.text and not ws.oddHeader.right.text  # LibreOffice cut the header
    typed = export_ledger(store=office, hazard_filter=HazardFilter(), out_path=tmp_path / "t.pdf", unit="区应急局",
                          today=TODAY)
    assert "填报单位：区应急局" in flat("".join(pdf_pages_text(typed.path)))  # a typed unit still wins


@pytest.mark.parametrize("text", ["=1+1", "+86 531 1234", "-3", "@SUM(A1)", "=HYPERLINK(\"x\")"])
def test_text_that_looks_like_a_formula_stays_text(text):
    ws = openpyxl.Workbook().active
    cell = put(ws["A1"], text)
    assert cell.data_type == "s" and cell.value == text and cell.quotePrefix


def test_closing_block_never_opens_a_page_alone():
    # Ten rows of 50 pt on 300-pt pages: 5 on page 1 after a 50-pt title, then 5; the closing block of 100 pt
    # would sit alone on page 3, so the last 3 rows go with it.
    breaks = plan_row_breaks([50.0] * 10, first=5, page=300, top=50, repeat=0, closing=100)
    assert breaks == [9, 11]  # page 1: rows 5–9; page 2: rows 10–11; page 3: rows 12–14 and the closing block
    assert plan_row_breaks([50.0] * 3, first=5, page=300, top=50, repeat=0, closing=50) == []


@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice (soffice) is not installed")
def test_workbooks_print_through_libreoffice(office: Store, tmp_path):
    monthly = export_monthly(store=office, month="2019-08", unit="泺口街道", out_path=tmp_path / "m.xlsx",
                             today=TODAY).path
    rollup = export_monthly(store=office, month="2019-08", out_path=tmp_path / "r.xlsx", rollup=True,
                            today=TODAY).path
    summary = export_summary(store=office, out_path=tmp_path / "s.xlsx", today=TODAY).path
    ledger = tmp_path / "l.xlsx"
    rows = [row(f"第{n}号隐患：配电箱未接地", enterprise_name=f"企业{n:03d}") for n in range(1, 61)]
    write_ledger_xlsx(ledger, LedgerHeader(unit=UNIT, campaign="专项行动", printed_on=date(2019, 10, 31)), rows,
                      total=len(rows))
    pdfs = convert_with_libreoffice([monthly, rollup, summary, ledger], tmp_path)
    pages = {p.stem: pdf_pages_text(p) for p in pdfs}
    assert len(pages["m"]) == 1 and len(pages["r"]) == 1
    assert len(pages["s"]) == 5 and "全区总体情况" in pages["s"][0] and "填报单位（盖章）" in pages["s"][0]
    assert "泺口街道安全生产专项整治行动 2019-08 月报" in pages["m"][0] and "填报单位（盖章）" in pages["m"][0]
    assert "全区合计" in pages["r"][0] and "填报单位（盖章）" in pages["r"][0]
    ledger_pages = pages["l"]
    assert 2 <= len(ledger_pages) <= 12
    assert "安全生产隐患排查整治台账" in ledger_pages[0] and f"填报单位：{UNIT}" in flat(ledger_pages[0])
    assert "打印日期：2019-10-31" in ledger_pages[0]
    # The last page holds the last rows with the summary and the signatures, never those alone.
    assert "合计" in ledger_pages[-1] and "企业060" in ledger_pages[-1] and "填报单位（盖章）" in ledger_pages[-1]
    for page in ledger_pages[1:]:
        assert "序号" in page  # the header row repeated
