// The case verdict and the case lifecycle (issue 9). The rules are stated in
// docs/audit.md ("The case verdict"); this file is their only implementation.
#include "jobs/cases.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "audit/attacks.h"
#include "core/error.h"
#include "lineage/audit_queries.h"
#include "lineage/browse.h"
#include "lineage/case_queries.h"
#include "unlearn/registry.h"

using nlohmann::json;

namespace lethe {

// --- words -----------------------------------------------------------------------
const char *to_string(CaseResult r) {
    switch (r) {
    case CaseResult::Pass: return "pass";
    case CaseResult::Fail: return "fail";
    case CaseResult::Inconclusive: return "inconclusive";
    default: return "open";
    }
}

const char *to_string(FindingLayer l) {
    switch (l) {
    case FindingLayer::Lineage: return "lineage";
    case FindingLayer::Behaviour: return "behaviour";
    default: return "utility";
    }
}

std::string result_word(CaseResult r) {
    std::string w = to_string(r);
    for (auto &c : w) c = char(std::toupper(static_cast<unsigned char>(c)));
    return w;
}

CaseStatus case_status_from(const std::string &s) { return parse_case_status(s, "case status"); }

std::string status_words(CaseStatus s) {
    switch (s) {
    case CaseStatus::Open: return "open";
    case CaseStatus::InProgress: return "in progress";
    case CaseStatus::Answered: return "answered";
    case CaseStatus::Refused: return "refused (Art. 12(4))";
    default: return "extended (Art. 12(3))";
    }
}

bool case_is_closed(CaseStatus s) { return s == CaseStatus::Answered || s == CaseStatus::Refused; }

json Finding::to_json() const {
    return {{"model_id", model_id ? json(*model_id) : json()},
            {"layer", to_string(layer)},
            {"result", to_string(result)},
            {"sentence", sentence},
            {"detail", detail},
            {"job_id", job_id ? json(*job_id) : json()},
            {"key", key},
            {"args", args}};
}

json ModelInScope::to_json() const {
    return {{"model_id", model_id},
            {"kind", kind},
            {"arch", arch},
            {"records_placed", records_placed},
            {"job_id", job_id ? json(*job_id) : json()},
            {"handled_model_id", handled_model_id ? json(*handled_model_id) : json()},
            {"current_model_id", current_model_id ? json(*current_model_id) : json()},
            {"method", method.empty() ? json() : json(method)},
            {"exact", exact},
            {"handled_at", handled_at.empty() ? json() : json(handled_at)},
            {"result", to_string(result)}};
}

int CaseVerdict::open_findings() const {
    return int(
        std::count_if(findings.begin(), findings.end(), [](const Finding &f) { return f.result == CaseResult::Open; }));
}

json CaseVerdict::to_json() const {
    json f = json::array(), m = json::array();
    for (const auto &x : findings) f.push_back(x.to_json());
    for (const auto &x : models) m.push_back(x.to_json());
    return {{"result", to_string(result)},
            {"summary", summary},
            {"summary_key", summary_key},
            {"summary_args", summary_args},
            {"findings", f},
            {"models", m},
            {"case_records", case_records},
            {"reference_models_holding", reference_models_holding}};
}

// --- dates ---------------------------------------------------------------------------
namespace {

struct Ymd {
    int y = 0, m = 0, d = 0;
};

bool parse_ymd(const std::string &s, Ymd &out) {
    if (s.size() < 10) return false;
    int y = 0, m = 0, d = 0;
    char a = 0, b = 0;
    if (std::sscanf(s.substr(0, 10).c_str(), "%4d%c%2d%c%2d", &y, &a, &m, &b, &d) != 5 || a != '-' || b != '-')
        return false;
    if (m < 1 || m > 12 || d < 1 || d > 31) return false;
    out = {y, m, d};
    return true;
}

Ymd need_ymd(const std::string &s) {
    Ymd v;
    if (!parse_ymd(s, v)) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "'%1' is not a date (YYYY-MM-DD)"), s));
    return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t days_from_civil(Ymd v) {
    const int y = v.y - (v.m <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (v.m + (v.m > 2 ? -3 : 9)) + 2) / 5 + v.d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return int64_t(era) * 146097 + int64_t(doe) - 719468;
}

int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

std::string iso(Ymd v) {
    char b[40]; // room for any int, so the compiler sees no truncation
    std::snprintf(b, sizeof b, "%04d-%02d-%02d", v.y, v.m, v.d);
    return b;
}

} // namespace

