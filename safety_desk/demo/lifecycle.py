"""The demo's hazard histories: status changes that lead to each hazard's status, re-inspections (one failed, then
passed), deadline extensions (the hazard's deadline is the new one), listed supervision of major hazards.
Every path is one the lifecycle (``domain.lifecycle.TRANSITIONS``) allows, and a test replays it through them.

Pure: ``HistoryMaker.make(row, enterprise)`` completes a finding row (deadline, closed_on, closed_by) and returns the
child rows to write after it. Its own seeded rng, so histories never change which hazards a seed produces.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from safety_desk.domain.findings import (
    LEVEL_MAJOR,
    MODE_IMMEDIATE,
    STATUS_AWAITING_REVIEW,
    STATUS_CLOSED,
    STATUS_IN_PROGRESS,
    STATUS_PENDING,
)
from safety_desk.domain.lifecycle import LISTING_LEVELS, RESULT_FAIL, RESULT_PASS
from safety_desk.domain.registers import Enterprise, Inspector
from safety_desk.demo.findings import LAST_DEADLINE, LONG_TERM_DEADLINE
from safety_desk.demo.names import (
    EXTENSION_REASONS,
    LISTING_UNITS,
    REINSPECTION_FAILURES,
    REINSPECTION_PASSES,
)
from safety_desk.demo.registers import person_name
from safety_desk.store.database import new_id

_LISTING_WEIGHTS = (70, 25, 5)  # LISTING_LEVELS 区级 / 市级 / 省级: most listings are the district's own
_PINNED_LISTING_LEVELS = ("市级", "省级")  # the first listings, so even a small demo shows every level


def _clamp(day: date) -> date:
    return min(day, LAST_DEADLINE)  # the demo's ordinary dates stay in 2019, whatever today is


@dataclass
class HistoryMaker:
    rng: random.Random
    inspectors: list[Inspector]
    status_changes: int = 0
    reinspections: int = 0
    extensions: int = 0
    listings: int = 0
    _failed_once: bool = field(default=False, init=False, repr=False)
    _extended_open: bool = field(default=False, init=False, repr=False)
    _extended_closed: bool = field(default=False, init=False, repr=False)
    _listed_open_overdue: bool = field(default=False, init=False, repr=False)
    _listing_numbers: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    def make(self, row: dict, enterprise: Enterprise) -> list[tuple[str, dict]]:
        """Fill ``row``'s closed_on/closed_by (and its deadline, when extended); the child rows, in write order."""
        row["closed_on"] = row["closed_by"] = None
        if row["ledger_entered_at"] is None:
            return []  # a draft: still being typed, nothing has happened to it yet
        found = date.fromisoformat(row["found_date"])
        status, mode = row["status"], row["rectification_mode"]
        children: list[tuple[str, dict]] = []
        if mode != MODE_IMMEDIATE:
            children += self._extension(row, enterprise, found)
        deadline = date.fromisoformat(row["deadline"])
        owner = row["responsible_person"] or enterprise.contact_person
        changes: list[tuple[str, str, str, str, date]] = []  # from, to, reason, actor, day
        if mode == MODE_IMMEDIATE and status != STATUS_IN_PROGRESS:
            # fixed on the spot: submitted for re-inspection at once (the lifecycle lets 立即整改 skip 整改中) and
            # accepted by the inspectors there and then
            if status in (STATUS_AWAITING_REVIEW, STATUS_CLOSED):
                changes.append((STATUS_PENDING, STATUS_AWAITING_REVIEW, "现场立即整改完毕", owner, found))
            if status == STATUS_CLOSED:
                inspector = self._inspector()
                child, opinion = self._reinspection(row["id"], inspector, found, passed=True)
                children.append(child)
                changes.append((STATUS_AWAITING_REVIEW, STATUS_CLOSED, opinion, inspector.name, found))
                row["closed_on"], row["closed_by"] = found.isoformat(), inspector.name
        elif status != STATUS_PENDING:
            started = _clamp(found + timedelta(days=self.rng.randint(0, 3)))
            changes.append((STATUS_PENDING, STATUS_IN_PROGRESS, "制定整改方案，开始整改", owner, started))
            if status in (STATUS_AWAITING_REVIEW, STATUS_CLOSED):
                # most finish by the deadline, some a few days late
                span = max(1, (min(deadline, LAST_DEADLINE) - started).days)
                done = _clamp(started + timedelta(days=self.rng.randint(1, span) + (
                    self.rng.randint(1, 10) if self.rng.random() < 0.1 else 0)))
                changes.append((STATUS_IN_PROGRESS, STATUS_AWAITING_REVIEW, "企业报告整改完成，申请复查", owner, done))
                if status == STATUS_CLOSED:
                    day = _clamp(done + timedelta(days=self.rng.randint(1, 5)))
                    if not self._failed_once or self.rng.random() < 0.06:
                        self._failed_once = True
                        inspector = self._inspector()
                        child, opinion = self._reinspection(row["id"], inspector, day, passed=False)
                        children.append(child)
                        changes.append((STATUS_AWAITING_REVIEW, STATUS_IN_PROGRESS, opinion, inspector.name, day))
                        day = _clamp(day + timedelta(days=self.rng.randint(3, 10)))
                        changes.append((STATUS_IN_PROGRESS, STATUS_AWAITING_REVIEW, "再次整改完成，申请复查", owner, day))
                        day = _clamp(day + timedelta(days=self.rng.randint(1, 3)))
                    inspector = self._inspector()
                    child, opinion = self._reinspection(row["id"], inspector, day, passed=True)
                    children.append(child)
                    changes.append((STATUS_AWAITING_REVIEW, STATUS_CLOSED, opinion, inspector.name, day))
                    row["closed_on"], row["closed_by"] = day.isoformat(), inspector.name
        for from_status, to_status, reason, actor, day in changes:
            children.append(("status_changes", {
                "id": new_id(), "finding_id": row["id"], "from_status": from_status, "to_status": to_status,
                "reason": reason, "actor": actor, "changed_on": day.isoformat()}))
        self.status_changes += len(changes)
        if row["level"] == LEVEL_MAJOR:
            children += self._listing(row, found, deadline)
        return children

    def _inspector(self) -> Inspector:
        return self.rng.choice(self.inspectors)

    def _reinspection(self, finding_id: str, inspector: Inspector, day: date, *,
                      passed: bool) -> tuple[tuple[str, dict], str]:
        """The re-inspection row and its opinion, which is also the reason of the status change it causes (as the
        lifecycle service records it)."""
        self.reinspections += 1
        opinion = self.rng.choice(REINSPECTION_PASSES if passed else REINSPECTION_FAILURES)
        return ("reinspections", {
            "id": new_id(), "finding_id": finding_id, "inspector_id": inspector.id, "inspector_name": inspector.name,
            "reinspected_on": day.isoformat(), "result": RESULT_PASS if passed else RESULT_FAIL,
            "opinion": opinion}), opinion

    def _extension(self, row: dict, enterprise: Enterprise, found: date) -> list[tuple[str, dict]]:
        """About one hazard in twenty got more time; the first open one and the first closed one always do."""
        old = date.fromisoformat(row["deadline"])
        status = row["status"]
        if old >= LAST_DEADLINE or status == STATUS_PENDING:
            return []
        is_open = status != STATUS_CLOSED
        pinned = not (self._extended_open if is_open else self._extended_closed)
        if not pinned and self.rng.random() >= 0.05:
            return []
        new = _clamp(old + timedelta(days=self.rng.choice((15, 30, 30, 45, 60))))
        if new <= old:
            return []
        if is_open:
            self._extended_open = True
        else:
            self._extended_closed = True
        self.extensions += 1
        asked = max(found, old - timedelta(days=self.rng.randint(1, 5)))
        row["deadline"] = new.isoformat()
        return [("deadline_extensions", {
            "id": new_id(), "finding_id": row["id"], "old_deadline": old.isoformat(), "new_deadline": new.isoformat(),
            "reason": self.rng.choice(EXTENSION_REASONS),
            "approved_by": f"{enterprise.lead_department or enterprise.street}{person_name(self.rng)}",
            "extended_on": asked.isoformat()})]

    def _listing(self, row: dict, found: date, deadline: date) -> list[tuple[str, dict]]:
        """挂牌督办 of major hazards; the first one still open past its deadline is always listed (a veto case)."""
        status = row["status"]
        long_term = deadline == LONG_TERM_DEADLINE
        open_overdue = status in (STATUS_PENDING, STATUS_IN_PROGRESS) and not long_term
        if open_overdue and not self._listed_open_overdue:
            self._listed_open_overdue = True
        elif self.rng.random() >= (0.8 if long_term else 0.25 if status == STATUS_CLOSED else 0.45):
            return []
        if self.listings < len(_PINNED_LISTING_LEVELS):
            level = _PINNED_LISTING_LEVELS[self.listings]
        else:
            level = self.rng.choices(LISTING_LEVELS, _LISTING_WEIGHTS)[0]
        unit, prefix = LISTING_UNITS[level]
        number = self._listing_numbers[level] = self._listing_numbers.get(level, 0) + 1
        self.listings += 1
        listed = _clamp(found + timedelta(days=self.rng.randint(1, 7)))
        closed = row["closed_on"]
        if closed:
            listed = min(listed, date.fromisoformat(closed))  # listed before it was written off, not after
        return [("listings", {
            "id": new_id(), "finding_id": row["id"], "level": level, "supervising_unit": unit,
            "document_no": f"{prefix}〔2019〕{number}号", "listed_on": listed.isoformat(),
            "delisted_on": closed})]  # written off: the listing ends that day
