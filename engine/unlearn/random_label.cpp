// RL (Golatkar et al. 2020; Hayase et al.): train on the retained records
// together with the forget set relabelled with a wrong class, so the model
// unlearns the forgotten labels while keeping the rest.
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json random_label(torch::nn::Sequential &net, const Context &ctx) {
    Batches retain(ctx.store, ctx.retain_ids, batch_size(ctx), ctx.seed);
    Batches forget(ctx.store, ctx.forget_ids, batch_size(ctx), ctx.seed + 1);
    const int64_t steps = steps_for(retain.size(), retain.batch_size(), p_num(ctx, "epochs"));
    namespace F = torch::nn::functional;
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), 0.0, "random-label training",
             [&](int64_t s) {
                 const auto r = retain.next(ctx.device);
                 const auto f = forget.next(ctx.device);
                 const auto wrong = wrong_labels(f.y, ctx.spec.n_classes, ctx.seed + 7 + uint64_t(s));
                 return F::cross_entropy(net->forward(r.x), r.y) + F::cross_entropy(net->forward(f.x), wrong);
             });
    return {{"steps", steps}};
}

} // namespace lethe::unlearn
