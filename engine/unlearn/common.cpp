#include "unlearn/common.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.h"
#include "model/net.h"

namespace lethe::unlearn {

Batches::Batches(const TensorStore &store, std::vector<int64_t> ids, int64_t batch_size, uint64_t seed)
    : store_(store), ids_(std::move(ids)), rng_(seed) {
    std::sort(ids_.begin(), ids_.end());
    rows_ = store_.rows(ids_);
    bs_ = std::max<int64_t>(1, std::min<int64_t>(batch_size, std::max<int64_t>(1, size())));
    order_.resize(ids_.size());
    std::iota(order_.begin(), order_.end(), 0);
    std::shuffle(order_.begin(), order_.end(), rng_);
}

Batches::Batch Batches::next(const torch::Device &device) {
    if (ids_.empty()) internal_error("batches over an empty set");
    Batch b;
    auto idx = torch::empty({bs_}, torch::kInt64);
    auto *ip = idx.data_ptr<int64_t>();
    for (int64_t k = 0; k < bs_; ++k) {
        if (pos_ == size()) {
            std::shuffle(order_.begin(), order_.end(), rng_);
            pos_ = 0;
        }
        ip[k] = order_[size_t(pos_++)];
        b.pos.push_back(ip[k]);
    }
    const auto r = rows_.index_select(0, idx);
    b.x = store_.features(r, device);
    b.y = store_.labels(r, device);
    return b;
}

double p_num(const Context &ctx, const char *key) {
    if (!ctx.params.contains(key) || !ctx.params.at(key).is_number())
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "method parameter '%1' is missing"), key));
    return ctx.params.at(key).get<double>();
}

int64_t p_int(const Context &ctx, const char *key) { return int64_t(std::llround(p_num(ctx, key))); }

int64_t batch_size(const Context &ctx) {
    const int64_t b = ctx.params.contains("batch_size") ? p_int(ctx, "batch_size") : 0;
    return b > 0 ? b : ctx.train_cfg.batch_size;
}

int64_t steps_for(int64_t n, int64_t bs, double epochs) {
    if (n <= 0 || !(epochs > 0)) return 0;
    return std::max<int64_t>(1, int64_t(std::ceil(epochs * double(n) / double(std::min(bs, n)))));
}

void sgd_loop(torch::nn::Sequential &net, const Context &ctx, int64_t steps, double lr, double momentum,
              double weight_decay, const std::string &what, const std::function<torch::Tensor(int64_t)> &loss,
              const std::function<void()> &grad_hook) {
    if (steps <= 0) return;
    torch::optim::SGD opt(net->parameters(),
                          torch::optim::SGDOptions(lr).momentum(momentum).weight_decay(weight_decay));
    net->train();
    const std::string text = what + (ctx.label.empty() ? "" : ", " + ctx.label);
    for (int64_t s = 0; s < steps; ++s) {
        ctx.rc.check_cancel();
        opt.zero_grad();
        auto l = loss(s);
        l.backward();
        if (grad_hook) grad_hook();
        opt.step();
        if ((s + 1) % 5 == 0 || s + 1 == steps) ctx.rc.report({text, s + 1, steps, double(s + 1) / double(steps)});
    }
}

