#include "lineage/lineage.h"

#include <cctype>
#include <ctime>
#include <filesystem>
#include <map>
#include <set>

#include "core/error.h"
#include "evidence/audit_chain.h"
#include "lineage/schema.h"
#include "lineage/sqlite.h"

namespace lethe {

using nlohmann::json;
using sql::Stmt;

namespace {
template <class T> std::optional<T> opt_i64(const Stmt &s, int c) {
    return s.is_null(c) ? std::nullopt : std::optional<T>(T(s.i64(c)));
}
json parse_json_or_null(const std::string &s) { return s.empty() ? json() : json::parse(s); }
} // namespace

Lineage::Lineage(std::unique_ptr<sql::Db> db) : db_(std::move(db)) {}
Lineage::~Lineage() = default;
const std::string &Lineage::path() const { return db_->path(); }

std::unique_ptr<Lineage> Lineage::create(const std::string &path) {
    if (std::filesystem::exists(path))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a lineage database already exists here"), path));
    auto l = std::unique_ptr<Lineage>(new Lineage(std::make_unique<sql::Db>(path, true)));
    l->migrate();
    return l;
}

std::unique_ptr<Lineage> Lineage::open(const std::string &path) {
    if (!std::filesystem::exists(path))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: no lineage database here"), path));
    auto l = std::unique_ptr<Lineage>(new Lineage(std::make_unique<sql::Db>(path, false)));
    l->migrate();
    return l;
}

int Lineage::schema_version() {
    const auto has_meta = db_->scalar_i64("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'");
    if (!has_meta || *has_meta == 0) return 0;
    const auto v = db_->scalar_text("SELECT value FROM meta WHERE key='schema_version'");
    return v ? std::stoi(*v) : 0;
}

namespace {
// A schema object as SQLite keeps it, its SQL text without whitespace,
// quotes or case (a table renamed by a migration is re-quoted by SQLite).
struct SchemaObject {
    std::string type, name, sql;
};

std::map<std::string, SchemaObject> schema_objects(sql::Db &db) {
    std::map<std::string, SchemaObject> out;
    // SQLite's own objects only: a trigger or view may not hide behind an
    // sqlite_ name (writable_schema lets another tool make one).
    Stmt s(db, "SELECT type, name, sql FROM sqlite_master WHERE NOT ((type='index' AND name GLOB "
               "'sqlite_autoindex_*' AND sql IS NULL) OR (type='table' AND name IN ('sqlite_sequence', "
               "'sqlite_stat1', 'sqlite_stat2', 'sqlite_stat3', 'sqlite_stat4')))");
    while (s.step()) {
        SchemaObject o{s.text(0), s.text(1), {}};
        for (const char c : s.text(2))
            if (!std::isspace(static_cast<unsigned char>(c)) && c != '"' && c != '`' && c != '[' && c != ']')
                o.sql.push_back(char(std::tolower(static_cast<unsigned char>(c))));
        out[o.name] = std::move(o);
    }
    return out;
}
} // namespace

// The schema of a database of version `have` must be exactly what the
// migrations up to `have` make (replayed in memory): a trigger, view, table
// or index added by anyone else is refused before any statement touches the
// data, so none of it runs.
void Lineage::check_schema_is_ours(int have) {
    sql::Db mem(":memory:", true);
    const auto &steps = schema_migrations();
    for (int v = 0; v < have && v < int(steps.size()); ++v) mem.exec(steps[size_t(v)]);
    const auto want = schema_objects(mem);
    const auto got = schema_objects(*db_);
    std::vector<std::string> foreign, altered, missing;
    for (const auto &[name, o] : got) {
        const auto it = want.find(name);
        if (it == want.end() || it->second.type != o.type)
            foreign.push_back(o.type + " '" + name + "'");
        else if (it->second.sql != o.sql)
            altered.push_back(o.type + " '" + name + "'");
    }
    for (const auto &[name, o] : want)
        if (!got.count(name)) missing.push_back(o.type + " '" + name + "'");
    auto list = [](const std::vector<std::string> &v) {
        std::string s;
        for (size_t i = 0; i < v.size() && i < 5; ++i) s += (i ? ", " : "") + v[i];
        if (v.size() > 5) s += " and " + std::to_string(v.size() - 5) + " more";
        return s;
    };
    // The lists name SQLite's object types (table, index, trigger, view) and names, as the schema does.
    if (!foreign.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the lineage database holds schema objects Lethe did not create "
                                                  "(%2); it was not opened, and none of them ran"),
                      path(), list(foreign)));
    if (altered.size() == 1)
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the lineage database's %2 differs from what Lethe created; it was not opened"),
                      path(), list(altered)));
    if (!altered.empty())
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the lineage database's %2 differ from what Lethe created; it was not opened"),
                      path(), list(altered)));
    if (!missing.empty())
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: the lineage database lacks %2; it was not opened"), path(),
                      list(missing)));
}

