#pragma once
// Internal (torch) half of the model layer: building, saving and loading the
// networks, and choosing the device.
#include <string>

#include <torch/torch.h>

#include "model/spec.h"

namespace lethe {

// torchscript: the architecture file of spec.script_file with PyTorch's
// default initialisation by layer type (from torch's global generator).
torch::nn::Sequential make_net(const ModelSpec &spec);
// torchscript: what make_net's re-initialisation does to this architecture.
std::string script_reinit_note(const ModelSpec &spec);
// Sets spec.script_file from spec.script (project-relative) for torchscript.
template <class P> void resolve_script(ModelSpec &spec, const P &project) {
    if (spec.arch == "torchscript" && !spec.script.empty()) spec.script_file = project.resolve(spec.script);
}

// Serialises the parameters and buffers, writes them atomically; returns
// the SHA-256 of the file's bytes.
std::string save_net(torch::nn::Sequential &net, const std::string &path);
// Loads into a fresh net of spec after checking the file's SHA-256 against
// expected_sha256 (when not empty), that it fits the architecture and that
// every weight is finite. Errors name the file.
torch::nn::Sequential load_net(const ModelSpec &spec, const std::string &path, const std::string &expected_sha256);

// "auto" takes CUDA when torch sees it; "cuda" without CUDA is an error.
torch::Device pick_device(const std::string &want);
std::string device_name(const torch::Device &d);

} // namespace lethe
