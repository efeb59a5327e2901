#include "verdict.h"

#include <QObject>

#include "jobs/cases.h"

namespace lethe::ui {

QString subjectIntervalText(const nlohmann::json &subject) {
    if (!subject.is_object() || !subject.contains("z_ci95")) return QObject::tr("not computed");
    const auto &ci = subject["z_ci95"];
    if (!ci.is_array() || ci.size() != 2) return QObject::tr("n < 5");
    return QStringLiteral("[%1, %2]").arg(ci[0].get<double>(), 0, 'f', 2).arg(ci[1].get<double>(), 0, 'f', 2);
}

QString resultWord(const QString &result) { return result.toUpper(); }

QString layerWords(const QString &layer) {
    if (layer == QLatin1String("lineage")) return QObject::tr("Lineage (what still holds the records)");
    if (layer == QLatin1String("behaviour")) return QObject::tr("Behaviour (what the model reveals)");
    if (layer == QLatin1String("utility")) return QObject::tr("Utility (what the model still does)");
    return layer;
}

QString statusWords(const QString &status) {
    try {
        return QString::fromStdString(lethe::status_words(lethe::case_status_from(status.toStdString())));
    } catch (const std::exception &) {
        return status;
    }
}

} // namespace lethe::ui
