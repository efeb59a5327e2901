#include "audit/scoring_unit.h"

#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "core/executor.h"
#include "core/hash.h"
#include "core/work_unit.h"
#include "data/tensor_store.h"
#include "model/net.h"
#include "project/project.h"

namespace fs = std::filesystem;

namespace lethe {

using nlohmann::json;

namespace {

std::string ids_text(const std::vector<int64_t> &ids) {
    std::string s;
    s.reserve(ids.size() * 8);
    for (auto id : ids) s += std::to_string(id) + "\n";
    return s;
}

} // namespace

std::string write_scoring_unit(Project &project, int64_t model_id, const std::vector<int64_t> &ids,
                               const std::string &device) {
    const std::string text = ids_text(ids);
    const std::string ids_sha = sha256_hex(text);
    const std::string dir = "staging/audits/m" + std::to_string(model_id) + "-" + ids_sha.substr(0, 16);
    const json unit = {{"kind", "audit_scoring"},
                       {"version", 1},
                       {"project", project.root()},
                       {"dir", dir},
                       {"model_id", model_id},
                       {"model_sha256", project.lineage().model(model_id).sha256},
                       {"device", device},
                       {"records", dir + "/records.ids"},
                       {"records_sha256", ids_sha},
                       {"n", int64_t(ids.size())},
                       {"threads", torch::get_num_threads()},
                       {"outputs", {"predictions.bin", "result.json"}}};
    return write_unit_files(project.resolve(dir), unit, {{"records.ids", text}}, true);
}

json run_scoring_unit(Project &project, const std::string &unit_file, const RunControl &rc,
                      const TensorStore *store_in) {
    const auto t0 = std::chrono::steady_clock::now();
    std::string bytes;
    const json unit = read_unit(unit_file, "audit_scoring", "audit-scoring", &bytes);
    const std::string dir = unit.at("dir");
    clear_unit_outputs(unit_file); // first: a failure below leaves no earlier result behind
    const std::string ids_file = project.resolve(unit.at("records"));
    const std::string text = read_file(ids_file);
    if (sha256_hex(text) != unit.at("records_sha256").get<std::string>())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: changed since the unit was written (SHA-256 differs)"), ids_file));
    std::vector<int64_t> ids;
    {
        std::istringstream in(text);
        for (int64_t id = 0; in >> id;) ids.push_back(id);
    }
    const int64_t model_id = unit.at("model_id");
    if (project.lineage().model(model_id).sha256 != unit.at("model_sha256").get<std::string>())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: model %2 changed since the unit was written"), unit_file, model_id));
    if (const int threads = unit.value("threads", 0); threads > 0) torch::set_num_threads(threads);
    const auto device = pick_device(unit.value("device", std::string("auto")));
    std::optional<TensorStore> own;
    if (!store_in) own = TensorStore::load(project, rc);
    auto model = load_model(project, model_id, device);
    const auto pred = predict(model, store_in ? *store_in : *own, ids, device, rc);
    const auto lp = pred.log_probs.contiguous();
    const auto pr = pred.pred.contiguous();
    std::string out(size_t(lp.numel()) * sizeof(double) + size_t(pr.numel()) * sizeof(int64_t), '\0');
    std::memcpy(out.data(), lp.data_ptr<double>(), size_t(lp.numel()) * sizeof(double));
    std::memcpy(out.data() + size_t(lp.numel()) * sizeof(double), pr.data_ptr<int64_t>(),
                size_t(pr.numel()) * sizeof(int64_t));
    const std::string path = dir + "/predictions.bin";
    const std::string sha = write_file_atomic(project.resolve(path), out);
    const json r = {{"unit_sha256", sha256_hex(bytes)},
                    {"outputs", json::array({{{"path", path}, {"sha256", sha}}})},
                    {"predictions_path", path},
                    {"predictions_sha256", sha},
                    {"n", int64_t(ids.size())},
                    {"classes", int64_t(lp.size(1))},
                    {"seconds", std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count()},
                    {"host", worker_host()}};
    // The result last: its presence means the output is in place.
    write_file_atomic(project.resolve(dir + "/result.json"), r.dump(2) + "\n");
    return r;
}

std::optional<Predictions> take_scoring_unit(Project &project, const std::string &unit_file, std::string *why) {
    const auto r = checked_unit_result(project.root(), unit_file, why);
    if (!r) return std::nullopt;
    const json unit = json::parse(read_file(unit_file), nullptr, false);
    const std::string path = r->value("predictions_path", "");
    const std::string sha = r->value("predictions_sha256", "");
    const int64_t n = r->value("n", int64_t(-1)), c = r->value("classes", int64_t(0));
    if (!is_checked_output(*r, path, sha) || !unit.is_object() || n != unit.value("n", int64_t(-2)) || c < 1) {
        *why = unit_file + ": its result does not describe the predictions it checks; refused";
        return std::nullopt;
    }
    const std::string bytes = read_file(project.resolve(path));
    if (sha256_hex(bytes) != sha || bytes.size() != size_t(n * c) * sizeof(double) + size_t(n) * sizeof(int64_t)) {
        *why = project.resolve(path) + ": not the predictions its result states; refused";
        return std::nullopt;
    }
    Predictions p;
    p.log_probs = torch::empty({n, c}, torch::kDouble);
    p.pred = torch::empty({n}, torch::kLong);
    std::memcpy(p.log_probs.data_ptr<double>(), bytes.data(), size_t(n * c) * sizeof(double));
    std::memcpy(p.pred.data_ptr<int64_t>(), bytes.data() + size_t(n * c) * sizeof(double), size_t(n) * sizeof(int64_t));
    return p;
}

std::vector<Predictions> run_scoring_units(Project &project, Executor &executor, const std::vector<std::string> &units,
                                           const RunControl &rc) {
    std::vector<std::optional<Predictions>> got(units.size());
    std::vector<std::string> pending;
    for (size_t i = 0; i < units.size(); ++i) {
        std::string why;
        if ((got[i] = take_scoring_unit(project, units[i], &why))) continue; // finished earlier: reused
        clear_unit_outputs(units[i]);
        pending.push_back(units[i]);
    }
    if (!pending.empty()) {
        std::map<std::string, std::string> message; // unit -> its task's state and log, when it failed
        try {
            for (const auto &oc : executor.run(pending, rc)) message[oc.unit] = oc.message;
        } catch (...) {
            for (const auto &u : pending) {
                std::string why;
                if (!take_scoring_unit(project, u, &why)) drop_scoring_unit(project.root(), u);
            }
            throw;
        }
        // The batch's scripts and task logs go (a failure's log is quoted below).
        tidy_staging(project.root(), fs::path(pending.front()).parent_path().parent_path().string());
        std::string failures;
        int failed = 0;
        for (size_t i = 0; i < units.size(); ++i) {
            if (got[i]) continue;
            std::string why;
            if ((got[i] = take_scoring_unit(project, units[i], &why))) continue;
            const auto it = message.find(units[i]);
            failures += "\n  " + fs::path(units[i]).parent_path().filename().string() + ": " +
                        (it == message.end() || it->second.empty() ? why : it->second);
            ++failed;
            drop_scoring_unit(project.root(), units[i]);
        }
        if (failed)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1 of %2 audit scoring passes failed on %3 (nothing was stored; "
                                                      "the passes that finished are kept for the next run):%4"),
                          failed, pending.size(), executor.name(), failures));
    }
    std::vector<Predictions> out;
    out.reserve(got.size());
    for (auto &p : got) out.push_back(std::move(*p));
    return out;
}

void drop_scoring_unit(const std::string &project_root, const std::string &unit_file) {
    std::error_code ec;
    const auto dir = fs::path(unit_file).parent_path();
    fs::remove_all(dir, ec);
    tidy_staging(project_root, dir.parent_path().string());
}

} // namespace lethe
