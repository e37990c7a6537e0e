#pragma once

#include "catalog/FeedCatalog.h"
#include "domain/Month.h"
#include "domain/Result.h"
#include "matching/Decision.h"
#include "matching/Engine.h"
#include "rules/Policy.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// One side of a what-if preview: a policy version evaluated for the period
// exactly as a run would (schedules and earlier awards, stacking group,
// budget in the stated order), nothing written.
struct PreviewSide final
{
    bool present = false;           // false: no published version in effect (current side only)
    bool inEffect = false;          // the version's effective months include the period
    QString policyCode;
    int publishedVersion = 0;       // the published version (current side); 0 for the file
    int fileVersion = 0;            // the "version" the file states
    QString titleZh;
    QString titleEn;
    std::optional<std::int64_t> budgetFen;
    std::int64_t spentBeforeFen = 0; // budget used by earlier periods
    QStringList stackingPartners;   // other published policies of its stacking group evaluated with it
    qint64 evaluated = 0;           // subjects of its kind: registered, or in a feed it reads
    qint64 approved = 0;            // auto
    qint64 flagged = 0;             // review
    qint64 overBudget = 0;
    qint64 ineligible = 0;
    qint64 skipped = 0;             // already awarded / max months / lost the stacking group / not in effect
    std::int64_t totalFen = 0;      // approved + flagged amounts (what would be paid)

    qint64 qualifying() const { return approved + flagged + overBudget; }
};

// A subject whose award differs between the two sides.
struct PreviewDifference final
{
    enum class Kind { NewlyQualifying, NoLongerQualifying, Changed };
    Kind kind = Kind::Changed;
    QString subjectId;
    std::optional<Outcome> outcomeBefore;   // empty: no award on the current side
    std::optional<Outcome> outcomeAfter;    // empty: no award with the file
    std::int64_t amountBeforeFen = 0;
    std::int64_t amountAfterFen = 0;
    QStringList flagsBefore;
    QStringList flagsAfter;
};
QString previewDifferenceKindName(PreviewDifference::Kind kind);   // "new" | "no_longer" | "changed"

struct PreviewResult final
{
    QString period;
    QString file;
    int testsPassed = 0;            // the file's embedded tests
    PreviewSide current;            // the published version in effect (present == false when none)
    PreviewSide proposed;           // the file
    qint64 newlyQualifying = 0;     // awarded with the file, not with the current version
    qint64 noLongerQualifying = 0;  // awarded with the current version, not with the file
    qint64 changed = 0;             // awarded by both, with another amount, outcome or flags
    // The first differenceLimit() differences by subject id (all three kinds).
    QList<PreviewDifference> differences;
    bool differencesTruncated = false;
    qint64 subjects = 0;            // subjects in the snapshot
    qint64 snapshotRows = 0;
    qint64 loadMs = 0;
    qint64 evaluateMs = 0;
};

// The what-if preview of a policy file that is not published: loads and
// checks it like `policy publish` does (loader, checker, embedded tests; any
// error or failed test refuses it, with file:line:column), finds the
// published version of the same code in effect for the period (may be
// none), reads ONE snapshot with the columns both use, and evaluates each
// side with the Engine as a real run would — earlier awards from every
// source, the budget left, the published policies of the same stacking
// group evaluated alongside. Writes nothing to the database.
//
// Runs on the calling thread with its connection (read only); the snapshot
// and evaluation use their own threads. Progress is reported on the
// calling thread: Loading, then Evaluating over both sides, then Done.
class PolicyPreview final
{
public:
    PolicyPreview(store::Database &db, const catalog::FeedCatalog &catalog);

    void setThreads(int threads) { m_threads = threads; }   // 0 = every core
    void setProgress(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    void setDifferenceLimit(int limit) { m_differenceLimit = qMax(0, limit); }
    int differenceLimit() const { return m_differenceLimit; }

    domain::Result<PreviewResult> previewFile(const QString &path, domain::Month period);
    domain::Result<PreviewResult> previewText(const QString &text, const QString &fileName, domain::Month period);
    // A policy loaded by rules::PolicyLoader (checked and tested here too).
    domain::Result<PreviewResult> preview(std::shared_ptr<const rules::Policy> policy, domain::Month period);
    // The same with the period as "YYYY-MM" text (parsed here, once).
    domain::Result<PreviewResult> previewFile(const QString &path, const QString &period);
    domain::Result<PreviewResult> previewText(const QString &text, const QString &fileName, const QString &period);
    domain::Result<PreviewResult> preview(std::shared_ptr<const rules::Policy> policy, const QString &period);

private:
    // The steps of preview() after the checks, in order (PolicyPreview.cpp).
    struct Sides;
    domain::Status loadSides(Sides &sides, PreviewResult &result);
    domain::Status evaluateSides(Sides &sides, PreviewResult &result);
    void compareSides(const Sides &sides, PreviewResult &result) const;

    store::Database &m_db;
    const catalog::FeedCatalog &m_catalog;
    int m_threads = 0;
    int m_differenceLimit = 1000;
    ProgressCallback m_progress;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace mianshen::matching
