// NegGrad+ (Kurmanji et al. 2023): descend on the retained records while
// ascending on the forget set, weighted beta : (1 - beta).
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json neggrad_plus(torch::nn::Sequential &net, const Context &ctx) {
    Batches retain(ctx.store, ctx.retain_ids, batch_size(ctx), ctx.seed);
    Batches forget(ctx.store, ctx.forget_ids, batch_size(ctx), ctx.seed + 1);
    const int64_t steps = steps_for(retain.size(), retain.batch_size(), p_num(ctx, "epochs"));
    const double beta = p_num(ctx, "beta");
    namespace F = torch::nn::functional;
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), 0.0, "NegGrad+", [&](int64_t) {
        const auto r = retain.next(ctx.device);
        const auto f = forget.next(ctx.device);
        return beta * F::cross_entropy(net->forward(r.x), r.y) -
               (1.0 - beta) * F::cross_entropy(net->forward(f.x), f.y);
    });
    return {{"steps", steps}};
}

} // namespace lethe::unlearn
