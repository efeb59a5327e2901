#pragma once
// How many CPU threads torch's kernels use. Debian's LibTorch starts with
// one (OpenMP's default there); the CLI and the workbench set it from
// --threads / the preferences.
namespace lethe {
void set_compute_threads(int n); // n <= 0: leave as is
int compute_threads();

// glibc serves each batch's large tensors with fresh mmap()s and unmaps them
// on free, so every batch pays page faults and zeroing (a third of a CPU
// audit's time). Keep large blocks in the heap instead. Call once at start.
void tune_memory_allocator();
} // namespace lethe
