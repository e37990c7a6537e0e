#!/usr/bin/env python3
"""The shipped-policies golden fixture (tests/matching/tst_matching_shipped_golden.cpp).

Writes the feed deliveries (*.csv, exactly in the feed contract of
shared/spec/feeds.md) and the expected results of matching the six shipped
policies (resources/policies/*.json) for 2021-11, 2021-12 and 2022-01.

The expectations are NOT computed by evaluating the rules here: every case
below states its expected outcome per policy and period literally, worked
out by hand from the policy text (the reasoning is in expected-notes.md and
in the comments). This script only builds valid identifiers, writes the rows,
and collects the literal expectations into
  expected-<period>.csv         the `mianshen decisions` export, sorted
  expected-counts-<period>.csv  per policy: evaluated, approved, flagged,
                                over budget, ineligible, skipped, total fen,
                                and ineligible subjects by first failed rule
  expected-why.csv              "why not" answers: status and failed ids
Deterministic; run: python3 make_fixture.py
"""
import collections, csv, os

OUT = os.path.dirname(os.path.abspath(__file__))
ZONE = '441200-GX'
PERIODS = ['2021-11', '2021-12', '2022-01']
PERSON_POLICIES = ['TALENT-HOME', 'TALENT-LIVING']
ENTERPRISE_POLICIES = ['PATENT-DESIGN', 'PATENT-INVENTION', 'PATENT-PCT', 'PATENT-UTILITY']

# ------------------------------------------------------------------ identifiers
W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = '10X98765432'
_seq = collections.Counter()
def id_number(birth, male=True, area='441202'):
    n = _seq[birth]
    _seq[birth] += 1
    seq = 10 + n * 2 + (1 if male else 0)       # digit 17 odd = male
    body = '%s%s%03d' % (area, birth.replace('-', ''), seq)
    return body + ID_CHECK[sum(int(c) * w for c, w in zip(body, W_ID)) % 11]

CC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W_CC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def credit_code(n):
    body = '91441200MA%07d' % n
    s = sum(CC_ALPHA.index(c) * w for c, w in zip(body, W_CC))
    return body + CC_ALPHA[(31 - s % 31) % 31]

W_PAT = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
_patent_serial = [0]
def patent_no(year, kind_digit):
    _patent_serial[0] += 1
    digits = '%04d%d%07d' % (year, kind_digit, 5000 + _patent_serial[0])
    c = sum(int(d) * w for d, w in zip(digits, W_PAT)) % 11
    return 'ZL%s.%s' % (digits, 'X' if c == 10 else str(c))

# ------------------------------------------------------------------ feed rows
rows = collections.defaultdict(list)
HEADERS = {
    'persons': 'id_number,name,gender,birth_date,household_area',
    'enterprises': 'credit_code,name,legal_rep_id_number,registered_area,established_date,status,industry_code,size',
    'social_insurance': 'id_number,employer_credit_code,month,paid_area,contribution_base,insurance_type',
    'education': 'id_number,level,full_time,school,major,graduation_date,certificate_no,overseas',
    'skill_certificates': 'id_number,occupation_code,level,issue_date,certificate_no',
    'talent_certifications': 'id_number,category,issued_date,expiry_date,issuer_area',
    'housing_transactions': 'id_number,contract_no,contract_date,property_area,floor_area_m2,price,first_home,registration_date',
    'public_sector_staff': 'id_number,organisation,area,since_date,until_date',
    'death_records': 'id_number,death_date',
    'patents': 'patent_no,kind,title,patentee_credit_code,application_date,grant_date,status',
    'pct_applications': 'application_no,applicant_credit_code,filing_date,publication_date',
    'credit_records': 'subject_id,list,listed_date,removed_date,authority',
    'bank_accounts': 'subject_id,bank_name,account_no,account_name,verified,updated_date',
    'external_subsidies': 'subject_id,program_code,program_name,year,amount,paid_date',
    'payment_history': 'policy_code,subject_id,period,amount,paid_date',
}
names = {}
counter = collections.Counter()

