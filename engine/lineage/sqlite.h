#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared
// statements with bound parameters only, transactions as scope guards.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lethe::sql {

class Db;

class Stmt {
public:
    Stmt(Db &db, const std::string &sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &bind(int i, int64_t v);
    Stmt &bind(int i, int v) { return bind(i, int64_t(v)); }
    Stmt &bind(int i, double v);
    Stmt &bind(int i, const std::string &v);
    Stmt &bind(int i, const char *v) { return bind(i, std::string(v)); }
    Stmt &bind_blob(int i, const std::string &bytes);
    Stmt &bind_null(int i);
    template <class T> Stmt &bind(int i, const std::optional<T> &v) { return v ? bind(i, *v) : bind_null(i); }

    bool step();  // true while a row is available
    void run();   // step to completion, no rows expected
    void reset(); // for re-use with new bindings

    int64_t i64(int col) const;
    double f64(int col) const;
    std::string text(int col) const;
    std::string blob(int col) const;
    bool is_null(int col) const;

private:
    Db &db_;
    sqlite3_stmt *st_ = nullptr;
};

class Db {
public:
    // Opens (creating when create is true) with WAL, foreign keys, defensive
    // mode, trusted_schema off and extension loading off.
    Db(const std::string &path, bool create);
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    void exec(const std::string &sql);
    int64_t last_id() const;
    int changes() const;
    sqlite3 *handle() const { return db_; }
    const std::string &path() const { return path_; }
    [[noreturn]] void fail(const std::string &what) const;

    // Convenience: the first column of the first row, or nullopt.
    std::optional<int64_t> scalar_i64(const std::string &sql);
    std::optional<std::string> scalar_text(const std::string &sql);

private:
    sqlite3 *db_ = nullptr;
    std::string path_;
};

class Transaction {
public:
    explicit Transaction(Db &db); // BEGIN IMMEDIATE
    ~Transaction();               // rolls back unless committed
    void commit();

private:
    Db &db_;
    bool done_ = false;
};

} // namespace lethe::sql
