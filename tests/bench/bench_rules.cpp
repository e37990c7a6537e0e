// Micro-benchmark of compiled policy evaluation (the fast path): subject-policy
// evaluations per second on one core, for every shipped policy, over a
// synthetic Snapshot shaped like the demo zone (built here through the same
// SnapshotBuilder the matching engine uses).
//
//   bench_rules [persons] [enterprises]      (defaults 200000 and 100000)
#include "catalog/FeedCatalog.h"
#include "rules/CompiledPolicy.h"
#include "rules/PolicyLoader.h"
#include "rules/SnapshotBuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdlib>
#include <random>

#include <time.h>

using namespace mianshen::rules;

namespace {

QString idNumber(int i)
{
    return QStringLiteral("4412%1").arg(i, 14, 10, QLatin1Char('0'));
}

QString creditCode(int i)
{
    return QStringLiteral("91441200%1").arg(i, 10, 10, QLatin1Char('0'));
}

// CPU time of this thread: the machine may be shared, and "per core" means
// per second of CPU actually spent.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int persons = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    const int enterprises = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    const auto &catalog = mianshen::catalog::FeedCatalog::builtin();

    std::vector<std::unique_ptr<Policy>> policies;
    PolicyLoader loader(catalog);
    for (const QString &name : QDir(QStringLiteral(":/policies")).entryList({QStringLiteral("*.json")})) {
        Diagnostics d;
        auto p = loader.loadFile(QStringLiteral(":/policies/") + name, d);
        if (d.hasErrors()) {
            out << d.render(p->source, Language::En);
            return 1;
        }
        policies.push_back(std::move(p));
    }

