#include "jobs/executor.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "audit/reference_pool.h"
#include "audit/scoring_unit.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/work_unit.h"
#include "project/project.h"
#include "train/shard_unit.h"

extern char **environ;

namespace fs = std::filesystem;

namespace lethe {

using nlohmann::json;

json SlurmSettings::to_json() const {
    return {{"partition", partition}, {"account", account}, {"time", time},       {"mem", mem},
            {"cpus", cpus},           {"gpus", gpus},       {"retries", retries}, {"poll_seconds", poll_seconds},
            {"lethe", lethe},         {"kinds", kinds}};
}

SlurmSettings SlurmSettings::from_json(const json &j) {
    SlurmSettings s;
    if (!j.is_object()) return s;
    s.partition = j.value("partition", s.partition);
    s.account = j.value("account", s.account);
    s.time = j.value("time", s.time);
    s.mem = j.value("mem", s.mem);
    s.cpus = j.value("cpus", s.cpus);
    s.gpus = j.value("gpus", s.gpus);
    s.retries = j.value("retries", s.retries);
    s.poll_seconds = std::max(0.2, j.value("poll_seconds", s.poll_seconds)); // never a busy loop
    s.lethe = j.value("lethe", s.lethe);
    if (j.contains("kinds") && j["kinds"].is_object()) s.kinds = j["kinds"];
    return s;
}

SlurmSettings SlurmSettings::for_kind(const std::string &kind) const {
    if (!kinds.contains(kind) || !kinds[kind].is_object()) return *this;
    json j = to_json();
    for (const auto &[k, v] : kinds[kind].items()) j[k] = v;
    return from_json(j);
}

json slurm_kind_settings(const std::string &spec) {
    const auto colon = spec.find(':');
    const std::string kind = spec.substr(0, colon);
    if (colon == std::string::npos || (kind != "reference_model" && kind != "shard_retrain" && kind != "audit_scoring"))
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--slurm-kind %1: give KIND:key=value,... with KIND one of "
                                                    "reference_model, shard_retrain, audit_scoring"),
                        spec));
    json out = json::object();
    std::istringstream parts(spec.substr(colon + 1));
    for (std::string part; std::getline(parts, part, ',');) {
        const auto eq = part.find('=');
        const std::string key = part.substr(0, eq), value = eq == std::string::npos ? "" : part.substr(eq + 1);
        if (eq == std::string::npos || value.empty())
            usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--slurm-kind %1: '%2' is not key=value"), spec, part));
        if (key == "cpus" || key == "gpus") {
            if (value.find_first_not_of("0123456789") != std::string::npos || value.size() > 4)
                usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--slurm-kind %1: %2 must be a whole number, not '%3'"),
                                spec, key, value));
            out[key] = std::stoi(value);
        } else if (key == "partition" || key == "account" || key == "time" || key == "mem") {
            out[key] = value;
        } else {
            usage_error(msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "--slurm-kind %1: unknown key '%2' (keys: partition, account, time, mem, cpus, gpus)"),
                spec, key));
        }
    }
    return {{kind, out}};
}

namespace {

struct ProcessOutput {
    int status = -1;  // the exit status; -1: did not start or did not exit
    std::string text; // stdout and stderr together
};

// Runs a program (found on PATH) without a shell; its output, captured;
// killed after timeout_s.
ProcessOutput run_process(const std::vector<std::string> &argv, int timeout_s = 60) {
    ProcessOutput out;
    int fds[2];
    if (::pipe(fds) != 0) return out;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    std::vector<char *> args;
    args.reserve(argv.size() + 1);
    for (const auto &a : argv) args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0].c_str(), &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        out.text = argv[0] + ": " + std::strerror(rc);
        return out;
    }
    // A Slurm command that hangs (a controller that accepts but never
    // answers) is killed after timeout_s: the caller sees a failure.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
    char buf[4096];
    bool timed_out = false;
    for (;;) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        pollfd pfd{fds[0], POLLIN, 0};
        const int ready = left.count() > 0 ? ::poll(&pfd, 1, int(left.count())) : 0;
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) {
            timed_out = true;
            ::kill(pid, SIGKILL);
            break;
        }
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0) break;
        out.text.append(buf, size_t(n));
    }
    ::close(fds[0]);
    int st = 0;
    if (::waitpid(pid, &st, 0) == pid && WIFEXITED(st) && !timed_out) out.status = WEXITSTATUS(st);
    if (timed_out) out.text += "\n" + argv[0] + " did not answer within " + std::to_string(timeout_s) + " s";
    return out;
}

