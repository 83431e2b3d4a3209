"""The 双随机 command-line contract: plan import/list, draw run --json, draw verify exit codes, exports."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from safety_desk.cli import main
from safety_desk.services import inspections as inspection_service
from safety_desk.services import sampling_tasks
from safety_desk.store import Store
from tests.support.sampling import PLAN_FILE, build_sampling

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def world_db(db_path: Path):
    store = Store.open(db_path)
    world = build_sampling(store, enterprises=60)
    store.close()
    return db_path, world


def test_plan_import_prints_the_id_and_list_counts(capsys, world_db, tmp_path):
    db, world = world_db
    code, out, _ = run(capsys, "--db", str(db), "plan", "import", str(PLAN_FILE))
    assert code == 0
    new_id = out.strip()
    code, out, _ = run(capsys, "--db", str(db), "plan", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert set(rows) == {world.plan_id, new_id}
    assert {k: rows[new_id][k] for k in ("items", "draws")} == {"items": 7, "draws": 0}
    assert rows[new_id]["name"] == "2019年第四季度安全生产部门联合“双随机”抽查计划"
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nstart: 2019-13-01\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "plan", "import", str(bad))
    assert code == 2 and "bad.yaml" in err and "第 2 行" in err and err.count("\n") == 1


def test_draw_run_json_and_verify(capsys, world_db):
    db, world = world_db
    code, out, _ = run(capsys, "--db", str(db), "draw", "run", "--plan", world.plan_id, "--seed", "42", "--json",
                       "--by", "王明", "--witness", "李华")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"draw_id", "seed", "registers_sha256", "plan_sha256", "tasks"}
    assert data["seed"] == 42 and len(data["registers_sha256"]) == 64 and len(data["plan_sha256"]) == 64
    assert data["tasks"]
    for t in data["tasks"]:
        assert set(t) == {"enterprise_id", "enterprise", "credit_code", "items", "inspectors"}
        assert len(t["inspectors"]) >= 2 and t["items"] and all(isinstance(n, str) for n in t["inspectors"])
    code, out, _ = run(capsys, "--db", str(db), "draw", "verify", data["draw_id"])
    assert code == 0 and "完全一致" in out
    # someone edits the saved list behind the program's back: verify says so with exit status 1
    conn = sqlite3.connect(db)
    result = json.loads(conn.execute("select result_json from draws").fetchone()[0])
    result[0][2] = result[1][2]
    conn.execute("update draws set result_json = ?", [json.dumps(result)])
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "--db", str(db), "draw", "verify", data["draw_id"])
    assert code == 1 and "名单不一致" in out
    code, _, err = run(capsys, "--db", str(db), "draw", "verify", "no-such-draw")
    assert code == 2 and "摇号记录不存在" in err


def test_same_seed_same_registers_identical_across_processes(world_db, tmp_path):
    db, world = world_db
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(db)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    outs = []
    for target in (db, copy):
        proc = subprocess.run([sys.executable, "-m", "safety_desk", "--db", str(target), "draw", "run", "--plan",
                               world.plan_id, "--seed", "2019", "--json"], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        data = json.loads(proc.stdout)
        outs.append((data["registers_sha256"], data["plan_sha256"], data["tasks"]))
    assert outs[0] == outs[1]


def test_draw_errors_exit_2_with_one_line(capsys, world_db):
    db, world = world_db
    code, _, err = run(capsys, "--db", str(db), "draw", "run", "--plan", "nope")
    assert code == 2 and "抽查计划不存在" in err
    run(capsys, "--db", str(db), "draw", "run", "--plan", world.plan_id, "--seed", "1")
    code, _, err = run(capsys, "--db", str(db), "draw", "run", "--plan", world.plan_id, "--seed", "2")
    assert code == 2 and "已经抽取" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db), "draw", "run", "--plan", world.plan_id, "--seed", "-3"])
    assert exc.value.code == 2 and "种子应在" in capsys.readouterr().err


def test_exports_draw_record_and_publicity(capsys, world_db, tmp_path):
    db, world = world_db
    code, out, _ = run(capsys, "--db", str(db), "draw", "run", "--plan", world.plan_id, "--seed", "8", "--json",
                       "--by", "王明", "--witness", "李华", "--witness", "赵强")
    data = json.loads(out)
    store = Store.open(db)
    tasks = sampling_tasks.list_tasks(store=store, plan_id=world.plan_id).rows
    entered = {}
    for n, task in enumerate(tasks[:3]):
        sampling_tasks.set_visit_date(store=store, task_id=task.id, day=date(2019, 10, 10 + n))
        inspection_service.set_completed(store=store, inspection_id=task.inspection_id)
        result = ("未发现问题", "发现问题已责令改正", "发现问题待后续处理")[n]
        sampling_tasks.record_result(store=store, task_id=task.id, result=result, result_on=date(2019, 10, 20))
        entered[task.credit_code] = (task.enterprise, date(2019, 10, 10 + n), result)
    store.close()

    pdf = tmp_path / "摇号记录.pdf"
    code, out, _ = run(capsys, "--db", str(db), "export", "draw-record", "--draw", data["draw_id"], "--out", str(pdf))
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    compact = text.replace(" ", "").replace("\n", "")
    for needle in ("抽查摇号记录", "2019年第四季度安全生产部门联合", "随机种子：8", data["registers_sha256"],
                   data["plan_sha256"], "王明", "李华、赵强", "摇号人（签名）", "监督人（签名）",
                   data["tasks"][0]["enterprise"], data["tasks"][0]["credit_code"], data["tasks"][-1]["enterprise"]):
        assert needle.replace(" ", "") in compact, needle

    xlsx = tmp_path / "公示.xlsx"
    code, out, _ = run(capsys, "--db", str(db), "export", "publicity", "--plan", world.plan_id, "--out", str(xlsx))
    assert code == 0
    ws = load_workbook(xlsx).active
    assert [c.value for c in ws[3]] == ["序号", "企业名称", "统一社会信用代码", "抽查事项", "检查日期", "抽查结果",
                                        "检查部门"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [r[0] for r in rows] == [1, 2, 3]  # numbers as numbers
    got = {r[2]: (r[1], r[4].date(), r[5]) for r in rows}
    assert got == entered  # exactly the entered results, no task without one
    assert not any("检查员" in str(v) for r in rows for v in r)  # nothing personal: no inspector names

    pdf2 = tmp_path / "公示.pdf"
    code, _, _ = run(capsys, "--db", str(db), "export", "publicity", "--plan", world.plan_id, "--out", str(pdf2))
    text = "".join(page.extract_text() for page in PdfReader(pdf2).pages).replace(" ", "")
    assert code == 0 and "抽查结果公示" in text
    for code_, (name, _, result) in entered.items():
        assert code_ in text and result in text
    code, _, err = run(capsys, "--db", str(db), "export", "publicity", "--plan", world.plan_id, "--out",
                       str(tmp_path / "x.docx"))
    assert code == 2 and ".pdf / .xlsx" in err


def test_tasks_and_results_through_the_command_line(capsys, world_db):
    """The whole loop without the window: draw, list the tasks, enter a visit and a result, publish, verify."""
    db, world = world_db
    code, out, _ = run(capsys, "--db", str(db), "draw", "run", "--plan", world.plan_id, "--seed", "3", "--json")
    assert code == 0
    draw_id = json.loads(out)["draw_id"]
    code, out, _ = run(capsys, "--db", str(db), "draw", "tasks", "--plan", world.plan_id, "--json")
    tasks = json.loads(out)
    assert code == 0 and tasks and {t["state"] for t in tasks} == {"待检查"}
    task = tasks[0]
    # not yet inspected: refused, one line, exit 2
    code, _, err = run(capsys, "--db", str(db), "draw", "result", task["id"], "--result", "未发现问题")
    assert code == 2 and "检查尚未完成" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", str(db), "draw", "result", task["id"][-8:], "--result", "无此结果",
                       "--visit", "2019-10-15", "--on", "2019-10-20")
    assert code == 2 and "抽查结果应为以下之一" in err
    code, out, _ = run(capsys, "--db", str(db), "draw", "result", task["id"][-8:], "--result", "未发现问题",
                       "--visit", "2019-10-15", "--on", "2019-10-20")
    assert code == 0 and task["enterprise"] in out
    code, out, _ = run(capsys, "--db", str(db), "draw", "tasks", "--plan", world.plan_id, "--json")
    done = next(t for t in json.loads(out) if t["id"] == task["id"])
    assert done["result"] == "未发现问题" and done["inspection_date"] == "2019-10-15" and done["state"] == "已录入"
    assert done["due"] == "2019-11-12"  # 20 working days after 15 Oct 2019 (no holiday in between)
    code, _, _ = run(capsys, "--db", str(db), "draw", "verify", draw_id)
    assert code == 0
