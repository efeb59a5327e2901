#include "result_plots.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

#include "language.h"
#include "qcustomplot_wrap.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

using nlohmann::json;

namespace {

const QColor kForget(200, 40, 40), kTest(40, 90, 200), kRetain(60, 150, 60);

void reset(QCustomPlot *plot) {
    plot->clearPlottables();
    plot->clearItems();
    plot->xAxis->setScaleType(QCPAxis::stLinear);
    plot->yAxis->setScaleType(QCPAxis::stLinear);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->xAxis->setNumberFormat(QStringLiteral("gb"));
    plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    plot->legend->setVisible(true);
    plot->legend->setFont(QFont(plot->font().family(), 8));
    // Drag pans; the wheel zooms only with Ctrl (installPlotNavigation).
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setProperty("lethe_home", QVariant());
    plot->axisRect()->setAutoMargins(QCP::msAll);
    // The title row of the previous drawing goes.
    for (int r = plot->plotLayout()->rowCount() - 1; r >= 0; --r)
        if (qobject_cast<QCPTextElement *>(plot->plotLayout()->element(r, 0)))
            plot->plotLayout()->remove(plot->plotLayout()->element(r, 0));
    plot->plotLayout()->simplify();
    // The legend in its own row under the axes: it never covers a curve, a
    // bar or an axis label, however long its entries are.
    if (plot->legend->layout() != plot->plotLayout()) {
        if (auto *inset = plot->axisRect()->insetLayout(); inset->elementCount() > 0) inset->take(plot->legend);
        plot->axisRect()->insetLayout()->simplify();
        const int row = plot->plotLayout()->rowCount();
        plot->plotLayout()->addElement(row, 0, plot->legend);
        plot->plotLayout()->setRowStretchFactor(row, 0.001);
        plot->plotLayout()->setRowSpacing(2);
        plot->legend->setMargins(QMargins(6, 2, 6, 2));
        plot->legend->setBorderPen(Qt::NoPen); // under the axes it needs no frame
    }
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(3);
}

void setTitle(QCustomPlot *plot, const QString &title) {
    plot->plotLayout()->insertRow(0);
    auto *t = new QCPTextElement(plot, title, QFont(plot->font().family(), 10, QFont::Bold));
    plot->plotLayout()->addElement(0, 0, t);
}

bool has(const json &j, const char *k) { return j.is_object() && j.contains(k) && !j[k].is_null(); }

// Rotated tick labels run right of their tick: the last one ("Ankle boot")
// needs room past the axis, which QCustomPlot's automatic margins leave out.
void keepRoomRight(QCustomPlot *plot, bool rotated) {
    auto *r = plot->axisRect();
    if (!rotated) {
        r->setAutoMargins(QCP::msAll);
        return;
    }
    r->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    r->setMargins(
        QMargins(0, 0, QFontMetrics(plot->xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("Ankle boot")), 0));
}

// One named bar set of a group with its error bars (kept out of the legend).
std::pair<QCPBars *, QCPErrorBars *> grouped_bars(QCustomPlot *plot, QCPBarsGroup *group, const QString &name,
                                                  const QColor &c, double width) {
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(name);
    bars->setWidth(width);
    bars->setPen(QPen(c.darker(130)));
    bars->setBrush(c);
    bars->setBarsGroup(group);
    auto *err = new QCPErrorBars(plot->xAxis, plot->yAxis);
    err->removeFromLegend();
    err->setDataPlottable(bars);
    return {bars, err};
}

QPen pen(const QColor &c, bool dashed, double w = 1.6) {
    QPen p(c, w);
    if (dashed) p.setStyle(Qt::DashLine);
    return p;
}

} // namespace

