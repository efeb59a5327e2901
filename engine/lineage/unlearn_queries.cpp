#include "lineage/unlearn_queries.h"

#include "lineage/sqlite.h"

namespace lethe {

using sql::Stmt;

namespace {
const char *kCols = "SELECT id, run_id, shard, stage, path, sha256, bytes, steps, state FROM update_logs";

UpdateLogRow row_from(const Stmt &s) {
    UpdateLogRow r;
    r.id = s.i64(0);
    r.run_id = s.i64(1);
    r.shard = int(s.i64(2));
    r.stage = int(s.i64(3));
    r.path = s.text(4);
    r.sha256 = s.text(5);
    r.bytes = s.i64(6);
    r.steps = s.i64(7);
    r.state = parse_artifact_state(s.text(8), "update log " + std::to_string(r.id));
    return r;
}
} // namespace

int64_t insert_update_log(Lineage &lin, const UpdateLogRow &r) {
    Stmt s(lin.db(), "INSERT INTO update_logs(run_id, shard, stage, path, sha256, bytes, steps, state) "
                     "VALUES(?,?,?,?,?,?,?,?)");
    s.bind(1, r.run_id).bind(2, r.shard).bind(3, r.stage).bind(4, r.path).bind(5, r.sha256).bind(6, r.bytes);
    s.bind(7, r.steps).bind(8, to_string(r.state)).run();
    return lin.db().last_id();
}

std::vector<UpdateLogRow> update_logs(Lineage &lin, int64_t run_id) {
    Stmt s(lin.db(), std::string(kCols) + " WHERE run_id=? ORDER BY shard, stage");
    s.bind(1, run_id);
    std::vector<UpdateLogRow> out;
    while (s.step()) out.push_back(row_from(s));
    return out;
}

std::vector<UpdateLogRow> update_logs_at_path(Lineage &lin, const std::string &path) {
    Stmt s(lin.db(), std::string(kCols) + " WHERE path=? ORDER BY id");
    s.bind(1, path);
    std::vector<UpdateLogRow> out;
    while (s.step()) out.push_back(row_from(s));
    return out;
}

std::vector<UpdateLogRow> update_logs_in_state(Lineage &lin, ArtifactState state) {
    Stmt s(lin.db(), std::string(kCols) + " WHERE state=? ORDER BY id");
    s.bind(1, to_string(state));
    std::vector<UpdateLogRow> out;
    while (s.step()) out.push_back(row_from(s));
    return out;
}

void set_update_log_state(Lineage &lin, int64_t id, ArtifactState state) {
    Stmt s(lin.db(), "UPDATE update_logs SET state=? WHERE id=?");
    s.bind(1, to_string(state)).bind(2, id).run();
}

std::optional<CertifiedBudget> certified_budget(Lineage &lin, int64_t model_id) {
    Stmt s(lin.db(), "SELECT model_id, job_id, spent, budget, removals, detail_json FROM certified_budgets "
                     "WHERE model_id=?");
    s.bind(1, model_id);
    if (!s.step()) return std::nullopt;
    CertifiedBudget b;
    b.model_id = s.i64(0);
    if (!s.is_null(1)) b.job_id = s.i64(1);
    b.spent = s.f64(2);
    b.budget = s.f64(3);
    b.removals = s.i64(4);
    b.detail = nlohmann::json::parse(s.text(5));
    return b;
}

void put_certified_budget(Lineage &lin, const CertifiedBudget &b) {
    Stmt s(lin.db(), "INSERT OR REPLACE INTO certified_budgets(model_id, job_id, spent, budget, removals, "
                     "detail_json) VALUES(?,?,?,?,?,?)");
    s.bind(1, b.model_id).bind(2, b.job_id).bind(3, b.spent).bind(4, b.budget).bind(5, b.removals);
    s.bind(6, b.detail.dump()).run();
}

} // namespace lethe
