#include "record_detail.h"

#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cstring>

#include "core/error.h"
#include "qt_std.h"

namespace lethe::ui {

RecordDetail::RecordDetail(QWidget *parent) : QWidget(parent), pixels_(new QImage) {
    auto *lay = new QVBoxLayout(this);
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
    lay->addWidget(image_, 0, Qt::AlignHCenter);
    lay->addWidget(info_);
    lay->addWidget(usage_, 1);
    clear();
}

RecordDetail::~RecordDetail() { delete pixels_; }

void RecordDetail::setProject(const QString &root, lethe::Lineage *lin) {
    lin_ = lin;
    reader_ = lin ? std::make_unique<lethe::FeatureReader>(ss(root)) : nullptr;
    clear();
}

void RecordDetail::clear() {
    record_id_ = 0;
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
                      "<small>SHA-256 %8</small>")
                       .arg(record_id)
                       .arg(subject.toHtmlEscaped(), label_name(rec->label, fashion).toHtmlEscaped(), qs(rec->split),
                            qs(ds.name).toHtmlEscaped())
                       .arg(rec->row_index)
                       .arg(qs(rec->collected_at), qs(rec->sha256)));

    // Features: an image for 2-D u8 data, else the first numbers as text.
    *pixels_ = QImage();
    try {
        const auto f = reader_->features(ds, rec->row_index);
        const int h = f.shape.size() >= 2 ? int(f.shape[f.shape.size() - 2]) : 0;
        const int w = f.shape.size() >= 2 ? int(f.shape.back()) : 0;
        if (f.is_u8 && h > 0 && w > 0 && size_t(h) * size_t(w) <= f.u8.size()) {
            QImage img(w, h, QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y) memcpy(img.scanLine(y), f.u8.data() + size_t(y) * size_t(w), size_t(w));
            *pixels_ = img;
            image_->setPixmap(QPixmap::fromImage(img.scaled(image_->size(), Qt::KeepAspectRatio, Qt::FastTransformation)));
        } else {
            QStringList vals;
            for (size_t i = 0; i < std::min<size_t>(f.f32.size(), 24); ++i) vals << QString::number(f.f32[i], 'g', 4);
            image_->setPixmap({});
            image_->setText(vals.join(QStringLiteral(", ")));
        }
    } catch (const std::exception &e) {
        image_->setPixmap({});
        image_->setText(tr("features unavailable:\n%1").arg(QString::fromUtf8(e.what())));
    }

    usage_->clear();
    const auto u = lethe::record_usage(*lin_, record_id);
    auto group = [this](const QString &title, size_t n) {
        auto *g = new QTreeWidgetItem(usage_, {title, QString::number(n), QString()});
        g->setExpanded(true);
        return g;
    };
    auto *runs = group(tr("Training runs"), u.runs.size());
    for (const auto &r : u.runs)
        new QTreeWidgetItem(runs, {tr("run %1 (%2, %3)").arg(r.run_id).arg(qs(r.kind), qs(r.arch)),
                                   tr("shard %1, slice %2").arg(r.shard).arg(r.slice), qs(r.started_at)});
    auto *cps = group(tr("Checkpoints that saw it"), u.checkpoints.size());
    for (const auto &c : u.checkpoints)
        new QTreeWidgetItem(cps, {tr("checkpoint %1 (run %2)").arg(c.id).arg(c.run_id),
                                  tr("shard %1, stage %2").arg(c.shard).arg(c.stage), qs(c.state)});
    auto *models = group(tr("Models"), u.models.size());
    for (const auto &m : u.models)
        new QTreeWidgetItem(models, {tr("model %1 (%2, %3)").arg(m.id).arg(qs(m.kind), qs(m.origin)),
                                     m.shard >= 0 ? tr("shard %1").arg(m.shard) : tr("run %1").arg(m.run_id),
                                     qs(m.state)});
    auto *jobs = group(tr("Forget jobs"), u.jobs.size());
    for (const auto &j : u.jobs)
        new QTreeWidgetItem(jobs, {tr("job %1").arg(j.id), qs(j.method), qs(j.status)});
}

} // namespace lethe::ui
