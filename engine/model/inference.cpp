#include "model/inference.h"

#include "core/error.h"
#include "model/net.h"
#include "project/project.h"

namespace lethe {

LoadedModel load_model(Project &project, int64_t model_id, const torch::Device &device) {
    auto &lin = project.lineage();
    LoadedModel m;
    m.row = lin.model(model_id);
    if (m.row.state != ArtifactState::Live)
        bad_input(
            msg(QT_TRANSLATE_NOOP(
                    "Engine", "model %1 was purged (it saw erased records); its audits remain in the lineage database"),
                model_id));
    m.spec = ModelSpec::from_json(m.row.spec);
    resolve_script(m.spec, project);
    // The run config's aggregation (train/config.h writes it; "mean" is its default).
    if (m.row.run_id) m.aggregation = lin.run(*m.row.run_id).config.value("aggregation", std::string("mean"));
    std::vector<ModelRow> files;
    if (m.row.kind == ModelKind::Sisa)
        files = lin.shard_models(model_id);
    else
        files.push_back(m.row);
    for (const auto &f : files) {
        if (f.state != ArtifactState::Live)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1: shard model %2 was purged"), model_id, f.id));
        auto net = load_net(m.spec, project.resolve(f.path), f.sha256);
        net->to(device);
        net->eval();
        m.members.push_back(net);
    }
    if (m.members.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model %1 has no member files"), model_id));
    return m;
}

Predictions predict(LoadedModel &model, const TensorStore &store, const std::vector<int64_t> &ids,
                    const torch::Device &device, const RunControl &rc) {
    torch::InferenceMode guard;
    const int64_t n = int64_t(ids.size());
    const int64_t C = model.spec.n_classes;
    const int64_t S = int64_t(model.members.size());
    Predictions out;
    out.log_probs = torch::empty({n, C}, torch::kFloat64);
    out.pred = torch::empty({n}, torch::kInt64);
    const auto rows = store.rows(ids);
    const int64_t bs = 1024;
    for (int64_t b = 0; b < n; b += bs) {
        rc.check_cancel();
        const auto r = rows.slice(0, b, std::min(n, b + bs));
        const auto x = store.features(r, device);
        torch::Tensor lp_sum, votes;
        std::vector<torch::Tensor> lps;
        for (auto &net : model.members) {
            auto lp = torch::log_softmax(net->forward(x).to(torch::kFloat64), 1);
            lps.push_back(lp);
        }
        torch::Tensor lp;
        if (S == 1)
            lp = lps[0];
        else
            lp = torch::logsumexp(torch::stack(lps), 0) - std::log(double(S));
        torch::Tensor pred;
        if (model.aggregation == "vote" && S > 1) {
            auto counts = torch::zeros({r.size(0), C}, torch::TensorOptions().dtype(torch::kFloat64).device(device));
            for (auto &l : lps) counts.scatter_add_(1, l.argmax(1, true), torch::ones_like(l.narrow(1, 0, 1)));
            // Ties go to the class of higher mean probability.
            pred = (counts + lp.exp() * 1e-6).argmax(1);
        } else {
            pred = lp.argmax(1);
        }
        out.log_probs.slice(0, b, b + r.size(0)).copy_(lp.cpu());
        out.pred.slice(0, b, b + r.size(0)).copy_(pred.cpu());
        rc.report({"forward pass", b + r.size(0), n, double(b + r.size(0)) / double(n)});
    }
    return out;
}

} // namespace lethe

#include "model/inspect.h"

namespace lethe {

std::vector<float> model_parameters(Project &project, int64_t model_id) {
    auto m = load_model(project, model_id, torch::kCPU);
    std::vector<float> out;
    for (auto &net : m.members)
        for (const auto &p : net->parameters()) {
            const auto t = p.detach().to(torch::kFloat32).contiguous().view(-1);
            out.insert(out.end(), t.data_ptr<float>(), t.data_ptr<float>() + t.numel());
        }
    return out;
}

std::vector<double> model_log_probs(Project &project, int64_t model_id, const std::vector<int64_t> &record_ids) {
    auto m = load_model(project, model_id, torch::kCPU);
    const auto store = TensorStore::load(project);
    const auto p = predict(m, store, record_ids, torch::kCPU).log_probs.contiguous();
    return std::vector<double>(p.data_ptr<double>(), p.data_ptr<double>() + p.numel());
}

} // namespace lethe
