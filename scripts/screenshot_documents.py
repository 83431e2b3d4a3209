"""The README's pictures of the enforcement documents: ``.venv/bin/python scripts/screenshot_documents.py``.

Issues the four documents for one enforcement visit (an enterprise and people whose names hold CJK Extension A/B
characters: 䶮 𠮷 𪚥), renders each PDF's first page with pdftoppm, and grabs the 签发文书 dialog and the register.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from safety_desk.services import documents as ds  # noqa: E402
from safety_desk.services import lifecycle  # noqa: E402
from safety_desk.store import Store  # noqa: E402
from safety_desk.ui.app import create_app, open_main_window  # noqa: E402
from safety_desk.ui.common.events import process_events  # noqa: E402
from tests.services.document_support import STREET, configure, hazard  # noqa: E402
from tests.support.builders import build_visit  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle() -> None:
    for _ in range(5):
        process_events()


def page_png(pdf: Path, name: str) -> None:
    stem = OUT / name
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True)
    print(f"{stem}.png")


def reinspect(store: Store, fid: str, result: str, opinion: str, on: date) -> None:
    lifecycle.start_rectification(store=store, finding_id=fid, actor="王芳", today=on)
    lifecycle.submit_for_reinspection(store=store, finding_id=fid, actor="王芳", today=on)
    lifecycle.record_reinspection(store=store, finding_id=fid, actor="王芳", result=result, opinion=opinion,
                                  reinspected_on=on, inspector_name="张明", today=on)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="safety-desk-docs-"))
    db = tmp / "docs.db"
    store = Store.open(db)
    configure(store)
    visit = build_visit(store, phase="执法检查")
    store.db.execute("update enterprises set name = '济南龚䶮化工有限公司', address = '天桥区泺口南路8号', "
                     "contact_person = '王𪚥', contact_phone = '0531-85961234'")
    store.db.execute("update inspectors set name = '李𠮷' where name = '李华'")
    first = hazard(store, visit.inspection_id, "配电箱未接地，电气线路私拉乱接")
    second = hazard(store, visit.inspection_id, "液氨储罐区可燃气体报警装置失效", level="重大", deadline="2019-09-06",
                    location="液氨罐区")
    edits = {"time_from": "09:30", "time_to": "11:05", "head_title": "总经理", "recorder": "李𠮷",
             "place": "生产车间、液氨罐区"}
    pdfs = {}
    for kind in ("record", "order"):
        pdfs[kind] = tmp / f"{kind}.pdf"
        ds.issue_document(store=store, inspection_id=visit.inspection_id, kind=kind, actor="张明",
                          edits=edits if kind == "record" else None, out_path=pdfs[kind])
    reinspect(store, first, "合格", "已重新接地，线路穿管敷设", date(2019, 8, 21))
    reinspect(store, second, "不合格", "报警探头仍未更换，继续整改", date(2019, 8, 22))
    pdfs["review"] = tmp / "review.pdf"
    ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="review", actor="张明",
                      out_path=pdfs["review"])
    configure(store, STREET)
    pdfs["notice"] = tmp / "notice.pdf"
    ds.issue_document(store=store, inspection_id=visit.inspection_id, kind="notice", actor="王芳",
                      out_path=pdfs["notice"])
    ds.void_document(store=store, number="（泺口）隐患整改〔2019〕1号", reason="应由区应急局签发指令书", actor="王芳",
                     today=date(2019, 8, 7))
    configure(store)
    store.close()
    for kind, pdf in pdfs.items():
        page_png(pdf, f"document-{kind}")

    create_app(lang="zh_CN")
    window = open_main_window(str(db))
    window.resize(1360, 820)
    window.show()
    window.inspections.open_inspection(visit.inspection_id)
    window.tabs.setCurrentWidget(window.inspections)
    settle()
    dialog = window.issue_document()
    dialog.kind.setCurrentIndex(1)
    settle()
    dialog.grab().save(str(OUT / "document-issue-dialog.png"))
    print(OUT / "document-issue-dialog.png")
    dialog.reject()
    register = window.document_register()
    register.resize(1000, 300)
    settle()
    register.grab().save(str(OUT / "document-register.png"))
    print(OUT / "document-register.png")
    register.reject()
    settings = window.unit_settings()
    settings.block_start.setValue(500)
    settings.block_end.setValue(599)
    settle()
    settings.grab().save(str(OUT / "document-settings.png"))
    print(OUT / "document-settings.png")
    settings.reject()
    window.close()
    window.store.close()


if __name__ == "__main__":
    main()
