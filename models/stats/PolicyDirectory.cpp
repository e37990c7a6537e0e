#include "stats/PolicyDirectory.h"

#include "catalog/FeedCatalog.h"
#include "matching/PolicyRepository.h"
#include "rules/Policy.h"

#include <QMap>
#include <QRegularExpression>

namespace mianshen::stats {

domain::Result<QList<PolicyFacts>> PolicyDirectory::load(store::Database &db)
{
    using R = domain::Result<QList<PolicyFacts>>;
    matching::PolicyRepository repository(db, catalog::FeedCatalog::builtin());
    const auto all = repository.list();
    if (!all)
        return R::failure(all.error());
    // The newest version of each code, preferring published over withdrawn.
    QMap<QString, matching::PublishedPolicy> newest;
    for (const matching::PublishedPolicy &p : all.value()) {
        auto it = newest.find(p.code);
        const bool better = it == newest.end()
            || (p.status == QLatin1String("published") && it->status != QLatin1String("published"))
            || (p.status == it->status && p.version > it->version);
        if (better)
            newest.insert(p.code, p);
    }
    static const QRegularExpression kindFilter(QStringLiteral("\\.kind\\s*==\\s*'([a-z_]+)'"));
    QList<PolicyFacts> facts;
    for (const matching::PublishedPolicy &p : std::as_const(newest)) {
        PolicyFacts f;
        f.code = p.code;
        f.title = {p.titleZh, p.titleEn};
        f.subjectKind = p.subjectKind;
        const auto loaded = repository.load(p);
        if (loaded) {
            const rules::Policy &policy = *loaded.value();
            f.department = policy.department;
            f.budgetFen = policy.budgetFen;
        }
        f.patent = p.source.contains(QLatin1String("enterprise.patents"));
        if (f.patent) {
            const auto match = kindFilter.match(p.source);
            if (match.hasMatch())
                f.patentKind = match.captured(1);
        }
        facts << f;
    }
    return facts;
}

PolicyFacts PolicyDirectory::find(const QList<PolicyFacts> &facts, const QString &code)
{
    for (const PolicyFacts &f : facts)
        if (f.code == code)
            return f;
    PolicyFacts unknown;
    unknown.code = code;
    unknown.title = {code, code};
    return unknown;
}

} // namespace mianshen::stats
