#pragma once
// Internal: an audit's scoring pass as a work unit (core/work_unit.h,
// docs/cluster.md). The unit holds one model (its id and SHA-256) and the
// records the audit scores (records.ids, with its SHA-256); the worker
// writes the model's log-probabilities and decisions over them
// (predictions.bin: n x C doubles, then n int64, native byte order) and
// result.json. The audit's arithmetic runs in the coordinator on exactly
// these numbers, so an audit scored on a cluster equals one scored here.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/run_control.h"
#include "model/inference.h"

namespace lethe {

class Executor;
class Project;
class TensorStore;

// Writes the unit that scores model_id on ids (in this order) into its
// staging folder, staging/audits/mM-<hash of the ids>; an identical unit
// already there is kept with its result (a run that stopped is reused).
// Returns the unit file.
std::string write_scoring_unit(Project &project, int64_t model_id, const std::vector<int64_t> &ids,
                               const std::string &device);

// `lethe worker run`: scores the unit's model on its records and writes
// predictions.bin, then result.json. Writes no row.
nlohmann::json run_scoring_unit(Project &project, const std::string &unit_file, const RunControl &rc,
                                const TensorStore *store = nullptr);

// The predictions of a unit whose result checks out (hashes, sizes, the
// number of records); nullopt otherwise, with why.
std::optional<Predictions> take_scoring_unit(Project &project, const std::string &unit_file, std::string *why);

// The predictions of every unit, in order: a unit with a checked result
// (a run that stopped, an earlier batch) is taken as it is; the others run
// as one batch on the executor (earlier outputs that do not check out are
// cleared first). A unit that fails is reported (BadInput, with its task's
// log); one that finished is kept for the next run. Cancel removes the
// unfinished units' folders.
std::vector<Predictions> run_scoring_units(Project &project, Executor &executor, const std::vector<std::string> &units,
                                           const RunControl &rc);

// Removes a unit's staging folder once its audit is stored (and the
// staging folders above it that are left empty).
void drop_scoring_unit(const std::string &project_root, const std::string &unit_file);

} // namespace lethe
