#pragma once
// Executors of work units (core/executor.h): here, or on an existing Slurm
// cluster as job arrays (docs/cluster.md). Part of the front door.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/executor.h"

namespace lethe {

class Project;

// How units go to Slurm; saved per project (meta "executor") when given.
struct SlurmSettings {
    std::string partition, account; // empty: the cluster's defaults
    std::string time = "02:00:00";  // --time per task
    std::string mem = "4G";         // --mem per task
    int cpus = 0;                   // --cpus-per-task; 0: the unit's torch threads
    int gpus = 0;                   // --gres=gpu:N
    int retries = 1;                // a failed or lost task runs again this many times
    double poll_seconds = 2.0;      // how often squeue is asked
    std::string lethe;              // the lethe binary the tasks run (default: this one)
    // Per kind of unit (reference_model, shard_retrain, audit_scoring): the
    // settings that differ from the above, e.g. {"reference_model": {"gpus": 1}}.
    nlohmann::json kinds = nlohmann::json::object();
    nlohmann::json to_json() const;
    static SlurmSettings from_json(const nlohmann::json &j);
    // These settings with a kind's own applied.
    SlurmSettings for_kind(const std::string &kind) const;
};

// "--slurm-kind KIND:key=value,...": {KIND: {key: value}}; UsageError
// naming the part that is not a known kind, key or value.
nlohmann::json slurm_kind_settings(const std::string &spec);

struct ExecutorChoice {
    std::string name;     // local | slurm; empty: the project's saved choice (else local)
    nlohmann::json given; // the Slurm settings given on the command line (saved)
};

// The project's saved choice: "local" (also when none) or "slurm".
std::string saved_executor_name(Project &project);

// The executor a command uses: null for local. Saves the choice and the
// given settings in the project, so the next command needs no flags.
std::unique_ptr<Executor> project_executor(Project &project, const ExecutorChoice &choice);

// `lethe worker run UNIT.json`: runs one unit through the same code as the
// local path; writes its outputs and result.json, never a row.
nlohmann::json run_work_unit(const std::string &unit_file, const RunControl &rc);

} // namespace lethe
