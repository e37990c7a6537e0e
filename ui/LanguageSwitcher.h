#pragma once

#include "domain/LanguageSwitcher.h"

namespace mianshen::ui {

// The window's language switch: the core's (domain::LanguageSwitcher, which
// the headless commands use without the widgets library).
class LanguageSwitcher final : public domain::LanguageSwitcher
{
    Q_OBJECT
public:
    using domain::LanguageSwitcher::LanguageSwitcher;
};

} // namespace mianshen::ui
