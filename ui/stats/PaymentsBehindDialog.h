#pragma once

#include <QDialog>

class QTableWidget;

namespace mianshen::store {
class Database;
}

namespace mianshen::ui {

// The paid payments behind one bar (policy, month): names and id numbers
// masked, amounts, recoveries.
class PaymentsBehindDialog final : public QDialog
{
    Q_OBJECT
public:
    PaymentsBehindDialog(store::Database &db, const QString &policyCode, const QString &period, QWidget *parent = nullptr);
    int rowCount() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace mianshen::ui
