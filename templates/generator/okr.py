"""OKR sheet: objectives and weighted key results scored 0–1 (ALLOT.OKR), and
the additive key results split to the regional teams (ALLOT.SPLIT,
ALLOT.APPORTION for whole numbers) with each team's score.
"""

from __future__ import annotations

import company
from common import Template
from fods import Condition, column_name

FILE = "okr"
TITLE = ("OKR sheet", "OKR 表")
DESCRIPTION = (
    "Objectives and key results scored 0–1 with weights, and key results split to the regional teams.",
    "目标与关键结果按权重评分（0–1），关键结果分解到各区域团队。")

# Objectives: (text, weight, key results); a key result: (text, unit, baseline, target, actual, weight)
OBJECTIVES = (
    (("Grow revenue profitably", "实现有质量的收入增长"), 0.40, (
        (("Revenue", "收入"), "cny", 0, company.ANNUAL_TARGET, None, 0.5),
        (("Gross margin", "毛利率"), "pct", 0.38, 0.41, 0.395, 0.3),
        (("Days sales outstanding (lower is better)", "应收账款周转天数（越低越好）"), "days", 75, 60, 66, 0.2),
    )),
    (("Win new customers", "赢得新客户"), 0.35, (
        (("New accounts won", "新签客户数"), "count", 0, 120, 68, 0.4),
        (("Win rate", "赢单率"), "pct", 0.08, 0.10, 0.088, 0.3),
        (("Pipeline coverage (× target)", "商机覆盖倍数（× 目标）"), "times", 2.5, 3.5, 3.2, 0.3),
    )),
    (("Keep and grow existing customers", "留住并发展老客户"), 0.25, (
        (("Retention", "留存率"), "pct", 0.875, 0.90, 0.891, 0.4),
        (("Net promoter score", "净推荐值"), "count", 31, 45, 37, 0.3),
        (("Expansion revenue", "老客户增购收入"), "cny", 0, 6_000_000, 3_350_000, 0.3),
    )),
)
FORMATS = {"cny": "int", "pct": "pct1", "days": "plain", "count": "plain", "times": "dec1"}
UNITS = {"cny": ("CNY", "元"), "pct": ("%", "%"), "days": ("days", "天"), "count": ("", ""), "times": ("×", "倍")}

ACTIVE_CUSTOMERS = {"N": 190, "E": 240, "S": 170, "W": 100}
TEAM_NEW_ACCOUNTS = {"N": 18, "E": 24, "S": 15, "W": 11}
TEAM_EXPANSION = {"N": 950_000, "E": 1_300_000, "S": 760_000, "W": 340_000}

FIRST = 9  # the first objective's row


def score_colours(sheet, ref: str) -> None:
    """OKR custom: 0.7 and above is good, below 0.4 is behind."""
    sheet.conditional(ref, Condition("<0.4", "Bad"), Condition("<0.7", "Neutral"), Condition(">=0.7", "Good"))


def build(language: str) -> Template:
    tpl = Template(language, FILE, TITLE, DESCRIPTION)
    t = tpl.t
    okr = tpl.sheet("okr", ("OKR", "OKR"))
    teams = tpl.sheet("teams", ("Teams", "团队"))
    rows = build_okr(tpl, okr)
    build_teams(tpl, teams, rows)
    tpl.about(
        what=[
            t("Scores each key result from 0 at its baseline to 1 at its target (linear, clamped; also for key "
              "results that should fall),", "每个关键结果在基线处得 0 分，在目标值处得 1 分（线性、超出部分截断；也适用于应当下降的指标），"),
            t("and each objective as the weighted average of its key results (ALLOT.OKR). The company's score weighs "
              "the objectives.", "每个目标（O）的得分为其关键结果的加权平均（ALLOT.OKR）。公司得分按各目标的权重加权。"),
            t("Key results that add up (revenue, new accounts, expansion revenue) are split to the regional teams: "
              "amounts with ALLOT.SPLIT,", "可相加的关键结果（收入、新签客户数、增购收入）分解到各区域团队：金额用 ALLOT.SPLIT，"),
            t("whole numbers with ALLOT.APPORTION, so the teams' targets add up to the company's exactly.",
              "整数用 ALLOT.APPORTION，各团队目标之和恰好等于公司目标。"),
        ],
        steps=[
            t("Write your objectives and key results with baselines, targets and weights.",
              "填写目标和关键结果，以及基线、目标值和权重。"),
            t("At each check-in, type the actuals (company and teams).", "每次复盘时填写实际值（公司和团队）。"),
            t("Read the scores: 0.7 or more is green, below 0.4 red.", "查看得分：0.7 及以上为绿色，低于 0.4 为红色。"),
        ])
    tpl.book.active_sheet = okr.name
    return tpl


