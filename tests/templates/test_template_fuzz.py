"""Fuzz the template importer with mutated YAML templates and xlsx catalogues (issue 15, point 4).

Each case must end in one of two ways: a valid template stored whole, or a located TemplateError/UserError with the
database exactly as before — never another exception, never a hang. ``SAFETY_DESK_FUZZ_CASES=N`` runs N YAML and
N/4 xlsx cases instead of the default; the seed is fixed, so a failure names the case that reproduces it::

    SAFETY_DESK_FUZZ_CASES=2000 .venv/bin/python -m pytest -q tests/templates/test_template_fuzz.py
"""

from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from safety_desk.domain.templates import ITEM_COLUMNS, MAX_POINTS, MAX_TEXT_CHARS, MAX_VERSION
from safety_desk.errors import UserError
from safety_desk.services.templates import get_template, import_template_file, load_shipped_templates
from safety_desk.store import Store
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.yaml_format import KEY_PATTERN
from tests.support.template_fuzz import write_case

CASES = int(os.environ.get("SAFETY_DESK_FUZZ_CASES", "240"))
SEED = 15_000
CASE_SECONDS = 10  # a case that takes longer is a hang


class CaseTimeout(Exception):
    pass


@contextmanager
def bounded(seconds: int):
    """Interrupt a case that runs past ``seconds`` (SIGALRM: Unix main thread; elsewhere unbounded)."""
    if sys.platform == "win32":
        yield
        return

    def expire(signum, frame):
        raise CaseTimeout(f"case ran over {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fingerprint(store: Store) -> tuple:
    db = store.db
    return tuple(
        tuple(db.execute(f"select count(*), coalesce(max(rowid), 0) from {table}").fetchone())
        for table in ("templates", "template_sections", "template_items", "template_points")
    )


def check_stored(store: Store, template_id: str) -> None:
    """What was stored is a valid template: within every cap, and read back whole."""
    t = get_template(store=store, template_id=template_id)
    assert KEY_PATTERN.match(t.key) and 1 <= t.version <= MAX_VERSION
    assert t.title and any(s.items for s in t.sections)
    assert t.counts()["points"] <= MAX_POINTS
    texts = [t.title, t.sector, t.source, t.description]
    for s in t.sections:
        texts += [s.code, s.title, s.note]
        for i in s.items:
            assert i.points and i.title
            texts += [i.number, i.title] + [getattr(i, a) for a, _ in ITEM_COLUMNS]
            texts += [x for p in i.points for x in (p.label, p.text, p.basis)]
    assert all(isinstance(x, str) and len(x) <= MAX_TEXT_CHARS * 2 for x in texts)  # continuations join two cells
    t.all_text().encode("utf-8")  # prints, exports and packages encode it


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    load_shipped_templates(store=store)
    yield store
    store.close()


@pytest.mark.parametrize(("suffix", "count"), [(".yaml", CASES), (".xlsx", max(CASES // 4, 10))])
def test_mutated_templates_are_stored_whole_or_refused_with_a_place(fuzz_store, tmp_path: Path, suffix, count):
    outcomes = {"stored": 0, "unchanged": 0, "refused": 0}
    for n in range(count):
        seed = SEED + n
        path = write_case(tmp_path, suffix, seed)
        before = fingerprint(fuzz_store)
        try:
            with bounded(CASE_SECONDS):
                outcome = import_template_file(store=fuzz_store, path=path)
        except UserError as exc:
            outcomes["refused"] += 1
            assert path.name in str(exc), f"case {seed}{suffix}: the message does not name the file: {exc}"
            assert "\n" not in str(exc).strip() or isinstance(exc, TemplateError), f"case {seed}{suffix}"
            assert fingerprint(fuzz_store) == before, f"case {seed}{suffix}: refused but the database changed"
        except BaseException as exc:
            raise AssertionError(f"case {seed}{suffix} (tests.support.template_fuzz.write_case): {exc!r}") from exc
        else:
            outcomes["stored" if outcome.created else "unchanged"] += 1
            check_stored(fuzz_store, outcome.template.id)
        path.unlink()
    # the generator must exercise both ends: mutations that still import and ones that are refused
    assert outcomes["refused"] > count // 10, outcomes
    assert outcomes["stored"] + outcomes["unchanged"] > count // 20, outcomes


@pytest.mark.parametrize("suffix", [".yaml", ".xlsx"])
def test_the_command_line_answers_exit_0_or_one_line_and_exit_2(tmp_path: Path, capsys, suffix, monkeypatch):
    from safety_desk.cli import main

    monkeypatch.delenv("SAFETY_DESK_DB", raising=False)
    db = str(tmp_path / "cli.db")
    codes = set()
    for n in range(max(CASES // 24, 5)):
        seed = SEED + 7 * n
        path = write_case(tmp_path, suffix, seed)
        with bounded(CASE_SECONDS):
            code = main(["--db", db, "template", "import", str(path)])
        out, err = capsys.readouterr()
        codes.add(code)
        if code == 0:
            assert out.count("\n") == 1 and not err, f"case {seed}{suffix}"
        else:
            assert code == 2 and err.startswith("safety-desk: ") and err.count("\n") == 1, f"case {seed}{suffix}: {err}"
    assert codes == {0, 2}


def test_mutated_veto_rule_files_load_or_are_refused_with_a_place():
    """The veto rules reader shares the bounded composer: the same mutations give a RuleSet or a TemplateError."""
    import random

    from safety_desk.paths import FORMS_DIR
    from safety_desk.templates.veto_rules_format import parse_veto_rules
    from tests.support.template_fuzz import _mutate_text, alias_bomb

    base = (FORMS_DIR / "veto_rules" / "attachment2_2019.yaml").read_text(encoding="utf-8")
    outcomes = {"loaded": 0, "refused": 0}
    for n in range(max(CASES // 2, 20)):
        rng = random.Random(SEED + n)
        text = alias_bomb(9, 9) if n % 50 == 49 else _mutate_text(rng, base)
        try:
            with bounded(CASE_SECONDS):
                rules = parse_veto_rules(text, file="rules.yaml")
        except TemplateError as exc:
            outcomes["refused"] += 1
            assert "rules.yaml" in str(exc), f"case {SEED + n}"
        except BaseException as exc:
            raise AssertionError(f"veto case {SEED + n}: {exc!r}") from exc
        else:
            outcomes["loaded"] += 1
            assert rules.units and all(u.situations for u in rules.units)
    assert outcomes["refused"] > 0 and outcomes["loaded"] > 0, outcomes