std::string today_iso() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return iso({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

std::string add_months_iso(const std::string &date, int months) {
    Ymd v = need_ymd(date);
    const int total = v.y * 12 + (v.m - 1) + months;
    v.y = total / 12;
    v.m = total % 12 + 1;
    v.d = std::min(v.d, days_in_month(v.y, v.m));
    return iso(v);
}

int64_t days_between(const std::string &from, const std::string &to) {
    return days_from_civil(need_ymd(to)) - days_from_civil(need_ymd(from));
}

// --- the verdict -------------------------------------------------------------------
namespace {

std::string model_words(const ModelRow &m) {
    std::string arch = m.arch == "torchscript" ? "imported PyTorch model"
                       : m.arch == "cnn"       ? "CNN"
                       : m.arch == "mlp"       ? "MLP"
                       : m.arch == "logreg"    ? "logistic regression"
                                               : m.arch;
    if (m.kind == ModelKind::Sisa && m.arch == "torchscript")
        return "the SISA ensemble imported from PyTorch (model " + std::to_string(m.id) + ")";
    if (m.kind == ModelKind::Sisa) return "the SISA ensemble (model " + std::to_string(m.id) + ", " + arch + " shards)";
    return "the " + std::string(m.arch == "torchscript" ? "" : "monolithic ") + arch + " (model " +
           std::to_string(m.id) + ")";
}

// model_words' facts, for a message's args: the trained model, its kind and architecture.
json model_args(const ModelRow &m) {
    return {{"trained_model", m.id}, {"kind", m.kind == ModelKind::Sisa ? "sisa" : "monolithic"}, {"arch", m.arch}};
}

std::string fmt(double v, int digits = 2) {
    char b[32];
    std::snprintf(b, sizeof b, "%.*f", digits, v);
    return b;
}

std::string pct(double v) { return fmt(v * 100, 1) + "%"; }

// caught_in_100's number: 100 for "more than 99", 0 for "fewer than 1".
int64_t caught_number(double z_power, double z_fail) {
    const double p = 1 - normal_sf(z_power - z_fail);
    if (p > 0.995) return 100;
    if (p < 0.005) return 0;
    return std::lround(100 * p);
}

const json *member(const json &j, const char *k) {
    return j.is_object() && j.contains(k) && !j[k].is_null() ? &j[k] : nullptr;
}

// The Hanley and McNeil standard error of an AUC of 0.5, doubled, at least 0.05.
double auc_margin(int64_t m, int64_t n) {
    if (m <= 0 || n <= 0) return 0.5;
    return std::max(0.05, 2.0 * std::sqrt(double(m + n + 1) / (12.0 * double(m) * double(n))));
}

struct Audits {
    std::optional<AuditRow> before, after, reference;
};

Audits job_audits_of(Lineage &lin, int64_t job_id, int64_t output_model) {
    Audits a;
    for (auto &row : lin.audits(job_id)) {
        if (row.role == AuditRole::Before)
            a.before = row;
        else if (row.role == AuditRole::After && row.model_id == output_model)
            a.after = row;
        else if (row.role == AuditRole::Reference)
            a.reference = row;
    }
    return a;
}

// Behaviour: the after-audit's per-subject test for this case's subject, and
// the loss attack over the forget set. Returns the finding; sets fail/pass.
Finding behaviour_finding(const ModelInScope &ms, const std::string &subject, const Audits &au, bool exact) {
    Finding f;
    f.model_id = ms.model_id;
    f.layer = FindingLayer::Behaviour;
    f.job_id = ms.job_id;
    const std::string who = "model " + std::to_string(*ms.handled_model_id);
    if (!au.after) {
        f.result = CaseResult::Inconclusive;
        f.sentence = "No audit was run on " + who + " after job " + std::to_string(*ms.job_id) +
                     ", so nothing tested whether it still reveals the subject's records.";
        f.detail = "no after-audit stored for job " + std::to_string(*ms.job_id);
        f.key = exact ? "behaviour.no_audit.exact" : "behaviour.no_audit";
        f.args = {{"model", *ms.handled_model_id}, {"job", *ms.job_id}};
        if (exact) f.sentence += " The lineage proof above does not depend on it.";
        return f;
    }
    const json &s = au.after->summary;
    // The loss attack over the whole forget set (members) against the test records.
    bool loss_fail = false;
    std::string loss_detail;
    if (const json *mia = member(s, "mia"))
        if (const json *l = member(*mia, "loss")) {
            const int64_t m = l->value("n_members", int64_t(0)), n = l->value("n_nonmembers", int64_t(0));
            const double auc = l->value("auc", 0.5), margin = auc_margin(m, n);
            loss_fail = m >= 10 && n >= 10 && auc > 0.5 + margin;
            loss_detail = "loss attack AUC " + fmt(auc, 3) + " on " + std::to_string(m) + " forget vs " +
                          std::to_string(n) + " test records (allowed 0.5 +- " + fmt(margin, 3) + ")";
        }
    const json *subj = nullptr;
    if (const json *subs = member(s, "subjects"))
        for (const auto &x : *subs)
            if (x.value("subject", std::string()) == subject) subj = &x;
    const json *thr = member(s, "verdict") ? member(s["verdict"], "thresholds") : nullptr;
    const double z_fail = thr ? thr->value("z_fail", 3.09) : 3.09, z_power = thr ? thr->value("z_power", 4.735) : 4.735;
    const std::string basis = member(s, "verdict") ? s["verdict"].value("basis", std::string()) : std::string();
    if (!subj) {
        f.result = loss_fail ? CaseResult::Fail : CaseResult::Inconclusive;
        f.key = loss_fail ? "behaviour.loss_fail" : "behaviour.no_subject_test";
        f.args = {{"model", *ms.handled_model_id}};
        f.sentence = loss_fail ? "An attacker can still tell the selected records apart from data " + who +
                                     " never saw: it behaves as if it had trained on them."
                               : "The audit of " + who +
                                     " has no test for this subject, so its behaviour neither "
                                     "shows the records remembered nor forgotten.";
        f.detail = loss_detail.empty() ? "no per-subject test in audit " + std::to_string(au.after->id)
                                       : loss_detail + "; no per-subject test in audit " + std::to_string(au.after->id);
        return f;
    }
    const std::string v = subj->value("verdict", std::string("inconclusive"));
    const double z = subj->value("z", 0.0);
    const int64_t n = subj->value("n", int64_t(0));
    const json *zp = member(*subj, "z_if_remembered");
    std::string ci;
    if (const json *c = member(*subj, "z_ci95"); c && c->is_array() && c->size() == 2)
        ci = " [95% " + fmt((*c)[0].get<double>()) + ", " + fmt((*c)[1].get<double>()) + "]";
    f.detail = "audit " + std::to_string(au.after->id) + ": subject z = " + fmt(z) + ci + " over " + std::to_string(n) +
               " records, power z = " + (zp ? fmt(zp->get<double>()) : std::string("unavailable")) +
               "; fail at z >= " + fmt(z_fail) + ", pass needs power z >= " + fmt(z_power) +
               (basis.empty() ? "" : "; " + basis) + (loss_detail.empty() ? "" : "; " + loss_detail);
    const std::string recs = std::to_string(n) + " record" + (n == 1 ? "" : "s");
    // The numbers as the sentence prints them (two decimals), so that any edition states the same.
    f.args = {
        {"model", *ms.handled_model_id}, {"n", n}, {"z", fmt(z)}, {"z_fail", fmt(z_fail)}, {"z_power", fmt(z_power)}};
    if (zp) {
        f.args["power_z"] = fmt(zp->get<double>());
        f.args["caught_in_100"] = caught_number(zp->get<double>(), z_fail);
    }
    if (v == "fail" || loss_fail) {
        f.result = CaseResult::Fail;
        f.key = v == "fail" ? "behaviour.fail" : "behaviour.loss_fail";
        f.sentence = who + " still recognises the subject's " + recs +
                     " as its training data, far more than models that never saw them do (z = " + fmt(z) + ", where " +
                     fmt(z_fail) + " already happens by chance only once in a thousand).";
        if (v != "fail")
            f.sentence = "An attacker can still tell the selected records apart from data " + who +
                         " never saw: it behaves as if it had trained on them.";
    } else if (v == "pass") {
        f.result = CaseResult::Pass;
        f.key = "behaviour.pass";
        f.sentence = who + " treats the subject's " + recs + " like data it never saw (z = " + fmt(z) +
                     "), and the test was strong enough: a model that still remembered them would have scored about " +
                     fmt(zp ? zp->get<double>() : 0.0) + " and been caught " +
                     caught_in_100(zp ? zp->get<double>() : 0.0, z_fail) + ".";
    } else {
        f.result = CaseResult::Inconclusive;
        f.key = zp ? "behaviour.weak" : "behaviour.no_power";
        f.sentence = zp ? "The test cannot decide for " + who + ": a model that still remembered the subject's " +
                              recs + " would score only about " + fmt(zp->get<double>()) + " and be caught " +
                              caught_in_100(zp->get<double>(), z_fail) + " (a pass needs " + fmt(z_power) +
                              ", 95 in 100), so finding nothing (z = " + fmt(z) + ") proves little."
                        : "The test cannot decide for " + who +
                              ": no reference model trained on the subject remains, so nothing shows what a model "
                              "that remembered the " +
                              recs + " would look like.";
    }
    if (exact && f.result == CaseResult::Fail) {
        f.key += ".exact";
        f.sentence += " The lineage says the model never saw them: look for copies of these records among the "
                      "retained data.";
    }
    return f;
}

Finding utility_finding(const ModelInScope &ms, const Audits &au) {
    Finding f;
    f.model_id = ms.model_id;
    f.layer = FindingLayer::Utility;
    f.job_id = ms.job_id;
    const std::string who = "model " + std::to_string(*ms.handled_model_id);
    auto acc = [](const std::optional<AuditRow> &a, const char *set) -> std::optional<double> {
        if (!a) return std::nullopt;
        const json *x = member(a->summary, "accuracy");
        if (!x || !member(*x, set) || !(*x)[set].is_number()) return std::nullopt;
        return (*x)[set].get<double>();
    };
    auto ci = [](const std::optional<AuditRow> &a, const char *set) -> std::string {
        if (!a) return {};
        const json *x = member(a->summary, "accuracy_ci95");
        if (!x || !member(*x, set) || !(*x)[set].is_array() || (*x)[set].size() != 2) return {};
        return " [" + pct((*x)[set][0].get<double>()) + ", " + pct((*x)[set][1].get<double>()) + "]";
    };
    const auto tb = acc(au.before, "test"), ta = acc(au.after, "test"), tr = acc(au.reference, "test");
    const auto rb = acc(au.before, "retain"), ra = acc(au.after, "retain"), rr = acc(au.reference, "retain");
    if (!ta) {
        f.result = CaseResult::Inconclusive;
        f.sentence = "The accuracy of " + who + " after the job was not measured.";
        f.key = "utility.not_measured";
        f.args = {{"model", *ms.handled_model_id}};
        f.detail = "no after-audit with accuracy";
        return f;
    }
    // Against the retrained reference where there is one, else against the model before.
    const auto base_t = tr ? tr : tb;
    const double drop = base_t ? (*base_t - *ta) * 100 : 0.0;
    f.result = base_t && drop > 2.0 ? CaseResult::Inconclusive : CaseResult::Pass;
    // One key per combination of the figures present: each a whole sentence.
    f.key = std::string("utility.") + (f.result == CaseResult::Pass ? "kept" : "dropped") + (tb ? ".before" : "") +
            (tr ? ".reference" : "");
    f.args = {{"model", *ms.handled_model_id}, {"after", pct(*ta)}};
    if (tb) f.args["before"] = pct(*tb);
    if (tr) f.args["reference"] = pct(*tr);
    f.sentence = "On data it never trained on, " + who + " is right " + pct(*ta) + " of the time";
    if (tb) f.sentence += ", against " + pct(*tb) + " before the job";
    if (tr) f.sentence += " and " + pct(*tr) + " for a model retrained without the records";
    f.sentence += f.result == CaseResult::Pass ? ": the erasure did not damage it."
                                               : ": it lost more than 2 points, check it still serves its purpose "
                                                 "(this does not change the case result).";
    f.detail = "test accuracy " + (tb ? pct(*tb) + ci(au.before, "test") + " -> " : std::string()) + pct(*ta) +
               ci(au.after, "test") + (tr ? ", reference " + pct(*tr) + ci(au.reference, "test") : std::string()) +
               (ra ? "; retain accuracy " + (rb ? pct(*rb) + " -> " : std::string()) + pct(*ra) +
                         ci(au.after, "retain") + (rr ? ", reference " + pct(*rr) : std::string())
                   : std::string()) +
               "; a drop over 2 points against " + (tr ? "the reference" : "the model before") + " is flagged";
    return f;
}

std::string join_ids(const std::vector<std::string> &v, size_t most = 6) {
    std::string s;
    for (size_t i = 0; i < v.size() && i < most; ++i) s += (i ? ", " : "") + v[i];
    if (v.size() > most) s += " and " + std::to_string(v.size() - most) + " more";
    return s;
}

// What the case verdict reads about the project's models, once.
struct CaseModels {
    std::map<int64_t, ModelRow> by_id;
    std::map<int64_t, std::vector<int64_t>> children;
    std::vector<JobRow> jobs; // the case's finished forget jobs, newest first
    std::vector<CaseArtifact> live;
};

// A model's version chain: itself and every model derived from it.
std::set<int64_t> version_chain(const CaseModels &cm, int64_t id) {
    std::set<int64_t> chain;
    std::vector<int64_t> todo = {id};
    while (!todo.empty()) {
        const int64_t x = todo.back();
        todo.pop_back();
        if (!chain.insert(x).second) continue;
        const auto c = cm.children.find(x);
        if (c != cm.children.end())
            for (auto y : c->second) todo.push_back(y);
    }
    return chain;
}

// The chain's live artifacts that still hold a case record, the handled
// output itself (and its shards) aside: for an approximate method the
// output is the model whose behaviour is tested.
std::vector<std::string> residual_copies(const CaseModels &cm, const std::set<int64_t> &runs, const ModelRow &m,
                                         const ModelRow &out) {
    std::vector<std::string> residual;
    for (const auto &a : cm.live) {
        if (!runs.count(a.run_id)) continue;
        if (a.table == "models" && (a.id == out.id || a.ensemble_id == out.id)) continue;
        if (a.table == "models") {
            residual.push_back(a.kind == "shard"
                                   ? "shard model " + std::to_string(a.id)
                                   : "model " + std::to_string(a.id) + (a.id == m.id ? " (the original)" : ""));
        } else {
            residual.push_back(a.kind + " " + std::to_string(a.id));
        }
    }
    return residual;
}

std::string join_numbers(const std::set<int64_t> &v) {
    std::string r;
    for (auto x : v) r += (r.empty() ? "" : ", ") + std::to_string(x);
    return r;
}

// The lineage finding of a handled model: what its history proves.
Finding lineage_finding(const ModelInScope &ms, const ModelRow &m, const ModelRow &out, const JobRow &hj,
                        const std::set<int64_t> &runs, const std::vector<std::string> &residual, bool exact_method,
                        int64_t placed_out, int64_t case_records) {
    const std::string name = model_words(m);
    const MethodInfo *mi = find_method(ms.method);
    Finding lf;
    lf.model_id = m.id;
    lf.layer = FindingLayer::Lineage;
    lf.job_id = ms.job_id;
    const std::string job_words = "job " + std::to_string(*ms.job_id) + ", " + ms.method;
    lf.args = model_args(m);
    lf.args["job"] = *ms.job_id;
    lf.args["method"] = ms.method;
    lf.args["model"] = out.id;
    if (exact_method && placed_out > 0) {
        lf.result = CaseResult::Fail;
        lf.key = "lineage.exact_still_trained";
        lf.args["placed"] = placed_out;
        lf.sentence = "Model " + std::to_string(out.id) + ", the exact retrain of " + name + " (" + job_words +
                      "), was still trained on " + std::to_string(placed_out) + " of the subject's records.";
        lf.detail = "training run " + std::to_string(out.run_id.value_or(0)) + " places " + std::to_string(placed_out) +
                    " case record(s)";
    } else if (!residual.empty()) {
        lf.result = CaseResult::Fail;
        lf.key = "lineage.residual";
        lf.args["copies"] = int64_t(residual.size());
        lf.args["which"] = join_ids(residual);
        lf.sentence = std::to_string(residual.size()) + " stored cop" + (residual.size() == 1 ? "y" : "ies") + " of " +
                      name + " or of its training still contain the subject's records (" + join_ids(residual) +
                      "): until they are deleted the records are not erased.";
        lf.detail =
            "live artifacts of runs " + join_numbers(runs) + " that placed case records: " + join_ids(residual, 50);
    } else if (ms.exact) {
        lf.result = CaseResult::Pass;
        lf.key = "lineage.exact";
        lf.sentence = name + " was retrained without the subject's records (" + job_words + "): model " +
                      std::to_string(out.id) + " never saw them, and no stored copy that did is left.";
        lf.detail = "training run " + std::to_string(out.run_id.value_or(0)) + " of model " + std::to_string(out.id) +
                    " places 0 of " + std::to_string(case_records) +
                    " case records; no live checkpoint, update log or earlier version holds one";
    } else {
        lf.result = CaseResult::Inconclusive;
        lf.key = "lineage.approximate";
        lf.sentence = name + " was adjusted, not retrained (" + job_words + "): model " + std::to_string(out.id) +
                      " comes from a model that saw the records, so its history cannot prove them gone; its "
                      "behaviour has to.";
        lf.detail = "model " + std::to_string(out.id) + " derives from model " +
                    std::to_string(hj.input_model_id.value_or(0)) + ", whose training placed case records " +
                    "(method " + ms.method + ", " + (mi ? std::string(to_string(mi->kind)) : std::string("?")) +
                    "); no other live artifact holds one";
    }
    return lf;
}

// One trained model that placed case records: its findings (lineage,
// behaviour, utility) and its result, or an open finding when no job of the
// case handled it. Nothing when the model is out of scope (its whole chain
// was deleted before this case, by another).
void assess_model(Lineage &lin, const RequestRow &req, const CaseModels &cm, const ModelRow &m, int64_t placed,
                  CaseVerdict &cv) {
    const auto chain = version_chain(cm, m.id);
    ModelInScope ms;
    ms.model_id = m.id;
    ms.kind = m.kind;
    ms.arch = m.arch;
    ms.records_placed = placed;
    const JobRow *handling = nullptr;
    for (const auto &j : cm.jobs)
        if (chain.count(*j.input_model_id)) {
            handling = &j;
            ms.job_id = j.id;
            ms.handled_model_id = *j.output_model_id;
            ms.method = j.method;
            ms.handled_at = j.finished_at;
            break;
        }
    // The runs of the chain's models (shard models count with their ensemble).
    std::set<int64_t> runs;
    for (auto x : chain)
        if (cm.by_id.at(x).run_id) runs.insert(*cm.by_id.at(x).run_id);
    for (auto x : chain) // std::set: ascending ids, so the last live one is the newest
        if (cm.by_id.at(x).state == ArtifactState::Live) ms.current_model_id = x;
    const bool chain_live = std::any_of(chain.begin(), chain.end(),
                                        [&](int64_t x) { return cm.by_id.at(x).state != ArtifactState::Purged; });
    if (!ms.job_id && !chain_live) return; // deleted before this case, by another: nothing holds the records
    if (!ms.job_id) {
        ms.result = CaseResult::Open;
        Finding f;
        f.model_id = m.id;
        f.layer = FindingLayer::Lineage;
        f.result = CaseResult::Open;
        f.key = "lineage.open";
        f.args = model_args(m);
        f.args["placed"] = placed;
        f.sentence = model_words(m) + " was trained on " + std::to_string(placed) +
                     " of the subject's records and no job "
                     "of this case has handled it yet: the records are still in it.";
        f.detail = "training run " + std::to_string(*m.run_id) + " placed " + std::to_string(placed) +
                   " case record(s); no finished forget job of request " + std::to_string(req.id) +
                   " took a model of this chain as input";
        cv.findings.push_back(f);
        cv.models.push_back(ms);
        return;
    }
    const ModelRow &out = cm.by_id.at(*ms.handled_model_id);
    const int64_t placed_out = out.run_id ? case_records_placed(lin, req.id, *out.run_id) : placed;
    // Exact by method (retrain, sisa; certified removal that fell back to a
    // retrain), proven by the output's training run placing no case record.
    // An approximate output's run lists only the data it was adjusted on.
    const JobRow &hj = *handling;
    const MethodInfo *mi = find_method(ms.method);
    const bool exact_method = (mi && mi->kind == MethodKind::Exact) ||
                              (ms.method == "certified" && hj.result.is_object() &&
                               hj.result.value("note", std::string()).find("retrain") != std::string::npos);
    ms.exact = exact_method && placed_out == 0;
    const Finding lf = lineage_finding(ms, m, out, hj, runs, residual_copies(cm, runs, m, out), exact_method,
                                       placed_out, cv.case_records);
    cv.findings.push_back(lf);
    const Audits au = job_audits_of(lin, *ms.job_id, out.id);
    const Finding bf = behaviour_finding(ms, req.subject_pseudonym, au, ms.exact);
    cv.findings.push_back(bf);
    cv.findings.push_back(utility_finding(ms, au));
    // The model's result: lineage and behaviour (utility informs, it does not decide).
    if (lf.result == CaseResult::Fail)
        ms.result = CaseResult::Fail;
    else if (ms.exact)
        ms.result = bf.result == CaseResult::Fail ? CaseResult::Inconclusive : CaseResult::Pass;
    else
        ms.result = bf.result;
    cv.models.push_back(ms);
}

// Reference-pool models Lethe trained for the audit that still hold a case
// record: one open finding. Returns them.
std::vector<std::string> reference_holdings(Lineage &lin, const std::vector<int64_t> &ids, CaseVerdict &cv) {
    std::vector<std::string> refs;
    for (const auto &[pool, mask] : reference_masks_of_records(lin, ids))
        for (const auto &rm : reference_models(lin, pool))
            if (rm.state != ArtifactState::Purged && size_t(rm.idx) < mask.size() && mask[size_t(rm.idx)] == '1')
                refs.push_back("pool " + std::to_string(pool) + " model " + std::to_string(rm.idx));
    cv.reference_models_holding = int64_t(refs.size());
    if (refs.empty()) return refs;
    Finding f;
    f.layer = FindingLayer::Lineage;
    f.result = CaseResult::Open;
    f.key = "references.open";
    f.args = {{"count", int64_t(refs.size())}};
    f.sentence = std::to_string(refs.size()) + " reference model" + (refs.size() == 1 ? "" : "s") +
                 " that Lethe trained for the audit still contain the subject's records; the case's next "
                 "forget job deletes them.";
    f.detail = "live reference models with a case record IN: " + join_ids(refs, 50);
    cv.findings.push_back(f);
    return refs;
}

// The case result and its summary, from the models' results.
void case_result(CaseVerdict &cv, size_t n_refs) {
    const int n = int(cv.models.size());
    auto count = [&](CaseResult r) {
        return int(
            std::count_if(cv.models.begin(), cv.models.end(), [&](const ModelInScope &x) { return x.result == r; }));
    };
    const int open = count(CaseResult::Open), fail = count(CaseResult::Fail), pass = count(CaseResult::Pass);
    const std::string of_n =
        " of the " + std::to_string(n) + " model" + (n == 1 ? "" : "s") + " that trained on the subject's records";
    cv.summary_args = {{"models", n}};
    if (n == 0 && n_refs == 0) {
        cv.result = CaseResult::Pass;
        cv.summary_key = "summary.nothing";
        cv.summary =
            "Pass: no model Lethe tracks was trained on the subject's records. Nothing needed to be unlearned.";
    } else if (open > 0 || n_refs > 0) {
        cv.result = CaseResult::Open;
        cv.summary_key = open ? "summary.open" : "summary.open_references";
        cv.summary_args["open"] = open;
        cv.summary_args["references"] = int64_t(n_refs);
        cv.summary = "Open: " +
                     (open ? std::to_string(open) + of_n + (open == 1 ? " has" : " have") + " not been handled yet"
                           : std::to_string(n_refs) + " reference model(s) trained for the audit still hold the "
                                                      "records") +
                     ". The case cannot be answered until every one is.";
    } else if (fail > 0) {
        cv.result = CaseResult::Fail;
        cv.summary_key = "summary.fail";
        cv.summary_args["fail"] = fail;
        cv.summary = "Fail: for " + std::to_string(fail) + of_n +
                     " the evidence shows the records are still there. The request has not been honoured.";
    } else if (pass == n) {
        cv.result = CaseResult::Pass;
        cv.summary_key = "summary.pass";
        cv.summary = "Pass: every model that trained on the subject's records was handled, and the lineage or a test "
                     "strong enough to see them shows the records gone. The erasure request was honoured.";
    } else {
        cv.result = CaseResult::Inconclusive;
        cv.summary_key = "summary.inconclusive";
        cv.summary_args["pass"] = pass;
        cv.summary = "Inconclusive: " + std::to_string(pass) + of_n +
                     " are shown free of the records, but for the rest the test was too weak to tell. An exact "
                     "retrain, or more reference models, would decide.";
    }
}

} // namespace

CaseVerdict case_verdict(Lineage &lin, int64_t request_id) {
    const RequestRow req = case_row(lin, request_id);
    CaseVerdict cv;
    const auto ids = case_record_ids(lin, request_id);
    cv.case_records = int64_t(ids.size());
    CaseModels cm;
    const auto all = lin.models(true);
    for (const auto &m : all) {
        cm.by_id[m.id] = m;
        if (m.parent_model_id) cm.children[*m.parent_model_id].push_back(m.id);
    }
    for (auto &j : forget_jobs(lin, request_id))
        if (j.status == JobStatus::Done && j.output_model_id && j.input_model_id) cm.jobs.push_back(j);
    cm.live = case_live_artifacts(lin, request_id);
    // Models in scope: every trained model (not a shard) whose run placed a case record.
    for (const auto &m : all) {
        if (m.kind == ModelKind::Shard || m.origin != ModelOrigin::Trained || !m.run_id) continue;
        const int64_t placed = case_records_placed(lin, request_id, *m.run_id);
        if (placed > 0) assess_model(lin, req, cm, m, placed, cv);
    }
    const auto refs = reference_holdings(lin, ids, cv);
    for (auto &f : cv.findings)
        if (!f.sentence.empty()) f.sentence[0] = char(std::toupper(static_cast<unsigned char>(f.sentence[0])));
    case_result(cv, refs.size());
    return cv;
}

// --- the lifecycle -------------------------------------------------------------------
RequestRow case_row(Lineage &lin, int64_t request_id) {
    auto r = request_by_id(lin, request_id);
    if (!r) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no erasure request with id %2"), lin.path(), request_id));
    return *r;
}

namespace {

std::optional<int64_t> subject_of(Lineage &lin, const std::string &pseudonym) {
    if (pseudonym.empty()) return std::nullopt;
    return lin.subject_id(pseudonym, false); // BadInput for an unknown subject
}

// BadInput when the case is answered or refused, with the whole sentence for
// each closed status (%1 the case reference, %2 when it was closed), so that
// each translates as one. The one check of every writer that needs an open case.
void require_open(const RequestRow &r, const char *answered, const char *refused) {
    if (case_is_closed(r.status))
        bad_input(msg(r.status == CaseStatus::Answered ? answered : refused, r.case_ref, r.decided_at));
}

} // namespace

RequestRow add_case(Lineage &lin, const NewCase &c, const std::string &actor) {
    if (c.case_ref.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "the case needs a reference (e.g. DPO-2026-0002)")));
    const std::string received = c.received_at.empty() ? today_iso() : c.received_at.substr(0, 10);
    need_ymd(received);
    if (c.rule.months < 1)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "the deadline rule needs at least one month to answer")));
    RequestRow r;
    r.case_ref = c.case_ref;
    r.subject_pseudonym = c.subject;
    r.received_at = received;
    r.ground = c.ground.empty() ? "Art. 17(1)(b): consent withdrawn" : c.ground;
    r.deadline_at = add_months_iso(received, c.rule.months);
    r.first_deadline_at = r.deadline_at;
    r.status = CaseStatus::Open;
    auto tx = lin.begin();
    r.subject_id = subject_of(lin, c.subject);
    for (const auto &o : lin.requests())
        if (o.case_ref == r.case_ref)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "a case '%1' exists already"), r.case_ref));
    r.id = lin.insert_request(r);
    lin.append_log(actor, "request.opened",
                   {{"request_id", r.id},
                    {"case_ref", r.case_ref},
                    {"subject", r.subject_pseudonym},
                    {"received_at", r.received_at},
                    {"deadline_at", r.deadline_at},
                    {"ground", r.ground},
                    {"rule_months", c.rule.months}});
    tx->commit();
    return case_row(lin, r.id);
}

