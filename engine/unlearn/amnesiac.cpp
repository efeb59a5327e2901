// Amnesiac unlearning (Graves et al. 2021): training recorded every batch's
// parameter update with the ids it held; forgetting subtracts the updates
// of every batch that held a forgotten record, then fine-tunes briefly on
// the retained records to repair the damage. With no fine-tuning and the
// forgotten batch the last one, the result is the pre-batch model exactly.
#include "unlearn/common.h"

#include <algorithm>

#include "core/error.h"
#include "train/update_log.h"

namespace lethe::unlearn {

nlohmann::json amnesiac(torch::nn::Sequential &net, const Context &ctx) {
    if (ctx.update_log.empty()) {
        if (ctx.label.empty())
            bad_input(msg(QT_TRANSLATE_NOOP(
                "Engine",
                "amnesiac needs the update log of the training run (train with record_updates); this model has none")));
        // The label is English ("shard 2/5"): this one stays plain text.
        bad_input("amnesiac needs the update log of the training run (train with record_updates); this model "
                  "has none for " +
                  ctx.label);
    }
    std::vector<int64_t> f = ctx.forget_ids;
    std::sort(f.begin(), f.end());
    auto params = net->parameters();
    int64_t n_params = 0;
    for (auto &p : params) n_params += p.numel();
    std::vector<double> sum(size_t(n_params), 0.0);
    int64_t subtracted = 0, total = 0;
    scan_update_log(
        ctx.update_log, "update log" + (ctx.label.empty() ? "" : " of " + ctx.label),
        [&](const std::vector<int64_t> &ids, const double *delta, int64_t n) {
            ++total;
            if (n != n_params)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "update log does not match the model (parameter count)")));
            const bool hit = std::any_of(ids.begin(), ids.end(),
                                         [&](int64_t id) { return std::binary_search(f.begin(), f.end(), id); });
            if (!hit) return;
            ++subtracted;
            for (int64_t i = 0; i < n; ++i) sum[size_t(i)] += delta[i];
        });
    {
        torch::NoGradGuard ng;
        int64_t off = 0;
        for (auto &p : params) {
            auto d = p.detach().to(torch::kCPU, torch::kFloat64).contiguous();
            auto *dp = d.data_ptr<double>();
            for (int64_t i = 0; i < d.numel(); ++i) dp[i] -= sum[size_t(off + i)];
            off += d.numel();
            p.copy_(d.to(p.dtype()).to(p.device()));
        }
    }
    const int64_t steps = finetune_on_retained(net, ctx, p_num(ctx, "ft_epochs"), "amnesiac repair fine-tuning");
    ctx.rc.report({"amnesiac" + (ctx.label.empty() ? "" : ", " + ctx.label), 1, 1, 1.0});
    return {{"updates_subtracted", subtracted},
            {"updates_logged", total},
            {"ft_steps", steps},
            {"update_log_bytes", int64_t(ctx.update_log.size())}};
}

} // namespace lethe::unlearn