void Lineage::migrate() {
    const int have = schema_version();
    const auto &steps = schema_migrations();
    if (have > int(steps.size()))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: lineage database has schema version %2, newer than this Lethe "
                                                  "understands (%3); open it with a newer Lethe"),
                      path(), have, steps.size()));
    if (have == 0) {
        // Not ours, or empty: refuse a foreign database rather than write into it.
        const auto tables = db_->scalar_i64("SELECT count(*) FROM sqlite_master WHERE type='table'");
        if (tables && *tables > 0)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: not a Lethe lineage database (no schema version)"), path()));
    }
    if (have > 0) check_schema_is_ours(have);
    if (have >= int(steps.size())) return;
    // A migration that rebuilds a table other tables point at (v5) needs the
    // foreign keys off, which SQLite only allows outside a transaction; each
    // step checks them itself before it commits.
    db_->exec("PRAGMA foreign_keys=OFF");
    try {
        for (int v = have; v < int(steps.size()); ++v) {
            sql::Transaction tx(*db_);
            db_->exec(steps[size_t(v)]);
            if (const auto bad = db_->scalar_text("PRAGMA foreign_key_check"))
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "%1: migrating the lineage database to schema version %2 breaks a "
                                                    "reference in table %3; the database was left as it was"),
                        path(), v + 1, *bad));
            Stmt s(*db_, "INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', ?)");
            s.bind(1, std::to_string(v + 1)).run();
            tx.commit();
        }
    } catch (...) {
        db_->exec("PRAGMA foreign_keys=ON");
        throw;
    }
    db_->exec("PRAGMA foreign_keys=ON");
}

std::string Lineage::integrity_check() { return db_->scalar_text("PRAGMA integrity_check").value_or("no answer"); }

std::unique_ptr<sql::Transaction> Lineage::begin() { return std::make_unique<sql::Transaction>(*db_); }

std::optional<std::string> Lineage::meta(const std::string &key) {
    Stmt s(*db_, "SELECT value FROM meta WHERE key=?");
    s.bind(1, key);
    if (s.step()) return s.text(0);
    return std::nullopt;
}
void Lineage::set_meta(const std::string &key, const std::string &value) {
    Stmt(*db_, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)").bind(1, key).bind(2, value).run();
}

// --- datasets ---------------------------------------------------------------

int64_t Lineage::insert_dataset(const DatasetRow &d) {
    Stmt s(*db_, "INSERT INTO datasets(name, format, uri, labels_uri, sha256, labels_sha256, n_records, shape, "
                 "n_classes, spec_json) VALUES(?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, d.name).bind(2, d.format).bind(3, d.uri);
    d.labels_uri.empty() ? s.bind_null(4) : s.bind(4, d.labels_uri);
    s.bind(5, d.sha256);
    d.labels_sha256.empty() ? s.bind_null(6) : s.bind(6, d.labels_sha256);
    s.bind(7, d.n_records).bind(8, json(d.shape).dump()).bind(9, d.n_classes);
    d.spec.is_null() ? s.bind_null(10) : s.bind(10, d.spec.dump());
    s.run();
    return db_->last_id();
}

namespace {
DatasetRow dataset_from(const Stmt &s) {
    DatasetRow d;
    d.id = s.i64(0);
    d.name = s.text(1);
    d.format = s.text(2);
    d.uri = s.text(3);
    d.labels_uri = s.text(4);
    d.sha256 = s.text(5);
    d.labels_sha256 = s.text(6);
    d.n_records = s.i64(7);
    d.shape = json::parse(s.text(8)).get<std::vector<int64_t>>();
    d.n_classes = int(s.i64(9));
    if (!s.is_null(10)) d.spec = json::parse(s.text(10));
    return d;
}
const char *kDatasetCols = "SELECT id, name, format, uri, labels_uri, sha256, labels_sha256, n_records, shape, "
                           "n_classes, spec_json FROM datasets";
} // namespace

std::vector<DatasetRow> Lineage::datasets() {
    Stmt s(*db_, std::string(kDatasetCols) + " ORDER BY id");
    std::vector<DatasetRow> out;
    while (s.step()) out.push_back(dataset_from(s));
    return out;
}

DatasetRow Lineage::dataset(int64_t id) {
    Stmt s(*db_, std::string(kDatasetCols) + " WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no dataset with id %1"), id));
    return dataset_from(s);
}

// --- subjects and records -----------------------------------------------------

int64_t Lineage::subject_id(const std::string &pseudonym, bool create) {
    {
        Stmt s(*db_, "SELECT id FROM subjects WHERE pseudonym=?");
        s.bind(1, pseudonym);
        if (s.step()) return s.i64(0);
    }
    if (!create) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "unknown subject '%1'"), pseudonym));
    Stmt(*db_, "INSERT INTO subjects(pseudonym) VALUES(?)").bind(1, pseudonym).run();
    return db_->last_id();
}

