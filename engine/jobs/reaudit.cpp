#include "audit/audit.h"
#include "core/error.h"
#include "jobs/operations.h"
#include "lineage/lineage.h"
#include "project/project.h"

namespace lethe {

using nlohmann::json;

json ReauditResult::to_json() const {
    return {{"job_id", job_id},
            {"model_id", model_id},
            {"audit_id", audit_id},
            {"pool_id", pool_id ? json(*pool_id) : json()},
            {"references_used", pool_id.has_value()},
            {"references_reason", references_reason.empty() ? json() : json(references_reason)}};
}

ReauditResult reaudit_job(Project &project, int64_t job_id, const std::string &device, const RunControl &rc) {
    auto &lin = project.lineage();
    const JobRow job = lin.job(job_id);
    if (job.kind != JobKind::Forget) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "job %1 is not a forget job"), job_id));
    if (job.status != JobStatus::Done || !job.output_model_id)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "job %1 is %2: only a finished job can be audited again"), job_id,
                      to_string(job.status)));
    const ModelRow out = lin.model(*job.output_model_id);
    if (out.state != ArtifactState::Live)
        bad_input(msg(
            QT_TRANSLATE_NOOP("Engine", "model %1 of job %2 was purged by a later job: audit that job's model instead"),
            out.id, job_id));
    AuditOptions o;
    o.model_id = out.id;
    o.forget_ids = lin.job_records(job_id);
    o.job_id = job_id;
    o.role = AuditRole::After;
    o.device = device;
    const auto a = audit_model(project, o, rc);
    ReauditResult r;
    r.job_id = job_id;
    r.model_id = out.id;
    r.audit_id = a.audit_id;
    const json refs = a.summary.value("references", json::object());
    if (refs.value("used", false) && refs.contains("pool_id"))
        r.pool_id = refs["pool_id"].get<int64_t>();
    else {
        r.references_message = message_from_json(refs.value("reason_message", json()));
        if (r.references_message.empty())
            r.references_message = refs.contains("reason") && refs["reason"].is_string()
                                       ? Message{"%1", {refs["reason"].get<std::string>()}}
                                       : msg(QT_TRANSLATE_NOOP("Engine", "the audit found no usable reference pool"));
        r.references_reason = r.references_message.english();
    }
    return r;
}

} // namespace lethe
