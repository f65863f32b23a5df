#include "function_table.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace allot::addin {
namespace {

// Chinese Calc keeps English function names (SUM stays SUM), so the zh-CN
// display names are the English ones too: a formula typed in one UI works in
// the other. Chinese users get the Chinese title in the description.
constexpr std::array split_arguments{
    ArgumentInfo{{"total", "总额"},
                 {"The target to split, e.g. the annual company target.",
                  "要分解的目标总额，例如公司年度目标。"}},
    ArgumentInfo{{"weights", "权重"},
                 {"Weights of the parts (e.g. last year's sales): a column or a row. A blank cell "
                  "is 0; text is an error.",
                  "各部分的权重（例如去年销售额）：一列或一行。空白单元格为 0，文本会报错。"}},
    ArgumentInfo{{"unit", "单位"},
                 {"Rounding step, e.g. 1000. Default 1; 0 means no rounding.",
                  "取整单位，例如 1000。默认为 1；0 表示不取整。"},
                 true},
    ArgumentInfo{{"minimums", "下限"},
                 {"Smallest part: one number for all, or a range shaped like weights. Blank means "
                  "0.",
                  "每部分的下限：一个数适用于全部，或与权重大小相同的区域。空白表示 0。"},
                 true},
    ArgumentInfo{{"maximums", "上限"},
                 {"Largest part: one number for all, or a range shaped like weights. Blank means "
                  "no maximum.",
                  "每部分的上限：一个数适用于全部，或与权重大小相同的区域。空白表示不设上限。"},
                 true},
    ArgumentInfo{{"fixed", "锁定值"},
                 {"Holds: a range shaped like weights. A filled cell keeps exactly that value; the "
                  "rest of the total spreads over the other parts.",
                  "锁定值：与权重大小相同的区域。填了数值的部分恰好取该值，"
                  "总额的其余部分分给其他部分。"},
                 true},
};

constexpr std::array pace_arguments{
    ArgumentInfo{
        {"actual", "实际"},
        {"The actual so far, e.g. revenue to date.", "截至目前的实际完成值，例如本年至今的收入。"}},
    ArgumentInfo{
        {"period_targets", "分期目标"},
        {"The target of each period in order (e.g. 12 monthly targets): a column or a "
         "row. A blank cell is 0.",
         "各期目标，按时间顺序（例如 12 个月的月度目标）排成一列或一行。空白单元格为 0。"}},
    ArgumentInfo{{"elapsed", "已过期数"},
                 {"Periods elapsed since the start, may be fractional: 7.5 is halfway through the "
                  "8th period.",
                  "从开始起已过的期数，可为小数：7.5 表示第 8 期过半。"}},
};

constexpr std::array status_arguments{
    ArgumentInfo{{"attainment", "达成率"},
                 {"Attainment as a fraction, e.g. 0.85 or 85% (actual ÷ target, or the result of "
                  "ALLOT.PACE).",
                  "达成率，小数或百分比，例如 0.85 或 85%（实际 ÷ 目标，或 ALLOT.PACE 的结果）。"}},
    ArgumentInfo{{"warn", "预警线"},
                 {"Below this the status is \"behind\". Default 0.8 (80%).",
                  "低于此值为“落后”。默认 0.8（80%）。"},
                 true},
    ArgumentInfo{{"ok", "正常线"},
                 {"Below this (and not below warn) the status is \"at risk\". Default 1 (100%).",
                  "低于此值（且不低于预警线）为“有风险”。默认 1（100%）。"},
                 true},
};

constexpr std::array commission_arguments{
    ArgumentInfo{{"actual", "实际"}, {"Actual sales.", "实际销售额。"}},
    ArgumentInfo{{"target", "目标"},
                 {"The person's target, more than 0; attainment is actual ÷ target.",
                  "个人目标，须大于 0；达成率 = 实际 ÷ 目标。"}},
    ArgumentInfo{{"thresholds", "阈值"},
                 {"Attainment levels where the bands start, ascending, as fractions: e.g. 0, 0.8, "
                  "1, 1.2. A blank cell is 0.",
                  "各档起点的达成率，从低到高，以小数表示：例如 0、0.8、1、1.2。空白单元格为 0。"}},
    ArgumentInfo{{"rates", "提成比例"},
                 {"The rate paid on the sales in each band, one per threshold, from 0 to 1: e.g. "
                  "2%, 5%, 8%, 12%. A blank cell is 0.",
                  "每档销售额的提成比例，每个阈值对应一个，取 0 到 1：例如 2%、5%、8%、12%。"
                  "空白单元格为 0。"}},
    ArgumentInfo{{"cap", "封顶"},
                 {"The highest attainment paid for, e.g. 1.5 (150%). Leave out for no cap.",
                  "计算提成的最高达成率，例如 1.5（150%）。不填表示不封顶。"},
                 true},
};

constexpr std::array okr_arguments{
    ArgumentInfo{
        {"actual", "实际"},
        {"The actual value of a key result, or a range with one per key result. A blank "
         "actual scores 0 (not measured yet).",
         "关键结果的实际值，或每个关键结果一个值的区域。空白的实际值得 0 分（尚未衡量）。"}},
    ArgumentInfo{{"baseline", "基线"},
                 {"Where each key result started: one number for all, or a range like actual. "
                  "Blank is 0.",
                  "每个关键结果的起点：一个数适用于全部，或与实际值同形的区域。空白为 0。"}},
    ArgumentInfo{{"target", "目标"},
                 {"Each key result's target: one number for all, or a range like actual. Below "
                  "the baseline for a key result that should fall.",
                  "每个关键结果的目标值：一个数适用于全部，或与实际值同形的区域。"
                  "应当下降的指标，其目标低于基线。"}},
    ArgumentInfo{{"weights", "权重"},
                 {"The weight of each key result; default equal. Once any weight is given, a blank "
                  "weight is 0.",
                  "每个关键结果的权重；默认相同。只要给出了任一权重，空白权重即为 0。"},
                 true},
};

constexpr std::array funnel_arguments{
    ArgumentInfo{{"target", "目标"},
                 {"The revenue to reach, 0 or more.", "要达成的收入目标，大于或等于 0。"}},
    ArgumentInfo{{"deal_size", "平均单额"},
                 {"Average revenue per deal, more than 0.", "每笔成交的平均金额，须大于 0。"}},
    ArgumentInfo{
        {"rates", "转化率"},
        {"Conversion rate of each step from the top of the funnel down (e.g. visit to "
         "lead, lead to opportunity, opportunity to deal), each more than 0 and at most 1: "
         "a column or a row.",
         "从漏斗顶部往下各步的转化率（例如拜访→线索、线索→商机、商机→成交），"
         "每个大于 0 且不超过 1，排成一列或一行。"}},
    ArgumentInfo{{"periods", "期数"},
                 {"Number of periods to share each count over, e.g. 12 months. Default 1.",
                  "各数量要分摊到的期数，例如 12 个月。默认 1。"},
                 true},
    ArgumentInfo{{"people", "人数"},
                 {"Number of people sharing the work (may be fractional, e.g. 2.5). Default 1.",
                  "分担工作的人数（可为小数，例如 2.5）。默认 1。"},
                 true},
};

constexpr std::array funnelyield_arguments{
    ArgumentInfo{{"activity", "活动量"},
                 {"The count at the top of the funnel, e.g. visits made; its whole part is used.",
                  "漏斗顶部的数量，例如拜访次数；取其整数部分。"}},
    ArgumentInfo{{"rates", "转化率"},
                 {"Conversion rate of each step from the top of the funnel down, each more than 0 "
                  "and at most 1: a column or a row.",
                  "从漏斗顶部往下各步的转化率，每个大于 0 且不超过 1，排成一列或一行。"}},
    ArgumentInfo{
        {"deal_size", "平均单额"},
        {"Average revenue per deal. When given, one more value follows the counts: the "
         "revenue (deals × deal size).",
         "每笔成交的平均金额。填写时，结果在各级数量之后多一个值：收入（成交数 × 平均单额）。"},
        true},
};

constexpr std::array apportion_arguments{
    ArgumentInfo{{"count", "数量"},
                 {"How many whole things to hand out (people, accounts, seats, deals): a whole "
                  "number from 0 to 2^53.",
                  "要分配的整数数量（人数、客户数、席位、订单等）：0 到 2^53 之间的整数。"}},
    ArgumentInfo{{"sizes", "规模"},
                 {"Size of each entity (e.g. population, revenue, workload): a column or a row. A "
                  "blank cell is 0; an entity of size 0 gets only the minimum.",
                  "各对象的规模（例如人口、收入、工作量）：一列或一行。空白单元格为 0；"
                  "规模为 0 的对象只得到下限。"}},
    ArgumentInfo{{"method", "方法"},
                 {"\"hamilton\" (largest remainder, default), \"jefferson\" (= \"dhondt\"), "
                  "\"webster\" (= \"sainte-lague\"), \"huntington-hill\" or \"adams\"; any "
                  "case.",
                  "\"hamilton\"（最大余数法，默认）、\"jefferson\"（即 \"dhondt\"，最高平均数法）、"
                  "\"webster\"（即 \"sainte-lague\"）、\"huntington-hill\" 或 \"adams\"；"
                  "不区分大小写。"},
                 true},
    ArgumentInfo{{"minimum", "下限"},
                 {"Whole number every entity gets at least, e.g. 1. Default 0.",
                  "每个对象至少得到的整数，例如 1。默认为 0。"},
                 true},
};

constexpr std::array tree_arguments{
    ArgumentInfo{{"total", "总额"},
                 {"The target to split over the whole tree, e.g. the annual company target.",
                  "要分解到整棵树的目标总额，例如公司年度目标。"}},
    ArgumentInfo{{"ids", "编号"},
                 {"One id per node (a name or a number), each used once: regions, teams, people. "
                  "A wholly blank row is skipped and gets 0.",
                  "每个节点一个编号（名称或数字），不能重复：区域、团队、个人。整行空白会被跳过，"
                  "结果为 0。"}},
    ArgumentInfo{{"parents", "上级"},
                 {"Each node's parent id, aligned with ids; blank for top-level nodes, which "
                  "share the total.",
                  "每个节点的上级编号，与编号对齐；顶层节点留空，由它们分享总额。"}},
    ArgumentInfo{{"weights", "权重"},
                 {"Each node's weight among its siblings, 0 or more. Blank on an inner node: the "
                  "sum of its leaves' weights; blank on a leaf: 0.",
                  "每个节点在同级中的权重，大于或等于 0。非末级节点空白时取其下属末级节点的"
                  "权重之和；末级节点空白为 0。"}},
    ArgumentInfo{{"unit", "单位"},
                 {"Rounding step at every level, e.g. 1000. Default 1; 0 means no rounding.",
                  "每一级的取整单位，例如 1000。默认为 1；0 表示不取整。"},
                 true},
};

constexpr std::array kpi_arguments{
    ArgumentInfo{{"target", "目标"},
                 {"The target of the top node, e.g. next year's revenue.",
                  "顶层节点的目标，例如明年的收入。"}},
    ArgumentInfo{{"ids", "编号"},
                 {"One id per node (a name or a number), each used once.",
                  "每个节点一个编号（名称或数字），不能重复。"}},
    ArgumentInfo{{"parents", "上级"},
                 {"Each node's parent id, aligned with ids; blank for the one top node.",
                  "每个节点的上级编号，与编号对齐；唯一的顶层节点留空。"}},
    ArgumentInfo{{"operators", "运算符"},
                 {"+ if a node is the sum of its children, * if their product; blank for leaves.",
                  "节点等于下级之和填 +，等于下级之积填 *；末级节点留空。"}},
    ArgumentInfo{
        {"baselines", "基线"},
        {"Each node's current value. Leaves: blank is 0. Other nodes: blank is worked out "
         "from the children; a given value must agree with them.",
         "每个节点的当前值。末级节点空白为 0；其他节点空白时由下级算出，填写时必须与下级一致。"}},
    ArgumentInfo{
        {"efforts", "分摊权重"},
        {"How much of its parent's change each node takes, 0 or more. Default: in "
         "proportion to the baselines under +, equal under *. Once a sibling has an "
         "effort, a blank effort is 0.",
         "每个节点承担上级变化的比重，大于或等于 0。默认：+ 节点按基线比例，* 节点平均分配。"
         "同级中只要有一个填写了，空白即为 0。"},
        true},
    ArgumentInfo{{"fixed", "锁定值"},
                 {"A filled cell holds that node at that value; its siblings make up the rest.",
                  "填写了数值的节点锁定为该值，由同级的其他节点补足其余部分。"},
                 true},
};

constexpr std::array levels_arguments{
    ArgumentInfo{{"targets", "目标"},
                 {"The targets, e.g. the result of ALLOT.SPLIT: a column (or a row). A blank cell "
                  "is 0.",
                  "各项目标，例如 ALLOT.SPLIT 的结果：一列（或一行）。空白单元格为 0。"}},
    ArgumentInfo{{"floor_ratio", "底线比例"},
                 {"The floor as a share of the target, from 0 to 1, e.g. 0.8 (80%). The floor "
                  "column adds up to this share of the total.",
                  "底线占目标的比例，0 到 1，例如 0.8（80%）。底线列合计恰好为总额的这一比例。"}},
    ArgumentInfo{
        {"stretch_ratio", "挑战比例"},
        {"The stretch as a multiple of the target, 1 or more, e.g. 1.2 (120%). The "
         "stretch column adds up to this multiple of the total.",
         "挑战目标相对目标的倍数，不小于 1，例如 1.2（120%）。挑战列合计恰好为总额的这一倍数。"}},
    ArgumentInfo{{"unit", "单位"},
                 {"Rounding step of the floor and stretch, e.g. 1000. Default 1; 0 means no "
                  "rounding.",
                  "底线和挑战目标的取整单位，例如 1000。默认为 1；0 表示不取整。"},
                 true},
};

constexpr std::array profile_arguments{
    ArgumentInfo{{"history", "历史数据"},
                 {"One row per year (or period set), one column per period, e.g. 3 years by 12 "
                  "months. A blank cell is 0; a wholly blank row is skipped.",
                  "每年（或每组期间）一行，每个期间一列，例如 3 年 × 12 个月。空白单元格为 0；"
                  "整行空白的年份会被跳过。"}},
    ArgumentInfo{{"method", "方法"},
                 {"\"average\" (default): each year's shares, averaged; \"pooled\": the shares of "
                  "the column totals, so bigger years weigh more.",
                  "\"average\"（默认）：各年占比的平均；\"pooled\"：按各列合计计算占比，"
                  "规模大的年份权重更大。"},
                 true},
};

constexpr std::array weights_arguments{
    ArgumentInfo{
        {"factors", "因素"},
        {"One row per person, one column per factor (e.g. last year's sales, market "
         "potential, capability score). A blank cell is 0.",
         "每人一行，每个因素一列（例如去年销售额、市场潜力、能力评分）。空白单元格为 0。"}},
    ArgumentInfo{
        {"factor_weights", "因素权重"},
        {"The weight of each factor column, e.g. 0.6 and 0.4; normalised to add up to "
         "1. One number for all weighs the factors equally.",
         "每个因素列的权重，例如 0.6 和 0.4，会归一化为合计 1。只给一个数则各因素权重相同。"}},
    ArgumentInfo{{"multipliers", "调整系数"},
                 {"Per-person multipliers, e.g. tiers A 1.2, B 1.0, C 0.8, or ramp factors for "
                  "new hires: one per row, or one number for all. A blank cell is 1.",
                  "每人的调整系数，例如等级 A 1.2、B 1.0、C 0.8，或新员工的爬坡系数："
                  "每行一个，或一个数适用于全部。空白单元格为 1。"},
                 true},
};

constexpr std::array matrix_arguments{
    ArgumentInfo{{"row_totals", "行合计"},
                 {"The total of each row of the seed, e.g. each region's annual target: a column "
                  "or a row, whole units, 0 or more. A blank cell is 0.",
                  "种子每一行的合计，例如各区域的年度目标：一列或一行，须为整数个单位，大于或等于 "
                  "0。空白单元格为 0。"}},
    ArgumentInfo{{"column_totals", "列合计"},
                 {"The total of each column of the seed, e.g. the company's target for each "
                  "month: a row or a column with the same sum as the row totals.",
                  "种子每一列的合计，例如公司每个月的目标：一行或一列，其和须与行合计之和相同。"}},
    ArgumentInfo{{"seed", "种子"},
                 {"The pattern to follow, e.g. last year's region × month actuals: 0 or more; a "
                  "cell that is 0 or blank stays 0. At most 250,000 cells.",
                  "要遵循的分布模式，例如去年各区域 × 各月的实际值：大于或等于 0；"
                  "为 0 或空白的单元格结果仍为 0。最多 250,000 个单元格。"}},
    ArgumentInfo{{"unit", "单位"},
                 {"Rounding step for every cell, e.g. 1000. Default 1; 0 means no rounding.",
                  "每个单元格的取整单位，例如 1000。默认为 1；0 表示不取整。"},
                 true},
};

constexpr std::array why_arguments{
    ArgumentInfo{{"function", "函数"},
                 {"Name of the function whose error to explain, e.g. \"SPLIT\".",
                  "要解释其错误的函数名，例如 \"SPLIT\"。"}},
    ArgumentInfo{{"arguments", "参数"},
                 {"The same arguments as in the cell that shows the error.",
                  "与显示错误的单元格中相同的参数。"},
                 true,
                 true},
};

constexpr std::array functions{
    FunctionInfo{
        "split",
        {"ALLOT.SPLIT", "ALLOT.SPLIT"},
        {"Splits a total in proportion to weights, rounded to whole units so that the parts add "
         "up to the total exactly (largest remainder). Respects minimums, maximums and holds.",
         "比例分解：按权重把总额分给各部分，按单位取整且各部分之和恰好等于总额（最大余数法），"
         "并遵守下限、上限和锁定值。"},
        split_arguments,
        "=ALLOT.SPLIT(100;{1|1|1})",
        {"34, 33, 33 (a column)", "34、33、33（一列）"}},
    FunctionInfo{
        "apportion",
        {"ALLOT.APPORTION", "ALLOT.APPORTION"},
        {"Apportions a whole number of things (headcount, accounts, seats) over entities in "
         "proportion to their sizes: every share is a whole number and the shares add up to the "
         "count exactly. Hamilton (largest remainder), Jefferson/D'Hondt, Webster/Sainte-Lague, "
         "Huntington-Hill or Adams, with an optional minimum each.",
         "整数分配：按规模把整数数量（人数、客户数、席位）分给各对象，每份都是整数且合计恰好等于"
         "总数。可选汉密尔顿（最大余数法）、杰斐逊/D'Hondt、韦伯斯特/圣拉古、亨廷顿-希尔或亚当斯"
         "方法，并可设每个对象的下限。"},
        apportion_arguments,
        "=ALLOT.APPORTION(8;{100000|80000|30000|20000};\"dhondt\")",
        {"4, 3, 1, 0 (a column); \"sainte-lague\" gives 3, 3, 1, 1",
         "4、3、1、0（一列）；\"sainte-lague\" 得 3、3、1、1"}},
    FunctionInfo{
        "tree",
        {"ALLOT.TREE", "ALLOT.TREE"},
        {"Multi-level decomposition in one call (company, region, team, person): the top-level "
         "nodes share the total, every node's value splits over its children by weight, rounded "
         "to whole units, and every parent equals the sum of its children exactly. Returns every "
         "node's value.",
         "多级分解（公司、区域、团队、个人）一次完成：顶层节点分享总额，每个节点的值按权重分给"
         "其下级并按单位取整，每个上级都恰好等于其下级之和。返回每个节点的值。"},
        tree_arguments,
        "=ALLOT.TREE(1000;{\"North\"|\"South\"|\"Ann\"|\"Bob\"|\"Cai\"};"
        "{\"\"|\"\"|\"North\"|\"North\"|\"South\"};{\"\"|\"\"|1|1|2})",
        {"500, 500, 250, 250, 500 (a column: the regions weigh 2 each, the sums of their people)",
         "500、500、250、250、500（一列：两个区域的权重均为 2，即其人员权重之和）"}},
    FunctionInfo{
        "profile",
        {"ALLOT.PROFILE", "ALLOT.PROFILE"},
        {"Seasonality profile: from a history of one row per year and one column per period, one "
         "row of shares that add up to exactly 1, for use as the weights of ALLOT.SPLIT. Blank "
         "years and years that add up to 0 are skipped.",
         "季节性分布：由每年一行、每期一列的历史数据，得出一行合计恰好为 1 的占比，"
         "可作为 ALLOT.SPLIT 的权重。空白年份和合计为 0 的年份会被跳过。"},
        profile_arguments,
        "=ALLOT.PROFILE({1;1;1;1|10;20;30;40})",
        {"0.175, 0.225, 0.275, 0.325 (a row)", "0.175、0.225、0.275、0.325（一行）"}},
    FunctionInfo{
        "weights",
        {"ALLOT.WEIGHTS", "ALLOT.WEIGHTS"},
        {"Capability / resource matching: each factor column becomes shares, the shares are "
         "combined by the factor weights and multiplied by each person's multiplier. Returns a "
         "column of weights that add up to exactly 1, ready for ALLOT.SPLIT.",
         "能力/资源匹配：每个因素列换算为占比，按因素权重加权合并，再乘以每人的调整系数。"
         "返回一列合计恰好为 1 的权重，可直接用于 ALLOT.SPLIT。"},
        weights_arguments,
        "=ALLOT.WEIGHTS({100;1|200;1|700;2};{0.6;0.4})",
        {"0.16, 0.22, 0.62 (a column)", "0.16、0.22、0.62（一列）"}},
    FunctionInfo{
        "levels",
        {"ALLOT.LEVELS", "ALLOT.LEVELS"},
        {"Floor / target / stretch: three columns (floor, the targets as given, stretch). The "
         "floor column adds up exactly to floor_ratio times the total and the stretch column to "
         "stretch_ratio times the total, rounded to whole units, with floor <= target <= stretch "
         "on every row.",
         "底线 / 目标 / 挑战：返回三列（底线、原目标、挑战目标）。底线列合计恰好为总额 × 底线比例，"
         "挑战列合计恰好为总额 × 挑战比例，按单位取整，且每行都满足 底线 ≤ 目标 ≤ 挑战。"},
        levels_arguments,
        "=ALLOT.LEVELS({34|33|33};0.85;1.15)",
        {"rows 29, 34, 39 / 28, 33, 38 / 28, 33, 38 (floor, target, stretch)",
         "各行 29、34、39 / 28、33、38 / 28、33、38（底线、目标、挑战）"}},
    FunctionInfo{
        "funnel",
        {"ALLOT.FUNNEL", "ALLOT.FUNNEL"},
        {"Reverse funnel: from a revenue target back to the activity it takes. Returns one whole "
         "count per stage, top first, deals last: deals = target ÷ deal size, each earlier stage = "
         "next ÷ rate, rounded up; with periods and people, per person per period (rounded up).",
         "倒推漏斗：从收入目标倒推所需的活动量。按漏斗从上到下返回每一级的整数数量，"
         "最后一个为成交数：成交数 = 目标 ÷ 平均单额，上一级 = 下一级 ÷ 转化率，均向上取整；"
         "给出期数和人数时，返回每人每期的数量（向上取整）。"},
        funnel_arguments,
        "=ALLOT.FUNNEL(1000000;50000;{0.5|0.4|0.25})",
        {"400, 200, 80, 20 (a column: visits, leads, opportunities, deals)",
         "400、200、80、20（一列：拜访、线索、商机、成交）"}},
    FunctionInfo{
        "funnelyield",
        {"ALLOT.FUNNELYIELD", "ALLOT.FUNNELYIELD"},
        {"Forward funnel, the companion of ALLOT.FUNNEL: what an activity level yields. Returns "
         "the count at each stage, top first (each = previous × rate, rounded down), then, with "
         "a deal size, the revenue.",
         "正推漏斗（与 ALLOT.FUNNEL 方向相反）：给定活动量能带来多少结果。按漏斗从上到下"
         "返回每一级的数量（上一级 × 转化率，向下取整）；给出平均单额时，最后再返回收入。"},
        funnelyield_arguments,
        "=ALLOT.FUNNELYIELD(400;{0.5|0.4|0.25};50000)",
        {"400, 200, 80, 20, 1000000 (a column; the last value is the revenue)",
         "400、200、80、20、1000000（一列；最后一个值为收入）"}},
    FunctionInfo{
        "kpi",
        {"ALLOT.KPI", "ALLOT.KPI"},
        {"KPI decomposition over a driver tree: each node is the sum (+) or the product (*) of "
         "its children. The top target flows down: a sum shares its change by effort, a product "
         "its growth factor geometrically; fixed nodes keep their value. Returns every node's "
         "target.",
         "KPI 分解：指标树中每个节点等于其下级之和（+）或之积（*）。顶层目标逐级向下分解："
         "求和节点按分摊权重分配变化量，乘积节点按几何方式分摊增长倍数；锁定的节点保持不变。"
         "返回每个节点的目标。"},
        kpi_arguments,
        "=ALLOT.KPI(133100;{\"Revenue\"|\"Traffic\"|\"Conversion\"|\"Basket\"};"
        "{\"\"|\"Revenue\"|\"Revenue\"|\"Revenue\"};{\"*\"|\"\"|\"\"|\"\"};{\"\"|100000|0.02|50})",
        {"133100, 110000, 0.022, 55 (a column: each driver grows by 10%)",
         "133100、110000、0.022、55（一列：每个驱动因素增长 10%）"}},
    FunctionInfo{
        "pace",
        {"ALLOT.PACE", "ALLOT.PACE"},
        {"Pace against the plan: the actual divided by the target due so far (the full periods "
         "elapsed plus the elapsed share of the current one). 1 is exactly on plan.",
         "时间进度达成：实际值除以到目前为止应完成的目标（已过完整各期之和，加上当前期已过部分）。"
         "1 表示恰好符合计划。"},
        pace_arguments,
        "=ALLOT.PACE(315;{100|100|100|100};3.5)",
        {"0.9 (315 of the 350 due after 3.5 periods)", "0.9（3.5 期应完成 350，实际 315）"}},
    FunctionInfo{
        "status",
        {"ALLOT.STATUS", "ALLOT.STATUS"},
        {"Traffic light for an attainment, in the office's language: \"behind\" below warn, "
         "\"at risk\" below ok, else \"on track\".",
         "红绿灯式的达成状态，按办公软件的界面语言显示：低于预警线为“落后”，低于正常线为“有风险”，"
         "否则为“正常”。"},
        status_arguments,
        "=ALLOT.STATUS(0.85)",
        {"at risk", "有风险"}},
    FunctionInfo{
        "commission",
        {"ALLOT.COMMISSION", "ALLOT.COMMISSION"},
        {"Tiered commission, marginal like tax brackets: each rate is paid on the sales between "
         "its attainment threshold and the next (an accelerator is a higher rate above 100%), "
         "counting sales up to the cap.",
         "阶梯提成（超额累进，类似个税税率表）：每档比例只作用于该档达成率区间内的销售额"
         "（超过 100% 的加速提成即更高的比例），销售额计到封顶达成率为止。"},
        commission_arguments,
        "=ALLOT.COMMISSION(130000;100000;{0;0.8;1;1.2};{0.02;0.05;0.08;0.12})",
        {"5400 (1600 + 1000 + 1600 + 1200)", "5400（1600 + 1000 + 1600 + 1200）"}},
    FunctionInfo{
        "okr",
        {"ALLOT.OKR", "ALLOT.OKR"},
        {"OKR scoring: a key result scores from 0 at its baseline to 1 at its target (linear, "
         "clamped; also for key results that should fall). Given ranges, the weighted average: "
         "the objective's score.",
         "OKR 评分：关键结果在基线处得 0 分，在目标值处得 1 分，其间线性计分（超出部分截断，"
         "也适用于应当下降的指标）。给出区域时返回加权平均，即整个 O（目标）的得分。"},
        okr_arguments,
        "=ALLOT.OKR({170|0.06};{100|0.1};{200|0.04})",
        {"0.6833 (key results 0.7 and 0.6667)", "0.6833（两个关键结果分别为 0.7 和 0.6667）"}},
    FunctionInfo{
        "matrix",
        {"ALLOT.MATRIX", "ALLOT.MATRIX"},
        {"Two-way decomposition (e.g. regions × months): fits the seed's pattern to both the row "
         "totals and the column totals (iterative proportional fitting), then rounds every cell "
         "down or up to a whole unit so that each row and each column adds up to its total "
         "exactly. Cells where the seed is 0 stay 0.",
         "二维分解（例如区域 × 月份）：按种子的分布模式同时拟合行合计和列合计（迭代比例拟合），"
         "再把每个单元格向下或向上取整到整数个单位，使每一行、每一列都恰好等于其合计。"
         "种子为 0 的单元格结果仍为 0。"},
        matrix_arguments,
        "=ALLOT.MATRIX({10|10|10};{10;10;10};{1;1;1|1;1;1|1;1;1})",
        {"3, 4, 3 / 3, 3, 4 / 4, 3, 3 (rows; every row and column adds up to 10, where rounding "
         "each 3.33 would give 9)",
         "3、4、3 / 3、3、4 / 4、3、3（各行；每行每列之和都是 10，而逐个四舍五入 3.33 只得 9）"}},
    FunctionInfo{
        "why",
        {"ALLOT.WHY", "ALLOT.WHY"},
        {"Explains in plain language why an ALLOT function shows an error: give the function's "
         "name and the same arguments. Returns OK when there is no error.",
         "错误说明：用通俗的语言解释 ALLOT 函数为什么显示错误。输入函数名和相同的参数；"
         "没有错误时返回 OK。"},
        why_arguments,
        "=ALLOT.WHY(\"SPLIT\";100;{1|\"x\"|1})",
        {"Item 2 of the weights is text (\"x\"), not a number. …",
         "权重的第 2 项是文本（“x”），不是数字。……"}},
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) ==
               std::toupper(static_cast<unsigned char>(y));
    });
}

} // namespace

std::span<const FunctionInfo> function_table() {
    return functions;
}

const FunctionInfo* find_programmatic(std::string_view name) {
    auto it = std::find_if(functions.begin(), functions.end(),
                           [&](const FunctionInfo& f) { return f.programmatic == name; });
    return it == functions.end() ? nullptr : &*it;
}

const FunctionInfo* find_by_user_name(std::string_view name) {
    constexpr std::string_view prefix = "ALLOT.";
    for (const FunctionInfo& f : functions) {
        for (std::string_view display : {f.display.en, f.display.zh}) {
            if (same_ignoring_case(name, display) ||
                same_ignoring_case(name, display.substr(prefix.size())))
                return &f;
        }
    }
    return nullptr;
}

Language language_of(std::string_view tag) {
    return tag.size() >= 2 && same_ignoring_case(tag.substr(0, 2), "zh") ? Language::Chinese
                                                                         : Language::English;
}

} // namespace allot::addin
