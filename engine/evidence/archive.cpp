#include "evidence/archive.h"

#include <set>

#include "core/error.h"

#ifdef LETHE_HAVE_LIBARCHIVE
#include <archive.h>
#include <archive_entry.h>
#endif

namespace lethe {

#ifdef LETHE_HAVE_LIBARCHIVE
namespace {

la_ssize_t append_to(struct archive *, void *out, const void *buf, size_t n) {
    static_cast<std::string *>(out)->append(static_cast<const char *>(buf), n);
    return la_ssize_t(n);
}

struct Reader {
    struct archive *a = archive_read_new();
    ~Reader() { archive_read_free(a); }
};
struct Writer {
    struct archive *a = archive_write_new();
    ~Writer() { archive_write_free(a); }
};

bool safe_path(const std::string &p) {
    if (p.empty() || p.front() == '/' || p.back() == '/') return false;
    size_t start = 0;
    while (start <= p.size()) {
        const size_t end = std::min(p.find('/', start), p.size());
        const std::string part = p.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

} // namespace

bool have_archive_support() { return true; }

std::string write_tar_gz(const std::vector<ArchiveMember> &members) {
    std::string out;
    Writer w;
    if (archive_write_set_format_pax_restricted(w.a) != ARCHIVE_OK ||
        archive_write_add_filter_gzip(w.a) != ARCHIVE_OK ||
        archive_write_open(w.a, &out, nullptr, append_to, nullptr) != ARCHIVE_OK)
        internal_error(
            msg(QT_TRANSLATE_NOOP("Engine", "the archive cannot be started: %1"), archive_error_string(w.a)));
    for (const auto &m : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.c_str());
        archive_entry_set_size(e, la_int64_t(m.bytes.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 0, 0);
        const bool ok =
            archive_write_header(w.a, e) == ARCHIVE_OK &&
            (m.bytes.empty() || archive_write_data(w.a, m.bytes.data(), m.bytes.size()) == la_ssize_t(m.bytes.size()));
        archive_entry_free(e);
        if (!ok)
            internal_error(msg(QT_TRANSLATE_NOOP("Engine", "the archive member %1 cannot be written: %2"), m.path,
                               archive_error_string(w.a)));
    }
    if (archive_write_close(w.a) != ARCHIVE_OK)
        internal_error(
            msg(QT_TRANSLATE_NOOP("Engine", "the archive cannot be finished: %1"), archive_error_string(w.a)));
    return out;
}

std::vector<ArchiveMember> read_tar_gz(const std::string &bytes, const std::string &where) {
    Reader r;
    archive_read_support_filter_gzip(r.a);
    archive_read_support_format_tar(r.a);
    if (archive_read_open_memory(r.a, bytes.data(), bytes.size()) != ARCHIVE_OK)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: not an evidence bundle (not a gzip-compressed tar archive)"), where));
    std::vector<ArchiveMember> out;
    std::set<std::string> seen;
    struct archive_entry *e = nullptr;
    for (;;) {
        const int rc = archive_read_next_header(r.a, &e);
        if (rc == ARCHIVE_EOF) break;
        if (rc != ARCHIVE_OK)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the archive is damaged after %2 members (%3)"), where,
                          out.size(), archive_error_string(r.a)));
        ArchiveMember m;
        m.path = archive_entry_pathname(e) ? archive_entry_pathname(e) : "";
        if (archive_entry_filetype(e) != AE_IFREG)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: member %2 is not a plain file"), where, m.path));
        if (!safe_path(m.path))
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: member path '%2' is not a plain relative path"), where, m.path));
        if (!seen.insert(m.path).second)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: member %2 occurs twice"), where, m.path));
        const la_int64_t size = archive_entry_size(e);
        if (size < 0 || size > (la_int64_t(1) << 32))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: member %2 is too large"), where, m.path));
        // Read as the data comes, never sized by the header's claim alone: a
        // small crafted archive cannot make this allocate what it does not hold.
        char buf[1 << 16];
        while (la_int64_t(m.bytes.size()) < size) {
            const la_ssize_t n = archive_read_data(r.a, buf, sizeof buf);
            if (n <= 0) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: member %2 is truncated"), where, m.path));
            m.bytes.append(buf, size_t(n));
        }
        if (la_int64_t(m.bytes.size()) != size)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: member %2 is longer than it says"), where, m.path));
        out.push_back(std::move(m));
    }
    return out;
}

#else

bool have_archive_support() { return false; }
std::string write_tar_gz(const std::vector<ArchiveMember> &) {
    usage_error(msg(QT_TRANSLATE_NOOP("Engine", "this build of Lethe has no %1: evidence bundles cannot be written"),
                    "libarchive"));
}
std::vector<ArchiveMember> read_tar_gz(const std::string &, const std::string &where) {
    usage_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: this build of Lethe has no %2: evidence bundles cannot be read"),
                    where, "libarchive"));
}

#endif

} // namespace lethe
