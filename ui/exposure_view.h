#pragma once
// Per-record exposure of a forget job (issue 5, docs/audit.md): the forget
// set's most exposed records as a sortable table (record, subject, class,
// exposure before and after, LiRA / RMIA scores when the audit had a
// reference pool), the primary attack sliced by class and by correctness with
// intervals, and the retained-records control ("k of n retained records more
// exposed after unlearning") with the flagged records listed.
//
// The summaries come from the stored audits; the per-record scores that the
// summaries do not carry (LiRA online, the before-audit's exposure of a record
// outside its own top list) come from audit_attack_scores, read on a loader
// thread with that thread's own SQLite connection. No torch anywhere here.
#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "attack_scores.h"
#include "job_runner.h"

class QCustomPlot;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

class QBoxLayout;

namespace lethe::ui {

// The most exposed forget records of one audit, with the other audit beside them.
class ExposureTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RankCol,
        RecordCol,
        SubjectCol,
        ClassCol,
        CorrectCol,
        ExposureCol,
        ExposureBeforeCol,
        LiraOfflineCol,
        LiraOnlineCol,
        RmiaCol,
        LossCol,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, RecordIdRole, SubjectRole };
    struct Row {
        int rank = 0;
        qint64 record_id = 0;
        QString key; // the record's key (the manifest's record_id)
        QString subject;
        int label = -1;
        bool correct = false;
        double exposure = RecordAttackScores::kMissing, exposure_before = RecordAttackScores::kMissing,
               lira_offline = RecordAttackScores::kMissing, lira_online = RecordAttackScores::kMissing,
               rmia = RecordAttackScores::kMissing, loss = RecordAttackScores::kMissing;
    };

    explicit ExposureTableModel(QObject *parent = nullptr);
    // The ranked audit's most_exposed records; the other audit's summary
    // fills the before column where it lists the record.
    void setAudits(const nlohmann::json &ranked, const nlohmann::json &other, bool fashion);
    // Per-record scores from the CSVs: fills what the summaries lack.
    void setScores(const AttackScoreTable &ranked, const AttackScoreTable &other);
    const Row &rowAt(int row) const { return rows_[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    std::vector<Row> rows_;
    bool fashion_ = false;
    QString exposure_kind_;
};

class ExposureView : public QWidget {
    Q_OBJECT
public:
    explicit ExposureView(QWidget *parent = nullptr);
    ~ExposureView() override;

    void setLineage(lethe::Lineage *lin, bool fashion);
    // The job's audits (null summaries: missing); ids for the per-record scores (0: none).
    void setJob(qint64 job_id, const nlohmann::json &before, const nlohmann::json &after, qint64 before_id,
                qint64 after_id);

    // The attack the slices show (an audit key, e.g. "loss"); empty: the
    // audit's primary attack. Called when the Results' attack changes.
    void setAttack(const QString &attack);
    QString sliceAttack() const { return slice_attack_; } // the attack the slices show now

    QTableView *recordTable() const { return records_; } // sorted view (a proxy over recordModel())
    ExposureTableModel *recordModel() const { return model_; }
    QLabel *exposureNote() const { return note_; }
    QTableWidget *sliceTable() const { return slices_; }
    QCustomPlot *slicePlot() const { return slice_plot_; }
    QLabel *controlLabel() const { return control_label_; }
    QTableWidget *controlTable() const { return control_; }
    bool isLoading() const { return ticket_ != 0; }

    // The sentence the view and the report share.
    static QString controlCountText(const nlohmann::json &control_exposure);

Q_SIGNALS:
    // A record chosen in either table (current row changed) / double-clicked.
    void recordSelected(qint64 record_id, const QString &subject);
    void recordActivated(qint64 record_id, const QString &subject);
    // The per-record scores of the shown job have arrived (or failed: see the note).
    void scoresLoaded();

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    void showSlices(const nlohmann::json &before, const nlohmann::json &after);
    void showControl(const nlohmann::json &after);
    void requestScores(qint64 before_id, qint64 after_id);

    lethe::Lineage *lin_ = nullptr;
    bool fashion_ = false;
    qint64 job_id_ = 0;
    bool ranked_is_after_ = true;
    QString note_text_;
    QString attack_, slice_attack_;
    nlohmann::json before_, after_;
    quint64 ticket_ = 0, next_ticket_ = 0;
    ThreadPtr thread_;
    QObject *worker_ = nullptr; // lives on thread_
    ExposureTableModel *model_;
    QSortFilterProxyModel *proxy_;
    QTableView *records_;
    QLabel *note_, *slice_note_, *control_label_;
    QTableWidget *slices_, *control_;
    QCustomPlot *slice_plot_;
    QBoxLayout *slice_layout_ = nullptr;
};

} // namespace lethe::ui
