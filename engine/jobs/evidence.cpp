#include "jobs/evidence.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "audit/attacks.h"
#include "audit/audit.h"
#include "audit/metrics.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "evidence/archive.h"
#include "evidence/audit_chain.h"
#include "evidence/csv_table.h"
#include "evidence/signing.h"
#include "jobs/cases.h"
#include "lineage/browse.h"
#include "lineage/case_queries.h"
#include "project/project.h"

#ifndef LETHE_VERSION
#define LETHE_VERSION "unknown"
#endif

namespace lethe {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const char *kEvidenceFormat = "lethe-evidence-1";
const char *kManifestFormat = "lethe-manifest-1";

KeyInfo info_of(const SigningKey &k, bool created) {
    KeyInfo i;
    i.path = key_dir() + "/signing-key.json";
    i.public_key_hex = k.pub.hex();
    i.fingerprint = k.pub.fingerprint();
    i.created_at = k.pub.created_at;
    i.label = k.pub.label;
    i.sealed = k.sealed;
    i.created = created;
    return i;
}

std::string audit_member(int64_t id, bool attacks) {
    return "scores/audit-" + std::to_string(id) + (attacks ? "-attacks.csv" : ".csv");
}

// The log entries from the case's first one (request.opened or the first
// naming it) to the head.
std::vector<LogEntry> case_log_slice(Lineage &lin, int64_t request_id) {
    auto all = lin.log_entries();
    size_t first = all.size();
    for (size_t i = 0; i < all.size() && first == all.size(); ++i) {
        const json p = json::parse(all[i].payload_json, nullptr, false);
        if (p.is_object() && p.contains("request_id") && p["request_id"].is_number() &&
            p["request_id"].get<int64_t>() == request_id)
            first = i;
    }
    if (first == all.size())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "case %1 has no entry in the audit log"), request_id));
    return {all.begin() + long(first), all.end()};
}

json model_json(Lineage &lin, std::optional<int64_t> id) {
    if (!id) return nullptr;
    const auto m = lin.model(*id);
    json j = {{"id", m.id},
              {"kind", to_string(m.kind)},
              {"origin", to_string(m.origin)},
              {"state", to_string(m.state)},
              {"arch", m.arch},
              {"sha256", m.sha256},
              {"created_at", m.created_at},
              {"test_accuracy", m.test_accuracy ? json(*m.test_accuracy) : json()}};
    if (m.run_id) {
        const auto r = lin.run(*m.run_id);
        j["training_run"] = {{"id", r.id}, {"config", r.config}};
    }
    return j;
}

} // namespace

// --- keys -----------------------------------------------------------------------------

json KeyInfo::to_json() const {
    return {{"path", path},
            {"public_key", public_key_hex},
            {"fingerprint", fingerprint},
            {"created_at", created_at},
            {"label", label},
            {"sealed", sealed},
            {"created", created},
            {"algorithm", "ed25519"}};
}

KeyInfo signing_key_info() {
    const bool existed = load_signing_key().has_value();
    return info_of(load_or_create_signing_key(), !existed);
}

std::string signing_public_key() { return load_or_create_signing_key().pub.to_text(); }

KeyInfo import_public_key_file(const std::string &path) {
    const std::string text = read_file(path);
    const std::string stored = import_trusted_key(text, path);
    const PublicKey k = parse_public_key(text, path);
    KeyInfo i;
    i.path = stored;
    i.public_key_hex = k.hex();
    i.fingerprint = k.fingerprint();
    i.created_at = k.created_at;
    i.label = k.label;
    return i;
}

// --- single files ----------------------------------------------------------------------

std::string signature_file_text(const std::string &file_name, const std::string &bytes) {
    const SigningKey key = load_or_create_signing_key();
    const std::string sha = sha256_hex(bytes);
    // What is signed: the file's name and hash, so the signature travels
    // with the statement of which file it is for.
    const std::string statement = "lethe-signature-1\n" + file_name + "\n" + sha + "\n";
    return json{{"format", "lethe-signature-1"},
                {"file", file_name},
                {"sha256", sha},
                {"algorithm", "ed25519"},
                {"public_key", key.pub.hex()},
                {"fingerprint", key.pub.fingerprint()},
                {"label", key.pub.label},
                {"signature", to_hex(sign_detached(key, statement))}}
               .dump(1) +
           "\n";
}

// --- export -----------------------------------------------------------------------------

