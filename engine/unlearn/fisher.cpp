// Fisher forgetting (Golatkar et al. 2020): weights that matter for the
// retained records (large diagonal Fisher information) get little noise;
// weights that do not, and may hold what only the forget set taught, get
// much: theta += alpha * min(F^-1/4, clamp) * N(0, 1).
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json fisher(torch::nn::Sequential &net, const Context &ctx) {
    namespace F = torch::nn::functional;
    std::vector<int64_t> sample = ctx.retain_ids;
    std::mt19937_64 rng(ctx.seed + 5);
    std::shuffle(sample.begin(), sample.end(), rng);
    sample.resize(std::min(sample.size(), size_t(std::max<int64_t>(1, p_int(ctx, "samples")))));
    auto params = net->parameters();
    std::vector<torch::Tensor> fim;
    for (auto &p : params) fim.push_back(torch::zeros_like(p));
    net->train();
    const auto rows = ctx.store.rows(sample);
    const int64_t n = rows.size(0);
    // Per-example squared gradients of the log-likelihood of the true label.
    for (int64_t i = 0; i < n; ++i) {
        if (i % 32 == 0) {
            ctx.rc.check_cancel();
            ctx.rc.report({"Fisher information" + (ctx.label.empty() ? "" : ", " + ctx.label), i, n,
                           0.9 * double(i) / double(n)});
        }
        const auto r = rows.slice(0, i, i + 1);
        for (auto &p : params) p.mutable_grad() = torch::Tensor();
        F::cross_entropy(net->forward(ctx.store.features(r, ctx.device)), ctx.store.labels(r, ctx.device)).backward();
        for (size_t k = 0; k < params.size(); ++k) fim[k].add_(params[k].grad().detach().pow(2));
    }
    const double alpha = p_num(ctx, "alpha"), clamp = p_num(ctx, "clamp");
    auto gen = at::detail::createCPUGenerator(ctx.seed + 11);
    double mean_scale = 0;
    int64_t count = 0;
    {
        torch::NoGradGuard ng;
        for (size_t k = 0; k < params.size(); ++k) {
            auto &p = params[k];
            p.mutable_grad() = torch::Tensor();
            const auto scale = (fim[k] / double(std::max<int64_t>(1, n)) + 1e-12).pow(-0.25).clamp_max(clamp);
            mean_scale += scale.sum().item<double>();
            count += scale.numel();
            const auto noise = torch::randn(p.sizes(), gen, torch::kFloat32).to(p.device());
            p.add_(alpha * scale * noise);
        }
    }
    ctx.rc.report({"Fisher noise" + (ctx.label.empty() ? "" : ", " + ctx.label), n, n, 1.0});
    return {{"samples", n}, {"mean_noise_multiplier", count ? mean_scale / double(count) : 0.0}};
}

} // namespace lethe::unlearn
