// The Sensors tab against real simulated netlab-agent processes, offscreen: live charts, the
// LED and its token, several agents, the gap an agent's outage leaves, zoom and follow live.
#include "agentprocess.h"

#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/sensorhistory.h>
#include <widgets/endpointpicker.h>
#include <widgets/sensorstab.h>
#include <widgets/statusline.h>

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGraphicsRectItem>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <limits>

using namespace Qt::StringLiterals;
using netlab::AgentClient;
using netlab::AgentRoster;
using netlab::SensorsTab;
using netlab::test::startAgent;
using netlab::test::stopAgent;

class tst_SensorsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveChartsAndLed();
    void severalAgents();
    void outageLeavesAGap();
    void zoomAndFollowLive();
    void agentsRemembered();
    void builtInAgentIsNotReused();
    void codeFollowsTheTab();

private:
    // Types the address into the tab and presses Add agent.
    static void addAgent(SensorsTab &tab, quint16 port);
    static void showTab(SensorsTab &tab);

    QTemporaryDir m_dir;
    QProcess m_agent;
    quint16 m_port = 0;
};

void tst_SensorsTab::initTestCase()
{
    m_port = startAgent(m_agent, m_dir.path());
    QVERIFY(m_port);
}

void tst_SensorsTab::cleanupTestCase()
{
    stopAgent(m_agent);
}

