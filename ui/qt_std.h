#pragma once
// Conversions between the engine's std::string / nlohmann::json and Qt types.
#include <QString>
#include <QStringList>

#include <exception>
#include <string>
#include <vector>

#include "core/error.h"

namespace lethe::ui {

inline QString qs(const std::string &s) { return QString::fromStdString(s); }
inline std::string ss(const QString &s) { return s.toStdString(); }

// The one sentence a person reads for an exception (core/error.h).
inline QString userText(const std::exception &e) { return QString::fromStdString(lethe::user_message(e)); }

inline QStringList qsl(const std::vector<std::string> &v) {
    QStringList out;
    for (const auto &s : v) out << qs(s);
    return out;
}

// Fashion-MNIST's class names when the dataset is the demo's, else the number.
QString label_name(int label, bool fashion);

} // namespace lethe::ui
