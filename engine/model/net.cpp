#include "model/net.h"

#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "model/devices.h"
#include "model/torchscript.h"

namespace lethe {

nlohmann::json ModelSpec::to_json() const {
    nlohmann::json j = {{"arch", arch}, {"input_shape", input_shape}, {"n_classes", n_classes}, {"hidden", hidden}};
    if (arch == "torchscript") {
        j["script"] = script;
        j["script_sha256"] = script_sha256;
    }
    return j;
}

ModelSpec ModelSpec::from_json(const nlohmann::json &j) {
    ModelSpec s;
    s.arch = j.at("arch").get<std::string>();
    s.input_shape = j.at("input_shape").get<std::vector<int64_t>>();
    s.n_classes = j.at("n_classes").get<int>();
    s.hidden = j.value("hidden", 128);
    s.script = j.value("script", "");
    s.script_sha256 = j.value("script_sha256", "");
    return s;
}

const std::vector<std::string> &known_archs() {
    static const std::vector<std::string> a = {"logreg", "mlp", "cnn"};
    return a;
}

namespace {
torch::jit::Module script_template(const ModelSpec &spec) {
    if (spec.script_file.empty())
        internal_error(msg(QT_TRANSLATE_NOOP(
            "Engine", "torchscript model spec without its architecture file resolved (resolve_script)")));
    const std::string bytes = read_file(spec.script_file);
    if (!spec.script_sha256.empty() && sha256_hex(bytes) != spec.script_sha256)
        bad_input(msg(
            QT_TRANSLATE_NOOP(
                "Engine",
                "%1: architecture file changed since it was recorded (SHA-256 does not match the lineage database)"),
            spec.script_file));
    return load_script(bytes, spec.script_file);
}
} // namespace

std::string script_reinit_note(const ModelSpec &spec) {
    auto m = script_template(spec);
    return reinit_script(m);
}

torch::nn::Sequential make_net(const ModelSpec &spec) {
    if (spec.arch == "torchscript") {
        // PyTorch's default initialisation by layer type, from torch's (seeded) generator.
        auto m = script_template(spec);
        reinit_script(m);
        return wrap_script(m); // a jit::Module is a handle: the copy shares the object
    }
    int64_t features = 1;
    for (auto d : spec.input_shape) features *= d;
    if (features <= 0 || spec.n_classes < 2)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "model spec: empty input or fewer than two classes")));
    namespace nn = torch::nn;
    nn::Sequential net;
    if (spec.arch == "logreg") {
        net->push_back(nn::Flatten());
        net->push_back(nn::Linear(features, spec.n_classes));
    } else if (spec.arch == "mlp") {
        net->push_back(nn::Flatten());
        net->push_back(nn::Linear(features, spec.hidden));
        net->push_back(nn::ReLU());
        net->push_back(nn::Linear(spec.hidden, spec.n_classes));
    } else if (spec.arch == "cnn") {
        if (spec.input_shape.size() != 3 || spec.input_shape[1] < 16 || spec.input_shape[2] < 16)
            bad_input(msg(QT_TRANSLATE_NOOP(
                "Engine", "model spec: cnn needs image input of at least 16x16 (channels, height, width)")));
        const int64_t c = spec.input_shape[0];
        const int64_t h = ((spec.input_shape[1] - 4) / 2 - 4) / 2;
        const int64_t w = ((spec.input_shape[2] - 4) / 2 - 4) / 2;
        net->push_back(nn::Conv2d(nn::Conv2dOptions(c, 16, 5)));
        net->push_back(nn::ReLU());
        net->push_back(nn::MaxPool2d(2));
        net->push_back(nn::Conv2d(nn::Conv2dOptions(16, 32, 5)));
        net->push_back(nn::ReLU());
        net->push_back(nn::MaxPool2d(2));
        net->push_back(nn::Flatten());
        net->push_back(nn::Linear(32 * h * w, spec.n_classes));
    } else {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "unknown architecture '%1' (known: logreg, mlp, cnn)"), spec.arch));
    }
    return net;
}

std::string save_net(torch::nn::Sequential &net, const std::string &path) {
    if (auto *script = script_of(net)) return write_file_atomic(path, script_bytes(*script));
    std::ostringstream out;
    {
        torch::serialize::OutputArchive archive;
        // Save from the CPU so the file does not depend on the device.
        for (const auto &p : net->named_parameters()) archive.write(p.key(), p.value().detach().cpu());
        for (const auto &b : net->named_buffers()) archive.write(b.key(), b.value().cpu(), true);
        archive.save_to(out);
    }
    return write_file_atomic(path, out.str());
}

torch::nn::Sequential load_net(const ModelSpec &spec, const std::string &path, const std::string &expected_sha256) {
    const std::string bytes = read_file(path);
    if (!expected_sha256.empty() && sha256_hex(bytes) != expected_sha256)
        bad_input(
            msg(QT_TRANSLATE_NOOP(
                    "Engine", "%1: file changed since it was recorded (SHA-256 does not match the lineage database)"),
                path));
    if (spec.arch == "torchscript") {
        auto net = wrap_script(load_script(bytes, path));
        for (const auto &p : net->named_parameters())
            if (!torch::isfinite(p.value()).all().item<bool>())
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "%1: parameter '%2' holds NaN or infinite values"), path, p.key()));
        return net;
    }
    auto net = make_net(spec);
    try {
        torch::serialize::InputArchive archive;
        std::istringstream in(bytes);
        archive.load_from(in);
        torch::NoGradGuard no_grad;
        for (auto &p : net->named_parameters()) {
            torch::Tensor t;
            if (!archive.try_read(p.key(), t))
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a '%2' model: parameter '%3' is missing"), path,
                              spec.arch, p.key()));
            if (t.sizes() != p.value().sizes())
                bad_input(
                    msg(QT_TRANSLATE_NOOP(
                            "Engine", "%1: not a '%2' model of this shape: parameter '%3' has shape %4, expected %5"),
                        path, spec.arch, p.key(), c10::str(t.sizes()), c10::str(p.value().sizes())));
            p.value().copy_(t);
        }
    } catch (const c10::Error &e) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a readable model file (%2)"), path,
                      std::string(e.what_without_backtrace()).substr(0, 200)));
    }
    for (const auto &p : net->named_parameters())
        if (!torch::isfinite(p.value()).all().item<bool>())
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: parameter '%2' holds NaN or infinite values"), path, p.key()));
    return net;
}

torch::Device pick_device(const std::string &want) {
    if (want == "cpu") return torch::kCPU;
    const bool cuda = torch::cuda::is_available();
    if (want == "auto" || want.empty()) return cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    if (want.rfind("cuda", 0) == 0) {
        if (!cuda) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "device '%1': this LibTorch sees no CUDA device"), want));
        int index = 0;
        if (want.size() > 5 && want[4] == ':') index = std::stoi(want.substr(5));
        if (index >= int(torch::cuda::device_count()))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "device '%1': only %2 CUDA device(s)"), want,
                          torch::cuda::device_count()));
        return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "unknown device '%1' (use auto, cpu, cuda or cuda:N)"), want));
}

std::string device_name(const torch::Device &d) { return d.str(); }

std::vector<std::string> available_devices() {
    std::vector<std::string> out = {"cpu"};
    if (torch::cuda::is_available())
        for (size_t i = 0; i < torch::cuda::device_count(); ++i) out.push_back("cuda:" + std::to_string(i));
    return out;
}

} // namespace lethe
