-- Feeds: the 22 feed tables of shared/spec/feeds.md, the import history,
-- the problems each import found, and the quarantine.
-- Owner: the feeds area (models/feeds). Written from resources/feeds/*.json;
-- tests/feeds (tst_feeds_schema) checks, on SQLite and PostgreSQL, that every
-- table has exactly the catalog's columns plus import_id.
--
-- Storage (models/catalog/FeedCatalog.h): money -> BIGINT fen <name>_fen,
-- decimal -> BIGINT hundredths <name>_x100, date TEXT 'YYYY-MM-DD', month TEXT
-- 'YYYY-MM', year INTEGER, bool SMALLINT 0/1, integer BIGINT, the rest TEXT.
-- An empty optional column is NULL, except an optional key column, which is
-- '' (a PRIMARY KEY column cannot be NULL).
-- import_id: the import_history row of the import that last wrote the row
-- (no FOREIGN KEY, to keep bulk loads fast; the importer writes both in one
-- transaction).
-- Indexes: every feed has an index that starts with its subject column (the
-- primary key itself where the subject column leads it), since matching reads
-- a subject's rows.
--
-- Feed tables are WITHOUT ROWID on SQLite: the rows live in the primary-key
-- B-tree, so an import maintains one B-tree less.

-- persons: Resident base data (人口基础信息). Key: id_number.
CREATE TABLE persons (
    id_number TEXT NOT NULL,
    name TEXT NOT NULL,
    gender TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    household_area TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number)
) {{WITHOUT_ROWID}};

-- enterprises: Market entity registry (市场主体登记信息). Key: credit_code.
CREATE TABLE enterprises (
    credit_code TEXT NOT NULL,
    name TEXT NOT NULL,
    legal_rep_id_number TEXT NOT NULL,
    registered_area TEXT NOT NULL,
    established_date TEXT NOT NULL,
    status TEXT NOT NULL,
    industry_code TEXT NOT NULL,
    size TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (credit_code)
) {{WITHOUT_ROWID}};

-- social_insurance: Monthly social insurance contributions (社会保险缴费). Key: id_number, month, insurance_type, employer_credit_code.
CREATE TABLE social_insurance (
    id_number TEXT NOT NULL,
    employer_credit_code TEXT NOT NULL,
    month TEXT NOT NULL,
    paid_area TEXT NOT NULL,
    contribution_base_fen BIGINT NOT NULL,
    insurance_type TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number, month, insurance_type, employer_credit_code)
) {{WITHOUT_ROWID}};

-- education: Degrees and diplomas (学历学位). Key: certificate_no.
CREATE TABLE education (
    id_number TEXT NOT NULL,
    level TEXT NOT NULL,
    full_time SMALLINT NOT NULL,
    school TEXT NOT NULL,
    major TEXT NOT NULL,
    graduation_date TEXT NOT NULL,
    certificate_no TEXT NOT NULL,
    overseas SMALLINT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (certificate_no)
) {{WITHOUT_ROWID}};
CREATE INDEX education_by_subject ON education (id_number);

-- skill_certificates: Vocational skill level certificates (职业技能等级证书). Key: certificate_no.
CREATE TABLE skill_certificates (
    id_number TEXT NOT NULL,
    occupation_code TEXT NOT NULL,
    level BIGINT NOT NULL,
    issue_date TEXT NOT NULL,
    certificate_no TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (certificate_no)
) {{WITHOUT_ROWID}};
CREATE INDEX skill_certificates_by_subject ON skill_certificates (id_number);

-- professional_titles: Professional and technical titles (专业技术职称). Key: certificate_no.
CREATE TABLE professional_titles (
    id_number TEXT NOT NULL,
    level TEXT NOT NULL,
    field TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    certificate_no TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (certificate_no)
) {{WITHOUT_ROWID}};
CREATE INDEX professional_titles_by_subject ON professional_titles (id_number);

-- talent_certifications: Talent grade certification (人才等级认定). Key: id_number, category, issued_date.
CREATE TABLE talent_certifications (
    id_number TEXT NOT NULL,
    category TEXT NOT NULL,
    issued_date TEXT NOT NULL,
    expiry_date TEXT NOT NULL,
    issuer_area TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number, category, issued_date)
) {{WITHOUT_ROWID}};

-- employment_records: Employment registration (就业登记). Key: id_number, employer_credit_code, start_date.
CREATE TABLE employment_records (
    id_number TEXT NOT NULL,
    employer_credit_code TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    work_area TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number, employer_credit_code, start_date)
) {{WITHOUT_ROWID}};

-- housing_transactions: Commercial housing contracts and registrations (商品房网签备案). Key: contract_no.
CREATE TABLE housing_transactions (
    id_number TEXT NOT NULL,
    contract_no TEXT NOT NULL,
    contract_date TEXT NOT NULL,
    property_area TEXT NOT NULL,
    floor_area_m2_x100 BIGINT NOT NULL,
    price_fen BIGINT NOT NULL,
    first_home SMALLINT NOT NULL,
    registration_date TEXT,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (contract_no)
) {{WITHOUT_ROWID}};
CREATE INDEX housing_transactions_by_subject ON housing_transactions (id_number);

-- residence_permits: Residence permits (居住证). Key: id_number, issue_date.
CREATE TABLE residence_permits (
    id_number TEXT NOT NULL,
    area TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    expiry_date TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number, issue_date)
) {{WITHOUT_ROWID}};

-- public_sector_staff: Civil servants and public institution staff (机关事业单位在编人员). Key: id_number, organisation, since_date.
CREATE TABLE public_sector_staff (
    id_number TEXT NOT NULL,
    organisation TEXT NOT NULL,
    area TEXT NOT NULL,
    since_date TEXT NOT NULL,
    until_date TEXT,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number, organisation, since_date)
) {{WITHOUT_ROWID}};

-- death_records: Death registrations (死亡登记). Key: id_number.
CREATE TABLE death_records (
    id_number TEXT NOT NULL,
    death_date TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (id_number)
) {{WITHOUT_ROWID}};

-- patents: Granted patents (授权专利). Key: patent_no.
CREATE TABLE patents (
    patent_no TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    patentee_credit_code TEXT NOT NULL,
    application_date TEXT NOT NULL,
    grant_date TEXT NOT NULL,
    status TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (patent_no)
) {{WITHOUT_ROWID}};
CREATE INDEX patents_by_subject ON patents (patentee_credit_code);

-- pct_applications: International (PCT) patent applications (PCT国际专利申请). Key: application_no.
CREATE TABLE pct_applications (
    application_no TEXT NOT NULL,
    applicant_credit_code TEXT NOT NULL,
    filing_date TEXT NOT NULL,
    publication_date TEXT,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (application_no)
) {{WITHOUT_ROWID}};
CREATE INDEX pct_applications_by_subject ON pct_applications (applicant_credit_code);

-- high_tech_certifications: High-tech enterprise certification (高新技术企业认定). Key: certificate_no.
CREATE TABLE high_tech_certifications (
    credit_code TEXT NOT NULL,
    certificate_no TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    expiry_date TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (certificate_no)
) {{WITHOUT_ROWID}};
CREATE INDEX high_tech_certifications_by_subject ON high_tech_certifications (credit_code);

-- tax_payments: Annual tax paid (年度纳税). Key: credit_code, year, area.
CREATE TABLE tax_payments (
    credit_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    area TEXT NOT NULL,
    tax_paid_fen BIGINT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (credit_code, year, area)
) {{WITHOUT_ROWID}};

-- annual_reports: Enterprise annual reports (企业年度报告). Key: credit_code, year.
CREATE TABLE annual_reports (
    credit_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    revenue_fen BIGINT NOT NULL,
    employees BIGINT NOT NULL,
    rd_expense_fen BIGINT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (credit_code, year)
) {{WITHOUT_ROWID}};

-- credit_records: Credit lists (信用记录). Key: subject_id, list, listed_date.
CREATE TABLE credit_records (
    subject_id TEXT NOT NULL,
    list TEXT NOT NULL,
    listed_date TEXT NOT NULL,
    removed_date TEXT,
    authority TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (subject_id, list, listed_date)
) {{WITHOUT_ROWID}};

-- bank_accounts: Payment accounts (收款账户). Key: subject_id.
CREATE TABLE bank_accounts (
    subject_id TEXT NOT NULL,
    bank_name TEXT NOT NULL,
    account_no TEXT NOT NULL,
    account_name TEXT NOT NULL,
    verified SMALLINT NOT NULL,
    updated_date TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (subject_id)
) {{WITHOUT_ROWID}};

-- external_subsidies: Subsidies paid by other departments (其他部门补贴发放). Key: subject_id, program_code, year.
CREATE TABLE external_subsidies (
    subject_id TEXT NOT NULL,
    program_code TEXT NOT NULL,
    program_name TEXT NOT NULL,
    year INTEGER NOT NULL,
    amount_fen BIGINT NOT NULL,
    paid_date TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (subject_id, program_code, year)
) {{WITHOUT_ROWID}};

-- e_licences: Electronic licences and certificates (电子证照). Key: licence_type, licence_no.
CREATE TABLE e_licences (
    subject_id TEXT NOT NULL,
    licence_type TEXT NOT NULL,
    licence_no TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    expiry_date TEXT,
    issuer TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (licence_type, licence_no)
) {{WITHOUT_ROWID}};
CREATE INDEX e_licences_by_subject ON e_licences (subject_id);

-- payment_history: Payment history from the previous system (历史发放记录). Key: policy_code, subject_id, period.
CREATE TABLE payment_history (
    policy_code TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    period TEXT NOT NULL DEFAULT '',
    amount_fen BIGINT NOT NULL,
    paid_date TEXT NOT NULL,
    import_id BIGINT NOT NULL,
    PRIMARY KEY (policy_code, subject_id, period)
) {{WITHOUT_ROWID}};
CREATE INDEX payment_history_by_subject ON payment_history (subject_id);

-- One row per import attempt (also rejected, cancelled and skipped ones).
-- result: imported | rejected | skipped (same delivery already imported) |
-- cancelled. The same delivery is recognised by (feed, sha256) of an
-- 'imported' row.
CREATE TABLE import_history (
    id {{ID}},
    started_at TEXT NOT NULL,
    finished_at TEXT,
    actor TEXT NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    feed TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('snapshot', 'delta')),
    quarantine SMALLINT NOT NULL DEFAULT 0,
    rows_read BIGINT NOT NULL DEFAULT 0,
    inserted BIGINT NOT NULL DEFAULT 0,
    updated BIGINT NOT NULL DEFAULT 0,
    deleted BIGINT NOT NULL DEFAULT 0,
    errors BIGINT NOT NULL DEFAULT 0,
    warnings BIGINT NOT NULL DEFAULT 0,
    quarantined BIGINT NOT NULL DEFAULT 0,
    result TEXT NOT NULL CHECK (result IN ('imported', 'rejected', 'skipped', 'cancelled')),
    message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_history_by_sha256 ON import_history (feed, sha256);

-- What an import found: every error, and the warnings (unknown columns,
-- dangling references, deletes of missing keys). line 0 = the file as a whole,
-- 1 = the header. column_name and value may be empty.
CREATE TABLE import_problems (
    id {{ID}},
    import_id BIGINT NOT NULL REFERENCES import_history (id) ON DELETE CASCADE,
    line BIGINT NOT NULL,
    column_name TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
    reason_code TEXT NOT NULL,
    reason_zh TEXT NOT NULL,
    reason_en TEXT NOT NULL
);
CREATE INDEX import_problems_by_import ON import_problems (import_id, line);

-- Quarantine mode: the rows an import left out, as delivered (a JSON object
-- header -> value, in file order), with their reasons in import_problems
-- (same import_id and line). resolved_at/by: set when someone dealt with it.
CREATE TABLE import_quarantine (
    id {{ID}},
    import_id BIGINT NOT NULL REFERENCES import_history (id) ON DELETE CASCADE,
    feed TEXT NOT NULL,
    line BIGINT NOT NULL,
    record TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
);
CREATE INDEX import_quarantine_by_import ON import_quarantine (import_id, line);
CREATE INDEX import_quarantine_by_feed ON import_quarantine (feed, resolved_at);
