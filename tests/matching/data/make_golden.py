#!/usr/bin/env python3
"""Writes the golden matching fixture (CSV deliveries in the feed contract)
and the expected decisions, computed here independently of the program.

Deterministic: no randomness, every subject is built from its number.
Run: python3 make_golden.py   (writes golden/*.csv and golden/expected_*.csv)

The test policies (policies/*.json) are small on purpose, each exercising one
part of matching: TEST-PATENT (one-off, enterprise, budget served by
establishment date, flag), TEST-LIVING (monthly, max 3 months counting
payment_history, flags), TEST-HOUSE-A / TEST-HOUSE-B (one stacking group).
"""
import csv, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'golden')
ZONE = '441200-GX'

W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = '10X98765432'
def id_number(area, birth, seq, male):
    seq = seq * 2 + (1 if male else 0)       # digit 17 odd = male
    body = '%s%s%03d' % (area, birth.replace('-', ''), seq % 1000)
    return body + ID_CHECK[sum(int(c) * w for c, w in zip(body, W_ID)) % 11]

CC_ALPHA = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W_CC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
def credit_code(n):
    body = '91441200' + 'MA%07d' % n
    s = sum(CC_ALPHA.index(c) * w for c, w in zip(body, W_CC))
    return body + CC_ALPHA[(31 - s % 31) % 31]

W_PAT = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
def patent_no(year, kind_digit, serial):
    digits = '%04d%d%07d' % (year, kind_digit, serial)
    c = sum(int(d) * w for d, w in zip(digits, W_PAT)) % 11
    return 'ZL%s.%s' % (digits, 'X' if c == 10 else str(c))

def write(name, header, rows):
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)

# ---------------------------------------------------------------- enterprises
N_ENT = 80
enterprises, patents, credit, bank_ent = [], [], [], []
ent = {}
for i in range(N_ENT):
    cc = credit_code(1000 + i)
    status = 'revoked' if i % 10 == 3 else 'active'
    area = '441200' if i % 10 == 5 else ZONE
    est = '20%02d-%02d-%02d' % (5 + i % 15, 1 + i % 12, 1 + i % 28)
    enterprises.append([cc, 'Enterprise %d' % i, id_number('110101', '1980-01-01', i, True), area, est, status, 'C3985', 'small'])
    has_invention = i % 4 != 1          # every 4th (i%4==1) has only a utility model
    lapsed = i % 20 == 6                # its invention lapsed
    if has_invention:
        patents.append([patent_no(2019, 1, 100 + i), 'invention', 'Invention %d' % i, cc, '2019-03-01', '2021-0%d-15' % (1 + i % 8), 'lapsed' if lapsed else 'valid'])
    else:
        patents.append([patent_no(2019, 2, 100 + i), 'utility_model', 'Utility %d' % i, cc, '2019-03-01', '2021-02-15', 'valid'])
    dishonest = i % 10 == 7             # on the list (i%20==17: removed again -> fine)
    if dishonest:
        removed = '2021-01-01' if i % 20 == 17 else ''
        credit.append([cc, 'serious_dishonesty', '2020-06-01', removed, 'Tax bureau'])
    verified = i % 8 != 2
    bank_ent.append([cc, 'ICBC', '62220000%010d' % i, 'Enterprise %d' % i, '1' if verified else '0', '2021-01-01'])
    ent[cc] = dict(i=i, status=status, area=area, est=est, invention=has_invention and not lapsed,
                   dishonest=dishonest and i % 20 != 17, verified=verified)

# ---------------------------------------------------------------- persons
N_PER = 240
persons, si, edu, housing, bank_per, history = [], [], [], [], [], []
per = {}
employers = [e[0] for e in enterprises]
for i in range(N_PER):
    male = i % 2 == 0
    birth = '19%02d-%02d-%02d' % (70 + i % 25, 1 + i % 12, 1 + i % 27)
    pid = id_number('441200', birth, i, male)
    persons.append([pid, 'Person %d' % i, 'M' if male else 'F', birth, ZONE if i % 3 else '441200'])
    # social insurance: k pension months in the zone up to 2021-11 (k = i % 5)
    k = i % 5
    months = ['2021-%02d' % m for m in range(11 - k + 1, 12)] if k else []
    for m in months:
        si.append([pid, employers[i % N_ENT], m, ZONE if i % 7 else '441200', '8000.50', 'pension'])
        si.append([pid, employers[i % N_ENT], m, ZONE, '8000.50', 'medical'])
    overseas = i % 11 == 4
    if i % 6 != 5:
        edu.append([pid, 'master' if i % 2 else 'bachelor', '1', 'Some University', 'Physics', '2018-07-01', 'CERT%05d' % i, '1' if overseas else '0'])
    first_home = i % 4 == 0
    if i % 4 in (0, 1):
        housing.append([pid, 'HT%05d' % i, '2021-05-0%d' % (1 + i % 9), ZONE if i % 8 == 0 else '441200', '90.50', '1200000', '1' if first_home else '0', ''])
    bank_per.append([pid, 'ICBC', '62220001%010d' % i, 'Person %d' % i, '0' if i % 13 == 9 else '1', '2021-01-01'])
    # previous system: two months of TEST-LIVING paid for every 10th person
    paid = []
    if i % 10 == 3:
        paid = ['2021-06', '2021-07']
        for m in paid:
            history.append(['TEST-LIVING', pid, m, '1000', m + '-28'])
    per[pid] = dict(i=i, months=months, si_zone_months=[m for m in months if i % 7], overseas=overseas and i % 6 != 5,
                    first_home=first_home, house_zone=first_home and i % 8 == 0, house_any=first_home,
                    verified=i % 13 != 9, paid=paid)
