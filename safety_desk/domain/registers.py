"""The two registers of 双随机、一公开: inspected units (检查对象名录库) and inspectors (执法检查人员名录库)."""

from __future__ import annotations

from dataclasses import dataclass, field

# GB 32100-2015: the unified social credit code uses these 31 characters (no I, O, S, V, Z).
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

RISK_GRADES = ("重大风险", "较大风险", "一般风险", "低风险")
CREDIT_GRADES = ("A", "B", "C", "D")

# Attachment 1 二（三）重点企业: the seven kinds of key enterprise.
KEY_CATEGORIES = (
    "评级评价被列为“差”评",
    "近两年发生较大及以上事故或爆燃事故",
    "存在重大安全风险",
    "位于人口密集区内或安全距离不达标的高危企业",
    "停产关闭企业",
    "搬迁改造或拟搬迁改造企业",
    "安全生产基础差、防控能力差等不放心企业",
)

# 两重点一重大 (Attachment 1 一（三）).
HAZARD_FLAGS = (
    ("key_process", "重点监管的危险化工工艺"),
    ("key_chemicals", "重点监管的危险化学品"),
    ("major_hazard_source", "重大危险源"),
)


def uscc_check_char(first17: str) -> str:
    """The 18th character of a unified social credit code, computed from the first 17."""
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """Why ``code`` is not a valid unified social credit code, or None when it is."""
    code = code.strip().upper()
    if len(code) != 18:
        return f"统一社会信用代码应为 18 位，实际 {len(code)} 位"
    bad = sorted({ch for ch in code if ch not in USCC_CHARSET})
    if bad:
        return f"统一社会信用代码含有无效字符：{''.join(bad)}"
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        return f"统一社会信用代码校验位错误（应为 {expected}）"
    return None


@dataclass
class Enterprise:
    name: str
    credit_code: str = ""
    street: str = ""
    address: str = ""
    sector: str = ""
    lead_department: str = ""
    risk_grade: str = ""
    credit_grade: str = ""
    key_categories: list[str] = field(default_factory=list)
    key_process: bool = False
    key_chemicals: bool = False
    major_hazard_source: bool = False
    contact_person: str = ""
    contact_phone: str = ""
    id: str = ""


@dataclass
class Inspector:
    name: str
    department: str = ""
    certificate_no: str = ""  # 执法证号; an enforcement inspection needs two inspectors who have one
    specialties: str = ""
    id: str = ""


def enterprise_problems(e: Enterprise) -> dict[str, str]:
    """Field → message for every invalid field (empty when the record can be stored)."""
    problems: dict[str, str] = {}
    if not e.name.strip():
        problems["name"] = "企业名称不能为空"
    if e.credit_code.strip():
        why = uscc_problem(e.credit_code)
        if why:
            problems["credit_code"] = why
    if e.risk_grade and e.risk_grade not in RISK_GRADES:
        problems["risk_grade"] = f"风险等级应为 {'/'.join(RISK_GRADES)} 之一"
    if e.credit_grade and e.credit_grade not in CREDIT_GRADES:
        problems["credit_grade"] = f"信用等级应为 {'/'.join(CREDIT_GRADES)} 之一"
    unknown = [c for c in e.key_categories if c not in KEY_CATEGORIES]
    if unknown:
        problems["key_categories"] = f"未知的重点企业类别：{'、'.join(unknown)}"
    phone = e.contact_phone.strip()
    if phone and not all(ch.isdigit() or ch in "-+ ()（）转" for ch in phone):
        problems["contact_phone"] = "联系电话只能包含数字和 - + ( ) 等符号"
    return problems


def inspector_problems(i: Inspector) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not i.name.strip():
        problems["name"] = "姓名不能为空"
    return problems
