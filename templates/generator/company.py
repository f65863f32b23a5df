"""The fictional company every template's sample data comes from.

Qingshan Instruments (青山仪器), an industrial instruments maker: four sales
regions, 24 sales people, three years of monthly sales by region, and a plan
year. The numbers are made up but shaped like real ones: a Chinese New Year
dip in February, half-year and year-end peaks, three new hires still ramping
up. Where two templates show the same thing (a person's target, a region's
sales), they show the same number.
"""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass

COMPANY = ("Qingshan Instruments", "青山仪器")
PLAN_YEAR = 2027
HISTORY_YEARS = (2024, 2025, 2026)

MONTHS = (
    ("Jan", "1月"), ("Feb", "2月"), ("Mar", "3月"), ("Apr", "4月"), ("May", "5月"), ("Jun", "6月"),
    ("Jul", "7月"), ("Aug", "8月"), ("Sep", "9月"), ("Oct", "10月"), ("Nov", "11月"), ("Dec", "12月"),
)


@dataclass(frozen=True)
class Region:
    key: str
    name: tuple[str, str]  # English, Chinese
    city: tuple[str, str]


REGIONS = (
    Region("N", ("North", "华北"), ("Beijing", "北京")),
    Region("E", ("East", "华东"), ("Shanghai", "上海")),
    Region("S", ("South", "华南"), ("Guangzhou", "广州")),
    Region("W", ("West", "西部"), ("Chengdu", "成都")),
)

# Sales by region and month (CNY), per history year.
HISTORY = {
    2024: {
        "N": [748000, 482000, 887000, 843000, 937000, 1377000, 730000, 707000, 1054000, 731000, 1117000, 1287000],
        "E": [820000, 598000, 1159000, 991000, 1112000, 1576000, 885000, 927000, 1226000, 921000, 1321000, 1564000],
        "S": [703000, 431000, 973000, 740000, 813000, 970000, 706000, 695000, 829000, 698000, 1031000, 1211000],
        "W": [375000, 202000, 432000, 345000, 376000, 537000, 302000, 339000, 462000, 315000, 496000, 619000],
    },
    2025: {
        "N": [767000, 498000, 1023000, 841000, 963000, 1338000, 825000, 816000, 1141000, 840000, 1127000, 1421000],
        "E": [930000, 686000, 1238000, 1147000, 1279000, 1607000, 988000, 1026000, 1358000, 1151000, 1459000, 1831000],
        "S": [823000, 481000, 926000, 788000, 971000, 1065000, 706000, 678000, 923000, 766000, 1114000, 1259000],
        "W": [435000, 260000, 513000, 513000, 464000, 640000, 378000, 413000, 600000, 437000, 610000, 837000],
    },
    2026: {
        "N": [826000, 540000, 1123000, 901000, 998000, 1529000, 803000, 776000, 1201000, 861000, 1342000, 1520000],
        "E": [1069000, 682000, 1431000, 1251000, 1349000, 1739000, 1120000, 991000, 1484000, 1122000, 1594000, 2028000],
        "S": [806000, 499000, 1080000, 909000, 904000, 1197000, 798000, 689000, 969000, 825000, 1109000, 1295000],
        "W": [474000, 280000, 616000, 513000, 529000, 705000, 447000, 490000, 696000, 500000, 674000, 916000],
    },
}


@dataclass(frozen=True)
class Person:
    region: str
    name: tuple[str, str]
    tier: str            # A, B, C or New (a new hire still ramping up)
    sales: int           # last year's sales (CNY); the people of a region add up to its history
    potential: int       # market potential of the territory (CNY)
    capability: float    # manager's capability score, 1 to 5


