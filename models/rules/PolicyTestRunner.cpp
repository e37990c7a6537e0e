#include "rules/PolicyTestRunner.h"

#include "rules/CompiledPolicy.h"
#include "rules/SnapshotBuilder.h"

#include "domain/IdentityCodes.h"
#include "domain/Money.h"

namespace mianshen::rules {

PolicyTestRunner::PolicyTestRunner(const catalog::FeedCatalog &catalog)
    : m_catalog(catalog)
{
}

std::vector<PolicyTestRunner::Result> PolicyTestRunner::run(const Policy &policy) const
{
    std::vector<Result> out;
    for (const PolicyTest &t : policy.tests)
        out.push_back(run(policy, t));
    return out;
}

PolicyTestRunner::Result PolicyTestRunner::run(const Policy &policy, const PolicyTest &test) const
{
    Result result;
    result.name = test.name;
    auto fail = [&](const QString &zh, const QString &en) {
        result.passed = false;
        result.message = Text{zh, en};
        return result;
    };
    if (!test.records)
        return fail(QStringLiteral("测试没有记录"), QStringLiteral("the test has no records"));

    SnapshotBuilder b(m_catalog);
    if (auto s = b.declare(policy.columnUses); !s)
        return fail(s.error(), s.error());
    if (auto s = b.declareFeed(policy.subject == SubjectKind::Person ? QStringLiteral("persons") : QStringLiteral("enterprises")); !s)
        return fail(s.error(), s.error());
    // Every column the records give is held too (so a test can show data
    // the policy ignores without error).
    for (const auto &m : test.records->members) {
        const catalog::Feed *feed = m_catalog.feed(m.first);
        if (!feed)
            return fail(QStringLiteral("未知数据项 %1").arg(m.first), QStringLiteral("unknown feed %1").arg(m.first));
        for (const catalog::Column &c : feed->columns) {
            if (auto s = b.declareColumn(feed->name, c.name); !s)
                return fail(s.error(), s.error());
        }
    }
    const std::int32_t subject = b.addSubject(policy.subject, test.subject);
    if (subject < 0)
        return fail(QStringLiteral("对象标识应为 18 位"), QStringLiteral("the subject id must have 18 characters"));
    std::int32_t period = 0;
    if (!parseMonthIndex(test.period, period))
        return fail(QStringLiteral("期间应为 YYYY-MM"), QStringLiteral("the period must be YYYY-MM"));

    SubjectInputs derived;
    for (const auto &m : test.records->members) {
        const catalog::Feed *feed = m_catalog.feed(m.first);
        for (const SourceJson &row : m.second.items) {
            const SourceJson *sid = row.member(feed->subjectColumn);
            const QString id = sid ? sid->text : test.subject;
            SubjectKind kind = policy.subject;
            if (feed->subjectKind == catalog::SubjectKind::Person)
                kind = SubjectKind::Person;
            else if (feed->subjectKind == catalog::SubjectKind::Enterprise)
                kind = SubjectKind::Enterprise;
            else if (id != test.subject)
                kind = domain::identity::isValidCreditCode(id) ? SubjectKind::Enterprise : SubjectKind::Person;
            const std::int32_t s = b.addSubject(kind, id);
            if (s < 0)
                return fail(QStringLiteral("%1：对象标识“%2”应为 18 位").arg(feed->name, id),
                            QStringLiteral("%1: the subject id \"%2\" must have 18 characters").arg(feed->name, id));
            const int table = b.tableHandle(feed->name, kind);
            if (table < 0)
                return fail(QStringLiteral("%1 不是关于此类对象的数据").arg(feed->name),
                            QStringLiteral("%1 does not hold records of this kind of subject").arg(feed->name));
            const std::int32_t r = b.addRow(table, s);
            for (const catalog::Column &c : feed->columns) {
                const int slot = b.columnSlot(table, c.name);
                if (slot < 0)
                    continue;
                const SourceJson *v = row.member(c.name);
                QString text = v ? v->text : QString();
                if (!v && c.name == feed->subjectColumn)
                    text = id;
                if (!v && !c.optional && c.name != feed->subjectColumn)
                    return fail(QStringLiteral("%1 的记录缺少必填列“%2”").arg(feed->name, c.name),
                                QStringLiteral("a %1 record lacks the required column \"%2\"").arg(feed->name, c.name));
                if (auto st = b.setText(table, r, slot, text); !st)
                    return fail(feed->name + QStringLiteral("：") + st.error(), feed->name + QStringLiteral(": ") + st.error());
            }
            // Earlier payments of this policy count as history.
            if (feed->name == u"payment_history" && id == test.subject && row.member(u"policy_code")
                && row.member(u"policy_code")->text == policy.code) {
                const SourceJson *pm = row.member(u"period");
                const SourceJson *amount = row.member(u"amount");
                const SourceJson *paid = row.member(u"paid_date");
                // As matching counts them (DecisionStore::historyBefore): a
                // monthly payment counts for the months before the period and
                // marks the period itself as paid; a one-off payment counts
                // whenever it was made; the year total takes the money of
                // the period's year before the period.
                std::int32_t when = -1;   // the month the money belongs to
                bool counts = false;
                if (pm && !pm->text.isEmpty()) {
                    if (parseMonthIndex(pm->text, when)) {
                        counts = when < period;
                        if (when == period)
                            derived.paidThisPeriod = true;
                    }
                } else {
                    counts = true;
                    std::int32_t day;
                    if (paid && DayNumber::parse(paid->text, day)) {
                        int y, mo, d;
                        DayNumber::toCivil(day, y, mo, d);
                        when = y * 12 + mo - 1;
                    }
                }
                if (counts) {
                    ++derived.awardedCount;
                    if (pm && !pm->text.isEmpty())
                        ++derived.awardedMonths;
                    const auto fen = amount ? domain::Money::parseYuan(amount->text) : std::nullopt;
                    if (fen) {
                        derived.awardedTotalFen += fen->fen();
                        if (when >= 0 && when / 12 == period / 12 && when < period)
                            derived.awardedYearTotalFen += fen->fen();
                    }
                }
            }
        }
    }
    const Snapshot snapshot = std::move(b).finish();
    SubjectInputs inputs = derived;
    if (test.history.given) {
        inputs.awardedMonths = test.history.awardedMonths;
        inputs.awardedCount = test.history.awardedCount;
        inputs.awardedTotalFen = test.history.awardedTotalFen;
        inputs.awardedYearTotalFen = test.history.awardedYearTotalFen;
    }
    auto compiled = CompiledPolicy::compile(policy, snapshot);
    if (!compiled)
        return fail(compiled.error(), compiled.error());
    const Evaluation fast = compiled.value()->evaluate(subject, period, inputs);
    result.trace = compiled.value()->explain(subject, period, inputs);
    const Evaluation &slow = result.trace.evaluation;
    if (fast.status != slow.status || fast.amountFen != slow.amountFen || fast.flags != slow.flags
        || fast.failedIndex != slow.failedIndex)
        return fail(QStringLiteral("快速求值与解释求值结果不一致（内部错误）"),
                    QStringLiteral("the fast and the explaining evaluation disagree (internal error)"));
    const bool eligible = fast.eligible();
    const QString got = result.trace.summary(Language::En);
    const QString gotZh = result.trace.summary(Language::Zh);
    if (eligible != test.expectEligible)
        return fail(QStringLiteral("预期%1，实际为 %2").arg(test.expectEligible ? QStringLiteral("符合条件") : QStringLiteral("不符合条件"), gotZh),
                    QStringLiteral("expected %1, got %2").arg(test.expectEligible ? QStringLiteral("eligible") : QStringLiteral("not eligible"), got));
    if (eligible && test.expectAmountFen && *test.expectAmountFen != fast.amountFen)
        return fail(QStringLiteral("预期金额 %1，实际 %2").arg(domain::Money::fromFen(*test.expectAmountFen).toDisplayString(), domain::Money::fromFen(fast.amountFen).toDisplayString()),
                    QStringLiteral("expected the amount %1, got %2").arg(domain::Money::fromFen(*test.expectAmountFen).toDisplayString(), domain::Money::fromFen(fast.amountFen).toDisplayString()));
    if (test.expectFlags && *test.expectFlags != result.trace.flagIds)
        return fail(QStringLiteral("预期复核标记 [%1]，实际 [%2]").arg(test.expectFlags->join(QStringLiteral(", ")), result.trace.flagIds.join(QStringLiteral(", "))),
                    QStringLiteral("expected the flags [%1], got [%2]").arg(test.expectFlags->join(QStringLiteral(", ")), result.trace.flagIds.join(QStringLiteral(", "))));
    if (test.expectFailed && *test.expectFailed != result.trace.failedIds)
        return fail(QStringLiteral("预期不满足 [%1]，实际 [%2]").arg(test.expectFailed->join(QStringLiteral(", ")), result.trace.failedIds.join(QStringLiteral(", "))),
                    QStringLiteral("expected failed [%1], got [%2]").arg(test.expectFailed->join(QStringLiteral(", ")), result.trace.failedIds.join(QStringLiteral(", "))));
    result.passed = true;
    return result;
}

} // namespace mianshen::rules
