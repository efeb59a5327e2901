#include "report_figure.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <map>

#include "language.h"
#include "qcustomplot_wrap.h"
#include "report_figure_handler.h"

#ifndef LETHE_VERSION
#define LETHE_VERSION "unknown"
#endif

namespace lethe::ui {

namespace {

using detail::FigureHandler;
using detail::kFigureName;
using detail::kFigureObject;
using detail::kMmPerInch;
constexpr double kFigureDpi = 96;

// Every font of the plot in pixels of the picture. A point-sized font would
// be resolved again at the PDF's resolution when the picture is replayed,
// and print 300/96 times too large; a pixel-sized one scales with the
// picture, so it prints at its point size.
void pixelFonts(QCustomPlot &plot, double dpi) {
    auto px = [dpi](QFont f) {
        if (f.pointSizeF() > 0) f.setPixelSize(std::max(1, qRound(f.pointSizeF() * dpi / 72.0)));
        // Laid out with the outlines' own advances, as the PDF draws them:
        // hinted screen metrics are narrower, and a label measured with them
        // would run past its figure on paper.
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    };
    plot.setFont(px(plot.font()));
    for (QCPAxisRect *r : plot.axisRects())
        for (QCPAxis *a : r->axes()) {
            a->setLabelFont(px(a->labelFont()));
            QFont t = px(a->tickLabelFont());
            // Powers of ten ("eb") print their exponent at int(0.75 x) the
            // label's pixels: keep that at 7 pt or more.
            if (a->numberFormat().contains(QLatin1Char('b')))
                t.setPixelSize(std::max(t.pixelSize(), int(std::ceil((7.0 * dpi / 72.0 + 1.0) / 0.75))));
            a->setTickLabelFont(t);
        }
    for (QCPLayoutElement *e : plot.plotLayout()->elements(true)) {
        if (auto *t = qobject_cast<QCPTextElement *>(e)) t->setFont(px(t->font()));
        if (auto *l = qobject_cast<QCPLegend *>(e)) {
            l->setFont(px(l->font()));
            for (int i = 0; i < l->itemCount(); ++i) l->item(i)->setFont(px(l->item(i)->font()));
        }
    }
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto *t = qobject_cast<QCPItemText *>(plot.item(i))) t->setFont(px(t->font()));
}

// The width and height of a text as QCustomPlot lays it out (lines split at \n).
QSizeF textSize(const QFont &font, const QString &text) {
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, 1e6, 1e6), 0, text).size();
}

// The texts a plot lays out against its axes and layout, checked against
// its viewport: QCustomPlot clips every drawing there, silently.
QStringList overflows(QCustomPlot &plot) {
    QStringList out;
    const QRectF vp = QRectF(plot.viewport()).adjusted(-1, -1, 1, 1);
    auto check = [&](const QString &what, double lo, double hi, bool horizontal) {
        const double a = horizontal ? vp.left() : vp.top(), b = horizontal ? vp.right() : vp.bottom();
        if (lo < a)
            out << QStringLiteral("%1 runs past the %2 edge")
                       .arg(what, horizontal ? QStringLiteral("left") : QStringLiteral("top"));
        if (hi > b)
            out << QStringLiteral("%1 runs past the %2 edge")
                       .arg(what, horizontal ? QStringLiteral("right") : QStringLiteral("bottom"));
    };
    for (QCPAxisRect *r : plot.axisRects())
        for (QCPAxis *a : r->axes()) {
            if (!a->visible()) continue;
            const bool horizontal = a->orientation() == Qt::Horizontal;
            const double mid = horizontal ? r->center().x() : r->center().y();
            if (!a->label().isEmpty()) {
                const double w = textSize(a->labelFont(), a->label()).width(); // vertical axes turn it
                check(QStringLiteral("axis label \"%1\"").arg(a->label()), mid - w / 2, mid + w / 2, horizontal);
            }
            if (!a->tickLabels()) continue;
            const auto ticks = a->tickVector();
            const auto labels = a->tickVectorLabels();
            const double rot = qDegreesToRadians(a->tickLabelRotation());
            for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
                if (!a->range().contains(ticks[i])) continue;
                const double p = a->coordToPixel(ticks[i]);
                QSizeF t = textSize(a->tickLabelFont(), labels[i]);
                if (a->numberFormat().contains(QLatin1Char('b')) && labels[i].contains(QLatin1Char('e'))) {
                    // Drawn as a power: "10" (times the mantissa unless it is 1), the exponent at 3/4 size.
                    const QString mant = labels[i].section(QLatin1Char('e'), 0, 0);
                    const int e = labels[i].section(QLatin1Char('e'), 1).toInt();
                    QFont ef = a->tickLabelFont();
                    ef.setPixelSize(std::max(1, int(ef.pixelSize() * 0.75)));
                    const QString base =
                        mant == QLatin1String("1") ? QStringLiteral("10") : mant + QStringLiteral("·10");
                    t.setWidth(textSize(a->tickLabelFont(), base).width() + textSize(ef, QString::number(e)).width());
                }
                const QString what = QStringLiteral("tick label \"%1\"")
                                         .arg(QString(labels[i]).replace(QLatin1Char('\n'), QLatin1Char(' ')));
                if (horizontal) {
                    // Turned labels hang from their tick to one side.
                    const double run =
                        rot == 0 ? t.width() / 2 : t.width() * std::cos(rot) + t.height() * std::sin(std::fabs(rot));
                    check(what, rot > 0 ? p : p - run, rot < 0 ? p : p + run, true);
                } else {
                    check(what, p - t.height() / 2, p + t.height() / 2, false);
                    const double pad = a->offset() + a->tickLabelPadding();
                    if (a->axisType() == QCPAxis::atLeft)
                        check(what, r->left() - pad - t.width(), r->left(), true);
                    else
                        check(what, r->right(), r->right() + pad + t.width(), true);
                }
            }
        }
    for (QCPLayoutElement *e : plot.plotLayout()->elements(true))
        if (auto *t = qobject_cast<QCPTextElement *>(e); t && t->visible()) {
            const double w = textSize(t->font(), t->text()).width(), mid = t->outerRect().center().x();
            check(QStringLiteral("title \"%1\"").arg(t->text()), mid - w / 2, mid + w / 2, true);
        }
    if (plot.legend && plot.legend->visible() && plot.legend->layout()) {
        const QRectF l = plot.legend->outerRect();
        check(QStringLiteral("the legend"), l.left(), l.right(), true);
        check(QStringLiteral("the legend"), l.top(), l.bottom(), false);
    }
    return out;
}

} // namespace

