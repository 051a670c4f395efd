"""The Python side of bench/cmdlets.sh: the same data and the same work as
bench/workloads/cmdlets-*.ps1. Usage: cmdlets-python.py build|sort|group|where"""

import sys


def build():
    return [{"Name": f"item{i}", "Bucket": i % 97, "Value": (i * 7919) % 100003} for i in range(1, 100001)]


def main() -> None:
    work = sys.argv[1]
    items = build()
    if work == "build":
        print(len(items))
    elif work == "sort":
        ordered = sorted(items, key=lambda item: item["Value"])
        print(f"{ordered[0]['Name']} {ordered[-1]['Name']} {len(ordered)}")
    elif work == "group":
        groups = {}
        for item in items:
            groups.setdefault(item["Bucket"], []).append(item)
        first = min(groups)
        print(f"{len(groups)} {first} {len(groups[first])}")
    elif work == "where":
        a = len([item for item in items if item["Value"] > 50000])
        b = len([item for item in items if item["Bucket"] == 3])
        print(f"{a} {b}")


main()
