"""The ledger PDF and xlsx writers: what a reader sees — text, page numbers, header on every page, same rows."""

from __future__ import annotations

import re
from datetime import date

import openpyxl
import pytest
from pypdf import PdfReader

from safety_desk.reports.ledger_model import LEDGER_COLUMNS, ExportCancelled, LedgerHeader, ledger_cells
from safety_desk.reports.ledger_pdf import write_ledger_pdf
from safety_desk.reports.ledger_xlsx import HEADER_ROW, row_texts, write_ledger_xlsx
from safety_desk.reports.text_safety import PLACEHOLDER, pdf_text
from tests.reports.ledger_data import HOSTILE, flat, pdf_pages_text, row, stream_text

HEADER = LedgerHeader(campaign="迎接建国70周年安全生产专项整治行动", unit="泺口街道办事处",
                      period="2019-07-15 至 2019-10-31", filters="街道：泺口街道", scope="仅含已登记入台账的隐患",
                      printed_on=date(2019, 10, 20))


def many_rows(n: int):
    return [row(f"第{i}号隐患：灭火器压力不足", overdue=i % 7 == 0, level="一般" if i % 3 else "重大",
                status="已销号" if i % 4 == 0 else "整改中", funds_fen=10_000 * i) for i in range(1, n + 1)]


def test_pdf_text_page_numbers_and_repeated_header(tmp_path):
    path = tmp_path / "台账.pdf"
    rows = many_rows(120)
    summary, pages = write_ledger_pdf(path, HEADER, rows, total=len(rows))
    texts = pdf_pages_text(path)
    assert pages == len(texts) == len(PdfReader(str(path)).pages) > 3
    first = flat(texts[0])
    assert "安全生产隐患排查整治台账" in first
    for part in ("专项行动：迎接建国70周年安全生产专项整治行动", "填报单位：泺口街道办事处", "时段：2019-07-15至2019-10-31",
                 "筛选条件：街道：泺口街道", "仅含已登记入台账的隐患", "打印日期：2019-10-20"):
        assert part in first
    for n, text in enumerate(texts, start=1):
        assert f"第{n}页共{pages}页" in flat(text)
        for column in LEDGER_COLUMNS:  # the header row on every page
            assert flat(column.title) in flat(text)
    everything = flat("".join(texts))
    assert all(f"第{i}号隐患" in everything for i in range(1, 121))
    assert "合计" in flat(texts[-1])
    stream = stream_text(path)
    closing = stream[stream.index("合计隐患总数"):]  # in drawing order: each label next to its value
    assert "隐患总数：120条" in closing and "按等级：一般80条，重大40条" in closing
    assert "按整改状态：待整改0条，整改中90条，待复查0条，已销号30条" in closing and "逾期未整改：17条" in closing
    assert "整改资金合计：726,000.00元" in closing and "填报单位（盖章）" in closing
    assert summary.total == 120 and summary.overdue == 17 and summary.by_status["已销号"] == 30


def test_font_is_embedded_as_a_subset(tmp_path):
    path = tmp_path / "l.pdf"
    write_ledger_pdf(path, HEADER, [row()], total=1)
    reader = PdfReader(str(path))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"].get_object() for f in fonts.values()
                   if "/FontDescriptor" in f.get_object()]
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    assert all(re.match(r"/[A-Z]{6}\+", str(d["/FontName"])) for d in descriptors)  # "ABCDEF+Font": a subset
    assert path.stat().st_size < 400_000  # the 5 MB font is not embedded whole


