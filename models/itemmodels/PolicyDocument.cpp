#include "itemmodels/PolicyDocument.h"

#include "domain/Money.h"
#include "domain/Month.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace mianshen::itemmodels {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString label(const rules::Text &text, rules::Language language)
{
    const QString &preferred = text.in(language);
    return preferred.isEmpty() ? (language == rules::Language::Zh ? text.en : text.zh) : preferred;
}

QString code(const QString &expression)
{
    return QStringLiteral("<code style=\"color:#204a87\">") + esc(expression) + QStringLiteral("</code>");
}


QString tableHtml(const rules::DecisionTable &table, rules::Language language)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const auto &input : table.inputs)
        html += QStringLiteral("<th>") + esc(input.name) + QStringLiteral("<br/>") + code(input.expr.source) + QStringLiteral("</th>");
    html += QStringLiteral("<th>") + QCoreApplication::translate("PolicyDocument", "Value") + QStringLiteral("</th><th>")
            + QCoreApplication::translate("PolicyDocument", "Note") + QStringLiteral("</th></tr>");
    for (const auto &rule : table.rules) {
        html += QStringLiteral("<tr>");
        for (const auto &cell : rule.cells)
            html += QStringLiteral("<td>") + (cell.kind == rules::TableCell::Kind::Any ? QStringLiteral("—") : esc(cell.text))
                    + QStringLiteral("</td>");
        html += QStringLiteral("<td>") + code(rule.output.source) + QStringLiteral("</td><td>")
                + esc(label(rule.label, language)) + QStringLiteral("</td></tr>");
    }
    if (table.defaultValue) {
        html += QStringLiteral("<tr><td colspan=\"%1\"><i>").arg(table.inputs.size()) + QCoreApplication::translate("PolicyDocument", "otherwise")
                + QStringLiteral("</i></td><td>") + code(table.defaultValue->source) + QStringLiteral("</td><td></td></tr>");
    }
    html += QStringLiteral("</table>");
    const QString hit = table.hit == rules::DecisionTable::Hit::First
                            ? QCoreApplication::translate("PolicyDocument", "the first matching row applies")
                        : table.hit == rules::DecisionTable::Hit::CollectSum
                            ? QCoreApplication::translate("PolicyDocument", "the values of all matching rows are added")
                            : QCoreApplication::translate("PolicyDocument", "the largest value of the matching rows applies");
    return html + QStringLiteral("<p><i>") + hit + QStringLiteral("</i></p>");
}

