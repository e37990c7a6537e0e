#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace mianshen::feeds {

enum class Severity : std::uint8_t { Error, Warning };

// Why a value, a row or a file breaks the contract (shared/spec/feeds.md).
// The names (problemCodeName) are stable: they are stored in import_problems
// and written into rejection reports.
enum class ProblemCode : std::uint8_t {
    None,
    // value
    MissingValue,
    IdNumberLength, IdNumberCharacter, IdNumberCheck, IdNumberBirthDate,
    CreditCodeLength, CreditCodeCharacter, CreditCodeCheck,
    PatentNoFormat, PatentNoCheck,
    SubjectIdInvalid,
    DateFormat, DateNotReal, MonthFormat, YearFormat,
    MoneyFormat, MoneyDecimals, MoneyNegative,
    DecimalFormat, DecimalDecimals, DecimalNegative,
    BoolValue, IntegerFormat, IntegerRange, EnumValue, AreaFormat,
    TextTooShort, TextTooLong, TextPattern,
    // row
    GenderMismatch, BirthDateMismatch, PatentKindMismatch,
    InvalidUtf8, MalformedQuotes, FieldCount, OpValue, DuplicateKey,
    // file
    FileUnreadable, UnterminatedQuote, EmptyFile, UnknownFeed, MissingColumn, DuplicateColumn,
    DatabaseError, TooManyErrors,
    // warnings
    UnknownColumn, DanglingReference, DeleteMissingKey, AccountNameMismatch, MoreWarnings,
    AmbiguousSubjectId,   // valid as an id number and as a credit code; neither registry holds it
};

// One problem an import found. line: physical line where the record starts
// (1 = header, 0 = the file as a whole). value: the field as delivered.
struct ImportProblem
{
    qint64 line = 0;
    QString column;
    QString value;
    Severity severity = Severity::Error;
    ProblemCode code = ProblemCode::None;
    QString reasonZh;
    QString reasonEn;

    QString codeName() const;
};

// "ID_NUMBER_CHECK", ...; and back (None for an unknown name).
QString problemCodeName(ProblemCode code);
ProblemCode problemCodeFromName(const QString &name);

// Builds a problem with its reason in Chinese and in English. `detail` fills
// the reason's blank where it has one (the expected check character, the
// allowed values, a count...). Both languages are stored at once (the report
// and import_problems carry both), so these texts are a fixed table rather
// than tr() strings.
ImportProblem makeProblem(ProblemCode code, Severity severity, qint64 line, const QString &column,
                          const QString &value, const QString &detail = QString());

} // namespace mianshen::feeds
