#pragma once
// The unlearning methods, registered once: the CLI, the workbench and the
// database use these names. Plain C++ (no torch), so the GUI can list them.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lethe {

struct MethodInfo {
    std::string name;      // as in DESIGN section 7: retrain, sisa, finetune, ...
    std::string kind;      // exact | approximate | certified
    std::string summary;   // one line, for menus and --help
    nlohmann::json defaults = nlohmann::json::object(); // parameter -> default value
    nlohmann::json help = nlohmann::json::object();     // parameter -> one-line description (tooltips)
    bool needs_sisa = false;     // only for SISA ensembles
    bool needs_update_log = false; // the input run must have been trained with record_updates
    std::string archs = "any";   // architectures it applies to ("any", or e.g. "linear head")
};

const std::vector<MethodInfo> &unlearning_methods();
const MethodInfo *find_method(const std::string &name); // null when unknown
std::string method_names(); // "retrain, sisa, ...", for messages

// The registry as JSON: [{name, kind, summary, defaults, help, ...}].
nlohmann::json methods_json();

// The defaults of a method overridden by key=value strings; a value takes
// the type of its default (number, integer, boolean). Usage error for an
// unknown key or a value of the wrong type, naming both.
nlohmann::json merge_method_params(const MethodInfo &m, const std::map<std::string, std::string> &overrides);

} // namespace lethe
