#pragma once
// report_figure.cpp's text-object handler: it replays a figure's picture
// into the rectangle the text layout gives it. A header of its own because
// a QTextObjectInterface needs Q_OBJECT (qobject_cast finds the interface),
// and AUTOMOC compiles headers without an include of a .moc file.
#include <QAbstractTextDocumentLayout>
#include <QObject>
#include <QPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <map>

#include "report_figure.h"

namespace lethe::ui::detail {

constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureName = QTextFormat::UserProperty + 1;
constexpr double kMmPerInch = 25.4;

// Replays a figure's picture into the rectangle the layout gives it.
class FigureHandler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit FigureHandler(const ReportImages &figures) {
        for (const auto &[name, f] : figures)
            if (!f.isNull()) figures_.emplace(name, &f);
    }
    bool has(const QString &name) const { return figures_.count(name) > 0; }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override {
        const ReportFigure *f = find(format);
        if (!f) return {};
        // Layout units are the paint device's pixels (the PDF's, when printing).
        const QPaintDevice *dev = doc->documentLayout()->paintDevice();
        const double dpi_x = dev ? dev->logicalDpiX() : f->picture.logicalDpiX();
        const double dpi_y = dev ? dev->logicalDpiY() : f->picture.logicalDpiY();
        return {f->size_mm.width() / kMmPerInch * dpi_x, f->size_mm.height() / kMmPerInch * dpi_y};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override {
        const ReportFigure *f = find(format);
        if (!f) return;
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(QRectF(QPointF(0, 0), rect.size()), Qt::IntersectClip);
        // QPicture::play scales by the device's resolution over the picture's
        // own; the rest of the way to the rectangle is ours.
        const QPaintDevice *dev = painter->device();
        const double play_x = dev ? double(dev->logicalDpiX()) / f->picture.logicalDpiX() : 1.0;
        const double play_y = dev ? double(dev->logicalDpiY()) / f->picture.logicalDpiY() : 1.0;
        painter->scale(rect.width() / f->size_px.width() / play_x, rect.height() / f->size_px.height() / play_y);
        painter->drawPicture(0, 0, f->picture);
        painter->restore();
    }

private:
    const ReportFigure *find(const QTextFormat &format) const {
        const auto it = figures_.find(format.property(kFigureName).toString());
        return it == figures_.end() ? nullptr : it->second;
    }
    std::map<QString, const ReportFigure *> figures_;
};

} // namespace lethe::ui::detail
