#pragma once
// CSV read through libcsv (RFC 4180 quoting, strict mode): manifests, tabular
// datasets, --records files and the evidence bundle's score tables. Chosen
// over fast-cpp-csv-parser because it is a small C library with a callback
// API that streams a large file without a compile-time column count, reports
// malformed quoting instead of guessing, and leaves the delimiter to the
// caller (Excel's ';'). What it does not do, done here: a UTF-8 byte-order
// mark is skipped, the delimiter is detected from the header line, and every
// row keeps the line it starts on for the error messages.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lethe {

struct CsvOptions {
    char delimiter = 0; // 0: detected from the header line (',', ';' or a tab)
};

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> lines; // the line each row starts on (1 is the header)
    char delimiter = ',';
    // The column's index; BadInput naming `where` when the header lacks it.
    size_t column(const std::string &name, const std::string &where) const;
    std::optional<size_t> find(const std::string &name) const;
};

bool have_csv_support(); // false in a build without libcsv (the GPU machines)

// ',' ';' or '\t': whichever occurs most often outside quotes in the first
// line (',' when none does).
char detect_csv_delimiter(const std::string &bytes);

// The header (its cells trimmed), then every data row in turn with the line
// it starts on. Rows are checked against the header's field count; blank
// lines are skipped. BadInput naming `where` and the line for malformed
// quoting, a ragged row, a file that is not UTF-8 text (NUL bytes, a UTF-16
// byte-order mark) or a file without a header.
// `header` is called once, before the first row (and for a file of a header
// only); an exception from either function stops the reading.
using CsvHeaderFn = std::function<void(const std::vector<std::string> &header)>;
using CsvRowFn = std::function<void(std::vector<std::string> &fields, int line)>;
std::vector<std::string> for_each_csv_row(const std::string &bytes, const std::string &where, const CsvOptions &o,
                                          const CsvHeaderFn &header, const CsvRowFn &row);

CsvTable parse_csv(const std::string &bytes, const std::string &where, const CsvOptions &o = {});

// One cell as RFC 4180 writes it: quoted, with its quotes doubled, when it
// holds the delimiter, a quote or a line break (a pseudonym may: "Doe, Jane").
std::string csv_field(const std::string &value, char delimiter = ',');

} // namespace lethe
