#pragma once
#include <string>

namespace lethe {
std::string gzip_compress(const std::string &bytes);
std::string gzip_decompress(const std::string &gz, const std::string &what); // what names it in errors
} // namespace lethe
