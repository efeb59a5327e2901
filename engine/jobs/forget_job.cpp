#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/executor.h"
#include "core/hash.h"
#include "core/work_unit.h"
#include "data/tensor_store.h"
#include "evidence/csv_table.h"
#include "jobs/cases.h"
#include "jobs/job_support.h"
#include "jobs/model_commit.h"
#include "jobs/operations.h"
#include "lineage/audit_queries.h"
#include "lineage/unlearn_queries.h"
#include "model/net.h"
#include "project/project.h"
#include "train/shard_unit.h"
#include "train/sisa_trainer.h"
#include "train/update_log.h"
#include "unlearn/method.h"
#include "unlearn/registry.h"

namespace lethe {

using nlohmann::json;

json ForgetResult::to_json() const {
    return {{"job_id", job_id},
            {"method", method},
            {"input_model_id", input_model_id},
            {"output_model_id", output_model_id},
            {"forgotten_records", forgotten_records},
            {"shards_retrained", shards_retrained},
            {"purged_checkpoints", purged_checkpoints},
            {"purged_models", purged_models},
            {"purged_reference_models", purged_reference_models},
            {"seconds", seconds},
            {"total_seconds", total_seconds},
            {"before_audit_id", before_audit_id ? json(*before_audit_id) : json()},
            {"after_audit_id", after_audit_id ? json(*after_audit_id) : json()},
            {"params", params},
            {"details", details},
            {"note", note},
            {"update_log_bytes", update_log_bytes},
            {"residual_spent", residual_spent ? json(*residual_spent) : json()},
            {"residual_budget", residual_budget ? json(*residual_budget) : json()}};
}

const std::vector<std::string> &exact_methods() {
    static const std::vector<std::string> m = {"retrain", "sisa"};
    return m;
}

namespace {

// A --records file: one record key per line ('#' starts a comment line), or
// a CSV table with a record_id column (an exported score table). Every key
// must be a record of the project; the message names the first that is not.
std::vector<int64_t> read_records_file(Lineage &lin, const std::string &path) {
    const std::string bytes = read_file(path);
    std::vector<std::pair<std::string, int>> keys;
    const auto first_line = bytes.substr(0, bytes.find('\n'));
    if (first_line.find("record_id") != std::string::npos || first_line.find("record_key") != std::string::npos) {
        // A table: an exported score table's record_key column (its record_id
        // is the internal id), or a record_id column of keys.
        const CsvTable t = parse_csv(bytes, path);
        const size_t c = t.find("record_key") ? *t.find("record_key") : t.column("record_id", path);
        for (size_t i = 0; i < t.rows.size(); ++i) keys.emplace_back(t.rows[i][c], t.lines[i]);
    } else {
        std::istringstream in(bytes);
        std::string line;
        int lineno = 0;
        while (std::getline(in, line)) {
            ++lineno;
            if (lineno == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
            line.erase(0, line.find_first_not_of(" \t\r,"));
            line.erase(line.find_last_not_of(" \t\r,") + 1);
            if (line.empty() || line[0] == '#') continue;
            keys.emplace_back(line, lineno);
        }
    }
    std::vector<std::string> wanted;
    for (const auto &k : keys) wanted.push_back(k.first);
    const auto found = lin.record_ids_by_key(wanted);
    std::vector<int64_t> out;
    for (const auto &[key, line] : keys) {
        const auto it = found.find(key);
        if (it == found.end())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1:%2: record '%3' is not in the project"), path, line, key));
        out.push_back(it->second);
    }
    return out;
}

} // namespace

std::vector<int64_t> resolve_selection(Project &project, const Selection &s) {
    auto &lin = project.lineage();
    std::vector<int64_t> ids = s.record_ids;
    for (const auto &p : s.subjects) {
        const auto sid = lin.subject_id(p, false); // BadInput: unknown subject
        const auto r = lin.record_ids_of_subject(sid);
        ids.insert(ids.end(), r.begin(), r.end());
    }
    if (!s.records_file.empty()) {
        const auto from_file = read_records_file(lin, s.records_file);
        ids.insert(ids.end(), from_file.begin(), from_file.end());
    }
    if (!s.query.empty()) {
        const auto q = lin.record_ids_matching(s.query);
        if (q.empty())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "the query '%1' matches no record of the project"), s.query));
        ids.insert(ids.end(), q.begin(), q.end());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

namespace {

// The newest live model that suits the method and was trained on at least one
// selected record; the message names which model holds which records.
int64_t default_model(Lineage &lin, const MethodInfo &method, const std::vector<int64_t> &selected) {
    const std::set<int64_t> sel(selected.begin(), selected.end());
    std::optional<int64_t> pick;
    std::string holders, live; // "6 (sisa): 3, 9 (monolithic): 0" and "6, 9": no words, the template has them
    int64_t held_anywhere = 0;
    for (const auto &m : lin.models()) {
        if (m.state != ArtifactState::Live || m.origin == ModelOrigin::Reference || !m.run_id) continue;
        int64_t held = 0;
        for (const auto &p : lin.placements(*m.run_id)) held += sel.count(p.record_id);
        holders += (holders.empty() ? "" : ", ") + std::to_string(m.id) + " (" + to_string(m.kind) +
                   "): " + std::to_string(held);
        live += (live.empty() ? "" : ", ") + std::to_string(m.id);
        held_anywhere += held;
        if (held == 0 || (method.needs_sisa && m.kind != ModelKind::Sisa)) continue;
        pick = m.id; // models() is by id: the last one that fits is the newest
    }
    if (pick) return *pick;
    if (holders.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "the project has no live model to forget from; train one first")));
    if (held_anywhere == 0) {
        // Never trained on (test or population records) is not the same as forgotten.
        std::set<int64_t> train;
        for (const auto &r : lin.records("train")) train.insert(r.id);
        if (std::none_of(selected.begin(), selected.end(), [&](int64_t id) { return train.count(id) > 0; }))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "none of the %1 selected records is a training record (they "
                                                      "are test or population records): no model trained on them, "
                                                      "so there is nothing to erase"),
                          selected.size()));
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no live model holds any of the %1 selected records any more: they "
                                                  "are forgotten from every model (live models: %2); nothing is "
                                                  "left to erase"),
                      selected.size(), live));
    }
    bad_input(method.needs_sisa
                  ? msg(QT_TRANSLATE_NOOP("Engine", "no live model that is a SISA ensemble holds any of the %1 "
                                                    "selected records (records held per live model: %2); choose "
                                                    "another model or method"),
                        selected.size(), holders)
                  : msg(QT_TRANSLATE_NOOP("Engine", "no live model holds any of the %1 selected records (records held "
                                                    "per live model: %2); choose another model or method"),
                        selected.size(), holders));
}

