// lethe: the headless face of the engine (DESIGN section 7). Every command
// takes --json for one JSON object on stdout; messages go to stderr.
// Exit status: 0 success, 1 usage, 2 bad input, 3 internal error,
// 130 cancelled (Ctrl-C).
#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sys/wait.h>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "core/atomic_file.h"
#include "core/error.h"
#include "jobs/audit_job.h"
#include "jobs/cases.h"
#include "jobs/evidence.h"
#include "jobs/executor.h"
#include "jobs/investigate.h"
#include "jobs/methods.h"
#include "jobs/operations.h"
#include "jobs/project_access.h"
#include "jobs/redaction.h"
#include "jobs/runtime.h"

using nlohmann::json;
using namespace lethe;

namespace {

std::atomic<bool> g_cancel{false};
extern "C" void on_sigint(int) { g_cancel.store(true); }

// A progress line on stderr, only when stderr is a terminal, at most 10 a second.
RunControl terminal_control() {
    RunControl rc;
    rc.cancel = &g_cancel;
    if (!::isatty(2)) return rc;
    auto start = std::make_shared<std::chrono::steady_clock::time_point>(std::chrono::steady_clock::now());
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    rc.progress = [start, last](const Progress &p) {
        const auto now = std::chrono::steady_clock::now();
        if (now - *last < std::chrono::milliseconds(100)) return;
        *last = now;
        const double el = std::chrono::duration<double>(now - *start).count();
        std::string eta = "";
        if (p.fraction > 0.02) {
            const int s = int(el / p.fraction - el);
            eta = "  ETA " + std::to_string(s / 60) + ":" + (s % 60 < 10 ? "0" : "") + std::to_string(s % 60);
        }
        std::fprintf(stderr, "\r\033[K[%3d%%] %s%s", int(p.fraction * 100), p.stage.c_str(), eta.c_str());
        std::fflush(stderr);
    };
    return rc;
}

void end_progress_line() {
    if (::isatty(2)) std::fprintf(stderr, "\r\033[K");
}

struct Common {
    std::string project;
    bool json = false;
};

// Adds --project (required or not) and --json to a subcommand.
using AddCommon = std::function<void(CLI::App *, bool)>;

void emit(const Common &c, const json &j, const std::string &human) {
    if (c.json)
        std::cout << j.dump() << std::endl;
    else
        std::cout << human << std::endl;
}

std::string pct(const json &v) {
    if (!v.is_number()) return "n/a";
    char b[32];
    std::snprintf(b, sizeof b, "%.2f%%", v.get<double>() * 100);
    return b;
}

// Runs lethe-report (--request or --job, its messages on stderr) into `out`;
// false when it fails.
bool render_report(const std::string &tool, const std::string &project, const char *what, int64_t id,
                   const std::string &out) {
    const std::string j = std::to_string(id); // before fork: the child only execs
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(2, 1); // its summary line goes where the messages go, not into this command's --json
        ::execl(tool.c_str(), tool.c_str(), "--project", project.c_str(), what, j.c_str(), "--out", out.c_str(),
                static_cast<char *>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) < 0) return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// lethe-report beside this program (install) or in the build tree; empty if absent.
std::string find_report_tool(const char *argv0) {
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir = n > 0 ? std::string(self, size_t(n)) : std::string(argv0);
    dir = dir.substr(0, dir.find_last_of('/') + 1);
    for (const std::string &cand : {dir + "lethe-report", dir + "../ui/lethe-report"})
        if (::access(cand.c_str(), X_OK) == 0) return cand;
    return {};
}

std::string report_tool_missing() {
    return "PDF reports are rendered by lethe-report, which is built with the workbench (LETHE_WITH_UI=ON), "
           "and it is not installed beside lethe";
}

// The case verdict as the terminal shows it: the word and summary, then one
// line per finding with its technical detail indented below.
std::string case_verdict_text(const json &v) {
    std::string h = "verdict: " + v["result"].get<std::string>() + "\n  " + v["summary"].get<std::string>();
    for (const auto &f : v["findings"]) {
        const std::string model =
            f["model_id"].is_null() ? "case" : "model " + std::to_string(f["model_id"].get<int64_t>());
        h += "\n  [" + f["result"].get<std::string>() + "] " + model + ", " + f["layer"].get<std::string>() + ": " +
             f["sentence"].get<std::string>() + "\n      " + f["detail"].get<std::string>();
    }
    return h;
}

// --- the subcommands ---------------------------------------------------------
// Each subcommand is one struct: its constructor registers the options, run()
// does the work and prints. main() parses and runs the one that was given.

struct Env {
    Common &c;
    RunControl rc;
    const char *argv0;
};

struct Command {
    CLI::App *sub = nullptr;
    bool opens_project = true; // main opens --project before run()
    virtual ~Command() = default;
    virtual bool given() const { return sub->parsed(); }
    virtual int run(Env &env, Project *project) = 0;
};

// The project named by --project; a recovery after an interruption is said.
std::unique_ptr<Project> open_project(const std::string &dir, bool create) {
    auto project = create ? Project::create(dir) : Project::open(dir);
    const auto &rec = project->recovery();
    if (!rec.jobs_interrupted.empty() || rec.orphan_files_removed || rec.temp_files_removed || rec.purges_completed)
        std::cerr << "lethe: recovered the project after an interruption (" << rec.jobs_interrupted.size()
                  << " job(s) marked interrupted, " << rec.temp_files_removed + rec.orphan_files_removed
                  << " stray file(s) removed, " << rec.purges_completed << " purge(s) completed)\n";
    try {
        if (const int64_t n = complete_redactions(*project))
            std::cerr << "lethe: completed a redaction an interruption had left unfinished (" << n << " record(s))\n";
    } catch (const std::exception &e) { // the project stays usable; verify says what is wrong
        std::cerr << "lethe: warning: an unfinished redaction could not be completed: " << user_message(e) << "\n";
    }
    for (const auto &w : project->warnings())
        std::cerr << "lethe: warning: " << w << "; `lethe share --project " << project->root()
                  << " --private` makes it its owner's alone (docs/security.md)\n";
    return project;
}

struct DemoInitCommand : Command {
    DemoOptions d = demo_defaults(); // resources/demo/demo.json
    DemoInitCommand(CLI::App &app, Common &c, AddCommon add_common) {
        auto *demo = app.add_subcommand("demo", "the bundled demo project");
        demo->require_subcommand(1);
        sub = demo->add_subcommand("init", "build the demo project from Debian's Fashion-MNIST");
        opens_project = false;
        add_common(sub, false);
        sub->add_option("--subset", d.subset, "training images to use (0: all 60,000)");
        sub->add_option("--shards", d.shards, "SISA shards S")->capture_default_str();
        sub->add_option("--slices", d.slices, "SISA slices R per shard")->capture_default_str();
        sub->add_option("--epochs", d.epochs, "training epochs in all")->capture_default_str();
        sub->add_option("--seed", d.seed, "seed of subjects, sharding and training")->capture_default_str();
        sub->add_option("--device", d.device, "auto | cpu | cuda[:N]")->capture_default_str();
        sub->add_option("--arch", d.arch, "logreg | mlp | cnn")->capture_default_str();
        sub->add_option("--source", d.source_dir, "folder of the Fashion-MNIST IDX files")->capture_default_str();
        sub->add_option("--canaries", d.canary_subjects,
                        "plant this many canary subjects, whose records a model memorises (docs/audit-power.md)")
            ->capture_default_str();
        sub->add_option("--canary-records", d.canary_records, "training images per canary subject")
            ->capture_default_str();
        sub->add_option("--canary-mark", d.canary_mark,
                        "near-copies | invert | patch | none: how the canaries' images are made "
                        "(docs/audit-power.md)")
            ->capture_default_str();
        sub->add_option("--canary-copies", d.canary_copies, "near-copies: records per base image")
            ->capture_default_str();
    }
    int run(Env &env, Project *) override {
        d.project_dir = env.c.project.empty() ? "lethe-demo" : env.c.project;
        const auto r = demo_init(d, env.rc);
        end_progress_line();
        std::string h = "demo project: " + r.project + "\n  " + std::to_string(r.subjects) + " subjects, " +
                        std::to_string(r.records) + " records\n  open erasure request " + r.case_ref + " for subject " +
                        r.request_subject;
        if (!r.canary_subjects.empty())
            h += "\n  " + std::to_string(r.canary_subjects.size()) + " canary subjects planted (" +
                 r.canary_subjects.front() + " to " + r.canary_subjects.back() + ")";
        for (const auto &m : r.models)
            h += "\n  model " + std::to_string(m.model_id) + " (" + to_string(m.kind) + "): test accuracy " +
                 pct(m.test_accuracy) + ", " + std::to_string(int(m.seconds)) + " s";
        emit(env.c, r.to_json(), h);
        return 0;
    }
};

// Runs an import into dir, a project made for it when there is none (and
// removed again when the import fails).
template <class F> auto into_project(const std::string &dir, F &&import) {
    const bool new_project = !std::filesystem::exists(dir);
    auto project = open_project(dir, new_project);
    try {
        return import(*project);
    } catch (...) {
        if (new_project) {
            project.reset();
            std::error_code ec;
            std::filesystem::remove_all(dir, ec);
        }
        throw;
    }
}

// import makes the project when its folder does not exist yet (and removes
// it again when the import fails).
struct ImportCommand : Command {
    ImportOptions io;
    ImportCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("import",
                                 "import a dataset with its manifest (record_id,subject,label,split,row), and "
                                 "optionally a TorchScript model; makes the project when --project does not exist");
        opens_project = false;
        add_common(sub, true);
        auto *lineage_opt = sub->add_option(
            "--lineage", lineage,
            "a lineage folder (docs/lineage-format.md): a training run from elsewhere, monolithic or SISA, with its "
            "records, placements and checkpoints; instead of --manifest and --data");
        sub->add_option("--manifest", io.manifest, "manifest CSV")->excludes(lineage_opt);
        sub->add_option("--data", io.data, "data: IDX images, a CSV table, or a folder of PNG/JPEG images")
            ->excludes(lineage_opt);
        lineage_opt_ = lineage_opt;
        sub->add_option("--labels", io.labels, "IDX labels file (idx format)");
        sub->add_option("--format", io.format, "idx | csv | folder (default: from the path)");
        sub->add_option("--name", io.name, "dataset name");
        sub->add_option("--model", io.model,
                        "a TorchScript model (torch.jit.save) trained on the manifest's train records: checked on "
                        "the data and registered as model arch 'torchscript'");
        sub->add_option("--recipe", io.recipe,
                        "the owner's training recipe of --model (JSON: optimizer, lr, lr_schedule, momentum, "
                        "weight_decay, batch_size, epochs, seed), which retraining and reference models follow");
        sub->add_option("--delimiter", delimiter, "CSV delimiter: , ; or tab (default: detected from the header)")
            ->check(CLI::IsMember({",", ";", "tab"}));
        sub->add_flag("--impute", io.impute,
                      "fill missing CSV values (a numeric column's mean, a text column's most frequent value) "
                      "instead of refusing them");
        auto *on = sub->add_flag("--standardize", standardize_on,
                                 "standardise numeric CSV columns to mean 0 and standard deviation 1 (the default, "
                                 "but not with --model)");
        sub->add_flag("--no-standardize", standardize_off, "keep numeric CSV columns as they are")->excludes(on);
        // A lineage folder states its dataset, model and recipe itself.
        for (auto *o : sub->get_options())
            if (o != lineage_opt_ && o->get_name() != "--project" && o->get_name() != "--json" &&
                o->get_name() != "--help" && !o->get_name().empty())
                o->excludes(lineage_opt_);
    }
    std::string delimiter, lineage;
    CLI::Option *lineage_opt_ = nullptr;
    bool standardize_on = false, standardize_off = false;
    int run(Env &env, Project *) override {
        const std::string &dir = env.c.project;
        if (dir.empty()) usage_error("--project is required: the project folder");
        if (!lineage.empty()) return run_lineage(env, dir);
        if (io.manifest.empty() || io.data.empty())
            usage_error("import needs --manifest and --data (or --lineage DIR)");
        if (!delimiter.empty()) io.delimiter = delimiter == "tab" ? '\t' : delimiter[0];
        if (standardize_on || standardize_off) io.standardize = standardize_on;
        const auto r = into_project(dir, [&](Project &p) { return import_dataset(p, io); });
        std::string text = "imported " + std::to_string(r.records) + " records of " + std::to_string(r.subjects) +
                           " subjects as dataset " + std::to_string(r.dataset_id) +
                           (r.model_id ? "; TorchScript model registered as model " + std::to_string(*r.model_id) +
                                             " (" + std::to_string(r.n_classes) + " classes)"
                                       : std::string());
        for (const auto &f : r.imputed)
            text += "\n  filled " + std::to_string(f["count"].get<int64_t>()) + " missing value(s) of column '" +
                    f["column"].get<std::string>() + "' with " +
                    (f["value"].is_string() ? "'" + f["value"].get<std::string>() + "'" : f["value"].dump());
        if (r.model_id && !r.recipe)
            text += "\n  no --recipe: retraining this model and its reference models follow Lethe's defaults "
                    "(SGD, 3 epochs), which may differ from the owner's training; the report says so";
        emit(env.c, r.to_json(), text);
        return 0;
    }
    int run_lineage(Env &env, const std::string &dir) {
        const auto r = into_project(dir, [&](Project &p) { return import_lineage(p, lineage); });
        std::string text = "imported the lineage of " + lineage;
        if (r.dataset_id)
            text += "\n  " + std::to_string(r.records) + " records of " + std::to_string(r.subjects) +
                    " subjects as dataset " + std::to_string(*r.dataset_id);
        for (const auto &m : r.models)
            text += "\n  run '" + m.run + "': model " + std::to_string(m.model_id) + " (" + m.kind +
                    (m.kind == "sisa"
                         ? ", " + std::to_string(m.shards) + " shards x " + std::to_string(m.slices) + " slices"
                         : std::string()) +
                    "), test accuracy " + pct(m.test_accuracy);
        text += "\n  " + std::to_string(r.checkpoints) + " checkpoints checked and copied";
        for (const auto &w : r.warnings) text += "\n  warning: " + w;
        emit(env.c, r.to_json(), text);
        return 0;
    }
};

