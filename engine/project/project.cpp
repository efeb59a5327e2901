#include "project/project.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include <fcntl.h>
#include <grp.h>
#include <sys/file.h>
#include <unistd.h>

#include "core/atomic_file.h"
#include "core/error.h"
#include "lineage/audit_queries.h"
#include "lineage/sqlite.h"

namespace fs = std::filesystem;

namespace lethe {
namespace {
const char *kDbName = "lineage.sqlite";
const char *kArtifactDirs[] = {"models", "checkpoints"};

std::string lock_path(const std::string &root, int64_t job_id) {
    return root + "/.lethe-job-" + std::to_string(job_id) + ".lock";
}
} // namespace

Project::Project(std::string root, std::unique_ptr<Lineage> lineage)
    : root_(std::move(root)), lineage_(std::move(lineage)) {}
Project::~Project() = default;

std::unique_ptr<Project> Project::create(const std::string &dir) {
    set_group_sharing(false); // a new project is its owner's alone, whatever the umask
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot create the project folder: %2"), dir, ec.message()));
    const std::string root = fs::canonical(dir).string();
    if (fs::exists(root + "/" + kDbName))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: already holds a Lethe project"), root));
    fs::permissions(root, fs::perms::owner_all, fs::perm_options::replace, ec);
    for (const char *sub : {"data", "models", "checkpoints", "reports"}) fs::create_directories(root + "/" + sub);
    auto p = std::unique_ptr<Project>(new Project(root, Lineage::create(root + "/" + kDbName)));
    fs::permissions(root + "/" + kDbName, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace,
                    ec);
    auto tx = p->lineage().begin();
    p->lineage().append_log("lethe", "project.created", {{"root_name", fs::path(root).filename().string()}});
    tx->commit();
    set_project_log_dir(root + "/logs");
    return p;
}

namespace {
// A project folder's canonical path; BadInput when it is none.
std::string project_root(const std::string &dir) {
    if (!fs::is_directory(dir)) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a folder"), dir));
    const std::string root = fs::canonical(dir).string();
    if (!fs::exists(root + "/" + kDbName))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe project (no %2)"), root, kDbName));
    return root;
}
} // namespace

std::unique_ptr<Project> Project::open(const std::string &dir) {
    const std::string root = project_root(dir);
    auto p = std::unique_ptr<Project>(new Project(root, Lineage::open(root + "/" + kDbName)));
    set_group_sharing(p->shared_group().has_value());
    p->warnings_ = p->permission_problems(false);
    for (const char *sub : {"data", "models", "checkpoints", "reports"}) fs::create_directories(root + "/" + sub);
    p->recover();
    set_project_log_dir(root + "/logs"); // the detail of an internal error stays with the project
    return p;
}

std::unique_ptr<Project> Project::open_as_worker(const std::string &dir) {
    const std::string root = project_root(dir);
    auto p = std::unique_ptr<Project>(new Project(root, Lineage::open(root + "/" + kDbName)));
    set_group_sharing(p->shared_group().has_value());
    set_project_log_dir(root + "/logs");
    return p;
}

std::string Project::resolve(const std::string &uri) const {
    if (uri.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "empty path in the lineage database")));
    if (fs::path(uri).is_absolute())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: an absolute path; project paths are relative to %2"), uri, root_));
    const fs::path full = (fs::path(root_) / uri).lexically_normal();
    const auto rel = full.lexically_relative(root_);
    if (rel.empty() || *rel.begin() == "..")
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: escapes the project folder %2; refused"), uri, root_));
    // Symbolic links inside the project must not lead out of it either.
    std::error_code ec;
    const fs::path real = fs::weakly_canonical(full, ec);
    if (!ec) {
        const auto rrel = real.lexically_relative(root_);
        if (rrel.empty() || *rrel.begin() == "..")
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: leads out of the project folder %2 through a link; refused"),
                          uri, root_));
    }
    return full.string();
}

std::string Project::relative(const std::string &path) const {
    const auto rel = fs::path(path).lexically_normal().lexically_relative(root_);
    if (rel.empty() || *rel.begin() == "..")
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: not inside the project %2"), path, root_));
    return rel.string();
}

std::optional<std::string> Project::shared_group() {
    auto g = lineage_->meta("shared_group");
    if (g && g->empty()) g.reset();
    return g;
}

