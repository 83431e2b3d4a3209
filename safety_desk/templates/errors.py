"""TemplateError: a template file the user gave cannot be used, with where the problem is."""

from __future__ import annotations

from pathlib import Path

from safety_desk.errors import UserError


class TemplateError(UserError):
    """A template (YAML) or catalogue (xlsx) that cannot be imported.

    Carries the location so that the CLI and the UI can name it::

        raise TemplateError("缺少必需的列", file=path, sheet="Sheet1", row=2, column="检查内容")

    ``row`` is 1-based as Excel and text editors show it; ``column`` is a column heading, a letter, or a YAML field path.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.sheet = sheet
        self.row = row
        self.column = column
        super().__init__(self.located())

    def located(self) -> str:
        where = []
        if self.file:
            where.append(f"文件 {self.file}")
        if self.sheet:
            where.append(f"工作表 “{self.sheet}”")
        if self.row is not None:
            where.append(f"第 {self.row} 行")
        if self.column:
            where.append(f"列 “{self.column}”")
        return ("，".join(where) + "：" if where else "") + self.message
