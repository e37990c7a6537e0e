#pragma once

#include <string_view>
#include <vector>

namespace mianshen::demo {

// The files the demo generator writes: the spec's column names in its order
// (tests check them against the catalog).
struct DemoFeedLayout final
{
    std::string_view name;
    std::vector<std::string_view> columns;
};

// Indexes into demoFeedLayouts().
enum DemoFeed : int {
    Persons, Enterprises, SocialInsurance, EducationFeed, SkillCertificates, ProfessionalTitles,
    TalentCertifications, EmploymentRecords, HousingTransactions, ResidencePermits, PublicSectorStaff,
    DeathRecords, Patents, PctApplications, HighTechCertifications, TaxPayments, AnnualReports,
    CreditRecords, BankAccounts, ExternalSubsidies, ELicences, PaymentHistory, FeedCount
};

const std::vector<DemoFeedLayout> &demoFeedLayouts();

} // namespace mianshen::demo
