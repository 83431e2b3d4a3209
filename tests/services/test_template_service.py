"""Template use cases: shipped forms load once, versions stand side by side, bad files change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from safety_desk.paths import FORMS_DIR
from safety_desk.services.templates import (
    get_template,
    import_template_file,
    list_templates,
    load_shipped_templates,
)
from safety_desk.store import Store
from safety_desk.templates import TemplateError


def _row_counts(store: Store) -> dict[str, int]:
    return {t: store.db[t].count for t in ("templates", "template_sections", "template_items", "template_points")}


def test_shipped_templates_load_once(store: Store):
    first = load_shipped_templates(store=store)
    assert all(o.created for o in first)
    counts = _row_counts(store)
    second = load_shipped_templates(store=store)
    assert not any(o.created for o in second)
    assert _row_counts(store) == counts
    chem = next(t for t in list_templates(store=store) if t.key == "chem-enterprise-hazard-catalogue")
    assert (chem.sections, chem.items, chem.points) == (2, 1, 5)
    assert list_templates(store=store)[0].key == "chem-enterprise-hazard-catalogue"  # shown first


def test_stored_template_reads_back_equal(store: Store):
    load_shipped_templates(store=store)
    from safety_desk.templates.yaml_format import load_yaml_template

    original = load_yaml_template(FORMS_DIR / "10_chem_enterprise_catalogue.yaml")
    stored = next(t for t in list_templates(store=store) if t.key == original.key)
    assert get_template(store=store, template_id=stored.id) == original


def _write_version(tmp_path: Path, version: int, point_text: str) -> Path:
    path = tmp_path / f"v{version}-{abs(hash(point_text))}.yaml"
    path.write_text(
        f"""id: my-check
version: {version}
title: 自定义检查表
sections:
  - title: 部分
    items:
      - {{number: "1", title: 项目, points: [{{label: ①, text: {point_text}}}]}}
""",
        encoding="utf-8",
    )
    return path


def test_a_new_version_is_stored_beside_the_old(store: Store, tmp_path: Path):
    v1 = import_template_file(store=store, path=_write_version(tmp_path, 1, "第一版"))
    v2 = import_template_file(store=store, path=_write_version(tmp_path, 2, "第二版"))
    assert v1.created and v2.created
    versions = {t.version: t.id for t in list_templates(store=store) if t.key == "my-check"}
    assert set(versions) == {1, 2}
    assert get_template(store=store, template_id=versions[1]).sections[0].items[0].points[0].text == "第一版"
    assert get_template(store=store, template_id=versions[2]).sections[0].items[0].points[0].text == "第二版"


def test_same_version_with_other_content_is_refused_and_nothing_changes(store: Store, tmp_path: Path):
    import_template_file(store=store, path=_write_version(tmp_path, 1, "原文"))
    before = _row_counts(store)
    with pytest.raises(TemplateError) as info:
        import_template_file(store=store, path=_write_version(tmp_path, 1, "改过"))
    assert info.value.column == "version"
    assert _row_counts(store) == before


def test_unsupported_and_missing_files_are_located(store: Store, tmp_path: Path):
    doc = tmp_path / "catalogue.docx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(TemplateError) as info:
        import_template_file(store=store, path=doc)
    assert info.value.file == str(doc)
    with pytest.raises(TemplateError, match="不存在"):
        import_template_file(store=store, path=tmp_path / "missing.yaml")
    with pytest.raises(TemplateError, match=".xlsx"):
        old = tmp_path / "old.xls"
        old.write_bytes(b"\xd0\xcf\x11\xe0")
        import_template_file(store=store, path=old)
    assert _row_counts(store)["templates"] == 0
