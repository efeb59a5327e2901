#pragma once
// Conversions between the engine's std::string / nlohmann::json and Qt types.
#include <QString>
#include <QStringList>

#include <exception>
#include <string>
#include <type_traits>
#include <vector>

#include "core/error.h"
#include "core/states.h"

namespace lethe::ui {

inline QString qs(const std::string &s) { return QString::fromStdString(s); }
// A state or kind as its stored word (core/states.h); screens put it into words.
template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>> QString qs(E v) {
    return QString::fromLatin1(lethe::to_string(v));
}
inline std::string ss(const QString &s) { return s.toStdString(); }

// The one sentence a person reads for an exception (core/error.h), in the
// workbench's language where the engine gave it as a Message
// (engineWords, language.h).
QString userText(const std::exception &e);

inline QStringList qsl(const std::vector<std::string> &v) {
    QStringList out;
    for (const auto &s : v) out << qs(s);
    return out;
}

// Fashion-MNIST's class names when the dataset is the demo's, else the number.
QString label_name(int label, bool fashion);

} // namespace lethe::ui
