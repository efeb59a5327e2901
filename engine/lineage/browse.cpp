#include "lineage/browse.h"

#include <filesystem>

#include <sodium.h>
#include <sqlite3.h>
#include <torch/version.h>
#include <zlib.h>

#include "core/error.h"
#include "lineage/sqlite.h"

namespace lethe {

using sql::Stmt;

namespace {

// LIKE pattern for "contains", with the wildcards of the search escaped.
std::string contains_pattern(const std::string &search) {
    std::string p = "%";
    for (char c : search) {
        if (c == '%' || c == '_' || c == '\\') p += '\\';
        p += c;
    }
    return p + "%";
}

const char *kRecordCols = "SELECT id, dataset_id, row_index, subject_id, label, split, sha256, source, collected_at, "
                          "record_key, coalesce(redaction, ''), coalesce(redacted_at, '') FROM records";

RecordRow record_from(const Stmt &s) {
    RecordRow r;
    r.id = s.i64(0);
    r.dataset_id = s.i64(1);
    r.row_index = s.i64(2);
    if (!s.is_null(3)) r.subject_id = s.i64(3);
    r.label = int(s.i64(4));
    r.split = s.text(5);
    r.sha256 = s.text(6);
    r.source = s.text(7);
    r.collected_at = s.text(8);
    r.key = s.text(9);
    r.redaction = s.text(10);
    r.redacted_at = s.text(11);
    return r;
}

std::string record_where(const RecordFilter &f) {
    std::string w;
    if (f.subject_id) w += " AND subject_id=?";
    if (!f.split.empty()) w += " AND split=?";
    return w;
}

int bind_filter(Stmt &s, const RecordFilter &f, int i) {
    if (f.subject_id) s.bind(i++, *f.subject_id);
    if (!f.split.empty()) s.bind(i++, f.split);
    return i;
}

} // namespace

std::vector<SubjectBrief> subjects_page(Lineage &lin, const std::string &search, int64_t after_id, int limit) {
    // The count is a correlated subquery on the records_subject index: one
    // index range per listed subject, independent of the table's size.
    std::string q = "SELECT s.id, s.pseudonym, (SELECT count(*) FROM records r WHERE r.subject_id=s.id) "
                    "FROM subjects s WHERE s.id>?";
    if (!search.empty()) q += " AND s.pseudonym LIKE ? ESCAPE '\\'";
    q += " ORDER BY s.id LIMIT ?";
    Stmt s(lin.db(), q);
    int i = 1;
    s.bind(i++, after_id);
    if (!search.empty()) s.bind(i++, contains_pattern(search));
    s.bind(i, int64_t(limit));
    std::vector<SubjectBrief> out;
    while (s.step()) out.push_back({s.i64(0), s.text(1), s.i64(2)});
    return out;
}

std::optional<SubjectBrief> subject_by_pseudonym(Lineage &lin, const std::string &pseudonym) {
    Stmt s(lin.db(), "SELECT s.id, s.pseudonym, (SELECT count(*) FROM records r WHERE r.subject_id=s.id) "
                     "FROM subjects s WHERE s.pseudonym=?");
    s.bind(1, pseudonym);
    if (s.step()) return SubjectBrief{s.i64(0), s.text(1), s.i64(2)};
    return std::nullopt;
}

std::vector<RecordRow> records_page(Lineage &lin, const RecordFilter &f, int64_t after_id, int limit) {
    Stmt s(lin.db(), std::string(kRecordCols) + " WHERE id>?" + record_where(f) + " ORDER BY id LIMIT ?");
    s.bind(1, after_id);
    const int i = bind_filter(s, f, 2);
    s.bind(i, int64_t(limit));
    std::vector<RecordRow> out;
    while (s.step()) out.push_back(record_from(s));
    return out;
}

int64_t count_records(Lineage &lin, const RecordFilter &f) {
    Stmt s(lin.db(), "SELECT count(*) FROM records WHERE 1" + record_where(f));
    bind_filter(s, f, 1);
    s.step();
    return s.i64(0);
}

std::optional<RecordRow> record_by_id(Lineage &lin, int64_t id) {
    Stmt s(lin.db(), std::string(kRecordCols) + " WHERE id=?");
    s.bind(1, id);
    if (s.step()) return record_from(s);
    return std::nullopt;
}

RecordUsage record_usage(Lineage &lin, int64_t record_id) {
    RecordUsage u;
    {
        Stmt s(lin.db(), "SELECT p.run_id, r.kind, r.arch, r.started_at, p.shard, p.slice FROM placements p "
                         "JOIN training_runs r ON r.id=p.run_id WHERE p.record_id=? ORDER BY p.run_id");
        s.bind(1, record_id);
        while (s.step()) u.runs.push_back({s.i64(0), s.text(1), s.text(2), s.text(3), int(s.i64(4)), int(s.i64(5))});
    }
    for (const auto &r : u.runs) {
        // Stage k of a shard trained on slices 0..k: it saw the record when k >= its slice.
        Stmt c(lin.db(), "SELECT id, run_id, shard, stage, path, state FROM checkpoints "
                         "WHERE run_id=? AND shard=? AND stage>=? ORDER BY stage");
        c.bind(1, r.run_id).bind(2, r.shard).bind(3, r.slice);
        while (c.step())
            u.checkpoints.push_back({c.i64(0), c.i64(1), int(c.i64(2)), int(c.i64(3)), c.text(4), c.text(5)});
        Stmt m(lin.db(), "SELECT id, run_id, kind, origin, state, shard FROM models "
                         "WHERE run_id=? AND (kind<>'shard' OR shard=?) ORDER BY id");
        m.bind(1, r.run_id).bind(2, r.shard);
        while (m.step()) u.models.push_back({m.i64(0), m.i64(1), m.text(2), m.text(3), m.text(4), int(m.i64(5))});
    }
    {
        Stmt s(lin.db(), "SELECT j.id, coalesce(j.method, ''), j.status FROM job_records jr JOIN jobs j "
                         "ON j.id=jr.job_id WHERE jr.record_id=? ORDER BY j.id");
        s.bind(1, record_id);
        while (s.step()) u.jobs.push_back({s.i64(0), s.text(1), s.text(2)});
    }
    return u;
}

void update_request(Lineage &lin, const RequestRow &r) {
    Stmt s(lin.db(), "UPDATE erasure_requests SET case_ref=?, subject_id=?, received_at=?, ground=?, deadline_at=?, "
                     "status=?, first_deadline_at=?, extended_months=?, decided_at=?, decision_note=?, "
                     "override_reason=? WHERE id=?");
    s.bind(1, r.case_ref).bind(2, r.subject_id).bind(3, r.received_at).bind(4, r.ground).bind(5, r.deadline_at);
    s.bind(6, to_string(r.status)).bind(7, r.first_deadline_at.empty() ? r.deadline_at : r.first_deadline_at);
    s.bind(8, r.extended_months);
    auto text_or_null = [&](int i, const std::string &v) { v.empty() ? s.bind_null(i) : s.bind(i, v); };
    text_or_null(9, r.decided_at);
    text_or_null(10, r.decision_note);
    text_or_null(11, r.override_reason);
    s.bind(12, r.id).run();
    if (lin.db().changes() != 1) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no erasure request with id %1"), r.id));
}

std::optional<RequestRow> request_by_id(Lineage &lin, int64_t id) {
    for (auto &r : lin.requests())
        if (r.id == id) return r;
    return std::nullopt;
}

std::vector<JobRow> forget_jobs(Lineage &lin, std::optional<int64_t> request_id) {
    std::string q = "SELECT id FROM jobs WHERE kind='forget'";
    if (request_id) q += " AND request_id=?";
    q += " ORDER BY id DESC";
    Stmt s(lin.db(), q);
    if (request_id) s.bind(1, *request_id);
    std::vector<int64_t> ids;
    while (s.step()) ids.push_back(s.i64(0));
    std::vector<JobRow> out;
    for (auto id : ids) out.push_back(lin.job(id));
    return out;
}

std::vector<std::pair<std::string, int64_t>> job_subjects(Lineage &lin, int64_t job_id) {
    Stmt s(lin.db(),
           "SELECT coalesce(s.pseudonym, ''), count(*) FROM job_records jr JOIN records r ON r.id=jr.record_id "
           "LEFT JOIN subjects s ON s.id=r.subject_id WHERE jr.job_id=? GROUP BY s.id ORDER BY s.pseudonym");
    s.bind(1, job_id);
    std::vector<std::pair<std::string, int64_t>> out;
    while (s.step()) out.emplace_back(s.text(0), s.i64(1));
    return out;
}

std::vector<ResidualArtifact> residual_artifacts(Lineage &lin, int64_t job_id) {
    std::vector<ResidualArtifact> out;
    {
        Stmt s(lin.db(), "SELECT DISTINCT c.id, c.run_id, c.shard, c.path FROM checkpoints c JOIN placements p "
                         "ON p.run_id=c.run_id AND p.shard=c.shard AND c.stage>=p.slice "
                         "JOIN job_records jr ON jr.record_id=p.record_id "
                         "WHERE jr.job_id=? AND c.state<>'purged' ORDER BY c.id");
        s.bind(1, job_id);
        while (s.step()) out.push_back({"checkpoints", s.i64(0), s.i64(1), "checkpoint", s.text(3), int(s.i64(2))});
    }
    {
        Stmt s(lin.db(), "SELECT DISTINCT m.id, m.run_id, m.kind, coalesce(m.path, ''), m.shard FROM models m "
                         "JOIN placements p ON p.run_id=m.run_id AND (m.kind<>'shard' OR m.shard=p.shard) "
                         "JOIN job_records jr ON jr.record_id=p.record_id "
                         "WHERE jr.job_id=? AND m.state<>'purged' ORDER BY m.id");
        s.bind(1, job_id);
        while (s.step()) out.push_back({"models", s.i64(0), s.i64(1), s.text(2), s.text(3), int(s.i64(4))});
    }
    return out;
}

int64_t placed_in_run(Lineage &lin, int64_t job_id, int64_t run_id) {
    Stmt s(lin.db(), "SELECT count(*) FROM placements p JOIN job_records jr ON jr.record_id=p.record_id "
                     "WHERE jr.job_id=? AND p.run_id=?");
    s.bind(1, job_id).bind(2, run_id);
    s.step();
    return s.i64(0);
}

std::vector<std::pair<std::string, std::string>> engine_versions() {
    return {{"LibTorch", TORCH_VERSION},
            {"SQLite", sqlite3_libversion()},
            {"libsodium", sodium_version_string()},
            {"zlib", zlibVersion()}};
}

LogHead log_head(Lineage &lin) {
    Stmt s(lin.db(), "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (s.step()) return {s.i64(0), s.text(1)};
    return {};
}

} // namespace lethe
