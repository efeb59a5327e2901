#include "jobs/audit_job.h"

#include "core/error.h"
#include "core/executor.h"
#include "evidence/csv_table.h"
#include "jobs/investigate.h"
#include "lineage/lineage.h"
#include "project/project.h"

namespace lethe {

using nlohmann::json;

namespace {

// The trained model a model descends from (itself when trained): the model
// whose training config a reference pool copies.
int64_t trained_ancestor(Lineage &lin, int64_t id) {
    for (auto m = lin.model(id); m.origin != ModelOrigin::Trained && m.parent_model_id; m = lin.model(id))
        id = *m.parent_model_id;
    return id;
}

std::optional<AuditRow> stored_audit(Lineage &lin, int64_t job_id, int64_t model_id) {
    for (const auto &a : lin.audits(job_id))
        if (a.model_id == model_id) return a;
    return std::nullopt;
}

json audit_view(int64_t audit_id, const json &summary) {
    json b = audit_brief(summary);
    b["audit_id"] = audit_id;
    return b;
}

} // namespace

AuditJobResult audit_job(Project &project, const AuditJobOptions &o, const RunControl &rc,
                         const std::function<void(const ReferencePoolResult &)> &on_pool) {
    auto &lin = project.lineage();
    AuditJobResult res;
    res.model_id = o.model_id;
    res.baseline_id = o.baseline_id;
    std::vector<int64_t> forget_ids;
    std::optional<JobRow> job;
    if (o.job_id) {
        job = lin.job(o.job_id);
        forget_ids = lin.job_records(o.job_id);
        if (!res.model_id) res.model_id = job->output_model_id.value_or(0);
        if (!res.baseline_id && job->input_model_id) res.baseline_id = *job->input_model_id;
    } else if (!o.selection.empty()) {
        forget_ids = resolve_selection(project, o.selection);
    } else if (!res.model_id) {
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "give --model or --job")));
    }
    if (!res.model_id) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "job %1 has no output model"), o.job_id));
    AuditOptions aopt = o.audit;
    aopt.use_references = !o.no_references;
    if (o.pool_id) aopt.pool_id = o.pool_id;
    if (o.references > 0 && !o.no_references) {
        // The references copy the config of the model the audited one descends from.
        ReferencePoolOptions po;
        po.k = o.references;
        po.device = o.device;
        po.model_id = trained_ancestor(lin, res.model_id);
        po.executor = o.executor;
        res.pool = build_reference_pool(project, po, rc);
        if (on_pool) on_pool(*res.pool);
        if (!o.pool_id) aopt.pool_id = res.pool->pool_id;
    }
    // The audits to give: the model's, the baseline's and the reference's,
    // each stored (a job's audit that still stands) or run now.
    struct Planned {
        int64_t model_id;
        AuditRole role;
        std::optional<AuditRow> stored;
        AuditOptions options;
    };
    auto plan = [&](int64_t model_id, AuditRole role) {
        Planned p{model_id, role, std::nullopt, aopt};
        if (job)
            if (auto a = stored_audit(lin, job->id, model_id))
                if (lin.model(model_id).state != ArtifactState::Live ||
                    (role == AuditRole::After && !o.references && !o.pool_id))
                    p.stored = a;
        p.options.model_id = model_id;
        p.options.forget_ids = forget_ids;
        p.options.job_id = job ? std::optional<int64_t>(job->id) : std::nullopt;
        p.options.role = role;
        p.options.device = o.device;
        p.options.executor = o.executor;
        return p;
    };
    std::vector<Planned> planned = {plan(res.model_id, job ? AuditRole::After : AuditRole::Standalone)};
    if (res.baseline_id) planned.push_back(plan(res.baseline_id, AuditRole::Before));
    if (o.reference_id) planned.push_back(plan(o.reference_id, AuditRole::Reference));
    // On an executor, every scoring pass of the command is one batch.
    std::vector<AuditOptions> to_score;
    for (const auto &p : planned)
        if (!p.stored) to_score.push_back(p.options);
    if (o.executor) score_audits(project, to_score, rc.part(0.0, 0.5));
    auto run_or_stored = [&](const Planned &p) -> std::pair<int64_t, json> {
        if (p.stored) return {p.stored->id, p.stored->summary};
        const auto r = audit_model(project, p.options, rc);
        return {r.audit_id, r.summary};
    };
    const auto [aid, summary] = run_or_stored(planned[0]);
    res.audit_id = aid;
    res.out = audit_view(aid, summary);
    auto compare = [&](const char *key, const Planned &p) {
        const auto [oid, os] = run_or_stored(p);
        res.out[key] = audit_view(oid, os);
        res.out[key]["model_id"] = p.model_id;
    };
    if (res.baseline_id) compare("baseline", planned[1]);
    res.out["executor"] = o.executor ? o.executor->name() : "local"; // where the scoring passes ran
    if (o.reference_id) {
        compare("reference", planned.back());
        res.out["gap_to_reference"] = gap_to_reference(res.out, res.out["reference"]);
    }
    return res;
}

std::string with_record_keys(Project &project, const std::string &csv) {
    if (csv.empty()) return csv;
    const CsvTable t = parse_csv(csv, "the score table", CsvOptions{','});
    const size_t c = t.column("record_id", "the score table");
    std::vector<int64_t> ids;
    for (const auto &r : t.rows) ids.push_back(std::stoll(r[c]));
    const auto keys = project.lineage().record_keys(ids);
    std::string out;
    // Appended, so that a reader of the columns by position reads as before.
    auto line = [&](const std::vector<std::string> &cells, const std::string &key) {
        for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_field(cells[i]);
        out += "," + csv_field(key) + "\n";
    };
    line(t.header, "record_key");
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const auto it = keys.find(ids[i]);
        line(t.rows[i], it == keys.end() ? std::to_string(ids[i]) : it->second);
    }
    return out;
}

} // namespace lethe