std::optional<std::string> Lineage::subject_pseudonym(int64_t id) {
    Stmt s(*db_, "SELECT pseudonym FROM subjects WHERE id=?");
    s.bind(1, id);
    if (s.step()) return s.text(0);
    return std::nullopt;
}

int64_t Lineage::count_subjects() { return db_->scalar_i64("SELECT count(*) FROM subjects").value_or(0); }

std::vector<std::pair<std::string, int64_t>> Lineage::subjects_with_counts() {
    Stmt s(*db_, "SELECT s.pseudonym, count(r.id) FROM subjects s LEFT JOIN records r ON r.subject_id=s.id "
                 "GROUP BY s.id ORDER BY s.id");
    std::vector<std::pair<std::string, int64_t>> out;
    while (s.step()) out.emplace_back(s.text(0), s.i64(1));
    return out;
}

void Lineage::insert_records(const std::vector<RecordRow> &rows) {
    Stmt s(*db_, "INSERT INTO records(id, dataset_id, row_index, subject_id, label, split, sha256, source, "
                 "collected_at, record_key) VALUES(?,?,?,?,?,?,?,?,?,?)");
    for (const auto &r : rows) {
        s.reset();
        s.bind(1, r.id).bind(2, r.dataset_id).bind(3, r.row_index).bind(4, r.subject_id).bind(5, r.label);
        s.bind(6, r.split).bind(7, r.sha256);
        r.source.empty() ? s.bind_null(8) : s.bind(8, r.source);
        r.collected_at.empty() ? s.bind_null(9) : s.bind(9, r.collected_at);
        s.bind(10, r.key.empty() ? std::to_string(r.id) : r.key);
        s.run();
    }
}

std::vector<RecordRow> Lineage::records(const std::string &split) {
    std::string q = "SELECT id, dataset_id, row_index, subject_id, label, split, sha256, source, collected_at, "
                    "record_key, redaction, redacted_at FROM records";
    if (!split.empty()) q += " WHERE split=?";
    q += " ORDER BY id";
    Stmt s(*db_, q);
    if (!split.empty()) s.bind(1, split);
    std::vector<RecordRow> out;
    while (s.step()) {
        RecordRow r;
        r.id = s.i64(0);
        r.dataset_id = s.i64(1);
        r.row_index = s.i64(2);
        r.subject_id = opt_i64<int64_t>(s, 3);
        r.label = int(s.i64(4));
        r.split = s.text(5);
        r.sha256 = s.text(6);
        r.source = s.text(7);
        r.collected_at = s.text(8);
        r.key = s.text(9);
        r.redaction = s.text(10);
        r.redacted_at = s.text(11);
        out.push_back(std::move(r));
    }
    return out;
}

void Lineage::set_record_redaction(const std::vector<int64_t> &ids, const std::string &state, const std::string &at) {
    Stmt s(*db_, "UPDATE records SET redaction=?, redacted_at=? WHERE id=?");
    for (const auto id : ids) {
        s.reset();
        state.empty() ? s.bind_null(1) : s.bind(1, state);
        at.empty() ? s.bind_null(2) : s.bind(2, at);
        s.bind(3, id).run();
    }
}

std::pair<int64_t, std::string> Lineage::redacted_of_subject(int64_t subject_id) {
    Stmt s(*db_, "SELECT count(*), coalesce(max(redacted_at), '') FROM records WHERE subject_id=? AND "
                 "redaction='redacted'");
    s.bind(1, subject_id);
    s.step();
    return {s.i64(0), s.text(1)};
}

std::optional<std::pair<std::string, std::string>> Lineage::first_redacted(const std::vector<int64_t> &ids) {
    Stmt s(*db_, "SELECT record_key, coalesce(redacted_at, '') FROM records WHERE id=? AND redaction IS NOT NULL");
    for (const auto id : ids) {
        s.reset();
        s.bind(1, id);
        if (s.step()) return std::pair{s.text(0), s.text(1)};
    }
    return std::nullopt;
}

void Lineage::set_dataset_sha256(int64_t dataset_id, const std::string &sha256) {
    Stmt(*db_, "UPDATE datasets SET sha256=? WHERE id=?").bind(1, sha256).bind(2, dataset_id).run();
}

std::vector<int64_t> Lineage::record_ids_of_subject(int64_t subject_id) {
    Stmt s(*db_, "SELECT id FROM records WHERE subject_id=? ORDER BY id");
    s.bind(1, subject_id);
    std::vector<int64_t> out;
    while (s.step()) out.push_back(s.i64(0));
    return out;
}

