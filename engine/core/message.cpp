#include "core/message.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace lethe {

std::string fill_placeholders(const std::string &text, const std::vector<std::string> &args) {
    std::string out;
    out.reserve(text.size() + 16 * args.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const auto n = std::size_t(text[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Message::english() const { return fill_placeholders(text, args); }

nlohmann::json message_json(const Message &m) {
    if (m.empty()) return nullptr;
    return {{"text", m.text}, {"args", m.args}};
}

Message message_from_json(const nlohmann::json &j) {
    Message m;
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) return m;
    m.text = j["text"].get<std::string>();
    if (j.contains("args") && j["args"].is_array())
        for (const auto &a : j["args"]) m.args.push_back(a.is_string() ? a.get<std::string>() : a.dump());
    return m;
}

std::string message_arg(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace lethe
