#include "feeds/ImportProblem.h"

namespace mianshen::feeds {

namespace {

struct Entry
{
    ProblemCode code;
    const char *name;
    const char *zh; // %1 = detail
    const char *en;
};

const Entry kEntries[] = {
    {ProblemCode::None, "NONE", "", ""},
    {ProblemCode::MissingValue, "MISSING_VALUE", "必填字段为空", "a required value is empty"},
    {ProblemCode::IdNumberLength, "ID_NUMBER_LENGTH", "身份证号应为18位", "an ID number has 18 characters"},
    {ProblemCode::IdNumberCharacter, "ID_NUMBER_CHARACTER", "身份证号应为17位数字加校验码（数字或X）",
     "an ID number is 17 digits and a check character (a digit or X)"},
    {ProblemCode::IdNumberCheck, "ID_NUMBER_CHECK", "身份证号校验码错误（应为%1）",
     "wrong check character of the ID number (expected %1)"},
    {ProblemCode::IdNumberBirthDate, "ID_NUMBER_BIRTH_DATE", "身份证号第7-14位不是1900-01-01至交付日之间的真实出生日期",
     "digits 7-14 of the ID number are not a real date of birth from 1900-01-01 to the delivery date"},
    {ProblemCode::CreditCodeLength, "CREDIT_CODE_LENGTH", "统一社会信用代码应为18位",
     "a credit code has 18 characters"},
    {ProblemCode::CreditCodeCharacter, "CREDIT_CODE_CHARACTER",
     "统一社会信用代码含有不允许的字符（只能是数字和大写字母，不含I、O、Z、S、V）",
     "the credit code has a character outside its alphabet (digits and capitals without I, O, Z, S, V)"},
    {ProblemCode::CreditCodeCheck, "CREDIT_CODE_CHECK", "统一社会信用代码校验码错误（应为%1）",
     "wrong check character of the credit code (expected %1)"},
    {ProblemCode::PatentNoFormat, "PATENT_NO_FORMAT", "专利号格式应为ZL+12位数字+.+校验位",
     "a patent number is ZL, 12 digits, a dot and a check character"},
    {ProblemCode::PatentNoCheck, "PATENT_NO_CHECK", "专利号校验位错误（应为%1）",
     "wrong check character of the patent number (expected %1)"},
    {ProblemCode::SubjectIdInvalid, "SUBJECT_ID_INVALID", "既不是有效的身份证号，也不是有效的统一社会信用代码",
     "neither a valid ID number nor a valid credit code"},
    {ProblemCode::DateFormat, "DATE_FORMAT", "日期格式应为YYYY-MM-DD", "a date is written YYYY-MM-DD"},
    {ProblemCode::DateNotReal, "DATE_NOT_REAL", "日期不存在", "this date does not exist"},
    {ProblemCode::MonthFormat, "MONTH_FORMAT", "月份格式应为YYYY-MM（月份01-12）", "a month is written YYYY-MM (01-12)"},
    {ProblemCode::YearFormat, "YEAR_FORMAT", "年份格式应为YYYY", "a year is written YYYY"},
    {ProblemCode::MoneyFormat, "MONEY_FORMAT", "金额应为以元为单位的数字，最多两位小数",
     "an amount is a number of yuan with at most 2 decimal places"},
    {ProblemCode::MoneyDecimals, "MONEY_DECIMALS", "金额最多两位小数（精确到分）",
     "an amount has at most 2 decimal places (fen)"},
    {ProblemCode::MoneyNegative, "MONEY_NEGATIVE", "金额不能为负数", "an amount cannot be negative"},
    {ProblemCode::DecimalFormat, "DECIMAL_FORMAT", "应为数字，最多两位小数", "a number with at most 2 decimal places is expected"},
    {ProblemCode::DecimalDecimals, "DECIMAL_DECIMALS", "最多两位小数", "at most 2 decimal places"},
    {ProblemCode::DecimalNegative, "DECIMAL_NEGATIVE", "不能为负数", "cannot be negative"},
    {ProblemCode::BoolValue, "BOOL_VALUE", "应为1/0、true/false或是/否", "expected 1/0, true/false or 是/否"},
    {ProblemCode::IntegerFormat, "INTEGER_FORMAT", "应为整数", "an integer is expected"},
    {ProblemCode::IntegerRange, "INTEGER_RANGE", "超出允许范围（%1）", "out of range (%1)"},
    {ProblemCode::EnumValue, "ENUM_VALUE", "不是允许的取值（%1）", "not one of the allowed values (%1)"},
    {ProblemCode::AreaFormat, "AREA_FORMAT", "行政区划代码应为6位数字，可加-和字母数字子区标记",
     "an area code is 6 digits, optionally - and a tag of letters and digits"},
    {ProblemCode::TextTooShort, "TEXT_TOO_SHORT", "内容过短（至少%1个字符）", "too short (at least %1 characters)"},
    {ProblemCode::TextTooLong, "TEXT_TOO_LONG", "内容过长（最多%1个字符）", "too long (at most %1 characters)"},
    {ProblemCode::TextPattern, "TEXT_PATTERN", "格式不符合规定（%1）", "not in the required form (%1)"},
    {ProblemCode::GenderMismatch, "GENDER_MISMATCH", "性别与身份证号第17位不一致",
     "the gender does not agree with digit 17 of the ID number"},
    {ProblemCode::BirthDateMismatch, "BIRTH_DATE_MISMATCH", "出生日期与身份证号第7-14位不一致",
     "the birth date does not agree with digits 7-14 of the ID number"},
    {ProblemCode::PatentKindMismatch, "PATENT_KIND_MISMATCH", "专利类型与专利号中的类型位不一致（%1）",
     "the kind does not agree with the kind digit of the patent number (%1)"},
    {ProblemCode::InvalidUtf8, "INVALID_UTF8", "不是有效的UTF-8编码", "not valid UTF-8"},
    {ProblemCode::MalformedQuotes, "MALFORMED_QUOTES", "引号使用不规范（字段内的引号须写成两个引号）",
     "malformed quoting (a quote inside a field must be doubled)"},
    {ProblemCode::FieldCount, "FIELD_COUNT", "字段个数与表头不一致（%1）", "the number of fields differs from the header (%1)"},
    {ProblemCode::OpValue, "OP_VALUE", "op列应为upsert或delete", "op must be upsert or delete"},
    {ProblemCode::DuplicateKey, "DUPLICATE_KEY", "主键在本文件中重复出现（%1）", "the key appears more than once in this file (%1)"},
    {ProblemCode::FileUnreadable, "FILE_UNREADABLE", "无法读取文件：%1", "cannot read the file: %1"},
    {ProblemCode::UnterminatedQuote, "UNTERMINATED_QUOTE", "引号字段直到文件末尾仍未闭合",
     "a quoted field is not closed before the end of the file"},
    {ProblemCode::EmptyFile, "EMPTY_FILE", "文件为空（没有表头）", "the file is empty (no header)"},
    {ProblemCode::UnknownFeed, "UNKNOWN_FEED", "无法从文件名识别数据项（应为<数据项>.csv或<数据项>_<任意>.csv）",
     "the feed cannot be told from the file name (<feed>.csv or <feed>_<anything>.csv)"},
    {ProblemCode::MissingColumn, "MISSING_COLUMN", "缺少必需的列", "a required column is missing"},
    {ProblemCode::DuplicateColumn, "DUPLICATE_COLUMN", "表头中的列重复", "the column appears twice in the header"},
    {ProblemCode::DatabaseError, "DATABASE_ERROR", "数据库错误：%1", "database error: %1"},
    {ProblemCode::TooManyErrors, "TOO_MANY_ERRORS", "错误过多，另有%1处错误未列出", "too many errors: %1 more not listed"},
    {ProblemCode::UnknownColumn, "UNKNOWN_COLUMN", "未知的列，已忽略", "unknown column, ignored"},
    {ProblemCode::DanglingReference, "DANGLING_REFERENCE", "引用的记录不在%1中（已导入）",
     "the referenced record is not in %1 (imported anyway)"},
    {ProblemCode::DeleteMissingKey, "DELETE_MISSING_KEY", "要删除的记录不存在", "the row to delete does not exist"},
    {ProblemCode::AccountNameMismatch, "ACCOUNT_NAME_MISMATCH", "户名与%1中登记的名称不一致",
     "the account name differs from the name registered in %1"},
    {ProblemCode::MoreWarnings, "MORE_WARNINGS", "同类警告另有%1条未列出", "%1 more warnings of this kind not listed"},
    {ProblemCode::AmbiguousSubjectId, "AMBIGUOUS_SUBJECT_ID",
     "该标识既是有效的身份证号又是有效的统一社会信用代码，两个登记库都没有它：在登记库确定前按两类对象保留",
     "the id is valid both as an ID number and as a credit code and neither registry holds it: kept for both kinds until a registry decides"},
};

const Entry &entry(ProblemCode code)
{
    for (const Entry &e : kEntries)
        if (e.code == code)
            return e;
    return kEntries[0];
}

QString fill(const char *text, const QString &detail)
{
    QString s = QString::fromUtf8(text);
    if (s.contains(u"%1"))
        s = s.arg(detail);
    return s;
}

} // namespace

QString ImportProblem::codeName() const
{
    return problemCodeName(code);
}

QString problemCodeName(ProblemCode code)
{
    return QString::fromLatin1(entry(code).name);
}

ProblemCode problemCodeFromName(const QString &name)
{
    for (const Entry &e : kEntries)
        if (name == QLatin1StringView(e.name))
            return e.code;
    return ProblemCode::None;
}

ImportProblem makeProblem(ProblemCode code, Severity severity, qint64 line, const QString &column,
                          const QString &value, const QString &detail)
{
    ImportProblem p;
    p.line = line;
    p.column = column;
    p.value = value;
    p.severity = severity;
    p.code = code;
    const Entry &e = entry(code);
    p.reasonZh = fill(e.zh, detail);
    p.reasonEn = fill(e.en, detail);
    return p;
}

} // namespace mianshen::feeds
