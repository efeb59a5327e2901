#pragma once
// The reference-model pool of LiRA and RMIA: K models with the target's
// architecture and training config, each trained on a random half of the
// project's records (train, test and population: the attack's universe).
// Halves are drawn by data subject (a subject's records are IN or OUT
// together; a record without a subject is its own unit) so that the OUT
// models of a record are models retrained without its whole subject, and
// each unit is IN for exactly K/2 models (Carlini et al.'s balanced
// assignment). Membership is stored per record in the lineage before any
// training; each model is a work unit: trained, scored on the whole
// universe (log p_y and logit-scaled confidence, a side file with its
// hash), committed, and reused by every later audit. A cancelled or
// crashed build resumes where it stopped.
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/message.h"
#include "core/run_control.h"
#include "lineage/audit_queries.h"

namespace lethe {

class Lineage;
class Project;
class TensorStore;

// Default K: fits the demo (--subset 3000 CNN) in a few minutes on 2 cores;
// docs/audit.md has the timing and why more is better.
constexpr int kDefaultReferenceModels = 8;

class Executor;

struct ReferencePoolOptions {
    int k = kDefaultReferenceModels;
    uint64_t seed = 101;
    std::optional<int64_t> model_id; // the model whose config the references copy (default: newest live trained)
    std::string device = "auto";
    // Where the reference models train: null, in this process (each one
    // committed as it finishes); else the executor's (a Slurm job array),
    // all committed once the batch ends. The same unit code runs either way.
    Executor *executor = nullptr;
};

struct ReferencePoolResult {
    int64_t pool_id = 0;
    int k = 0, trained_now = 0, reused = 0;
    int retried = 0; // units an executor ran more than once
    std::string executor = "local";
    std::vector<std::string> refused; // earlier outputs whose hashes did not check out (trained again)
    int64_t erased_records = 0;       // records OUT for every model because a forget job erased them
    int purged_before_rebuild = 0;    // models found trained on erased records and purged by this build (old projects)
    double seconds = 0, seconds_per_model = 0;
    bool complete = false;
    nlohmann::json to_json() const;
};

// One unit's membership over an even K models, in nested pairs: models 2j
// and 2j + 1 are complementary (the unit is IN for exactly one of them, at
// random). Each unit is IN for exactly K/2 models, and every even prefix of
// the pool (its first 2m models) is itself a balanced pool, the unit IN for
// exactly m of them: one pool of 64 holds the pools of 2, 4, ..., 62 (the
// audit's pool_models option, the power benchmark's K sweep).
std::string nested_halves_mask(int k, std::mt19937_64 &rng);

ReferencePoolResult build_reference_pool(Project &project, const ReferencePoolOptions &options, const RunControl &rc,
                                         const TensorStore *store = nullptr);

// One reference model as a work unit (`lethe worker run`): trains it from
// the unit file's config, seed and IN record ids on the project's data, and
// writes its shard models, its scores and result.json (last) into the unit's
// staging folder. Writes no row. Returns the result.
// store: the project's data when the caller has it loaded (else read here).
nlohmann::json run_reference_unit(Project &project, const std::string &unit_file, const RunControl &rc,
                                  const TensorStore *store = nullptr);

// A complete pool's scores, in memory, for the audit's arithmetic.
struct PoolScores {
    ReferencePoolRow pool;
    std::vector<ReferenceModelRow> models;
    std::unordered_map<int64_t, size_t> position; // record id -> universe position
    std::vector<std::string> masks;               // per position: '1' = IN for model k
    std::vector<std::vector<double>> log_p;       // [model][position] log p_y
    std::vector<std::vector<double>> phi;         // [model][position] logit-scaled confidence
    bool config_matches_target = false;
};

// The pool to audit a model with: pool_id when given, else the newest
// usable pool whose config matches the model's; nullopt when there is none,
// with the reason in *why_none. Usable: all K models present and live, or
// purging on behalf of job_id (a forget job's after-audit runs on the full
// pool before its purge deletes the models that saw the erased records), and
// no live model trained on an erased record. Score files are checked against
// their hashes.
std::optional<PoolScores> load_pool_scores(Project &project, std::optional<int64_t> pool_id,
                                           const nlohmann::json &target_config,
                                           std::optional<int64_t> job_id = std::nullopt,
                                           Message *why_none = nullptr);

// Erasure (forget jobs). Inside the caller's transaction: marks purging every
// live reference model, in every pool, whose IN mask holds one of the records,
// and puts its pool back to 'building'; returns one JSON entry per model for
// the job's purge list.
nlohmann::json mark_reference_purges(Lineage &lin, const std::vector<int64_t> &records, int64_t job_id);
// complete_reference_purges (project/project.h) deletes what it marked.

// Pools as JSON: {id, k, seed, state, models_done (live), models_purged,
// purged_by_jobs, config, created_at, usable, unusable_reason, serves: [{model_id,
// kind, arch, used_by_next_audit, why_not}] (the live models whose training config
// the pool matches), ...}.
nlohmann::json reference_pools_json(Project &project);

} // namespace lethe
