"""What every template shares: the language switch, input cells, check cells,
and the About sheet that lists both.

Conventions every template follows (tests/integration/templates_test.cpp
relies on them):
- Inputs are cells in the "Input" cell style, each block a named range; the
  named range "InputNames" lists their names (on the About sheet).
- Check cells are formulas that are TRUE when a total holds; the named range
  "Checks" (on the About sheet) lists every one of them, and "AllChecks" is
  their AND.
"""

from __future__ import annotations

from dataclasses import dataclass

from fods import Chart, Condition, Sheet, Workbook, parse_range, range_name
import company

CHECK_CONDITIONS = (Condition("is-error", "Bad"), Condition("=1", "Good"), Condition("!=1", "Bad"))


@dataclass
class Input:
    name: str
    sheet: Sheet
    ref: str
    description: str


@dataclass
class Check:
    sheet: Sheet
    ref: str
    description: str


class Template:
    """One template in one language."""

    def __init__(self, language: str, file: str, title: tuple[str, str], description: tuple[str, str]):
        self.language = language
        self.file = file
        self.title = self.t(*title)
        self.company = self.t(*company.COMPANY)
        self.book = Workbook(language, self.title,
                             self.t("Allot template", "Allot 模板") + " — " + self.company,
                             self.t(*description))
        self.inputs: list[Input] = []
        self.outputs: list[Input] = []
        self.checks: list[Check] = []

    def t(self, english: str, chinese: str) -> str:
        return english if self.language == "en" else chinese

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[0] if self.language == "en" else pair[1]

    def sheet(self, key: str, names: tuple[str, str]) -> Sheet:
        return self.book.sheet(key, self.pick(names))

    # --- Inputs and outputs -----------------------------------------------------

    def input(self, sheet: Sheet, ref: str, name: str, description: str, values=None,
              fmt: str = "int") -> str:
        """Marks ref as an input block (style "Input"), names it, and fills it:
        values is one value, a list (a row or a column, as ref is shaped) or a
        list of rows."""
        row, column, rows, columns = parse_range(ref)
        style = "input" + (f".{fmt}" if fmt else "")
        sheet.style(ref, style)
        if values is not None:
            if not isinstance(values, list):
                values = [[values]]
            elif values and not isinstance(values[0], list):
                values = [[v] for v in values] if columns == 1 else [values]
            for r, line in enumerate(values):
                for c, value in enumerate(line):
                    if value is not None:
                        sheet.set(range_name(row + r, column + c), value, style)
        self.book.name(name, sheet, ref)
        self.inputs.append(Input(name, sheet, ref, description))
        return name

    def output(self, sheet: Sheet, ref: str, name: str, description: str) -> str:
        """Names a block of results, for people, macros and the main job."""
        self.book.name(name, sheet, ref)
        self.outputs.append(Input(name, sheet, ref, description))
        return name

    def title_block(self, sheet: Sheet, title: str, note: str) -> None:
        sheet.set("A1", title, "title")
        sheet.set("A2", note, "note")

    def section(self, sheet: Sheet, ref: str, text: str, columns: int = 1) -> None:
        row, column, _, _ = parse_range(ref)
        sheet.set(ref, text, "section")
        for c in range(1, columns):
            sheet.style(range_name(row, column + c), "section")

    def headings(self, sheet: Sheet, ref: str, texts: list, lines: int = 2) -> None:
        """A row of column headings, tall enough for `lines` lines of text."""
        sheet.row(ref, texts, "heading")
        sheet.row_heights[parse_range(ref)[0]] = 0.12 + 0.38 * lines

    # --- Checks -------------------------------------------------------------------

    def check(self, sheet: Sheet, label_ref: str, value_ref: str, description: str, formula: str) -> None:
        """A check row: its description and a formula that is TRUE when it holds."""
        sheet.set(label_ref, description, "label")
        sheet.set(value_ref, formula, "check.bool")
        sheet.conditional(value_ref, *CHECK_CONDITIONS)
        self.checks.append(Check(sheet, value_ref, description))

    def checks_block(self, sheet: Sheet, row: int, checks: list[tuple[str, str]],
                     value_column: str = "A", label_column: str = "B", span: int = 1) -> int:
        """A "Checks" section from row (1-based), each check's value left of its
        description; returns the next free row."""
        self.section(sheet, f"{value_column}{row}", self.t("Checks", "校验"), span)
        for offset, (description, formula) in enumerate(checks, start=1):
            self.check(sheet, f"{label_column}{row + offset}", f"{value_column}{row + offset}",
                       description, formula)
        return row + len(checks) + 2

    def all_checks(self, sheet: Sheet, label_ref: str, value_ref: str) -> None:
        sheet.set(label_ref, self.t("All checks hold", "全部校验通过"), "label.bold")
        sheet.set(value_ref, "=AllChecks", "check.bool")
        sheet.conditional(value_ref, *CHECK_CONDITIONS)

    # --- The About sheet ----------------------------------------------------------

    def about(self, what: list[str], steps: list[str]) -> Sheet:
        sheet = self.sheet("about", ("About", "说明"))
        sheet.width("A", 4.6)
        sheet.width("B", 15)
        sheet.width("C", 3)
        sheet.width("D", 3)
        sheet.fit = (1, 0)
        self.title_block(sheet, self.title, self.company + " · " + self.t(
            "sample data: replace the yellow cells with your own",
            "示例数据：把黄色单元格换成您自己的数据"))
        row = 4
        self.section(sheet, f"A{row}", self.t("What this workbook does", "本工作簿的用途"), 4)
        for line in what:
            row += 1
            sheet.set(f"A{row}", line)
        row += 2
        self.section(sheet, f"A{row}", self.t("How to use it", "使用方法"), 4)
        for number, line in enumerate(steps, start=1):
            row += 1
            sheet.set(f"A{row}", f"{number}. {line}")
        row += 2
        self.section(sheet, f"A{row}", self.t("Colours", "颜色"), 4)
        legend = [
            ("input", self.t("Input", "输入"),
             self.t("Type here (cell style “Input”). Each input block is a named range, listed below.",
                    "在此输入（单元格样式“输入”）。每个输入区域都是一个命名区域，见下表。")),
            ("output", self.t("Formula", "公式"),
             self.t("Calculated: ALLOT functions and ordinary formulas. Do not type over them.",
                    "计算结果：ALLOT 函数和普通公式，请勿改写。")),
            ("check", None, self.t("A check that holds (green); FALSE or an error shows red.",
                                     "校验通过（绿色）；FALSE 或错误显示为红色。")),
        ]
        for style, sample, text in legend:
            row += 1
            if style == "check":
                sheet.set(f"A{row}", "=1=1", "check.bool")
                sheet.conditional(f"A{row}", *CHECK_CONDITIONS)
            else:
                sheet.set(f"A{row}", sample, style + ".center")
            sheet.set(f"B{row}", text)
        row += 1
        sheet.set(f"B{row}", self.t(
            "ALLOT functions need the Allot extension: without it those cells show #NAME?.",
            "ALLOT 函数需要安装 Allot 扩展；未安装时这些单元格显示 #NAME?。"), "note")
        row += 2
        self.section(sheet, f"A{row}", self.t("Inputs (named ranges)", "输入（命名区域）"), 4)
        row += 1
        self.headings(sheet, f"A{row}", [self.t("Name", "名称"), self.t("What it is", "含义"),
                                          self.t("Sheet", "工作表"), self.t("Cells", "单元格")])
        first = row + 1
        for item in self.inputs:
            row += 1
            sheet.set(f"A{row}", item.name, "label.bold")
            sheet.set(f"B{row}", item.description, "label.wrap")
            sheet.set(f"C{row}", item.sheet.name)
            sheet.set(f"D{row}", item.ref)
        self.book.name("InputNames", sheet, f"A{first}:A{row}")
        row += 2
        self.section(sheet, f"A{row}", self.t("Results (named ranges)", "结果（命名区域）"), 4)
        row += 1
        self.headings(sheet, f"A{row}", [self.t("Name", "名称"), self.t("What it is", "含义"),
                                          self.t("Sheet", "工作表"), self.t("Cells", "单元格")])
        first = row + 1
        for item in self.outputs:
            row += 1
            sheet.set(f"A{row}", item.name, "label.bold")
            sheet.set(f"B{row}", item.description, "label.wrap")
            sheet.set(f"C{row}", item.sheet.name)
            sheet.set(f"D{row}", item.ref)
        self.book.name("OutputNames", sheet, f"A{first}:A{row}")
        row += 2
        self.section(sheet, f"A{row}", self.t("Checks (TRUE when the totals hold)", "校验（合计成立时为 TRUE）"), 4)
        row += 1
        self.headings(sheet, f"A{row}", [self.t("Result", "结果"), self.t("What it proves", "校验内容"),
                                          self.t("Sheet", "工作表"), self.t("Cell", "单元格")])
        first = row + 1
        for item in self.checks:
            row += 1
            sheet.set(f"A{row}", f"={item.sheet.key}!{item.ref}", "check.bool")
            sheet.set(f"B{row}", item.description, "label.wrap")
            sheet.set(f"C{row}", item.sheet.name)
            sheet.set(f"D{row}", item.ref)
        sheet.conditional(f"A{first}:A{row}", *CHECK_CONDITIONS)
        self.book.name("Checks", sheet, f"A{first}:A{row}")
        row += 1
        sheet.set(f"A{row}", "=AND(Checks)", "check.bool")
        sheet.conditional(f"A{row}", *CHECK_CONDITIONS)
        sheet.set(f"B{row}", self.t("All checks hold", "全部校验通过"), "label.bold")
        self.book.name("AllChecks", sheet, f"A{row}")
        return sheet


def month_names(template: Template) -> list[str]:
    return [template.pick(month) for month in company.MONTHS]


def line_chart(name: str, anchor: str, width: float, height: float, title: str, categories: str,
               series: list[tuple[str, str, str, str]], y_title: str = "") -> Chart:
    return Chart(name, anchor, width, height, title, categories, series, y_title)
