"""One function per form, and ``write_document_pdf`` choosing by kind. Content in, PDF out; no database here.

The layouts follow the ministry's forms (安全生产执法文书样式): issuing authority and title, number, addressee,
body, the remedy notice where the law requires it, signature lines with certificate numbers, receipt, seal area, and
the copies line.

    pages = write_document_pdf("指令书.pdf", content)
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from safety_desk.reports.documents.form import Form, cn_date, cn_time, frozen_output
from safety_desk.reports.documents.model import DocumentContent, Problem
from safety_desk.reports.text_safety import pdf_text

TITLES = {"record": "现场检查记录", "order": "责令限期整改指令书", "review": "整改复查意见书", "notice": "隐患整改通知书"}
SAFE_DURING = "整改期间，你单位应当采取必要的安全防范措施，确保安全生产，防止发生生产安全事故。"


def write_document_pdf(target: str | Path | BinaryIO, content: DocumentContent) -> int:
    """Write the document; returns its page count. The same content always gives the same bytes."""
    with frozen_output():
        form = Form(target, title=TITLES[content.kind], unit=content.unit_name, number=content.number)
        {"record": _record, "order": _order, "notice": _notice, "review": _review}[content.kind](form, content)
        return form.save()


def _who(c: DocumentContent) -> str:
    return "、".join(o.name for o in c.inspectors) or "____、____"


def _record(form: Form, c: DocumentContent) -> None:
    form.line("被检查单位：", c.enterprise)
    form.line("地址：", c.address)
    head = f"{c.head}    职务：{c.head_title or '________'}" + (f"    联系电话：{c.phone}" if c.phone else "")
    form.line("法定代表人（负责人）：", head if c.head else "")
    form.line("检查场所：", c.place)
    form.line("检查时间：", f"{cn_date(c.inspection_date)}{cn_time(c.time_from)}至{cn_time(c.time_to)}")
    certs = "、".join(o.certificate_no or "______" for o in c.inspectors) or "______、______"
    form.para(f"我们是{c.unit_name or '________'}的执法人员{_who(c)}，证件号码为{certs}，这是我们的证件"
              "（出示证件）。现依法对你单位进行现场检查，请予配合。", space_after=4)
    form.para("检查情况：", indent=False, space_after=0, bold=True)
    form.para(c.narrative or "（无）", space_after=10)
    form.officers("检查人员（签名）：", c.inspectors)
    form.sign_line("记录人（签名）：", with_date=False)
    if c.recorder:
        form.painter.text(form.left + 220, form.flow.y + 11 * 2.4 - 11 * 0.9, pdf_text(f"（{c.recorder}）"), 9.5)
    form.sign_line("被检查单位现场负责人（签名）：")
    form.para("被检查单位现场负责人拒绝签名的，检查人员在此注明情况，并由见证人签名：", indent=False, size=9.5,
              space_after=2)
    form.sign_line("拒签情况：", with_date=False)
    form.sign_line("见证人（签名）：")
    form.copies("本记录经被检查单位现场负责人核对无误。检查人员不少于两人，均应出示执法证件。")


def _deadline(p: Problem) -> str:
    if not p.deadline:
        return "立即整改"
    text = cn_date(p.deadline) + "前"
    return f"{text}\n（停产整改）" if p.mode == "停产整改" else text


def _problem_rows(c: DocumentContent) -> list[list[str]]:
    rows = []
    for n, p in enumerate(c.problems, start=1):
        text = p.description.strip() + (f"（部位：{p.location.strip()}）" if p.location.strip() else "")
        if p.level == "重大":
            text += "\n【重大事故隐患】"
        basis = "\n".join(x for x in (p.basis.strip(), p.disposal_basis.strip()) if x) or "—"
        rows.append([str(n), text, basis, _deadline(p)])
    return rows


def _problems(form: Form, c: DocumentContent, heading: str) -> None:
    majors = [str(n) for n, p in enumerate(c.problems, start=1) if p.level == "重大"]
    summary = f"共 {len(c.problems)} 项" + (f"，其中第 {'、'.join(majors)} 项为重大事故隐患" if majors else "")
    form.para(f"{heading}（{summary}）：", space_after=2)
    form.table(form.columns([("序号", 0.07, "center"), ("存在的问题", 0.39, "left"),
                             ("依据", 0.36, "left"), ("整改期限", 0.18, "center")]), _problem_rows(c))


def _order(form: Form, c: DocumentContent) -> None:
    form.para(f"{c.enterprise}：", indent=False)
    form.para(f"经查，你单位存在下列问题。依据《中华人民共和国安全生产法》等法律、法规、规章的规定，"
              f"现责令你单位对下列问题按期限整改完毕，达到有关法律法规规章和标准规定的要求。"
              f"由此造成事故的，依法追究有关人员的责任。", space_after=2)
    _problems(form, c, "存在的问题及整改期限")
    form.keep_closing_together(len(c.inspectors), text_lines=5)
    form.para(SAFE_DURING + "对在规定期限内未整改或者整改不合格的，将依法予以处理。")
    review = c.review_body or "本级人民政府"
    form.para(f"如果不服本指令，可以依法在60日内向{review}申请行政复议，或者在6个月内依法向人民法院提起行政诉讼，"
              "但本指令不停止执行，法律另有规定的除外。", space_after=8)
    form.officers("安全生产执法人员（签名）：", c.inspectors)
    form.sign_line("被检查单位负责人（签收）：")
    form.seal(c.unit_name, c.issued_on)
    form.copies("本文书一式两份：一份由发文单位存档，一份交被检查单位。")


def _notice(form: Form, c: DocumentContent) -> None:
    form.para(f"{c.enterprise}：", indent=False)
    form.para(f"{cn_date(c.inspection_date)}，我单位检查人员{_who(c)}对你单位进行了安全生产检查，"
              "发现你单位存在下列安全生产事故隐患。请你单位按下列期限完成整改，落实整改责任、措施、资金、时限和"
              "应急预案（五落实），并将整改情况书面报告我单位，申请复查。", space_after=2)
    _problems(form, c, "存在的隐患及整改期限")
    form.keep_closing_together(len(c.inspectors), text_lines=3)
    form.para(SAFE_DURING + "逾期未整改或者整改不合格的，我单位将报请有关负有安全生产监督管理职责的部门依法处理。",
              space_after=8)
    form.officers("检查人员（签名）：", c.inspectors)
    form.sign_line("被检查单位负责人（签收）：")
    form.seal(c.unit_name, c.issued_on)
    form.copies("本通知书一式两份：一份由发文单位存档，一份交被检查单位。")


def _review(form: Form, c: DocumentContent) -> None:
    form.para(f"{c.enterprise}：", indent=False)
    form.para(f"本机关于{cn_date(c.follows_date)}作出了文号为{c.follows_number}的《{c.follows_title}》，"
              "经对你单位整改情况进行复查，提出如下意见：", space_after=2)
    rows = [[str(n), r.description + ("\n【重大事故隐患】" if r.level == "重大" else ""), r.result,
             (r.opinion or "—") + (f"\n（{cn_date(r.reinspected_on)}复查）" if r.reinspected_on else "")]
            for n, r in enumerate(c.review_items, start=1)]
    form.table(form.columns([("序号", 0.07, "center"), ("原指令（通知）所列问题", 0.43, "left"),
                             ("复查结果", 0.13, "center"), ("复查意见", 0.37, "left")]), rows)
    open_items = sum(1 for r in c.review_items if r.result != "已整改")
    conclusion = (c.narrative.strip() or
                  ("经复查，上述问题已全部整改完毕。" if not open_items else
                   f"经复查，尚有 {open_items} 项问题未整改完毕，你单位应当继续整改，整改期间确保安全生产。"))
    form.keep_closing_together(len(c.inspectors), text_lines=2)
    form.para(conclusion, space_after=8)
    form.officers("复查人员（签名）：", c.inspectors)
    form.sign_line("被复查单位负责人（签收）：")
    form.seal(c.unit_name, c.issued_on)
    form.copies("本文书一式两份：一份由发文单位存档，一份交被复查单位。")

