// `netlab code mqtt` run as a real process (build/bin/netlab): it prints the MQTT tab's
// program and one-liner (netlab::MqttCode) for the settings given as options, and refuses
// what does not fit with one line and exit status 2.
#include "childprocess.h"

#include <netlab/mqttcode.h>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

netlab::test::ProgramRun runNetlab(const QStringList &arguments)
{
    return netlab::test::runProgram(QStringLiteral(NETLAB_BIN_DIR "/netlab"),
        QStringList {u"code"_s, u"mqtt"_s} + arguments, 60000);
}

} // namespace

class tst_CliCodeMqtt : public QObject
{
    Q_OBJECT

private slots:
    void printsTheTabsText_data();
    void printsTheTabsText();
    void badArguments_data();
    void badArguments();
};

void tst_CliCodeMqtt::printsTheTabsText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    netlab::MqttClientCode both;
    both.host = u"broker.lab"_s;
    both.port = 8883;
    both.clientId = u"student-1"_s;
    both.username = u"alice"_s;
    both.password = u"it's secret"_s;
    both.tls = true;
    both.caFile = u"/etc/ca.pem"_s;
    both.subscriptions = {{u"lab/+/temp"_s, 1}, {u"alerts/#"_s, 1}};
    both.topic = u"lab/led"_s;
    both.payload = "{\"on\": true}";
    both.qos = 2;
    both.retain = true;
    const QStringList bothArguments {u"broker.lab"_s, u"--port"_s, u"8883"_s, u"-i"_s,
        u"student-1"_s, u"-u"_s, u"alice"_s, u"-P"_s, u"it's secret"_s, u"--cafile"_s,
        u"/etc/ca.pem"_s, u"-t"_s, u"lab/+/temp"_s, u"-t"_s, u"alerts/#"_s, u"-q"_s, u"1"_s,
        u"--publish"_s, u"lab/led"_s, u"--message"_s, u"{\"on\": true}"_s, u"--pub-qos"_s, u"2"_s,
        u"-r"_s};
    QTest::addRow("program") << bothArguments << netlab::MqttCode::client(both).python;
    QTest::addRow("mosquitto_pub") << bothArguments + QStringList {u"--one-liner"_s}
                                   << netlab::MqttCode::client(both).oneLiner + u'\n';

    netlab::MqttClientCode sub;
    sub.subscriptions = {{u"#"_s, 0}};
    sub.publish = false;
    sub.action = netlab::MqttClientCode::Action::Subscribe;
    QTest::addRow("subscribe only")
        << QStringList {u"-t"_s, u"#"_s} << netlab::MqttCode::client(sub).python;
    QTest::addRow("mosquitto_sub") << QStringList {u"-t"_s, u"#"_s, u"--one-liner"_s}
                                   << u"mosquitto_sub -v -h localhost -p 1883 -t '#'\n"_s;

    netlab::MqttClientCode bytes;
    bytes.host = u"127.0.0.1"_s;
    bytes.tls = true;
    bytes.topic = u"raw"_s;
    bytes.payload = QByteArray("\x00\xff", 2);
    QTest::addRow("publish bytes") << QStringList {u"127.0.0.1"_s, u"--tls"_s, u"--publish"_s,
        u"raw"_s, u"--hex"_s, u"00 ff"_s}
                                   << netlab::MqttCode::client(bytes).python;
}

void tst_CliCodeMqtt::printsTheTabsText()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto run = runNetlab(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), expected);
}

void tst_CliCodeMqtt::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::addRow("nothing to do") << QStringList {} << u"give -t FILTER"_s;
    QTest::addRow("bad filter") << QStringList {u"-t"_s, u"a/#/b"_s}
                                << u"'a/#/b' is not a valid topic filter"_s;
    QTest::addRow("wildcard publish")
        << QStringList {u"--publish"_s, u"a/+"_s} << u"--publish: 'a/+' is not a topic"_s;
    QTest::addRow("message without topic") << QStringList {u"-t"_s, u"a"_s, u"--message"_s, u"x"_s}
                                           << u"--message goes with --publish TOPIC"_s;
    QTest::addRow("qos 3") << QStringList {u"-t"_s, u"a"_s, u"-q"_s, u"3"_s} << u"-q"_s;
    QTest::addRow("password alone")
        << QStringList {u"-t"_s, u"a"_s, u"-P"_s, u"x"_s} << u"-P (password) needs -u"_s;
    QTest::addRow("two hosts") << QStringList {u"a"_s, u"b"_s, u"-t"_s, u"x"_s}
                               << u"unexpected argument 'b'"_s;
    QTest::addRow("option of another tab")
        << QStringList {u"-t"_s, u"a"_s, u"--echo"_s} << u"--echo does not apply to mqtt"_s;
}

void tst_CliCodeMqtt::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const auto run = runNetlab(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliCodeMqtt)
#include "tst_cli_codemqtt.moc"
