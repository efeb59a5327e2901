#include "core/gzip.h"

#include <cstring>

#include <zlib.h>

#include "core/error.h"

namespace lethe {

std::string gzip_compress(const std::string &in) {
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1 init failed"), "zlib"));
    std::string out(deflateBound(&z, uLong(in.size())) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    deflateEnd(&z);
    if (rc != Z_STREAM_END) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1 deflate failed"), "zlib"));
    out.resize(z.total_out);
    return out;
}

std::string gzip_decompress(const std::string &in, const std::string &what) {
    z_stream z{};
    if (inflateInit2(&z, 15 + 32) != Z_OK) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1 init failed"), "zlib"));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size());
    std::string out;
    char buf[1 << 16];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            // Z_BUF_ERROR: the input ended before the stream did (a member
            // without its trailer); Z_DATA_ERROR: a wrong CRC or bad data.
            const Message m =
                rc == Z_BUF_ERROR
                    ? msg(QT_TRANSLATE_NOOP("Engine", "%1: corrupt or truncated compressed data (truncated: the gzip "
                                                      "trailer is missing)"),
                          what)
                : z.msg ? msg(QT_TRANSLATE_NOOP("Engine", "%1: corrupt or truncated compressed data (%2)"), what, z.msg)
                        : msg(QT_TRANSLATE_NOOP("Engine", "%1: corrupt or truncated compressed data (corrupt)"), what);
            inflateEnd(&z);
            bad_input(m);
        }
        out.append(buf, sizeof buf - z.avail_out);
    }
    inflateEnd(&z);
    return out;
}

} // namespace lethe
