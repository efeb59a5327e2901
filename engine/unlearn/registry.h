#pragma once
// The unlearning methods, registered once: the CLI, the workbench and the
// database use these names. Plain C++ (no torch), so the GUI can list them.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/states.h"

namespace lethe {

// The values a parameter may take: a closed or open interval (a bound left at
// +-infinity is no bound). Declared for every parameter of every method.
struct ParamRange {
    double lo = -1e300, hi = 1e300;
    bool lo_open = false, hi_open = false;
    bool contains(double v) const;
    std::string words() const; // "greater than 0", "from 0 to 1", "at least 1"
};

struct MethodInfo {
    std::string name; // as in DESIGN section 7: retrain, sisa, finetune, ...
    MethodKind kind = MethodKind::Approximate;
    std::string summary;                                // one line, for menus and --help
    nlohmann::json defaults = nlohmann::json::object(); // parameter -> default value
    nlohmann::json help = nlohmann::json::object();     // parameter -> one-line description (tooltips)
    bool needs_sisa = false;                            // only for SISA ensembles
    bool needs_update_log = false;                      // the input run must have been trained with record_updates
    std::string archs = "any";                          // architectures it applies to ("any", or e.g. "linear head")
    std::map<std::string, ParamRange> ranges = {};      // parameter -> the values it may take
};

const std::vector<MethodInfo> &unlearning_methods();
const MethodInfo *find_method(const std::string &name); // null when unknown
std::string method_names();                             // "retrain, sisa, ...", for messages

// The registry as JSON: [{name, kind, summary, defaults, help, ...}].
nlohmann::json methods_json();

// The defaults of a method overridden by key=value strings; a value takes
// the type of its default (number, integer, boolean). Usage error for an
// unknown key, a value of the wrong type or a value outside the parameter's
// range, naming the parameter; nothing is started before this check.
nlohmann::json merge_method_params(const MethodInfo &m, const std::map<std::string, std::string> &overrides);

// Why a value of a parameter is refused ("lr of finetune must be greater
// than 0, not -0.5"), or empty when the range takes it.
std::string param_range_problem(const MethodInfo &m, const std::string &key, double value);

} // namespace lethe
