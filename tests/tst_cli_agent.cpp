// `netlab agent` as a real process against the real `netlab-agent --simulate` on a loopback
// port: info, stored readings as JSON lines, the LED refused without the token and switched
// with it, live readings followed until the agent goes away, bad arguments.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::test::setCommand;
using netlab::test::startProgram;

class tst_CliAgent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void info();
    void readingsAsJsonLines();
    void readingsLikeTheScript();
    void ledWithoutTokenIsRefused();
    void ledWithToken();
    void followUntilTheAgentGoesAway();
    void usageErrors_data();
    void usageErrors();
    void unreachableAgent();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    bool startAgent();
    QString address() const { return u"127.0.0.1:%1"_s.arg(m_port); }

    QTemporaryDir m_dataDir;
    QProcess m_agent;
    int m_port = 0;
};

// The agent prints "listening on http://127.0.0.1:PORT/" once it serves.
bool tst_CliAgent::startAgent()
{
    setCommand(m_agent, QStringLiteral(NETLAB_BIN_DIR "/netlab-agent"),
        {u"--simulate"_s, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--data-dir"_s,
            m_dataDir.path(), u"--sim-min-interval-ms"_s, u"40"_s, u"--interval"_s, u"0.05"_s,
            u"--retention-days"_s, u"1"_s});
    QSignalSpy output(&m_agent, &QProcess::readyReadStandardOutput);
    m_agent.start();
    static const QRegularExpression pattern(u"listening on http://127\\.0\\.0\\.1:(\\d+)/"_s);
    QByteArray text;
    for (int i = 0; i < 20 && m_agent.state() != QProcess::NotRunning; ++i) {
        text += m_agent.readAllStandardOutput();
        const auto match = pattern.match(QString::fromUtf8(text));
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
        output.wait(1000);
    }
    qWarning() << "agent did not start:" << text << m_agent.readAllStandardError();
    return false;
}

void tst_CliAgent::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    QVERIFY(startAgent());
}

