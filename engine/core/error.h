#pragma once
// Typed errors of the engine. The CLI maps the code to its exit status, the
// workbench turns it into a dialog; the message always names the file or the
// input that is wrong and what is wrong with it.
#include <stdexcept>
#include <string>

namespace lethe {

enum class ErrorCode {
    Usage = 1,     // the caller asked for something that cannot be asked
    BadInput = 2,  // a file, a selection or a database is wrong
    Internal = 3,  // a bug or an environment failure
    Cancelled = 4, // the user cancelled the work
};

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string &message) : std::runtime_error(message), code_(code) {}
    ErrorCode code() const { return code_; }

private:
    ErrorCode code_;
};

[[noreturn]] inline void bad_input(const std::string &message) { throw Error(ErrorCode::BadInput, message); }
[[noreturn]] inline void usage_error(const std::string &message) { throw Error(ErrorCode::Usage, message); }
[[noreturn]] inline void internal_error(const std::string &message) { throw Error(ErrorCode::Internal, message); }

} // namespace lethe