def build_okr(tpl: Template, sheet) -> dict:
    t = tpl.t
    sheet.width("A", 1.6)
    sheet.width("B", 8.5)
    sheet.width("C", 1.6)
    sheet.default_width = 2.6
    tpl.title_block(sheet, f"{tpl.title} — {tpl.company}", t(
        "Key results score 0 at the baseline and 1 at the target (ALLOT.OKR); objectives are their weighted "
        "average. Green from 0.7, red below 0.4.",
        "关键结果在基线处得 0 分、在目标值处得 1 分（ALLOT.OKR）；目标（O）得分为其加权平均。0.7 及以上为绿色，低于 0.4 为红色。"))
    tpl.all_checks(sheet, "A3", "C3")
    tpl.section(sheet, "A5", t("Inputs", "输入"), 9)
    sheet.set("A6", t("Check-in", "复盘"))
    tpl.input(sheet, "C6", "CheckIn", t("Which check-in the actuals are from.", "实际值所属的复盘期。"),
              t(f"Mid-year {company.PLAN_YEAR} (to 15 Aug)", f"{company.PLAN_YEAR} 年中（截至 8 月 15 日）"), fmt="")
    tpl.headings(sheet, f"A{FIRST - 1}", [
        "#", t("Objective / key result", "目标 / 关键结果"), t("Unit", "单位"), t("Baseline", "基线"),
        t("Target", "目标值"), t("Actual", "实际"), t("Weight", "权重"), t("Score", "得分"),
        t("Weighted", "加权得分")])
    row = FIRST
    objective_rows = []
    kr_rows = {}
    for o, (text, weight, krs) in enumerate(OBJECTIVES, start=1):
        orow = row
        objective_rows.append(orow)
        a, b = orow + 1, orow + len(krs)
        sheet.set(f"A{orow}", f"O{o}", "label.bold")
        sheet.set(f"B{orow}", tpl.pick(text), "label.bold")
        sheet.set(f"H{orow}", f"=ALLOT.OKR(F{a}:F{b};D{a}:D{b};E{a}:E{b};G{a}:G{b})", "output.dec2.bold.center")
        sheet.set(f"I{orow}", f"=H{orow}*G{orow}", "output.dec2.center")
        for k, (kr_text, unit, baseline, target, actual, kr_weight) in enumerate(krs, start=1):
            r = orow + k
            kr_rows[(o, k)] = r
            fmt = FORMATS[unit]
            sheet.set(f"A{r}", f"KR{o}.{k}", "label.indent")
            sheet.set(f"B{r}", tpl.pick(kr_text), "label.indent")
            sheet.set(f"C{r}", tpl.pick(UNITS[unit]), "label.center")
            if actual is None:  # revenue: the actual to date, as on the dashboard
                actual = sum(sum(values) for values in company.ACTUALS.values())
            for column, value in (("D", baseline), ("E", target), ("F", actual)):
                sheet.set(f"{column}{r}", value, f"input.{fmt}")
            sheet.set(f"G{r}", kr_weight, "input.pct0")
            sheet.set(f"H{r}", f"=ALLOT.OKR(F{r};D{r};E{r})", "output.dec2.center")
            sheet.set(f"I{r}", f"=H{r}*G{r}", "output.dec2.center")
        row = b + 1
    last = row - 1
    # The key results' inputs, as named blocks (objective rows in between stay blank).
    tpl.input(sheet, f"D{FIRST}:F{last}", "KeyResults",
              t("Baseline, target and actual of each key result (objective rows stay blank).",
                "每个关键结果的基线、目标值和实际值（目标行留空）。"))
    tpl.input(sheet, f"G{FIRST}:G{last}", "Weights",
              t("Each objective's weight in the company score, and each key result's within its objective.",
                "每个目标在公司得分中的权重，以及每个关键结果在其目标中的权重。"))
    for o, (text, weight, krs) in enumerate(OBJECTIVES):
        orow = objective_rows[o]
        sheet.set(f"G{orow}", weight, "input.pct0")
        for k, kr in enumerate(krs, start=1):
            fmt = FORMATS[kr[1]]
            for column in "DEF":
                sheet.style(f"{column}{orow + k}", f"input.{fmt}")
            sheet.style(f"G{orow + k}", "input.pct0")
        for column in "DEF":
            sheet.style(f"{column}{orow}", "input")
    company_row = last + 1
    sheet.set(f"B{company_row}", t("Company score", "公司得分"), "total")
    sheet.style(f"A{company_row}", "total")
    sheet.style(f"C{company_row}:F{company_row}", "total")
    weights = "+".join(f"G{r}" for r in objective_rows)
    sheet.set(f"G{company_row}", f"={weights}", "total.pct0")
    sheet.set(f"H{company_row}", "=(" + "+".join(f"I{r}" for r in objective_rows) + f")/G{company_row}",
              "total.dec2.center")
    sheet.style(f"I{company_row}", "total")
    score_colours(sheet, f"H{FIRST}:H{company_row}")
    tpl.output(sheet, f"H{company_row}", "CompanyScore", t("The company's OKR score.", "公司的 OKR 得分。"))
    sheet.set(f"A{company_row + 1}", t(
        "Key result: =ALLOT.OKR(actual; baseline; target)   objective: =ALLOT.OKR(actuals; baselines; targets; "
        "weights) over its key results   company: the objectives weighed by their weights",
        "关键结果：=ALLOT.OKR(实际; 基线; 目标值)   目标：对其关键结果 =ALLOT.OKR(实际; 基线; 目标值; 权重)   "
        "公司：各目标按权重加权"), "note")
    sheet.cursor = "F10"

    checks = []
    for o, (text, weight, krs) in enumerate(OBJECTIVES):
        orow = objective_rows[o]
        a, b = orow + 1, orow + len(krs)
        checks.append(f"ABS(H{orow}-SUMPRODUCT(H{a}:H{b};G{a}:G{b})/SUM(G{a}:G{b}))<1E-12")
    tpl.checks_block(sheet, company_row + 3, [
        (t("Every objective's score is its key results' weighted average", "每个目标的得分都是其关键结果的加权平均"),
         "=AND(" + ";".join(checks) + ")"),
        (t("Every score is between 0 and 1", "所有得分都在 0 到 1 之间"),
         f"=AND(MIN(H{FIRST}:H{company_row})>=0;MAX(H{FIRST}:H{company_row})<=1)"),
        (t("The key results' weights add up to 100% in every objective, and the objectives' too",
           "每个目标内关键结果的权重之和为 100%，各目标的权重之和也为 100%"),
         "=AND(" + ";".join(f"ABS(SUM(G{r + 1}:G{r + len(OBJECTIVES[i][2])})-1)<1E-9"
                            for i, r in enumerate(objective_rows)) + f";ABS(G{company_row}-1)<1E-9)"),
    ], value_column="A", label_column="B", span=9)
    return {"kr": kr_rows, "objectives": objective_rows}


