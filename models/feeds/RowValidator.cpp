#include "feeds/RowValidator.h"

#include "domain/IdentityCodes.h"
#include "feeds/CsvReader.h"

namespace mianshen::feeds {

namespace id = domain::identity;
using catalog::ColumnType;

namespace {

QString fromUtf8(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

constexpr std::string_view kOp = "op";

} // namespace

RowValidator::RowValidator(const catalog::Feed &feed, const std::vector<std::string> &header,
                           QList<ImportProblem> &headerProblems)
    : m_feed(feed), m_header(header)
{
    const int n = int(feed.columns.size());
    m_csvIndex.assign(std::size_t(n), -1);
    m_isKey.resize(std::size_t(n));
    m_scratch.resize(std::size_t(n));
    m_validators.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const catalog::Column &c = feed.columns[i];
        m_isKey[std::size_t(i)] = feed.isKey(c.name);
        m_validators.emplace_back(c, m_isKey[std::size_t(i)]);
    }

    for (int h = 0; h < int(header.size()); ++h) {
        const std::string &name = header[std::size_t(h)];
        const QString qname = fromUtf8(name);
        if (name == kOp) {
            if (m_opIndex >= 0) {
                headerProblems << makeProblem(ProblemCode::DuplicateColumn, Severity::Error, 1, qname, qname);
                m_headerOk = false;
            }
            m_opIndex = h;
            continue;
        }
        const int c = feed.columnIndex(qname);
        if (c < 0) {
            headerProblems << makeProblem(ProblemCode::UnknownColumn, Severity::Warning, 1, qname, qname);
            continue;
        }
        if (m_csvIndex[std::size_t(c)] >= 0) {
            headerProblems << makeProblem(ProblemCode::DuplicateColumn, Severity::Error, 1, qname, qname);
            m_headerOk = false;
            continue;
        }
        m_csvIndex[std::size_t(c)] = h;
    }
    for (int i = 0; i < n; ++i) {
        const catalog::Column &c = feed.columns[i];
        if (m_csvIndex[std::size_t(i)] < 0 && !c.optional) {
            headerProblems << makeProblem(ProblemCode::MissingColumn, Severity::Error, 1, c.name, QString());
            m_headerOk = false;
        }
        if (!c.agreesWith.isEmpty()) {
            const int with = feed.columnIndex(c.agreesWith);
            const ColumnType withType = feed.columns[with].type;
            if (withType == ColumnType::IdNumber && c.type == ColumnType::Enum)
                m_agreements.push_back({i, with, Agreement::Kind::Gender});
            else if (withType == ColumnType::IdNumber && c.type == ColumnType::Date)
                m_agreements.push_back({i, with, Agreement::Kind::BirthDate});
            else if (withType == ColumnType::PatentNo && c.type == ColumnType::Enum)
                m_agreements.push_back({i, with, Agreement::Kind::PatentKind});
        }
    }
}

QString RowValidator::headerName(int csvIndex) const
{
    if (csvIndex < 0 || csvIndex >= int(m_header.size()))
        return QString();
    return fromUtf8(m_header[std::size_t(csvIndex)]);
}

void RowValidator::addProblem(QList<ImportProblem> &problems, ProblemCode code, qint64 line, int csvIndex,
                              std::string_view value, const QString &detail) const
{
    problems << makeProblem(code, Severity::Error, line, headerName(csvIndex), fromUtf8(value), detail);
}

bool RowValidator::validate(const CsvReader &record, std::vector<FieldValue> &values, Op &op,
                            QList<ImportProblem> &problems)
{
    const qint64 line = record.line();
    const int fields = record.fieldCount();
    if (record.problem() != CsvReader::RecordProblem::None) {
        const int f = record.problemField();
        const ProblemCode code = record.problem() == CsvReader::RecordProblem::InvalidUtf8
            ? ProblemCode::InvalidUtf8 : ProblemCode::MalformedQuotes;
        addProblem(problems, code, line, f, f >= 0 && f < fields ? record.field(f) : std::string_view());
        return false;
    }
    if (fields != int(m_header.size())) {
        problems << makeProblem(ProblemCode::FieldCount, Severity::Error, line, QString(), QString(),
                                QString::number(fields) + QStringLiteral(" / ") + QString::number(m_header.size()));
        return false;
    }

    op = Op::Upsert;
    if (m_opIndex >= 0) {
        const std::string_view v = record.field(m_opIndex);
        if (v == "upsert") {
            op = Op::Upsert;
        } else if (v == "delete") {
            op = Op::Delete;
        } else {
            addProblem(problems, ProblemCode::OpValue, line, m_opIndex, v);
            return false;
        }
    }

    const std::size_t n = m_validators.size();
    values.resize(n);
    bool good = true;
    QString detail;
    for (std::size_t i = 0; i < n; ++i) {
        const int csv = m_csvIndex[i];
        if (op == Op::Delete && !m_isKey[i]) {
            values[i].kind = FieldValue::Kind::Null;
            continue;
        }
        const std::string_view v = csv >= 0 ? record.field(csv) : std::string_view();
        const ProblemCode p = m_validators[i].check(v, values[i], m_scratch[i].data(), &detail);
        if (p != ProblemCode::None) {
            if (csv >= 0)
                addProblem(problems, p, line, csv, v, detail);
            else
                problems << makeProblem(p, Severity::Error, line, m_feed.columns[int(i)].name, QString(), detail);
            detail.clear();
            values[i].kind = FieldValue::Kind::Null;
            good = false;
        }
    }
    if (op == Op::Delete)
        return good;

    for (const Agreement &a : m_agreements) {
        const FieldValue &v = values[std::size_t(a.column)];
        const FieldValue &w = values[std::size_t(a.with)];
        if (v.kind != FieldValue::Kind::Text || w.kind != FieldValue::Kind::Text)
            continue; // already reported, or empty optional
        switch (a.kind) {
        case Agreement::Kind::Gender: {
            const auto male = id::idNumberIsMale(w.text);
            if (male && (v.text == "M") != *male) {
                addProblem(problems, ProblemCode::GenderMismatch, line, m_csvIndex[std::size_t(a.column)], v.text);
                good = false;
            }
            break;
        }
        case Agreement::Kind::BirthDate: {
            // digits 7-14 YYYYMMDD against YYYY-MM-DD
            const std::string_view d = w.text.substr(6, 8);
            const std::string_view b = v.text;
            if (d.substr(0, 4) != b.substr(0, 4) || d.substr(4, 2) != b.substr(5, 2) || d.substr(6, 2) != b.substr(8, 2)) {
                addProblem(problems, ProblemCode::BirthDateMismatch, line, m_csvIndex[std::size_t(a.column)], v.text);
                good = false;
            }
            break;
        }
        case Agreement::Kind::PatentKind: {
            const int digit = id::patentKindDigit(w.text);
            const std::string_view kind = id::patentKindForDigit(digit);
            if (kind != v.text) {
                addProblem(problems, ProblemCode::PatentKindMismatch, line, m_csvIndex[std::size_t(a.column)], v.text,
                           QString::number(digit) + QStringLiteral(" = ")
                               + (kind.empty() ? QStringLiteral("?") : fromUtf8(kind)));
                good = false;
            }
            break;
        }
        }
    }
    return good;
}

} // namespace mianshen::feeds
