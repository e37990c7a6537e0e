#include "itemmodels/SensitiveText.h"

#include "itemmodels/SensitiveMask.h"

#include <QRegularExpression>

namespace mianshen::itemmodels {

QString SensitiveText::mask(const QString &text)
{
    // Whole tokens only, not inside a longer run of letters and digits: 18
    // characters of digits and capitals with at least 8 digits (an identity
    // number or a credit code), or 10 to 32 digits (an account number).
    static const QRegularExpression token(
        QStringLiteral("(?<![0-9A-Za-z])([0-9A-Z]{17}[0-9A-Zx]|[0-9]{10,32})(?![0-9A-Za-z])"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString value = match.captured(1);
        qsizetype digits = 0;
        for (const QChar c : value)
            digits += c.isDigit() ? 1 : 0;
        QString masked = value;
        if (value.size() == 18 && digits >= 8)
            masked = SensitiveMask::idNumber(value);
        else if (digits == value.size())
            masked = SensitiveMask::accountNumber(value);
        out += QStringView(text).mid(last, match.capturedStart(1) - last);
        out += masked;
        last = match.capturedEnd(1);
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace mianshen::itemmodels
