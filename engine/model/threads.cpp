#include "model/threads.h"

#include <malloc.h>

#include <torch/torch.h>

namespace lethe {

void set_compute_threads(int n) {
    if (n > 0) torch::set_num_threads(n);
}

int compute_threads() { return torch::get_num_threads(); }

void tune_memory_allocator() {
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
}

} // namespace lethe
