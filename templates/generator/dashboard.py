"""Tracking dashboard: actuals by month against the plan, per person, region
and company; pace (ALLOT.PACE), status (ALLOT.STATUS), red below the warning
level, a ranking and a chart.
"""

from __future__ import annotations

import datetime

import company
from common import Template, month_names
from fods import Chart, Condition, column_name

FILE = "dashboard"
TITLE = ("Sales tracking dashboard", "销售跟踪看板")
DESCRIPTION = (
    "Actuals against the plan by month, person and region: attainment, pace, status (red below 80%), "
    "a ranking and a chart.",
    "按月份、人员和区域对比实际与计划：达成率、时间进度达成、状态（低于 80% 标红）、排名和图表。")

FIRST = 5                        # first person's row on Plan, Actuals and People
LAST = FIRST + len(company.PEOPLE) - 1
TOTAL = LAST + 1


def build(language: str) -> Template:
    tpl = Template(language, FILE, TITLE, DESCRIPTION)
    dashboard = tpl.sheet("dashboard", ("Dashboard", "看板"))
    people = tpl.sheet("people", ("People", "人员"))
    ranking = tpl.sheet("ranking", ("Ranking", "排名"))
    plan = tpl.sheet("plan", ("Plan", "计划"))
    actuals = tpl.sheet("actuals", ("Actuals", "实际"))
    build_months_sheet(tpl, plan, "plan")
    build_months_sheet(tpl, actuals, "actuals")
    build_people(tpl, people)
    build_ranking(tpl, ranking)
    build_dashboard(tpl, dashboard)
    t = tpl.t
    tpl.about(
        what=[
            t("Compares actual sales with the plan, month by month, for every person, region and the company.",
              "逐月对比每个人、每个区域和整个公司的实际销售额与计划。"),
            t("Pace (ALLOT.PACE) is the actual divided by the plan due so far, counting the current month pro rata;",
              "时间进度达成（ALLOT.PACE）= 实际 ÷ 截至目前应完成的计划（当月按已过天数折算）；"),
            t("status (ALLOT.STATUS) says behind, at risk or on track; cells below the warning level turn red.",
              "状态（ALLOT.STATUS）显示落后、有风险或正常；低于预警线的单元格标红。"),
            t("The ranking sorts everyone by pace; the chart shows the company's plan and actuals by month.",
              "排名按时间进度达成排序；图表显示公司各月的计划与实际。"),
        ],
        steps=[
            t("Paste the plan by person and month (the annual plan's Months sheet) on Plan.",
              "把按人员和月份的计划（年度计划的“月度”工作表）粘贴到“计划”。"),
            t("Each month, paste the actuals on Actuals and set the date on Dashboard.",
              "每月把实际数据粘贴到“实际”，并在“看板”中设置日期。"),
            t("Read the dashboard; red cells are behind (below the warning level).",
              "查看看板；红色单元格表示落后（低于预警线）。"),
        ])
    tpl.book.active_sheet = dashboard.name
    return tpl


def build_months_sheet(tpl: Template, sheet, kind: str) -> None:
    """Plan or Actuals: one row per person, one column per month."""
    t = tpl.t
    sheet.width("A", 2.2)
    sheet.width("B", 2.8)
    sheet.default_width = 2.15
    sheet.width("O", 2.5)
    if kind == "plan":
        tpl.title_block(sheet, t("Plan by person and month (CNY)", "按人员和月份的计划（元）"), t(
            "Paste the annual plan's targets (its Months sheet: each person's 12 months).",
            "粘贴年度计划的目标（其“月度”工作表：每人 12 个月）。"))
    else:
        tpl.title_block(sheet, t("Actual sales by person and month (CNY)", "按人员和月份的实际销售额（元）"), t(
            "Paste the actuals month by month; the current month to date. Leave later months blank.",
            "逐月粘贴实际数据；当月为截至目前的数。之后的月份留空。"))
    tpl.headings(sheet, "A4", [t("Region", "区域"), t("Person", "姓名")] + month_names(tpl) + [t("Total", "合计")])
    if kind == "plan":
        tpl.input(sheet, f"A{FIRST}:B{LAST}", "People",
                  t("Each person's region and name, in the same order on Plan and Actuals.",
                    "每人的区域和姓名，“计划”和“实际”中顺序相同。"),
                  [[tpl.pick(company.region_of(p).name), tpl.pick(p.name)] for p in company.PEOPLE], fmt="")
        tpl.input(sheet, f"C{FIRST}:N{LAST}", "PlanMonths",
                  t("Each person's target for each month.", "每人每月的目标。"),
                  [company.plan_of(p)["months"] for p in company.PEOPLE])
    else:
        for r in range(FIRST, LAST + 1):
            sheet.set(f"A{r}", f"=plan!A{r}")
            sheet.set(f"B{r}", f"=plan!B{r}")
        rows = []
        for p in company.PEOPLE:
            values = company.ACTUALS[p.name[0]]
            rows.append(values + [None] * (12 - len(values)))
        tpl.input(sheet, f"C{FIRST}:N{LAST}", "ActualMonths",
                  t("Each person's actual sales for each month so far (blank: not yet).",
                    "每人每月至今的实际销售额（空白：尚未发生）。"), rows)
    for r in range(FIRST, LAST + 1):
        sheet.set(f"O{r}", f"=SUM(C{r}:N{r})", "total.int")
    sheet.set(f"A{TOTAL}", t("Company", "公司"), "total")
    sheet.style(f"B{TOTAL}", "total")
    for m in range(13):
        column = column_name(2 + m)
        sheet.set(f"{column}{TOTAL}", f"=SUM({column}{FIRST}:{column}{LAST})", "total.int")
    sheet.freeze = (4, 2)


