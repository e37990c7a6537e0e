#include "itemmodels/ColumnFilter.h"

#include "store/SqlIdentifier.h"

#include "domain/Money.h"
#include "itemmodels/ColumnTitles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mianshen::itemmodels {

namespace {

// Splits "<= 12" into ("<=", "12"); no operator gives "".
std::pair<QString, QString> splitOperator(const QString &text)
{
    static const QStringList operators = {QStringLiteral(">="), QStringLiteral("<="), QStringLiteral("!="),
                                          QStringLiteral("<>"), QStringLiteral(">"), QStringLiteral("<"),
                                          QStringLiteral("=")};
    for (const QString &op : operators) {
        if (text.startsWith(op))
            return {op == QLatin1String("<>") ? QStringLiteral("!=") : op, text.mid(op.size()).trimmed()};
    }
    return {QString(), text};
}

QString escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

} // namespace

QString ColumnFilter::quoteIdentifier(const QString &name)
{
    return store::quoteIdentifier(name);
}

domain::Result<ColumnFilter> ColumnFilter::parse(const TableColumn &column, const QString &input)
{
    using R = domain::Result<ColumnFilter>;
    ColumnFilter filter;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return filter;
    const QString name = quoteIdentifier(column.sqlName);
    if (text == QLatin1String("-") || text == QStringLiteral("∅")) {
        filter.m_condition = name + QStringLiteral(" IS NULL");
        return filter;
    }
    const auto [op, operand] = splitOperator(text);
    const QString sqlOp = op.isEmpty() ? QStringLiteral("=") : op;

    switch (column.kind) {
    case ColumnKind::Integer: {
        bool ok = false;
        const qlonglong value = operand.toLongLong(&ok);
        if (!ok)
            return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": \"%2\" is not a whole number (examples: 5, >=10, !=0).")
                                  .arg(column.title(), input));
        filter.m_condition = name + u' ' + sqlOp + QStringLiteral(" ?");
        filter.m_values << value;
        return filter;
    }
    case ColumnKind::Money: {
        const auto money = domain::Money::parseYuan(operand, true);
        if (!money)
            return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": \"%2\" is not an amount in yuan with at most two decimals "
                                 "(examples: 1000, >=2500.50).").arg(column.title(), input));
        filter.m_condition = name + u' ' + sqlOp + QStringLiteral(" ?");
        filter.m_values << qlonglong(money->fen());
        return filter;
    }
    case ColumnKind::Decimal: {
        const auto hundredths = domain::parseHundredths(operand, true);
        if (!hundredths)
            return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": \"%2\" is not a number with at most two decimals "
                                 "(examples: 3, >1.5).").arg(column.title(), input));
        filter.m_condition = name + u' ' + sqlOp + QStringLiteral(" ?");
        filter.m_values << qlonglong(*hundredths);
        return filter;
    }
    case ColumnKind::Bool: {
        const QString v = operand.toLower();
        int value = -1;
        if (v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes") || v == QStringLiteral("是"))
            value = 1;
        else if (v == QLatin1String("0") || v == QLatin1String("false") || v == QLatin1String("no") || v == QStringLiteral("否"))
            value = 0;
        if (value < 0 || (op != QLatin1String("=") && !op.isEmpty()))
            return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": write yes or no (1/0, 是/否).").arg(column.title()));
        filter.m_condition = name + QStringLiteral(" = ?");
        filter.m_values << value;
        return filter;
    }
    case ColumnKind::Date:
    case ColumnKind::Month:
    case ColumnKind::Timestamp:
    case ColumnKind::Text:
    case ColumnKind::IdNumber:
    case ColumnKind::AccountNumber:
        break;
    }
    if (op.isEmpty()) {
        filter.m_condition = name + QStringLiteral(" LIKE ? ESCAPE '\\'");
        filter.m_values << QString(u'%' + escapeLike(operand) + u'%');
        return filter;
    }
    if (op != QLatin1String("=") && op != QLatin1String("!=") && column.kind != ColumnKind::Date
        && column.kind != ColumnKind::Month && column.kind != ColumnKind::Timestamp)
        return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": only = and != compare text; type part of the value to search.")
                              .arg(column.title()));
    if (column.kind == ColumnKind::Date
        && !QRegularExpression(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$")).match(operand).hasMatch())
        return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": \"%2\" is not a date (YYYY-MM-DD, e.g. >=2021-01-01).")
                              .arg(column.title(), input));
    if (column.kind == ColumnKind::Month
        && !QRegularExpression(QStringLiteral("^\\d{4}(-\\d{2})?$")).match(operand).hasMatch())
        return R::failure(QCoreApplication::translate("ColumnFilter", "Filter for \"%1\": \"%2\" is not a month (YYYY-MM, e.g. <2021-07).")
                              .arg(column.title(), input));
    filter.m_condition = name + u' ' + op + QStringLiteral(" ?");
    // A status word may be typed as it is shown ("待审核", "for review").
    filter.m_values << ColumnTitles::storedValue(column.sqlName, operand);
    return filter;
}

} // namespace mianshen::itemmodels
