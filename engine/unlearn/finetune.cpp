// FT: continue training on the retained records only (Warnecke et al.;
// Golatkar et al. use it as the baseline every method must beat).
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json finetune(torch::nn::Sequential &net, const Context &ctx) {
    return {{"steps", finetune_on_retained(net, ctx, p_num(ctx, "epochs"), "fine-tuning on retained records")}};
}

} // namespace lethe::unlearn
