#pragma once
// A sentence the engine hands to a person, in a form the workbench can
// translate (issue 15, docs/translations.md).
//
// `text` is an English template with %1..%9, written at the call site inside
// QT_TRANSLATE_NOOP("Engine", "..."). The engine has no Qt: the macro below
// only marks the text, so that lupdate puts it into the .ts files under the
// context "Engine". The CLI prints english(); the workbench translates the
// template and fills in the same arguments; a lineage row that stores a
// Message (a failed job's error) keeps both, so old rows stay readable when a
// template's wording changes later (the translation is then simply missed and
// the stored English shows).
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x // the same definition as Qt's qglobal.h
#endif

namespace lethe {

struct Message {
    std::string text;              // the English template; empty: no message
    std::vector<std::string> args; // %1, %2, ...
    bool empty() const { return text.empty(); }
    std::string english() const;
};

// Fills %1..%9 in one pass: an argument that itself holds "%2" stays as it
// is. A placeholder without an argument stays as written.
std::string fill_placeholders(const std::string &text, const std::vector<std::string> &args);

// The stored form: {"text": ..., "args": [...]}; null for an empty message.
nlohmann::json message_json(const Message &m);
// An empty message for anything that is not that form.
Message message_from_json(const nlohmann::json &j);

// An argument as text: strings as they are, integers in full, other numbers
// with up to 6 significant digits (the workbench writes them again the local
// way).
inline std::string message_arg(const std::string &s) { return s; }
inline std::string message_arg(const char *s) { return s ? s : ""; }
std::string message_arg(double v);
template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
std::string message_arg(T v) {
    return std::to_string(v);
}

// msg(QT_TRANSLATE_NOOP("Engine", "case %1 is %2"), id, status)
template <class... A> Message msg(const char *text, const A &...args) { return Message{text, {message_arg(args)...}}; }

} // namespace lethe
