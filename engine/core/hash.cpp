#include "core/hash.h"

#include <algorithm>
#include <fstream>

#include <sodium.h>

#include "core/error.h"

namespace lethe {
namespace {
std::string to_hex(const unsigned char *d, size_t n) {
    static const char *digits = "0123456789abcdef";
    std::string out(2 * n, '0');
    for (size_t i = 0; i < n; ++i) {
        out[2 * i] = digits[d[i] >> 4];
        out[2 * i + 1] = digits[d[i] & 15];
    }
    return out;
}
void ensure_sodium() {
    static const int ok = sodium_init();
    if (ok < 0) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1 failed to initialise"), "libsodium"));
}
} // namespace

std::string sha256_hex(const void *data, size_t size) {
    ensure_sodium();
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, static_cast<const unsigned char *>(data), size);
    return to_hex(out, sizeof out);
}

std::string sha256_file(const std::string &path) {
    ensure_sodium();
    std::ifstream in(path, std::ios::binary);
    if (!in) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot be read"), path));
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    std::vector<char> buf(1 << 20);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto got = in.gcount();
        if (got > 0) crypto_hash_sha256_update(&st, reinterpret_cast<unsigned char *>(buf.data()), size_t(got));
    }
    if (in.bad()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: read error"), path));
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&st, out);
    return to_hex(out, sizeof out);
}

std::string record_set_hash(std::vector<int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    std::string s;
    s.reserve(ids.size() * 7);
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) s += ',';
        s += std::to_string(ids[i]);
    }
    return sha256_hex(s);
}

} // namespace lethe

namespace lethe {

std::string key_set_hash(std::vector<std::string> keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::string s;
    for (const auto &k : keys) s += k + "\n";
    return sha256_hex(s);
}

} // namespace lethe
