#pragma once
// Image folders: a dataset whose records are PNG or JPEG files, named by the
// manifest relative to the data folder. Decoded by Debian's libpng and
// libjpeg-turbo to 8-bit samples, channels first; a record's hash is over
// the decoded pixels and its label, so re-encoding a file with the same
// pixels keeps its hash and any change of a pixel does not.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace lethe {

struct RawDataset;

struct Image {
    int channels = 0, height = 0, width = 0; // channels: 1 (grey) or 3 (RGB)
    std::vector<uint8_t> chw;                // channels x height x width
};

bool have_image_support(); // false in a build without libpng and libjpeg-turbo

// A PNG or JPEG (told by its first bytes), 8 bits per sample, grey or RGB
// without alpha. BadInput naming `path` for anything else or a corrupt or
// truncated file.
Image decode_image(const std::string &bytes, const std::string &path);

// The images of a folder dataset in the spec's order:
// {"kind": "images", "channels": C, "height": H, "width": W,
//  "files": ["a/1.png", ...], "labels": [3, ...], "sha256": [the files' bytes' SHA-256, ...]}.
// Every image must have the spec's size and colour mode; each refusal names
// the file.
// Rows in `redacted` were removed by a redaction: zeros, their files unread.
RawDataset read_image_folder(const std::string &dir, const nlohmann::json &spec,
                             const std::set<int64_t> &redacted = {});

// A manifest's file name: relative, inside the folder, no '..' part.
void check_image_name(const std::string &name, const std::string &where);
// The full path of a folder's file; BadInput when the name, or a symbolic
// link on the way, leads out of the folder.
std::string image_file_path(const std::string &dir, const std::string &name);

} // namespace lethe
