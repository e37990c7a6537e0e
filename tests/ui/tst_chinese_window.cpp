// The Chinese window shows no English: with the zh_CN translator (and the
// translations still pending merge, translations/pending/*.tsv), every page
// of the window on a small demo database and every dialog the window opens
// are walked, and every visible text (labels, buttons, tabs, headers, menus
// and actions, tooltips, placeholders, list items) is checked. A text fails
// when it is an English source string that has a Chinese translation, or
// when it is plain English words where Chinese is expected; a short
// allow-list names what may stay as it is (ids, numbers, "CSV"...).

#include "demo/DemoDataGenerator.h"
#include "itemmodels/PagedTableModel.h"
#include "store/ConnectionSpec.h"
#include "support/PendingTranslations.h"
#include "ui/ConnectDialog.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PolicyPreviewDialog.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/TableBrowser.h"
#include "ui/pages/DataPage.h"
#include "ui/pages/MatchingPage.h"
#include "ui/pages/Page.h"
#include "ui/pages/PoliciesPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <memory>

using namespace mianshen;
using ui::MainWindow;

namespace {

// "&Run" -> "Run", "Open…\tCtrl+O" -> "Open…".
QString normalized(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    text.remove(accelerator);
    return text.trimmed();
}

// The English sources that have a Chinese translation: translations/mianshen_zh_CN.ts
// and the pending lines.
QSet<QString> translatedSources()
{
    QSet<QString> sources;
    QFile ts(QStringLiteral(MIANSHEN_SOURCE_DIR "/translations/mianshen_zh_CN.ts"));
    if (ts.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&ts);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!unfinished && !translation.isEmpty() && translation != source)
                    sources.insert(normalized(source));
            }
        }
    }
    const QStringList pending = QDir(QStringLiteral(MIANSHEN_SOURCE_DIR "/translations/pending"))
                                    .entryList({QStringLiteral("*.tsv")}, QDir::Files);
    for (const QString &name : pending) {
        QFile file(QStringLiteral(MIANSHEN_SOURCE_DIR "/translations/pending/") + name);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        while (!file.atEnd()) {
            const QStringList parts = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
            if (parts.size() == 3 && parts.at(1) != parts.at(2))
                sources.insert(normalized(parts.at(1)));
        }
    }
    sources.remove(QString());
    return sources;
}

// What may stay as it is in the Chinese window.
bool allowed(const QString &text)
{
    static const QSet<QString> words = {
        QStringLiteral("CSV"), QStringLiteral("PDF"), QStringLiteral("SQLite"), QStringLiteral("PostgreSQL"),
        QStringLiteral("SHA-256"), QStringLiteral("OK"), QStringLiteral("YYYY-MM"), QStringLiteral("sslmode"),
        QStringLiteral("Mianshen"), QStringLiteral("mianshen"), QStringLiteral("localhost"),
        QStringLiteral("English"), // the language chooser names each language in itself
    };
    if (words.contains(text))
        return true;
    // Ids and codes (policy codes, feed names, condition ids), numbers, dates,
    // file names and paths, URLs.
    static const QRegularExpression id(QStringLiteral("^[A-Z0-9_.:\\-]+$|^[a-z0-9_.\\-]+$|^[\\d\\s.,:%¥+\\-/()]*$"));
    static const QRegularExpression path(QStringLiteral("[/\\\\]|\\.(sqlite|csv|json|db)$|^postgresql://"));
    return id.match(text).hasMatch() || path.match(text).hasMatch();
}

// Plain English words: ASCII only with a word of three letters or more.
bool looksEnglish(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F && c != QChar(0x2026) && c != QChar(0x2014))
            return false;
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return word.match(text).hasMatch();
}

class Walker
{
public:
    explicit Walker(QSet<QString> sources)
        : m_sources(std::move(sources))
    {
    }

    QStringList offences() const { return m_offences; }
    int checked() const { return m_checked; }