namespace {
std::string mode_text(fs::perms p, bool dir) {
    std::string s = dir ? "d" : "-";
    const std::pair<fs::perms, char> bits[] = {
        {fs::perms::owner_read, 'r'},  {fs::perms::owner_write, 'w'},  {fs::perms::owner_exec, 'x'},
        {fs::perms::group_read, 'r'},  {fs::perms::group_write, 'w'},  {fs::perms::group_exec, 'x'},
        {fs::perms::others_read, 'r'}, {fs::perms::others_write, 'w'}, {fs::perms::others_exec, 'x'}};
    for (const auto &[bit, c] : bits) s += (p & bit) != fs::perms::none ? c : '-';
    return s;
}
} // namespace

std::vector<std::string> Project::permission_problems(bool every_file) {
    const auto group = shared_group();
    const fs::perms others = fs::perms::others_all;
    const fs::perms grp = group ? fs::perms::group_write : fs::perms::group_all;
    std::vector<std::string> out;
    auto check = [&](const fs::path &path) {
        std::error_code ec;
        const auto st = fs::symlink_status(path, ec);
        if (ec || fs::is_symlink(st)) return;
        const auto p = st.permissions();
        const bool dir = fs::is_directory(st);
        if ((p & others) != fs::perms::none)
            out.push_back(path.string() + " (" + mode_text(p, dir) + ") can be read by every user of this machine");
        else if ((p & grp) != fs::perms::none)
            out.push_back(path.string() + " (" + mode_text(p, dir) + ") is open to its group" +
                          (group ? " beyond reading" : ", and the project is not shared with a group"));
    };
    check(root_);
    check(root_ + "/" + kDbName);
    if (every_file) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(root_, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec))
            if (it->path() != fs::path(root_ + "/" + kDbName)) check(it->path());
    }
    return out;
}

void Project::share_with_group(const std::string &group) {
    gid_t gid = 0;
    if (!group.empty()) {
        const struct group *g = ::getgrnam(group.c_str());
        if (!g) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no group '%1' on this machine"), group));
        gid = g->gr_gid;
    }
    // Folders: group-readable and setgid, so files made later belong to the group too.
    std::error_code ec;
    auto set = [&](const fs::path &path) {
        const bool dir = fs::is_directory(fs::symlink_status(path));
        if (!group.empty() && ::lchown(path.c_str(), uid_t(-1), gid) != 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot give it to group '%2' (%3)"), path.string(), group,
                          std::strerror(errno)));
        const fs::perms p =
            group.empty()
                ? (dir ? fs::perms::owner_all : fs::perms::owner_read | fs::perms::owner_write)
                : (dir ? fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::set_gid
                       : fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        fs::permissions(path, p, fs::perm_options::replace, ec);
        if (ec)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot set its permissions (%2)"), path.string(), ec.message()));
    };
    set(root_);
    for (const auto &e : fs::recursive_directory_iterator(root_))
        if (!fs::is_symlink(e.symlink_status())) set(e.path());
    auto tx = lineage_->begin();
    lineage_->set_meta("shared_group", group);
    lineage_->append_log("lethe", group.empty() ? "project.made_private" : "project.shared", {{"group", group}});
    tx->commit();
    set_group_sharing(!group.empty());
    warnings_ = permission_problems(false);
}

