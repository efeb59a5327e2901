#!/usr/bin/env python3
"""Issue 4's table: every unlearning method on the demo, for a one-subject
request and for a 1% random request, against the retrained reference.

Drives the `lethe` CLI only (its JSON is the contract), so anyone can rerun
it:  tests/bench/methods_table.py --lethe build/h4/app/lethe [--subset N] [--sweep]

Each method starts from the same trained model (forget --keep-input), is
audited with its job's forget set and --reference <the retrain of that
request>, and reports forget / retain / test accuracy, MIA-Efficacy, the
Avg. Gap to the retrained model (mean |difference| over UA, MIA-Efficacy,
RA, TA, in points) and its seconds and speed-up over the retrain.

amnesiac needs a run trained with --record-updates: the script trains a twin
of the demo's monolithic model (same configuration read from the lineage
database, plus --record-updates) and runs amnesiac from it. A forget job
purges the update logs that saw a forgotten record even with --keep-input,
so every amnesiac run works on a throw-away copy of the project. When the
twin's weights are bit-identical to the monolithic model's (same SHA-256),
the monolithic retrain is its exact reference; otherwise the twin is
retrained for each request.

--sweep: instead of the table, try a small grid of each approximate method's
parameters (--param key=value) on both requests, with the retrains made once
as references, and print Avg. Gap and time ratio per configuration.
--subjects K averages the one-subject request over K subjects of about the
demo subject's size (each needs its own retrain).

--executor slurm (with --sweep): every configuration of the sweep (method,
parameters, request) is one task of a Slurm job array (sbatch --array,
followed with squeue, a task that ends without its result runs once more).
Each task runs the same forget + audit on its own copy of the project, so
the lineage database of each copy keeps one writer; the retrains that serve
as references are made first, here. --work must then be a folder the
cluster's nodes share (docs/cluster.md), and --lethe a path valid there.
"""
import argparse, contextlib, json, os, random, shlex, shutil, sqlite3, subprocess, sys, tempfile, time

ap = argparse.ArgumentParser()
ap.add_argument("--lethe", default="build/test/app/lethe")
ap.add_argument("--subset", type=int, default=20000)
ap.add_argument("--epochs", type=float, default=3)
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("--out", default=None, help="write the JSON rows here")
ap.add_argument("--sweep", action="store_true", help="parameter sweep instead of the table")
ap.add_argument("--methods", default=None, help="comma-separated methods to run (default: all)")
ap.add_argument("--grid", default=None, help='sweep: JSON {method: [{param: value}, ...]} replacing the built-in grid')
ap.add_argument("--subjects", type=int, default=1, help="sweep: one-subject request averaged over this many subjects")
ap.add_argument("--executor", choices=("local", "slurm"), default="local",
                help="sweep: run each configuration here, or as a task of one Slurm job array")
ap.add_argument("--work", default=None, help="working folder (default: a new temporary one; with slurm: shared)")
ap.add_argument("--slurm-partition", default="")
ap.add_argument("--slurm-account", default="")
ap.add_argument("--slurm-time", default="02:00:00", help="time limit per task")
ap.add_argument("--slurm-mem", default="4G", help="memory per task")
ap.add_argument("--slurm-cpus", type=int, default=2, help="cpus per task")
ap.add_argument("--slurm-gpus", type=int, default=0, help="GPUs per task (--gres=gpu:N)")
ap.add_argument("--run-task", default=None, help=argparse.SUPPRESS)  # a Slurm task: one configuration
args = ap.parse_args()
args.lethe = os.path.abspath(args.lethe)


def lethe(*a):
    r = subprocess.run([args.lethe, *a, "--json"], capture_output=True, text=True)
    if r.returncode != 0:
        return None, r.stderr.strip().splitlines()[-1] if r.stderr.strip() else f"exit {r.returncode}"
    return json.loads(r.stdout), None


def log(*a):
    print(*a, file=sys.stderr, flush=True)