PEOPLE = (
    Person("N", ("Wang Lei", "王磊"), "B", 1854000, 3100000, 4.6),
    Person("N", ("Li Na", "李娜"), "C", 1621000, 2900000, 4.0),
    Person("N", ("Zhang Wei", "张伟"), "A", 2905000, 7000000, 3.7),
    Person("N", ("Liu Yang", "刘洋"), "B", 2454000, 5500000, 3.8),
    Person("N", ("Chen Jing", "陈静"), "A", 2921000, 6900000, 3.2),
    Person("N", ("Zhao Peng", "赵鹏"), "New", 665000, 2800000, 2.8),
    Person("E", ("Zhou Min", "周敏"), "A", 2643000, 6100000, 3.4),
    Person("E", ("Wu Hao", "吴昊"), "C", 1713000, 2900000, 3.2),
    Person("E", ("Xu Li", "徐丽"), "B", 2514000, 5200000, 3.6),
    Person("E", ("Sun Hao", "孙浩"), "A", 2692000, 5200000, 4.2),
    Person("E", ("Ma Chao", "马超"), "A", 2876000, 5800000, 3.7),
    Person("E", ("Zhu Lin", "朱琳"), "A", 2746000, 7000000, 3.6),
    Person("E", ("Hu Bin", "胡斌"), "New", 676000, 3100000, 2.8),
    Person("S", ("Guo Tao", "郭涛"), "C", 1544000, 3200000, 3.6),
    Person("S", ("He Min", "何敏"), "B", 1674000, 3800000, 3.0),
    Person("S", ("Lin Feng", "林峰"), "B", 2019000, 4800000, 4.7),
    Person("S", ("Luo Jing", "罗静"), "B", 2151000, 3500000, 2.8),
    Person("S", ("Liang Yu", "梁宇"), "C", 1188000, 3000000, 3.3),
    Person("S", ("Song Jia", "宋佳"), "A", 2504000, 5600000, 4.4),
    Person("W", ("Zheng Kai", "郑凯"), "B", 1362000, 2700000, 3.4),
    Person("W", ("Xie Fang", "谢芳"), "A", 1831000, 3900000, 3.6),
    Person("W", ("Tang Liang", "唐亮"), "A", 1950000, 3900000, 4.6),
    Person("W", ("Han Xue", "韩雪"), "C", 1254000, 3100000, 4.2),
    Person("W", ("Feng Lei", "冯磊"), "New", 443000, 2600000, 2.5),
)

TIERS = (("A", 1.15), ("B", 1.0), ("C", 0.9), ("New", 0.6))

# The plan's inputs.
ANNUAL_TARGET = 50_000_000
UNIT = 1000
FLOOR_RATIO = 0.9
STRETCH_RATIO = 1.15
REGION_HOLDS = {"S": 12_500_000}        # agreed with the South's manager (a new distributor)
REGION_MINIMUMS = {"W": 8_000_000}      # the new Chengdu office must carry its cost
REGION_MAXIMUMS = {"N": 12_800_000}     # the North's market is close to saturation
PERSON_HOLDS = {"Zhou Min": 3_600_000}  # key-account manager, target in her contract
PERSON_MINIMUMS = {"Zhang Wei": 3_000_000, "Song Jia": 2_700_000}
PERSON_MAXIMUMS = {"Zhao Peng": 1_200_000, "Hu Bin": 1_200_000, "Feng Lei": 1_000_000}
FACTOR_WEIGHTS = (0.5, 0.3, 0.2)        # last year's sales, territory potential, capability


def people_in(region: str) -> list[Person]:
    return [p for p in PEOPLE if p.region == region]


def check_consistency() -> None:
    assert len(PEOPLE) == 24 and len(REGIONS) == 4
    for region in REGIONS:
        assert sum(p.sales for p in people_in(region.key)) == sum(HISTORY[HISTORY_YEARS[-1]][region.key]), region