void tst_CliAgent::cleanupTestCase()
{
    if (m_agent.state() == QProcess::NotRunning)
        return;
    QSignalSpy finished(&m_agent, &QProcess::finished);
    m_agent.terminate();
    if (!finished.wait(10'000))
        m_agent.kill();
}

tst_CliAgent::Run tst_CliAgent::run(const QStringList &arguments)
{
    Run result;
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startProgram(
        process, QStringLiteral(NETLAB_BIN_DIR "/netlab"), QStringList {u"agent"_s} + arguments);
    if (!finished.wait(20'000)) {
        process.kill();
        finished.wait(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_CliAgent::info()
{
    const Run result = run({address(), u"info"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("netlab-agent"), result.out.constData());
    QVERIFY2(result.out.contains("DHT11, simulated"), result.out.constData());
    QVERIFY2(result.out.contains("GPIO13"), result.out.constData());
    // English plural forms, not "1 day(s)".
    QVERIFY2(result.out.contains("storage: readings kept 1 day\n"), result.out.constData());

    const Run json = run({address(), u"info"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(u"agent"_s).toString(), u"netlab-agent"_s);
    QCOMPARE(object.value(u"sensor"_s).toObject().value(u"simulated"_s).toBool(), true);
}

void tst_CliAgent::readingsAsJsonLines()
{
    // The simulated sensor reads every 50 ms: ask again until more than two are stored.
    Run result;
    for (int i = 0; i < 50; ++i) {
        result = run({address(), u"readings"_s, u"--limit"_s, u"2"_s, u"--json"_s});
        if (result.exitCode != 0
            || (result.out.count('\n') >= 2 && result.err.contains("more readings follow")))
            break;
    }
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    qint64 previous = 0;
    for (const QByteArray &line : lines) {
        const QJsonObject reading = QJsonDocument::fromJson(line).object();
        QCOMPARE(reading.value(u"event"_s).toString(), u"reading"_s);
        const qint64 t = qint64(reading.value(u"t"_s).toDouble());
        QVERIFY(t > previous);
        previous = t;
        QVERIFY(reading.value(u"temperature_c"_s).isDouble());
        const double humidity = reading.value(u"humidity_pct"_s).toDouble(-1);
        QVERIFY(humidity >= 0 && humidity <= 100);
    }
    // More are stored than the two asked for: the command says how to go on.
    QVERIFY2(
        result.err.contains("--since " + QByteArray::number(previous)), result.err.constData());
}

void tst_CliAgent::readingsLikeTheScript()
{
    const Run result
        = run({address(), u"readings"_s, u"--since"_s, u"10m"_s, u"--limit"_s, u"3"_s});
    QCOMPARE(result.exitCode, 0);
    static const QRegularExpression line(
        u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  Temp: -?\\d+\\.\\dC Humidity: \\d+\\.\\d%$"_s);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY(!lines.isEmpty());
    for (const QByteArray &text : lines)
        QVERIFY2(line.match(QString::fromUtf8(text)).hasMatch(), text.constData());
}

void tst_CliAgent::ledWithoutTokenIsRefused()
{
    qunsetenv("NETLAB_AGENT_TOKEN");
    const Run result = run({address(), u"led"_s, u"on"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(
        result.err.contains("HTTP 401") && result.err.contains("--token"), result.err.constData());
    QVERIFY(result.out.isEmpty());

    const Run wrong = run({address(), u"led"_s, u"on"_s, u"--token"_s, u"0123abcd"_s});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("refused the token"), wrong.err.constData());
}

void tst_CliAgent::ledWithToken()
{
    QFile file(m_dataDir.filePath(u"token"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString token = QString::fromLatin1(file.readAll().trimmed());
    QCOMPARE(token.size(), 64);

    const Run on = run({address(), u"led"_s, u"on"_s, u"--token"_s, token});
    QCOMPARE(on.exitCode, 0);
    QCOMPARE(on.out, "LED on\n");
    const Run info = run({address(), u"info"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(info.out).object().value(u"led"_s).toObject().value(u"on"_s),
        QJsonValue(true));

    const Run off = run({address(), u"led"_s, u"off"_s, u"--token"_s, token, u"--json"_s});
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(off.out).object().value(u"on"_s), QJsonValue(false));
}

// Runs last among the agent's tests: it stops the agent.
void tst_CliAgent::followUntilTheAgentGoesAway()
{
    QProcess follower;
    QSignalSpy output(&follower, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&follower, &QProcess::finished);
    startProgram(follower, QStringLiteral(NETLAB_BIN_DIR "/netlab"),
        {u"agent"_s, address(), u"follow"_s, u"--json"_s});
    QByteArray out;
    for (int i = 0; i < 50 && out.count('\n') < 3 && finished.isEmpty(); ++i) {
        output.wait(1000);
        out += follower.readAllStandardOutput();
    }
    QVERIFY2(out.count('\n') >= 3, follower.readAllStandardError().constData());
    const QList<QByteArray> lines = out.trimmed().split('\n');
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(u"event"_s).toString(), u"reading"_s);

    cleanupTestCase(); // the agent goes away
    QVERIFY(!finished.isEmpty() || finished.wait(20'000));
    QCOMPARE(follower.exitStatus(), QProcess::NormalExit);
    QCOMPARE(follower.exitCode(), 1);
    QVERIFY2(follower.readAllStandardError().contains("stopped following"), "no clear message");
}

void tst_CliAgent::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    QTest::addRow("nothing") << QStringList() << QByteArray("needs HOST[:PORT]");
    QTest::addRow("no command") << QStringList {u"127.0.0.1"_s} << QByteArray("needs HOST[:PORT]");
    QTest::addRow("unknown command")
        << QStringList {u"127.0.0.1"_s, u"reboot"_s} << QByteArray("unknown command 'reboot'");
    QTest::addRow("bad address") << QStringList {u"http://[::1:x"_s, u"info"_s}
                                 << QByteArray("not an agent address");
    QTest::addRow("led without state")
        << QStringList {u"127.0.0.1"_s, u"led"_s} << QByteArray("led takes 'on' or 'off'");
    QTest::addRow("led blink") << QStringList {u"127.0.0.1"_s, u"led"_s, u"blink"_s}
                               << QByteArray("led takes 'on' or 'off'");
    QTest::addRow("huge limit") << QStringList {u"127.0.0.1"_s, u"readings"_s, u"--limit"_s,
        u"99999999"_s} << QByteArray("--limit");
    QTest::addRow("bad since") << QStringList {u"127.0.0.1"_s, u"readings"_s, u"--since"_s,
        u"yesterday"_s} << QByteArray("--since 'yesterday'");
    QTest::addRow("limit with info") << QStringList {u"127.0.0.1"_s, u"info"_s, u"--limit"_s,
        u"3"_s} << QByteArray("go with 'readings'");
    QTest::addRow("token with follow") << QStringList {u"127.0.0.1"_s, u"follow"_s, u"--token"_s,
        u"x"_s} << QByteArray("--token goes with 'led'");
    QTest::addRow("extra argument") << QStringList {u"127.0.0.1"_s, u"info"_s, u"now"_s}
                                    << QByteArray("unexpected argument 'now'");
    QTest::addRow("unknown option")
        << QStringList {u"127.0.0.1"_s, u"info"_s, u"--fast"_s} << QByteArray("fast");
}

void tst_CliAgent::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(reason), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line
}

void tst_CliAgent::unreachableAgent()
{
    // The agent has stopped: its port refuses now.
    const Run result = run({address(), u"info"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(address().toUtf8()), result.err.constData());
    QVERIFY2(result.err.contains("nothing is listening"), result.err.constData());
    // The LED too, said once and in plain words.
    const Run led = run({address(), u"led"_s, u"on"_s, u"--token"_s, u"0123abcd"_s});
    QCOMPARE(led.exitCode, 1);
    QVERIFY2(led.err.contains("nothing is listening"), led.err.constData());
    QCOMPARE(led.err.count(address().toUtf8()), 1);
}

QTEST_GUILESS_MAIN(tst_CliAgent)
#include "tst_cli_agent.moc"