def months(first, last):
    y, m = map(int, first.split('-'))
    out = []
    while '%04d-%02d' % (y, m) <= last:
        out.append('%04d-%02d' % (y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out

# ------------------------------------------------------------------ expectations
# expected[(period, policy, subject)] = ('auto'|'review'|'over', yuan, flags) or ('fail', id) or ('skip',)
expected = {}
why = []   # (period, policy, subject, status, failed ids)
labels = {}

def parse(o):
    parts = o.split()
    if parts[0] in ('auto', 'review', 'over'):
        flags = parts[2] if len(parts) > 2 else ''
        assert (parts[0] == 'auto') == (flags == '') or parts[0] == 'over', o
        return (parts[0], int(parts[1]), flags)
    if parts[0] == 'fail':
        return ('fail', parts[1])
    assert parts == ['skip'], o
    return ('skip',)

def expect(subject, policy, *per_period):
    """per_period: one outcome per run period (or one for all three)."""
    if len(per_period) == 1:
        per_period = per_period * 3
    assert len(per_period) == 3
    for period, o in zip(PERIODS, per_period):
        key = (period, policy, subject)
        assert key not in expected, key
        expected[key] = parse(o)

# ------------------------------------------------------------------ persons
EMP = None      # the zone employer, set below
EMP2 = None
DANGLING = credit_code(9999)   # a valid code the enterprise registry does not know

def person(label, birth, male=True):
    pid = id_number(birth, male)
    counter['person'] += 1
    name = '人才%03d' % counter['person']
    names[pid] = name
    labels[pid] = label
    rows['persons'].append([pid, name, 'M' if male else 'F', birth, '441202'])
    return pid

def pension(pid, ms, area=ZONE, employer=None, kind='pension'):
    for m in ms:
        rows['social_insurance'].append([pid, employer or EMP, m, area, '6500', kind])

def edu(pid, level, full_time=1, overseas=0):
    counter['edu'] += 1
    rows['education'].append([pid, level, str(full_time), '华南理工大学', '材料科学', '2015-06-30',
                              'EDU%05d' % counter['edu'], str(overseas)])

def skill(pid, level, issued):
    counter['skill'] += 1
    rows['skill_certificates'].append([pid, '6-18-01-01', str(level), issued, 'SK%05d' % counter['skill']])

def talent(pid, category, issued, expiry):
    rows['talent_certifications'].append([pid, category, issued, expiry, '441200'])

def home(pid, contract, area=ZONE, first=1, registered='2021-12-20'):
    counter['home'] += 1
    rows['housing_transactions'].append([pid, 'HT%05d' % counter['home'], contract, area, '89.50', '1050000.00',
                                         str(first), registered or ''])

def bank(sid, verified=1):
    counter['bank'] += 1
    rows['bank_accounts'].append([sid, '中国工商银行肇庆分行', '6222%014d' % counter['bank'], names[sid],
                                  str(verified), '2021-01-05'])

def credit(sid, lst, listed, removed=''):
    rows['credit_records'].append([sid, lst, listed, removed, '肇庆市市场监督管理局'])

def history(policy, sid, period, yuan, paid):
    rows['payment_history'].append([policy, sid, period, str(yuan), paid])

# The employers (registered, active, in the zone, no patents: every patent item fails has_items).
def enterprise(label, status='active', area=ZONE, bank_verified=1):
    counter['ent'] += 1
    cc = credit_code(counter['ent'])
    name = '肇庆高新测试%03d科技有限公司' % counter['ent']
    names[cc] = name
    labels[cc] = label
    rows['enterprises'].append([cc, name, '441202196002204124', area, '2015-04-01', status, 'C3985', 'small'])
    if bank_verified is not None:
        bank(cc, bank_verified)
    return cc

EMP = enterprise('EMP zone employer')
EMP2 = enterprise('EMP2 second zone employer')
for e in (EMP, EMP2):
    for p in ENTERPRISE_POLICIES:
        expect(e, p, 'fail has_items')

TL, TH = 'TALENT-LIVING', 'TALENT-HOME'
FH = 'fail first_home_in_zone'

# ---- TALENT-LIVING cases. Base: pension in the zone 2021-03..2021-12 with EMP
# (streak up to last month: 8 / 9 / 10 in Nov / Dec / Jan; first zone month
# 2021-03 >= 2021-01), verified bank account, no home (TALENT-HOME fails
# first_home_in_zone when the person is a talent, else talent).
def tl_person(label, birth='1991-06-15', degree=None, male=True, base_pension=True, bank_ok=True):
    pid = person(label, birth, male)
    if degree:
        edu(pid, degree)
    if base_pension:
        pension(pid, months('2021-03', '2021-12'))
    if bank_ok:
        bank(pid)
    return pid

# Tiers (age on the 1st of the month; collect_max of the matching rules).
p = tl_person('T01 master 30', degree='master'); expect(p, TL, 'auto 2000'); expect(p, TH, FH)
p = tl_person('T02 bachelor 30', degree='bachelor'); expect(p, TL, 'auto 1000'); expect(p, TH, FH)
p = tl_person('T03 doctor 40', '1981-05-10', 'doctor'); expect(p, TL, 'auto 3000'); expect(p, TH, FH)
p = tl_person('T04 bachelor 36', '1985-03-01', 'bachelor'); expect(p, TL, 'fail talent_tier'); expect(p, TH, FH)
why.append(('2021-11', TL, p, 'ineligible', 'talent_tier'))
p = tl_person('T05 bachelor 35 turning 36 on 1 Dec', '1985-12-01', 'bachelor')
expect(p, TL, 'auto 1000', 'fail talent_tier', 'fail talent_tier'); expect(p, TH, FH)
p = tl_person('T06 grade A 55', '1966-02-01'); talent(p, 'A', '2020-01-01', '2025-12-31')
expect(p, TL, 'review 10000 high_amount'); expect(p, TH, FH)
p = tl_person('T07 grade B 50', '1971-07-01'); talent(p, 'B', '2020-01-01', '2025-12-31')
expect(p, TL, 'review 6000 high_amount'); expect(p, TH, FH)
p = tl_person('T08 grade C 45', '1976-03-03', male=False); talent(p, 'C', '2020-01-01', '2025-12-31')
expect(p, TL, 'auto 4000'); expect(p, TH, FH)
p = tl_person('T09 grade D 46 + bachelor 46', '1975-04-04', 'bachelor'); talent(p, 'D', '2020-01-01', '2025-12-31')
expect(p, TL, 'fail talent_tier'); expect(p, TH, FH)
p = tl_person('T10 grade E 38 + doctor', '1983-08-08', 'doctor'); talent(p, 'E', '2020-01-01', '2025-12-31')
expect(p, TL, 'auto 3000'); expect(p, TH, FH)
p = tl_person('T11 doctor 44 + grade C', '1977-09-09', 'doctor'); talent(p, 'C', '2020-01-01', '2025-12-31')
expect(p, TL, 'auto 4000'); expect(p, TH, FH)
p = tl_person('T12 skill 1 age 44', '1977-10-10'); skill(p, 1, '2015-01-01')
expect(p, TL, 'auto 2000'); expect(p, TH, FH)
p = tl_person('T13 skill 2 age 41', '1980-09-30'); skill(p, 2, '2015-01-01')
expect(p, TL, 'fail talent_tier'); expect(p, TH, FH)
p = tl_person('T14 skill 2 age 39', '1982-01-20', male=False); skill(p, 2, '2015-01-01')
expect(p, TL, 'auto 1200'); expect(p, TH, FH)
p = tl_person('T15 skill 3 only', '1990-02-02'); skill(p, 3, '2015-01-01')
expect(p, TL, 'fail talent_tier'); expect(p, TH, 'fail talent')
p = tl_person('T16 associate only', '1992-02-02', 'associate')
expect(p, TL, 'fail talent_tier'); expect(p, TH, 'fail talent')
# (the explaining path evaluates every condition: 8 zone pension months before November fail too)
why.append(('2021-11', TH, p, 'ineligible', 'talent;first_home_in_zone;pension_months'))
p = tl_person('T17 master + grade B expiring 2021-11-30', degree='master'); talent(p, 'B', '2019-12-01', '2021-11-30')
expect(p, TL, 'review 6000 high_amount', 'auto 2000', 'auto 2000'); expect(p, TH, FH)
p = tl_person('T18 bachelor + grade C issued 2021-12-15', degree='bachelor'); talent(p, 'C', '2021-12-15', '2026-12-14')
expect(p, TL, 'auto 1000', 'auto 4000', 'auto 4000'); expect(p, TH, FH)
p = tl_person('T19 skill 1 issued 2021-12-20 only'); skill(p, 1, '2021-12-20')
expect(p, TL, 'fail talent_tier', 'auto 2000', 'auto 2000'); expect(p, TH, 'fail talent', FH, FH)
# Pension streak, first zone month, death, public sector.
p = tl_person('T20 master pension from 2021-06', degree='master', base_pension=False)
pension(p, months('2021-06', '2021-12'))
expect(p, TL, 'fail six_months_pension', 'auto 2000', 'auto 2000'); expect(p, TH, FH)
why.append(('2021-11', TL, p, 'ineligible', 'six_months_pension'))
p = tl_person('T21 master pension gap in 2021-09', degree='master', base_pension=False)
pension(p, months('2021-03', '2021-08') + months('2021-10', '2021-12'))
expect(p, TL, 'fail six_months_pension'); expect(p, TH, FH)
p = tl_person('T22 master pension stops after 2021-10', degree='master', base_pension=False)
pension(p, months('2021-03', '2021-10'))
expect(p, TL, 'auto 2000', 'fail six_months_pension', 'fail six_months_pension'); expect(p, TH, FH)
p = tl_person('T23 master pension paid outside the zone', degree='master', base_pension=False)
pension(p, months('2021-03', '2021-12'), area='441202')
expect(p, TL, 'fail six_months_pension'); expect(p, TH, FH)
why.append(('2021-11', TL, p, 'ineligible', 'six_months_pension'))
p = tl_person('T24 master only medical insurance in the zone', degree='master', base_pension=False)
pension(p, months('2021-03', '2021-12'), kind='medical')
expect(p, TL, 'fail six_months_pension'); expect(p, TH, FH)
p = tl_person('T25 master in the zone since 2020-06', degree='master', base_pension=False)
pension(p, months('2020-06', '2021-12'))
expect(p, TL, 'fail new_arrival'); expect(p, TH, FH)
why.append(('2021-11', TL, p, 'ineligible', 'new_arrival'))
p = tl_person('T26 master died 2021-11-15', degree='master', base_pension=False)
pension(p, months('2021-03', '2021-11'))
rows['death_records'].append([p, '2021-11-15'])
expect(p, TL, 'auto 2000', 'fail alive', 'fail six_months_pension'); expect(p, TH, FH)
why.append(('2021-12', TL, p, 'ineligible', 'alive'))
why.append(('2022-01', TL, p, 'ineligible', 'six_months_pension;alive'))
p = tl_person('T27 master public sector since 2019', degree='master')
rows['public_sector_staff'].append([p, '肇庆高新区管委会', '441200', '2019-01-01', ''])
expect(p, TL, 'fail public_sector'); expect(p, TH, FH)
why.append(('2021-11', TL, p, 'ineligible', 'public_sector'))
p = tl_person('T28 master public sector until 2021-11-30', degree='master')
rows['public_sector_staff'].append([p, '肇庆市第一中学', '441202', '2018-01-01', '2021-11-30'])
expect(p, TL, 'fail public_sector', 'auto 2000', 'auto 2000'); expect(p, TH, FH)
p = tl_person('T29 master public sector from 2022-01-01', degree='master')
rows['public_sector_staff'].append([p, '肇庆高新区管委会', '441200', '2022-01-01', ''])
expect(p, TL, 'auto 2000', 'auto 2000', 'fail public_sector'); expect(p, TH, FH)
# Max 36 months counting payment_history (months before the period).
def paid_months(pid, first, last):
    for m in months(first, last):
        y, mm = map(int, m.split('-'))
        paid = '%04d-%02d-10' % (y + (mm == 12), mm % 12 + 1)
        history(TL, pid, m, 2000, paid)
p = tl_person('T30 master 35 months paid before', degree='master'); paid_months(p, '2018-12', '2021-10')
expect(p, TL, 'auto 2000', 'skip', 'skip'); expect(p, TH, FH)
why.append(('2021-12', TL, p, 'limit_reached', ''))
p = tl_person('T31 master 36 months paid before', degree='master'); paid_months(p, '2018-11', '2021-10')
expect(p, TL, 'skip'); expect(p, TH, FH)
p = tl_person('T32 master 34 months paid before', degree='master'); paid_months(p, '2019-01', '2021-10')
expect(p, TL, 'auto 2000', 'auto 2000', 'skip'); expect(p, TH, FH)
# Flags.
p = tl_person('T33 master no bank account', degree='master', bank_ok=False)
expect(p, TL, 'review 2000 no_bank_account'); expect(p, TH, FH)
p = tl_person('T34 master unverified account', degree='master', bank_ok=False); bank(p, 0)
expect(p, TL, 'review 2000 no_bank_account'); expect(p, TH, FH)
p = tl_person('T35 master removed from a list 2021-06-30', degree='master')
credit(p, 'major_tax_violation', '2020-03-01', '2021-06-30')
expect(p, TL, 'review 2000 credit_removed_recently'); expect(p, TH, FH)
p = tl_person('T36 master removed from a list 2020-12-15', degree='master')
credit(p, 'major_tax_violation', '2020-03-01', '2020-12-15')
expect(p, TL, 'review 2000 credit_removed_recently', 'auto 2000', 'auto 2000'); expect(p, TH, FH)
p = tl_person('T37 master still on the dishonesty list', degree='master')
credit(p, 'serious_dishonesty', '2021-01-01')
expect(p, TL, 'auto 2000'); expect(p, TH, FH)
p = tl_person('T38 master from abroad', male=False); edu(p, 'master', overseas=1)
expect(p, TL, 'review 2000 overseas_or_part_time_degree'); expect(p, TH, FH)
p = tl_person('T39 doctor part-time 36', '1985-05-05'); edu(p, 'doctor', full_time=0)
expect(p, TL, 'review 3000 overseas_or_part_time_degree'); expect(p, TH, FH)
p = tl_person('T40 domestic master + bachelor from abroad', degree='master'); edu(p, 'bachelor', overseas=1)
expect(p, TL, 'auto 2000'); expect(p, TH, FH)
p = tl_person('T41 master, October employer unknown', degree='master', base_pension=False)
pension(p, months('2021-03', '2021-09') + months('2021-11', '2021-12'))
pension(p, ['2021-10'], employer=DANGLING)
expect(p, TL, 'review 2000 employer_unknown', 'auto 2000', 'auto 2000'); expect(p, TH, FH)
p = tl_person('T42 master, November medical employer unknown', degree='master')
pension(p, ['2021-11'], employer=DANGLING, kind='medical')
expect(p, TL, 'auto 2000', 'review 2000 employer_unknown', 'auto 2000'); expect(p, TH, FH)
p = tl_person('T43 grade B + master from abroad, no account', bank_ok=False); edu(p, 'master', overseas=1)
talent(p, 'B', '2020-01-01', '2025-12-31')
expect(p, TL, 'review 6000 high_amount;no_bank_account;overseas_or_part_time_degree'); expect(p, TH, FH)
p = tl_person('T44 grade A 61 + doctor', '1960-05-05', 'doctor'); talent(p, 'A', '2020-01-01', '2025-12-31')
expect(p, TL, 'fail talent_tier'); expect(p, TH, FH)
p = tl_person('T45 grade A turning 60 on 15 Nov', '1961-11-15'); talent(p, 'A', '2020-01-01', '2025-12-31')
expect(p, TL, 'review 10000 high_amount'); expect(p, TH, FH)
p = tl_person('T46 master turning 40 on 1 Dec', '1981-12-01', 'master')
expect(p, TL, 'auto 2000'); expect(p, TH, FH)
p = tl_person('T47 master turning 41 on 1 Dec', '1980-12-01', 'master')
expect(p, TL, 'auto 2000', 'fail talent_tier', 'fail talent_tier'); expect(p, TH, FH)

p = tl_person('T48 master public sector until 2021-12-01', degree='master')
rows['public_sector_staff'].append([p, '肇庆市第一中学', '441202', '2018-01-01', '2021-12-01'])
expect(p, TL, 'fail public_sector', 'fail public_sector', 'auto 2000'); expect(p, TH, FH)
p = tl_person('T49 master public sector from 2021-12-31', degree='master')
rows['public_sector_staff'].append([p, '肇庆高新区管委会', '441200', '2021-12-31', ''])
expect(p, TL, 'auto 2000', 'fail public_sector', 'fail public_sector'); expect(p, TH, FH)
p = tl_person('T50 master died 2021-12-01', degree='master')
rows['death_records'].append([p, '2021-12-01'])
expect(p, TL, 'auto 2000', 'auto 2000', 'fail alive'); expect(p, TH, FH)
why.append(('2022-01', TL, p, 'ineligible', 'alive'))
p = tl_person('T51 bachelor + grade C 2021-11-30..2021-12-01', degree='bachelor'); talent(p, 'C', '2021-11-30', '2021-12-01')
expect(p, TL, 'auto 4000', 'auto 4000', 'auto 1000'); expect(p, TH, FH)
p = tl_person('T52 master removed from a list exactly 12 months before 30 Nov', degree='master')
credit(p, 'abnormal_operations', '2020-01-01', '2020-11-30')
expect(p, TL, 'auto 2000'); expect(p, TH, FH)
p = tl_person('T53 master removed from a list on 2021-11-30', degree='master')
credit(p, 'abnormal_operations', '2020-01-01', '2021-11-30')
expect(p, TL, 'review 2000 credit_removed_recently'); expect(p, TH, FH)

# ---- TALENT-HOME cases. Base: born 1990-04-10 (31), pension in the zone
# 2020-10..2021-12 (13 months before Nov; first zone month 2020-10, so
# TALENT-LIVING fails new_arrival), verified account, one first home in the
# zone with its title registered. Budget 5,000,000: 44 earlier one-off
# payments of 100,000 leave 600,000 (see expected-notes.md for the order).
NA = 'fail new_arrival'
def th_person(label, contract, degree=None, birth='1990-04-10', pension_from='2020-10', bank_ok=True,
              registered='2021-12-20', male=True):
    pid = person(label, birth, male)
    if degree:
        edu(pid, degree)
    pension(pid, months(pension_from, '2021-12'))
    if bank_ok:
        bank(pid)
    if contract:
        home(pid, contract, registered=registered)
    return pid

# 44 earlier payments (the previous system), period empty (one-off).
hist = []
for i in range(44):
    pid = person('PH%02d paid TALENT-HOME before' % i, '19%02d-%02d-%02d' % (70 + i % 20, 1 + i % 12, 1 + i % 28), i % 2 == 0)
    history(TH, pid, '', 100000, '2020-%02d-15' % (1 + i % 12))
    hist.append(pid)
    if i == 0:
        # Would qualify now (master, zone first home 2021-03-01, 15 months of zone pension): never again.
        # (born 1970: 51, above every degree's age limit, so TALENT-LIVING fails talent_tier.)
        edu(pid, 'master'); pension(pid, months('2020-10', '2021-12')); bank(pid); home(pid, '2021-03-01')
        why.append(('2021-11', TH, pid, 'already_awarded', ''))
    expect(pid, TL, 'fail talent_tier')
    expect(pid, TH, 'skip')

p = th_person('H01 doctor 2021-02-10', '2021-02-10', 'doctor'); expect(p, TH, 'review 100000 high_amount', 'skip', 'skip'); expect(p, TL, NA)
why.append(('2021-12', TH, p, 'already_awarded', ''))
p = th_person('H02 master 2021-03-05 + non-housing subsidy', '2021-03-05', 'master')
rows['external_subsidies'].append([p, 'ZQ-TALENT-2021', '人才引进奖励', '2021', '5000', '2021-06-30'])
expect(p, TH, 'auto 50000', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H03 bachelor 2021-03-20 title not registered', '2021-03-20', 'bachelor', registered=None)
expect(p, TH, 'review 30000 title_not_registered', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H04 technician 2021-04-01', '2021-04-01'); skill(p, 2, '2016-03-01')
expect(p, TH, 'auto 20000', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H05 grade D 2021-04-15', '2021-04-15', male=False); talent(p, 'D', '2020-01-01', '2025-12-31')
expect(p, TH, 'auto 20000', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H06 master from abroad 2021-05-01', '2021-05-01'); edu(p, 'master', overseas=1)
expect(p, TH, 'review 50000 overseas_or_part_time_degree', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H07 bachelor part-time 2021-05-10', '2021-05-10'); edu(p, 'bachelor', full_time=0)
expect(p, TH, 'review 30000 overseas_or_part_time_degree', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H08 master no account 2021-06-01', '2021-06-01', 'master', bank_ok=False)
expect(p, TH, 'review 50000 no_bank_account', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H09 bachelor removed from a list 2021-08-31, 2021-06-15', '2021-06-15', 'bachelor')
credit(p, 'abnormal_operations', '2021-01-01', '2021-08-31')
expect(p, TH, 'review 30000 credit_removed_recently', 'skip', 'skip'); expect(p, TL, NA)
p = th_person('H10 doctor 2021-07-01', '2021-07-01', 'doctor')
expect(p, TH, 'review 100000 high_amount', 'skip', 'skip'); expect(p, TL, NA)
h11a = th_person('H11a doctor 2021-07-20 (lower id)', '2021-07-20', 'doctor', birth='1989-09-09')
h11b = th_person('H11b doctor 2021-07-20 (higher id)', '2021-07-20', 'doctor', birth='1989-09-09')
assert h11a < h11b
expect(h11a, TH, 'review 100000 high_amount', 'skip', 'skip'); expect(h11a, TL, NA)
expect(h11b, TH, 'over 100000 high_amount', 'over 100000 high_amount', FH); expect(h11b, TL, NA)
p = th_person('H12 master 2021-08-01', '2021-08-01', 'master')
expect(p, TH, 'over 50000', 'over 50000', FH); expect(p, TL, NA)
p = th_person('H13 senior technician 2021-08-15', '2021-08-15'); skill(p, 1, '2014-05-01')
expect(p, TH, 'over 20000', 'over 20000', FH); expect(p, TL, NA)
p = th_person('H14 doctor 2021-09-01', '2021-09-01', 'doctor')
expect(p, TH, 'over 100000 high_amount', 'over 100000 high_amount', FH); expect(p, TL, NA)
p = th_person('H15 bachelor 2021-10-10 (a second, non-first home 2021-02-01)', '2021-10-10', 'bachelor')
home(p, '2021-02-01', first=0)
expect(p, TH, 'over 30000', 'over 30000', FH); expect(p, TL, NA)
# Duplicate months: two employers pay pension for 2021-05..2021-10 = 12 rows.
p = th_person('Y01 bachelor, 6 months x 2 employers, 2021-11-20', '2021-11-20', 'bachelor', pension_from='2022-01')
pension(p, months('2021-05', '2021-10')); pension(p, months('2021-05', '2021-10'), employer=EMP2)
expect(p, TH, 'over 30000', 'over 30000', FH)
expect(p, TL, 'auto 1000', 'fail six_months_pension', 'fail six_months_pension')
p = th_person('Z01 bachelor, contract on 2021-11-30', '2021-11-30', 'bachelor')
expect(p, TH, 'over 30000', 'over 30000', FH); expect(p, TL, NA)
# Not eligible.
p = th_person('X01 master, home not a first home', None, 'master'); home(p, '2021-05-05', first=0)
expect(p, TH, FH); expect(p, TL, NA)
why.append(('2021-11', TH, p, 'ineligible', 'first_home_in_zone'))
p = th_person('X02 master, first home outside the zone', None, 'master'); home(p, '2021-05-05', area='441202')
expect(p, TH, FH); expect(p, TL, NA)
p = th_person('X03 master, zone first home contracted 2020', '2020-06-01', 'master')
expect(p, TH, FH); expect(p, TL, NA)
p = th_person('X04 associate, skill 3', '2021-05-05', 'associate'); skill(p, 3, '2016-01-01')
expect(p, TH, 'fail talent', 'fail talent', 'fail talent'); expect(p, TL, 'fail talent_tier')
why.append(('2022-01', TH, p, 'ineligible', 'talent;first_home_in_zone'))
p = th_person('X05 master, zone pension only since 2021-01', '2021-05-05', 'master', pension_from='2021-01')
expect(p, TH, 'fail pension_months', 'fail pension_months', FH); expect(p, TL, 'auto 2000')
why.append(('2021-12', TH, p, 'ineligible', 'pension_months'))
p = th_person('X06 master, housing subsidy of another department', '2021-04-04', 'master')
rows['external_subsidies'].append([p, 'ZQ-HOUSING-2020', '人才安居补贴', '2020', '30000', '2020-11-30'])
expect(p, TH, 'fail other_housing_subsidy', 'fail other_housing_subsidy', FH); expect(p, TL, NA)
why.append(('2021-11', TH, p, 'ineligible', 'other_housing_subsidy'))
p = th_person('P11 bachelor, 12th zone pension month in November', '2021-09-10', 'bachelor', pension_from='2020-12')
expect(p, TH, 'fail pension_months', 'over 30000', FH); expect(p, TL, NA)
why.append(('2021-11', TH, p, 'ineligible', 'pension_months'))
p = th_person('D1 bachelor, contract 2021-12-05', '2021-12-05', 'bachelor')
expect(p, TH, FH, 'over 30000', FH); expect(p, TL, NA)
p = th_person('D2 senior technician from 2021-12-01, contract 2021-01-15', '2021-01-15'); skill(p, 1, '2021-12-01')
expect(p, TH, 'fail talent', 'auto 20000', 'skip'); expect(p, TL, 'fail talent_tier', NA, NA)
p = th_person('J1 master, contract 2022-01-05', '2022-01-05', 'master', registered='2022-01-25')
expect(p, TH, FH, FH, 'over 50000'); expect(p, TL, NA)
p = th_person('J2 bachelor, contract 2022-01-20, title not registered', '2022-01-20', 'bachelor', registered=None)
expect(p, TH, FH, FH, 'over 30000 title_not_registered'); expect(p, TL, NA)

# Filler persons: an associate degree and medical insurance only.
for i in range(40):
    pid = person('F%02d associate, medical only' % i, '19%02d-%02d-%02d' % (75 + i % 20, 1 + i % 12, 2 + i % 27), i % 2 == 1)
    edu(pid, 'associate')
    pension(pid, months('2021-01', '2021-12'), kind='medical')
    expect(pid, TL, 'fail talent_tier'); expect(pid, TH, 'fail talent')

# ------------------------------------------------------------------ enterprises
INV, UTIL, DES, PCT = 'PATENT-INVENTION', 'PATENT-UTILITY', 'PATENT-DESIGN', 'PATENT-PCT'
KIND_DIGIT = {'invention': 1, 'utility_model': 2, 'design': 3}
def pat(cc, kind, grant, status='valid', digit=None, n=1):
    for _ in range(n):
        no = patent_no(int(grant[:4]) - 1, digit or KIND_DIGIT[kind])
        rows['patents'].append([no, kind, '测试专利' + no[-6:], cc, '%d-03-01' % (int(grant[:4]) - 1), grant, status])

def pct(cc, filed, n=1):
    for _ in range(n):
        counter['pct'] += 1
        rows['pct_applications'].append(['PCT/CN%s/%06d' % (filed[:4], counter['pct']), cc, filed, ''])

def ent_expect(cc, **per_policy):
    """Policies not named: fail has_items in every period (no item of that kind granted / filed in it)."""
    keys = {'inv': INV, 'util': UTIL, 'des': DES, 'pct': PCT}
    for k, pol in keys.items():
        o = per_policy.get(k, 'fail has_items')
        if isinstance(o, str):
            o = (o,)
        expect(cc, pol, *o)

HI = 'fail has_items'
e = enterprise('E01 one invention 2021-11-15'); pat(e, 'invention', '2021-11-15')
ent_expect(e, inv=('auto 5000', HI, HI))
e = enterprise('E02 four inventions in November'); [pat(e, 'invention', d) for d in ('2021-11-01', '2021-11-10', '2021-11-20', '2021-11-30')]
ent_expect(e, inv=('review 20000 high_amount', HI, HI))
e = enterprise('E03 30 / 12 / 1 inventions: yearly cap, reset in 2022')
pat(e, 'invention', '2021-11-05', n=30); pat(e, 'invention', '2021-12-06', n=12); pat(e, 'invention', '2022-01-07')
ent_expect(e, inv=('review 150000 high_amount', 'review 50000 high_amount', 'auto 5000'))
e = enterprise('E04 cap reached by payment history'); history(INV, e, '2021-03', 200000, '2021-04-15')
pat(e, 'invention', '2021-11-15'); pat(e, 'invention', '2022-01-15')
ent_expect(e, inv=('fail cap_not_reached', HI, 'auto 5000'))
why.append(('2021-11', INV, e, 'ineligible', 'cap_not_reached'))
e = enterprise('E05 2,000 left of the cap'); history(INV, e, '2021-05', 198000, '2021-06-15')
pat(e, 'invention', '2021-11-15'); pat(e, 'invention', '2021-12-15')
ent_expect(e, inv=('auto 2000', 'fail cap_not_reached', HI))
why.append(('2021-12', INV, e, 'ineligible', 'cap_not_reached'))
e = enterprise('E06 cap reached in 2020 only'); history(INV, e, '2020-12', 200000, '2021-01-15')
pat(e, 'invention', '2021-11-15')
ent_expect(e, inv=('auto 5000', HI, HI))
e = enterprise('E07 lapsed, invalidated, October, December')
pat(e, 'invention', '2021-11-03', 'lapsed'); pat(e, 'invention', '2021-11-04', 'invalidated')
pat(e, 'invention', '2021-10-31'); pat(e, 'invention', '2021-12-01')
ent_expect(e, inv=(HI, 'auto 5000', HI))
e = enterprise('E08 PCT national phase (kind digits 8 and 9)')
pat(e, 'invention', '2021-11-11', digit=8); pat(e, 'utility_model', '2021-11-12', digit=9)
ent_expect(e, inv=('auto 5000', HI, HI), util=('auto 1000', HI, HI))
e = enterprise('U01 ten utility models'); pat(e, 'utility_model', '2021-11-20', n=10)
ent_expect(e, util=('review 10000 high_amount', HI, HI))
e = enterprise('U02 utility cap reached by payment history'); history(UTIL, e, '2021-02', 50000, '2021-03-10')
pat(e, 'utility_model', '2021-11-20')
ent_expect(e, util=('fail cap_not_reached', HI, HI))
e = enterprise('U03 4,500 left of the utility cap'); history(UTIL, e, '2021-08', 45500, '2021-09-10')
pat(e, 'utility_model', '2021-11-20', n=6)
ent_expect(e, util=('auto 4500', HI, HI))
e = enterprise('U04 8 then 5 utility models'); pat(e, 'utility_model', '2021-11-20', n=8); pat(e, 'utility_model', '2021-12-20', n=5)
ent_expect(e, util=('auto 8000', 'auto 5000', HI))
e = enterprise('D01 one design'); pat(e, 'design', '2021-11-08')
ent_expect(e, des=('auto 500', HI, HI))
e = enterprise('D02 ten designs'); pat(e, 'design', '2021-11-08', n=10)
ent_expect(e, des=('review 5000 high_amount', HI, HI))
e = enterprise('D03 design cap reached by payment history'); history(DES, e, '2021-03', 20000, '2021-04-10')
pat(e, 'design', '2021-11-08')
ent_expect(e, des=('fail cap_not_reached', HI, HI))
why.append(('2021-11', DES, e, 'ineligible', 'cap_not_reached'))
e = enterprise('D04 250 left of the design cap'); history(DES, e, '2021-04', 19750, '2021-05-10')
pat(e, 'design', '2021-11-08', n=3)
ent_expect(e, des=('auto 250', HI, HI))
e = enterprise('D05 40 designs, then 1 and 1'); pat(e, 'design', '2021-11-08', n=40); pat(e, 'design', '2021-12-08'); pat(e, 'design', '2022-01-08')
ent_expect(e, des=('review 20000 high_amount', 'fail cap_not_reached', 'auto 500'))
e = enterprise('C01 PCT 2021-11-30 (and 2021-10-31)'); pct(e, '2021-11-30'); pct(e, '2021-10-31')
ent_expect(e, pct=('auto 10000', HI, HI))
e = enterprise('C02 three PCT'); pct(e, '2021-11-02', n=3)
ent_expect(e, pct=('review 30000 high_amount', HI, HI))
e = enterprise('C03 PCT cap reached by payment history'); history(PCT, e, '2021-01', 100000, '2021-02-10')
pct(e, '2021-11-02')
ent_expect(e, pct=('fail cap_not_reached', HI, HI))
why.append(('2021-11', PCT, e, 'ineligible', 'cap_not_reached'))
e = enterprise('C04 12 PCT, then 1 and 1'); pct(e, '2021-11-02', n=12); pct(e, '2021-12-02'); pct(e, '2022-01-02')
ent_expect(e, pct=('review 100000 high_amount', 'fail cap_not_reached', 'auto 10000'))
e = enterprise('C05 PCT 2021-10-31 and 2021-12-01'); pct(e, '2021-10-31'); pct(e, '2021-12-01')
ent_expect(e, pct=(HI, 'auto 10000', HI))

def one_of_each(cc, month_day):
    pat(cc, 'invention', month_day); pat(cc, 'utility_model', month_day); pat(cc, 'design', month_day); pct(cc, month_day)

e = enterprise('G01 revoked, one of each in November', status='revoked'); one_of_each(e, '2021-11-16')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail active')
why.append(('2021-11', UTIL, e, 'ineligible', 'active'))
e = enterprise('G02 deregistered, nothing', status='deregistered')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail active')
e = enterprise('G03 outside the zone (441202)', area='441202'); pat(e, 'invention', '2021-11-16'); pat(e, 'utility_model', '2021-11-16')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail in_zone')
why.append(('2021-11', INV, e, 'ineligible', 'in_zone'))
e = enterprise('G04 registered in 441200 without the zone tag', area='441200'); pat(e, 'design', '2021-11-16')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail in_zone')
e = enterprise('G05 on the dishonesty list since 2021-06-01'); one_of_each(e, '2021-11-16')
credit(e, 'serious_dishonesty', '2021-06-01')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail not_dishonest')
why.append(('2021-11', PCT, e, 'ineligible', 'not_dishonest'))
e = enterprise('G06 dishonesty list 2021-06-01 .. 2021-12-10')
credit(e, 'serious_dishonesty', '2021-06-01', '2021-12-10')
pat(e, 'invention', '2021-11-16'); pat(e, 'invention', '2021-12-16'); pat(e, 'invention', '2022-01-16')
ent_expect(e, inv=('fail not_dishonest', 'review 5000 credit_removed_recently', 'review 5000 credit_removed_recently'),
           util=('fail not_dishonest', HI, HI), des=('fail not_dishonest', HI, HI), pct=('fail not_dishonest', HI, HI))
e = enterprise('G07 dishonesty list from 2021-12-05')
credit(e, 'serious_dishonesty', '2021-12-05')
pat(e, 'invention', '2021-11-16'); pat(e, 'invention', '2021-12-16')
ent_expect(e, inv=('auto 5000', 'fail not_dishonest', 'fail not_dishonest'),
           util=(HI, 'fail not_dishonest', 'fail not_dishonest'), des=(HI, 'fail not_dishonest', 'fail not_dishonest'),
           pct=(HI, 'fail not_dishonest', 'fail not_dishonest'))
why.append(('2021-12', INV, e, 'ineligible', 'not_dishonest'))
e = enterprise('G08 on the abnormal operations list'); credit(e, 'abnormal_operations', '2021-03-01')
pat(e, 'invention', '2021-11-16')
ent_expect(e, inv=('auto 5000', HI, HI))
e = enterprise('G09 removed from a list 2020-12-15, one of each in Nov and Dec')
credit(e, 'abnormal_operations', '2020-01-01', '2020-12-15')
one_of_each(e, '2021-11-17'); one_of_each(e, '2021-12-17')
ent_expect(e, inv=('review 5000 credit_removed_recently', 'auto 5000', HI),
           util=('review 1000 credit_removed_recently', 'auto 1000', HI),
           des=('review 500 credit_removed_recently', 'auto 500', HI),
           pct=('review 10000 credit_removed_recently', 'auto 10000', HI))
e = enterprise('G10 no bank account, one of each', bank_verified=None); one_of_each(e, '2021-11-18')
ent_expect(e, inv=('review 5000 no_bank_account', HI, HI), util=('review 1000 no_bank_account', HI, HI),
           des=('review 500 no_bank_account', HI, HI), pct=('review 10000 no_bank_account', HI, HI))
e = enterprise('G11 unverified account', bank_verified=0); pat(e, 'utility_model', '2021-11-18')
ent_expect(e, util=('review 1000 no_bank_account', HI, HI))
e = enterprise('G12 one of each, all four stacking groups distinct'); one_of_each(e, '2021-11-19')
ent_expect(e, inv=('auto 5000', HI, HI), util=('auto 1000', HI, HI), des=('auto 500', HI, HI), pct=('auto 10000', HI, HI))
e = enterprise('G13 revoked, outside the zone, nothing', status='revoked', area='441202')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail active')
why.append(('2021-11', INV, e, 'ineligible', 'active;in_zone;has_items'))
e = enterprise('G14 no account, removed 2021-05-05, four inventions', bank_verified=None)
credit(e, 'major_tax_violation', '2020-05-01', '2021-05-05')
pat(e, 'invention', '2021-11-21', n=4)
ent_expect(e, inv=('review 20000 credit_removed_recently;high_amount;no_bank_account', HI, HI))
e = enterprise('G15 removed from a list 2020-11-30 (12 months before 30 Nov)')
credit(e, 'abnormal_operations', '2020-01-01', '2020-11-30'); pat(e, 'invention', '2021-11-23')
ent_expect(e, inv=('auto 5000', HI, HI))
e = enterprise('G16 dishonesty list from 2021-11-30 (the last day)')
credit(e, 'serious_dishonesty', '2021-11-30'); pat(e, 'invention', '2021-11-23')
for pol in ENTERPRISE_POLICIES:
    expect(e, pol, 'fail not_dishonest')
why.append(('2021-11', INV, e, 'ineligible', 'not_dishonest'))
e = enterprise('G17 dishonesty list 2021-06-01..2021-11-30 (removed on the last day)')
credit(e, 'serious_dishonesty', '2021-06-01', '2021-11-30'); pat(e, 'invention', '2021-11-23')
ent_expect(e, inv=('review 5000 credit_removed_recently', HI, HI))
e = enterprise('E09 three inventions (just below high_amount)'); pat(e, 'invention', '2021-11-24', n=3)
ent_expect(e, inv=('auto 15000', HI, HI))
# Dangling: patents and a PCT application of an enterprise the registry does not know: no decision.
pat(DANGLING, 'invention', '2021-11-22'); pct(DANGLING, '2021-11-22')
# ... yet a subject of the run (registration is the condition `registered`, not a hidden gate):
# evaluated by every patent policy, ineligible at `registered`.
labels[DANGLING] = 'D1 patents and a PCT application, no enterprises row'
for pol in ENTERPRISE_POLICIES:
    expect(DANGLING, pol, 'fail registered')
why.append(('2021-11', INV, DANGLING, 'ineligible', 'registered'))
# Filler enterprises: granted outside the run months, lapsed, or nothing.
for i in range(50):
    e = enterprise('N%02d nothing in the run months' % i, bank_verified=(None if i % 7 == 3 else 1))
    if i % 3 == 0:
        pat(e, 'invention', '2021-%02d-15' % (1 + i % 10))
    elif i % 3 == 1:
        pat(e, 'utility_model', '2021-11-15', 'lapsed')
    if i % 5 == 0:
        pat(e, 'design', '2022-02-%02d' % (1 + i % 27))
    ent_expect(e)
why.append(('2021-11', DES, e, 'ineligible', 'has_items'))

# ------------------------------------------------------------------ not in the persons registry
# A master who pays zone pension but whose base record is missing from the
# public-security delivery: evaluated by both talent policies, ineligible at
# `registered` (an explanation says so; before, nobody ever saw him).
U1 = id_number('1988-08-08')
labels[U1] = 'U1 master paying zone pension, no persons row'
pension(U1, months('2020-01', '2021-12'))
edu(U1, 'master')
for pol in PERSON_POLICIES:
    expect(U1, pol, 'fail registered')
why.append(('2021-11', TL, U1, 'ineligible', 'registered'))
UNREGISTERED = [U1, DANGLING]

# ------------------------------------------------------------------ write
def write(name, header, data):
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        f.write(header + '\n')
        w = csv.writer(f, lineterminator='\n')
        w.writerows(data)

# Deliveries use the freedoms the feed contract gives providers, so that the
# importer's normalisation is part of what the expected decisions check:
# bool written 是/否 (bank_accounts) and true/false (education); a byte-order
# mark and CRLF line ends (social_insurance, where the id numbers ending in X
# are written with a lower-case x); another column order (persons); quoted
# fields with commas (education.school). Everything else: plain.
def deliver(feed, header, data):
    cols = header.split(',')
    data = [list(r) for r in data]
    bom, eol = '', '\n'
    if feed == 'bank_accounts':
        i = cols.index('verified')
        for r in data:
            r[i] = '是' if r[i] == '1' else '否'
    if feed == 'education':
        for c in ('full_time', 'overseas'):
            i = cols.index(c)
            for r in data:
                r[i] = 'true' if r[i] == '1' else 'false'
        i = cols.index('school')
        for n, r in enumerate(data):
            if n % 2:
                r[i] = '华南理工大学, 材料科学与工程学院'
    if feed == 'social_insurance':
        bom, eol = '\ufeff', '\r\n'
        for r in data:
            if r[0].endswith('X'):
                r[0] = r[0][:-1] + 'x'
    if feed == 'persons':
        order = ['name', 'id_number', 'birth_date', 'gender', 'household_area']
        data = [[r[cols.index(c)] for c in order] for r in data]
        cols = order
    with open(os.path.join(OUT, feed + '.csv'), 'w', newline='', encoding='utf-8') as f:
        f.write(bom + ','.join(cols) + eol)
        csv.writer(f, lineterminator=eol).writerows(data)

for feed, header in HEADERS.items():
    deliver(feed, header, rows[feed])
assert any(r[0].endswith('X') for r in rows['social_insurance'])

persons_all = [r[0] for r in rows['persons']]
ents_all = [r[0] for r in rows['enterprises']]
for period in PERIODS:
    for pol in PERSON_POLICIES:
        for s in persons_all:
            assert (period, pol, s) in expected, (period, pol, labels[s])
    for pol in ENTERPRISE_POLICIES:
        for s in ents_all:
            assert (period, pol, s) in expected, (period, pol, labels[s])
assert len(expected) == 3 * (2 * len(persons_all) + 4 * len(ents_all)) + 3 * (2 + 4)

STATUS = {'auto': 'auto', 'review': 'review', 'over': 'over_budget'}
ONE_OFF = {TH}
for period in PERIODS:
    out, counts = [], collections.defaultdict(collections.Counter)
    for (per, pol, s), o in expected.items():
        if per != period:
            continue
        c = counts[pol]
        c['evaluated'] += 1
        if o[0] in STATUS:
            out.append([pol, s, '' if pol in ONE_OFF else period, str(o[1] * 100), STATUS[o[0]], o[2]])
            c[o[0]] += 1
            if o[0] != 'over':
                c['total_fen'] += o[1] * 100
        elif o[0] == 'fail':
            c['ineligible'] += 1
            c['failed:' + o[1]] += 1
        else:
            c['skip'] += 1
    out.sort(key=lambda r: (r[0], r[1], r[2]))
    write('expected-%s.csv' % period, 'policy,subject_id,period,amount_fen,status,flags', out)
    crow = []
    for pol in sorted(counts):
        c = counts[pol]
        crow.append([pol, 'summary', '%d/%d/%d/%d/%d/%d/%d' % (c['evaluated'], c['auto'], c['review'], c['over'],
                                                              c['ineligible'], c['skip'], c['total_fen'])])
        for k in sorted(k for k in c if k.startswith('failed:')):
            crow.append([pol, k[len('failed:'):], str(c[k])])
    write('expected-counts-%s.csv' % period, 'policy,what,value', crow)
write('expected-why.csv', 'period,policy,subject_id,status,failed',
      [[per, pol, s, st, f] for per, pol, s, st, f in why])
write('subjects.csv', 'subject_id,case', [[s, labels[s].replace(',', ';')] for s in persons_all + ents_all + UNREGISTERED])
print('persons %d, enterprises %d, expectations %d' % (len(persons_all), len(ents_all), len(expected)))
