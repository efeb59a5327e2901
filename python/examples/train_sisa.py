#!/usr/bin/python3
"""Trains a small SISA ensemble in PyTorch on Debian's Fashion-MNIST and
records its lineage for Lethe (docs/lineage-format.md).

    python3 python/examples/train_sisa.py --out runs/fm-sisa --subset 3000 --shards 3 --slices 2
    lethe import --project P --lineage runs/fm-sisa
    lethe forget --project P --method sisa --subject SUBJECT

The first SUBSET rows of the training file are the training records, the
next SUBSET/5 the test records and the SUBSET/5 after those the population
records (an audit's non-members). Records belong to synthetic subjects of
1 to 6 records each, so that an erasure request names a person.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import torch  # noqa: E402

import lethe_lineage as ll  # noqa: E402

DATA = "/usr/share/datasets/fashion-mnist"


def make_model(hidden):
    def make():
        return torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, hidden), torch.nn.ReLU(),
                                   torch.nn.Linear(hidden, 10))
    return make


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", required=True, help="the lineage folder to write")
    p.add_argument("--subset", type=int, default=6000, help="training records (default 6000)")
    p.add_argument("--shards", type=int, default=3)
    p.add_argument("--slices", type=int, default=2)
    p.add_argument("--epochs", type=float, default=2.0, help="epochs in all; stage r gets 2e/(R+1)")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--lr", type=float, default=0.05)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--policy", choices=["subject", "random"], default="subject")
    p.add_argument("--data", default=DATA, help="the folder of Fashion-MNIST's IDX files (default: %(default)s)")
    a = p.parse_args()
    images = os.path.join(a.data, "train-images-idx3-ubyte.gz")
    labels_file = os.path.join(a.data, "train-labels-idx1-ubyte.gz")
    for f in (images, labels_file):
        if not os.path.exists(f):
            sys.exit("%s: missing; install Debian's dataset-fashion-mnist package" % f)
    n_test = max(1, a.subset // 5)
    if a.subset < a.shards * a.slices or a.subset + 2 * n_test > 60000:
        sys.exit("--subset must be between shards x slices and 42857")
    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    x_all = ll.read_idx(images)
    y_all = ll.read_idx(labels_file).to(torch.int64)

    rec = ll.Recorder(a.out)
    rec.add_dataset("fashion-mnist-train", images, labels_file)
    rng = ll.SplitMix64(a.seed)
    row, subject, left = 0, 0, 0
    splits = [("train", a.subset), ("test", n_test), ("population", n_test)]
    for split, count in splits:
        for _ in range(count):
            if left == 0:
                subject += 1
                left = 1 + rng.next() % 6
            rec.add_record("fm-%05d" % row, "subject-%04d" % subject, int(y_all[row]), split, row,
                           source="Debian dataset-fashion-mnist")
            left -= 1
            row += 1
    row_of = {k: i for i, k in enumerate(rec.keys)}

    def features(keys):
        rows = torch.tensor([row_of[k] for k in keys], dtype=torch.int64)
        return x_all.index_select(0, rows).to(torch.float32).div_(255.0).unsqueeze(1)

    def labels(keys):
        return y_all.index_select(0, torch.tensor([row_of[k] for k in keys], dtype=torch.int64))

    recipe = {"optimizer": "sgd", "lr": a.lr, "momentum": 0.9, "weight_decay": 5e-4, "batch_size": a.batch_size,
              "epochs": a.epochs, "seed": a.seed}
    ll.train_sisa(rec, "sisa", make_model(a.hidden), features, labels, recipe, seed=a.seed, shards=a.shards,
                  slices=a.slices, policy=a.policy,
                  progress=lambda s, r: print("trained shard %d/%d, stage %d/%d" % (s + 1, a.shards, r + 1,
                                                                                   a.slices), flush=True))
    rec.write()
    print("wrote %s: %d records, %d shards x %d slices" % (a.out, len(rec.keys), a.shards, a.slices))


if __name__ == "__main__":
    main()
