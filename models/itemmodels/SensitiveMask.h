#pragma once

#include <QString>

namespace mianshen::itemmodels {

// How personal data is hidden on screen, in exports and in public notices
// (公示). The one set of masking rules of the program: every table, pane,
// export and notice calls these; do not write another.
class SensitiveMask final
{
public:
    // "441202199001010029" -> "441202********0029" (the first 6 and last 4
    // characters, an X included: "44120219900101002X" -> "441202********002X").
    // A valid unified social credit code (an enterprise: public data) is shown
    // as it is. 10 characters or fewer: all hidden.
    static QString idNumber(const QString &value);
    // "6222020200112233445" -> "***************3445" (all but the last 4).
    static QString accountNumber(const QString &value);
    // A person's name (docs/statistics.md):
    //   "张三丰" -> "张*丰", "张三" -> "张*", "王" -> "*", "张小小三" -> "张**三";
    //   compound surnames keep both characters: "欧阳小明" -> "欧阳*明",
    //   "欧阳明" -> "欧阳*";
    //   names of several parts ("·"): "买买提·艾力" -> "买**·*力";
    //   Latin-script names: the first letter of each word: "John Smith" -> "J*** S****".
    static QString personName(const QString &value);
    // "13812345678" -> "138****5678" (mobile: first 3, last 4); other numbers
    // keep their last 4 digits and their separators: "0758-2345678" -> "****-***5678".
    static QString phoneNumber(const QString &value);
    // An enterprise's name is public: in full. A person's: personName.
    static QString subjectName(const QString &name, const QString &subjectKind);
    // The subject's id: a person's id number masked, an enterprise's credit code in full.
    static QString subjectId(const QString &id, const QString &subjectKind);
};

} // namespace mianshen::itemmodels
