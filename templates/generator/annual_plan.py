"""Annual plan: company → region → person × 12 months.

Plan: the inputs (AnnualTarget, Unit, floor and stretch ratios), the regions
(ALLOT.SPLIT with holds, minimums and maximums; ALLOT.LEVELS for floor and
stretch), the seasonality (ALLOT.PROFILE of three years), the company's month
targets (ALLOT.SPLIT) and the region × month grid (ALLOT.MATRIX).
People: capability weights (ALLOT.WEIGHTS), each region's target split over
its people (ALLOT.SPLIT), their floors and stretches.
Months: each region's people × months (ALLOT.MATRIX), exact both ways.
History: three years of sales by region and month.
"""

from __future__ import annotations

import company
from common import CHECK_CONDITIONS, Template, month_names
from fods import Condition, cell_name, column_name

FILE = "annual-plan"
TITLE = ("Annual sales plan", "年度销售计划")
DESCRIPTION = (
    "Company → region → person × month targets that add up exactly, with seasonality, "
    "capability weights, holds, floors and caps, floor / target / stretch.",
    "公司 → 区域 → 个人 × 月份的目标分解，取整后精确相加；含季节性、能力权重、锁定值、"
    "上下限以及底线 / 目标 / 挑战。")

REGION_FIRST_ROW = 15       # Plan!A15:A18
MONTH_ROW = 25              # company month targets, Plan!B25:M25
GRID_FIRST_ROW = 28         # region × month grid, Plan!B28:M31
PEOPLE_FIRST_ROW = 13       # People!A13:A36
HISTORY_FIRST_ROW = 5       # History!C5:N16 (3 years × 4 regions)
HISTORY_COMPANY_ROW = 20    # History!C20:N22


def build(language: str) -> Template:
    tpl = Template(language, FILE, TITLE, DESCRIPTION)
    t = tpl.t
    plan = tpl.sheet("plan", ("Plan", "计划"))
    people = tpl.sheet("people", ("People", "人员"))
    months = tpl.sheet("months", ("Months", "月度"))
    history = tpl.sheet("history", ("History", "历史"))
    build_plan(tpl, plan)
    build_people(tpl, people)
    build_months(tpl, months)
    build_history(tpl, history)
    tpl.about(
        what=[
            t("Turns one number, the annual target, into every region's, every person's and every month's target.",
              "把一个数字——年度目标——分解为每个区域、每个人、每个月的目标。"),
            t("Every split is rounded to whole units and still adds up exactly: regions to the company, people to",
              "每一次分解都取整到整数个单位，并且精确相加：区域之和等于公司，个人之和等于"),
            t("their region, months to the year, and the region × month grid both ways (rows and columns).",
              "所在区域，各月之和等于全年，区域 × 月份表的每一行和每一列都相符。"),
            t("Seasonality comes from three years of history; people are weighed by last year's sales,",
              "季节性来自三年的历史数据；个人按去年销售额、"),
            t("territory potential and capability, adjusted by tier (new hires ramp up).",
              "区域潜力和能力加权，并按等级调整（新员工有爬坡系数）。"),
        ],
        steps=[
            t("Paste your sales history (History) and your people with their factors (People).",
              "粘贴您的历史销售数据（历史）以及人员和各项因素（人员）。"),
            t("Type the annual target and the rounding unit on the Plan sheet.",
              "在“计划”工作表输入年度目标和取整单位。"),
            t("Set holds, minimums and maximums where targets are agreed or limited; leave the rest blank.",
              "对已商定或有限制的目标填写锁定值、下限和上限；其余留空。"),
            t("Check that every check is TRUE (green). Change the target any time: everything follows.",
              "确认所有校验均为 TRUE（绿色）。目标随时可改，所有结果自动重算。"),
        ])
    tpl.book.active_sheet = plan.name
    return tpl


