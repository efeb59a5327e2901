"""Record-level lineage of PyTorch training runs, for Lethe.

A training script registers its records once, wraps its sampler (or lets
``train_sisa`` train the shards and slices by Lethe's rules), saves its
checkpoints through the recorder, and writes the interchange folder that
``lethe import --lineage DIR`` reads. The format is docs/lineage-format.md.

Nothing here changes the training: the recorder only watches which record
keys each batch held. Dependencies: PyTorch and the standard library.
"""

import csv
import datetime
import gzip
import hashlib
import json
import math
import os
import re
import struct

import torch

FORMAT = "lethe-lineage"
VERSION = 1
_MASK = (1 << 64) - 1

__all__ = [
    "FORMAT", "VERSION", "Recorder", "Run", "RecordingSampler", "mix_seed", "SplitMix64",
    "seeded_shuffle", "key_set_hash", "plan_placements", "stage_keys", "lr_at", "make_optimizer",
    "train_stage", "initial_weights", "train_sisa", "read_idx", "sha256_file", "read_lineage",
]


# --- Lethe's rules, written down so that both front ends draw the same -------

def mix_seed(a, b, c=0):
    """Lethe's seed mixer (engine/train/config.cpp mix_seed)."""
    z = ((a * 0x9E3779B97F4A7C15) & _MASK) ^ (((b + 0x632BE59BD9B4E019) * 0xBF58476D1CE4E5B9) & _MASK) \
        ^ (((c + 0x85EBCA6B) * 0x94D049BB133111EB) & _MASK)
    z &= _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return z ^ (z >> 31)


class SplitMix64:
    """The training order's random stream (engine/train/config.h SplitMix64)."""

    def __init__(self, seed):
        self.state = seed & _MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & _MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return z ^ (z >> 31)


def seeded_shuffle(items, rng):
    """Fisher-Yates from the last element down, in place: j = next() mod (i+1)."""
    for i in range(len(items), 1, -1):
        j = rng.next() % i
        items[i - 1], items[j] = items[j], items[i - 1]
    return items


def key_set_hash(keys):
    """SHA-256 (hex) of a set of record keys: each key in UTF-8 followed by a
    line feed, in byte order. The hash a checkpoint's record set is named by."""
    h = hashlib.sha256()
    for k in sorted(k.encode("utf-8") for k in set(keys)):
        h.update(k + b"\n")
    return h.hexdigest()


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _greedy_bins(sizes, bins):
    """Units, largest first (ties: first unit first), each to the bin with the
    fewest records so far (ties: the lowest bin)."""
    order = sorted(range(len(sizes)), key=lambda u: -sizes[u])
    fill = [0] * bins
    out = [0] * len(sizes)
    for u in order:
        b = min(range(bins), key=lambda i: (fill[i], i))
        out[u] = b
        fill[b] += sizes[u]
    return out


