#pragma once

namespace mianshen::demo {

class CsvFileWriter;
class DemoWorld;

// social_insurance: pension and medical rows for every month a person is
// employed (2018-01..2021-12), with arrears gaps, yearly raises and a new base
// with each job; about six rows in seven of the district.
class DemoInsuranceWriter final
{
public:
    static void write(const DemoWorld &world, CsvFileWriter &out);
};

} // namespace mianshen::demo
