#pragma once
// The devices torch can run on here, as the CLI and the workbench name them:
// "cpu", then "cuda:0", "cuda:1", ... Plain C++ (no torch in this header).
// Asking torch initialises CUDA, which can take seconds: the workbench calls
// it once, on a thread of its own.
#include <string>
#include <vector>

namespace lethe {

std::vector<std::string> available_devices();

} // namespace lethe
