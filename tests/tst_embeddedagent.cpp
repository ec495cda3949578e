// The workbench's embedded default: with no agent configured, WorkbenchCore serves a simulated
// netlab-agent on loopback and the Sensors tab follows it — points on both charts, labelled
// simulated, the LED switchable without typing the token. Off unless asked for.
#include <app/workbench/workbenchcore.h>

#include <agent/agentservice.h>
#include <netlab/agentclient.h>
#include <netlab/agentroster.h>
#include <netlab/sensorhistory.h>
#include <widgets/sensorstab.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::AgentClient;
using netlab::SensorsTab;
using netlab::WorkbenchCore;

class tst_EmbeddedAgent : public QObject
{
    Q_OBJECT

private slots:
    void offUnlessAskedFor();
    void sensorsTabIsLive();
};

void tst_EmbeddedAgent::offUnlessAskedFor()
{
    WorkbenchCore core;
    QVERIFY(!core.embeddedAgent());
    QCOMPARE(core.agents->count(), 0);
}

void tst_EmbeddedAgent::sensorsTabIsLive()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    WorkbenchCore core;
    QString error;
    QVERIFY2(core.startEmbeddedAgent(dataDir.path(), &error, 100), qPrintable(error));
    QVERIFY(core.embeddedAgent());
    QCOMPARE(core.embeddedAgent()->url().host(), u"127.0.0.1"_s);

    QCOMPARE(core.agents->count(), 1);
    QVERIFY(core.agents->isEmbedded(0));
    AgentClient *client = core.agents->client(0);
    SensorsTab tab(core.agents);
    tab.resize(900, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));

    // The tab shows where it is connected: the embedded agent's loopback port.
    auto *host = tab.findChild<QComboBox *>(u"hostCombo"_s);
    auto *port = tab.findChild<QSpinBox *>(u"portSpin"_s);
    QVERIFY(host && port);
    QCOMPARE(host->currentText(), u"127.0.0.1"_s);
    QCOMPARE(port->value(), int(core.embeddedAgent()->port()));

    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Online, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        tab.temperaturePointCount() > 1 && tab.humidityPointCount() > 1, 10'000);
    auto *agentLabel = tab.findChild<QLabel *>(u"agentLabel"_s);
    QVERIFY(agentLabel);
    QTRY_VERIFY2(agentLabel->text().contains(u"simulated"_s), qPrintable(agentLabel->text()));
    QVERIFY(agentLabel->text().contains(u"online"_s));

    // The token was handed over: it is in the Token field, and the LED switches without the
    // user typing it.
    auto *token = tab.findChild<QLineEdit *>(u"tokenEdit"_s);
    QVERIFY(token);
    QCOMPARE(token->text().toUtf8(), core.embeddedAgent()->token());
    auto *led = tab.findChild<QCheckBox *>(u"ledCheck"_s);
    QVERIFY(led);
    QVERIFY(led->isEnabled());
    QVERIFY(!core.embeddedAgent()->ledOn());
    led->click();
    QTRY_VERIFY_WITH_TIMEOUT(core.embeddedAgent()->ledOn(), 5000);
}

QTEST_MAIN(tst_EmbeddedAgent)
#include "tst_embeddedagent.moc"