def plan_placements(records, shards, slices, policy="subject", seed=1):
    """Lethe's placement of training records into shards x slices.

    records: [(key, subject or None)] in the records' order (Lethe's record
    ids follow it). Returns {key: (shard, slice)}.
    subject: a subject's records share a shard and a slice; subjects (largest
    first) go to the least-filled shard, then to its least-filled slice.
    random: a seeded shuffle cut into equal shards, then slices.
    """
    if policy == "random":
        keys = [k for k, _ in records]
        seeded_shuffle(keys, SplitMix64(mix_seed(seed, 0x5155)))
        n = len(keys)
        out = {}
        for s in range(shards):
            b, e = n * s // shards, n * (s + 1) // shards
            for i in range(b, e):
                out[keys[i]] = (s, (i - b) * slices // max(1, e - b))
        return out
    if policy != "subject":
        raise ValueError("policy must be subject or random, not %r" % policy)
    units, unit_of = [], {}
    for key, subject in records:
        if subject is not None and subject != "":
            if subject not in unit_of:
                unit_of[subject] = len(units)
                units.append([])
            units[unit_of[subject]].append(key)
        else:
            units.append([key])
    sizes = [len(u) for u in units]
    shard_of = _greedy_bins(sizes, shards)
    out = {}
    for s in range(shards):
        members = [u for u in range(len(units)) if shard_of[u] == s]
        slice_of = _greedy_bins([sizes[u] for u in members], slices)
        for m, u in enumerate(members):
            for key in units[u]:
                out[key] = (s, slice_of[m])
    return out


def stage_keys(placements, order, shard, stage):
    """The keys stage `stage` of `shard` trains on (slices 0..stage), in the
    records' order."""
    return [k for k in order if k in placements and placements[k][0] == shard and placements[k][1] <= stage]


def lr_at(recipe, step, steps, epochs_per_step):
    """The learning rate of a step (engine/train/config.cpp lr_at)."""
    lr = float(recipe["lr"])
    sched = recipe.get("lr_schedule", "constant")
    if sched == "cosine" and steps > 1:
        return lr * 0.5 * (1.0 + math.cos(math.pi * step / steps))
    if isinstance(sched, dict) and sched.get("step", 0) > 0:
        return lr * math.pow(sched.get("gamma", 0.1), math.floor(step * epochs_per_step / sched["step"] + 1e-9))
    return lr


def make_optimizer(params, recipe):
    """The recipe's optimiser with PyTorch's defaults where it says nothing."""
    opt, lr = recipe["optimizer"], float(recipe["lr"])
    if opt == "adam":
        return torch.optim.Adam(params, lr=lr, weight_decay=recipe.get("weight_decay", 0.0))
    if opt == "adamw":
        return torch.optim.AdamW(params, lr=lr, weight_decay=recipe.get("weight_decay", 0.01))
    if opt == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=recipe.get("momentum", 0.0),
                               weight_decay=recipe.get("weight_decay", 0.0))
    raise ValueError("optimizer must be sgd, adam or adamw, not %r" % opt)


def stage_epochs(recipe, slices):
    """Epochs of each stage: stage r sees slices 0..r for 2e/(R+1) epochs."""
    return 2.0 * float(recipe["epochs"]) / (slices + 1)


def train_stage(model, x, y, epochs, recipe, stage_seed, on_batch=None):
    """One stage as Lethe trains it (engine/train/sisa_trainer.cpp).

    x, y: the stage's records' features (float) and labels, in the records'
    order. Batches are drawn in the order of seeded_shuffle over
    SplitMix64(stage_seed), reshuffled from the same stream each epoch, for
    ceil(epochs * n / batch) steps, with a fresh optimiser. on_batch(indices)
    is told each batch's positions. Returns the samples seen."""
    n = x.shape[0]
    if n == 0:
        return 0
    bs = min(int(recipe["batch_size"]), n)
    steps = max(1, int(math.ceil(epochs * n / bs)))
    opt = make_optimizer(list(model.parameters()), recipe)
    epochs_per_step = bs / n
    constant = recipe.get("lr_schedule", "constant") == "constant"
    model.train()
    rng = SplitMix64(stage_seed)
    order = seeded_shuffle(list(range(n)), rng)
    pos = 0
    for step in range(steps):
        idx = []
        for _ in range(bs):
            if pos == n:
                seeded_shuffle(order, rng)
                pos = 0
            idx.append(order[pos])
            pos += 1
        if on_batch:
            on_batch(idx)
        t = torch.tensor(idx, dtype=torch.int64)
        xb, yb = x.index_select(0, t), y.index_select(0, t)
        if not constant:
            for g in opt.param_groups:
                g["lr"] = lr_at(recipe, step, steps, epochs_per_step)
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
    return steps * bs


def initial_weights(model, seed, shard):
    """A shard's starting weights as Lethe draws them: torch's generator
    seeded with mix_seed(seed, shard, 0x1417), then every module's
    reset_parameters() in module order."""
    torch.manual_seed(mix_seed(seed, shard, 0x1417))
    with torch.no_grad():
        for m in model.modules():
            if hasattr(m, "reset_parameters"):
                m.reset_parameters()
    return model


