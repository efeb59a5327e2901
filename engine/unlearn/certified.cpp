// Certified removal (Guo, Goldstein, Hannun, van der Maaten, ICML 2020) for
// an L2-regularised softmax-linear model: logreg, or the last Linear layer
// of a network on frozen features. With the sum-normalised objective
//   L(w; D) = sum_i l(w; x_i, y_i) + lambda n / 2 ||w||^2
// (the training objective mean-CE + weight_decay/2 ||w||^2, times n), one
// Newton step on the remaining data D' from the trained w*:
//   w- = w* - H^-1 grad L(w*; D'),   H = Hessian of L(.; D') at w*,
// which is w* + H^-1 (sum_f grad l(w*; x_f) + lambda m w*) when w* is the
// minimiser on D. The solve is conjugate gradient with exact Hessian-vector
// products in float64. The data-dependent bound of the gradient residual
// (their Corollary 1), gamma ||X|| ||H^-1 Delta|| ||X H^-1 Delta|| with
// gamma = 1/4 (the logistic constant, applied to the flattened multi-class
// parameter), is returned for the budget the job keeps per model.
#include "unlearn/common.h"

#include <cmath>

#include "core/error.h"
#include "model/torchscript.h"

namespace lethe::unlearn {

namespace {
struct Linear {
    torch::Tensor X; // [n, F+1] float64, with a ones column (bias)
    torch::Tensor Y; // [n, C] one-hot float64
};

// The last Linear layer and the frozen layers before it. Built-in nets are
// torch::nn::Sequential; a TorchScript import qualifies when it is a
// scripted nn.Sequential whose last child is nn.Linear (its children then
// run in order, as Sequential.forward does). weight and bias alias the
// model's parameters: writing them changes the model.
struct Head {
    torch::Tensor weight, bias;
    std::function<torch::Tensor(torch::Tensor)> frozen;
    int64_t frozen_layers = 0;
};

bool script_type_is(const torch::jit::Module &m, const std::string &suffix) {
    const auto name = m.type()->name();
    if (!name) return false;
    // TorchScript mangles the second class of a name (two Linear layers give
    // linear.Linear and linear.___torch_mangle_0.Linear): drop that part.
    std::string q = name->qualifiedName();
    for (size_t at; (at = q.find("___torch_mangle_")) != std::string::npos;) {
        const size_t dot = q.find('.', at);
        q.erase(at, dot == std::string::npos ? std::string::npos : dot - at + 1);
    }
    return q.size() >= suffix.size() && q.compare(q.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Head find_head(torch::nn::Sequential &net) {
    const Message need =
        msg(QT_TRANSLATE_NOOP("Engine", "certified removal needs a model whose last layer is Linear (logreg, a linear "
                                        "head, or a TorchScript nn.Sequential ending in nn.Linear)"));
    Head h;
    if (auto *script = script_of(net)) {
        if (!script_type_is(*script, "torch.nn.modules.container.Sequential")) bad_input(need);
        std::vector<torch::jit::Module> children;
        for (const auto &c : script->children()) children.push_back(c);
        if (children.empty() || !script_type_is(children.back(), "torch.nn.modules.linear.Linear") ||
            !children.back().hasattr("bias") || !children.back().attr("bias").isTensor())
            bad_input(need);
        h.weight = children.back().attr("weight").toTensor();
        h.bias = children.back().attr("bias").toTensor();
        children.pop_back();
        h.frozen_layers = int64_t(children.size());
        h.frozen = [children](torch::Tensor x) mutable {
            for (auto &c : children) x = c.forward({x}).toTensor();
            return x;
        };
        return h;
    }
    auto *lin = net->ptr(net->size() - 1)->as<torch::nn::LinearImpl>();
    if (!lin || !lin->bias.defined()) bad_input(need);
    h.weight = lin->weight;
    h.bias = lin->bias;
    h.frozen_layers = int64_t(net->size()) - 1;
    h.frozen = [&net](torch::Tensor x) {
        size_t k = 0;
        const size_t last = net->size() - 1;
        for (auto it = net->begin(); k < last; ++it, ++k) x = it->forward(x);
        return x;
    };
    return h;
}

Linear features(const Head &head, const Context &ctx, const std::vector<int64_t> &ids) {
    torch::NoGradGuard ng;
    const auto rows = ctx.store.rows(ids);
    const int64_t n = rows.size(0), bs = 2048;
    std::vector<torch::Tensor> xs;
    for (int64_t b = 0; b < n; b += bs) {
        ctx.rc.check_cancel();
        const auto r = rows.slice(0, b, std::min(n, b + bs));
        xs.push_back(head.frozen(ctx.store.features(r, ctx.device)).flatten(1).to(torch::kFloat64));
    }
    Linear L;
    auto X = torch::cat(xs);
    L.X = torch::cat({X, torch::ones({n, 1}, X.options())}, 1);
    const auto y = ctx.store.labels(rows, ctx.device);
    L.Y = torch::one_hot(y, ctx.spec.n_classes).to(torch::kFloat64);
    return L;
}
} // namespace

nlohmann::json certified(torch::nn::Sequential &net, const Context &ctx) {
    net->eval(); // frozen features: dropout off, batch-norm running statistics
    const Head head = find_head(net);
    double lambda = p_num(ctx, "lambda");
    if (!(lambda > 0)) lambda = ctx.train_cfg.weight_decay;
    if (!(lambda > 0))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "certified removal needs an L2-regularised objective: the run's "
                                                  "weight decay is 0; give --param lambda=...")));
    ctx.rc.report({"certified removal: features" + (ctx.label.empty() ? "" : ", " + ctx.label), 0, 0, 0.02});
    const auto D = features(head, ctx, ctx.retain_ids);
    const double n = double(D.X.size(0));
    auto W = torch::cat({head.weight.detach().to(torch::kFloat64), head.bias.detach().to(torch::kFloat64).unsqueeze(1)},
                        1); // [C, F+1]
    auto probs = [&](const torch::Tensor &w) { return torch::softmax(D.X.matmul(w.t()), 1); };
    const auto P = probs(W);
    auto grad = [&](const torch::Tensor &w, const torch::Tensor &p) {
        return (p - D.Y).t().matmul(D.X) + lambda * n * w;
    };
    auto hvp = [&](const torch::Tensor &V) {
        const auto Z = D.X.matmul(V.t());                // [n, C]
        const auto R = P * Z - P * (P * Z).sum(1, true); // (diag p - p p^T) z, row-wise
        return R.t().matmul(D.X) + lambda * n * V;
    };
    const auto g = grad(W, P);
    // Conjugate gradient: H S = g.
    auto S = torch::zeros_like(g);
    auto r = g.clone(), p = r.clone();
    double rs = r.pow(2).sum().item<double>();
    const double g_norm = std::sqrt(rs);
    const int64_t iters = p_int(ctx, "cg_iters");
    const double tol = p_num(ctx, "cg_tol");
    int64_t it = 0;
    for (; it < iters && std::sqrt(rs) > tol * g_norm; ++it) {
        ctx.rc.check_cancel();
        const auto Hp = hvp(p);
        const double a = rs / (p * Hp).sum().item<double>();
        S.add_(p, a);
        r.sub_(Hp, a);
        const double rs_new = r.pow(2).sum().item<double>();
        p = r + (rs_new / rs) * p;
        rs = rs_new;
        if (it % 10 == 0)
            ctx.rc.report({"certified removal: Newton solve" + (ctx.label.empty() ? "" : ", " + ctx.label), it, iters,
                           0.1 + 0.8 * double(it) / double(iters)});
    }
    const auto Wn = W - S;
    // ||X||_2 by power iteration.
    auto v = torch::ones({D.X.size(1)}, D.X.options());
    double x_norm = 0;
    for (int k = 0; k < 30; ++k) {
        auto u = D.X.t().matmul(D.X.matmul(v));
        x_norm = std::sqrt(u.norm().item<double>() / std::max(1e-300, v.norm().item<double>()));
        v = u / std::max(1e-300, u.norm().item<double>());
    }
    const double step = S.norm().item<double>();
    const double x_step = D.X.matmul(S.t()).norm().item<double>();
    const double bound = 0.25 * x_norm * step * x_step;
    const double residual = grad(Wn, probs(Wn)).norm().item<double>();
    {
        torch::NoGradGuard ng;
        const auto F = head.weight.size(1);
        auto w = head.weight, b = head.bias;
        w.copy_(Wn.narrow(1, 0, F).to(w.dtype()));
        b.copy_(Wn.narrow(1, F, 1).squeeze(1).to(b.dtype()));
    }
    ctx.rc.report({"certified removal" + (ctx.label.empty() ? "" : ", " + ctx.label), 1, 1, 1.0});
    return {{"lambda", lambda},
            {"residual_bound", bound},
            {"gradient_residual", residual},
            {"gradient_before", g_norm},
            {"newton_step_norm", step},
            {"cg_iterations", it},
            {"data_norm", x_norm},
            {"frozen_layers", head.frozen_layers}};
}

} // namespace lethe::unlearn
