"""Pick the reader for a template file by its extension."""

from __future__ import annotations

from pathlib import Path

from safety_desk.domain.templates import Template
from safety_desk.templates.errors import TemplateError
from safety_desk.templates.yaml_format import KEY_PATTERN, load_yaml_template

YAML_SUFFIXES = {".yaml", ".yml"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


def load_template_file(path: str | Path, *, sheet: str | None = None, key: str | None = None) -> tuple[Template, str]:
    """Read a template file. Returns the template and its kind ("yaml" or "xlsx")."""
    path = Path(path)
    if key is not None and not KEY_PATTERN.match(key):
        raise TemplateError("模板编号只能包含字母、数字、下划线、点和连字符（最多 80 个）", file=path, column="id")
    if not path.exists():
        raise TemplateError("文件不存在", file=path)
    if path.is_dir():
        raise TemplateError("这是一个目录，不是文件", file=path)
    suffix = path.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return load_yaml_template(path), "yaml"
    if suffix in XLSX_SUFFIXES:
        from safety_desk.templates.xlsx_catalogue import load_xlsx_catalogue  # openpyxl only when needed

        return load_xlsx_catalogue(path, sheet=sheet, key=key), "xlsx"
    if suffix == ".xls":
        raise TemplateError("不支持旧版 .xls 文件，请在 Excel/WPS 中另存为 .xlsx 后再导入", file=path)
    raise TemplateError(f"不支持的文件类型 “{suffix or '无扩展名'}”（可导入 .yaml、.yml、.xlsx）", file=path)
