# The case file of the review desk: what a reviewer reads to decide a case.
target_sources(mianshen_review PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CaseFile.h ${CMAKE_CURRENT_LIST_DIR}/CaseFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseExplanation.h ${CMAKE_CURRENT_LIST_DIR}/CaseExplanation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseHistory.h ${CMAKE_CURRENT_LIST_DIR}/CaseHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CasePolicies.h ${CMAKE_CURRENT_LIST_DIR}/CasePolicies.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseReveal.h ${CMAKE_CURRENT_LIST_DIR}/CaseReveal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CasePrecedents.h ${CMAKE_CURRENT_LIST_DIR}/CasePrecedents.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseRecords.h ${CMAKE_CURRENT_LIST_DIR}/CaseRecords.cpp
)