def build_teams(tpl: Template, sheet, okr_rows: dict) -> None:
    t = tpl.t
    kr = okr_rows["kr"]
    sheet.width("A", 2.6)
    sheet.default_width = 2.45
    tpl.title_block(sheet, t("Key results split to the regional teams", "关键结果分解到区域团队"), t(
        "Amounts split with ALLOT.SPLIT (whole thousands), counts with ALLOT.APPORTION (whole numbers): the teams' "
        "targets add up to the company's exactly.",
        "金额用 ALLOT.SPLIT 分解（取整到千元），数量用 ALLOT.APPORTION 分解（整数）：各团队目标之和恰好等于公司目标。"))
    regions = company.REGIONS
    tpl.section(sheet, "A4", t("How the key results are shared", "关键结果的分配依据"), 11)
    tpl.headings(sheet, "A5", [t("Region", "区域"), t("Plan target", "计划目标"), t("Territory potential", "区域市场潜力"),
                               t("Active customers", "活跃客户数")])
    first, last = 6, 5 + len(regions)
    tpl.input(sheet, f"A{first}:A{last}", "Teams", t("The teams (regions).", "各团队（区域）。"),
              [tpl.pick(r.name) for r in regions], fmt="")
    plan = company.plan_results()["region_targets"]
    potential = [sum(p.potential for p in company.people_in(r.key)) for r in regions]
    tpl.input(sheet, f"B{first}:D{last}", "TeamBases",
              t("What each key result is shared by: the annual plan's region targets (revenue), territory potential "
                "(new accounts), active customers (expansion).",
                "各关键结果的分配依据：年度计划的区域目标（收入）、区域市场潜力（新签客户）、活跃客户数（增购）。"),
              [[plan[i], potential[i], ACTIVE_CUSTOMERS[r.key]] for i, r in enumerate(regions)])
    sheet.style(f"D{first}:D{last}", "input.plain")
    sheet.set(f"F{first}", t("Revenue: by the annual plan's region targets (so the teams' revenue key result is "
                             "their plan).", "收入：按年度计划的区域目标分配（团队的收入关键结果即其计划）。"), "note")
    sheet.set(f"F{first + 1}", t("New accounts: by territory potential, whole accounts (ALLOT.APPORTION, largest "
                                 "remainder).", "新签客户数：按区域市场潜力分配，取整数（ALLOT.APPORTION，最大余数法）。"), "note")
    sheet.set(f"F{first + 2}", t("Expansion revenue: by active customers.", "增购收入：按活跃客户数分配。"), "note")

    top = last + 3
    tpl.section(sheet, f"A{top}", t("The teams' key results", "各团队的关键结果"), 11)
    names = [t("Revenue", "收入"), t("New accounts", "新签客户"), t("Expansion", "增购收入")]
    tpl.headings(sheet, f"A{top + 1}", [None, t("Targets", "目标值"), None, None, t("Actuals", "实际"), None, None,
                                        t("Scores", "得分"), None, None, None], lines=1)
    sheet.style(f"A{top + 1}:K{top + 1}", "heading")
    tpl.headings(sheet, f"A{top + 2}", [t("Team", "团队")] + names * 3 + [t("Team score", "团队得分")])
    a, b = top + 3, top + 2 + len(regions)
    for i in range(len(regions)):
        sheet.set(f"A{a + i}", f"=A{first + i}", "label.bold")
    revenue, accounts, expansion = kr[(1, 1)], kr[(2, 1)], kr[(3, 3)]
    sheet.array(f"B{a}:B{b}", f"=ALLOT.SPLIT(okr!E{revenue};B{first}:B{last};1000)", "output.int")
    sheet.array(f"C{a}:C{b}", f"=ALLOT.APPORTION(okr!E{accounts};C{first}:C{last})", "output.plain.center")
    sheet.array(f"D{a}:D{b}", f"=ALLOT.SPLIT(okr!E{expansion};D{first}:D{last};1000)", "output.int")
    actual_revenue = {}
    for p in company.PEOPLE:
        actual_revenue[p.region] = actual_revenue.get(p.region, 0) + sum(company.ACTUALS[p.name[0]])
    tpl.input(sheet, f"E{a}:G{b}", "TeamActuals", t("Each team's actuals for the three key results.",
                                                    "各团队三个关键结果的实际值。"),
              [[actual_revenue[r.key], TEAM_NEW_ACCOUNTS[r.key], TEAM_EXPANSION[r.key]] for r in regions])
    sheet.style(f"F{a}:F{b}", "input.plain")
    for r in range(a, b + 1):
        for k in range(3):
            target, actual, score = column_name(1 + k), column_name(4 + k), column_name(7 + k)
            sheet.set(f"{score}{r}", f"=ALLOT.OKR({actual}{r};0;{target}{r})", "output.dec2.center")
        sheet.set(f"K{r}", f"=SUMPRODUCT(H{r}:J{r};H{b + 2}:J{b + 2})/SUM(H{b + 2}:J{b + 2})",
                  "output.dec2.bold.center")
    total = b + 1
    sheet.set(f"A{total}", t("Company", "公司"), "total")
    for k in range(6):
        column = column_name(1 + k)
        fmt = "plain.center" if column in "CF" else "int"
        sheet.set(f"{column}{total}", f"=SUM({column}{a}:{column}{b})", f"total.{fmt}")
    for k in range(3):
        target, actual, score = column_name(1 + k), column_name(4 + k), column_name(7 + k)
        sheet.set(f"{score}{total}", f"=ALLOT.OKR({actual}{total};0;{target}{total})", "total.dec2.center")
    sheet.set(f"K{total}", f"=SUMPRODUCT(H{total}:J{total};H{b + 2}:J{b + 2})/SUM(H{b + 2}:J{b + 2})",
              "total.dec2.center")
    sheet.set(f"G{b + 2}", t("Weights", "权重"), "label.bold")
    for k, row in enumerate((revenue, accounts, expansion)):
        sheet.set(f"{column_name(7 + k)}{b + 2}", f"=okr!G{row}", "output.pct0.center")
    score_colours(sheet, f"H{a}:K{total}")
    tpl.output(sheet, f"B{a}:D{b}", "TeamTargets", t("Each team's targets for the three key results.",
                                                     "各团队三个关键结果的目标值。"))
    sheet.set(f"A{b + 3}", t(
        "B =ALLOT.SPLIT(revenue target; plan targets; 1000)   C =ALLOT.APPORTION(new accounts; potential)   "
        "D =ALLOT.SPLIT(expansion target; active customers; 1000)   H:J =ALLOT.OKR(actual; 0; target)   "
        "K: weighted by the key results' weights",
        "B =ALLOT.SPLIT(收入目标; 计划目标; 1000)   C =ALLOT.APPORTION(新签客户目标; 市场潜力)   "
        "D =ALLOT.SPLIT(增购目标; 活跃客户数; 1000)   H:J =ALLOT.OKR(实际; 0; 目标值)   K：按关键结果权重加权"), "note")
    tpl.checks_block(sheet, b + 5, [
        (t("The teams' targets add up to the company's key results exactly",
           "各团队目标之和恰好等于公司关键结果的目标值"),
         f"=AND(B{total}=okr!E{revenue};C{total}=okr!E{accounts};D{total}=okr!E{expansion})"),
        (t("The teams' actuals add up to the company's", "各团队实际值之和等于公司实际值"),
         f"=AND(E{total}=okr!F{revenue};F{total}=okr!F{accounts};G{total}=okr!F{expansion})"),
        (t("Revenue targets follow the annual plan", "收入目标与年度计划一致"),
         f"=SUMPRODUCT((B{a}:B{b}=B{first}:B{last})*1)={len(regions)}"),
        (t("New-account targets are whole numbers", "新签客户目标均为整数"),
         f"=SUMPRODUCT((C{a}:C{b}=INT(C{a}:C{b}))*1)={len(regions)}"),
    ], span=11)
