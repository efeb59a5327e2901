#pragma once
// Typed errors of the engine. The CLI maps the code to its exit status, the
// workbench turns it into a dialog; the message always names the file or the
// input that is wrong and what is wrong with it.
#include <stdexcept>
#include <string>

#include "core/message.h"

namespace lethe {

enum class ErrorCode {
    Usage = 1,     // the caller asked for something that cannot be asked
    BadInput = 2,  // a file, a selection or a database is wrong
    Internal = 3,  // a bug or an environment failure
    Cancelled = 4, // the user cancelled the work
};

// An Error made from a Message (core/message.h) keeps it: what() is its
// English, message() the template and arguments the workbench translates.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string &message) : std::runtime_error(message), code_(code) {}
    Error(ErrorCode code, Message message)
        : std::runtime_error(message.english()), code_(code), message_(std::move(message)) {}
    ErrorCode code() const { return code_; }
    const Message &message() const { return message_; } // empty for a plain-text error

private:
    ErrorCode code_;
    Message message_;
};

// What a person reads for an exception: one sentence, never LibTorch's text
// or a "frame #" line. A lethe::Error keeps its own message (its first line,
// when a library's text was appended); anything else becomes "Lethe stopped
// on an internal error ..." and its full text is appended, with the time, to
// error_log_path(). The CLI, the workbench and the job rows all use this.
std::string user_message(const std::exception &e);
// The same sentence as a Message: an Error's own Message when it has one,
// the internal-error sentence as a template, and any other text as "%1"
// with that text (no translation matches it; it shows as written).
// user_message(e) == user_sentence(e).english(), and both log the same way.
Message user_sentence(const std::exception &e);
// True for text that comes from LibTorch or c10 (stack frames, source paths).
bool is_library_text(const std::string &text);
// $LETHE_LOG_DIR/errors.log, else the open project's logs/errors.log, else
// $XDG_STATE_HOME/lethe/errors.log, else ~/.local/state/lethe/errors.log.
std::string error_log_path();
// Where the detail of an internal error goes while a project is open
// (Project::open and create set it to the project's logs/ folder).
void set_project_log_dir(const std::string &dir);

[[noreturn]] inline void bad_input(const std::string &message) { throw Error(ErrorCode::BadInput, message); }
[[noreturn]] inline void usage_error(const std::string &message) { throw Error(ErrorCode::Usage, message); }
[[noreturn]] inline void internal_error(const std::string &message) { throw Error(ErrorCode::Internal, message); }
[[noreturn]] inline void bad_input(Message message) { throw Error(ErrorCode::BadInput, std::move(message)); }
[[noreturn]] inline void usage_error(Message message) { throw Error(ErrorCode::Usage, std::move(message)); }
[[noreturn]] inline void internal_error(Message message) { throw Error(ErrorCode::Internal, std::move(message)); }

} // namespace lethe
