#pragma once

#include "domain/Result.h"
#include "matching/Decision.h"

#include <QList>

#include <memory>

namespace mianshen::store {
class Database;
}

namespace mianshen::matching {

// Writes one run's decisions: multi-row INSERTs with bound parameters
// (prepared once per batch size), a transaction per batch. The rows stay
// invisible (their run is 'running') until RunRepository::complete(); a
// killed process leaves only rows that the next run deletes.
class DecisionWriter final
{
public:
    DecisionWriter(store::Database &db, qint64 runId, int rowsPerTransaction = 20000);
    ~DecisionWriter();
    DecisionWriter(const DecisionWriter &) = delete;
    DecisionWriter &operator=(const DecisionWriter &) = delete;

    // Queues a decision; writes a batch when enough are queued.
    domain::Status add(Decision decision);
    // Writes what is queued.
    domain::Status flush();
    qint64 written() const { return m_written; }

private:
    domain::Status writeRows(qsizetype from, qsizetype count);
    store::Database &m_db;
    qint64 m_runId;
    int m_rowsPerTransaction;
    QList<Decision> m_pending;
    qint64 m_written = 0;
};

} // namespace mianshen::matching
