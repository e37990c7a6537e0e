#include "domain/Actor.h"

#include <QtGlobal>

namespace mianshen::domain {

QString currentActor(const QString &fallback)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? fallback : user;
}

} // namespace mianshen::domain