// export-lineage writes the project's runs as a lineage folder.
struct ExportLineageCommand : Command {
    std::string out;
    ExportLineageCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("export-lineage", "write the project's dataset, records and trained models' runs as "
                                                   "a lineage folder (docs/lineage-format.md)");
        add_common(sub, true);
        sub->add_option("--out", out, "the folder to write (new or empty)")->required();
    }
    int run(Env &env, Project *project) override {
        const auto r = export_lineage(*project, out);
        emit(env.c, r.to_json(),
             "wrote " + r.folder + ": " + std::to_string(r.records) + " records, " + std::to_string(r.runs) +
                 " run(s), " + std::to_string(r.checkpoints) + " checkpoints");
        return 0;
    }
};

struct TrainCommand : Command {
    TrainConfig tc;
    TrainCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("train", "train a model on the project's training records");
        add_common(sub, true);
        sub->add_option("--arch", tc.arch,
                        "logreg | mlp | cnn | torchscript (the imported model's architecture, re-initialised)")
            ->capture_default_str();
        sub->add_option("--shards", tc.shards, "SISA shards S (1: monolithic)")->capture_default_str();
        sub->add_option("--slices", tc.slices, "SISA slices R per shard")->capture_default_str();
        sub->add_option("--epochs", tc.epochs, "epochs in all; stage r gets 2e/(R+1)")->capture_default_str();
        sub->add_option("--batch-size", tc.batch_size)->capture_default_str();
        sub->add_option("--lr", tc.lr, "SGD learning rate")->capture_default_str();
        sub->add_option("--seed", tc.seed)->capture_default_str();
        sub->add_option("--shard-policy", tc.shard_policy, "subject | random")->capture_default_str();
        sub->add_option("--aggregation", tc.aggregation, "mean (softmax) | vote")->capture_default_str();
        sub->add_option("--device", tc.device, "auto | cpu | cuda[:N]")->capture_default_str();
        sub->add_flag("--record-updates", tc.record_updates,
                      "record each batch's parameter update with the record ids it held (needed by amnesiac)");
    }
    int run(Env &env, Project *project) override {
        for (const char *k : {"lr", "epochs", "batch-size", "seed"})
            if (sub->count(std::string("--") + k) > 0) {
                std::string key = k;
                std::replace(key.begin(), key.end(), '-', '_');
                tc.given.push_back(key);
            }
        const auto r = train_model(*project, tc, env.rc);
        end_progress_line();
        emit(env.c, r.to_json(),
             "model " + std::to_string(r.model_id) + " (" + to_string(r.kind) + "): test accuracy " +
                 pct(r.test_accuracy) + " in " + std::to_string(int(r.seconds)) + " s");
        return 0;
    }
};