RequestRow edit_case(Lineage &lin, int64_t request_id, const CaseEdit &e, const std::string &actor) {
    RequestRow r = case_row(lin, request_id);
    require_open(r, QT_TRANSLATE_NOOP("Engine", "case %1 is answered (%2): it cannot be edited"),
                 QT_TRANSLATE_NOOP("Engine", "case %1 is refused (Art. 12(4)) (%2): it cannot be edited"));
    if (e.case_ref) {
        if (e.case_ref->empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "the case needs a reference")));
        for (const auto &o : lin.requests())
            if (o.case_ref == *e.case_ref && o.id != r.id)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "a case '%1' exists already"), *e.case_ref));
        r.case_ref = *e.case_ref;
    }
    if (e.ground) r.ground = *e.ground;
    if (e.received_at) {
        need_ymd(*e.received_at);
        r.received_at = e.received_at->substr(0, 10);
        r.first_deadline_at = add_months_iso(r.received_at, e.rule.months);
        r.deadline_at = add_months_iso(r.first_deadline_at, r.extended_months);
    }
    auto tx = lin.begin();
    if (e.subject) {
        r.subject_id = subject_of(lin, *e.subject);
        r.subject_pseudonym = *e.subject;
    }
    update_request(lin, r);
    lin.append_log(actor, "request.edited",
                   {{"request_id", r.id},
                    {"case_ref", r.case_ref},
                    {"subject", r.subject_pseudonym},
                    {"received_at", r.received_at},
                    {"deadline_at", r.deadline_at},
                    {"ground", r.ground}});
    tx->commit();
    return case_row(lin, request_id);
}

