#pragma once
// Internal (torch): models brought from PyTorch as TorchScript files
// (torch.jit.save). A script module is wrapped in one torch::nn module whose
// parameters and buffers are the script module's own tensors, so training,
// eval/train, device moves and the methods work on it as on any net.
#include <string>
#include <vector>

#include <torch/script.h>
#include <torch/torch.h>

namespace lethe {

class ScriptNetImpl : public torch::nn::Module {
public:
    explicit ScriptNetImpl(torch::jit::Module module);
    torch::Tensor forward(torch::Tensor x);
    void train(bool on = true) override;
    torch::jit::Module &script() { return module_; }

private:
    torch::jit::Module module_;
};
TORCH_MODULE(ScriptNet);

// Loads TorchScript bytes; BadInput naming path when they are not a TorchScript model.
torch::jit::Module load_script(const std::string &bytes, const std::string &path);
// A net holding the script module.
torch::nn::Sequential wrap_script(torch::jit::Module module);
// The script module of a net made by wrap_script; null for any other net.
torch::jit::Module *script_of(torch::nn::Sequential &net);
// The script module's bytes (module.save), from a CPU copy.
std::string script_bytes(torch::jit::Module &module);

// Runs forward on x (eval, no grad) and checks it returns a [batch, C] float
// tensor with C >= min_classes; returns C. BadInput naming path otherwise.
int check_script(torch::jit::Module &module, const torch::Tensor &x, int min_classes, const std::string &path);

// Re-initialises the parameters by layer type as PyTorch does by default
// (Linear/Conv*: kaiming_uniform(a=sqrt(5)) weight, uniform(+-1/sqrt(fan_in))
// bias; *Norm: ones and zeros, running statistics reset; Embedding: normal),
// with torch's global generator. Returns what was done, for the job's note.
std::string reinit_script(torch::jit::Module &module);

} // namespace lethe