// The update logs of one shard of a run, joined in stage order (empty when
// the run recorded none); each file's hash is checked.
std::string shard_update_log(Project &project, const std::vector<UpdateLogRow> &logs, int shard) {
    UpdateRecorder joined;
    for (const auto &u : logs) {
        if (u.shard != shard || u.state != ArtifactState::Live) continue;
        const std::string full = project.resolve(u.path);
        const std::string bytes = read_file(full);
        if (sha256_hex(bytes) != u.sha256)
            bad_input(
                msg(QT_TRANSLATE_NOOP(
                        "Engine", "%1: update log changed since it was recorded (SHA-256 does not match the lineage)"),
                    full));
        joined.append(bytes);
    }
    return joined.bytes();
}

// Deletes update-log files marked purging and marks them purged, logging each.
void purge_update_logs(Project &project, int64_t job_id) {
    auto &lin = project.lineage();
    std::set<std::string> done;
    for (const auto &u : update_logs_in_state(lin, ArtifactState::Purging)) {
        std::error_code ec;
        bool existed = false;
        if (!done.count(u.path)) {
            existed = std::filesystem::remove(project.resolve(u.path), ec);
            if (ec)
                internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot delete during purge: %2"),
                                   project.resolve(u.path), ec.message()));
            done.insert(u.path);
        }
        auto tx = lin.begin();
        set_update_log_state(lin, u.id, ArtifactState::Purged);
        lin.append_log("lethe", "artifact.purged",
                       {{"table", "update_logs"},
                        {"id", u.id},
                        {"path", u.path},
                        {"sha256", u.sha256},
                        {"job_id", job_id},
                        {"file_existed", existed}});
        tx->commit();
    }
}

std::string slug(const std::string &method) {
    std::string s;
    for (char ch : method) s += std::isalnum(static_cast<unsigned char>(ch)) ? ch : (ch == '+' ? 'p' : '-');
    return s;
}

} // namespace

namespace {

// What a forget job reads before it writes anything: the method, the
// selection, the case, the input model and what of the selection it holds.
// Every refusal happens here, so forget() and preview_purge() refuse alike.
struct ForgetInput {
    const MethodInfo *info = nullptr;
    json params;
    std::vector<int64_t> selected;
    std::optional<int64_t> request_id;
    std::optional<RequestRow> request;
    int64_t model_id = 0;
    ModelRow input;
    RunRow in_run;
    TrainConfig cfg;
    std::vector<Placement> placements;
    std::vector<int64_t> fset_v;    // the selected records the input trained on
    std::map<int, int> first_dirty; // shard -> first slice holding a forgotten record
};

// This job's records and every record an earlier job erased, sorted, once
// each: the reference models trained on any of them are purged (an earlier
// job of the case may have left its purge to this one).
std::vector<int64_t> erased_with(Lineage &lin, const std::vector<int64_t> &records) {
    std::vector<int64_t> erased = records;
    for (const auto &[rid, j] : erased_records(lin)) erased.push_back(rid);
    std::sort(erased.begin(), erased.end());
    erased.erase(std::unique(erased.begin(), erased.end()), erased.end());
    return erased;
}

// The model files and live checkpoints a job may read, against the SHA-256
// the lineage stored: a changed file is refused before the job's row exists,
// not found halfway through with a failed job left behind.
void check_input_files(Project &project, const ForgetInput &in) {
    auto &lin = project.lineage();
    std::vector<std::pair<std::string, std::string>> files; // path, sha256
    if (!in.input.path.empty()) files.emplace_back(in.input.path, in.input.sha256);
    if (in.input.kind == ModelKind::Sisa)
        for (const auto &sm : lin.shard_models(in.model_id)) files.emplace_back(sm.path, sm.sha256);
    for (const auto &cp : lin.checkpoints(in.in_run.id))
        if (cp.state == ArtifactState::Live) files.emplace_back(cp.path, cp.sha256);
    for (const auto &[rel, sha] : files) {
        if (rel.empty() || sha.empty()) continue;
        const std::string full = project.resolve(rel);
        if (sha256_file(full) != sha)
            bad_input(msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "%1: file changed since it was recorded (SHA-256 does not match the lineage database)"),
                full));
    }
}

