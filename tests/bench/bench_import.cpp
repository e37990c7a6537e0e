// bench_import: imports every feed of a synthetic district into SQLite and
// PostgreSQL with feeds::Importer and compares with the databases' own bulk
// loaders (sqlite3 .import, psql \copy) of the same files into tables of the
// same shape, which validate nothing. Prints rows per second per feed and
// overall, and the peak resident memory.
//
//   bench_import [--data DIR | --persons N --enterprises K] [--work DIR]
//                [--pg postgresql://...] [--no-sqlite] [--no-reference]
//   bench_import --generate DIR [--persons N --enterprises K]   (only write the files)
//
// --data: files written by `mianshen demo-data`; otherwise a quick district is
// generated here (persons, enterprises, monthly social insurance 2018-2021
// for ~70% of persons, employment, education, bank accounts, patents, tax,
// annual reports). PostgreSQL: --pg or MIANSHEN_TEST_PG (a fresh database is
// created and dropped).
#include "catalog/FeedCatalog.h"
#include "domain/IdentityCodes.h"
#include "feeds/Importer.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <random>
#include <string>

#include <sys/resource.h>

using namespace mianshen;

namespace {

QTextStream out(stdout);

// CPU seconds (user + system) of this process, or of its waited-for children.
double cpuSeconds(int who)
{
    struct rusage u{};
    getrusage(who, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssMb()
{
    struct rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// --- a quick synthetic district ----------------------------------------------

class Writer
{
public:
    explicit Writer(const QString &path) : m_file(std::fopen(path.toLocal8Bit().constData(), "wb")) { m_buf.reserve(1 << 20); }
    ~Writer()
    {
        flush();
        if (m_file)
            std::fclose(m_file);
    }
    Writer &operator<<(std::string_view s)
    {
        m_buf.append(s);
        if (m_buf.size() > (1 << 20))
            flush();
        return *this;
    }
    Writer &operator<<(char c)
    {
        m_buf.push_back(c);
        return *this;
    }
    Writer &operator<<(const std::string &s) { return *this << std::string_view(s); }
    Writer &operator<<(const char *s) { return *this << std::string_view(s); }
    Writer &num(long long v)
    {
        char b[24];
        const int n = std::snprintf(b, sizeof b, "%lld", v);
        return *this << std::string_view(b, size_t(n));
    }
    Writer &pad(long long v, int width)
    {
        char b[24];
        const int n = std::snprintf(b, sizeof b, "%0*lld", width, v);
        return *this << std::string_view(b, size_t(n));
    }

private:
    void flush()
    {
        if (m_file && !m_buf.empty())
            std::fwrite(m_buf.data(), 1, m_buf.size(), m_file);
        m_buf.clear();
    }
    std::FILE *m_file;
    std::string m_buf;
};

struct Day
{
    int y, m, d;
};
Day civil(int days) // days since 1970-01-01
{
    days += 719468;
    const int era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), int(m), int(d)};
}
std::string dateText(int days)
{
    const Day c = civil(days);
    char b[16];
    std::snprintf(b, sizeof b, "%04d-%02d-%02d", c.y, c.m, c.d);
    return b;
}

std::string personId(long long i)
{
    const Day birth = civil(-3653 + int(i % 14600)); // 1960..2000
    char body[18];
    std::snprintf(body, sizeof body, "441200%04d%02d%02d%03lld", birth.y, birth.m, birth.d, (i / 14600) % 1000);
    return std::string(body) + *domain::identity::idNumberCheckCharacter(std::string_view(body, 17));
}
bool personMale(long long i)
{
    return ((i / 14600) % 1000) % 2 == 1;
}
std::string creditCode(long long i)
{
    char body[32];
    std::snprintf(body, sizeof body, "914412000%08lld", i % 100000000);
    return std::string(body) + *domain::identity::creditCodeCheckCharacter(std::string_view(body, 17));
}

void generate(const QString &dir, long long persons, long long enterprises)
{
    std::mt19937_64 rng(20240101);
    auto roll = [&](int n) { return int(rng() % std::uint64_t(n)); };
    const QDir d(dir);
    {
        Writer w(d.filePath(QStringLiteral("persons.csv")));
        w << "id_number,name,gender,birth_date,household_area\n";
        for (long long i = 0; i < persons; ++i)
            w << personId(i) << ",居民" << std::to_string(i) << ',' << (personMale(i) ? "M" : "F") << ','
              << dateText(-3653 + int(i % 14600)) << ',' << (i % 7 == 0 ? "441200-GX" : "441200") << '\n';
    }
    {
        Writer w(d.filePath(QStringLiteral("enterprises.csv")));
        w << "credit_code,name,legal_rep_id_number,registered_area,established_date,status,industry_code,size\n";
        static const char *sizes[] = {"micro", "small", "medium", "large"};
        for (long long i = 0; i < enterprises; ++i)
            w << creditCode(i) << ",示范企业" << std::to_string(i) << "有限公司," << personId((i * 37) % persons)
              << ",441200-GX," << dateText(9000 + roll(8000)) << ",active,C" << std::to_string(3900 + roll(99)) << ','
              << sizes[roll(4)] << '\n';
    }
    {
        Writer si(d.filePath(QStringLiteral("social_insurance_2021-12.csv")));
        Writer em(d.filePath(QStringLiteral("employment_records.csv")));
        si << "id_number,employer_credit_code,month,paid_area,contribution_base,insurance_type\n";
        em << "id_number,employer_credit_code,start_date,end_date,work_area\n";
        for (long long i = 0; i < persons; ++i) {
            if (roll(100) >= 70)
                continue;
            const std::string id = personId(i);
            const std::string employer = creditCode((i * 7919) % enterprises);
            const int start = roll(48);
            const int end = start + 1 + roll(48 - start);
            const int base = 3000 + roll(20000);
            for (int m = start; m < end; ++m) {
                char month[8];
                std::snprintf(month, sizeof month, "%04d-%02d", 2018 + m / 12, m % 12 + 1);
                for (const char *type : {"pension", "medical"}) {
                    si << id << ',' << employer << ',' << month << ",441200-GX,";
                    si.num(base + m * 10) << '.' ;
                    si.pad(m % 100, 2) << ',' << type << '\n';
                }
            }
            em << id << ',' << employer << ',' << dateText(17532 + start * 30) << ','
               << (end < 48 ? dateText(17532 + end * 30) : std::string()) << ",441200-GX\n";
        }
    }
    {
        Writer w(d.filePath(QStringLiteral("education.csv")));
        w << "id_number,level,full_time,school,major,graduation_date,certificate_no,overseas\n";
        static const char *levels[] = {"doctor", "master", "bachelor", "associate"};
        for (long long i = 0; i < persons; i += 3)
            w << personId(i) << ',' << levels[roll(4)] << ',' << (roll(2) ? "1" : "0") << ",\"华南理工大学\",\"计算机科学, 软件\","
              << dateText(-3653 + int(i % 14600) + 8000) << ",EDU" << std::to_string(i) << ",0\n";
    }
    {
        Writer w(d.filePath(QStringLiteral("bank_accounts.csv")));
        w << "subject_id,bank_name,account_no,account_name,verified,updated_date\n";
        for (long long i = 0; i < persons; ++i)
            if (roll(10) != 0)
                w << personId(i) << ",中国工商银行,622202" << std::to_string(1000000000000LL + i) << ",居民" << std::to_string(i)
                  << ',' << (roll(5) ? "1" : "0") << ",2021-06-30\n";
        for (long long i = 0; i < enterprises; ++i)
            w << creditCode(i) << ",中国银行,4400" << std::to_string(100000000000LL + i) << ",示范企业" << std::to_string(i)
              << "有限公司,1,2021-06-30\n";
    }
    {
        Writer w(d.filePath(QStringLiteral("patents.csv")));
        w << "patent_no,kind,title,patentee_credit_code,application_date,grant_date,status\n";
        static const char *kinds[] = {"invention", "utility_model", "design"};
        for (long long i = 0; i < enterprises / 2; ++i) {
            const int kind = roll(3);
            const int year = 2015 + roll(6);
            char digits[32];
            std::snprintf(digits, sizeof digits, "%04d%d%07lld", year, kind + 1, i % 10000000);
            w << "ZL" << std::string_view(digits, 12) << '.' << std::string(1, *domain::identity::patentCheckCharacter(std::string_view(digits, 12)))
              << ',' << kinds[kind] << ",一种装置," << creditCode(roll(int(enterprises))) << ',' << dateText(16436 + (year - 2015) * 365)
              << ',' << dateText(16436 + (year - 2015) * 365 + 400) << ",valid\n";
        }
    }
    {
        Writer t(d.filePath(QStringLiteral("tax_payments.csv")));
        Writer a(d.filePath(QStringLiteral("annual_reports.csv")));
        t << "credit_code,year,area,tax_paid\n";
        a << "credit_code,year,revenue,employees,rd_expense\n";
        for (long long i = 0; i < enterprises; ++i)
            for (int year = 2019; year <= 2021; ++year) {
                t << creditCode(i) << ',' << std::to_string(year) << ",441200-GX,";
                t.num(roll(5000000)) << '.';
                t.pad(roll(100), 2) << '\n';
                a << creditCode(i) << ',' << std::to_string(year) << ',';
                a.num(roll(900000000)) << ',';
                a.num(roll(500)) << ',';
                a.num(roll(5000000)) << ".5\n";
            }
    }
}

// --- reference loaders --------------------------------------------------------

// Tables of the same shape as the feed tables (catalog columns in the file's
// header order, same types, primary key and subject index), without import_id.
QStringList referenceDdl(const catalog::Feed &feed, const QStringList &header, bool sqlite)
{
    QStringList cols;
    for (const QString &h : header) {
        const catalog::Column *c = feed.column(h);
        if (!c)
            return {};
        // psql cannot turn yuan into fen: money and decimals are NUMERIC there.
        const bool numeric = !sqlite && (c->type == catalog::ColumnType::Money || c->type == catalog::ColumnType::Decimal);
        cols << c->sqlName + u' ' + (numeric ? QStringLiteral("NUMERIC(20,2)") : catalog::FeedCatalog::sqlType(c->type));
    }
    QStringList key;
    for (const QString &k : feed.key)
        key << feed.column(k)->sqlName;
    QStringList ddl{QStringLiteral("CREATE TABLE ") + feed.name + QStringLiteral(" (") + cols.join(u", ")
                    + QStringLiteral(", PRIMARY KEY (") + key.join(u", ") + QStringLiteral("))")
                    + (sqlite ? QStringLiteral(" WITHOUT ROWID") : QString())};
    if (key.first() != feed.subjectColumn)
        ddl << QStringLiteral("CREATE INDEX ") + feed.name + QStringLiteral("_by_subject ON ") + feed.name + u'(' + feed.subjectColumn + u')';
    return ddl;
}

QStringList headerOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray line = f.readLine().trimmed();
    if (line.startsWith("\xEF\xBB\xBF"))
        line = line.mid(3);
    return QString::fromUtf8(line).split(u',');
}

bool runTool(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()).left(500);
        return false;
    }
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty()) {
        *error = QString::fromUtf8(err).left(500);
        return false;
    }
    return true;
}

