#pragma once
#include <vector>

namespace lethe {
// migrations()[v-1] takes the schema from version v-1 to version v.
const std::vector<const char *> &schema_migrations();
} // namespace lethe
