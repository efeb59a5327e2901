#pragma once
// A CSV table read through libcsv (RFC 4180 quoting, strict mode): the rows
// of the evidence bundle's score tables, and later every CSV Lethe reads.
#include <string>
#include <vector>

namespace lethe {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    // The column's index; BadInput naming `where` when the header lacks it.
    size_t column(const std::string &name, const std::string &where) const;
};

bool have_csv_support(); // false in a build without libcsv (the GPU machines)
// BadInput naming `where` (and the line) for malformed quoting or a row whose
// field count differs from the header's.
CsvTable parse_csv(const std::string &bytes, const std::string &where);

} // namespace lethe
