#include "unlearn/registry.h"

namespace lethe {

const std::vector<MethodInfo> &unlearning_methods() {
    static const std::vector<MethodInfo> methods = {
        {"retrain", "exact",
         "Retrain from scratch without the forgotten records (same configuration and seed): the reference.", {}, {},
         false},
        {"sisa", "exact",
         "Retrain only the SISA shards that held a forgotten record, from their last clean checkpoint.", {}, {}, true},
    };
    return methods;
}

const MethodInfo *find_method(const std::string &name) {
    for (const auto &m : unlearning_methods())
        if (m.name == name) return &m;
    return nullptr;
}

} // namespace lethe
