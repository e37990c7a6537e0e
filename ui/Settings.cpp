#include "Settings.h"

#include <QSettings>
#include <QSplitter>

namespace mianshen::ui {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

QString Settings::keyName(Key key)
{
    switch (key) {
    case Key::Language: return QStringLiteral("ui/language");
    case Key::LastDatabase: return QStringLiteral("database/last");
    case Key::RecentDatabases: return QStringLiteral("database/recent");
    case Key::WindowGeometry: return QStringLiteral("window/geometry");
    case Key::WindowState: return QStringLiteral("window/state");
    case Key::CurrentPage: return QStringLiteral("window/page");
    case Key::MaskSensitive: return QStringLiteral("privacy/maskSensitive");
    case Key::FeedBrowserHeader: return QStringLiteral("data/feedBrowserHeader");
    case Key::RejectionHeader: return QStringLiteral("data/rejectionHeader");
    case Key::DataSplitter: return QStringLiteral("data/splitter");
    case Key::MainSplitter: return QStringLiteral("window/splitter");
    case Key::PoliciesSplitter: return QStringLiteral("policies/splitter");
    case Key::LastImportFolder: return QStringLiteral("data/lastImportFolder");
    case Key::LastPolicyFolder: return QStringLiteral("policies/lastFolder");
    case Key::ReviewQueueHeader: return QStringLiteral("review/queueHeader");
    case Key::ReviewFilters: return QStringLiteral("review/filters");
    case Key::ReviewSplitter: return QStringLiteral("review/splitter");
    case Key::StatsFrom: return QStringLiteral("statistics/from");
    case Key::StatsTo: return QStringLiteral("statistics/to");
    case Key::StatsPolicies: return QStringLiteral("statistics/policies");
    case Key::StatsTab: return QStringLiteral("statistics/tab");
    case Key::PaymentsSplitter: return QStringLiteral("payments/splitter");
    case Key::PaymentsTopSplitter: return QStringLiteral("payments/topSplitter");
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language: return QStringLiteral("system");
    case Key::LastDatabase: return QString();
    case Key::RecentDatabases: return QStringList();
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::FeedBrowserHeader:
    case Key::RejectionHeader:
    case Key::DataSplitter:
    case Key::MainSplitter:
    case Key::PoliciesSplitter:
    case Key::ReviewQueueHeader:
    case Key::ReviewSplitter: return QByteArray();
    case Key::ReviewFilters: return QVariantMap();
    case Key::CurrentPage: return 0;
    case Key::MaskSensitive: return true;
    case Key::LastImportFolder:
    case Key::LastPolicyFolder: return QString();
    case Key::StatsFrom:
    case Key::StatsTo: return QString();
    case Key::StatsPolicies: return QStringList();
    case Key::StatsTab: return 0;
    case Key::PaymentsSplitter:
    case Key::PaymentsTopSplitter: return QByteArray();
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    const QVariant fallback = defaultValue(key);
    QVariant v = m_settings->value(keyName(key), fallback);
    if (fallback.isValid() && v.metaType() != fallback.metaType() && v.canConvert(fallback.metaType()))
        v.convert(fallback.metaType());
    return v;
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings->contains(keyName(key)) && m_settings->value(keyName(key)) == value)
        return;
    m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

void Settings::addRecentDatabase(const QString &database)
{
    if (database.isEmpty())
        return;
    QStringList list = recentDatabases();
    list.removeAll(database);
    list.prepend(database);
    while (list.size() > MaxRecentDatabases)
        list.removeLast();
    setValue(Key::RecentDatabases, list);
}

void Settings::removeRecentDatabase(const QString &database)
{
    QStringList list = recentDatabases();
    if (list.removeAll(database) > 0)
        setValue(Key::RecentDatabases, list);
}

void Settings::sync()
{
    m_settings->sync();
}

void Settings::rememberSplitter(QSplitter *splitter, Key key)
{
    const QByteArray state = value(key).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, splitter, [this, splitter, key] {
        setValue(key, splitter->saveState());
    });
}

} // namespace mianshen::ui
