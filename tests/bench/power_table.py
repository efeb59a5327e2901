#!/usr/bin/env python3
"""The tables of docs/audit-power.md from bench_power's JSON (stdlib only).

usage: power_table.py RESULT.json [--variance pooled]
Prints, as Markdown: the rates per K (planted and ordinary subjects), the
levers (each variance choice and RMIA against the default, per K), and what
the audit says of each approximate method.
"""
import json
import sys


def pct(r):
    lo, hi = r["ci95"]
    return f'{100 * r["rate"]:.0f}% ({r["count"]}/{r["n"]}; {100 * lo:.0f}-{100 * hi:.0f})'


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    d = json.load(open(args[0]))
    default = args[args.index("--variance") + 1] if "--variance" in args else "pooled"
    rows = [r for r in d["rows"] if r["variance"] == default]
    p = d["project"]
    print(f'Project: {p["subset"] or 60000} training images, {p["epochs"]} epochs; '
          f'{p["canary_subjects"]} canary subjects of {p["canary_records"]} records ({p.get("canary_mark", "")}), '
          f'{p["ordinary_subjects"]} ordinary subjects of about as many records; '
          f'reference pool of {d["pool"]["k_max"]}: {d["pool"]["cpu_seconds"]:.0f} s CPU. '
          f'Memorised (planted labels predicted): original {100 * d["memorised"]["original"]["accuracy_on_planted_labels"]:.0f}%, '
          f'exact retrain {100 * d["memorised"].get("retrain_group_0", {}).get("accuracy_on_planted_labels", 0):.0f}%.')
    print()
    print("| K | detection, planted | false fail, planted | inconclusive, planted | predicted detection | "
          "detection, ordinary | false fail, ordinary | reference CPU s | audit CPU s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        P, O = r["planted"], r["ordinary"]
        pred = P.get("predicted_detection")
        print(f'| {r["k"]} | {pct(P["detection"])} | {pct(P["false_fail"])} | {pct(P["inconclusive"])} | '
              f'{"-" if pred is None else f"{100 * pred:.0f}%"} | {pct(O["detection"])} | {pct(O["false_fail"])} | '
              f'{r["reference_cpu_seconds"]:.0f} | {r["audit_cpu_seconds"]:.1f} |')
    print()
    print("Levers (planted subjects): detection / false fail per test")
    print()
    variants = []
    for r in d["rows"]:
        if r["variance"] not in variants:
            variants.append(r["variance"])
    print("| K | " + " | ".join(variants) + " |")
    print("|---|" + "---|" * len(variants))
    for k in sorted({r["k"] for r in d["rows"] if r["k"] > 0}):
        cells = []
        for v in variants:
            r = next((x for x in d["rows"] if x["k"] == k and x["variance"] == v), None)
            cells.append("-" if r is None else
                         f'{pct(r["planted"]["detection"])} / {pct(r["planted"]["false_fail"])}')
        print(f"| {k} | " + " | ".join(cells) + " |")
    methods = sorted(rows[-1]["planted"].get("methods", {}))
    if methods:
        print()
        print(f'Approximate methods, planted subjects of group 0, K = {", ".join(str(r["k"]) for r in rows if r["k"] in (8, max(x["k"] for x in rows)))}: '
              "fail / pass / inconclusive (unlearning seconds)")
        print()
        ks = [r for r in rows if r["k"] in (8, max(x["k"] for x in rows))]
        print("| method | " + " | ".join(f'K = {r["k"]}' for r in ks) + " | seconds |")
        print("|---|" + "---|" * (len(ks) + 1))
        for m in methods:
            cells = []
            for r in ks:
                x = r["planted"]["methods"][m]
                cells.append(f'{x["fail"]["count"]} / {x["pass"]["count"]} / {x["inconclusive"]["count"]}')
            print(f"| {m} | " + " | ".join(cells) + f' | {d["method_seconds"].get(m, 0):.1f} |')
    print()
    print("Sequential (the smallest K of the sweep from which a planted subject stays decided):",
          json.dumps(d["sequential"]))


if __name__ == "__main__":
    main()
