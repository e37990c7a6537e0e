#include "itemmodels/NoticeDocument.h"

#include "domain/Money.h"

#include "itemmodels/SensitiveMask.h"
#include "itemmodels/TableExport.h"
#include "stats/YuanText.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mianshen::itemmodels {

using Kind = stats::ExportTable::Kind;

namespace {

QString outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("upheld"))
        return NoticeDocument::tr("upheld");
    if (outcome == QLatin1String("dismissed"))
        return NoticeDocument::tr("dismissed");
    if (outcome == QLatin1String("withdrawn"))
        return NoticeDocument::tr("withdrawn");
    return NoticeDocument::tr("pending");
}

QString title(const stats::NoticeList &list, bool chinese)
{
    const QString policy = list.policyTitle.in(chinese ? rules::Language::Zh : rules::Language::En);
    if (list.batchId > 0 && list.policyCode.isEmpty())
        return NoticeDocument::tr("Public notice: payment batch %1, %2").arg(list.batchId).arg(list.period);
    if (list.batchId > 0)
        return NoticeDocument::tr("Public notice: %1, payment batch %2, %3")
            .arg(policy.isEmpty() ? list.policyCode : policy)
            .arg(list.batchId)
            .arg(list.period);
    return NoticeDocument::tr("Public notice: %1, %2").arg(policy.isEmpty() ? list.policyCode : policy, list.period);
}

} // namespace

stats::ExportTable NoticeDocument::entries(const stats::NoticeList &list, bool chinese)
{
    stats::ExportTable table;
    table.title = title(list, chinese);
    // A batch paying several policies names the policy of each line.
    const bool policyColumn = list.batchId > 0 && list.policyCode.isEmpty();
    table.header << tr("No.");
    table.kinds << Kind::Count;
    if (policyColumn) {
        table.header << tr("Policy");
        table.kinds << Kind::Text;
    }
    table.header << tr("Name") << tr("Id number / credit code") << tr("For period") << tr("Amount (yuan)");
    table.kinds << Kind::Text << Kind::Text << Kind::Text << Kind::Money;
    int n = 0;
    for (const stats::NoticeEntry &e : list.entries) {
        QVariantList row{++n};
        if (policyColumn)
            row << e.policyCode;
        row << SensitiveMask::subjectName(e.name, e.subjectKind) << SensitiveMask::subjectId(e.subjectId, e.subjectKind)
            << (e.awardPeriod.isEmpty() ? tr("one-off") : e.awardPeriod) << e.amountFen;
        table.rows << row;
    }
    return table;
}

stats::ExportTable NoticeDocument::objections(const stats::NoticeList &list)
{
    stats::ExportTable table;
    table.title = tr("Objections");
    table.header << tr("Received") << tr("Raised by") << tr("About") << tr("Objection") << tr("Outcome") << tr("Decided")
                 << tr("Note");
    table.kinds = QList<Kind>(table.header.size(), Kind::Text);
    for (const stats::NoticeObjection &o : list.objections)
        table.rows << QVariantList{o.receivedAt, SensitiveMask::personName(o.raisedBy),
                                   o.subjectId.isEmpty() ? tr("the whole list") : SensitiveMask::idNumber(o.subjectId),
                                   o.content, outcomeText(o.outcome), o.decidedAt, o.outcomeNote};
    return table;
}

QString NoticeDocument::html(const stats::NoticeList &list, bool chinese)
{
    const rules::Language language = chinese ? rules::Language::Zh : rules::Language::En;
    auto tableHtml = [](const stats::ExportTable &t) -> QString {
        QString h = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &head : t.header)
            h += QStringLiteral("<th>") + head.toHtmlEscaped() + QStringLiteral("</th>");
        h += QStringLiteral("</tr>");
        for (const QVariantList &row : t.rows) {
            h += QStringLiteral("<tr>");
            for (int c = 0; c < row.size(); ++c) {
                const bool number = t.kinds.value(c) != Kind::Text;
                h += (number ? QStringLiteral("<td align=\"right\">") : QStringLiteral("<td>"))
                    + TableExport::cellText(t, c, row.at(c)).toHtmlEscaped() + QStringLiteral("</td>");
            }
            h += QStringLiteral("</tr>");
        }
        return h + QStringLiteral("</table>");
    };
    QString h = QStringLiteral("<html><body><h2 align=\"center\">") + title(list, chinese).toHtmlEscaped()
        + QStringLiteral("</h2>");
    const QString department = list.department.in(language);
    if (!department.isEmpty())
        h += QStringLiteral("<p>") + tr("Published by: %1").arg(department).toHtmlEscaped() + QStringLiteral("</p>");
    if (list.noticeFrom.isValid())
        h += QStringLiteral("<p>")
            + tr("Notice period: %1 to %2. Objections may be raised with the publishing department within this period.")
                  .arg(list.noticeFrom.toString(Qt::ISODate), list.noticeUntil.toString(Qt::ISODate))
                  .toHtmlEscaped()
            + QStringLiteral("</p>");
    h += tableHtml(entries(list, chinese));
    h += QStringLiteral("<p>")
        + tr("%n subject(s), total %1 yuan.", "", int(list.entries.size()))
              .arg(stats::YuanText::grouped(list.totalFen()))
              .toHtmlEscaped()
        + QStringLiteral("</p>");
    h += QStringLiteral("<h3>") + tr("Objections received").toHtmlEscaped() + QStringLiteral("</h3>");
    if (list.objections.isEmpty())
        h += QStringLiteral("<p>") + tr("None.").toHtmlEscaped() + QStringLiteral("</p>");
    else
        h += tableHtml(objections(list));
    return h + QStringLiteral("</body></html>");
}

domain::Status NoticeDocument::writePdf(const stats::NoticeList &list, const QString &path, bool chinese)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return domain::Status::failure(tr("Writing a PDF needs the program's graphical libraries (fonts); "
                                          "write the list as .xlsx instead."));
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return domain::Status::failure(tr("Could not set up the page of %1.").arg(path));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title(list, chinese));
    writer.setCreator(QStringLiteral("Mianshen"));
    QTextDocument document;
    document.setHtml(html(list, chinese));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return domain::Status::failure(tr("Could not write %1: check that its folder exists and is writable.").arg(path));
    return {};
}

domain::Status NoticeDocument::writeXlsx(const stats::NoticeList &list, const QString &path, bool chinese)
{
    stats::ExportTable list_ = entries(list, chinese);
    QVariantList total(list_.header.size(), QString());
    total[0] = QVariant();
    total[1] = tr("Total");
    total.last() = list.totalFen();
    list_.rows << total;
    list_.kinds[0] = Kind::Text;
    return TableExport::writeXlsx({list_, objections(list)}, path);
}

domain::Status NoticeDocument::write(const stats::NoticeList &list, const QString &path, bool chinese)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(list, path, chinese);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(list, path, chinese);
    return domain::Status::failure(tr("%1: write the notice list to a .pdf or .xlsx file.").arg(path));
}

} // namespace mianshen::itemmodels