ForgetInput resolve_forget_input(Project &project, const ForgetOptions &o) {
    auto &lin = project.lineage();
    ForgetInput in;
    in.info = find_method(o.method);
    if (!in.info)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "unknown method '%1' (available: %2)"), o.method, method_names()));
    in.params = merge_method_params(*in.info, o.params);
    if (o.selection.empty())
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "nothing selected: give --subject, --records or --query")));
    in.selected = resolve_selection(project, o.selection);
    // The erasure request this job serves.
    in.request_id = o.request_id;
    if (!in.request_id && o.selection.subjects.size() == 1)
        if (auto r = lin.open_request_for_subject(lin.subject_id(o.selection.subjects[0], false)))
            in.request_id = r->id;
    // A closed case takes no job: refused before anything is written.
    if (in.request_id) {
        in.request = case_row(lin, *in.request_id);
        require_case_takes_jobs(*in.request);
    }
    const int64_t model_id = in.model_id = o.model_id ? *o.model_id : default_model(lin, *in.info, in.selected);
    in.input = lin.model(model_id);
    const ModelRow &input = in.input;
    if (input.kind == ModelKind::Shard)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "model %1 is one shard of ensemble %2; forget from the ensemble"),
                        model_id, input.ensemble_id.value_or(0)));
    if (input.state != ArtifactState::Live)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1 was purged; forget from a live model"), model_id));
    if (!input.run_id)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1 has no training run in the lineage"), model_id));
    if (o.method == "sisa" && input.kind != ModelKind::Sisa)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "method sisa needs a SISA ensemble; model %1 is %2"), model_id,
                        to_string(input.kind)));
    in.in_run = lin.run(*input.run_id);
    in.cfg = TrainConfig::from_json(in.in_run.config);
    in.placements = lin.placements(in.in_run.id);
    std::set<int64_t> trained;
    for (const auto &p : in.placements) trained.insert(p.record_id);
    for (auto id : in.selected)
        if (trained.count(id)) in.fset_v.push_back(id);
    if (in.fset_v.empty())
        bad_input(msg(
            QT_TRANSLATE_NOOP(
                "Engine", "model %1 was not trained on any of the %2 selected records; choose a model that holds them"),
            model_id, in.selected.size()));
    if (in.fset_v.size() == trained.size())
        bad_input(msg(
            QT_TRANSLATE_NOOP(
                "Engine", "the selection covers every training record of model %1; nothing would remain to train on"),
            model_id));
    const std::set<int64_t> fset(in.fset_v.begin(), in.fset_v.end());
    for (const auto &p : in.placements)
        if (fset.count(p.record_id)) {
            auto it = in.first_dirty.find(p.shard);
            if (it == in.first_dirty.end() || p.slice < it->second) in.first_dirty[p.shard] = p.slice;
        }
    check_input_files(project, in);
    return in;
}

} // namespace

PurgePreview preview_purge(Project &project, const ForgetOptions &o) {
    auto &lin = project.lineage();
    const ForgetInput in = resolve_forget_input(project, o);
    PurgePreview pv;
    pv.model_id = in.model_id;
    pv.model_kind = in.input.kind;
    std::set<std::string> kept_paths;
    if (!o.keep_input) {
        if (in.input.kind == ModelKind::Sisa) {
            for (const auto &sm : lin.shard_models(in.model_id))
                if (in.first_dirty.count(sm.shard)) ++pv.models;
        } else {
            pv.models = 1;
        }
    } else if (in.input.kind == ModelKind::Sisa) {
        for (const auto &sm : lin.shard_models(in.model_id)) kept_paths.insert(sm.path);
    } else {
        kept_paths.insert(in.input.path);
    }
    for (const auto &cp : lin.checkpoints(in.in_run.id)) {
        const auto it = in.first_dirty.find(cp.shard);
        if (cp.state == ArtifactState::Live && it != in.first_dirty.end() && cp.stage >= it->second &&
            !kept_paths.count(cp.path))
            ++pv.checkpoints;
    }
    for (const auto &u : update_logs(lin, in.in_run.id)) {
        const auto it = in.first_dirty.find(u.shard);
        if (u.state == ArtifactState::Live && it != in.first_dirty.end() && u.stage >= it->second) ++pv.update_logs;
    }
    if (o.purge_reference_models) {
        for (const auto &[pool_id, mask] : reference_masks_of_records(lin, erased_with(lin, in.fset_v)))
            for (const auto &m : reference_models(lin, pool_id))
                if (m.state == ArtifactState::Live && size_t(m.idx) < mask.size() && mask[size_t(m.idx)] == '1')
                    ++pv.reference_models;
    }
    return pv;
}

std::string PurgePreview::text() const {
    std::vector<std::string> parts;
    const std::string m = "model " + std::to_string(model_id);
    if (models > 0)
        parts.push_back(model_kind == ModelKind::Sisa ? std::to_string(models) + " shard file(s) of " + m
                                                      : "the file of " + m);
    if (checkpoints > 0)
        parts.push_back(std::to_string(checkpoints) + " checkpoint(s) of " + m + " that saw the records");
    if (update_logs > 0) parts.push_back(std::to_string(update_logs) + " update log(s) that recorded them");
    if (reference_models > 0)
        parts.push_back(std::to_string(reference_models) +
                        " reference model(s) trained on the records (after the audit)");
    if (parts.empty()) return "Nothing will be deleted.";
    std::string s = "The job will delete ";
    for (size_t i = 0; i < parts.size(); ++i) s += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return s + ". The lineage keeps their hashes; the files cannot be restored.";
}

