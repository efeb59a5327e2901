#pragma once
// The message (and code) of the lethe::Error a call throws; empty if none.
#include <QString>

#include "core/error.h"

namespace lethe::testing {

template <class F> QString error_of(F f, ErrorCode *code = nullptr) {
    try {
        f();
    } catch (const Error &e) {
        if (code) *code = e.code();
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace lethe::testing
