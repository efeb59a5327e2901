#pragma once
// The unlearning methods, registered once: the CLI, the workbench and the
// database use these names. Plain C++ (no torch), so the GUI can list them.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lethe {

struct MethodInfo {
    std::string name;      // as in DESIGN section 7: retrain, sisa, finetune, ...
    std::string kind;      // exact | approximate
    std::string summary;   // one line, for menus and --help
    nlohmann::json defaults = nlohmann::json::object(); // parameter -> default value
    nlohmann::json help = nlohmann::json::object();     // parameter -> one-line description (tooltips)
    bool needs_sisa = false;  // only for SISA ensembles
};

const std::vector<MethodInfo> &unlearning_methods();
const MethodInfo *find_method(const std::string &name); // null when unknown

} // namespace lethe
