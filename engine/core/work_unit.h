#pragma once
// A work unit's files (core/executor.h, docs/cluster.md): unit.json and its
// inputs in a staging folder, the outputs the worker wrote, and result.json,
// written last, holding the SHA-256 of the unit file ("unit_sha256") and of
// every output ("outputs": [{path, sha256}], paths relative to the project).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace lethe {

// The unit's result when result.json is there, belongs to this unit file's
// bytes, and every output is on disk with its SHA-256; else nullopt, with
// why: "no result" when there is none, else which output does not match.
std::optional<nlohmann::json> checked_unit_result(const std::string &project_root, const std::string &unit_file,
                                                  std::string *why);

// Whether (path, sha256) is one of a checked result's outputs: what a commit
// may take from the result's other fields.
bool is_checked_output(const nlohmann::json &result, const std::string &path, const std::string &sha256);

// Removes everything from the unit's folder but unit.json and its inputs
// (in.ids, placements.txt): a run that stopped half-way, refused outputs.
void clear_unit_outputs(const std::string &unit_file);

} // namespace lethe