namespace {

// One forget job's working state, filled stage by stage (forget() below runs
// the stages in order).
struct ForgetWork {
    ForgetWork(Project &p, const ForgetOptions &opt, const RunControl &control, const ForgetInput &input,
               const TensorStore &s, const torch::Device &dev)
        : project(p), lin(p.lineage()), o(opt), rc(control), in(input), info(*input.info), store(s), device(dev),
          fset(input.fset_v.begin(), input.fset_v.end()), in_logs(update_logs(p.lineage(), input.in_run.id)) {}

    Project &project;
    Lineage &lin;
    const ForgetOptions &o;
    const RunControl &rc;
    const ForgetInput &in;
    const MethodInfo &info;
    const TensorStore &store;
    const torch::Device device;
    const std::set<int64_t> fset; // the selected records the input trained on
    const std::vector<UpdateLogRow> in_logs;

    JobRow job;
    std::unique_ptr<JobLock> lock;
    std::string out_dir;
    bool committed = false;
    ForgetResult res;

    // The plan and what it made.
    std::vector<Placement> kept; // placements after forgetting
    std::vector<CheckpointRow> in_cps;
    ModelSpec spec;
    std::vector<CheckpointRow> reused;
    std::vector<TrainedCheckpoint> made; // checkpoints this job wrote
    std::set<int> exact_shards;          // shards retrained exactly (their residual budget resets)
    bool run_exact = false, dirty_from_scratch = false;
    std::optional<CertifiedBudget> budget_out, prev_budget;
    std::vector<json> purge_list;

    std::string update_log_dir() const { return "updatelogs/job" + std::to_string(job.id); }
};

// The job row, its records and the case's move to in progress, locked
// before the row is committed.
void start_forget_job(ForgetWork &w) {
    const auto &o = w.o;
    const auto &in = w.in;
    auto &lin = w.lin;
    JobRow &job = w.job;
    job.kind = JobKind::Forget;
    job.method = o.method;
    job.request_id = in.request_id;
    job.input_model_id = in.model_id;
    job.device = device_name(w.device);
    job.status = JobStatus::Running;
    job.params = {{"method", o.method},
                  {"method_kind", w.info.kind},
                  {"method_params", in.params},
                  {"selection",
                   {{"subjects", o.selection.subjects},
                    {"records_file", o.selection.records_file},
                    {"query", o.selection.query}}},
                  {"train_config", in.cfg.to_json()},
                  {"keep_input", o.keep_input},
                  {"audit", o.audit},
                  {"purge_reference_models", o.purge_reference_models}};
    auto tx = lin.begin();
    job.id = lin.insert_job(job);
    // Locked before the row is committed: another process that opens the
    // project sees the job only with its lock held, never as a dead job.
    w.lock = w.project.lock_job(job.id);
    lin.insert_job_records(job.id, in.fset_v);
    if (in.request) case_job_started(lin, *in.request); // open -> in_progress; never answered by a job
    lin.append_log("lethe", "job.started",
                   {{"job_id", job.id},
                    {"kind", "forget"},
                    {"method", o.method},
                    {"input_model_id", in.model_id},
                    {"forget_records", in.fset_v.size()},
                    {"forget_set_sha256", record_set_hash(in.fset_v)},
                    {"request_id", in.request_id ? json(*in.request_id) : json()}});
    tx->commit();
    w.out_dir = "checkpoints/job" + std::to_string(job.id);
    w.res.job_id = job.id;
    w.res.method = o.method;
    w.res.input_model_id = in.model_id;
    w.res.forgotten_records = int64_t(in.fset_v.size());
}

// The audit before or after, on the job's records.
int64_t forget_audit(ForgetWork &w, int64_t model_id, AuditRole role, const RunControl &part) {
    AuditOptions a;
    a.model_id = model_id;
    a.forget_ids = w.in.fset_v;
    a.job_id = w.job.id;
    a.role = role;
    a.device = w.o.device;
    a.executor = w.o.executor; // the scoring pass runs where the job's units run
    return audit_model(w.project, a, part, &w.store).audit_id;
}

// The new version's update log of one shard: every logged batch that held
// no forgotten record (the others are erased with the old log).
void filter_update_log(ForgetWork &w, const std::string &update_log, const std::string &checkpoint_path) {
    std::unique_ptr<UpdateLogWriter> writer;
    scan_update_log(update_log, "update log", [&](const std::vector<int64_t> &ids, const double *delta, int64_t n) {
        if (!writer) writer = std::make_unique<UpdateLogWriter>(n);
        for (auto id : ids)
            if (w.fset.count(id)) return;
        writer->add(ids, delta);
    });
    if (!writer) return;
    const std::string lp = w.project.resolve(update_log_path_for(checkpoint_path));
    std::filesystem::create_directories(std::filesystem::path(lp).parent_path());
    write_file_atomic(lp, writer->bytes());
    w.res.update_log_bytes += int64_t(writer->bytes().size());
}

// One shard's approximate unlearning: the method on a copy of its model,
// saved as a new checkpoint. Returns the method's facts.
json unlearn_shard(ForgetWork &w, int s, const ModelRow &member, const std::vector<int64_t> &test_ids,
                   const unlearn::MethodFn &method_fn, const RunControl &part) {
    const auto &o = w.o;
    const auto &cfg = w.in.cfg;
    unlearn::Context ctx{w.store,  w.spec,      cfg,      {},   {},
                         test_ids, w.in.params, w.device, part, mix_seed(cfg.seed, uint64_t(s), 0x0f06e7),
                         {},       {}};
    for (const auto &p : w.in.placements)
        if (p.shard == s) (w.fset.count(p.record_id) ? ctx.forget_ids : ctx.retain_ids).push_back(p.record_id);
    std::sort(ctx.retain_ids.begin(), ctx.retain_ids.end());
    if (w.in.input.kind == ModelKind::Sisa)
        ctx.label = "shard " + std::to_string(s + 1) + "/" + std::to_string(cfg.shards);
    if (o.method == "amnesiac" || cfg.record_updates) ctx.update_log = shard_update_log(w.project, w.in_logs, s);
    auto net = load_net(w.spec, w.project.resolve(member.path), member.sha256);
    net->to(w.device);
    const auto t_method = std::chrono::steady_clock::now();
    const json facts = method_fn(net, ctx);
    w.res.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t_method).count();
    TrainedCheckpoint tc;
    tc.shard = s;
    tc.stage = cfg.slices - 1;
    tc.retained_hash = record_set_hash(ctx.retain_ids);
    tc.n_records = int64_t(ctx.retain_ids.size());
    tc.path =
        w.out_dir + "/s" + std::to_string(s) + "-" + slug(o.method) + "-" + tc.retained_hash.substr(0, 12) + ".pt";
    if (cfg.record_updates && !ctx.update_log.empty()) filter_update_log(w, ctx.update_log, tc.path);
    tc.sha256 = save_net(net, w.project.resolve(tc.path));
    w.made.push_back(tc);
    return facts;
}

