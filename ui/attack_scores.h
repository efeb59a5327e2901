#pragma once
// The per-record attack scores an audit stores beside its summary
// (audit_attack_scores: gzipped CSV record_id,set,subject,exposure
// [,lira_offline,lira_online,rmia], docs/audit.md "Stored"). SQLite and zlib
// only: the exposure view reads them on its loader thread, the report on the
// export worker.
#include <QHash>
#include <QString>

#include <limits>
#include <string>

namespace lethe {
class Lineage;
}

namespace lethe::ui {

// One record's row of an audit's attack-score CSV
// (record_id,set,subject,exposure[,lira_offline,lira_online,rmia]).
struct RecordAttackScores {
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
    QString set, subject;
    double exposure = kMissing, lira_offline = kMissing, lira_online = kMissing, rmia = kMissing;
};
using AttackScoreTable = QHash<qint64, RecordAttackScores>;

// Parses the CSV; throws lethe::Error (bad input) on a malformed one.
AttackScoreTable parseAttackScoresCsv(const std::string &csv);
// The stored attack scores of one audit, checked against their SHA-256;
// empty when the audit stored none. SQLite only: any thread, its own connection.
AttackScoreTable readAttackScores(lethe::Lineage &lin, qint64 audit_id);

} // namespace lethe::ui
