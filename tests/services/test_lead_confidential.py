"""The complainant's name and contact appear in no export, report, CLI list or data-package summary.

(The package's records do carry them — the office that opens the lead needs them — but nothing that summarises a
package reads them: the manifest, the preview, the import summary.)"""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from safety_desk.cli import main
from safety_desk.demo.generate import generate_demo
from safety_desk.services.exports import export_ledger, export_notice, resolve_ledger_filter
from safety_desk.services.exposure import export_exposure
from safety_desk.services.monthly import export_monthly
from safety_desk.services.packages import export_package, import_package, preview_package
from safety_desk.services.summary import export_summary
from safety_desk.services.veto import export_veto_report
from safety_desk.store import Store

TODAY = date(2019, 12, 31)


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return "".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(str(c.value) for ws in load_workbook(path).worksheets for row in ws.iter_rows() for c in row
                    if c.value is not None)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("secret")
    store = Store.open(folder / "desk.db")
    generate_demo(store=store, seed=2019, enterprises=30, findings=150, today=TODAY)  # the 2019 campaign, unmoved
    secrets = {v for r in store.db.query("select complainant, complainant_contact from leads") for v in r.values() if v}
    assert len(secrets) >= 3  # the demo has complainants and contacts to hide
    yield store, folder, secrets
    store.close()


def test_no_export_or_report_names_the_complainant(demo, tmp_path: Path):
    store, _, secrets = demo
    inspection = next(store.db.query("select id from inspections order by inspection_date limit 1"))["id"]
    hazards = resolve_ledger_filter(store=store, include_drafts=True)
    outputs = []
    for suffix in (".pdf", ".xlsx"):
        export_ledger(store=store, hazard_filter=hazards, out_path=tmp_path / f"ledger{suffix}")
        export_monthly(store=store, month="2019-09", out_path=tmp_path / f"monthly{suffix}", rollup=True,
                       cutoff_day=0, today=TODAY)
        export_exposure(store=store, start=date(2019, 7, 1), end=TODAY, out_path=tmp_path / f"exposure{suffix}",
                        min_fine_yuan=0)
        outputs += [tmp_path / f"ledger{suffix}", tmp_path / f"monthly{suffix}", tmp_path / f"exposure{suffix}"]
    export_notice(store=store, inspection_id=inspection, out_path=tmp_path / "notice.pdf")
    export_veto_report(store=store, out_path=tmp_path / "veto.pdf", today=TODAY)
    export_summary(store=store, out_path=tmp_path / "summary.pdf", today=TODAY)
    outputs += [tmp_path / "notice.pdf", tmp_path / "veto.pdf", tmp_path / "summary.pdf"]
    texts = {p.name: _text(p) for p in outputs}
    assert "失职渎职警示" in texts["veto.pdf"].replace(" ", "").replace("\n", "")  # leads are in the reports
    for name, text in texts.items():
        assert not [s for s in secrets if s in text], name


def test_no_cli_output_names_the_complainant(demo, capsys):
    store, folder, secrets = demo
    for args in (["lead", "list", "--json"], ["lead", "list"], ["stats", "--json"]):
        assert main(["--db", str(folder / "desk.db"), *args]) == 0
        out, err = capsys.readouterr()
        assert not [s for s in secrets if s in out + err], args


def test_package_summaries_do_not_name_the_complainant(demo, tmp_path: Path):
    store, _, secrets = demo
    out = tmp_path / "all.sdpkg"
    export_package(store=store, out_path=out, all_records=True, destination="audit")
    with zipfile.ZipFile(out) as zf:
        manifest = zf.read("manifest.json").decode()
        leads = [json.loads(line)["row"] for line in zf.read("records/leads.jsonl").decode().splitlines()]
    assert not [s for s in secrets if s in manifest]
    assert {r["complainant_contact"] for r in leads} & secrets  # carried for the office's lead form
    office = Store.open(tmp_path / "office" / "desk.db")
    for summary in (preview_package(store=office, path=out), import_package(store=office, path=out)):
        assert not [s for s in secrets if s in summary.describe() + repr(summary)]
    office.close()