// A word for sh: in single quotes, each ' written as '\''.
std::string sh_quote(const std::string &s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
    return s;
}

// The last n non-empty lines of a file, joined by " | ".
std::string last_lines(const std::string &path, int n) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);)
        if (!trimmed(l).empty()) lines.push_back(trimmed(l));
    std::string s;
    for (size_t i = lines.size() > size_t(n) ? lines.size() - size_t(n) : 0; i < lines.size(); ++i)
        s += (s.empty() ? "" : " | ") + lines[i];
    return s.empty() ? "(its log is empty)" : s;
}

bool has_result(const std::string &unit) { return fs::exists(fs::path(unit).parent_path() / "result.json"); }

class SlurmExecutor : public Executor {
public:
    explicit SlurmExecutor(SlurmSettings s) : s_(std::move(s)) {}
    std::string name() const override { return "slurm"; }

    std::vector<UnitOutcome> run(const std::vector<std::string> &units, const RunControl &rc) override {
        std::map<std::string, UnitOutcome> oc;
        for (const auto &u : units) oc[u].unit = u;
        std::vector<std::string> todo = units;
        for (int attempt = 0; attempt <= s_.retries && !todo.empty(); ++attempt) {
            const std::string job = submit(todo, attempt);
            for (const auto &u : todo) ++oc[u].attempts;
            follow(job, todo, units, attempt, rc);
            std::vector<std::string> left;
            for (size_t i = 0; i < todo.size(); ++i) {
                if (has_result(todo[i])) continue;
                const std::string log =
                    (fs::path(todo[i]).parent_path().parent_path() / ("log-" + job + "_" + std::to_string(i) + ".txt"))
                        .string();
                oc[todo[i]].message = "Slurm task " + job + "_" + std::to_string(i) + " ended without its result (" +
                                      std::to_string(oc[todo[i]].attempts) +
                                      " attempt(s)); its log: " + last_lines(log, 3);
                left.push_back(todo[i]);
            }
            todo = left;
        }
        std::vector<UnitOutcome> out;
        for (const auto &u : units) {
            auto o = oc[u];
            o.ok = has_result(u);
            if (o.ok) o.message.clear();
            out.push_back(o);
        }
        return out;
    }

private:
    SlurmSettings s_;

