#pragma once
// Small renderings of the engine's verdicts shared by the verdict panel and
// the report. The verdict itself is computed once, in the engine
// (jobs/cases.h case_verdict); nothing here decides anything.
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace lethe::ui {

// A subject's z interval as shown: "[lo, hi]", "n < 5" when the engine gave
// none (too few records), "not computed" for an audit from before intervals.
QString subjectIntervalText(const nlohmann::json &subject);

// Words for the engine's identifiers, with the identifier kept for tooltips.
QString resultWord(const QString &result);  // "pass" -> "PASS"
QString layerWords(const QString &layer);   // "behaviour" -> "Behaviour (what the model reveals)"
QString statusWords(const QString &status); // "in_progress" -> "in progress"
// A stored state or kind word (core/states.h: job status, artifact state,
// model kind and origin, method kind, pool state, record split) in the user's language;
// an unknown word as it is.
QString stateWord(const QString &word);
// An audit's per-subject test (summary["verdict"]): why its result is what it
// is, and what it rests on, in the user's language (from reason_codes and
// z_source; an older audit without them in the engine's English).
QStringList verdictReasons(const nlohmann::json &verdict);
QString verdictBasis(const nlohmann::json &verdict);
QString attackWords(const QString &attack); // "lira_offline" -> "LiRA offline (reference models)"
// A running job's stage as the engine names it (core/run_control.h
// Progress::stage: "forward pass", "training shard 2/5, stage 1/4",
// "fine-tuning on retained records, shard 1/5") in the user's language; a
// stage it does not know as it is.
QString stageWords(const QString &engineStage);

// Why an audit ran without reference models (summary["references"]["reason"]):
// the common "no complete pool matches" in the user's language; a particular
// pool's problem as the engine wrote it.
QString referenceReasonWords(const QString &reason);
// The same for an audit's "references" object: its reason_message in the
// user's language, else its stored reason as above.
QString referenceReasonWords(const nlohmann::json &references);
// A method parameter or training setting in words ("lr" -> "Learning rate"):
// the run panel's labels and the report's parameter tables; the key stays in
// tooltips (and is what --param takes). An unknown key is shown as it is.
QString paramWords(const std::string &key);
// What a forget job retrained, from its result's shards_retrained: "the whole
// model retrained", "the model adjusted, not retrained", "shard(s) 1, 3 of the
// ensemble retrained" (shards counted from 1, as a person counts).
QString retrainedWords(const nlohmann::json &job_result, bool ensemble, const QString &method);

// A finding of the case verdict, and the verdict's summary, rendered from
// their key and args (jobs/cases.h Finding::key) by whole-sentence tr()
// templates: the English reads as the engine's sentence, another language
// needs only a translation file. Falls back to the engine's sentence for a
// key this build does not know.
QString findingText(const nlohmann::json &finding);
QString summaryText(const nlohmann::json &verdict);

// A copy of an audit summary whose "slices" are those of the given attack
// (from "slices_by_attack"); unchanged when the audit has none for it.
nlohmann::json withSlicesOf(const nlohmann::json &summary, const std::string &attack);

} // namespace lethe::ui