QString rulesList(const std::vector<rules::Rule> &items, rules::Language language)
{
    QString html = QStringLiteral("<ol>");
    for (const auto &rule : items) {
        html += QStringLiteral("<li><b>") + esc(label(rule.label, language)) + QStringLiteral("</b> <small>(")
                + esc(rule.id) + QStringLiteral(")</small><br/>") + code(rule.expr.source) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

} // namespace

QString PolicyDocument::monthText(std::int32_t monthIndex)
{
    return domain::Month::fromYearMonth(monthIndex / 12, monthIndex % 12 + 1).toString();
}

QString PolicyDocument::toHtml(const rules::Policy &policy, const std::vector<rules::PolicyTestRunner::Result> &tests,
                               rules::Language language)
{
    const auto L = language;
    QString html;
    html += QStringLiteral("<h2>") + esc(label(policy.title, L)) + QStringLiteral("</h2>");
    html += QStringLiteral("<p>") + esc(policy.code) + QStringLiteral(" · ") + QCoreApplication::translate("PolicyDocument", "version") + u' '
            + QString::number(policy.version) + QStringLiteral("</p>");
    html += QStringLiteral("<table cellpadding=\"2\">");
    auto row = [&](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td><b>") + name + QStringLiteral("</b></td><td>") + value + QStringLiteral("</td></tr>");
    };
    QString basis = esc(policy.legalBasis.document);
    if (!policy.legalBasis.article.isEmpty())
        basis += u' ' + esc(policy.legalBasis.article);
    if (!label(policy.legalBasis.title, L).isEmpty())
        basis += QStringLiteral("<br/>") + esc(label(policy.legalBasis.title, L));
    if (!policy.legalBasis.url.isEmpty())
        basis += QStringLiteral("<br/><a href=\"") + esc(policy.legalBasis.url) + QStringLiteral("\">") + esc(policy.legalBasis.url)
                 + QStringLiteral("</a>");
    row(QCoreApplication::translate("PolicyDocument", "Legal basis"), basis);
    row(QCoreApplication::translate("PolicyDocument", "Department"), esc(label(policy.department, L)));
    row(QCoreApplication::translate("PolicyDocument", "Who"), policy.subject == rules::SubjectKind::Person ? QCoreApplication::translate("PolicyDocument", "persons") : QCoreApplication::translate("PolicyDocument", "enterprises"));
    row(QCoreApplication::translate("PolicyDocument", "In effect"),
        monthText(policy.effectiveFrom) + QStringLiteral(" – ")
            + (policy.effectiveUntil ? monthText(*policy.effectiveUntil) : QCoreApplication::translate("PolicyDocument", "open")));
    QString schedule;
    if (policy.schedule == rules::Policy::Schedule::OneOff)
        schedule = QCoreApplication::translate("PolicyDocument", "one-off: at most once per subject");
    else if (policy.maxMonths > 0)
        schedule = QCoreApplication::translate("PolicyDocument", "monthly, at most %1 months").arg(policy.maxMonths);
    else
        schedule = QCoreApplication::translate("PolicyDocument", "monthly");
    row(QCoreApplication::translate("PolicyDocument", "Schedule"), schedule);
    if (policy.budgetFen) {
        QString budget = domain::Money::fromFen(*policy.budgetFen).toDisplayString();
        if (policy.budgetOrderBy)
            budget += QStringLiteral("<br/>") + QCoreApplication::translate("PolicyDocument", "when it runs out, served in order of") + u' '
                      + code(policy.budgetOrderBy->source) + u' '
                      + (policy.budgetOrder == rules::Policy::BudgetOrder::Ascending ? QCoreApplication::translate("PolicyDocument", "(ascending)")
                                                                                     : QCoreApplication::translate("PolicyDocument", "(descending)"));
        row(QCoreApplication::translate("PolicyDocument", "Budget"), budget);
    }
    if (!policy.stackingGroup.isEmpty())
        row(QCoreApplication::translate("PolicyDocument", "Not combined with"),
            QCoreApplication::translate("PolicyDocument", "group %1 (rank %2: the lowest rank wins)")
                .arg(esc(policy.stackingGroup))
                .arg(policy.stackingRank));
    html += QStringLiteral("</table>");

    if (!policy.definitions.empty()) {
        html += QStringLiteral("<h3>") + QCoreApplication::translate("PolicyDocument", "Definitions") + QStringLiteral("</h3><ul>");
        for (const auto &d : policy.definitions) {
            html += QStringLiteral("<li><b>") + esc(d.name) + QStringLiteral("</b>");
            if (!label(d.label, L).isEmpty())
                html += QStringLiteral(" — ") + esc(label(d.label, L));
            html += QStringLiteral("<br/>") + (d.table ? tableHtml(*d.table, L) : code(d.expr.source)) + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>") + QCoreApplication::translate("PolicyDocument", "Conditions (all must hold)") + QStringLiteral("</h3>")
            + rulesList(policy.conditions, L);
    if (!policy.exclusions.empty())
        html += QStringLiteral("<h3>") + QCoreApplication::translate("PolicyDocument", "Exclusions (none may apply)") + QStringLiteral("</h3>")
                + rulesList(policy.exclusions, L);
    html += QStringLiteral("<h3>") + QCoreApplication::translate("PolicyDocument", "Amount") + QStringLiteral("</h3>");
    if (!label(policy.amount.label, L).isEmpty())
        html += QStringLiteral("<p>") + esc(label(policy.amount.label, L)) + QStringLiteral("</p>");
    html += policy.amount.table ? tableHtml(*policy.amount.table, L) : QStringLiteral("<p>") + code(policy.amount.expr.source) + QStringLiteral("</p>");
    if (!policy.flags.empty())
        html += QStringLiteral("<h3>") + QCoreApplication::translate("PolicyDocument", "Review flags (a person looks at the case)") + QStringLiteral("</h3>")
                + rulesList(policy.flags, L);

    html += QStringLiteral("<h3>") + QCoreApplication::translate("PolicyDocument", "Tests") + QStringLiteral("</h3>");
    if (policy.tests.empty()) {
        html += QStringLiteral("<p>") + QCoreApplication::translate("PolicyDocument", "The policy has no tests.") + QStringLiteral("</p>");
    } else {
        const auto passed = std::count_if(tests.begin(), tests.end(), [](const auto &r) { return r.passed; });
        if (!tests.empty())
            html += QStringLiteral("<p>") + QCoreApplication::translate("PolicyDocument", "%1 of %2 tests passed.").arg(passed).arg(tests.size())
                    + QStringLiteral("</p>");
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>") + QCoreApplication::translate("PolicyDocument", "Test")
                + QStringLiteral("</th><th>") + QCoreApplication::translate("PolicyDocument", "Period") + QStringLiteral("</th><th>") + QCoreApplication::translate("PolicyDocument", "Expected")
                + QStringLiteral("</th><th>") + QCoreApplication::translate("PolicyDocument", "Result") + QStringLiteral("</th></tr>");
        for (const auto &test : policy.tests) {
            QString expected = test.expectEligible ? QCoreApplication::translate("PolicyDocument", "eligible") : QCoreApplication::translate("PolicyDocument", "not eligible");
            if (test.expectAmountFen)
                expected += u' ' + domain::Money::fromFen(*test.expectAmountFen).toDisplayString();
            if (test.expectFlags && !test.expectFlags->isEmpty())
                expected += QStringLiteral("; ") + QCoreApplication::translate("PolicyDocument", "flags") + u' ' + esc(test.expectFlags->join(QStringLiteral(", ")));
            QString result = QStringLiteral("—");
            for (const auto &r : tests) {
                if (r.name == test.name) {
                    result = r.passed ? QString(QStringLiteral("<span style=\"color:#2e7d32\">") + QCoreApplication::translate("PolicyDocument", "passed") + QStringLiteral("</span>"))
                                      : QStringLiteral("<span style=\"color:#b00020\">") + QCoreApplication::translate("PolicyDocument", "failed") + QStringLiteral(": ")
                                            + esc(label(r.message, L)) + QStringLiteral("</span>");
                    break;
                }
            }
            html += QStringLiteral("<tr><td>") + esc(test.name) + QStringLiteral("</td><td>") + esc(test.period)
                    + QStringLiteral("</td><td>") + expected + QStringLiteral("</td><td>") + result + QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString PolicyDocument::sourceWithFindingsHtml(const QString &source, const rules::Diagnostics &diagnostics,
                                               rules::Language language)
{
    QMap<int, QList<const rules::Diagnostic *>> byLine;
    for (const auto &d : diagnostics.items())
        byLine[d.line].append(&d);
    QString html = QStringLiteral("<pre style=\"font-family: monospace\">");
    auto finding = [&](const rules::Diagnostic &d) -> QString {
        const bool error = d.severity == rules::Severity::Error;
        const QString colour = error ? QStringLiteral("#b00020") : QStringLiteral("#8a6d00");
        QString marker;
        if (d.line > 0 && d.column > 0)
            marker = QString(8 + d.column - 1, u' ') + QString(qMax(1, d.length), u'^') + u'\n';
        const QString kind = error ? QCoreApplication::translate("PolicyDocument", "error") : QCoreApplication::translate("PolicyDocument", "warning");
        return QStringLiteral("<span style=\"color:") + colour + QStringLiteral("; font-weight:bold\">") + esc(marker)
               + QString(8, u' ') + kind + QStringLiteral(" [") + esc(d.code) + QStringLiteral("]: ")
               + esc(label(d.message, language)) + QStringLiteral("</span>\n");
    };
    for (const auto *d : byLine.value(0))
        html += finding(*d);
    const QStringList lines = source.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        QString text = lines.at(i);
        if (text.endsWith(u'\r'))
            text.chop(1);
        const bool marked = byLine.contains(number);
        // A line with findings carries an anchor "line-N" (the findings list jumps there).
        const QString shown = esc(marked && text.isEmpty() ? QStringLiteral(" ") : text);
        html += (marked ? QStringLiteral("<b>") : QString()) + QStringLiteral("%1  ").arg(number, 6)
                + (marked ? QStringLiteral("<a name=\"line-%1\">").arg(number) + shown + QStringLiteral("</a></b>") : shown)
                + u'\n';
        for (const auto *d : byLine.value(number))
            html += finding(*d);
    }
    // Findings past the end of the text (e.g. an unterminated file).
    for (auto it = byLine.constBegin(); it != byLine.constEnd(); ++it) {
        if (it.key() > lines.size())
            for (const auto *d : it.value())
                html += finding(*d);
    }
    return html + QStringLiteral("</pre>");
}

} // namespace mianshen::itemmodels