double max_spent(const json &per) {
    double m = 0;
    for (const auto &[k, v] : per.items()) m = std::max(m, v.get<double>());
    return m;
}

// Certified removal's residual budget: this job's bounds added per shard;
// past the budget, the approximate work is discarded and the affected
// shards retrain from scratch instead.
void certified_budget_step(ForgetWork &w, const std::map<int, double> &bounds) {
    auto &lin = w.lin;
    const auto &prev = w.prev_budget;
    const double budget = w.in.params.at("budget").get<double>();
    CertifiedBudget b;
    b.budget = budget;
    b.removals = (prev ? prev->removals : 0) + 1;
    json per = prev ? prev->detail.value("per_shard", json::object()) : json::object();
    bool over = false;
    for (const auto &[s, bound] : bounds) {
        const double spent = per.value(std::to_string(s), 0.0) + bound;
        per[std::to_string(s)] = spent;
        over = over || spent > budget;
    }
    b.spent = std::max(b.spent, max_spent(per));
    b.detail = {{"per_shard", per}, {"last_bounds", bounds.size()}};
    if (over) {
        // Past the budget: say so and retrain the affected shards instead.
        w.res.note = "certified removal would spend a gradient-residual bound of " + std::to_string(b.spent) +
                     ", past the budget " + std::to_string(budget) +
                     "; retrained the affected model(s) from scratch instead";
        discard_uncommitted(w.project, w.out_dir);
        discard_uncommitted(w.project, w.update_log_dir());
        w.made.clear();
        w.res.update_log_bytes = 0;
        {
            auto tx = lin.begin();
            lin.append_log("lethe", "certified.budget_exceeded",
                           {{"job_id", w.job.id},
                            {"input_model_id", w.in.model_id},
                            {"spent", b.spent},
                            {"budget", budget},
                            {"action", "retrain"}});
            tx->commit();
        }
        w.run_exact = true;
        w.dirty_from_scratch = true;
        for (const auto &[s, d] : w.in.first_dirty) per[std::to_string(s)] = 0.0;
        b.spent = max_spent(per);
        b.detail = {{"per_shard", per}, {"retrained", true}};
    }
    w.budget_out = b;
}

// Approximate: the method changes a copy of each affected model; clean
// shards and clean early stages are reused as they are.
void approximate_pass(ForgetWork &w) {
    const auto &o = w.o;
    const auto &in = w.in;
    const auto &first_dirty = in.first_dirty;
    std::map<int, ModelRow> member;
    if (in.input.kind == ModelKind::Sisa)
        for (const auto &sm : w.lin.shard_models(in.model_id)) member[sm.shard] = sm;
    else
        member[0] = in.input;
    std::vector<int64_t> test_ids;
    for (const auto &r : w.lin.records("test")) test_ids.push_back(r.id);
    const auto method_fn = unlearn::method_function(o.method);
    if (!method_fn) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "method %1 has no implementation"), o.method));
    std::filesystem::create_directories(w.project.resolve(w.out_dir));
    size_t i = 0;
    std::map<int, double> bounds;
    for (const auto &[s, dirty] : first_dirty) {
        const auto m = member.find(s);
        if (m == member.end() || m->second.state != ArtifactState::Live)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1: the model of shard %2 is missing or purged"),
                          in.model_id, s));
        const double lo = 0.1 + 0.75 * double(i) / double(first_dirty.size());
        const double hi = 0.1 + 0.75 * double(i + 1) / double(first_dirty.size());
        ++i;
        const json facts = unlearn_shard(w, s, m->second, test_ids, method_fn, w.rc.part(lo, hi));
        w.res.details[std::to_string(s)] = facts;
        if (facts.contains("residual_bound")) bounds[s] = facts["residual_bound"].get<double>();
    }
    if (o.method == "certified") {
        certified_budget_step(w, bounds);
    } else if (w.prev_budget) {
        // Another approximate method voids the certificate of the shards it changes.
        CertifiedBudget b = *w.prev_budget;
        b.detail["certificate_void"] = true;
        w.budget_out = b;
    }
    if (w.run_exact) return;
    for (const auto &cp : w.in_cps) {
        if (cp.state != ArtifactState::Live) continue;
        const auto d = first_dirty.find(cp.shard);
        if (d != first_dirty.end() && (cp.stage >= d->second || cp.stage == in.cfg.slices - 1)) continue;
        w.reused.push_back(cp);
    }
}

