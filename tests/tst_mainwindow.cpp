// The workbench window as a user meets it: one tab per lab, inputs remembered across
// restarts, the language switch, and the --screenshot-dir mode of the real executable.
#include <app/workbench/languagemanager.h>
#include <app/workbench/mainwindow.h>
#include <app/workbench/workbenchcore.h>
#include <widgets/endpointpicker.h>
#include <widgets/labtab.h>

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneTabPerLab();
    void inputsSurviveRestart();
    void languageSwitchRetitlesTabsAtOnce();
    void screenshotModeWritesEveryTab();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::oneTabPerLab()
{
    QSettings settings(m_dir.filePath(u"tabs.ini"_s), QSettings::IniFormat);
    netlab::LanguageManager languages;
    languages.setLanguage(u"en"_s);
    netlab::WorkbenchCore core;
    netlab::MainWindow window(&core, &settings, &languages);

    auto *tabs = window.findChild<QTabWidget *>(u"labTabs"_s);
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QCOMPARE(titles,
        QStringList({u"TCP client"_s, u"TCP server"_s, u"UDP"_s, u"Chat"_s, u"HTTP server"_s,
            u"HTTP client"_s, u"Serial"_s, u"Sensors"_s, u"MQTT"_s, u"Tools"_s}));
    // Every tab is reachable by its key, and each key is its screenshot's file name.
    QStringList keys;
    for (netlab::LabTab *tab : window.tabs())
        keys << tab->key();
    QCOMPARE(keys,
        QStringList({u"tcp-client"_s, u"tcp-server"_s, u"udp"_s, u"chat"_s, u"http-server"_s,
            u"http-client"_s, u"serial"_s, u"sensors"_s, u"mqtt"_s, u"tools"_s}));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text().remove(u'&');
    QCOMPARE(menus, QStringList({u"File"_s, u"Session"_s, u"Settings"_s, u"Help"_s}));

    // English counts read as English: "8 agents", not "8 agent(s)".
    auto *add = window.findChild<QPushButton *>(u"addAgentButton"_s);
    QVERIFY(add);
    QCOMPARE(add->toolTip(), u"Follow the agent at this address too (up to 8 agents)"_s);
    QCOMPARE(QCoreApplication::translate("netlab::HttpClientTab", "%n byte(s)", nullptr, 1),
        u"1 byte"_s);
    QCOMPARE(QCoreApplication::translate("netlab::HttpClientTab", "%n byte(s)", nullptr, 2),
        u"2 bytes"_s);
}

void tst_MainWindow::inputsSurviveRestart()
{
    const QString path = m_dir.filePath(u"restart.ini"_s);
    netlab::LanguageManager languages;
    languages.setLanguage(u"en"_s);
    netlab::WorkbenchCore core;
    {
        QSettings settings(path, QSettings::IniFormat);
        netlab::MainWindow window(&core, &settings, &languages);
        window.setCurrentTab(u"tcp-server"_s);
        auto *endpoint = window.findChild<netlab::EndpointPicker *>(u"endpoint"_s);
        QVERIFY(endpoint);
        endpoint->setHost(u"::1"_s);
        endpoint->setPort(4242);
        auto *serverPort = window.findChild<QSpinBox *>(u"serverPortSpin"_s);
        QVERIFY(serverPort);
        serverPort->setValue(55555);
        window.close(); // saves, as on quitting
    }
    QSettings settings(path, QSettings::IniFormat);
    netlab::MainWindow window(&core, &settings, &languages);
    auto *endpoint = window.findChild<netlab::EndpointPicker *>(u"endpoint"_s);
    QCOMPARE(endpoint->host(), u"::1"_s);
    QCOMPARE(endpoint->port(), quint16(4242));
    QCOMPARE(window.findChild<QSpinBox *>(u"serverPortSpin"_s)->value(), 55555);
    QCOMPARE(window.currentTab()->key(), u"tcp-server"_s);
}

void tst_MainWindow::languageSwitchRetitlesTabsAtOnce()
{
    QSettings settings(m_dir.filePath(u"language.ini"_s), QSettings::IniFormat);
    netlab::LanguageManager languages;
    languages.setLanguage(u"en"_s);
    netlab::WorkbenchCore core;
    netlab::MainWindow window(&core, &settings, &languages);
    window.setCurrentTab(u"tcp-server"_s);

    QAction *french = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"Français")
            french = action;
    }
    QVERIFY(french);
    french->trigger();

    auto *tabs = window.findChild<QTabWidget *>(u"labTabs"_s);
    QCOMPARE(tabs->tabText(0), u"Client TCP"_s);
    QCOMPARE(tabs->tabText(1), u"Serveur TCP"_s);
    QCOMPARE(window.currentTab()->key(), u"tcp-server"_s); // the user stays where they were
    QCOMPARE(settings.value(u"language"_s).toString(), u"fr"_s);
    languages.setLanguage(u"en"_s);
}

void tst_MainWindow::screenshotModeWritesEveryTab()
{
    const QString program = QStringLiteral(NETLAB_BIN_DIR "/netlab-workbench");
    const QString out = m_dir.filePath(u"shots"_s);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, {u"--screenshot-dir"_s, out, u"--language"_s, u"en"_s});
    QVERIFY2(process.waitForFinished(180000), "the workbench did not finish its screenshots");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    for (const QString &name :
        {u"tcp-client"_s, u"tcp-server"_s, u"udp"_s, u"chat"_s, u"http-server"_s, u"http-client"_s,
            u"serial"_s, u"sensors"_s, u"mqtt"_s, u"tools"_s, u"udp-code"_s}) {
        const QImage image(out + u'/' + name + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(name));
        QCOMPARE(image.size(), QSize(1100, 720));
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