json EvidenceResult::to_json() const {
    return {{"bundle", path},
            {"sha256", sha256},
            {"bytes", bytes},
            {"fingerprint", fingerprint},
            {"case_ref", case_ref},
            {"audits", audits},
            {"log_entries", log_entries},
            {"members", members}};
}

std::string file_stem(const std::string &case_ref) {
    std::string out = case_ref.empty() ? std::string("case") : case_ref;
    for (char &ch : out)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-' && ch != '_' && ch != '.') ch = '_';
    if (out.find_first_not_of('.') == std::string::npos) out = "case" + out;
    return out;
}

void prepare_bundle_path(const std::string &out_path) {
    if (out_path.empty()) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--out is required: the bundle file to write")));
    const fs::path parent = fs::absolute(out_path).parent_path();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec || !fs::is_directory(parent))
        bad_input(ec ? msg(QT_TRANSLATE_NOOP("Engine", "%1: the folder %2 cannot be made (%3)"), out_path,
                           parent.string(), ec.message())
                     : msg(QT_TRANSLATE_NOOP("Engine", "%1: the folder %2 cannot be made (a file of that name exists)"),
                           out_path, parent.string()));
    if (fs::is_directory(out_path))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: is a folder; name the bundle file to write"), out_path));
}

EvidenceResult export_evidence(Project &project, const EvidenceOptions &o) {
    prepare_bundle_path(o.out_path);
    if (!have_archive_support() || !have_csv_support())
        usage_error(msg(QT_TRANSLATE_NOOP(
            "Engine", "this build of Lethe has no libarchive or libcsv: evidence bundles cannot be written")));
    auto &lin = project.lineage();
    const auto req = case_row(lin, o.request_id);
    const SigningKey key = load_or_create_signing_key();
    std::vector<ArchiveMember> members;
    for (const auto &[name, bytes] : o.reports) members.push_back({"reports/" + name, bytes});

    json jobs = json::array(), audits = json::array();
    for (const auto &j : forget_jobs(lin, o.request_id)) {
        const auto selected = lin.job_records(j.id);
        jobs.push_back({{"id", j.id},
                        {"method", j.method},
                        {"status", to_string(j.status)},
                        {"device", j.device},
                        {"started_at", j.started_at},
                        {"finished_at", j.finished_at},
                        {"parameters", j.params},
                        {"result", j.result},
                        {"selection", {{"records", selected.size()}, {"sha256", record_set_hash(selected)}}},
                        {"model_before", model_json(lin, j.input_model_id)},
                        {"model_after", model_json(lin, j.output_model_id)}});
        for (const auto &a : lin.audits(j.id)) {
            members.push_back({audit_member(a.id, false), audit_scores_csv(project, a.id)});
            json aj = {{"id", a.id},
                       {"job_id", j.id},
                       {"model_id", a.model_id},
                       {"role", to_string(a.role)},
                       {"created_at", a.created_at},
                       {"scores", audit_member(a.id, false)},
                       {"summary", a.summary}};
            const std::string acsv = audit_attack_scores_csv(project, a.id);
            if (!acsv.empty()) {
                members.push_back({audit_member(a.id, true), acsv});
                aj["attack_scores"] = audit_member(a.id, true);
            }
            audits.push_back(aj);
        }
    }
    const auto slice = case_log_slice(lin, o.request_id);
    std::string log;
    for (const auto &e : slice)
        log += json{{"seq", e.seq},
                    {"at", e.at},
                    {"actor", e.actor},
                    {"action", e.action},
                    {"payload", json::parse(e.payload_json)},
                    {"prev_hash", e.prev_hash},
                    {"hash", e.hash}}
                   .dump() +
               "\n";
    members.push_back({"log.jsonl", log});
    json software = {{"Lethe", LETHE_VERSION}};
    for (const auto &[name, v] : engine_versions()) software[name] = v;
    const auto case_records = case_record_ids(lin, o.request_id);
    const json evidence = {
        {"format", kEvidenceFormat},
        {"created_at", now_iso8601()},
        {"software", software},
        {"case", case_json(lin, o.request_id)},
        {"case_records", {{"records", case_records.size()}, {"sha256", record_set_hash(case_records)}}},
        {"jobs", jobs},
        {"audits", audits},
        {"log",
         {{"file", "log.jsonl"},
          {"first_seq", slice.front().seq},
          {"head_seq", slice.back().seq},
          {"prev_hash", slice.front().prev_hash},
          {"head_hash", slice.back().hash},
          {"entries", slice.size()}}},
        {"signer", {{"public_key", key.pub.hex()}, {"fingerprint", key.pub.fingerprint()}, {"label", key.pub.label}}}};
    members.push_back({"evidence.json", evidence.dump(1) + "\n"});
    json files = json::array();
    for (const auto &m : members)
        files.push_back({{"path", m.path}, {"sha256", sha256_hex(m.bytes)}, {"bytes", m.bytes.size()}});
    const std::string manifest = json{{"format", kManifestFormat},
                                      {"algorithm", "ed25519"},
                                      {"hash", "sha256"},
                                      {"files", files},
                                      {"signer", evidence["signer"]}}
                                     .dump(1) +
                                 "\n";
    members.push_back({"manifest.json", manifest});
    members.push_back({"manifest.sig", to_hex(sign_detached(key, manifest)) + "\n"});

    EvidenceResult r;
    r.path = fs::absolute(o.out_path).string();
    const std::string bytes = write_tar_gz(members);
    r.sha256 = write_file_atomic(r.path, bytes);
    r.bytes = int64_t(bytes.size());
    r.fingerprint = key.pub.fingerprint();
    r.case_ref = req.case_ref;
    r.audits = int64_t(audits.size());
    r.log_entries = int64_t(slice.size());
    for (const auto &m : members) r.members.push_back(m.path);
    auto tx = lin.begin();
    lin.append_log("auditor", "evidence.exported",
                   {{"request_id", o.request_id},
                    {"path", r.path},
                    {"sha256", r.sha256},
                    {"fingerprint", r.fingerprint},
                    {"manifest_sha256", sha256_hex(manifest)}});
    tx->commit();
    return r;
}

