#pragma once
// Internal: a SISA shard retrain (exact unlearning) as a work unit
// (core/work_unit.h, docs/cluster.md), so a forget job's shards can train on
// a Slurm cluster through the same trainer as here.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/run_control.h"
#include "train/sisa_trainer.h"

namespace lethe {

class Project;
class TensorStore;

// Writes the unit (unit.json and placements.txt: the shard's kept
// placements) into the project-relative staging folder dir; returns the
// unit file's path.
std::string write_shard_unit(Project &project, const std::string &dir, const TrainConfig &cfg, const ModelSpec &spec,
                             const std::vector<Placement> &kept, const ShardPlan &plan);

// `lethe worker run`: trains the plan's stages into the unit's folder and
// writes result.json. Writes no row.
nlohmann::json run_shard_unit(Project &project, const std::string &unit_file, const RunControl &rc,
                              const TensorStore *store = nullptr);

// A checked unit's checkpoints moved into out_dir (project-relative), as the
// trainer would have written them there.
std::vector<TrainedCheckpoint> take_shard_unit(Project &project, const nlohmann::json &result,
                                               const std::string &out_dir);

} // namespace lethe
