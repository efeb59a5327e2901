#include "verdict.h"

#include "jobs/methods.h"

#include <QCoreApplication>
#include <QObject>
#include <QRegularExpression>

#include <map>
#include <utility>
#include <vector>

#include "jobs/cases.h"
#include "language.h"
#include "qt_std.h"

namespace lethe::ui {

QString stageWords(const QString &engineStage) {
    // A method's stage on one shard of an ensemble (unlearn::Context::label).
    static const QRegularExpression on_shard(QStringLiteral("^(.+), shard (\\d+)/(\\d+)$"));
    if (const auto m = on_shard.match(engineStage); m.hasMatch() && !m.captured(1).startsWith(QLatin1String("train")))
        return QObject::tr("%1, shard %2/%3").arg(stageWords(m.captured(1)), m.captured(2), m.captured(3));
    static const char *const fixed[] = {
        QT_TRANSLATE_NOOP("QObject", "forward pass"),
        QT_TRANSLATE_NOOP("QObject", "copying Fashion-MNIST into the project"),
        QT_TRANSLATE_NOOP("QObject", "hashing records"),
        QT_TRANSLATE_NOOP("QObject", "verifying record hashes"),
        QT_TRANSLATE_NOOP("QObject", "writing the case report"),
        QT_TRANSLATE_NOOP("QObject", "verifying the project"),
        QT_TRANSLATE_NOOP("QObject", "gradient ascent on the forget set"),
        QT_TRANSLATE_NOOP("QObject", "certified removal"),
        QT_TRANSLATE_NOOP("QObject", "certified removal: features"),
        QT_TRANSLATE_NOOP("QObject", "certified removal: Newton solve"),
        QT_TRANSLATE_NOOP("QObject", "Fisher information"),
        QT_TRANSLATE_NOOP("QObject", "Fisher noise"),
        QT_TRANSLATE_NOOP("QObject", "Bad Teacher distillation"),
        QT_TRANSLATE_NOOP("QObject", "l1-sparse fine-tuning"),
        QT_TRANSLATE_NOOP("QObject", "random-label training"),
        QT_TRANSLATE_NOOP("QObject", "SalUn (masked random-label training)"),
        QT_TRANSLATE_NOOP("QObject", "amnesiac repair fine-tuning"),
        QT_TRANSLATE_NOOP("QObject", "fine-tuning on retained records"),
    };
    for (const char *f : fixed)
        if (engineStage == QLatin1String(f)) return QCoreApplication::translate("QObject", f);
    struct Pattern {
        const char *re, *words; // the words take the captures as %1, %2, ...
    };
    static const Pattern table[] = {
        {"^training shard (\\d+)/(\\d+), stage (\\d+)/(\\d+)$",
         QT_TRANSLATE_NOOP("QObject", "training shard %1/%2, stage %3/%4")},
        {"^reference pool for model (\\d+)$", QT_TRANSLATE_NOOP("QObject", "reference pool for model %1")},
        {"^scoring reference model (\\d+)$", QT_TRANSLATE_NOOP("QObject", "scoring reference model %1")},
        {"^forgetting subject (.+) from model (\\d+) with (.+)$",
         QT_TRANSLATE_NOOP("QObject", "forgetting subject %1 from model %2 with %3")},
        {"^Slurm job (\\S+): (\\d+) done, (\\d+) running, (\\d+) pending, (\\d+) failed and running again$",
         QT_TRANSLATE_NOOP("QObject", "Slurm job %1: %2 done, %3 running, %4 pending, %5 failed and running again")},
        {"^Slurm job (\\S+): (\\d+) done, (\\d+) running, (\\d+) pending$",
         QT_TRANSLATE_NOOP("QObject", "Slurm job %1: %2 done, %3 running, %4 pending")},
        {"^reading (.+)$", QT_TRANSLATE_NOOP("QObject", "reading %1")},
    };
    static const auto compiled = [] {
        std::vector<std::pair<QRegularExpression, const char *>> out;
        for (const auto &p : table) out.emplace_back(QRegularExpression(QString::fromLatin1(p.re)), p.words);
        return out;
    }();
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    for (const auto &[re, words] : compiled) {
        const auto m = re.match(engineStage);
        if (!m.hasMatch()) continue;
        // One pass: a capture (a pseudonym is free text) holding "%2" stays as it is.
        const QString t = QCoreApplication::translate("QObject", words);
        QString out;
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(t); it.hasNext();) {
            const auto p = it.next();
            out += t.mid(at, p.capturedStart() - at) + m.captured(p.captured(1).toInt());
            at = p.capturedEnd();
        }
        return out + t.mid(at);
    }
    return engineStage;
}

