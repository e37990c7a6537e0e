#include "feeds/ImportMessage.h"

#include "catalog/FeedCatalog.h"
#include "feeds/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QVariant>

namespace mianshen::feeds {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportMessage", text);
}

QString count(const QJsonObject &args, const char *name)
{
    return QLocale().toString(qint64(args.value(QLatin1String(name)).toDouble()));
}

QString feedTitle(const QJsonObject &args)
{
    const QString name = args.value(QStringLiteral("feed")).toString();
    const catalog::Feed *feed = catalog::FeedCatalog::builtin().feed(name);
    if (!feed)
        return name;
    return QLocale().language() == QLocale::Chinese ? feed->titleZh : feed->titleEn;
}

QString imported(const QJsonObject &a)
{
    QString text = tr("Imported %1 rows of %2 (%3 new, %4 updated, %5 deleted)")
                       .arg(count(a, "rows"), feedTitle(a), count(a, "inserted"), count(a, "updated"), count(a, "deleted"));
    if (a.value(QStringLiteral("quarantined")).toDouble() > 0)
        text += tr("; %1 bad rows quarantined").arg(count(a, "quarantined"));
    if (a.value(QStringLiteral("warnings")).toDouble() > 0)
        text += tr("; %1 warnings").arg(count(a, "warnings"));
    return text + tr(".");
}

QString held(const QJsonObject &a)
{
    const QJsonArray reasons = a.value(QStringLiteral("reasons")).toArray();
    QStringList parts;
    for (const QJsonValue &reason : reasons) {
        if (reason.toString() == u"delete")
            parts << tr("it would delete %1 of the %2 rows of %3 (more than %4%)")
                         .arg(count(a, "deleted"), count(a, "rows_before"), feedTitle(a), count(a, "delete_percent"));
        else if (reason.toString() == u"change")
            parts << tr("it would change the values of %1 of the %2 rows of %3 (more than %4%)")
                         .arg(count(a, "changed"), count(a, "rows_before"), feedTitle(a), count(a, "change_percent"));
        else if (reason.toString() == u"dangling")
            parts << tr("it refers %1 times to a subject in no registry, against %2 in the last delivery")
                         .arg(count(a, "dangling"), count(a, "previous_dangling"));
    }
    return tr("Held: %1; nothing was applied. If the delivery is right, import it again confirming the large change.")
        .arg(parts.join(tr("; ")));
}

} // namespace

QString ImportMessage::arguments(std::initializer_list<std::pair<const char *, QVariant>> values)
{
    QJsonObject o;
    for (const auto &[name, value] : values)
        o.insert(QLatin1String(name), QJsonValue::fromVariant(value));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ImportMessage::render(const QString &code, const QString &argsJson, const QString &storedText)
{
    if (code.isEmpty())
        return storedText;
    const QJsonObject a = QJsonDocument::fromJson(argsJson.toUtf8()).object();
    if (code == u"imported")
        return imported(a);
    if (code == u"rejected")
        return tr("Rejected: %1 errors in %2 rows; nothing was imported.").arg(count(a, "errors"), count(a, "rows"));
    if (code == u"rejected.unknown_feed")
        return tr("Rejected: the feed cannot be told from the file name.");
    if (code == u"rejected.unreadable")
        return tr("Rejected: cannot read the file (%1).").arg(a.value(QStringLiteral("error")).toString());
    if (code == u"rejected.database")
        return tr("Rejected: database error (%1); nothing was imported.").arg(a.value(QStringLiteral("error")).toString());
    if (code == u"held")
        return held(a);
    if (code == u"skipped")
        return tr("Skipped: this delivery was already imported (import #%1); nothing changed.")
            .arg(qint64(a.value(QStringLiteral("previous")).toDouble()));
    if (code == u"cancelled")
        return tr("Cancelled; nothing was imported.");
    return storedText;
}

QString ImportMessage::render(const ImportReport &report)
{
    QString text = render(report.messageCode, report.messageArgs, report.message);
    if (!report.historyError.isEmpty())
        text += tr(" (The import history could not be written: %1)").arg(report.historyError);
    return text;
}

} // namespace mianshen::feeds
