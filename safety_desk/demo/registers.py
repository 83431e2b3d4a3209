"""The demo's two registers: synthetic enterprises (with valid credit codes) and inspectors. Pure: a seeded rng in,
domain records out; nothing here touches the database.
"""

from __future__ import annotations

import random

from safety_desk.domain.registers import (
    KEY_CATEGORIES,
    RISK_GRADES,
    USCC_CHARSET,
    Enterprise,
    Inspector,
    enterprise_problems,
    uscc_check_char,
)
from safety_desk.demo.names import (
    BRAND_FIRST,
    BRAND_SECOND,
    DEPARTMENTS,
    DISTRICT_CODE,
    GIVEN_NAMES,
    MOBILE_PREFIXES,
    PLACES,
    ROADS,
    SECTORS,
    STREET_SPECIALTIES,
    STREETS,
    SURNAMES,
    Sector,
)

# GB 11714 organisation code: 8 body characters, then a check character (weights below, mod 11).
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_VALUES = {ch: i for i, ch in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}

_HIGH_RISK_WEIGHTS = (20, 40, 30, 10)  # 重大 / 较大 / 一般 / 低 for chemical and hazardous-chemical units
_OTHER_RISK_WEIGHTS = (3, 17, 50, 30)
_CREDIT_WEIGHTS = (35, 45, 15, 5)  # A / B / C / D


def org_code_check(body: str) -> str:
    total = sum(_ORG_VALUES[ch] * w for ch, w in zip(body, _ORG_WEIGHTS))
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def credit_code(rng: random.Random, prefix: str) -> str:
    """A unified social credit code of 天桥区 that passes both check characters (GB 11714 and GB 32100)."""
    if prefix in ("91", "92") and rng.random() < 0.6:
        # registered after 2015: the "MA" series of the market regulator
        body = "MA3" + "".join(rng.choice(USCC_CHARSET) for _ in range(5))
    else:
        body = rng.choice(("16", "26", "49", "72", "73", "74", "75", "76", "77", "79")) + "".join(
            rng.choice("0123456789") for _ in range(6))
    first17 = prefix + DISTRICT_CODE + body + org_code_check(body)
    return first17 + uscc_check_char(first17)


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))


def _brand(rng: random.Random) -> str:
    first = rng.choice(BRAND_FIRST)
    second = rng.choice([ch for ch in BRAND_SECOND if ch != first])
    return first + second


def _name(rng: random.Random, sector: Sector) -> tuple[str, str]:
    pattern, prefix = rng.choice(sector.forms)
    return pattern.format(b=_brand(rng), p=rng.choice(PLACES)), prefix


def plan_enterprises(
    rng: random.Random, count: int, *, taken_names: set[str] = frozenset(), taken_codes: set[str] = frozenset()
) -> list[Enterprise]:
    """``count`` enterprises spread over the streets and sectors; names and codes unique, also against ``taken_*``."""
    names, codes = set(taken_names), set(taken_codes)
    sectors = [s for s in SECTORS for _ in range(s.weight)]
    out: list[Enterprise] = []
    for index in range(count):
        # the first few cover every sector, so even a tiny demo shows each lead department
        sector = SECTORS[index] if index < len(SECTORS) else rng.choice(sectors)
        for attempt in range(50):
            name, prefix = _name(rng, sector)
            if attempt >= 40:  # the name space of a small sector is exhausted: number the branches
                name = f"{name}第{attempt - 39 + index}分公司"
            if name not in names:
                break
        code = credit_code(rng, prefix)
        while code in codes:
            code = credit_code(rng, prefix)
        names.add(name)
        codes.add(code)
        street = rng.choice(STREETS)
        risk = rng.choices(RISK_GRADES, _HIGH_RISK_WEIGHTS if sector.high_risk else _OTHER_RISK_WEIGHTS)[0]
        credit = rng.choices(("A", "B", "C", "D"), _CREDIT_WEIGHTS)[0]
        key_categories: list[str] = []
        if risk == "重大风险" or rng.random() < (0.25 if sector.high_risk else 0.08):
            key_categories = sorted(rng.sample(KEY_CATEGORIES, rng.choice((1, 1, 2))), key=KEY_CATEGORIES.index)
        chemical = sector.name in ("化工", "危险化学品")
        enterprise = Enterprise(
            name=name,
            credit_code=code,
            street=street,
            address=f"济南市天桥区{rng.choice(ROADS)}{rng.randint(1, 399)}号",
            sector=sector.name,
            lead_department=sector.lead_department,
            risk_grade=risk,
            credit_grade=credit,
            key_categories=key_categories,
            key_process=chemical and rng.random() < 0.4,
            key_chemicals=chemical and rng.random() < 0.6,
            major_hazard_source=chemical and rng.random() < 0.25,
            contact_person=person_name(rng),
            contact_phone=mobile(rng),
        )
        problems = enterprise_problems(enterprise)
        assert not problems, (enterprise, problems)  # the demo must obey the rules users are held to
        out.append(enterprise)
    return out


def plan_inspectors(rng: random.Random, count: int) -> list[Inspector]:
    """Three quarters from the district departments (all certified), the rest street staff (half certified)."""
    numbers = rng.sample(range(1, 10_000), count)
    out: list[Inspector] = []
    district = max(2, count * 3 // 4)
    for index in range(count):
        if index < district:
            department, specialties = DEPARTMENTS[index % len(DEPARTMENTS)]
            certified = True
        else:
            department, specialties = f"{rng.choice(STREETS)}办事处", STREET_SPECIALTIES
            certified = rng.random() < 0.5
        out.append(Inspector(
            name=person_name(rng),
            department=department,
            certificate_no=f"37010519{numbers[index]:04d}" if certified else "",
            specialties=specialties,
        ))
    return out


def sector_of(name: str) -> Sector:
    return next(s for s in SECTORS if s.name == name)
