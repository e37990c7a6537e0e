#include "review/CaseFile.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "review/CaseExplanation.h"
#include "review/CaseHistory.h"
#include "review/CasePrecedents.h"
#include "review/CaseRecords.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mianshen::review {

namespace {

domain::Status readAward(store::Database &db, CaseFile &file)
{
    const QSqlRecord columns = db.connection().record(QStringLiteral("awards"));
    const bool hasFlags = columns.contains(QStringLiteral("flags"));
    const bool hasVersion = columns.contains(QStringLiteral("version"));
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT a.policy_code, a.policy_version, a.subject_id, a.period, a.amount_fen, "
                                       "a.status, a.created_at, COALESCE(r.period, ''), ")
                        + (hasFlags ? QStringLiteral("a.flags") : QStringLiteral("''"))
                        + (hasVersion ? QStringLiteral(", a.version") : QStringLiteral(", 1"))
                        + QStringLiteral(" FROM awards a LEFT JOIN matching_runs r ON r.id = a.decided_in_run WHERE a.id = ?");
    if (!query.prepare(sql))
        return domain::Status::failure(CaseFile::tr("The case could not be read: %1").arg(query.lastError().text()));
    query.addBindValue(file.awardId);
    if (!query.exec())
        return domain::Status::failure(CaseFile::tr("The case could not be read: %1").arg(query.lastError().text()));
    if (!query.next())
        return domain::Status::failure(CaseFile::tr("There is no award %1. Refresh the queue (F5): it may have been removed.")
                                           .arg(file.awardId));
    file.policyCode = query.value(0).toString();
    file.policyVersion = query.value(1).toInt();
    file.subjectId = query.value(2).toString();
    file.period = query.value(3).toString();
    file.amountFen = query.value(4).toLongLong();
    file.status = query.value(5).toString();
    file.createdAt = query.value(6).toString();
    file.runPeriod = query.value(7).toString();
    if (file.runPeriod.isEmpty())
        file.runPeriod = file.period.isEmpty() ? file.createdAt.left(7) : file.period;
    for (const QString &id : query.value(8).toString().split(u';', Qt::SkipEmptyParts))
        file.flags << CaseFlag{id, id};
    file.version = query.value(9).toInt();
    return {};
}

void readSubjectName(store::Database &db, CaseFile &file)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const bool enterprise = file.subjectKind == u"enterprise";
    query.prepare(enterprise ? QStringLiteral("SELECT name FROM enterprises WHERE credit_code = ?")
                             : QStringLiteral("SELECT name FROM persons WHERE id_number = ?"));
    query.addBindValue(file.subjectId);
    if (query.exec() && query.next())
        file.subjectName = query.value(0).toString();
}

} // namespace

domain::Result<CaseFile> CaseFile::load(store::Database &db, qint64 awardId, rules::Language language)
{
    using R = domain::Result<CaseFile>;
    CaseFile file;
    file.awardId = awardId;
    if (auto s = readAward(db, file); !s)
        return R::failure(s.error());

    // The policy version that decided the case: title, flag labels, what it reads.
    matching::PolicyRepository repo(db, catalog::FeedCatalog::builtin());
    std::shared_ptr<rules::Policy> policy;
    auto published = repo.get(file.policyCode, file.policyVersion);
    if (published) {
        file.policyTitle = language == rules::Language::Zh ? published->titleZh : published->titleEn;
        file.subjectKind = published->subjectKind;
        auto loaded = repo.load(published.value());
        if (loaded)
            policy = loaded.value();
        else
            file.recordsError = loaded.error();
    } else {
        file.recordsError = published.error();
    }
    if (file.subjectKind.isEmpty())
        file.subjectKind = file.subjectId.size() == 18 && file.subjectId.at(0).isDigit() ? QStringLiteral("person")
                                                                                           : QStringLiteral("enterprise");
    if (policy) {
        for (CaseFlag &flag : file.flags) {
            for (const rules::Rule &rule : policy->flags) {
                if (rule.id == flag.id && !rule.label.in(language).isEmpty())
                    flag.label = rule.label.in(language);
            }
        }
    }
    readSubjectName(db, file);

    auto explanation = CaseExplanation::explain(db, file.runPeriod, file.policyCode, file.subjectId, language);
    if (explanation)
        file.explanation = explanation.value();
    else
        file.explanationError = explanation.error();

    if (policy) {
        auto records = CaseRecords::read(db, policy->columnUses, file.subjectKind, file.subjectId, language);
        if (records)
            file.records = records.value();
        else
            file.recordsError = records.error();
    }
    if (auto s = CaseHistory::read(db, file); !s)
        file.historyError = s.error();
    auto precedents = CasePrecedents::read(db, file);
    if (precedents)
        file.precedents = precedents.value();
    else
        file.precedentsError = precedents.error();
    return file;
}

} // namespace mianshen::review