def plan_due(row: int) -> str:
    """The plan due by the as-of date for a person's row of Plan: the months
    elapsed in full plus the elapsed share of the current one."""
    months = f"plan!C{row}:N{row}"
    return (f"=SUMPRODUCT((COLUMN({months})-COLUMN(plan!C{row})+1<=INT(Elapsed))*{months})"
            f"+MOD(Elapsed;1)*INDEX({months};1;MIN(INT(Elapsed)+1;12))")


def status_colours(sheet, ref: str, first_cell: str) -> None:
    """Red below the warning level, amber below the on-track level, green above."""
    sheet.conditional(ref, Condition(f"formula-is({first_cell}<WarnLevel)", "Bad"),
                      Condition(f"formula-is({first_cell}<OkLevel)", "Neutral"),
                      Condition(f"formula-is(ISNUMBER({first_cell}))", "Good"))


def build_people(tpl: Template, sheet) -> None:
    t = tpl.t
    sheet.width("A", 2.2)
    sheet.width("B", 2.8)
    sheet.default_width = 2.6
    tpl.title_block(sheet, t("People: actual against plan", "人员：实际与计划"), t(
        "Pace = actual ÷ plan due by the date (ALLOT.PACE); status by ALLOT.STATUS; red below the warning level.",
        "时间进度达成 = 实际 ÷ 截至该日期应完成的计划（ALLOT.PACE）；状态由 ALLOT.STATUS 给出；低于预警线标红。"))
    tpl.headings(sheet, "A4", [
        t("Region", "区域"), t("Person", "姓名"), t("Annual target", "年度目标"), t("Plan to date", "应完成"),
        t("Actual to date", "实际完成"), t("Gap", "差额"), t("Pace (attainment to date)", "时间进度达成"),
        t("Status", "状态"), t("Of annual target", "占年度目标"), t("Forecast at this pace", "按此进度预测全年"),
        t("Rank", "排名")])
    for r in range(FIRST, LAST + 1):
        sheet.set(f"A{r}", f"=plan!A{r}")
        sheet.set(f"B{r}", f"=plan!B{r}")
        sheet.set(f"C{r}", f"=plan!O{r}", "output.int")
        sheet.set(f"D{r}", plan_due(r), "output.int")
        sheet.set(f"E{r}", f"=actuals!O{r}", "output.int")
        sheet.set(f"F{r}", f"=E{r}-D{r}", "output.int")
        sheet.set(f"G{r}", f"=ALLOT.PACE(E{r};plan!C{r}:N{r};Elapsed)", "output.pct1.bold")
        sheet.set(f"H{r}", f"=ALLOT.STATUS(G{r};WarnLevel;OkLevel)", "output.center")
        sheet.set(f"I{r}", f"=E{r}/C{r}", "output.pct1")
        sheet.set(f"J{r}", f"=G{r}*C{r}", "output.int")
        sheet.set(f"K{r}", f"=RANK(G{r};$G${FIRST}:$G${LAST})+COUNTIF($G${FIRST}:G{r};G{r})-1", "output.plain.center")
    status_colours(sheet, f"G{FIRST}:H{LAST}", f"$G{FIRST}")
    sheet.set(f"A{TOTAL}", t("Company", "公司"), "total")
    sheet.style(f"B{TOTAL}", "total")
    for column in "CDEFJ":
        sheet.set(f"{column}{TOTAL}", f"=SUM({column}{FIRST}:{column}{LAST})", "total.int")
    sheet.set(f"G{TOTAL}", f"=ALLOT.PACE(E{TOTAL};plan!C{TOTAL}:N{TOTAL};Elapsed)", "total.pct1")
    sheet.set(f"H{TOTAL}", f"=ALLOT.STATUS(G{TOTAL};WarnLevel;OkLevel)", "total.center")
    sheet.set(f"I{TOTAL}", f"=E{TOTAL}/C{TOTAL}", "total.pct1")
    sheet.style(f"K{TOTAL}", "total")
    status_colours(sheet, f"G{TOTAL}:H{TOTAL}", f"$G{TOTAL}")
    sheet.set(f"A{TOTAL + 1}", t(
        "D: the plan of the months elapsed plus the elapsed share of this month   G =ALLOT.PACE(E; the person's 12 "
        "months on Plan; Elapsed)   H =ALLOT.STATUS(G; WarnLevel; OkLevel)",
        "D：已过各月的计划加上本月已过部分   G =ALLOT.PACE(E; “计划”中该人的 12 个月; Elapsed)   "
        "H =ALLOT.STATUS(G; WarnLevel; OkLevel)"), "note")
    tpl.output(sheet, f"G{FIRST}:G{LAST}", "Pace", t("Each person's pace (attainment to date).", "每人的时间进度达成。"))
    tpl.output(sheet, f"H{FIRST}:H{LAST}", "Status", t("Each person's status.", "每人的状态。"))
    sheet.freeze = (4, 2)
    count = len(company.PEOPLE)
    tpl.checks_block(sheet, TOTAL + 3, [
        (t("ALLOT.PACE is the actual ÷ the plan due to date, for everyone and the company",
           "对每个人和公司，ALLOT.PACE 都等于 实际 ÷ 截至目前应完成的计划"),
         f"=AND(SUMPRODUCT(ABS(G{FIRST}:G{LAST}*D{FIRST}:D{LAST}-E{FIRST}:E{LAST})<0.01)={count};"
         f"ABS(G{TOTAL}*D{TOTAL}-E{TOTAL})<0.01)"),
        (t("People add up to the company (targets, actuals)", "个人之和等于公司合计（目标、实际）"),
         f"=AND(C{TOTAL}=plan!O{TOTAL};E{TOTAL}=actuals!O{TOTAL})"),
        (t("Ranks run from 1 to the number of people, each once", "排名从 1 到总人数，各不重复"),
         f"=AND(MIN(K{FIRST}:K{LAST})=1;MAX(K{FIRST}:K{LAST})={count};"
         f"SUMPRODUCT(1/COUNTIF(K{FIRST}:K{LAST};K{FIRST}:K{LAST}))={count})"),
        (t("Actuals and Plan list the same people", "“实际”和“计划”的人员一致"),
         f"=SUMPRODUCT((actuals!B{FIRST}:B{LAST}=plan!B{FIRST}:B{LAST})*1)={count}"),
        (t("No actuals after the as-of date's month", "截至日期所在月份之后没有实际数据"),
         f"=SUMPRODUCT((COLUMN(actuals!C{FIRST}:N{LAST})-COLUMN(actuals!C{FIRST})+1>ROUNDUP(Elapsed;0))"
         f"*(actuals!C{FIRST}:N{LAST}<>\"\"))=0"),
    ], span=11)


