#pragma once
// The states and kinds of the lineage's rows as enums: compared as values
// everywhere, and turned into the schema's words (the CHECK constraints of
// lineage/schema.cpp) only at the database boundary and in JSON. to_json
// writes the word, so a row field put into JSON stays the word it always was;
// parse_* refuses any other word, naming where it was read.
#include <string>

#include <nlohmann/json.hpp>

namespace lethe {

enum class ArtifactState { Live, Purging, Purged }; // models, checkpoints, update logs, reference models
enum class ModelKind { Monolithic, Sisa, Shard };   // a run's kind is Monolithic or Sisa
enum class ModelOrigin { Trained, Unlearned, Reference };
enum class JobKind { Train, Forget, Import };
enum class JobStatus { Queued, Running, Done, Failed, Cancelled, Interrupted };
enum class AuditRole { Before, After, Standalone, Reference };
enum class MethodKind { Exact, Approximate, Certified };
enum class PoolState { Building, Complete };
// An erasure request; the auditor decides the last three (jobs/cases.h).
enum class CaseStatus { Open, InProgress, Answered, Refused, Extended };

const char *to_string(ArtifactState v);
const char *to_string(ModelKind v);
const char *to_string(ModelOrigin v);
const char *to_string(JobKind v);
const char *to_string(JobStatus v);
const char *to_string(AuditRole v);
const char *to_string(MethodKind v);
const char *to_string(PoolState v);
const char *to_string(CaseStatus v);

// The enum of a stored word; BadInput "<where>: '<word>' is not a ..." for
// any other.
ArtifactState parse_artifact_state(const std::string &word, const std::string &where);
ModelKind parse_model_kind(const std::string &word, const std::string &where);
ModelOrigin parse_model_origin(const std::string &word, const std::string &where);
JobKind parse_job_kind(const std::string &word, const std::string &where);
JobStatus parse_job_status(const std::string &word, const std::string &where);
AuditRole parse_audit_role(const std::string &word, const std::string &where);
MethodKind parse_method_kind(const std::string &word, const std::string &where);
PoolState parse_pool_state(const std::string &word, const std::string &where);
CaseStatus parse_case_status(const std::string &word, const std::string &where);

// JSON holds the words.
inline void to_json(nlohmann::json &j, ArtifactState v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, ModelKind v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, ModelOrigin v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, JobKind v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, JobStatus v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, AuditRole v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, MethodKind v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, PoolState v) { j = to_string(v); }
inline void to_json(nlohmann::json &j, CaseStatus v) { j = to_string(v); }

} // namespace lethe
