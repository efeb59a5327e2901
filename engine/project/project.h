#pragma once
// A Lethe project is a folder: lineage.sqlite plus data/, models/,
// checkpoints/ and reports/. Opening one recovers from any crash: temporary
// and orphaned artifacts are removed, unfinished purges are completed, and
// jobs that died are marked interrupted.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lineage/lineage.h"

namespace lethe {

struct Recovery {
    int temp_files_removed = 0;
    int orphan_files_removed = 0;
    int purges_completed = 0;
    std::vector<int64_t> jobs_interrupted;
};

class JobLock; // held while a job runs, so other processes know it is alive

class Project {
public:
    static std::unique_ptr<Project> create(const std::string &dir);
    static std::unique_ptr<Project> open(const std::string &dir);
    // For a worker (`lethe worker run`) while the coordinating process has
    // the project open: no recovery (the coordinator's job is alive, and its
    // files are not orphans), no folder made, nothing written to the database.
    static std::unique_ptr<Project> open_as_worker(const std::string &dir);
    ~Project();

    const std::string &root() const { return root_; }
    Lineage &lineage() { return *lineage_; }
    const Recovery &recovery() const { return recovery_; }
    // What other users could read of the project, found at open: the folder
    // or its database open to every user, or to a group it is not shared
    // with (docs/security.md). Said by the CLI and the workbench.
    const std::vector<std::string> &warnings() const { return warnings_; }
    // The same for the folder, the database and, with every_file, each file
    // inside (lethe verify).
    std::vector<std::string> permission_problems(bool every_file);
    // Shares the project with a group on purpose (files 0640, folders 2750,
    // owned by the group), or makes it its owner's alone again (group empty:
    // 0600 and 0700). Stored in meta and logged.
    void share_with_group(const std::string &group);
    std::optional<std::string> shared_group();

    // A project-relative path to an absolute one; refuses (BadInput) a path
    // that is absolute or escapes the project folder.
    std::string resolve(const std::string &uri) const;
    // An absolute path inside the project to its project-relative form.
    std::string relative(const std::string &path) const;

    std::unique_ptr<JobLock> lock_job(int64_t job_id);
    bool job_alive(int64_t job_id) const; // another process holds its lock

    // Deletes the files of rows in state 'purging' and marks them purged,
    // logging each; returns how many files were purged.
    int complete_purges(int64_t job_id);

private:
    Project(std::string root, std::unique_ptr<Lineage> lineage);
    void recover();

    std::string root_;
    std::unique_ptr<Lineage> lineage_;
    Recovery recovery_;
    std::vector<std::string> warnings_;
};

class JobLock {
public:
    JobLock(std::string path, int fd);
    ~JobLock();

private:
    std::string path_;
    int fd_;
};

// Deletes the files (shard models and scores) of reference models marked
// purging, marks them purged and logs each (artifact.purged). only_job: just
// that job's marks; 0: every mark (recovery at open). Returns the models purged.
int complete_reference_purges(Project &project, int64_t only_job = 0);

} // namespace lethe
