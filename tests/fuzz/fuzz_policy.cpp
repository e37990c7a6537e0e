// libFuzzer target: the policy loader (JSON reader), the expression lexer,
// parser and type checker, the static checker, and (through the checker's
// test-coverage pass) the snapshot builder, compiler and both evaluation
// paths over whatever example records the input holds. Built only with
// -DMIANSHEN_FUZZ=ON and clang (ASan + UBSan); run by scripts/fuzz.
#include "catalog/FeedCatalog.h"
#include "rules/PolicyChecker.h"
#include "rules/PolicyLoader.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mianshen::rules;
    static const auto &catalog = mianshen::catalog::FeedCatalog::builtin();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnostics diagnostics;
    auto policy = PolicyLoader(catalog).loadText(text, QStringLiteral("fuzz.json"), diagnostics);
    if (!diagnostics.hasErrors())
        PolicyChecker(catalog).check(*policy, diagnostics);
    // Rendering touches every position computation.
    (void)diagnostics.render(text, Language::En);
    (void)diagnostics.render(text, Language::Zh);
    return 0;
}
