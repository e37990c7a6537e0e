#pragma once

#include "catalog/FeedCatalog.h"
#include "rules/PolicyLoader.h"
#include "rules/PolicyTestRunner.h"

#include <QString>

// Builds small policy files around one expression, for the rules tests.
namespace fixture {

inline const QString person = QStringLiteral("441202199003071232");
inline const QString employer = QStringLiteral("91441200MA4W00001W");

// Records of one person: born 1990-03-07, pension in the zone 2021-02..2021-08
// with a registered employer and one month (2021-05) with an unknown one,
// a master's degree, a verified bank account, one credit record removed
// 2021-04-30, a home bought 2021-08-10 (no title registration yet).
inline QString records()
{
    QString si;
    for (int m = 2; m <= 8; ++m) {
        si += QStringLiteral(R"({"id_number": "%1", "employer_credit_code": "%2", "month": "2021-%3", "paid_area": "441200-GX", "contribution_base": "6500.50", "insurance_type": "pension"},)")
                  .arg(person, m == 5 ? QStringLiteral("91441200MA4W11113Q") : employer)
                  .arg(m, 2, 10, QLatin1Char('0'));
    }
    si += QStringLiteral(R"({"id_number": "%1", "employer_credit_code": "%2", "month": "2020-11", "paid_area": "441202", "contribution_base": "5000", "insurance_type": "medical"})")
              .arg(person, employer);
    return QStringLiteral(R"({
      "persons": [{"id_number": "%1", "name": "李明", "gender": "M", "birth_date": "1990-03-07", "household_area": "441202"}],
      "enterprises": [{"credit_code": "%2", "name": "示范科技", "legal_rep_id_number": "441202196002204124", "registered_area": "441200-GX", "established_date": "2015-04-01", "status": "active", "industry_code": "C3985", "size": "small"}],
      "social_insurance": [%3],
      "education": [{"id_number": "%1", "level": "master", "full_time": "1", "school": "华南理工大学", "major": "材料", "graduation_date": "2019-06-30", "certificate_no": "C1", "overseas": "0"}],
      "bank_accounts": [{"subject_id": "%1", "bank_name": "工行", "account_no": "6222021234567890123", "account_name": "李明", "verified": "1", "updated_date": "2021-01-05"}],
      "credit_records": [{"subject_id": "%1", "list": "major_tax_violation", "listed_date": "2020-05-01", "removed_date": "2021-04-30", "authority": "税务局"}],
      "housing_transactions": [{"id_number": "%1", "contract_no": "H1", "contract_date": "2021-08-10", "property_area": "441200-GX", "floor_area_m2": "89.50", "price": "1180000", "first_home": "1"}]
    })")
        .arg(person, employer, si);
}

inline QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return out + u'"';
}

// A person policy whose conditions are `person.registered` and `condition` (and whose amount is
// `amount`), with one embedded test over records() in 2021-09.
inline QString policy(const QString &condition, const QString &amount = QStringLiteral("yuan(100)"),
                      const QString &extraDefinitions = QString(), const QString &flags = QString())
{
    return QStringLiteral(R"({
  "format": "mianshen-policy/1",
  "code": "TEST-POLICY",
  "version": 1,
  "title": {"zh": "测试", "en": "Test"},
  "legal_basis": {"document": "T-1"},
  "department": {"zh": "测试", "en": "Test"},
  "subject": "person",
  "effective": {"from": "2021-01"},
  "schedule": {"kind": "monthly"},
  "definitions": [%4],
  "conditions": [
    {"id": "registered", "label": {"zh": "已登记", "en": "Registered"}, "expr": "person.registered"},
    {"id": "c", "label": {"zh": "条件", "en": "Condition"}, "expr":
      %1}
  ],
  "amount": %2,
  "flags": [%5],
  "tests": [{"name": "t", "period": "2021-09", "subject": "441202199003071232", "records": %3, "expect": {"eligible": true}}]
}
)")
        .arg(jsonString(condition), amount.startsWith(u'{') ? amount : jsonString(amount), records(), extraDefinitions, flags);
}

} // namespace fixture
