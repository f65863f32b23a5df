"""KPI tree: a revenue driver tree (sums and products of drivers) with
baselines, efforts and holds; ALLOT.KPI pushes the revenue target down to
every driver, and the tree recomputed from the new drivers gives it back.
"""

from __future__ import annotations

import company
from common import Template

FILE = "kpi-tree"
TITLE = ("KPI driver tree", "KPI 指标树")
DESCRIPTION = (
    "The revenue target pushed down a driver tree (leads, win rate, deal size, customers, retention) "
    "by effort, with held drivers.",
    "把收入目标沿驱动因素树（线索、赢单率、单额、客户数、留存率）按分摊权重向下分解，并支持锁定的指标。")

FIRST = 12

# id, parent, operator, unit, baseline (leaves), effort, fixed, level
NODES = (
    (("Revenue", "收入"), None, "+", "cny", None, None, None, 0),
    (("New business", "新客户收入"), 0, "*", "cny", None, 2, None, 1),
    (("Leads", "线索数"), 1, "+", "count", None, 1, None, 2),
    (("Inbound leads", "市场线索"), 2, "", "count", 1800, 1, None, 3),
    (("Outbound leads", "销售开发线索"), 2, "", "count", 1200, 2, None, 3),
    (("Win rate", "赢单率"), 1, "", "rate", 0.08, 1, None, 2),
    (("Average new deal", "新客户平均单额"), 1, "", "cny", 70000, 1, None, 2),
    (("Existing customers", "老客户收入"), 0, "*", "cny", None, 1, None, 1),
    (("Active customers", "活跃客户数"), 7, "", "count", 700, 1, None, 2),
    (("Retention", "留存率"), 7, "", "rate", 0.875, None, 0.9, 2),
    (("Revenue per customer", "每客户收入"), 7, "", "cny", 48000, 1, None, 2),
)

UNITS = {"cny": ("CNY", "元"), "count": ("count", "个"), "rate": ("%", "%")}
FORMATS = {"cny": "int", "count": "dec1", "rate": "pct2"}
INDENT = {0: "", 1: ".indent", 2: ".indent2", 3: ".indent3"}


