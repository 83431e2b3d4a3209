"""Bench: how the YAML template reader meets each failure class of issue 15 — time and outcome per input.

    .venv/bin/python bench/template_guards.py

Run it in an older checkout to see the tracebacks (ValueError, TypeError, RecursionError) and the 4.9 MB field
accepted after seconds; here each is a located TemplateError. (The alias bombs are left out of the older-checkout
comparison on purpose: they hang or take gigabytes there.)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safety_desk.templates import TemplateError  # noqa: E402
from safety_desk.templates.yaml_format import parse_yaml_template  # noqa: E402
from tests.support.templates import MINIMAL_YAML as GOOD  # noqa: E402


def alias_bomb(levels: int, fan: int) -> str:
    lines = ['a0: &a0 ["lol"]']
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * fan) + "]")
    return "\n".join(lines) + "\n"


CASES = {
    'version "²"': GOOD.replace("version: 2", 'version: "²"'),
    "version 5,000 digits": GOOD.replace("version: 2", "version: " + "9" * 5000),
    "complex key ? [a, b]": GOOD.replace("title: 项目", "? [a, b]\n        : 项目"),
    "1,000-deep nesting": "sections: " + "[" * 1000 + "]" * 1000,
    "4.9 MB text field": GOOD.replace("第一点", "长" * 4_900_000),
}
if "--with-bombs" in sys.argv:
    CASES["alias bomb 9^9"] = alias_bomb(9, 9)
    CASES["alias bomb 12^12"] = alias_bomb(12, 12)


def main() -> None:
    for name, text in CASES.items():
        started = time.perf_counter()
        try:
            template = parse_yaml_template(text, file="x.yaml")
            outcome = f"ACCEPTED ({template.counts()['points']} points)"
        except TemplateError as exc:
            outcome = "TemplateError: " + str(exc)[:70]
        except BaseException as exc:  # noqa: BLE001 - the point is to show what an older reader does
            outcome = f"TRACEBACK {type(exc).__name__}"
        print(f"{name:22s} {time.perf_counter() - started:7.2f} s  {outcome}")


if __name__ == "__main__":
    main()
