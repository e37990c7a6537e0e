#include "itemmodels/SensitiveMask.h"

#include "domain/IdentityCodes.h"

#include <QStringList>

namespace mianshen::itemmodels {

namespace {

// Two-character surnames (复姓) in use today.
bool isCompoundSurname(QStringView two)
{
    static const QStringList surnames = QStringLiteral(
        "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 南宫 西门 独孤 万俟 "
        "澹台 呼延 太史 申屠 闻人 赫连 拓跋 公冶 宗政 濮阳 淳于 单于 太叔 仲孙 钟离 闾丘 东郭 百里 第五 "
        "司空 司寇 亓官 左丘 梁丘 谷梁 乐正 微生 羊舌 漆雕 壤驷 公良 巫马 公西 颛孙 子车 鲜于 段干 "
        "呼延 东门 南门 "
        "范姜 张简 张廖")
                                             .split(u' ', Qt::SkipEmptyParts);
    return surnames.contains(two.toString());
}

bool isLatinName(const QString &value)
{
    for (QChar c : value)
        if (c.isLetter() && c.unicode() < 0x0250)
            return true;
    return false;
}

bool isSeparator(QChar c)
{
    return c == u'·' || c == u'•' || c == u'.' || c == u'・' || c.isSpace() || c == u'-';
}

QString maskLatin(const QString &value)
{
    QString out = value;
    bool wordStart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!out[i].isLetter()) {
            wordStart = true;
            continue;
        }
        if (!wordStart)
            out[i] = u'*';
        wordStart = false;
    }
    return out;
}

} // namespace

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

QString SensitiveMask::personName(const QString &given)
{
    const QString value = given.trimmed();
    if (value.isEmpty())
        return value;
    if (isLatinName(value))
        return maskLatin(value);
    // Parts joined by a separator (transliterated names: 买买提·艾力): keep
    // the first character of the whole and the last, hide the rest.
    bool parts = false;
    for (QChar c : value)
        parts = parts || isSeparator(c);
    if (parts) {
        QString out = value;
        for (qsizetype i = 1; i + 1 < out.size(); ++i)
            if (!isSeparator(out[i]))
                out[i] = u'*';
        if (out.size() >= 2 && isSeparator(out[out.size() - 2]))
            out[out.size() - 1] = u'*';
        return out;
    }
    const qsizetype surname = value.size() >= 3 && isCompoundSurname(QStringView(value).left(2)) ? 2 : 1;
    const qsizetype given_ = value.size() - surname;
    if (given_ <= 0)
        return QString(value.size(), u'*');
    if (given_ == 1)
        return value.left(surname) + u'*';
    return value.left(surname) + QString(given_ - 1, u'*') + value.right(1);
}

QString SensitiveMask::phoneNumber(const QString &value)
{
    QString digits;
    for (QChar c : value)
        if (c.isDigit())
            digits += c;
    if (digits.size() == 11 && digits.startsWith(u'1') && digits.size() == value.size())
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    // Keep the last four digits and every separator.
    QString out = value;
    qsizetype kept = 0;
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (!out[i].isDigit())
            continue;
        if (kept < 4 && digits.size() > 4)
            ++kept;
        else
            out[i] = u'*';
    }
    return out;
}

QString SensitiveMask::subjectName(const QString &name, const QString &subjectKind)
{
    return subjectKind == QLatin1String("enterprise") ? name : personName(name);
}

QString SensitiveMask::subjectId(const QString &id, const QString &subjectKind)
{
    return subjectKind == QLatin1String("enterprise") ? id : idNumber(id);
}

} // namespace mianshen::itemmodels
