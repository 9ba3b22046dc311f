"""``fazhi regions NAME``: look a region up in the shared table."""

from __future__ import annotations

import argparse

from fazhi.catalog import regions

LEVEL_NAMES = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇级"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("regions", help="查找行政区划名称与代码")
    parser.add_argument("names", nargs="+", metavar="NAME", help="地名，如 静安区、泸州、株洲市石峰区")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    status = 0
    for name in args.names:
        found = regions.lookup(name)
        if found:
            if len(found) > 1:
                print(f"「{name}」有 {len(found)} 个同名行政区划：")
            for region in found:
                print(f"{region.full_name} {region.code} {LEVEL_NAMES[region.level]}")
            continue
        towns = regions.lookup_township(name)
        if towns:
            if len(towns) > 1:
                print(f"「{name}」有 {len(towns)} 个同名乡镇街道：")
            for town in towns:
                print(f"{town.full_name} {town.county.code} 乡镇级（代码为所属县级）")
            continue
        print(f"未找到行政区划：{name}")
        status = 1
    return status
