#!/usr/bin/env python3
"""Issue 4's table: every unlearning method on the demo, for a one-subject
request and for a 1% random request, against the retrained reference.

Drives the `lethe` CLI only (its JSON is the contract), so anyone can rerun
it:  tests/bench/methods_table.py --lethe build/test/app/lethe [--subset N]

Each method starts from the same trained model (forget --keep-input), is
audited with its job's forget set and --reference <the retrain of that
request>, and reports forget / retain / test accuracy, MIA-Efficacy, the
Avg. Gap to the retrained model (mean |difference| over UA, MIA-Efficacy,
RA, TA, in points) and its seconds and speed-up over the retrain.
"""
import argparse, json, os, random, shutil, sqlite3, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--lethe", default="build/test/app/lethe")
ap.add_argument("--subset", type=int, default=20000)
ap.add_argument("--epochs", type=float, default=3)
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("--out", default=None, help="write the JSON rows here")
args = ap.parse_args()


def lethe(*a):
    r = subprocess.run([args.lethe, *a, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"
    return json.loads(r.stdout), None


work = tempfile.mkdtemp(prefix="lethe-methods-")
proj = os.path.join(work, "demo")
demo, err = lethe("demo", "init", "--project", proj, "--subset", str(args.subset), "--epochs", str(args.epochs),
                  "--device", "cpu")
if err:
    sys.exit(f"demo init failed: {err}")
mono, ens = demo["models"][0]["id"], demo["models"][1]["id"]
methods = [m["name"] for m in lethe("methods")[0]["methods"]]

# The two requests: the demo's subject, and 1% of the training records at random.
db = sqlite3.connect(f"file:{os.path.join(proj, 'lineage.sqlite')}?mode=ro", uri=True)
train_ids = [r[0] for r in db.execute("SELECT id FROM records WHERE split='train' ORDER BY id")]
db.close()
rng = random.Random(args.seed)
one_pct = os.path.join(work, "one_percent.txt")
with open(one_pct, "w") as f:
    f.write("\n".join(map(str, sorted(rng.sample(train_ids, len(train_ids) // 100)))))
requests = {"one subject": ["--subject", demo["request"]["subject"]], "1% random": ["--records", one_pct]}


def pct(x):
    return "n/a" if x is None else f"{100 * x:.2f}"


rows = []
for req_name, sel in requests.items():
    refs = {}
    for model in (mono, ens):
        ref, err = lethe("forget", "--project", proj, *sel, "--method", "retrain", "--model", str(model),
                         "--keep-input", "--device", "cpu")
        if err:
            sys.exit(f"retrain failed: {err}")
        refs[model] = ref
    for m in methods:
        model = ens if m == "sisa" else mono
        ref = refs[model]
        if m == "retrain":
            job = ref
        else:
            job, err = lethe("forget", "--project", proj, *sel, "--method", m, "--model", str(model), "--keep-input",
                             "--device", "cpu")
            if err:
                rows.append({"request": req_name, "method": m, "error": err})
                continue
        audit, err = lethe("audit", "--project", proj, "--job", str(job["job_id"]), "--reference",
                           str(ref["output_model_id"]), "--no-references")
        if err:
            rows.append({"request": req_name, "method": m, "error": err})
            continue
        acc = audit["accuracy"]
        eff = (audit.get("mia_efficacy") or {}).get("value")
        gap = (audit.get("gap_to_reference") or {}).get("avg_gap")
        rows.append({"request": req_name, "method": m, "model": "sisa ensemble" if model == ens else "monolithic cnn",
                     "forget_acc": acc["forget"], "retain_acc": acc["retain"], "test_acc": acc["test"],
                     "mia_efficacy": eff, "avg_gap": gap, "seconds": job["seconds"],
                     "speedup": ref["seconds"] / job["seconds"] if job["seconds"] else None,
                     "forgotten": job["forgotten_records"]})
        print(f"{req_name:12} {m:13} done", file=sys.stderr)

print(f"Demo subset {args.subset} training images, CNN, {args.epochs:g} epochs; references: retrain of the same model.\n")
for req_name in requests:
    print(f"### {req_name}\n")
    print("| method | model | forget acc | retain acc | test acc | MIA-Efficacy | Avg. Gap (points) | seconds | speed-up |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        if r["request"] != req_name:
            continue
        if "error" in r:
            print(f"| {r['method']} | | {r['error']} | | | | | | |")
            continue
        gap = "n/a" if r["avg_gap"] is None else f"{100 * r['avg_gap']:.2f}"
        print(f"| {r['method']} | {r['model']} | {pct(r['forget_acc'])} | {pct(r['retain_acc'])} | {pct(r['test_acc'])} | "
              f"{pct(r['mia_efficacy'])} | {gap} | {r['seconds']:.2f} | "
              f"{'n/a' if r['speedup'] is None else format(r['speedup'], '.1f') + 'x'} |")
    print()
if args.out:
    with open(args.out, "w") as f:
        json.dump(rows, f, indent=1)
shutil.rmtree(work)