// The exact plan: per shard, the stage it retrains from (its clean earlier
// stages reused), or none.
std::vector<ShardPlan> exact_plans(ForgetWork &w) {
    const auto &cfg = w.in.cfg;
    const auto &first_dirty = w.in.first_dirty;
    std::vector<ShardPlan> plans;
    for (int s = 0; s < cfg.shards; ++s) {
        const auto dirty = first_dirty.find(s);
        int start = w.o.method == "retrain" ? 0 : dirty == first_dirty.end() ? cfg.slices : dirty->second;
        if (w.dirty_from_scratch && dirty != first_dirty.end()) start = 0;
        // A stage an approximate version left out: retrain from there.
        for (int r = 0; r < start; ++r)
            if (!find_checkpoint(w.in_cps, s, r)) {
                start = r;
                break;
            }
        std::vector<CheckpointRow> mine;
        for (int r = 0; r < start; ++r) {
            const auto *cp = find_checkpoint(w.in_cps, s, r);
            if (!cp || cp->state != ArtifactState::Live)
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "checkpoint of shard %1, stage %2 of run %3 is missing or purged"),
                        s, r, w.in.in_run.id));
            mine.push_back(*cp);
        }
        w.reused.insert(w.reused.end(), mine.begin(), mine.end());
        if (start < cfg.slices) {
            ShardPlan plan{s, start, {}, {}};
            if (start > 0) {
                plan.start_path = mine.back().path;
                plan.start_sha256 = mine.back().sha256;
            }
            plans.push_back(plan);
            w.res.shards_retrained.push_back(s);
            w.exact_shards.insert(s);
        }
    }
    return plans;
}

// The planned shard retrains as work units on the executor (a Slurm array):
// each trains into its staging folder; the checked checkpoints move into
// the job's folder, as train_shards would have written them. Update logs
// (amnesiac) are not carried: such runs retrain here.
TrainOutput train_on_executor(ForgetWork &w, const std::vector<ShardPlan> &plans) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::string staging = "staging/forget/job" + std::to_string(w.job.id);
    auto cleanup = [&] {
        std::error_code ec;
        std::filesystem::remove_all(w.project.resolve(staging), ec);
        tidy_staging(w.project.root(), w.project.resolve("staging/forget"));
    };
    std::vector<std::string> units;
    for (const auto &p : plans)
        units.push_back(
            write_shard_unit(w.project, staging + "/s" + std::to_string(p.shard), w.in.cfg, w.spec, w.kept, p));
    std::vector<UnitOutcome> outcomes;
    try {
        outcomes = w.o.executor->run(units, w.rc.part(0.1, 0.85));
    } catch (...) {
        cleanup();
        throw;
    }
    TrainOutput out;
    std::string failed;
    for (size_t i = 0; i < units.size(); ++i) {
        std::string why;
        const auto r = checked_unit_result(w.project.root(), units[i], &why);
        if (!r) {
            failed += "\n  shard " + std::to_string(plans[i].shard) + ": " +
                      (i < outcomes.size() && !outcomes[i].message.empty() ? outcomes[i].message : why);
            continue;
        }
        for (auto &c : take_shard_unit(w.project, *r, w.out_dir)) out.checkpoints.push_back(std::move(c));
        out.samples += r->value("samples", int64_t(0));
    }
    cleanup();
    if (!failed.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "the shard retrains failed on %1; nothing was committed:%2"),
                      w.o.executor->name(), failed));
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

// Exact: the dirty shards retrain without the records, from their first
// dirty stage (or from scratch); their residual budget resets.
void exact_pass(ForgetWork &w) {
    const auto &cfg = w.in.cfg;
    const auto plans = exact_plans(w);
    if (w.spec.arch == "torchscript" && w.dirty_from_scratch && !w.res.shards_retrained.empty()) {
        const std::string init = script_reinit_note(w.spec);
        w.res.note = w.res.note.empty() ? init : w.res.note + "; " + init;
    }
    const auto out =
        w.o.executor && !cfg.record_updates && !plans.empty()
            ? train_on_executor(w, plans)
            : train_shards(w.project, w.store, w.spec, cfg, w.kept, plans, w.out_dir, w.device, w.rc.part(0.1, 0.85));
    w.res.seconds += out.seconds;
    w.res.update_log_bytes += out.update_log_bytes;
    w.made = out.checkpoints;
    auto reset_exact = [&](CertifiedBudget &b) {
        json per = b.detail.value("per_shard", json::object());
        for (int s : w.exact_shards) per[std::to_string(s)] = 0.0;
        b.detail["per_shard"] = per;
        b.spent = max_spent(per);
    };
    if (w.budget_out && w.o.method != "certified") {
        reset_exact(*w.budget_out);
    } else if (w.prev_budget && !w.budget_out) {
        CertifiedBudget b = *w.prev_budget;
        reset_exact(b);
        w.budget_out = b;
    }
}

