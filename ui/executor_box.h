#pragma once
// "Run on": this computer, or the Slurm cluster the project's saved settings
// describe (docs/cluster.md). The run panel and the reference-pool dialog.
#include <QComboBox>

#include <string>

namespace lethe {
class Project;
}

namespace lethe::ui {

QComboBox *makeExecutorBox(QWidget *parent);
// Selects the project's saved choice (local when none); nullptr: local.
void showSavedExecutor(QComboBox *box, lethe::Project *project);
// "local" or "slurm", for project_executor.
std::string executorName(const QComboBox *box);

} // namespace lethe::ui