RequestRow extend_case(Lineage &lin, int64_t request_id, int months, const std::string &reason,
                       const DeadlineRule &rule, const std::string &actor) {
    RequestRow r = case_row(lin, request_id);
    require_open(r, QT_TRANSLATE_NOOP("Engine", "case %1 is answered (%2): it cannot be extended"),
                 QT_TRANSLATE_NOOP("Engine", "case %1 is refused (Art. 12(4)) (%2): it cannot be extended"));
    if (reason.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "an extension needs the reason the subject is told (Art. 12(3))")));
    if (months < 1) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "an extension is at least one month")));
    if (r.extended_months + months > rule.extension_months)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "case %1 is already extended by %2 month(s); Art. 12(3) allows %3 in all"),
                r.case_ref, r.extended_months, rule.extension_months));
    r.extended_months += months;
    r.deadline_at = add_months_iso(r.first_deadline_at, r.extended_months);
    r.status = CaseStatus::Extended;
    auto tx = lin.begin();
    update_request(lin, r);
    lin.append_log(actor, "request.extended",
                   {{"request_id", r.id},
                    {"case_ref", r.case_ref},
                    {"months", months},
                    {"extended_months", r.extended_months},
                    {"deadline_at", r.deadline_at},
                    {"reason", reason}});
    tx->commit();
    return case_row(lin, request_id);
}

