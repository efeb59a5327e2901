#include "jobs/redaction.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "data/dataset_file.h"
#include "jobs/cases.h"
#include "lineage/lineage.h"
#include "project/project.h"

namespace fs = std::filesystem;

namespace lethe {

using nlohmann::json;

json RedactionResult::to_json() const {
    return {{"records", records}, {"already", already}, {"redacted_at", redacted_at}, {"files", files}};
}

namespace {

std::vector<RecordRow> subject_records(Lineage &lin, const RequestRow &r) {
    std::vector<RecordRow> out;
    if (!r.subject_id) return out;
    for (auto &rec : lin.records())
        if (rec.subject_id == r.subject_id) out.push_back(std::move(rec));
    return out;
}

// The rows of `pending` zeroed in every file that holds one, then the
// records marked redacted. Each file is replaced whole (old or new, never a
// part), so doing it again after a crash gives the same files.
RedactionResult finish(Project &project, const std::vector<RecordRow> &pending, const json &request_id,
                       const std::string &actor) {
    auto &lin = project.lineage();
    RedactionResult res;
    std::map<int64_t, std::set<int64_t>> rows;
    std::vector<int64_t> ids;
    for (const auto &rec : pending) {
        rows[rec.dataset_id].insert(rec.row_index);
        ids.push_back(rec.id);
    }
    std::vector<std::pair<int64_t, std::string>> shas;
    for (const auto &[dataset_id, rs] : rows) {
        const DatasetRow d = lin.dataset(dataset_id);
        if (d.format == "folder") {
            const auto files = d.spec.at("files").get<std::vector<std::string>>();
            for (const auto r : rs) {
                const std::string path = project.resolve(d.uri + "/" + files.at(size_t(r)));
                std::error_code ec;
                fs::remove(path, ec);
                if (ec)
                    internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot remove it to redact the record: %2"),
                                       path, ec.message()));
                res.files.push_back(
                    {{"dataset_id", dataset_id}, {"path", d.uri + "/" + files[size_t(r)]}, {"removed", true}});
            }
        } else {
            const std::string path = project.resolve(d.uri);
            const std::string sha = write_file_atomic(path, zeroed_dataset_file(d, path, rs));
            shas.emplace_back(dataset_id, sha);
            res.files.push_back(
                {{"dataset_id", dataset_id}, {"path", d.uri}, {"old_sha256", d.sha256}, {"sha256", sha}});
        }
        crash_point("redaction-file");
    }
    res.redacted_at = now_iso8601();
    res.records = int64_t(ids.size());
    auto tx = lin.begin();
    for (const auto &[dataset_id, sha] : shas) lin.set_dataset_sha256(dataset_id, sha);
    lin.set_record_redaction(ids, "redacted", res.redacted_at);
    lin.append_log(actor, "records.redacted",
                   {{"request_id", request_id},
                    {"records", ids.size()},
                    {"record_set_sha256", record_set_hash(ids)},
                    {"files", res.files}});
    tx->commit();
    return res;
}

} // namespace

// The subject's records not yet redacted, after the checks that refuse a
// redaction: a live model still trained on one (it would be needed to
// retrain it), a dataset file changed since it was recorded (a redaction
// must not hide that). The case's status is checked by the caller.
std::vector<RecordRow> redactable(Project &project, const RequestRow &r, RedactionResult &res) {
    auto &lin = project.lineage();
    if (!r.subject_id)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "case %1 names no subject: there are no records to redact"), r.case_ref));
    std::vector<RecordRow> todo;
    for (auto &rec : subject_records(lin, r)) {
        if (rec.redaction == "redacted") {
            ++res.already;
            res.redacted_at = rec.redacted_at;
        } else {
            todo.push_back(std::move(rec));
        }
    }
    std::set<int64_t> ids, datasets;
    for (const auto &rec : todo) {
        ids.insert(rec.id);
        datasets.insert(rec.dataset_id);
    }
    if (ids.empty()) return todo;
    for (const auto &m : lin.models()) {
        if (m.state != ArtifactState::Live || !m.run_id || m.kind == ModelKind::Shard) continue;
        int64_t held = 0;
        for (const auto &p : lin.placements(*m.run_id)) held += int64_t(ids.count(p.record_id));
        if (held > 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1 (%2) is still trained on %3 of %4's records: forget "
                                                      "them from it first; nothing was redacted"),
                          m.id, to_string(m.origin), held, r.subject_pseudonym));
    }
    for (const auto id : datasets) {
        const DatasetRow d = lin.dataset(id);
        if (d.format == "folder") continue; // its files are removed, and verify checks the others
        const std::string path = project.resolve(d.uri);
        if (sha256_file(path) != d.sha256)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: changed since it was recorded (SHA-256 does not match the lineage "
                                                "database); nothing was redacted: lethe verify says more"),
                    path));
    }
    return todo;
}

void check_redactable(Project &project, int64_t request_id) {
    RedactionResult unused;
    redactable(project, case_row(project.lineage(), request_id), unused);
}

RedactionResult redact_case(Project &project, int64_t request_id, const std::string &actor) {
    auto &lin = project.lineage();
    const RequestRow r = case_row(lin, request_id);
    if (r.status != CaseStatus::Answered)
        bad_input(msg(r.status == CaseStatus::Open
                          ? QT_TRANSLATE_NOOP("Engine", "case %1 is open: its subject's records are redacted once the "
                                                        "case is answered (lethe requests close)")
                      : r.status == CaseStatus::InProgress
                          ? QT_TRANSLATE_NOOP("Engine", "case %1 is in progress: its subject's records are redacted "
                                                        "once the case is answered (lethe requests close)")
                      : r.status == CaseStatus::Refused
                          ? QT_TRANSLATE_NOOP("Engine", "case %1 is refused (Art. 12(4)): its subject's records are "
                                                        "redacted once the case is answered (lethe requests close)")
                          : QT_TRANSLATE_NOOP("Engine", "case %1 is extended (Art. 12(3)): its subject's records are "
                                                        "redacted once the case is answered (lethe requests close)"),
                      r.case_ref));
    RedactionResult res;
    const std::vector<RecordRow> todo = redactable(project, r, res);
    if (todo.empty()) return res;
    std::vector<int64_t> v;
    for (const auto &rec : todo) v.push_back(rec.id);
    std::sort(v.begin(), v.end());
    {
        auto tx = lin.begin();
        lin.set_record_redaction(v, "pending", "");
        lin.append_log(actor, "redaction.started",
                       {{"request_id", request_id}, {"records", v.size()}, {"record_set_sha256", record_set_hash(v)}});
        tx->commit();
    }
    crash_point("redaction-pending");
    const int64_t before = res.already;
    res = finish(project, todo, request_id, actor);
    res.already = before;
    return res;
}

int64_t complete_redactions(Project &project) {
    std::vector<RecordRow> pending;
    for (auto &rec : project.lineage().records())
        if (rec.redaction == "pending") pending.push_back(std::move(rec));
    if (pending.empty()) return 0;
    return finish(project, pending, nullptr, "lethe").records;
}

} // namespace lethe