// --- verify -----------------------------------------------------------------------------

json BundleVerification::to_json() const {
    json c = json::array();
    for (const auto &k : checks) c.push_back({{"check", k.what}, {"ok", k.ok}, {"detail", k.detail}});
    return {{"ok", ok},
            {"first_failure", first_failure.empty() ? json() : json(first_failure)},
            {"fingerprint", fingerprint},
            {"signer", signer},
            {"key_given", key_given},
            {"key_trusted", key_trusted},
            {"members", members},
            {"log_entries", log_entries},
            {"figures_recomputed", figures},
            {"checks", c},
            {"not_checked", not_checked}};
}

namespace {

struct Verifier {
    BundleVerification v;
    std::map<std::string, std::string> files;
    std::string where;

    void fail(const std::string &what, const std::string &sentence) {
        if (v.ok) v.first_failure = sentence;
        v.ok = false;
        v.checks.push_back({what, false, sentence});
    }
    void pass(const std::string &what, const std::string &sentence) { v.checks.push_back({what, true, sentence}); }
    const std::string *member(const std::string &path) const {
        const auto it = files.find(path);
        return it == files.end() ? nullptr : &it->second;
    }
};

json parse_member(Verifier &vf, const std::string &path) {
    const std::string *m = vf.member(path);
    if (!m) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not an evidence bundle (no %2)"), vf.where, path));
    json j = json::parse(*m, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: %2 is not a JSON object"), vf.where, path));
    return j;
}

// Trusted: the key given, one imported (lethe keys import) or this user's own.
bool key_is_trusted(bool given, const PublicKey &named) {
    if (given || trusted_key(named.hex())) return true;
    const auto own = own_public_key();
    return own && own->key == named.key;
}

std::string untrusted_sentence(const std::string &what, const PublicKey &named) {
    return what + " is signed by key " + named.fingerprint() +
           ", which this machine does not trust: verify with --public-key FILE (the signer's exported key) or "
           "import that key first (lethe keys import FILE)";
}

bool check_signature(Verifier &vf, const json &manifest, const std::string &public_key_path) {
    PublicKey named;
    try {
        named.key = from_hex(manifest.at("signer").at("public_key").get<std::string>(), "manifest.json");
        vf.v.signer = manifest.at("signer").value("label", "");
    } catch (const std::exception &) {
        vf.fail("signature", "manifest.json names no signing key");
        return false;
    }
    vf.v.fingerprint = named.fingerprint();
    PublicKey use = named;
    if (!public_key_path.empty()) {
        vf.v.key_given = true;
        use = parse_public_key(read_file(public_key_path), public_key_path);
        if (use.key != named.key) {
            vf.fail("signature", "the bundle is signed by key " + named.fingerprint() + ", not by the given key " +
                                     use.fingerprint() + " (" + public_key_path + ")");
            return false;
        }
    }
    vf.v.key_trusted = key_is_trusted(vf.v.key_given, named);
    const std::string *sig = vf.member("manifest.sig");
    std::string raw;
    if (sig) {
        std::string hex = *sig;
        while (!hex.empty() && (hex.back() == '\n' || hex.back() == ' ')) hex.pop_back();
        try {
            raw = from_hex(hex, "manifest.sig");
        } catch (const Error &) {
            raw.clear();
        }
    }
    if (!verify_detached(use, *vf.member("manifest.json"), raw)) {
        vf.fail("signature", std::string(sig ? "the signature in manifest.sig does not match manifest.json"
                                             : "the bundle has no manifest.sig") +
                                 " for key " + named.fingerprint());
        return false;
    }
    if (!vf.v.key_trusted) {
        vf.fail("signature", untrusted_sentence("the bundle", named));
        return false;
    }
    vf.pass("signature", "manifest.json is signed by key " + named.fingerprint() +
                             (vf.v.key_given ? " (the key given)" : " (a trusted key of this machine)"));
    return true;
}

void check_members(Verifier &vf, const json &manifest) {
    std::set<std::string> listed;
    for (const auto &f : manifest.value("files", json::array())) {
        const std::string path = f.value("path", "");
        listed.insert(path);
        const std::string *m = vf.member(path);
        if (!m) return vf.fail("members", "member " + path + " is listed in the manifest but missing");
        if (sha256_hex(*m) != f.value("sha256", ""))
            return vf.fail("members", "member " + path + " does not match its SHA-256 in the manifest");
    }
    for (const auto &[path, bytes] : vf.files)
        if (path != "manifest.json" && path != "manifest.sig" && !listed.count(path))
            return vf.fail("members", "member " + path + " is not listed in the manifest");
    vf.pass("members", std::to_string(listed.size()) + " members match their SHA-256");
}

void check_log(Verifier &vf, const json &ev) {
    const json &lg = ev.value("log", json::object());
    const std::string *text = vf.member(lg.value("file", "log.jsonl"));
    if (!text) return vf.fail("log", "the audit-log slice is missing");
    std::istringstream in(*text);
    std::string line, prev = lg.value("prev_hash", "");
    int64_t seq = lg.value("first_seq", int64_t(0)), n = 0;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const json e = json::parse(line, nullptr, false);
        if (!e.is_object()) return vf.fail("log", "line " + std::to_string(n + 1) + " of log.jsonl is not JSON");
        const int64_t s = e.value("seq", int64_t(-1));
        if (s != seq)
            return vf.fail("log", "audit-log entry " + std::to_string(seq) + " is missing or out of order (found " +
                                      std::to_string(s) + ")");
        if (e.value("prev_hash", "") != prev)
            return vf.fail("log", "audit-log entry " + std::to_string(s) + " does not follow the one before it");
        const std::string h = chain_hash(prev, s, e.value("at", ""), e.value("actor", ""), e.value("action", ""),
                                         e.value("payload", json::object()).dump());
        if (h != e.value("hash", ""))
            return vf.fail("log", "audit-log entry " + std::to_string(s) + " (" + e.value("action", "") +
                                      ") does not match its hash");
        prev = h;
        ++seq;
        ++n;
    }
    if (n != lg.value("entries", int64_t(-1)) || prev != lg.value("head_hash", "") ||
        seq - 1 != lg.value("head_seq", int64_t(-1)))
        return vf.fail("log", "the audit-log slice ends at entry " + std::to_string(seq - 1) +
                                  ", not at the head evidence.json names (" +
                                  std::to_string(lg.value("head_seq", int64_t(0))) + ")");
    vf.v.log_entries = n;
    vf.pass("log", std::to_string(n) + " audit-log entries chain from the case's first entry to the head");
}

// --- figures ----------------------------------------------------------------------------------

struct Figures {
    Verifier &vf;
    std::string audit;
    bool ok = true;
    // Compares one stored figure with its recomputation.
    void same(const std::string &what, const json &stored, double recomputed) {
        if (!ok) return;
        ++vf.v.figures;
        const bool match = stored.is_number()
                               ? std::abs(stored.get<double>() - recomputed) <= 1e-9 * (1 + std::abs(recomputed))
                               : std::isnan(recomputed);
        if (match) return;
        ok = false;
        std::ostringstream s;
        s.precision(6);
        s << audit << ": " << what << " is " << (stored.is_number() ? stored.dump() : "missing")
          << " in evidence.json, " << recomputed << " recomputed from the score tables";
        vf.fail("figures", s.str());
    }
    void same_word(const std::string &what, const json &stored, const std::string &recomputed) {
        if (!ok) return;
        ++vf.v.figures;
        if (stored.is_string() && stored.get<std::string>() == recomputed) return;
        ok = false;
        vf.fail("figures", audit + ": " + what + " is " + (stored.is_string() ? stored.get<std::string>() : "missing") +
                               " in evidence.json, " + recomputed + " recomputed");
    }
    // stored by value: a missing key reads as null (operator[] on a const json would be undefined).
    void attack(const std::string &what, json stored, const std::vector<double> &members,
                const std::vector<double> &nonmembers) {
        if (!ok) return;
        if (!stored.is_object()) {
            ok = false;
            return vf.fail("figures", audit + ": " + what + " is not a figure object in evidence.json");
        }
        const json &b = stored.value("bootstrap", json::object());
        BootstrapConfig cfg;
        cfg.resamples = b.value("resamples", 0);
        cfg.seed = b.value("seed", uint64_t(0));
        cfg.level = b.value("level", 0.95);
        const auto e = evaluate_attack(members, nonmembers, cfg);
        same(what + " AUC", stored["auc"], e.roc.auc);
        if (stored["auc_ci95"].is_array()) {
            same(what + " AUC interval (low)", stored["auc_ci95"][0], e.auc_ci.lo);
            same(what + " AUC interval (high)", stored["auc_ci95"][1], e.auc_ci.hi);
        }
        for (size_t l = 0; l < fpr_levels().size(); ++l) {
            const auto &k = fpr_level_keys()[l];
            same(what + " TPR at " + k + " FPR", stored["tpr_at_" + k + "_fpr"], e.at[l].tpr);
            same(what + " FPR reached at " + k, stored["fpr_reached_at_" + k], e.at[l].fpr_reached);
            json ci = stored["tpr_at_" + k + "_fpr_ci95"];
            if (ci.is_array()) {
                same(what + " TPR at " + k + " FPR interval (low)", ci[0], e.tpr_ci[l].lo);
                same(what + " TPR at " + k + " FPR interval (high)", ci[1], e.tpr_ci[l].hi);
            }
        }
    }
};

using SubjectRows = std::map<std::string, std::vector<std::pair<std::string, double>>>;

// The per-subject test: each subject's z from its records' column (LiRA
// offline z, or the exposure percentile as z without references), divided by
// the root of the stored design effect; its interval with the stored seed;
// its verdict at the stored thresholds and power; the audit's counts.
void check_subjects(Figures &fg, json s, const SubjectRows &rows) {
    json vj = s["verdict"];
    if (!vj.is_object()) return; // an audit without forget records: no per-subject test
    const std::string source = vj.value("z_source", "");
    if (source.empty() || !rows.count(source)) {
        fg.vf.v.not_checked.push_back(fg.audit + ": the per-subject test (its inputs were not recorded)");
        return;
    }
    std::map<std::string, std::vector<double>> za;
    for (const auto &[subj, v] : rows.at(source))
        za[subj].push_back(source == "exposure" ? normal_quantile(std::clamp(v, 1e-12, 1 - 1e-12)) : v);
    // Every subject of the score table is in evidence.json and no other:
    // one left out (a failing one, say) is named.
    std::set<std::string> listed;
    for (auto &sj : s["subjects"]) listed.insert(sj.value("subject", ""));
    for (const auto &[subj, z] : za)
        if (!listed.count(subj))
            return fg.same_word("subject " + subj + " (in the score table)", nullptr, "a subject with a verdict");
    for (const auto &subj : listed)
        if (!za.count(subj)) return fg.same_word("subject " + subj, "listed", "absent from the score table");
    VerdictThresholds thr;
    json tj = vj["thresholds"];
    if (!tj.is_object()) tj = json::object();
    thr.z_fail = tj.value("z_fail", thr.z_fail);
    thr.z_power = tj.value("z_power", thr.z_power);
    thr.min_records = tj.value("min_records", thr.min_records);
    int64_t fails = 0, passes = 0, n = 0;
    for (json sj : s["subjects"]) {
        const std::string subj = sj.value("subject", "");
        const std::string who = "subject " + subj + "'s ";
        const auto &z = za[subj];
        fg.same(who + "number of records", sj["n"], double(z.size()));
        const double root = std::sqrt(sj["design_effect"].is_number() ? sj["design_effect"].get<double>() : 1.0);
        const double zs = z.empty() ? 0.0 : stouffer(z) / root;
        fg.same(who + "z", sj["z"], zs);
        json bj = sj["z_ci95_bootstrap"];
        if (bj.is_object() && sj["z_ci95"].is_array()) {
            BootstrapConfig cfg;
            cfg.resamples = bj.value("resamples", 0);
            cfg.seed = bj.value("seed", uint64_t(0));
            cfg.level = bj.value("level", 0.95);
            const auto ci = stouffer_interval(z, cfg);
            fg.same(who + "z interval (low)", sj["z_ci95"][0], ci ? ci->first / root : std::nan(""));
            fg.same(who + "z interval (high)", sj["z_ci95"][1], ci ? ci->second / root : std::nan(""));
        }
        const double zp = sj["z_if_remembered"].is_number() ? sj["z_if_remembered"].get<double>() : 0.0;
        const std::string v = subject_verdict({zs, zp, int64_t(z.size())}, thr);
        fg.same_word(who + "verdict", sj["verdict"], v);
        fails += v == "fail";
        passes += v == "pass";
        ++n;
    }
    fg.same("the number of subjects failed", vj["n_fail"], double(fails));
    fg.same("the number of subjects passed", vj["n_pass"], double(passes));
    fg.same_word("the audit's verdict", vj["case"], fails ? "fail" : passes == n ? "pass" : "inconclusive");
}

double num(const std::string &s) { return s.empty() ? std::nan("") : std::strtod(s.c_str(), nullptr); }
int int_of(const std::string &s, const std::string &where) {
    int v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a whole number"), where, s));
    return v;
}

// One audit's figures from its score tables: accuracies, every attack with
// its intervals, the per-subject test and the audit's verdict counts.
void check_audit(Verifier &vf, const json &a, const std::string &job_selection) {
    Figures fg{vf, "audit " + std::to_string(a.value("id", int64_t(0)))};
    json s = a.value("summary", json::object()); // a copy: missing keys read as null
    const std::string *csv = vf.member(a.value("scores", ""));
    if (!csv) return vf.fail("figures", fg.audit + ": its score table is missing");
    const CsvTable t = parse_csv(*csv, a.value("scores", ""));
    const std::string w = a.value("scores", "");
    const size_t c_set = t.column("set", w), c_label = t.column("label", w), c_pred = t.column("pred", w);
    const size_t c_loss = t.column("loss", w), c_conf = t.column("confidence", w);
    const size_t c_logit = t.column("logit_confidence", w), c_ent = t.column("entropy", w);
    const size_t c_ment = t.column("modified_entropy", w);
    std::map<std::string, std::vector<ExampleStats>> by_set;
    std::map<std::string, std::vector<int>> labels;
    std::vector<int64_t> forget_ids;
    const size_t c_id = t.column("record_id", w);
    for (const auto &r : t.rows) {
        if (r[c_set] == "forget") forget_ids.push_back(int_of(r[c_id], w));
        ExampleStats x;
        x.loss = num(r[c_loss]);
        x.confidence = num(r[c_conf]);
        x.logit_confidence = num(r[c_logit]);
        x.entropy = num(r[c_ent]);
        x.modified_entropy = num(r[c_ment]);
        x.pred = int_of(r[c_pred], w);
        by_set[r[c_set]].push_back(x);
        labels[r[c_set]].push_back(int_of(r[c_label], w));
    }
    for (const char *set : {"forget", "retain", "test"}) {
        const auto &v = by_set[set];
        if (v.empty()) continue;
        int64_t k = 0;
        for (size_t i = 0; i < v.size(); ++i) k += v[i].pred == labels[set][i];
        fg.same(std::string("the accuracy on the ") + set + " set", s["accuracy"][set], double(k) / double(v.size()));
    }
    // The forget rows are the job's selection, whose hash evidence.json
    // states (so no record can be dropped from the table unseen).
    if (!job_selection.empty() && record_set_hash(forget_ids) != job_selection)
        fg.same_word("the forget records of " + w, "the job's selection", "another set (its hash differs)");
    std::map<std::string, std::map<std::string, std::vector<double>>> scores; // attack -> set -> scores
    for (const auto &stat : statistic_names())
        for (const auto &[set, v] : by_set)
            for (const auto &x : v) scores[stat][set].push_back(attack_score(x, stat));
    const int C = s.contains("per_class_accuracy") && s["per_class_accuracy"].contains("test")
                      ? int(s["per_class_accuracy"]["test"].size())
                      : 0;
    if (C > 0 && !by_set["retain"].empty())
        for (const char *stat : {"modified_entropy", "confidence"}) {
            auto &base = scores[stat];
            const auto thr = fit_class_thresholds(base["retain"], labels["retain"], base["test"], labels["test"], C);
            for (const char *set : {"forget", "retain", "test"})
                scores[std::string("class_threshold_") + stat][set] =
                    apply_class_thresholds(base[set], labels[set], thr);
        }
    // The reference attacks and the per-record exposure, from the attack table.
    std::map<std::string, std::vector<std::pair<std::string, double>>> subject_rows; // column -> (subject, value)
    if (const std::string *acsv = a.contains("attack_scores") ? vf.member(a.value("attack_scores", "")) : nullptr) {
        const std::string aw = a.value("attack_scores", "");
        const CsvTable at = parse_csv(*acsv, aw);
        const size_t a_set = at.column("set", aw), a_subj = at.column("subject", aw);
        for (size_t c = 3; c < at.header.size(); ++c)
            for (const auto &r : at.rows) {
                if (r[c].empty()) continue;
                scores[at.header[c]][r[a_set]].push_back(num(r[c]));
                if (r[a_set] == "forget") subject_rows[at.header[c]].push_back({r[a_subj], num(r[c])});
            }
    }
    for (const char *side : {"mia", "control"}) {
        if (!s[side].is_object()) continue;
        for (const auto &[name, stored] : s[side].items()) {
            if (!scores.count(name)) {
                fg.same(std::string(side) + " attack " + name, nullptr, 0); // a stored figure without its scores
                continue;
            }
            auto &sc = scores[name];
            fg.attack(std::string(side == std::string("mia") ? "the " : "the control's ") + name + " attack", stored,
                      sc[side == std::string("mia") ? "forget" : "retain"], sc["test"]);
        }
    }
    check_subjects(fg, s, subject_rows);
}

// The case result from its models' results (docs/audit.md, "The case
// verdict"): open while a model is open or a reference model still holds a
// case record; else fail if one fails, pass if all pass, else inconclusive.
void check_case(Verifier &vf, const json &ev) {
    const json &v = ev.value("case", json::object()).value("verdict", json::object());
    bool open = v.value("reference_models_holding", int64_t(0)) > 0, any_fail = false, all_pass = true;
    for (const auto &m : v.value("models", json::array())) {
        const std::string r = m.value("result", "");
        open |= r == "open";
        any_fail |= r == "fail";
        all_pass &= r == "pass";
    }
    const std::string want = open ? "open" : any_fail ? "fail" : all_pass ? "pass" : "inconclusive";
    ++vf.v.figures;
    if (v.value("result", "") != want)
        return vf.fail("verdict", "the case verdict is " + v.value("result", std::string("missing")) +
                                      " in evidence.json, but its models' results give " + want);
    vf.pass("verdict", "the case verdict (" + want + ") follows from its models' results");
}

} // namespace

