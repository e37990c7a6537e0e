#include "demo/DemoFeedLayouts.h"

namespace mianshen::demo {

using namespace std::string_view_literals;

const std::vector<DemoFeedLayout> &demoFeedLayouts()
{
    static const std::vector<DemoFeedLayout> l = {
        {"persons"sv, {"id_number"sv, "name"sv, "gender"sv, "birth_date"sv, "household_area"sv}},
        {"enterprises"sv, {"credit_code"sv, "name"sv, "legal_rep_id_number"sv, "registered_area"sv,
                           "established_date"sv, "status"sv, "industry_code"sv, "size"sv}},
        {"social_insurance"sv, {"id_number"sv, "employer_credit_code"sv, "month"sv, "paid_area"sv,
                                "contribution_base"sv, "insurance_type"sv}},
        {"education"sv, {"id_number"sv, "level"sv, "full_time"sv, "school"sv, "major"sv, "graduation_date"sv,
                         "certificate_no"sv, "overseas"sv}},
        {"skill_certificates"sv, {"id_number"sv, "occupation_code"sv, "level"sv, "issue_date"sv, "certificate_no"sv}},
        {"professional_titles"sv, {"id_number"sv, "level"sv, "field"sv, "issue_date"sv, "certificate_no"sv}},
        {"talent_certifications"sv, {"id_number"sv, "category"sv, "issued_date"sv, "expiry_date"sv, "issuer_area"sv}},
        {"employment_records"sv, {"id_number"sv, "employer_credit_code"sv, "start_date"sv, "end_date"sv, "work_area"sv}},
        {"housing_transactions"sv, {"id_number"sv, "contract_no"sv, "contract_date"sv, "property_area"sv,
                                    "floor_area_m2"sv, "price"sv, "first_home"sv, "registration_date"sv}},
        {"residence_permits"sv, {"id_number"sv, "area"sv, "issue_date"sv, "expiry_date"sv}},
        {"public_sector_staff"sv, {"id_number"sv, "organisation"sv, "area"sv, "since_date"sv, "until_date"sv}},
        {"death_records"sv, {"id_number"sv, "death_date"sv}},
        {"patents"sv, {"patent_no"sv, "kind"sv, "title"sv, "patentee_credit_code"sv, "application_date"sv,
                       "grant_date"sv, "status"sv}},
        {"pct_applications"sv, {"application_no"sv, "applicant_credit_code"sv, "filing_date"sv, "publication_date"sv}},
        {"high_tech_certifications"sv, {"credit_code"sv, "certificate_no"sv, "issue_date"sv, "expiry_date"sv}},
        {"tax_payments"sv, {"credit_code"sv, "year"sv, "area"sv, "tax_paid"sv}},
        {"annual_reports"sv, {"credit_code"sv, "year"sv, "revenue"sv, "employees"sv, "rd_expense"sv}},
        {"credit_records"sv, {"subject_id"sv, "list"sv, "listed_date"sv, "removed_date"sv, "authority"sv}},
        {"bank_accounts"sv, {"subject_id"sv, "bank_name"sv, "account_no"sv, "account_name"sv, "verified"sv,
                             "updated_date"sv}},
        {"external_subsidies"sv, {"subject_id"sv, "program_code"sv, "program_name"sv, "year"sv, "amount"sv,
                                  "paid_date"sv}},
        {"e_licences"sv, {"subject_id"sv, "licence_type"sv, "licence_no"sv, "issue_date"sv, "expiry_date"sv,
                          "issuer"sv}},
        {"payment_history"sv, {"policy_code"sv, "subject_id"sv, "period"sv, "amount"sv, "paid_date"sv}},
    };
    return l;
}

} // namespace mianshen::demo
