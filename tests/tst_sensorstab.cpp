// The Sensors tab against a real simulated netlab-agent process, offscreen.
#include <netlab/agentclient.h>
#include <netlab/sensorhistory.h>
#include <widgets/endpointpicker.h>
#include <widgets/sensorstab.h>
#include <widgets/statusline.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::AgentClient;

class tst_SensorsTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveChartsAndLed();

private:
    QTemporaryDir m_dir;
    QProcess m_agent;
    quint16 m_port = 0;
};

void tst_SensorsTab::initTestCase()
{
    m_agent.start(QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"),
        {u"--simulate"_s, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
            m_dir.path(), u"--sim-min-interval-ms"_s, u"40"_s, u"--interval"_s, u"0.04"_s});
    QVERIFY(m_agent.waitForStarted(5000));
    static const QRegularExpression pattern(u"listening on http://127\\.0\\.0\\.1:(\\d+)/"_s);
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (!m_port && clock.elapsed() < 10'000 && m_agent.state() == QProcess::Running) {
        m_agent.waitForReadyRead(200);
        output += m_agent.readAllStandardOutput();
        const auto match = pattern.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_port = quint16(match.captured(1).toUInt());
    }
    QVERIFY2(m_port, output.constData());
}

void tst_SensorsTab::cleanupTestCase()
{
    m_agent.terminate();
    if (!m_agent.waitForFinished(10'000))
        m_agent.kill();
}

void tst_SensorsTab::liveChartsAndLed()
{
    AgentClient client;
    netlab::SensorHistory history;
    connect(&client, &AgentClient::readingsReceived, &history, &netlab::SensorHistory::append);
    auto tab = std::make_unique<netlab::SensorsTab>(&client, &history);
    tab->resize(900, 700);
    tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab.get()));

    auto *endpoint = tab->findChild<netlab::EndpointPicker *>(u"endpoint"_s);
    QVERIFY(endpoint);
    endpoint->setHost(u"127.0.0.1"_s);
    endpoint->setPort(m_port);
    auto *connectButton = tab->findChild<QPushButton *>(u"connectButton"_s);
    QVERIFY(connectButton);
    QVERIFY(!connectButton->accessibleName().isEmpty() || !connectButton->text().isEmpty());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Online, 10'000);

    // Points on both charts, and the captions a user reads.
    QTRY_VERIFY_WITH_TIMEOUT(tab->temperaturePointCount() >= 5, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->humidityPointCount() >= 5, 10'000);
    auto *stats = tab->findChild<QLabel *>(u"statsLabel"_s);
    QVERIFY(stats->text().contains(u"°C"_s));
    auto *agentLabel = tab->findChild<QLabel *>(u"agentLabel"_s);
    QTRY_VERIFY(agentLabel->text().contains(u"online"_s));
    QVERIFY(agentLabel->text().contains(u"simulated"_s));

    // The LED without the token is refused and the switch goes back.
    auto *led = tab->findChild<QCheckBox *>(u"ledCheck"_s);
    auto *status = tab->findChild<netlab::StatusLine *>(u"statusLine"_s);
    QVERIFY(led->isEnabled());
    QTest::mouseClick(led, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->isError() && status->text().contains(u"token"_s), 10'000);
    QVERIFY(!led->isChecked());
    // With the token it switches.
    QFile tokenFile(m_dir.filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    tab->findChild<QLineEdit *>(u"tokenEdit"_s)
        ->setText(QString::fromLatin1(tokenFile.readAll().trimmed()));
    QTest::mouseClick(led, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isError() && status->text() == u"LED on"_s, 10'000);
    QVERIFY(led->isChecked());

    // The time window changes what is drawn, not what is held.
    auto *window = tab->findChild<QComboBox *>(u"windowCombo"_s);
    window->setCurrentIndex(3);
    QCOMPARE(tab->windowMs(), 7LL * 24 * 3600 * 1000);

    // A rebuilt tab (language switch) shows the core's state at once.
    tab.reset();
    netlab::SensorsTab rebuilt(&client, &history);
    rebuilt.resize(900, 700);
    rebuilt.refreshCharts();
    QVERIFY(rebuilt.temperaturePointCount() >= 5);
    QVERIFY(rebuilt.findChild<QLabel *>(u"agentLabel"_s)->text().contains(u"online"_s));
    QCOMPARE(rebuilt.findChild<QPushButton *>(u"connectButton"_s)->text(), u"Dis&connect"_s);
    client.disconnectFromAgent();
}

QTEST_MAIN(tst_SensorsTab)
#include "tst_sensorstab.moc"
