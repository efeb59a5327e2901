#include "core/atomic_file.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"
#include "core/hash.h"

namespace lethe {
namespace {
const char *kTempMarker = ".lethe-tmp-";

void fsync_dir(const std::string &path) {
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

namespace {
std::atomic<bool> group_sharing{false};
} // namespace

void set_group_sharing(bool group_may_read) {
    group_sharing = group_may_read;
    ::umask(group_may_read ? 027 : 077);
}

unsigned private_file_mode() { return group_sharing ? 0640 : 0600; }

std::string write_file_atomic(const std::string &path, const std::string &bytes, unsigned mode) {
    if (mode == 0) mode = private_file_mode();
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::string tmp = dir + kTempMarker + std::to_string(::getpid()) + "-" + base;
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        internal_error(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot create temporary file: %2"), path, std::strerror(errno)));
    ::fchmod(fd, mode_t(mode)); // whatever the umask, and a leftover temporary file's old mode
    size_t off = 0;
    while (off < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: write failed: %2"), path, why));
        }
        off += size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: fsync failed: %2"), path, why));
    }
    crash_point("artifact-before-rename");
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: rename failed: %2"), path, why));
    }
    fsync_dir(path);
    return sha256_hex(bytes);
}

std::string read_file(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot be read (missing or no permission)"), path));
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool is_temp_artifact(const std::string &filename) { return filename.find(kTempMarker) != std::string::npos; }

void crash_point(const char *point) {
    const char *want = std::getenv("LETHE_CRASH_AT");
    if (want && std::strcmp(want, point) == 0) ::_exit(137);
}

} // namespace lethe