QString referenceReasonWords(const nlohmann::json &references) {
    if (references.is_object() && references.contains("reason_message")) {
        const auto m = lethe::message_from_json(references["reason_message"]);
        if (!m.empty())
            return m.text.rfind("no complete reference pool matches", 0) == 0
                       ? referenceReasonWords(QStringLiteral("no complete reference pool matches"))
                       : engineWords(m);
    }
    return referenceReasonWords(references.is_object() && references.contains("reason") &&
                                        references["reason"].is_string()
                                    ? QString::fromStdString(references["reason"].get<std::string>())
                                    : QString());
}

QString referenceReasonWords(const QString &reason) {
    if (reason.startsWith(QLatin1String("no complete reference pool matches")))
        return QObject::tr("no complete reference pool matches this model's training configuration; build one with "
                           "Job > Reference models… or lethe references build");
    return reason;
}

QString subjectIntervalText(const nlohmann::json &subject) {
    if (!subject.is_object() || !subject.contains("z_ci95")) return QObject::tr("not computed");
    const auto &ci = subject["z_ci95"];
    if (!ci.is_array() || ci.size() != 2) return QObject::tr("n < 5");
    return localInterval(localNumber(ci[0].get<double>(), 2), localNumber(ci[1].get<double>(), 2));
}

QString resultWord(const QString &result) {
    if (result == QLatin1String("pass")) return QObject::tr("PASS");
    if (result == QLatin1String("fail")) return QObject::tr("FAIL");
    if (result == QLatin1String("inconclusive")) return QObject::tr("INCONCLUSIVE");
    if (result == QLatin1String("open")) return QObject::tr("OPEN");
    return result.toUpper();
}

namespace {

// The engine's sentences: an older audit, or a code this version does not know.
QStringList englishReasons(const nlohmann::json &v) {
    QStringList out;
    if (v.is_object() && v.contains("reasons") && v["reasons"].is_array())
        for (const auto &r : v["reasons"])
            if (r.is_string()) out << QString::fromStdString(r.get<std::string>());
    return out;
}

} // namespace

QStringList verdictReasons(const nlohmann::json &v) {
    QStringList out;
    if (v.is_object() && v.contains("reason_codes") && v["reason_codes"].is_array()) {
        for (const auto &r : v["reason_codes"]) {
            const std::string code = r.value("code", std::string());
            const int n = int(r.value("n", int64_t(0)));
            if (code == "still_members")
                out << QObject::tr("%Ln subject(s) still look like members (z ≥ z_fail)", nullptr, n);
            else if (code == "no_power")
                out << QObject::tr("%Ln subject(s) have no reference model that trained on them (erased records are "
                                   "OUT for every model): the power of the test is unavailable, so they cannot pass",
                                   nullptr, n);
            else if (code == "weak_test_pool")
                out << QObject::tr("for some subjects even a model that trained on them would not reach z_power: the "
                                   "test cannot tell (more reference models or more records needed)");
            else if (code == "weak_test_before")
                out << QObject::tr("for some subjects the model before unlearning did not reach z_power either: the "
                                   "test cannot tell");
            else if (code == "no_power_source")
                out << QObject::tr("no reference pool and no before-audit: nothing shows the test could have seen a "
                                   "remembered subject");
            else if (code == "retained_exposed")
                out << QObject::tr("%Ln retained record(s) became more exposed after unlearning (the control)", nullptr,
                                   n);
            else
                return englishReasons(v); // a code this version does not know: the engine's sentences
        }
        return out;
    }
    return englishReasons(v);
}