std::vector<int64_t> Lineage::record_ids_matching(const std::string &expr) {
    // Grammar: cond (AND cond)*, cond := field op value; fields from a fixed
    // list, values bound as parameters: nothing of the text reaches SQL.
    static const std::map<std::string, std::string> fields = {{"id", "r.id"},
                                                              {"key", "r.record_key"},
                                                              {"label", "r.label"},
                                                              {"split", "r.split"},
                                                              {"source", "r.source"},
                                                              {"subject", "s.pseudonym"},
                                                              {"collected_at", "r.collected_at"},
                                                              {"dataset", "r.dataset_id"},
                                                              {"row", "r.row_index"}};
    std::vector<std::string> tok;
    for (size_t i = 0; i < expr.size();) {
        const char c = expr[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (c == '\'' || c == '"') {
            const size_t end = expr.find(c, i + 1);
            if (end == std::string::npos)
                bad_input(msg(QT_TRANSLATE_NOOP("Engine", "query: unterminated string in '%1'"), expr));
            tok.push_back(std::string(1, '\'') + expr.substr(i + 1, end - i - 1));
            i = end + 1;
        } else if (std::string("=!<>").find(c) != std::string::npos) {
            size_t j = i + 1;
            while (j < expr.size() && expr[j] == '=') ++j;
            tok.push_back(expr.substr(i, j - i));
            i = j;
        } else {
            size_t j = i;
            while (j < expr.size() && !std::isspace(static_cast<unsigned char>(expr[j])) &&
                   std::string("=!<>'\"").find(expr[j]) == std::string::npos)
                ++j;
            tok.push_back(expr.substr(i, j - i));
            i = j;
        }
    }
    static const std::map<std::string, std::string> ops = {{"=", "="},   {"==", "="}, {"!=", "<>"}, {"<", "<"},
                                                           {"<=", "<="}, {">", ">"},  {">=", ">="}};
    std::string where;
    std::vector<std::string> values;
    for (size_t i = 0; i < tok.size(); i += 4) {
        if (i + 2 >= tok.size())
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "query: expected 'field op value' in '%1'"), expr));
        const auto f = fields.find(tok[i]);
        if (f == fields.end())
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "query: unknown field '%1' (fields: id, key, label, split, source, "
                                                "subject, collected_at, dataset, row)"),
                    tok[i]));
        const auto o = ops.find(tok[i + 1]);
        if (o == ops.end()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "query: unknown operator '%1'"), tok[i + 1]));
        std::string v = tok[i + 2];
        if (!v.empty() && v[0] == '\'') v = v.substr(1);
        values.push_back(v);
        if (!where.empty()) where += " AND ";
        where += f->second + " " + o->second + " ?";
        if (i + 3 < tok.size()) {
            std::string conj = tok[i + 3];
            for (auto &ch : conj) ch = char(std::tolower(static_cast<unsigned char>(ch)));
            if (conj != "and")
                bad_input(
                    msg(QT_TRANSLATE_NOOP("Engine", "query: expected 'and' after a condition, got '%1'"), tok[i + 3]));
            if (i + 4 >= tok.size()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "query: dangling 'and' in '%1'"), expr));
        }
    }
    if (where.empty()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "query: empty expression")));
    Stmt s(*db_,
           "SELECT r.id FROM records r LEFT JOIN subjects s ON s.id=r.subject_id WHERE " + where + " ORDER BY r.id");
    for (size_t i = 0; i < values.size(); ++i) {
        const std::string &v = values[i];
        char *end = nullptr;
        const long long n = std::strtoll(v.c_str(), &end, 10);
        if (!v.empty() && end && *end == '\0')
            s.bind(int(i + 1), int64_t(n));
        else
            s.bind(int(i + 1), v);
    }
    std::vector<int64_t> out;
    while (s.step()) out.push_back(s.i64(0));
    return out;
}

std::vector<int64_t> Lineage::existing_record_ids(const std::vector<int64_t> &ids) {
    Stmt s(*db_, "SELECT 1 FROM records WHERE id=?");
    std::vector<int64_t> out;
    for (auto id : ids) {
        s.reset();
        s.bind(1, id);
        if (s.step()) out.push_back(id);
    }
    return out;
}

std::map<std::string, int64_t> Lineage::record_ids_by_key(const std::vector<std::string> &keys) {
    Stmt s(*db_, "SELECT id FROM records WHERE record_key=?");
    std::map<std::string, int64_t> out;
    for (const auto &k : keys) {
        s.reset();
        s.bind(1, k);
        if (s.step()) out[k] = s.i64(0);
    }
    return out;
}

std::map<int64_t, std::string> Lineage::record_keys(const std::vector<int64_t> &ids) {
    Stmt s(*db_, "SELECT record_key FROM records WHERE id=?");
    std::map<int64_t, std::string> out;
    for (const auto id : ids) {
        s.reset();
        s.bind(1, id);
        if (s.step()) out[id] = s.text(0);
    }
    return out;
}

std::string Lineage::record_key(int64_t id) {
    const auto k = record_keys({id});
    return k.empty() ? std::to_string(id) : k.begin()->second;
}

int64_t Lineage::max_record_id() { return db_->scalar_i64("SELECT max(id) FROM records").value_or(0); }

