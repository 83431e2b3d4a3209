"""The demo's enforcement outcomes on 执法检查 inspections: orders, cases, fines (on enterprises and named persons),
closures, transfers to the judiciary — every kind at least once, and one fine whose hazards were left past their
deadline (the 一罚了之 warning). The planner is pure (inspections and hazards in, rows out); ``write_enforcement``
reads the hazards already written and buffers the rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlite_utils import Database

from safety_desk.domain.enforcement import (
    KIND_CASE,
    KIND_CLOSE,
    KIND_FINE,
    KIND_JUDICIAL,
    KIND_ORDER_RECTIFY,
    KIND_SUSPEND,
    KINDS,
    TARGET_ENTERPRISE,
    TARGET_PERSON,
    EnforcementAction,
    action_problems,
)
from safety_desk.domain.findings import LEVEL_MAJOR, MODE_SHUTDOWN, STATUS_CLOSED
from safety_desk.domain.inspections import ENFORCEMENT_PHASE
from safety_desk.demo.findings import LAST_DEADLINE, LONG_TERM_DEADLINE
from safety_desk.demo.writer import BulkWriter
from safety_desk.store.database import new_id

_NOTES = {
    KIND_ORDER_RECTIFY: "下达责令限期整改指令书，逾期未整改的依法处罚",
    KIND_SUSPEND: "重大事故隐患排除前停产停业整顿",
    KIND_CASE: "对检查发现的违法行为立案调查",
    KIND_FINE: "下达行政处罚决定书",
    KIND_CLOSE: "不具备安全生产条件，提请区政府予以关闭",
    KIND_JUDICIAL: "涉嫌重大责任事故罪，移送公安机关",
}


@dataclass(frozen=True)
class Visit:
    """An enforcement inspection as the planner needs it."""

    id: str
    day: date
    enterprise_id: str
    principal: str  # the enterprise's contact person, fined or handed over as the responsible person
    department: str


@dataclass(frozen=True)
class Hazard:
    id: str
    status: str
    deadline: date | None
    level: str
    mode: str

    @property
    def stale(self) -> bool:
        """Not written off and past a 2019 deadline: the demo never depends on today's date, and today is later."""
        return self.status != STATUS_CLOSED and self.deadline is not None and self.deadline < LONG_TERM_DEADLINE


