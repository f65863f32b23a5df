"""Reverse funnel planner: from each person's revenue target back to the visits,
leads, opportunities and deals it takes per week (ALLOT.FUNNEL), what that
activity yields (ALLOT.FUNNELYIELD), and whether it fits a week (capacity).
"""

from __future__ import annotations

import company
from common import Template
from fods import Condition, column_name

FILE = "funnel"
TITLE = ("Reverse funnel planner", "倒推漏斗规划")
DESCRIPTION = (
    "From revenue targets back to the visits, leads, opportunities and deals per person per week, "
    "with a capacity check.",
    "从收入目标倒推每人每周所需的拜访、线索、商机和成交数量，并检查工作量是否可行。")

FIRST = 18  # the first person's row


def build(language: str) -> Template:
    tpl = Template(language, FILE, TITLE, DESCRIPTION)
    t = tpl.t
    sheet = tpl.sheet("funnel", ("Funnel", "漏斗"))
    sheet.width("A", 2.4)
    sheet.width("B", 3.0)
    sheet.default_width = 2.5
    sheet.width("G", 2.9)
    sheet.width("K", 2.9)
    sheet.width("O", 3.2)
    tpl.title_block(sheet, f"{tpl.title} — {tpl.company}", t(
        "Each person's target → deals → opportunities → leads → visits, per week (ALLOT.FUNNEL, rounded up at "
        "every stage), what that activity yields (ALLOT.FUNNELYIELD), and whether the visits fit in a week.",
        "每人的目标 → 成交 → 商机 → 线索 → 拜访，按周计算（ALLOT.FUNNEL，每一级向上取整），这些活动能带来多少收入"
        "（ALLOT.FUNNELYIELD），以及每周拜访量是否在能力范围内。"))
    tpl.all_checks(sheet, "A3", "C3")

    tpl.section(sheet, "A5", t("Inputs", "输入"), 12)
    sheet.set("A6", t("Working weeks in the year", "全年工作周数"))
    tpl.input(sheet, "D6", "Weeks", t("Selling weeks in the year (holidays and training excluded).",
                                      "全年可用于销售的周数（不含假期和培训）。"), company.WORKING_WEEKS, "plain")
    sheet.set("A7", t("Visits a person can make in a week", "每人每周可完成的拜访次数"))
    tpl.input(sheet, "D7", "VisitCapacity", t("Capacity: visits one person can make in a week.",
                                              "能力上限：一个人每周能完成的拜访次数。"), company.VISIT_CAPACITY, "plain")
    stages = [tpl.pick(s) for s in company.FUNNEL_STAGES]
    tpl.headings(sheet, "A9", [t("Conversion", "转化"), None,
                               f"{stages[0]} → {stages[1]}", f"{stages[1]} → {stages[2]}", f"{stages[2]} → {stages[3]}"])
    sheet.style("B9", "heading")
    sheet.set("A10", t("Rate", "转化率"))
    tpl.input(sheet, "C10:E10", "Rates", t("Conversion rate of each step of the funnel, from the top down.",
                                           "漏斗自上而下每一步的转化率。"), list(company.CONVERSION_RATES), "pct0")
    tpl.headings(sheet, "G9", [t("Region", "区域"), t("Average deal (CNY)", "平均单额（元）")])
    regions = company.REGIONS
    tpl.input(sheet, "G10:G13", "Regions", t("Region names, as in the people's table.", "区域名称，与人员表一致。"),
              [tpl.pick(r.name) for r in regions], fmt="")
    tpl.input(sheet, "H10:H13", "DealSizes", t("Average revenue of a deal in each region.", "各区域每笔成交的平均金额。"),
              [company.DEAL_SIZES[r.key] for r in regions])

    people = company.PEOPLE
    first, last = FIRST, FIRST + len(people) - 1
    tpl.section(sheet, f"A{first - 3}", t("Per person: in the year and per week", "每人：全年与每周"), 15)
    tpl.headings(sheet, f"A{first - 2}", [None, None, None, None, t("In the year", "全年"), None, None, None,
                                          t("Per week", "每周"), None, None, None], lines=1)
    sheet.style(f"E{first - 2}:L{first - 2}", "heading")
    tpl.headings(sheet, f"A{first - 1}", [
        t("Region", "区域"), t("Person", "姓名"), t("Annual target", "年度目标"), t("Average deal", "平均单额"),
        *stages, *stages, t("Capacity used", "能力占用"), t("Yields in a year", "全年可带来收入"),
        t("Capacity", "能力检查")])
    tpl.input(sheet, f"A{first}:B{last}", "People", t("Each person's region and name.", "每人的区域和姓名。"),
              [[tpl.pick(company.region_of(p).name), tpl.pick(p.name)] for p in people], fmt="")
    tpl.input(sheet, f"C{first}:C{last}", "PersonTargets",
              t("Each person's annual target (from the annual plan's PersonTargets).",
                "每人的年度目标（来自年度计划的 PersonTargets）。"),
              [company.plan_of(p)["target"] for p in people])
    over = t("Over capacity", "超出能力")
    for r in range(first, last + 1):
        sheet.set(f"D{r}", f"=VLOOKUP(A{r};$G$10:$H$13;2;0)", "output.int")
        sheet.array(f"E{r}:H{r}", f"=ALLOT.FUNNEL(C{r};D{r};Rates)", "output.int")
        sheet.array(f"I{r}:L{r}", f"=ALLOT.FUNNEL(C{r};D{r};Rates;Weeks)", "output.plain.center")
        sheet.set(f"M{r}", f"=I{r}/VisitCapacity", "output.pct0")
        sheet.set(f"N{r}", f"=INDEX(ALLOT.FUNNELYIELD(I{r}*Weeks;Rates;D{r});1;5)", "output.int")
        sheet.set(f"O{r}", f'=IF(I{r}<=VisitCapacity;"OK";"{over}")', "output.center")
    sheet.conditional(f"M{first}:M{last}", Condition(">1", "Bad"), Condition(">0.9", "Neutral"))
    sheet.conditional(f"O{first}:O{last}", Condition(f'="{over}"', "Bad"), Condition('="OK"', "Good"))
    tpl.output(sheet, f"E{first}:H{last}", "YearlyActivity",
               t("Visits, leads, opportunities and deals each person needs in the year.",
                 "每人全年所需的拜访、线索、商机和成交数量。"))
    tpl.output(sheet, f"I{first}:L{last}", "WeeklyActivity",
               t("Visits, leads, opportunities and deals each person needs per week.",
                 "每人每周所需的拜访、线索、商机和成交数量。"))
    total = last + 1
    sheet.set(f"A{total}", t("Total", "合计"), "total")
    sheet.style(f"B{total}:D{total}", "total")
    for column in "CEFGHIJKLN":
        sheet.set(f"{column}{total}", f"=SUM({column}{first}:{column}{last})",
                  "total.int" if column in "CEFGHN" else "total.plain.center")
    sheet.set(f"M{total}", f"=I{total}/(VisitCapacity*COUNTA(B{first}:B{last}))", "total.pct0")
    sheet.set(f"O{total}", f'=COUNTIF(O{first}:O{last};"{over}")&" {t("over", "人超出")}"', "total.center")
    sheet.set(f"A{total + 1}", t(
        "E:H =ALLOT.FUNNEL(target; deal; Rates)   I:L =ALLOT.FUNNEL(target; deal; Rates; Weeks): each stage's count "
        "÷ weeks, rounded up.   N =ALLOT.FUNNELYIELD(visits per week × Weeks; Rates; deal): the revenue (5th value).",
        "E:H =ALLOT.FUNNEL(目标; 单额; Rates)   I:L =ALLOT.FUNNEL(目标; 单额; Rates; Weeks)：各级数量 ÷ 周数，向上取整。"
        "   N =ALLOT.FUNNELYIELD(每周拜访 × Weeks; Rates; 单额)：收入（第 5 个值）。"), "note")
    sheet.freeze = (first - 1, 2)

    # By region: how many people the visits need.
    by = total + 3
    tpl.section(sheet, f"A{by}", t("By region: the visits against the team's capacity",
                                   "按区域：所需拜访量与团队能力"), 12)
    tpl.headings(sheet, f"A{by + 1}", [
        t("Region", "区域"), t("People", "人数"), t("Target", "目标"), t(f"{stages[3]} / year", f"全年{stages[3]}"),
        t(f"{stages[0]} / week", f"每周{stages[0]}"), t("Capacity / week", "每周能力"), t("Capacity used", "能力占用"),
        t("People needed", "所需人数"), t("To hire", "需增加")])
    rows = []
    rng = lambda column: f"${column}${first}:${column}${last}"
    for i in range(len(regions)):
        r = by + 2 + i
        rows.append(r)
        sheet.set(f"A{r}", f"=G{10 + i}")
        sheet.set(f"B{r}", f"=COUNTIF({rng('A')};A{r})", "output.plain.center")
        sheet.set(f"C{r}", f"=SUMIF({rng('A')};A{r};{rng('C')})", "output.int")
        sheet.set(f"D{r}", f"=SUMIF({rng('A')};A{r};{rng('H')})", "output.int")
        sheet.set(f"E{r}", f"=SUMIF({rng('A')};A{r};{rng('I')})", "output.plain.center")
        sheet.set(f"F{r}", f"=B{r}*VisitCapacity", "output.plain.center")
        sheet.set(f"G{r}", f"=E{r}/F{r}", "output.pct0")
        sheet.set(f"H{r}", f"=ROUNDUP(E{r}/VisitCapacity;0)", "output.plain.center")
        sheet.set(f"I{r}", f"=MAX(0;H{r}-B{r})", "output.plain.center")
    a, b = rows[0], rows[-1]
    sheet.conditional(f"G{a}:G{b}", Condition(">1", "Bad"), Condition(">0.9", "Neutral"))
    sheet.conditional(f"I{a}:I{b}", Condition(">0", "Bad"))
    rt = b + 1
    sheet.set(f"A{rt}", t("Total", "合计"), "total")
    for column in "BCDEFHI":
        sheet.set(f"{column}{rt}", f"=SUM({column}{a}:{column}{b})",
                  "total.int" if column in "CD" else "total.plain.center")
    sheet.set(f"G{rt}", f"=E{rt}/F{rt}", "total.pct0")

    count = len(people)
    tpl.checks_block(sheet, rt + 2, [
        (t("Every person's weekly visits yield at least their target (ALLOT.FUNNELYIELD)",
           "每人每周的拜访量全年带来的收入不低于其目标（ALLOT.FUNNELYIELD）"),
         f"=SUMPRODUCT(N{first}:N{last}>=C{first}:C{last})={count}"),
        (t("The funnel narrows at every stage, for everyone", "每个人的漏斗逐级收窄"),
         f"=SUMPRODUCT((E{first}:E{last}>=F{first}:F{last})*(F{first}:F{last}>=G{first}:G{last})"
         f"*(G{first}:G{last}>=H{first}:H{last})*(I{first}:I{last}>=J{first}:J{last})"
         f"*(J{first}:J{last}>=K{first}:K{last})*(K{first}:K{last}>=L{first}:L{last}))={count}"),
        (t("A week's activity, over the year, covers the year's (per-week counts are rounded up)",
           "每周活动量乘以周数不少于全年所需（每周数量向上取整）"),
         f"=SUMPRODUCT((I{first}:L{last}*Weeks>=E{first}:H{last})*1)={count}*4"),
        (t("Every rate is above 0% and at most 100%", "每个转化率都大于 0% 且不超过 100%"),
         "=SUMPRODUCT((Rates>0)*(Rates<=1))=COLUMNS(Rates)"),
        (t("The regions add up to the team (targets, people, visits)", "各区域之和等于团队合计（目标、人数、拜访）"),
         f"=AND(C{rt}=C{total};B{rt}=COUNTA(B{first}:B{last});D{rt}=H{total};E{rt}=I{total})"),
        (t("Every person's region has a deal size", "每个人所在区域都有平均单额"),
         f"=SUMPRODUCT(COUNTIF(G10:G13;A{first}:A{last})>0)={count}"),
    ], span=12)

    tpl.about(
        what=[
            t("Works backwards from each person's annual target to the activity it takes each week: deals, "
              "opportunities,", "从每个人的年度目标倒推每周所需的活动量：成交、商机、"),
            t("leads and visits (ALLOT.FUNNEL: target ÷ deal size, then ÷ each conversion rate, rounded up).",
              "线索和拜访（ALLOT.FUNNEL：目标 ÷ 平均单额，再逐级 ÷ 转化率，向上取整）。"),
            t("ALLOT.FUNNELYIELD runs the funnel forwards to prove the weekly visits reach the target.",
              "ALLOT.FUNNELYIELD 正向计算漏斗，证明每周拜访量能够达成目标。"),
            t("The capacity check flags people (and regions) whose visits do not fit in a week.",
              "能力检查标出每周拜访量超出能力的人员（及区域）。"),
        ],
        steps=[
            t("Paste each person's annual target (the annual plan's PersonTargets).",
              "粘贴每人的年度目标（年度计划中的 PersonTargets）。"),
            t("Set the conversion rates and the average deal size of each region from your CRM.",
              "根据 CRM 数据设置转化率和各区域平均单额。"),
            t("Set the selling weeks and a person's weekly visit capacity.", "设置销售周数和每人每周拜访能力。"),
            t("Read the weekly activity; red marks more visits than a week holds.",
              "查看每周活动量；红色表示拜访量超出一周的能力。"),
        ])
    tpl.book.active_sheet = sheet.name
    sheet.cursor = "D6"
    return tpl