std::pair<double, double> evaluate(torch::nn::Sequential &net, const Context &ctx, const std::vector<int64_t> &ids) {
    if (ids.empty()) return {0.0, 0.0};
    torch::NoGradGuard ng;
    net->eval();
    const auto rows = ctx.store.rows(ids);
    double loss = 0, correct = 0;
    const int64_t n = int64_t(ids.size()), bs = 1024;
    for (int64_t b = 0; b < n; b += bs) {
        ctx.rc.check_cancel();
        const auto r = rows.slice(0, b, std::min(n, b + bs));
        const auto out = net->forward(ctx.store.features(r, ctx.device));
        const auto y = ctx.store.labels(r, ctx.device);
        loss += torch::nn::functional::cross_entropy(
                    out, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                    .item<double>();
        correct += out.argmax(1).eq(y).sum().item<double>();
    }
    net->train();
    return {loss / double(n), correct / double(n)};
}

torch::nn::Sequential frozen_copy(torch::nn::Sequential &net, const Context &ctx) {
    auto copy = make_net(ctx.spec);
    {
        torch::NoGradGuard ng;
        auto src = net->parameters();
        auto dst = copy->parameters();
        for (size_t i = 0; i < src.size(); ++i) dst[i].copy_(src[i].detach().cpu());
    }
    copy->to(ctx.device);
    for (auto &p : copy->parameters()) p.set_requires_grad(false);
    copy->eval();
    return copy;
}

torch::Tensor distill_kl(const torch::Tensor &student_logits, const torch::Tensor &teacher_logits, double T) {
    const auto log_s = torch::log_softmax(student_logits / T, 1);
    const auto log_t = torch::log_softmax(teacher_logits / T, 1);
    return (log_t.exp() * (log_t - log_s)).sum(1).mean() * (T * T);
}

torch::Tensor wrong_labels(const torch::Tensor &y, int n_classes, uint64_t seed) {
    auto gen = at::detail::createCPUGenerator(seed);
    const auto shift = torch::randint(1, std::max(2, n_classes), y.sizes(), gen, torch::kInt64);
    return (y.cpu() + shift).remainder(n_classes).to(y.device());
}

int64_t finetune_on_retained(torch::nn::Sequential &net, const Context &ctx, double epochs, const std::string &stage) {
    Batches retain(ctx.store, ctx.retain_ids, batch_size(ctx), ctx.seed);
    const int64_t steps = steps_for(retain.size(), retain.batch_size(), epochs);
    sgd_loop(net, ctx, steps, p_num(ctx, "lr"), p_num(ctx, "momentum"), ctx.train_cfg.weight_decay, stage,
             [&](int64_t) {
                 const auto b = retain.next(ctx.device);
                 return torch::nn::functional::cross_entropy(net->forward(b.x), b.y);
             });
    return steps;
}

namespace {
std::vector<int64_t> sorted_copy(std::vector<int64_t> v) {
    std::sort(v.begin(), v.end());
    return v;
}
std::vector<int64_t> concat(std::vector<int64_t> a, const std::vector<int64_t> &b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}
} // namespace

// The retained and forget sets are disjoint; Batches sorts the ids itself.
RelabelledUnion::RelabelledUnion(const Context &ctx)
    : ctx_(ctx), forget_(sorted_copy(ctx.forget_ids)),
      batches_(ctx.store, concat(ctx.retain_ids, ctx.forget_ids), batch_size(ctx), ctx.seed) {}

int64_t RelabelledUnion::steps(double epochs) const {
    return steps_for(batches_.size(), batches_.batch_size(), epochs);
}

torch::Tensor RelabelledUnion::next_loss(torch::nn::Sequential &net, int64_t step) {
    const auto b = batches_.next(ctx_.device);
    auto is_forget = torch::zeros({int64_t(b.pos.size())}, torch::kBool);
    auto *fp = is_forget.data_ptr<bool>();
    bool any = false;
    for (size_t i = 0; i < b.pos.size(); ++i) {
        fp[i] = std::binary_search(forget_.begin(), forget_.end(), batches_.ids()[size_t(b.pos[i])]);
        any = any || fp[i];
    }
    auto y = b.y;
    if (any) {
        const auto wrong = wrong_labels(b.y, ctx_.spec.n_classes, ctx_.seed + 7 + uint64_t(step));
        y = torch::where(is_forget.to(b.y.device()), wrong, b.y);
    }
    return torch::nn::functional::cross_entropy(net->forward(b.x), y);
}

MethodFn method_function(const std::string &name) {
    if (name == "finetune") return &finetune;
    if (name == "neggrad") return &neggrad;
    if (name == "neggrad+") return &neggrad_plus;
    if (name == "random-label") return &random_label;
    if (name == "salun") return &salun;
    if (name == "l1-sparse") return &l1_sparse;
    if (name == "scrub") return &scrub;
    if (name == "bad-teacher") return &bad_teacher;
    if (name == "fisher") return &fisher;
    if (name == "amnesiac") return &amnesiac;
    if (name == "certified") return &certified;
    return nullptr;
}

} // namespace lethe::unlearn
