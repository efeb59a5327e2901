// RL (Golatkar et al. 2020; as in SalUn's code): train on the retained
// records together with the forget set relabelled with a wrong class,
// shuffled into one set, so the model unlearns the forgotten labels while
// keeping the rest.
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json random_label(torch::nn::Sequential &net, const Context &ctx) {
    RelabelledUnion data(ctx);
    const int64_t steps = data.steps(p_num(ctx, "epochs"));
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), 0.0, "random-label training",
             [&](int64_t s) { return data.next_loss(net, s); });
    return {{"steps", steps}};
}

} // namespace lethe::unlearn
