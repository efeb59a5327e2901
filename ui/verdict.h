#pragma once
// The verdict on one forget job, from stated rules, with its evidence:
//  1. the job finished (else FAIL);
//  2. lineage: the output model's training run placed none of the selected
//     records (else FAIL); for the exact methods this makes the removal exact;
//  3. statistics on the output model, members = forget set, non-members =
//     test: the loss-attack AUC must lie within 0.5 +- margin, margin =
//     max(0.05, 2 x its standard error under no membership,
//     sqrt((m + n + 1) / (12 m n)) (Hanley and McNeil 1982)). With fewer
//     than 10 forget records the test cannot speak (INCONCLUSIVE for an
//     approximate method; an exact one passes on rule 2, said so);
//     When the audit has a per-subject verdict (reference pool or
//     before-audit, docs/audit.md): a subject that fails makes an
//     approximate job FAIL and an exact one INCONCLUSIVE (investigate); an
//     approximate job passes only if every subject passes;
//  4. other live artifacts that still hold the records (a second model of
//     the project, say) do not change the verdict on this job, but are
//     listed as open findings of the case.
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace lethe::ui {

struct Verdict {
    enum Kind { Pass, Fail, Inconclusive } kind = Inconclusive;
    QStringList reasons;  // the evidence, one line each
    QStringList findings; // open points of the case
    QString word() const;
};

struct VerdictInput {
    QString method, status;
    bool exact_method = false;
    qint64 placed_in_output = -1; // selected records the output run placed; -1 unknown
    nlohmann::json after;         // audit summary of the output model (may be null)
    int residual_artifacts = 0;
    QStringList residual_names;
};

Verdict decide(const VerdictInput &in);
// A subject's z interval as shown: "[lo, hi]", "n < 5" when the engine gave
// none (too few records), "not computed" for an audit from before intervals.
QString subjectIntervalText(const nlohmann::json &subject);
double aucMargin(qint64 members, qint64 nonmembers);

} // namespace lethe::ui