def run_task(task_file):
    """A Slurm task: one configuration's forget + audit on a copy of the
    project, its row written atomically beside the task file."""
    with open(task_file) as f:
        t = json.load(f)
    here = t["copy"]
    shutil.rmtree(here, ignore_errors=True)
    shutil.copytree(t["project"], here)
    try:
        row = forget_and_audit(here, t["method"], t["model"], t["sel"], t["ref"], t["params"])
    finally:
        shutil.rmtree(here, ignore_errors=True)
    tmp = task_file + ".result.tmp"
    with open(tmp, "w") as f:
        json.dump(row, f)
        f.flush()
        os.fsync(f.fileno())
    os.rename(tmp, task_file + ".result")


def forget_and_audit(here, m, model, sel, ref, params=()):
    """One forget job in project `here` + its audit against ref; a dict row, or {'error': ...}."""
    if m == "retrain":
        job = ref
    else:
        pa = [x for p in params for x in ("--param", p)]
        job, err = lethe("forget", "--project", here, *sel, "--method", m, "--model", str(model), "--keep-input",
                         "--no-audit", "--device", "cpu", *pa)
        if err:
            return {"error": err}
    audit, err = lethe("audit", "--project", here, "--job", str(job["job_id"]), "--reference",
                       str(ref["output_model_id"]), "--no-references", "--bootstrap", "0", "--device", "cpu")
    if err:
        return {"error": err}
    acc = audit["accuracy"]
    return {"forget_acc": acc["forget"], "retain_acc": acc["retain"], "test_acc": acc["test"],
            "mia_efficacy": (audit.get("mia_efficacy") or {}).get("value"),
            "avg_gap": (audit.get("gap_to_reference") or {}).get("avg_gap"), "seconds": job["seconds"],
            "speedup": ref["seconds"] / job["seconds"] if job["seconds"] else None,
            "forgotten": job["forgotten_records"], "update_log_bytes": job.get("update_log_bytes"),
            "details": job.get("details")}


if args.run_task:
    run_task(args.run_task)
    sys.exit(0)

if args.executor == "slurm" and not args.sweep:
    sys.exit("--executor slurm runs the sweep's configurations (--sweep); the table runs here")
work = os.path.abspath(args.work) if args.work else tempfile.mkdtemp(prefix="lethe-methods-")
os.makedirs(work, exist_ok=True)
proj = os.path.join(work, "demo")
demo, err = lethe("demo", "init", "--project", proj, "--subset", str(args.subset), "--epochs", str(args.epochs),
                  "--device", "cpu")
if err:
    sys.exit(f"demo init failed: {err}")
mono, ens = demo["models"][0]["id"], demo["models"][1]["id"]
all_methods = [m["name"] for m in lethe("methods")[0]["methods"]]
wanted = set(args.methods.split(",")) if args.methods else None


def db():
    # Read-write connection (never written to): a read-only one can fail on a
    # WAL database whose -shm file the last lethe process removed.
    return contextlib.closing(sqlite3.connect(os.path.join(proj, "lineage.sqlite"), timeout=30))


def model_sha(model_id):
    with db() as c:
        return c.execute("SELECT sha256 FROM models WHERE id=?", (model_id,)).fetchone()[0]


# The requests: the demo's subject, and 1% of the training records at random.
with db() as c:
    train_ids = [r[0] for r in c.execute("SELECT id FROM records WHERE split='train' ORDER BY id")]
    mono_cfg = json.loads(c.execute("SELECT t.config_json FROM models m JOIN training_runs t ON m.run_id = t.id "
                                    "WHERE m.id = ?", (mono,)).fetchone()[0])
    subj = demo["request"]["subject"]
    n_subj = c.execute("SELECT count(*) FROM records r JOIN subjects s ON r.subject_id = s.id WHERE s.pseudonym=? "
                       "AND r.split='train'", (subj,)).fetchone()[0]
    # Other subjects of about the same size, for averaging in the sweep.
    similar = [r[0] for r in c.execute(
        "SELECT s.pseudonym FROM records r JOIN subjects s ON r.subject_id = s.id WHERE r.split='train' "
        "GROUP BY s.id HAVING count(*) BETWEEN ? AND ? AND s.pseudonym != ? ORDER BY s.id",
        (max(1, n_subj - 5), n_subj + 5, subj))]
