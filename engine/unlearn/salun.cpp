// SalUn (Fan et al. 2024): the weights most salient for the forget set (the
// top k of |gradient of its loss|) are the only ones random-label training
// may change; the rest of the model stays as it was.
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json salun(torch::nn::Sequential &net, const Context &ctx) {
    namespace F = torch::nn::functional;
    const double k = std::clamp(p_num(ctx, "mask_fraction"), 0.0, 1.0);
    // Saliency: the gradient of the forget loss, summed over the whole forget set.
    net->train();
    for (auto &p : net->parameters()) p.mutable_grad() = torch::Tensor();
    const auto rows = ctx.store.rows(ctx.forget_ids);
    const int64_t n = rows.size(0);
    for (int64_t b = 0; b < n; b += 512) {
        ctx.rc.check_cancel();
        const auto r = rows.slice(0, b, std::min(n, b + 512));
        F::cross_entropy(net->forward(ctx.store.features(r, ctx.device)), ctx.store.labels(r, ctx.device),
                         F::CrossEntropyFuncOptions().reduction(torch::kSum))
            .backward();
    }
    std::vector<torch::Tensor> grads;
    for (auto &p : net->parameters()) grads.push_back(p.grad().detach().abs().flatten());
    const auto all = torch::cat(grads);
    const int64_t total = all.numel();
    const int64_t keep = std::max<int64_t>(1, int64_t(std::llround(k * double(total))));
    // Threshold: the keep-th largest |g|.
    const double thr = std::get<0>(all.cpu().to(torch::kFloat64).kthvalue(total - keep + 1)).item<double>();
    std::vector<torch::Tensor> masks;
    int64_t kept = 0;
    for (auto &p : net->parameters()) {
        masks.push_back(p.grad().detach().abs().ge(thr).to(p.dtype()));
        kept += masks.back().sum().item<int64_t>();
        p.mutable_grad() = torch::Tensor();
    }
    RelabelledUnion data(ctx);
    const int64_t steps = data.steps(p_num(ctx, "epochs"));
    auto params = net->parameters();
    sgd_loop(
        net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), 0.0, "SalUn (masked random-label training)",
        [&](int64_t s) { return data.next_loss(net, s); },
        [&] {
            for (size_t i = 0; i < params.size(); ++i)
                if (params[i].grad().defined()) params[i].mutable_grad().mul_(masks[i]);
        });
    return {{"steps", steps}, {"masked_weights", kept}, {"total_weights", total}, {"threshold", thr}};
}

} // namespace lethe::unlearn
