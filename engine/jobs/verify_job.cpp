#include <filesystem>
#include <map>

#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "evidence/audit_chain.h"
#include "jobs/operations.h"
#include "lineage/audit_queries.h"
#include "lineage/lineage.h"
#include "lineage/unlearn_queries.h"
#include "project/project.h"

namespace lethe {

using nlohmann::json;

json VerifyResult::to_json() const {
    return {{"ok", ok},
            {"checked", {{"log_entries", log_entries}, {"files", files}, {"audits", audits}}},
            {"first_failure", ok ? json() : json(first_failure)},
            {"findings", findings}};
}

VerifyResult verify_project(Project &project) {
    auto &lin = project.lineage();
    VerifyResult v;
    auto fail = [&](const std::string &why) {
        if (v.ok) {
            v.ok = false;
            v.first_failure = why;
        }
    };
    for (const auto &p : project.permission_problems(true)) v.findings.push_back(p);
    const std::string ic = lin.integrity_check();
    if (ic != "ok") fail(lin.path() + ": SQLite integrity check: " + ic);

    std::string prev = kGenesisHash;
    int64_t expect_seq = 1;
    for (const auto &e : lin.log_entries()) {
        ++v.log_entries;
        if (!v.ok) continue;
        if (e.seq != expect_seq)
            fail("audit_log entry " + std::to_string(e.seq) + ": sequence gap (expected " + std::to_string(expect_seq) +
                 ")");
        else if (e.prev_hash != prev)
            fail("audit_log entry " + std::to_string(e.seq) +
                 ": prev_hash does not match "
                 "the hash of the entry before it");
        else {
            std::string h;
            try {
                h = chain_hash(e.prev_hash, e.seq, e.at, e.actor, e.action, e.payload_json);
            } catch (const std::exception &) {
                h.clear();
            }
            if (h != e.hash)
                fail("audit_log entry " + std::to_string(e.seq) + " (" + e.action +
                     "): hash does not match its content");
        }
        prev = e.hash;
        ++expect_seq;
    }

    for (const auto &f : lin.file_refs()) {
        ++v.files;
        if (!v.ok) continue;
        std::string full;
        try {
            full = project.resolve(f.path);
        } catch (const Error &e) {
            fail(f.table + " " + std::to_string(f.id) + ": " + e.what());
            continue;
        }
        const bool exists = std::filesystem::exists(full);
        if (f.state == ArtifactState::Purged) {
            // A purged file still on disk is a compliance failure, unless a
            // live row shares it (an unaffected shard reused by a later run).
            bool shared_live = false;
            for (const auto &g : lin.file_refs())
                if (g.path == f.path && g.state == ArtifactState::Live) shared_live = true;
            if (exists && !shared_live)
                fail(full + ": purged (" + f.table + " " + std::to_string(f.id) + ") but still on disk");
        } else if (!exists) {
            fail(full + ": missing (" + f.table + " " + std::to_string(f.id) + ")");
        } else if (sha256_file(full) != f.sha256) {
            fail(full + ": SHA-256 does not match the lineage (" + f.table + " " + std::to_string(f.id) + ")");
        }
    }

    // Amnesiac update logs: live ones intact, purged ones gone.
    auto check_file = [&](const std::string &what, const std::string &rel, const std::string &sha, bool live) {
        ++v.files;
        if (!v.ok) return;
        std::string full;
        try {
            full = project.resolve(rel);
        } catch (const Error &e) {
            fail(what + ": " + e.what());
            return;
        }
        const bool exists = std::filesystem::exists(full);
        if (!live) {
            if (exists) fail(full + ": purged (" + what + ") but still on disk");
        } else if (!exists) {
            fail(full + ": missing (" + what + ")");
        } else if (sha256_file(full) != sha) {
            fail(full + ": SHA-256 does not match the lineage (" + what + ")");
        }
    };
    for (const auto state : {ArtifactState::Live, ArtifactState::Purged})
        for (const auto &u : update_logs_in_state(lin, state))
            check_file("update log " + std::to_string(u.id), u.path, u.sha256, state == ArtifactState::Live);
    // Reference-pool models and their cached scores: live ones intact, purged
    // ones (erasure) gone. A model still 'purging' belongs to a running job
    // (opening the project finishes a dead job's purge), so it is skipped.
    for (const auto &pool : reference_pools(lin))
        for (const auto &m : reference_models(lin, pool.id, true)) {
            if (m.state == ArtifactState::Purging) continue;
            const bool live = m.state == ArtifactState::Live;
            const std::string what =
                "reference pool " + std::to_string(pool.id) + " model " + std::to_string(m.idx) +
                (m.gen ? " generation " + std::to_string(m.gen) : std::string()) +
                (live ? std::string()
                      : ", erased by job " + (m.purge_job_id ? std::to_string(*m.purge_job_id) : std::string("?")));
            for (const auto &f : m.files)
                check_file(what, f.at("path").get<std::string>(), f.at("sha256").get<std::string>(), live);
            if (!m.scores_path.empty()) check_file(what + " scores", m.scores_path, m.scores_sha256, live);
        }
    // The architecture files of imported TorchScript models (the blank module
    // retraining starts from), against the SHA-256 in the model specs.
    {
        std::map<std::string, std::pair<std::string, int64_t>> scripts; // path -> (sha256, first model)
        for (const auto &m : lin.models(true)) {
            if (!m.spec.is_object() || m.spec.value("arch", "") != "torchscript") continue;
            const std::string rel = m.spec.value("script", ""), sha = m.spec.value("script_sha256", "");
            if (rel.empty()) continue;
            const auto it = scripts.find(rel);
            if (it == scripts.end()) {
                scripts[rel] = {sha, m.id};
                check_file("architecture file of model " + std::to_string(m.id), rel, sha, true);
            } else if (it->second.first != sha) {
                ++v.files;
                fail(project.resolve(rel) + ": models " + std::to_string(it->second.second) + " and " +
                     std::to_string(m.id) + " record different SHA-256 for this architecture file");
            }
        }
    }

    for (const auto &a : lin.audits()) {
        ++v.audits;
        if (!v.ok) continue;
        try {
            const auto csv = gzip_decompress(lin.audit_scores(a.id), "audit " + std::to_string(a.id));
            if (sha256_hex(csv) != a.scores_sha256)
                fail("audit " + std::to_string(a.id) + ": stored per-example scores do not match their SHA-256");
            if (const auto attack = audit_attack_scores(lin, a.id)) {
                const auto acsv = gzip_decompress(attack->first, "audit " + std::to_string(a.id) + " attack scores");
                if (sha256_hex(acsv) != attack->second)
                    fail("audit " + std::to_string(a.id) +
                         ": stored per-record attack scores do not match their SHA-256");
            }
        } catch (const Error &e) {
            fail(e.what());
        }
    }
    return v;
}

} // namespace lethe
