#pragma once
// The report's plots as vector drawings. A QCustomPlot is a widget, so it is
// recorded into a QPicture on the GUI thread (recordFigure); the picture is
// plain data, replayed onto the PDF's painter wherever the layout runs
// (printWithFigures, any thread). Each figure has a size on paper, so the
// plot's fonts print at their point size: 8 pt tick labels stay 8 pt.
#include <QByteArray>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

class QCustomPlot;
class QPagedPaintDevice;
class QTextDocument;

namespace lethe::ui {

struct ReportFigure {
    QPicture picture;
    QSizeF size_mm; // on paper
    QSizeF size_px; // the picture's own coordinates
    // What QCustomPlot had to clip at the figure's edge (it clips every
    // drawing to its viewport): "tick label \"Ankle boot\" runs past the
    // right edge". Empty when every title, label, tick label and legend fits.
    QStringList overflow;
    bool isNull() const { return size_px.isEmpty(); }
};
using ReportImages = std::vector<std::pair<QString, ReportFigure>>;

// The report's style sheet (resources/report/report.css): the body's font,
// the headings, the tables; every PDF report is laid out with it.
QString reportStyleSheet();

// Records the plot at size_mm on paper (its fonts at their point sizes). GUI thread.
ReportFigure recordFigure(QCustomPlot &plot, QSizeF size_mm);

// Prints doc onto the device, page by page inside its margins, with every
// <img src='plot:NAME'> replaced by the figure of that name drawn as vectors
// at its size on paper (a name without a figure is dropped), and footer(page,
// pages) in 8 pt under each page. Any thread: no widget is touched.
void printWithFigures(QTextDocument &doc, QPagedPaintDevice &device, const ReportImages &figures,
                      const std::function<QString(int page, int pages)> &footer = {});

// The one writer of the reports' PDF: A4, 15 mm margins, 300 dpi, PDF/A-1b,
// the title in the metadata; html laid out by printWithFigures. Any thread.
QByteArray renderPdfA1b(const QString &title, const QString &html, const ReportImages &figures,
                        const std::function<QString(int page, int pages)> &footer);

} // namespace lethe::ui