    // One sbatch --array over the units; returns the job id.
    std::string submit(const std::vector<std::string> &todo, int attempt) {
        // A batch holds one kind of unit: its settings apply to every task.
        const json first = json::parse(read_file(todo.front()), nullptr, false);
        const SlurmSettings set = s_.for_kind(first.is_object() ? first.value("kind", "") : "");
        const fs::path parent = fs::path(todo.front()).parent_path().parent_path();
        const std::string stem = "batch-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
        const std::string list = (parent / (stem + ".list")).string();
        const std::string script = (parent / (stem + ".sh")).string();
        std::string lines;
        for (const auto &u : todo) lines += u + "\n";
        write_file_atomic(list, lines);
        write_file_atomic(script, "#!/bin/sh\n# Lethe work units (docs/cluster.md): task i runs line i+1 of the list.\n"
                                  "unit=$(sed -n \"$((SLURM_ARRAY_TASK_ID + 1))p\" " +
                                      sh_quote(list) + ")\nexec " + sh_quote(set.lethe) + " worker run \"$unit\"\n");
        ::chmod(script.c_str(), 0700);
        const int cpus = set.cpus > 0 ? set.cpus : std::max(1, first.is_object() ? first.value("threads", 1) : 1);
        std::vector<std::string> argv = {"sbatch",
                                         "--parsable",
                                         "--array=0-" + std::to_string(todo.size() - 1),
                                         "--job-name=lethe-units",
                                         "--output=" + (parent / "log-%A_%a.txt").string(),
                                         "--cpus-per-task=" + std::to_string(cpus),
                                         "--mem=" + set.mem,
                                         "--time=" + set.time};
        if (!set.partition.empty()) argv.push_back("--partition=" + set.partition);
        if (!set.account.empty()) argv.push_back("--account=" + set.account);
        if (set.gpus > 0) argv.push_back("--gres=gpu:" + std::to_string(set.gpus));
        argv.push_back(script);
        const auto r = run_process(argv);
        const std::string id = trimmed(r.text.substr(0, r.text.find(';')));
        if (r.status != 0 || id.empty() || id.find_first_not_of("0123456789") != std::string::npos)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "sbatch refused the job array: %1"), last_line(r.text)));
        return id;
    }

    static std::string last_line(const std::string &text) {
        std::istringstream in(text);
        std::string line, last;
        while (std::getline(in, line))
            if (!trimmed(line).empty()) last = trimmed(line);
        return last.empty() ? "(no output)" : last;
    }

    // Waits until the array has left the queue, reporting progress; on
    // cancel, scancels it and throws.
    void follow(const std::string &job, const std::vector<std::string> &todo, const std::vector<std::string> &all,
                int attempt, const RunControl &rc) {
        int errors = 0, unseen = 0;
        bool seen = false;
        for (;;) {
            try {
                rc.check_cancel();
            } catch (...) {
                run_process({"scancel", job});
                wait_gone(job, 30);
                throw;
            }
            // Live tasks only, one line each (finished ones stay listed for MinJobAge).
            const auto q = run_process({"squeue", "-h", "-r", "-j", job, "-t", "PD,R,CG,CF,S", "-o", "%T"});
            if (q.status != 0) {
                // A job the controller has forgotten has ended; a controller
                // that does not answer for a minute stops the follow (the
                // array may still run: the next build reuses what finished).
                if (q.text.find("Invalid job id") != std::string::npos) return;
                if (++errors * s_.poll_seconds > 60)
                    bad_input(msg(
                        QT_TRANSLATE_NOOP("Engine", "squeue does not answer (%1); Slurm job %2 may still be running: "
                                                    "run the build again once Slurm answers, to reuse what finished"),
                        last_line(q.text), job));
            } else {
                errors = 0;
            }
            int running = 0, queued = 0;
            std::istringstream in(q.text);
            for (std::string st; std::getline(in, st);) {
                st = trimmed(st);
                if (st == "RUNNING" || st == "COMPLETING")
                    ++running;
                else if (q.status == 0 && !st.empty())
                    ++queued;
            }
            int done = 0;
            for (const auto &u : all) done += has_result(u);
            const int n = int(all.size());
            const int pending = std::max(0, int(todo.size()) - running - (done - (n - int(todo.size()))));
            rc.report({"Slurm job " + job + ": " + std::to_string(done) + " done, " + std::to_string(running) +
                           " running, " + std::to_string(running + queued ? pending : 0) + " pending" +
                           (attempt > 0 ? ", " + std::to_string(todo.size()) + " failed and running again" : ""),
                       done, n, n ? double(done) / n : 1.0});
            seen = seen || running + queued > 0;
            // Empty: the array has ended, once it was seen or every unit has its
            // result (a just-submitted job may not be listed yet).
            if (q.status == 0 && running + queued == 0 && (seen || done == n || ++unseen > 10)) return;
            for (int t = 0; t < int(s_.poll_seconds * 10); ++t) {
                if (rc.cancel && rc.cancel->load()) break;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }

    static void wait_gone(const std::string &job, int seconds) {
        for (int t = 0; t < seconds * 5; ++t) {
            // Live tasks only, one line each (finished ones stay listed for MinJobAge).
            const auto q = run_process({"squeue", "-h", "-r", "-j", job, "-t", "PD,R,CG,CF,S", "-o", "%T"});
            if (trimmed(q.text).empty() || q.status != 0) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
};

} // namespace

std::string saved_executor_name(Project &project) {
    const json saved = json::parse(project.lineage().meta("executor").value_or("{}"), nullptr, false);
    return saved.is_object() && saved.value("name", "") == "slurm" ? "slurm" : "local";
}

std::unique_ptr<Executor> project_executor(Project &project, const ExecutorChoice &choice) {
    auto &lin = project.lineage();
    json saved = json::parse(lin.meta("executor").value_or("{}"), nullptr, false);
    if (!saved.is_object()) saved = json::object();
    const std::string name = choice.name.empty() ? saved.value("name", std::string("local")) : choice.name;
    if (name != "local" && name != "slurm")
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--executor must be local or slurm, not '%1'"), name));
    json settings = saved.value("slurm", json::object());
    for (const auto &[k, v] : choice.given.items()) {
        if (k == "kinds" && settings.contains("kinds") && settings["kinds"].is_object())
            for (const auto &[kind, kv] : v.items())
                for (const auto &[key, value] : kv.items()) settings["kinds"][kind][key] = value;
        else
            settings[k] = v;
    }
    if (!choice.name.empty() || !choice.given.empty()) {
        auto tx = lin.begin();
        lin.set_meta("executor", json{{"name", name}, {"slurm", settings}}.dump());
        tx->commit();
    }
    if (name == "local") return nullptr;
    SlurmSettings s = SlurmSettings::from_json(settings);
    if (s.retries < 0 || s.retries > 10)
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--slurm-retries must be in 0..10")));
    if (s.lethe.empty()) {
        // The tasks run `lethe worker run`: this program when it is lethe,
        // else the lethe beside it (the workbench's, an installed one).
        const fs::path self = fs::read_symlink("/proc/self/exe");
        if (self.filename() == "lethe")
            s.lethe = self.string();
        else if (fs::exists(self.parent_path() / "lethe"))
            s.lethe = (self.parent_path() / "lethe").string();
        else
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "--executor slurm: no lethe program beside %1 for the tasks to "
                                                      "run; set \"lethe\" in the project's Slurm settings"),
                          self.string()));
    }
    if (run_process({"sbatch", "--version"}).status != 0)
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "--executor slurm: sbatch is not on this machine's PATH (install "
                                                  "Slurm's client, or use --executor local)")));
    return std::make_unique<SlurmExecutor>(s);
}

