#include "catalog/FeedCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <limits>

namespace mianshen::catalog {

namespace {

struct TypeEntry
{
    ColumnType type;
    const char *name;
};

constexpr TypeEntry kTypes[] = {
    {ColumnType::Text, "text"},         {ColumnType::Date, "date"},
    {ColumnType::Month, "month"},       {ColumnType::Year, "year"},
    {ColumnType::Money, "money"},       {ColumnType::Decimal, "decimal"},
    {ColumnType::Bool, "bool"},         {ColumnType::Integer, "integer"},
    {ColumnType::IdNumber, "id_number"}, {ColumnType::CreditCode, "credit_code"},
    {ColumnType::PatentNo, "patent_no"}, {ColumnType::SubjectId, "subject_id"},
    {ColumnType::Area, "area"},         {ColumnType::Enum, "enum"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::catalog::FeedCatalog", text);
}

domain::Result<Column> parseColumn(const QJsonObject &o, const QString &feedName)
{
    Column c;
    c.name = o.value(u"name").toString();
    const QString where = feedName + u'.' + c.name;
    if (c.name.isEmpty())
        return domain::Result<Column>::failure(tr("Feed %1: a column has no name.").arg(feedName));
    const auto type = FeedCatalog::typeFromName(o.value(u"type").toString());
    if (!type)
        return domain::Result<Column>::failure(
            tr("Column %1: unknown type \"%2\".").arg(where, o.value(u"type").toString()));
    c.type = *type;
    c.sqlName = FeedCatalog::sqlNameFor(c.name, c.type);
    c.optional = o.value(u"optional").toBool(false);
    for (const auto &v : o.value(u"enum").toArray())
        c.enumValues << v.toString();
    if (c.type == ColumnType::Enum && c.enumValues.isEmpty())
        return domain::Result<Column>::failure(tr("Column %1: an enum needs its values.").arg(where));
    if (o.contains(u"min") || o.contains(u"max")) {
        c.hasRange = true;
        c.minValue = o.contains(u"min") ? o.value(u"min").toInteger() : std::numeric_limits<qint64>::min();
        c.maxValue = o.contains(u"max") ? o.value(u"max").toInteger() : std::numeric_limits<qint64>::max();
    }
    c.minLength = o.value(u"min_length").toInt(0);
    c.maxLength = o.value(u"max_length").toInt(0);
    c.pattern = o.value(u"pattern").toString();
    if (!c.pattern.isEmpty()) {
        const QRegularExpression re(c.pattern);
        if (!re.isValid())
            return domain::Result<Column>::failure(
                tr("Column %1: invalid pattern: %2").arg(where, re.errorString()));
    }
    c.references = o.value(u"references").toString();
    c.negativeAllowed = o.value(u"negative_allowed").toBool(false);
    c.agreesWith = o.value(u"agrees_with").toString();
    c.equalsSubjectName = o.value(u"equals_subject_name").toBool(false);
    c.titleZh = o.value(u"title_zh").toString();
    c.titleEn = o.value(u"title_en").toString();
    c.note = o.value(u"note").toString();
    return c;
}

domain::Result<Feed> parseFeed(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return domain::Result<Feed>::failure(
            tr("%1: not a JSON object (%2 at offset %3).").arg(source, error.errorString()).arg(error.offset));
    const QJsonObject o = doc.object();
    Feed f;
    f.name = o.value(u"name").toString();
    if (f.name.isEmpty() || !QRegularExpression(QStringLiteral("^[a-z][a-z0-9_]*$")).match(f.name).hasMatch())
        return domain::Result<Feed>::failure(tr("%1: the feed name must be lower-case letters, digits and _.").arg(source));
    f.titleZh = o.value(u"title_zh").toString();
    f.titleEn = o.value(u"title_en").toString();
    f.provider = o.value(u"provider").toString();
    f.registry = o.value(u"registry").toBool(false);
    f.maxDeletePercent = o.value(u"max_delete_percent").toInt(20);
    if (f.maxDeletePercent < 0 || f.maxDeletePercent > 100)
        return domain::Result<Feed>::failure(tr("%1: max_delete_percent must be between 0 and 100.").arg(source));
    f.maxChangePercent = o.value(u"max_change_percent").toInt(20);
    if (f.maxChangePercent < 0 || f.maxChangePercent > 100)
        return domain::Result<Feed>::failure(tr("%1: max_change_percent must be between 0 and 100.").arg(source));
    const QJsonObject subject = o.value(u"subject").toObject();
    const QString kind = subject.value(u"kind").toString();
    if (kind == u"person")
        f.subjectKind = SubjectKind::Person;
    else if (kind == u"enterprise")
        f.subjectKind = SubjectKind::Enterprise;
    else if (kind == u"either")
        f.subjectKind = SubjectKind::Either;
    else if (kind.isEmpty() || kind == u"none")
        f.subjectKind = SubjectKind::None;
    else
        return domain::Result<Feed>::failure(tr("%1: unknown subject kind \"%2\".").arg(source, kind));
    f.subjectColumn = subject.value(u"column").toString();
    for (const auto &v : o.value(u"columns").toArray()) {
        auto column = parseColumn(v.toObject(), f.name);
        if (!column)
            return domain::Result<Feed>::failure(column.error());
        if (f.column(column->name))
            return domain::Result<Feed>::failure(tr("Feed %1: column %2 appears twice.").arg(f.name, column->name));
        f.columns << std::move(column).value();
    }
    if (f.columns.isEmpty())
        return domain::Result<Feed>::failure(tr("Feed %1 has no columns.").arg(f.name));
    for (const auto &v : o.value(u"key").toArray())
        f.key << v.toString();
    if (f.key.isEmpty())
        return domain::Result<Feed>::failure(tr("Feed %1 has no key.").arg(f.name));
    for (const QString &k : std::as_const(f.key))
        if (!f.column(k))
            return domain::Result<Feed>::failure(tr("Feed %1: key column %2 is not a column.").arg(f.name, k));
    for (const Column &c : std::as_const(f.columns))
        if (!c.agreesWith.isEmpty() && !f.column(c.agreesWith))
            return domain::Result<Feed>::failure(
                tr("Feed %1: column %2 must agree with %3, which is not a column.").arg(f.name, c.name, c.agreesWith));
    if (f.subjectKind != SubjectKind::None && !f.column(f.subjectColumn))
        return domain::Result<Feed>::failure(
            tr("Feed %1: subject column %2 is not a column.").arg(f.name, f.subjectColumn));
    if (f.column(QStringLiteral("op")) || f.column(QStringLiteral("import_id")))
        return domain::Result<Feed>::failure(tr("Feed %1: \"op\" and \"import_id\" are reserved names.").arg(f.name));
    return f;
}

domain::Status checkReferences(const QList<Feed> &feeds)
{
    auto has = [&](const QString &name) {
        return std::any_of(feeds.begin(), feeds.end(), [&](const Feed &f) { return f.name == name; });
    };
    for (const Feed &f : feeds)
        for (const Column &c : f.columns)
            if (!c.references.isEmpty())
                for (const QString &target : c.references.split(u'|'))
                    if (!has(target))
                        return domain::Status::failure(
                            tr("Column %1.%2 refers to feed %3, which is not in the catalog.")
                                .arg(f.name, c.name, target));
    return {};
}

} // namespace

const Column *Feed::column(const QString &columnName) const
{
    for (const Column &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

int Feed::columnIndex(const QString &columnName) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == columnName)
            return i;
    return -1;
}

const FeedCatalog &FeedCatalog::builtin()
{
    static const FeedCatalog catalog = [] {
        auto loaded = loadFromDirectory(QStringLiteral(":/feeds"));
        if (!loaded)
            qFatal("The built-in feed catalog is broken: %s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return catalog;
}

domain::Result<FeedCatalog> FeedCatalog::loadFromDirectory(const QString &dir)
{
    const QDir folder(dir);
    if (!folder.exists())
        return domain::Result<FeedCatalog>::failure(tr("The feed catalog folder %1 does not exist.").arg(dir));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    FeedCatalog catalog;
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return domain::Result<FeedCatalog>::failure(
                tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        auto feed = parseFeed(file.readAll(), file.fileName());
        if (!feed)
            return domain::Result<FeedCatalog>::failure(feed.error());
        if (feed->name + QStringLiteral(".json") != name)
            return domain::Result<FeedCatalog>::failure(
                tr("%1 describes feed %2: the file must be named after its feed.").arg(file.fileName(), feed->name));
        catalog.m_feeds << std::move(feed).value();
    }
    if (catalog.m_feeds.isEmpty())
        return domain::Result<FeedCatalog>::failure(tr("The feed catalog folder %1 holds no feeds.").arg(dir));
    if (const auto status = checkReferences(catalog.m_feeds); !status)
        return domain::Result<FeedCatalog>::failure(status.error());
    return catalog;
}

const Feed *FeedCatalog::feed(const QString &name) const
{
    for (const Feed &f : m_feeds)
        if (f.name == name)
            return &f;
    return nullptr;
}

const Feed *FeedCatalog::feedForFileName(const QString &fileName) const
{
    const QString base = QFileInfo(fileName).fileName();
    if (!base.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return nullptr;
    const QStringView stem = QStringView(base).chopped(4);
    const Feed *best = nullptr;
    for (const Feed &f : m_feeds) {
        if (!stem.startsWith(f.name))
            continue;
        if (stem.size() != f.name.size() && stem.at(f.name.size()) != u'_')
            continue;
        if (!best || f.name.size() > best->name.size())
            best = &f;
    }
    return best;
}

QString FeedCatalog::typeName(ColumnType type)
{
    for (const auto &entry : kTypes)
        if (entry.type == type)
            return QString::fromLatin1(entry.name);
    return {};
}

std::optional<ColumnType> FeedCatalog::typeFromName(const QString &name)
{
    for (const auto &entry : kTypes)
        if (name == QLatin1StringView(entry.name))
            return entry.type;
    return std::nullopt;
}

QString FeedCatalog::sqlType(ColumnType type)
{
    switch (type) {
    case ColumnType::Year:
        return QStringLiteral("INTEGER");
    case ColumnType::Money:
    case ColumnType::Decimal:
    case ColumnType::Integer:
        return QStringLiteral("BIGINT");
    case ColumnType::Bool:
        return QStringLiteral("SMALLINT");
    default:
        return QStringLiteral("TEXT");
    }
}

QString FeedCatalog::sqlNameFor(const QString &name, ColumnType type)
{
    if (type == ColumnType::Money)
        return name + QStringLiteral("_fen");
    if (type == ColumnType::Decimal)
        return name + QStringLiteral("_x100");
    return name;
}

} // namespace mianshen::catalog