// --executor and the Slurm settings (docs/cluster.md), saved per project.
struct ExecutorFlags {
    std::string name, partition, account, time, mem;
    int cpus = -1, gpus = -1, retries = -1;
    std::vector<std::string> kinds; // KIND:key=value,...
    void add(CLI::App *sub) {
        sub->add_option("--executor", name,
                        "local | slurm: where the work units run (default: the project's last choice, else local)")
            ->check(CLI::IsMember({"local", "slurm"}));
        sub->add_option("--slurm-partition", partition, "Slurm partition of the tasks");
        sub->add_option("--slurm-account", account, "Slurm account charged");
        sub->add_option("--slurm-time", time, "time limit per task (default 02:00:00)");
        sub->add_option("--slurm-mem", mem, "memory per task (default 4G)");
        sub->add_option("--slurm-cpus", cpus, "cpus per task (default: this process's torch threads)");
        sub->add_option("--slurm-gpus", gpus, "GPUs per task (--gres=gpu:N)");
        sub->add_option("--slurm-retries", retries, "times a failed or lost task runs again (default 1)");
        sub->add_option("--slurm-kind", kinds,
                        "settings of one kind of unit, e.g. reference_model:gpus=1,time=04:00:00 or "
                        "audit_scoring:mem=2G,time=00:20:00 (kinds: reference_model, shard_retrain, audit_scoring; "
                        "keys: partition, account, time, mem, cpus, gpus; repeatable)");
    }
    ExecutorChoice choice() const {
        ExecutorChoice c;
        c.name = name;
        for (const auto &[k, v] : {std::pair{"partition", &partition}, std::pair{"account", &account},
                                   std::pair{"time", &time}, std::pair{"mem", &mem}})
            if (!v->empty()) c.given[k] = *v;
        for (const auto &[k, v] : {std::pair{"cpus", cpus}, std::pair{"gpus", gpus}, std::pair{"retries", retries}})
            if (v >= 0) c.given[k] = v;
        for (const auto &spec : kinds) c.given["kinds"].update(slurm_kind_settings(spec));
        return c;
    }
};

struct ForgetCommand : Command {
    ForgetOptions fo;
    ExecutorFlags ex;
    int64_t model = 0, request = 0;
    std::vector<std::string> params;
    ForgetCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("forget", "unlearn the selected records; writes a new model version");
        add_common(sub, true);
        sub->add_option("--subject", fo.selection.subjects, "subject pseudonym (repeatable)");
        sub->add_option("--records", fo.selection.records_file, "file of record ids, one per line");
        sub->add_option("--query", fo.selection.query, "filter, e.g. \"label = 3 and source = 'app'\"");
        sub->add_option("--method", fo.method, "a method of `lethe methods`: " + method_names())->required();
        sub->add_option("--param", params, "method parameter key=value (repeatable; see `lethe methods`)");
        sub->add_option("--model", model, "input model id (default: the newest live one that suits the method)");
        sub->add_option("--request", request, "erasure request id this job serves");
        sub->add_option("--device", fo.device, "auto | cpu | cuda[:N]")->capture_default_str();
        ex.add(sub);
        sub->add_flag("!--no-audit", fo.audit, "skip the before/after audit");
        sub->add_flag("--keep-input", fo.keep_input,
                      "keep the input model's files (stale checkpoints are still purged)");
    }
    int run(Env &env, Project *project) override {
        for (const auto &kv : params) {
            const auto eq = kv.find('=');
            if (eq == std::string::npos || eq == 0) usage_error("--param takes key=value, not '" + kv + "'");
            fo.params[kv.substr(0, eq)] = kv.substr(eq + 1);
        }
        if (model) fo.model_id = model;
        if (request) fo.request_id = request;
        const auto executor = project_executor(*project, ex.choice());
        fo.executor = executor.get();
        const auto r = forget(*project, fo, env.rc);
        end_progress_line();
        std::string shards;
        for (int s : r.shards_retrained) shards += (shards.empty() ? "" : ",") + std::to_string(s);
        emit(env.c, r.to_json(),
             "job " + std::to_string(r.job_id) + ": forgot " + std::to_string(r.forgotten_records) + " records with " +
                 r.method + "; model " + std::to_string(r.input_model_id) + " -> model " +
                 std::to_string(r.output_model_id) + "\n  shards retrained: " + (shards.empty() ? "none" : shards) +
                 "; checkpoints purged: " + std::to_string(r.purged_checkpoints) + "; unlearning took " +
                 std::to_string(r.seconds) + " s" + (r.note.empty() ? "" : "\n  note: " + r.note));
        return 0;
    }
};