def build(language: str) -> Template:
    tpl = Template(language, FILE, TITLE, DESCRIPTION)
    t = tpl.t
    sheet = tpl.sheet("tree", ("KPI tree", "指标树"))
    sheet.width("A", 5.0)
    sheet.width("B", 4.0)
    sheet.width("C", 2.0)
    sheet.width("D", 1.4)
    sheet.default_width = 2.6
    tpl.title_block(sheet, f"{tpl.title} — {tpl.company}", t(
        "Revenue is a sum and product of drivers. ALLOT.KPI pushes the revenue target down the tree: a sum shares "
        "its change by effort, a product its growth factor; held drivers keep their value.",
        "收入是各驱动因素之和与之积。ALLOT.KPI 把收入目标沿树向下分解：求和节点按分摊权重分配变化量，乘积节点分摊增长倍数；"
        "锁定的指标保持不变。"))
    tpl.all_checks(sheet, "A3", "B3")
    tpl.section(sheet, "A5", t("Inputs", "输入"), 12)
    sheet.set("A6", t('="Revenue target "&PlanYear', '=PlanYear&"年收入目标"'))
    tpl.input(sheet, "B6", "AnnualTarget", t("The revenue target at the top of the tree.", "树顶端的收入目标。"),
              company.ANNUAL_TARGET)
    sheet.set("A7", t("Plan year", "计划年度"))
    tpl.input(sheet, "B7", "PlanYear", t("The year of the targets; the baselines are the year before.",
                                         "目标所属年度；基线为上一年。"), company.PLAN_YEAR, "plain")
    sheet.set("D6", t("Baselines are last year's values; a blank baseline of a sum or product is worked out from "
                      "its children.", "基线为上一年的数值；求和或乘积节点的基线留空，由其下级算出。"), "note")
    sheet.set("D7", t("Effort: how much of its parent's change a driver takes (blank under a product: equal). "
                      "Fixed: a held value.", "分摊权重：该指标承担上级变化的比重（乘积节点下留空为平均）。锁定值：保持不变的数值。"),
              "note")
    sheet.set("D8", t("Operator: + the sum of its children, * their product, blank for a leaf.",
                      "运算符：+ 为下级之和，* 为下级之积，末级留空。"), "note")

    n = len(NODES)
    first, last = FIRST, FIRST + n - 1
    tpl.section(sheet, f"A{first - 2}", t("Driver tree", "驱动因素树"), 12)
    tpl.headings(sheet, f"A{first - 1}", [
        t("Driver", "指标"), t("Parent", "上级"), t("Operator", "运算符"), t("Unit", "单位"),
        t('="Baseline "&(PlanYear-1)', '=(PlanYear-1)&"年基线"'), t("Effort", "分摊权重"), t("Fixed", "锁定值"),
        t("Baseline (worked out)", "基线（含推算）"), t('="Target "&PlanYear', '=PlanYear&"年目标"'),
        t("Change", "变化"), t("Growth", "增长"), t("Children give", "由下级算出")], lines=3)
    ids = [tpl.pick(node[0]) for node in NODES]
    tpl.input(sheet, f"A{first}:C{last}", "Tree",
              t("Each driver's name, its parent and its operator (+, * or blank).",
                "每个指标的名称、上级和运算符（+、* 或留空）。"),
              [[ids[i], ids[parent] if parent is not None else None, op]
               for i, (_, parent, op, *_) in enumerate(NODES)], fmt="")
    for i, node in enumerate(NODES):
        sheet.style(f"A{first + i}", "input" + INDENT[node[7]])
        sheet.style(f"C{first + i}", "input.center")
    tpl.input(sheet, f"E{first}:E{last}", "Baselines",
              t("Last year's value of each leaf driver; blank for sums and products.",
                "每个末级指标的上一年数值；求和和乘积节点留空。"),
              [node[4] for node in NODES])
    tpl.input(sheet, f"F{first}:F{last}", "Efforts", t("How much of its parent's change each driver takes.",
                                                        "每个指标承担上级变化的比重。"),
              [node[5] for node in NODES], "plain")
    tpl.input(sheet, f"G{first}:G{last}", "Fixed", t("Held drivers: a value they keep.", "锁定的指标及其保持的数值。"),
              [node[6] for node in NODES])
    sheet.array(f"I{first}:I{last}",
                f"=ALLOT.KPI(AnnualTarget;A{first}:A{last};B{first}:B{last};C{first}:C{last};"
                f"E{first}:E{last};F{first}:F{last};G{first}:G{last})", "output.int.bold")
    tpl.output(sheet, f"I{first}:I{last}", "DriverTargets", t("Each driver's target.", "每个指标的目标。"))
    inner = []
    for i, (_, parent, op, unit, baseline, effort, fixed, level) in enumerate(NODES):
        r = first + i
        fmt = FORMATS[unit]
        sheet.set(f"D{r}", tpl.pick(UNITS[unit]), "label.center")
        sheet.style(f"E{r}", f"input.{fmt}")
        sheet.style(f"G{r}", f"input.{fmt}")
        sheet.style(f"I{r}", f"output.{fmt}.bold")
        children = [first + j for j, node in enumerate(NODES) if node[1] == i]
        if children:
            joiner = "+" if op == "+" else "*"
            sheet.set(f"H{r}", "=" + joiner.join(f"H{c}" for c in children), f"output.{fmt}")
            rows = f"$B${first}:$B${last}"
            targets = f"$I${first}:$I${last}"
            if op == "+":
                sheet.set(f"L{r}", f"=SUMIF({rows};A{r};{targets})", f"output.{fmt}")
            else:
                sheet.array(f"L{r}", f"=PRODUCT(IF({rows}=A{r};{targets};1))", f"output.{fmt}")
            inner.append(r)
        else:
            sheet.set(f"H{r}", f"=E{r}", f"output.{fmt}")
        sheet.set(f"J{r}", f"=I{r}-H{r}", f"output.{fmt}")
        sheet.set(f"K{r}", f"=I{r}/H{r}-1", "output.growth")
    sheet.set(f"A{last + 1}", t(
        f"I =ALLOT.KPI(AnnualTarget; A; B; C; E; F; G)   H: the baselines, sums and products worked out   "
        f"L: each sum or product recomputed from its children's targets",
        f"I =ALLOT.KPI(AnnualTarget; A; B; C; E; F; G)   H：基线及推算出的和与积   L：由下级目标重新算出的和或积"),
        "note")
    count = n
    inner_check = "+".join(f"(ABS(L{r}-I{r})<=1E-9*ABS(I{r}))" for r in inner)
    tpl.checks_block(sheet, last + 3, [
        (t("The top driver's target is the revenue target", "顶层指标的目标等于收入目标"), f"=I{first}=AnnualTarget"),
        (t("Every sum and product of the new drivers gives back its driver's target",
           "由新的下级指标重新计算的每个和与积都等于该指标的目标"), f"={inner_check}={len(inner)}"),
        (t("Held drivers keep their value", "锁定的指标保持不变"),
         f"=SUMPRODUCT((G{first}:G{last}=\"\")+(I{first}:I{last}=G{first}:G{last})>0)={count}"),
        (t("The worked-out baseline of revenue is last year's", "推算的收入基线即上一年收入"),
         f"=ABS(H{first}-{sum(sum(v) for v in company.HISTORY[company.HISTORY_YEARS[-1]].values())})<1"),
    ], span=12)

    tpl.about(
        what=[
            t("Shows how a revenue target breaks down into the drivers people can act on: leads, win rate, deal "
              "size, customers,", "展示收入目标如何分解为可执行的驱动因素：线索、赢单率、单额、客户数、"),
            t("retention and revenue per customer. A sum (+) shares its change by effort; a product (*) shares its "
              "growth", "留存率和每客户收入。求和节点（+）按分摊权重分配变化量；乘积节点（*）按几何方式"),
            t("factor geometrically; held drivers keep their value and their siblings make up the rest (ALLOT.KPI).",
              "分摊增长倍数；锁定的指标保持不变，由同级其他指标补足（ALLOT.KPI）。"),
        ],
        steps=[
            t("Describe your tree: each driver's parent and operator, and last year's value of each leaf.",
              "描述您的指标树：每个指标的上级、运算符以及末级指标的上一年数值。"),
            t("Set efforts where some drivers should carry more of the change; hold drivers you cannot move.",
              "对应承担更多变化的指标设置分摊权重；对无法改变的指标设置锁定值。"),
            t("Type the revenue target and read each driver's target.", "输入收入目标，查看每个指标的目标。"),
        ])
    tpl.book.active_sheet = sheet.name
    sheet.cursor = "B6"
    return tpl
