#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <cmath>

#include <nlohmann/json.hpp>

#include "deadline_rule.h"
#include "qt_std.h"

// Q_INIT_RESOURCE must be called from the global namespace.
static void initLetheResources() { Q_INIT_RESOURCE(lethe); }

namespace lethe::ui {

namespace {
QString g_current = QStringLiteral("en");
const QString kUiLanguage = QStringLiteral("ui/language");
const QString kReportLanguage = QStringLiteral("report/language");
} // namespace

QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}; }

QString languageName(const QString &code) {
    if (code == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr")) return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString languageWord(const QString &code) {
    if (code == QLatin1String("de")) return QCoreApplication::translate("QObject", "German");
    if (code == QLatin1String("fr")) return QCoreApplication::translate("QObject", "French");
    return QCoreApplication::translate("QObject", "English");
}

QString uiLanguageSetting() { return QSettings().value(kUiLanguage).toString(); }
void setUiLanguageSetting(const QString &code) { QSettings().setValue(kUiLanguage, code); }
QString reportLanguageSetting() { return QSettings().value(kReportLanguage).toString(); }
void setReportLanguageSetting(const QString &code) { QSettings().setValue(kReportLanguage, code); }

QString reportLanguage(const QString &workbenchLanguage) {
    const QString set = reportLanguageSetting();
    return set.isEmpty() ? resolveLanguage(workbenchLanguage) : resolveLanguage(set);
}

QString resolveLanguage(const QString &code) {
    if (supportedLanguages().contains(code)) return code;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return supportedLanguages().contains(system) ? system : QStringLiteral("en");
}

void ensureResources() {
    static const bool done = (initLetheResources(), true);
    (void)done;
}

QString installLanguage(const QString &code) {
    ensureResources();
    const QString lang = resolveLanguage(code);
    g_current = lang;
    // Kept for the life of the process; a second call replaces them.
    static QTranslator qt, lethe;
    QCoreApplication::removeTranslator(&qt);
    QCoreApplication::removeTranslator(&lethe);
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(lang));
    if (lang == QLatin1String("en")) return lang;
    if (qt.load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (lethe.load(QStringLiteral(":/i18n/lethe_") + lang)) QCoreApplication::installTranslator(&lethe);
    return lang;
}

QString currentLanguage() { return g_current; }

QString localDateFormat() {
    if (g_current == QLatin1String("en")) return QStringLiteral("yyyy-MM-dd");
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy"))) f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return f;
}

QString localDate(const QDate &date) {
    if (!date.isValid()) return QString();
    return QLocale().toString(date, localDateFormat());
}

QString localDateTime(const QDateTime &t, bool seconds) {
    if (!t.isValid()) return QString();
    return localDate(t.date()) + QLatin1Char(' ') +
           t.time().toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString localTimestamp(const QString &iso, bool seconds) {
    const QString s = iso.trimmed();
    if (s.size() == 10) return localDate(s);
    // No zone written: the engine's UTC (read as such, never as local time).
    static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    const QDateTime t = QDateTime::fromString(zone.match(s).hasMatch() ? s : s + QLatin1Char('Z'), Qt::ISODate);
    if (!t.isValid()) return iso;
    return localDateTime(t.toUTC(), seconds) + QStringLiteral(" UTC");
}

namespace {
const QString kNotANumber = QStringLiteral("\u2013");
} // namespace

QString localNumber(double v, int decimals) {
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : kNotANumber;
}

QString localSignificant(double v, int digits) {
    return std::isfinite(v) ? QLocale().toString(v, 'g', digits) : kNotANumber;
}

QString localNumberText(const QString &engineText) {
    static const QRegularExpression number(QStringLiteral("^(-?\\d+)(?:\\.(\\d+))?(%?)$"));
    const auto m = number.match(engineText);
    if (!m.hasMatch()) return engineText;
    const double v = QLocale::c().toDouble(m.captured(1) + QLatin1Char('.') + m.captured(2) + QLatin1Char('0'));
    const int decimals = int(m.captured(2).size());
    return m.captured(3).isEmpty() ? localNumber(v, decimals) : localPercent(v, decimals);
}

QString engineWords(const lethe::Message &m) {
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+\\.\\d+%?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?Z?$"));
    QStringList raw, local;
    for (const auto &a : m.args) {
        const QString t = QString::fromStdString(a);
        raw << t;
        if (decimal.match(t).hasMatch())
            local << localNumberText(t);
        else if (date.match(t).hasMatch())
            local << localDate(t);
        else if (stamp.match(t).hasMatch())
            local << localTimestamp(t);
        else
            local << t;
    }
    const QString text = QCoreApplication::translate("Engine", m.text.c_str());
    // A quoted argument ('3.5', « 3.5 », „3.5“) is what a file or the user
    // gave: it stays as written.
    auto quoted = [&](qsizetype at) {
        qsizetype k = at - 1;
        while (k >= 0 && (text.at(k) == QLatin1Char(' ') || text.at(k) == QChar(0x00A0) || text.at(k) == QChar(0x202F)))
            --k;
        if (k < 0) return false;
        const char16_t c = text.at(k).unicode();
        return c == u'\'' || c == u'"' || c == u'\u00AB' || c == u'\u201E' || c == u'\u201A' || c == u'\u2039' ||
               c == u'\u201C' || c == u'\u2018';
    };
    QString out;
    out.reserve(text.size() + 16 * int(raw.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1') &&
            text.at(i + 1) <= QLatin1Char('9')) {
            const auto n = qsizetype(text.at(i + 1).unicode() - '1');
            if (n < raw.size()) {
                out += quoted(i) ? raw.at(n) : local.at(n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString engineWords(const lethe::Message &m, const std::string &stored) {
    return m.empty() ? QString::fromStdString(stored) : engineWords(m);
}

QString engineWords(const nlohmann::json &obj, const std::string &key, const std::string &message_key) {
    if (!obj.is_object()) return {};
    if (obj.contains(message_key)) {
        const auto m = lethe::message_from_json(obj[message_key]);
        if (!m.empty()) return engineWords(m);
    }
    return obj.contains(key) && obj[key].is_string() ? QString::fromStdString(obj[key].get<std::string>()) : QString();
}

QString userText(const std::exception &e) { return engineWords(lethe::user_sentence(e)); }

QString localInterval(const QString &lo, const QString &hi) {
    const bool comma = QLocale().decimalPoint() == QLatin1String(",");
    return QStringLiteral("[%1%2 %3]").arg(lo, comma ? QStringLiteral(";") : QStringLiteral(","), hi);
}

QString localInterval(const nlohmann::json &obj, const std::string &key, int decimals) {
    if (!obj.is_object() || !obj.contains(key)) return {};
    const auto &p = obj[key];
    if (!p.is_array() || p.size() != 2 || !p[0].is_number() || !p[1].is_number()) return {};
    return QLatin1Char(' ') +
           localInterval(localNumber(p[0].get<double>(), decimals), localNumber(p[1].get<double>(), decimals));
}

QString localCount(qint64 n) { return QLocale().toString(n); }

QString localPercent(double percent, int decimals) {
    // English writes 12.5%; German and French put a no-break space before the sign.
    const QString sep = g_current == QLatin1String("en") ? QString() : QStringLiteral("\u00a0");
    return localNumber(percent, decimals) + sep + QLatin1Char('%');
}

QString localDate(const QString &iso) {
    const QDate d = parseIsoDate(iso);
    return d.isValid() ? localDate(d) : iso;
}

QString localizedResource(const QString &path) {
    ensureResources();
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    const QString local = path.left(dot) + QLatin1Char('_') + g_current + path.mid(dot);
    return g_current != QLatin1String("en") && QFile::exists(local) ? local : path;
}

} // namespace lethe::ui