@dataclass
class EnforcementPlanner:
    rng: random.Random
    rows: list[dict] = field(default_factory=list)
    _cases: int = field(default=0, init=False, repr=False)

    def plan(self, visits: list[Visit], hazards: dict[str, list[Hazard]]) -> list[dict]:
        """Random outcomes first, fines only where every hazard was rectified; then the pins: every kind that is still
        missing, and one fine on an inspection whose hazards were not followed up."""
        for visit in visits:
            hz = hazards.get(visit.id, [])
            if not hz:
                continue
            clean = not any(h.stale for h in hz)
            shutdown = [h for h in hz if h.mode == MODE_SHUTDOWN]
            if self.rng.random() < 0.6:
                self._add(visit, KIND_ORDER_RECTIFY)
            if shutdown and self.rng.random() < 0.7:
                self._add(visit, KIND_SUSPEND, finding_id=shutdown[0].id)
            if self.rng.random() < 0.25:
                case_no = self._case(visit)
                if clean and self.rng.random() < 0.85:
                    self._fines(visit, case_no)
                if self.rng.random() < 0.08:
                    self._add(visit, KIND_JUDICIAL, days=(5, 20), case_no=case_no, target=TARGET_PERSON,
                              person=visit.principal)
            if shutdown and self.rng.random() < 0.05:
                self._add(visit, KIND_CLOSE, days=(20, 40), finding_id=shutdown[0].id)
        self._pins(visits, hazards)
        return self.rows

    def _pins(self, visits: list[Visit], hazards: dict[str, list[Hazard]]) -> None:
        with_hazards = [v for v in visits if hazards.get(v.id)]
        if not with_hazards:
            return
        fined = {r["inspection_id"] for r in self.rows if r["kind"] == KIND_FINE}
        stale = [v for v in with_hazards if any(h.stale for h in hazards[v.id])]
        if stale and not any(v.id in fined for v in stale):
            self._fines(stale[0], self._case(stale[0]), person=True)  # 一罚了之
        major = [v for v in with_hazards if any(h.level == LEVEL_MAJOR for h in hazards[v.id])] or with_hazards
        done = {r["kind"] for r in self.rows}
        for kind in KINDS:
            if kind in done:
                continue
            visit = with_hazards[-1] if kind == KIND_ORDER_RECTIFY else major[0]
            if kind == KIND_CASE:
                self._case(visit)
            elif kind == KIND_FINE:
                self._fines(visit, self._case(visit))
            elif kind == KIND_JUDICIAL:
                self._add(visit, kind, days=(5, 20), target=TARGET_PERSON, person=visit.principal)
            else:
                self._add(visit, kind, days=(20, 40) if kind == KIND_CLOSE else (0, 0))

    def _case(self, visit: Visit) -> str:
        self._cases += 1
        case_no = f"济天{visit.department.removeprefix('区')[:2]}罚立〔2019〕{self._cases:03d}号"
        self._add(visit, KIND_CASE, case_no=case_no)
        return case_no

    def _fines(self, visit: Visit, case_no: str, *, person: bool = False) -> None:
        """A fine on the enterprise and, in some cases, one on its principal (对责任人员和企业负责人一并处罚)."""
        self._add(visit, KIND_FINE, days=(10, 25), case_no=case_no,
                  amount_fen=self.rng.randrange(10_000, 200_001, 1_000) * 100)
        if person or self.rng.random() < 0.4:
            self._add(visit, KIND_FINE, days=(10, 25), case_no=case_no, target=TARGET_PERSON,
                      person=visit.principal, amount_fen=self.rng.randrange(5_000, 50_001, 1_000) * 100)

    def _add(self, visit: Visit, kind: str, *, days: tuple[int, int] = (0, 0), case_no: str = "",
             amount_fen: int | None = None, target: str = TARGET_ENTERPRISE, person: str = "",
             finding_id: str | None = None) -> None:
        decided = min(visit.day + timedelta(days=self.rng.randint(*days)), LAST_DEADLINE)
        action = EnforcementAction(
            kind=kind, decided_on=decided, inspection_id=visit.id, enterprise_id=visit.enterprise_id,
            finding_id=finding_id, case_no=case_no, amount_fen=amount_fen, target=target, person_name=person,
            notes=_NOTES[kind])
        problems = action_problems(action, today=LAST_DEADLINE, inspection_date=visit.day)
        assert not problems, (action, problems)  # the demo obeys the rules users are held to
        self.rows.append({
            "id": new_id(), "inspection_id": visit.id, "enterprise_id": visit.enterprise_id, "finding_id": finding_id,
            "kind": kind, "case_no": case_no, "amount_fen": amount_fen, "target": target, "person_name": person,
            "decided_on": decided.isoformat(), "notes": action.notes})


def write_enforcement(db: Database, writer: BulkWriter, rng: random.Random, *, after_rowid: int) -> int:
    """Outcomes of this run's enforcement inspections, planned from the hazards already written."""
    visits = [Visit(r[0], date.fromisoformat(r[1]), r[2], r[3] or "", r[4] or "") for r in db.execute(
        """select i.id, i.inspection_date, i.enterprise_id, e.contact_person, e.lead_department
           from inspections i join enterprises e on e.id = i.enterprise_id
           where i.phase = ? and i.rowid > ? order by i.rowid""", [ENFORCEMENT_PHASE, after_rowid])]
    hazards: dict[str, list[Hazard]] = {}
    for inspection_id, fid, status, deadline, level, mode in db.execute(
            """select f.inspection_id, f.id, f.status, f.deadline, f.level, f.rectification_mode from findings f
               join inspections i on i.id = f.inspection_id
               where i.phase = ? and i.rowid > ? order by f.rowid""", [ENFORCEMENT_PHASE, after_rowid]):
        hazards.setdefault(inspection_id, []).append(
            Hazard(fid, status, date.fromisoformat(deadline) if deadline else None, level, mode))
    rows = EnforcementPlanner(rng).plan(visits, hazards)
    for row in rows:
        writer.add("enforcement_actions", row)
    return len(rows)
