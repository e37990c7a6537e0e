#include "authoring/PolicyDiff.h"

#include "domain/Money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace mianshen::authoring {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mianshen::authoring::PolicyDiff", text, disambiguation, n);
}

bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}

// A {"zh", "en"} text in the user's language.
QString textOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const QString zh = o.value(QStringLiteral("zh")).toString();
    const QString en = o.value(QStringLiteral("en")).toString();
    return chinese() ? (zh.isEmpty() ? en : zh) : (en.isEmpty() ? zh : en);
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("-");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QString yuan(const QJsonValue &v)
{
    const auto m = domain::Money::parseYuan(v.toString());
    return m ? m->toDisplayString() : v.toString();
}

// An expression or a table, as one comparable text and a short description.
QString bodyOf(const QJsonObject &o)
{
    if (o.contains(QStringLiteral("table")))
        return compact(o.value(QStringLiteral("table")));
    return o.value(QStringLiteral("expr")).toString();
}

void compareTables(const QString &what, const QJsonObject &before, const QJsonObject &after, QStringList &out)
{
    const QJsonArray rb = before.value(QStringLiteral("rules")).toArray();
    const QJsonArray ra = after.value(QStringLiteral("rules")).toArray();
    if (rb.size() != ra.size())
        out << tr("%1: the table now has %2 rules (was %3).").arg(what).arg(ra.size()).arg(rb.size());
    for (qsizetype i = 0; i < std::min(rb.size(), ra.size()); ++i) {
        const QJsonObject b = rb.at(i).toObject(), a = ra.at(i).toObject();
        if (compact(b.value(QStringLiteral("when"))) != compact(a.value(QStringLiteral("when"))))
            out << tr("%1: the conditions of table rule %2 changed: %3 → %4.")
                       .arg(what).arg(i + 1).arg(compact(b.value(QStringLiteral("when"))), compact(a.value(QStringLiteral("when"))));
        if (compact(b.value(QStringLiteral("then"))) != compact(a.value(QStringLiteral("then"))))
            out << tr("%1: the result of table rule %2 changed: %3 → %4.")
                       .arg(what).arg(i + 1).arg(compact(b.value(QStringLiteral("then"))), compact(a.value(QStringLiteral("then"))));
    }
    if (compact(before.value(QStringLiteral("default"))) != compact(after.value(QStringLiteral("default"))))
        out << tr("%1: the table's default changed: %2 → %3.")
                   .arg(what, compact(before.value(QStringLiteral("default"))), compact(after.value(QStringLiteral("default"))));
    if (compact(before.value(QStringLiteral("inputs"))) != compact(after.value(QStringLiteral("inputs"))))
        out << tr("%1: the table's inputs changed.").arg(what);
}

// Lists of {"id"|"name", "label", "expr"|"table"}: added, removed, changed.
void compareList(const QJsonArray &before, const QJsonArray &after, const char *key, const char *kind, QStringList &out)
{
    const QString k = QLatin1String(key);
    auto find = [&](const QJsonArray &list, const QString &id) {
        for (const QJsonValue &v : list)
            if (v.toObject().value(k).toString() == id)
                return v.toObject();
        return QJsonObject();
    };
    const QString kindText = tr(kind);
    auto name = [&](const QJsonObject &o) {
        const QString label = textOf(o.value(QStringLiteral("label")));
        const QString id = o.value(k).toString();
        return label.isEmpty() ? id : tr("“%1” (%2)").arg(label, id);
    };
    for (const QJsonValue &v : before) {
        const QJsonObject b = v.toObject();
        const QJsonObject a = find(after, b.value(k).toString());
        if (a.isEmpty()) {
            out << tr("%1 %2 removed.").arg(kindText, name(b));
            continue;
        }
        if (textOf(b.value(QStringLiteral("label"))) != textOf(a.value(QStringLiteral("label"))))
            out << tr("%1 %2: its label changed to “%3”.").arg(kindText, b.value(k).toString(), textOf(a.value(QStringLiteral("label"))));
        if (b.contains(QStringLiteral("table")) && a.contains(QStringLiteral("table")))
            compareTables(tr("%1 %2").arg(kindText, name(a)), b.value(QStringLiteral("table")).toObject(),
                          a.value(QStringLiteral("table")).toObject(), out);
        else if (bodyOf(b) != bodyOf(a))
            out << tr("%1 %2 changed: %3 → %4").arg(kindText, name(a), bodyOf(b), bodyOf(a));
    }
    for (const QJsonValue &v : after) {
        const QJsonObject a = v.toObject();
        if (find(before, a.value(k).toString()).isEmpty())
            out << tr("%1 %2 added: %3").arg(kindText, name(a), bodyOf(a));
    }
}