QString verdictBasis(const nlohmann::json &v) {
    if (!v.is_object()) return {};
    const std::string src = v.value("z_source", std::string());
    const auto k = v.value("reference_models", int64_t(0));
    if (src == "lira_offline" && k > 0)
        return QObject::tr("LiRA offline z of each forget record against %1 reference models (OUT = retrained without "
                           "the subject), combined per subject (Stouffer, divided by the root of the design effect "
                           "the OUT models show for the subject's records); power from the IN reference models")
            .arg(k);
    if (src == "exposure")
        return QObject::tr("loss-attack exposure percentile among test records, as z, combined per subject "
                           "(Stouffer); power from the before-audit");
    return QString::fromStdString(v.value("basis", std::string()));
}

QString stateWord(const QString &w) {
    static const std::map<QString, const char *> words = {
        {QStringLiteral("queued"), QT_TRANSLATE_NOOP("QObject", "queued")},
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("QObject", "running")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("QObject", "done")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("QObject", "failed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("QObject", "cancelled")},
        {QStringLiteral("interrupted"), QT_TRANSLATE_NOOP("QObject", "interrupted")},
        {QStringLiteral("live"), QT_TRANSLATE_NOOP("QObject", "live")},
        {QStringLiteral("purging"), QT_TRANSLATE_NOOP("QObject", "purging")},
        {QStringLiteral("purged"), QT_TRANSLATE_NOOP("QObject", "purged")},
        {QStringLiteral("monolithic"), QT_TRANSLATE_NOOP("QObject", "monolithic")},
        {QStringLiteral("sisa"), QT_TRANSLATE_NOOP("QObject", "SISA ensemble")},
        {QStringLiteral("shard"), QT_TRANSLATE_NOOP("QObject", "shard")},
        {QStringLiteral("trained"), QT_TRANSLATE_NOOP("QObject", "trained")},
        {QStringLiteral("unlearned"), QT_TRANSLATE_NOOP("QObject", "unlearned")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("QObject", "reference")},
        {QStringLiteral("exact"), QT_TRANSLATE_NOOP("QObject", "exact")},
        {QStringLiteral("approximate"), QT_TRANSLATE_NOOP("QObject", "approximate")},
        {QStringLiteral("certified"), QT_TRANSLATE_NOOP("QObject", "certified")},
        {QStringLiteral("building"), QT_TRANSLATE_NOOP("QObject", "building")},
        {QStringLiteral("complete"), QT_TRANSLATE_NOOP("QObject", "complete")},
        // the record splits
        {QStringLiteral("train"), QT_TRANSLATE_NOOP("QObject", "train")},
        {QStringLiteral("test"), QT_TRANSLATE_NOOP("QObject", "test")},
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("QObject", "population")},
    };
    const auto it = words.find(w);
    return it == words.end() ? w : QObject::tr(it->second);
}

QString layerWords(const QString &layer) {
    if (layer == QLatin1String("lineage")) return QObject::tr("Lineage (what still holds the records)");
    if (layer == QLatin1String("behaviour")) return QObject::tr("Behaviour (what the model reveals)");
    if (layer == QLatin1String("utility")) return QObject::tr("Utility (what the model still does)");
    return layer;
}

QString statusWords(const QString &status) {
    try {
        switch (lethe::case_status_from(status.toStdString())) {
        case lethe::CaseStatus::Open: return QObject::tr("open");
        case lethe::CaseStatus::InProgress: return QObject::tr("in progress");
        case lethe::CaseStatus::Answered: return QObject::tr("answered");
        case lethe::CaseStatus::Refused: return QObject::tr("refused (Art. 12(4))");
        case lethe::CaseStatus::Extended: return QObject::tr("extended (Art. 12(3))");
        }
    } catch (const std::exception &) {}
    return status;
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
        {"optimizer", QT_TRANSLATE_NOOP("MethodParamsEditor", "Optimiser")},
        {"lr_schedule", QT_TRANSLATE_NOOP("MethodParamsEditor", "Learning-rate schedule")},
        {"lr_step_epochs", QT_TRANSLATE_NOOP("MethodParamsEditor", "Rate steps every (epochs)")},
        {"lr_gamma", QT_TRANSLATE_NOOP("MethodParamsEditor", "Rate factor at each step")},
        {"recipe_sha256", QT_TRANSLATE_NOOP("MethodParamsEditor", "Owner's recipe (SHA-256)")},
    };
    const auto it = words.find(key);
    return it == words.end() ? qs(key) : QCoreApplication::translate("MethodParamsEditor", it->second);
}

} // namespace lethe::ui

