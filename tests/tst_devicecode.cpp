// The device labs' generated programs, run for real: the pyserial program against the
// workbench's simulated sensor node (through a socat pty pair that records both directions),
// and the requests program and the curl one-liner against the real agent process.
#include "agentprocess.h"
#include "pythonprogram.h"

#include <devices/sensornodecode.h>
#include <devices/simulatedsensornode.h>
#include <netlab/devicecode.h>

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using netlab::SimulatedSensorNode;
using netlab::test::PythonProgram;

namespace {

constexpr int kWaitMs = 60000;

// socat between the node's pty and a new pty for the program: what goes through is dumped to
// two files, node-to-program and program-to-node.
class RecordingBridge
{
public:
    bool start(const QString &nodePort, const QString &link, const QString &toProgram,
        const QString &toNode)
    {
        m_process.setProgram(u"socat"_s);
        m_process.setArguments({u"-d"_s, u"-d"_s, u"-r"_s, toProgram, u"-R"_s, toNode,
            u"FILE:"_s + nodePort + u",raw,echo=0"_s, u"PTY,raw,echo=0,link="_s + link});
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray log;
        QDeadlineTimer deadline(10000);
        while (!log.contains("starting data transfer loop") && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            log += m_process.readAllStandardError();
        }
        return log.contains("starting data transfer loop");
    }
    ~RecordingBridge()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

private:
    QProcess m_process;
};

bool pythonHas(const QString &module)
{
    QProcess python;
    python.start(PythonProgram::interpreter(), {u"-c"_s, u"import "_s + module});
    return python.waitForFinished(30000) && python.exitStatus() == QProcess::NormalExit
        && python.exitCode() == 0;
}

// What the program prints for a packet: its number, then the values by name as Python
// prints a dict.
QString packetLine(int number, const QStringList &names, const QList<netlab::StructValue> &values)
{
    QStringList items;
    for (qsizetype i = 0; i < values.size(); ++i)
        items += u'\'' + names.at(i) + u"': "_s + values.at(i).toString();
    return QString::number(number) + u" {"_s + items.join(u", "_s) + u'}';
}

QJsonObject getJson(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kWaitMs))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The stored reading with this seq, as GET /api/v1/readings returns it.
QJsonObject storedReading(QNetworkAccessManager &network, quint16 port, qint64 seq)
{
    const QJsonObject answer = getJson(network,
        QUrl(u"http://127.0.0.1:%1/api/v1/readings?since_seq=%2&limit=1"_s.arg(port).arg(seq - 1)));
    const QJsonArray readings = answer.value(u"readings").toArray();
    return readings.isEmpty() ? QJsonObject() : readings.first().toObject();
}

} // namespace

class tst_DeviceCode : public QObject
{
    Q_OBJECT

private slots:
    void serialNodeText_data();
    void serialNodeText();
    void serialNodeRuns_data();
    void serialNodeRuns();
    void serialNodeStopsOnCtrlC();
    void sensorsText();
    void sensorsRuns();
    void sensorsOneLinerRuns();
    void cleanupTestCase();

private:
    bool startAgent();

    QProcess m_agent;
    QTemporaryDir m_dataDir;
    quint16 m_port = 0;
};

void tst_DeviceCode::serialNodeText_data()
{
    QTest::addColumn<int>("dataBits");
    QTest::addColumn<QSerialPort::Parity>("parity");
    QTest::addColumn<QSerialPort::StopBits>("stopBits");
    QTest::addColumn<QSerialPort::FlowControl>("flow");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("8N1") << 8 << QSerialPort::NoParity << QSerialPort::OneStop
                         << QSerialPort::NoFlowControl
                         << QStringList {u"bytesize=serial.EIGHTBITS,"_s,
                                u"parity=serial.PARITY_NONE,"_s, u"stopbits=serial.STOPBITS_ONE,"_s,
                                u"rtscts=False,"_s, u"xonxoff=False,"_s, u"# 8N1 at BAUD baud"_s};
    QTest::addRow("7E2 RTS/CTS") << 7 << QSerialPort::EvenParity << QSerialPort::TwoStop
                                 << QSerialPort::HardwareControl
                                 << QStringList {u"bytesize=serial.SEVENBITS,"_s,
                                        u"parity=serial.PARITY_EVEN,"_s,
                                        u"stopbits=serial.STOPBITS_TWO,"_s, u"rtscts=True,"_s,
                                        u"xonxoff=False,"_s,
                                        u"# 7E2 at BAUD baud, flow control: RTS/CTS."_s};
    QTest::addRow("5O1.5 XON/XOFF")
        << 5 << QSerialPort::OddParity << QSerialPort::OneAndHalfStop
        << QSerialPort::SoftwareControl
        << QStringList {u"bytesize=serial.FIVEBITS,"_s, u"parity=serial.PARITY_ODD,"_s,
               u"stopbits=serial.STOPBITS_ONE_POINT_FIVE,"_s, u"rtscts=False,"_s,
               u"xonxoff=True,"_s};
}