struct FileRun
{
    QString file;
    QString feed;
    qint64 rows = 0;
    double seconds = 0;
    double cpu = 0; // CPU seconds of the loader (this process, or the child tool)
};

QString loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    if (!load.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(load.readAll()).section(u' ', 0, 2);
}

void printRuns(const QString &title, const QList<FileRun> &runs)
{
    // The machine is shared: the load average says how much of it we had.
    out << "\n== " << title << " == (load average now: " << loadAverage() << ")\n";
    qint64 rows = 0;
    double seconds = 0, cpu = 0;
    auto line = [](const QString &name, qint64 n, double wall, double c) {
        return QStringLiteral("  %1 %2 rows %3 s %4 rows/s   cpu %5 s %6 rows/cpu-s\n")
            .arg(name, -26)
            .arg(n, 10)
            .arg(wall, 8, 'f', 2)
            .arg(wall > 0 ? qint64(n / wall) : 0, 9)
            .arg(c, 7, 'f', 2)
            .arg(c > 0 ? qint64(n / c) : 0, 9);
    };
    for (const FileRun &r : runs) {
        out << line(r.feed, r.rows, r.seconds, r.cpu);
        rows += r.rows;
        seconds += r.seconds;
        cpu += r.cpu;
    }
    out << line(QStringLiteral("OVERALL"), rows, seconds, cpu);
    out.flush();
}

