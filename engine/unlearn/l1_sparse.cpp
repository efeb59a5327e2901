// l1-sparse (Jia et al. 2023, "Model sparsity can simplify machine
// unlearning"): fine-tuning on the retained records with an L1 penalty
// whose weight decays linearly, gamma_t = a (1 - t/T).
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json l1_sparse(torch::nn::Sequential &net, const Context &ctx) {
    Batches retain(ctx.store, ctx.retain_ids, batch_size(ctx), ctx.seed);
    const int64_t steps = steps_for(retain.size(), retain.batch_size(), p_num(ctx, "epochs"));
    const double a = p_num(ctx, "alpha");
    namespace F = torch::nn::functional;
    auto params = net->parameters();
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), 0.0, "l1-sparse fine-tuning", [&](int64_t s) {
        const auto r = retain.next(ctx.device);
        const double gamma = a * (1.0 - double(s) / double(steps));
        auto l1 = torch::zeros({}, r.x.options());
        for (auto &p : params) l1 = l1 + p.abs().sum();
        return F::cross_entropy(net->forward(r.x), r.y) + gamma * l1;
    });
    return {{"steps", steps}};
}

} // namespace lethe::unlearn