// Inside the commit: every checkpoint and update log of the input run whose
// records include a forgotten one is marked for the purge.
void mark_stale_artifacts(ForgetWork &w) {
    auto &lin = w.lin;
    const auto &in = w.in;
    const auto &first_dirty = in.first_dirty;
    std::set<std::string> kept_paths;
    if (w.o.keep_input) {
        if (in.input.kind == ModelKind::Sisa)
            for (const auto &sm : lin.shard_models(in.model_id)) kept_paths.insert(sm.path);
        else
            kept_paths.insert(in.input.path);
    }
    for (const auto &cp : w.in_cps) {
        if (cp.state != ArtifactState::Live) continue;
        const auto it = first_dirty.find(cp.shard);
        if (it == first_dirty.end() || cp.stage < it->second || kept_paths.count(cp.path)) continue;
        lin.set_checkpoint_state(cp.id, ArtifactState::Purging);
        w.purge_list.push_back({{"checkpoint_id", cp.id}, {"path", cp.path}, {"sha256", cp.sha256}});
        ++w.res.purged_checkpoints;
        // The same file reused by other runs (sequential requests share
        // clean checkpoints) or as an older version's shard model: every
        // row pointing at it goes with it.
        for (const auto &other : lin.checkpoints_at_path(cp.path))
            if (other.id != cp.id && other.state == ArtifactState::Live)
                lin.set_checkpoint_state(other.id, ArtifactState::Purging);
        for (const auto &m : lin.models(true))
            if (m.path == cp.path && m.state == ArtifactState::Live && !kept_paths.count(m.path))
                lin.set_model_state(m.id, ArtifactState::Purging);
    }
    // Update logs that recorded a forgotten record's batches.
    for (const auto &u : w.in_logs) {
        if (u.state != ArtifactState::Live) continue;
        const auto it = first_dirty.find(u.shard);
        if (it == first_dirty.end() || u.stage < it->second) continue;
        for (const auto &same : update_logs_at_path(lin, u.path))
            if (same.state == ArtifactState::Live) set_update_log_state(lin, same.id, ArtifactState::Purging);
        w.purge_list.push_back({{"update_log_id", u.id}, {"path", u.path}, {"sha256", u.sha256}});
    }
}

// Inside the commit: reference-pool models that trained on a forgotten
// record, in every pool, marked now and deleted after the after-audit
// (which still uses the full pool; its summary records the models'
// hashes). Not affected by keep_input, which keeps the input model only:
// the pool is no model the operator asked to keep, and half of it saw
// every subject. Every erased record counts, not only this job's: an
// earlier job of the case may have left its purge to this one (lethe
// investigate audits each job of a case against the full pools), and a
// project erased from before schema v4 still has such models.
void mark_reference_purges_of_job(ForgetWork &w) {
    auto &lin = w.lin;
    const auto &fset_v = w.in.fset_v;
    if (w.o.purge_reference_models) {
        for (const auto &e : mark_reference_purges(lin, erased_with(lin, fset_v), w.job.id)) {
            w.purge_list.push_back(e);
            ++w.res.purged_reference_models;
        }
        return;
    }
    lin.append_log("lethe", "reference_pool.purge_deferred",
                   {{"job_id", w.job.id},
                    {"request_id", w.in.request_id ? json(*w.in.request_id) : json()},
                    {"records", fset_v.size()},
                    {"forget_set_sha256", record_set_hash(fset_v)},
                    {"reason", "a later job of the same case audits with the full pools and purges"}});
}

// Inside the commit: the input model goes, unless the operator keeps it.
void mark_input_purge(ForgetWork &w) {
    if (w.o.keep_input) return;
    auto &lin = w.lin;
    const auto &in = w.in;
    if (in.input.kind == ModelKind::Sisa) {
        for (const auto &sm : lin.shard_models(in.model_id))
            if (in.first_dirty.count(sm.shard)) {
                lin.set_model_state(sm.id, ArtifactState::Purging);
                ++w.res.purged_models;
            }
        lin.set_model_state(in.model_id, ArtifactState::Purged); // the ensemble row has no file of its own
    } else {
        lin.set_model_state(in.model_id, ArtifactState::Purging);
        ++w.res.purged_models;
    }
}

