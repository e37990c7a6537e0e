#pragma once

#include "catalog/FeedCatalog.h"
#include "feeds/ColumnValidator.h"
#include "feeds/ImportProblem.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace mianshen::feeds {

class CsvReader;

// Reads a feed file's header against the catalog and validates its records.
//
// Header: columns may come in any order; a missing required column and a
// repeated column reject the file; a missing optional column reads as empty;
// an unknown column is a warning and is ignored; an `op` column makes the
// file a delta (op = upsert | delete per row).
//
// Rows: every value is checked (ColumnValidator), then the row checks
// (gender and birth date against the id number, a patent's kind against its
// number). A delete row of a delta needs only its key columns. Every problem
// of a row is reported, not only the first.
class RowValidator final
{
public:
    enum class Op : std::uint8_t { Upsert, Delete };

    // header: the header record's fields (UTF-8). Problems of the header go
    // to headerProblems (errors and warnings, line 1).
    RowValidator(const catalog::Feed &feed, const std::vector<std::string> &header,
                 QList<ImportProblem> &headerProblems);

    // False when the header rejects the file.
    bool headerOk() const { return m_headerOk; }
    bool isDelta() const { return m_opIndex >= 0; }
    const catalog::Feed &feed() const { return m_feed; }
    int headerFieldCount() const { return int(m_header.size()); }
    const std::vector<std::string> &header() const { return m_header; }

    // Validates the reader's current record. values: one per catalog column,
    // in catalog order, valid until the next call or the next reader record.
    // Returns true for a good row; otherwise appends its problems.
    bool validate(const CsvReader &record, std::vector<FieldValue> &values, Op &op,
                  QList<ImportProblem> &problems);

private:
    QString headerName(int csvIndex) const;
    void addProblem(QList<ImportProblem> &problems, ProblemCode code, qint64 line, int csvIndex,
                    std::string_view value, const QString &detail = QString()) const;

    struct Agreement
    {
        int column;  // catalog index of the column that must agree
        int with;    // catalog index of the id_number / patent_no
        enum class Kind : std::uint8_t { Gender, BirthDate, PatentKind } kind;
    };

    catalog::Feed m_feed;
    std::vector<std::string> m_header;
    std::vector<ColumnValidator> m_validators; // catalog order
    std::vector<int> m_csvIndex;               // catalog index -> CSV field, -1 if absent
    std::vector<bool> m_isKey;
    std::vector<Agreement> m_agreements;
    std::vector<std::array<char, ColumnValidator::ScratchSize>> m_scratch;
    int m_opIndex = -1;
    bool m_headerOk = true;
};

} // namespace mianshen::feeds
