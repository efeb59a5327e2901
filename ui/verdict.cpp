#include "verdict.h"

#include "jobs/methods.h"

#include <QCoreApplication>
#include <QObject>

#include <map>

#include "jobs/cases.h"
#include "qt_std.h"

namespace lethe::ui {

QString subjectIntervalText(const nlohmann::json &subject) {
    if (!subject.is_object() || !subject.contains("z_ci95")) return QObject::tr("not computed");
    const auto &ci = subject["z_ci95"];
    if (!ci.is_array() || ci.size() != 2) return QObject::tr("n < 5");
    return QStringLiteral("[%1, %2]").arg(ci[0].get<double>(), 0, 'f', 2).arg(ci[1].get<double>(), 0, 'f', 2);
}

QString resultWord(const QString &result) { return result.toUpper(); }

QString layerWords(const QString &layer) {
    if (layer == QLatin1String("lineage")) return QObject::tr("Lineage (what still holds the records)");
    if (layer == QLatin1String("behaviour")) return QObject::tr("Behaviour (what the model reveals)");
    if (layer == QLatin1String("utility")) return QObject::tr("Utility (what the model still does)");
    return layer;
}

QString statusWords(const QString &status) {
    try {
        return QString::fromStdString(lethe::status_words(lethe::case_status_from(status.toStdString())));
    } catch (const std::exception &) {
        return status;
    }
}

QString attackWords(const QString &a) {
    if (a == QLatin1String("loss")) return QObject::tr("Loss threshold");
    if (a == QLatin1String("confidence")) return QObject::tr("Confidence threshold");
    if (a == QLatin1String("logit_confidence")) return QObject::tr("Scaled logit confidence");
    if (a == QLatin1String("entropy")) return QObject::tr("Prediction entropy");
    if (a == QLatin1String("modified_entropy")) return QObject::tr("Modified entropy (Song and Mittal)");
    if (a == QLatin1String("class_threshold_modified_entropy"))
        return QObject::tr("Modified entropy, per-class thresholds");
    if (a == QLatin1String("class_threshold_confidence")) return QObject::tr("Confidence, per-class thresholds");
    if (a == QLatin1String("lira_offline")) return QObject::tr("LiRA offline (reference models)");
    if (a == QLatin1String("lira_online")) return QObject::tr("LiRA online (reference models)");
    if (a == QLatin1String("rmia")) return QObject::tr("RMIA (reference models)");
    return a;
}

QString retrainedWords(const nlohmann::json &r, bool ensemble, const QString &method) {
    QStringList sl;
    if (r.is_object() && r.contains("shards_retrained") && r["shards_retrained"].is_array())
        for (const auto &x : r["shards_retrained"]) sl << QString::number(x.get<int>() + 1);
    const auto *m = lethe::find_method(method.toStdString());
    if (!ensemble)
        return m && m->kind == lethe::MethodKind::Exact ? QObject::tr("the whole model retrained")
                                                        : QObject::tr("the model adjusted, not retrained");
    return sl.isEmpty() ? QObject::tr("no shard retrained")
                        : QObject::tr("shard(s) %1 of the ensemble retrained").arg(sl.join(QStringLiteral(", ")));
}

nlohmann::json withSlicesOf(const nlohmann::json &summary, const std::string &attack) {
    if (!summary.is_object() || !summary.contains("slices_by_attack") || !summary["slices_by_attack"].is_object() ||
        !summary["slices_by_attack"].contains(attack))
        return summary;
    nlohmann::json out = summary;
    out["slices"] = summary["slices_by_attack"][attack];
    return out;
}

QString paramWords(const std::string &key) {
    static const std::map<std::string, const char *> words = {
        {"epochs", QT_TRANSLATE_NOOP("MethodParamsEditor", "Epochs")},
        {"lr", QT_TRANSLATE_NOOP("MethodParamsEditor", "Learning rate")},
        {"momentum", QT_TRANSLATE_NOOP("MethodParamsEditor", "Momentum")},
        {"batch_size", QT_TRANSLATE_NOOP("MethodParamsEditor", "Batch size")},
        {"min_epochs", QT_TRANSLATE_NOOP("MethodParamsEditor", "Minimum epochs")},
        {"max_epochs", QT_TRANSLATE_NOOP("MethodParamsEditor", "Epochs of max steps")},
        {"ft_epochs", QT_TRANSLATE_NOOP("MethodParamsEditor", "Fine-tuning epochs")},
        {"stop_ratio", QT_TRANSLATE_NOOP("MethodParamsEditor", "Stop at loss ratio")},
        {"beta", QT_TRANSLATE_NOOP("MethodParamsEditor", "Retain weight")},
        {"mask_fraction", QT_TRANSLATE_NOOP("MethodParamsEditor", "Weights updated")},
        {"retain_fraction", QT_TRANSLATE_NOOP("MethodParamsEditor", "Retained sample")},
        {"temperature", QT_TRANSLATE_NOOP("MethodParamsEditor", "Temperature")},
        {"alpha", QT_TRANSLATE_NOOP("MethodParamsEditor", "Alpha")},
        {"gamma", QT_TRANSLATE_NOOP("MethodParamsEditor", "Gamma")},
        {"clamp", QT_TRANSLATE_NOOP("MethodParamsEditor", "Largest noise factor")},
        {"samples", QT_TRANSLATE_NOOP("MethodParamsEditor", "Fisher samples")},
        {"lambda", QT_TRANSLATE_NOOP("MethodParamsEditor", "L2 strength")},
        {"budget", QT_TRANSLATE_NOOP("MethodParamsEditor", "Residual budget")},
        {"cg_iters", QT_TRANSLATE_NOOP("MethodParamsEditor", "Solver iterations")},
        {"cg_tol", QT_TRANSLATE_NOOP("MethodParamsEditor", "Solver tolerance")},
        // A job's recorded parameters and training configuration (the report's tables).
        {"train_config", QT_TRANSLATE_NOOP("MethodParamsEditor", "Training")},
        {"method_params", QT_TRANSLATE_NOOP("MethodParamsEditor", "Method parameters")},
        {"selection", QT_TRANSLATE_NOOP("MethodParamsEditor", "Selection")},
        {"audit", QT_TRANSLATE_NOOP("MethodParamsEditor", "Audit before and after")},
        {"keep_input", QT_TRANSLATE_NOOP("MethodParamsEditor", "Keep the input model")},
        {"method", QT_TRANSLATE_NOOP("MethodParamsEditor", "Method")},
        {"method_kind", QT_TRANSLATE_NOOP("MethodParamsEditor", "Kind of method")},
        {"purge_reference_models", QT_TRANSLATE_NOOP("MethodParamsEditor", "Purge reference models")},
        {"query", QT_TRANSLATE_NOOP("MethodParamsEditor", "Query")},
        {"records_file", QT_TRANSLATE_NOOP("MethodParamsEditor", "Records file")},
        {"subjects", QT_TRANSLATE_NOOP("MethodParamsEditor", "Subjects")},
        {"aggregation", QT_TRANSLATE_NOOP("MethodParamsEditor", "Ensemble vote")},
        {"arch", QT_TRANSLATE_NOOP("MethodParamsEditor", "Architecture")},
        {"device", QT_TRANSLATE_NOOP("MethodParamsEditor", "Device")},
        {"hidden", QT_TRANSLATE_NOOP("MethodParamsEditor", "Hidden units")},
        {"record_updates", QT_TRANSLATE_NOOP("MethodParamsEditor", "Record the update log")},
        {"seed", QT_TRANSLATE_NOOP("MethodParamsEditor", "Seed")},
        {"shard_policy", QT_TRANSLATE_NOOP("MethodParamsEditor", "Shard placement")},
        {"shards", QT_TRANSLATE_NOOP("MethodParamsEditor", "Shards")},
        {"slices", QT_TRANSLATE_NOOP("MethodParamsEditor", "Slices")},
        {"weight_decay", QT_TRANSLATE_NOOP("MethodParamsEditor", "Weight decay")},
    };
    const auto it = words.find(key);
    return it == words.end() ? qs(key) : QCoreApplication::translate("MethodParamsEditor", it->second);
}

} // namespace lethe::ui
