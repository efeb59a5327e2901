// FT: continue training on the retained records only (Warnecke et al.;
// Golatkar et al. use it as the baseline every method must beat).
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json finetune(torch::nn::Sequential &net, const Context &ctx) {
    Batches retain(ctx.store, ctx.retain_ids, batch_size(ctx), ctx.seed);
    const int64_t steps = steps_for(retain.size(), retain.batch_size(), p_num(ctx, "epochs"));
    namespace F = torch::nn::functional;
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), ctx.train_cfg.weight_decay,
             "fine-tuning on retained records", [&](int64_t) {
                 const auto b = retain.next(ctx.device);
                 return F::cross_entropy(net->forward(b.x), b.y);
             });
    return {{"steps", steps}};
}

} // namespace lethe::unlearn