RequestRow refuse_case(Lineage &lin, int64_t request_id, const std::string &reason, const std::string &actor) {
    RequestRow r = case_row(lin, request_id);
    require_open(r, QT_TRANSLATE_NOOP("Engine", "case %1 is answered (%2): it cannot be refused"),
                 QT_TRANSLATE_NOOP("Engine", "case %1 is refused (Art. 12(4)) (%2): it cannot be refused"));
    if (reason.empty())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "a refusal needs its reason (Art. 12(4): the subject must be told why)")));
    r.status = CaseStatus::Refused;
    r.decided_at = now_iso8601();
    r.decision_note = reason;
    auto tx = lin.begin();
    update_request(lin, r);
    lin.append_log(actor, "request.refused", {{"request_id", r.id}, {"case_ref", r.case_ref}, {"reason", reason}});
    tx->commit();
    return case_row(lin, request_id);
}

RequestRow answer_case(Lineage &lin, int64_t request_id, const std::string &note, const std::string &override_reason,
                       const std::string &actor) {
    RequestRow r = case_row(lin, request_id);
    require_open(r, QT_TRANSLATE_NOOP("Engine", "case %1 is answered (%2): it cannot be answered again"),
                 QT_TRANSLATE_NOOP("Engine", "case %1 is refused (Art. 12(4)) (%2): it cannot be answered again"));
    if (note.empty())
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "closing a case needs a note: what was done and what the subject is told")));
    const auto v = case_verdict(lin, request_id);
    const int open = v.open_findings();
    if (open > 0 && override_reason.empty()) {
        const auto first = std::find_if(v.findings.begin(), v.findings.end(),
                                        [](const Finding &f) { return f.result == CaseResult::Open; });
        bad_input("case " + r.case_ref + " has " + std::to_string(open) + " open finding(s) (" + first->sentence +
                  "); handle them, or close with an override and its reason");
    }
    r.status = CaseStatus::Answered;
    r.decided_at = now_iso8601();
    r.decision_note = note;
    r.override_reason = open > 0 ? override_reason : std::string();
    auto tx = lin.begin();
    update_request(lin, r);
    lin.append_log(actor, "request.answered",
                   {{"request_id", r.id},
                    {"case_ref", r.case_ref},
                    {"note", note},
                    {"verdict", to_string(v.result)},
                    {"open_findings", open},
                    {"override_reason", open > 0 ? json(override_reason) : json()},
                    {"days_left", days_between(today_iso(), r.deadline_at)}});
    tx->commit();
    return case_row(lin, request_id);
}