BundleVerification verify_signed_file(const std::string &path, const std::string &public_key_path) {
    BundleVerification v;
    const std::string bytes = read_file(path);
    const std::string sig_path = path + ".sig";
    if (!fs::exists(sig_path))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no signature beside it (%2)"), path, sig_path));
    const json sig = json::parse(read_file(sig_path), nullptr, false);
    if (!sig.is_object() || sig.value("format", "") != "lethe-signature-1")
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe signature file"), sig_path));
    Verifier vf;
    vf.where = path;
    PublicKey named;
    named.key = from_hex(sig.value("public_key", ""), sig_path);
    vf.v.fingerprint = named.fingerprint();
    vf.v.signer = sig.value("label", "");
    PublicKey use = named;
    if (!public_key_path.empty()) {
        vf.v.key_given = true;
        use = parse_public_key(read_file(public_key_path), public_key_path);
    }
    vf.v.key_trusted = key_is_trusted(vf.v.key_given, named);
    const std::string name = fs::path(path).filename().string(), sha = sha256_hex(bytes);
    const std::string statement = "lethe-signature-1\n" + sig.value("file", "") + "\n" + sig.value("sha256", "") + "\n";
    std::string raw;
    try {
        raw = from_hex(sig.value("signature", ""), sig_path);
    } catch (const Error &) {}
    if (use.key != named.key)
        vf.fail("signature", "the file is signed by key " + named.fingerprint() + ", not by the given key " +
                                 use.fingerprint() + " (" + public_key_path + ")");
    else if (!verify_detached(use, statement, raw))
        vf.fail("signature", "the signature in " + sig_path + " does not hold for key " + named.fingerprint());
    else if (!vf.v.key_trusted)
        vf.fail("signature", untrusted_sentence(name, named));
    else if (sig.value("file", "") != name)
        vf.fail("signature", "the signature in " + sig_path + " is for " + sig.value("file", "") + ", not for " + name);
    else
        vf.pass("signature", "signed by key " + named.fingerprint() +
                                 (vf.v.key_given ? " (the key given)" : " (a trusted key of this machine)"));
    if (sig.value("sha256", "") != sha)
        vf.fail("members", name + " does not match the SHA-256 its signature names (it changed after signing)");
    else
        vf.pass("members", name + " matches the SHA-256 its signature names");
    vf.v.members = 1;
    return vf.v;
}

