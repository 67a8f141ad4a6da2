"""Item search per keystroke over 5,000 items, and over a hall's own catalog (the bundled
guides plus 1,135 items imported from a province's list, named "{county}{department}{action}
{object}" as such lists name them), each next to a plain `in` scan in the same run.

Run: .venv/bin/python bench/search.py   (a few seconds; prints figures, asserts nothing)
Target: median keystroke under 5 ms for both; building the index must not delay start-up (it
is built on first use, with the pinyin initials cached per distinct text).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from counterdesk.domain.catalog import ItemKind, ServiceItem  # noqa: E402
from counterdesk.services.catalog_files import load_path  # noqa: E402
from counterdesk.services.search import ItemSearchIndex  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CATALOG_SIZE = 5000
HALL_LIST_SIZE = 1135
ROUNDS = 5

DEPARTMENTS = {
    "GA": "公安局", "MZ": "民政局", "RS": "人力资源和社会保障局", "ZR": "自然资源和规划局",
    "SC": "市场监督管理局", "JT": "交通运输局", "WS": "卫生健康委员会", "JY": "教育和体育局",
    "ZJ": "住房和城乡建设局", "SL": "水务局", "NY": "农业农村局", "WH": "文化和旅游局",
    "HB": "生态环境分局", "YB": "医疗保障局", "SW": "税务局", "GJ": "住房公积金管理中心",
}
SUBJECTS = ["食品经营", "药品零售", "建筑施工", "道路运输", "户口迁移", "婚姻", "社会保险",
            "医疗保险", "不动产", "住房公积金", "排污", "取水", "林木采伐", "烟草专卖零售",
            "出版物零售", "娱乐场所", "旅行社", "民办学校", "医疗机构执业", "放射诊疗",
            "公共场所卫生", "特种设备使用", "城镇污水排入排水管网", "建设工程规划",
            "乡村建设规划", "渔业捕捞", "兽药经营", "农药经营", "种子生产经营", "动物防疫条件",
            "营业性演出", "网吧经营", "养老机构", "殡葬设施", "社会团体", "民办非企业单位",
            "残疾人证", "失业保险金", "工伤认定", "劳务派遣经营", "人力资源服务",
            "职业技能等级", "机动车驾驶证", "居民身份证", "出入境证件", "危险化学品经营",
            "燃气经营", "临时占用城市道路", "城市建筑垃圾处置", "户外广告设置"]
ACTIONS = ["许可", "许可证核发", "许可证变更", "许可证延续", "许可证注销", "登记", "变更登记",
           "注销登记", "备案", "证明开具", "资格认定", "审批", "补办", "年度报告", "信息查询"]
QUERIES = ["bdcdj", "不动产登记", "37082600zr", "spjyxk", "食品经营许可证", "gjj tq",
           "社会保险", "shbx", "ylbx dj", "婚姻登记", "jdcjsz", "建设工程规划许可", "xk zx",
           "民政局", "hkqy", "qsxk", "医疗机构执业登记", "ylj", "rlzyfw", "户外广告"]


def generated_items(count: int) -> list[ServiceItem]:
    """Realistic names: subject + action, codes per department like the bundled guides."""
    rng = random.Random(20260930)
    bundled = {i.code: i for i in load_path(ROOT / "data" / "catalog").items}
    items = list(bundled.values())
    serial = 0
    while len(items) < count:
        serial += 1
        short, department = rng.choice(list(DEPARTMENTS.items()))
        subject, action = rng.choice(SUBJECTS), rng.choice(ACTIONS)
        suffix = rng.choice(["", "", "", "（个人）", "（单位）", "（首次）", "（跨省通办）"])
        items.append(ServiceItem(
            code=f"370826{serial % 100:02d}{short}-{rng.choice(['XK', 'DJ', 'QR', 'QT'])}-"
                 f"{serial:04d}",
            version=dt.date(2026, 1, 1), name=f"{subject}{action}{suffix}",
            department=f"微山县{department}", kind=ItemKind.PROMISED, legal_limit_days=20,
            promised_limit_days=5, materials=()))
    return items

COUNTIES = {"370826": "微山县", "370812": "兖州区", "370883": "邹城市", "370881": "曲阜市",
            "511502": "翠屏区", "530114": "呈贡区"}
LIST_ACTIONS = ["核发", "变更", "延续", "注销", "补办", "换领", "审批", "备案", "确认", "申领",
                "办理", "查询"]
LIST_OBJECTS = ["许可证", "登记", "备案证明", "资格", "证明", "信息", ""]
HALL_QUERIES = ["翠屏区民政局", "cpq mzj", "婚姻登记", "食品经营许可证", "spjy", "核发",
                "511502", "zx", "不动产", "bdcdj", "gjj tq", "养老机构备案", "yljg",
                "37082600zr", "hkqy", "社会保险", "shbx", "出生", "wsx", "购买商品房登记"]


def hall_catalog_items(count: int) -> list[ServiceItem]:
    """The bundled guides (as /work/shared/catalog has them) and `count` items of a province's
    list as `catalog import-list` reads them: the county and department lead the name, then the
    action and its object, in either order, with the long implementation codes of such lists."""
    rng = random.Random(1135)
    items = list({i.code: i for i in load_path(ROOT / "data" / "catalog").items}.values())
    for serial in range(1, count + 1):
        county_code, county = rng.choice(list(COUNTIES.items()))
        department = f"{county}{rng.choice(list(DEPARTMENTS.values()))}"
        action = rng.choice(LIST_ACTIONS)
        thing = rng.choice(SUBJECTS) + rng.choice(LIST_OBJECTS)
        name = f"{department}{action}{thing}" if rng.random() < 0.5 \
            else f"{department}{thing}{action}"
        items.append(ServiceItem(
            code=f"{county_code}Z07{serial:06d}-{county_code}000000-000-11{county_code}"
                 f"008778183N-1-00",
            version=dt.date(2026, 9, 1), name=name, department=department,
            kind=ItemKind.PROMISED, legal_limit_days=20, promised_limit_days=5, materials=()))
    return items


def keystrokes(query: str) -> list[str]:
    """The text after each key: every prefix, with one typo corrected by backspace."""
    typed = [query[:end] for end in range(1, len(query) + 1)]
    if len(query) > 3:
        typed[2:2] = [query[:2] + "x", query[:2]]
    return typed


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def per_keystroke(search, queries: list[str]) -> list[float]:
    timings = []
    for _ in range(ROUNDS):
        for query in queries:
            search("")
            for text in keystrokes(query):
                start = time.perf_counter()
                search(text)
                timings.append((time.perf_counter() - start) * 1000)
    return timings


def measure(index: ItemSearchIndex, items: list[ServiceItem], queries: list[str]
            ) -> tuple[list[float], list[float]]:
    """Per-keystroke times of the index and of a plain `in` scan over the same items."""
    names = [f"{i.name} {i.code.lower()} {i.department}" for i in items]

    def plain_scan(text: str) -> list[str]:
        return [name for name in names if text in name][:50]

    return per_keystroke(index.search, queries), per_keystroke(plain_scan, queries)


def main() -> dict[str, float]:
    items = generated_items(CATALOG_SIZE)
    start = time.perf_counter()
    index = ItemSearchIndex(items)
    construct_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    index.search("b")
    first_search_ms = (time.perf_counter() - start) * 1000
    searched, scanned = measure(index, items, QUERIES)
    median, baseline = statistics.median(searched), statistics.median(scanned)
    print(f"search: {len(items):,} items, {len(searched):,} keystrokes: median "
          f"{median:.2f} ms, p95 {percentile(searched, 0.95):.2f} ms (target median < 5 ms); "
          f"plain `in` scan median {baseline:.2f} ms; ratio {median / baseline:.1f}x")
    print(f"search: index construction {construct_ms:.1f} ms (at start-up), first search "
          f"{first_search_ms:.0f} ms (builds the pinyin initials once)")
    hall = hall_catalog_items(HALL_LIST_SIZE)
    hall_searched, hall_scanned = measure(ItemSearchIndex(hall), hall, HALL_QUERIES)
    hall_median, hall_baseline = statistics.median(hall_searched), statistics.median(hall_scanned)
    print(f"search: hall catalog, {len(hall) - HALL_LIST_SIZE} bundled guides + "
          f"{HALL_LIST_SIZE:,} list items, {len(hall_searched):,} keystrokes: median "
          f"{hall_median:.2f} ms, p95 {percentile(hall_searched, 0.95):.2f} ms (target median "
          f"≤ 5 ms); plain `in` scan median {hall_baseline:.2f} ms; ratio "
          f"{hall_median / hall_baseline:.1f}x")
    return {"median_ms": median, "p95_ms": percentile(searched, 0.95),
            "baseline_median_ms": baseline, "construct_ms": construct_ms,
            "first_search_ms": first_search_ms, "hall_median_ms": hall_median,
            "hall_baseline_median_ms": hall_baseline}


if __name__ == "__main__":
    main()
