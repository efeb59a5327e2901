#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

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

QString uiLanguageSetting() { return QSettings().value(kUiLanguage).toString(); }
void setUiLanguageSetting(const QString &code) { QSettings().setValue(kUiLanguage, code); }
QString reportLanguageSetting() { return QSettings().value(kReportLanguage).toString(); }
void setReportLanguageSetting(const QString &code) { QSettings().setValue(kReportLanguage, code); }

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

QString localDate(const QDate &date) {
    if (!date.isValid() || g_current == QLatin1String("en")) return date.toString(Qt::ISODate);
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy"))) f.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, f);
}

QString localDate(const QString &iso) {
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? localDate(d) : iso;
}

QString localizedResource(const QString &path) {
    ensureResources();
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    const QString local = path.left(dot) + QLatin1Char('_') + g_current + path.mid(dot);
    return g_current != QLatin1String("en") && QFile::exists(local) ? local : path;
}

} // namespace lethe::ui
