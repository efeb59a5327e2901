#include "evidence/signing.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "core/utc_time.h"

namespace lethe {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char *kKeyFormat = "lethe-signing-key-1";
const char *kPublicFormat = "lethe-public-key-1";

void need_sodium() {
    if (sodium_init() < 0) internal_error(msg(QT_TRANSLATE_NOOP("Engine", "%1 could not be initialised"), "libsodium"));
}

std::string who() {
    const char *user = std::getenv("USER");
    char host[256] = {0};
    if (::gethostname(host, sizeof host - 1) != 0) host[0] = 0;
    return std::string(user && *user ? user : "user") + "@" + (host[0] ? host : "localhost");
}

std::string key_file() { return key_dir() + "/signing-key.json"; }

const char *passphrase() {
    const char *p = std::getenv("LETHE_KEY_PASSPHRASE");
    return p && *p ? p : nullptr;
}

// The secretbox key from the passphrase and salt (Argon2id, interactive limits).
std::string box_key(const char *pass, const std::string &salt, unsigned long long ops, size_t mem) {
    std::string k(crypto_secretbox_KEYBYTES, '\0');
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(k.data()), k.size(), pass, std::strlen(pass),
                      reinterpret_cast<const unsigned char *>(salt.data()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        internal_error(msg(QT_TRANSLATE_NOOP("Engine", "not enough memory to derive the key from the passphrase")));
    return k;
}

void ensure_dir(const std::string &dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the key folder cannot be created (%2)"), dir, ec.message()));
    ::chmod(dir.c_str(), 0700);
}

SigningKey parse_key_fields(const std::string &text, const std::string &where);

SigningKey parse_key(const std::string &text, const std::string &where) {
    try {
        return parse_key_fields(text, where);
    } catch (const nlohmann::json::exception &) {
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the signing key file is damaged (a field is missing or of the wrong type)"),
                      where));
    }
}

SigningKey parse_key_fields(const std::string &text, const std::string &where) {
    json j;
    try {
        j = json::parse(text);
    } catch (const std::exception &) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe signing key (not JSON)"), where));
    }
    if (!j.is_object() || j.value("format", "") != kKeyFormat || !j.contains("public_key"))
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe signing key (format %2 expected)"), where, kKeyFormat));
    SigningKey k;
    k.pub.key = from_hex(j["public_key"].get<std::string>(), where);
    k.pub.created_at = j.value("created_at", "");
    k.pub.label = j.value("label", "");
    if (j.contains("secret_key")) {
        k.secret = from_hex(j["secret_key"].get<std::string>(), where);
    } else if (j.contains("sealed_secret_key")) {
        k.sealed = true;
        const char *pass = passphrase();
        if (!pass)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: the signing key is sealed with a passphrase; set %2 to use it"),
                    where, "LETHE_KEY_PASSPHRASE"));
        const auto &kdf = j.at("kdf");
        const std::string salt = from_hex(kdf.at("salt").get<std::string>(), where);
        const std::string nonce = from_hex(j.at("nonce").get<std::string>(), where);
        const std::string box = from_hex(j["sealed_secret_key"].get<std::string>(), where);
        if (salt.size() != crypto_pwhash_SALTBYTES || nonce.size() != crypto_secretbox_NONCEBYTES ||
            box.size() != crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the sealed signing key is damaged"), where));
        const std::string bk =
            box_key(pass, salt, kdf.at("opslimit").get<unsigned long long>(), kdf.at("memlimit").get<size_t>());
        k.secret.assign(crypto_sign_SECRETKEYBYTES, '\0');
        if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(k.secret.data()),
                                       reinterpret_cast<const unsigned char *>(box.data()), box.size(),
                                       reinterpret_cast<const unsigned char *>(nonce.data()),
                                       reinterpret_cast<const unsigned char *>(bk.data())) != 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the passphrase in %2 does not open the signing key"), where,
                          "LETHE_KEY_PASSPHRASE"));
    } else {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the signing key has no secret part"), where));
    }
    if (k.pub.key.size() != crypto_sign_PUBLICKEYBYTES || k.secret.size() != crypto_sign_SECRETKEYBYTES ||
        k.secret.compare(crypto_sign_SECRETKEYBYTES - crypto_sign_PUBLICKEYBYTES, crypto_sign_PUBLICKEYBYTES,
                         k.pub.key) != 0)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the signing key is damaged (its halves do not match)"), where));
    return k;
}

