#pragma once

#include "store/ConnectionSpec.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace mianshen::store {
class Database;
class QueryCanceller;
}

namespace mianshen::itemmodels {

// Runs the read queries of a paged model on a worker thread, over a
// connection of its own opened in that thread (Qt 6.4 connections stay in
// the thread that opened them). Lives in the worker thread; its public
// methods are called there through QMetaObject::invokeMethod.
class PageLoader final : public QObject
{
    Q_OBJECT
public:
    explicit PageLoader(store::ConnectionSpec spec);
    ~PageLoader() override;

    // Cancels the running query from any thread (the model going away);
    // later queries are refused. Outlives the loader.
    std::shared_ptr<store::QueryCanceller> canceller() const { return m_canceller; }

    struct Rows
    {
        QList<QVariantList> rows;
        QString error; // empty on success
    };

    // Runs a SELECT with bound values; every row as a list of values.
    Rows select(const QString &sql, const QVariantList &values, int columnCount);
    // Runs a SELECT of one integer (COUNT(*)); -1 with error on failure.
    qint64 selectCount(const QString &sql, const QVariantList &values, QString *error);

private:
    bool ensureOpen(QString *error);
    store::ConnectionSpec m_spec;
    std::shared_ptr<store::QueryCanceller> m_canceller;
    std::unique_ptr<store::Database> m_db;
};

} // namespace mianshen::itemmodels