void compareAmount(const QJsonValue &before, const QJsonValue &after, QStringList &out)
{
    const QJsonObject b = before.isString() ? QJsonObject{{QStringLiteral("expr"), before}} : before.toObject();
    const QJsonObject a = after.isString() ? QJsonObject{{QStringLiteral("expr"), after}} : after.toObject();
    if (b.contains(QStringLiteral("table")) && a.contains(QStringLiteral("table")))
        compareTables(tr("Amount"), b.value(QStringLiteral("table")).toObject(), a.value(QStringLiteral("table")).toObject(), out);
    else if (bodyOf(b) != bodyOf(a))
        out << tr("Amount changed: %1 → %2").arg(bodyOf(b), bodyOf(a));
}

void compareHead(const QJsonObject &b, const QJsonObject &a, QStringList &out)
{
    if (textOf(b.value(QStringLiteral("title"))) != textOf(a.value(QStringLiteral("title"))))
        out << tr("Title changed: “%1” → “%2”.").arg(textOf(b.value(QStringLiteral("title"))), textOf(a.value(QStringLiteral("title"))));
    const QJsonObject eb = b.value(QStringLiteral("effective")).toObject(), ea = a.value(QStringLiteral("effective")).toObject();
    if (eb.value(QStringLiteral("from")) != ea.value(QStringLiteral("from")))
        out << tr("In effect from %1 instead of %2.").arg(ea.value(QStringLiteral("from")).toString(), eb.value(QStringLiteral("from")).toString());
    if (eb.value(QStringLiteral("until")) != ea.value(QStringLiteral("until"))) {
        const QString open = tr("open-ended");
        const QString ub = eb.value(QStringLiteral("until")).toString(), ua = ea.value(QStringLiteral("until")).toString();
        out << tr("In effect until %1 instead of %2.").arg(ua.isEmpty() ? open : ua, ub.isEmpty() ? open : ub);
    }
    const QJsonObject sb = b.value(QStringLiteral("schedule")).toObject(), sa = a.value(QStringLiteral("schedule")).toObject();
    if (sb.value(QStringLiteral("kind")) != sa.value(QStringLiteral("kind")))
        out << tr("Schedule changed: %1 → %2.").arg(sb.value(QStringLiteral("kind")).toString(), sa.value(QStringLiteral("kind")).toString());
    if (sb.value(QStringLiteral("max_months")) != sa.value(QStringLiteral("max_months")))
        out << tr("Most months paid: %1 → %2.").arg(compact(sb.value(QStringLiteral("max_months"))), compact(sa.value(QStringLiteral("max_months"))));
    const QJsonValue bb = b.value(QStringLiteral("budget")), ba = a.value(QStringLiteral("budget"));
    const QJsonValue yb = bb.toObject().value(QStringLiteral("yuan")), ya = ba.toObject().value(QStringLiteral("yuan"));
    if (bb.isUndefined() && !ba.isUndefined())
        out << tr("Budget added: %1.").arg(yuan(ya));
    else if (!bb.isUndefined() && ba.isUndefined())
        out << tr("Budget removed (was %1).").arg(yuan(yb));
    else if (yb != ya)
        out << tr("Budget changed: %1 → %2.").arg(yuan(yb), yuan(ya));
    else if (compact(bb) != compact(ba))
        out << tr("The budget's order of service changed.");
    for (const char *key : {"subject", "stacking", "legal_basis", "department", "review", "payment"}) {
        const QString k = QLatin1String(key);
        if (compact(b.value(k)) != compact(a.value(k)))
            out << tr("“%1” changed: %2 → %3").arg(k, compact(b.value(k)), compact(a.value(k)));
    }
}

} // namespace