// One transaction: the new model, its lineage, the job, and the purge decision.
void commit_forget(ForgetWork &w) {
    auto &lin = w.lin;
    const auto &o = w.o;
    const auto &in = w.in;
    auto &res = w.res;
    ModelCommit c;
    c.job_id = w.job.id;
    c.cfg = in.cfg;
    c.spec = w.spec;
    c.device = w.job.device;
    c.origin = o.method == "retrain" ? ModelOrigin::Reference : ModelOrigin::Unlearned;
    c.parent_model_id = in.model_id;
    c.placements = w.kept;
    c.unlearning = {{"method", o.method},
                    {"kind", w.info.kind},
                    {"params", in.params},
                    {"job_id", w.job.id},
                    {"parent_model_id", in.model_id},
                    {"exact", w.run_exact}};
    for (const auto &r : w.reused) c.checkpoints.push_back(r);
    for (const auto &tc : w.made)
        c.checkpoints.push_back(
            {0, 0, tc.shard, tc.stage, tc.path, tc.sha256, tc.retained_hash, ArtifactState::Live, tc.n_records});
    auto tx = lin.begin();
    const auto cm = commit_model(lin, c);
    res.output_model_id = cm.model_id;
    mark_stale_artifacts(w);
    mark_reference_purges_of_job(w);
    if (w.budget_out) {
        w.budget_out->model_id = res.output_model_id;
        w.budget_out->job_id = w.job.id;
        put_certified_budget(lin, *w.budget_out);
        res.residual_spent = w.budget_out->spent;
        res.residual_budget = w.budget_out->budget;
    }
    mark_input_purge(w);
    w.job.status = JobStatus::Done;
    w.job.output_model_id = res.output_model_id;
    w.job.finished_at = now_iso8601();
    w.job.result = res.to_json();
    lin.update_job(w.job);
    lin.append_log("lethe", "forget.done",
                   {{"job_id", w.job.id},
                    {"method", o.method},
                    {"input_model_id", in.model_id},
                    {"output_model_id", res.output_model_id},
                    {"forgotten_records", in.fset_v.size()},
                    {"shards_retrained", res.shards_retrained},
                    {"purge", w.purge_list},
                    {"keep_input", o.keep_input},
                    {"seconds", res.seconds},
                    {"params", in.params},
                    {"note", res.note}});
    tx->commit();
    w.committed = true;
}

// After the commit: the after-audit (or the test accuracy alone), the
// deferred reference purges and the job's closing entry.
void finish_forget(ForgetWork &w, std::chrono::steady_clock::time_point t0) {
    auto &lin = w.lin;
    auto &res = w.res;
    if (w.o.audit) {
        res.after_audit_id = forget_audit(w, res.output_model_id, AuditRole::After, w.rc.part(0.85, 1.0));
    } else {
        const double acc = test_accuracy(w.project, w.store, res.output_model_id, w.device, w.rc.part(0.85, 1.0));
        auto tx = lin.begin();
        lin.set_model_test_accuracy(res.output_model_id, acc);
        tx->commit();
    }
    complete_reference_purges(w.project, w.job.id);
    res.total_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    w.job.result = res.to_json();
    auto tx = lin.begin();
    lin.update_job(w.job);
    lin.append_log("lethe", "job.done", {{"job_id", w.job.id}, {"total_seconds", res.total_seconds}});
    tx->commit();
}

} // namespace

ForgetResult forget(Project &project, const ForgetOptions &o, const RunControl &rc) {
    const auto t0 = std::chrono::steady_clock::now();
    const ForgetInput in = resolve_forget_input(project, o);
    const auto device = pick_device(o.device); // an unusable device is refused before the data is read
    {
        const auto logs = update_logs(project.lineage(), in.in_run.id);
        if (in.info->needs_update_log && std::none_of(logs.begin(), logs.end(), [](const UpdateLogRow &u) {
                return u.state == ArtifactState::Live;
            }))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine",
                                            "method %1 needs the update log of model %2's training run, which was "
                                            "trained without record_updates; retrain with it or choose another method"),
                          o.method, in.model_id));
    }
    // Bad data fails here, before anything is written.
    const auto store = TensorStore::load(project, rc);
    ForgetWork w(project, o, rc, in, store, device);
    start_forget_job(w);
    try {
        if (o.audit) w.res.before_audit_id = forget_audit(w, in.model_id, AuditRole::Before, rc.part(0.0, 0.1));
        // Placements after forgetting; the plan of which shards retrain from where.
        for (const auto &p : in.placements)
            if (!w.fset.count(p.record_id)) w.kept.push_back(p);
        w.in_cps = w.lin.checkpoints(in.in_run.id);
        w.spec = ModelSpec::from_json(in.input.spec);
        resolve_script(w.spec, project);
        w.res.params = in.params;
        w.run_exact = w.info.kind == MethodKind::Exact;
        w.dirty_from_scratch = o.method == "retrain";
        w.prev_budget = certified_budget(w.lin, in.model_id);
        if (!w.run_exact) approximate_pass(w);
        if (w.run_exact)
            exact_pass(w);
        else
            for (const auto &[s, d] : in.first_dirty) w.res.shards_retrained.push_back(s); // changed, approximately
        crash_point("after-artifacts");
        commit_forget(w);
        crash_point("after-commit");
        project.complete_purges(w.job.id);
        purge_update_logs(project, w.job.id);
        finish_forget(w, t0);
        return w.res;
    } catch (const std::exception &e) {
        if (w.committed) {
            // The after-audit failed or was cancelled: the erasure still completes.
            try {
                complete_reference_purges(project, w.job.id);
            } catch (const std::exception &) {
                // Left 'purging': the next opening of the project finishes it.
            }
        } else {
            discard_uncommitted(project, w.out_dir);
            discard_uncommitted(project, w.update_log_dir());
            fail_job(w.lin, w.job, e); // the case stays in progress: a job of it ran (the log says it failed)
        }
        throw;
    }
}

std::vector<std::vector<int64_t>> update_log_batches(Project &project, int64_t model_id, int shard) {
    auto &lin = project.lineage();
    const auto m = lin.model(model_id);
    if (!m.run_id) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1 has no training run"), model_id));
    std::vector<std::vector<int64_t>> out;
    scan_update_log(shard_update_log(project, update_logs(lin, *m.run_id), shard), "update log",
                    [&](const std::vector<int64_t> &ids, const double *, int64_t) { out.push_back(ids); });
    return out;
}

} // namespace lethe
