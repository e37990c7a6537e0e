#include "itemmodels/SensitiveMask.h"

#include "domain/IdentityCodes.h"

namespace mianshen::itemmodels {

QString SensitiveMask::idNumber(const QString &value)
{
    if (value.isEmpty())
        return value;
    if (domain::identity::isValidCreditCode(value) && !domain::identity::isValidIdNumber(value))
        return value;
    if (value.size() <= 10)
        return QString(value.size(), u'*');
    return value.left(6) + QString(value.size() - 10, u'*') + value.right(4);
}

QString SensitiveMask::accountNumber(const QString &value)
{
    if (value.size() <= 4)
        return QString(value.size(), u'*');
    return QString(value.size() - 4, u'*') + value.right(4);
}

} // namespace mianshen::itemmodels