ReportFigure recordFigure(QCustomPlot &plot, QSizeF size_mm) {
    ReportFigure f;
    f.size_mm = size_mm;
    // Picture pixels at 96 per inch whatever the screen: pens, markers and
    // paddings print the same from the workbench and from lethe-report.
    const double dpi_x = kFigureDpi, dpi_y = kFigureDpi;
    pixelFonts(plot, dpi_y);
    const int w = qRound(size_mm.width() / kMmPerInch * dpi_x), h = qRound(size_mm.height() / kMmPerInch * dpi_y);
    f.size_px = QSizeF(w, h);
    plot.resize(w, h);
    plot.setViewport(QRect(0, 0, w, h)); // a widget never shown gets no resize event
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QCPPainter painter(&f.picture);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, w, h);
    painter.end();
    f.overflow = overflows(plot);
    return f;
}

void printWithFigures(QTextDocument &doc, QPagedPaintDevice &device, const ReportImages &figures,
                      const std::function<QString(int page, int pages)> &footer) {
    FigureHandler handler(figures);
    doc.documentLayout()->registerHandler(kFigureObject, &handler);
    // Every image named plot:NAME becomes the figure object, from the end so
    // that the positions met first stay valid.
    std::vector<std::pair<int, QString>> at;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (!frag.isValid() || !frag.charFormat().isImageFormat()) continue;
            const QString name = frag.charFormat().toImageFormat().name();
            if (!name.startsWith(QLatin1String("plot:"))) continue;
            for (int i = 0; i < frag.length(); ++i) at.emplace_back(frag.position() + i, name.mid(5));
        }
    for (auto it = at.rbegin(); it != at.rend(); ++it) {
        QTextCursor c(&doc);
        c.setPosition(it->first);
        c.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        if (!handler.has(it->second)) {
            c.removeSelectedText();
            continue;
        }
        QTextCharFormat fmt;
        fmt.setObjectType(kFigureObject);
        fmt.setProperty(kFigureName, it->second);
        c.insertText(QString(QChar::ObjectReplacementCharacter), fmt);
    }
    // Laid out in the device's own pixels, page by page inside its margins,
    // with a footer line under each page's text.
    QPainter p(&device);
    doc.documentLayout()->setPaintDevice(&device);
    QFont small = doc.defaultFont();
    small.setPointSizeF(8);
    const double footer_h = QFontMetricsF(small, &device).height() * 2;
    const QSizeF body(device.width(), device.height() - footer_h);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0) device.newPage();
        p.save();
        p.translate(0, -i * body.height());
        doc.drawContents(&p, QRectF(QPointF(0, i * body.height()), body));
        p.restore();
        if (footer) {
            p.setFont(small);
            p.drawText(QRectF(0, body.height(), body.width(), footer_h), Qt::AlignRight | Qt::AlignBottom,
                       footer(i + 1, pages));
        }
    }
    p.end();
    doc.documentLayout()->unregisterHandler(kFigureObject);
}

QString reportStyleSheet() {
    ensureResources();
    QFile f(QStringLiteral(":/report/report.css"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QByteArray renderPdfA1b(const QString &title, const QString &html, const ReportImages &figures,
                        const std::function<QString(int page, int pages)> &footer) {
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buf);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Lethe %1").arg(QStringLiteral(LETHE_VERSION)));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(300);
        QTextDocument doc;
        doc.setDefaultStyleSheet(reportStyleSheet());
        doc.setHtml(html);
        printWithFigures(doc, pdf, figures, footer);
    }
    buf.close();
    return bytes;
}

} // namespace lethe::ui
