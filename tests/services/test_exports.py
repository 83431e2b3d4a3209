"""Export use cases: which hazards a ledger holds, the notice of a known inspection, no half-written files."""

from __future__ import annotations

import errno
import os
import stat

import openpyxl
import pytest

from safety_desk.errors import UserError
from safety_desk.reports import ledger_pdf
from safety_desk.reports.ledger_xlsx import HEADER_ROW
from safety_desk.services.exports import export_ledger, export_notice, resolve_ledger_filter
from safety_desk.store.findings_query import HazardFilter
from tests.reports.ledger_data import build_ledger_db, flat, pdf_pages_text, stream_text


@pytest.fixture
def data(store):
    return build_ledger_db(store)


def test_ledger_holds_entered_hazards_by_default_and_says_so(store, data, tmp_path):
    result = export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / "l.pdf", unit="天桥区安委办")
    assert (result.kind, result.rows, result.cancelled) == ("pdf", 3, False)
    text = stream_text(result.path)
    assert "危化品库房未设置可燃气体报警器" in text and "北坦：配电箱未接地" in text
    assert "草稿：消防通道堆放杂物" not in text
    assert "仅含已登记入台账的隐患" in text and "填报单位：天桥区安委办" in text
    with_drafts = export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / "d.pdf",
                                include_drafts=True)
    assert with_drafts.rows == 4 and "含尚未登记入台账的隐患" in stream_text(with_drafts.path)


def test_five_fields_listing_and_acceptance_of_a_known_hazard(store, data, tmp_path):
    result = export_ledger(store=store, hazard_filter=HazardFilter(street="泺口街道", level="重大"),
                           out_path=tmp_path / "l.pdf")
    assert result.rows == 1
    text = stream_text(result.path)
    for value in ("生产技术部", "王强", "设置报警器并与通风联锁", "12,500.50", "2019-09-06", "危化品泄漏专项应急预案",
                  "区级挂牌督办", "区安委会办公室", "济天安委〔2019〕3号", "李华", "2019-09-05", "合格",
                  "筛选条件：街道：泺口街道；等级：重大"):
        assert value in text, value
    assert "北坦" not in text


def test_xlsx_and_pdf_hold_the_same_rows(store, data, tmp_path):
    f = HazardFilter(street="泺口街道")
    pdf = export_ledger(store=store, hazard_filter=f, out_path=tmp_path / "l.pdf")
    xlsx = export_ledger(store=store, hazard_filter=f, out_path=tmp_path / "l.xlsx")
    assert pdf.rows == xlsx.rows == 2 and xlsx.kind == "xlsx" and xlsx.pages is None
    ws = openpyxl.load_workbook(xlsx.path).active
    descriptions = [ws.cell(r, 4).value.split("\n")[0] for r in range(HEADER_ROW + 1, HEADER_ROW + 3)]
    assert descriptions == ["危化品库房未设置可燃气体报警器", "灭火器压力不足"]
    text = stream_text(pdf.path)
    assert text.index(descriptions[0]) < text.index(descriptions[1])


def test_unknown_extension_and_missing_folder_are_user_errors(store, data, tmp_path):
    with pytest.raises(UserError, match=r"\.pdf / \.xlsx"):
        export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / "l.docx")
    with pytest.raises(UserError, match="不存在"):
        export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / "no" / "l.pdf")


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_cancel_midway_leaves_no_half_file(store, data, tmp_path, suffix, monkeypatch):
    monkeypatch.setattr(ledger_pdf, "PROGRESS_EVERY", 1)
    monkeypatch.setattr("safety_desk.reports.ledger_xlsx.PROGRESS_EVERY", 1)
    target = tmp_path / f"台账{suffix}"
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2  # stop after the second row

    result = export_ledger(store=store, hazard_filter=HazardFilter(), out_path=target, progress=progress)
    assert result.cancelled and seen[-1] == (2, 3)
    assert list(tmp_path.iterdir()) == []  # neither the target nor a temporary file
    target.write_bytes(b"the ledger exported last month")
    export_ledger(store=store, hazard_filter=HazardFilter(), out_path=target, progress=progress)
    assert target.read_bytes() == b"the ledger exported last month"  # an older file is not clobbered either


