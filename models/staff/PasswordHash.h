#pragma once

#include "domain/Result.h"

#include <QString>

namespace mianshen::staff {

// Argon2id (libargon2) in its encoded form
// "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>": the parameters and the
// random 16-byte salt are stored with the hash, so a later change of the
// defaults still verifies older hashes.
struct Argon2Parameters final {
    quint32 timeCost = 2;        // iterations
    quint32 memoryKiB = 19456;   // 19 MiB
    quint32 parallelism = 1;
};

[[nodiscard]] domain::Result<QString> hashPassword(const QString &password,
                                                   const Argon2Parameters &parameters = {});
// True when `password` matches `encoded` (constant time in libargon2).
bool verifyPassword(const QString &encoded, const QString &password);
// The parameters read back from an encoded hash (for the tests and the
// Administration page); failure when it is not an Argon2id hash.
[[nodiscard]] domain::Result<Argon2Parameters> hashParameters(const QString &encoded);
// The wait after the n-th failed sign-in in a row of one login: 0 for none,
// then 1 s, 2 s, 4 s ... capped at 30 s.
int failureDelayMs(int failuresInARow);
// At least 10 characters, not the login itself; empty when acceptable,
// otherwise what to change.
QString passwordProblem(const QString &login, const QString &password);

} // namespace mianshen::staff