// The tab's line and protocol settings all reach the program.
void tst_DeviceCode::serialNodeText()
{
    QFETCH(int, dataBits);
    QFETCH(QSerialPort::Parity, parity);
    QFETCH(QSerialPort::StopBits, stopBits);
    QFETCH(QSerialPort::FlowControl, flow);
    QFETCH(QStringList, expected);
    netlab::SerialSettings line;
    line.portName = u"COM3"_s;
    line.baudRate = 9600;
    line.dataBits = QSerialPort::DataBits(dataBits);
    line.parity = parity;
    line.stopBits = stopBits;
    line.flowControl = flow;
    netlab::SensorNodeSettings protocol;
    protocol.startCommand = "GO\r\n";
    protocol.ackCommand.clear();
    protocol.packetCount = 0;
    protocol.timeoutMs = 1500;
    protocol.decoder.packetSize = 16;
    protocol.decoder.magic = "\xaa\x55";
    protocol.decoder.format = u"<2sHf"_s;
    protocol.decoder.fieldNames = {u"sync"_s, u"n"_s, u"x"_s};
    const netlab::GeneratedCode code
        = netlab::DeviceCode::serialNode(netlab::serialNodeCode(line, protocol));
    QVERIFY(code.oneLiner.isEmpty());
    for (const QString &text : std::as_const(expected))
        QVERIFY2(code.python.contains(text), qPrintable(text + u"\n"_s + code.python));
    for (const QString &text : {u"PORT = \"COM3\"\n"_s, u"BAUD = 9600\n"_s,
             u"START = b\"GO\\r\\n\"\n"_s, u"STOP = b\"STOP\\n\"\n"_s, u"MAGIC = b\"\\xaaU\""_s,
             u"PACKET_SIZE = 16\n"_s, u"COUNT = 0  #"_s, u"TIMEOUT = 1.5  #"_s,
             u"FRAME = struct.Struct(\"<2sHf\")\n"_s, u"NAMES = (\"sync\", \"n\", \"x\")\n"_s})
        QVERIFY2(code.python.contains(text), qPrintable(text + u"\n"_s + code.python));
    // No acknowledgement set: none is sent.
    QVERIFY(!code.python.contains(u"\nACK = "_s));
    QVERIFY(!code.python.contains(u"port.write(ACK)"_s));
}

void tst_DeviceCode::serialNodeRuns_data()
{
    QTest::addColumn<bool>("garbage");
    QTest::addRow("clean line") << false;
    QTest::addRow("garbage before packet 5") << true;
}

// START, one ACK per packet, STOP, and the values the node sent, decoded.
void tst_DeviceCode::serialNodeRuns()
{
    QFETCH(bool, garbage);
#ifndef Q_OS_UNIX
    QSKIP("pseudo-terminals are needed (Linux, macOS)");
#endif
    if (QStandardPaths::findExecutable(u"socat"_s).isEmpty())
        QSKIP("socat is not installed (scripts/setup.sh installs it)");
    if (PythonProgram::interpreter().isEmpty() || !pythonHas(u"serial"_s))
        QSKIP("python3 with pyserial is not installed (Debian: python3-serial)");

    constexpr int kPackets = 20;
    SimulatedSensorNode node;
    node.setPacketRate(200);
    if (garbage)
        node.scheduleFault(SimulatedSensorNode::Fault::Garbage, 5);
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString link = dir.filePath(u"ttyNODE"_s);
    const QString toProgram = dir.filePath(u"node-to-program"_s);
    const QString toNode = dir.filePath(u"program-to-node"_s);
    RecordingBridge bridge;
    QVERIFY(bridge.start(node.portName(), link, toProgram, toNode));

    netlab::SerialSettings line;
    line.portName = link;
    netlab::SensorNodeSettings protocol;
    protocol.packetCount = kPackets;
    PythonProgram program;
    QVERIFY(program.start(
        netlab::DeviceCode::serialNode(netlab::serialNodeCode(line, protocol)).python));
    QVERIFY2(program.waitForExit(), qPrintable(program.output()));
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));

    QCOMPARE(node.startsReceived(), 1u);
    QTRY_COMPARE_WITH_TIMEOUT(node.stopsReceived(), 1u, kWaitMs);
    QCOMPARE(node.acksReceived(), quint64(kPackets));
    const auto contents = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QByteArray expectedCommands = "START\n";
    for (int i = 0; i < kPackets; ++i)
        expectedCommands += "ACK\n";
    QTRY_COMPARE_WITH_TIMEOUT(contents(toNode), expectedCommands + "STOP\n", kWaitMs);

    // The packets as the node sent them, decoded by the workbench's own decoder.
    netlab::SensorNodeDecoder decoder;
    QList<netlab::SensorNodePacket> packets;
    QList<netlab::SensorNodeDecoder::Issue> issues;
    QTRY_VERIFY_WITH_TIMEOUT(
        (decoder.reset(), packets.clear(), decoder.feed(contents(toProgram), packets, issues),
            packets.size() >= kPackets),
        kWaitMs);
    const QStringList lines = program.output().split(u'\n');
    QStringList printed;
    for (const QString &text : lines) {
        if (!text.isEmpty() && text.at(0).isDigit())
            printed += text;
    }
    QCOMPARE(printed.size(), kPackets);
    for (int i = 0; i < kPackets; ++i) {
        QCOMPARE(packets.at(i).values.at(1).u, quint64(i)); // none lost, none doubled
        QCOMPARE(printed.at(i), packetLine(i + 1, decoder.format().names(), packets.at(i).values));
    }
    QCOMPARE(program.output().contains(u"Bad packet, resynchronising:"_s), garbage);
    QVERIFY(program.output().endsWith(u"Packets received: 20\n"_s));
}