def build_plan(tpl: Template, plan) -> None:
    t = tpl.t
    regions = company.REGIONS
    first, last = REGION_FIRST_ROW, REGION_FIRST_ROW + len(regions) - 1
    total_row = last + 1
    plan.width("A", 5.4)
    plan.default_width = 2.4
    plan.width("N", 2.6)
    for column in "BDEFG":
        plan.width(column, 2.6)
    tpl.title_block(plan, f"{tpl.title} — {tpl.company}", t(
        "Type the yellow cells; everything else is calculated by Allot functions, and the checks prove the "
        "totals hold. See the About sheet.",
        "在黄色单元格中输入；其余均由 Allot 函数计算，校验单元格证明各项合计成立。详见“说明”工作表。"))
    tpl.all_checks(plan, "A3", "B3")

    tpl.section(plan, "A5", t("Inputs", "输入"), 14)
    inputs = [
        (6, "PlanYear", t("Plan year", "计划年度"), company.PLAN_YEAR, "plain",
         t("The year being planned; history is the three years before.", "计划的年度；历史数据为之前三年。")),
        (7, "AnnualTarget", t("Annual target (CNY)", "年度目标（元）"), company.ANNUAL_TARGET, "int",
         t("The company's target for the year. Change it and every target below follows.",
           "公司全年目标。修改后，下面所有目标随之更新。")),
        (8, "Unit", t("Rounding unit", "取整单位"), company.UNIT, "int",
         t("Every target is a whole multiple of it; the annual target must be one too.",
           "每个目标都是它的整数倍；年度目标也必须是。")),
        (9, "FloorRatio", t("Floor (share of target)", "底线（占目标比例）"), company.FLOOR_RATIO, "pct0",
         t("The floor column adds up to this share of the target (ALLOT.LEVELS).",
           "底线列合计为目标的这一比例（ALLOT.LEVELS）。")),
        (10, "StretchRatio", t("Stretch (multiple of target)", "挑战（目标的倍数）"), company.STRETCH_RATIO, "pct0",
         t("The stretch column adds up to this multiple of the target.", "挑战列合计为目标的这一倍数。")),
        (11, "SeasonalityMethod", t("Seasonality method", "季节性方法"), "average", None,
         t("\"average\": each year's pattern counts the same; \"pooled\": bigger years count more.",
           "\"average\"：各年模式同等权重；\"pooled\"：销售额大的年份权重更大。")),
    ]
    for row, name, label, value, fmt, note in inputs:
        plan.set(f"A{row}", label)
        tpl.input(plan, f"B{row}", name, label + t(": ", "：") + note, value, fmt)
        plan.set(f"C{row}", note, "note")
    plan.cursor = "B7"

    # Regions.
    tpl.section(plan, f"A{first - 2}", t("Regions: the annual target split over the regions (ALLOT.SPLIT), "
                                         "with floor / target / stretch (ALLOT.LEVELS)",
                                         "区域：年度目标分解到各区域（ALLOT.SPLIT），并给出底线 / 目标 / 挑战（ALLOT.LEVELS）"), 14)
    tpl.headings(plan, f"A{first - 1}", [
        t("Region", "区域"), t('="Sales "&(PlanYear-1)', '=(PlanYear-1)&"年销售额"'), t("Share", "占比"),
        t("Hold", "锁定值"), t("Minimum", "下限"), t("Maximum", "上限"),
        t('="Target "&PlanYear', '=PlanYear&"年目标"'), t("Growth", "增长"),
        t("Floor", "底线"), t("Target", "目标"), t("Stretch", "挑战"), t("People", "人数")])
    tpl.input(plan, f"A{first}:A{last}", "Regions",
              t("Region names; the People and History sheets use the same names.",
                "区域名称；“人员”和“历史”工作表使用相同的名称。"),
              [tpl.pick(r.name) for r in regions], fmt="")
    hist_years = f"history!$A${HISTORY_FIRST_ROW}:$A${HISTORY_FIRST_ROW + 11}"
    hist_regions = f"history!$B${HISTORY_FIRST_ROW}:$B${HISTORY_FIRST_ROW + 11}"
    hist_totals = f"history!$O${HISTORY_FIRST_ROW}:$O${HISTORY_FIRST_ROW + 11}"
    for i, region in enumerate(regions):
        row = first + i
        plan.set(f"B{row}", f"=SUMIFS({hist_totals};{hist_years};PlanYear-1;{hist_regions};A{row})", "output.int")
        plan.set(f"C{row}", f"=B{row}/B${total_row}", "output.pct1")
        plan.set(f"H{row}", f"=G{row}/B{row}-1", "output.growth")
        plan.set(f"L{row}", f"=COUNTIF(people!$A${PEOPLE_FIRST_ROW}:$A${PEOPLE_FIRST_ROW + 23};A{row})",
                 "output.plain.center")
    tpl.input(plan, f"D{first}:D{last}", "RegionHolds",
              t("Agreed region targets, kept exactly; blank = not held.", "已商定的区域目标，保持不变；空白表示不锁定。"),
              [company.REGION_HOLDS.get(r.key) for r in regions])
    tpl.input(plan, f"E{first}:E{last}", "RegionMinimums",
              t("Smallest target a region may get; blank = 0.", "区域目标的下限；空白为 0。"),
              [company.REGION_MINIMUMS.get(r.key) for r in regions])
    tpl.input(plan, f"F{first}:F{last}", "RegionMaximums",
              t("Largest target a region may get; blank = no maximum.", "区域目标的上限；空白表示不设上限。"),
              [company.REGION_MAXIMUMS.get(r.key) for r in regions])
    targets = f"G{first}:G{last}"
    plan.array(targets, f"=ALLOT.SPLIT(AnnualTarget;B{first}:B{last};Unit;E{first}:E{last};F{first}:F{last};"
                        f"D{first}:D{last})", "output.int.bold")
    plan.array(f"I{first}:K{last}", f"=ALLOT.LEVELS({targets};FloorRatio;StretchRatio;Unit)", "output.int")
    tpl.output(plan, targets, "RegionTargets", t("Each region's annual target.", "各区域的年度目标。"))
    tpl.output(plan, f"I{first}:K{last}", "RegionLevels",
               t("Each region's floor, target and stretch.", "各区域的底线、目标和挑战。"))
    plan.set(f"A{total_row}", t("Total", "合计"), "total")
    for column in "BCDEFGIJKL":
        fmt = {"C": "pct1", "L": "plain.center"}.get(column, "int")
        plan.set(f"{column}{total_row}", f"=SUM({column}{first}:{column}{last})", f"total.{fmt}")
    plan.set(f"H{total_row}", f"=G{total_row}/B{total_row}-1", "total.growth")
    plan.set(f"A{total_row + 1}", f"G: =ALLOT.SPLIT(AnnualTarget; B{first}:B{last}; Unit; E{first}:E{last}; "
                                  f"F{first}:F{last}; D{first}:D{last})    I:K: =ALLOT.LEVELS({targets}; "
                                  f"FloorRatio; StretchRatio; Unit)", "note")

    # Months.
    month_heading = MONTH_ROW - 2
    tpl.section(plan, f"A{month_heading - 1}", t(
        "Months: seasonality (ALLOT.PROFILE), the company's month targets (ALLOT.SPLIT) and the "
        "region × month grid (ALLOT.MATRIX), exact both ways",
        "月份：季节性（ALLOT.PROFILE）、公司各月目标（ALLOT.SPLIT）和区域 × 月份表（ALLOT.MATRIX），行列均精确相符"), 14)
    tpl.headings(plan, f"A{month_heading}", [""] + month_names(tpl) + [t("Total", "合计")])
    hist_company = f"history!C{HISTORY_COMPANY_ROW}:N{HISTORY_COMPANY_ROW + 2}"
    profile_row = MONTH_ROW - 1
    plan.set(f"A{profile_row}", t('="Seasonality "&(PlanYear-3)&"–"&(PlanYear-1)',
                                  '=(PlanYear-3)&"–"&(PlanYear-1)&"年季节性"'))
    plan.array(f"B{profile_row}:M{profile_row}", f"=ALLOT.PROFILE({hist_company};SeasonalityMethod)",
               "output.pct1")
    plan.set(f"N{profile_row}", f"=SUM(B{profile_row}:M{profile_row})", "total.pct1")
    plan.set(f"A{MONTH_ROW}", t("Company target", "公司目标"), "label.bold")
    plan.array(f"B{MONTH_ROW}:M{MONTH_ROW}", f"=ALLOT.SPLIT(AnnualTarget;B{profile_row}:M{profile_row};Unit)",
               "output.int.bold")
    plan.set(f"N{MONTH_ROW}", f"=SUM(B{MONTH_ROW}:M{MONTH_ROW})", "total.int")
    tpl.output(plan, f"B{profile_row}:M{profile_row}", "Seasonality",
               t("Each month's share of the year.", "各月占全年的比例。"))
    tpl.output(plan, f"B{MONTH_ROW}:M{MONTH_ROW}", "MonthTargets",
               t("The company's target for each month.", "公司各月目标。"))
    last_year_row = MONTH_ROW + 1
    plan.set(f"A{last_year_row}", t('="Sales "&(PlanYear-1)', '=(PlanYear-1)&"年销售额"'))
    for m in range(12):
        column = column_name(1 + m)
        source = column_name(2 + m)
        plan.set(f"{column}{last_year_row}",
                 f"=SUMIF(history!$A${HISTORY_COMPANY_ROW}:$A${HISTORY_COMPANY_ROW + 2};PlanYear-1;"
                 f"history!{source}${HISTORY_COMPANY_ROW}:{source}${HISTORY_COMPANY_ROW + 2})", "output.int")
        plan.set(f"{column}{last_year_row + 1}", f"={column}{MONTH_ROW}/{column}{last_year_row}-1", "output.growth")
    plan.set(f"N{last_year_row}", f"=SUM(B{last_year_row}:M{last_year_row})", "output.int")
    plan.set(f"N{last_year_row + 1}", f"=N{MONTH_ROW}/N{last_year_row}-1", "output.growth")
    plan.set(f"A{last_year_row + 1}", t("Growth", "增长"))

    grid_first, grid_last = GRID_FIRST_ROW, GRID_FIRST_ROW + len(regions) - 1
    last_year_block = HISTORY_FIRST_ROW + 8   # the last history year's four rows
    for i in range(len(regions)):
        row = grid_first + i
        plan.set(f"A{row}", f"=A{first + i}", "label.indent")
        plan.set(f"N{row}", f"=SUM(B{row}:M{row})", "total.int")
    plan.array(f"B{grid_first}:M{grid_last}",
               f"=ALLOT.MATRIX({targets};B{MONTH_ROW}:M{MONTH_ROW};"
               f"history!C{last_year_block}:N{last_year_block + 3};Unit)", "output.int")
    tpl.output(plan, f"B{grid_first}:M{grid_last}", "RegionMonthTargets",
               t("Each region's target for each month (rows: regions, columns: months).",
                 "各区域各月目标（行：区域，列：月份）。"))
    grid_total = grid_last + 1
    plan.set(f"A{grid_total}", t("Total", "合计"), "total")
    for m in range(13):
        column = column_name(1 + m)
        plan.set(f"{column}{grid_total}", f"=SUM({column}{grid_first}:{column}{grid_last})", "total.int")
    plan.set(f"A{grid_total + 1}", f"B{profile_row}:M{profile_row}: =ALLOT.PROFILE(History; SeasonalityMethod)    "
                                   f"B{MONTH_ROW}:M{MONTH_ROW}: =ALLOT.SPLIT(AnnualTarget; B{profile_row}:M{profile_row}; "
                                   f"Unit)    B{grid_first}:M{grid_last}: =ALLOT.MATRIX({targets}; B{MONTH_ROW}:M{MONTH_ROW}; "
                                   + t("last year's region × month sales", "去年区域 × 月份销售额") + "; Unit)",
             "note")

    n = len(regions)
    tpl.checks_block(plan, grid_total + 3, [
        (t("The annual target is a whole number of rounding units", "年度目标是取整单位的整数倍"),
         "=MOD(AnnualTarget;Unit)=0"),
        (t("Region targets add up to the annual target", "各区域目标之和等于年度目标"),
         f"=G{total_row}=AnnualTarget"),
        (t("Held regions keep their holds", "锁定的区域保持锁定值"),
         f"=SUMPRODUCT((D{first}:D{last}=\"\")+(G{first}:G{last}=D{first}:D{last})>0)={n}"),
        (t("Every region is within its minimum and maximum", "每个区域都在其下限与上限之间"),
         f"=SUMPRODUCT((G{first}:G{last}>=E{first}:E{last})*((F{first}:F{last}=\"\")+(G{first}:G{last}<=F{first}:F{last})>0))={n}"),
        (t("Floor ≤ target ≤ stretch in every region", "每个区域都满足 底线 ≤ 目标 ≤ 挑战"),
         f"=SUMPRODUCT((I{first}:I{last}<=J{first}:J{last})*(J{first}:J{last}<=K{first}:K{last}))={n}"),
        (t("Floors and stretches add up to their ratios of the annual target", "底线和挑战之和等于年度目标乘以相应比例"),
         f"=AND(I{total_row}=FloorRatio*AnnualTarget;K{total_row}=StretchRatio*AnnualTarget)"),
        (t("Seasonality shares add up to 100%", "季节性占比之和为 100%"),
         f"=ABS(N{profile_row}-1)<1E-12"),
        (t("Month targets add up to the annual target", "各月目标之和等于年度目标"),
         f"=N{MONTH_ROW}=AnnualTarget"),
        (t("Every region's months add up to its annual target", "每个区域各月之和等于其年度目标"),
         f"=SUMPRODUCT(N{grid_first}:N{grid_last}=G{first}:G{last})={n}"),
        (t("Every month's regions add up to the company's month target", "每个月各区域之和等于公司当月目标"),
         f"=SUMPRODUCT(B{grid_total}:M{grid_total}=B{MONTH_ROW}:M{MONTH_ROW})=12"),
    ], span=14)


