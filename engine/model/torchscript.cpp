#include "model/torchscript.h"

#include <cmath>
#include <map>
#include <sstream>

#include "core/error.h"

namespace lethe {

namespace {
std::string slot_name(std::string n) {
    for (auto &ch : n)
        if (ch == '.') ch = '_';
    return n;
}

// The last non-empty line of a (TorchScript) error: the error itself, not its traceback.
std::string last_line(const std::string &what) {
    std::istringstream in(what);
    std::string line, last;
    while (std::getline(in, line)) {
        const auto b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos) continue;
        last = line.substr(b);
    }
    if (last.size() > 240) last = last.substr(0, 240) + "...";
    return last;
}

std::string shape_str(c10::IntArrayRef s) {
    std::string out = "[";
    for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
    return out + "]";
}
} // namespace

ScriptNetImpl::ScriptNetImpl(torch::jit::Module module) : module_(module) { // a handle: no move to make
    for (const auto &p : module_.named_parameters(true)) register_parameter(slot_name(p.name), p.value, true);
    for (const auto &b : module_.named_buffers(true)) register_buffer(slot_name(b.name), b.value);
}

torch::Tensor ScriptNetImpl::forward(torch::Tensor x) { return module_.forward({std::move(x)}).toTensor(); }

void ScriptNetImpl::train(bool on) {
    torch::nn::Module::train(on);
    module_.train(on);
}

torch::jit::Module load_script(const std::string &bytes, const std::string &path) {
    torch::jit::Module m;
    try {
        std::istringstream in(bytes);
        m = torch::jit::load(in, torch::Device(torch::kCPU));
    } catch (const c10::Error &e) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a TorchScript model (torch.jit.load: %2)"), path,
                      last_line(e.what_without_backtrace())));
    } catch (const std::exception &e) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a TorchScript model (torch.jit.load: %2)"), path,
                      last_line(e.what())));
    }
    if (!m.find_method("forward"))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the TorchScript model has no forward method"), path));
    return m;
}

torch::nn::Sequential wrap_script(torch::jit::Module module) {
    torch::nn::Sequential net;
    net->push_back(ScriptNet(std::move(module)));
    return net;
}

torch::jit::Module *script_of(torch::nn::Sequential &net) {
    if (net->size() != 1) return nullptr;
    auto *s = net[0]->as<ScriptNetImpl>();
    return s ? &s->script() : nullptr;
}

std::string script_bytes(torch::jit::Module &module) {
    auto copy = module.clone();
    copy.to(torch::kCPU);
    std::ostringstream out;
    copy.save(out);
    return out.str();
}

int check_script(torch::jit::Module &module, const torch::Tensor &x, int min_classes, const std::string &path) {
    torch::NoGradGuard ng;
    module.eval();
    c10::IValue out;
    const std::string in_shape = shape_str(x.sizes());
    try {
        out = module.forward({x});
    } catch (const c10::Error &e) {
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the model's forward fails on the dataset's input of shape %2 (float32): %3"),
                      path, in_shape, last_line(e.what_without_backtrace())));
    } catch (const std::exception &e) {
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the model's forward fails on the dataset's input of shape %2 (float32): %3"),
                      path, in_shape, last_line(e.what())));
    }
    if (!out.isTensor())
        bad_input(
            msg(QT_TRANSLATE_NOOP(
                    "Engine",
                    "%1: forward returns %2, not logits: a float tensor of shape [batch, n_classes] = [%3, n_classes]"),
                path, out.tagKind(), x.size(0)));
    const auto t = out.toTensor();
    if (t.dim() != 2 || t.size(0) != x.size(0) || !t.is_floating_point())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: forward returns a %2 tensor of shape %3, not logits: a float "
                                                  "tensor of shape [batch, n_classes] = [%4, n_classes]"),
                      path, std::string(c10::toString(t.scalar_type())), shape_str(t.sizes()), x.size(0)));
    const int C = int(t.size(1));
    if (C < std::max(2, min_classes))
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: forward returns %2 logits per record; the dataset has %3 classes"),
                path, C, min_classes));
    if (!torch::isfinite(t).all().item<bool>())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: forward returns NaN or infinite logits"), path));
    return C;
}

std::string reinit_script(torch::jit::Module &module) {
    torch::NoGradGuard ng;
    std::map<std::string, int> done, kept;
    for (const auto &nm : module.named_modules()) {
        auto m = nm.value;
        const auto qn = m.type()->name();
        const std::string type = qn ? qn->name() : "?";
        auto get = [&](const char *n) -> torch::Tensor {
            if (m.hasattr(n)) {
                auto v = m.attr(n);
                if (v.isTensor()) return v.toTensor();
            }
            return {};
        };
        bool own = false;
        for (const auto &p : m.named_parameters(false)) {
            (void)p;
            own = true;
        }
        auto w = get("weight"), b = get("bias");
        if (type == "Linear" || type == "Bilinear" || type.rfind("Conv", 0) == 0 || type.rfind("LazyConv", 0) == 0) {
            if (w.defined() && w.dim() >= 2) {
                torch::nn::init::kaiming_uniform_(w, std::sqrt(5.0));
                if (b.defined()) {
                    const auto fan_in = std::get<0>(torch::nn::init::_calculate_fan_in_and_fan_out(w));
                    const double bound = fan_in > 0 ? 1.0 / std::sqrt(double(fan_in)) : 0.0;
                    torch::nn::init::uniform_(b, -bound, bound);
                }
                ++done[type];
                continue;
            }
        } else if (type.find("Norm") != std::string::npos) {
            if (w.defined()) torch::nn::init::ones_(w);
            if (b.defined()) torch::nn::init::zeros_(b);
            if (auto rm = get("running_mean"); rm.defined()) rm.zero_();
            if (auto rv = get("running_var"); rv.defined()) rv.fill_(1);
            if (auto nb = get("num_batches_tracked"); nb.defined()) nb.zero_();
            ++done[type];
            continue;
        } else if (type == "Embedding" && w.defined()) {
            torch::nn::init::normal_(w);
            ++done[type];
            continue;
        }
        if (own) ++kept[type];
    }
    std::string s = "re-initialised the imported TorchScript model's parameters by layer type as PyTorch does by "
                    "default (Linear/Conv: kaiming_uniform(a=sqrt(5)) weights, uniform(-1/sqrt(fan_in), "
                    "1/sqrt(fan_in)) biases; norms: ones and zeros; Embedding: normal(0, 1)):";
    bool first = true;
    for (const auto &[t, n] : done) {
        s += std::string(first ? " " : ", ") + t + " x" + std::to_string(n);
        first = false;
    }
    if (first) s += " no known layers";
    if (!kept.empty()) {
        s += "; kept as imported (unknown layer types):";
        first = true;
        for (const auto &[t, n] : kept) {
            s += std::string(first ? " " : ", ") + t + " x" + std::to_string(n);
            first = false;
        }
    }
    return s;
}

} // namespace lethe