// methods: the unlearning-method registry (no project needed)
struct MethodsCommand : Command {
    MethodsCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("methods", "list the unlearning methods with their parameters and defaults");
        opens_project = false;
        add_common(sub, false);
    }
    int run(Env &env, Project *) override {
        std::string h;
        for (const auto &m : unlearning_methods()) {
            h += m.name + " (" + to_string(m.kind) + (m.needs_sisa ? ", SISA ensembles only" : "") +
                 (m.needs_update_log ? ", needs a run trained with record_updates" : "") + ")\n  " + m.summary + "\n";
            for (const auto &[k, v] : m.defaults.items())
                h += "    --param " + k + "=" + v.dump() + "  " + m.help.value(k, std::string()) + "\n";
        }
        if (!h.empty()) h.pop_back();
        emit(env.c, json{{"methods", methods_json()}}, h);
        return 0;
    }
};

struct AuditCommand : Command {
    AuditJobOptions ao; // issue 5: statistics, reference attacks, verdicts (docs/audit.md)
    ExecutorFlags ex;
    std::string scores_csv, attack_csv;
    AuditCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("audit", "accuracy and membership-inference audit of a model");
        auto *au = sub;
        AuditOptions &aopt = ao.audit;
        add_common(au, true);
        au->add_option("--model", ao.model_id, "model id (default with --job: the job's output)");
        au->add_option("--baseline", ao.baseline_id, "a model to compare with (e.g. the one before unlearning)");
        au->add_option("--reference", ao.reference_id, "a retrained reference model");
        au->add_option("--job", ao.job_id, "a forget job: its records are the forget set, its input the baseline");
        au->add_option("--subject", ao.selection.subjects, "forget set by subject (without --job)");
        au->add_option("--records", ao.selection.records_file, "forget set from a file of record ids (without --job)");
        au->add_option("--query", ao.selection.query, "forget set by filter (without --job)");
        au->add_option("--scores-csv", scores_csv, "also write the per-example scores to this CSV file");
        au->add_option("--device", ao.device, "auto | cpu | cuda[:N]")->capture_default_str();
        au->add_option("--references", ao.references,
                       "build (or reuse) a reference pool of K models first, then run LiRA, "
                       "RMIA and the per-example tests (0: use an existing pool if one matches)");
        au->add_option("--pool", ao.pool_id,
                       "reference pool id to use (default: the newest complete one that matches)");
        au->add_flag("--no-references", ao.no_references, "skip the reference-model attacks even when a pool exists");
        au->add_option("--bootstrap", aopt.bootstrap.resamples, "bootstrap resamples of every interval (0: none)")
            ->capture_default_str();
        au->add_option("--bootstrap-seed", aopt.bootstrap.seed, "seed of the bootstrap")->capture_default_str();
        au->add_option("--z-fail", aopt.verdict.z_fail, "subject fails when its combined z reaches this")
            ->capture_default_str();
        au->add_option("--z-power", aopt.verdict.z_power,
                       "a pass needs the test to reach this z on a remembering model")
            ->capture_default_str();
        au->add_option("--top", aopt.top_exposed, "most exposed forget records listed")->capture_default_str();
        au->add_option("--attack-scores-csv", attack_csv,
                       "also write the per-record exposure / LiRA / RMIA scores here");
        ex.add(au);
    }

    static std::string text(const AuditJobResult &r) {
        const json &out = r.out;
        std::string h = "audit " + std::to_string(r.audit_id) + " of model " + std::to_string(r.model_id) +
                        ": accuracy retain " + pct(out["accuracy"]["retain"]) + ", forget " +
                        pct(out["accuracy"]["forget"]) + ", test " + pct(out["accuracy"]["test"]);
        if (out["mia"].is_object())
            h += "\n  loss attack (forget vs test): AUC " + std::to_string(out["mia"]["loss"]["auc"].get<double>()) +
                 ", TPR@1%FPR " + pct(out["mia"]["loss"]["tpr_at_1pct_fpr"]);
        if (out.contains("baseline"))
            h += "\n  baseline model " + std::to_string(r.baseline_id) + ": forget accuracy " +
                 pct(out["baseline"]["accuracy"]["forget"]) + ", test " + pct(out["baseline"]["accuracy"]["test"]);
        if (out["mia"].is_object() && out["mia"].contains("lira_offline"))
            h += "\n  LiRA offline (" + std::to_string(out["references"]["k"].get<int>()) + " reference models): AUC " +
                 std::to_string(out["mia"]["lira_offline"]["auc"].get<double>()) + ", TPR@0.1%FPR " +
                 pct(out["mia"]["lira_offline"]["tpr_at_0_1pct_fpr"]);
        if (out["mia_efficacy"].is_object()) h += "\n  MIA-Efficacy " + pct(out["mia_efficacy"]["value"]);
        if (out["verdict"].is_object())
            h += "\n  per-subject test of this audit: " + out["verdict"]["case"].get<std::string>() + " (" +
                 std::to_string(out["verdict"]["n_pass"].get<int>()) + " pass, " +
                 std::to_string(out["verdict"]["n_fail"].get<int>()) + " fail, " +
                 std::to_string(out["verdict"]["n_inconclusive"].get<int>()) + " inconclusive subjects)";
        return h;
    }

    int run(Env &env, Project *project) override {
        const auto executor = project_executor(*project, ex.choice());
        ao.executor = executor.get();
        const auto r = audit_job(*project, ao, env.rc, [](const ReferencePoolResult &p) {
            end_progress_line();
            std::cerr << "lethe: reference pool " << p.pool_id << ": " << p.k << " models (" << p.trained_now
                      << " trained now, " << p.reused << " reused)\n";
        });
        end_progress_line();
        if (!scores_csv.empty())
            write_file_atomic(scores_csv, with_record_keys(*project, audit_scores_csv(*project, r.audit_id)));
        if (!attack_csv.empty())
            write_file_atomic(attack_csv, with_record_keys(*project, audit_attack_scores_csv(*project, r.audit_id)));
        emit(env.c, r.out, text(r));
        return 0;
    }
};

