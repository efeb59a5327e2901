#include "lineage/audit_queries.h"

#include "core/error.h"
#include "lineage/lineage.h"
#include "lineage/sqlite.h"

namespace lethe {

using nlohmann::json;
using sql::Stmt;

namespace {
const char *kPoolCols = "SELECT id, k, seed, config_json, universe_sha256, n_universe, created_at, state FROM reference_pools";
ReferencePoolRow pool_from(const Stmt &s) {
    ReferencePoolRow p;
    p.id = s.i64(0);
    p.k = int(s.i64(1));
    p.seed = s.i64(2);
    p.config = json::parse(s.text(3));
    p.universe_sha256 = s.text(4);
    p.n_universe = s.i64(5);
    p.created_at = s.text(6);
    p.state = s.text(7);
    return p;
}
} // namespace

int64_t insert_reference_pool(Lineage &lin, const ReferencePoolRow &p) {
    Stmt s(lin.db(), "INSERT INTO reference_pools(k, seed, config_json, universe_sha256, n_universe, created_at, state) "
                     "VALUES(?,?,?,?,?,?,?)");
    s.bind(1, int64_t(p.k)).bind(2, p.seed).bind(3, p.config.dump()).bind(4, p.universe_sha256).bind(5, p.n_universe);
    s.bind(6, now_iso8601()).bind(7, p.state.empty() ? std::string("building") : p.state).run();
    return lin.db().last_id();
}

std::vector<ReferencePoolRow> reference_pools(Lineage &lin) {
    Stmt s(lin.db(), std::string(kPoolCols) + " ORDER BY id");
    std::vector<ReferencePoolRow> out;
    while (s.step()) out.push_back(pool_from(s));
    return out;
}

ReferencePoolRow reference_pool(Lineage &lin, int64_t id) {
    Stmt s(lin.db(), std::string(kPoolCols) + " WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(lin.path() + ": no reference pool with id " + std::to_string(id));
    return pool_from(s);
}

void set_reference_pool_state(Lineage &lin, int64_t id, const std::string &state) {
    Stmt s(lin.db(), "UPDATE reference_pools SET state=? WHERE id=?");
    s.bind(1, state).bind(2, id).run();
}

void insert_reference_model(Lineage &lin, const ReferenceModelRow &m) {
    Stmt s(lin.db(), "INSERT INTO reference_models(pool_id, idx, seed, n_in, files_json, scores_path, scores_sha256, "
                     "seconds, test_accuracy, created_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, m.pool_id).bind(2, int64_t(m.idx)).bind(3, m.seed).bind(4, m.n_in).bind(5, m.files.dump());
    s.bind(6, m.scores_path).bind(7, m.scores_sha256).bind(8, m.seconds).bind(9, m.test_accuracy);
    s.bind(10, now_iso8601()).run();
}

std::vector<ReferenceModelRow> reference_models(Lineage &lin, int64_t pool_id) {
    Stmt s(lin.db(), "SELECT pool_id, idx, seed, n_in, files_json, scores_path, scores_sha256, seconds, test_accuracy, "
                     "created_at FROM reference_models WHERE pool_id=? ORDER BY idx");
    s.bind(1, pool_id);
    std::vector<ReferenceModelRow> out;
    while (s.step()) {
        ReferenceModelRow m;
        m.pool_id = s.i64(0);
        m.idx = int(s.i64(1));
        m.seed = s.i64(2);
        m.n_in = s.i64(3);
        m.files = json::parse(s.text(4));
        m.scores_path = s.text(5);
        m.scores_sha256 = s.text(6);
        m.seconds = s.f64(7);
        if (!s.is_null(8)) m.test_accuracy = s.f64(8);
        m.created_at = s.text(9);
        out.push_back(m);
    }
    return out;
}

void insert_reference_membership(Lineage &lin, int64_t pool_id,
                                 const std::vector<std::pair<int64_t, std::string>> &masks) {
    Stmt s(lin.db(), "INSERT INTO reference_membership(pool_id, record_id, in_mask) VALUES(?,?,?)");
    for (const auto &[rid, mask] : masks) {
        s.bind(1, pool_id).bind(2, rid).bind(3, mask).run();
        s.reset();
    }
}

std::vector<std::pair<int64_t, std::string>> reference_membership(Lineage &lin, int64_t pool_id) {
    Stmt s(lin.db(), "SELECT record_id, in_mask FROM reference_membership WHERE pool_id=? ORDER BY record_id");
    s.bind(1, pool_id);
    std::vector<std::pair<int64_t, std::string>> out;
    while (s.step()) out.emplace_back(s.i64(0), s.text(1));
    return out;
}

void insert_audit_attack_scores(Lineage &lin, int64_t audit_id, const std::string &csv_gz, const std::string &sha256) {
    Stmt s(lin.db(), "INSERT INTO audit_attack_scores(audit_id, csv_gz, sha256) VALUES(?,?,?)");
    s.bind(1, audit_id).bind_blob(2, csv_gz).bind(3, sha256).run();
}

std::optional<std::pair<std::string, std::string>> audit_attack_scores(Lineage &lin, int64_t audit_id) {
    Stmt s(lin.db(), "SELECT csv_gz, sha256 FROM audit_attack_scores WHERE audit_id=?");
    s.bind(1, audit_id);
    if (!s.step()) return std::nullopt;
    return std::make_pair(s.blob(0), s.text(1));
}

} // namespace lethe
