"""The exposure list (曝光): enterprises punished for serious safety violations in a period, for publication. Pure.

济天政发〔2019〕5号 asks for serious violations to be exposed. What such notices print, and only that: the enterprise's
name and unified social credit code, the violation, the penalty and the date. No person is named — a penalty on a
person (the target 个人 of an enforcement action) is left out altogether, and so are notes and case files.

What counts as *serious* is the office's choice, written down here, not law: a stop-production order (责令停产停业
整顿), a closure (关闭取缔), a transfer to the judiciary (移送司法机关), a fine on the enterprise of at least
``DEFAULT_MIN_FINE_YUAN`` yuan, or a fine on a visit that found a 重大 hazard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safety_desk.domain.enforcement import KIND_CLOSE, KIND_FINE, KIND_JUDICIAL, KIND_SUSPEND
from safety_desk.domain.money import yuan_text

SERIOUS_KINDS = (KIND_SUSPEND, KIND_CLOSE, KIND_JUDICIAL)
PENALTY_KINDS = (KIND_FINE, *SERIOUS_KINDS)
DEFAULT_MIN_FINE_YUAN = 50_000


@dataclass(frozen=True)
class Penalty:
    kind: str
    amount_fen: int | None
    decided_on: date

    def text(self) -> str:
        if self.kind == KIND_FINE and self.amount_fen:
            return f"罚款 {yuan_text(self.amount_fen)} 元"
        return self.kind


@dataclass(frozen=True)
class ExposureRow:
    """One visit's penalties on one enterprise."""

    enterprise: str
    credit_code: str
    violation: str
    penalties: tuple[Penalty, ...]

    @property
    def decided_on(self) -> date:
        return max(p.decided_on for p in self.penalties)

    @property
    def penalty_text(self) -> str:
        return "；".join(p.text() for p in self.penalties)

    @property
    def fine_fen(self) -> int:
        return sum(p.amount_fen or 0 for p in self.penalties if p.kind == KIND_FINE)


def is_serious(penalties: tuple[Penalty, ...], *, major_hazard: bool, min_fine_fen: int) -> bool:
    if any(p.kind in SERIOUS_KINDS for p in penalties):
        return True
    fines = [p for p in penalties if p.kind == KIND_FINE]
    return bool(fines) and (major_hazard or sum(p.amount_fen or 0 for p in fines) >= min_fine_fen)