// references: the reference-model pool of LiRA and RMIA
struct ReferencesBuildCommand : Command {
    ReferencePoolOptions ropt;
    ExecutorFlags ex;
    int64_t model = 0;
    ReferencesBuildCommand(CLI::App *refs, Common &c, AddCommon add_common) {
        sub = refs->add_subcommand("build", "train (or finish) a pool of K reference models on random halves");
        add_common(sub, true);
        sub->add_option("--k", ropt.k, "number of reference models (even)")->capture_default_str();
        sub->add_option("--seed", ropt.seed, "seed of the halves and of the trainings")->capture_default_str();
        sub->add_option("--model", model, "copy this model's training config (default: newest live trained)");
        sub->add_option("--device", ropt.device, "auto | cpu | cuda[:N]")->capture_default_str();
        ex.add(sub);
    }
    int run(Env &env, Project *project) override {
        if (model) ropt.model_id = model;
        const auto executor = project_executor(*project, ex.choice());
        ropt.executor = executor.get();
        const auto r = build_reference_pool(*project, ropt, env.rc);
        end_progress_line();
        std::string text = "reference pool " + std::to_string(r.pool_id) + ": " + std::to_string(r.k) + " models (" +
                           std::to_string(r.trained_now) + " trained now" +
                           (r.executor == "local" ? "" : " on " + r.executor) + ", " + std::to_string(r.reused) +
                           " reused) in " + std::to_string(int(r.seconds)) + " s";
        if (r.retried) text += "\n  " + std::to_string(r.retried) + " task(s) failed once and ran again";
        for (const auto &why : r.refused) text += "\n  " + why + " (trained again)";
        emit(env.c, r.to_json(), text);
        return 0;
    }
};

// worker run: one work unit, on a cluster node (or anywhere the project is mounted).
struct WorkerRunCommand : Command {
    std::string unit;
    WorkerRunCommand(CLI::App *worker, Common &c, AddCommon add_common) {
        sub = worker->add_subcommand("run", "run one work unit (a reference model, a shard retrain, an audit's scoring "
                                            "pass): writes its outputs and result.json beside the unit file, never "
                                            "the lineage database");
        opens_project = false;
        add_common(sub, false);
        sub->add_option("UNIT", unit, "the unit file (unit.json)")->required();
    }
    int run(Env &env, Project *) override {
        const auto r = run_work_unit(unit, env.rc);
        end_progress_line();
        emit(env.c, r, "unit done: " + unit + " (" + std::to_string(int(r.value("seconds", 0.0))) + " s)");
        return 0;
    }
};

struct ReferencesListCommand : Command {
    ReferencesListCommand(CLI::App *refs, Common &c, AddCommon add_common) {
        sub = refs->add_subcommand("list", "list the project's reference pools");
        add_common(sub, true);
    }
    int run(Env &env, Project *project) override {
        const auto pools = reference_pools_json(*project);
        std::string h;
        for (const auto &p : pools)
            h += std::to_string(p["id"].get<int64_t>()) + "  K=" + std::to_string(p["k"].get<int>()) + "  " +
                 p["state"].get<std::string>() + "  " + std::to_string(p["models_done"].get<int>()) + " done\n";
        emit(env.c, json{{"pools", pools}}, h.empty() ? "no reference pools" : h);
        return 0;
    }
};

struct VerifyCommand : Command {
    VerifyCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("verify", "recompute the audit-log chain and every artifact's hash");
        add_common(sub, true);
    }
    int run(Env &env, Project *project) override {
        const auto r = verify_project(*project);
        std::string text = r.ok ? "verified: " + std::to_string(r.log_entries) + " log entries, " +
                                      std::to_string(r.files) + " files, " + std::to_string(r.audits) + " audits"
                                : "FAILED: " + r.first_failure;
        for (const auto &f : r.findings) text += "\nfinding: " + f;
        emit(env.c, r.to_json(), text);
        if (r.ok) return 0;
        std::cerr << "lethe verify: " << r.first_failure << "\n";
        return 2;
    }
};

// Who may read the project: its owner alone, or a group on purpose.
struct ShareCommand : Command {
    std::string group;
    bool make_private = false;
    ShareCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("share", "share the project with a group on purpose (it may read, not write), "
                                          "or make it its owner's alone again");
        add_common(sub, true);
        auto *g = sub->add_option("--group", group, "the group that may read the project");
        sub->add_flag("--private", make_private, "only the owner may read the project (0700 folders, 0600 files)")
            ->excludes(g);
    }
    int run(Env &env, Project *project) override {
        if (group.empty() && !make_private) usage_error("give --group NAME or --private");
        project->share_with_group(make_private ? std::string() : group);
        emit(env.c, json{{"shared_group", make_private ? json(nullptr) : json(group)}},
             make_private ? "the project is its owner's alone: folders 0700, files 0600"
                          : "the project is shared with group '" + group + "': it may read, not write");
        return 0;
    }
};

struct ModelsCommand : Command {
    ModelsCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("models", "list the project's models");
        add_common(sub, true);
    }
    int run(Env &env, Project *project) override {
        const auto ms = models_json(*project);
        std::string h;
        for (const auto &m : ms)
            h += std::to_string(m["id"].get<int64_t>()) + "  " + m["kind"].get<std::string>() + "  " +
                 m["origin"].get<std::string>() + "  " + m["state"].get<std::string>() + "  test " +
                 pct(m["test_accuracy"]) + "\n";
        emit(env.c, json{{"models", ms}}, h);
        return 0;
    }
};

// requests add | show | update | close: one case, printed after the change.
struct RequestCommand : Command {
    CLI::App *add = nullptr, *show = nullptr, *update = nullptr, *close = nullptr, *redact = nullptr;
    bool redact_on_close = false;
    int64_t id = 0;
    NewCase created;
    std::string ref, subject, received, ground, refuse, reason, note, override_reason;
    int extend = 0;
    RequestCommand(CLI::App *rq, Common &c, AddCommon add_common) {
        add = rq->add_subcommand("add", "open a case: the deadline follows Art. 12(3) (one month)");
        add_common(add, true);
        add->add_option("--case-ref", created.case_ref, "the case reference, e.g. DPO-2026-0002")->required();
        add->add_option("--subject", created.subject, "the data subject's pseudonym");
        add->add_option("--received", created.received_at, "date received, YYYY-MM-DD (default: today)");
        add->add_option("--ground", created.ground, "the Art. 17(1) ground");
        add->add_option("--months", created.rule.months, "months to answer under the jurisdiction's rule")
            ->capture_default_str();
        show = rq->add_subcommand("show", "one case: status, deadline, days left and the verdict with its findings");
        add_common(show, true);
        show->add_option("--request", id, "request id")->required();
        update =
            rq->add_subcommand("update", "edit a case, extend its deadline (Art. 12(3)) or refuse it (Art. 12(4))");
        add_common(update, true);
        update->add_option("--request", id, "request id")->required();
        update->add_option("--case-ref", ref, "new case reference");
        update->add_option("--subject", subject, "new subject pseudonym");
        update->add_option("--received", received, "new date received, YYYY-MM-DD (the deadline follows)");
        update->add_option("--ground", ground, "new Art. 17(1) ground");
        update->add_option("--extend", extend, "extend the deadline by this many months (at most 2 in all)");
        update->add_option("--reason", reason, "why the deadline is extended (told to the subject)");
        update->add_option("--refuse", refuse, "refuse the request, with this reason (Art. 12(4))");
        close = rq->add_subcommand("close", "answer a case: refused while a finding is open unless --override");
        add_common(close, true);
        close->add_option("--request", id, "request id")->required();
        close->add_option("--note", note, "what was done and what the subject is told")->required();
        close->add_option("--override", override_reason, "close despite open findings, for this recorded reason");
        close->add_flag("--redact", redact_on_close,
                        "then redact the subject's raw records from this project's own copies (docs/security.md)");
        redact = rq->add_subcommand("redact", "redact an answered case's subject's raw records from this project's "
                                              "own dataset copies; their hashes, scores and reports stay");
        add_common(redact, true);
        redact->add_option("--request", id, "request id")->required();
        sub = rq;
    }
    bool given() const override {
        return add->parsed() || show->parsed() || update->parsed() || close->parsed() || redact->parsed();
    }