def build_people(tpl: Template, sheet) -> None:
    t = tpl.t
    sheet.width("A", 2.4)
    sheet.width("B", 3.0)
    sheet.default_width = 2.35
    tpl.title_block(sheet, t("People: each region's target split over its people",
                             "人员：各区域目标分解到个人"), t(
        "Weights combine last year's sales, territory potential and capability (ALLOT.WEIGHTS), times the tier's "
        "multiplier; each region's target is split by them (ALLOT.SPLIT) with holds, minimums and maximums.",
        "权重由去年销售额、区域潜力和能力评分合成（ALLOT.WEIGHTS），再乘以等级系数；各区域目标按权重分解"
        "（ALLOT.SPLIT），并遵守锁定值、下限和上限。"))
    tpl.section(sheet, "A4", t("How people are weighed", "人员权重的构成"), 15)
    tpl.headings(sheet, "A5", [t("Factor", "因素"), None, t("Weight", "权重"), None, t("Tier", "等级"),
                               t("Multiplier", "系数")])
    sheet.style("B5", "heading")
    sheet.style("D5", "heading")
    sheet.set("A6", t('="Sales "&(PlanYear-1)', '=(PlanYear-1)&"年销售额"'))
    sheet.set("A7", t("Territory potential", "区域市场潜力"))
    sheet.set("A8", t("Capability score", "能力评分"))
    tpl.input(sheet, "C6:C8", "FactorWeights",
              t("How much each factor counts: last year's sales, territory potential, capability.",
                "各因素的权重：去年销售额、区域市场潜力、能力评分。"),
              list(company.FACTOR_WEIGHTS), "pct0")
    tiers = company.TIERS
    tier_names = {"A": "A", "B": "B", "C": "C", "New": t("New", "新人")}
    tpl.input(sheet, f"E6:F{5 + len(tiers)}", "TierMultipliers",
              t("Tier names and their multipliers (New: a new hire ramping up).",
                "等级及其系数（新人：处于爬坡期的新员工）。"),
              [[tier_names[name], value] for name, value in tiers], fmt="")
    sheet.style(f"F6:F{5 + len(tiers)}", "input.dec2")
    sheet.set("G7", t("Each person's weight is the combined share of the three factors times the tier's multiplier,",
                      "每人的权重 = 三个因素占比的加权合计 × 等级系数，"), "note")
    sheet.set("G8", t("renormalised within the region: =ALLOT.WEIGHTS(E:G of the region; FactorWeights; D of the region)",
                      "并在区域内归一化：=ALLOT.WEIGHTS(本区域的 E:G; FactorWeights; 本区域的 D)"), "note")

    first = PEOPLE_FIRST_ROW
    last = first + len(company.PEOPLE) - 1
    tpl.section(sheet, f"A{first - 2}", t("People", "人员"), 15)
    tpl.headings(sheet, f"A{first - 1}", [
        t("Region", "区域"), t("Person", "姓名"), t("Tier", "等级"), t("Multiplier", "系数"),
        t('="Sales "&(PlanYear-1)', '=(PlanYear-1)&"年销售额"'), t("Potential", "市场潜力"),
        t("Capability", "能力评分"), t("Weight in region", "区域内权重"), t("Hold", "锁定值"),
        t("Minimum", "下限"), t("Maximum", "上限"), t('="Target "&PlanYear', '=PlanYear&"年目标"'),
        t("Growth", "增长"), t("Floor", "底线"), t("Stretch", "挑战")])
    rows = []
    for person in company.PEOPLE:
        region = next(r for r in company.REGIONS if r.key == person.region)
        rows.append([tpl.pick(region.name), tpl.pick(person.name), tier_names[person.tier]])
    tpl.input(sheet, f"A{first}:C{last}", "People",
              t("Each person's region, name and tier, grouped by region in the Plan's order.",
                "每人的区域、姓名和等级，按“计划”中的区域顺序分组排列。"), rows, fmt="")
    tpl.input(sheet, f"E{first}:G{last}", "PeopleFactors",
              t("Each person's factors: last year's sales, territory potential, capability score (1–5).",
                "每人的因素：去年销售额、区域市场潜力、能力评分（1–5）。"),
              [[p.sales, p.potential, p.capability] for p in company.PEOPLE], fmt="int")
    sheet.style(f"G{first}:G{last}", "input.dec1")
    names = [p.name[0] for p in company.PEOPLE]
    tpl.input(sheet, f"I{first}:I{last}", "PersonHolds",
              t("Agreed personal targets, kept exactly; blank = not held.", "已商定的个人目标，保持不变；空白表示不锁定。"),
              [company.PERSON_HOLDS.get(n) for n in names])
    tpl.input(sheet, f"J{first}:J{last}", "PersonMinimums",
              t("Smallest target a person may get; blank = 0.", "个人目标的下限；空白为 0。"),
              [company.PERSON_MINIMUMS.get(n) for n in names])
    tpl.input(sheet, f"K{first}:K{last}", "PersonMaximums",
              t("Largest target a person may get, e.g. for new hires; blank = no maximum.",
                "个人目标的上限，例如新员工；空白表示不设上限。"),
              [company.PERSON_MAXIMUMS.get(n) for n in names])
    row = first
    plan_row = REGION_FIRST_ROW
    for region in company.REGIONS:
        count = len(company.people_in(region.key))
        a, b = row, row + count - 1
        for r in range(a, b + 1):
            sheet.set(f"D{r}", f"=VLOOKUP(C{r};$E$6:$F${5 + len(tiers)};2;0)", "output.dec2")
            sheet.set(f"M{r}", f"=L{r}/E{r}-1", "output.growth")
        sheet.array(f"H{a}:H{b}", f"=ALLOT.WEIGHTS(E{a}:G{b};FactorWeights;D{a}:D{b})", "output.pct1")
        sheet.array(f"L{a}:L{b}", f"=ALLOT.SPLIT(plan!$G${plan_row};H{a}:H{b};Unit;J{a}:J{b};K{a}:K{b};I{a}:I{b})",
                    "output.int.bold")
        sheet.array(f"N{a}:N{b}", f"=ALLOT.SPLIT(plan!$I${plan_row};L{a}:L{b};Unit;;L{a}:L{b})", "output.int")
        sheet.array(f"O{a}:O{b}", f"=ALLOT.SPLIT(plan!$K${plan_row};L{a}:L{b};Unit;L{a}:L{b})", "output.int")
        row += count
        plan_row += 1
    tpl.output(sheet, f"L{first}:L{last}", "PersonTargets", t("Each person's annual target.", "每人的年度目标。"))
    tpl.output(sheet, f"N{first}:N{last}", "PersonFloors", t("Each person's floor.", "每人的底线。"))
    tpl.output(sheet, f"O{first}:O{last}", "PersonStretches", t("Each person's stretch.", "每人的挑战目标。"))
    total = last + 1
    sheet.set(f"A{total}", t("Total", "合计"), "total")
    sheet.style(f"B{total}:D{total}", "total")
    for column in "EHILNO":
        fmt = "pct1" if column == "H" else "int"
        sheet.set(f"{column}{total}", f"=SUM({column}{first}:{column}{last})", f"total.{fmt}")
    sheet.set(f"M{total}", f"=L{total}/E{total}-1", "total.growth")
    sheet.style(f"F{total}:G{total}", "total")
    sheet.style(f"J{total}:K{total}", "total")
    sheet.set(f"A{total + 1}", t(
        "Per region: H =ALLOT.WEIGHTS(E:G; FactorWeights; D)   L =ALLOT.SPLIT(region target; H; Unit; J; K; I)   "
        "N =ALLOT.SPLIT(region floor; L; Unit; ; L)   O =ALLOT.SPLIT(region stretch; L; Unit; L)",
        "每个区域：H =ALLOT.WEIGHTS(E:G; FactorWeights; D)   L =ALLOT.SPLIT(区域目标; H; Unit; J; K; I)   "
        "N =ALLOT.SPLIT(区域底线; L; Unit; ; L)   O =ALLOT.SPLIT(区域挑战; L; Unit; L)"), "note")
    sheet.freeze = (first - 1, 2)

    # By region: the people's sums next to the plan's.
    by = total + 3
    tpl.section(sheet, f"A{by}", t("By region: the people add up to the plan", "按区域：个人之和等于计划"), 15)
    tpl.headings(sheet, f"A{by + 1}", [
        t("Region", "区域"), t("People", "人数"), t("Weights", "权重合计"), t("Target (people)", "目标（个人合计）"),
        t("Target (plan)", "目标（计划）"), t("Floor (people)", "底线（个人合计）"), t("Floor (plan)", "底线（计划）"),
        t("Stretch (people)", "挑战（个人合计）"), t("Stretch (plan)", "挑战（计划）"),
        t("Sales (people)", "销售额（个人合计）"), t("Sales (history)", "销售额（历史）")])
    region_rows = []
    for i, region in enumerate(company.REGIONS):
        r = by + 2 + i
        region_rows.append(r)
        p = REGION_FIRST_ROW + i
        rng = lambda column: f"${column}${first}:${column}${last}"
        sheet.set(f"A{r}", f"=plan!A{p}")
        sheet.set(f"B{r}", f"=COUNTIF({rng('A')};A{r})", "output.plain.center")
        sheet.set(f"C{r}", f"=SUMIF({rng('A')};A{r};{rng('H')})", "output.pct1")
        sheet.set(f"D{r}", f"=SUMIF({rng('A')};A{r};{rng('L')})", "output.int")
        sheet.set(f"E{r}", f"=plan!G{p}", "output.int")
        sheet.set(f"F{r}", f"=SUMIF({rng('A')};A{r};{rng('N')})", "output.int")
        sheet.set(f"G{r}", f"=plan!I{p}", "output.int")
        sheet.set(f"H{r}", f"=SUMIF({rng('A')};A{r};{rng('O')})", "output.int")
        sheet.set(f"I{r}", f"=plan!K{p}", "output.int")
        sheet.set(f"J{r}", f"=SUMIF({rng('A')};A{r};{rng('E')})", "output.int")
        sheet.set(f"K{r}", f"=plan!B{p}", "output.int")
    a, b = region_rows[0], region_rows[-1]
    n = len(region_rows)
    count = len(company.PEOPLE)
    tpl.checks_block(sheet, b + 2, [
        (t("Every region's weights add up to 100%", "每个区域的权重之和为 100%"),
         f"=SUMPRODUCT(ABS(C{a}:C{b}-1)<1E-12)={n}"),
        (t("Every region's people add up to the region's target", "每个区域的个人目标之和等于区域目标"),
         f"=SUMPRODUCT(D{a}:D{b}=E{a}:E{b})={n}"),
        (t("People's targets add up to the annual target", "全部个人目标之和等于年度目标"),
         f"=L{total}=AnnualTarget"),
        (t("Held people keep their holds", "锁定的个人保持锁定值"),
         f"=SUMPRODUCT((I{first}:I{last}=\"\")+(L{first}:L{last}=I{first}:I{last})>0)={count}"),
        (t("Everyone is within their minimum and maximum", "每人都在其下限与上限之间"),
         f"=SUMPRODUCT((L{first}:L{last}>=J{first}:J{last})*((K{first}:K{last}=\"\")+(L{first}:L{last}<=K{first}:K{last})>0))={count}"),
        (t("Floor ≤ target ≤ stretch for everyone", "每人都满足 底线 ≤ 目标 ≤ 挑战"),
         f"=SUMPRODUCT((N{first}:N{last}<=L{first}:L{last})*(L{first}:L{last}<=O{first}:O{last}))={count}"),
        (t("People's floors and stretches add up to their region's", "个人底线和挑战之和等于所在区域的底线和挑战"),
         f"=SUMPRODUCT((F{a}:F{b}=G{a}:G{b})*(H{a}:H{b}=I{a}:I{b}))={n}"),
        (t("People's sales last year add up to their region's history (the data agree)",
           "个人去年销售额之和等于区域历史数据（数据一致）"),
         f"=SUMPRODUCT(J{a}:J{b}=K{a}:K{b})={n}"),
    ], span=15)