namespace lethe::ui {

namespace {

using nlohmann::json;

QString arg(const json &a, const char *k) {
    if (!a.is_object() || !a.contains(k)) return {};
    const json &v = a[k];
    if (v.is_string()) return localNumberText(qs(v.get<std::string>())); // the engine wrote "0.86"
    if (v.is_number_integer()) {
        // Model and job numbers are identifiers, never grouped; the rest are counts.
        static const QStringList ids = {QStringLiteral("model"), QStringLiteral("job"),
                                        QStringLiteral("trained_model")};
        return ids.contains(QLatin1String(k)) ? QString::number(v.get<qint64>()) : localCount(v.get<qint64>());
    }
    if (v.is_number()) return localNumber(v.get<double>(), 2);
    return {};
}
qint64 count(const json &a, const char *k) {
    return a.is_object() && a.contains(k) && a[k].is_number() ? a[k].get<qint64>() : 0;
}
// Singular or plural: each a whole sentence for the translator.
QString pick(qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many; }

// How a reader names a trained model (the engine's model_words).
QString modelPhrase(const json &a) {
    const QString arch = arg(a, "arch");
    const QString words = arch == QLatin1String("torchscript") ? QObject::tr("imported PyTorch model")
                          : arch == QLatin1String("cnn")       ? QStringLiteral("CNN")
                          : arch == QLatin1String("mlp")       ? QStringLiteral("MLP")
                          : arch == QLatin1String("logreg")    ? QObject::tr("logistic regression")
                                                               : arch;
    if (arg(a, "kind") == QLatin1String("sisa"))
        return arch == QLatin1String("torchscript")
                   ? QObject::tr("the SISA ensemble imported from PyTorch (model %1)").arg(arg(a, "trained_model"))
                   : QObject::tr("the SISA ensemble (model %1, %2 shards)").arg(arg(a, "trained_model"), words);
    if (arch == QLatin1String("torchscript"))
        return QObject::tr("the %1 (model %2)").arg(words, arg(a, "trained_model"));
    return QObject::tr("the monolithic %1 (model %2)").arg(words, arg(a, "trained_model"));
}

QString capitalised(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

QString behaviourText(const QString &key, const json &a) {
    const QString m = arg(a, "model");
    const qint64 n = count(a, "n");
    const qint64 caught = count(a, "caught_in_100");
    const bool exact = key.endsWith(QLatin1String(".exact"));
    const QString k = exact ? key.chopped(6) : key;
    QString t;
    if (k == QLatin1String("behaviour.no_audit")) {
        t = QObject::tr("No audit was run on model %1 after job %2, so nothing tested whether it still reveals the "
                        "subject's records.")
                .arg(m, arg(a, "job"));
        if (exact) t += QLatin1Char(' ') + QObject::tr("The lineage proof above does not depend on it.");
        return t;
    }
    if (k == QLatin1String("behaviour.loss_fail"))
        t = QObject::tr("An attacker can still tell the selected records apart from data model %1 never saw: it "
                        "behaves as if it had trained on them.")
                .arg(m);
    else if (k == QLatin1String("behaviour.no_subject_test"))
        t = QObject::tr("The audit of model %1 has no test for this subject, so its behaviour neither shows the "
                        "records remembered nor forgotten.")
                .arg(m);
    else if (k == QLatin1String("behaviour.fail"))
        t = pick(n,
                 QObject::tr("Model %1 still recognises the subject's %2 record as its training data, far more than "
                             "models that never saw them do (z = %3, where %4 already happens by chance only once in "
                             "a thousand)."),
                 QObject::tr("Model %1 still recognises the subject's %2 records as its training data, far more than "
                             "models that never saw them do (z = %3, where %4 already happens by chance only once in "
                             "a thousand)."))
                .arg(m, localCount(n), arg(a, "z"), arg(a, "z_fail"));
    else if (k == QLatin1String("behaviour.pass")) {
        const QString one =
            caught == 100 ? QObject::tr("Model %1 treats the subject's %2 record like data it never saw (z = %3), and "
                                        "the test was strong enough: a model that still remembered them would have "
                                        "scored about %4 and been caught in more than 99 of 100 such tests.")
            : caught == 0 ? QObject::tr("Model %1 treats the subject's %2 record like data it never saw (z = %3), and "
                                        "the test was strong enough: a model that still remembered them would have "
                                        "scored about %4 and been caught in fewer than 1 of 100 such tests.")
                          : QObject::tr("Model %1 treats the subject's %2 record like data it never saw (z = %3), and "
                                        "the test was strong enough: a model that still remembered them would have "
                                        "scored about %4 and been caught in about %5 of 100 such tests.");
        const QString many =
            caught == 100 ? QObject::tr("Model %1 treats the subject's %2 records like data it never saw (z = %3), "
                                        "and the test was strong enough: a model that still remembered them would "
                                        "have scored about %4 and been caught in more than 99 of 100 such tests.")
            : caught == 0 ? QObject::tr("Model %1 treats the subject's %2 records like data it never saw (z = %3), "
                                        "and the test was strong enough: a model that still remembered them would "
                                        "have scored about %4 and been caught in fewer than 1 of 100 such tests.")
                          : QObject::tr("Model %1 treats the subject's %2 records like data it never saw (z = %3), "
                                        "and the test was strong enough: a model that still remembered them would "
                                        "have scored about %4 and been caught in about %5 of 100 such tests.");
        // The bounds ("more than 99", "fewer than 1") have no number of their own to fill.
        t = pick(n, one, many).arg(m, localCount(n), arg(a, "z"), arg(a, "power_z"));
        if (caught != 0 && caught != 100) t = t.arg(caught);
    } else if (k == QLatin1String("behaviour.weak")) {
        const QString one =
            caught == 100
                ? QObject::tr("The test cannot decide for model %1: a model that still remembered the subject's %2 "
                              "record would score only about %4 and be caught in more than 99 of 100 such tests (a "
                              "pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.")
            : caught == 0
                ? QObject::tr("The test cannot decide for model %1: a model that still remembered the subject's %2 "
                              "record would score only about %4 and be caught in fewer than 1 of 100 such tests (a "
                              "pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.")
                : QObject::tr("The test cannot decide for model %1: a model that still remembered the subject's %2 "
                              "record would score only about %4 and be caught in about %6 of 100 such tests (a pass "
                              "needs %5, 95 in 100), so finding nothing (z = %3) proves little.");
        const QString many =
            caught == 100
                ? QObject::tr("The test cannot decide for model %1: a model that still remembered the subject's %2 "
                              "records would score only about %4 and be caught in more than 99 of 100 such tests (a "
                              "pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.")
            : caught == 0
                ? QObject::tr("The test cannot decide for model %1: a model that still remembered the subject's %2 "
                              "records would score only about %4 and be caught in fewer than 1 of 100 such tests (a "
                              "pass needs %5, 95 in 100), so finding nothing (z = %3) proves little.")
                : QObject::tr("The test cannot decide for model %1: a model that still remembered the subject's %2 "
                              "records would score only about %4 and be caught in about %6 of 100 such tests (a pass "
                              "needs %5, 95 in 100), so finding nothing (z = %3) proves little.");
        t = pick(n, one, many).arg(m, localCount(n), arg(a, "z"), arg(a, "power_z"), arg(a, "z_power"));
        if (caught != 0 && caught != 100) t = t.arg(caught);
    } else if (k == QLatin1String("behaviour.no_power"))
        t = pick(n,
                 QObject::tr("The test cannot decide for model %1: no reference model trained on the subject "
                             "remains, so nothing shows what a model that remembered the %2 record would look like."),
                 QObject::tr("The test cannot decide for model %1: no reference model trained on the subject "
                             "remains, so nothing shows what a model that remembered the %2 records would look like."))
                .arg(m, localCount(n));
    else
        return {};
    if (exact)
        t += QLatin1Char(' ') + QObject::tr("The lineage says the model never saw them: look for copies of these "
                                            "records among the retained data.");
    return t;
}

QString utilityText(const QString &key, const json &a) {
    const QString m = arg(a, "model"), after = arg(a, "after"), before = arg(a, "before"), ref = arg(a, "reference");
    if (key == QLatin1String("utility.not_measured"))
        return QObject::tr("The accuracy of model %1 after the job was not measured.").arg(m);
    static const std::map<QString, const char *> kTemplates = {
        {QStringLiteral("utility.kept"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time: the erasure "
                                      "did not damage it.")},
        {QStringLiteral("utility.kept.before"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time, against %3 "
                                      "before the job: the erasure did not damage it.")},
        {QStringLiteral("utility.kept.reference"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time and %4 for a "
                                      "model retrained without the records: the erasure did not damage it.")},
        {QStringLiteral("utility.kept.before.reference"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time, against %3 "
                                      "before the job and %4 for a model retrained without the records: the erasure "
                                      "did not damage it.")},
        {QStringLiteral("utility.dropped"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time: it lost more "
                                      "than 2 points, check it still serves its purpose (this does not change the "
                                      "case result).")},
        {QStringLiteral("utility.dropped.before"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time, against %3 "
                                      "before the job: it lost more than 2 points, check it still serves its purpose "
                                      "(this does not change the case result).")},
        {QStringLiteral("utility.dropped.reference"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time and %4 for a "
                                      "model retrained without the records: it lost more than 2 points, check it "
                                      "still serves its purpose (this does not change the case result).")},
        {QStringLiteral("utility.dropped.before.reference"),
         QT_TRANSLATE_NOOP("QObject", "On data it never trained on, model %1 is right %2 of the time, against %3 "
                                      "before the job and %4 for a model retrained without the records: it lost more "
                                      "than 2 points, check it still serves its purpose (this does not change the "
                                      "case result).")},
    };
    const auto it = kTemplates.find(key);
    if (it == kTemplates.end()) return {};
    QString t = QObject::tr(it->second);
    // %3 and %4 appear only in the templates that state them.
    t.replace(QLatin1String("%1"), m).replace(QLatin1String("%2"), after);
    if (!before.isEmpty()) t.replace(QLatin1String("%3"), before);
    if (!ref.isEmpty()) t.replace(QLatin1String("%4"), ref);
    return t;
}

QString lineageText(const QString &key, const json &a) {
    const QString name = modelPhrase(a), m = arg(a, "model"), job = arg(a, "job"), method = arg(a, "method");
    if (key == QLatin1String("lineage.exact_still_trained"))
        return QObject::tr("Model %1, the exact retrain of %2 (job %3, %4), was still trained on %5 of the subject's "
                           "records.")
            .arg(m, name, job, method, arg(a, "placed"));
    if (key == QLatin1String("lineage.residual"))
        return capitalised(pick(count(a, "copies"),
                                QObject::tr("%1 stored copy of %2 or of its training still contain the subject's "
                                            "records (%3): until they are deleted the records are not erased."),
                                QObject::tr("%1 stored copies of %2 or of its training still contain the subject's "
                                            "records (%3): until they are deleted the records are not erased."))
                               .arg(arg(a, "copies"), name, arg(a, "which")));
    if (key == QLatin1String("lineage.exact"))
        return capitalised(QObject::tr("%1 was retrained without the subject's records (job %2, %3): model %4 never "
                                       "saw them, and no stored copy that did is left.")
                               .arg(name, job, method, m));
    if (key == QLatin1String("lineage.approximate"))
        return capitalised(QObject::tr("%1 was adjusted, not retrained (job %2, %3): model %4 comes from a model that "
                                       "saw the records, so its history cannot prove them gone; its behaviour has to.")
                               .arg(name, job, method, m));
    if (key == QLatin1String("lineage.open"))
        return capitalised(QObject::tr("%1 was trained on %2 of the subject's records and no job of this case has "
                                       "handled it yet: the records are still in it.")
                               .arg(name, arg(a, "placed")));
    if (key == QLatin1String("references.open"))
        return pick(count(a, "count"),
                    QObject::tr("%1 reference model that Lethe trained for the audit still contain the subject's "
                                "records; the case's next forget job deletes them."),
                    QObject::tr("%1 reference models that Lethe trained for the audit still contain the subject's "
                                "records; the case's next forget job deletes them."))
            .arg(arg(a, "count"));
    return {};
}

} // namespace

QString findingText(const nlohmann::json &finding) {
    const QString key = finding.is_object() ? qs(finding.value("key", std::string())) : QString();
    const json a = finding.is_object() ? finding.value("args", json::object()) : json::object();
    QString t;
    if (key.startsWith(QLatin1String("behaviour.")))
        t = behaviourText(key, a);
    else if (key.startsWith(QLatin1String("utility.")))
        t = utilityText(key, a);
    else if (!key.isEmpty())
        t = lineageText(key, a);
    // A finding from before the keys (or of a key this build does not know): the engine's words.
    if (t.isEmpty() && finding.is_object()) t = qs(finding.value("sentence", std::string()));
    return t;
}

QString summaryText(const nlohmann::json &verdict) {
    if (!verdict.is_object()) return {};
    const QString key = qs(verdict.value("summary_key", std::string()));
    const json a = verdict.value("summary_args", json::object());
    const qint64 n = count(a, "models");
    const QString models = QString::number(n);
    QString t;
    if (key == QLatin1String("summary.nothing"))
        t = QObject::tr("Pass: no model Lethe tracks was trained on the subject's records. Nothing needed to be "
                        "unlearned.");
    else if (key == QLatin1String("summary.open"))
        t = pick(count(a, "open"),
                 pick(n,
                      QObject::tr("Open: %1 of the %2 model that trained on the subject's records has not been handled "
                                  "yet. The case cannot be answered until every one is."),
                      QObject::tr("Open: %1 of the %2 models that trained on the subject's records has not been "
                                  "handled yet. The case cannot be answered until every one is.")),
                 QObject::tr("Open: %1 of the %2 models that trained on the subject's records have not been handled "
                             "yet. The case cannot be answered until every one is."))
                .arg(arg(a, "open"), models);
    else if (key == QLatin1String("summary.open_references"))
        t = QObject::tr("Open: %1 reference model(s) trained for the audit still hold the records. The case cannot be "
                        "answered until every one is.")
                .arg(arg(a, "references"));
    else if (key == QLatin1String("summary.fail"))
        t = pick(n,
                 QObject::tr("Fail: for %1 of the %2 model that trained on the subject's records the evidence shows "
                             "the records are still there. The request has not been honoured."),
                 QObject::tr("Fail: for %1 of the %2 models that trained on the subject's records the evidence shows "
                             "the records are still there. The request has not been honoured."))
                .arg(arg(a, "fail"), models);
    else if (key == QLatin1String("summary.pass"))
        t = QObject::tr("Pass: every model that trained on the subject's records was handled, and the lineage or a "
                        "test strong enough to see them shows the records gone. The erasure request was honoured.");
    else if (key == QLatin1String("summary.inconclusive"))
        t = pick(n,
                 QObject::tr("Inconclusive: %1 of the %2 model that trained on the subject's records are shown free "
                             "of the records, but for the rest the test was too weak to tell. An exact retrain, or "
                             "more reference models, would decide."),
                 QObject::tr("Inconclusive: %1 of the %2 models that trained on the subject's records are shown free "
                             "of the records, but for the rest the test was too weak to tell. An exact retrain, or "
                             "more reference models, would decide."))
                .arg(arg(a, "pass"), models);
    return t.isEmpty() ? qs(verdict.value("summary", std::string())) : t;
}

} // namespace lethe::ui
