#pragma once
// The evidence a regulator takes away (issue 12, docs/evidence.md): the
// user's signing key, the signed evidence bundle of one case, and its
// offline verification. Plain C++: the CLI and the workbench call these.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace lethe {

class Project;

// --- keys ---------------------------------------------------------------------------
struct KeyInfo {
    std::string path, public_key_hex, fingerprint, created_at, label;
    bool sealed = false;  // the secret part is under a passphrase
    bool created = false; // made by this call (first use)
    nlohmann::json to_json() const;
};
KeyInfo signing_key_info();                              // lethe keys show: the key, created on first use
std::string signing_public_key();                        // lethe keys export-public: the file's text
KeyInfo import_public_key_file(const std::string &path); // lethe keys import FILE: now trusted

// --- a single signed file (each report: REPORT.pdf.sig beside it) -------------------
// The detached signature file's text: {format, file, sha256, algorithm,
// public_key, fingerprint, label, signature}; the key created on first use.
std::string signature_file_text(const std::string &file_name, const std::string &bytes);

// --- the bundle -------------------------------------------------------------------------
struct EvidenceOptions {
    int64_t request_id = 0;
    std::string out_path;
    // The case's report PDFs: (file name inside the bundle, bytes).
    std::vector<std::pair<std::string, std::string>> reports;
};
struct EvidenceResult {
    std::string path, sha256, fingerprint, case_ref;
    int64_t bytes = 0, audits = 0, log_entries = 0;
    std::vector<std::string> members;
    nlohmann::json to_json() const;
};
// The bundle's folder, made when missing; BadInput naming it when it cannot
// be (checked before any work, so nothing is rendered for nothing).
void prepare_bundle_path(const std::string &out_path);

// A case reference as a file or member name: every byte that is not an ASCII
// letter, digit, '-', '_' or '.' becomes '_', and a name of dots only is
// prefixed ("DPO/2026/1" -> "DPO_2026_1"; never a folder, never "..").
std::string file_stem(const std::string &case_ref);
// Writes one tar.gz (temporary file, fsync, rename): the reports,
// evidence.json, the per-record score tables of every audit of the case's
// jobs, the audit-log slice from the case's first entry to the head, and
// manifest.json with its detached signature manifest.sig. Logs
// evidence.exported after the rename.
EvidenceResult export_evidence(Project &project, const EvidenceOptions &options);

struct BundleCheck {
    std::string what; // signature, members, log, figures, verdict
    bool ok = true;
    std::string detail; // one sentence
};
struct BundleVerification {
    bool ok = true;
    std::string first_failure; // the first mismatch, one sentence ("" when all holds)
    std::string fingerprint, signer;
    bool key_given = false, key_trusted = false;
    int64_t members = 0, log_entries = 0, figures = 0;
    std::vector<BundleCheck> checks;
    std::vector<std::string> not_checked; // what the bundle cannot prove, in words
    nlohmann::json to_json() const;
};
// Offline, without the project: the signature (against public_key_path when
// given, else the key the bundle names, reported as such), every member's
// hash, the log slice's chain, and every figure recomputed from the score
// tables. BadInput only when the file is not a bundle at all.
BundleVerification verify_bundle(const std::string &path, const std::string &public_key_path = {});
// A single signed file (a report): FILE against FILE.sig, and against the
// given public key when one is given; checks "signature" and "members".
BundleVerification verify_signed_file(const std::string &path, const std::string &public_key_path = {});

} // namespace lethe
