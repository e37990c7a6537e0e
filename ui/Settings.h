#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;
class QSplitter;

namespace mianshen::ui {

// Every setting of the program in one typed place, with its default and a
// change signal (after keepassxc's Config and zeal's Settings). Backed by
// QSettings; tests isolate it with QStandardPaths::setTestModeEnabled(true)
// or by giving a file of their own.
class Settings final : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        Language,            // "system", "zh_CN" or "en"
        LastDatabase,        // ConnectionSpec::toString() without password
        RecentDatabases,     // QStringList, newest first
        WindowGeometry,      // QByteArray
        WindowState,         // QByteArray
        CurrentPage,         // int
        MaskSensitive,       // bool, id and account numbers masked in browsers
        FeedBrowserHeader,   // QByteArray (header state)
        RejectionHeader,     // QByteArray
        DataSplitter,        // QByteArray
        MainSplitter,        // QByteArray
        PoliciesSplitter,    // QByteArray
        LastImportFolder,    // QString
        LastPolicyFolder,    // QString
        ReviewQueueHeader,   // QByteArray (the queue's column widths and order)
        ReviewFilters,       // QVariantMap (the queue's filters, see ReviewFilterBar)
        ReviewSplitter,      // QByteArray
        StatsFrom,           // QString 'YYYY-MM', the Statistics page's first month
        StatsTo,             // QString 'YYYY-MM'
        StatsPolicies,       // QStringList of policy codes (empty = all)
        StatsTab,            // int, the chart shown
        PaymentsSplitter,    // QByteArray (batches and side panels above, payments below)
        PaymentsTopSplitter, // QByteArray (batches beside budgets and recoveries)
    };
    Q_ENUM(Key)

    static constexpr int MaxRecentDatabases = 8;

    // The program's settings (QSettings with organisation and application name).
    static Settings &instance();
    // Settings stored in an INI file of one's own (tests).
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    // Restores the splitter's sizes from the key and keeps them there as the
    // user moves it.
    void rememberSplitter(QSplitter *splitter, Key key);
    static QVariant defaultValue(Key key);

    // Typed accessors for the keys used in many places.
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }
    QStringList recentDatabases() const { return value(Key::RecentDatabases).toStringList(); }
    // Puts a database first in the recent list (at most MaxRecentDatabases).
    void addRecentDatabase(const QString &database);
    void removeRecentDatabase(const QString &database);
    bool maskSensitive() const { return value(Key::MaskSensitive).toBool(); }

    void sync();

Q_SIGNALS:
    void changed(mianshen::ui::Settings::Key key);

private:
    Settings();
    static QString keyName(Key key);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mianshen::ui