def read_idx(path):
    """An IDX file (gzip or not) as a uint8 tensor of its stated shape."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    zero, dtype, ndim = struct.unpack(">HBB", data[:4])
    if zero != 0 or dtype != 0x08:
        raise ValueError("%s: not an unsigned-byte IDX file" % path)
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    t = torch.frombuffer(bytearray(data[4 + 4 * ndim:]), dtype=torch.uint8)
    return t.reshape(dims)


def _now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the recorder --------------------------------------------------------------

class RecordingSampler(torch.utils.data.Sampler):
    """Wraps a sampler (or batch sampler): yields what it yields, and tells
    the run which record keys each index stands for, for one shard."""

    def __init__(self, sampler, run, shard=0):
        self.sampler, self.run, self.shard = sampler, run, shard

    def __iter__(self):
        for item in self.sampler:
            idx = item if isinstance(item, (list, tuple)) else [item]
            self.run.saw(self.shard, [self.run.recorder.keys[int(i)] for i in idx])
            yield item

    def __len__(self):
        return len(self.sampler)


class Run:
    """One training run: monolithic (1 shard, 1 slice) or SISA."""

    def __init__(self, recorder, name, architecture, recipe, seed, shards, slices, policy, device):
        if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", name) or name in (".", ".."):
            raise ValueError("a run's name is at most 64 letters, digits, '-', '_' or '.', not %r" % name)
        if any(r.name == name for r in recorder.runs):
            raise ValueError("a run named %r exists" % name)
        if int(seed) < 0:
            raise ValueError("the seed is a whole number from 0")
        self.recorder, self.name = recorder, name
        self.recipe, self.seed = dict(recipe), int(seed)
        self.shards, self.slices, self.policy, self.device = shards, slices, policy, device
        self.placements = {}  # key -> (shard, slice)
        self.seen = {s: set() for s in range(shards)}
        self.checkpoints = []  # dicts
        self.started_at = _now()
        self.finished_at = None
        self.architecture = "architectures/%s.pt" % name
        path = os.path.join(recorder.out, self.architecture)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        torch.jit.script(architecture).save(path)

    def place(self, key, shard, slice_=0):
        if key not in self.recorder.index:
            raise KeyError("record %r is not registered" % key)
        self.placements[key] = (shard, slice_)

    def sampler(self, sampler, shard=0):
        """The sampler (or batch sampler) wrapped: each batch's keys are recorded."""
        return RecordingSampler(sampler, self, shard)

    def saw(self, shard, keys):
        self.seen[shard].update(keys)

    def checkpoint(self, model, shard=0, stage=0):
        """Saves the model (TorchScript) as the checkpoint of (shard, stage),
        with the record keys its shard has seen so far."""
        rel = "checkpoints/%s/s%d-r%d.pt" % (self.name, shard, stage)
        path = os.path.join(self.recorder.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        was_training = model.training
        model.eval()
        torch.jit.script(model).save(path)
        model.train(was_training)
        keys = sorted(self.seen[shard], key=self.recorder.index.get)
        self.checkpoints.append({"shard": shard, "stage": stage, "path": rel, "sha256": sha256_file(path),
                                 "records": keys})
        return rel

    def finish(self):
        self.finished_at = _now()


class Recorder:
    """Collects a training's lineage and writes the interchange folder."""

    def __init__(self, out):
        self.out = out
        os.makedirs(out, exist_ok=True)
        self.dataset = None
        self.keys, self.index, self.rows = [], {}, []
        self.runs = []

    def add_dataset(self, name, data, labels=None, fmt="idx"):
        """The data file (and IDX labels file) the records' rows point into;
        paths are kept as given, with their SHA-256."""
        self.dataset = {"name": name, "format": fmt, "data": os.path.abspath(data), "sha256": sha256_file(data)}
        if labels:
            self.dataset["labels"] = os.path.abspath(labels)
            self.dataset["labels_sha256"] = sha256_file(labels)

    def add_record(self, key, subject, label, split, row, collected_at="", source=""):
        """Registers one record; its position in the data file is `row`."""
        key = str(key)
        if key in self.index:
            raise ValueError("record %r registered twice" % key)
        self.index[key] = len(self.keys)
        self.keys.append(key)
        self.rows.append([key, "" if subject is None else str(subject), int(label), split, int(row), collected_at,
                          source])

    def run(self, name, architecture, recipe, seed=1, shards=1, slices=1, policy="subject", device="cpu"):
        r = Run(self, name, architecture, recipe, seed, shards, slices, policy, device)
        self.runs.append(r)
        return r

    def write(self):
        """Writes lineage.json, records.csv, placements.csv, checkpoints.csv
        and checkpoint_records.csv into the folder."""
        meta = {"format": FORMAT, "version": VERSION, "created_at": _now(),
                "created_by": "python/lethe_lineage (PyTorch %s)" % torch.__version__, "runs": []}
        if self.dataset:
            meta["dataset"] = self.dataset
        for r in self.runs:
            meta["runs"].append({
                "run": r.name, "arch": "torchscript", "architecture": r.architecture,
                "architecture_sha256": sha256_file(os.path.join(self.out, r.architecture)),
                "shards": r.shards, "slices": r.slices, "policy": r.policy, "recipe": r.recipe, "seed": r.seed,
                "device": r.device, "started_at": r.started_at, "finished_at": r.finished_at or _now()})

        def table(name, header, rows):
            tmp = os.path.join(self.out, name + ".tmp")
            with open(tmp, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(header)
                w.writerows(rows)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, os.path.join(self.out, name))

        if self.rows:  # read by Lethe when lineage.json names the dataset
            table("records.csv", ["record_id", "subject", "label", "split", "row", "collected_at", "source"],
                  self.rows)
        table("placements.csv", ["run", "record_id", "shard", "slice"],
              [[r.name, k, s, sl] for r in self.runs
               for k, (s, sl) in sorted(r.placements.items(), key=lambda kv: self.index[kv[0]])])
        table("checkpoints.csv", ["run", "shard", "stage", "path", "sha256", "records_sha256", "n_records"],
              [[r.name, c["shard"], c["stage"], c["path"], c["sha256"], key_set_hash(c["records"]),
                len(c["records"])] for r in self.runs for c in r.checkpoints])
        table("checkpoint_records.csv", ["run", "shard", "stage", "record_id"],
              [[r.name, c["shard"], c["stage"], k] for r in self.runs for c in r.checkpoints for k in c["records"]])
        tmp = os.path.join(self.out, "lineage.json.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=2)
            f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, os.path.join(self.out, "lineage.json"))


def train_sisa(recorder, name, make_model, features, labels, recipe, seed=1, shards=3, slices=2,
               policy="subject", subjects=None, progress=None):
    """Trains a SISA ensemble by Lethe's rules and records it.

    features(keys) -> float tensor and labels(keys) -> int64 tensor give the
    training records' inputs in the order asked; the training records are
    the registered 'train' records; subjects: {key: subject}. Each shard
    starts from initial_weights, each stage trains on slices 0..r for
    2e/(R+1) epochs with train_stage and is checkpointed. Returns the Run.
    """
    train = [row[0] for row in recorder.rows if row[3] == "train"]
    subjects = subjects or {row[0]: row[1] for row in recorder.rows}
    run = recorder.run(name, make_model(), recipe, seed, shards, slices, policy)
    for key, (s, sl) in plan_placements([(k, subjects.get(k)) for k in train], shards, slices, policy,
                                        seed).items():
        run.place(key, s, sl)
    for s in range(shards):
        model = initial_weights(make_model(), seed, s)
        for r in range(slices):
            keys = stage_keys(run.placements, train, s, r)
            x, y = features(keys), labels(keys)
            # The stage is given these records (a short stage may not draw each one).
            run.saw(s, keys)
            train_stage(model, x, y, stage_epochs(recipe, slices), recipe, mix_seed(seed, s, r + 1))
            run.checkpoint(model, s, r)
            if progress:
                progress(s, r)
    run.finish()
    return run


def read_lineage(folder):
    """The folder's lineage.json and tables, as plain Python values."""
    with open(os.path.join(folder, "lineage.json"), encoding="utf-8") as f:
        meta = json.load(f)

    def rows(name):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            return []
        with open(path, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    return meta, rows("records.csv"), rows("placements.csv"), rows("checkpoints.csv")


def idx_data(folder):
    """The features (float, /255) and labels of a lineage folder's IDX dataset,
    by record key."""
    meta, records, _, _ = read_lineage(folder)
    d = meta["dataset"]
    if d.get("format") != "idx":
        raise ValueError("idx_data reads IDX datasets only, not %r" % d.get("format"))

    def path(p):
        return p if os.path.isabs(p) else os.path.join(folder, p)

    x_all, y_all = read_idx(path(d["data"])), read_idx(path(d["labels"])).to(torch.int64)
    row_of = {r["record_id"]: int(r["row"]) for r in records}

    def features(keys):
        rows = torch.tensor([row_of[k] for k in keys], dtype=torch.int64)
        return x_all.index_select(0, rows).to(torch.float32).div_(255.0).unsqueeze(1)

    def labels(keys):
        return y_all.index_select(0, torch.tensor([row_of[k] for k in keys], dtype=torch.int64))

    return features, labels, [r["record_id"] for r in records]


def retrain_shard(folder, run_name, shard, forget, features=None, labels=None):
    """Exact unlearning of one shard by Lethe's rules, in PyTorch: from the
    shard's last checkpoint that saw none of `forget`, the later stages
    retrain without them. Returns the new last-stage model (TorchScript)."""
    meta, records, placements, checkpoints = read_lineage(folder)
    run = next(r for r in meta["runs"] if r["run"] == run_name)
    if features is None:
        features, labels, _ = idx_data(folder)
    order = [r["record_id"] for r in records]
    placed = {p["record_id"]: (int(p["shard"]), int(p["slice"])) for p in placements if p["run"] == run_name}
    forget = set(forget)
    dirty = [placed[k][1] for k in forget if k in placed and placed[k][0] == shard]
    if not dirty:
        raise ValueError("none of the records sits in shard %d" % shard)
    first = min(dirty)
    clean = [c for c in checkpoints if c["run"] == run_name and int(c["shard"]) == shard
             and int(c["stage"]) < first]
    if not clean:
        raise ValueError("shard %d has no clean checkpoint; it retrains from its initial weights" % shard)
    start = max(clean, key=lambda c: int(c["stage"]))
    first = int(start["stage"]) + 1
    model = torch.jit.load(os.path.join(folder, start["path"]))
    kept = {k: v for k, v in placed.items() if k not in forget}
    recipe, slices, seed = run["recipe"], int(run["slices"]), int(run["seed"])
    for r in range(first, slices):
        keys = stage_keys(kept, order, shard, r)
        train_stage(model, features(keys), labels(keys), stage_epochs(recipe, slices), recipe,
                    mix_seed(seed, shard, r + 1))
    model.eval()
    return model


def _main(argv=None):
    import argparse
    p = argparse.ArgumentParser(prog="python3 -m lethe_lineage")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("retrain-shard", help="retrain one shard without some records, by Lethe's rules")
    r.add_argument("--lineage", required=True)
    r.add_argument("--run", required=True)
    r.add_argument("--shard", type=int, required=True)
    r.add_argument("--forget-subject", required=True, help="the subject whose records are forgotten")
    r.add_argument("--out", required=True, help="the retrained last-stage model (TorchScript)")
    a = p.parse_args(argv)
    _, records, _, _ = read_lineage(a.lineage)
    forget = [rec["record_id"] for rec in records if rec["subject"] == a.forget_subject]
    torch.set_num_threads(1)
    retrain_shard(a.lineage, a.run, a.shard, forget).save(a.out)
    print("wrote %s (shard %d retrained without %d records)" % (a.out, a.shard, len(forget)))
