// The most SQLite itself can insert: the rows of a social insurance file into
// a table of the importer's shape (WITHOUT ROWID, the feed's key), in one
// transaction, WAL, synchronous=FULL, the importer's 256 MiB page cache (or another) and
// 64-row INSERT statements, with no validation at all. It prints the wall
// time and the time spent inside sqlite3_step, the part no importer can
// move to another thread: the ceiling for `mianshen import` on this machine.
//
// Usage: bench_sqlite_insert_ceiling social_insurance.csv scratch.sqlite [cache MiB]
// The file is the demo generator's (`mianshen demo-data`): a header, then
// unquoted fields in the feed's column order. The scratch database is
// overwritten.

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRowsPerStatement = 64;
constexpr int kColumns = 7;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string insertSql(int rows)
{
    std::string sql = "INSERT OR IGNORE INTO social_insurance VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r ? ",(?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?)";
    return sql;
}

// Splits a demo line into its 6 fields; false if it has another shape.
bool fields(std::string_view line, std::string_view (&out)[6])
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    int k = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ',') {
            if (k == 6)
                return false;
            out[k++] = line.substr(start, i - start);
            start = i + 1;
        }
    }
    return k == 6;
}

// Whole yuan or yuan.fen, as the demo writes contribution bases.
long long fen(std::string_view yuan)
{
    long long value = 0;
    int decimals = -1;
    for (char c : yuan) {
        if (c == '.') {
            decimals = 0;
            continue;
        }
        value = value * 10 + (c - '0');
        if (decimals >= 0)
            ++decimals;
    }
    for (int d = decimals < 0 ? 0 : decimals; d < 2; ++d)
        value *= 10;
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: %s social_insurance.csv scratch.sqlite [cache MiB, default 256]\n", argv[0]);
        return 2;
    }
    const long long cacheMiB = argc == 4 ? std::atoll(argv[3]) : 256;
    std::ifstream in(argv[1]);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    const std::string path = argv[2];
    for (const char *suffix : {"", "-wal", "-shm"})
        std::remove((path + suffix).c_str());
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", path.c_str());
        return 1;
    }
    const std::string setup = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-"
                        + std::to_string(cacheMiB * 1024) + ";"
                        "CREATE TABLE social_insurance (id_number TEXT NOT NULL, employer_credit_code TEXT NOT NULL,"
                        " month TEXT NOT NULL, paid_area TEXT NOT NULL, contribution_base_fen BIGINT NOT NULL,"
                        " insurance_type TEXT NOT NULL, import_id BIGINT NOT NULL,"
                        " PRIMARY KEY (id_number, month, insurance_type, employer_credit_code)) WITHOUT ROWID;";
    if (sqlite3_exec(db, setup.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    sqlite3_stmt *full = nullptr;
    const std::string fullSql = insertSql(kRowsPerStatement);
    sqlite3_prepare_v2(db, fullSql.c_str(), -1, &full, nullptr);

    std::string line;
    std::getline(in, line);   // header
    std::vector<std::string> batch;
    batch.reserve(kRowsPerStatement);
    double insideStep = 0;
    long long rows = 0;
    long long badLines = 0;
    auto flush = [&]() {
        if (batch.empty())
            return;
        sqlite3_stmt *stmt = full;
        if (int(batch.size()) != kRowsPerStatement) {
            const std::string sql = insertSql(int(batch.size()));
            sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
        }
        int p = 1;
        for (const std::string &row : batch) {
            std::string_view f[6];
            fields(row, f);
            for (int i = 0; i < 4; ++i)
                sqlite3_bind_text(stmt, p++, f[i].data(), int(f[i].size()), SQLITE_STATIC);
            sqlite3_bind_int64(stmt, p++, fen(f[4]));
            sqlite3_bind_text(stmt, p++, f[5].data(), int(f[5].size()), SQLITE_STATIC);
            sqlite3_bind_int64(stmt, p++, 1);
        }
        const auto start = Clock::now();
        if (sqlite3_step(stmt) != SQLITE_DONE)
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
        sqlite3_reset(stmt);
        insideStep += seconds(start);
        if (stmt != full)
            sqlite3_finalize(stmt);
        batch.clear();
    };

    const auto start = Clock::now();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    while (std::getline(in, line)) {
        std::string_view f[6];
        if (!fields(line, f)) {
            ++badLines;
            continue;
        }
        batch.push_back(line);
        ++rows;
        if (int(batch.size()) == kRowsPerStatement)
            flush();
    }
    flush();
    const auto commitStart = Clock::now();
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double commit = seconds(commitStart);
    const double wall = seconds(start);
    sqlite3_finalize(full);
    sqlite3_close(db);
    std::printf("%lld rows (%lld lines of another shape skipped), %d columns each, %lld MiB page cache\n", rows, badLines,
                kColumns, cacheMiB);
    std::printf("wall %.1f s: %.0f rows/s\n", wall, double(rows) / wall);
    std::printf("inside sqlite3_step %.1f s: %.0f rows/s\n", insideStep, double(rows) / insideStep);
    std::printf("commit (WAL sync and checkpoint) %.1f s\n", commit);
    std::printf("ceiling for one writer thread, step + commit: %.0f rows/s\n", double(rows) / (insideStep + commit));
    return 0;
}
