#include "audit/AuditChain.h"

#include <openssl/evp.h>

namespace mianshen::audit {

namespace {

QByteArrayView viewOf(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArrayView() : QByteArrayView(bytes.constData(), bytes.size());
}

void appendField(QByteArray &out, QByteArrayView field)
{
    if (field.isNull()) {
        out.append('~');
        return;
    }
    out.append(QByteArray::number(field.size()));
    out.append(':');
    out.append(field);
    out.append(',');
}

QByteArray toHex(const unsigned char *digest, unsigned int size)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray hex(int(size) * 2, Qt::Uninitialized);
    char *p = hex.data();
    for (unsigned int i = 0; i < size; ++i) {
        *p++ = digits[digest[i] >> 4];
        *p++ = digits[digest[i] & 0x0f];
    }
    return hex;
}

} // namespace

QByteArray AuditChain::genesisHash()
{
    return QByteArray(64, '0');
}

void AuditChain::appendCanonical(QByteArray &out, const Fields &fields)
{
    for (const QByteArrayView field : fields)
        appendField(out, field);
}

AuditChain::Fields AuditChain::fieldsOf(const AuditRow &row, QByteArray &idText)
{
    idText = QByteArray::number(row.id);
    return {viewOf(idText), viewOf(row.at), viewOf(row.actor), viewOf(row.role), viewOf(row.action),
            viewOf(row.entity), viewOf(row.entityId), viewOf(row.beforeJson), viewOf(row.afterJson),
            viewOf(row.reason)};
}

QByteArray AuditChain::canonicalText(const AuditRow &row)
{
    QByteArray idText;
    QByteArray out;
    appendCanonical(out, fieldsOf(row, idText));
    return out;
}

QByteArray AuditChain::hashOf(QByteArrayView prevHash, const AuditRow &row)
{
    return hashOfCanonical(prevHash, canonicalText(row));
}

QByteArray AuditChain::hashOfCanonical(QByteArrayView prevHash, QByteArrayView canonical)
{
    thread_local struct Context {
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ~Context() { EVP_MD_CTX_free(ctx); }
    } context;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestInit_ex(context.ctx, EVP_sha256(), nullptr);
    EVP_DigestUpdate(context.ctx, prevHash.data(), std::size_t(prevHash.size()));
    EVP_DigestUpdate(context.ctx, canonical.data(), std::size_t(canonical.size()));
    EVP_DigestFinal_ex(context.ctx, digest, &size);
    return toHex(digest, size);
}

} // namespace mianshen::audit
