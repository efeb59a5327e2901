#pragma once
// The audit's own verdict (issue 5, engine/audit/audit.cpp "verdict" and
// "subjects"): the case verdict, one row per subject with its evidence z,
// the power z a remembering model would reach, the sample size and the
// verdict, then the thresholds and reasons, and beside them the figures the
// verdict leans on (unlearning test, MIA-Efficacy, reference pool), each with
// its interval and sample size. Read-only; fed the stored summary JSON.
#include <QWidget>

#include <nlohmann/json.hpp>

class QLabel;
class QTableWidget;

namespace lethe::ui {

class VerdictPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { SubjectCol, RecordsCol, ZCol, ZIntervalCol, PCol, PowerZCol, VerdictCol, ColumnCount };
    explicit VerdictPanel(QWidget *parent = nullptr);

    enum FindingColumn { FindingModelCol, FindingLayerCol, FindingResultCol, FindingSentenceCol, FindingColumnCount };
    // The case as the engine gives it (jobs/cases.h case_json): its verdict,
    // summary and one row per finding. Null: no case selected.
    void setCase(const nlohmann::json &case_json);
    // The after-audit's summary (null: no audit, the panel says so): the
    // evidence of one job, under the case verdict.
    void setAudit(const nlohmann::json &summary);

    QString caseResult() const { return case_result_; } // the case verdict: pass, fail, inconclusive, open; empty: none
    QStringList findingSentences() const;               // in the engine's order
    QLabel *caseHeadline() const { return case_headline_; }
    QTableWidget *findingsTable() const { return findings_; }
    QString caseVerdict() const {
        return case_;
    } // the audit's per-subject test: "pass", "fail", "inconclusive" or empty
    QLabel *headline() const { return headline_; }
    QTableWidget *subjectTable() const { return table_; }
    QLabel *details() const { return details_; }

private:
    QString case_, case_result_;
    QLabel *case_headline_, *headline_, *details_;
    QTableWidget *findings_, *table_;
};

// One line per figure the audit's verdict rests on, as HTML: shared by the
// panel and the PDF report so that both say the same thing.
QString verdictThresholdsHtml(const nlohmann::json &verdict);
QString auditEvidenceHtml(const nlohmann::json &summary);
QString verdictColor(const QString &word);
// The case verdict's headline as HTML: the word in its colour and the summary.
QString caseHeadlineHtml(const nlohmann::json &case_json);

} // namespace lethe::ui
