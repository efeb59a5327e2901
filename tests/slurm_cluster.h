#pragma once
// A one-node Slurm cluster on localhost for the tests and the benchmark
// (docs/cluster.md): munged, slurmctld and slurmd from Debian's slurm-wlm,
// with a generated munge key and slurm.conf in a folder of the caller's.
// SLURM_CONF is set for this process and its children. stop() (and the
// destructor) leave no daemon running.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace lethe::test {

namespace cluster_detail {
inline std::string read_text(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}
} // namespace cluster_detail

// A program's output (stdout and stderr), waiting at most 30 s.
inline QString run(const QString &program, const QStringList &args, int *code = nullptr) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(30000);
    if (code) *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

// The one-node cluster. Its daemons are stopped by stop(), which the
// destructor calls too: no daemon outlives the test binary.
class Cluster {
public:
    std::string dir;
    bool start(QString *why) {
        const std::string munge = dir + "/munge";
        std::filesystem::create_directories(munge);
        std::filesystem::create_directories(dir + "/state");
        std::filesystem::create_directories(dir + "/spool");
        ::chmod(munge.c_str(), 0700);
        {
            std::ifstream rnd("/dev/urandom", std::ios::binary);
            std::string key(1024, '\0');
            rnd.read(key.data(), std::streamsize(key.size()));
            std::ofstream(munge + "/munge.key", std::ios::binary) << key;
            ::chmod((munge + "/munge.key").c_str(), 0400);
        }
        int code = 0;
        const QString out = run(QStringLiteral("munged"),
                                {QStringLiteral("-f"), q("--key-file=" + munge + "/munge.key"),
                                 q("--socket=" + munge + "/munge.sock"), q("--pid-file=" + munge + "/munged.pid"),
                                 q("--log-file=" + munge + "/munged.log"), q("--seed-file=" + munge + "/seed")},
                                &code);
        if (code != 0) {
            *why = QStringLiteral("munged: ") + out;
            return false;
        }
        const int port = 20000 + int(::getpid() % 20000);
        const long mem_mb =
            std::max<long>(512, long(sysconf(_SC_PHYS_PAGES) / 1024 * sysconf(_SC_PAGESIZE) / 1024 / 2));
        std::ofstream conf(dir + "/slurm.conf");
        conf << "ClusterName=lethetest\nSlurmctldHost=localhost\nSlurmctldPort=" << port << "\nSlurmdPort=" << port + 1
             << "\nAuthType=auth/munge\nCredType=cred/munge\nAuthInfo=socket=" << munge
             << "/munge.sock\nSlurmUser=root\nSlurmdUser=root\nStateSaveLocation=" << dir
             << "/state\nSlurmdSpoolDir=" << dir << "/spool\nSlurmctldPidFile=" << dir
             << "/slurmctld.pid\nSlurmdPidFile=" << dir << "/slurmd.pid\nSlurmctldLogFile=" << dir
             << "/slurmctld.log\nSlurmdLogFile=" << dir
             << "/slurmd.log\nProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\nSwitchType=switch/none\n"
                "MpiDefault=none\nSchedulerType=sched/builtin\nSelectType=select/cons_tres\n"
                "SelectTypeParameters=CR_Core\nJobAcctGatherType=jobacct_gather/none\n"
                "AccountingStorageType=accounting_storage/none\nReturnToService=2\nInactiveLimit=0\nMinJobAge=10\n"
                "KillWait=2\nNodeName=localhost CPUs="
             << std::thread::hardware_concurrency() << " RealMemory=" << mem_mb
             << " State=UNKNOWN\nPartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP\n";
        conf.close();
        qputenv("SLURM_CONF", QByteArray::fromStdString(dir + "/slurm.conf"));
        started_ = true;
        for (const auto &[prog, args] :
             {std::pair{QStringLiteral("slurmctld"), QStringList{q("-f"), q(conf_path())}},
              std::pair{QStringLiteral("slurmd"), QStringList{q("-f"), q(conf_path()), q("-N"), q("localhost")}}}) {
            const QString o = run(prog, args, &code);
            if (code != 0) {
                *why = prog + QStringLiteral(": ") + o;
                return false;
            }
        }
        for (int t = 0; t < 100; ++t) {
            if (run(QStringLiteral("sinfo"), {q("-h"), q("-o"), q("%T")}).trimmed() == QLatin1String("idle"))
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        *why = QStringLiteral("the node did not come up: ") +
               QString::fromStdString(cluster_detail::read_text(dir + "/slurmd.log"));
        return false;
    }
    void stop() {
        if (!started_) return;
        started_ = false;
        run(QStringLiteral("scontrol"), {q("shutdown")});
        for (const char *pid : {"/slurmctld.pid", "/slurmd.pid", "/munge/munged.pid"}) {
            const std::string text = cluster_detail::read_text(dir + pid);
            if (text.empty()) continue;
            const pid_t p = pid_t(std::atoi(text.c_str()));
            for (int t = 0; t < 25 && p > 0 && ::kill(p, 0) == 0; ++t) {
                if (t == 10) ::kill(p, SIGTERM);
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
            if (p > 0 && ::kill(p, 0) == 0) ::kill(p, SIGKILL);
        }
    }
    ~Cluster() { stop(); }
    std::string conf_path() const { return dir + "/slurm.conf"; }

private:
    bool started_ = false;
    static QString q(const std::string &s) { return QString::fromStdString(s); }
    static QString q(const char *s) { return QString::fromUtf8(s); }
};

} // namespace lethe::test
