#pragma once
// The current time as the project writes it everywhere: ISO 8601, UTC, seconds.
#include <string>

namespace lethe {

std::string now_iso8601(); // "2026-12-02T13:05:09Z"

} // namespace lethe
