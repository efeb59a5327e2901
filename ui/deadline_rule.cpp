#include "deadline_rule.h"

#include <QSettings>

namespace lethe::ui {

DeadlineRule DeadlineRule::fromSettings() {
    QSettings s;
    DeadlineRule r;
    r.name = s.value(QStringLiteral("cases/rule_name"), r.name).toString();
    r.months = qBound(0, s.value(QStringLiteral("cases/deadline_months"), r.months).toInt(), 24);
    r.extension_months = qBound(0, s.value(QStringLiteral("cases/extension_months"), r.extension_months).toInt(), 24);
    return r;
}

void DeadlineRule::save() const {
    QSettings s;
    s.setValue(QStringLiteral("cases/rule_name"), name);
    s.setValue(QStringLiteral("cases/deadline_months"), months);
    s.setValue(QStringLiteral("cases/extension_months"), extension_months);
}

QDate parseIsoDate(const QString &s) { return QDate::fromString(s.left(10), Qt::ISODate); }

} // namespace lethe::ui
