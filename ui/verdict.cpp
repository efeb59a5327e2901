#include "verdict.h"

#include <QObject>

#include <algorithm>
#include <cmath>

namespace lethe::ui {

QString Verdict::word() const {
    switch (kind) {
    case Pass: return QStringLiteral("PASS");
    case Fail: return QStringLiteral("FAIL");
    default: return QStringLiteral("INCONCLUSIVE");
    }
}

double aucMargin(qint64 m, qint64 n) {
    if (m <= 0 || n <= 0) return 0.5;
    const double se = std::sqrt(double(m + n + 1) / (12.0 * double(m) * double(n)));
    return std::max(0.05, 2.0 * se);
}

QString subjectIntervalText(const nlohmann::json &subject) {
    if (!subject.is_object() || !subject.contains("z_ci95")) return QObject::tr("not computed");
    const auto &ci = subject["z_ci95"];
    if (!ci.is_array() || ci.size() != 2) return QObject::tr("n < 5");
    return QStringLiteral("[%1, %2]").arg(ci[0].get<double>(), 0, 'f', 2).arg(ci[1].get<double>(), 0, 'f', 2);
}

Verdict decide(const VerdictInput &in) {
    Verdict v;
    if (in.status != QLatin1String("done")) {
        v.kind = Verdict::Fail;
        v.reasons << QObject::tr("The job did not finish (status %1): nothing was erased.").arg(in.status);
        return v;
    }
    bool lineage_ok = false;
    if (in.placed_in_output == 0) {
        lineage_ok = true;
        v.reasons << QObject::tr("Lineage: the output model's training run placed none of the selected records.");
    } else if (in.placed_in_output > 0) {
        v.kind = Verdict::Fail;
        v.reasons << QObject::tr("Lineage: the output model was trained on %1 selected record(s).")
                         .arg(in.placed_in_output);
        return v;
    } else {
        v.reasons << QObject::tr("Lineage: the output model's training run is unknown.");
    }

    bool stats_ok = false, stats_speak = false, stats_fail = false;
    const auto &a = in.after;
    if (a.is_object() && a.contains("mia") && a["mia"].is_object() && a["mia"].contains("loss")) {
        const auto &l = a["mia"]["loss"];
        const qint64 m = l.value("n_members", qint64(0)), n = l.value("n_nonmembers", qint64(0));
        const double auc = l.value("auc", 0.5), margin = aucMargin(m, n);
        stats_speak = m >= 10 && n >= 10;
        stats_ok = std::abs(auc - 0.5) <= margin;
        stats_fail = stats_speak && auc > 0.5 + margin;
        v.reasons << QObject::tr("Loss attack on the output model: AUC %1 on %2 forget vs %3 test records; "
                                 "allowed 0.5 ± %4 → %5.")
                         .arg(auc, 0, 'f', 3)
                         .arg(m)
                         .arg(n)
                         .arg(margin, 0, 'f', 3)
                         .arg(!stats_speak ? QObject::tr("too few records to decide")
                                           : stats_ok ? QObject::tr("indistinguishable from unseen data")
                                                      : auc > 0.5 ? QObject::tr("forget records still look like members")
                                                                  : QObject::tr("forget records look less than unseen"));
    } else {
        v.reasons << QObject::tr("No after-audit: no statistical evidence.");
    }

    // The audit's per-subject test (docs/audit.md, "Verdicts"): with a
    // reference pool or a before-audit it says whether each subject still
    // looks like a member, and whether the test could have seen it.
    QString subject_case;
    if (a.is_object() && a.contains("verdict") && a["verdict"].is_object()) {
        subject_case = QString::fromStdString(a["verdict"].value("case", std::string()));
        v.reasons << QObject::tr("Per-subject test: %1 (%2 pass, %3 fail, %4 inconclusive of %5 subjects; %6).")
                         .arg(subject_case.toUpper())
                         .arg(a["verdict"].value("n_pass", 0))
                         .arg(a["verdict"].value("n_fail", 0))
                         .arg(a["verdict"].value("n_inconclusive", 0))
                         .arg(a["verdict"].value("n_subjects", 0))
                         .arg(QString::fromStdString(a["verdict"].value("basis", std::string())));
    }
    const bool subjects_fail = subject_case == QLatin1String("fail");

    if (in.exact_method && lineage_ok) {
        if (stats_fail || subjects_fail) {
            v.kind = Verdict::Inconclusive;
            v.reasons << QObject::tr("Exact by lineage, but the attack separates the records: investigate "
                                     "(duplicates of the records among the retained data?).");
        } else {
            v.kind = Verdict::Pass;
            v.reasons << QObject::tr("Method %1 is exact: the output model never saw the records.").arg(in.method);
        }
    } else if (stats_fail || subjects_fail) {
        v.kind = Verdict::Fail;
    } else if (!subject_case.isEmpty() && subject_case != QLatin1String("pass")) {
        // An approximate method passes only where the per-subject test could
        // have seen a remembered subject; the population AUC alone is weak.
        v.kind = Verdict::Inconclusive;
        v.reasons << QObject::tr("Approximate method: the per-subject test could not show the records forgotten, "
                                 "so the loss attack's AUC alone does not make a pass.");
    } else if (stats_speak && stats_ok && lineage_ok) {
        v.kind = Verdict::Pass;
    } else {
        v.kind = Verdict::Inconclusive;
    }
    if (in.residual_artifacts > 0)
        v.findings << QObject::tr("%n live artifact(s) elsewhere in the project still hold selected records: %1. "
                                  "The request is not fully served until they are retrained or purged.",
                                  nullptr, in.residual_artifacts)
                          .arg(in.residual_names.join(QStringLiteral(", ")));
    return v;
}

} // namespace lethe::ui
