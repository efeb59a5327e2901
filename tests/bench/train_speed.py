#!/usr/bin/python3
"""Training-speed baseline: the same CNN as Lethe's `cnn`, the same data
handling (uint8 images gathered per batch, scaled to [0,1]), the same SGD
settings, in Debian's python3-torch. Prints one JSON line.

usage: train_speed.py IMAGES_IDX_GZ N BATCH THREADS STEPS
"""
import gzip, json, sys, time

import numpy as np
import torch

images, n, batch, threads, steps = sys.argv[1], *map(int, sys.argv[2:6])
torch.set_num_threads(threads)
with gzip.open(images) as f:
    raw = np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 1, 28, 28)[:n]
x_all = torch.from_numpy(raw.copy())
y_all = torch.randint(0, 10, (n,), generator=torch.Generator().manual_seed(0))
torch.manual_seed(0)
net = torch.nn.Sequential(
    torch.nn.Conv2d(1, 16, 5), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
    torch.nn.Conv2d(16, 32, 5), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
    torch.nn.Flatten(), torch.nn.Linear(512, 10))
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
g = torch.Generator().manual_seed(1)

def step():
    idx = torch.randint(0, n, (batch,), generator=g)
    x = x_all.index_select(0, idx).float().div_(255.0)
    y = y_all.index_select(0, idx)
    opt.zero_grad()
    torch.nn.functional.cross_entropy(net(x), y).backward()
    opt.step()

for _ in range(5):  # warm-up, as the C++ side does
    step()
t = time.perf_counter()
for _ in range(steps):
    step()
dt = time.perf_counter() - t
print(json.dumps({"samples_per_s": steps * batch / dt, "threads": threads, "batch": batch, "steps": steps,
                  "torch": torch.__version__}))