// COUNT 0: packets until Ctrl+C, then STOP all the same.
void tst_DeviceCode::serialNodeStopsOnCtrlC()
{
#ifndef Q_OS_UNIX
    QSKIP("pseudo-terminals and SIGINT are needed (Linux, macOS)");
#else
    if (PythonProgram::interpreter().isEmpty() || !pythonHas(u"serial"_s))
        QSKIP("python3 with pyserial is not installed (Debian: python3-serial)");
    SimulatedSensorNode node;
    node.setPacketRate(200);
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    netlab::SerialSettings line;
    line.portName = node.portName();
    netlab::SensorNodeSettings protocol;
    protocol.packetCount = 0;
    PythonProgram program;
    QVERIFY(program.start(
        netlab::DeviceCode::serialNode(netlab::serialNodeCode(line, protocol)).python));
    QVERIFY2(program.waitForOutput(QRegularExpression(u"\\n5 \\{'magic': b'DATA'"_s)).hasMatch(),
        qPrintable(program.output() + program.errors()));
    QCOMPARE(node.stopsReceived(), 0u);
    QCOMPARE(::kill(pid_t(program.processId()), SIGINT), 0);
    QVERIFY(program.waitForExit());
    QVERIFY2(program.exitCode() == 0, qPrintable(program.errors()));
    QVERIFY(program.output().contains(u"Stopped (Ctrl+C)\n"_s));
    QTRY_COMPARE_WITH_TIMEOUT(node.stopsReceived(), 1u, kWaitMs);
    QVERIFY(!node.isStreaming());
    const auto received
        = program.waitForOutput(QRegularExpression(u"Packets received: (\\d+)\\n"_s));
    QVERIFY(received.hasMatch());
    const quint64 printed = received.captured(1).toULongLong();
    QVERIFY(printed >= 5);
    // Ctrl+C may land between a packet's print() and its ACK.
    QVERIFY(node.acksReceived() == printed || node.acksReceived() + 1 == printed);
#endif
}

void tst_DeviceCode::sensorsText()
{
    netlab::SensorsCode settings;
    settings.host = u"pi.local"_s;
    settings.port = 8751;
    settings.windowMs = 3600 * 1000;
    netlab::GeneratedCode code = netlab::DeviceCode::sensors(settings);
    QVERIFY(code.python.contains(u"AGENT = \"http://pi.local:8751\"\n"_s));
    QVERIFY(code.python.contains(u"WINDOW_MS = 3600000  #"_s));
    QVERIFY(!code.python.contains(u"TOKEN"_s)); // no token: the LED is left alone
    QCOMPARE(code.oneLiner, u"curl -N http://pi.local:8751/api/v1/readings/stream"_s);

    settings.host = u"::1"_s;
    settings.token = "it's";
    settings.ledOn = false;
    code = netlab::DeviceCode::sensors(settings);
    QVERIFY(code.python.contains(u"AGENT = \"http://[::1]:8751\"\n"_s));
    QVERIFY(code.python.contains(u"TOKEN = \"it's\"  #"_s));
    QVERIFY(code.python.contains(u"LED_ON = False\n"_s));
    QVERIFY(code.python.contains(u"\"Authorization\": \"Bearer \" + TOKEN"_s));
}

