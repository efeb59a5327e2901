#pragma once
// The workbench's and the report's language (docs/translations.md): English,
// German or French. The workbench follows the setting "ui/language" (empty:
// the system's locale); the report follows "report/language" (empty: the
// workbench's), and lethe-report --language overrides both. Qt's own
// translations (standard buttons and dialogs) come with Lethe's, and
// QLocale's default follows, so dates and numbers read the local way.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <string>

#include "core/message.h"

namespace lethe::ui {

QStringList supportedLanguages();          // "en", "de", "fr"
QString languageName(const QString &code); // in its own language: English, Deutsch, Français (for pickers)
QString languageWord(const QString &code); // in the workbench's language: German, Allemand (for sentences)

QString uiLanguageSetting(); // "" (the system's) or a supported code
void setUiLanguageSetting(const QString &code);
QString reportLanguageSetting(); // "" (the workbench's) or a supported code
void setReportLanguageSetting(const QString &code);

// The language PDF reports are written in: the report setting's when set,
// else the workbench's (the running one, or for lethe-report the setting's,
// resolved).
QString reportLanguage(const QString &workbenchLanguage);

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

// The date format of localDate, for date fields (QDateEdit).
QString localDateFormat();
// A moment as the workbench shows it: its date as localDate, then its
// 24-hour clock time (all three languages write it so), to the minute or
// the second. No conversion: the caller says which zone it is in.
QString localDateTime(const QDateTime &t, bool seconds = false);
// A stored ISO 8601 timestamp (the engine stores UTC, "…Z") the same way,
// followed by "UTC", as the CLI gives it; a stored date alone as localDate;
// any other text as it is.
QString localTimestamp(const QString &iso, bool seconds = false);

// Numbers as the language writes them (QLocale's default, which
// installLanguage sets): 0.512 / 0,512 and 60,000 / 60.000. A number that is
// not finite reads "–". Identifiers (record, model and job numbers, seeds)
// are not quantities and keep QString::number.
QString localNumber(double v, int decimals);        // fixed decimals
QString localSignificant(double v, int digits);     // at most `digits` significant digits
QString localCount(qint64 n);                       // grouped digits
QString localPercent(double percent, int decimals); // 12.5% / 12,5 %

// A number the engine wrote into stored text ("0.86", "-1.20", "12.5%",
// C locale) the local way, with as many decimals; any other text as it is.
QString localNumberText(const QString &engineText);

// A sentence of the engine (core/message.h) in the workbench's language: its
// template translated (context "Engine"; English when there is no
// translation) and filled in one pass with its arguments, of which decimal
// numbers ("0.86") and ISO dates and timestamps are written the local way,
// unless quoted ('3.5': what a file or the user gave stays as written);
// identifiers and other text stay as they are.
QString engineWords(const lethe::Message &m);
// The same for a stored sentence: `stored` (the English) when the row has no
// Message (written before schema v9).
QString engineWords(const lethe::Message &m, const std::string &stored);
// A sentence stored in JSON beside its Message: obj[message_key] ({text,
// args}) in the workbench's language when it is there, else obj[key] as
// stored (English; an audit or listing from before the Message), else "".
QString engineWords(const nlohmann::json &obj, const std::string &key, const std::string &message_key);

// An interval of two numbers written already: "[0.41, 0.58]"; where the
// decimal mark is the comma, the bounds are parted by a semicolon
// ("[0,41; 0,58]").
QString localInterval(const QString &lo, const QString &hi);
// The same for a stored interval, obj[key] = [lo, hi], with fixed decimals
// and a space before it (it follows its estimate); "" when there is none.
QString localInterval(const nlohmann::json &obj, const std::string &key, int decimals);

// The language installed last ("en" before any).
QString currentLanguage();

// A resource in the current language when there is one: ":/help/guide.html"
// gives ":/help/guide_de.html" in German when that file exists.
QString localizedResource(const QString &path);

} // namespace lethe::ui