void tst_SensorsTab::showTab(SensorsTab &tab)
{
    tab.resize(900, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
}

void tst_SensorsTab::addAgent(SensorsTab &tab, quint16 port)
{
    auto *endpoint = tab.findChild<netlab::EndpointPicker *>(u"endpoint"_s);
    QVERIFY(endpoint);
    endpoint->setHost(u"127.0.0.1"_s);
    endpoint->setPort(port);
    auto *add = tab.findChild<QPushButton *>(u"addAgentButton"_s);
    QVERIFY(add);
    QCOMPARE(add->text(), u"&Add agent"_s);
    QTest::mouseClick(add, Qt::LeftButton);
}

void tst_SensorsTab::liveChartsAndLed()
{
    AgentRoster agents;
    auto tab = std::make_unique<SensorsTab>(&agents);
    showTab(*tab);
    auto *agentLabel = tab->findChild<QLabel *>(u"agentLabel"_s);
    QVERIFY(agentLabel->text().contains(u"Add agent"_s)); // says what to do when empty

    addAgent(*tab, m_port);
    QCOMPARE(agents.count(), 1);
    AgentClient *client = agents.client(0);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Online, 10'000);

    // Points on both charts, one unbroken line, and the captions a user reads.
    QTRY_VERIFY_WITH_TIMEOUT(tab->temperaturePointCount() >= 5, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->humidityPointCount() >= 5, 10'000);
    QCOMPARE(tab->segmentCount(0), 1);
    QCOMPARE(tab->gapBandCount(0), 0);
    auto *stats = tab->findChild<QLabel *>(u"statsLabel"_s);
    QTRY_VERIFY(stats->text().contains(u"°C"_s));
    QTRY_VERIFY(agentLabel->text().contains(u"online"_s));
    QVERIFY(agentLabel->text().contains(u"simulated"_s));
    auto *list = tab->findChild<QTreeWidget *>(u"agentList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QTRY_VERIFY(list->topLevelItem(0)->text(4).contains(u"°C"_s)); // Now

    // The LED without the token is refused and the switch goes back.
    auto *led = tab->findChild<QCheckBox *>(u"ledCheck"_s);
    auto *status = tab->findChild<netlab::StatusLine *>(u"statusLine"_s);
    QTRY_VERIFY(led->isEnabled());
    QTest::mouseClick(led, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->isError() && status->text().contains(u"token"_s), 10'000);
    QVERIFY(!led->isChecked());
    // With the token it switches.
    QFile tokenFile(m_dir.filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    auto *token = tab->findChild<QLineEdit *>(u"tokenEdit"_s);
    token->clear();
    QTest::keyClicks(token, QString::fromLatin1(tokenFile.readAll().trimmed()));
    QTest::mouseClick(led, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isError() && status->text() == u"LED on"_s, 10'000);
    QVERIFY(led->isChecked());

    // The time window changes what is drawn, not what is held.
    auto *window = tab->findChild<QComboBox *>(u"windowCombo"_s);
    window->setCurrentIndex(3);
    QCOMPARE(tab->windowMs(), 7LL * 24 * 3600 * 1000);
    QVERIFY(tab->viewToMs() - tab->viewFromMs() == tab->windowMs());

    // A rebuilt tab (language switch) shows the core's state at once, token included.
    tab.reset();
    SensorsTab rebuilt(&agents);
    rebuilt.resize(900, 700);
    rebuilt.refreshCharts();
    QVERIFY(rebuilt.temperaturePointCount() >= 5);
    QVERIFY(rebuilt.findChild<QLabel *>(u"agentLabel"_s)->text().contains(u"online"_s));
    QCOMPARE(rebuilt.findChild<QPushButton *>(u"connectButton"_s)->text(), u"Dis&connect"_s);
    QVERIFY(!rebuilt.findChild<QLineEdit *>(u"tokenEdit"_s)->text().isEmpty());
    QCOMPARE(rebuilt.findChild<QSpinBox *>(u"portSpin"_s)->value(), int(m_port));
    client->disconnectFromAgent();
}

void tst_SensorsTab::severalAgents()
{
    QTemporaryDir secondDir;
    QProcess second;
    const quint16 secondPort = startAgent(second, secondDir.path());
    QVERIFY(secondPort);

    AgentRoster agents;
    SensorsTab tab(&agents);
    showTab(tab);
    addAgent(tab, m_port);
    addAgent(tab, secondPort);
    QCOMPARE(agents.count(), 2);
    // The same address again is the same agent, not a third line.
    addAgent(tab, m_port);
    QCOMPARE(agents.count(), 2);
    QCOMPARE(tab.selectedAgent(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(agents.client(0)->state(), AgentClient::State::Online, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(agents.client(1)->state(), AgentClient::State::Online, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(tab.segmentCount(0) == 1 && tab.segmentCount(1) == 1, 10'000);
    auto *list = tab.findChild<QTreeWidget *>(u"agentList"_s);
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(list->topLevelItem(1)->text(0).contains(QString::number(secondPort)));
    QTRY_VERIFY(list->topLevelItem(0)->text(1) == u"online"_s
        && list->topLevelItem(1)->text(1) == u"online"_s);
    // Two agents: a legend says which line is which.
    auto *chart = tab.findChild<QChartView *>(u"temperatureChart"_s);
    QVERIFY(chart->chart()->legend()->isVisible());

    // Selecting the second agent puts its address in the inputs; disconnecting it leaves the
    // first one alone.
    tab.selectAgent(1);
    QCOMPARE(tab.findChild<QSpinBox *>(u"portSpin"_s)->value(), int(secondPort));
    QTest::mouseClick(tab.findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    QCOMPARE(agents.client(1)->state(), AgentClient::State::Disconnected);
    QCOMPARE(agents.client(0)->state(), AgentClient::State::Online);
    QCOMPARE(tab.findChild<QPushButton *>(u"connectButton"_s)->text(), u"&Connect"_s);

    // Removing it (Delete in the list) takes its line and its row away.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(agents.count(), 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!chart->chart()->legend()->isVisible());
    QCOMPARE(chart->chart()->series().size(), 1);
    stopAgent(second);
}

void tst_SensorsTab::outageLeavesAGap()
{
    QTemporaryDir dir;
    QProcess agent;
    const quint16 port = startAgent(agent, dir.path());
    QVERIFY(port);
    AgentRoster agents;
    SensorsTab tab(&agents);
    showTab(tab);
    addAgent(tab, port);
    AgentClient *client = agents.client(0);
    QTRY_VERIFY_WITH_TIMEOUT(tab.temperaturePointCount() >= 5, 10'000);

    // The agent stops: after three missed readings (3 s at least) the silence is shaded up to
    // now, and says the agent is offline.
    stopAgent(agent);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Reconnecting, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(tab.gapBandCount(0), 1, 10'000);
    auto *chart = tab.findChild<QChartView *>(u"temperatureChart"_s);
    QGraphicsRectItem *band = nullptr;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *rect = dynamic_cast<QGraphicsRectItem *>(item);
        if (rect && rect->isVisible() && rect->toolTip().contains(u"no reading"_s))
            band = rect;
    }
    QVERIFY(band);
    QVERIFY2(band->toolTip().contains(u"offline"_s), qPrintable(band->toolTip()));
    QVERIFY(band->rect().width() >= 1);

    // It comes back on the same port with the same data: the line resumes as a second piece,
    // the outage between them stays shaded, and nothing stored before was lost.
    const qsizetype before = agents.history(0)->size();
    QProcess again;
    QCOMPARE(startAgent(again, dir.path(), port), port);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Online, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(tab.segmentCount(0), 2, 10'000);
    QTRY_COMPARE(tab.gapBandCount(0), 1);
    QVERIFY(agents.history(0)->size() > before);
    const QList<netlab::SensorHistory::Gap> gaps
        = agents.history(0)->gaps(0, std::numeric_limits<qint64>::max());
    QCOMPARE(gaps.size(), 1);
    QVERIFY(gaps.first().durationMs() >= 3000);
    QVERIFY(!gaps.first().sensorFailed);
    stopAgent(again);
}

void tst_SensorsTab::zoomAndFollowLive()
{
    AgentRoster agents;
    SensorsTab tab(&agents);
    showTab(tab);
    addAgent(tab, m_port);
    QTRY_VERIFY_WITH_TIMEOUT(tab.temperaturePointCount() >= 20, 10'000);
    QVERIFY(tab.isFollowingLive());

    // "+" over the chart zooms in around the middle: the view holds still while readings come.
    auto *chart = tab.findChild<QChartView *>(u"temperatureChart"_s);
    chart->setFocus();
    const qint64 span = tab.viewToMs() - tab.viewFromMs();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(!tab.isFollowingLive());
    QCOMPARE(tab.viewToMs() - tab.viewFromMs(), span / 2);
    const qint64 heldTo = tab.viewToMs();
    const qsizetype held = agents.history(0)->size();
    QTRY_VERIFY_WITH_TIMEOUT(agents.history(0)->size() > held + 5, 10'000);
    tab.refreshCharts();
    QCOMPARE(tab.viewToMs(), heldTo);
    // The arrow keys move it back in time.
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(tab.viewToMs(), heldTo - span / 20);

    // Follow live: the moving window again, with the newest reading in view.
    QTest::mouseClick(tab.findChild<QPushButton *>(u"followLiveButton"_s), Qt::LeftButton);
    QVERIFY(tab.isFollowingLive());
    QTRY_VERIFY(tab.viewToMs() >= agents.history(0)->lastTimestamp()
        && tab.viewToMs() - tab.viewFromMs() == tab.windowMs());
    agents.client(0)->disconnectFromAgent();
}

void tst_SensorsTab::agentsRemembered()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    {
        AgentRoster agents;
        SensorsTab tab(&agents);
        addAgent(tab, m_port);
        agents.add(QUrl(u"http://127.0.0.1:1/"_s), {}, true); // embedded: not remembered
        tab.saveSettings(settings);
    }
    QCOMPARE(settings.value(u"agents"_s).toStringList(),
        QStringList {u"http://127.0.0.1:%1/"_s.arg(m_port)});
    // The next launch follows it again, connected.
    AgentRoster agents;
    SensorsTab tab(&agents);
    tab.restoreSettings(settings);
    QCOMPARE(agents.count(), 1);
    QCOMPARE(agents.client(0)->baseUrl().port(), int(m_port));
    QTRY_COMPARE_WITH_TIMEOUT(agents.client(0)->state(), AgentClient::State::Online, 10'000);
    agents.client(0)->disconnectFromAgent();
}

void tst_SensorsTab::builtInAgentIsNotReused()
{
    // The workbench's built-in agent runs on a random port with its own token. A student
    // adding their Pi must not inherit either.
    AgentRoster agents;
    agents.add(QUrl(u"http://127.0.0.1:1/"_s), "built-in-token", true);
    SensorsTab tab(&agents);
    showTab(tab);
    auto *endpoint = tab.findChild<netlab::EndpointPicker *>(u"endpoint"_s);
    auto *token = tab.findChild<QLineEdit *>(u"tokenEdit"_s);
    auto *list = tab.findChild<QTreeWidget *>(u"agentList"_s);
    QVERIFY(endpoint && token && list);
    QCOMPARE(endpoint->port(), quint16(8750));
    QVERIFY(token->text().isEmpty());
    QCOMPARE(list->currentItem(), nullptr);

    // Its details show when its row is selected…
    list->setCurrentItem(list->topLevelItem(0));
    QCOMPARE(token->text(), u"built-in-token"_s);
    QCOMPARE(endpoint->port(), quint16(1));
    // …and a new address typed over them gets no token unless one is typed for it.
    addAgent(tab, m_port);
    QCOMPARE(agents.count(), 2);
    QCOMPARE(agents.client(1)->token(), QByteArray());
    QCOMPARE(agents.client(0)->token(), "built-in-token"_ba);
    agents.client(1)->disconnectFromAgent();
}

// "Show as code": the agent in the form, the window, the token and the LED, live.
void tst_SensorsTab::codeFollowsTheTab()
{
    AgentRoster agents;
    SensorsTab tab(&agents);
    showTab(tab);
    auto *toggle = tab.findChild<QPushButton *>(u"showCodeButton"_s);
    auto *text = tab.findChild<QPlainTextEdit *>(u"codeText"_s);
    QVERIFY(toggle && text);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(text->isVisible());
    QCOMPARE(text->toPlainText(), tab.code().python);
    QVERIFY2(text->toPlainText().contains(u"AGENT = \"http://127.0.0.1:8750\"\n"_s),
        qPrintable(text->toPlainText()));
    QVERIFY(!text->toPlainText().contains(u"TOKEN"_s));

    auto *endpoint = tab.findChild<netlab::EndpointPicker *>(u"endpoint"_s);
    tab.findChild<QSpinBox *>(u"portSpin"_s)->setValue(8751);
    QVERIFY(text->toPlainText().contains(u"AGENT = \"http://127.0.0.1:8751\"\n"_s));
    QVERIFY(endpoint);
    tab.findChild<QComboBox *>(u"windowCombo"_s)->setCurrentIndex(1);
    QVERIFY(text->toPlainText().contains(u"WINDOW_MS = 3600000  #"_s));
    QTest::keyClicks(tab.findChild<QLineEdit *>(u"tokenEdit"_s), u"s3cret"_s);
    QVERIFY(text->toPlainText().contains(u"TOKEN = \"s3cret\"  #"_s));
    QVERIFY(text->toPlainText().contains(u"LED_ON = False\n"_s));

    // With an agent selected, the form (and so the code) shows that agent.
    addAgent(tab, m_port);
    QTRY_VERIFY(text->toPlainText().contains(u"AGENT = \"http://127.0.0.1:%1\"\n"_s.arg(m_port)));
    agents.client(0)->disconnectFromAgent();
}

QTEST_MAIN(tst_SensorsTab)
#include "tst_sensorstab.moc"
