"""The demo's hazards: level, rectification mode, status, the five fields, 三违, photos. Pure: rows out, no I/O.

The first few hazards are pinned (``_PINNED_*``) so that even ``--findings 10`` shows both levels, every status, an
overdue one, a draft with missing fields, a 三违 flag, a shared photo and a long-term deadline still in the future.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from safety_desk.domain.findings import (
    LEVEL_GENERAL,
    LEVEL_MAJOR,
    MODE_DEADLINE,
    MODE_IMMEDIATE,
    MODE_SHUTDOWN,
    STATUS_AWAITING_REVIEW,
    STATUS_CLOSED,
    STATUS_IN_PROGRESS,
    STATUS_PENDING,
)
from safety_desk.domain.registers import Enterprise
from safety_desk.demo.names import (
    CONTINGENCY_PLANS,
    DEPARTMENTS_IN_UNIT,
    MEASURES_GENERAL,
    MEASURES_IMMEDIATE,
    MEASURES_LONG_TERM,
    MEASURES_MAJOR,
    THREE_VIOLATIONS,
)
from safety_desk.demo.registers import person_name

PHOTO_POOL = 12  # distinct pictures; hazards share them, so photo files < photo links
LAST_DEADLINE = date(2019, 12, 31)  # ordinary deadlines stay in 2019: the demo never depends on today's date
# A few major hazards need years of treatment (relocation, rebuilding). Their fixed deadline lies beyond today, so
# the demo also shows open hazards that are not overdue; it is a constant, not "today + n".
LONG_TERM_DEADLINE = date(2030, 12, 31)

# Chance that a hazard which can be major is 重大, by the enterprise's risk grade (about one in eight overall).
_MAJOR_SHARE = {"重大风险": 0.6, "较大风险": 0.45, "一般风险": 0.32, "低风险": 0.2}
# (待整改, 整改中, 待复查, 已销号) by month found: older hazards are more often written off.
_STATUS_WEIGHTS = {7: (8, 9, 8, 75), 8: (13, 15, 12, 60), 9: (20, 25, 15, 40), 10: (35, 30, 15, 20)}
_STATUSES = (STATUS_PENDING, STATUS_IN_PROGRESS, STATUS_AWAITING_REVIEW, STATUS_CLOSED)

# Pinned hazards, taken in order by the first hazards that can carry them (a 重大 one needs a serious detail).
_PINNED_MAJOR: tuple[dict, ...] = (
    {"status": STATUS_CLOSED, "photos": (0, 1)},
    {"status": STATUS_AWAITING_REVIEW},
)
_PINNED_GENERAL: tuple[dict, ...] = (
    {"status": STATUS_PENDING, "mode": MODE_DEADLINE, "photos": (0,)},  # ledgered, deadline in 2019: overdue
    {"status": STATUS_IN_PROGRESS, "mode": MODE_DEADLINE},
    {"draft": True},
    {"status": STATUS_CLOSED, "three": True},
)

_FIVE_GROUPS = ("responsibility", "measures", "funds", "deadline", "contingency_plan")


@dataclass
class FindingMaker:
    """Builds finding rows one by one, counting what it made; ``photo_links`` collects (finding id, picture indexes)."""

    rng: random.Random
    campaign_id: str
    made: int = 0
    major: int = 0
    ledgered: int = 0
    photo_links: list[tuple[str, tuple[int, ...]]] = field(default_factory=list)
    # how many of the pinned hazards have been handed out
    _pinned_major: int = field(default=0, init=False, repr=False)
    _pinned_general: int = field(default=0, init=False, repr=False)
    _pinned_long_term: bool = field(default=False, init=False, repr=False)

    def make(
        self, *, finding_id: str, enterprise: Enterprise, enterprise_id: str, found: date, location: str,
        details: tuple[str, ...], major_details: tuple[str, ...] = (), long_term_details: tuple[str, ...] = (),
        inspection_id: str | None = None, point_id: str | None = None, snapshot: dict | None = None,
    ) -> tuple[dict, str]:
        """A finding row (with ``id``) and the detail chosen for it; empty ``major_details`` means never 重大,
        ``long_term_details`` are 重大 hazards that may get the long-term deadline.
        """
        rng = self.rng
        self.made += 1
        pinned: dict = {}
        if long_term_details and not self._pinned_long_term:
            pinned = {"level": LEVEL_MAJOR, "status": STATUS_IN_PROGRESS, "long_term": True}
            self._pinned_long_term = True
        elif major_details and self._pinned_major < len(_PINNED_MAJOR):
            pinned = {"level": LEVEL_MAJOR, **_PINNED_MAJOR[self._pinned_major]}
            self._pinned_major += 1
        elif self._pinned_general < len(_PINNED_GENERAL):
            pinned = {"level": LEVEL_GENERAL, **_PINNED_GENERAL[self._pinned_general]}
            self._pinned_general += 1
        chance = _MAJOR_SHARE.get(enterprise.risk_grade, 0.2) if major_details else 0.0
        level = pinned.get("level") or (LEVEL_MAJOR if rng.random() < chance else LEVEL_GENERAL)
        long_term = pinned.get("long_term", level == LEVEL_MAJOR and bool(long_term_details) and rng.random() < 0.15)
        detail = rng.choice(long_term_details if long_term else major_details if level == LEVEL_MAJOR else details)
        # A hazard pinned to a lifecycle status is in the ledger: only a ledgered hazard moves through the lifecycle.
        draft = pinned.get("draft", not long_term and rng.random() < 0.03) and "status" not in pinned
        three = pinned.get("three", rng.random() < 0.03)
        if "mode" in pinned:
            mode = pinned["mode"]
        elif level == LEVEL_MAJOR:
            mode = MODE_DEADLINE if long_term or rng.random() < 0.65 else MODE_SHUTDOWN
        else:
            # a draft needs the five fields (so the UI has something to show missing): never 立即整改
            mode = MODE_DEADLINE if draft or rng.random() < 0.65 else MODE_IMMEDIATE
        if "status" in pinned:
            status = pinned["status"]
        elif draft:
            status = STATUS_PENDING
        elif long_term:
            status = STATUS_IN_PROGRESS
        elif mode == MODE_IMMEDIATE:
            status = STATUS_CLOSED if rng.random() < 0.9 else STATUS_AWAITING_REVIEW
        else:
            status = rng.choices(_STATUSES, _STATUS_WEIGHTS[found.month])[0]
        chosen = detail

        if three:
            violation = rng.choice(THREE_VIOLATIONS)
            detail = f"{detail}；{violation}" if point_id else violation
        row = {
            "campaign_id": self.campaign_id, "inspection_id": inspection_id, "enterprise_id": enterprise_id,
            "point_id": point_id, "found_date": found.isoformat(), "description": detail, "location": location,
            "level": level, "three_violations": int(three), "rectification_mode": mode, "status": status,
            "template_title": None, "item_heading": None, "point_text": None, "basis": None,
            "disposal_basis": None, "requirement": None,
            **(snapshot or {}),
            **self._five_fields(enterprise, found, level, mode, long_term),
            "ledger_entered_at": None,
        }
        if draft:
            # a draft typed in the field and not finished: one to three of the five fields still empty
            for group in rng.sample(_FIVE_GROUPS, rng.randint(1, 3)):
                if group == "responsibility":
                    row["responsible_person"] = ""
                elif group == "funds":
                    row["funds_fen"] = None
                elif group == "deadline":
                    row["deadline"] = None
                else:
                    row[group] = ""
        else:
            entered = found + timedelta(days=rng.randint(0, 2))
            # 09:00–11:59 Beijing time, stored in UTC like every other stamp
            row["ledger_entered_at"] = f"{entered}T0{rng.randint(1, 3)}:{rng.randint(0, 59):02d}:00.000000+00:00"
            self.ledgered += 1
        if level == LEVEL_MAJOR:
            self.major += 1
        photos = pinned.get("photos")
        if photos is None and rng.random() < 0.2:
            photos = tuple(sorted(rng.sample(range(PHOTO_POOL), rng.choice((1, 1, 2, 3)))))
        if photos:
            self.photo_links.append((finding_id, photos))
        return {"id": finding_id, **row}, chosen

    def _five_fields(self, enterprise: Enterprise, found: date, level: str, mode: str, long_term: bool) -> dict:
        rng = self.rng
        if long_term:
            deadline, measures = LONG_TERM_DEADLINE, MEASURES_LONG_TERM
            yuan = rng.randrange(500_000, 5_000_001, 10_000)
        elif mode == MODE_IMMEDIATE:
            deadline, measures = found, rng.choice(MEASURES_IMMEDIATE)
            yuan = rng.randrange(0, 2_001, 50)
        elif level == LEVEL_MAJOR or mode == MODE_SHUTDOWN:
            deadline = found + timedelta(days=rng.choice((30, 45, 60, 90)))
            measures = rng.choice(MEASURES_MAJOR)
            yuan = rng.randrange(20_000, 2_000_001, 1_000)
        else:
            deadline = found + timedelta(days=rng.choice((7, 10, 15, 20, 30)))
            measures = rng.choice(MEASURES_GENERAL)
            yuan = rng.randrange(200, 10_001, 100)
        if not long_term:
            deadline = max(found, min(deadline, LAST_DEADLINE))
        unit = enterprise.name
        if rng.random() < 0.4:
            unit += rng.choice(DEPARTMENTS_IN_UNIT)
        return {
            "responsible_unit": unit,
            "responsible_person": enterprise.contact_person if rng.random() < 0.5 else person_name(rng),
            "measures": measures,
            "funds_fen": yuan * 100,
            "deadline": deadline.isoformat(),
            "contingency_plan": rng.choice(CONTINGENCY_PLANS),
        }