def test_five_fields_listing_and_acceptance_of_a_known_hazard(tmp_path):
    path = tmp_path / "l.pdf"
    known = row(listing="区级挂牌督办\n区安委会办公室\n济天安委〔2019〕3号\n2019-08-08 挂牌", acceptance="李华\n2019-09-05\n合格")
    write_ledger_pdf(path, HEADER, [known], total=1)
    text = stream_text(path)
    assert flat("".join(pdf_text(c) for c in ledger_cells(1, known))) in text
    for value in ("设备部", "王强", "更换配电箱并做接地", "12,500.50", "2019-09-06", "配电室停电检修预案", "济天安委〔2019〕3号",
                  "李华", "2019-09-05"):
        assert value in text


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_prints_with_the_rest_of_its_row(tmp_path, name):
    path = tmp_path / f"{name}.pdf"
    hostile = row(HOSTILE[name], measures=HOSTILE[name], enterprise_name="其后企业", contingency_plan="其后预案")
    write_ledger_pdf(path, HEADER, [row("之前的隐患"), hostile, row("之后的隐患")], total=3)
    text = stream_text(path)
    for neighbour in ("之前的隐患", "其后企业", "其后预案", "之后的隐患", "12,500.50", "2019-09-06"):
        assert neighbour in text
    expected = flat(pdf_text(HOSTILE[name]))
    if name == "emoji":
        assert PLACEHOLDER in expected
    if name != "long":
        assert text.count(expected) == 2  # description and measures, each whole and in order
    else:
        # Split over pages, the two cells' parts interleave page by page; not one character is lost.
        for ch in "混漆灯":
            assert text.count(ch) == 2 * expected.count(ch)
        assert text.count("2续其后企业") >= 1


def test_a_row_taller_than_a_page_is_split_readably(tmp_path):
    path = tmp_path / "long.pdf"
    write_ledger_pdf(path, HEADER, [row("前"), row(HOSTILE["long"] * 2), row("后")], total=3)
    texts = [flat(t) for t in pdf_pages_text(path)]
    continued = [t for t in texts if "2续" in t]
    assert continued, "the continuation repeats the serial number marked 续"
    assert all("济南泺口化工有限公司" in t for t in continued)  # and the enterprise


def test_xlsx_matches_the_pdf_rows_and_prints_well(tmp_path):
    rows = many_rows(30) + [row(HOSTILE["formula"]), row(HOSTILE["controls"]), row(HOSTILE["emoji"])]
    xlsx, pdf = tmp_path / "l.xlsx", tmp_path / "l.pdf"
    write_ledger_xlsx(xlsx, HEADER, rows, total=len(rows))
    write_ledger_pdf(pdf, HEADER, rows, total=len(rows))
    ws = openpyxl.load_workbook(xlsx).active
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:N{HEADER_ROW + len(rows)}"
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert [c.value for c in ws[HEADER_ROW]] == [c.title for c in LEDGER_COLUMNS]
    assert all(ws.cell(HEADER_ROW + 1, n).alignment.wrap_text for n in range(1, 15))
    assert ws.column_dimensions["D"].width == LEDGER_COLUMNS[3].xlsx_width == 36
    data = [list(r) for r in ws.iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + len(rows), values_only=True)]
    formula_cell = ws.cell(HEADER_ROW + 31, 4)
    assert formula_cell.data_type == "s" and formula_cell.value.startswith("=HYPERLINK")  # text, not a formula
    pdf_stream = stream_text(pdf)
    position = 0
    for n, (values, source) in enumerate(zip(data, rows), start=1):
        texts = row_texts(values)
        assert texts[0] == str(n) and texts[5] == source.found_date.isoformat()
        # The same row in the PDF, in the same order; the PDF shows □ where its font lacks a glyph.
        pdf_row = flat("".join(pdf_text(c) for c in ledger_cells(n, source)))
        assert flat("".join(texts).replace("😀", "").replace("🔥", "").replace("👨", "").replace("👩", "")
                    .replace("👧", "").replace("\u200d", "").replace("\ufe0f", "")) == \
            pdf_row.replace(PLACEHOLDER, "")
        found = pdf_stream.find(pdf_row, position)
        assert found >= position, f"row {n} missing or out of order in the PDF"
        position = found + len(pdf_row)
    summary_labels = [ws.cell(r, 2).value for r in range(HEADER_ROW + len(rows) + 1, ws.max_row + 1)]
    assert "合计" in summary_labels and "整改资金合计" in summary_labels


def test_cancel_stops_the_writers(tmp_path):
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 200

    for writer, name in ((write_ledger_pdf, "l.pdf"), (write_ledger_xlsx, "l.xlsx")):
        calls.clear()
        with pytest.raises(ExportCancelled):
            writer(tmp_path / name, HEADER, many_rows(1000), total=1000, progress=progress)
        assert calls[-1] == 200