void require_case_takes_jobs(const RequestRow &r) {
    require_open(
        r, QT_TRANSLATE_NOOP("Engine", "case %1 is answered (%2): a closed case takes no further job"),
        QT_TRANSLATE_NOOP("Engine", "case %1 is refused (Art. 12(4)) (%2): a closed case takes no further job"));
}

void case_job_started(Lineage &lin, const RequestRow &r) {
    require_case_takes_jobs(r);
    if (r.status == CaseStatus::Open) {
        RequestRow x = r;
        x.status = CaseStatus::InProgress;
        update_request(lin, x);
        lin.append_log("lethe", "request.in_progress", {{"request_id", r.id}, {"case_ref", r.case_ref}});
    }
}

json case_json(const RequestRow &r, const CaseVerdict &v) {
    const auto st = r.status;
    int64_t days_left = 0;
    try {
        days_left = days_between(today_iso(), r.deadline_at);
    } catch (const Error &) {}
    return {{"id", r.id},
            {"case_ref", r.case_ref},
            {"subject", r.subject_pseudonym},
            {"ground", r.ground},
            {"received_at", r.received_at},
            {"deadline_at", r.deadline_at},
            {"first_deadline_at", r.first_deadline_at},
            {"extended_months", r.extended_months},
            {"days_left", days_left},
            {"overdue", !case_is_closed(st) && days_left < 0},
            {"status", r.status},
            {"status_words", status_words(st)},
            {"decided_at", r.decided_at.empty() ? json() : json(r.decided_at)},
            {"decision_note", r.decision_note.empty() ? json() : json(r.decision_note)},
            {"override_reason", r.override_reason.empty() ? json() : json(r.override_reason)},
            {"verdict", v.to_json()}};
}

