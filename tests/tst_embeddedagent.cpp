// The workbench's embedded default: with no agent configured, WorkbenchCore serves a simulated
// netlab-agent on loopback and the Sensors tab follows it — points on both charts, labelled
// simulated, the LED switchable without typing the token. Off unless asked for; started when
// the Sensors tab is first shown, on its own thread (no SQLite on the GUI thread).
#include <app/workbench/languagemanager.h>
#include <app/workbench/mainwindow.h>
#include <app/workbench/workbenchcore.h>

#include <agent/agentservice.h>
#include <agent/readingstore.h>
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/sensorhistory.h>
#include <widgets/sensorstab.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using netlab::AgentClient;
using netlab::AgentService;
using netlab::SensorsTab;
using netlab::WorkbenchCore;

class tst_EmbeddedAgent : public QObject
{
    Q_OBJECT

private slots:
    void offUnlessAskedFor();
    void startsWhenTheSensorsTabIsShown();
    void sensorsTabIsLive();
};

void tst_EmbeddedAgent::offUnlessAskedFor()
{
    WorkbenchCore core;
    QVERIFY(!core.embeddedAgent());
    QVERIFY(!core.startEmbeddedAgent()); // not armed
    QVERIFY(!core.embeddedAgentThread());
    QCOMPARE(core.agents->count(), 0);
}

void tst_EmbeddedAgent::startsWhenTheSensorsTabIsShown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WorkbenchCore core;
    core.armEmbeddedAgent(dir.filePath(u"agent"_s), 100);
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"currentTab"_s, u"tcp-client"_s);
    netlab::LanguageManager languages;
    languages.setLanguage(u"en"_s);
    netlab::MainWindow window(&core, &settings, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The workbench started without the agent: no thread, no database, nothing followed.
    QCoreApplication::processEvents();
    QVERIFY(!core.embeddedAgentThread());
    QVERIFY(!core.embeddedAgent());
    QCOMPARE(core.agents->count(), 0);
    QVERIFY(!QFile::exists(dir.filePath(u"agent/readings.sqlite"_s)));

    QSignalSpy started(&core, &WorkbenchCore::embeddedAgentStarted);
    window.setCurrentTab(u"sensors"_s);
    QVERIFY(core.embeddedAgentThread());
    QVERIFY(started.wait(10'000));
    QCOMPARE(core.agents->count(), 1);
    // Its store (SQLite, synchronous=FULL) lives on the agent's thread, not the GUI's.
    QVERIFY(core.embeddedAgent()->thread() == core.embeddedAgentThread());
    QVERIFY(core.embeddedAgent()->store()->thread() != QThread::currentThread());
    QVERIFY(core.embeddedAgent()->store()->thread() != window.thread());
    QTRY_VERIFY_WITH_TIMEOUT(core.agents->history(0)->size() > 2, 10'000);
    // Shown again later: still the one agent.
    window.setCurrentTab(u"tcp-client"_s);
    window.setCurrentTab(u"sensors"_s);
    QVERIFY(!core.startEmbeddedAgent());
    QCOMPARE(core.agents->count(), 1);
}

void tst_EmbeddedAgent::sensorsTabIsLive()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    WorkbenchCore core;
    QSignalSpy started(&core, &WorkbenchCore::embeddedAgentStarted);
    core.armEmbeddedAgent(dataDir.path(), 100);
    QVERIFY(core.startEmbeddedAgent());
    QVERIFY(started.wait(10'000));
    QVERIFY(core.embeddedAgent());
    AgentService *agent = core.embeddedAgent(); // on its own thread: ask it there
    const auto onAgentThread = [agent](auto function) {
        decltype(function()) result {};
        QMetaObject::invokeMethod(
            agent, [&] { result = function(); }, Qt::BlockingQueuedConnection);
        return result;
    };
    const QUrl url = onAgentThread([agent] { return agent->url(); });
    const QByteArray agentToken = onAgentThread([agent] { return agent->token(); });
    QCOMPARE(url.host(), u"127.0.0.1"_s);

    QCOMPARE(core.agents->count(), 1);
    QVERIFY(core.agents->isEmbedded(0));
    AgentClient *client = core.agents->client(0);
    SensorsTab tab(core.agents);
    tab.resize(900, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    // The form stays ready for a new agent (port 8750, no token) until the built-in agent's
    // row is selected; then it shows where that one is: its loopback port, its token.
    auto *host = tab.findChild<QComboBox *>(u"hostCombo"_s);
    auto *port = tab.findChild<QSpinBox *>(u"portSpin"_s);
    auto *token = tab.findChild<QLineEdit *>(u"tokenEdit"_s);
    auto *list = tab.findChild<QTreeWidget *>(u"agentList"_s);
    QVERIFY(host && port && token && list);
    QCOMPARE(port->value(), 8750);
    QVERIFY(token->text().isEmpty());
    list->setCurrentItem(list->topLevelItem(0));
    QCOMPARE(host->currentText(), u"127.0.0.1"_s);
    QCOMPARE(port->value(), url.port());

    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Online, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        tab.temperaturePointCount() > 1 && tab.humidityPointCount() > 1, 10'000);
    auto *agentLabel = tab.findChild<QLabel *>(u"agentLabel"_s);
    QVERIFY(agentLabel);
    QTRY_VERIFY2(agentLabel->text().contains(u"simulated"_s), qPrintable(agentLabel->text()));
    QVERIFY(agentLabel->text().contains(u"online"_s));

    // The token was handed over: it is in the Token field, and the LED switches without the
    // user typing it.
    QCOMPARE(token->text().toUtf8(), agentToken);
    auto *led = tab.findChild<QCheckBox *>(u"ledCheck"_s);
    QVERIFY(led);
    QVERIFY(led->isEnabled());
    QVERIFY(!onAgentThread([agent] { return agent->ledOn(); }));
    led->click();
    QTRY_VERIFY_WITH_TIMEOUT(onAgentThread([agent] { return agent->ledOn(); }), 5000);
}

QTEST_MAIN(tst_EmbeddedAgent)
#include "tst_embeddedagent.moc"
