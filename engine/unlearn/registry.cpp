#include "unlearn/registry.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "core/error.h"

namespace lethe {

using nlohmann::json;

// Defaults: set from the sweep of tests/bench/methods_table.py --sweep on the
// demo (Fashion-MNIST, 20,000 images, CNN, 3 epochs; one-subject and 1% random
// requests against the retrained model), recorded in docs/methods.md; epochs
// are over the set the method iterates (the retained records unless the help
// says otherwise).
namespace {

constexpr double kInf = 1e300;

// The ranges by parameter name: a name means the same thing in every method
// that has it (an epoch count, a learning rate, a fraction).
ParamRange range_of(const std::string &method, const std::string &key) {
    auto closed = [](double lo, double hi) { return ParamRange{lo, hi, false, false}; };
    auto positive = [] { return ParamRange{0, kInf, true, false}; };
    auto at_least = [](double lo) { return ParamRange{lo, kInf, false, false}; };
    if (key == "lr" || key == "temperature" || key == "clamp" || key == "cg_tol" || key == "budget" ||
        key == "stop_ratio")
        return positive();
    if (key == "momentum") return ParamRange{0, 1, false, true};
    if (key == "beta") return closed(0, 1);
    if (key == "mask_fraction" || key == "retain_fraction") return ParamRange{0, 1, true, false};
    if (key == "samples" || key == "cg_iters") return at_least(1);
    if (key == "epochs" && method == "neggrad") return positive();
    // epochs, min_epochs, max_epochs, ft_epochs, batch_size (0: the run's),
    // alpha, gamma, lambda: zero switches the term off.
    return at_least(0);
}

std::string number_words(double v) {
    std::ostringstream o;
    o << v;
    return o.str();
}

} // namespace

bool ParamRange::contains(double v) const {
    if (!std::isfinite(v)) return false;
    if (lo_open ? v <= lo : v < lo) return false;
    if (hi_open ? v >= hi : v > hi) return false;
    return true;
}

std::string ParamRange::words() const {
    const bool has_lo = lo > -kInf, has_hi = hi < kInf;
    if (has_lo && has_hi) {
        if (!lo_open && !hi_open) return "from " + number_words(lo) + " to " + number_words(hi);
        return (lo_open ? "greater than " : "at least ") + number_words(lo) + " and " +
               (hi_open ? "less than " : "at most ") + number_words(hi);
    }
    if (has_lo) return (lo_open ? "greater than " : "at least ") + number_words(lo);
    if (has_hi) return (hi_open ? "less than " : "at most ") + number_words(hi);
    return "any number";
}

const std::vector<MethodInfo> &unlearning_methods() {
    static const std::vector<MethodInfo> methods = [] {
        std::vector<MethodInfo> methods = {
            {"retrain",
             MethodKind::Exact,
             "Retrain from scratch without the forgotten records (same configuration and seed): the reference.",
             {},
             {},
             false},
            {"sisa",
             MethodKind::Exact,
             "Retrain only the SISA shards that held a forgotten record, from their last clean checkpoint.",
             {},
             {},
             true},
            {"certified",
             MethodKind::Certified,
             "Newton step on the remaining data (Guo et al. 2020) for logreg or a linear head; the gradient-residual "
             "bound is tracked per model and past the budget Lethe retrains instead.",
             {{"lambda", 0.0}, {"budget", 100.0}, {"cg_iters", 300}, {"cg_tol", 1e-10}},
             {{"lambda", "L2 strength of the objective; 0: the run's weight decay"},
              {"budget", "allowed accumulated gradient-residual bound (sum-normalised objective) before a retrain"},
              {"cg_iters", "conjugate-gradient iterations for the Hessian solve"},
              {"cg_tol", "relative residual at which the conjugate gradient stops"}},
             false,
             false,
             "logreg, or the last Linear layer on frozen features"},
            {"finetune",
             MethodKind::Approximate,
             "FT: continue training on the retained records only.",
             {{"epochs", 0.1}, {"lr", 0.01}, {"momentum", 0.9}, {"batch_size", 0}},
             {{"epochs", "epochs over the retained records (0.1: ~3% of the demo's 3-epoch training; 0.3 was no closer "
                         "to the retrained model)"},
              {"lr", "SGD learning rate"},
              {"momentum", "SGD momentum"},
              {"batch_size", "0: the training run's batch size"}}},
            {"neggrad",
             MethodKind::Approximate,
             "GA / NegGrad: gradient ascent on the forget set, stopped once its loss reaches the test loss.",
             {{"epochs", 10.0}, {"min_epochs", 1.0}, {"lr", 0.002}, {"stop_ratio", 0.8}, {"batch_size", 0}},
             {{"epochs", "most epochs over the forget set"},
              {"min_epochs", "epochs over the forget set before the stopping rule applies"},
              {"lr", "SGD learning rate (small: ascent diverges)"},
              {"stop_ratio", "stop when forget loss >= stop_ratio x mean test loss (0.8 was as close to the "
                             "retrained model as 1.0 on the demo and stops sooner)"},
              {"batch_size", "0: the training run's batch size"}}},
            {"neggrad+",
             MethodKind::Approximate,
             "NegGrad+: minimise beta*l(retain) - (1-beta)*l(forget).",
             {{"epochs", 0.1}, {"lr", 0.01}, {"beta", 0.95}, {"momentum", 0.9}, {"batch_size", 0}},
             {{"epochs", "epochs over the retained records"},
              {"lr", "SGD learning rate"},
              {"beta", "weight of the retain loss (0.9..0.99)"},
              {"momentum", "SGD momentum"},
              {"batch_size", "0: the training run's batch size"}}},
            {"random-label",
             MethodKind::Approximate,
             "RL: train on the retained records and the forget set relabelled with a random wrong class, shuffled "
             "together (each record once per epoch).",
             {{"epochs", 0.1}, {"lr", 0.01}, {"momentum", 0.9}, {"batch_size", 0}},
             {{"epochs", "epochs over the retained and forget records together"},
              {"lr", "SGD learning rate"},
              {"momentum", "SGD momentum"},
              {"batch_size", "0: the training run's batch size"}}},
            {"salun",
             MethodKind::Approximate,
             "SalUn: random-label training restricted to the weights most salient for the forget set.",
             {{"epochs", 0.1}, {"lr", 0.01}, {"momentum", 0.9}, {"mask_fraction", 0.5}, {"batch_size", 0}},
             {{"epochs", "epochs over the retained and forget records together"},
              {"lr", "SGD learning rate"},
              {"momentum", "SGD momentum"},
              {"mask_fraction", "fraction k of weights updated: top-k of |grad of the forget loss|"},
              {"batch_size", "0: the training run's batch size"}}},
            {"l1-sparse",
             MethodKind::Approximate,
             "l1-sparse: fine-tune on the retained records with an L1 penalty decaying linearly to zero.",
             {{"epochs", 0.1}, {"lr", 0.01}, {"momentum", 0.9}, {"alpha", 5e-4}, {"batch_size", 0}},
             {{"epochs", "epochs over the retained records"},
              {"lr", "SGD learning rate"},
              {"momentum", "SGD momentum"},
              {"alpha", "initial L1 weight a in gamma_t = a (1 - t/T), on the mean absolute weight x 1e4"},
              {"batch_size", "0: the training run's batch size"}}},
            {"scrub",
             MethodKind::Approximate,
             "SCRUB: the student (from the original) moves away from the teacher on the forget set and stays close "
             "on the retained records, in alternating steps.",
             {{"epochs", 0.1},
              {"max_epochs", 1.0},
              {"lr", 0.005},
              {"temperature", 4.0},
              {"alpha", 1.0},
              {"gamma", 1.0},
              {"batch_size", 0}},
             {{"epochs", "epochs of min steps over the retained records"},
              {"max_epochs", "epochs of max steps over the forget set, spread over the run"},
              {"lr", "SGD learning rate"},
              {"temperature", "distillation temperature"},
              {"alpha", "weight of KL(teacher, student) on the retained records"},
              {"gamma", "weight of cross-entropy on the retained records"},
              {"batch_size", "0: the training run's batch size"}}},
            {"bad-teacher",
             MethodKind::Approximate,
             "Bad Teacher: distil a randomly initialised network on the forget set and the original on a sample of "
             "the retained records.",
             {{"epochs", 1.0}, {"retain_fraction", 0.1}, {"lr", 0.01}, {"temperature", 1.0}, {"batch_size", 0}},
             {{"epochs", "epochs over forget set + retained sample"},
              {"retain_fraction", "fraction of the retained records sampled"},
              {"lr", "SGD learning rate"},
              {"temperature", "distillation temperature"},
              {"batch_size", "0: the training run's batch size"}}},
            {"fisher",
             MethodKind::Approximate,
             "Fisher forgetting: Gaussian noise scaled by (diagonal Fisher on the retained records)^-1/4.",
             {{"alpha", 0.001}, {"clamp", 5.0}, {"samples", 1000}},
             {{"alpha", "noise scale (on the demo, 0.02 cost about 20 points of accuracy; at 0.001 the model barely "
                        "moves)"},
              {"clamp", "largest noise multiplier F^-1/4 per weight"},
              {"samples", "retained records used to estimate the Fisher diagonal"}}},
            {"amnesiac",
             MethodKind::Approximate,
             "Amnesiac: subtract the recorded parameter updates of every batch that held a forgotten record, then "
             "fine-tune briefly.",
             {{"ft_epochs", 0.1}, {"lr", 0.01}, {"momentum", 0.9}, {"batch_size", 0}},
             {{"ft_epochs", "epochs of fine-tuning on the retained records after the subtraction (0: none)"},
              {"lr", "SGD learning rate of the fine-tuning"},
              {"momentum", "SGD momentum"},
              {"batch_size", "0: the training run's batch size"}},
             false,
             true},
        };
        for (auto &m : methods)
            for (const auto &[key, def] : m.defaults.items()) m.ranges[key] = range_of(m.name, key);
        return methods;
    }();
    return methods;
}

std::string param_range_problem(const MethodInfo &m, const std::string &key, double value) {
    const auto it = m.ranges.find(key);
    if (it == m.ranges.end() || it->second.contains(value)) return {};
    return key + " of " + m.name + " must be " + it->second.words() + ", not " + number_words(value);
}

const MethodInfo *find_method(const std::string &name) {
    for (const auto &m : unlearning_methods())
        if (m.name == name) return &m;
    return nullptr;
}

std::string method_names() {
    std::string s;
    for (const auto &m : unlearning_methods()) s += (s.empty() ? "" : ", ") + m.name;
    return s;
}

namespace {
json ranges_json(const MethodInfo &m) {
    json out = json::object();
    for (const auto &[key, r] : m.ranges) {
        json j = {{"words", r.words()}};
        if (r.lo > -kInf) j[r.lo_open ? "greater_than" : "min"] = r.lo;
        if (r.hi < kInf) j[r.hi_open ? "less_than" : "max"] = r.hi;
        out[key] = j;
    }
    return out;
}
} // namespace

json methods_json() {
    json out = json::array();
    for (const auto &m : unlearning_methods())
        out.push_back({{"name", m.name},
                       {"kind", m.kind},
                       {"summary", m.summary},
                       {"defaults", m.defaults.is_null() ? json::object() : m.defaults},
                       {"help", m.help.is_null() ? json::object() : m.help},
                       {"needs_sisa", m.needs_sisa},
                       {"needs_update_log", m.needs_update_log},
                       {"archs", m.archs},
                       {"ranges", ranges_json(m)}});
    return out;
}

json merge_method_params(const MethodInfo &m, const std::map<std::string, std::string> &overrides) {
    json p = m.defaults.is_null() ? json::object() : m.defaults;
    for (const auto &[key, text] : overrides) {
        if (!p.contains(key)) {
            std::string known;
            for (const auto &[k, v] : p.items()) known += (known.empty() ? "" : ", ") + k;
            if (known.empty())
                usage_error(msg(QT_TRANSLATE_NOOP("Engine", "method %1 has no parameter '%2' (parameters: none)"),
                                m.name, key));
            usage_error(msg(QT_TRANSLATE_NOOP("Engine", "method %1 has no parameter '%2' (parameters: %3)"), m.name,
                            key, known));
        }
        const json &def = m.defaults.at(key);
        char *end = nullptr;
        if (def.is_boolean()) {
            if (text == "true" || text == "1")
                p[key] = true;
            else if (text == "false" || text == "0")
                p[key] = false;
            else
                usage_error(msg(QT_TRANSLATE_NOOP("Engine", "parameter %1 of %2 takes true or false, not '%3'"), key,
                                m.name, text));
        } else if (def.is_number_integer()) {
            const long long v = std::strtoll(text.c_str(), &end, 10);
            if (text.empty() || *end != '\0')
                usage_error(msg(QT_TRANSLATE_NOOP("Engine", "parameter %1 of %2 takes an integer, not '%3'"), key,
                                m.name, text));
            p[key] = int64_t(v);
        } else if (def.is_number()) {
            const double v = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0' || !std::isfinite(v))
                usage_error(
                    msg(QT_TRANSLATE_NOOP("Engine", "parameter %1 of %2 takes a number, not '%3'"), key, m.name, text));
            p[key] = v;
        } else {
            p[key] = text;
        }
        if (p[key].is_number()) {
            const std::string why = param_range_problem(m, key, p[key].get<double>());
            if (!why.empty()) usage_error("parameter " + why);
        }
    }
    return p;
}

} // namespace lethe
