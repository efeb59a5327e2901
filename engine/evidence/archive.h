#pragma once
// The evidence bundle's container: a gzip-compressed POSIX tar written and
// read through libarchive, in memory. Members are plain files with relative
// paths; times, owners and modes are fixed, so the same members give the
// same bytes.
#include <string>
#include <vector>

namespace lethe {

struct ArchiveMember {
    std::string path, bytes;
};

bool have_archive_support(); // false in a build without libarchive (the GPU machines)
std::string write_tar_gz(const std::vector<ArchiveMember> &members);
// BadInput naming `where` for anything but a well-formed archive of plain
// files with relative paths, each at most once.
std::vector<ArchiveMember> read_tar_gz(const std::string &bytes, const std::string &where);

} // namespace lethe
