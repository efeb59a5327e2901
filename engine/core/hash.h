#pragma once
// SHA-256 (libsodium) of bytes, strings and files, as lowercase hex.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lethe {

std::string sha256_hex(const void *data, size_t size);
inline std::string sha256_hex(const std::string &s) { return sha256_hex(s.data(), s.size()); }
// Throws Error(BadInput) naming the file when it cannot be read.
std::string sha256_file(const std::string &path);
// Hash of a set of record ids, independent of their order: SHA-256 of the
// sorted ids written as decimal, comma separated. Keys SISA checkpoints.
std::string record_set_hash(std::vector<int64_t> ids);
// The interchange format's name of a set of record keys
// (docs/lineage-format.md): SHA-256 of each key followed by a line feed, the
// keys in byte order, each once.
std::string key_set_hash(std::vector<std::string> keys);

} // namespace lethe
