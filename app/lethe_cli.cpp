// lethe: the headless face of the engine (DESIGN section 7). Every command
// takes --json for one JSON object on stdout; messages go to stderr.
// Exit status: 0 success, 1 usage, 2 bad input, 3 internal error,
// 130 cancelled (Ctrl-C).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "audit/audit.h"
#include "audit/reference_pool.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "jobs/cases.h"
#include "jobs/investigate.h"
#include "jobs/operations.h"
#include "model/threads.h"
#include "project/project.h"
#include "unlearn/registry.h"

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

json audit_view(Project &p, int64_t audit_id, const json &summary) {
    json b = audit_brief(summary);
    b["audit_id"] = audit_id;
    return b;
}

// The trained model a model descends from (itself when trained): the model
// whose training config a reference pool copies.
int64_t trained_ancestor(Lineage &lin, int64_t id) {
    for (auto m = lin.model(id); m.origin != "trained" && m.parent_model_id; m = lin.model(id)) id = *m.parent_model_id;
    return id;
}

// The stored audit of a model within a job, when there is one.
std::optional<AuditRow> stored_audit(Project &p, int64_t job_id, int64_t model_id) {
    for (const auto &a : p.lineage().audits(job_id))
        if (a.model_id == model_id) return a;
    return std::nullopt;
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
    auto add_common = [&](CLI::App *sub, bool needs_project) {
        auto *o = sub->add_option("--project", c.project, "project folder");
        if (needs_project) o->required();
        sub->add_flag("--json", c.json, "print one JSON object on stdout");
    };

    // demo init
    auto *demo = app.add_subcommand("demo", "the bundled demo project");
    demo->require_subcommand(1);
    auto *demo_init_cmd = demo->add_subcommand("init", "build the demo project from Debian's Fashion-MNIST");
    DemoOptions d;
    add_common(demo_init_cmd, false);
    demo_init_cmd->add_option("--subset", d.subset, "training images to use (0: all 60,000)");
    demo_init_cmd->add_option("--shards", d.shards, "SISA shards S")->capture_default_str();
    demo_init_cmd->add_option("--slices", d.slices, "SISA slices R per shard")->capture_default_str();
    demo_init_cmd->add_option("--epochs", d.epochs, "training epochs in all")->capture_default_str();
    demo_init_cmd->add_option("--seed", d.seed, "seed of subjects, sharding and training")->capture_default_str();
    demo_init_cmd->add_option("--device", d.device, "auto | cpu | cuda[:N]")->capture_default_str();
    demo_init_cmd->add_option("--arch", d.arch, "logreg | mlp | cnn")->capture_default_str();
    demo_init_cmd->add_option("--source", d.source_dir, "folder of the Fashion-MNIST IDX files")->capture_default_str();

    // import
    auto *imp =
        app.add_subcommand("import", "import a dataset with its manifest (record_id,subject,label,split,row), and "
                                     "optionally a TorchScript model; makes the project when --project does not exist");
    ImportOptions io;
    add_common(imp, true);
    imp->add_option("--manifest", io.manifest, "manifest CSV")->required();
    imp->add_option("--data", io.data, "data file: IDX images or CSV")->required();
    imp->add_option("--labels", io.labels, "IDX labels file (idx format)");
    imp->add_option("--format", io.format, "idx | csv (default: from the file name)");
    imp->add_option("--name", io.name, "dataset name");
    imp->add_option("--model", io.model,
                    "a TorchScript model (torch.jit.save) trained on the manifest's train records: checked on the "
                    "data and registered as model arch 'torchscript'");

    // train
    auto *tr = app.add_subcommand("train", "train a model on the project's training records");
    TrainConfig tc;
    add_common(tr, true);
    tr->add_option("--arch", tc.arch,
                   "logreg | mlp | cnn | torchscript (the imported model's architecture, re-initialised)")
        ->capture_default_str();
    tr->add_option("--shards", tc.shards, "SISA shards S (1: monolithic)")->capture_default_str();
    tr->add_option("--slices", tc.slices, "SISA slices R per shard")->capture_default_str();
    tr->add_option("--epochs", tc.epochs, "epochs in all; stage r gets 2e/(R+1)")->capture_default_str();
    tr->add_option("--batch-size", tc.batch_size)->capture_default_str();
    tr->add_option("--lr", tc.lr, "SGD learning rate")->capture_default_str();
    tr->add_option("--seed", tc.seed)->capture_default_str();
    tr->add_option("--shard-policy", tc.shard_policy, "subject | random")->capture_default_str();
    tr->add_option("--aggregation", tc.aggregation, "mean (softmax) | vote")->capture_default_str();
    tr->add_option("--device", tc.device, "auto | cpu | cuda[:N]")->capture_default_str();
    tr->add_flag("--record-updates", tc.record_updates,
                 "record each batch's parameter update with the record ids it held (needed by amnesiac)");

    // forget
    auto *fg = app.add_subcommand("forget", "unlearn the selected records; writes a new model version");
    ForgetOptions fo;
    int64_t fmodel = 0, frequest = 0;
    add_common(fg, true);
    fg->add_option("--subject", fo.selection.subjects, "subject pseudonym (repeatable)");
    fg->add_option("--records", fo.selection.records_file, "file of record ids, one per line");
    fg->add_option("--query", fo.selection.query, "filter, e.g. \"label = 3 and source = 'app'\"");
    std::vector<std::string> fparams;
    fg->add_option("--method", fo.method, "a method of `lethe methods`: " + method_names())->required();
    fg->add_option("--param", fparams, "method parameter key=value (repeatable; see `lethe methods`)");
    fg->add_option("--model", fmodel, "input model id (default: the newest live one that suits the method)");
    fg->add_option("--request", frequest, "erasure request id this job serves");
    fg->add_option("--device", fo.device, "auto | cpu | cuda[:N]")->capture_default_str();
    fg->add_flag("!--no-audit", fo.audit, "skip the before/after audit");
    fg->add_flag("--keep-input", fo.keep_input, "keep the input model's files (stale checkpoints are still purged)");

    // methods: the unlearning-method registry (no project needed)
    auto *me = app.add_subcommand("methods", "list the unlearning methods with their parameters and defaults");
    add_common(me, false);

    // audit
    auto *au = app.add_subcommand("audit", "accuracy and membership-inference audit of a model");
    int64_t amodel = 0, abaseline = 0, areference = 0, ajob = 0;
    Selection asel;
    std::string scores_csv, adevice = "auto";
    add_common(au, true);
    au->add_option("--model", amodel, "model id (default with --job: the job's output)");
    au->add_option("--baseline", abaseline, "a model to compare with (e.g. the one before unlearning)");
    au->add_option("--reference", areference, "a retrained reference model");
    au->add_option("--job", ajob, "a forget job: its records are the forget set, its input the baseline");
    au->add_option("--subject", asel.subjects, "forget set by subject (without --job)");
    au->add_option("--records", asel.records_file, "forget set from a file of record ids (without --job)");
    au->add_option("--query", asel.query, "forget set by filter (without --job)");
    au->add_option("--scores-csv", scores_csv, "also write the per-example scores to this CSV file");
    au->add_option("--device", adevice, "auto | cpu | cuda[:N]")->capture_default_str();
    AuditOptions aopt; // issue 5: statistics, reference attacks, verdicts (docs/audit.md)
    int arefs_k = 0;
    int64_t apool = 0;
    bool ano_refs = false;
    std::string attack_csv;
    au->add_option("--references", arefs_k,
                   "build (or reuse) a reference pool of K models first, then run LiRA, "
                   "RMIA and the per-example tests (0: use an existing pool if one matches)");
    au->add_option("--pool", apool, "reference pool id to use (default: the newest complete one that matches)");
    au->add_flag("--no-references", ano_refs, "skip the reference-model attacks even when a pool exists");
    au->add_option("--bootstrap", aopt.bootstrap.resamples, "bootstrap resamples of every interval (0: none)")
        ->capture_default_str();
    au->add_option("--bootstrap-seed", aopt.bootstrap.seed, "seed of the bootstrap")->capture_default_str();
    au->add_option("--z-fail", aopt.verdict.z_fail, "subject fails when its combined z reaches this")
        ->capture_default_str();
    au->add_option("--z-power", aopt.verdict.z_power, "a pass needs the test to reach this z on a remembering model")
        ->capture_default_str();
    au->add_option("--top", aopt.top_exposed, "most exposed forget records listed")->capture_default_str();
    au->add_option("--attack-scores-csv", attack_csv, "also write the per-record exposure / LiRA / RMIA scores here");

    // references: the reference-model pool of LiRA and RMIA
    auto *refs = app.add_subcommand("references", "the reference-model pool for LiRA / RMIA audits");
    refs->require_subcommand(1);
    auto *refs_build = refs->add_subcommand("build", "train (or finish) a pool of K reference models on random halves");
    auto *refs_list = refs->add_subcommand("list", "list the project's reference pools");
    ReferencePoolOptions ropt;
    int64_t rmodel = 0;
    add_common(refs_build, true);
    add_common(refs_list, true);
    refs_build->add_option("--k", ropt.k, "number of reference models (even)")->capture_default_str();
    refs_build->add_option("--seed", ropt.seed, "seed of the halves and of the trainings")->capture_default_str();
    refs_build->add_option("--model", rmodel, "copy this model's training config (default: newest live trained)");
    refs_build->add_option("--device", ropt.device, "auto | cpu | cuda[:N]")->capture_default_str();

    // verify, models
    auto *ve = app.add_subcommand("verify", "recompute the audit-log chain and every artifact's hash");
    add_common(ve, true);
    auto *ls = app.add_subcommand("models", "list the project's models");
    add_common(ls, true);

    // requests: the erasure requests (cases) of a project and their lifecycle
    auto *rq = app.add_subcommand("requests", "the project's erasure requests (cases): list them, or add, show, "
                                              "update and close one");
    add_common(rq, false); // required on `requests` itself and on each of its subcommands, checked below
    int64_t rq_id = 0;
    NewCase rq_new;
    std::string rq_ref, rq_subject, rq_received, rq_ground, rq_refuse, rq_reason, rq_note, rq_override;
    int rq_extend = 0;
    auto *rq_add = rq->add_subcommand("add", "open a case: the deadline follows Art. 12(3) (one month)");
    add_common(rq_add, true);
    rq_add->add_option("--case-ref", rq_new.case_ref, "the case reference, e.g. DPO-2026-0002")->required();
    rq_add->add_option("--subject", rq_new.subject, "the data subject's pseudonym");
    rq_add->add_option("--received", rq_new.received_at, "date received, YYYY-MM-DD (default: today)");
    rq_add->add_option("--ground", rq_new.ground, "the Art. 17(1) ground");
    rq_add->add_option("--months", rq_new.rule.months, "months to answer under the jurisdiction's rule")
        ->capture_default_str();
    auto *rq_show =
        rq->add_subcommand("show", "one case: status, deadline, days left and the verdict with its findings");
    add_common(rq_show, true);
    rq_show->add_option("--request", rq_id, "request id")->required();
    auto *rq_update =
        rq->add_subcommand("update", "edit a case, extend its deadline (Art. 12(3)) or refuse it (Art. 12(4))");
    add_common(rq_update, true);
    rq_update->add_option("--request", rq_id, "request id")->required();
    rq_update->add_option("--case-ref", rq_ref, "new case reference");
    rq_update->add_option("--subject", rq_subject, "new subject pseudonym");
    rq_update->add_option("--received", rq_received, "new date received, YYYY-MM-DD (the deadline follows)");
    rq_update->add_option("--ground", rq_ground, "new Art. 17(1) ground");
    rq_update->add_option("--extend", rq_extend, "extend the deadline by this many months (at most 2 in all)");
    rq_update->add_option("--reason", rq_reason, "why the deadline is extended (told to the subject)");
    rq_update->add_option("--refuse", rq_refuse, "refuse the request, with this reason (Art. 12(4))");
    auto *rq_close = rq->add_subcommand("close", "answer a case: refused while a finding is open unless --override");
    add_common(rq_close, true);
    rq_close->add_option("--request", rq_id, "request id")->required();
    rq_close->add_option("--note", rq_note, "what was done and what the subject is told")->required();
    rq_close->add_option("--override", rq_override, "close despite open findings, for this recorded reason");

    // investigate: the headless main job on one open request
    auto *inv = app.add_subcommand("investigate",
                                   "the whole case headless: forget the open request's subject, audit before and "
                                   "after, verify, write the PDF report");
    InvestigateOptions io_inv;
    std::string inv_out;
    int64_t inv_request = 0;
    add_common(inv, true);
    inv->add_option("--request", inv_request, "the case to investigate (default: the oldest one not closed)");
    inv->add_option("--method", io_inv.method,
                    "exact method for the SISA ensembles in scope: sisa (default) | retrain");
    inv->add_option("--approximate", io_inv.approximate,
                    "approximate method for the monolithic models in scope, compared with the exact job on the "
                    "ensemble ('none': retrain them exactly)")
        ->capture_default_str();
    inv->add_option("--references", io_inv.references,
                    "reference models per pool for LiRA / RMIA and the per-subject verdicts (0: none); a pool is "
                    "built, or reused, for each audited model's training configuration")
        ->capture_default_str();
    inv->add_option("--out", inv_out, "PDF report of the exact job (default: PROJECT/reports/CASE-jobN.pdf)");
    inv->add_option("--device", io_inv.device, "auto | cpu | cuda[:N]")->capture_default_str();

    // report: rendered by lethe-report (Qt, offscreen), installed beside this
    // program by the workbench build; the CLI itself links no Qt.
    auto *rp = app.add_subcommand("report", "write the PDF compliance report of a forget job");
    int64_t rjob = 0;
    std::string rout;
    add_common(rp, true);
    rp->add_option("--job", rjob, "forget job id")->required();
    rp->add_option("--out", rout, "PDF file to write")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : 1;
    }

    if (rp->parsed()) {
        const std::string tool = find_report_tool(argv[0]);
        if (!tool.empty()) {
            std::vector<std::string> args = {tool,    "--project", c.project, "--job", std::to_string(rjob),
                                             "--out", rout};
            if (c.json) args.push_back("--json");
            std::vector<char *> cargs;
            for (auto &a : args) cargs.push_back(a.data());
            cargs.push_back(nullptr);
            ::execv(tool.c_str(), cargs.data());
        }
        std::cerr << "lethe: " << report_tool_missing() << "\n";
        return 3;
    }

    try {
        tune_memory_allocator();
        set_compute_threads(threads);
        const auto rc = terminal_control();
        if (me->parsed()) {
            std::string h;
            for (const auto &m : unlearning_methods()) {
                h += m.name + " (" + m.kind + (m.needs_sisa ? ", SISA ensembles only" : "") +
                     (m.needs_update_log ? ", needs a run trained with record_updates" : "") + ")\n  " + m.summary +
                     "\n";
                for (const auto &[k, v] : m.defaults.items())
                    h += "    --param " + k + "=" + v.dump() + "  " + m.help.value(k, std::string()) + "\n";
            }
            if (!h.empty()) h.pop_back();
            emit(c, json{{"methods", methods_json()}}, h);
            return 0;
        }
        if (demo_init_cmd->parsed()) {
            d.project_dir = c.project.empty() ? "lethe-demo" : c.project;
            const auto r = demo_init(d, rc);
            end_progress_line();
            std::string h = "demo project: " + r.project + "\n  " + std::to_string(r.subjects) + " subjects, " +
                            std::to_string(r.records) + " records\n  open erasure request " + r.case_ref +
                            " for subject " + r.request_subject;
            for (const auto &m : r.models)
                h += "\n  model " + std::to_string(m.model_id) + " (" + m.kind + "): test accuracy " +
                     pct(m.test_accuracy) + ", " + std::to_string(int(m.seconds)) + " s";
            emit(c, r.to_json(), h);
            return 0;
        }
        // import makes the project when its folder does not exist yet (and
        // removes it again when the import fails).
        if (c.project.empty()) usage_error("--project is required: the project folder");
        const bool new_project = imp->parsed() && !std::filesystem::exists(c.project);
        auto project = new_project ? Project::create(c.project) : Project::open(c.project);
        const auto &rec = project->recovery();
        if (!rec.jobs_interrupted.empty() || rec.orphan_files_removed || rec.temp_files_removed || rec.purges_completed)
            std::cerr << "lethe: recovered the project after an interruption (" << rec.jobs_interrupted.size()
                      << " job(s) marked interrupted, " << rec.temp_files_removed + rec.orphan_files_removed
                      << " stray file(s) removed, " << rec.purges_completed << " purge(s) completed)\n";
        if (imp->parsed()) {
            ImportResult r;
            try {
                r = import_dataset(*project, io);
            } catch (...) {
                if (new_project) {
                    project.reset();
                    std::error_code ec;
                    std::filesystem::remove_all(c.project, ec);
                }
                throw;
            }
            emit(c, r.to_json(),
                 "imported " + std::to_string(r.records) + " records of " + std::to_string(r.subjects) +
                     " subjects as dataset " + std::to_string(r.dataset_id) +
                     (r.model_id ? "; TorchScript model registered as model " + std::to_string(*r.model_id) + " (" +
                                       std::to_string(r.n_classes) + " classes)"
                                 : std::string()));
        } else if (tr->parsed()) {
            const auto r = train_model(*project, tc, rc);
            end_progress_line();
            emit(c, r.to_json(),
                 "model " + std::to_string(r.model_id) + " (" + r.kind + "): test accuracy " + pct(r.test_accuracy) +
                     " in " + std::to_string(int(r.seconds)) + " s");
        } else if (fg->parsed()) {
            for (const auto &kv : fparams) {
                const auto eq = kv.find('=');
                if (eq == std::string::npos || eq == 0) usage_error("--param takes key=value, not '" + kv + "'");
                fo.params[kv.substr(0, eq)] = kv.substr(eq + 1);
            }
            if (fmodel) fo.model_id = fmodel;
            if (frequest) fo.request_id = frequest;
            const auto r = forget(*project, fo, rc);
            end_progress_line();
            std::string shards;
            for (int s : r.shards_retrained) shards += (shards.empty() ? "" : ",") + std::to_string(s);
            emit(c, r.to_json(),
                 "job " + std::to_string(r.job_id) + ": forgot " + std::to_string(r.forgotten_records) +
                     " records with " + r.method + "; model " + std::to_string(r.input_model_id) + " -> model " +
                     std::to_string(r.output_model_id) + "\n  shards retrained: " + (shards.empty() ? "none" : shards) +
                     "; checkpoints purged: " + std::to_string(r.purged_checkpoints) + "; unlearning took " +
                     std::to_string(r.seconds) + " s" + (r.note.empty() ? "" : "\n  note: " + r.note));
        } else if (au->parsed()) {
            auto &lin = project->lineage();
            std::vector<int64_t> forget_ids;
            std::optional<JobRow> job;
            if (ajob) {
                job = lin.job(ajob);
                forget_ids = lin.job_records(ajob);
                if (!amodel) amodel = job->output_model_id.value_or(0);
                if (!abaseline && job->input_model_id) abaseline = *job->input_model_id;
            } else if (!asel.empty()) {
                forget_ids = resolve_selection(*project, asel);
            } else if (!amodel) {
                throw Error(ErrorCode::Usage, "give --model or --job");
            }
            if (!amodel) throw Error(ErrorCode::Usage, "job " + std::to_string(ajob) + " has no output model");
            aopt.use_references = !ano_refs;
            if (apool) aopt.pool_id = apool;
            if (arefs_k > 0 && !ano_refs) {
                // The references copy the config of the model the audited one descends from.
                ReferencePoolOptions po;
                po.k = arefs_k;
                po.device = adevice;
                po.model_id = trained_ancestor(lin, amodel);
                const auto pr = build_reference_pool(*project, po, rc);
                end_progress_line();
                std::cerr << "lethe: reference pool " << pr.pool_id << ": " << pr.k << " models (" << pr.trained_now
                          << " trained now, " << pr.reused << " reused)\n";
                if (!apool) aopt.pool_id = pr.pool_id;
            }
            auto run_or_stored = [&](int64_t model_id, const std::string &role) -> std::pair<int64_t, json> {
                if (job) {
                    if (auto a = stored_audit(*project, job->id, model_id))
                        if (lin.model(model_id).state != "live" || (role == "after" && !arefs_k && !apool))
                            return {a->id, a->summary};
                }
                AuditOptions ao = aopt;
                ao.model_id = model_id;
                ao.forget_ids = forget_ids;
                ao.job_id = job ? std::optional<int64_t>(job->id) : std::nullopt;
                ao.role = role;
                ao.device = adevice;
                const auto r = audit_model(*project, ao, rc);
                return {r.audit_id, r.summary};
            };
            const auto [aid, summary] = run_or_stored(amodel, job ? "after" : "standalone");
            json out = audit_view(*project, aid, summary);
            auto compare = [&](const char *key, int64_t other, const char *role) {
                const auto [oid, os] = run_or_stored(other, role);
                out[key] = audit_view(*project, oid, os);
                out[key]["model_id"] = other;
            };
            if (abaseline) compare("baseline", abaseline, "before");
            if (areference) {
                compare("reference", areference, "reference");
                out["gap_to_reference"] = gap_to_reference(out, out["reference"]);
            }
            if (!scores_csv.empty()) write_file_atomic(scores_csv, audit_scores_csv(*project, aid));
            if (!attack_csv.empty()) write_file_atomic(attack_csv, audit_attack_scores_csv(*project, aid));
            end_progress_line();
            std::string h = "audit " + std::to_string(aid) + " of model " + std::to_string(amodel) +
                            ": accuracy retain " + pct(out["accuracy"]["retain"]) + ", forget " +
                            pct(out["accuracy"]["forget"]) + ", test " + pct(out["accuracy"]["test"]);
            if (out["mia"].is_object())
                h += "\n  loss attack (forget vs test): AUC " +
                     std::to_string(out["mia"]["loss"]["auc"].get<double>()) + ", TPR@1%FPR " +
                     pct(out["mia"]["loss"]["tpr_at_1pct_fpr"]);
            if (out.contains("baseline"))
                h += "\n  baseline model " + std::to_string(abaseline) + ": forget accuracy " +
                     pct(out["baseline"]["accuracy"]["forget"]) + ", test " + pct(out["baseline"]["accuracy"]["test"]);
            if (out["mia"].is_object() && out["mia"].contains("lira_offline"))
                h += "\n  LiRA offline (" + std::to_string(out["references"]["k"].get<int>()) +
                     " reference models): AUC " + std::to_string(out["mia"]["lira_offline"]["auc"].get<double>()) +
                     ", TPR@0.1%FPR " + pct(out["mia"]["lira_offline"]["tpr_at_0_1pct_fpr"]);
            if (out["mia_efficacy"].is_object()) h += "\n  MIA-Efficacy " + pct(out["mia_efficacy"]["value"]);
            if (out["verdict"].is_object())
                h += "\n  per-subject test of this audit: " + out["verdict"]["case"].get<std::string>() + " (" +
                     std::to_string(out["verdict"]["n_pass"].get<int>()) + " pass, " +
                     std::to_string(out["verdict"]["n_fail"].get<int>()) + " fail, " +
                     std::to_string(out["verdict"]["n_inconclusive"].get<int>()) + " inconclusive subjects)";
            emit(c, out, h);
        } else if (refs_build->parsed()) {
            if (rmodel) ropt.model_id = rmodel;
            const auto r = build_reference_pool(*project, ropt, rc);
            end_progress_line();
            emit(c, r.to_json(),
                 "reference pool " + std::to_string(r.pool_id) + ": " + std::to_string(r.k) + " models (" +
                     std::to_string(r.trained_now) + " trained now, " + std::to_string(r.reused) + " reused) in " +
                     std::to_string(int(r.seconds)) + " s");
        } else if (refs_list->parsed()) {
            const auto pools = reference_pools_json(*project);
            std::string h;
            for (const auto &p : pools)
                h += std::to_string(p["id"].get<int64_t>()) + "  K=" + std::to_string(p["k"].get<int>()) + "  " +
                     p["state"].get<std::string>() + "  " + std::to_string(p["models_done"].get<int>()) + " done\n";
            emit(c, json{{"pools", pools}}, h.empty() ? "no reference pools" : h);
        } else if (ve->parsed()) {
            const auto r = verify_project(*project);
            emit(c, r.to_json(),
                 r.ok ? "verified: " + std::to_string(r.log_entries) + " log entries, " + std::to_string(r.files) +
                            " files, " + std::to_string(r.audits) + " audits"
                      : "FAILED: " + r.first_failure);
            if (!r.ok) {
                std::cerr << "lethe verify: " << r.first_failure << "\n";
                return 2;
            }
        } else if (rq_add->parsed() || rq_show->parsed() || rq_update->parsed() || rq_close->parsed()) {
            RequestRow r;
            if (rq_add->parsed()) {
                r = add_case(project->lineage(), rq_new);
            } else if (rq_update->parsed()) {
                if (!rq_refuse.empty() && rq_extend) usage_error("--refuse and --extend: choose one");
                if (rq_extend && rq_reason.empty()) usage_error("--extend needs --reason (told to the subject)");
                CaseEdit e;
                if (!rq_ref.empty()) e.case_ref = rq_ref;
                if (!rq_subject.empty()) e.subject = rq_subject;
                if (!rq_received.empty()) e.received_at = rq_received;
                if (!rq_ground.empty()) e.ground = rq_ground;
                const bool edits = e.case_ref || e.subject || e.received_at || e.ground;
                if (!edits && rq_refuse.empty() && !rq_extend)
                    usage_error(
                        "nothing to update: give --case-ref, --subject, --received, --ground, --extend or --refuse");
                r = case_row(project->lineage(), rq_id);
                if (edits) r = edit_case(project->lineage(), rq_id, e);
                if (rq_extend) r = extend_case(project->lineage(), rq_id, rq_extend, rq_reason);
                if (!rq_refuse.empty()) r = refuse_case(project->lineage(), rq_id, rq_refuse);
            } else if (rq_close->parsed()) {
                r = answer_case(project->lineage(), rq_id, rq_note, rq_override);
            } else {
                r = case_row(project->lineage(), rq_id);
            }
            const json cj = case_json(project->lineage(), r.id);
            std::string h = cj["case_ref"].get<std::string>() + " (request " + std::to_string(r.id) + ", subject " +
                            (r.subject_pseudonym.empty() ? std::string("none") : r.subject_pseudonym) +
                            "): " + cj["status_words"].get<std::string>() + ", deadline " + r.deadline_at + " (" +
                            std::to_string(cj["days_left"].get<int64_t>()) + " days left)";
            if (!r.decision_note.empty()) h += "\n  decided " + r.decided_at + ": " + r.decision_note;
            if (!r.override_reason.empty()) h += "\n  closed over open findings: " + r.override_reason;
            h += "\n" + case_verdict_text(cj["verdict"]);
            emit(c, json{{"case", cj}}, h);
        } else if (rq->parsed()) {
            json arr = json::array();
            std::string h;
            for (const auto &r : project->lineage().requests()) {
                const auto st = case_status_from(r.status);
                const int64_t left = days_between(today_iso(), r.deadline_at);
                arr.push_back({{"id", r.id},
                               {"case_ref", r.case_ref},
                               {"subject", r.subject_pseudonym},
                               {"received_at", r.received_at},
                               {"deadline_at", r.deadline_at},
                               {"ground", r.ground},
                               {"status", r.status},
                               {"days_left", left}});
                h += std::to_string(r.id) + "  " + r.case_ref + "  " + r.subject_pseudonym + "  received " +
                     r.received_at + "  deadline " + r.deadline_at +
                     (case_is_closed(st) ? std::string() : " (" + std::to_string(left) + " days left)") + "  " +
                     status_words(st) + "\n";
            }
            emit(c, json{{"requests", arr}}, h.empty() ? "no erasure requests" : h);
        } else if (inv->parsed()) {
            if (inv_request) io_inv.request_id = inv_request;
            const std::string tool = find_report_tool(argv[0]);
            if (tool.empty())
                std::cerr << "lethe: no PDF: " << report_tool_missing() << "\n";
            else
                io_inv.write_report = [&, first = true](int64_t job_id) mutable {
                    std::string out =
                        first && !inv_out.empty()
                            ? inv_out
                            : project->root() + "/reports/" +
                                  case_row(project->lineage(), *project->lineage().job(job_id).request_id).case_ref +
                                  "-job" + std::to_string(job_id) + ".pdf";
                    first = false;
                    end_progress_line();
                    const std::string cmd = "'" + tool + "' --project '" + project->root() + "' --job " +
                                            std::to_string(job_id) + " --out '" + out + "' >&2";
                    if (std::system(cmd.c_str()) == 0) return out;
                    std::cerr << "lethe: the PDF report of job " << job_id << " could not be written (see above)\n";
                    return std::string();
                };
            const auto res = investigate(*project, io_inv, rc);
            end_progress_line();
            const json out = res.to_json();
            std::string h = "case " + res.request.case_ref + " (subject " + res.request.subject_pseudonym + ")";
            for (const auto &p : res.pools)
                h += "\n  reference pool " + std::to_string(p["pool_id"].get<int64_t>()) + " for model " +
                     std::to_string(p["model_id"].get<int64_t>()) + ": K=" + std::to_string(p["k"].get<int>()) + " (" +
                     std::to_string(p["trained_now"].get<int>()) + " trained now)";
            for (const auto &n : res.notes) h += "\n  note: " + n;
            for (const auto &j : res.jobs) {
                const auto &fr = j.forget;
                h += "\n" + fr.method + " (job " + std::to_string(fr.job_id) + ", model " +
                     std::to_string(fr.input_model_id) + " -> " + std::to_string(fr.output_model_id) +
                     "): " + std::to_string(fr.forgotten_records) + " records forgotten in " +
                     std::to_string(int(fr.seconds + 0.5)) + " s";
                if (j.before.is_object() && j.after.is_object())
                    h += "\n  forget-set accuracy " + pct(j.before["accuracy"]["forget"]) + " -> " +
                         pct(j.after["accuracy"]["forget"]) + ", test accuracy " + pct(j.before["accuracy"]["test"]) +
                         " -> " + pct(j.after["accuracy"]["test"]);
                h += "\n  report: " + (j.report.empty() ? std::string("not written") : j.report);
            }
            h += "\nverify: " + (res.verify.ok ? std::string("ok") : res.verify.first_failure);
            h += "\n" + case_verdict_text(out["case"]["verdict"]);
            h += "\nThe case stays " + out["case"]["status_words"].get<std::string>() +
                 " until you close it: lethe requests close --project " + project->root() + " --request " +
                 std::to_string(res.request.id) + " --note \"...\"";
            emit(c, out, h);
            if (!res.verify.ok) return 2;
        } else if (ls->parsed()) {
            const auto ms = models_json(*project);
            std::string h;
            for (const auto &m : ms)
                h += std::to_string(m["id"].get<int64_t>()) + "  " + m["kind"].get<std::string>() + "  " +
                     m["origin"].get<std::string>() + "  " + m["state"].get<std::string>() + "  test " +
                     pct(m["test_accuracy"]) + "\n";
            emit(c, json{{"models", ms}}, h);
        }
        return 0;
    } catch (const Error &e) {
        end_progress_line();
        std::cerr << "lethe: " << user_message(e) << "\n";
        switch (e.code()) {
        case ErrorCode::Usage: return 1;
        case ErrorCode::BadInput: return 2;
        case ErrorCode::Cancelled: return 130;
        default: return 3;
        }
    } catch (const std::exception &e) {
        end_progress_line();
        std::cerr << "lethe: " << user_message(e) << "\n";
        return 3;
    }
}
