#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>

namespace mianshen::audit {

// A stored row of audit_log. Text fields are UTF-8 as stored; a null
// QByteArray is SQL NULL (before_json, after_json and reason are NULL when
// empty).
struct AuditRow final {
    qint64 id = 0;
    QByteArray at;          // ISO 8601 UTC with milliseconds
    QByteArray actor;
    QByteArray role;
    QByteArray action;
    QByteArray entity;
    QByteArray entityId;
    QByteArray beforeJson;
    QByteArray afterJson;
    QByteArray reason;
    QByteArray prevHash;    // 64 hex digits
    QByteArray hash;        // 64 hex digits
};

// The hash chain of the audit log (version 1):
//   canonical text = the ten fields id, at, actor, role, action, entity,
//     entity_id, before_json, after_json, reason, in this order, each written
//     as a netstring `<UTF-8 byte length in decimal>:<bytes>,` (the id as its
//     decimal digits), SQL NULL as the single character `~`;
//   hash = lowercase hex of SHA-256(prev_hash || canonical text), prev_hash
//     being the 64 ASCII hex digits of the previous row's hash, 64 zeros
//     for the first row.
class AuditChain final
{
public:
    static QByteArray genesisHash();   // 64 '0'
    // The ten fields are passed separately so the verifier can hash what it
    // reads without copying; null views are SQL NULL.
    using Fields = std::array<QByteArrayView, 10>;
    static void appendCanonical(QByteArray &out, const Fields &fields);
    static QByteArray canonicalText(const AuditRow &row);
    static QByteArray hashOf(QByteArrayView prevHash, const AuditRow &row);
    static Fields fieldsOf(const AuditRow &row, QByteArray &idText);
    // The same, for fields already laid out as canonical text.
    static QByteArray hashOfCanonical(QByteArrayView prevHash, QByteArrayView canonical);
};

} // namespace mianshen::audit
