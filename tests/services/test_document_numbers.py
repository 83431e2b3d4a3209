"""Document numbers (文号): one more per unit, kind and year, no gap across restarts or with two writers at once,
a voided number never reused, a number block per computer, and a reprint byte for byte."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from safety_desk.domain.documents import NumberingSettings
from safety_desk.errors import UserError, ValidationError
from safety_desk.services import documents as ds
from safety_desk.store import Store
from tests.services.document_support import STREET, configure, hazard, visit_with_hazards


def _issue(store: Store, inspection_id: str, kind: str = "order", **kw) -> str:
    return ds.issue_document(store=store, inspection_id=inspection_id, kind=kind, actor="张明", **kw).document.number


def test_numbers_count_on_by_one_per_kind_and_year(store: Store):
    visit = visit_with_hazards(store)
    orders = [_issue(store, visit.inspection_id) for _ in range(3)]
    assert orders == ["（天桥）应急责改〔2019〕1号", "（天桥）应急责改〔2019〕2号", "（天桥）应急责改〔2019〕3号"]
    assert _issue(store, visit.inspection_id, "record") == "（天桥）应急检记〔2019〕1号"  # its own series
    assert _issue(store, visit.inspection_id, issued_on=date(2020, 1, 3)) == "（天桥）应急责改〔2020〕1号"
    assert _issue(store, visit.inspection_id) == "（天桥）应急责改〔2019〕4号"


def test_numbers_continue_after_a_restart_without_a_gap(db_path: Path):
    store = Store.open(db_path)
    visit = visit_with_hazards(store)
    first = [_issue(store, visit.inspection_id) for _ in range(2)]
    store.close()
    again = Store.open(db_path)
    assert _issue(again, visit.inspection_id) == "（天桥）应急责改〔2019〕3号"
    assert first[-1] == "（天桥）应急责改〔2019〕2号"
    again.close()


def test_two_writers_at_once_never_take_the_same_number(db_path: Path):
    setup = Store.open(db_path)
    visit = visit_with_hazards(setup)
    setup.close()
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer() -> None:
        store = Store.open(db_path)  # its own connection, as a second window or the command line has
        try:
            start.wait()
            for _ in range(6):
                numbers.append(_issue(store, visit.inspection_id))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            store.close()

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(numbers, key=lambda n: int(n.split("〕")[1][:-1])) == [
        f"（天桥）应急责改〔2019〕{n}号" for n in range(1, 13)]


def test_a_voided_number_keeps_its_place_and_is_never_reused(store: Store):
    visit = visit_with_hazards(store)
    number = _issue(store, visit.inspection_id)
    with pytest.raises(ValidationError, match="作废原因"):
        ds.void_document(store=store, number=number, reason="  ", actor="张明")
    voided = ds.void_document(store=store, number=number, reason="被检查单位名称有误", actor="张明",
                              today=date(2019, 8, 7))
    assert (voided.status, voided.void_reason, voided.voided_on) == ("void", "被检查单位名称有误", date(2019, 8, 7))
    with pytest.raises(UserError, match="已于 2019-08-07 作废"):
        ds.void_document(store=store, number=number, reason="再次", actor="张明")
    assert _issue(store, visit.inspection_id) == "（天桥）应急责改〔2019〕2号"
    assert [d.status for d in ds.list_documents(store=store)] == ["void", "issued"]


def test_a_computer_numbers_within_its_block_and_stops_at_its_end(store: Store):
    visit = visit_with_hazards(store)
    ds.set_numbering_settings(store=store, settings=NumberingSettings(block_start=500, block_end=501))
    assert [_issue(store, visit.inspection_id) for _ in range(2)] == [
        "（天桥）应急责改〔2019〕500号", "（天桥）应急责改〔2019〕501号"]
    with pytest.raises(UserError, match="文号段 500–501 在 2019 年已用完"):
        _issue(store, visit.inspection_id)
    assert len(ds.list_documents(store=store)) == 2


def test_the_pattern_is_a_setting_checked_before_it_is_saved(store: Store):
    visit = visit_with_hazards(store)
    settings = NumberingSettings(pattern="{unit}应急〔{year}〕{code}第{seq}号")
    ds.set_numbering_settings(store=store, settings=settings)
    assert _issue(store, visit.inspection_id) == "天桥应急〔2019〕应急责改第1号"
    for bad, message in (("（{unit}）{code}〔{year}〕号", "{seq}"), ("{unit}{code}{year}-{seq}-{who}", "{who}"),
                         ("（{unit}）〔{year}〕{seq}号", "{code}")):
        with pytest.raises(ValidationError, match=message.replace("{", r"\{").replace("}", r"\}")):
            ds.set_numbering_settings(store=store, settings=NumberingSettings(pattern=bad))
    with pytest.raises(ValidationError, match="文号段"):
        ds.set_numbering_settings(store=store, settings=NumberingSettings(block_start=10, block_end=9))
    assert ds.numbering_settings(store=store) == settings


def test_a_reprint_is_byte_identical_even_after_the_records_changed(store: Store, tmp_path: Path):
    visit = visit_with_hazards(store)
    issued = ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="order", actor="张明",
                               out_path=tmp_path / "issued.pdf")
    store.db.execute("update enterprises set name = '改名后的公司'")
    ds.reprint_document(store=store, number=issued.document.number, out_path=tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "issued.pdf").read_bytes()
    import hashlib
    assert hashlib.sha256((tmp_path / "again.pdf").read_bytes()).hexdigest() == issued.document.sha256
    with pytest.raises(UserError, match="没有文号为"):
        ds.reprint_document(store=store, number="（天桥）应急责改〔2019〕99号", out_path=tmp_path / "x.pdf")


def test_a_unit_issues_only_the_kinds_it_may(store: Store):
    visit = visit_with_hazards(store)
    with pytest.raises(UserError, match="具有行政执法权，不能签发隐患整改通知书"):
        _issue(store, visit.inspection_id, "notice")
    configure(store, STREET)
    with pytest.raises(UserError, match="不具有行政执法权，不能签发责令限期整改指令书"):
        _issue(store, visit.inspection_id, "order")
    assert _issue(store, visit.inspection_id, "notice") == "（泺口）隐患整改〔2019〕1号"


def test_an_order_refuses_a_draft_and_a_hazard_without_a_deadline_naming_it(store: Store):
    visit = visit_with_hazards(store)
    hazard(store, visit.inspection_id, "消防通道堆放杂物", ledger=False)
    with pytest.raises(UserError, match="“消防通道堆放杂物” 还是草稿"):
        _issue(store, visit.inspection_id)
    store.db.execute("delete from findings where description = '消防通道堆放杂物'")
    hazard(store, visit.inspection_id, "安全出口锁闭", deadline=None, mode="立即整改")
    with pytest.raises(UserError, match="“安全出口锁闭” 没有整改时限，不能列入责令限期整改指令书"):
        _issue(store, visit.inspection_id)
    assert ds.list_documents(store=store) == []


def test_nothing_is_taken_without_a_configured_unit(store: Store):
    from tests.support.builders import build_visit

    visit = build_visit(store)
    with pytest.raises(UserError, match="请先设置本机的发文单位"):
        _issue(store, visit.inspection_id, "record")
