#include "jobs/job_support.h"

#include <filesystem>

#include "core/error.h"
#include "data/tensor_store.h"
#include "model/inference.h"
#include "project/project.h"

namespace lethe {

void fail_job(Lineage &lin, JobRow job, const std::exception &e) {
    const auto *le = dynamic_cast<const Error *>(&e);
    job.status = le && le->code() == ErrorCode::Cancelled ? JobStatus::Cancelled : JobStatus::Failed;
    job.finished_at = now_iso8601();
    job.error_message = user_sentence(e); // the full text of a library error goes to the error log
    job.error = job.error_message.english();
    auto tx = lin.begin();
    lin.update_job(job);
    lin.append_log("lethe", std::string("job.") + to_string(job.status), {{"job_id", job.id}, {"error", job.error}});
    tx->commit();
}

void discard_uncommitted(Project &project, const std::string &out_dir) {
    std::error_code ec;
    std::filesystem::remove_all(project.resolve(out_dir), ec);
}

double test_accuracy(Project &project, const TensorStore &store, int64_t model_id, const torch::Device &device,
                     const RunControl &rc) {
    std::vector<int64_t> test;
    for (const auto &r : project.lineage().records("test")) test.push_back(r.id);
    if (test.empty()) return 0.0;
    auto m = load_model(project, model_id, device);
    const auto pred = predict(m, store, test, device, rc);
    const auto y = store.labels(store.rows(test), torch::kCPU);
    return pred.pred.eq(y).to(torch::kFloat64).mean().item<double>();
}

} // namespace lethe
