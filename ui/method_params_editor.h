#pragma once
// The parameters of one unlearning method, edited generically from the
// engine's registry (unlearn/registry.h): one row per key of the method's
// `defaults`, typed by its default (boolean: check box, integer: spin box,
// number: a text field that takes 1e-4 as well as 0.0001, anything else:
// text), its `help` as the tooltip. Methods that land in the registry later
// appear here without a change to the GUI.
#include <QWidget>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

class QFormLayout;
class QLabel;
class QPushButton;

namespace lethe {
struct MethodInfo;
}

namespace lethe::ui {

class MethodParamsEditor : public QWidget {
    Q_OBJECT
public:
    explicit MethodParamsEditor(QWidget *parent = nullptr);

    void setMethod(const lethe::MethodInfo *method); // null: no parameters
    QString method() const { return method_; }

    // Every parameter with its current value, typed as its default.
    nlohmann::json values() const;
    // The parameters whose value differs from the default, as key=value
    // strings in the form ForgetOptions::params takes (C locale numbers).
    std::map<std::string, std::string> overrides() const;
    // False (and the offending parameter named in *why) when a field does not parse.
    bool isValid(QString *why = nullptr) const;
    // The first field whose value isValid() refuses (null: none), to focus it.
    QWidget *firstInvalidField() const;

    // For tests and scripts: set a value as text ("0.02", "true", "3").
    bool setValue(const QString &key, const QString &text);
    QWidget *editorFor(const QString &key) const;

public Q_SLOTS:
    void resetToDefaults();

Q_SIGNALS:
    void edited();

private:
    struct Field {
        std::string key;
        nlohmann::json def;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
    };
    nlohmann::json valueOf(const Field &f, bool *ok) const;
    void markChanged();

    QString method_;
    std::vector<Field> fields_;
    QFormLayout *form_;
    QLabel *none_;
    QPushButton *reset_;
};

} // namespace lethe::ui