void plotLossHistograms(QCustomPlot *plot, const json &before, const json &after, const json &reference) {
    reset(plot);
    setTitle(plot, QObject::tr("Loss: forget vs test records"));
    plot->legend->setWrap(2);
    const double top = std::log1p(20.0);
    double ymax = 0;
    auto add = [&](const json &s, const char *set, const QString &name, const QColor &c, bool dashed,
                   bool dotted = false) {
        if (!has(s, "loss_histogram")) return;
        const auto &counts = s["loss_histogram"]["counts"];
        if (!counts.contains(set)) return;
        const auto v = counts[set].get<std::vector<int64_t>>();
        int64_t total = 0;
        for (auto x : v) total += x;
        if (total == 0) return;
        QVector<double> x, y;
        for (size_t i = 0; i < v.size(); ++i) {
            x << (double(i) + 0.5) * top / double(v.size());
            y << double(v[i]) / double(total);
            ymax = std::max(ymax, y.back());
        }
        auto *g = plot->addGraph();
        g->setName(QStringLiteral("%1 (n=%2)").arg(name, localCount(qint64(total))));
        g->setLineStyle(QCPGraph::lsStepCenter);
        g->setPen(pen(c, dashed));
        if (dotted)
            g->setPen(QPen(c, 2.2, Qt::DotLine));
        else if (!dashed)
            g->setBrush(QColor(c.red(), c.green(), c.blue(), 40));
        g->setData(x, y, true);
    };
    add(before, "forget", QObject::tr("forget, before"), kForget, true);
    add(before, "test", QObject::tr("test, before"), kTest, true);
    add(after, "forget", QObject::tr("forget, after"), kForget, false);
    add(after, "test", QObject::tr("test, after"), kTest, false);
    add(reference, "forget", QObject::tr("forget, retrained reference"), kRetain.darker(120), false, true);
    plot->xAxis->setLabel(QObject::tr("log(1 + loss)"));
    plot->yAxis->setLabel(QObject::tr("fraction of the set"));
    plot->xAxis->setRange(0, top);
    plot->yAxis->setRange(0, ymax > 0 ? ymax * 1.1 : 1);
    plot->replot();
}

namespace {

// One panel of plotSubjectRecords: the non-members' histogram at the bottom
// (its tallest bar 1), the subject's records as dots in two rows above it.
void subjectPanel(QCustomPlot *plot, QCPAxisRect *r, const SubjectPanel &p) {
    QCPAxis *x = r->axis(QCPAxis::atBottom), *y = r->axis(QCPAxis::atLeft);
    constexpr int kBins = 20;
    std::vector<double> count(kBins, 0.0);
    for (double e : p.nonmembers)
        if (std::isfinite(e)) count[size_t(std::clamp(int(e * kBins), 0, kBins - 1))] += 1;
    const double top = *std::max_element(count.begin(), count.end());
    auto *bars = new QCPBars(x, y);
    bars->setWidth(1.0 / kBins);
    bars->setPen(QPen(QColor(150, 150, 150)));
    bars->setBrush(QColor(210, 210, 210));
    bars->removeFromLegend();
    for (int i = 0; i < kBins; ++i) bars->addData((i + 0.5) / kBins, top > 0 ? count[size_t(i)] / top : 0.0);
    // The dots: a small fixed spread in each row, so that equal scores stay visible.
    auto dots = [&](const std::vector<double> &v, double row, const QColor &c) {
        auto *g = plot->addGraph(x, y);
        g->removeFromLegend();
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, QColor(c.red(), c.green(), c.blue(), 90), 6));
        for (size_t i = 0; i < v.size(); ++i)
            if (std::isfinite(v[i])) g->addData(v[i], row + 0.06 * (double(i % 5) - 2.0));
    };
    dots(p.before, 1.75, kForget);
    dots(p.after, 1.35, kTest);
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    ticker->addTick(0.5, QObject::tr("test records (%Ln)", nullptr, int(p.nonmembers.size())));
    ticker->addTick(1.35, QObject::tr("after (%Ln)", nullptr, int(p.after.size())));
    ticker->addTick(1.75, QObject::tr("before (%Ln)", nullptr, int(p.before.size())));
    y->setTicker(ticker);
    y->setTickLabelColor(Qt::black);
    y->setRange(0, 2.0);
    y->grid()->setVisible(false);
    x->setRange(0, 1);
    x->setLabel(QObject::tr("exposure"));
    // Room on the right for half of the last tick label ("1"), which the
    // automatic margins leave out.
    r->setMinimumMargins(QMargins(0, 0, QFontMetrics(x->tickLabelFont()).horizontalAdvance(QStringLiteral("0.0")), 0));
}

} // namespace

