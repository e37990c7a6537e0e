#pragma once

#include "domain/Result.h"
#include "store/ConnectionSpec.h"

#include <QList>
#include <QString>

#include <optional>

namespace mianshen::store {
class Database;
}

namespace mianshen::itemmodels {

// The figures of the dashboard, read from the database. A figure is left
// out when its table does not exist; nothing is estimated or invented.
class DashboardFigures final
{
public:
    struct Figure
    {
        QString id;                      // "persons", "awards"...
        QString title;                   // in the current language
        std::optional<qint64> count;
        std::optional<qint64> amountFen; // for money figures
        QString detail;                  // e.g. the last run's period
    };

    static domain::Result<QList<Figure>> read(store::Database &db);
    static domain::Result<QList<Figure>> read(const store::ConnectionSpec &spec);
};

} // namespace mianshen::itemmodels
