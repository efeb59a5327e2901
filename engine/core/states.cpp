#include "core/states.h"

#include <iterator>

#include "core/error.h"

namespace lethe {

namespace {

template <typename E, size_t N> const char *word_of(E v, const char *const (&words)[N]) {
    const auto i = size_t(v);
    return i < N ? words[i] : "?";
}

// text: the refusal's template, as "%1: '%2' is not a state (%3)": where, the word, the words it may be.
template <typename E, size_t N>
E parse_word(const std::string &word, const char *const (&words)[N], const char *text, const std::string &where) {
    std::string all;
    for (size_t i = 0; i < N; ++i) {
        if (word == words[i]) return E(i);
        all += (i ? ", " : "") + std::string(words[i]);
    }
    bad_input(msg(text, where, word, all));
}

// In the order of the enums.
const char *const kArtifactStates[] = {"live", "purging", "purged"};
const char *const kModelKinds[] = {"monolithic", "sisa", "shard"};
const char *const kModelOrigins[] = {"trained", "unlearned", "reference"};
const char *const kJobKinds[] = {"train", "forget", "import"};
const char *const kJobStatuses[] = {"queued", "running", "done", "failed", "cancelled", "interrupted"};
const char *const kAuditRoles[] = {"before", "after", "standalone", "reference"};
const char *const kMethodKinds[] = {"exact", "approximate", "certified"};
const char *const kPoolStates[] = {"building", "complete"};
const char *const kCaseStatuses[] = {"open", "in_progress", "answered", "refused", "extended"};

} // namespace

const char *to_string(ArtifactState v) { return word_of(v, kArtifactStates); }
const char *to_string(ModelKind v) { return word_of(v, kModelKinds); }
const char *to_string(ModelOrigin v) { return word_of(v, kModelOrigins); }
const char *to_string(JobKind v) { return word_of(v, kJobKinds); }
const char *to_string(JobStatus v) { return word_of(v, kJobStatuses); }
const char *to_string(AuditRole v) { return word_of(v, kAuditRoles); }
const char *to_string(MethodKind v) { return word_of(v, kMethodKinds); }
const char *to_string(PoolState v) { return word_of(v, kPoolStates); }
const char *to_string(CaseStatus v) { return word_of(v, kCaseStatuses); }

ArtifactState parse_artifact_state(const std::string &w, const std::string &where) {
    return parse_word<ArtifactState>(w, kArtifactStates, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a state (%3)"),
                                     where);
}
ModelKind parse_model_kind(const std::string &w, const std::string &where) {
    return parse_word<ModelKind>(w, kModelKinds, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a model kind (%3)"),
                                 where);
}
ModelOrigin parse_model_origin(const std::string &w, const std::string &where) {
    return parse_word<ModelOrigin>(w, kModelOrigins, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a model origin (%3)"),
                                   where);
}
JobKind parse_job_kind(const std::string &w, const std::string &where) {
    return parse_word<JobKind>(w, kJobKinds, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a job kind (%3)"), where);
}
JobStatus parse_job_status(const std::string &w, const std::string &where) {
    return parse_word<JobStatus>(w, kJobStatuses, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a job status (%3)"),
                                 where);
}
AuditRole parse_audit_role(const std::string &w, const std::string &where) {
    return parse_word<AuditRole>(w, kAuditRoles, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not an audit role (%3)"),
                                 where);
}
MethodKind parse_method_kind(const std::string &w, const std::string &where) {
    return parse_word<MethodKind>(w, kMethodKinds, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a method kind (%3)"),
                                  where);
}
PoolState parse_pool_state(const std::string &w, const std::string &where) {
    return parse_word<PoolState>(w, kPoolStates, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a pool state (%3)"),
                                 where);
}
CaseStatus parse_case_status(const std::string &w, const std::string &where) {
    return parse_word<CaseStatus>(w, kCaseStatuses, QT_TRANSLATE_NOOP("Engine", "%1: '%2' is not a case status (%3)"),
                                  where);
}

} // namespace lethe