bool tst_DeviceCode::startAgent()
{
    if (m_port != 0)
        return m_agent.state() == QProcess::Running;
    m_port = netlab::test::startAgent(m_agent, m_dataDir.path());
    return m_port != 0;
}

// Info, the LED, the stored readings and two live ones, each as the agent stored it.
void tst_DeviceCode::sensorsRuns()
{
    if (PythonProgram::interpreter().isEmpty() || !pythonHas(u"requests"_s))
        QSKIP("python3 with requests is not installed (Debian: python3-requests)");
    QVERIFY(startAgent());
    QNetworkAccessManager network;
    const QUrl readingsUrl(u"http://127.0.0.1:%1/api/v1/readings"_s.arg(m_port));
    QTRY_VERIFY_WITH_TIMEOUT(
        !getJson(network, readingsUrl).value(u"readings").toArray().isEmpty(), kWaitMs);
    QFile tokenFile(m_dataDir.filePath(u"token"_s));
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));

    netlab::SensorsCode settings;
    settings.port = m_port;
    settings.token = tokenFile.readAll().trimmed();
    settings.ledOn = true;
    PythonProgram program;
    QVERIFY(program.start(netlab::DeviceCode::sensors(settings).python));
    const QRegularExpression twoLive(u"Following the live stream[^\\n]*\\n(seq=[^\\n]*\\n){2}"_s);
    QVERIFY2(
        program.waitForOutput(twoLive).hasMatch(), qPrintable(program.output() + program.errors()));

    const QString output = program.output();
    QVERIFY2(output.startsWith(u"{\n"_s), qPrintable(output));
    QVERIFY(output.contains(u"  \"now\": "_s));
    QVERIFY2(output.contains(u"\nLED: 200 {\"on\":true}\n"_s), qPrintable(output));
    const QJsonObject info
        = getJson(network, QUrl(u"http://127.0.0.1:%1/api/v1/info"_s.arg(m_port)));
    QCOMPARE(info.value(u"led").toObject().value(u"on").toBool(), true);

    const QString live = output.mid(output.indexOf(u"Following the live stream"_s));
    const QRegularExpression reading(
        u"^seq=(\\d+) t=(\\d+) temperature_c=(\\S+) humidity_pct=(\\S+)$"_s,
        QRegularExpression::MultilineOption);
    int stored = 0;
    int followed = 0;
    for (auto it = reading.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QJsonObject expected = storedReading(network, m_port, match.captured(1).toLongLong());
        QCOMPARE(expected.value(u"seq").toInteger(), match.captured(1).toLongLong());
        QCOMPARE(expected.value(u"t").toInteger(), match.captured(2).toLongLong());
        QCOMPARE(expected.value(u"temperature_c").toDouble(), match.captured(3).toDouble());
        QCOMPARE(expected.value(u"humidity_pct").toDouble(), match.captured(4).toDouble());
        ++(match.capturedStart() > output.indexOf(u"Following the live stream"_s) ? followed
                                                                                  : stored);
    }
    QVERIFY(stored >= 1);
    QVERIFY(followed >= 2);
    QVERIFY(!live.isEmpty());
}

void tst_DeviceCode::sensorsOneLinerRuns()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed (scripts/setup.sh installs it)");
    QVERIFY(startAgent());
    netlab::SensorsCode settings;
    settings.port = m_port;
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, netlab::DeviceCode::sensors(settings).oneLiner});
    QByteArray output;
    const QRegularExpression event(u"id: (\\d+)\\nevent: reading\\ndata: (\\{[^\\n]*\\})\\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += shell.readAllStandardOutput()).count("event: reading") >= 2, kWaitMs);
    shell.kill();
    shell.waitForFinished(10000);

    QNetworkAccessManager network;
    int checked = 0;
    for (auto it = event.globalMatch(QString::fromUtf8(output)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QJsonObject sent = QJsonDocument::fromJson(match.captured(2).toUtf8()).object();
        const QJsonObject expected = storedReading(network, m_port, match.captured(1).toLongLong());
        QCOMPARE(sent, expected);
        ++checked;
    }
    QVERIFY2(checked >= 2, output.constData());
}

void tst_DeviceCode::cleanupTestCase()
{
    if (m_port != 0)
        netlab::test::stopAgent(m_agent);
}

QTEST_GUILESS_MAIN(tst_DeviceCode)
#include "tst_devicecode.moc"