int64_t Lineage::count_records(const std::string &split) {
    if (split.empty()) return db_->scalar_i64("SELECT count(*) FROM records").value_or(0);
    Stmt s(*db_, "SELECT count(*) FROM records WHERE split=?");
    s.bind(1, split);
    s.step();
    return s.i64(0);
}

// --- runs, placements, checkpoints -------------------------------------------

int64_t Lineage::insert_run(const RunRow &r) {
    Stmt s(*db_, "INSERT INTO training_runs(kind, arch, config_json, seed, device, started_at, job_id) "
                 "VALUES(?,?,?,?,?,?,?)");
    s.bind(1, to_string(r.kind)).bind(2, r.arch).bind(3, r.config.dump()).bind(4, r.seed).bind(5, r.device);
    s.bind(6, r.started_at.empty() ? now_iso8601() : r.started_at).bind(7, r.job_id).run();
    return db_->last_id();
}

RunRow Lineage::run(int64_t id) {
    Stmt s(*db_, "SELECT id, kind, arch, config_json, seed, device, started_at, finished_at, job_id "
                 "FROM training_runs WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no training run with id %1"), id));
    RunRow r;
    r.id = s.i64(0);
    r.kind = parse_model_kind(s.text(1), "training run " + std::to_string(r.id));
    r.arch = s.text(2);
    r.config = json::parse(s.text(3));
    r.seed = s.i64(4);
    r.device = s.text(5);
    r.started_at = s.text(6);
    r.finished_at = s.text(7);
    r.job_id = opt_i64<int64_t>(s, 8);
    return r;
}

void Lineage::finish_run(int64_t id) {
    Stmt(*db_, "UPDATE training_runs SET finished_at=? WHERE id=?").bind(1, now_iso8601()).bind(2, id).run();
}

void Lineage::insert_placements(int64_t run_id, const std::vector<Placement> &ps) {
    Stmt s(*db_, "INSERT INTO placements(run_id, record_id, shard, slice) VALUES(?,?,?,?)");
    for (const auto &p : ps) {
        s.reset();
        s.bind(1, run_id).bind(2, p.record_id).bind(3, p.shard).bind(4, p.slice).run();
    }
}

std::vector<Placement> Lineage::placements(int64_t run_id) {
    Stmt s(*db_, "SELECT record_id, shard, slice FROM placements WHERE run_id=? ORDER BY shard, slice, record_id");
    s.bind(1, run_id);
    std::vector<Placement> out;
    while (s.step()) out.push_back({s.i64(0), int(s.i64(1)), int(s.i64(2))});
    return out;
}

namespace {
const char *kCheckpointCols =
    "SELECT id, run_id, shard, stage, path, sha256, retained_hash, n_records, state FROM checkpoints";
CheckpointRow checkpoint_from(const Stmt &s) {
    CheckpointRow c;
    c.id = s.i64(0);
    c.run_id = s.i64(1);
    c.shard = int(s.i64(2));
    c.stage = int(s.i64(3));
    c.path = s.text(4);
    c.sha256 = s.text(5);
    c.retained_hash = s.text(6);
    c.n_records = s.i64(7);
    c.state = parse_artifact_state(s.text(8), "checkpoint " + std::to_string(c.id));
    return c;
}
} // namespace

int64_t Lineage::insert_checkpoint(const CheckpointRow &c) {
    Stmt s(*db_, "INSERT INTO checkpoints(run_id, shard, stage, path, sha256, retained_hash, n_records, state) "
                 "VALUES(?,?,?,?,?,?,?,?)");
    s.bind(1, c.run_id).bind(2, c.shard).bind(3, c.stage).bind(4, c.path).bind(5, c.sha256);
    s.bind(6, c.retained_hash).bind(7, c.n_records).bind(8, to_string(c.state)).run();
    return db_->last_id();
}

std::vector<CheckpointRow> Lineage::checkpoints(int64_t run_id) {
    Stmt s(*db_, std::string(kCheckpointCols) + " WHERE run_id=? ORDER BY shard, stage");
    s.bind(1, run_id);
    std::vector<CheckpointRow> out;
    while (s.step()) out.push_back(checkpoint_from(s));
    return out;
}

std::vector<CheckpointRow> Lineage::checkpoints_at_path(const std::string &path) {
    Stmt s(*db_, std::string(kCheckpointCols) + " WHERE path=? ORDER BY id");
    s.bind(1, path);
    std::vector<CheckpointRow> out;
    while (s.step()) out.push_back(checkpoint_from(s));
    return out;
}

void Lineage::set_checkpoint_state(int64_t id, ArtifactState state) {
    Stmt(*db_, "UPDATE checkpoints SET state=? WHERE id=?").bind(1, to_string(state)).bind(2, id).run();
}

// --- models ---------------------------------------------------------------------