JobLock::JobLock(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
JobLock::~JobLock() {
    ::unlink(path_.c_str());
    ::close(fd_);
}

std::unique_ptr<JobLock> Project::lock_job(int64_t job_id) {
    const std::string p = lock_path(root_, job_id);
    const int fd = ::open(p.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0)
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot lock the job"), p));
    return std::make_unique<JobLock>(p, fd);
}

bool Project::job_alive(int64_t job_id) const {
    const std::string p = lock_path(root_, job_id);
    const int fd = ::open(p.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

int Project::complete_purges(int64_t job_id) {
    int purged = 0;
    for (const auto &ref : lineage_->file_refs()) {
        if (ref.state != ArtifactState::Purging) continue;
        const std::string full = resolve(ref.path);
        std::error_code ec;
        const bool existed = fs::remove(full, ec);
        if (ec)
            internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot delete during purge: %2"), full, ec.message()));
        crash_point("mid-purge");
        auto tx = lineage_->begin();
        if (ref.table == "checkpoints")
            lineage_->set_checkpoint_state(ref.id, ArtifactState::Purged);
        else
            lineage_->set_model_state(ref.id, ArtifactState::Purged);
        lineage_->append_log("lethe", "artifact.purged",
                             {{"table", ref.table},
                              {"id", ref.id},
                              {"path", ref.path},
                              {"sha256", ref.sha256},
                              {"job_id", job_id},
                              {"file_existed", existed}});
        tx->commit();
        if (existed) ++purged;
    }
    return purged;
}

void Project::recover() {
    // 1. Jobs marked running whose process is gone.
    bool any_alive = false;
    for (const auto &j : lineage_->jobs()) {
        if (j.status != JobStatus::Running && j.status != JobStatus::Queued) continue;
        if (job_alive(j.id)) {
            any_alive = true;
            continue;
        }
        JobRow u = j;
        u.status = JobStatus::Interrupted;
        u.finished_at = now_iso8601();
        u.error_message = msg(QT_TRANSLATE_NOOP("Engine", "the process running this job stopped before it finished"));
        u.error = u.error_message.english();
        auto tx = lineage_->begin();
        lineage_->update_job(u);
        lineage_->append_log("lethe", "job.interrupted", {{"job_id", j.id}});
        tx->commit();
        recovery_.jobs_interrupted.push_back(j.id);
        ::unlink(lock_path(root_, j.id).c_str());
    }
    if (any_alive) return; // another process is mid-job: leave its files alone

    // 2. Temporary files and artifacts no row points at (a job died between
    //    writing its files and committing their rows).
    std::set<std::string> referenced;
    for (const auto &ref : lineage_->file_refs()) referenced.insert(ref.path);
    for (const char *sub : kArtifactDirs) {
        const fs::path dir = fs::path(root_) / sub;
        if (!fs::exists(dir)) continue;
        std::vector<fs::path> doomed;
        for (const auto &e : fs::recursive_directory_iterator(dir)) {
            if (!e.is_regular_file()) continue;
            const std::string name = e.path().filename().string();
            if (is_temp_artifact(name)) {
                doomed.push_back(e.path());
                ++recovery_.temp_files_removed;
            } else if (!referenced.count(relative(e.path().string()))) {
                doomed.push_back(e.path());
                ++recovery_.orphan_files_removed;
            }
        }
        for (const auto &p : doomed) fs::remove(p);
    }
    // 3. Purges that were decided (committed) but not finished.
    recovery_.purges_completed = complete_purges(0);
    // Reference-pool models an erasure marked (a forget job that died between
    // its commit and the end of its pool purge).
    recovery_.purges_completed += complete_reference_purges(*this, 0);
    if (recovery_.temp_files_removed || recovery_.orphan_files_removed || recovery_.purges_completed) {
        auto tx = lineage_->begin();
        lineage_->append_log("lethe", "project.recovered",
                             {{"temp_files_removed", recovery_.temp_files_removed},
                              {"orphan_files_removed", recovery_.orphan_files_removed},
                              {"purges_completed", recovery_.purges_completed}});
        tx->commit();
    }
}

// Reference models a forget job marked purging: their files go, then the row
// says purged and the log has the deletion. Here, not in audit/, because a
// project's opening completes them (recovery) below the audit floor.
int complete_reference_purges(Project &project, int64_t only_job) {
    auto &lin = project.lineage();
    int purged = 0;
    for (const auto &m : reference_models_in_state(lin, ArtifactState::Purging)) {
        if (only_job && m.purge_job_id != only_job) continue;
        std::vector<std::pair<std::string, std::string>> files;
        for (const auto &f : m.files)
            files.emplace_back(f.at("path").get<std::string>(), f.at("sha256").get<std::string>());
        files.emplace_back(m.scores_path, m.scores_sha256);
        nlohmann::json done = nlohmann::json::array();
        for (const auto &[rel, sha] : files) {
            const std::string full = project.resolve(rel);
            std::error_code ec;
            const bool existed = std::filesystem::remove(full, ec);
            if (ec)
                internal_error(
                    msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot delete during purge: %2"), full, ec.message()));
            done.push_back({{"path", rel}, {"sha256", sha}, {"file_existed", existed}});
            crash_point("mid-pool-purge");
        }
        // The model's folder, when nothing else is left in it.
        std::error_code ec;
        std::filesystem::remove(project.resolve(reference_model_dir(m.pool_id, m.idx, m.gen)), ec);
        auto tx = lin.begin();
        set_reference_model_state(lin, m, ArtifactState::Purged);
        lin.append_log("lethe", "artifact.purged",
                       {{"table", "reference_models"},
                        {"pool_id", m.pool_id},
                        {"idx", m.idx},
                        {"gen", m.gen},
                        {"files", done},
                        {"job_id", m.purge_job_id ? nlohmann::json(*m.purge_job_id) : nlohmann::json()}});
        tx->commit();
        ++purged;
    }
    return purged;
}

} // namespace lethe
