#include "executor_box.h"

#include "jobs/executor.h"
#include "qt_std.h"

namespace lethe::ui {

QComboBox *makeExecutorBox(QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("executorBox"));
    box->addItem(QObject::tr("This computer"), QStringLiteral("local"));
    box->addItem(QObject::tr("Slurm cluster"), QStringLiteral("slurm"));
    box->setToolTip(QObject::tr("Where the heavy work runs: here, or as a Slurm job array on the cluster this machine "
                                "submits to, with the settings saved in the project (lethe references build "
                                "--executor slurm --slurm-...; docs/cluster.md). Progress shows the tasks done, "
                                "running and pending; Cancel cancels the array."));
    return box;
}

void showSavedExecutor(QComboBox *box, lethe::Project *project) {
    const std::string name = project ? saved_executor_name(*project) : std::string("local");
    box->setCurrentIndex(std::max(0, box->findData(qs(name))));
}

std::string executorName(const QComboBox *box) { return ss(box->currentData().toString()); }

} // namespace lethe::ui
