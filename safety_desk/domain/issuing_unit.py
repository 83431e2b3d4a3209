"""The unit this computer works for (发文单位): the name printed on documents and reports, the short name used in
document numbers, whether it holds enforcement power, and the body that hears an administrative review.

One record per computer (a laptop belongs to one office). Pure data and validation; the store keeps it in
``local_state`` (services/issuing_unit.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from safety_desk.errors import ValidationError

# Since the 2024 revision of the 行政复议法 most reviews go to the people's government at the same level as the
# department that acted; the office edits this text when its case differs. A setting, not a legal statement.
DEFAULT_REVIEW_BODY = "本级人民政府"
MAX_NAME = 60
MAX_SHORT_NAME = 12
MAX_REVIEW_BODY = 100


@dataclass(frozen=True)
class IssuingUnit:
    name: str = ""              # as printed: 济南市天桥区应急管理局, 泺口街道办事处
    short_name: str = ""        # in document numbers: （天桥）应急责改〔2019〕15号
    enforcement_power: bool = False  # a unit with power issues 责令限期整改指令书; a street office 隐患整改通知书
    review_body: str = DEFAULT_REVIEW_BODY  # 行政复议机关, printed in the remedy notice

    @property
    def configured(self) -> bool:
        return bool(self.name)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "IssuingUnit":
        if not isinstance(data, dict):
            raise ValidationError({"unit": "发文单位设置应为一个对象"}, record="发文单位")
        unit = cls(
            name=data.get("name", ""), short_name=data.get("short_name", ""),
            enforcement_power=data.get("enforcement_power", False),
            review_body=data.get("review_body", DEFAULT_REVIEW_BODY),
        )
        unit.validate()
        return unit

    def validate(self) -> None:
        problems: dict[str, str] = {}
        for field, cap, label in (("name", MAX_NAME, "单位名称"), ("short_name", MAX_SHORT_NAME, "简称"),
                                  ("review_body", MAX_REVIEW_BODY, "行政复议机关")):
            value = getattr(self, field)
            if not isinstance(value, str):
                problems[field] = f"{label}应为文字"
            elif len(value) > cap:
                problems[field] = f"{label}最多 {cap} 个字"
            elif any(ch in value for ch in "\r\n\t"):
                problems[field] = f"{label}不能换行"
        if not isinstance(self.enforcement_power, bool):
            problems["enforcement_power"] = "是否具有执法权应为是或否"
        if isinstance(self.name, str) and self.name and isinstance(self.short_name, str) and not self.short_name:
            problems.setdefault("short_name", "请填写用于文号的单位简称（如：天桥）")
        if problems:
            raise ValidationError(problems, record="发文单位")
