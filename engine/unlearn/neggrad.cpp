// GA / NegGrad: gradient ascent on the forget set. It diverges if left
// alone, so it stops once the forget set's loss reaches the loss of unseen
// (test) records: past that point the model would be saying "I saw these"
// through unusually high loss instead of unusually low.
#include "unlearn/common.h"

namespace lethe::unlearn {

nlohmann::json neggrad(torch::nn::Sequential &net, const Context &ctx) {
    Batches forget(ctx.store, ctx.forget_ids, batch_size(ctx), ctx.seed);
    const int64_t max_steps = steps_for(forget.size(), forget.batch_size(), p_num(ctx, "epochs"));
    std::vector<int64_t> test = ctx.test_ids;
    if (test.size() > 2000) test.resize(2000);
    const double target = p_num(ctx, "stop_ratio") * (test.empty() ? 2.3 : evaluate(net, ctx, test).first);
    const int64_t min_steps =
        std::min(max_steps, steps_for(forget.size(), forget.batch_size(), p_num(ctx, "min_epochs")));
    const int64_t check_every = std::max<int64_t>(1, forget.size() / forget.batch_size());
    const double lr = p_num(ctx, "lr");
    torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(lr));
    namespace F = torch::nn::functional;
    int64_t steps = 0;
    double forget_loss = evaluate(net, ctx, ctx.forget_ids).first;
    bool reached = forget_loss >= target;
    net->train();
    while ((!reached || steps < min_steps) && steps < max_steps) {
        ctx.rc.check_cancel();
        const auto b = forget.next(ctx.device);
        opt.zero_grad();
        (-F::cross_entropy(net->forward(b.x), b.y)).backward();
        opt.step();
        ++steps;
        if (steps % check_every == 0 || steps == max_steps) {
            forget_loss = evaluate(net, ctx, ctx.forget_ids).first;
            reached = forget_loss >= target;
        }
        ctx.rc.report({"gradient ascent on the forget set" + (ctx.label.empty() ? "" : ", " + ctx.label), steps,
                       max_steps, double(steps) / double(std::max<int64_t>(1, max_steps))});
    }
    return {{"steps", steps},
            {"max_steps", max_steps},
            {"target_loss", target},
            {"forget_loss", forget_loss},
            {"stopped_at_target", reached}};
}

} // namespace lethe::unlearn
