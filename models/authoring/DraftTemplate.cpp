#include "authoring/DraftTemplate.h"

#include <QRegularExpression>

namespace mianshen::authoring {

namespace {
// Checked by tests/authoring: it loads, checks without errors and its tests pass.
const char16_t *const templateText = uR"json(
{
  "format": "mianshen-policy/1",
  "code": "%1",
  "version": 1,
  "title": {
    "zh": "新政策（请填写名称）",
    "en": "New policy (give it its name)"
  },
  "legal_basis": {
    "document": "（请填写政策文件文号）"
  },
  "department": {
    "zh": "（请填写主管部门）",
    "en": "(the department that owns the policy)"
  },
  "subject": "person",
  "effective": {
    "from": "%2"
  },
  "schedule": {
    "kind": "one_off"
  },
  "conditions": [
    {
      "id": "registered",
      "label": {
        "zh": "在户籍人口库中有登记",
        "en": "The person is in the population registry"
      },
      "expr": "person.registered"
    }
  ],
  "amount": {
    "expr": "yuan(1000)",
    "label": {
      "zh": "资助金额",
      "en": "Amount of the award"
    }
  },
  "tests": [
    {
      "name": "registered_eligible",
      "period": "%2",
      "subject": "441202199003071232",
      "records": {
        "persons": [
          {
            "id_number": "441202199003071232",
            "name": "李明",
            "gender": "M",
            "birth_date": "1990-03-07",
            "household_area": "441202"
          }
        ]
      },
      "expect": {
        "eligible": true,
        "amount": "1000.00"
      }
    },
    {
      "name": "not_registered_not_eligible",
      "period": "%2",
      "subject": "441202199003071232",
      "records": {
        "social_insurance": [
          {
            "id_number": "441202199003071232",
            "employer_credit_code": "91441200MA4W00001W",
            "month": "2026-11",
            "paid_area": "441200-GX",
            "contribution_base": "6500",
            "insurance_type": "pension"
          }
        ]
      },
      "expect": {
        "eligible": false,
        "failed": ["registered"]
      }
    }
  ]
}
)json";
} // namespace

QString policyTemplate(const QString &code, const QString &month)
{
    return QString::fromUtf16(templateText).arg(code, month);
}

bool isValidPolicyCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9-]{1,39}$"));
    return pattern.match(code).hasMatch();
}

} // namespace mianshen::authoring
