#include "core/error.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <mutex>

#include "core/utc_time.h"

namespace lethe {

namespace {

std::string first_line(const std::string &text) {
    const auto nl = text.find('\n');
    return nl == std::string::npos ? text : text.substr(0, nl);
}

// Appends the full text; false when the file cannot be written.
bool log_detail(const std::string &text) {
    const std::filesystem::path path = error_log_path();
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::app);
    if (!out) return false;
    out << "---- " << now_iso8601() << "\n" << text << "\n";
    return bool(out.flush());
}

} // namespace

namespace {
std::mutex log_dir_mutex;
std::string project_log_dir; // the open project's logs/, when one is open
} // namespace

void set_project_log_dir(const std::string &dir) {
    const std::lock_guard<std::mutex> lock(log_dir_mutex);
    project_log_dir = dir;
}

std::string error_log_path() {
    if (const char *d = std::getenv("LETHE_LOG_DIR"); d && *d) return std::string(d) + "/errors.log";
    {
        const std::lock_guard<std::mutex> lock(log_dir_mutex);
        if (!project_log_dir.empty()) return project_log_dir + "/errors.log";
    }
    if (const char *d = std::getenv("XDG_STATE_HOME"); d && *d) return std::string(d) + "/lethe/errors.log";
    const char *home = std::getenv("HOME");
    return std::string(home && *home ? home : "/tmp") + "/.local/state/lethe/errors.log";
}

bool is_library_text(const std::string &text) {
    return text.find("frame #") != std::string::npos || text.find("Exception raised from") != std::string::npos ||
           text.find("c10::") != std::string::npos || text.find("libtorch") != std::string::npos ||
           text.find("at::") != std::string::npos;
}

Message user_sentence(const std::exception &e) {
    const std::string what = e.what();
    const auto *le = dynamic_cast<const Error *>(&e);
    if (le && !is_library_text(what)) return le->message().empty() ? Message{"%1", {what}} : le->message();
    const bool logged = log_detail(what);
    const std::string path = error_log_path();
    // A message of ours with a library's text appended: our sentence stays.
    const std::string head = first_line(what);
    if (le && le->code() != ErrorCode::Internal && !head.empty() && !is_library_text(head))
        return logged ? msg(QT_TRANSLATE_NOOP("Engine", "%1 (the technical detail is in %2)"), head, path)
                      : msg(QT_TRANSLATE_NOOP("Engine", "%1 (the technical detail could not be written to %2)"), head,
                            path);
    return logged ? msg(QT_TRANSLATE_NOOP("Engine", "Lethe stopped on an internal error in the computation; the "
                                                    "technical detail is in %1."),
                        path)
                  : msg(QT_TRANSLATE_NOOP("Engine", "Lethe stopped on an internal error in the computation; the "
                                                    "technical detail could not be written to %1."),
                        path);
}

std::string user_message(const std::exception &e) { return user_sentence(e).english(); }

} // namespace lethe