def build_ranking(tpl: Template, sheet) -> None:
    t = tpl.t
    sheet.width("A", 1.6)
    sheet.width("B", 2.8)
    sheet.default_width = 2.6
    tpl.title_block(sheet, t("Ranking by pace", "按时间进度达成排名"), t(
        "Everyone sorted by pace, best first (ties keep the order of the People sheet).",
        "按时间进度达成从高到低排序（并列时按“人员”表中的顺序）。"))
    tpl.headings(sheet, "A4", [t("Rank", "排名"), t("Person", "姓名"), t("Region", "区域"),
                               t("Pace", "时间进度达成"), t("Status", "状态"), t("Actual to date", "实际完成"),
                               t("Plan to date", "应完成"), t("Gap", "差额")])
    people_rows = f"people!$K${FIRST}:$K${LAST}"
    for k in range(1, len(company.PEOPLE) + 1):
        r = 4 + k
        at = f"MATCH(A{r};{people_rows};0)"
        sheet.set(f"A{r}", k, "output.plain.center")
        for column, source, fmt in (("B", "B", None), ("C", "A", None), ("D", "G", "output.pct1.bold"),
                                    ("E", "H", "output.center"), ("F", "E", "output.int"),
                                    ("G", "D", "output.int"), ("H", "F", "output.int")):
            sheet.set(f"{column}{r}", f"=INDEX(people!${source}${FIRST}:${source}${LAST};{at})", fmt)
    last = 4 + len(company.PEOPLE)
    status_colours(sheet, f"D5:E{last}", "$D5")
    sheet.freeze = (4, 0)