void plotSubjectRecords(QCustomPlot *plot, const std::vector<SubjectPanel> &panels) {
    reset(plot);
    plot->setInteractions(QCP::Interactions());
    auto *layout = plot->plotLayout();
    // No legend: the rows are labelled on the axis. Its row goes, so that the
    // panels share the width evenly (the plot, its parent, still deletes it).
    layout->take(plot->legend);
    plot->legend->setVisible(false);
    layout->simplify();
    // Row 0: the panels' titles; row 1: their axes. The first panel is the default axis rect.
    layout->insertRow(0);
    for (size_t i = 0; i < panels.size(); ++i) {
        QCPAxisRect *r = i == 0 ? plot->axisRect() : new QCPAxisRect(plot);
        if (i > 0) layout->addElement(1, int(i), r);
        layout->addElement(0, int(i),
                           new QCPTextElement(plot, panels[i].title, QFont(plot->font().family(), 9, QFont::Bold)));
        subjectPanel(plot, r, panels[i]);
    }
    if (panels.empty()) subjectPanel(plot, plot->axisRect(), SubjectPanel());
    for (int i = 0; i < layout->columnCount(); ++i) layout->setColumnStretchFactor(i, 1);
    plot->replot();
}

double rocFloor(const json &before, const json &after) {
    int64_t n = 0;
    for (const json *s : {&before, &after})
        if (has(*s, "mia"))
            for (auto &[k, v] : (*s)["mia"].items()) n = std::max<int64_t>(n, v.value("n_nonmembers", int64_t(0)));
    // One false positive in the largest non-member set, a decade below.
    return n > 0 ? std::max(1e-5, 0.1 / double(n)) : 1e-4;
}

void plotRoc(QCustomPlot *plot, const json &before, const json &after, const QString &statistic) {
    reset(plot);
    setTitle(plot, QObject::tr("ROC: %1").arg(attackWords(statistic)));
    plot->legend->setWrap(1); // long entries, one per row
    const double floor = rocFloor(before, after);
    for (QCPAxis *a : {plot->xAxis, plot->yAxis}) {
        a->setScaleType(QCPAxis::stLogarithmic);
        auto t = QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog);
        t->setLogBase(10);
        a->setTicker(t);
        a->setNumberFormat(QStringLiteral("eb"));
        a->setNumberPrecision(0);
        a->setRange(floor, 1.0);
    }
    auto *chance = plot->addGraph();
    chance->setName(QObject::tr("chance (TPR = FPR)"));
    chance->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    chance->setData({floor, 1.0}, {floor, 1.0});
    const std::string stat = ss(statistic);
    auto add = [&](const json &s, const QString &role, const QColor &c, bool dashed) {
        if (!has(s, "mia") || !s["mia"].contains(stat)) return;
        const auto &a = s["mia"][stat];
        QVector<double> x, y;
        for (const auto &p : a["roc"]) {
            x << std::max(floor, p[0].get<double>());
            y << std::max(floor, p[1].get<double>());
        }
        auto *g = plot->addGraph();
        auto ci = [&](const char *k) { return localInterval(a, k, 3); };
        // Short enough for a small plot; TPR at 1% FPR with its interval is
        // in the attack line above the plots and in the report.
        QString name = QObject::tr("%1: AUC %2%3; n = %4 vs %5")
                           .arg(role)
                           .arg(localNumber(a["auc"].get<double>(), 3))
                           .arg(ci("auc_ci95"))
                           .arg(localCount(a.value("n_members", int64_t(0))))
                           .arg(localCount(a.value("n_nonmembers", int64_t(0))));
        if (a.contains("n_reference_models"))
            name += QObject::tr(", K = %1").arg(a["n_reference_models"].get<int64_t>());
        g->setName(name);
        g->setPen(pen(c, dashed, 2));
        g->setData(x, y, true);
    };
    add(before, QObject::tr("before"), QColor(200, 110, 0), true);
    add(after, QObject::tr("after"), QColor(90, 40, 160), false);
    plot->xAxis->setLabel(QObject::tr("false positive rate (test records)"));
    plot->yAxis->setLabel(QObject::tr("true positive rate (forget)"));
    plot->replot();
}