rng = random.Random(args.seed)
one_pct = os.path.join(work, "one_percent.txt")
with open(one_pct, "w") as f:
    f.write("\n".join(map(str, sorted(rng.sample(train_ids, len(train_ids) // 100)))))
requests = {"one subject": [["--subject", subj]], "1% random": [["--records", one_pct]]}
if args.sweep and args.subjects > 1:
    requests["one subject"] += [["--subject", s] for s in rng.sample(similar, min(args.subjects - 1, len(similar)))]

# The amnesiac twin: the monolithic model's configuration, trained with --record-updates.
twin = twin_log_bytes = None
needs_twin = ("amnesiac" in json.loads(args.grid)) if (args.sweep and args.grid) else \
    (wanted is None or "amnesiac" in wanted)
if needs_twin:
    t, err = lethe("train", "--project", proj, "--arch", mono_cfg["arch"], "--epochs", str(mono_cfg["epochs"]),
                   "--batch-size", str(mono_cfg["batch_size"]), "--lr", str(mono_cfg["lr"]),
                   "--seed", str(mono_cfg["seed"]), "--shards", "1", "--slices", "1", "--device", "cpu",
                   "--record-updates")
    if err:
        sys.exit(f"training the amnesiac twin failed: {err}")
    twin = t["model_id"]
    with db() as c:
        twin_log_bytes, twin_log_steps = c.execute("SELECT sum(bytes), sum(steps) FROM update_logs WHERE run_id = ?",
                                                   (t["run_id"],)).fetchone()
    log(f"twin model {twin}: update log {twin_log_bytes} bytes")
twin_identical = twin is not None and model_sha(twin) == model_sha(mono)


def retrain(model, sel):
    ref, err = lethe("forget", "--project", proj, *sel, "--method", "retrain", "--model", str(model),
                     "--keep-input", "--no-audit", "--device", "cpu")
    if err:
        sys.exit(f"retrain failed: {err}")
    return ref


def run_method(m, model, sel, ref, params=()):
    """One forget job + its audit against ref; a dict row, or {'error': ...}."""
    here = proj
    if m == "amnesiac":  # the job purges the twin's update log: work on a copy
        here = os.path.join(work, "copy")
        shutil.rmtree(here, ignore_errors=True)
        shutil.copytree(proj, here)
    try:
        return forget_and_audit(here, m, model, sel, ref, params)
    finally:
        if here != proj:
            shutil.rmtree(here, ignore_errors=True)


def slurm_live(job):
    """The array's live tasks (pending, running, completing), or None when squeue fails."""
    r = subprocess.run(["squeue", "-h", "-r", "-j", job, "-t", "PD,R,CG,CF,S", "-o", "%T"], capture_output=True,
                       text=True, timeout=60)
    if r.returncode != 0:
        return [] if "Invalid job id" in r.stderr else None
    return [x.strip() for x in r.stdout.splitlines() if x.strip()]


def run_on_slurm(tasks):
    """Each task (a dict for run_task) as one task of a Slurm array; the rows, in order."""
    tdir = os.path.join(work, "tasks")
    shutil.rmtree(tdir, ignore_errors=True)
    os.makedirs(tdir)
    files = []
    for n, t in enumerate(tasks):
        t = dict(t, project=proj, copy=os.path.join(tdir, f"copy{n}"))
        files.append(os.path.join(tdir, f"task{n}.json"))
        with open(files[-1], "w") as f:
            json.dump(t, f)
    me = [sys.executable, os.path.abspath(__file__), "--lethe", args.lethe]
    todo = list(range(len(files)))
    for attempt in range(2):  # a task that ends without its result runs once more
        listing = os.path.join(tdir, f"batch{attempt}.list")
        with open(listing, "w") as f:
            f.write("".join(files[i] + "\n" for i in todo))
        script = os.path.join(tdir, f"batch{attempt}.sh")
        with open(script, "w") as f:
            f.write("#!/bin/sh\ntask=$(sed -n \"$((SLURM_ARRAY_TASK_ID + 1))p\" " + shlex.quote(listing) +
                    ")\nexec " + " ".join(map(shlex.quote, me)) + " --run-task \"$task\"\n")
        cmd = ["sbatch", "--parsable", f"--array=0-{len(todo) - 1}", "--job-name=lethe-sweep",
               "--output=" + os.path.join(tdir, "log-%A_%a.txt"), f"--cpus-per-task={args.slurm_cpus}",
               f"--mem={args.slurm_mem}", f"--time={args.slurm_time}"]
        cmd += [f"--partition={args.slurm_partition}"] if args.slurm_partition else []
        cmd += [f"--account={args.slurm_account}"] if args.slurm_account else []
        cmd += [f"--gres=gpu:{args.slurm_gpus}"] if args.slurm_gpus else []
        r = subprocess.run(cmd + [script], capture_output=True, text=True, timeout=60)
        if r.returncode != 0:
            sys.exit(f"sbatch refused the sweep's array: {r.stderr.strip() or r.stdout.strip()}")
        job = r.stdout.strip().split(";")[0]
        log(f"Slurm job {job}: {len(todo)} configuration(s)")
        silent = 0
        while True:
            live = slurm_live(job)
            if live is None:
                silent += 1
                if silent * 2 > 60:
                    sys.exit(f"squeue does not answer; Slurm job {job} may still run (its rows land in {tdir})")
            else:
                silent = 0
                done = sum(os.path.exists(files[i] + ".result") for i in todo)
                log(f"Slurm job {job}: {done} done, {live.count('RUNNING')} running, "
                    f"{len(live) - live.count('RUNNING')} pending")
                if not live:
                    break
            time.sleep(2)
        last = (job, list(todo))
        todo = [i for i in todo if not os.path.exists(files[i] + ".result")]
        if not todo:
            break
    rows = []
    for i, f in enumerate(files):
        if os.path.exists(f + ".result"):
            with open(f + ".result") as fh:
                rows.append(json.load(fh))
        else:
            log_file = os.path.join(tdir, f"log-{last[0]}_{last[1].index(i)}.txt")
            tail = open(log_file).read().strip().splitlines()[-3:] if os.path.exists(log_file) else ["(no log)"]
            rows.append({"error": f"Slurm task without a result after 2 attempts: {' | '.join(tail)}"})
    return rows


def pct(x):
    return "n/a" if x is None else f"{100 * x:.2f}"


# The sweep grid: the parameters that matter, a few values each (the earlier
# defaults were measured by the table itself; see docs/methods.md).
GRID = {
    "finetune": [{"epochs": 0.1, "lr": lr} for lr in (0.01, 0.03)],
    "neggrad": [{"lr": 0.001, "stop_ratio": 1.0}, {"lr": 0.001, "stop_ratio": 0.8}, {"lr": 0.002, "stop_ratio": 0.8}],
    "neggrad+": [{"epochs": 0.1, "beta": b} for b in (0.9, 0.95)],
    "random-label": [{"epochs": 0.1, "lr": 0.001}, {"epochs": 0.1, "lr": 0.003}, {"epochs": 0.05, "lr": 0.003}],
    "salun": [{"epochs": 0.1, "lr": 0.001, "mask_fraction": 0.5}, {"epochs": 0.1, "lr": 0.003, "mask_fraction": 0.5},
              {"epochs": 0.1, "lr": 0.003, "mask_fraction": 0.2}],
    "l1-sparse": [{"epochs": 0.1, "alpha": a} for a in (1e-4, 5e-4)],
    "scrub": [{"epochs": 0.1, "max_epochs": x} for x in (1, 3)],
    "bad-teacher": [{"epochs": 1, "retain_fraction": 0.1}, {"epochs": 2, "retain_fraction": 0.1},
                    {"epochs": 0.5, "retain_fraction": 0.3}],
    "fisher": [{"alpha": a} for a in (0.002, 0.005, 0.01)],
    "amnesiac": [{"ft_epochs": e} for e in (0, 0.05, 0.1)],
}


def sweep():
    grid_all = json.loads(args.grid) if args.grid else GRID
    refs = {}
    for req_name, sels in requests.items():
        for i, sel in enumerate(sels):
            refs[(req_name, i)] = retrain(mono, sel)
            log(f"retrain {req_name} #{i}: {refs[(req_name, i)]['seconds']:.1f} s, "
                f"{refs[(req_name, i)]['forgotten_records']} records")
    # Every configuration: here one after another, or as one Slurm array.
    configs = []
    for m, grid in grid_all.items():
        if wanted is not None and m not in wanted:
            continue
        for cfg in grid:
            params = [f"{k}={v}" for k, v in cfg.items()]
            for req_name, sels in requests.items():
                for i, sel in enumerate(sels):
                    configs.append({"method": m, "model": twin if m == "amnesiac" else mono, "sel": sel,
                                    "ref": refs[(req_name, i)], "params": params, "request": req_name})
    if args.executor == "slurm":
        results = run_on_slurm(configs)
    else:
        results = [run_method(c["method"], c["model"], c["sel"], c["ref"], c["params"]) for c in configs]
    # One row per (method, parameters, request): the mean over its subjects,
    # each run's time against its own retrain's.
    groups = {}
    for c, r in zip(configs, results):
        key = (c["method"], " ".join(c["params"]), c["request"])
        res = groups.setdefault(key, [])
        if "error" in r:
            log(f"{key[0]} {key[1]} {key[2]}: {r['error']}")
            continue
        res.append((r, c["ref"]["seconds"]))
    rows = []
    for (m, params, req_name), res in groups.items():
        if not res:
            continue
        mean = lambda k: sum(r[k] for r, _ in res) / len(res)
        row = {"method": m, "params": params, "request": req_name, "n": len(res),
               **{k: mean(k) for k in ("forget_acc", "retain_acc", "test_acc", "mia_efficacy", "avg_gap")},
               "time_ratio": sum(r["seconds"] for r, _ in res) / sum(ref_s for _, ref_s in res)}
        rows.append(row)
        log(f"{m:12} {row['params']:40} {req_name:11} gap {100 * row['avg_gap']:6.2f}  "
            f"time {100 * row['time_ratio']:5.1f}%  UA {pct(row['forget_acc'])} RA {pct(row['retain_acc'])} "
            f"TA {pct(row['test_acc'])} MIA {pct(row['mia_efficacy'])}")
    print(f"Sweep: demo subset {args.subset}, CNN {args.epochs:g} epochs; one subject averaged over "
          f"{len(requests['one subject'])} subject(s) of {n_subj - 5}..{n_subj + 5} records.\n")
    print("| method | params | one subject: Avg. Gap | time | 1% random: Avg. Gap | time | mean gap |")
    print("|---|---|---|---|---|---|---|")
    keyed = {}
    for r in rows:
        keyed.setdefault((r["method"], r["params"]), {})[r["request"]] = r
    for (m, p), d in keyed.items():
        a, b = d.get("one subject"), d.get("1% random")
        cell = lambda r: ("n/a", "n/a") if r is None else (f"{100 * r['avg_gap']:.2f}", f"{100 * r['time_ratio']:.1f}%")
        mg = "n/a" if a is None or b is None else f"{50 * (a['avg_gap'] + b['avg_gap']):.2f}"
        print(f"| {m} | {p} | {' | '.join(cell(a))} | {' | '.join(cell(b))} | {mg} |")
    return rows


def table():
    rows = []
    for req_name, sels in requests.items():
        sel = sels[0]
        refs = {mono: retrain(mono, sel), ens: retrain(ens, sel)}
        if twin is not None:
            refs[twin] = refs[mono] if twin_identical else retrain(twin, sel)
        # The untouched model against the same reference: what "doing nothing" scores.
        sel_audit = ["--records", sel[1]] if sel[0] == "--records" else sel
        audit, err = lethe("audit", "--project", proj, "--model", str(mono), *sel_audit, "--reference",
                           str(refs[mono]["output_model_id"]), "--no-references", "--bootstrap", "0", "--device", "cpu")
        if err:
            rows.append({"request": req_name, "method": "original (no unlearning)", "error": err})
        else:
            acc = audit["accuracy"]
            rows.append({"request": req_name, "method": "original (no unlearning)", "model": "monolithic cnn",
                         "forget_acc": acc["forget"], "retain_acc": acc["retain"], "test_acc": acc["test"],
                         "mia_efficacy": (audit.get("mia_efficacy") or {}).get("value"),
                         "avg_gap": (audit.get("gap_to_reference") or {}).get("avg_gap"), "seconds": 0.0,
                         "speedup": None})
        for m in all_methods:
            if wanted is not None and m not in wanted and m != "retrain":
                continue
            model = ens if m == "sisa" else twin if m == "amnesiac" else mono
            if model is None:
                rows.append({"request": req_name, "method": m, "error": "no twin trained with --record-updates"})
                continue
            r = run_method(m, model, sel, refs[model])
            r.update({"request": req_name, "method": m,
                      "model": "sisa ensemble" if model == ens else
                      "monolithic cnn, --record-updates twin" if model == twin else "monolithic cnn"})
            rows.append(r)
            log(f"{req_name:12} {m:13} done")

    print(f"Demo subset {args.subset} training images, CNN, {args.epochs:g} epochs; references: retrain of the "
          f"same model.\n")
    for req_name in requests:
        print(f"### {req_name}\n")
        print("| method | model | forget acc | retain acc | test acc | MIA-Efficacy | Avg. Gap (points) | seconds | "
              "speed-up |")
        print("|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            if r["request"] != req_name:
                continue
            if "error" in r:
                print(f"| {r['method']} | | {r['error']} | | | | | | |")
                continue
            gap = "n/a" if r["avg_gap"] is None else f"{100 * r['avg_gap']:.2f}"
            print(f"| {r['method']} | {r['model']} | {pct(r['forget_acc'])} | {pct(r['retain_acc'])} | "
                  f"{pct(r['test_acc'])} | {pct(r['mia_efficacy'])} | {gap} | "
                  f"{'-' if r['method'].startswith('original') else format(r['seconds'], '.2f')} | "
                  f"{'-' if r['speedup'] is None else format(r['speedup'], '.1f') + 'x'} |")
        print()
    if twin is not None:
        with db() as c:
            path = c.execute("SELECT path FROM models WHERE id = ?", (mono,)).fetchone()[0]
        model_bytes = os.path.getsize(os.path.join(proj, path))
        am = [r for r in rows if r["method"] == "amnesiac" and "error" not in r]
        print(f"amnesiac runs from model {twin}, a twin of the monolithic model trained with --record-updates "
              f"({'weights bit-identical to it, so the monolithic retrain is its reference' if twin_identical else 'weights differ from it, so it is compared with its own retrain'}). "
              f"Update log stored at training: {twin_log_bytes / 2**20:.1f} MiB ({twin_log_bytes} bytes, "
              f"{twin_log_steps} steps), against {model_bytes / 2**20:.2f} MiB for the model itself; after the forget job the new version keeps a log of the clean batches: "
              + ", ".join(f"{r['request']} {r['update_log_bytes'] / 2**20:.1f} MiB" for r in am if
                          r.get("update_log_bytes") is not None) + ".\n")
    return rows


rows = sweep() if args.sweep else table()
if args.out:
    with open(args.out, "w") as f:
        json.dump(rows, f, indent=1)
if not args.work:
    shutil.rmtree(work)
