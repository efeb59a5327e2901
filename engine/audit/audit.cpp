#include "audit/audit.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <set>

#include "audit/metrics.h"
#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "data/tensor_store.h"
#include "lineage/lineage.h"
#include "model/inference.h"
#include "model/net.h"
#include "project/project.h"
#include "train/config.h"

namespace lethe {

using nlohmann::json;

namespace {

json attack_json(const Roc &roc) {
    const auto t1 = tpr_at_fpr(roc, 0.01), t01 = tpr_at_fpr(roc, 0.001);
    json pts = json::array();
    for (const auto &p : thin_roc(roc.points, 200)) pts.push_back({p.fpr, p.tpr});
    return {{"auc", roc.auc},
            {"tpr_at_1pct_fpr", t1.tpr},
            {"fpr_reached_at_1pct", t1.fpr_reached},
            {"threshold_at_1pct", std::isfinite(t1.threshold) ? json(t1.threshold) : json()},
            {"tpr_at_0_1pct_fpr", t01.tpr},
            {"fpr_reached_at_0_1pct", t01.fpr_reached},
            {"threshold_at_0_1pct", std::isfinite(t01.threshold) ? json(t01.threshold) : json()},
            {"n_members", roc.n_members},
            {"n_nonmembers", roc.n_nonmembers},
            {"roc", pts}};
}

json attacks(const std::vector<ExampleStats> &members, const std::vector<ExampleStats> &non) {
    json out = json::object();
    for (const auto &stat : statistic_names()) {
        std::vector<double> m, n;
        for (const auto &s : members) m.push_back(attack_score(s, stat));
        for (const auto &s : non) n.push_back(attack_score(s, stat));
        out[stat] = attack_json(roc_curve(m, n));
    }
    return out;
}

std::vector<int64_t> training_ids(Lineage &lin, const ModelRow &m) {
    std::vector<int64_t> ids;
    if (m.run_id)
        for (const auto &p : lin.placements(*m.run_id)) ids.push_back(p.record_id);
    else
        for (const auto &r : lin.records("train")) ids.push_back(r.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

AuditResult audit_model(Project &project, const AuditOptions &o, const RunControl &rc, const TensorStore *store) {
    auto &lin = project.lineage();
    const auto device = pick_device(o.device);
    std::optional<TensorStore> own;
    if (!store) {
        own = TensorStore::load(project, rc);
        store = &*own;
    }
    auto model = load_model(project, o.model_id, device);

    // The three sets. Forget records the model never trained on still count
    // as forget records: after unlearning that is exactly the point.
    std::vector<int64_t> forget = o.forget_ids;
    std::sort(forget.begin(), forget.end());
    forget.erase(std::unique(forget.begin(), forget.end()), forget.end());
    const std::set<int64_t> fset(forget.begin(), forget.end());
    std::vector<int64_t> retain;
    for (auto id : training_ids(lin, model.row))
        if (!fset.count(id)) retain.push_back(id);
    if (int64_t(retain.size()) > o.retain_sample) {
        std::mt19937_64 rng(o.seed);
        std::shuffle(retain.begin(), retain.end(), rng);
        retain.resize(size_t(o.retain_sample));
        std::sort(retain.begin(), retain.end());
    }
    std::vector<int64_t> test;
    for (const auto &r : lin.records("test")) test.push_back(r.id);
    if (test.empty()) bad_input(project.root() + ": the project has no test records to audit against");

    std::vector<int64_t> all = forget;
    all.insert(all.end(), retain.begin(), retain.end());
    all.insert(all.end(), test.begin(), test.end());
    const auto pred = predict(model, *store, all, device, rc);
    const auto labels_rows = store->rows(all);
    const auto labels = store->labels(labels_rows, torch::kCPU);
    const auto *lp = pred.log_probs.data_ptr<double>();
    const auto *pr = pred.pred.data_ptr<int64_t>();
    const auto *ys = labels.data_ptr<int64_t>();
    const int C = model.spec.n_classes;

    std::vector<ExampleStats> sf, sr, st;
    std::string csv = "record_id,set,label,pred,loss,confidence,logit_confidence,entropy,modified_entropy\n";
    char line[320];
    for (size_t i = 0; i < all.size(); ++i) {
        auto s = example_stats(lp + i * size_t(C), C, int(ys[i]));
        s.pred = int(pr[i]); // the model's decision (vote for vote ensembles)
        const char *set = i < forget.size() ? "forget" : i < forget.size() + retain.size() ? "retain" : "test";
        (i < forget.size() ? sf : i < forget.size() + retain.size() ? sr : st).push_back(s);
        std::snprintf(line, sizeof line, "%lld,%s,%d,%d,%.9g,%.9g,%.9g,%.9g,%.9g\n", (long long)all[i], set,
                      int(ys[i]), s.pred, s.loss, s.confidence, s.logit_confidence, s.entropy, s.modified_entropy);
        csv += line;
    }

    json summary;
    summary["model_id"] = o.model_id;
    summary["role"] = o.role;
    summary["n"] = {{"forget", sf.size()}, {"retain", sr.size()}, {"test", st.size()}};
    summary["retain_sample_seed"] = o.seed;
    json acc = json::object(), ci = json::object(), per_class = json::object();
    const std::vector<std::pair<std::string, const std::vector<ExampleStats> *>> sets = {
        {"forget", &sf}, {"retain", &sr}, {"test", &st}};
    size_t offset = 0;
    for (const auto &[name, v] : sets) {
        int64_t k = 0;
        std::vector<int64_t> ck(size_t(C), 0), cn(size_t(C), 0);
        for (size_t i = 0; i < v->size(); ++i) {
            const int y = int(ys[offset + i]);
            const bool ok = (*v)[i].pred == y;
            k += ok;
            ck[size_t(y)] += ok;
            cn[size_t(y)] += 1;
        }
        offset += v->size();
        if (v->empty()) {
            acc[name] = nullptr;
            continue;
        }
        acc[name] = double(k) / double(v->size());
        const auto [lo, hi] = wilson_interval(k, int64_t(v->size()));
        ci[name] = {lo, hi};
        json pc = json::array();
        for (int c = 0; c < C; ++c) pc.push_back(cn[size_t(c)] ? json(double(ck[size_t(c)]) / double(cn[size_t(c)])) : json());
        per_class[name] = pc;
    }
    summary["accuracy"] = acc;
    summary["accuracy_ci95"] = ci;
    summary["per_class_accuracy"] = per_class;
    summary["unlearning_accuracy"] = sf.empty() ? json() : json(1.0 - acc["forget"].get<double>());
    summary["mia"] = sf.empty() ? json() : attacks(sf, st);
    summary["control"] = sr.empty() ? json() : attacks(sr, st);
    // Loss histograms for the plots: 40 bins on log(1 + loss).
    json hist = json::object();
    for (const auto &[name, v] : sets) {
        std::vector<int64_t> bins(40, 0);
        for (const auto &s : *v) bins[size_t(std::min(39.0, std::log1p(std::max(0.0, s.loss)) / std::log1p(20.0) * 40))]++;
        hist[name] = bins;
    }
    summary["loss_histogram"] = {{"bins", 40}, {"axis", "log(1+loss), 0..log(21)"}, {"counts", hist}};

    AuditResult res;
    res.scores_sha256 = sha256_hex(csv);
    res.summary = summary;
    AuditRow row;
    row.model_id = o.model_id;
    row.job_id = o.job_id;
    row.role = o.role;
    row.summary = summary;
    row.scores_sha256 = res.scores_sha256;
    auto tx = lin.begin();
    res.audit_id = lin.insert_audit(row, gzip_compress(csv));
    for (const auto &[name, v] : sets) {
        if (acc[name].is_null()) continue;
        lin.insert_metric(res.audit_id, "accuracy", name, acc[name], ci[name][0].get<double>(),
                          ci[name][1].get<double>(), int64_t(v->size()));
    }
    if (!summary["mia"].is_null())
        for (const auto &stat : statistic_names()) {
            const auto &a = summary["mia"][stat];
            lin.insert_metric(res.audit_id, "mia_auc_" + stat, "forget_vs_test", a["auc"], std::nullopt, std::nullopt,
                              a["n_members"].get<int64_t>() + a["n_nonmembers"].get<int64_t>());
        }
    if (!acc["test"].is_null() && !model.row.test_accuracy) lin.set_model_test_accuracy(o.model_id, acc["test"]);
    lin.append_log("lethe", "audit.done",
                   {{"audit_id", res.audit_id},
                    {"model_id", o.model_id},
                    {"job_id", o.job_id ? json(*o.job_id) : json()},
                    {"role", o.role},
                    {"scores_sha256", res.scores_sha256},
                    {"accuracy", acc}});
    tx->commit();
    return res;
}

std::string audit_scores_csv(Project &project, int64_t audit_id) {
    auto &lin = project.lineage();
    const auto row = lin.audit(audit_id);
    const std::string csv = gzip_decompress(lin.audit_scores(audit_id), "audit " + std::to_string(audit_id));
    if (sha256_hex(csv) != row.scores_sha256)
        bad_input("audit " + std::to_string(audit_id) + ": stored scores do not match their SHA-256");
    return csv;
}

json audit_brief(const json &summary) {
    json b = summary;
    for (const char *k : {"mia", "control"})
        if (b.contains(k) && b[k].is_object())
            for (auto &[stat, v] : b[k].items()) v.erase("roc");
    b.erase("loss_histogram");
    return b;
}

} // namespace lethe
