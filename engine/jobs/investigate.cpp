// The investigation of one case (jobs/investigate.h), moved out of the CLI's
// main() so that the workbench runs the very same steps.
#include "jobs/investigate.h"

#include <algorithm>
#include <cmath>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/error.h"
#include "project/project.h"
#include "unlearn/registry.h"

using nlohmann::json;

namespace lethe {

json InvestigateResult::to_json() const {
    json js = json::array();
    for (const auto &j : jobs)
        js.push_back({{"forget", j.forget.to_json()},
                      {"before", j.before},
                      {"after", j.after},
                      {"report", j.report.empty() ? json() : json(j.report)}});
    json out = {
        {"request", {{"id", request.id}, {"case_ref", request.case_ref}, {"subject", request.subject_pseudonym}}},
        {"jobs", js},
        {"reference_pools", pools},
        {"verify", verify.to_json()},
        {"case", case_json(request, verdict)},
        {"notes", notes},
        {"case_report", report.empty() ? json() : json(report)}};
    // The exact job keeps the top-level keys of the first contract.
    if (!js.empty())
        for (const char *k : {"forget", "before", "after", "report"}) out[k] = js[0][k];
    return out;
}

std::optional<RequestRow> case_to_investigate(Project &project) {
    for (const auto &r : project.lineage().requests())
        if (!case_is_closed(r.status)) return r;
    return std::nullopt;
}

json gap_to_reference(const json &a, const json &ref) {
    double gap = 0;
    int n = 0;
    for (const char *k : {"forget", "retain", "test"}) {
        if (!a.contains("accuracy") || !ref.contains("accuracy")) break;
        const auto &x = a["accuracy"], &y = ref["accuracy"];
        if (x.contains(k) && y.contains(k) && x[k].is_number() && y[k].is_number()) {
            gap += std::abs(x[k].get<double>() - y[k].get<double>());
            ++n;
        }
    }
    json out = {{"avg_accuracy_gap", n ? gap / n : 0.0}, {"terms", n}};
    const json me = a.value("mia_efficacy", json()), mr = ref.value("mia_efficacy", json());
    if (n == 3 && me.is_object() && mr.is_object() && me.contains("value") && mr.contains("value"))
        out["avg_gap"] = (gap + std::abs(me["value"].get<double>() - mr["value"].get<double>())) / 4.0;
    return out;
}

InvestigateResult investigate(Project &project, const InvestigateOptions &o, const RunControl &rc) {
    auto &lin = project.lineage();
    if (o.references < 0 || o.references == 1)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--references must be 0 or at least 2")));
    if (!o.method.empty() && o.method != "sisa" && o.method != "retrain")
        usage_error(
            msg(QT_TRANSLATE_NOOP("Engine", "--method: the exact job is 'sisa' or 'retrain', not '%1'"), o.method));
    if (o.approximate != "none") {
        const MethodInfo *m = find_method(o.approximate);
        if (!m || m->kind == MethodKind::Exact)
            usage_error(
                msg(QT_TRANSLATE_NOOP("Engine", "--approximate: '%1' is not an approximate method (lethe methods)"),
                    o.approximate));
    }
    InvestigateResult res;
    if (o.request_id)
        res.request = case_row(lin, *o.request_id);
    else if (auto r = case_to_investigate(project))
        res.request = *r;
    else
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no open erasure request to investigate"), project.root()));
    require_case_takes_jobs(res.request);
    if (res.request.subject_pseudonym.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "case %1 names no data subject: set its subject first"),
                      res.request.case_ref));

    // Scope: every model that trained on the case's records and is not handled yet.
    const CaseVerdict scope = case_verdict(lin, res.request.id);
    struct Step {
        std::string method;
        int64_t model = 0, base = 0; // the live version to start from; its trained original (the pool's config)
    };
    std::vector<Step> steps;
    bool have_ensemble = false;
    for (const auto &m : scope.models)
        if (!m.job_id && m.current_model_id && lin.model(*m.current_model_id).kind == ModelKind::Sisa)
            have_ensemble = true;
    for (const auto &m : scope.models) {
        if (m.job_id || !m.current_model_id) continue;
        const bool sisa = lin.model(*m.current_model_id).kind == ModelKind::Sisa;
        std::string method;
        if (sisa)
            method = o.method.empty() ? "sisa" : o.method;
        else if (o.approximate != "none" && have_ensemble)
            method = o.approximate;
        else
            method = "retrain";
        steps.push_back({method, *m.current_model_id, m.model_id});
    }
    // Exact jobs first: the approximate comparison is audited against the same pools.
    auto exact = [](const Step &s) { return find_method(s.method)->kind == MethodKind::Exact; };
    std::stable_sort(steps.begin(), steps.end(), [&](const Step &a, const Step &b) { return exact(a) && !exact(b); });
    if (!have_ensemble && o.approximate != "none")
        res.notes.push_back("no SISA ensemble in scope: every monolithic model is retrained exactly, so no approximate "
                            "comparison was run");
    if (steps.empty())
        res.notes.push_back("every model in scope was already handled by an earlier job of the case: nothing to run");

    // Reference pools first (one per training configuration audited), so that
    // every audit of the case has LiRA, RMIA and the per-subject verdicts.
    const double pool_share = o.references > 0 && !steps.empty() ? 0.6 : 0.0;
    if (pool_share > 0) {
        std::vector<int64_t> bases;
        for (const auto &st : steps)
            if (std::find(bases.begin(), bases.end(), st.base) == bases.end()) bases.push_back(st.base);
        for (size_t i = 0; i < bases.size(); ++i) {
            ReferencePoolOptions po;
            po.k = o.references;
            po.model_id = bases[i];
            po.device = o.device;
            po.executor = o.executor;
            rc.report({"reference pool for model " + std::to_string(bases[i]), int64_t(i), int64_t(bases.size()),
                       pool_share * double(i) / double(bases.size())});
            const auto pr = build_reference_pool(project, po,
                                                 rc.part(pool_share * double(i) / double(bases.size()),
                                                         pool_share * double(i + 1) / double(bases.size())));
            json pj = pr.to_json();
            pj["model_id"] = bases[i];
            res.pools.push_back(pj);
        }
    }

    for (size_t i = 0; i < steps.size(); ++i) {
        const auto &st = steps[i];
        rc.check_cancel();
        ForgetOptions fo;
        fo.selection.subjects = {res.request.subject_pseudonym};
        fo.method = st.method;
        fo.model_id = st.model;
        fo.request_id = res.request.id;
        fo.device = o.device;
        fo.executor = o.executor;
        // Every job of the case is audited against the full pools; the
        // reference models that saw the subject are purged by the last one.
        fo.purge_reference_models = i + 1 == steps.size();
        const double lo = pool_share + (1 - pool_share) * double(i) / double(steps.size());
        const double hi = pool_share + (1 - pool_share) * double(i + 1) / double(steps.size());
        rc.report({"forgetting subject " + res.request.subject_pseudonym + " from model " + std::to_string(st.model) +
                       " with " + st.method,
                   int64_t(i), int64_t(steps.size()), lo});
        InvestigateJob job;
        job.forget = forget(project, fo, rc.part(lo, hi));
        if (job.forget.before_audit_id) job.before = audit_brief(lin.audit(*job.forget.before_audit_id).summary);
        if (job.forget.after_audit_id) job.after = audit_brief(lin.audit(*job.forget.after_audit_id).summary);
        res.jobs.push_back(std::move(job));
    }
    // One report for the case after every job: its page 1 shows the case as
    // it now stands, the same verdict the result below carries.
    if (o.write_report) {
        rc.check_cancel();
        rc.report({"writing the case report", 0, 0, 1.0});
        res.report = o.write_report(res.request.id);
        for (auto &job : res.jobs) job.report = res.report;
    }
    rc.report({"verifying the project", 0, 0, 1.0});
    res.verify = verify_project(project);
    res.request = case_row(lin, res.request.id);
    res.verdict = case_verdict(lin, res.request.id);
    return res;
}

} // namespace lethe
