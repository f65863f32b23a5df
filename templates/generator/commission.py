"""Commission calculator: tiered commission with accelerators above 100% and a
cap (ALLOT.COMMISSION), per person, with each band's pay worked out beside it
so that anyone can follow the sum.
"""

from __future__ import annotations

import company
from common import Template
from fods import Condition, column_name

FILE = "commission"
TITLE = ("Commission calculator", "提成计算器")
DESCRIPTION = (
    "Tiered commission per person with accelerators above 100% and a cap, each band shown.",
    "按人计算阶梯提成：超过 100% 的加速提成和封顶，逐档列示。")

THRESHOLDS = (0.0, 0.8, 1.0, 1.2)
RATES = (0.02, 0.04, 0.07, 0.10)
CAP = 1.5
HALF = 6  # the period: the first half of the plan year
FIRST = 17


def build(language: str) -> Template:
    tpl = Template(language, FILE, TITLE, DESCRIPTION)
    t = tpl.t
    sheet = tpl.sheet("commission", ("Commission", "提成"))
    sheet.width("A", 2.2)
    sheet.width("B", 2.8)
    sheet.default_width = 2.45
    sheet.width("F", 2.8)
    sheet.width("K", 2.8)
    tpl.title_block(sheet, f"{tpl.title} — {tpl.company}", t(
        "Each band pays its rate on the sales between its attainment threshold and the next, like tax brackets; "
        "sales count up to the cap. ALLOT.COMMISSION does it in one call; the band columns show the working.",
        "每档比例只作用于该档达成率区间内的销售额（类似个税税率表）；销售额计到封顶为止。ALLOT.COMMISSION 一次算出，"
        "各档列显示计算过程。"))
    tpl.all_checks(sheet, "A3", "C3")

    tpl.section(sheet, "A5", t("Inputs", "输入"), 14)
    sheet.set("A6", t("Period", "期间"))
    tpl.input(sheet, "C6", "Period", t("The period the targets and actuals cover.", "目标和实际所属的期间。"),
              t(f"H1 {company.PLAN_YEAR}", f"{company.PLAN_YEAR} 年上半年"), fmt="")
    sheet.set("A7", t("Cap (attainment)", "封顶（达成率）"))
    tpl.input(sheet, "C7", "Cap", t("The highest attainment paid for.", "计算提成的最高达成率。"), CAP, "pct0")
    tpl.headings(sheet, "A9", [t("Band", "档位"), None, t("From attainment", "起点达成率"), t("Rate", "提成比例")])
    sheet.style("B9", "heading")
    names = [t("Base", "基础"), t("Target", "目标"), t("Accelerator", "加速"), t("Super accelerator", "超额加速")]
    for i, name in enumerate(names):
        sheet.set(f"A{10 + i}", f"{i + 1}. {name}")
    tpl.input(sheet, "C10:C13", "Thresholds", t("Attainment where each band starts, ascending (the first is 0%).",
                                                "各档起点的达成率，从低到高（第一档为 0%）。"), list(THRESHOLDS), "pct0")
    tpl.input(sheet, "D10:D13", "Rates", t("Rate each band pays on its sales.", "每档销售额的提成比例。"),
              list(RATES), "pct1")
    sheet.set("F10", t("Example: a target of 1,000,000 and sales of 1,300,000 (130%) pay", "示例：目标 1,000,000，"
                       "销售额 1,300,000（130%）的提成为"), "note")
    sheet.set("F11", t("2% of 800,000 + 4% of 200,000 + 7% of 200,000 + 10% of 100,000 = 16,000 + 8,000 + 14,000 "
                       "+ 10,000 = 48,000.", "800,000 × 2% + 200,000 × 4% + 200,000 × 7% + 100,000 × 10% = 16,000 + "
                       "8,000 + 14,000 + 10,000 = 48,000。"), "note")
    sheet.set("F12", "=ALLOT.COMMISSION(1300000;1000000;Thresholds;Rates;Cap)", "output.int.bold")
    sheet.set("G12", t("← ALLOT.COMMISSION(1300000; 1000000; Thresholds; Rates; Cap)",
                       "← ALLOT.COMMISSION(1300000; 1000000; Thresholds; Rates; Cap)"), "note")

    people = company.PEOPLE
    first, last = FIRST, FIRST + len(people) - 1
    tpl.section(sheet, f"A{first - 2}", t("Per person", "每人"), 14)
    band_heads = [t(f"Band {i + 1}", f"第 {i + 1} 档") for i in range(4)]
    tpl.headings(sheet, f"A{first - 1}", [
        t("Region", "区域"), t("Person", "姓名"), t("Target", "目标"), t("Actual", "实际"),
        t("Attainment", "达成率"), t("Commission", "提成"), t("Effective rate", "实际提成率"), *band_heads,
        t("Bands' sum", "各档合计"), t("Paid on sales up to", "计提上限")])
    tpl.input(sheet, f"A{first}:B{last}", "People", t("Each person's region and name.", "每人的区域和姓名。"),
              [[tpl.pick(company.region_of(p).name), tpl.pick(p.name)] for p in people], fmt="")
    tpl.input(sheet, f"C{first}:C{last}", "Targets",
              t("Each person's target for the period (the plan's first six months).", "每人本期目标（计划前六个月）。"),
              [sum(company.plan_of(p)["months"][:HALF]) for p in people])
    tpl.input(sheet, f"D{first}:D{last}", "Actuals", t("Each person's actual sales in the period.", "每人本期实际销售额。"),
              [sum(company.ACTUALS[p.name[0]][:HALF]) for p in people])
    for r in range(first, last + 1):
        sheet.set(f"E{r}", f"=D{r}/C{r}", "output.pct1")
        sheet.set(f"F{r}", f"=ALLOT.COMMISSION(D{r};C{r};Thresholds;Rates;Cap)", "output.int.bold")
        sheet.set(f"G{r}", f"=F{r}/D{r}", "output.pct2")
        for k in range(4):
            column = column_name(7 + k)
            upper = f"INDEX(Thresholds;{k + 2})*C{r}" if k < 3 else f"Cap*C{r}"
            sheet.set(f"{column}{r}",
                      f"=INDEX(Rates;{k + 1})*MAX(0;MIN(D{r};Cap*C{r};{upper})-INDEX(Thresholds;{k + 1})*C{r})",
                      "output.int")
        sheet.set(f"L{r}", f"=SUM(H{r}:K{r})", "output.int")
        sheet.set(f"M{r}", f"=MIN(D{r};Cap*C{r})", "output.int")
    sheet.conditional(f"E{first}:E{last}", Condition("<0.8", "Bad"), Condition(">=1", "Good"))
    tpl.output(sheet, f"F{first}:F{last}", "Commissions", t("Each person's commission.", "每人的提成。"))
    total = last + 1
    sheet.set(f"A{total}", t("Total", "合计"), "total")
    sheet.style(f"B{total}", "total")
    for column in "CDFHIJKLM":
        sheet.set(f"{column}{total}", f"=SUM({column}{first}:{column}{last})", "total.int")
    sheet.set(f"E{total}", f"=D{total}/C{total}", "total.pct1")
    sheet.set(f"G{total}", f"=F{total}/D{total}", "total.pct2")
    sheet.set(f"A{total + 1}", t(
        "F =ALLOT.COMMISSION(actual; target; Thresholds; Rates; Cap)   band k: rate k × (sales between threshold k "
        "and threshold k+1, counted up to the cap)",
        "F =ALLOT.COMMISSION(实际; 目标; Thresholds; Rates; Cap)   第 k 档：第 k 档比例 × （第 k 与第 k+1 个阈值之间的"
        "销售额，计到封顶为止）"), "note")
    sheet.freeze = (first - 1, 2)

    # By region.
    by = total + 3
    tpl.section(sheet, f"A{by}", t("By region", "按区域"), 14)
    tpl.headings(sheet, f"A{by + 1}", [t("Region", "区域"), t("People", "人数"), t("Target", "目标"),
                                       t("Actual", "实际"), t("Attainment", "达成率"), t("Commission", "提成"),
                                       t("Cost of sales", "提成占销售额")])
    rng = lambda column: f"${column}${first}:${column}${last}"
    rows = []
    for i, region in enumerate(company.REGIONS):
        r = by + 2 + i
        rows.append(r)
        sheet.set(f"A{r}", tpl.pick(region.name), "label.bold")
        sheet.set(f"B{r}", f"=COUNTIF({rng('A')};A{r})", "output.plain.center")
        for column in "CDF":
            sheet.set(f"{column}{r}", f"=SUMIF({rng('A')};A{r};{rng(column)})", "output.int")
        sheet.set(f"E{r}", f"=D{r}/C{r}", "output.pct1")
        sheet.set(f"G{r}", f"=F{r}/D{r}", "output.pct2")
    a, b = rows[0], rows[-1]
    rt = b + 1
    sheet.set(f"A{rt}", t("Total", "合计"), "total")
    for column in "BCDF":
        sheet.set(f"{column}{rt}", f"=SUM({column}{a}:{column}{b})",
                  "total.plain.center" if column == "B" else "total.int")
    sheet.set(f"E{rt}", f"=D{rt}/C{rt}", "total.pct1")
    sheet.set(f"G{rt}", f"=F{rt}/D{rt}", "total.pct2")

    # Rate card: what a target of 1,000,000 pays at each attainment.
    tpl.headings(sheet, f"I{by + 1}", [t("Attainment", "达成率"), t("Sales", "销售额"), t("Commission", "提成"),
                                       t("Effective rate", "实际提成率")])
    sheet.set(f"I{by}", t("Rate card for a target of 1,000,000", "目标为 1,000,000 时的提成表"), "section")
    sheet.style(f"J{by}:L{by}", "section")
    card = [0.5, 0.8, 1.0, 1.2, 1.5, 1.8]
    for i, level in enumerate(card):
        r = by + 2 + i
        sheet.set(f"I{r}", level, "output.pct0.center")
        sheet.set(f"J{r}", f"=I{r}*1000000", "output.int")
        sheet.set(f"K{r}", f"=ALLOT.COMMISSION(J{r};1000000;Thresholds;Rates;Cap)", "output.int")
        sheet.set(f"L{r}", f"=K{r}/J{r}", "output.pct2")
    count = len(people)
    end = max(rt, by + 1 + len(card))
    tpl.checks_block(sheet, end + 2, [
        (t("ALLOT.COMMISSION equals the sum of the bands, for everyone", "对每个人，ALLOT.COMMISSION 都等于各档之和"),
         f"=SUMPRODUCT(ABS(F{first}:F{last}-L{first}:L{last})<0.005)={count}"),
        (t("No one is paid on sales beyond the cap", "没有人按超过封顶的销售额计提"),
         f"=SUMPRODUCT((M{first}:M{last}<=Cap*C{first}:C{last})*1)={count}"),
        (t("The thresholds start at 0% and rise", "阈值从 0% 开始并逐档上升"),
         "=AND(INDEX(Thresholds;1)=0;SUMPRODUCT((C11:C13>C10:C12)*1)=3)"),
        (t("The regions add up to the total (targets, actuals, commission)", "各区域之和等于合计（目标、实际、提成）"),
         f"=AND(C{rt}=C{total};D{rt}=D{total};ABS(F{rt}-F{total})<0.005;B{rt}={count})"),
        (t("The example pays 48,000", "示例的提成为 48,000"), "=ABS(F12-48000)<0.005"),
    ], span=14)

    tpl.about(
        what=[
            t("Works out each person's commission for a period from their target and actual sales.",
              "根据每人的目标和实际销售额计算本期提成。"),
            t("Bands work like tax brackets: each rate applies only to the sales inside its band, so crossing a",
              "各档与个税税率表相同：每档比例只作用于该档内的销售额，跨档"),
            t("threshold never lowers the pay; the higher rates above 100% are the accelerators; the cap stops",
              "不会使提成减少；超过 100% 的更高比例即加速提成；封顶"),
            t("paying beyond a set attainment. The band columns repeat the sum by hand as a check.",
              "限制计提的最高达成率。各档列手工复算一遍作为校验。"),
        ],
        steps=[
            t("Set the bands (thresholds and rates) and the cap.", "设置档位（阈值和比例）以及封顶。"),
            t("Paste each person's target and actual sales for the period.", "粘贴每人本期的目标和实际销售额。"),
            t("Read the commission; the checks prove the bands add up.", "查看提成；校验证明各档之和正确。"),
        ])
    tpl.book.active_sheet = sheet.name
    sheet.cursor = "C7"
    return tpl