    RequestRow apply_update(Lineage &lin) const {
        if (!refuse.empty() && extend) usage_error("--refuse and --extend: choose one");
        if (extend && reason.empty()) usage_error("--extend needs --reason (told to the subject)");
        CaseEdit e;
        if (!ref.empty()) e.case_ref = ref;
        if (!subject.empty()) e.subject = subject;
        if (!received.empty()) e.received_at = received;
        if (!ground.empty()) e.ground = ground;
        const bool edits = e.case_ref || e.subject || e.received_at || e.ground;
        if (!edits && refuse.empty() && !extend)
            usage_error("nothing to update: give --case-ref, --subject, --received, --ground, --extend or --refuse");
        RequestRow r = case_row(lin, id);
        if (edits) r = edit_case(lin, id, e);
        if (extend) r = extend_case(lin, id, extend, reason);
        if (!refuse.empty()) r = refuse_case(lin, id, refuse);
        return r;
    }

    int run(Env &env, Project *project) override {
        auto &lin = project->lineage();
        if (close->parsed() && redact_on_close) check_redactable(*project, id); // before the case is closed
        const RequestRow r = add->parsed()      ? add_case(lin, created)
                             : update->parsed() ? apply_update(lin)
                             : close->parsed()  ? answer_case(lin, id, note, override_reason)
                                                : case_row(lin, id);
        std::optional<RedactionResult> red;
        if (redact->parsed() || (close->parsed() && redact_on_close)) red = redact_case(*project, r.id);
        const json cj = case_json(lin, r.id);
        std::string h = cj["case_ref"].get<std::string>() + " (request " + std::to_string(r.id) + ", subject " +
                        (r.subject_pseudonym.empty() ? std::string("none") : r.subject_pseudonym) +
                        "): " + cj["status_words"].get<std::string>() + ", deadline " + r.deadline_at + " (" +
                        std::to_string(cj["days_left"].get<int64_t>()) + " days left)";
        if (!r.decision_note.empty()) h += "\n  decided " + r.decided_at + ": " + r.decision_note;
        if (!r.override_reason.empty()) h += "\n  closed over open findings: " + r.override_reason;
        h += "\n" + case_verdict_text(cj["verdict"]);
        json out = {{"case", cj}};
        if (red) {
            out["redaction"] = red->to_json();
            h += red->records ? "\nredacted " + std::to_string(red->records) +
                                    " record(s) of the subject from this project's copies (" +
                                    std::to_string(red->files.size()) + " file(s) rewritten or removed); " +
                                    "their SHA-256, scores and reports stay"
                              : "\nnothing left to redact: " + std::to_string(red->already) +
                                    " record(s) were redacted on " + red->redacted_at;
        }
        emit(env.c, out, h);
        return 0;
    }
};

// requests (no subcommand): every case of the project.
struct RequestsListCommand : Command {
    const RequestCommand &one;
    RequestsListCommand(CLI::App *rq, const RequestCommand &request) : one(request) { sub = rq; }
    bool given() const override { return sub->parsed() && !one.given(); }
    int run(Env &env, Project *project) override {
        json arr = json::array();
        std::string h;
        for (const auto &r : project->lineage().requests()) {
            const auto st = r.status;
            const int64_t left = days_between(today_iso(), r.deadline_at);
            arr.push_back({{"id", r.id},
                           {"case_ref", r.case_ref},
                           {"subject", r.subject_pseudonym},
                           {"received_at", r.received_at},
                           {"deadline_at", r.deadline_at},
                           {"ground", r.ground},
                           {"status", r.status},
                           {"days_left", left}});
            h += std::to_string(r.id) + "  " + r.case_ref + "  " + r.subject_pseudonym + "  received " + r.received_at +
                 "  deadline " + r.deadline_at +
                 (case_is_closed(st) ? std::string() : " (" + std::to_string(left) + " days left)") + "  " +
                 status_words(st) + "\n";
        }
        emit(env.c, json{{"requests", arr}}, h.empty() ? "no erasure requests" : h);
        return 0;
    }
};

