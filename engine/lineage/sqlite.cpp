#include "lineage/sqlite.h"

#include <sqlite3.h>

#include "core/error.h"

namespace lethe::sql {

namespace {
// A file that is not a database, or a damaged one, is the user's input; any
// other failure of SQLite is an internal error.
[[noreturn]] void sql_failure(sqlite3 *db, Message m) {
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) bad_input(std::move(m));
    internal_error(std::move(m));
}
} // namespace

Db::Db(const std::string &path, bool create) : path_(path) {
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        if (!db_)
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot open the lineage database: out of memory"), path));
        const std::string why = sqlite3_errmsg(db_);
        sqlite3_close(db_);
        db_ = nullptr;
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot open the lineage database: %2"), path, why));
    }
    sqlite3_busy_timeout(db_, 5000);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    try {
        // A file that is not a database fails here, with SQLite's reason.
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
    } catch (const Error &) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Db::~Db() { sqlite3_close(db_); }

void Db::fail(const std::string &what) const {
    // what: the SQLite call that failed (bind, step)
    sql_failure(db_, msg(QT_TRANSLATE_NOOP("Engine", "%1: %2: %3"), path_, what, sqlite3_errmsg(db_)));
}

void Db::exec(const std::string &sql) {
    char *err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        sql_failure(db_, msg(QT_TRANSLATE_NOOP("Engine", "%1: SQL failed (%2): %3"), path_, sql.substr(0, 60),
                             sqlite3_errmsg(db_)));
    }
}

int64_t Db::last_id() const { return sqlite3_last_insert_rowid(db_); }
int Db::changes() const { return sqlite3_changes(db_); }

std::optional<int64_t> Db::scalar_i64(const std::string &sql) {
    Stmt s(*this, sql);
    if (s.step() && !s.is_null(0)) return s.i64(0);
    return std::nullopt;
}

std::optional<std::string> Db::scalar_text(const std::string &sql) {
    Stmt s(*this, sql);
    if (s.step() && !s.is_null(0)) return s.text(0);
    return std::nullopt;
}

Stmt::Stmt(Db &db, const std::string &sql) : db_(db) {
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), int(sql.size()), &st_, nullptr) != SQLITE_OK)
        sql_failure(db.handle(), msg(QT_TRANSLATE_NOOP("Engine", "%1: cannot prepare (%2): %3"), db.path(),
                                     sql.substr(0, 60), sqlite3_errmsg(db.handle())));
}
Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt &Stmt::bind(int i, int64_t v) {
    if (sqlite3_bind_int64(st_, i, v) != SQLITE_OK) db_.fail("bind");
    return *this;
}
Stmt &Stmt::bind(int i, double v) {
    if (sqlite3_bind_double(st_, i, v) != SQLITE_OK) db_.fail("bind");
    return *this;
}
Stmt &Stmt::bind(int i, const std::string &v) {
    if (sqlite3_bind_text(st_, i, v.data(), int(v.size()), SQLITE_TRANSIENT) != SQLITE_OK) db_.fail("bind");
    return *this;
}
Stmt &Stmt::bind_blob(int i, const std::string &v) {
    if (sqlite3_bind_blob(st_, i, v.data(), int(v.size()), SQLITE_TRANSIENT) != SQLITE_OK) db_.fail("bind");
    return *this;
}
Stmt &Stmt::bind_null(int i) {
    if (sqlite3_bind_null(st_, i) != SQLITE_OK) db_.fail("bind");
    return *this;
}

bool Stmt::step() {
    const int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    db_.fail("step");
}
void Stmt::run() {
    while (step()) {}
}
void Stmt::reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
}

int64_t Stmt::i64(int c) const { return sqlite3_column_int64(st_, c); }
double Stmt::f64(int c) const { return sqlite3_column_double(st_, c); }
std::string Stmt::text(int c) const {
    const auto *p = sqlite3_column_text(st_, c);
    return p ? std::string(reinterpret_cast<const char *>(p), size_t(sqlite3_column_bytes(st_, c))) : std::string();
}
std::string Stmt::blob(int c) const {
    const auto *p = static_cast<const char *>(sqlite3_column_blob(st_, c));
    return p ? std::string(p, size_t(sqlite3_column_bytes(st_, c))) : std::string();
}
bool Stmt::is_null(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }

Transaction::Transaction(Db &db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}
void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace lethe::sql