void plotAccuracy(QCustomPlot *plot, const json &before, const json &after, const json &reference) {
    reset(plot);
    setTitle(plot, QObject::tr("Accuracy with 95% intervals"));
    const char *sets[] = {"retain", "forget", "test"};
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (int i = 0; i < 3; ++i) ticker->addTick(i + 1, QLatin1String(sets[i]));
    plot->xAxis->setTicker(ticker);
    auto *group = new QCPBarsGroup(plot);
    auto add = [&](const json &s, const QString &name, const QColor &c) {
        if (!has(s, "accuracy")) return;
        auto [bars, err] = grouped_bars(plot, group, name, c, has(reference, "accuracy") ? 0.25 : 0.35);
        QVector<double> keys, vals, lo, hi;
        for (int i = 0; i < 3; ++i) {
            const auto &a = s["accuracy"];
            if (!a.contains(sets[i]) || a[sets[i]].is_null()) continue;
            const double v = a[sets[i]].get<double>();
            keys << i + 1;
            vals << v;
            double l = v, h = v;
            if (has(s, "accuracy_ci95") && s["accuracy_ci95"].contains(sets[i])) {
                l = s["accuracy_ci95"][sets[i]][0].get<double>();
                h = s["accuracy_ci95"][sets[i]][1].get<double>();
            }
            lo << v - l;
            hi << h - v;
        }
        bars->setData(keys, vals, true);
        err->setData(lo, hi);
    };
    add(before, QObject::tr("before"), QColor(240, 170, 80));
    add(after, QObject::tr("after"), QColor(130, 100, 200));
    add(reference, QObject::tr("retrained reference"), kRetain.lighter(140));
    plot->xAxis->setRange(0.4, 3.6);
    plot->yAxis->setRange(0, 1.05);
    plot->yAxis->setLabel(QObject::tr("accuracy"));
    plot->replot();
}