// investigate: the headless main job on one open request
struct InvestigateCommand : Command {
    InvestigateOptions io;
    std::string out;
    int64_t request = 0;
    InvestigateCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("investigate",
                                 "the whole case headless: forget the open request's subject, audit before and "
                                 "after, verify, write the PDF report");
        add_common(sub, true);
        sub->add_option("--request", request, "the case to investigate (default: the oldest one not closed)");
        sub->add_option("--method", io.method,
                        "exact method for the SISA ensembles in scope: sisa (default) | retrain");
        sub->add_option("--approximate", io.approximate,
                        "approximate method for the monolithic models in scope, compared with the exact job on the "
                        "ensemble ('none': retrain them exactly)")
            ->capture_default_str();
        sub->add_option("--references", io.references,
                        "reference models per pool for LiRA / RMIA and the per-subject verdicts (0: none); a pool is "
                        "built, or reused, for each audited model's training configuration")
            ->capture_default_str();
        sub->add_option("--out", out, "PDF report of the case (default: PROJECT/reports/CASE.pdf)");
        sub->add_option("--device", io.device, "auto | cpu | cuda[:N]")->capture_default_str();
        ex.add(sub);
    }
    ExecutorFlags ex;

    // The case's PDF through lethe-report: --out, or the case's default name.
    void hand_reports_to(const std::string &tool, Project &project) {
        io.write_report = [this, tool, &project](int64_t request_id) {
            const std::string pdf = !out.empty()
                                        ? out
                                        : project.root() + "/reports/" +
                                              file_stem(case_row(project.lineage(), request_id).case_ref) + ".pdf";
            end_progress_line();
            if (render_report(tool, project.root(), "--request", request_id, pdf)) return pdf;
            std::cerr << "lethe: the PDF report of the case could not be written (see above)\n";
            return std::string();
        };
    }

    static std::string text(const InvestigateResult &res, const json &j, const std::string &root) {
        std::string h = "case " + res.request.case_ref + " (subject " + res.request.subject_pseudonym + ")";
        for (const auto &p : res.pools)
            h += "\n  reference pool " + std::to_string(p["pool_id"].get<int64_t>()) + " for model " +
                 std::to_string(p["model_id"].get<int64_t>()) + ": K=" + std::to_string(p["k"].get<int>()) + " (" +
                 std::to_string(p["trained_now"].get<int>()) + " trained now)";
        for (const auto &n : res.notes) h += "\n  note: " + n;
        for (const auto &job : res.jobs) {
            const auto &fr = job.forget;
            h += "\n" + fr.method + " (job " + std::to_string(fr.job_id) + ", model " +
                 std::to_string(fr.input_model_id) + " -> " + std::to_string(fr.output_model_id) +
                 "): " + std::to_string(fr.forgotten_records) + " records forgotten in " +
                 std::to_string(int(fr.seconds + 0.5)) + " s";
            if (job.before.is_object() && job.after.is_object())
                h += "\n  forget-set accuracy " + pct(job.before["accuracy"]["forget"]) + " -> " +
                     pct(job.after["accuracy"]["forget"]) + ", test accuracy " + pct(job.before["accuracy"]["test"]) +
                     " -> " + pct(job.after["accuracy"]["test"]);
        }
        h += "\nreport: " + (res.report.empty() ? std::string("not written") : res.report);
        h += "\nverify: " + (res.verify.ok ? std::string("ok") : res.verify.first_failure);
        h += "\n" + case_verdict_text(j["case"]["verdict"]);
        h += "\nThe case stays " + j["case"]["status_words"].get<std::string>() +
             " until you close it: lethe requests close --project " + root + " --request " +
             std::to_string(res.request.id) + " --note \"...\"";
        return h;
    }

    int run(Env &env, Project *project) override {
        if (request) io.request_id = request;
        const auto executor = project_executor(*project, ex.choice());
        io.executor = executor.get();
        const std::string tool = find_report_tool(env.argv0);
        if (tool.empty())
            std::cerr << "lethe: no PDF: " << report_tool_missing() << "\n";
        else
            hand_reports_to(tool, *project);
        const auto res = investigate(*project, io, env.rc);
        end_progress_line();
        const json j = res.to_json();
        emit(env.c, j, text(res, j, project->root()));
        return res.verify.ok ? 0 : 2;
    }
};

// report: rendered by lethe-report (Qt, offscreen), installed beside this
// program by the workbench build; the CLI itself links no Qt. Run before
// torch is set up: the program is replaced by lethe-report.
struct ReportCommand : Command {
    int64_t job = 0, request = 0;
    std::string out;
    ReportCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("report", "write the PDF report of a case (--request) or of one forget job (--job)");
        opens_project = false;
        add_common(sub, true);
        auto *r =
            sub->add_option("--request", request,
                            "request (case) id: one report of every model and job of the case, for the regulator");
        auto *j = sub->add_option("--job", job, "forget job id: the report of that job alone");
        r->excludes(j);
        sub->add_option("--out", out, "PDF file to write")->required();
    }
    int run(Env &env, Project *) override {
        if (!request && !job) { // run before main()'s handlers: said here
            std::cerr << "lethe report: --request ID (the case report) or --job ID is required\n";
            return 1;
        }
        const std::string tool = find_report_tool(env.argv0);
        if (!tool.empty()) {
            std::vector<std::string> args = {tool,
                                             "--project",
                                             env.c.project,
                                             request ? "--request" : "--job",
                                             std::to_string(request ? request : job),
                                             "--out",
                                             out};
            if (env.c.json) args.push_back("--json");
            std::vector<char *> cargs;
            for (auto &a : args) cargs.push_back(a.data());
            cargs.push_back(nullptr);
            ::execv(tool.c_str(), cargs.data());
        }
        std::cerr << "lethe: " << report_tool_missing() << "\n";
        return 3;
    }
};

// keys: the signing key of this user (outside every project), created on
// first use; export-public writes its public half for a regulator; import
// makes another's public key trusted for verify-bundle.
struct KeysCommand : Command {
    CLI::App *show = nullptr, *export_pub = nullptr, *import = nullptr;
    std::string out, file;
    KeysCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("keys", "the signing key of reports and evidence bundles (Ed25519)");
        sub->require_subcommand(1);
        opens_project = false;
        show = sub->add_subcommand("show", "the signing key's fingerprint and where it is kept (created on first use)");
        export_pub = sub->add_subcommand("export-public", "write the public key, for whoever verifies the bundles");
        export_pub->add_option("--out", out, "file to write (default: stdout)");
        import = sub->add_subcommand("import", "trust another's public key (lethe keys export-public of theirs)");
        import->add_option("FILE", file, "the public key file")->required();
        for (auto *x : {show, export_pub, import}) add_common(x, false);
    }
    int run(Env &env, Project *) override {
        if (show->parsed()) {
            const auto k = signing_key_info();
            emit(env.c, k.to_json(),
                 std::string(k.created ? "created a signing key\n" : "") + "fingerprint: " + k.fingerprint +
                     "\nkept in:     " + k.path + (k.sealed ? " (sealed with a passphrase)" : "") +
                     "\nholder:      " + k.label + "\ncreated:     " + k.created_at);
            return 0;
        }
        if (export_pub->parsed()) {
            const std::string text = signing_public_key();
            if (out.empty()) {
                std::cout << text;
                return 0;
            }
            write_file_atomic(out, text);
            const auto k = signing_key_info();
            emit(env.c, {{"public_key_file", out}, {"fingerprint", k.fingerprint}},
                 "public key written: " + out + " (fingerprint " + k.fingerprint + ")");
            return 0;
        }
        const auto k = import_public_key_file(file);
        emit(env.c, k.to_json(), "trusted: key " + k.fingerprint + " (" + k.label + "), kept in " + k.path);
        return 0;
    }
};