double overallRate(const QList<FileRun> &runs)
{
    qint64 rows = 0;
    double seconds = 0;
    for (const FileRun &r : runs) {
        rows += r.rows;
        seconds += r.seconds;
    }
    return seconds > 0 ? rows / seconds : 0;
}

double cpuRate(const QList<FileRun> &runs)
{
    qint64 rows = 0;
    double cpu = 0;
    for (const FileRun &r : runs) {
        rows += r.rows;
        cpu += r.cpu;
    }
    return cpu > 0 ? rows / cpu : 0;
}

QList<FileRun> importAll(store::Database &db, const QStringList &files, bool *ok)
{
    QList<FileRun> runs;
    feeds::Importer importer(db);
    *ok = true;
    for (const QString &file : feeds::Importer::importOrder(files)) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds(RUSAGE_SELF);
        const feeds::ImportReport r = importer.import(file);
        const double s = t.nsecsElapsed() / 1e9;
        const double cpu = cpuSeconds(RUSAGE_SELF) - cpu0;
        if (!r.imported()) {
            out << "IMPORT FAILED " << file << ": " << r.message << "\n" << r.toText().left(2000) << "\n";
            *ok = false;
        }
        if (r.warningCount > 0)
            out << "  (" << QFileInfo(file).fileName() << ": " << r.warningCount << " warnings)\n";
        runs.append({file, r.feed, r.rowsRead, s, cpu});
        out.flush();
    }
    return runs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback = QString()) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const qint64 persons = value(QStringLiteral("--persons"), QStringLiteral("100000")).toLongLong();
    const qint64 enterprises = value(QStringLiteral("--enterprises"), QString::number(std::max<qint64>(persons / 10, 10))).toLongLong();
    const QString pgUrl = value(QStringLiteral("--pg"), qEnvironmentVariable("MIANSHEN_TEST_PG"));
    const bool doSqlite = !args.contains(QStringLiteral("--no-sqlite"));
    const bool reference = !args.contains(QStringLiteral("--no-reference"));
    QTemporaryDir tmp(value(QStringLiteral("--work"), QDir::tempPath()) + QStringLiteral("/bench_import_XXXXXX"));
    QString dataDir = value(QStringLiteral("--data"));
    if (const QString target = value(QStringLiteral("--generate")); !target.isEmpty()) {
        QDir().mkpath(target);
        generate(target, persons, enterprises);
        out << "Generated " << persons << " persons, " << enterprises << " enterprises into " << target << "\n";
        return 0;
    }

    if (dataDir.isEmpty()) {
        dataDir = tmp.filePath(QStringLiteral("data"));
        QDir().mkpath(dataDir);
        QElapsedTimer t;
        t.start();
        generate(dataDir, persons, enterprises);
        out << "Generated " << persons << " persons, " << enterprises << " enterprises in " << t.elapsed() / 1000.0 << " s\n";
    }
    QStringList files;
    qint64 bytes = 0;
    for (const QFileInfo &fi : QDir(dataDir).entryInfoList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        if (fi.size() == 0 || !catalog::FeedCatalog::builtin().feedForFileName(fi.fileName()))
            continue;
        files << fi.filePath();
        bytes += fi.size();
    }
    out << "Data: " << dataDir << " (" << files.size() << " files, " << bytes / (1024 * 1024) << " MiB)\n";
    out.flush();

    // --- SQLite --------------------------------------------------------------
    if (doSqlite) {
        const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
        auto db = store::Database::open(store::ConnectionSpec::sqlite(path));
        if (!db || !store::Migrator(*db.value()).migrate()) {
            out << "cannot open/migrate " << path << "\n";
            return 1;
        }
        bool ok = false;
        const QList<FileRun> mine = importAll(*db.value(), files, &ok);
        printRuns(QStringLiteral("SQLite: mianshen import (validated)"), mine);
        out << "  peak RSS " << peakRssMb() << " MiB\n";
        db.value().reset();
        if (reference) {
            const QString refPath = tmp.filePath(QStringLiteral("reference.sqlite"));
            QList<FileRun> ref;
            for (const QString &file : files) {
                const catalog::Feed *feed = catalog::FeedCatalog::builtin().feedForFileName(file);
                const QStringList ddl = referenceDdl(*feed, headerOf(file), true);
                QString error;
                if (ddl.isEmpty() || !runTool(QStringLiteral("sqlite3"), {refPath, ddl.join(u";\n") + u';'}, &error)) {
                    out << "reference table " << feed->name << ": " << error << "\n";
                    continue;
                }
                QElapsedTimer t;
                t.start();
                const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
                if (!runTool(QStringLiteral("sqlite3"),
                             {refPath, QStringLiteral("-cmd"), QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("-cmd"),
                              QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral(".mode csv"),
                              QStringLiteral(".import --skip 1 ") + file + u' ' + feed->name},
                             &error)
                    && !error.contains(u"wal"))
                    out << "sqlite3 .import " << feed->name << ": " << error << "\n";
                ref.append({file, feed->name, 0, t.nsecsElapsed() / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu0});
            }
            for (FileRun &r : ref)
                for (const FileRun &m : mine)
                    if (m.file == r.file)
                        r.rows = m.rows;
            printRuns(QStringLiteral("SQLite: sqlite3 .import (no validation), same files, same table shapes"), ref);
            out << QStringLiteral("  mianshen / sqlite3 speed ratio: %1 wall, %2 cpu (target >= 0.5); "
                                  "validated rows/s %3 wall, %4 per cpu-second (target >= 500000)\n")
                       .arg(overallRate(mine) / std::max(1.0, overallRate(ref)), 0, 'f', 2)
                       .arg(cpuRate(mine) / std::max(1.0, cpuRate(ref)), 0, 'f', 2)
                       .arg(qint64(overallRate(mine)))
                       .arg(qint64(cpuRate(mine)));
        }
    }

    // --- PostgreSQL ----------------------------------------------------------
    if (!pgUrl.isEmpty()) {
        auto server = store::ConnectionSpec::parse(pgUrl);
        if (!server) {
            out << "bad --pg: " << server.error() << "\n";
            return 1;
        }
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
        const QString dbName = QStringLiteral("mianshen_bench_") + suffix;
        const QString refName = QStringLiteral("mianshen_benchref_") + suffix;
        auto admin = store::Database::open(server.value());
        if (!admin) {
            out << "PostgreSQL: " << admin.error() << "\n";
            return 1;
        }
        auto adminExec = [&](const QString &sql) {
            QSqlQuery q(admin.value()->connection());
            return q.exec(sql);
        };
        adminExec(QStringLiteral("CREATE DATABASE ") + dbName);
        adminExec(QStringLiteral("CREATE DATABASE ") + refName);
        {
            store::ConnectionSpec spec = server.value();
            spec.database = dbName;
            auto db = store::Database::open(spec);
            if (!db || !store::Migrator(*db.value()).migrate()) {
                out << "cannot open/migrate PostgreSQL bench database\n";
                return 1;
            }
            bool ok = false;
            const QList<FileRun> mine = importAll(*db.value(), files, &ok);
            printRuns(QStringLiteral("PostgreSQL: mianshen import (validated, COPY)"), mine);
            out << "  peak RSS " << peakRssMb() << " MiB\n";
            db.value().reset();
            if (reference) {
                store::ConnectionSpec refSpec = server.value();
                refSpec.database = refName;
                const QString refUrl = refSpec.toString(true);
                QList<FileRun> ref;
                for (const QString &file : files) {
                    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feedForFileName(file);
                    const QStringList ddl = referenceDdl(*feed, headerOf(file), false);
                    QString error;
                    if (ddl.isEmpty() || !runTool(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), refUrl, QStringLiteral("-c"), ddl.join(u";\n") + u';'}, &error)) {
                        out << "reference table " << feed->name << ": " << error << "\n";
                        continue;
                    }
                    QElapsedTimer t;
                    t.start();
                    if (!runTool(QStringLiteral("psql"),
                                 {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), refUrl, QStringLiteral("-c"),
                                  QStringLiteral("\\copy ") + feed->name + QStringLiteral(" FROM '") + file
                                      + QStringLiteral("' WITH (FORMAT csv, HEADER true)")},
                                 &error))
                        out << "psql \\copy " << feed->name << ": " << error << "\n";
                    ref.append({file, feed->name, 0, t.nsecsElapsed() / 1e9, 0});
                }
                for (FileRun &r : ref)
                    for (const FileRun &m : mine)
                        if (m.file == r.file)
                            r.rows = m.rows;
                printRuns(QStringLiteral("PostgreSQL: psql \\copy (no validation), same files, same table shapes"), ref);
                out << QStringLiteral("  mianshen / psql speed ratio: %1 (target >= 0.5)\n")
                           .arg(overallRate(mine) / std::max(1.0, overallRate(ref)), 0, 'f', 2);
            }
        }
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + dbName + QStringLiteral(" WITH (FORCE)"));
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + refName + QStringLiteral(" WITH (FORCE)"));
    }
    out << "\npeak RSS of this process: " << peakRssMb() << " MiB (load average now: " << loadAverage() << ")\n";
    return 0;
}