json case_json(Lineage &lin, int64_t request_id) {
    const RequestRow r = case_row(lin, request_id);
    json j = case_json(r, case_verdict(lin, request_id));
    // Whether Lethe's own copies of the subject's records were redacted (issue 17).
    const auto [n, at] = r.subject_id ? lin.redacted_of_subject(*r.subject_id) : std::pair<int64_t, std::string>{};
    j["redaction"] = n ? json{{"records", n}, {"at", at}} : json();
    return j;
}

std::vector<CaseEvent> case_timeline(Lineage &lin, int64_t request_id) {
    std::set<int64_t> jobs;
    for (const auto &j : forget_jobs(lin, request_id)) jobs.insert(j.id);
    std::vector<CaseEvent> out;
    for (const auto &e : lin.log_entries()) {
        const json p = json::parse(e.payload_json, nullptr, false);
        if (!p.is_object()) continue;
        const bool mine =
            (p.contains("request_id") && p["request_id"].is_number() && p["request_id"].get<int64_t>() == request_id) ||
            (p.contains("job_id") && p["job_id"].is_number() && jobs.count(p["job_id"].get<int64_t>()));
        if (!mine) continue;
        const auto &a = e.action;
        const int64_t job = p.value("job_id", int64_t(0));
        const auto str = [&](const char *key) {
            return p.contains(key) && p[key].is_string() ? p[key].get<std::string>() : std::string();
        };
        Message t;
        if (a == "request.opened")
            t = msg(QT_TRANSLATE_NOOP("Engine", "case opened, deadline %1"), str("deadline_at"));
        else if (a == "request.edited")
            t = msg(QT_TRANSLATE_NOOP("Engine", "case edited"));
        else if (a == "request.in_progress")
            t = msg(QT_TRANSLATE_NOOP("Engine", "first job started: case in progress"));
        else if (a == "request.extended")
            t = msg(QT_TRANSLATE_NOOP("Engine", "deadline extended to %1: %2"), str("deadline_at"), str("reason"));
        else if (a == "request.refused")
            t = msg(QT_TRANSLATE_NOOP("Engine", "refused: %1"), str("reason"));
        else if (a == "request.answered")
            t = str("override_reason").empty()
                    ? msg(QT_TRANSLATE_NOOP("Engine", "answered (verdict %1): %2"), str("verdict"), str("note"))
                    : msg(QT_TRANSLATE_NOOP("Engine", "answered (verdict %1): %2 — override: %3"), str("verdict"),
                          str("note"), str("override_reason"));
        else if (a == "job.started")
            t = msg(QT_TRANSLATE_NOOP("Engine", "job %1 started: %2 on model %3"), job, str("method"),
                    p.value("input_model_id", int64_t(0)));
        else if (a == "job.done")
            t = msg(QT_TRANSLATE_NOOP("Engine", "job %1 finished"), job);
        else if (a == "forget.done")
            t = msg(QT_TRANSLATE_NOOP("Engine", "job %1: %2 record(s) forgotten from model %3, new model %4; %5 stored "
                                                "copies that saw the records deleted (checkpoints, model files, "
                                                "reference models)"),
                    job, p.value("forgotten_records", int64_t(0)), p.value("input_model_id", int64_t(0)),
                    p.value("output_model_id", int64_t(0)),
                    p.contains("purge") && p["purge"].is_array() ? p["purge"].size() : 0);
        else if (a == "reference_pool.purge_deferred")
            t = msg(QT_TRANSLATE_NOOP("Engine", "job %1: the reference models that saw the records are deleted by the "
                                                "case's next job, which still needs them for its audit"),
                    job);
        else if (a == "job.failed")
            t = msg(QT_TRANSLATE_NOOP("Engine", "job %1 failed"), job);
        else if (a == "job.cancelled")
            t = msg(QT_TRANSLATE_NOOP("Engine", "job %1 cancelled"), job);
        else if (a == "audit.done")
            t = msg(QT_TRANSLATE_NOOP("Engine", "audit %1 of model %2 (%3)"), p.value("audit_id", int64_t(0)),
                    p.value("model_id", int64_t(0)), str("role"));
        else if (a == "report.exported" || a == "report.written")
            t = msg(QT_TRANSLATE_NOOP("Engine", "report written: %1"), str("path"));
        else if (a == "artifact.purged")
            continue; // many; the job's line says it finished
        else
            t = Message{"%1", {a}};
        out.push_back({e.seq, e.at, e.actor, a, t.english(), t});
    }
    return out;
}

// The power of the per-subject test in words: a model that remembered the
// records scores about N(power z, 1), so it is caught (z >= z_fail) with
// probability Phi(power z - z_fail): "in about 64 of 100 such tests". The
// audit-power benchmark (docs/audit-power.md) sets this estimate beside the
// rate measured on planted subjects.
std::string caught_in_100(double z_power, double z_fail) {
    const int64_t n = caught_number(z_power, z_fail);
    if (n == 100) return "in more than 99 of 100 such tests";
    if (n == 0) return "in fewer than 1 of 100 such tests";
    return "in about " + std::to_string(n) + " of 100 such tests";
}

} // namespace lethe
