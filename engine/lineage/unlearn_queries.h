#pragma once
// Lineage queries of the unlearning layer (issue 4): parameter-update logs
// (amnesiac) and the certified-removal residual budget. Tables of schema v2.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lineage/lineage.h"

namespace lethe {

struct UpdateLogRow {
    int64_t id = 0, run_id = 0;
    int shard = 0, stage = 0;
    std::string path, sha256;
    ArtifactState state = ArtifactState::Live;
    int64_t bytes = 0, steps = 0;
};

int64_t insert_update_log(Lineage &lin, const UpdateLogRow &r);
std::vector<UpdateLogRow> update_logs(Lineage &lin, int64_t run_id); // ordered by shard, stage
// Every update-log row (of any run) pointing at path.
std::vector<UpdateLogRow> update_logs_at_path(Lineage &lin, const std::string &path);
std::vector<UpdateLogRow> update_logs_in_state(Lineage &lin, ArtifactState state);
void set_update_log_state(Lineage &lin, int64_t id, ArtifactState state);

struct CertifiedBudget {
    int64_t model_id = 0;
    std::optional<int64_t> job_id;
    double spent = 0, budget = 0;
    int64_t removals = 0;
    nlohmann::json detail = nlohmann::json::object();
};
std::optional<CertifiedBudget> certified_budget(Lineage &lin, int64_t model_id);
void put_certified_budget(Lineage &lin, const CertifiedBudget &b);

} // namespace lethe
