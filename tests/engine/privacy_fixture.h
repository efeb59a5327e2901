#pragma once
// A project whose case was answered, what a redaction starts from; shared by
// the engine's privacy tests and the e2e scan of what Lethe exports.
#include <filesystem>
#include <string>
#include <vector>

#include "data/dataset_file.h"
#include "fixtures.h"
#include "jobs/cases.h"

namespace lethe::testing {

// A project whose subject s005 (5 records) was forgotten by a retrain and
// whose case was answered: what a redaction starts from.
struct Closed {
    Fixture f;
    int64_t request_id = 0, job_id = 0, after_audit = 0;
    std::vector<int64_t> rows; // the subject's rows in the data file
};
inline Closed closed_case(const std::string &dir) {
    Closed c;
    std::filesystem::create_directories(dir);
    c.f = make_project(dir, 96, 32);
    auto p = Project::open(c.f.project);
    auto &lin = p->lineage();
    const auto tr = train_model(*p, small_config("logreg"), {});
    NewCase nc;
    nc.case_ref = "DPO-7";
    nc.subject = "s005";
    c.request_id = add_case(lin, nc).id;
    ForgetOptions fo;
    fo.selection.subjects = {"s005"};
    fo.method = "retrain";
    fo.model_id = tr.model_id;
    fo.device = "cpu";
    fo.request_id = c.request_id;
    const auto fr = forget(*p, fo, {});
    c.job_id = fr.job_id;
    c.after_audit = fr.after_audit_id.value_or(0);
    answer_case(lin, c.request_id, "erased; told the subject", "the toy's verdict is inconclusive");
    for (const auto id : lin.record_ids_of_subject(lin.subject_id("s005", false)))
        for (const auto &r : lin.records())
            if (r.id == id) c.rows.push_back(r.row_index);
    return c;
}

inline bool rows_are_zero(const std::string &project, const std::vector<int64_t> &rows, bool zero) {
    const auto raw = read_idx(project + "/data/images.idx.gz", project + "/data/labels.idx.gz");
    for (const auto r : rows) {
        bool all = true;
        for (int64_t j = 0; j < raw.record_size(); ++j) all = all && raw.u8[size_t(r * raw.record_size() + j)] == 0;
        if (all != zero) return false;
    }
    return true;
}

} // namespace lethe::testing
