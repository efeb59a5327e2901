#include "evidence/csv_table.h"

#include <exception>

#include "core/error.h"

#ifdef LETHE_HAVE_LIBCSV
#include <csv.h>
#endif

namespace lethe {

size_t CsvTable::column(const std::string &name, const std::string &where) const {
    if (const auto i = find(name)) return *i;
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no column '%2'"), where, name));
}

std::optional<size_t> CsvTable::find(const std::string &name) const {
    for (size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    return std::nullopt;
}

char detect_csv_delimiter(const std::string &bytes) {
    size_t comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    for (const char c : bytes) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        comma += c == ',';
        semi += c == ';';
        tab += c == '\t';
    }
    if (semi > comma && semi >= tab) return ';';
    if (tab > comma && tab > semi) return '\t';
    return ',';
}

#ifdef LETHE_HAVE_LIBCSV
namespace {

struct Collect {
    const std::string *where = nullptr;
    const CsvHeaderFn *header_fn = nullptr;
    const CsvRowFn *fn = nullptr;
    std::vector<std::string> header, row;
    bool have_header = false;
    int line = 1;     // the line being fed
    int row_line = 0; // the line the current row started on
    Message error;
    std::exception_ptr thrown; // from the row function: never through libcsv's C frames
};

void on_field(void *s, size_t n, void *data) {
    auto *c = static_cast<Collect *>(data);
    if (c->row.empty()) c->row_line = c->line;
    c->row.emplace_back(s ? static_cast<const char *>(s) : "", s ? n : 0);
}

void on_row(int, void *data) {
    auto *c = static_cast<Collect *>(data);
    std::vector<std::string> row = std::move(c->row);
    c->row.clear();
    if (!c->error.empty() || c->thrown) return;
    // A line of spaces is a blank line, not a record.
    if (row.size() == 1 && row[0].empty()) return;
    if (!c->have_header) {
        c->header = std::move(row);
        c->have_header = true;
        try {
            (*c->header_fn)(c->header);
        } catch (...) {
            c->thrown = std::current_exception();
        }
        return;
    }
    if (row.size() != c->header.size()) {
        c->error = msg(QT_TRANSLATE_NOOP("Engine", "%1: line %2 has %3 fields, the header %4"), *c->where, c->row_line,
                       row.size(), c->header.size());
        return;
    }
    try {
        (*c->fn)(row, c->row_line);
    } catch (...) {
        c->thrown = std::current_exception();
    }
}

struct Parser {
    csv_parser p{};
    Parser() {
        if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0)
            internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1 could not be initialised"), "libcsv"));
    }
    ~Parser() { csv_free(&p); }
};

void check_text(const std::string &bytes, const std::string &where) {
    if (bytes.size() >= 2 && ((uint8_t(bytes[0]) == 0xff && uint8_t(bytes[1]) == 0xfe) ||
                              (uint8_t(bytes[0]) == 0xfe && uint8_t(bytes[1]) == 0xff)))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: is UTF-16 text; save it as CSV in UTF-8"), where));
    if (bytes.find('\0') != std::string::npos)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: is not a text file (it holds NUL bytes)"), where));
}

} // namespace

bool have_csv_support() { return true; }

std::vector<std::string> for_each_csv_row(const std::string &raw, const std::string &where, const CsvOptions &o,
                                          const CsvHeaderFn &header, const CsvRowFn &fn) {
    check_text(raw, where);
    size_t start = raw.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0; // Excel's UTF-8 byte-order mark
    const char delim = o.delimiter ? o.delimiter : detect_csv_delimiter(raw.substr(start, 1 << 16));
    Parser ps;
    csv_set_delim(&ps.p, static_cast<unsigned char>(delim));
    Collect c;
    c.where = &where;
    c.header_fn = &header;
    c.fn = &fn;
    // Fed a line at a time, so that each row knows the line it starts on.
    while (start < raw.size() && c.error.empty() && !c.thrown) {
        size_t end = raw.find('\n', start);
        end = end == std::string::npos ? raw.size() : end + 1;
        if (csv_parse(&ps.p, raw.data() + start, end - start, on_field, on_row, &c) != end - start)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: line %2 is not valid CSV (a quote inside an unquoted cell, "
                                                      "or text after a closing quote)"),
                          where, c.line));
        start = end;
        ++c.line;
    }
    if (c.thrown) std::rethrow_exception(c.thrown);
    if (c.error.empty() && csv_fini(&ps.p, on_field, on_row, &c) != 0)
        bad_input(
            msg(QT_TRANSLATE_NOOP(
                    "Engine", "%1: the file ends inside a quoted cell that starts on line %2 (a quote is not closed)"),
                where, c.row_line));
    if (c.thrown) std::rethrow_exception(c.thrown);
    if (!c.error.empty()) bad_input(c.error);
    if (!c.have_header) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the CSV table is empty (no header)"), where));
    return c.header;
}

#else

bool have_csv_support() { return false; }
std::vector<std::string> for_each_csv_row(const std::string &, const std::string &where, const CsvOptions &,
                                          const CsvHeaderFn &, const CsvRowFn &) {
    usage_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: this build of Lethe has no %2: CSV tables cannot be read"), where,
                    "libcsv"));
}

#endif

CsvTable parse_csv(const std::string &bytes, const std::string &where, const CsvOptions &o) {
    CsvTable t;
    t.delimiter = o.delimiter ? o.delimiter : detect_csv_delimiter(bytes.substr(0, 1 << 16));
    CsvOptions fixed = o;
    fixed.delimiter = t.delimiter;
    t.header = for_each_csv_row(
        bytes, where, fixed, [](const std::vector<std::string> &) {},
        [&](std::vector<std::string> &row, int line) {
            t.rows.push_back(std::move(row));
            t.lines.push_back(line);
        });
    return t;
}

std::string csv_field(const std::string &value, char delimiter) {
    if (value.find_first_of(std::string(1, delimiter) + "\"\r\n") == std::string::npos) return value;
    std::string q = "\"";
    for (const char c : value) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

} // namespace lethe
