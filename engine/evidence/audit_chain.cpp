#include "evidence/audit_chain.h"

#include <nlohmann/json.hpp>

#include "core/hash.h"

namespace lethe {

std::string chain_hash(const std::string &prev_hash, int64_t seq, const std::string &at, const std::string &actor,
                       const std::string &action, const std::string &payload_json) {
    const nlohmann::json entry = {{"seq", seq},
                                  {"at", at},
                                  {"actor", actor},
                                  {"action", action},
                                  {"payload", nlohmann::json::parse(payload_json)}};
    return sha256_hex(prev_hash + entry.dump());
}

} // namespace lethe
