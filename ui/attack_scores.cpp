#include "attack_scores.h"

#include <QStringList>

#include "core/error.h"
#include "core/gzip.h"
#include "core/hash.h"
#include "jobs/project_access.h"
#include "qt_std.h"

namespace lethe::ui {

AttackScoreTable parseAttackScoresCsv(const std::string &csv) {
    AttackScoreTable out;
    if (csv.empty()) return out;
    // RFC 4180 through the engine's reader: a subject's pseudonym may hold a comma, quoted.
    const CsvTable t = parse_csv(csv, "attack scores", CsvOptions{','});
    const auto col = [&](const char *name) { return t.find(name) ? int(*t.find(name)) : -1; };
    const int c_id = col("record_id"), c_set = col("set"), c_subj = col("subject"), c_exp = col("exposure"),
              c_lo = col("lira_offline"), c_ln = col("lira_online"), c_rm = col("rmia");
    if (c_id < 0 || c_exp < 0)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "attack scores: the header lacks %1 or %2"), "record_id", "exposure"));
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const auto &f = t.rows[i];
        auto val = [&](int c) {
            if (c < 0) return RecordAttackScores::kMissing;
            bool ok = false;
            const double v = qs(f[size_t(c)]).toDouble(&ok);
            return ok ? v : RecordAttackScores::kMissing;
        };
        bool ok = false;
        const qint64 id = qs(f[size_t(c_id)]).toLongLong(&ok);
        if (!ok) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "attack scores, line %1: bad record id"), t.lines[i]));
        RecordAttackScores r;
        if (c_set >= 0) r.set = qs(f[size_t(c_set)]);
        if (c_subj >= 0) r.subject = qs(f[size_t(c_subj)]);
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
    if (sha256_hex(csv) != stored->second)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "audit %1 attack scores: the stored scores do not match their SHA-256"),
                audit_id));
    return parseAttackScoresCsv(csv);
}

} // namespace lethe::ui