std::string key_text(const SigningKey &k) {
    json j = {{"format", kKeyFormat},           {"algorithm", "ed25519"},
              {"public_key", k.pub.hex()},      {"fingerprint", k.pub.fingerprint()},
              {"created_at", k.pub.created_at}, {"label", k.pub.label}};
    if (const char *pass = passphrase()) {
        std::string salt(crypto_pwhash_SALTBYTES, '\0'), nonce(crypto_secretbox_NONCEBYTES, '\0');
        randombytes_buf(salt.data(), salt.size());
        randombytes_buf(nonce.data(), nonce.size());
        const auto ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        const std::string bk = box_key(pass, salt, ops, mem);
        std::string box(k.secret.size() + crypto_secretbox_MACBYTES, '\0');
        crypto_secretbox_easy(reinterpret_cast<unsigned char *>(box.data()),
                              reinterpret_cast<const unsigned char *>(k.secret.data()), k.secret.size(),
                              reinterpret_cast<const unsigned char *>(nonce.data()),
                              reinterpret_cast<const unsigned char *>(bk.data()));
        j["kdf"] = {{"algorithm", "argon2id13"}, {"salt", to_hex(salt)}, {"opslimit", ops}, {"memlimit", mem}};
        j["nonce"] = to_hex(nonce);
        j["sealed_secret_key"] = to_hex(box);
    } else {
        j["secret_key"] = to_hex(k.secret);
    }
    return j.dump(1) + "\n";
}

} // namespace

std::string to_hex(const std::string &raw) {
    static const char *d = "0123456789abcdef";
    std::string out;
    out.reserve(raw.size() * 2);
    for (unsigned char c : raw) {
        out += d[c >> 4];
        out += d[c & 15];
    }
    return out;
}

std::string from_hex(const std::string &hex, const std::string &where) {
    auto val = [&](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a hexadecimal value holds '%2'"), where, std::string(1, c)));
    };
    if (hex.size() % 2) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a hexadecimal value has an odd length"), where));
    std::string out(hex.size() / 2, '\0');
    for (size_t i = 0; i < out.size(); ++i) out[i] = char(val(hex[2 * i]) * 16 + val(hex[2 * i + 1]));
    return out;
}

std::string PublicKey::hex() const { return to_hex(key); }

std::string PublicKey::fingerprint() const {
    const std::string h = sha256_hex(key).substr(0, 32);
    std::string out;
    for (size_t i = 0; i < h.size(); i += 4) out += (i ? " " : "") + h.substr(i, 4);
    return out;
}

std::string PublicKey::to_text() const {
    return json{{"format", kPublicFormat},      {"algorithm", "ed25519"},   {"public_key", hex()},
                {"fingerprint", fingerprint()}, {"created_at", created_at}, {"label", label}}
               .dump(1) +
           "\n";
}

PublicKey parse_public_key_fields(const std::string &text, const std::string &where);

PublicKey parse_public_key(const std::string &text, const std::string &where) {
    try {
        return parse_public_key_fields(text, where);
    } catch (const nlohmann::json::exception &) {
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "%1: the public key file is damaged (a field is missing or of the wrong type)"),
            where));
    }
}

