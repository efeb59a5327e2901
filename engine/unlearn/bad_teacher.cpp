// Bad Teacher (Chundawat et al. 2023): distil from a randomly initialised
// ("incompetent") network on the forget set and from the original
// ("competent") one on a sample of the retained records.
#include "unlearn/common.h"

#include "model/net.h"

namespace lethe::unlearn {

nlohmann::json bad_teacher(torch::nn::Sequential &net, const Context &ctx) {
    auto good = frozen_copy(net, ctx);
    torch::manual_seed(ctx.seed ^ 0xbad7eac4e5ULL);
    auto bad = make_net(ctx.spec);
    bad->to(ctx.device);
    bad->eval();
    // The retained sample, seeded.
    std::vector<int64_t> sample = ctx.retain_ids;
    std::mt19937_64 rng(ctx.seed + 3);
    std::shuffle(sample.begin(), sample.end(), rng);
    sample.resize(size_t(std::llround(std::clamp(p_num(ctx, "retain_fraction"), 0.0, 1.0) * double(sample.size()))));
    const size_t n_sample = sample.size();
    std::vector<int64_t> mixed = sample;
    mixed.insert(mixed.end(), ctx.forget_ids.begin(), ctx.forget_ids.end());
    Batches batches(ctx.store, mixed, batch_size(ctx), ctx.seed);
    // Which positions of batches.ids() are forgotten records.
    std::vector<char> is_forget(batches.ids().size(), 0);
    {
        std::vector<int64_t> f = ctx.forget_ids;
        std::sort(f.begin(), f.end());
        for (size_t i = 0; i < batches.ids().size(); ++i)
            is_forget[i] = std::binary_search(f.begin(), f.end(), batches.ids()[i]);
    }
    const int64_t steps = steps_for(batches.size(), batches.batch_size(), p_num(ctx, "epochs"));
    const double T = p_num(ctx, "temperature");
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), 0.9, 0.0, "Bad Teacher distillation", [&](int64_t) {
        const auto b = batches.next(ctx.device);
        auto mask = torch::empty({int64_t(b.pos.size()), 1}, torch::kFloat32);
        for (size_t i = 0; i < b.pos.size(); ++i) mask[int64_t(i)][0] = float(is_forget[size_t(b.pos[i])]);
        mask = mask.to(ctx.device);
        torch::Tensor t;
        {
            torch::NoGradGuard ng;
            t = mask * bad->forward(b.x) + (1 - mask) * good->forward(b.x);
        }
        return distill_kl(net->forward(b.x), t, T);
    });
    return {{"steps", steps}, {"retain_sample", n_sample}};
}

} // namespace lethe::unlearn
