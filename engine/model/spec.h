#pragma once
// What a model is, stored with it in the database so it can be rebuilt.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lethe {

struct ModelSpec {
    std::string arch = "cnn";         // logreg | mlp | cnn | torchscript
    std::vector<int64_t> input_shape; // per example, e.g. {1, 28, 28}
    int n_classes = 10;
    int hidden = 128; // mlp width
    // torchscript: the project-relative architecture file (the imported
    // module with re-initialised parameters; no trained weights) and its
    // SHA-256, recorded; script_file is that file's full path, resolved by
    // whoever reads the spec from the lineage (resolve_script), not stored.
    std::string script, script_sha256, script_file;

    nlohmann::json to_json() const;
    static ModelSpec from_json(const nlohmann::json &j);
};

const std::vector<std::string> &known_archs();

} // namespace lethe
