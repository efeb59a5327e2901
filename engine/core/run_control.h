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
    ProgressFn progress;                       // may be empty
    const std::atomic<bool> *cancel = nullptr; // may be null

    void report(const Progress &p) const {
        if (progress) progress(p);
    }
    // A control for one part of a job: its fractions 0..1 map to lo..hi of
    // the whole, so a job's bar moves forward across its stages.
    RunControl part(double lo, double hi) const {
        RunControl sub = *this;
        if (progress) {
            auto outer = progress;
            sub.progress = [outer, lo, hi](const Progress &p) {
                Progress q = p;
                q.fraction = lo + (hi - lo) * p.fraction;
                outer(q);
            };
        }
        return sub;
    }
    // Called every batch; throws Error(Cancelled) once the flag is set.
    void check_cancel() const {
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw Error(ErrorCode::Cancelled, msg(QT_TRANSLATE_NOOP("Engine", "cancelled by the user")));
    }
};

} // namespace lethe