// export-evidence: the case's signed bundle, with the case's PDF report
// rendered by lethe-report.
struct ExportEvidenceCommand : Command {
    EvidenceOptions o;
    bool no_reports = false;
    ExportEvidenceCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("export-evidence", "write the signed evidence bundle of a case (tar.gz)");
        add_common(sub, true);
        sub->add_option("--request", o.request_id, "request (case) id")->required();
        sub->add_option("--out", o.out_path, "bundle file to write, e.g. case.tar.gz")->required();
        sub->add_flag("--no-reports", no_reports, "leave the PDF reports out (no lethe-report at hand)");
    }
    int run(Env &env, Project *project) override {
        prepare_bundle_path(o.out_path);
        case_row(project->lineage(), o.request_id); // a case that does not exist: said before any report
        if (!no_reports) {
            const std::string tool = find_report_tool(env.argv0);
            if (tool.empty()) usage_error(report_tool_missing() + "; --no-reports writes the bundle without them");
            // A fresh private folder (mkdtemp: 0700, never one that was there before).
            std::string tmpl = (std::filesystem::temp_directory_path() / "lethe-evidence-XXXXXX").string();
            if (!::mkdtemp(tmpl.data())) internal_error("no temporary folder for the reports: " + tmpl);
            const std::filesystem::path dir = tmpl;
            const std::string name = "case-" + file_stem(case_row(project->lineage(), o.request_id).case_ref) + ".pdf";
            const std::string pdf = (dir / "case.pdf").string();
            if (!render_report(tool, env.c.project, "--request", o.request_id, pdf)) {
                std::filesystem::remove_all(dir);
                bad_input("the case report could not be written (see above)");
            }
            o.reports.emplace_back(name, read_file(pdf));
            std::filesystem::remove_all(dir);
        }
        const auto r = export_evidence(*project, o);
        emit(env.c, r.to_json(),
             "evidence bundle written: " + r.path + "\n  case " + r.case_ref + ", " + std::to_string(r.audits) +
                 " audit(s), " + std::to_string(r.log_entries) + " log entries, " + std::to_string(r.members.size()) +
                 " members\n  signed by key " + r.fingerprint + "\n  SHA-256 " + r.sha256);
        return 0;
    }
};

// verify-bundle: offline, no project; exit 0 when everything holds, 2 otherwise.
struct VerifyBundleCommand : Command {
    std::string file, key;
    VerifyBundleCommand(CLI::App &app, Common &c, AddCommon add_common) {
        sub = app.add_subcommand("verify-bundle", "check an evidence bundle offline: signature, hashes, log chain and "
                                                  "every figure recomputed");
        opens_project = false;
        add_common(sub, false);
        sub->add_option("FILE", file, "the bundle (lethe export-evidence), or a report PDF with its .sig beside it")
            ->required();
        sub->add_option("--public-key", key, "the signer's public key file (lethe keys export-public)");
    }
    int run(Env &env, Project *) override {
        // A report (a PDF with its .sig beside it) or a bundle (tar.gz).
        char head[4] = {};
        std::ifstream(file, std::ios::binary).read(head, sizeof head); // unreadable: the verifier says so
        const bool pdf = std::string(head, sizeof head) == "%PDF";
        const auto r = pdf ? verify_signed_file(file, key) : verify_bundle(file, key);
        std::string h = r.ok ? "VERIFIED: " + file : "FAILED: " + r.first_failure;
        for (const auto &c : r.checks)
            h += std::string("\n  [") + (c.ok ? "ok" : "FAIL") + "] " + c.what + ": " + c.detail;
        if (!r.not_checked.empty()) h += "\n  not checked:";
        for (const auto &n : r.not_checked) h += "\n   - " + n;
        emit(env.c, r.to_json(), h);
        if (r.ok) return 0;
        std::cerr << "lethe verify-bundle: " << r.first_failure << "\n";
        return 2;
    }
};

int exit_code(const Error &e) {
    switch (e.code()) {
    case ErrorCode::Usage: return 1;
    case ErrorCode::BadInput: return 2;
    case ErrorCode::Cancelled: return 130;
    default: return 3;
    }
}

// Runs the given command: torch set up, the project opened where it needs
// one; every error becomes one line on stderr and the exit status.
int run_command(Command &cmd, Env &env, int threads) {
    try {
        tune_memory_allocator();
        set_compute_threads(threads);
        env.rc = terminal_control();
        std::unique_ptr<Project> project;
        if (cmd.opens_project) {
            if (env.c.project.empty()) usage_error("--project is required: the project folder");
            project = open_project(env.c.project, false);
        }
        return cmd.run(env, project.get());
    } catch (const Error &e) {
        end_progress_line();
        std::cerr << "lethe: " << user_message(e) << "\n";
        return exit_code(e);
    } catch (const std::exception &e) {
        end_progress_line();
        std::cerr << "lethe: " << user_message(e) << "\n";
        return 3;
    }
}

} // namespace

int main(int argc, char **argv) {
    std::signal(SIGINT, on_sigint);
    CLI::App app{"lethe: audit machine unlearning from the command line.\n"
                 "Exit status: 0 success, 1 usage, 2 bad input, 3 internal error, 130 cancelled.",
                 "lethe"};
    app.require_subcommand(1);
    app.fallthrough();
    app.set_version_flag("--version", "lethe 0.1.0");
    int threads = 0;
    app.add_option("--threads", threads, "CPU threads for torch (default: torch's own, OMP_NUM_THREADS)");
    Common c;
    const AddCommon add_common = [&c](CLI::App *sub, bool needs_project) {
        auto *o = sub->add_option("--project", c.project, "project folder");
        if (needs_project) o->required();
        sub->add_flag("--json", c.json, "print one JSON object on stdout");
    };

    // In the order of `lethe --help`.
    DemoInitCommand demo(app, c, add_common);
    ImportCommand import(app, c, add_common);
    ExportLineageCommand export_lineage_cmd(app, c, add_common);
    TrainCommand train(app, c, add_common);
    ForgetCommand forget_cmd(app, c, add_common);
    MethodsCommand methods(app, c, add_common);
    AuditCommand audit(app, c, add_common);
    auto *refs = app.add_subcommand("references", "the reference-model pool for LiRA / RMIA audits");
    refs->require_subcommand(1);
    ReferencesBuildCommand refs_build(refs, c, add_common);
    ReferencesListCommand refs_list(refs, c, add_common);
    auto *worker = app.add_subcommand("worker", "run work units on a cluster node (docs/cluster.md)");
    worker->require_subcommand(1);
    WorkerRunCommand worker_run(worker, c, add_common);
    VerifyCommand verify(app, c, add_common);
    ShareCommand share(app, c, add_common);
    ModelsCommand models(app, c, add_common);
    // requests: the erasure requests (cases) of a project and their lifecycle
    auto *rq = app.add_subcommand("requests", "the project's erasure requests (cases): list them, or add, show, "
                                              "update and close one");
    add_common(rq, false); // required on `requests` itself and on each of its subcommands (run_command)
    RequestCommand request(rq, c, add_common);
    RequestsListCommand requests(rq, request);
    InvestigateCommand investigate_cmd(app, c, add_common);
    ReportCommand report(app, c, add_common);
    ExportEvidenceCommand export_evidence_cmd(app, c, add_common);
    VerifyBundleCommand verify_bundle_cmd(app, c, add_common);
    KeysCommand keys(app, c, add_common);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : 1;
    }
    Env env{c, {}, argv[0]};
    if (report.given()) return report.run(env, nullptr); // execs lethe-report, before torch is touched
    for (Command *cmd : std::initializer_list<Command *>{&methods, &demo, &import, &export_lineage_cmd, &train,
                                                         &forget_cmd, &audit, &refs_build, &refs_list, &worker_run,
                                                         &verify, &request, &requests, &investigate_cmd, &models,
                                                         &export_evidence_cmd, &verify_bundle_cmd, &keys, &share})
        if (cmd->given()) return run_command(*cmd, env, threads);
    return 0;
}