def build_months(tpl: Template, sheet) -> None:
    t = tpl.t
    sheet.width("A", 2.4)
    sheet.width("B", 3.0)
    sheet.default_width = 2.2
    sheet.width("C", 2.6)
    sheet.width("P", 2.6)
    tpl.title_block(sheet, t("People × months: every row and every column adds up",
                             "个人 × 月份：每一行、每一列都精确相加"), t(
        "For each region one ALLOT.MATRIX: every person's months add up to their annual target, and every month's "
        "people add up to the region's month target on the Plan sheet.",
        "每个区域一个 ALLOT.MATRIX：每人各月之和等于其年度目标，每月各人之和等于“计划”中该区域的当月目标。"))
    tpl.headings(sheet, "A4", [t("Region", "区域"), t("Person", "姓名"),
                               t('="Target "&PlanYear', '=PlanYear&"年目标"')] + month_names(tpl)
                 + [t("Total", "合计")])
    first = 5
    last = first + len(company.PEOPLE) - 1
    row = first
    blocks = []
    for i, region in enumerate(company.REGIONS):
        count = len(company.people_in(region.key))
        a, b = row, row + count - 1
        grid_row = GRID_FIRST_ROW + i
        sheet.array(f"D{a}:O{b}", f"=ALLOT.MATRIX(C{a}:C{b};plan!B{grid_row}:M{grid_row};"
                                  f"MMULT(C{a}:C{b};plan!B{grid_row}:M{grid_row});Unit)", "output.int")
        blocks.append((a, b, grid_row))
        row = b + 1
    for r in range(first, last + 1):
        person_row = PEOPLE_FIRST_ROW + r - first
        sheet.set(f"A{r}", f"=people!A{person_row}")
        sheet.set(f"B{r}", f"=people!B{person_row}")
        sheet.set(f"C{r}", f"=people!L{person_row}", "output.int.bold")
        sheet.set(f"P{r}", f"=SUM(D{r}:O{r})", "total.int")
    tpl.output(sheet, f"D{first}:O{last}", "PersonMonthTargets",
               t("Each person's target for each month (rows: people as on the People sheet).",
                 "每人每月的目标（行：与“人员”表相同的人员）。"))
    total = last + 1
    sheet.set(f"A{total}", t("Total", "合计"), "total")
    sheet.style(f"B{total}", "total")
    for m in range(14):
        column = column_name(2 + m)
        sheet.set(f"{column}{total}", f"=SUM({column}{first}:{column}{last})", "total.int")
    sheet.set(f"A{total + 1}", t(
        "Per region: D:O =ALLOT.MATRIX(C; the region's months on the Plan; MMULT(C; the region's months); Unit)",
        "每个区域：D:O =ALLOT.MATRIX(C; “计划”中该区域各月; MMULT(C; 该区域各月); Unit)"), "note")
    sheet.freeze = (4, 3)

    # By region: each region's people against the Plan's region × month grid.
    by = total + 3
    tpl.section(sheet, f"A{by}", t("By region: the people add up to the Plan's region × month grid",
                                   "按区域：个人之和等于“计划”中的区域 × 月份表"), 16)
    tpl.headings(sheet, f"A{by + 1}", [t("Region", "区域"), "", t("Target", "目标")] + month_names(tpl)
                 + [t("Total", "合计")], lines=1)
    rows = []
    for i, (a, b, grid_row) in enumerate(blocks):
        r = by + 2 + i
        rows.append((r, grid_row))
        sheet.set(f"A{r}", f"=plan!A{REGION_FIRST_ROW + i}", "label.bold")
        for m in range(14):
            column = column_name(2 + m)
            sheet.set(f"{column}{r}", f"=SUM({column}{a}:{column}{b})", "output.int")
    company_row = rows[-1][0] + 1
    sheet.set(f"A{company_row}", t("Company", "公司"), "total")
    sheet.style(f"B{company_row}", "total")
    for m in range(14):
        column = column_name(2 + m)
        sheet.set(f"{column}{company_row}", f"=SUM({column}{rows[0][0]}:{column}{rows[-1][0]})", "total.int")
    sheet.set(f"A{company_row + 1}", t("Company target by month (Plan)", "公司各月目标（计划）"), "note")
    for m in range(12):
        column = column_name(3 + m)
        sheet.set(f"{column}{company_row + 1}", f"=plan!{column_name(1 + m)}{MONTH_ROW}", "output.int")
    checks = [
        (t("Every person's months add up to their annual target", "每人各月之和等于其年度目标"),
         f"=SUMPRODUCT(P{first}:P{last}=C{first}:C{last})={len(company.PEOPLE)}"),
        (t("Every region's people add up to the region's month targets (Plan)", "每个区域各人之和等于该区域各月目标（计划）"),
         "=" + "+".join(f"SUMPRODUCT(D{r}:O{r}=plan!B{g}:M{g})" for r, g in rows) + f"={12 * len(rows)}"),
        (t("All people and months add up to the company's month targets", "全部人员各月之和等于公司各月目标"),
         f"=SUMPRODUCT(D{company_row}:O{company_row}=D{company_row + 1}:O{company_row + 1})=12"),
        (t("Everything adds up to the annual target", "总计等于年度目标"), f"=P{total}=AnnualTarget"),
    ]
    tpl.checks_block(sheet, company_row + 3, checks, span=16)


