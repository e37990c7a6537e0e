#pragma once

#include <QString>

namespace mianshen::rules {

// The language of rendered messages, labels and explanations. Policies carry
// both languages as data, and every diagnostic and explanation is produced in
// both, so one decision can be shown to a Chinese clerk and an English auditor.
enum class Language { Zh, En };

// A text in Chinese and English.
struct Text final
{
    QString zh;
    QString en;
    const QString &in(Language language) const { return language == Language::Zh ? zh : en; }
};

} // namespace mianshen::rules
