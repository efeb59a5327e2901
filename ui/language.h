#pragma once
// The workbench's and the report's language (docs/translations.md): English,
// German or French. The workbench follows the setting "ui/language" (empty:
// the system's locale); the report follows "report/language" (empty: the
// workbench's), and lethe-report --language overrides both. Qt's own
// translations (standard buttons and dialogs) come with Lethe's, and
// QLocale's default follows, so dates and numbers read the local way.
#include <QDate>
#include <QString>
#include <QStringList>

namespace lethe::ui {

QStringList supportedLanguages();          // "en", "de", "fr"
QString languageName(const QString &code); // in its own language: English, Deutsch, Français

QString uiLanguageSetting(); // "" (the system's) or a supported code
void setUiLanguageSetting(const QString &code);
QString reportLanguageSetting(); // "" (the workbench's) or a supported code
void setReportLanguageSetting(const QString &code);

// code when supported; else (also for "") the system locale's language when
// supported; else "en".
QString resolveLanguage(const QString &code);

// Registers Lethe's resources (resources/lethe.qrc) once; any caller may.
void ensureResources();

// Registers Lethe's resources (icons, guide, translations) and installs the
// translators of the resolved language. Returns that language's code.
QString installLanguage(const QString &code);

// A date as the workbench shows it: ISO 8601 in English (unambiguous for
// readers anywhere), else the locale's short format with a four-digit year
// (04.01.2027, 04/01/2027).
QString localDate(const QDate &date);
// The same for a stored ISO 8601 date or timestamp (its date); the text as
// it is when it is not one.
QString localDate(const QString &iso);

// The language installed last ("en" before any).
QString currentLanguage();

// A resource in the current language when there is one: ":/help/guide.html"
// gives ":/help/guide_de.html" in German when that file exists.
QString localizedResource(const QString &path);

} // namespace lethe::ui
