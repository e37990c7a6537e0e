# Staff: sign-in at start, the first administrator, the Administration page.
target_sources(mianshen_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SignInGate.h ${CMAKE_CURRENT_LIST_DIR}/SignInGate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstAdministratorDialog.h ${CMAKE_CURRENT_LIST_DIR}/FirstAdministratorDialog.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/pages/AdministrationPage.h ${CMAKE_CURRENT_SOURCE_DIR}/pages/AdministrationPage.cpp
)
