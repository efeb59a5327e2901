#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "data/tensor_store.h"
#include "jobs/cases.h"
#include "jobs/job_support.h"
#include "jobs/model_commit.h"
#include "jobs/operations.h"
#include "lineage/audit_queries.h"
#include "lineage/unlearn_queries.h"
#include "model/net.h"
#include "project/project.h"
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

std::vector<int64_t> resolve_selection(Project &project, const Selection &s) {
    auto &lin = project.lineage();
    std::vector<int64_t> ids = s.record_ids;
    for (const auto &p : s.subjects) {
        const auto sid = lin.subject_id(p, false); // BadInput: unknown subject
        const auto r = lin.record_ids_of_subject(sid);
        ids.insert(ids.end(), r.begin(), r.end());
    }
    if (!s.records_file.empty()) {
        std::ifstream in(s.records_file);
        if (!in) bad_input(s.records_file + ": cannot be read");
        std::string line;
        int lineno = 0;
        std::vector<int64_t> from_file;
        while (std::getline(in, line)) {
            ++lineno;
            const auto hash = line.find('#');
            if (hash != std::string::npos) line = line.substr(0, hash);
            line.erase(0, line.find_first_not_of(" \t\r,"));
            line.erase(line.find_last_not_of(" \t\r,") + 1);
            if (line.empty()) continue;
            char *end = nullptr;
            const long long v = std::strtoll(line.c_str(), &end, 10);
            if (*end != '\0' || v <= 0)
                bad_input(s.records_file + ":" + std::to_string(lineno) + ": not a record id: '" + line + "'");
            from_file.push_back(v);
        }
        const auto exist = lin.existing_record_ids(from_file);
        if (exist.size() != from_file.size()) {
            const std::set<int64_t> have(exist.begin(), exist.end());
            for (auto id : from_file)
                if (!have.count(id))
                    bad_input(s.records_file + ": record " + std::to_string(id) + " is not in the project");
        }
        ids.insert(ids.end(), from_file.begin(), from_file.end());
    }
    if (!s.query.empty()) {
        const auto q = lin.record_ids_matching(s.query);
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
    std::string holders;
    int64_t held_anywhere = 0;
    for (const auto &m : lin.models()) {
        if (m.state != "live" || m.origin == "reference" || !m.run_id) continue;
        int64_t held = 0;
        for (const auto &p : lin.placements(*m.run_id)) held += sel.count(p.record_id);
        holders += (holders.empty() ? "" : ", ") + std::string("model ") + std::to_string(m.id) + " (" + m.kind +
                   ") holds " + std::to_string(held);
        held_anywhere += held;
        if (held == 0 || (method.needs_sisa && m.kind != "sisa")) continue;
        pick = m.id; // models() is by id: the last one that fits is the newest
    }
    if (pick) return *pick;
    if (holders.empty()) bad_input("the project has no live model to forget from; train one first");
    if (held_anywhere == 0)
        bad_input("no live model holds any of the " + std::to_string(selected.size()) +
                  " selected records any more: they are forgotten from every model (" + holders +
                  "); nothing is left to erase");
    bad_input("no live model" + std::string(method.needs_sisa ? " that is a SISA ensemble" : "") +
              " holds any of the " + std::to_string(selected.size()) + " selected records (" + holders +
              "); choose another model or method");
}

// The update logs of one shard of a run, joined in stage order (empty when
// the run recorded none); each file's hash is checked.
std::string shard_update_log(Project &project, const std::vector<UpdateLogRow> &logs, int shard) {
    UpdateRecorder joined;
    for (const auto &u : logs) {
        if (u.shard != shard || u.state != "live") continue;
        const std::string full = project.resolve(u.path);
        const std::string bytes = read_file(full);
        if (sha256_hex(bytes) != u.sha256)
            bad_input(full + ": update log changed since it was recorded (SHA-256 does not match the lineage)");
        joined.append(bytes);
    }
    return joined.bytes();
}

// Deletes update-log files marked purging and marks them purged, logging each.
void purge_update_logs(Project &project, int64_t job_id) {
    auto &lin = project.lineage();
    std::set<std::string> done;
    for (const auto &u : update_logs_in_state(lin, "purging")) {
        std::error_code ec;
        bool existed = false;
        if (!done.count(u.path)) {
            existed = std::filesystem::remove(project.resolve(u.path), ec);
            if (ec) internal_error(project.resolve(u.path) + ": cannot delete during purge: " + ec.message());
            done.insert(u.path);
        }
        auto tx = lin.begin();
        set_update_log_state(lin, u.id, "purged");
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

ForgetInput resolve_forget_input(Project &project, const ForgetOptions &o) {
    auto &lin = project.lineage();
    ForgetInput in;
    in.info = find_method(o.method);
    if (!in.info) usage_error("unknown method '" + o.method + "' (available: " + method_names() + ")");
    in.params = merge_method_params(*in.info, o.params);
    if (o.selection.empty()) usage_error("nothing selected: give --subject, --records or --query");
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
    if (input.kind == "shard")
        usage_error("model " + std::to_string(model_id) + " is one shard of ensemble " +
                    std::to_string(input.ensemble_id.value_or(0)) + "; forget from the ensemble");
    if (input.state != "live") bad_input("model " + std::to_string(model_id) + " was purged; forget from a live model");
    if (!input.run_id) bad_input("model " + std::to_string(model_id) + " has no training run in the lineage");
    if (o.method == "sisa" && input.kind != "sisa")
        usage_error("method sisa needs a SISA ensemble; model " + std::to_string(model_id) + " is " + input.kind);
    in.in_run = lin.run(*input.run_id);
    in.cfg = TrainConfig::from_json(in.in_run.config);
    in.placements = lin.placements(in.in_run.id);
    std::set<int64_t> trained;
    for (const auto &p : in.placements) trained.insert(p.record_id);
    for (auto id : in.selected)
        if (trained.count(id)) in.fset_v.push_back(id);
    if (in.fset_v.empty())
        bad_input("model " + std::to_string(model_id) + " was not trained on any of the " +
                  std::to_string(in.selected.size()) + " selected records; choose a model that holds them");
    if (in.fset_v.size() == trained.size())
        bad_input("the selection covers every training record of model " + std::to_string(model_id) +
                  "; nothing would remain to train on");
    const std::set<int64_t> fset(in.fset_v.begin(), in.fset_v.end());
    for (const auto &p : in.placements)
        if (fset.count(p.record_id)) {
            auto it = in.first_dirty.find(p.shard);
            if (it == in.first_dirty.end() || p.slice < it->second) in.first_dirty[p.shard] = p.slice;
        }
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
        if (in.input.kind == "sisa") {
            for (const auto &sm : lin.shard_models(in.model_id))
                if (in.first_dirty.count(sm.shard)) ++pv.models;
        } else {
            pv.models = 1;
        }
    } else if (in.input.kind == "sisa") {
        for (const auto &sm : lin.shard_models(in.model_id)) kept_paths.insert(sm.path);
    } else {
        kept_paths.insert(in.input.path);
    }
    for (const auto &cp : lin.checkpoints(in.in_run.id)) {
        const auto it = in.first_dirty.find(cp.shard);
        if (cp.state == "live" && it != in.first_dirty.end() && cp.stage >= it->second && !kept_paths.count(cp.path))
            ++pv.checkpoints;
    }
    for (const auto &u : update_logs(lin, in.in_run.id)) {
        const auto it = in.first_dirty.find(u.shard);
        if (u.state == "live" && it != in.first_dirty.end() && u.stage >= it->second) ++pv.update_logs;
    }
    if (o.purge_reference_models) {
        for (const auto &[pool_id, mask] : reference_masks_of_records(lin, erased_with(lin, in.fset_v)))
            for (const auto &m : reference_models(lin, pool_id))
                if (m.state == "live" && size_t(m.idx) < mask.size() && mask[size_t(m.idx)] == '1')
                    ++pv.reference_models;
    }
    return pv;
}

std::string PurgePreview::text() const {
    std::vector<std::string> parts;
    const std::string m = "model " + std::to_string(model_id);
    if (models > 0)
        parts.push_back(model_kind == "sisa" ? std::to_string(models) + " shard file(s) of " + m : "the file of " + m);
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

ForgetResult forget(Project &project, const ForgetOptions &o, const RunControl &rc) {
    const auto t0 = std::chrono::steady_clock::now();
    auto &lin = project.lineage();
    const ForgetInput in = resolve_forget_input(project, o);
    const MethodInfo *info = in.info;
    const bool exact = info->kind == "exact";
    const json &params = in.params;
    const auto device = pick_device(o.device);
    const std::optional<int64_t> request_id = in.request_id;
    const std::optional<RequestRow> &request = in.request;
    const int64_t model_id = in.model_id;
    const ModelRow &input = in.input;
    const RunRow &in_run = in.in_run;
    const TrainConfig &cfg = in.cfg;
    const auto &placements = in.placements;
    const std::vector<int64_t> &fset_v = in.fset_v;
    const std::set<int64_t> fset(fset_v.begin(), fset_v.end());
    const auto in_logs = update_logs(lin, in_run.id);
    if (info->needs_update_log &&
        std::none_of(in_logs.begin(), in_logs.end(), [](const UpdateLogRow &u) { return u.state == "live"; }))
        bad_input("method " + o.method + " needs the update log of model " + std::to_string(model_id) +
                  "'s training run, which was trained without record_updates; retrain with it or choose another "
                  "method");

    // Bad data fails here, before anything is written.
    const auto store = TensorStore::load(project, rc);

    JobRow job;
    std::unique_ptr<JobLock> lock;
    job.kind = "forget";
    job.method = o.method;
    job.request_id = request_id;
    job.input_model_id = model_id;
    job.device = device_name(device);
    job.status = "running";
    job.params = {{"method", o.method},
                  {"method_kind", info->kind},
                  {"method_params", params},
                  {"selection",
                   {{"subjects", o.selection.subjects},
                    {"records_file", o.selection.records_file},
                    {"query", o.selection.query}}},
                  {"train_config", cfg.to_json()},
                  {"keep_input", o.keep_input},
                  {"audit", o.audit},
                  {"purge_reference_models", o.purge_reference_models}};
    {
        auto tx = lin.begin();
        job.id = lin.insert_job(job);
        // Locked before the row is committed: another process that opens the
        // project sees the job only with its lock held, never as a dead job.
        lock = project.lock_job(job.id);
        lin.insert_job_records(job.id, fset_v);
        if (request) case_job_started(lin, *request); // open -> in_progress; never answered by a job
        lin.append_log("lethe", "job.started",
                       {{"job_id", job.id},
                        {"kind", "forget"},
                        {"method", o.method},
                        {"input_model_id", model_id},
                        {"forget_records", fset_v.size()},
                        {"forget_set_sha256", record_set_hash(fset_v)},
                        {"request_id", request_id ? json(*request_id) : json()}});
        tx->commit();
    }
    const std::string out_dir = "checkpoints/job" + std::to_string(job.id);
    bool committed = false;
    ForgetResult res;
    res.job_id = job.id;
    res.method = o.method;
    res.input_model_id = model_id;
    res.forgotten_records = int64_t(fset_v.size());
    try {
        if (o.audit) {
            AuditOptions a;
            a.model_id = model_id;
            a.forget_ids = fset_v;
            a.job_id = job.id;
            a.role = "before";
            a.device = o.device;
            res.before_audit_id = audit_model(project, a, rc.part(0.0, 0.1), &store).audit_id;
        }

        // Placements after forgetting; the plan of which shards retrain from where.
        std::vector<Placement> kept;
        const std::map<int, int> &first_dirty = in.first_dirty;
        for (const auto &p : placements)
            if (!fset.count(p.record_id)) kept.push_back(p);
        const auto in_cps = lin.checkpoints(in_run.id);
        ModelSpec spec = ModelSpec::from_json(input.spec);
        resolve_script(spec, project);
        res.params = params;
        std::vector<CheckpointRow> reused;
        std::vector<TrainedCheckpoint> made; // checkpoints this job wrote
        std::set<int> exact_shards;          // shards retrained exactly (their residual budget resets)
        bool run_exact = exact, dirty_from_scratch = o.method == "retrain";
        std::optional<CertifiedBudget> budget_out;
        const auto prev_budget = certified_budget(lin, model_id);

        if (!exact) {
            // Approximate: the method changes a copy of each affected model;
            // clean shards and clean early stages are reused as they are.
            std::map<int, ModelRow> member;
            if (input.kind == "sisa")
                for (const auto &sm : lin.shard_models(model_id)) member[sm.shard] = sm;
            else
                member[0] = input;
            std::vector<int64_t> test_ids;
            for (const auto &r : lin.records("test")) test_ids.push_back(r.id);
            const auto method_fn = unlearn::method_function(o.method);
            if (!method_fn) internal_error("method " + o.method + " has no implementation");
            std::filesystem::create_directories(project.resolve(out_dir));
            size_t i = 0;
            std::map<int, double> bounds;
            for (const auto &[s, dirty] : first_dirty) {
                const auto m = member.find(s);
                if (m == member.end() || m->second.state != "live")
                    bad_input("model " + std::to_string(model_id) + ": the model of shard " + std::to_string(s) +
                              " is missing or purged");
                const double lo = 0.1 + 0.75 * double(i) / double(first_dirty.size());
                const double hi = 0.1 + 0.75 * double(i + 1) / double(first_dirty.size());
                ++i;
                unlearn::Context ctx{store,
                                     spec,
                                     cfg,
                                     {},
                                     {},
                                     test_ids,
                                     params,
                                     device,
                                     rc.part(lo, hi),
                                     mix_seed(cfg.seed, uint64_t(s), 0x0f06e7),
                                     {},
                                     {}};
                for (const auto &p : placements)
                    if (p.shard == s)
                        (fset.count(p.record_id) ? ctx.forget_ids : ctx.retain_ids).push_back(p.record_id);
                std::sort(ctx.retain_ids.begin(), ctx.retain_ids.end());
                if (input.kind == "sisa")
                    ctx.label = "shard " + std::to_string(s + 1) + "/" + std::to_string(cfg.shards);
                if (o.method == "amnesiac" || cfg.record_updates)
                    ctx.update_log = shard_update_log(project, in_logs, s);
                auto net = load_net(spec, project.resolve(m->second.path), m->second.sha256);
                net->to(device);
                const auto t_method = std::chrono::steady_clock::now();
                const json facts = method_fn(net, ctx);
                res.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t_method).count();
                res.details[std::to_string(s)] = facts;
                if (facts.contains("residual_bound")) bounds[s] = facts["residual_bound"].get<double>();
                TrainedCheckpoint tc;
                tc.shard = s;
                tc.stage = cfg.slices - 1;
                tc.retained_hash = record_set_hash(ctx.retain_ids);
                tc.n_records = int64_t(ctx.retain_ids.size());
                tc.path = out_dir + "/s" + std::to_string(s) + "-" + slug(o.method) + "-" +
                          tc.retained_hash.substr(0, 12) + ".pt";
                if (cfg.record_updates && !ctx.update_log.empty()) {
                    // The new version's update log: every logged batch that held
                    // no forgotten record (the others are erased with the old log).
                    int64_t n_params = -1;
                    std::unique_ptr<UpdateLogWriter> w;
                    scan_update_log(ctx.update_log, "update log",
                                    [&](const std::vector<int64_t> &ids, const double *delta, int64_t n) {
                                        if (!w) w = std::make_unique<UpdateLogWriter>(n_params = n);
                                        for (auto id : ids)
                                            if (fset.count(id)) return;
                                        w->add(ids, delta);
                                    });
                    if (w) {
                        const std::string lp = project.resolve(update_log_path_for(tc.path));
                        std::filesystem::create_directories(std::filesystem::path(lp).parent_path());
                        write_file_atomic(lp, w->bytes());
                        res.update_log_bytes += int64_t(w->bytes().size());
                    }
                }
                tc.sha256 = save_net(net, project.resolve(tc.path));
                made.push_back(tc);
            }
            if (o.method == "certified") {
                const double budget = params.at("budget").get<double>();
                CertifiedBudget b;
                b.budget = budget;
                b.removals = (prev_budget ? prev_budget->removals : 0) + 1;
                json per = prev_budget ? prev_budget->detail.value("per_shard", json::object()) : json::object();
                bool over = false;
                for (const auto &[s, bound] : bounds) {
                    const double spent = per.value(std::to_string(s), 0.0) + bound;
                    per[std::to_string(s)] = spent;
                    over = over || spent > budget;
                }
                for (const auto &[k, v] : per.items()) b.spent = std::max(b.spent, v.get<double>());
                b.detail = {{"per_shard", per}, {"last_bounds", bounds.size()}};
                if (over) {
                    // Past the budget: say so and retrain the affected shards instead.
                    res.note = "certified removal would spend a gradient-residual bound of " + std::to_string(b.spent) +
                               ", past the budget " + std::to_string(budget) +
                               "; retrained the affected model(s) from scratch instead";
                    discard_uncommitted(project, out_dir);
                    discard_uncommitted(project, "updatelogs/job" + std::to_string(job.id));
                    made.clear();
                    res.update_log_bytes = 0;
                    {
                        auto tx = lin.begin();
                        lin.append_log("lethe", "certified.budget_exceeded",
                                       {{"job_id", job.id},
                                        {"input_model_id", model_id},
                                        {"spent", b.spent},
                                        {"budget", budget},
                                        {"action", "retrain"}});
                        tx->commit();
                    }
                    run_exact = true;
                    dirty_from_scratch = true;
                    for (const auto &[s, d] : first_dirty) per[std::to_string(s)] = 0.0;
                    b.spent = 0;
                    for (const auto &[k, v] : per.items()) b.spent = std::max(b.spent, v.get<double>());
                    b.detail = {{"per_shard", per}, {"retrained", true}};
                }
                budget_out = b;
            } else if (prev_budget) {
                // Another approximate method voids the certificate of the shards it changes.
                CertifiedBudget b = *prev_budget;
                b.detail["certificate_void"] = true;
                budget_out = b;
            }
            if (!run_exact) {
                for (const auto &cp : in_cps) {
                    if (cp.state != "live") continue;
                    const auto d = first_dirty.find(cp.shard);
                    if (d != first_dirty.end() && (cp.stage >= d->second || cp.stage == cfg.slices - 1)) continue;
                    reused.push_back(cp);
                }
            }
        }
        if (run_exact) {
            std::vector<ShardPlan> plans;
            for (int s = 0; s < cfg.shards; ++s) {
                const auto dirty = first_dirty.find(s);
                int start = o.method == "retrain" ? 0 : dirty == first_dirty.end() ? cfg.slices : dirty->second;
                if (dirty_from_scratch && dirty != first_dirty.end()) start = 0;
                // A stage an approximate version left out: retrain from there.
                for (int r = 0; r < start; ++r)
                    if (!find_checkpoint(in_cps, s, r)) {
                        start = r;
                        break;
                    }
                std::vector<CheckpointRow> mine;
                for (int r = 0; r < start; ++r) {
                    const auto *cp = find_checkpoint(in_cps, s, r);
                    if (!cp || cp->state != "live")
                        bad_input("checkpoint of shard " + std::to_string(s) + ", stage " + std::to_string(r) +
                                  " of run " + std::to_string(in_run.id) + " is missing or purged");
                    mine.push_back(*cp);
                }
                reused.insert(reused.end(), mine.begin(), mine.end());
                if (start < cfg.slices) {
                    ShardPlan plan{s, start, {}, {}};
                    if (start > 0) {
                        plan.start_path = mine.back().path;
                        plan.start_sha256 = mine.back().sha256;
                    }
                    plans.push_back(plan);
                    res.shards_retrained.push_back(s);
                    exact_shards.insert(s);
                }
            }
            if (spec.arch == "torchscript" && dirty_from_scratch && !res.shards_retrained.empty()) {
                const std::string init = script_reinit_note(spec);
                res.note = res.note.empty() ? init : res.note + "; " + init;
            }
            TrainConfig run_cfg = cfg;
            run_cfg.device = o.device;
            const auto out = train_shards(project, store, spec, cfg, kept, plans, out_dir, device, rc.part(0.1, 0.85));
            res.seconds += out.seconds;
            res.update_log_bytes += out.update_log_bytes;
            made = out.checkpoints;
            if (budget_out && o.method != "certified") {
                json per = budget_out->detail.value("per_shard", json::object());
                for (int s : exact_shards) per[std::to_string(s)] = 0.0;
                budget_out->detail["per_shard"] = per;
                budget_out->spent = 0;
                for (const auto &[k, v] : per.items()) budget_out->spent = std::max(budget_out->spent, v.get<double>());
            } else if (prev_budget && !budget_out) {
                CertifiedBudget b = *prev_budget;
                json per = b.detail.value("per_shard", json::object());
                for (int s : exact_shards) per[std::to_string(s)] = 0.0;
                b.detail["per_shard"] = per;
                b.spent = 0;
                for (const auto &[k, v] : per.items()) b.spent = std::max(b.spent, v.get<double>());
                budget_out = b;
            }
        } else {
            for (const auto &[s, d] : first_dirty) res.shards_retrained.push_back(s); // changed, approximately
        }
        crash_point("after-artifacts");

        // One transaction: the new model, its lineage, the job, and the purge decision.
        ModelCommit c;
        c.job_id = job.id;
        c.cfg = cfg;
        c.spec = spec;
        c.device = job.device;
        c.origin = o.method == "retrain" ? "reference" : "unlearned";
        c.parent_model_id = model_id;
        c.placements = kept;
        c.unlearning = {{"method", o.method}, {"kind", info->kind},          {"params", params},
                        {"job_id", job.id},   {"parent_model_id", model_id}, {"exact", run_exact}};
        for (const auto &r : reused) c.checkpoints.push_back(r);
        for (const auto &tc : made)
            c.checkpoints.push_back(
                {0, 0, tc.shard, tc.stage, tc.path, tc.sha256, tc.retained_hash, "live", tc.n_records});
        std::vector<json> purge_list;
        {
            auto tx = lin.begin();
            const auto cm = commit_model(lin, c);
            res.output_model_id = cm.model_id;
            // Stale: every checkpoint of the input run whose records include a forgotten one.
            std::set<std::string> kept_paths;
            if (o.keep_input) {
                if (input.kind == "sisa")
                    for (const auto &sm : lin.shard_models(model_id)) kept_paths.insert(sm.path);
                else
                    kept_paths.insert(input.path);
            }
            for (const auto &cp : in_cps) {
                if (cp.state != "live") continue;
                const auto it = first_dirty.find(cp.shard);
                if (it == first_dirty.end() || cp.stage < it->second || kept_paths.count(cp.path)) continue;
                lin.set_checkpoint_state(cp.id, "purging");
                purge_list.push_back({{"checkpoint_id", cp.id}, {"path", cp.path}, {"sha256", cp.sha256}});
                ++res.purged_checkpoints;
                // The same file reused by other runs (sequential requests share
                // clean checkpoints) or as an older version's shard model: every
                // row pointing at it goes with it.
                for (const auto &other : lin.checkpoints_at_path(cp.path))
                    if (other.id != cp.id && other.state == "live") lin.set_checkpoint_state(other.id, "purging");
                for (const auto &m : lin.models(true))
                    if (m.path == cp.path && m.state == "live" && !kept_paths.count(m.path))
                        lin.set_model_state(m.id, "purging");
            }
            // Update logs that recorded a forgotten record's batches.
            for (const auto &u : in_logs) {
                if (u.state != "live") continue;
                const auto it = first_dirty.find(u.shard);
                if (it == first_dirty.end() || u.stage < it->second) continue;
                for (const auto &same : update_logs_at_path(lin, u.path))
                    if (same.state == "live") set_update_log_state(lin, same.id, "purging");
                purge_list.push_back({{"update_log_id", u.id}, {"path", u.path}, {"sha256", u.sha256}});
            }
            // Reference-pool models that trained on a forgotten record, in every
            // pool: marked now, deleted after the after-audit (which still uses
            // the full pool; its summary records the models' hashes). Not
            // affected by keep_input, which keeps the input model only: the
            // pool is no model the operator asked to keep, and half of it saw
            // every subject.
            // Every erased record counts, not only this job's: an earlier job of
            // the case may have left its purge to this one (lethe investigate
            // audits each job of a case against the full pools), and a project
            // erased from before schema v4 still has such models.
            if (o.purge_reference_models) {
                for (const auto &e : mark_reference_purges(lin, erased_with(lin, fset_v), job.id)) {
                    purge_list.push_back(e);
                    ++res.purged_reference_models;
                }
            } else {
                lin.append_log("lethe", "reference_pool.purge_deferred",
                               {{"job_id", job.id},
                                {"request_id", request_id ? json(*request_id) : json()},
                                {"records", fset_v.size()},
                                {"forget_set_sha256", record_set_hash(fset_v)},
                                {"reason", "a later job of the same case audits with the full pools and purges"}});
            }
            if (budget_out) {
                budget_out->model_id = res.output_model_id;
                budget_out->job_id = job.id;
                put_certified_budget(lin, *budget_out);
                res.residual_spent = budget_out->spent;
                res.residual_budget = budget_out->budget;
            }
            if (!o.keep_input) {
                if (input.kind == "sisa") {
                    for (const auto &sm : lin.shard_models(model_id))
                        if (first_dirty.count(sm.shard)) {
                            lin.set_model_state(sm.id, "purging");
                            ++res.purged_models;
                        }
                    lin.set_model_state(model_id, "purged"); // the ensemble row has no file of its own
                } else {
                    lin.set_model_state(model_id, "purging");
                    ++res.purged_models;
                }
            }
            job.status = "done";
            job.output_model_id = res.output_model_id;
            job.finished_at = now_iso8601();
            job.result = res.to_json();
            lin.update_job(job);
            const auto out_row = lin.model(res.output_model_id);
            lin.append_log("lethe", "forget.done",
                           {{"job_id", job.id},
                            {"method", o.method},
                            {"input_model_id", model_id},
                            {"output_model_id", res.output_model_id},
                            {"forgotten_records", fset_v.size()},
                            {"shards_retrained", res.shards_retrained},
                            {"purge", purge_list},
                            {"keep_input", o.keep_input},
                            {"seconds", res.seconds},
                            {"params", params},
                            {"note", res.note}});
            tx->commit();
            committed = true;
        }
        crash_point("after-commit");
        project.complete_purges(job.id);
        purge_update_logs(project, job.id);

        if (o.audit) {
            AuditOptions a;
            a.model_id = res.output_model_id;
            a.forget_ids = fset_v;
            a.job_id = job.id;
            a.role = "after";
            a.device = o.device;
            res.after_audit_id = audit_model(project, a, rc.part(0.85, 1.0), &store).audit_id;
        } else {
            const double acc = test_accuracy(project, store, res.output_model_id, device, rc.part(0.85, 1.0));
            auto tx = lin.begin();
            lin.set_model_test_accuracy(res.output_model_id, acc);
            tx->commit();
        }
        complete_reference_purges(project, job.id);
        res.total_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        job.result = res.to_json();
        auto tx = lin.begin();
        lin.update_job(job);
        lin.append_log("lethe", "job.done", {{"job_id", job.id}, {"total_seconds", res.total_seconds}});
        tx->commit();
        return res;
    } catch (const std::exception &e) {
        if (committed) {
            // The after-audit failed or was cancelled: the erasure still completes.
            try {
                complete_reference_purges(project, job.id);
            } catch (const std::exception &) {
                // Left 'purging': the next opening of the project finishes it.
            }
        }
        if (!committed) {
            discard_uncommitted(project, out_dir);
            discard_uncommitted(project, "updatelogs/job" + std::to_string(job.id));
            fail_job(lin, job, e); // the case stays in progress: a job of it ran (the log says it failed)
        }
        throw;
    }
}

std::vector<std::vector<int64_t>> update_log_batches(Project &project, int64_t model_id, int shard) {
    auto &lin = project.lineage();
    const auto m = lin.model(model_id);
    if (!m.run_id) bad_input("model " + std::to_string(model_id) + " has no training run");
    std::vector<std::vector<int64_t>> out;
    scan_update_log(shard_update_log(project, update_logs(lin, *m.run_id), shard), "update log",
                    [&](const std::vector<int64_t> &ids, const double *, int64_t) { out.push_back(ids); });
    return out;
}

} // namespace lethe