# The annual plan's results (person targets and person × month targets), as the
# annual plan template computes them in a real Calc with Allot: the templates
# that start from a plan (funnel, dashboard, commission) take them as their
# inputs. tests/integration/templates_test.cpp checks they are still what the
# annual plan gives; templates/update-plan-results.sh rewrites the file.
PLAN_RESULTS_FILE = pathlib.Path(__file__).with_name("plan-results.json")


def plan_results() -> dict:
    with open(PLAN_RESULTS_FILE, encoding="utf-8") as file:
        return json.load(file)


# Tracking the plan year: actual sales per person, January to July in full and
# August up to AS_OF (the dashboard's date).
AS_OF = (2027, 8, 15)
ACTUALS = {
    "Wang Lei": [127000, 92000, 170000, 131000, 169000, 258000, 139000, 65000],
    "Li Na": [85000, 59000, 109000, 109000, 115000, 158000, 82000, 53000],
    "Zhang Wei": [204000, 129000, 249000, 227000, 267000, 373000, 200000, 109000],
    "Liu Yang": [173000, 104000, 239000, 171000, 227000, 345000, 164000, 78000],
    "Chen Jing": [229000, 139000, 295000, 218000, 257000, 345000, 213000, 109000],
    "Zhao Peng": [28000, 16000, 34000, 28000, 31000, 53000, 23000, 14000],
    "Zhou Min": [262000, 184000, 330000, 319000, 370000, 450000, 280000, 130000],
    "Wu Hao": [81000, 46000, 105000, 94000, 107000, 124000, 73000, 35000],
    "Xu Li": [159000, 92000, 167000, 157000, 167000, 261000, 152000, 66000],
    "Sun Hao": [234000, 151000, 298000, 250000, 319000, 373000, 257000, 96000],
    "Ma Chao": [217000, 114000, 263000, 207000, 256000, 293000, 189000, 80000],
    "Zhu Lin": [205000, 145000, 242000, 259000, 262000, 340000, 228000, 121000],
    "Hu Bin": [44000, 33000, 54000, 53000, 64000, 80000, 49000, 20000],
    "Guo Tao": [103000, 69000, 142000, 121000, 115000, 157000, 107000, 43000],
    "He Min": [127000, 98000, 164000, 166000, 175000, 193000, 151000, 64000],
    "Lin Feng": [206000, 131000, 257000, 210000, 237000, 256000, 197000, 80000],
    "Luo Jing": [136000, 84000, 191000, 143000, 144000, 194000, 132000, 51000],
    "Liang Yu": [64000, 43000, 86000, 85000, 74000, 92000, 70000, 31000],
    "Song Jia": [283000, 167000, 335000, 314000, 347000, 390000, 267000, 112000],
    "Zheng Kai": [114000, 64000, 133000, 113000, 123000, 152000, 103000, 55000],
    "Xie Fang": [146000, 105000, 192000, 184000, 191000, 241000, 137000, 82000],
    "Tang Liang": [181000, 108000, 257000, 191000, 203000, 265000, 160000, 104000],
    "Han Xue": [79000, 51000, 107000, 84000, 83000, 124000, 79000, 43000],
    "Feng Lei": [40000, 25000, 51000, 45000, 40000, 62000, 39000, 16000],
}

# Selling: average deal size by region (CNY) and the funnel's conversion rates.
DEAL_SIZES = {"N": 95000, "E": 80000, "S": 70000, "W": 60000}
FUNNEL_STAGES = (("Visits", "拜访"), ("Leads", "线索"), ("Opportunities", "商机"), ("Deals", "成交"))
CONVERSION_RATES = (0.45, 0.50, 0.30)   # visit → lead, lead → opportunity, opportunity → deal
WORKING_WEEKS = 46
VISIT_CAPACITY = 13                     # visits a person can make in a week


def region_of(person: Person) -> Region:
    return next(r for r in REGIONS if r.key == person.region)


def plan_of(person: Person) -> dict:
    """The annual plan's results for one person (target, months)."""
    return next(p for p in plan_results()["people"] if p["name"] == person.name[0])