def test_full_disk_is_a_user_error_naming_the_file(store, data, tmp_path, monkeypatch):
    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ledger_pdf, "write_ledger_pdf", no_space)
    with pytest.raises(UserError, match=r"l\.pdf：磁盘空间不足"):
        export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / "l.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_style_filter_values_are_checked(store, data):
    f = resolve_ledger_filter(store=store, campaign="迎接建国70周年安全生产专项整治行动", street="泺口街道",
                              enterprise="91110108551385082Q", overdue=True)
    assert (f.campaign_id, f.enterprise_id, f.overdue, f.ledger_only) == (data.campaign_id, data.enterprise_a, True,
                                                                          True)
    for bad in (dict(street="无此街道"), dict(campaign="nope"), dict(enterprise="没有这家")):
        with pytest.raises(UserError):
            resolve_ledger_filter(store=store, **bad)


def test_notice_for_a_known_inspection(store, data, tmp_path):
    result = export_notice(store=store, inspection_id=data.inspection_id, out_path=tmp_path / "通知书.pdf",
                           issuing_unit="泺口街道办事处")
    assert result.rows == 3 and result.pages >= 2  # the visit's three hazards (the draft too: handed over on site)
    pages = pdf_pages_text(result.path)
    notice, text = flat(pages[0]), stream_text(result.path)
    assert "安全生产隐患整改通知书" in notice and "济南泺口化工有限公司：" in notice and "泺口街道办事处" in notice
    assert "2019年8月6日" in text and "张明、李华" in text and "专项检查" in text
    for value in ("危化品库房未设置可燃气体报警器", "重大", "2019-09-06", "灭火器压力不足", "2019-09-30"):
        assert value in text, value
    assert "检查人员（签名）" in text and "被检查单位负责人（签名）" in text and "日期：______年____月____日" in text
    record = flat("".join(pages[1:]))
    assert "现场检查记录" in record and "91110108551385082Q" in record and "张明（执法证号37010001）" in record
    assert f"第1页共{result.pages}页" in notice


def test_notice_of_an_unknown_inspection_or_wrong_type(store, data, tmp_path):
    with pytest.raises(UserError):
        export_notice(store=store, inspection_id="nope", out_path=tmp_path / "n.pdf")
    with pytest.raises(UserError, match=r"\.pdf"):
        export_notice(store=store, inspection_id=data.inspection_id, out_path=tmp_path / "n.xlsx")


@pytest.fixture
def umask():
    """Set the process umask for one test and put the old one back."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_exported_files_follow_the_users_umask(store, data, tmp_path, suffix, umask):
    umask(0o022)  # the usual desktop: everyone may read what I write
    ledger = export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / f"l{suffix}").path
    assert stat.S_IMODE(ledger.stat().st_mode) == 0o644
    (tmp_path / "plain.txt").write_text("x")  # what any other program writing here gets
    assert stat.S_IMODE((tmp_path / "plain.txt").stat().st_mode) == stat.S_IMODE(ledger.stat().st_mode)
    umask(0o077)  # a user who keeps everything private still gets private files
    private = export_ledger(store=store, hazard_filter=HazardFilter(), out_path=tmp_path / f"p{suffix}").path
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_stored_photos_follow_the_users_umask(tmp_path, umask):
    from safety_desk.store.attachments import sha256_hex, write_photo

    umask(0o022)
    data = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    target = write_photo(tmp_path / "att", data, sha256_hex(data), ".png")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_the_notice_is_named_after_the_enterprise_and_the_visit(store, data):
    from safety_desk.services.exports import suggested_notice_name

    name = suggested_notice_name(store=store, inspection_id=data.inspection_id)
    assert name.startswith("隐患整改通知书_") and name.endswith(".pdf")
    info = store.db.execute("select e.name, i.inspection_date from inspections i join enterprises e "
                            "on e.id = i.enterprise_id where i.id = ?", [data.inspection_id]).fetchone()
    assert name == f"隐患整改通知书_{info[0]}_{info[1]}.pdf"
    store.db.execute("update enterprises set name = ? where id = (select enterprise_id from inspections where id = ?)",
                     ["泺口/化工:有限公司", data.inspection_id])
    assert "泺口_化工_有限公司" in suggested_notice_name(store=store, inspection_id=data.inspection_id)