void plotPerClassChange(QCustomPlot *plot, const json &before, const json &after, bool fashion_labels) {
    reset(plot);
    setTitle(plot, QObject::tr("Per-class accuracy change (after - before)"));
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    int n_classes = 0;
    auto *group = new QCPBarsGroup(plot);
    double lo = -0.05, hi = 0.05;
    auto add = [&](const char *set, const QString &name, const QColor &c) {
        if (!has(before, "per_class_accuracy") || !has(after, "per_class_accuracy")) return;
        const auto &b = before["per_class_accuracy"], &a = after["per_class_accuracy"];
        if (!b.contains(set) || !a.contains(set)) return;
        QVector<double> keys, vals;
        const size_t n = std::min(b[set].size(), a[set].size());
        n_classes = std::max(n_classes, int(n));
        for (size_t k = 0; k < n; ++k) {
            if (b[set][k].is_null() || a[set][k].is_null()) continue;
            keys << double(k);
            vals << a[set][k].get<double>() - b[set][k].get<double>();
            lo = std::min(lo, vals.back());
            hi = std::max(hi, vals.back());
        }
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(name);
        bars->setWidth(0.38);
        bars->setBrush(c);
        bars->setPen(QPen(c.darker(130)));
        bars->setBarsGroup(group);
        bars->setData(keys, vals, true);
    };
    add("forget", QObject::tr("forget set"), kForget.lighter(130));
    add("test", QObject::tr("test set"), kTest.lighter(130));
    add("retain", QObject::tr("retained sample"), kRetain.lighter(130));
    for (int k = 0; k < n_classes; ++k) {
        QString t = label_name(k, fashion_labels);
        if (fashion_labels) t = t.section(QLatin1Char('('), 1).chopped(1); // "4 (Coat)" -> "Coat"
        ticker->addTick(k, t);
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(n_classes > 6 ? 35 : 0);
    keepRoomRight(plot, n_classes > 6);
    plot->xAxis->setRange(-0.6, std::max(1, n_classes) - 0.4);
    plot->yAxis->setRange(lo * 1.15, hi * 1.15);
    plot->yAxis->setLabel(QObject::tr("accuracy change"));
    plot->replot();
}

void plotSlices(QCustomPlot *plot, const json &before, const json &after, bool fashion_labels) {
    reset(plot);
    const json &main = has(after, "slices") ? after : before;
    const QString attack = has(main, "slices") ? qs(main["slices"].value("attack", std::string())) : QString();
    // The attack is named beside the plot (its note) and in the tooltip: a
    // long name would be cut in the title of a small plot.
    setTitle(plot, QObject::tr("AUC by slice, 95% intervals"));
    if (!attack.isEmpty())
        plot->setToolTip(QObject::tr("%1 attack. Drag to pan, Ctrl + wheel to zoom, double-click to "
                                     "reset the view")
                             .arg(attackWords(attack)));
    // The slices in a fixed order: classes, then correct / incorrect.
    QStringList names;
    auto slices_of = [&](const json &s) {
        std::vector<json> out;
        if (!has(s, "slices")) return out;
        for (const auto &x : s["slices"].value("by_class", json::array())) out.push_back(x);
        const json bc = s["slices"].value("by_correctness", json::object());
        for (const char *k : {"correct", "incorrect"}) out.push_back(bc.contains(k) ? bc[k] : json());
        return out;
    };
    const auto ms = slices_of(main);
    for (size_t i = 0; i < ms.size(); ++i) {
        const bool is_class = i + 2 < ms.size();
        QString t = is_class ? label_name(int(ms[i].value("class", int64_t(i))), fashion_labels)
                             : (i + 2 == ms.size() ? QObject::tr("correct") : QObject::tr("wrong"));
        if (is_class && fashion_labels) t = t.section(QLatin1Char('('), 1).chopped(1);
        names << t;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (int i = 0; i < names.size(); ++i) ticker->addTick(i, names[i]);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(names.size() > 6 ? 35 : 0);
    keepRoomRight(plot, names.size() > 6);
    auto *group = new QCPBarsGroup(plot);
    auto add = [&](const json &s, const QString &name, const QColor &c) {
        const auto v = slices_of(s);
        if (v.empty()) return;
        auto [bars, err] = grouped_bars(plot, group, name, c, 0.38);
        QVector<double> keys, vals, lo, hi;
        for (size_t i = 0; i < v.size() && int(i) < names.size(); ++i) {
            if (!has(v[i], "auc")) continue;
            const double a = v[i]["auc"].get<double>();
            keys << double(i);
            vals << a;
            const json &ci = v[i].contains("auc_ci95") ? v[i]["auc_ci95"] : json();
            lo << (ci.is_array() && ci.size() == 2 ? a - ci[0].get<double>() : 0.0);
            hi << (ci.is_array() && ci.size() == 2 ? ci[1].get<double>() - a : 0.0);
        }
        bars->setData(keys, vals, true);
        err->setData(lo, hi);
    };
    if (&main == &after) add(before, QObject::tr("before"), QColor(240, 170, 80));
    add(main, &main == &after ? QObject::tr("after") : QObject::tr("before"),
        &main == &after ? QColor(130, 100, 200) : QColor(240, 170, 80));
    auto *chance = plot->addGraph();
    chance->setName(QObject::tr("chance (AUC 0.5)"));
    chance->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    chance->setData({-0.6, std::max(1.0, double(names.size())) - 0.4}, {0.5, 0.5});
    plot->xAxis->setRange(-0.6, std::max(1.0, double(names.size())) - 0.4);
    plot->yAxis->setRange(0, 1.05);
    plot->yAxis->setLabel(QObject::tr("AUC in the slice"));
    plot->replot();
}

void plotJobComparison(QCustomPlot *plot, const std::vector<JobPoint> &jobs, const QString &attack_words) {
    const QString attack = attack_words.isEmpty() ? attackWords(QStringLiteral("loss")) : attack_words;
    reset(plot);
    setTitle(plot, QObject::tr("Jobs of the case: %1").arg(attack));
    std::map<QString, QCPGraph *> by_method;
    double xmax = 1, ymax = 0.1;
    int color = 0;
    const QColor colors[] = {QColor(90, 40, 160), QColor(200, 110, 0), QColor(40, 140, 90), QColor(180, 40, 40)};
    for (const auto &j : jobs) {
        auto &g = by_method[j.method];
        if (!g) {
            g = plot->addGraph();
            g->setName(j.method);
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colors[color++ % 4], 8));
        }
        const double q = std::abs(j.mia_auc - 0.5);
        g->addData(j.seconds, q);
        xmax = std::max(xmax, j.seconds * 1.15);
        ymax = std::max(ymax, q * 1.2);
    }
    plot->xAxis->setLabel(QObject::tr("unlearning time (s)"));
    plot->yAxis->setLabel(QObject::tr("|AUC - 0.5| after (lower is better)"));
    plot->xAxis->setRange(0, xmax);
    plot->yAxis->setRange(0, ymax);
    plot->replot();
}

