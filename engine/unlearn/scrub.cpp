// SCRUB (Kurmanji et al. 2023): the student starts as the original model
// (the teacher); max steps push it away from the teacher on the forget set,
// min steps keep it close to the teacher and correct on the retained
// records. The max steps are spread evenly among the min steps.
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json scrub(torch::nn::Sequential &net, const Context &ctx) {
    auto teacher = frozen_copy(net, ctx);
    Batches retain(ctx.store, ctx.retain_ids, batch_size(ctx), ctx.seed);
    Batches forget(ctx.store, ctx.forget_ids, batch_size(ctx), ctx.seed + 1);
    const int64_t min_steps = steps_for(retain.size(), retain.batch_size(), p_num(ctx, "epochs"));
    const int64_t max_steps = steps_for(forget.size(), forget.batch_size(), p_num(ctx, "max_epochs"));
    const double T = p_num(ctx, "temperature"), alpha = p_num(ctx, "alpha"), gamma = p_num(ctx, "gamma");
    namespace F = torch::nn::functional;
    torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(p_num(ctx, "lr")).momentum(0.9));
    net->train();
    int64_t done_max = 0;
    const int64_t total = std::max<int64_t>(1, min_steps);
    for (int64_t s = 0; s < min_steps; ++s) {
        ctx.rc.check_cancel();
        // Max steps due by now: spread max_steps evenly over the run.
        while (done_max < max_steps && done_max * total <= s * max_steps) {
            const auto f = forget.next(ctx.device);
            torch::Tensor t;
            {
                torch::NoGradGuard ng;
                t = teacher->forward(f.x);
            }
            opt.zero_grad();
            (-distill_kl(net->forward(f.x), t, T)).backward();
            opt.step();
            ++done_max;
        }
        const auto r = retain.next(ctx.device);
        torch::Tensor t;
        {
            torch::NoGradGuard ng;
            t = teacher->forward(r.x);
        }
        opt.zero_grad();
        const auto out = net->forward(r.x);
        (alpha * distill_kl(out, t, T) + gamma * F::cross_entropy(out, r.y)).backward();
        opt.step();
        if ((s + 1) % 5 == 0 || s + 1 == min_steps)
            ctx.rc.report({"SCRUB" + (ctx.label.empty() ? "" : ", " + ctx.label), s + 1, min_steps,
                           double(s + 1) / double(total)});
    }
    return {{"min_steps", min_steps}, {"max_steps", done_max}};
}

} // namespace lethe::unlearn