def build_history(tpl: Template, sheet) -> None:
    t = tpl.t
    sheet.width("A", 1.8)
    sheet.width("B", 2.4)
    sheet.default_width = 2.2
    sheet.width("O", 2.6)
    tpl.title_block(sheet, t("Sales history by region and month (CNY)", "按区域和月份的历史销售额（元）"), t(
        "Paste your actuals: one row per year and region, regions in the Plan's order. The last year is the pattern "
        "of the region × month grid; all three give the seasonality.",
        "粘贴实际数据：每年每个区域一行，区域顺序与“计划”一致。最近一年是区域 × 月份表的分布模式；三年数据共同决定季节性。"))
    tpl.headings(sheet, "A4", [t("Year", "年份"), t("Region", "区域")] + month_names(tpl) + [t("Total", "合计")])
    rows = []
    years = []
    for year in company.HISTORY_YEARS:
        for region in company.REGIONS:
            rows.append(company.HISTORY[year][region.key])
            years.append(year)
    first = HISTORY_FIRST_ROW
    last = first + len(rows) - 1
    tpl.input(sheet, f"A{first}:A{last}", "HistoryYears", t("The year of each history row.", "每一行历史数据的年份。"),
              years, fmt="plain")
    tpl.input(sheet, f"C{first}:N{last}", "History",
              t("Sales by region (rows) and month (columns) for the three years before the plan year.",
                "计划年度之前三年各区域（行）各月（列）的销售额。"), rows)
    for i in range(len(rows)):
        r = first + i
        sheet.set(f"B{r}", f"=plan!$A${REGION_FIRST_ROW + i % len(company.REGIONS)}")
        sheet.set(f"O{r}", f"=SUM(C{r}:N{r})", "total.int")
    tpl.section(sheet, f"A{HISTORY_COMPANY_ROW - 2}", t("Company by month (the seasonality's input)",
                                                        "公司各月合计（季节性的输入）"), 15)
    tpl.headings(sheet, f"A{HISTORY_COMPANY_ROW - 1}", [t("Year", "年份"), ""] + month_names(tpl)
                 + [t("Total", "合计")])
    for i, year in enumerate(company.HISTORY_YEARS):
        r = HISTORY_COMPANY_ROW + i
        sheet.set(f"A{r}", f"=PlanYear-{len(company.HISTORY_YEARS) - i}", "output.plain")
        for m in range(12):
            column = column_name(2 + m)
            sheet.set(f"{column}{r}", f"=SUMIF($A${first}:$A${last};$A{r};{column}${first}:{column}${last})",
                      "output.int")
        sheet.set(f"O{r}", f"=SUM(C{r}:N{r})", "total.int")
    end = HISTORY_COMPANY_ROW + len(company.HISTORY_YEARS) - 1
    tpl.checks_block(sheet, end + 2, [
        (t("The history covers the three years before the plan year", "历史数据涵盖计划年度之前的三年"),
         f"=SUMPRODUCT((A{first}:A{last}>=PlanYear-3)*(A{first}:A{last}<PlanYear))={len(rows)}"),
        (t("The company totals add up to the regions'", "公司合计等于各区域之和"),
         f"=SUM(O{HISTORY_COMPANY_ROW}:O{end})=SUM(O{first}:O{last})"),
    ], span=15)
    sheet.freeze = (4, 2)