namespace {

// The wheel scrolls the page; Ctrl + wheel zooms the plot; a double-click
// brings back the view the plot was drawn with.
class PlotNavigation : public QObject {
public:
    explicit PlotNavigation(QCustomPlot *plot) : QObject(plot), plot_(plot) {}

protected:
    bool eventFilter(QObject *, QEvent *e) override {
        switch (e->type()) {
        case QEvent::Wheel: {
            auto *w = static_cast<QWheelEvent *>(e);
            if (!(w->modifiers() & Qt::ControlModifier)) {
                // To the page: the scroll area around the plot scrolls.
                for (QWidget *p = plot_->parentWidget(); p; p = p->parentWidget())
                    if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
                        QCoreApplication::sendEvent(area->verticalScrollBar(), w);
                        return true;
                    }
                w->ignore();
                return true;
            }
            remember();
            return false;
        }
        case QEvent::MouseButtonPress: remember(); return false;
        case QEvent::MouseButtonDblClick: restore(); return true;
        default: return false;
        }
    }

private:
    // The drawn view, saved before the first pan or zoom (reset() clears it).
    void remember() {
        if (plot_->property("lethe_home").isValid()) return;
        const auto *x = plot_->xAxis, *y = plot_->yAxis;
        plot_->setProperty("lethe_home",
                           QVariantList{x->range().lower, x->range().upper, y->range().lower, y->range().upper});
    }
    void restore() {
        const QVariantList h = plot_->property("lethe_home").toList();
        if (h.size() != 4) return;
        plot_->xAxis->setRange(h[0].toDouble(), h[1].toDouble());
        plot_->yAxis->setRange(h[2].toDouble(), h[3].toDouble());
        plot_->replot();
    }
    QCustomPlot *plot_;
};

} // namespace

void installPlotNavigation(QCustomPlot *plot) {
    plot->installEventFilter(new PlotNavigation(plot));
    plot->setToolTip(QObject::tr("Drag to pan, Ctrl + wheel to zoom, double-click to reset the view"));
}

void installHoverTooltips(QCustomPlot *plot) {
    installPlotNavigation(plot);
    plot->setMouseTracking(true);
    QObject::connect(plot, &QCustomPlot::mouseMove, plot, [plot](QMouseEvent *e) {
        int index = -1;
        QCPAbstractPlottable *p = plot->plottableAt(e->position(), false, &index);
        if (!p || index < 0 || !p->interface1D()) {
            QToolTip::hideText();
            return;
        }
        auto *d = p->interface1D();
        QString key = localSignificant(d->dataMainKey(index), 4);
        if (auto *bars = qobject_cast<QCPBars *>(p)) {
            if (auto *t = dynamic_cast<QCPAxisTickerText *>(bars->keyAxis()->ticker().data()))
                key = t->ticks().value(d->dataMainKey(index), key);
        }
        QToolTip::showText(
            e->globalPosition().toPoint(),
            QStringLiteral("%1\n%2: %3").arg(p->name(), key).arg(localSignificant(d->dataMainValue(index), 4)), plot);
    });
}

} // namespace lethe::ui