    void check(const QString &where, const QString &raw, bool richText = false)
    {
        QString text = richText ? QTextDocumentFragment::fromHtml(raw).toPlainText() : raw;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString n = normalized(line);
            if (n.isEmpty())
                continue;
            ++m_checked;
            if (allowed(n))
                continue;
            if (m_sources.contains(n) || looksEnglish(n)) {
                const QString offence = where + QStringLiteral(": \"") + n + QLatin1Char('"');
                if (!m_offences.contains(offence))
                    m_offences << offence;
            }
        }
    }

    void walkActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            check(where + QStringLiteral(" action"), action->text());
            if (action->toolTip() != normalized(action->text()))
                check(where + QStringLiteral(" action tooltip"), action->toolTip());
            if (QMenu *menu = action->menu())
                walkActions(where + QStringLiteral(" > ") + normalized(action->text()), menu->actions());
        }
    }

    void walk(const QString &where, QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            const QString at = where + QLatin1Char('/') + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                                                   : w->objectName());
            check(at + QStringLiteral(" tooltip"), w->toolTip(), Qt::mightBeRichText(w->toolTip()));
            walkActions(at, w->actions());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(at, label->text(), label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()));
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(at, button->text());
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                check(at, group->title());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(at + QStringLiteral(" placeholder"), edit->placeholderText());
            else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(at + QStringLiteral(" item"), combo->itemText(i));
            } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(at + QStringLiteral(" tab"), tabs->tabText(i));
            } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
                walkActions(at, menuBar->actions());
            }
            if (auto *view = qobject_cast<QTableView *>(w); view && view->model()) {
                const QHeaderView *header = view->horizontalHeader();
                for (int c = 0; c < header->count(); ++c) {
                    if (!header->isSectionHidden(c))
                        check(at + QStringLiteral(" header"), view->model()->headerData(c, Qt::Horizontal).toString());
                }
            }
            if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int i = 0; i < list->count(); ++i) {
                    check(at + QStringLiteral(" item"), list->item(i)->text());
                    check(at + QStringLiteral(" item tooltip"), list->item(i)->toolTip());
                }
            }
        }
    }

private:
    QSet<QString> m_sources;
    QStringList m_offences;
    int m_checked = 0;
};

} // namespace

class TestChineseWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ui::LanguageSwitcher *m_languages = nullptr;
    std::unique_ptr<test::PendingTranslations> m_pending;
    QSet<QString> m_sources;
    QStringList m_demoFiles;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MianshenTest"));
        QCoreApplication::setApplicationName(QStringLiteral("mianshen-chinese-test"));
        QVERIFY(m_dir.isValid());
        ui::MessageBox::setTestMode(true);
        ui::Settings::instance().setValue(ui::Settings::Key::RecentDatabases, QStringList());
        ui::Settings::instance().setValue(ui::Settings::Key::LastDatabase, QString());
        ui::Settings::instance().setLanguage(QStringLiteral("zh_CN"));
        m_languages = new ui::LanguageSwitcher(this);
        QVERIFY(m_languages->apply(QStringLiteral("zh_CN")));
        m_pending = std::make_unique<test::PendingTranslations>();
        QCoreApplication::installTranslator(m_pending.get());
        m_sources = translatedSources();
        QVERIFY2(m_sources.size() > 500, "the Chinese translation was read");

        demo::DemoDataOptions options;
        options.persons = 400;
        options.enterprises = 60;
        options.seed = 5;
        options.outputDirectory = m_dir.filePath(QStringLiteral("demo"));
        const auto generated = demo::DemoDataGenerator(options).generate();
        QVERIFY2(generated, qPrintable(generated.error()));
        for (const auto &f : generated->files)
            m_demoFiles << m_dir.filePath(QStringLiteral("demo/") + f.fileName);
    }

    void cleanupTestCase()
    {
        QCoreApplication::removeTranslator(m_pending.get());
        ui::Settings::instance().setLanguage(QStringLiteral("en"));
    }

    // The checker itself: English where Chinese is expected is found.
    void walker_findsEnglish()
    {
        Walker walker(m_sources);
        walker.check(QStringLiteral("t"), QStringLiteral("&Run"));             // a source with a translation
        walker.check(QStringLiteral("t"), QStringLiteral("Some other words"));  // English words
        walker.check(QStringLiteral("t"), QStringLiteral("运行(&R)"));
        walker.check(QStringLiteral("t"), QStringLiteral("CSV"));
        walker.check(QStringLiteral("t"), QStringLiteral("talent_home"));
        walker.check(QStringLiteral("t"), QStringLiteral("2021-09"));
        QCOMPARE(walker.offences().size(), 2);
    }

    void everyPageAndDialog_showsNoEnglish()
    {
        MainWindow window(*m_languages);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(store::ConnectionSpec::sqlite(m_dir.filePath(QStringLiteral("zh.sqlite"))), false));

        // Data: imported through the Data page.
        {
            QSignalSpy done(window.dataPage(), &ui::DataPage::importFinished);
            QVERIFY(window.dataPage()->startImport(m_demoFiles, false));
            QVERIFY(done.wait(180000));
        }
        // Policies: every shipped one published.
        auto *policies = static_cast<ui::PoliciesPage *>(window.page(MainWindow::Policies));
        QTRY_VERIFY(!policies->isReading());
        const int shipped = policies->model()->rowCount();
        for (int row = 0; row < shipped; ++row) {
            policies->select(row);
            QVERIFY(policies->publishSelected());
            QTRY_VERIFY(!policies->isReading());
        }
        // Matching: a run for the month the page proposes.
        auto *matching = static_cast<ui::MatchingPage *>(window.page(MainWindow::Matching));
        window.showPage(MainWindow::Matching);
        QTRY_COMPARE(matching->policyList()->count(), shipped);
        QTRY_VERIFY(!matching->isReadingPolicies());
        {
            QSignalSpy done(matching, &ui::MatchingPage::runFinished);
            QVERIFY(matching->runMatching());
            QVERIFY(done.wait(180000));
            QVERIFY2(done.at(0).at(0).toBool(), qPrintable(ui::MessageBox::shownTexts().join(u'\n')));
        }
        QTRY_VERIFY(matching->decisionsBrowser()->model() && matching->decisionsBrowser()->model()->rowCount() > 0);
        matching->showExplanation(0);

        Walker walker(m_sources);
        walker.walk(QStringLiteral("window"), &window);
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            window.showPage(MainWindow::PageIndex(i));
            QTest::qWait(300); // the page reads on a worker
            walker.walk(window.page(MainWindow::PageIndex(i))->title(), &window);
        }
        // The tabs of the Matching page, one after the other.
        window.showPage(MainWindow::Matching);
        auto *tabs = matching->findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QTest::qWait(200);
            walker.walk(QStringLiteral("matching tab %1").arg(t), &window);
        }
        // The columns menu of a table header.
        {
            std::unique_ptr<QMenu> menu(matching->runsBrowser()->createColumnMenu(&window));
            QVERIFY(menu);
            walker.walkActions(QStringLiteral("columns menu"), menu->actions());
        }

        // The dialogs the window opens.
        {
            ui::SettingsDialog dialog(&window);
            dialog.show();
            walker.walk(QStringLiteral("settings"), &dialog);
        }
        {
            ui::ConnectDialog dialog(&window);
            dialog.show();
            walker.walk(QStringLiteral("connect"), &dialog);
        }
        {
            ui::ImportPreviewDialog dialog(m_demoFiles, &window);
            dialog.show();
            walker.walk(QStringLiteral("import preview"), &dialog);
        }
        {
            QPointer<ui::PolicyPreviewDialog> dialog = matching->openPolicyPreview(
                QStringLiteral(MIANSHEN_SOURCE_DIR "/resources/policies/talent_home.json"));
            QVERIFY(dialog);
            QSignalSpy done(dialog.data(), &ui::PolicyPreviewDialog::previewFinished);
            QVERIFY(dialog->startPreview());
            QVERIFY(done.wait(120000));
            walker.walk(QStringLiteral("what-if preview"), dialog);
            dialog->close();
        }
        QVERIFY2(walker.offences().isEmpty(), qPrintable(QStringLiteral("English in the Chinese window:\n")
                                                         + walker.offences().join(QLatin1Char('\n'))));
        qInfo("%d texts checked", walker.checked());
        QVERIFY(walker.checked() > 300);

        // The walk sees what is shown: the same window in English fails it.
        QCoreApplication::removeTranslator(m_pending.get());
        m_languages->apply(QStringLiteral("en"));
        QTest::qWait(300); // the widgets retranslate on the LanguageChange event
        Walker english(m_sources);
        english.walk(QStringLiteral("english"), &window);
        m_languages->apply(QStringLiteral("zh_CN"));
        QCoreApplication::installTranslator(m_pending.get());
        QVERIFY2(english.offences().size() > 50, qPrintable(english.offences().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestChineseWindow)
#include "tst_chinese_window.moc"
