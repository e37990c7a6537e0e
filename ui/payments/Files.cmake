# The Payments page's widgets (ui/pages/PaymentsPage.* keeps its line in ui/CMakeLists.txt).
target_sources(mianshen_ui PRIVATE
    payments/BudgetPanel.h payments/BudgetPanel.cpp
    payments/RecoveryPanel.h payments/RecoveryPanel.cpp
    payments/PaymentJobStrip.h payments/PaymentJobStrip.cpp
)
