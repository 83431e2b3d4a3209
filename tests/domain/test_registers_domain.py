"""GB 32100 credit codes and register validation."""

from __future__ import annotations

import pytest

from safety_desk.domain.registers import Enterprise, enterprise_problems, uscc_check_char, uscc_problem


@pytest.mark.parametrize("code", ["91110108551385082Q", "9144030071526726XG", "91350100M000100Y43"])
def test_real_codes_are_valid(code):
    assert uscc_problem(code) is None
    assert uscc_check_char(code[:17]) == code[17]


@pytest.mark.parametrize(
    ("code", "words"),
    [("91110108551385082A", "校验位错误（应为 Q）"), ("9111010855138508", "18 位"), ("91110108551385082I", "无效字符"),
     ("91110108551385O82Q", "无效字符")],
)
def test_bad_codes_say_why(code, words):
    assert words in uscc_problem(code)


def test_lower_case_and_spaces_are_accepted():
    assert uscc_problem(" 9144030071526726xg ") is None


def test_enterprise_problems_name_each_field():
    problems = enterprise_problems(Enterprise(name=" ", credit_code="91110108551385082A", risk_grade="很高",
                                              key_categories=["不存在的类别"], contact_phone="电话abc"))
    assert set(problems) == {"name", "credit_code", "risk_grade", "key_categories", "contact_phone"}
