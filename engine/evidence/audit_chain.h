#pragma once
// The audit log is a hash chain: each entry's hash is
//   SHA-256(prev_hash || canonical JSON of {seq, at, actor, action, payload})
// where canonical JSON has sorted keys and no whitespace (nlohmann's dump()).
// Changing, removing or reordering any entry breaks every hash after it.
#include <cstdint>
#include <string>

namespace lethe {

inline const std::string kGenesisHash(64, '0');

std::string chain_hash(const std::string &prev_hash, int64_t seq, const std::string &at, const std::string &actor,
                       const std::string &action, const std::string &payload_json);

} // namespace lethe