    QElapsedTimer timer;
    timer.start();
    SnapshotBuilder b(catalog);
    for (const auto &p : policies)
        if (auto s = b.declare(p->columnUses); !s) {
            out << s.error() << Qt::endl;
            return 1;
        }
    std::mt19937 rng(42);
    auto pick = [&](int n) { return int(rng() % unsigned(n)); };
    auto set = [&](const QString &feed, SubjectKind kind, std::int32_t row, const char *column, const QString &text) {
        const int t = b.tableHandle(feed, kind);
        const int slot = b.columnSlot(t, QString::fromLatin1(column));
        if (slot < 0)
            return;
        if (const auto s = b.setText(t, row, slot, text); !s) {
            // Generated data that does not parse is a bug of this program: stop.
            QTextStream(stderr) << s.error() << Qt::endl;
            std::exit(1);
        }
    };
    auto row = [&](const char *feed, SubjectKind kind, std::int32_t subject) {
        const int t = b.tableHandle(QString::fromLatin1(feed), kind);
        return t >= 0 ? b.addRow(t, subject) : -1;
    };
    static const char *const zone = "441200-GX";
    // Enterprises: 80% in the zone, 95% active, patents granted 2019-2021.
    for (int i = 0; i < enterprises; ++i) {
        const auto e = b.addSubject(SubjectKind::Enterprise, creditCode(i));
        const QString reg = QStringLiteral("enterprises");
        const auto r = row("enterprises", SubjectKind::Enterprise, e);
        set(reg, SubjectKind::Enterprise, r, "status", pick(20) == 0 ? QStringLiteral("revoked") : QStringLiteral("active"));
        set(reg, SubjectKind::Enterprise, r, "registered_area", pick(5) == 0 ? QStringLiteral("441202") : QString::fromLatin1(zone));
        const int patents = pick(5);
        static const char *const kinds[] = {"invention", "utility_model", "design"};
        for (int k = 0; k < patents; ++k) {
            const auto pr = row("patents", SubjectKind::Enterprise, e);
            set(QStringLiteral("patents"), SubjectKind::Enterprise, pr, "kind", QString::fromLatin1(kinds[pick(3)]));
            set(QStringLiteral("patents"), SubjectKind::Enterprise, pr, "status", pick(10) == 0 ? QStringLiteral("lapsed") : QStringLiteral("valid"));
            set(QStringLiteral("patents"), SubjectKind::Enterprise, pr, "grant_date", QStringLiteral("%1-%2-15").arg(2019 + pick(3)).arg(1 + pick(12), 2, 10, QLatin1Char('0')));
        }
        if (pick(3) == 0) {
            const auto ar = row("pct_applications", SubjectKind::Enterprise, e);
            set(QStringLiteral("pct_applications"), SubjectKind::Enterprise, ar, "filing_date", QStringLiteral("2021-%1-03").arg(1 + pick(12), 2, 10, QLatin1Char('0')));
        }
        if (pick(50) == 0) {
            const auto cr = row("credit_records", SubjectKind::Enterprise, e);
            set(QStringLiteral("credit_records"), SubjectKind::Enterprise, cr, "list", QStringLiteral("serious_dishonesty"));
            set(QStringLiteral("credit_records"), SubjectKind::Enterprise, cr, "listed_date", QStringLiteral("2020-06-01"));
            if (pick(2) == 0)
                set(QStringLiteral("credit_records"), SubjectKind::Enterprise, cr, "removed_date", QStringLiteral("2021-03-01"));
        }
        const auto br = row("bank_accounts", SubjectKind::Enterprise, e);
        set(QStringLiteral("bank_accounts"), SubjectKind::Enterprise, br, "verified", pick(10) == 0 ? QStringLiteral("0") : QStringLiteral("1"));
    }
    // Persons: ~30 social insurance rows each (pension + medical), a degree,
    // some skill and talent certificates, homes, subsidies.
    static const char *const levels[] = {"doctor", "master", "bachelor", "associate"};
    std::int64_t siRows = 0;
    for (int i = 0; i < persons; ++i) {
        const auto p = b.addSubject(SubjectKind::Person, idNumber(i));
        const auto r = row("persons", SubjectKind::Person, p);
        set(QStringLiteral("persons"), SubjectKind::Person, r, "birth_date", QStringLiteral("%1-%2-%3").arg(1965 + pick(35)).arg(1 + pick(12), 2, 10, QLatin1Char('0')).arg(1 + pick(28), 2, 10, QLatin1Char('0')));
        const int start = 2019 * 12 + pick(32);
        const QString employer = creditCode(pick(enterprises + enterprises / 20));
        const bool inZone = pick(4) != 0;
        for (int m = start; m <= 2021 * 12 + 7; ++m) {
            for (const char *type : {"pension", "medical"}) {
                const auto sr = row("social_insurance", SubjectKind::Person, p);
                ++siRows;
                set(QStringLiteral("social_insurance"), SubjectKind::Person, sr, "month", QStringLiteral("%1-%2").arg(m / 12).arg(m % 12 + 1, 2, 10, QLatin1Char('0')));
                set(QStringLiteral("social_insurance"), SubjectKind::Person, sr, "insurance_type", QString::fromLatin1(type));
                set(QStringLiteral("social_insurance"), SubjectKind::Person, sr, "paid_area", inZone ? QString::fromLatin1(zone) : QStringLiteral("441202"));
                set(QStringLiteral("social_insurance"), SubjectKind::Person, sr, "employer_credit_code", employer);
            }
            if (m - start > 15)
                break; // ~16 months each: ~32 rows a person
        }
        const auto er = row("education", SubjectKind::Person, p);
        set(QStringLiteral("education"), SubjectKind::Person, er, "level", QString::fromLatin1(levels[pick(4)]));
        set(QStringLiteral("education"), SubjectKind::Person, er, "full_time", pick(5) == 0 ? QStringLiteral("0") : QStringLiteral("1"));
        set(QStringLiteral("education"), SubjectKind::Person, er, "overseas", pick(10) == 0 ? QStringLiteral("1") : QStringLiteral("0"));
        if (pick(10) == 0) {
            const auto sr = row("skill_certificates", SubjectKind::Person, p);
            set(QStringLiteral("skill_certificates"), SubjectKind::Person, sr, "level", QString::number(1 + pick(5)));
            set(QStringLiteral("skill_certificates"), SubjectKind::Person, sr, "issue_date", QStringLiteral("2019-05-01"));
        }
        if (pick(20) == 0) {
            const auto tr = row("talent_certifications", SubjectKind::Person, p);
            set(QStringLiteral("talent_certifications"), SubjectKind::Person, tr, "category", QString(QChar(u'A' + pick(5))));
            set(QStringLiteral("talent_certifications"), SubjectKind::Person, tr, "issued_date", QStringLiteral("2020-01-01"));
            set(QStringLiteral("talent_certifications"), SubjectKind::Person, tr, "expiry_date", QStringLiteral("2023-01-01"));
        }
        if (pick(10) == 0) {
            const auto hr = row("housing_transactions", SubjectKind::Person, p);
            set(QStringLiteral("housing_transactions"), SubjectKind::Person, hr, "contract_date", QStringLiteral("2021-%1-10").arg(1 + pick(9), 2, 10, QLatin1Char('0')));
            set(QStringLiteral("housing_transactions"), SubjectKind::Person, hr, "property_area", QString::fromLatin1(zone));
            set(QStringLiteral("housing_transactions"), SubjectKind::Person, hr, "first_home", QStringLiteral("1"));
        }
        const auto br = row("bank_accounts", SubjectKind::Person, p);
        set(QStringLiteral("bank_accounts"), SubjectKind::Person, br, "verified", QStringLiteral("1"));
    }
    const Snapshot snapshot = std::move(b).finish();
    out << QStringLiteral("synthetic snapshot: %1 persons (%2 social insurance rows), %3 enterprises, built in %4 ms")
               .arg(persons).arg(siRows).arg(enterprises).arg(timer.elapsed())
        << Qt::endl;

    std::int32_t period = 0;
    parseMonthIndex(u"2021-09", period);
    const SubjectInputs inputs;
    for (const auto &p : policies) {
        auto compiled = CompiledPolicy::compile(*p, snapshot);
        if (!compiled) {
            out << compiled.error() << Qt::endl;
            return 1;
        }
        const CompiledPolicy &cp = *compiled.value();
        const std::int32_t n = snapshot.subjects(p->subject).size();
        // one warm-up pass, then timed passes until at least 0.5 s
        std::int64_t eligible = 0, amount = 0;
        for (std::int32_t s = 0; s < n; ++s)
            eligible += cp.evaluate(s, period, inputs).eligible();
        timer.restart();
        const double cpuStart = threadCpuSeconds();
        std::int64_t evaluations = 0;
        do {
            for (std::int32_t s = 0; s < n; ++s) {
                const Evaluation e = cp.evaluate(s, period, inputs);
                amount += e.amountFen;
            }
            evaluations += n;
        } while (threadCpuSeconds() - cpuStart < 0.5);
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = threadCpuSeconds() - cpuStart;
        out << QStringLiteral("%1: %2 evaluations per CPU-second on one core (%3 ns each; %4/s wall clock; %5 subjects, %6 eligible)")
                   .arg(p->code, -18)
                   .arg(qint64(double(evaluations) / cpu))
                   .arg(cpu * 1e9 / double(evaluations), 0, 'f', 0)
                   .arg(qint64(double(evaluations) / wall))
                   .arg(n)
                   .arg(eligible)
            << Qt::endl;
    }
    return 0;
}
