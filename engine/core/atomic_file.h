#pragma once
// Crash-safe artifact writes: the bytes go to a temporary file in the same
// folder, which is flushed, fsynced and renamed over the target; the folder
// is fsynced too. A crash leaves the old file or the new one, never a part.
#include <string>

namespace lethe {

// Returns the SHA-256 of what was written. Throws Error(Internal) on I/O
// failure, after removing the temporary file.
// mode: the file's permissions, whatever the umask; 0: private_file_mode().
std::string write_file_atomic(const std::string &path, const std::string &bytes, unsigned mode = 0);

// Who may read what Lethe writes (docs/security.md): its owner alone (files
// 0600, folders 0700), or also the group a project is shared with on
// purpose (0640, 0750). Sets the process's umask to 077 or 027, so SQLite's
// files, logs and folders follow too. Project::create and open call it.
void set_group_sharing(bool group_may_read);
unsigned private_file_mode();                       // 0600, or 0640 while group sharing is on
std::string read_file(const std::string &path);     // Error(BadInput) naming the file
bool is_temp_artifact(const std::string &filename); // left by a crash: removable

// Test hook: when the environment variable LETHE_CRASH_AT equals point, the
// process dies on the spot (as a kill -9 would), to test crash safety.
void crash_point(const char *point);

} // namespace lethe
