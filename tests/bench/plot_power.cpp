// The plot of docs/audit-power.md from bench_power's JSON: per number K of
// reference models, the detection rate (no-op called fail), the false-fail
// rate (exact retrain called fail) and the inconclusive rate of planted
// subjects, with their 95% Wilson intervals; RMIA as the test dashed.
// usage: QT_QPA_PLATFORM=offscreen plot_power RESULT.json OUT.png
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSharedPointer>

#include <cstdio>

#include "qcustomplot_wrap.h"

namespace {

struct Series {
    QString group, key, name, variance;
    QColor color;
};

void add_series(QCustomPlot &plot, const QJsonArray &rows, const Series &s, QVector<double> &ks) {
    QVector<double> x, y, lo, hi;
    for (const auto &rv : rows) {
        const auto row = rv.toObject();
        if (row[QStringLiteral("variance")].toString() != s.variance) continue;
        const auto r = row[s.group].toObject()[s.key].toObject();
        if (r[QStringLiteral("n")].toInt() == 0) continue;
        const double k = row[QStringLiteral("k")].toDouble();
        const double v = 100 * r[QStringLiteral("rate")].toDouble();
        const auto ci = r[QStringLiteral("ci95")].toArray();
        x << k;
        y << v;
        lo << v - 100 * ci[0].toDouble();
        hi << 100 * ci[1].toDouble() - v;
        if (!ks.contains(k)) ks << k;
    }
    if (x.isEmpty()) return;
    auto *g = plot.addGraph();
    g->setName(s.name);
    QPen pen(s.color, 2);
    if (s.variance == QStringLiteral("rmia")) pen.setStyle(Qt::DashLine);
    g->setPen(pen);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, s.color, s.color, 6));
    g->setData(x, y);
    auto *bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
    bars->removeFromLegend();
    bars->setDataPlottable(g);
    bars->setData(lo, hi);
    bars->setPen(QPen(s.color, 1));
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: plot_power RESULT.json OUT.png\n");
        return 1;
    }
    QFile f(QString::fromLocal8Bit(argv[1]));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "plot_power: %s: cannot be read\n", argv[1]);
        return 2;
    }
    const auto doc = QJsonDocument::fromJson(f.readAll()).object();
    const auto rows = doc[QStringLiteral("rows")].toArray();
    QCustomPlot plot;
    plot.resize(1000, 640);
    QFont font = plot.font();
    font.setPointSize(10);
    plot.xAxis->setLabelFont(font);
    plot.yAxis->setLabelFont(font);
    const QString P = QStringLiteral("planted"), O = QStringLiteral("ordinary"), pooled = QStringLiteral("pooled"),
                  rmia = QStringLiteral("rmia");
    const QList<Series> series = {
        {P, QStringLiteral("detection"), QStringLiteral("detection, planted (no-op called fail)"), pooled,
         QColor(0, 114, 178)},
        {P, QStringLiteral("false_fail"), QStringLiteral("false fail, planted (exact retrain called fail)"), pooled,
         QColor(213, 94, 0)},
        {P, QStringLiteral("inconclusive"), QStringLiteral("inconclusive, planted (no-op and retrain)"), pooled,
         QColor(120, 120, 120)},
        {O, QStringLiteral("detection"), QStringLiteral("detection, ordinary subjects"), pooled, QColor(0, 158, 115)},
        {P, QStringLiteral("detection"), QStringLiteral("detection, planted, RMIA as the test (lever)"), rmia,
         QColor(0, 114, 178)},
        {P, QStringLiteral("false_fail"), QStringLiteral("false fail, planted, RMIA as the test (lever)"), rmia,
         QColor(213, 94, 0)},
    };
    QVector<double> ks;
    for (const auto &s : series) add_series(plot, rows, s, ks);
    std::sort(ks.begin(), ks.end());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (double k : ks) ticker->addTick(k, QString::number(int(k)));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setLabel(QStringLiteral("reference models K (0: loss attack, power from the before-audit)"));
    plot.yAxis->setLabel(QStringLiteral("share of subjects, % (95% Wilson interval)"));
    plot.xAxis->setRange(-2, ks.isEmpty() ? 10 : ks.last() + 2);
    plot.yAxis->setRange(-3, 103);
    plot.legend->setVisible(true);
    plot.legend->setFont(font);
    // The legend below the axes, two columns, so it hides no point.
    auto *below = new QCPLayoutGrid;
    plot.plotLayout()->addElement(1, 0, below);
    below->addElement(0, 0, plot.legend);
    plot.legend->setWrap(3);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst, true); // three per row, re-laid out
    plot.plotLayout()->setRowStretchFactor(1, 0.001);
    const auto p = doc[QStringLiteral("project")].toObject();
    auto *title = new QCPTextElement(
        &plot,
        QStringLiteral("Audit power: %1 canary subjects of %2 records, %3 ordinary; %4 training images")
            .arg(p[QStringLiteral("canary_subjects")].toInt())
            .arg(p[QStringLiteral("canary_records")].toInt())
            .arg(p[QStringLiteral("ordinary_subjects")].toInt())
            .arg(p[QStringLiteral("subset")].toInt() ? QString::number(p[QStringLiteral("subset")].toInt())
                                                     : QStringLiteral("60,000")),
        font);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, title);
    if (!plot.savePng(QString::fromLocal8Bit(argv[2]), 1000, 640)) {
        std::fprintf(stderr, "plot_power: %s: cannot be written\n", argv[2]);
        return 2;
    }
    return 0;
}
