#include "method_params_editor.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>
#include <cmath>
#include <map>

#include "jobs/methods.h"
#include "qt_std.h"
#include "verdict.h"

namespace lethe::ui {

using nlohmann::json;

namespace {

// A number as the field shows it: the user's decimal mark (0,05 in German),
// no group separators.
QString shownNumber(double v) {
    QLocale l;
    l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return l.toString(v, 'g', QLocale::FloatingPointShortest);
}
// A field's text read either way: with the user's decimal mark, or with the
// engine's point (2e-3, 0.05), which is then never a group separator.
double readNumber(const QString &text, bool *ok) {
    QLocale l;
    l.setNumberOptions(QLocale::RejectGroupSeparator);
    const double v = l.toDouble(text, ok);
    if (*ok) return v;
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    return c.toDouble(text, ok);
}
// For the engine, which parses with strtod: the C locale whatever the user's.
QString engineNumber(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

bool sameNumber(double a, double b) { return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b)); }

} // namespace

MethodParamsEditor::MethodParamsEditor(QWidget *parent) : QWidget(parent) {
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    none_ = new QLabel(tr("No parameters: the method reuses the training run's configuration and seed."), this);
    none_->setWordWrap(true);
    none_->setObjectName(QStringLiteral("noParameters"));
    form_ = new QFormLayout;
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    reset_ = new QPushButton(tr("Defaults"), this);
    reset_->setToolTip(tr("Set every parameter of the method back to the registry's default"));
    lay->addWidget(none_);
    lay->addLayout(form_);
    lay->addWidget(reset_, 0, Qt::AlignRight);
    connect(reset_, &QPushButton::clicked, this, &MethodParamsEditor::resetToDefaults);
    setMethod(nullptr);
}

void MethodParamsEditor::setMethod(const lethe::MethodInfo *m) {
    while (form_->rowCount() > 0) form_->removeRow(0);
    fields_.clear();
    method_ = m ? qs(m->name) : QString();
    if (m && m->defaults.is_object()) {
        for (const auto &[key, def] : m->defaults.items()) {
            Field f;
            f.key = key;
            f.def = def;
            QString help;
            if (m->help.is_object() && m->help.contains(key) && m->help[key].is_string())
                help = qs(m->help[key].get<std::string>());
            QString def_text;
            if (def.is_boolean()) {
                auto *box = new QCheckBox(this);
                box->setChecked(def.get<bool>());
                connect(box, &QCheckBox::toggled, this, &MethodParamsEditor::markChanged);
                f.editor = box;
                def_text = def.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
            } else if (def.is_number_integer()) {
                auto *spin = new QSpinBox(this);
                int lo = INT_MIN, hi = INT_MAX;
                if (auto r = m->ranges.find(key); r != m->ranges.end()) {
                    if (r->second.lo > -1e9) lo = int(std::ceil(r->second.lo + (r->second.lo_open ? 0.5 : 0.0)));
                    if (r->second.hi < 1e9) hi = int(std::floor(r->second.hi - (r->second.hi_open ? 0.5 : 0.0)));
                }
                spin->setRange(lo, hi);
                spin->setValue(int(def.get<int64_t>()));
                connect(spin, &QSpinBox::valueChanged, this, &MethodParamsEditor::markChanged);
                f.editor = spin;
                def_text = QString::number(def.get<int64_t>());
            } else if (def.is_number()) {
                // No validator: isValid() names a field that is not a number.
                auto *edit = new QLineEdit(shownNumber(def.get<double>()), this);
                connect(edit, &QLineEdit::textChanged, this, &MethodParamsEditor::markChanged);
                f.editor = edit;
                def_text = shownNumber(def.get<double>());
            } else {
                auto *edit = new QLineEdit(def.is_string() ? qs(def.get<std::string>()) : qs(def.dump()), this);
                connect(edit, &QLineEdit::textChanged, this, &MethodParamsEditor::markChanged);
                f.editor = edit;
                def_text = edit->text();
            }
            f.editor->setObjectName(QStringLiteral("param_") + qs(key));
            QString tip = (help.isEmpty() ? qs(key) : help) + QLatin1Char('\n') + tr("Default: %1").arg(def_text);
            if (auto r = m->ranges.find(key); r != m->ranges.end() && def.is_number())
                tip += QLatin1Char('\n') + tr("Takes: %1").arg(qs(r->second.words()));
            f.editor->setToolTip(tip);
            f.label = new QLabel(paramWords(key) + QLatin1Char(':'), this);
            f.label->setToolTip(tip + QLatin1Char('\n') +
                                tr("Parameter key: %1 (lethe forget --param %1=…)").arg(qs(key)));
            form_->addRow(f.label, f.editor);
            fields_.push_back(f);
        }
    }
    none_->setVisible(fields_.empty());
    reset_->setVisible(!fields_.empty());
    markChanged();
}

