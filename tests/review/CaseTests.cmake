# Tests of the review desk's case file (models/review/Case*).
mianshen_add_test(NAME review_case_file SOURCES tst_case_file.cpp CaseFixture.h LIBS mianshen_review POSTGRES)