namespace {
const char *kModelCols = "SELECT id, run_id, parent_model_id, ensemble_id, job_id, kind, origin, path, sha256, arch, "
                         "state, created_at, spec_json, shard, test_accuracy FROM models";
ModelRow model_from(const Stmt &s) {
    ModelRow m;
    m.id = s.i64(0);
    m.run_id = opt_i64<int64_t>(s, 1);
    m.parent_model_id = opt_i64<int64_t>(s, 2);
    m.ensemble_id = opt_i64<int64_t>(s, 3);
    m.job_id = opt_i64<int64_t>(s, 4);
    const std::string where = "model " + std::to_string(m.id);
    m.kind = parse_model_kind(s.text(5), where);
    m.origin = parse_model_origin(s.text(6), where);
    m.path = s.text(7);
    m.sha256 = s.text(8);
    m.arch = s.text(9);
    m.state = parse_artifact_state(s.text(10), where);
    m.created_at = s.text(11);
    m.spec = json::parse(s.text(12));
    m.shard = int(s.i64(13));
    if (!s.is_null(14)) m.test_accuracy = s.f64(14);
    return m;
}
} // namespace

int64_t Lineage::insert_model(const ModelRow &m) {
    Stmt s(*db_, "INSERT INTO models(run_id, parent_model_id, ensemble_id, job_id, kind, origin, path, sha256, arch, "
                 "state, created_at, spec_json, shard, test_accuracy) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, m.run_id).bind(2, m.parent_model_id).bind(3, m.ensemble_id).bind(4, m.job_id);
    s.bind(5, to_string(m.kind)).bind(6, to_string(m.origin));
    m.path.empty() ? s.bind_null(7) : s.bind(7, m.path);
    m.sha256.empty() ? s.bind_null(8) : s.bind(8, m.sha256);
    s.bind(9, m.arch).bind(10, to_string(m.state));
    s.bind(11, m.created_at.empty() ? now_iso8601() : m.created_at).bind(12, m.spec.dump()).bind(13, m.shard);
    s.bind(14, m.test_accuracy).run();
    return db_->last_id();
}

ModelRow Lineage::model(int64_t id) {
    Stmt s(*db_, std::string(kModelCols) + " WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no model with id %1"), id));
    return model_from(s);
}

std::vector<ModelRow> Lineage::models(bool include_shards) {
    Stmt s(*db_, std::string(kModelCols) + (include_shards ? "" : " WHERE kind<>'shard'") + " ORDER BY id");
    std::vector<ModelRow> out;
    while (s.step()) out.push_back(model_from(s));
    return out;
}

std::vector<ModelRow> Lineage::shard_models(int64_t ensemble_id) {
    Stmt s(*db_, std::string(kModelCols) + " WHERE ensemble_id=? ORDER BY shard");
    s.bind(1, ensemble_id);
    std::vector<ModelRow> out;
    while (s.step()) out.push_back(model_from(s));
    return out;
}

void Lineage::set_model_state(int64_t id, ArtifactState state) {
    Stmt(*db_, "UPDATE models SET state=? WHERE id=?").bind(1, to_string(state)).bind(2, id).run();
}

void Lineage::set_model_test_accuracy(int64_t id, double a) {
    Stmt(*db_, "UPDATE models SET test_accuracy=? WHERE id=?").bind(1, a).bind(2, id).run();
}

// --- requests and jobs ------------------------------------------------------------

int64_t Lineage::insert_request(const RequestRow &r) {
    Stmt s(*db_, "INSERT INTO erasure_requests(case_ref, subject_id, received_at, ground, deadline_at, status, "
                 "first_deadline_at) VALUES(?,?,?,?,?,?,?)");
    s.bind(1, r.case_ref).bind(2, r.subject_id).bind(3, r.received_at).bind(4, r.ground).bind(5, r.deadline_at);
    s.bind(6, to_string(r.status));
    s.bind(7, r.first_deadline_at.empty() ? r.deadline_at : r.first_deadline_at).run();
    return db_->last_id();
}

namespace {
const char *kRequestCols = "SELECT q.id, q.case_ref, q.subject_id, s.pseudonym, q.received_at, q.ground, "
                           "q.deadline_at, q.status, q.first_deadline_at, q.extended_months, "
                           "coalesce(q.decided_at, ''), coalesce(q.decision_note, ''), coalesce(q.override_reason, '') "
                           "FROM erasure_requests q LEFT JOIN subjects s ON s.id=q.subject_id";
RequestRow request_from(const Stmt &s) {
    RequestRow r;
    r.id = s.i64(0);
    r.case_ref = s.text(1);
    r.subject_id = opt_i64<int64_t>(s, 2);
    r.subject_pseudonym = s.text(3);
    r.received_at = s.text(4);
    r.ground = s.text(5);
    r.deadline_at = s.text(6);
    r.status = parse_case_status(s.text(7), "erasure request " + std::to_string(r.id));
    r.first_deadline_at = s.text(8);
    r.extended_months = int(s.i64(9));
    r.decided_at = s.text(10);
    r.decision_note = s.text(11);
    r.override_reason = s.text(12);
    return r;
}
} // namespace

