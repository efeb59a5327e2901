#pragma once
// A work unit's files (core/executor.h, docs/cluster.md): unit.json and its
// inputs in a staging folder, the outputs the worker wrote, and result.json,
// written last, holding the SHA-256 of the unit file ("unit_sha256") and of
// every output ("outputs": [{path, sha256}], paths relative to the project).
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

// Writes a unit into its folder (absolute): the inputs (name, bytes) first,
// unit.json last; returns the unit file. keep_identical: a unit.json already
// there with the same bytes (a run that stopped) is kept with whatever
// result it reached; otherwise the folder starts empty, so no earlier result
// can stand for this unit.
std::string write_unit_files(const std::string &dir, const nlohmann::json &unit,
                             const std::vector<std::pair<std::string, std::string>> &inputs, bool keep_identical);

// A worker's reading of its unit file: the JSON, refused (naming the file)
// unless its kind and version are these; *bytes gets the file's bytes (the
// result's unit_sha256 is theirs).
nlohmann::json read_unit(const std::string &unit_file, const std::string &kind, const std::string &what,
                         std::string *bytes);

// This machine's host name: a result says where it was computed.
std::string worker_host();

// After a batch: removes its scripts and task logs (the regular files of
// dir, the units' parent folder), then dir and its parents up to the
// project's root while they are empty. Unit folders in dir stay.
void tidy_staging(const std::string &project_root, const std::string &dir);

// Removes everything from the unit's folder but unit.json, its inputs
// (in.ids, placements.txt, records.ids) and its lock (unit.lock): a run that
// stopped half-way, refused outputs.
void clear_unit_outputs(const std::string &unit_file);

} // namespace lethe
