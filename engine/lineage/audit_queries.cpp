#include "lineage/audit_queries.h"

#include <map>

#include "core/error.h"
#include "lineage/lineage.h"
#include "lineage/sqlite.h"

namespace lethe {

using nlohmann::json;
using sql::Stmt;

namespace {
const char *kPoolCols =
    "SELECT id, k, seed, config_json, universe_sha256, n_universe, created_at, state FROM reference_pools";
ReferencePoolRow pool_from(const Stmt &s) {
    ReferencePoolRow p;
    p.id = s.i64(0);
    p.k = int(s.i64(1));
    p.seed = s.i64(2);
    p.config = json::parse(s.text(3));
    p.universe_sha256 = s.text(4);
    p.n_universe = s.i64(5);
    p.created_at = s.text(6);
    p.state = parse_pool_state(s.text(7), "reference pool " + std::to_string(p.id));
    return p;
}
} // namespace

int64_t insert_reference_pool(Lineage &lin, const ReferencePoolRow &p) {
    Stmt s(lin.db(),
           "INSERT INTO reference_pools(k, seed, config_json, universe_sha256, n_universe, created_at, state) "
           "VALUES(?,?,?,?,?,?,?)");
    s.bind(1, int64_t(p.k)).bind(2, p.seed).bind(3, p.config.dump()).bind(4, p.universe_sha256).bind(5, p.n_universe);
    s.bind(6, now_iso8601()).bind(7, to_string(p.state)).run();
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
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no reference pool with id %2"), lin.path(), id));
    return pool_from(s);
}

void set_reference_pool_state(Lineage &lin, int64_t id, PoolState state) {
    Stmt s(lin.db(), "UPDATE reference_pools SET state=? WHERE id=?");
    s.bind(1, to_string(state)).bind(2, id).run();
}

void insert_reference_model(Lineage &lin, const ReferenceModelRow &m) {
    Stmt s(lin.db(), "INSERT INTO reference_models(pool_id, idx, gen, seed, n_in, files_json, scores_path, "
                     "scores_sha256, seconds, test_accuracy, created_at, state, purge_job_id) "
                     "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, m.pool_id).bind(2, int64_t(m.idx)).bind(3, int64_t(m.gen)).bind(4, m.seed).bind(5, m.n_in);
    s.bind(6, m.files.dump()).bind(7, m.scores_path).bind(8, m.scores_sha256).bind(9, m.seconds);
    s.bind(10, m.test_accuracy).bind(11, now_iso8601()).bind(12, to_string(m.state)).bind(13, m.purge_job_id).run();
}

namespace {
const char *kModelCols = "SELECT pool_id, idx, gen, seed, n_in, files_json, scores_path, scores_sha256, seconds, "
                         "test_accuracy, created_at, state, purge_job_id FROM reference_models";
std::vector<ReferenceModelRow> model_rows(Stmt &s) {
    std::vector<ReferenceModelRow> out;
    while (s.step()) {
        ReferenceModelRow m;
        m.pool_id = s.i64(0);
        m.idx = int(s.i64(1));
        m.gen = int(s.i64(2));
        m.seed = s.i64(3);
        m.n_in = s.i64(4);
        m.files = json::parse(s.text(5));
        m.scores_path = s.text(6);
        m.scores_sha256 = s.text(7);
        m.seconds = s.f64(8);
        if (!s.is_null(9)) m.test_accuracy = s.f64(9);
        m.created_at = s.text(10);
        m.state = parse_artifact_state(s.text(11), "reference model " + std::to_string(m.idx) + " of pool " +
                                                       std::to_string(m.pool_id));
        if (!s.is_null(12)) m.purge_job_id = s.i64(12);
        out.push_back(m);
    }
    return out;
}
} // namespace

std::vector<ReferenceModelRow> reference_models(Lineage &lin, int64_t pool_id, bool include_purged) {
    Stmt s(lin.db(), std::string(kModelCols) + " WHERE pool_id=?" + (include_purged ? "" : " AND state<>'purged'") +
                         " ORDER BY idx, gen");
    s.bind(1, pool_id);
    return model_rows(s);
}

std::vector<ReferenceModelRow> reference_models_in_state(Lineage &lin, ArtifactState state) {
    Stmt s(lin.db(), std::string(kModelCols) + " WHERE state=? ORDER BY pool_id, idx, gen");
    s.bind(1, to_string(state));
    return model_rows(s);
}

void set_reference_model_state(Lineage &lin, const ReferenceModelRow &m, ArtifactState state,
                               std::optional<int64_t> purge_job_id) {
    Stmt s(lin.db(), "UPDATE reference_models SET state=?, purge_job_id=coalesce(?, purge_job_id) "
                     "WHERE pool_id=? AND idx=? AND gen=?");
    s.bind(1, to_string(state))
        .bind(2, purge_job_id)
        .bind(3, m.pool_id)
        .bind(4, int64_t(m.idx))
        .bind(5, int64_t(m.gen))
        .run();
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

void set_reference_masks(Lineage &lin, int64_t pool_id, const std::vector<std::pair<int64_t, std::string>> &masks) {
    Stmt s(lin.db(), "UPDATE reference_membership SET in_mask=? WHERE pool_id=? AND record_id=?");
    for (const auto &[rid, mask] : masks) {
        s.bind(1, mask).bind(2, pool_id).bind(3, rid).run();
        s.reset();
    }
}

std::vector<std::pair<int64_t, std::string>> reference_masks_of_records(Lineage &lin, const std::vector<int64_t> &ids) {
    std::map<int64_t, std::string> acc;
    Stmt s(lin.db(), "SELECT pool_id, in_mask FROM reference_membership WHERE record_id=?");
    for (auto id : ids) {
        s.bind(1, id);
        while (s.step()) {
            const std::string m = s.text(1);
            auto &a = acc[s.i64(0)];
            if (a.size() < m.size()) a.resize(m.size(), '0');
            for (size_t k = 0; k < m.size(); ++k)
                if (m[k] == '1') a[k] = '1';
        }
        s.reset();
    }
    return {acc.begin(), acc.end()};
}

std::vector<std::pair<int64_t, int64_t>> erased_records(Lineage &lin) {
    Stmt s(lin.db(), "SELECT jr.record_id, min(j.id) FROM job_records jr JOIN jobs j ON j.id=jr.job_id "
                     "WHERE j.kind='forget' AND j.status='done' GROUP BY jr.record_id ORDER BY jr.record_id");
    std::vector<std::pair<int64_t, int64_t>> out;
    while (s.step()) out.emplace_back(s.i64(0), s.i64(1));
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

std::string reference_model_dir(int64_t pool_id, int idx, int gen) {
    return "references/pool" + std::to_string(pool_id) + "/m" + std::to_string(idx) +
           (gen ? "-g" + std::to_string(gen) : std::string());
}

} // namespace lethe