std::vector<RequestRow> Lineage::requests() {
    Stmt s(*db_, std::string(kRequestCols) + " ORDER BY q.id");
    std::vector<RequestRow> out;
    while (s.step()) out.push_back(request_from(s));
    return out;
}

std::optional<RequestRow> Lineage::open_request_for_subject(int64_t subject_id) {
    Stmt s(*db_, std::string(kRequestCols) + " WHERE q.subject_id=? AND q.status IN ('open','in_progress','extended') "
                                             "ORDER BY q.id LIMIT 1");
    s.bind(1, subject_id);
    if (s.step()) return request_from(s);
    return std::nullopt;
}

namespace {
const char *kJobCols = "SELECT id, request_id, input_model_id, output_model_id, kind, method, device, status, "
                       "started_at, finished_at, error, params_json, result_json, error_message_json FROM jobs";
JobRow job_from(const Stmt &s) {
    JobRow j;
    j.id = s.i64(0);
    j.request_id = opt_i64<int64_t>(s, 1);
    j.input_model_id = opt_i64<int64_t>(s, 2);
    j.output_model_id = opt_i64<int64_t>(s, 3);
    j.kind = parse_job_kind(s.text(4), "job " + std::to_string(j.id));
    j.method = s.text(5);
    j.device = s.text(6);
    j.status = parse_job_status(s.text(7), "job " + std::to_string(j.id));
    j.started_at = s.text(8);
    j.finished_at = s.text(9);
    j.error = s.text(10);
    j.params = parse_json_or_null(s.text(11));
    j.result = parse_json_or_null(s.text(12));
    j.error_message = message_from_json(parse_json_or_null(s.text(13)));
    return j;
}
} // namespace

int64_t Lineage::insert_job(const JobRow &j) {
    Stmt s(*db_, "INSERT INTO jobs(request_id, kind, method, params_json, device, status, started_at, "
                 "input_model_id) VALUES(?,?,?,?,?,?,?,?)");
    s.bind(1, j.request_id).bind(2, to_string(j.kind)).bind(3, j.method).bind(4, j.params.dump()).bind(5, j.device);
    s.bind(6, to_string(j.status))
        .bind(7, j.started_at.empty() ? now_iso8601() : j.started_at)
        .bind(8, j.input_model_id)
        .run();
    return db_->last_id();
}

JobRow Lineage::job(int64_t id) {
    Stmt s(*db_, std::string(kJobCols) + " WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no job with id %1"), id));
    return job_from(s);
}

std::vector<JobRow> Lineage::jobs() {
    Stmt s(*db_, std::string(kJobCols) + " ORDER BY id");
    std::vector<JobRow> out;
    while (s.step()) out.push_back(job_from(s));
    return out;
}

void Lineage::update_job(const JobRow &j) {
    Stmt s(*db_, "UPDATE jobs SET status=?, finished_at=?, output_model_id=?, error=?, result_json=?, "
                 "error_message_json=? WHERE id=?");
    s.bind(1, to_string(j.status));
    j.finished_at.empty() ? s.bind_null(2) : s.bind(2, j.finished_at);
    s.bind(3, j.output_model_id);
    j.error.empty() ? s.bind_null(4) : s.bind(4, j.error);
    j.result.is_null() ? s.bind_null(5) : s.bind(5, j.result.dump());
    j.error_message.empty() ? s.bind_null(6) : s.bind(6, message_json(j.error_message).dump());
    s.bind(7, j.id).run();
}

void Lineage::insert_job_records(int64_t job_id, const std::vector<int64_t> &ids) {
    Stmt s(*db_, "INSERT INTO job_records(job_id, record_id) VALUES(?,?)");
    for (auto id : ids) {
        s.reset();
        s.bind(1, job_id).bind(2, id).run();
    }
}

std::vector<int64_t> Lineage::job_records(int64_t job_id) {
    Stmt s(*db_, "SELECT record_id FROM job_records WHERE job_id=? ORDER BY record_id");
    s.bind(1, job_id);
    std::vector<int64_t> out;
    while (s.step()) out.push_back(s.i64(0));
    return out;
}

// --- audits -------------------------------------------------------------------------

int64_t Lineage::insert_audit(const AuditRow &a, const std::string &scores_csv_gz) {
    Stmt s(*db_, "INSERT INTO audits(model_id, job_id, role, created_at, summary_json, scores_csv_gz, scores_sha256) "
                 "VALUES(?,?,?,?,?,?,?)");
    s.bind(1, a.model_id).bind(2, a.job_id).bind(3, to_string(a.role)).bind(4, now_iso8601()).bind(5, a.summary.dump());
    s.bind_blob(6, scores_csv_gz).bind(7, a.scores_sha256).run();
    return db_->last_id();
}

