#include "core/work_unit.h"

#include <filesystem>

#include <unistd.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"

namespace fs = std::filesystem;

namespace lethe {

std::optional<nlohmann::json> checked_unit_result(const std::string &project_root, const std::string &unit_file,
                                                  std::string *why) {
    const fs::path rfile = fs::path(unit_file).parent_path() / "result.json";
    if (!fs::exists(rfile)) {
        *why = "no result";
        return std::nullopt;
    }
    const auto r = nlohmann::json::parse(read_file(rfile.string()), nullptr, false);
    if (!r.is_object() || !r.contains("outputs") || !r["outputs"].is_array() ||
        r.value("unit_sha256", "") != sha256_file(unit_file)) {
        *why = rfile.string() + ": not the result of " + unit_file + "; refused";
        return std::nullopt;
    }
    // Outputs live in the unit's own folder, nowhere else: a result cannot
    // name (and have moved) a file of the project's.
    const fs::path unit_dir = fs::path(unit_file).parent_path().lexically_normal();
    for (const auto &o : r["outputs"]) {
        const std::string rel = o.value("path", "");
        const fs::path full = (fs::path(project_root) / rel).lexically_normal();
        const auto inside = full.lexically_relative(unit_dir);
        if (rel.empty() || fs::path(rel).is_absolute() || inside.empty() || *inside.begin() == ".." ||
            fs::is_symlink(full)) {
            *why = rfile.string() + ": names an output outside its unit's folder; refused";
            return std::nullopt;
        }
        if (!fs::exists(full) || sha256_file(full.string()) != o.value("sha256", "")) {
            *why = full.string() + ": the worker's output does not match the SHA-256 its result states; refused";
            return std::nullopt;
        }
    }
    return r;
}

bool is_checked_output(const nlohmann::json &result, const std::string &path, const std::string &sha256) {
    for (const auto &o : result.at("outputs"))
        if (o.value("path", "") == path && o.value("sha256", "") == sha256) return true;
    return false;
}

std::string write_unit_files(const std::string &dir, const nlohmann::json &unit,
                             const std::vector<std::pair<std::string, std::string>> &inputs, bool keep_identical) {
    const std::string file = (fs::path(dir) / "unit.json").string();
    const std::string bytes = unit.dump(2) + "\n";
    if (keep_identical && fs::exists(file) && read_file(file) == bytes) return file;
    std::error_code ec;
    fs::remove_all(dir, ec); // another unit's leftovers
    fs::create_directories(dir);
    for (const auto &[name, content] : inputs) write_file_atomic((fs::path(dir) / name).string(), content);
    write_file_atomic(file, bytes);
    return file;
}

nlohmann::json read_unit(const std::string &unit_file, const std::string &kind, const std::string &what,
                         std::string *bytes) {
    *bytes = read_file(unit_file);
    auto unit = nlohmann::json::parse(*bytes, nullptr, false);
    if (!unit.is_object() || unit.value("kind", "") != kind || unit.value("version", 0) != 1)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a %2 work unit (version 1)"), unit_file, what));
    return unit;
}

std::string worker_host() {
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    return host;
}

void tidy_staging(const std::string &project_root, const std::string &dir) {
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file()) fs::remove(e.path(), ec);
    const fs::path root = fs::path(project_root).lexically_normal();
    const auto rel = fs::path(dir).lexically_normal().lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return; // not inside the project: left alone
    for (auto d = fs::path(dir).lexically_normal(); d != root && d.has_parent_path() && fs::is_empty(d, ec);
         d = d.parent_path())
        fs::remove(d, ec);
}

void clear_unit_outputs(const std::string &unit_file) {
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(fs::path(unit_file).parent_path(), ec)) {
        const auto name = e.path().filename().string();
        if (name != "unit.json" && name != "in.ids" && name != "placements.txt" && name != "records.ids" &&
            name != "unit.lock")
            fs::remove_all(e.path(), ec);
    }
}

} // namespace lethe