# a one-off from the previous system: TEST-HOUSE-B already paid to person 4
history.append(['TEST-HOUSE-B', persons[4][0], '', '5000', '2020-12-01'])

write('enterprises.csv', ['credit_code', 'name', 'legal_rep_id_number', 'registered_area', 'established_date', 'status', 'industry_code', 'size'], enterprises)
write('patents.csv', ['patent_no', 'kind', 'title', 'patentee_credit_code', 'application_date', 'grant_date', 'status'], patents)
write('credit_records.csv', ['subject_id', 'list', 'listed_date', 'removed_date', 'authority'], credit)
write('bank_accounts.csv', ['subject_id', 'bank_name', 'account_no', 'account_name', 'verified', 'updated_date'], bank_ent + bank_per)
write('persons.csv', ['id_number', 'name', 'gender', 'birth_date', 'household_area'], persons)
write('social_insurance.csv', ['id_number', 'employer_credit_code', 'month', 'paid_area', 'contribution_base', 'insurance_type'], si)
write('education.csv', ['id_number', 'level', 'full_time', 'school', 'major', 'graduation_date', 'certificate_no', 'overseas'], edu)
write('housing_transactions.csv', ['id_number', 'contract_no', 'contract_date', 'property_area', 'floor_area_m2', 'price', 'first_home', 'registration_date'], housing)
write('payment_history.csv', ['policy_code', 'subject_id', 'period', 'amount', 'paid_date'], history)

# ---------------------------------------------------------------- expected
def month_index(m):
    y, mm = m.split('-')
    return int(y) * 12 + int(mm) - 1

def expected(periods):
    """Decisions per run period, simulating runs in order."""
    awarded = {}      # (policy, subject) -> list of award periods (months or 'oneoff')
    spent = {'TEST-PATENT': 0}
    for h in history:
        awarded.setdefault((h[0], h[1]), []).append(h[2] or 'oneoff')
    out = {}
    for period in periods:
        rows = []
        # TEST-PATENT: one-off, 5000 yuan; budget 100000 yuan by establishment date, then id
        cands = []
        for cc, e in ent.items():
            if ('TEST-PATENT', cc) in awarded:
                continue
            if e['status'] == 'active' and e['area'] == ZONE and e['invention'] and not e['dishonest']:
                cands.append((e['est'], cc))
        cands.sort()
        remaining = 10000000 - spent['TEST-PATENT']
        exhausted = False
        decided = []
        for est, cc in cands:
            flags = [] if ent[cc]['verified'] else ['no_bank_account']
            if not exhausted and 500000 <= remaining:
                remaining -= 500000
                decided.append(('TEST-PATENT', cc, '', 500000, 'review' if flags else 'auto', flags))
            else:
                exhausted = True
                decided.append(('TEST-PATENT', cc, '', 500000, 'over_budget', flags))
        rows += decided
        # TEST-LIVING: monthly, >= 2 zone pension months up to the period, max 3 months
        pm = month_index(period)
        for pid, p in per.items():
            months = [m for m in p['si_zone_months'] if month_index(m) <= pm]
            if len(months) < 2:
                continue
            earlier = [m for m in awarded.get(('TEST-LIVING', pid), []) if m != 'oneoff' and month_index(m) < pm]
            if len(set(earlier)) >= 3:
                continue
            flags = sorted((['overseas_degree'] if p['overseas'] else []) + ([] if p['verified'] else ['no_bank_account']))
            rows.append(('TEST-LIVING', pid, period, 100000, 'review' if flags else 'auto', flags))
        # TEST-HOUSE-A (rank 1, zone first home, 3000) / TEST-HOUSE-B (rank 2, any first home, 5000)
        for pid, p in per.items():
            # one policy of the group per subject, also across periods
            had = ('TEST-HOUSE-A', pid) in awarded or ('TEST-HOUSE-B', pid) in awarded
            a = p['house_zone'] and not had
            b = p['house_any'] and not had
            if a:
                rows.append(('TEST-HOUSE-A', pid, '', 300000, 'auto', []))
            elif b:
                rows.append(('TEST-HOUSE-B', pid, '', 500000, 'auto', []))
        rows.sort(key=lambda r: (r[0], r[1], r[2]))
        out[period] = rows
        for r in rows:
            if r[4] in ('auto', 'review'):
                awarded.setdefault((r[0], r[1]), []).append(r[2] or 'oneoff')
                if r[0] == 'TEST-PATENT':
                    spent['TEST-PATENT'] += r[3]
    return out

for period, rows in expected(['2021-09', '2021-10', '2021-11', '2021-12']).items():
    write('expected_%s.csv' % period, ['policy', 'subject_id', 'period', 'amount_fen', 'status', 'flags'],
          [[r[0], r[1], r[2], r[3], r[4], ';'.join(r[5])] for r in rows])
