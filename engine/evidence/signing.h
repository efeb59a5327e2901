#pragma once
// The signing key of this user (Ed25519, libsodium): created on first use,
// kept outside every project (docs/evidence.md), optionally sealed with a
// passphrase (crypto_pwhash, Argon2id, then crypto_secretbox).
//
// The key folder: $LETHE_KEY_DIR, else $XDG_DATA_HOME/lethe/keys, else
// ~/.local/share/lethe/keys; mode 0700, the secret key's file 0600. The
// passphrase, when the key has one or is created with one, comes from
// $LETHE_KEY_PASSPHRASE (nothing is prompted: the CLI is scripted).
#include <optional>
#include <string>

namespace lethe {

struct PublicKey {
    std::string key;        // 32 raw bytes
    std::string created_at; // ISO time, when known
    std::string label;      // who holds it (user@host when created), free text
    std::string hex() const;
    std::string fingerprint() const; // "1a2b 3c4d 5e6f 7a8b 9c0d 1e2f 3a4b 5c6d": SHA-256 of the key, 16 bytes
    std::string to_text() const;     // the exported file: one JSON object
};
// Reads an exported public key (to_text); BadInput naming `where`.
PublicKey parse_public_key(const std::string &text, const std::string &where);

struct SigningKey {
    PublicKey pub;
    std::string secret;  // 64 raw bytes (libsodium's seed + public key)
    bool sealed = false; // stored under a passphrase
};

std::string key_dir();
// The user's key, created (and stored) when there is none. BadInput when the
// stored key is sealed and the passphrase is missing or wrong, or the file is
// damaged, naming the file.
SigningKey load_or_create_signing_key();
// This user's public key, read without the passphrase; nullopt when there is none.
std::optional<PublicKey> own_public_key();
// The stored key, if any, without creating one.
std::optional<SigningKey> load_signing_key();

std::string sign_detached(const SigningKey &k, const std::string &message);                         // 64 raw bytes
bool verify_detached(const PublicKey &k, const std::string &message, const std::string &signature); // raw bytes

// Public keys the user trusts (lethe keys import): keys/trusted/<hex>.json.
// Returns the stored path. BadInput for a damaged file.
std::string import_trusted_key(const std::string &text, const std::string &where);
std::optional<PublicKey> trusted_key(const std::string &key_hex);

std::string to_hex(const std::string &raw);
std::string from_hex(const std::string &hex, const std::string &where); // BadInput when not hex

} // namespace lethe