BundleVerification verify_bundle(const std::string &path, const std::string &public_key_path) {
    Verifier vf;
    vf.where = path;
    for (auto &m : read_tar_gz(read_file(path), path)) vf.files[m.path] = std::move(m.bytes);
    vf.v.members = int64_t(vf.files.size());
    if (!vf.member("manifest.json"))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not an evidence bundle (no %2)"), path, "manifest.json"));
    const json manifest = json::parse(*vf.member("manifest.json"), nullptr, false);
    if (!manifest.is_object()) {
        vf.fail("signature", "manifest.json is damaged (not JSON): its signature cannot hold");
        return vf.v;
    }
    check_signature(vf, manifest, public_key_path);
    try {
        check_members(vf, manifest);
    } catch (const std::exception &) {
        vf.fail("members", "manifest.json's list of files is malformed");
    }
    if (!vf.v.ok) return vf.v; // tampered or damaged: nothing in it is read as evidence
    const json ev = parse_member(vf, "evidence.json");
    if (ev.value("format", "") != kEvidenceFormat)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: evidence.json is not of format %2"), path, kEvidenceFormat));
    try {
        check_log(vf, ev);
    } catch (const std::exception &) {
        vf.fail("log", "the audit-log slice or its description in evidence.json is malformed");
    }
    std::map<int64_t, std::string> selection; // job id -> its selection's hash
    for (const auto &j : ev.value("jobs", json::array()))
        if (j.is_object() && j.contains("selection") && j["selection"].is_object())
            selection[j.value("id", int64_t(0))] = j["selection"].value("sha256", "");
    for (const auto &a : ev.value("audits", json::array())) {
        const std::string which = "audit " + (a.is_object() ? std::to_string(a.value("id", int64_t(0))) : "?");
        try {
            const int64_t job =
                a.is_object() && a.contains("job_id") && a["job_id"].is_number() ? a["job_id"].get<int64_t>() : 0;
            check_audit(vf, a, selection.count(job) ? selection[job] : std::string());
        } catch (const Error &e) {
            vf.fail("figures", which + ": " + e.what());
        } catch (const std::exception &) {
            vf.fail("figures", which + ": a field of evidence.json has the wrong type or is missing");
        }
    }
    if (std::none_of(vf.v.checks.begin(), vf.v.checks.end(),
                     [](const BundleCheck &c) { return c.what == "figures" && !c.ok; }))
        vf.pass("figures", std::to_string(vf.v.figures) + " figures of " +
                               std::to_string(ev.value("audits", json::array()).size()) +
                               " audits recomputed from the score tables");
    try {
        check_case(vf, ev);
    } catch (const std::exception &) {
        vf.fail("verdict", "the case verdict in evidence.json is malformed");
    }
    for (const char *n :
         {"the per-subject test's design effect and power (z if remembered) come from the reference models, whose "
          "scores the bundle does not hold: they are read from evidence.json, not recomputed",
          "the case's findings on lineage (which stored copies held a record) rest on the project's database, which "
          "the bundle does not hold; the log slice records each purge",
          "the case verdict's per-model results are taken as stated: the case result is checked to follow from "
          "them, each audit's verdict is recomputed, but which audit decides which model's result is not re-derived",
          "the MIA-efficacy (SVC) figure and the loss histograms are not recomputed",
          "a model, or a copy of the data, that was never registered in the project's lineage is outside what "
          "any of these checks can see"})
        vf.v.not_checked.push_back(n);
    return vf.v;
}

} // namespace lethe
