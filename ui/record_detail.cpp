#include "record_detail.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cstring>

#include "core/error.h"
#include "feature_loader.h"
#include "language.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

RecordDetail::RecordDetail(QWidget *parent) : QWidget(parent), loader_(new FeatureLoader(this)), pixels_(new QImage) {
    // Image on the left, the record and its uses beside it: the pane sits
    // under the records table and stays narrow enough for a 1024-pixel screen.
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    image_ = new QLabel(this);
    image_->setFixedSize(168, 168);
    image_->setAlignment(Qt::AlignCenter);
    image_->setFrameShape(QFrame::StyledPanel);
    image_->setToolTip(tr("The record's features as stored in the dataset file (28 x 28 grey for Fashion-MNIST)"));
    info_ = new QLabel(this);
    info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info_->setWordWrap(true);
    usage_ = new QTreeWidget(this);
    usage_->setHeaderLabels({tr("Used in"), tr("Where"), tr("State")});
    usage_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    info_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *right = new QVBoxLayout;
    right->addWidget(info_);
    right->addWidget(usage_, 1);
    lay->addWidget(image_, 0, Qt::AlignTop);
    lay->addLayout(right, 1);
    connect(loader_, &FeatureLoader::loaded, this, [this](quint64 t, const QImage &img, const QString &text) {
        if (t != ticket_) return;
        ticket_ = 0;
        *pixels_ = img;
        if (!img.isNull()) {
            image_->setText(QString());
            image_->setPixmap(
                QPixmap::fromImage(img.scaled(image_->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
        } else {
            image_->setPixmap({});
            image_->setText(text);
        }
        Q_EMIT featuresShown(record_id_);
    });
    connect(loader_, &FeatureLoader::failed, this, [this](quint64 t, const QString &m) {
        if (t != ticket_) return;
        ticket_ = 0;
        image_->setPixmap({});
        image_->setText(tr("features unavailable:\n%1").arg(m));
        Q_EMIT featuresShown(record_id_);
    });
    clear();
}

RecordDetail::~RecordDetail() { delete pixels_; }

void RecordDetail::setProject(const QString &root, lethe::Lineage *lin) {
    lin_ = lin;
    loader_->setProjectRoot(lin ? root : QString());
    clear();
}

void RecordDetail::clear() {
    record_id_ = 0;
    ticket_ = 0;
    *pixels_ = QImage();
    image_->setPixmap({});
    image_->setText(tr("no record"));
    info_->setText(tr("Select a record to see its lineage."));
    usage_->clear();
}

QImage RecordDetail::image() const { return *pixels_; }

void RecordDetail::showRecord(qint64 record_id) {
    if (!lin_) return;
    const auto rec = lethe::record_by_id(*lin_, record_id);
    if (!rec) {
        clear();
        return;
    }
    record_id_ = record_id;
    const auto ds = lin_->dataset(rec->dataset_id);
    const bool fashion = ds.name.rfind("fashion-mnist", 0) == 0;
    QString subject = tr("(none)");
    if (rec->subject_id) subject = qs(lin_->subject_pseudonym(*rec->subject_id).value_or(""));
    info_->setText(tr("<b>Record %1</b><br>subject %2 · label %3 · %4<br>dataset %5, row %6<br>collected %7<br>"
                      "<small>SHA-256 %8…</small>")
                       .arg(qs(rec->key).toHtmlEscaped())
                       .arg(subject.toHtmlEscaped(), label_name(rec->label, fashion).toHtmlEscaped(),
                            stateWord(qs(rec->split)), qs(ds.name).toHtmlEscaped())
                       .arg(rec->row_index)
                       .arg(rec->collected_at.empty() ? tr("(date not recorded)")
                                                      : localTimestamp(qs(rec->collected_at)).toHtmlEscaped(),
                            qs(rec->sha256).left(16)));
    info_->setToolTip(tr("SHA-256 of the record's bytes: %1").arg(qs(rec->sha256)));

    // Features: read on the loader's thread (the first read of a dataset
    // decodes its whole file); the pane says so until they arrive.
    *pixels_ = QImage();
    image_->setPixmap({});
    if (!rec->redaction.empty()) {
        // Its raw data left the project's copies when its case was answered.
        image_->setText(tr("redacted\n%1").arg(localDate(qs(rec->redacted_at))));
        image_->setToolTip(tr("The record's raw data was redacted from this project's copies after its case was "
                              "answered; its SHA-256 and the stored scores remain."));
        ticket_ = 0; // a load still under way for the record before is not shown
    } else {
        image_->setText(tr("loading…"));
        ticket_ = loader_->request(ds, rec->row_index);
    }

    usage_->clear();
    const auto u = lethe::record_usage(*lin_, record_id);
    auto group = [this](const QString &title, size_t n) {
        auto *g = new QTreeWidgetItem(usage_, {title, localCount(n), QString()});
        g->setExpanded(true);
        return g;
    };
    auto *runs = group(tr("Training runs"), u.runs.size());
    for (const auto &r : u.runs)
        new QTreeWidgetItem(runs,
                            {tr("run %1 (%2, %3)").arg(r.run_id).arg(stateWord(qs(r.kind)), qs(r.arch)),
                             tr("shard %1, slice %2").arg(r.shard).arg(r.slice), localTimestamp(qs(r.started_at))});
    auto *cps = group(tr("Checkpoints that saw it"), u.checkpoints.size());
    for (const auto &c : u.checkpoints)
        new QTreeWidgetItem(cps, {tr("checkpoint %1 (run %2)").arg(c.id).arg(c.run_id),
                                  tr("shard %1, stage %2").arg(c.shard).arg(c.stage), stateWord(qs(c.state))});
    auto *models = group(tr("Models"), u.models.size());
    for (const auto &m : u.models)
        new QTreeWidgetItem(
            models, {tr("model %1 (%2, %3)").arg(m.id).arg(stateWord(qs(m.kind)), stateWord(qs(m.origin))),
                     m.shard >= 0 ? tr("shard %1").arg(m.shard) : tr("run %1").arg(m.run_id), stateWord(qs(m.state))});
    auto *jobs = group(tr("Forget jobs"), u.jobs.size());
    for (const auto &j : u.jobs)
        new QTreeWidgetItem(jobs, {tr("job %1").arg(j.id), qs(j.method), stateWord(qs(j.status))});
}

} // namespace lethe::ui
