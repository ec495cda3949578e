// netlab lookup / ifaces / port-check as real processes: output a user reads, JSON a script
// reads, exit codes, and bad arguments refused with the reason.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "childprocess.h"

using namespace Qt::StringLiterals;
using netlab::test::startProgram;

namespace {

constexpr int kTimeoutMs = 15000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startProgram(process, QStringLiteral(NETLAB_BIN_DIR "/netlab"), arguments);
    Run result;
    if (!finished.wait(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(kTimeoutMs); // the child, not a socket
        result.err = u"timed out"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> objects;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

} // namespace

class tst_CliTools : public QObject
{
    Q_OBJECT

private slots:
    void lookupLocalhost();
    void lookupLiteralJson();
    void lookupNameThatCannotExist();
    void lookupBadArguments_data();
    void lookupBadArguments();
    void ifacesListsLoopback();
    void portCheckConnects();
    void portCheckFree();
    void portCheckBadArguments_data();
    void portCheckBadArguments();
};

void tst_CliTools::lookupLocalhost()
{
    const Run result = run({u"lookup"_s, u"localhost"_s, u"--port"_s, u"80"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"family"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(
                 QRegularExpression(u"AF_INET +SOCK_STREAM +TCP \\(6\\) +127\\.0\\.0\\.1 +80"_s)),
        qPrintable(result.out));
    QVERIFY2(result.err.contains(u"localhost: looked up in"_s), qPrintable(result.err));
}

void tst_CliTools::lookupLiteralJson()
{
    const Run result = run({u"lookup"_s, u"::1"_s, u"--port"_s, u"443"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(result.out);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first().value(u"event"_s).toString(), u"address"_s);
    QCOMPARE(lines.first().value(u"family"_s).toString(), u"AF_INET6"_s);
    QCOMPARE(lines.first().value(u"type"_s).toString(), u"SOCK_STREAM"_s);
    QCOMPARE(lines.first().value(u"protocol"_s).toInt(), 6);
    QCOMPARE(lines.first().value(u"address"_s).toString(), u"::1"_s);
    QCOMPARE(lines.first().value(u"port"_s).toInt(), 443);
    QCOMPARE(lines.last().value(u"event"_s).toString(), u"done"_s);
}

void tst_CliTools::lookupNameThatCannotExist()
{
    QElapsedTimer clock;
    clock.start();
    const Run result = run({u"lookup"_s, u"no-such-host.invalid"_s, u"--timeout"_s, u"2000"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(clock.elapsed() < 2000 + 5000);
    QVERIFY2(result.err.contains(u"no-such-host.invalid"_s), qPrintable(result.err));
    const Run records = run({u"lookup"_s, u"no-such-host.invalid"_s, u"--type"_s, u"mx"_s,
        u"--timeout"_s, u"2000"_s, u"--json"_s});
    QCOMPARE(records.exitCode, 1);
    const QList<QJsonObject> lines = jsonLines(records.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(u"event"_s).toString(), u"error"_s);
    QVERIFY(!lines.first().value(u"message"_s).toString().isEmpty());
}

void tst_CliTools::lookupBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("no name") << QStringList {u"lookup"_s} << u"needs a NAME"_s;
    QTest::addRow("empty name") << QStringList {u"lookup"_s, QString()} << u"Enter a host name"_s;
    QTest::addRow("254 chars") << QStringList {u"lookup"_s, u"a."_s.repeated(126) + u"bc"_s}
                               << u"254 characters long"_s;
    QTest::addRow("bad char") << QStringList {u"lookup"_s, u"bad$name"_s} << u"'$' (position 4)"_s;
    QTest::addRow("port 0") << QStringList {u"lookup"_s, u"localhost"_s, u"--port"_s, u"0"_s}
                            << u"Port 0"_s;
    QTest::addRow("port 70000") << QStringList {u"lookup"_s, u"localhost"_s, u"--port"_s,
        u"70000"_s} << u"Port 70000 is out of range"_s;
    QTest::addRow("bad type") << QStringList {u"lookup"_s, u"localhost"_s, u"--type"_s, u"AXFR"_s}
                              << u"--type is one of"_s;
    QTest::addRow("address for A")
        << QStringList {u"lookup"_s, u"127.0.0.1"_s, u"--type"_s, u"A"_s} << u"choose PTR"_s;
    QTest::addRow("bad server") << QStringList {u"lookup"_s, u"x.org"_s, u"--type"_s, u"A"_s,
        u"--server"_s, u"dns.example"_s}
                                << u"--server needs an IP address"_s;
}

void tst_CliTools::lookupBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(errorPart), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_CliTools::ifacesListsLoopback()
{
    const Run text = run({u"ifaces"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(
        text.out.contains(QRegularExpression(u"IPv4 +127\\.0\\.0\\.1 +255\\.0\\.0\\.0 \\(/8\\)"_s)),
        qPrintable(text.out));
    QVERIFY(text.out.startsWith(u"host name: "_s));

    const Run json = run({u"ifaces"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(json.out);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.first().value(u"event"_s).toString(), u"host"_s);
    bool loopback = false;
    for (const QJsonObject &line : lines) {
        for (const QJsonValue &address : line.value(u"addresses"_s).toArray()) {
            if (address.toObject().value(u"address"_s).toString() == u"127.0.0.1"_s) {
                loopback = true;
                QCOMPARE(address.toObject().value(u"prefixLength"_s).toInt(), 8);
                QVERIFY(line.value(u"flags"_s).toArray().contains(u"loopback"_s));
            }
        }
    }
    QVERIFY(loopback);
}

void tst_CliTools::portCheckConnects()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(server.serverPort());
    const Run open = run({u"port-check"_s, u"127.0.0.1"_s, port, u"--json"_s});
    QCOMPARE(open.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(open.out.toUtf8()).object();
    QCOMPARE(result.value(u"ok"_s).toBool(), true);
    QVERIFY(result.value(u"connectMs"_s).toDouble() > 0);
    QCOMPARE(result.value(u"address"_s).toString(), u"127.0.0.1"_s);

    server.close();
    const Run closed = run({u"port-check"_s, u"127.0.0.1"_s, port});
    QCOMPARE(closed.exitCode, 1);
    QVERIFY2(closed.err.contains(u"refused"_s), qPrintable(closed.err));
}

void tst_CliTools::portCheckFree()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(server.serverPort());
    const Run busy = run({u"port-check"_s, u"--free"_s, port});
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.out.contains(u"TCP port %1 is in use"_s.arg(port)), qPrintable(busy.out));
    server.close();
    const Run free = run({u"port-check"_s, u"--free"_s, port, u"--json"_s});
    QCOMPARE(free.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(free.out.toUtf8()).object();
    QCOMPARE(result.value(u"status"_s).toString(), u"free"_s);
    QCOMPARE(result.value(u"transport"_s).toString(), u"TCP"_s);
}

void tst_CliTools::portCheckBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("nothing") << QStringList {u"port-check"_s} << u"needs HOST and PORT"_s;
    QTest::addRow("port 0") << QStringList {u"port-check"_s, u"127.0.0.1"_s, u"0"_s} << u"Port 0"_s;
    QTest::addRow("port 70000") << QStringList {u"port-check"_s, u"127.0.0.1"_s, u"70000"_s}
                                << u"out of range"_s;
    QTest::addRow("port word") << QStringList {u"port-check"_s, u"127.0.0.1"_s, u"http"_s}
                               << u"not a port number"_s;
    QTest::addRow("empty host") << QStringList {u"port-check"_s, QString(), u"80"_s}
                                << u"Enter a host name"_s;
    QTest::addRow("free 0") << QStringList {u"port-check"_s, u"--free"_s, u"0"_s} << u"Port 0"_s;
    QTest::addRow("udp without free") << QStringList {u"port-check"_s, u"127.0.0.1"_s, u"80"_s,
        u"--udp"_s} << u"go with --free"_s;
}

void tst_CliTools::portCheckBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorPart);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(errorPart), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(tst_CliTools)
#include "tst_cli_tools.moc"
