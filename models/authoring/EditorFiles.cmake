# The policy editor's core: the document model, live checks, completion, test runs.
target_sources(mianshen_authoring PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EditorJson.h ${CMAKE_CURRENT_LIST_DIR}/EditorJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditorDocument.h ${CMAKE_CURRENT_LIST_DIR}/EditorDocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditorChecker.h ${CMAKE_CURRENT_LIST_DIR}/EditorChecker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditorCompletion.h ${CMAKE_CURRENT_LIST_DIR}/EditorCompletion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditorTestRun.h ${CMAKE_CURRENT_LIST_DIR}/EditorTestRun.cpp
)