namespace {
const char *kAuditCols = "SELECT id, model_id, job_id, role, created_at, scores_sha256, summary_json FROM audits";
AuditRow audit_from(const Stmt &s) {
    AuditRow a;
    a.id = s.i64(0);
    a.model_id = s.i64(1);
    a.job_id = opt_i64<int64_t>(s, 2);
    a.role = parse_audit_role(s.text(3), "audit " + std::to_string(a.id));
    a.created_at = s.text(4);
    a.scores_sha256 = s.text(5);
    a.summary = json::parse(s.text(6));
    return a;
}
} // namespace

AuditRow Lineage::audit(int64_t id) {
    Stmt s(*db_, std::string(kAuditCols) + " WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no audit with id %1"), id));
    return audit_from(s);
}

std::vector<AuditRow> Lineage::audits(std::optional<int64_t> job_id) {
    Stmt s(*db_, std::string(kAuditCols) + (job_id ? " WHERE job_id=?" : "") + " ORDER BY id");
    if (job_id) s.bind(1, *job_id);
    std::vector<AuditRow> out;
    while (s.step()) out.push_back(audit_from(s));
    return out;
}

std::string Lineage::audit_scores(int64_t id) {
    Stmt s(*db_, "SELECT scores_csv_gz FROM audits WHERE id=?");
    s.bind(1, id);
    if (!s.step()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "no audit with id %1"), id));
    return s.blob(0);
}

void Lineage::insert_metric(int64_t audit_id, const std::string &name, const std::string &split, double value,
                            std::optional<double> lo, std::optional<double> hi, int64_t n) {
    Stmt s(*db_, "INSERT INTO metrics(audit_id, name, split, value, lo, hi, n) VALUES(?,?,?,?,?,?,?)");
    s.bind(1, audit_id).bind(2, name).bind(3, split).bind(4, value).bind(5, lo).bind(6, hi).bind(7, n).run();
}

// --- audit log ------------------------------------------------------------------------

std::string Lineage::append_log(const std::string &actor, const std::string &action, const json &payload) {
    std::string prev = kGenesisHash;
    int64_t seq = 1;
    {
        Stmt s(*db_, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (s.step()) {
            seq = s.i64(0) + 1;
            prev = s.text(1);
        }
    }
    const std::string at = now_iso8601();
    const std::string payload_json = payload.dump();
    const std::string hash = chain_hash(prev, seq, at, actor, action, payload_json);
    Stmt s(*db_, "INSERT INTO audit_log(seq, at, actor, action, payload_json, prev_hash, hash) VALUES(?,?,?,?,?,?,?)");
    s.bind(1, seq).bind(2, at).bind(3, actor).bind(4, action).bind(5, payload_json).bind(6, prev).bind(7, hash).run();
    return hash;
}

std::vector<LogEntry> Lineage::log_entries() {
    Stmt s(*db_, "SELECT seq, at, actor, action, payload_json, prev_hash, hash FROM audit_log ORDER BY seq");
    std::vector<LogEntry> out;
    while (s.step()) out.push_back({s.i64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    return out;
}

std::vector<FileRef> Lineage::file_refs() {
    std::vector<FileRef> out;
    {
        Stmt s(*db_, "SELECT id, uri, sha256, labels_uri, labels_sha256, format, spec_json FROM datasets ORDER BY id");
        while (s.step()) {
            if (s.text(5) == "folder") {
                // An image folder: each of its files, with the SHA-256 of its bytes.
                const json spec = json::parse(s.text(6), nullptr, false);
                const auto files = spec.value("files", std::vector<std::string>());
                const auto sums = spec.value("sha256", std::vector<std::string>());
                std::set<int64_t> gone; // redacted images are removed, not rewritten
                Stmt r(*db_, "SELECT row_index FROM records WHERE dataset_id=? AND redaction='redacted'");
                r.bind(1, s.i64(0));
                while (r.step()) gone.insert(r.i64(0));
                for (size_t i = 0; i < files.size() && i < sums.size(); ++i)
                    if (!gone.count(int64_t(i)))
                        out.push_back({"datasets", s.text(1) + "/" + files[i], sums[i], ArtifactState::Live, s.i64(0)});
                continue;
            }
            out.push_back({"datasets", s.text(1), s.text(2), ArtifactState::Live, s.i64(0)});
            if (!s.is_null(3)) out.push_back({"datasets", s.text(3), s.text(4), ArtifactState::Live, s.i64(0)});
        }
    }
    {
        Stmt s(*db_, "SELECT id, path, sha256, state FROM models WHERE path IS NOT NULL ORDER BY id");
        while (s.step())
            out.push_back(
                {"models", s.text(1), s.text(2), parse_artifact_state(s.text(3), "model " + s.text(0)), s.i64(0)});
    }
    {
        Stmt s(*db_, "SELECT id, path, sha256, state FROM checkpoints ORDER BY id");
        while (s.step())
            out.push_back({"checkpoints", s.text(1), s.text(2),
                           parse_artifact_state(s.text(3), "checkpoint " + s.text(0)), s.i64(0)});
    }
    return out;
}

} // namespace lethe
