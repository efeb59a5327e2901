#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>

#include "audit/audit.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "data/tensor_store.h"
#include "jobs/job_support.h"
#include "jobs/model_commit.h"
#include "jobs/operations.h"
#include "model/net.h"
#include "project/project.h"
#include "train/sisa_trainer.h"

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
            {"seconds", seconds},
            {"total_seconds", total_seconds},
            {"before_audit_id", before_audit_id ? json(*before_audit_id) : json()},
            {"after_audit_id", after_audit_id ? json(*after_audit_id) : json()}};
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

int64_t default_model(Lineage &lin, const std::string &method) {
    std::optional<int64_t> any, sisa;
    for (const auto &m : lin.models())
        if (m.state == "live" && m.origin != "reference") {
            any = m.id;
            if (m.kind == "sisa") sisa = m.id;
        }
    if (method == "sisa" && sisa) return *sisa;
    if (any) return *any;
    bad_input("the project has no live model to forget from; train one first");
}

} // namespace

ForgetResult forget(Project &project, const ForgetOptions &o, const RunControl &rc) {
    const auto t0 = std::chrono::steady_clock::now();
    auto &lin = project.lineage();
    if (std::find(exact_methods().begin(), exact_methods().end(), o.method) == exact_methods().end())
        usage_error("unknown method '" + o.method + "' (available: retrain, sisa)");
    if (o.selection.empty()) usage_error("nothing selected: give --subject, --records or --query");
    const auto device = pick_device(o.device);

    // What to forget, from which model.
    const auto selected = resolve_selection(project, o.selection);
    const int64_t model_id = o.model_id ? *o.model_id : default_model(lin, o.method);
    const ModelRow input = lin.model(model_id);
    if (input.kind == "shard") usage_error("model " + std::to_string(model_id) + " is one shard of ensemble " +
                                           std::to_string(input.ensemble_id.value_or(0)) + "; forget from the ensemble");
    if (input.state != "live") bad_input("model " + std::to_string(model_id) + " was purged; forget from a live model");
    if (!input.run_id) bad_input("model " + std::to_string(model_id) + " has no training run in the lineage");
    if (o.method == "sisa" && input.kind != "sisa")
        usage_error("method sisa needs a SISA ensemble; model " + std::to_string(model_id) + " is " + input.kind);
    const RunRow in_run = lin.run(*input.run_id);
    const TrainConfig cfg = TrainConfig::from_json(in_run.config);
    const auto placements = lin.placements(in_run.id);
    std::set<int64_t> trained;
    for (const auto &p : placements) trained.insert(p.record_id);
    std::vector<int64_t> fset_v;
    for (auto id : selected)
        if (trained.count(id)) fset_v.push_back(id);
    if (fset_v.empty())
        bad_input("the selection is empty: none of the " + std::to_string(selected.size()) +
                  " selected records was used to train model " + std::to_string(model_id));
    if (fset_v.size() == trained.size())
        bad_input("the selection covers every training record of model " + std::to_string(model_id) +
                  "; nothing would remain to train on");
    const std::set<int64_t> fset(fset_v.begin(), fset_v.end());

    // The erasure request this job serves.
    std::optional<int64_t> request_id = o.request_id;
    if (!request_id && o.selection.subjects.size() == 1)
        if (auto r = lin.open_request_for_subject(lin.subject_id(o.selection.subjects[0], false))) request_id = r->id;

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
    job.params = {{"method", o.method}, {"selection", {{"subjects", o.selection.subjects},
                                                       {"records_file", o.selection.records_file},
                                                       {"query", o.selection.query}}},
                  {"train_config", cfg.to_json()}, {"keep_input", o.keep_input}, {"audit", o.audit}};
    {
        auto tx = lin.begin();
        job.id = lin.insert_job(job);
        // Locked before the row is committed: another process that opens the
        // project sees the job only with its lock held, never as a dead job.
        lock = project.lock_job(job.id);
        lin.insert_job_records(job.id, fset_v);
        if (request_id) lin.set_request_status(*request_id, "in_progress");
        lin.append_log("lethe", "job.started",
                       {{"job_id", job.id}, {"kind", "forget"}, {"method", o.method}, {"input_model_id", model_id},
                        {"forget_records", fset_v.size()}, {"forget_set_sha256", record_set_hash(fset_v)},
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
        std::map<int, int> first_dirty; // shard -> first slice holding a forgotten record
        for (const auto &p : placements) {
            if (fset.count(p.record_id)) {
                auto it = first_dirty.find(p.shard);
                if (it == first_dirty.end() || p.slice < it->second) first_dirty[p.shard] = p.slice;
            } else {
                kept.push_back(p);
            }
        }
        const auto in_cps = lin.checkpoints(in_run.id);
        std::vector<ShardPlan> plans;
        std::vector<CheckpointRow> reused;
        for (int s = 0; s < cfg.shards; ++s) {
            const auto dirty = first_dirty.find(s);
            const int start = o.method == "retrain" ? 0 : dirty == first_dirty.end() ? cfg.slices : dirty->second;
            for (int r = 0; r < start; ++r) {
                const auto *cp = find_checkpoint(in_cps, s, r);
                if (!cp || cp->state != "live")
                    bad_input("checkpoint of shard " + std::to_string(s) + ", stage " + std::to_string(r) +
                              " of run " + std::to_string(in_run.id) + " is missing or purged");
                reused.push_back(*cp);
            }
            if (start < cfg.slices) {
                ShardPlan plan{s, start, {}, {}};
                if (start > 0) {
                    plan.start_path = reused.back().path;
                    plan.start_sha256 = reused.back().sha256;
                }
                plans.push_back(plan);
                res.shards_retrained.push_back(s);
            }
        }
        const ModelSpec spec = ModelSpec::from_json(input.spec);
        TrainConfig run_cfg = cfg;
        run_cfg.device = o.device;
        const auto out = train_shards(project, store, spec, cfg, kept, plans, out_dir, device, rc.part(0.1, 0.85));
        res.seconds = out.seconds;
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
        for (const auto &r : reused) c.checkpoints.push_back(r);
        for (const auto &tc : out.checkpoints)
            c.checkpoints.push_back({0, 0, tc.shard, tc.stage, tc.path, tc.sha256, tc.retained_hash, "live",
                                     tc.n_records});
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
                           {{"job_id", job.id}, {"method", o.method}, {"input_model_id", model_id},
                            {"output_model_id", res.output_model_id}, {"forgotten_records", fset_v.size()},
                            {"shards_retrained", res.shards_retrained}, {"purge", purge_list},
                            {"keep_input", o.keep_input}, {"seconds", res.seconds}});
            tx->commit();
            committed = true;
        }
        crash_point("after-commit");
        project.complete_purges(job.id);

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
        res.total_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        job.result = res.to_json();
        auto tx = lin.begin();
        lin.update_job(job);
        if (request_id) lin.set_request_status(*request_id, "done");
        lin.append_log("lethe", "job.done", {{"job_id", job.id}, {"total_seconds", res.total_seconds}});
        tx->commit();
        return res;
    } catch (const std::exception &e) {
        if (!committed) {
            discard_uncommitted(project, out_dir);
            fail_job(lin, job, e);
            if (request_id) {
                auto tx = lin.begin();
                lin.set_request_status(*request_id, "open");
                tx->commit();
            }
        }
        throw;
    }
}

} // namespace lethe
