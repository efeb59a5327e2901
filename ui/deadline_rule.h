#pragma once
// When an erasure request must be answered. GDPR Art. 12(3): within one month
// of receipt, extendable by two further months; other jurisdictions differ,
// so the rule is data (kept in QSettings under cases/).
#include <QDate>
#include <QString>

namespace lethe::ui {

struct DeadlineRule {
    QString name = QStringLiteral("EU GDPR Art. 12(3)");
    int months = 1;           // to answer
    int extension_months = 2; // further, when extended

    // Month arithmetic clamps to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb).
    QDate deadline(const QDate &received, bool extended = false) const {
        return received.addMonths(months + (extended ? extension_months : 0));
    }
    static bool isClosed(const QString &status) {
        return status == QLatin1String("answered") || status == QLatin1String("refused");
    }
    bool overdue(const QDate &received, const QString &status, const QDate &today, bool extended = false) const {
        return !isClosed(status) && received.isValid() && today > deadline(received, extended);
    }

    static DeadlineRule fromSettings();
    void save() const;
};

// The received_at column holds an ISO date (YYYY-MM-DD, maybe with a time).
QDate parseIsoDate(const QString &s);

} // namespace lethe::ui
