#pragma once
// Progress and cancellation for long engine work: a plain callback and an
// atomic flag, so the engine knows nothing of threads or GUIs.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

#include "core/error.h"

namespace lethe {

struct Progress {
    std::string stage;     // what is running, for people
    int64_t done = 0;      // units done in this stage
    int64_t total = 0;     // units in this stage (0: unknown)
    double fraction = 0.0; // of the whole job, 0..1
};

using ProgressFn = std::function<void(const Progress &)>;

struct RunControl {
    ProgressFn progress;                        // may be empty
    const std::atomic<bool> *cancel = nullptr;  // may be null

    void report(const Progress &p) const {
        if (progress) progress(p);
    }
    // Called every batch; throws Error(Cancelled) once the flag is set.
    void check_cancel() const {
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw Error(ErrorCode::Cancelled, "cancelled by the user");
    }
};

} // namespace lethe