json run_work_unit(const std::string &unit_file, const RunControl &rc) {
    if (!fs::is_regular_file(unit_file))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no such work unit"), unit_file));
    const json unit = json::parse(read_file(unit_file), nullptr, false);
    if (!unit.is_object() || !unit.contains("kind") || !unit.contains("project") || !unit["project"].is_string())
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe work unit (JSON with kind and project)"), unit_file));
    auto project = Project::open_as_worker(unit["project"].get<std::string>());
    // The unit writes and clears only its own staging folder: the file must
    // be that folder's unit.json.
    const std::string dir = unit.value("dir", "");
    if (dir.rfind("staging/", 0) != 0 ||
        fs::weakly_canonical(unit_file) != fs::weakly_canonical(project->resolve(dir + "/unit.json")))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not in its own staging folder (%2/unit.json of %3); refused"),
                      unit_file, dir, project->root()));
    // One worker per unit at a time: a task of an earlier array still
    // running on this unit (a build restarted while it ran) finishes first;
    // its result, when it checks out, is this task's too.
    const std::string lock_file = project->resolve(dir + "/unit.lock");
    const int lock_fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd < 0)
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot open the unit's lock (%2)"), lock_file, std::strerror(errno)));
    struct Unlock {
        int fd;
        ~Unlock() { ::close(fd); } // closing releases the lock
    } unlock{lock_fd};
    while (::flock(lock_fd, LOCK_EX) != 0)
        if (errno != EINTR)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot lock the unit (%2)"), lock_file, std::strerror(errno)));
    {
        std::string why;
        if (auto done = checked_unit_result(project->root(), fs::absolute(unit_file).string(), &why)) return *done;
    }
    if (unit["kind"] == "reference_model") return run_reference_unit(*project, fs::absolute(unit_file).string(), rc);
    if (unit["kind"] == "shard_retrain") return run_shard_unit(*project, fs::absolute(unit_file).string(), rc);
    if (unit["kind"] == "audit_scoring") return run_scoring_unit(*project, fs::absolute(unit_file).string(), rc);
    bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: unknown work-unit kind %2"), unit_file, unit["kind"].dump()));
}

} // namespace lethe
