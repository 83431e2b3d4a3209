"""`safety-desk lead add|list|close|assign|link|reply`: the contract, the flags, and no complainant in any output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from safety_desk.cli import main
from safety_desk.store import Store
from tests.support.builders import build_visit

CODE = "91110108551385082Q"
CONTACT = "13905310000"


def run(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def visit(db_path: Path):
    store = Store.open(db_path)
    v = build_visit(store, when=date(2026, 9, 29), period=(date(2026, 9, 1), date(2026, 12, 31)))
    store.close()
    return v


def test_a_hotline_complaint_from_registration_to_a_case(capsys, db_path: Path, visit):
    code, out, err = run(capsys, db_path, "lead", "add", "--enterprise", CODE, "--source", "投诉举报",
                         "--received", "2026-09-28", "--summary", "夜间违规动火作业", "--complainant", "王某",
                         "--contact", CONTACT)
    assert code == 0 and err == ""
    lead_id = out.strip()
    assert len(lead_id) == 36
    assert run(capsys, db_path, "lead", "assign", lead_id[-8:], "--department", "区应急管理局", "--handler", "赵强")[0] == 0
    assert run(capsys, db_path, "lead", "link", lead_id, "--inspection", visit.inspection_id)[0] == 0
    _, out, _ = run(capsys, db_path, "lead", "list", "--json", "--today", "2026-10-09")
    [row] = json.loads(out)
    assert row == {"id": lead_id, "source": "投诉举报", "enterprise": "济南泺口化工有限公司", "received": "2026-09-28",
                   "due": "2026-10-23", "status": "办理中", "overdue": False, "dereliction": False}
    assert run(capsys, db_path, "lead", "reply", lead_id, "--on", "2026-10-12", "--method", "电话")[0] == 0
    code, out, err = run(capsys, db_path, "lead", "close", lead_id, "--finding", "属实", "--case", "（天桥）应急立〔2026〕7号",
                         "--on", "2026-10-12")
    assert (code, out.strip(), err) == (0, lead_id, "")
    _, out, _ = run(capsys, db_path, "lead", "list", "--json", "--today", "2026-11-30")
    [row] = json.loads(out)
    assert (row["status"], row["overdue"], row["dereliction"]) == ("已办结", False, False)


def test_a_true_lead_without_a_case_is_flagged_from_its_due_date(capsys, db_path: Path, visit):
    lead_id = run(capsys, db_path, "lead", "add", "--enterprise", "济南泺口化工有限公司", "--source", "转办交办",
                  "--received", "2026-09-28", "--summary", "上级转办：未设置安全警示标志")[1].strip()
    run(capsys, db_path, "lead", "close", lead_id, "--finding", "部分属实", "--no-case-reason", "情节轻微",
        "--on", "2026-10-09")
    flagged = lambda day: json.loads(run(capsys, db_path, "lead", "list", "--json", "--dereliction",  # noqa: E731
                                         "--today", day)[1])
    assert flagged("2026-10-22") == []
    assert [r["id"] for r in flagged("2026-10-23")] == [lead_id]
    _, text, _ = run(capsys, db_path, "lead", "list", "--today", "2026-10-23")
    assert "未处置" in text and lead_id[-8:] in text


def test_no_output_names_the_complainant(capsys, db_path: Path, visit):
    lead_id = run(capsys, db_path, "lead", "add", "--enterprise", CODE, "--source", "投诉举报", "--received",
                  "2026-09-28", "--summary", "堵塞安全出口", "--complainant", "王某", "--contact", CONTACT)[1].strip()
    outputs = [run(capsys, db_path, "lead", "list", "--json"), run(capsys, db_path, "lead", "list"),
               run(capsys, db_path, "lead", "close", lead_id, "--finding", "不属实")]
    for _, out, err in outputs:
        assert CONTACT not in out + err and "王某" not in out + err


@pytest.mark.parametrize("args, words", [
    (("lead", "add", "--enterprise", "不存在的公司", "--source", "投诉举报", "--received", "2026-09-28", "--summary", "x"),
     "--unregistered"),
    (("lead", "close", "00000000", "--finding", "属实"), "不存在"),
    (("lead", "add", "--enterprise", CODE, "--source", "投诉举报", "--received", "2999-01-01", "--summary", "x"),
     "晚于今天"),
])
def test_user_errors_exit_2_with_one_line(capsys, db_path: Path, visit, args, words):
    code, out, err = run(capsys, db_path, *args)
    assert code == 2 and out == "" and err.count("\n") == 1 and words in err


def test_an_unregistered_enterprise_and_bad_choices(capsys, db_path: Path, visit):
    code, out, _ = run(capsys, db_path, "lead", "add", "--enterprise", "无名小作坊", "--unregistered", "--street",
                       "北园街道", "--source", "数据监测", "--received", "2026-09-28", "--summary", "用电负荷异常")
    assert code == 0
    [row] = json.loads(run(capsys, db_path, "lead", "list", "--json")[1])
    assert row["enterprise"] == "无名小作坊" and row["source"] == "数据监测"
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db_path), "lead", "close", out.strip(), "--finding", "属实", "--case", "1",
              "--no-case-reason", "x"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit):
        main(["--db", str(db_path), "lead", "add", "--enterprise", CODE, "--source", "来信", "--received",
              "2026-09-28", "--summary", "x"])
