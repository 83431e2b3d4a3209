"""Hazards: snapshot from the check point, the five-field rule, validation, and photos stored once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from safety_desk.errors import UserError, ValidationError
from safety_desk.services import findings as finding_service
from safety_desk.services import inspections as inspection_service
from safety_desk.services.templates import store_template
from safety_desk.store import Store
from safety_desk.templates.yaml_format import load_yaml_template
from safety_desk.paths import FORMS_DIR
from tests.support.builders import build_visit, png


@pytest.fixture
def visit(store: Store):
    return build_visit(store)


def _point(store: Store, visit, n: int) -> str:
    return inspection_service.get_checklist(store=store, inspection_id=visit.inspection_id)[n].point_id


def test_a_hazard_from_a_point_keeps_a_snapshot_of_it(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id, point_id=_point(store, visit, 4))
    f = finding_service.get_finding(store=store, finding_id=fid)
    assert f.point_text.startswith("⑤对于排查出的隐患是否及时治理")
    assert f.basis == "《安全生产事故隐患排查治理暂行规定》第15条第2款"  # the point's own basis
    assert f.disposal_basis.startswith("《中华人民共和国安全生产法》")
    assert f.requirement == "根据问题表现作出相应具体要求"
    assert f.found_date == date(2019, 8, 6) and f.enterprise_id == visit.enterprise_id
    # a new template version with other words does not touch the recorded hazard
    changed = load_yaml_template(FORMS_DIR / "10_chem_enterprise_catalogue.yaml")
    changed.version = 2
    changed.sections[0].items[0].requirement = "新版要求"
    store_template(store=store, template=changed, origin="test")
    assert finding_service.get_finding(store=store, finding_id=fid).requirement == "根据问题表现作出相应具体要求"


FOUR = dict(description="储罐区未设置可燃气体报警装置", level="重大", responsible_unit="生产部",
            responsible_person="王建国", measures="加装报警装置", funds="12500")


def test_a_major_hazard_with_four_fields_is_refused_and_the_fifth_lets_it_in(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid, **FOUR, deadline="2019-09-30")
    with pytest.raises(ValidationError) as info:
        finding_service.enter_ledger(store=store, finding_id=fid)
    assert "预案" in str(info.value) and "时限" not in str(info.value)
    assert not finding_service.get_finding(store=store, finding_id=fid).ledger_entered
    finding_service.update_finding(store=store, finding_id=fid, contingency_plan="停用并专人监护")
    assert finding_service.enter_ledger(store=store, finding_id=fid).ledger_entered


def test_a_general_hazard_fixed_on_the_spot_needs_no_five_fields(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid, description="消防通道堆放杂物",
                                   rectification_mode="立即整改")
    assert finding_service.enter_ledger(store=store, finding_id=fid).ledger_entered
    fid2 = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid2, description="限期整改的一般隐患")
    with pytest.raises(ValidationError, match="责任"):
        finding_service.enter_ledger(store=store, finding_id=fid2)


def test_a_ledgered_hazard_cannot_lose_a_field(store: Store, visit):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid, **FOUR, deadline="2019-09-30", contingency_plan="有")
    finding_service.enter_ledger(store=store, finding_id=fid)
    with pytest.raises(ValidationError):
        finding_service.update_finding(store=store, finding_id=fid, measures="")
    assert finding_service.get_finding(store=store, finding_id=fid).five.measures == "加装报警装置"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [("funds", "-5", "负数"), ("funds", "十万", "金额"), ("deadline", "2019-08-05", "早于"), ("level", "特大", "等级"),
     ("rectification_mode", "以后再说", "整改方式")],
)
def test_bad_values_are_refused_and_nothing_changes(store: Store, visit, field, value, words):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    finding_service.update_finding(store=store, finding_id=fid, funds="100", deadline="2019-09-01")
    before = finding_service.get_finding(store=store, finding_id=fid)
    with pytest.raises(ValidationError) as info:
        finding_service.update_finding(store=store, finding_id=fid, **{field: value})
    assert field in info.value.problems and words in info.value.problems[field]
    assert finding_service.get_finding(store=store, finding_id=fid) == before


def test_photos_are_stored_once_by_content(store: Store, visit, tmp_path: Path):
    red = png(tmp_path / "a.png", (255, 0, 0))
    same_red = png(tmp_path / "copy-of-a.png", (255, 0, 0))
    blue = png(tmp_path / "b.png", (0, 0, 255))
    f1 = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    f2 = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    ids1 = finding_service.add_photos(store=store, finding_id=f1, paths=[red, blue, same_red])
    ids2 = finding_service.add_photos(store=store, finding_id=f2, paths=[same_red])
    assert ids1[0] == ids1[2] == ids2[0]
    assert store.db["photos"].count == 2
    assert len(finding_service.photo_files(store=store, finding_id=f1)) == 2
    files = [p for p in store.attachments_dir.rglob("*") if p.is_file()]
    assert len(files) == 2 and all(p.suffix == ".png" for p in files)
    assert finding_service.photo_files(store=store, finding_id=f2)[0][1].read_bytes() == red.read_bytes()


def test_a_file_that_is_not_a_photo_adds_nothing(store: Store, visit, tmp_path: Path):
    good = png(tmp_path / "ok.png", (1, 2, 3))
    bad = tmp_path / "报告.png"
    bad.write_text("not an image", encoding="utf-8")
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    with pytest.raises(UserError, match="报告.png"):
        finding_service.add_photos(store=store, finding_id=fid, paths=[good, bad])
    assert finding_service.photo_files(store=store, finding_id=fid) == []
    assert store.db["photos"].count == 0


def test_enforcement_inspection_needs_two_certified_inspectors(store: Store, visit):
    from safety_desk.domain.registers import Inspector
    from safety_desk.services import registers as register_service

    uncertified = register_service.save_inspector(store=store, inspector=Inspector(name="赵无证"))
    common = dict(store=store, campaign_id=visit.campaign_id, phase="执法检查", enterprise_id=visit.enterprise_id,
                  template_ids=[visit.template_id], inspection_date=date(2019, 8, 20))
    with pytest.raises(ValidationError, match="两名以上"):
        inspection_service.start_inspection(**common, inspector_ids=visit.inspector_ids[:1])
    with pytest.raises(ValidationError, match="赵无证"):
        inspection_service.start_inspection(**common, inspector_ids=[visit.inspector_ids[0], uncertified])
    assert inspection_service.start_inspection(**common, inspector_ids=visit.inspector_ids)


def test_a_written_off_hazard_takes_no_more_photos(store: Store, visit, tmp_path: Path):
    fid = finding_service.open_finding(store=store, inspection_id=visit.inspection_id)
    store.db.execute("update findings set status = '已销号' where id = ?", [fid])
    with pytest.raises(UserError, match="销号"):
        finding_service.add_photos(store=store, finding_id=fid, paths=[png(tmp_path / "late.png", (5, 5, 5))])
    assert finding_service.photo_files(store=store, finding_id=fid) == []