PublicKey parse_public_key_fields(const std::string &text, const std::string &where) {
    json j;
    try {
        j = json::parse(text);
    } catch (const std::exception &) {
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe public key (not JSON)"), where));
    }
    const std::string fmt = j.is_object() ? j.value("format", "") : "";
    if ((fmt != kPublicFormat && fmt != kKeyFormat) || !j.contains("public_key") || !j["public_key"].is_string())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe public key (format %2 expected)"), where, kPublicFormat));
    PublicKey k;
    k.key = from_hex(j["public_key"].get<std::string>(), where);
    if (k.key.size() != crypto_sign_PUBLICKEYBYTES)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the public key has %2 bytes, not 32"), where, k.key.size()));
    k.created_at = j.value("created_at", "");
    k.label = j.value("label", "");
    if (j.contains("fingerprint") && j["fingerprint"] != k.fingerprint())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: the fingerprint written in the file does not match its key"), where));
    return k;
}

std::string key_dir() {
    if (const char *d = std::getenv("LETHE_KEY_DIR"); d && *d) return d;
    if (const char *x = std::getenv("XDG_DATA_HOME"); x && *x) return std::string(x) + "/lethe/keys";
    const char *home = std::getenv("HOME");
    if (!home || !*home)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no key folder: set %1, %2 or %3"), "HOME", "XDG_DATA_HOME",
                      "LETHE_KEY_DIR"));
    return std::string(home) + "/.local/share/lethe/keys";
}

std::optional<PublicKey> own_public_key() {
    const std::string path = key_file();
    if (!fs::exists(path)) return std::nullopt;
    return parse_public_key(read_file(path), path); // the key file carries the public half in the clear
}

std::optional<SigningKey> load_signing_key() {
    need_sodium();
    const std::string path = key_file();
    if (!fs::exists(path)) return std::nullopt;
    return parse_key(read_file(path), path);
}

SigningKey load_or_create_signing_key() {
    if (auto k = load_signing_key()) return *k;
    SigningKey k;
    k.pub.key.assign(crypto_sign_PUBLICKEYBYTES, '\0');
    k.secret.assign(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.pub.key.data()),
                        reinterpret_cast<unsigned char *>(k.secret.data()));
    k.pub.created_at = now_iso8601();
    k.pub.label = who();
    k.sealed = passphrase() != nullptr;
    ensure_dir(key_dir());
    // Two first uses at once: the key is written beside its place, then
    // linked there only if no key exists (link refuses to replace), so
    // every process signs with the one key that stays.
    const std::string tmp = key_file() + ".new-" + std::to_string(::getpid());
    write_file_atomic(tmp, key_text(k), 0600);
    const int rc = ::link(tmp.c_str(), key_file().c_str());
    const int err = errno;
    ::unlink(tmp.c_str());
    if (rc != 0) {
        if (auto existing = load_signing_key()) return *existing;
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the signing key cannot be stored (%2)"), key_file(),
                      std::strerror(err)));
    }
    return k;
}

std::string sign_detached(const SigningKey &k, const std::string &message) {
    need_sodium();
    std::string sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()), message.size(),
                         reinterpret_cast<const unsigned char *>(k.secret.data()));
    return sig;
}

bool verify_detached(const PublicKey &k, const std::string &message, const std::string &signature) {
    need_sodium();
    if (signature.size() != crypto_sign_BYTES || k.key.size() != crypto_sign_PUBLICKEYBYTES) return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                       reinterpret_cast<const unsigned char *>(message.data()), message.size(),
                                       reinterpret_cast<const unsigned char *>(k.key.data())) == 0;
}

std::string import_trusted_key(const std::string &text, const std::string &where) {
    const PublicKey k = parse_public_key(text, where);
    const std::string dir = key_dir() + "/trusted";
    ensure_dir(key_dir());
    ensure_dir(dir);
    const std::string path = dir + "/" + k.hex() + ".json";
    write_file_atomic(path, k.to_text(), 0600);
    return path;
}

std::optional<PublicKey> trusted_key(const std::string &key_hex) {
    const std::string path = key_dir() + "/trusted/" + key_hex + ".json";
    if (!fs::exists(path)) return std::nullopt;
    return parse_public_key(read_file(path), path);
}

} // namespace lethe
