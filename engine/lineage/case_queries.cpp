#include "lineage/case_queries.h"

#include "lineage/lineage.h"

namespace lethe {

using sql::Stmt;

namespace {
// The case's records as a subquery over ?1 (request id).
const char *kCaseRecords = "(SELECT r.id FROM records r JOIN erasure_requests q ON q.subject_id=r.subject_id "
                           "WHERE q.id=?1 UNION SELECT jr.record_id FROM job_records jr JOIN jobs j ON j.id=jr.job_id "
                           "WHERE j.request_id=?1 AND j.kind='forget')";
} // namespace

std::vector<int64_t> case_record_ids(Lineage &lin, int64_t request_id) {
    Stmt s(lin.db(), std::string("SELECT id FROM ") + kCaseRecords + " ORDER BY 1");
    s.bind(1, request_id);
    std::vector<int64_t> out;
    while (s.step()) out.push_back(s.i64(0));
    return out;
}

int64_t case_records_placed(Lineage &lin, int64_t request_id, int64_t run_id) {
    Stmt s(lin.db(), std::string("SELECT count(*) FROM placements WHERE run_id=?2 AND record_id IN ") + kCaseRecords);
    s.bind(1, request_id).bind(2, run_id);
    s.step();
    return s.i64(0);
}

std::vector<CaseArtifact> case_live_artifacts(Lineage &lin, int64_t request_id) {
    std::vector<CaseArtifact> out;
    {
        Stmt s(lin.db(),
               std::string("SELECT DISTINCT m.id, m.run_id, m.kind, coalesce(m.shard, -1), coalesce(m.ensemble_id, 0), "
                           "coalesce(m.path, '') FROM models m JOIN placements p ON p.run_id=m.run_id AND "
                           "(m.kind<>'shard' OR m.shard=p.shard) WHERE m.state<>'purged' AND p.record_id IN ") +
                   kCaseRecords + " ORDER BY m.id");
        s.bind(1, request_id);
        while (s.step()) out.push_back({"models", s.i64(0), s.i64(1), s.text(2), int(s.i64(3)), s.i64(4), s.text(5)});
    }
    for (const char *table : {"checkpoints", "update_logs"}) {
        Stmt s(lin.db(), std::string("SELECT DISTINCT c.id, c.run_id, c.shard, c.path FROM ") + table +
                             " c JOIN placements p ON p.run_id=c.run_id AND p.shard=c.shard AND c.stage>=p.slice "
                             "WHERE c.state<>'purged' AND p.record_id IN " +
                             kCaseRecords + " ORDER BY c.id");
        s.bind(1, request_id);
        const std::string kind = std::string(table) == "checkpoints" ? "checkpoint" : "update log";
        while (s.step()) out.push_back({table, s.i64(0), s.i64(1), kind, int(s.i64(2)), 0, s.text(3)});
    }
    return out;
}

} // namespace lethe
