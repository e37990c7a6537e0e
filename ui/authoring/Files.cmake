# The policy editor (Policies page: New Policy, New Version, Open Draft).
target_sources(mianshen_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ExpressionHighlighter.h ${CMAKE_CURRENT_LIST_DIR}/ExpressionHighlighter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExpressionEdit.h ${CMAKE_CURRENT_LIST_DIR}/ExpressionEdit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RuleListEditor.h ${CMAKE_CURRENT_LIST_DIR}/RuleListEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TableEditor.h ${CMAKE_CURRENT_LIST_DIR}/TableEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TestCaseEditor.h ${CMAKE_CURRENT_LIST_DIR}/TestCaseEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MetadataForm.h ${CMAKE_CURRENT_LIST_DIR}/MetadataForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PolicyEditorDialog.h ${CMAKE_CURRENT_LIST_DIR}/PolicyEditorDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PolicyEditorLauncher.h ${CMAKE_CURRENT_LIST_DIR}/PolicyEditorLauncher.cpp
)