QStringList describeChanges(const QString &beforeSource, const QString &afterSource)
{
    QJsonParseError eb, ea;
    const QJsonDocument db = QJsonDocument::fromJson(beforeSource.toUtf8(), &eb);
    const QJsonDocument da = QJsonDocument::fromJson(afterSource.toUtf8(), &ea);
    if (eb.error != QJsonParseError::NoError || ea.error != QJsonParseError::NoError || !db.isObject() || !da.isObject())
        return {tr("One of the two texts is not a JSON object: only the differences of the text can be shown.")};
    const QJsonObject b = db.object(), a = da.object();
    QStringList out;
    compareHead(b, a, out);
    compareList(b.value(QStringLiteral("definitions")).toArray(), a.value(QStringLiteral("definitions")).toArray(), "name",
                QT_TRANSLATE_NOOP("mianshen::authoring::PolicyDiff", "Definition"), out);
    compareList(b.value(QStringLiteral("conditions")).toArray(), a.value(QStringLiteral("conditions")).toArray(), "id",
                QT_TRANSLATE_NOOP("mianshen::authoring::PolicyDiff", "Condition"), out);
    compareList(b.value(QStringLiteral("exclusions")).toArray(), a.value(QStringLiteral("exclusions")).toArray(), "id",
                QT_TRANSLATE_NOOP("mianshen::authoring::PolicyDiff", "Exclusion"), out);
    compareAmount(b.value(QStringLiteral("amount")), a.value(QStringLiteral("amount")), out);
    compareList(b.value(QStringLiteral("flags")).toArray(), a.value(QStringLiteral("flags")).toArray(), "id",
                QT_TRANSLATE_NOOP("mianshen::authoring::PolicyDiff", "Review flag"), out);
    compareList(b.value(QStringLiteral("tests")).toArray(), a.value(QStringLiteral("tests")).toArray(), "name",
                QT_TRANSLATE_NOOP("mianshen::authoring::PolicyDiff", "Test"), out);
    return out;
}

QString unifiedDiff(const QString &before, const QString &after)
{
    if (before == after)
        return {};
    const QStringList x = before.split(QLatin1Char('\n')), y = after.split(QLatin1Char('\n'));
    qsizetype pre = 0;
    while (pre < x.size() && pre < y.size() && x.at(pre) == y.at(pre))
        ++pre;
    qsizetype suf = 0;
    while (suf < x.size() - pre && suf < y.size() - pre && x.at(x.size() - 1 - suf) == y.at(y.size() - 1 - suf))
        ++suf;
    const qsizetype n = x.size() - pre - suf, m = y.size() - pre - suf;
    // ops: ' ' same, '-' removed, '+' added, over the middle part (LCS; a
    // very large middle is shown as removed then added).
    struct Op { char kind; qsizetype line; };
    std::vector<Op> ops;
    for (qsizetype i = 0; i < pre; ++i)
        ops.push_back({' ', i});
    if (n * m <= 16'000'000) {
        std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[std::size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = x.at(pre + i) == y.at(pre + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.at(pre + i) == y.at(pre + j)) {
                ops.push_back({' ', pre + i});
                ++i, ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                ops.push_back({'-', pre + i++});
            } else {
                ops.push_back({'+', pre + j++});
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            ops.push_back({'-', pre + i});
        for (qsizetype j = 0; j < m; ++j)
            ops.push_back({'+', pre + j});
    }
    for (qsizetype i = 0; i < suf; ++i)
        ops.push_back({' ', x.size() - suf + i});

    QString out = QStringLiteral("--- before\n+++ after\n");
    const qsizetype context = 3, total = qsizetype(ops.size());
    qsizetype k = 0;
    while (k < total) {
        while (k < total && ops[std::size_t(k)].kind == ' ')
            ++k;
        if (k == total)
            break;
        const qsizetype start = std::max<qsizetype>(0, k - context);
        qsizetype end = k;   // extend while changes are within 2*context of each other
        qsizetype lastChange = k;
        while (end < total && end - lastChange <= 2 * context) {
            if (ops[std::size_t(end)].kind != ' ')
                lastChange = end;
            ++end;
        }
        end = std::min(total, lastChange + context + 1);
        // line numbers of the hunk's start in each text
        qsizetype xLine = 0, yLine = 0;
        for (qsizetype t = 0; t < start; ++t) {
            xLine += ops[std::size_t(t)].kind != '+';
            yLine += ops[std::size_t(t)].kind != '-';
        }
        QString body;
        qsizetype xCount = 0, yCount = 0;
        for (qsizetype t = start; t < end; ++t) {
            const Op &op = ops[std::size_t(t)];
            const QString &line = op.kind == '+' ? y.at(op.line) : x.at(op.line);
            body += QLatin1Char(op.kind) + line + QLatin1Char('\n');
            xCount += op.kind != '+';
            yCount += op.kind != '-';
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(xLine + 1).arg(xCount).arg(yLine + 1).arg(yCount) + body;
        k = end;
    }
    return out;
}

} // namespace mianshen::authoring