json MethodParamsEditor::valueOf(const Field &f, bool *ok) const {
    *ok = true;
    if (auto *box = qobject_cast<QCheckBox *>(f.editor)) return box->isChecked();
    if (auto *spin = qobject_cast<QSpinBox *>(f.editor)) return int64_t(spin->value());
    const QString text = static_cast<QLineEdit *>(f.editor)->text().trimmed();
    if (f.def.is_number()) {
        const double v = readNumber(text, ok);
        if (!*ok || !std::isfinite(v)) {
            *ok = false;
            return f.def;
        }
        return v;
    }
    return ss(text);
}

json MethodParamsEditor::values() const {
    json out = json::object();
    for (const auto &f : fields_) {
        bool ok = false;
        out[f.key] = valueOf(f, &ok);
    }
    return out;
}

std::map<std::string, std::string> MethodParamsEditor::overrides() const {
    std::map<std::string, std::string> out;
    for (const auto &f : fields_) {
        bool ok = false;
        const json v = valueOf(f, &ok);
        if (!ok) continue;
        if (f.def.is_boolean()) {
            if (v.get<bool>() != f.def.get<bool>()) out[f.key] = v.get<bool>() ? "true" : "false";
        } else if (f.def.is_number_integer()) {
            if (v.get<int64_t>() != f.def.get<int64_t>()) out[f.key] = std::to_string(v.get<int64_t>());
        } else if (f.def.is_number()) {
            if (!sameNumber(v.get<double>(), f.def.get<double>())) out[f.key] = ss(engineNumber(v.get<double>()));
        } else {
            const std::string def = f.def.is_string() ? f.def.get<std::string>() : f.def.dump();
            if (v.get<std::string>() != def) out[f.key] = v.get<std::string>();
        }
    }
    return out;
}

// The engine's own range check (unlearn/registry.h), so the workbench and
// the CLI refuse the same values with the same sentence.
bool MethodParamsEditor::isValid(QString *why) const {
    const lethe::MethodInfo *m = lethe::find_method(ss(method_));
    for (const auto &f : fields_) {
        bool ok = false;
        const json v = valueOf(f, &ok);
        if (!ok) {
            if (why) *why = tr("parameter %1 of %2 takes a number").arg(qs(f.key), method_);
            return false;
        }
        if (m && v.is_number()) {
            const std::string problem = lethe::param_range_problem(*m, f.key, v.get<double>());
            if (!problem.empty()) {
                if (why) *why = tr("parameter %1").arg(qs(problem));
                return false;
            }
        }
    }
    return true;
}

QWidget *MethodParamsEditor::firstInvalidField() const {
    const lethe::MethodInfo *m = lethe::find_method(ss(method_));
    for (const auto &f : fields_) {
        bool ok = false;
        const json v = valueOf(f, &ok);
        if (!ok || (m && v.is_number() && !lethe::param_range_problem(*m, f.key, v.get<double>()).empty()))
            return f.editor;
    }
    return nullptr;
}

QWidget *MethodParamsEditor::editorFor(const QString &key) const {
    for (const auto &f : fields_)
        if (qs(f.key) == key) return f.editor;
    return nullptr;
}

bool MethodParamsEditor::setValue(const QString &key, const QString &text) {
    QWidget *w = editorFor(key);
    if (!w) return false;
    if (auto *box = qobject_cast<QCheckBox *>(w)) {
        box->setChecked(text == QLatin1String("true") || text == QLatin1String("1"));
        return true;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (ok) spin->setValue(v);
        return ok;
    }
    static_cast<QLineEdit *>(w)->setText(text);
    return true;
}

void MethodParamsEditor::resetToDefaults() {
    for (const auto &f : fields_) {
        if (auto *box = qobject_cast<QCheckBox *>(f.editor))
            box->setChecked(f.def.get<bool>());
        else if (auto *spin = qobject_cast<QSpinBox *>(f.editor))
            spin->setValue(int(f.def.get<int64_t>()));
        else if (f.def.is_number())
            static_cast<QLineEdit *>(f.editor)->setText(shownNumber(f.def.get<double>()));
        else
            static_cast<QLineEdit *>(f.editor)->setText(f.def.is_string() ? qs(f.def.get<std::string>())
                                                                          : qs(f.def.dump()));
    }
    markChanged();
}

// A changed parameter's name is shown in bold, so the run's deviations from
// the registry's defaults are visible at a glance.
void MethodParamsEditor::markChanged() {
    const auto changed = overrides();
    for (const auto &f : fields_) {
        QFont font = f.label->font();
        font.setBold(changed.count(f.key) > 0);
        f.label->setFont(font);
    }
    Q_EMIT edited();
}

} // namespace lethe::ui
