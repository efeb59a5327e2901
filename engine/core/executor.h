#pragma once
// Where work units run (docs/cluster.md): a work unit is one JSON file (a
// reference model to train, ...) that `lethe worker run UNIT.json` runs
// anywhere the project folder is mounted; it writes its outputs and a
// result.json beside the unit file, never the lineage database. An executor
// runs a batch of them: in this process (no executor), or as a Slurm job
// array (jobs/executor.h). The coordinating process alone checks the
// outputs' hashes and writes the rows.
#include <string>
#include <vector>

#include "core/run_control.h"

namespace lethe {

struct UnitOutcome {
    std::string unit;    // the unit file
    bool ok = false;     // its result.json was written
    std::string message; // why not: the task's state and its log's last lines
    int attempts = 0;
};

class Executor {
public:
    virtual ~Executor() = default;
    virtual std::string name() const = 0;
    // Runs every unit (absolute paths); returns one outcome per unit once
    // none is queued or running. On cancel it cancels what it submitted and
    // throws Error(Cancelled).
    virtual std::vector<UnitOutcome> run(const std::vector<std::string> &unit_files, const RunControl &rc) = 0;
};

} // namespace lethe
