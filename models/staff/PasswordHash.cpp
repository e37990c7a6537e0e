#include "staff/PasswordHash.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <argon2.h>

#include <algorithm>
#include <vector>

namespace mianshen::staff {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("mianshen::staff::PasswordHash", text);
}

} // namespace

domain::Result<QString> hashPassword(const QString &password, const Argon2Parameters &p)
{
    const QByteArray pwd = password.toUtf8();
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), kSaltBytes / 4);
    const size_t length = argon2_encodedlen(p.timeCost, p.memoryKiB, p.parallelism, kSaltBytes, kHashBytes,
                                            Argon2_id);
    std::vector<char> encoded(length);
    const int rc = argon2id_hash_encoded(p.timeCost, p.memoryKiB, p.parallelism, pwd.constData(),
                                         size_t(pwd.size()), salt.constData(), kSaltBytes, kHashBytes,
                                         encoded.data(), length);
    if (rc != ARGON2_OK)
        return domain::Result<QString>::failure(
            tr("The password could not be hashed (Argon2id: %1).").arg(QString::fromUtf8(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.data());
}

bool verifyPassword(const QString &encoded, const QString &password)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray enc = encoded.toLatin1();
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

domain::Result<Argon2Parameters> hashParameters(const QString &encoded)
{
    static const QRegularExpression re(QStringLiteral(R"(^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[^$]+\$[^$]+$)"));
    const auto match = re.match(encoded);
    if (!match.hasMatch())
        return domain::Result<Argon2Parameters>::failure(tr("This is not an Argon2id password hash."));
    Argon2Parameters p;
    p.memoryKiB = match.captured(1).toUInt();
    p.timeCost = match.captured(2).toUInt();
    p.parallelism = match.captured(3).toUInt();
    return p;
}

int failureDelayMs(int failuresInARow)
{
    if (failuresInARow <= 0)
        return 0;
    const int shift = std::min(failuresInARow - 1, 5);
    return std::min(1000 << shift, 30000);
}

QString passwordProblem(const QString &login, const QString &password)
{
    if (password.size() < 10)
        return tr("The password must have at least 10 characters.");
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return tr("The password must not be the login.");
    return {};
}

} // namespace mianshen::staff
