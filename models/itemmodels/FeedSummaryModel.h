#pragma once

#include "domain/Result.h"
#include "store/ConnectionSpec.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::itemmodels {

// One line per feed of the catalog: its titles, how many rows the database
// holds and the last import. Reading counts can take a while on big feeds,
// so read() is a plain function to run on a worker thread with its own
// connection; the model then shows what it returned.
class FeedSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Name, Rows, LastImport, LastResult, ColumnCount };
    enum Role { FeedNameRole = Qt::UserRole + 1 };

    struct Line
    {
        QString feed;
        QString titleZh;
        QString titleEn;
        std::optional<qint64> rows;   // nullopt: the table is missing
        QString lastImportAt;         // finished_at (or started_at) of the newest attempt
        QString lastResult;           // imported | rejected | skipped | cancelled
        QString lastFile;
        qint64 lastWarnings = 0;      // of the newest attempt
        qint64 lastErrors = 0;
        bool lastHeld = false;        // held by the quality gate: a large change to confirm
    };

    explicit FeedSummaryModel(QObject *parent = nullptr);

    // Every feed of the built-in catalog, with counts from the database.
    static domain::Result<QList<Line>> read(store::Database &db);
    // Opens its own connection (for a worker thread) and reads.
    static domain::Result<QList<Line>> read(const store::ConnectionSpec &spec);

    void setLines(QList<Line> lines);
    const QList<Line> &lines() const { return m_lines; }
    QString feedAt(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString resultText(const QString &result);
    // "2026-11-27T10:00:05.123Z" -> "2026-11-27 18:00:05" (local time).
    static QString localTime(const QString &isoUtc);

private:
    QList<Line> m_lines;
};

} // namespace mianshen::itemmodels
