// `netlab code serial` and `netlab code sensors` run as a real process (build/bin/netlab): the
// same programs as the serial and Sensors tabs' "Show as code" (tst_devicecode runs them), the
// curl one-liner, and one-line reasons for bad arguments.
#include "childprocess.h"

#include <devices/sensornodecode.h>
#include <netlab/devicecode.h>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = netlab::test::ProgramRun;

Run runNetlab(const QStringList &arguments)
{
    return netlab::test::runProgram(
        QStringLiteral(NETLAB_BIN_DIR "/netlab"), QStringList {u"code"_s} + arguments, 60000);
}

} // namespace

class tst_CliDeviceCode : public QObject
{
    Q_OBJECT

private slots:
    void printsTheTabsProgram_data();
    void printsTheTabsProgram();
    void oneLiner();
    void badArgumentsGiveOneLineAndExitTwo_data();
    void badArgumentsGiveOneLineAndExitTwo();
    void helpListsTheDeviceTabs();
};

void tst_CliDeviceCode::printsTheTabsProgram_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    netlab::SerialSettings line;
    line.portName = u"/dev/rfcomm0"_s;
    netlab::SensorNodeSettings protocol;
    QTest::addRow("serial, defaults")
        << QStringList {u"serial"_s, u"/dev/rfcomm0"_s}
        << netlab::DeviceCode::serialNode(netlab::serialNodeCode(line, protocol)).python;

    line.portName = u"COM3"_s;
    line.baudRate = 9600;
    line.dataBits = QSerialPort::Data7;
    line.parity = QSerialPort::OddParity;
    line.stopBits = QSerialPort::TwoStop;
    line.flowControl = QSerialPort::SoftwareControl;
    protocol.packetCount = 50;
    protocol.timeoutMs = 1500;
    protocol.startCommand = "GO\r\n";
    protocol.ackCommand.clear();
    protocol.decoder.magic = "\xaa\x55";
    protocol.decoder.packetSize = 16;
    protocol.decoder.format = u"<2sHf"_s;
    protocol.decoder.fieldNames = {u"sync"_s, u"n"_s, u"x"_s};
    QTest::addRow("serial, every option")
        << QStringList {u"serial"_s, u"COM3"_s, u"--baud"_s, u"9600"_s, u"--data-bits"_s, u"7"_s,
               u"--parity"_s, u"odd"_s, u"--stop-bits"_s, u"2"_s, u"--flow"_s, u"xonxoff"_s,
               u"--count"_s, u"50"_s, u"--timeout"_s, u"1500"_s, u"--start"_s, u"GO\\r\\n"_s,
               u"--ack"_s, QString(), u"--magic"_s, u"\\xaa\\x55"_s, u"--size"_s, u"16"_s,
               u"--format"_s, u"<2sHf"_s, u"--names"_s, u"sync,n,x"_s}
        << netlab::DeviceCode::serialNode(netlab::serialNodeCode(line, protocol)).python;

    netlab::SensorsCode sensors;
    QTest::addRow("sensors, defaults")
        << QStringList {u"sensors"_s} << netlab::DeviceCode::sensors(sensors).python;
    sensors.host = u"192.168.1.20"_s;
    sensors.port = 8751;
    sensors.windowMs = 24LL * 3600 * 1000;
    sensors.token = "s3cret";
    sensors.ledOn = false;
    QTest::addRow("sensors, every option") << QStringList {u"sensors"_s, u"192.168.1.20:8751"_s,
        u"--window"_s, u"24h"_s, u"--token"_s, u"s3cret"_s, u"--led"_s, u"off"_s}
                                           << netlab::DeviceCode::sensors(sensors).python;
    sensors = netlab::SensorsCode();
    sensors.host = u"::1"_s;
    QTest::addRow("sensors, IPv6 URL") << QStringList {u"sensors"_s, u"http://[::1]:8750/"_s}
                                       << netlab::DeviceCode::sensors(sensors).python;
}

void tst_CliDeviceCode::printsTheTabsProgram()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const Run run = runNetlab(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out), expected);
}

void tst_CliDeviceCode::oneLiner()
{
    const Run curl = runNetlab({u"sensors"_s, u"pi.local"_s, u"--one-liner"_s});
    QCOMPARE(curl.exitCode, 0);
    QCOMPARE(curl.out, "curl -N http://pi.local:8750/api/v1/readings/stream\n");
    // No one-liner reads the sensor node: say so, with exit status 1.
    const Run serial = runNetlab({u"serial"_s, u"COM3"_s, u"--one-liner"_s});
    QCOMPARE(serial.exitCode, 1);
    QVERIFY(serial.out.isEmpty());
    QVERIFY2(serial.err.contains("no one-line shell command"), serial.err.constData());
}

void tst_CliDeviceCode::badArgumentsGiveOneLineAndExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::addRow("serial, no port") << QStringList {u"serial"_s} << u"needs the serial PORT"_s;
    QTest::addRow("serial, bad parity")
        << QStringList {u"serial"_s, u"COM3"_s, u"--parity"_s, u"maybe"_s} << u"--parity"_s;
    QTest::addRow("serial, bad escape")
        << QStringList {u"serial"_s, u"COM3"_s, u"--start"_s, u"GO\\q"_s} << u"--start:"_s;
    QTest::addRow("serial, sensors option") << QStringList {u"serial"_s, u"COM3"_s, u"--token"_s,
        u"x"_s} << u"--token does not apply to serial"_s;
    QTest::addRow("serial, socket option") << QStringList {u"serial"_s, u"COM3"_s, u"--echo"_s}
                                           << u"--echo does not apply to serial"_s;
    QTest::addRow("sensors, serial option") << QStringList {u"sensors"_s, u"--count"_s, u"5"_s}
                                            << u"--count does not apply to sensors"_s;
    QTest::addRow("sensors, bad window")
        << QStringList {u"sensors"_s, u"--window"_s, u"2h"_s} << u"--window is 5m, 1h, 24h or 7d"_s;
    QTest::addRow("sensors, LED without token")
        << QStringList {u"sensors"_s, u"--led"_s, u"on"_s} << u"--led needs --token"_s;
    QTest::addRow("sensors, bad LED") << QStringList {u"sensors"_s, u"--token"_s, u"t"_s,
        u"--led"_s, u"blink"_s} << u"--led is on or off"_s;
    QTest::addRow("sensors, bad address")
        << QStringList {u"sensors"_s, u"ftp://pi/"_s} << u"is not HOST[:PORT]"_s;
    QTest::addRow("sensors, two addresses")
        << QStringList {u"sensors"_s, u"a"_s, u"b"_s} << u"unexpected argument 'b'"_s;
    QTest::addRow("tcp-client, sensors option") << QStringList {u"tcp-client"_s, u"::1"_s, u"1"_s,
        u"--window"_s, u"1h"_s} << u"--window does not apply to tcp-client"_s;
}

void tst_CliDeviceCode::badArgumentsGiveOneLineAndExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);

    const Run run = runNetlab(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
}

void tst_CliDeviceCode::helpListsTheDeviceTabs()
{
    const Run run = runNetlab({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\n  serial PORT "));
    QVERIFY(run.out.contains("\n  sensors [HOST[:PORT]] "));
}

QTEST_GUILESS_MAIN(tst_CliDeviceCode)
#include "tst_cli_devicecode.moc"
