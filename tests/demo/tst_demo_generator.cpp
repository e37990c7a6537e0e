#include "catalog/FeedCatalog.h"
#include "demo/DemoDataGenerator.h"
#include "domain/IdentityCodes.h"
#include "feeds/CsvReader.h"
#include "feeds/FeedsTestDatabase.h"
#include "feeds/Importer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using mianshen::demo::DemoDataGenerator;
using mianshen::demo::DemoDataOptions;
using mianshen::demo::DemoDataSummary;
namespace identity = mianshen::domain::identity;

namespace {

constexpr int Persons = 2000;
constexpr int Enterprises = 200;

QString generateInto(const QString &dir, std::uint64_t seed, DemoDataSummary *summary = nullptr,
                     int persons = Persons, int enterprises = Enterprises)
{
    DemoDataOptions options;
    options.persons = persons;
    options.enterprises = enterprises;
    options.seed = seed;
    options.outputDirectory = dir;
    auto result = DemoDataGenerator(options).generate();
    if (!result)
        return result.error();
    if (summary)
        *summary = result.value();
    return {};
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Calls `row` for every data record of a generated file, by column name.
using Row = std::function<void(const std::function<std::string_view(const char *)> &field, qint64 line)>;
bool forEachRow(const QString &path, const Row &row, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    mianshen::feeds::CsvReader reader(&file);
    if (reader.next() != mianshen::feeds::CsvReader::Status::Record) {
        *error = QStringLiteral("no header");
        return false;
    }
    QHash<QString, int> columns;
    for (int i = 0; i < reader.fieldCount(); ++i)
        columns.insert(qs(reader.field(i)), i);
    for (;;) {
        const auto status = reader.next();
        if (status == mianshen::feeds::CsvReader::Status::End)
            return true;
        if (status == mianshen::feeds::CsvReader::Status::Error) {
            *error = reader.errorString();
            return false;
        }
        row([&](const char *name) { return reader.field(columns.value(QString::fromLatin1(name), -1)); }, reader.line());
    }
}

} // namespace

class DemoGeneratorTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_first;
    QString m_other; // seed 8
    DemoDataSummary m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_first = m_dir.filePath(QStringLiteral("seed7"));
        const QString error = generateInto(m_first, 7, &m_summary);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_other = m_dir.filePath(QStringLiteral("seed8"));
        const QString otherError = generateInto(m_other, 8);
        QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    }

    void writesEveryFeedOfTheCatalog_withRows()
    {
        const auto &catalog = mianshen::catalog::FeedCatalog::builtin();
        QCOMPARE(m_summary.files.size(), 22);
        QSet<QString> written;
        for (const auto &file : std::as_const(m_summary.files)) {
            written.insert(file.feed);
            QVERIFY2(file.rows > 0, qPrintable(file.feed + QStringLiteral(" is empty")));
            QVERIFY(QFile::exists(QDir(m_first).filePath(file.fileName)));
        }
        QSet<QString> expected;
        for (const auto &feed : catalog.feeds())
            expected.insert(feed.name);
        QCOMPARE(written, expected);
    }

    void headerRow_isTheCatalogsColumns()
    {
        const auto &catalog = mianshen::catalog::FeedCatalog::builtin();
        for (const auto &feed : catalog.feeds()) {
            QFile f(QDir(m_first).filePath(feed.name + QStringLiteral(".csv")));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(feed.name));
            const QString header = QString::fromUtf8(f.readLine()).trimmed();
            QStringList expected;
            for (const auto &c : feed.columns)
                expected << c.name;
            QCOMPARE(header, expected.join(u','));
            QCOMPARE(DemoDataGenerator::columnNames(feed.name), expected);
        }
    }

    void sameSeed_givesByteIdenticalFiles()
    {
        const QString second = m_dir.filePath(QStringLiteral("seed7-again"));
        const QString error = generateInto(second, 7);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto &file : std::as_const(m_summary.files)) {
            const QByteArray a = sha256(QDir(m_first).filePath(file.fileName));
            QVERIFY(!a.isEmpty());
            QCOMPARE(sha256(QDir(second).filePath(file.fileName)), a);
        }
    }

    void differentSeed_givesDifferentFiles()
    {
        const QString &other = m_other;
        for (const auto &file : std::as_const(m_summary.files)) {
            QVERIFY2(sha256(QDir(other).filePath(file.fileName)) != sha256(QDir(m_first).filePath(file.fileName)),
                     qPrintable(file.fileName));
        }
    }

    void persons_haveValidIdsAgreeingWithGenderAndBirthDate()
    {
        QString error;
        QSet<QString> ids;
        const bool ok = forEachRow(QDir(m_first).filePath(QStringLiteral("persons.csv")), [&](const auto &field, qint64 line) {
            const std::string_view id = field("id_number");
            if (!identity::isValidIdNumber(id))
                QFAIL(qPrintable(QStringLiteral("line %1: invalid id %2").arg(line).arg(qs(id))));
            const bool male = *identity::idNumberIsMale(id);
            QCOMPARE(qs(field("gender")), male ? QStringLiteral("M") : QStringLiteral("F"));
            QCOMPARE(qs(field("birth_date")), identity::idNumberBirthDate(id).toString(Qt::ISODate));
            QVERIFY(!field("name").empty());
            ids.insert(qs(id));
        }, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(ids.size(), Persons); // unique keys
    }

    void codes_haveValidCheckCharacters()
    {
        QString error;
        QSet<QString> codes;
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("enterprises.csv")), [&](const auto &field, qint64) {
            QVERIFY(identity::isValidCreditCode(field("credit_code")));
            QVERIFY(identity::isValidIdNumber(field("legal_rep_id_number")));
            // The legal representative was an adult when the enterprise was founded.
            const QDate founded = QDate::fromString(qs(field("established_date")), Qt::ISODate);
            QVERIFY(identity::idNumberBirthDate(field("legal_rep_id_number")).addYears(18) <= founded);
            codes.insert(qs(field("credit_code")));
        }, &error));
        QCOMPARE(codes.size(), Enterprises);

        QSet<QString> kinds, statuses;
        int pct = 0;
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("patents.csv")), [&](const auto &field, qint64 line) {
            const std::string_view no = field("patent_no");
            if (!identity::isValidPatentNumber(no))
                QFAIL(qPrintable(QStringLiteral("line %1: %2").arg(line).arg(qs(no))));
            const int digit = identity::patentKindDigit(no);
            QCOMPARE(qs(identity::patentKindForDigit(digit)), qs(field("kind")));
            QVERIFY(identity::isValidCreditCode(field("patentee_credit_code")));
            pct += digit >= 8;
            kinds.insert(qs(field("kind")));
            statuses.insert(qs(field("status")));
        }, &error));
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(statuses.size(), 3);
        QVERIFY2(pct > 0, "no PCT national-phase patents (kind digit 8 or 9)");

        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("social_insurance.csv")), [&](const auto &field, qint64) {
            QVERIFY(identity::isValidIdNumber(field("id_number")));
            QVERIFY(identity::isValidCreditCode(field("employer_credit_code")));
        }, &error));
    }

    void shapes_areThoseTheIssueAsksFor()
    {
        QString error;
        QHash<QString, qint64> rows;
        for (const auto &f : std::as_const(m_summary.files))
            rows.insert(f.feed, f.rows);
        // About 30 social insurance rows per person (pension and medical per month employed).
        const double perPerson = double(rows.value(QStringLiteral("social_insurance"))) / Persons;
        QVERIFY2(perPerson > 24 && perPerson < 36, qPrintable(QString::number(perPerson)));

        QSet<QString> inZone, insured, types;
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("social_insurance.csv")), [&](const auto &field, qint64) {
            insured.insert(qs(field("id_number")));
            if (field("paid_area") == "441200-GX")
                inZone.insert(qs(field("id_number")));
            types.insert(qs(field("insurance_type")));
            QVERIFY(field("month") >= "2018-01" && field("month") <= "2021-12");
        }, &error));
        const double zoneShare = double(inZone.size()) / Persons;
        QVERIFY2(zoneShare > 0.10 && zoneShare < 0.20, qPrintable(QString::number(zoneShare)));
        QCOMPARE(types, (QSet<QString>{QStringLiteral("pension"), QStringLiteral("medical")}));

        QSet<QString> levels, categories, lists;
        int overseas = 0, partTime = 0, removed = 0, current = 0, unverified = 0, mismatch = 0, zoneFirstHome2021 = 0,
            ongoing = 0;
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("education.csv")), [&](const auto &field, qint64) {
            levels.insert(qs(field("level")));
            overseas += field("overseas") == "1";
            partTime += field("full_time") == "0";
        }, &error));
        QCOMPARE(levels.size(), 4);
        QVERIFY(overseas > 0 && partTime > 0);
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("talent_certifications.csv")), [&](const auto &field, qint64) {
            categories.insert(qs(field("category")));
        }, &error));
        QVERIFY2(categories.size() >= 4, qPrintable(QStringList(categories.values()).join(u' ')));
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("credit_records.csv")), [&](const auto &field, qint64) {
            lists.insert(qs(field("list")));
            (field("removed_date").empty() ? current : removed) += 1;
        }, &error));
        QCOMPARE(lists.size(), 3);
        QVERIFY(current > 0 && removed > 0);
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("bank_accounts.csv")), [&](const auto &field, qint64) {
            unverified += field("verified") == "0";
            mismatch += field("account_name").find("某") != std::string_view::npos;
        }, &error));
        QVERIFY(unverified > 0 && mismatch > 0);
        QVERIFY(rows.value(QStringLiteral("bank_accounts")) < Persons + Enterprises); // some have none
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("housing_transactions.csv")), [&](const auto &field, qint64) {
            zoneFirstHome2021 += field("property_area") == "441200-GX" && field("first_home") == "1"
                && field("contract_date").substr(0, 4) == "2021";
        }, &error));
        QVERIFY(zoneFirstHome2021 > 0);
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("employment_records.csv")), [&](const auto &field, qint64) {
            ongoing += field("end_date").empty();
        }, &error));
        QVERIFY(ongoing > 0);
        QVERIFY(rows.value(QStringLiteral("death_records")) > 0);
        QVERIFY(rows.value(QStringLiteral("pct_applications")) > 0);
    }

    void paymentHistory_usesTheShippedPolicies()
    {
        // The codes of the policies shipped in resources/policies, with their schedules.
        QHash<QString, bool> monthly;
        const QDir policies(QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies"));
        for (const QString &name : policies.entryList({QStringLiteral("*.json")})) {
            QFile f(policies.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            monthly.insert(o.value(QStringLiteral("code")).toString(),
                           o.value(QStringLiteral("schedule")).toObject().value(QStringLiteral("kind")).toString()
                               == QStringLiteral("monthly"));
        }
        QVERIFY(!monthly.isEmpty());
        QHash<QString, int> perCode;
        QString error;
        QVERIFY(forEachRow(QDir(m_first).filePath(QStringLiteral("payment_history.csv")), [&](const auto &field, qint64 line) {
            const QString code = qs(field("policy_code"));
            if (!monthly.contains(code))
                QFAIL(qPrintable(QStringLiteral("line %1: %2 is not a shipped policy").arg(line).arg(code)));
            const std::string_view period = field("period");
            QCOMPARE(period.empty(), !monthly.value(code));
            if (!period.empty())
                QVERIFY(period >= "2021-01" && period <= "2021-06"); // paid by hand before this program
            QVERIFY(field("paid_date") >= "2021-01-01");
            ++perCode[code];
        }, &error));
        qInfo() << "payment_history rows per policy:" << perCode;
        QVERIFY(perCode.value(QStringLiteral("TALENT-LIVING")) > 0);
        QVERIFY(perCode.value(QStringLiteral("PATENT-INVENTION")) + perCode.value(QStringLiteral("PATENT-UTILITY")) > 0);
    }

    void importsIntoSqlite_withZeroErrors() { importAll(false, m_first); }
    void importsIntoPostgres_withZeroErrors() { importAll(true, m_first); }
    void otherSeed_importsIntoSqlite_withZeroErrors() { importAll(false, m_other); }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<int>("persons");
        QTest::addColumn<int>("enterprises");
        QTest::newRow("no persons") << 0 << 10;
        QTest::newRow("no enterprises") << 10 << 0;
        QTest::newRow("too many persons") << 100000000 << 10;
    }
    void rejectsBadOptions()
    {
        QFETCH(int, persons);
        QFETCH(int, enterprises);
        const QString dir = m_dir.filePath(QStringLiteral("bad"));
        QVERIFY(!generateInto(dir, 1, nullptr, persons, enterprises).isEmpty());
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("persons.csv"))));
    }

private:
    void importAll(bool postgres, const QString &dir)
    {
        MIANSHEN_FEEDS_DB(db, postgres);
        QStringList paths;
        for (const auto &f : std::as_const(m_summary.files))
            paths << QDir(dir).filePath(f.fileName);
        mianshen::feeds::Importer importer(*db.db);
        qint64 warnings = 0;
        for (const QString &path : mianshen::feeds::Importer::importOrder(paths)) {
            const auto report = importer.import(path);
            if (!report.imported() || report.errorCount != 0)
                QFAIL(qPrintable(path + QStringLiteral(": ") + report.message + QStringLiteral("\n")
                                 + report.toText().left(4000)));
            QCOMPARE(report.rowsRead, report.inserted);
            QCOMPARE(db.count(report.feed), report.rowsRead);
            warnings += report.warningCount;
        }
        // The few deliberate dangling references (employers, buyers) are reported.
        QVERIFY(warnings > 0);
    }
};

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "tst_demo_generator.moc"
