#include "attack_scores.h"

#include <QStringList>

#include <sstream>

#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "jobs/project_access.h"
#include "qt_std.h"

namespace lethe::ui {

AttackScoreTable parseAttackScoresCsv(const std::string &csv) {
    AttackScoreTable out;
    std::istringstream in(csv);
    std::string line;
    if (!std::getline(in, line)) return out;
    const QStringList header = qs(line).split(QLatin1Char(','));
    const int c_id = int(header.indexOf(QStringLiteral("record_id"))),
              c_set = int(header.indexOf(QStringLiteral("set"))),
              c_subj = int(header.indexOf(QStringLiteral("subject"))),
              c_exp = int(header.indexOf(QStringLiteral("exposure"))),
              c_lo = int(header.indexOf(QStringLiteral("lira_offline"))),
              c_ln = int(header.indexOf(QStringLiteral("lira_online"))),
              c_rm = int(header.indexOf(QStringLiteral("rmia")));
    if (c_id < 0 || c_exp < 0) bad_input("attack scores: the header lacks record_id or exposure: " + line);
    int64_t n = 1;
    while (std::getline(in, line)) {
        ++n;
        if (line.empty()) continue;
        const QStringList f = qs(line).split(QLatin1Char(','));
        if (f.size() != header.size()) bad_input("attack scores, line " + std::to_string(n) + ": " + line);
        auto val = [&](int c) {
            if (c < 0) return RecordAttackScores::kMissing;
            bool ok = false;
            const double v = f[c].toDouble(&ok);
            return ok ? v : RecordAttackScores::kMissing;
        };
        bool ok = false;
        const qint64 id = f[c_id].toLongLong(&ok);
        if (!ok) bad_input("attack scores, line " + std::to_string(n) + ": bad record id");
        RecordAttackScores r;
        if (c_set >= 0) r.set = f[c_set];
        if (c_subj >= 0) r.subject = f[c_subj];
        r.exposure = val(c_exp);
        r.lira_offline = val(c_lo);
        r.lira_online = val(c_ln);
        r.rmia = val(c_rm);
        out.insert(id, r);
    }
    return out;
}

AttackScoreTable readAttackScores(lethe::Lineage &lin, qint64 audit_id) {
    const auto stored = lethe::audit_attack_scores(lin, audit_id);
    if (!stored) return {};
    const std::string what = "audit " + std::to_string(audit_id) + " attack scores";
    const std::string csv = gzip_decompress(stored->first, what);
    if (sha256_hex(csv) != stored->second) bad_input(what + ": the stored scores do not match their SHA-256");
    return parseAttackScoresCsv(csv);
}

} // namespace lethe::ui
