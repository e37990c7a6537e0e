#pragma once

// Valid identity codes and feed rows for the feeds tests.

#include "domain/IdentityCodes.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace mianshen::testing {

inline QByteArray withIdCheck(const QByteArray &body17)
{
    const auto c = domain::identity::idNumberCheckCharacter(std::string_view(body17.constData(), 17));
    return body17 + QByteArray(1, c.value_or('?'));
}

inline QByteArray withCreditCheck(const QByteArray &body17)
{
    const auto c = domain::identity::creditCodeCheckCharacter(std::string_view(body17.constData(), 17));
    return body17 + QByteArray(1, c.value_or('?'));
}

inline QByteArray patentNumber(const QByteArray &digits12)
{
    const auto c = domain::identity::patentCheckCharacter(std::string_view(digits12.constData(), 12));
    return "ZL" + digits12 + '.' + QByteArray(1, c.value_or('?'));
}

// Person i (0-999): born 1985-01-01, serial i; odd serial = male.
inline QByteArray personId(int i)
{
    return withIdCheck("44120019850101" + QByteArray::number(i).rightJustified(3, '0'));
}
inline QByteArray personGender(int i)
{
    return i % 2 ? "M" : "F";
}
inline QByteArray personRow(int i)
{
    return personId(i) + ",人员" + QByteArray::number(i) + ',' + personGender(i) + ",1985-01-01,441200-GX\n";
}
inline const QByteArray &personsHeader()
{
    static const QByteArray h = "id_number,name,gender,birth_date,household_area\n";
    return h;
}

// Enterprise i (0-99999).
inline QByteArray enterpriseCode(int i)
{
    return withCreditCheck("914412000000" + QByteArray::number(i).rightJustified(5, '0'));
}
inline QByteArray enterpriseRow(int i)
{
    return enterpriseCode(i) + ",企业" + QByteArray::number(i) + ',' + personId(i % 1000)
        + ",441200-GX,2010-05-01,active,C3985,small\n";
}
inline const QByteArray &enterprisesHeader()
{
    static const QByteArray h = "credit_code,name,legal_rep_id_number,registered_area,established_date,status,industry_code,size\n";
    return h;
}

inline const QByteArray &socialInsuranceHeader()
{
    static const QByteArray h = "id_number,employer_credit_code,month,paid_area,contribution_base,insurance_type\n";
    return h;
}
// persons x months x {pension, medical}; base in yuan varies with `salt`.
inline QByteArray socialInsuranceFile(int persons, int months, int salt = 0)
{
    QByteArray out = socialInsuranceHeader();
    out.reserve(persons * months * 2 * 90);
    for (int p = 0; p < persons; ++p)
        for (int m = 0; m < months; ++m)
            for (const char *type : {"pension", "medical"}) {
                const int year = 2018 + m / 12;
                const int month = m % 12 + 1;
                out += personId(p) + ',' + enterpriseCode(p % 50) + ',' + QByteArray::number(year) + '-'
                    + QByteArray::number(month).rightJustified(2, '0') + ",441200-GX,"
                    + QByteArray::number(4000 + p + salt) + '.' + QByteArray::number((m + salt) % 100).rightJustified(2, '0')
                    + ',' + type + '\n';
            }
    return out;
}

inline QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(content);
    return path;
}

} // namespace mianshen::testing
