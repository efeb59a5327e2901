#include "evidence/csv_table.h"

#include "core/error.h"

#ifdef LETHE_HAVE_LIBCSV
#include <csv.h>
#endif

namespace lethe {

size_t CsvTable::column(const std::string &name, const std::string &where) const {
    for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    bad_input(where + ": no column '" + name + "'");
}

#ifdef LETHE_HAVE_LIBCSV
namespace {

struct Collect {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
};

void on_field(void *s, size_t n, void *data) {
    static_cast<Collect *>(data)->row.emplace_back(static_cast<const char *>(s), n);
}
void on_row(int, void *data) {
    auto *c = static_cast<Collect *>(data);
    c->rows.push_back(std::move(c->row));
    c->row.clear();
}

struct Parser {
    csv_parser p{};
    Parser() {
        if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) internal_error("libcsv could not be initialised");
    }
    ~Parser() { csv_free(&p); }
};

} // namespace

bool have_csv_support() { return true; }

CsvTable parse_csv(const std::string &bytes, const std::string &where) {
    Parser ps;
    Collect c;
    if (csv_parse(&ps.p, bytes.data(), bytes.size(), on_field, on_row, &c) != bytes.size() ||
        csv_fini(&ps.p, on_field, on_row, &c) != 0)
        bad_input(where + ": not a valid CSV table after line " + std::to_string(c.rows.size()) + " (" +
                  csv_strerror(csv_error(&ps.p)) + ")");
    CsvTable t;
    if (c.rows.empty()) bad_input(where + ": the CSV table is empty (no header)");
    t.header = std::move(c.rows.front());
    for (size_t i = 1; i < c.rows.size(); ++i) {
        // libcsv reports an empty trailing field as no field at all: pad it.
        if (c.rows[i].size() + 1 == t.header.size()) c.rows[i].emplace_back();
        if (c.rows[i].size() != t.header.size())
            bad_input(where + ": line " + std::to_string(i + 1) + " has " + std::to_string(c.rows[i].size()) +
                      " fields, the header " + std::to_string(t.header.size()));
        t.rows.push_back(std::move(c.rows[i]));
    }
    return t;
}

#else

bool have_csv_support() { return false; }
CsvTable parse_csv(const std::string &, const std::string &where) {
    usage_error(where + ": this build of Lethe has no libcsv: CSV tables cannot be read");
}

#endif

} // namespace lethe
