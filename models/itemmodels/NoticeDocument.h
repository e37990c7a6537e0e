#pragma once

#include "domain/Result.h"
#include "stats/ExportTable.h"
#include "stats/NoticeList.h"

#include <QCoreApplication>

namespace mianshen::itemmodels {

// A 公示 (public notice) list as a document: person names and id numbers
// masked (SensitiveMask), enterprise names and credit codes in full, the
// amounts, the total, the notice period and the objections received.
// PDF needs a QGuiApplication (fonts): the program has one for `notice`.
class NoticeDocument final
{
    Q_DECLARE_TR_FUNCTIONS(mianshen::itemmodels::NoticeDocument)
public:
    static stats::ExportTable entries(const stats::NoticeList &list, bool chinese);
    static stats::ExportTable objections(const stats::NoticeList &list);
    static QString html(const stats::NoticeList &list, bool chinese);
    static domain::Status writePdf(const stats::NoticeList &list, const QString &path, bool chinese);
    static domain::Status writeXlsx(const stats::NoticeList &list, const QString &path, bool chinese);
    // By the suffix: .pdf or .xlsx.
    static domain::Status write(const stats::NoticeList &list, const QString &path, bool chinese);
};

} // namespace mianshen::itemmodels
