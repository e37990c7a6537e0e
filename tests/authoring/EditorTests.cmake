# The policy editor's core (branch editor).
mianshen_add_test(NAME authoring_editor_document SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editor_document.cpp LIBS mianshen_authoring)
mianshen_add_test(NAME authoring_editor_checker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editor_checker.cpp LIBS mianshen_authoring)
