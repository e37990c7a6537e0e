// How the Data page's feed browser (PagedTableModel) behaves on a big feed:
// time to the first page, to a page deep down (after N pages), with a sort on
// a column without an index, with a filter, and the total count (which runs
// on the model's worker thread, so the window never waits for it).
//
//   bench_feed_browser DATABASE [FEED] [PAGES]     (default social_insurance, 400)

#include "catalog/FeedCatalog.h"
#include "itemmodels/PagedTableModel.h"
#include "itemmodels/TableSource.h"
#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <limits>

using namespace mianshen;
using itemmodels::PagedTableModel;

namespace {

// Runs the event loop until the model has stopped loading; milliseconds.
double waitLoaded(PagedTableModel &model)
{
    QElapsedTimer t;
    t.start();
    while (model.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return t.nsecsElapsed() / 1e6;
}

double waitCount(PagedTableModel &model)
{
    QElapsedTimer t;
    t.start();
    while (!model.totalRows())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_feed_browser DATABASE [FEED] [PAGES]\n";
        return 2;
    }
    const auto spec = store::ConnectionSpec::parse(args.at(1));
    if (!spec) {
        out << spec.error() << '\n';
        return 1;
    }
    const QString feedName = args.value(2, QStringLiteral("social_insurance"));
    const int pages = args.value(3, QStringLiteral("400")).toInt();
    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(feedName);
    if (!feed) {
        out << "unknown feed " << feedName << '\n';
        return 1;
    }
    const auto source = itemmodels::TableSource::fromFeed(*feed);

    PagedTableModel model(spec.value(), source);
    model.setMasked(false);
    const double first = waitLoaded(model);
    const double count = waitCount(model);
    out << feedName << ": " << *model.totalRows() << " rows\n";
    out << QStringLiteral("first page (key order):           %1 ms\n").arg(first, 0, 'f', 1);
    out << QStringLiteral("total count (worker thread):      %1 ms\n").arg(count, 0, 'f', 1);
    QElapsedTimer deep;
    deep.start();
    double slowest = 0;
    for (int i = 0; i < pages && model.canFetchMore({}); ++i) {
        model.fetchMore({});
        slowest = qMax(slowest, waitLoaded(model));
    }
    out << QStringLiteral("%1 more pages of %2 rows:          %3 ms (%4 ms per page, slowest %5 ms; rows loaded %6)\n")
               .arg(pages)
               .arg(PagedTableModel::DefaultPageSize)
               .arg(deep.nsecsElapsed() / 1e6, 0, 'f', 1)
               .arg(deep.nsecsElapsed() / 1e6 / pages, 0, 'f', 2)
               .arg(slowest, 0, 'f', 1)
               .arg(model.rowCount());

    const int subject = source.columnIndex(feed->subjectColumn);
    if (subject >= 0) {
        PagedTableModel filtered(spec.value(), source);
        waitLoaded(filtered);
        QElapsedTimer t;
        t.start();
        (void)filtered.setFilter(subject, QStringLiteral("=") + model.index(1000, subject).data(PagedTableModel::RawValueRole).toString());
        const double f = waitLoaded(filtered);
        out << QStringLiteral("filter on the subject (exact):     %1 ms (%2 rows)\n").arg(f, 0, 'f', 1).arg(filtered.rowCount());
        Q_UNUSED(t);
    }
    // Sort on the last data column (no index): SQLite scans the table once.
    const int unindexed = int(source.columns.size()) - 2;
    // (The window refuses this above PagedTableModel::DefaultSortLimit rows; measured anyway.)
    PagedTableModel sorted(spec.value(), source);
    sorted.setSortLimit(std::numeric_limits<qint64>::max());
    waitLoaded(sorted);
    sorted.sort(unindexed, Qt::DescendingOrder);
    const double s = waitLoaded(sorted);
    QElapsedTimer next;
    next.start();
    sorted.fetchMore({});
    const double n = waitLoaded(sorted);
    out << QStringLiteral("sort by %1 (no index), first page: %2 ms; next page %3 ms\n")
               .arg(source.columns.at(unindexed).sqlName)
               .arg(s, 0, 'f', 1)
               .arg(n, 0, 'f', 1);
    return 0;
}