def build_dashboard(tpl: Template, sheet) -> None:
    t = tpl.t
    sheet.width("A", 3.4)
    sheet.default_width = 2.55
    sheet.width("N", 2.8)
    tpl.title_block(sheet, f"{tpl.title} — {tpl.company}", t(
        "Set the date; paste plan and actuals on their sheets. Red: behind (below the warning level).",
        "设置日期；在相应工作表粘贴计划和实际。红色：落后（低于预警线）。"))
    tpl.all_checks(sheet, "A3", "B3")
    tpl.section(sheet, "A5", t("Inputs", "输入"), 14)
    sheet.set("A6", t("As of", "截至日期"))
    year, month, day = company.AS_OF
    tpl.input(sheet, "B6", "AsOfDate", t("The date the actuals run to.", "实际数据截至的日期。"),
              datetime.date(year, month, day), "date")
    sheet.set("A7", t("Behind below", "低于此为落后"))
    tpl.input(sheet, "B7", "WarnLevel", t("Pace below this is behind (red).", "时间进度达成低于此值为落后（红色）。"),
              0.8, "pct0")
    sheet.set("A8", t("On track from", "达到此为正常"))
    tpl.input(sheet, "B8", "OkLevel", t("Pace from this on is on track (green).", "时间进度达成达到此值为正常（绿色）。"),
              1.0, "pct0")
    sheet.set("D6", t("Months elapsed", "已过月数"))
    sheet.set("F6", "=MONTH(AsOfDate)-1+DAY(AsOfDate)/DAY(EOMONTH(AsOfDate;0))", "output.dec2")
    tpl.output(sheet, "F6", "Elapsed", t("Months elapsed by the as-of date (7.48 = mid-August).",
                                         "截至日期已过的月数（7.48 = 8 月中旬）。"))
    sheet.cursor = "B6"

    # Company and regions.
    tpl.section(sheet, "A10", t("Company and regions", "公司和区域"), 14)
    tpl.headings(sheet, "A11", [
        "", t("People", "人数"), t("Annual target", "年度目标"), t("Plan to date", "应完成"),
        t("Actual to date", "实际完成"), t("Gap", "差额"), t("Pace", "时间进度达成"), t("Status", "状态"),
        t("Of annual target", "占年度目标"), t("Year forecast", "全年预测")])
    rng = lambda column: f"people!${column}${FIRST}:${column}${LAST}"
    rows = []
    for i, region in enumerate(company.REGIONS):
        r = 12 + i
        rows.append(r)
        sheet.set(f"A{r}", tpl.pick(region.name), "label.bold")
        sheet.set(f"B{r}", f"=COUNTIF({rng('A')};A{r})", "output.plain.center")
        for column, source in (("C", "C"), ("D", "D"), ("E", "E")):
            sheet.set(f"{column}{r}", f"=SUMIF({rng('A')};$A{r};{rng(source)})", "output.int")
        sheet.set(f"F{r}", f"=E{r}-D{r}", "output.int")
        sheet.set(f"G{r}", f"=E{r}/D{r}", "output.pct1.bold")
        sheet.set(f"H{r}", f"=ALLOT.STATUS(G{r};WarnLevel;OkLevel)", "output.center")
        sheet.set(f"I{r}", f"=E{r}/C{r}", "output.pct1")
        sheet.set(f"J{r}", f"=G{r}*C{r}", "output.int")
    company_row = rows[-1] + 1
    sheet.set(f"A{company_row}", t("Company", "公司"), "total")
    sheet.set(f"B{company_row}", f"=SUM(B{rows[0]}:B{rows[-1]})", "total.plain.center")
    for column in "CDEF":
        sheet.set(f"{column}{company_row}", f"=SUM({column}{rows[0]}:{column}{rows[-1]})", "total.int")
    sheet.set(f"G{company_row}", f"=people!G{TOTAL}", "total.pct1")
    sheet.set(f"H{company_row}", f"=people!H{TOTAL}", "total.center")
    sheet.set(f"I{company_row}", f"=E{company_row}/C{company_row}", "total.pct1")
    sheet.set(f"J{company_row}", f"=G{company_row}*C{company_row}", "total.int")
    status_colours(sheet, f"G{rows[0]}:H{company_row}", f"$G{rows[0]}")
    sheet.set(f"A{company_row + 1}", t(
        "Region pace: the region's actual ÷ its plan due (the same as ALLOT.PACE over the region's months); "
        "the company's is ALLOT.PACE on the People sheet.",
        "区域时间进度达成：区域实际 ÷ 区域应完成（与对区域各月使用 ALLOT.PACE 相同）；公司的为“人员”表中的 ALLOT.PACE。"),
        "note")

    # Months.
    top = company_row + 3
    tpl.section(sheet, f"A{top}", t("The company by month", "公司各月"), 14)
    tpl.headings(sheet, f"A{top + 1}", [""] + month_names(tpl) + [t("Total", "合计")], lines=1)
    plan_row, due_row, actual_row, attain_row = top + 2, top + 3, top + 4, top + 5
    sheet.set(f"A{plan_row}", t("Plan", "计划"), "label.bold")
    sheet.set(f"A{due_row}", t("Plan due to date", "截至目前应完成"))
    sheet.set(f"A{actual_row}", t("Actual", "实际"), "label.bold")
    sheet.set(f"A{attain_row}", t("Attainment", "达成率"))
    for m in range(12):
        column = column_name(1 + m)
        source = column_name(2 + m)
        sheet.set(f"{column}{plan_row}", f"=plan!{source}{TOTAL}", "output.int")
        sheet.set(f"{column}{due_row}",
                  f"=IF({m + 1}<=INT(Elapsed);{column}{plan_row};IF({m + 1}=INT(Elapsed)+1;"
                  f"{column}{plan_row}*MOD(Elapsed;1);0))", "output.int")
        sheet.set(f"{column}{actual_row}", f"=actuals!{source}{TOTAL}", "output.int")
        sheet.set(f"{column}{attain_row}", f'=IF({column}{due_row}>0;{column}{actual_row}/{column}{due_row};"")',
                  "output.pct0")
    for r in (plan_row, due_row, actual_row):
        sheet.set(f"N{r}", f"=SUM(B{r}:M{r})", "total.int")
    sheet.set(f"N{attain_row}", f"=N{actual_row}/N{due_row}", "total.pct0")
    status_colours(sheet, f"B{attain_row}:N{attain_row}", f"B{attain_row}")
    sheet.chart(Chart(
        name=t("Plan and actual by month", "各月计划与实际"), anchor=f"A{attain_row + 2}", width_cm=30,
        height_cm=8.5, title=t("Plan and actual by month (CNY)", "各月计划与实际（元）"),
        categories=f"B{top + 1}:M{top + 1}",
        series=[(f"A{plan_row}", f"B{plan_row}:M{plan_row}", "bar", "#8ea9db"),
                (f"A{actual_row}", f"B{actual_row}:M{actual_row}", "bar", "#1f4e9a")]))
    # Room for the chart on the printed page.
    sheet.set(f"A{attain_row + 22}", t("The chart shows the Plan and Actual rows above.",
                                       "图表显示上方的“计划”和“实际”两行。"), "note")
    tpl.checks_block(sheet, attain_row + 24, [
        (t("The months add up to the people's totals (plan, plan due, actual)",
           "各月之和等于个人合计（计划、应完成、实际）"),
         f"=AND(N{plan_row}=people!C{TOTAL};ABS(N{due_row}-people!D{TOTAL})<0.01;N{actual_row}=people!E{TOTAL})"),
        (t("The regions add up to the company", "各区域之和等于公司"),
         f"=AND(C{company_row}=people!C{TOTAL};E{company_row}=people!E{TOTAL};B{company_row}={len(company.PEOPLE)})"),
        (t("The as-of date falls in the plan year's months (0 to 12 elapsed)", "截至日期在计划年度内（已过 0 到 12 个月）"),
         "=AND(Elapsed>0;Elapsed<=12)"),
        (t("The warning level is below the on-track level", "预警线低于正常线"), "=WarnLevel<=OkLevel"),
    ], span=14)
