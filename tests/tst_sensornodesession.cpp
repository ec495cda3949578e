// SerialLink + SensorNodeSession over real pseudo-terminals: the simulated node on a pty
// (openpty) and socat pty pairs with the test as the node. Nothing is mocked.
#include <devices/sensornodesession.h>
#include <devices/seriallink.h>
#include <devices/simulatedsensornode.h>

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include "childprocess.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using netlab::SensorNodeSession;
using netlab::SerialLink;
using netlab::SimulatedSensorNode;

namespace {

constexpr int kWaitMs = 15000;

QByteArray packet(quint32 sequence)
{
    QByteArray bytes(64, '\0');
    std::memcpy(bytes.data(), "DATA", 4);
    std::memcpy(bytes.data() + 4, &sequence, 4);
    const quint32 ms = sequence * 10;
    std::memcpy(bytes.data() + 8, &ms, 4);
    const float values[6] = {0.01f, 0.02f, 0.03f, 1.5f, -2.5f, 45.0f};
    std::memcpy(bytes.data() + 12, values, sizeof values);
    return bytes;
}

QList<quint64> sequences(const SensorNodeSession &session)
{
    QList<quint64> out;
    for (const netlab::SensorNodePacket &p : session.packets())
        out.append(p.sequence);
    return out;
}

QList<quint64> range(quint64 first, quint64 last, QList<quint64> except = {})
{
    QList<quint64> out;
    for (quint64 s = first; s <= last; ++s) {
        if (!except.contains(s))
            out.append(s);
    }
    return out;
}

// A socat pty pair: two connected pseudo-terminals, paths read from socat's log.
class SocatPair
{
public:
    bool start()
    {
        m_process.setProgram(u"socat"_s);
        m_process.setArguments({u"-d"_s, u"-d"_s, u"pty,raw,echo=0"_s, u"pty,raw,echo=0"_s});
        m_process.setReadChannel(QProcess::StandardError); // socat logs there
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        const QRegularExpression pty(u"PTY is (\\S+)"_s);
        QByteArray log;
        QDeadlineTimer deadline(5000);
        while (paths.size() < 2 && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            log += m_process.readAllStandardError();
            paths.clear();
            auto it = pty.globalMatch(QString::fromLocal8Bit(log));
            while (it.hasNext())
                paths.append(it.next().captured(1));
        }
        // socat says "starting data transfer loop" once both ends are ready.
        while (!log.contains("starting data transfer loop") && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            log += m_process.readAllStandardError();
        }
        return paths.size() == 2;
    }
    ~SocatPair()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QStringList paths;

private:
    QProcess m_process;
};

netlab::SerialSettings serialSettings(const QString &port)
{
    netlab::SerialSettings settings;
    settings.portName = port;
    return settings;
}

} // namespace

class tst_SensorNodeSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullSession_data();
    void fullSession();
    void faults_data();
    void faults();
    void silentNodeTimesOut();
    void silentPortTimesOut();
    void portClosedMidSession();
    void hangUpWhileIdle();
    void splitAndMergedReadsOverSocat();
    void garbageFloodOverSocat();
    void stopOnDemand();
    void csvExport();
    void csvEscapesFormulasFromTheNode();
    void startNeedsAnOpenPort();
    void missingPort();
    void busyPort();
    void permissionDenied();
    void customBaudRate();
    void badSettingsAreRefused();
};

void tst_SensorNodeSession::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("pseudo-terminals are needed (Linux, macOS)");
#endif
}

void tst_SensorNodeSession::fullSession_data()
{
    QTest::addColumn<SimulatedSensorNode::WriteMode>("mode");
    QTest::addColumn<double>("rate");
    QTest::addRow("whole packets, 115200 baud pace")
        << SimulatedSensorNode::WriteMode::Whole << 180.0;
    QTest::addRow("whole packets, fast") << SimulatedSensorNode::WriteMode::Whole << 0.0;
    QTest::addRow("split in 7-byte pieces") << SimulatedSensorNode::WriteMode::Split << 0.0;
    QTest::addRow("bursts of 10 packets") << SimulatedSensorNode::WriteMode::Burst << 2000.0;
}

// The lab's exchange: START, 200 packets each acknowledged, STOP.
void tst_SensorNodeSession::fullSession()
{
    QFETCH(SimulatedSensorNode::WriteMode, mode);
    QFETCH(double, rate);
    SimulatedSensorNode node;
    node.setWriteMode(mode);
    node.setPacketRate(rate);
    QString error;
    QVERIFY2(node.start(&error), qPrintable(error));
    SerialLink link;
    QVERIFY2(link.open(serialSettings(node.portName())), qPrintable(link.lastError()));
    SensorNodeSession session(&link);
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QVERIFY(session.start());
    QCOMPARE(session.state(), SensorNodeSession::State::Running);

    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(session.state(), SensorNodeSession::State::Idle);
    QCOMPARE(sequences(session), range(0, 199));
    const netlab::SensorNodeCounters c = session.counters();
    QCOMPARE(c.received, 200u);
    QCOMPARE(c.acknowledged, 200u);
    QCOMPARE(c.bad, 0u);
    QCOMPARE(c.resyncs, 0u);
    QVERIFY(c.packetsPerSecond > 0);
    QTRY_COMPARE_WITH_TIMEOUT(node.acksReceived(), 200u, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(node.stopsReceived(), 1u, kWaitMs);
    QCOMPARE(node.startsReceived(), 1u);
    QVERIFY(!node.isStreaming());
    // The values decode as sent: magic, time in ms rising, yaw in degrees.
    const netlab::SensorNodePacket &last = session.packets().back();
    QCOMPARE(last.values.at(0).bytes, "DATA"_ba);
    QVERIFY(last.values.at(2).u >= session.packets().front().values.at(2).u);
    QVERIFY(std::abs(last.values.at(8).f) <= 180.0);
}

void tst_SensorNodeSession::faults_data()
{
    QTest::addColumn<SimulatedSensorNode::Fault>("fault");
    QTest::addColumn<QList<quint64>>("lost");
    QTest::addRow("corrupted packet")
        << SimulatedSensorNode::Fault::CorruptPacket << QList<quint64> {50};
    QTest::addRow("dropped byte") << SimulatedSensorNode::Fault::DropByte << QList<quint64> {50};
    QTest::addRow("garbage") << SimulatedSensorNode::Fault::Garbage << QList<quint64> {};
}

// A damaged packet is counted, not decoded; the session resynchronises on the next magic
// and still collects 200 good packets (the node streams until STOP).
void tst_SensorNodeSession::faults()
{
    QFETCH(SimulatedSensorNode::Fault, fault);
    QFETCH(QList<quint64>, lost);
    SimulatedSensorNode node;
    node.setPacketRate(0);
    node.scheduleFault(fault, 50);
    QVERIFY(node.start());
    SerialLink link;
    QVERIFY(link.open(serialSettings(node.portName())));
    SensorNodeSession session(&link);
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QSignalSpy bad(&session, &SensorNodeSession::badPacket);
    QVERIFY(session.start());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(sequences(session), range(0, 199 + quint64(lost.size()), lost));
    const netlab::SensorNodeCounters c = session.counters();
    QCOMPARE(c.received, 200u);
    QCOMPARE(c.bad, 1u);
    QCOMPARE(c.resyncs, 1u);
    QCOMPARE(bad.size(), 1);
    QVERIFY(bad.first().at(0).toString().startsWith(u"bad packet"_s));
    QTRY_COMPARE_WITH_TIMEOUT(node.acksReceived(), 200u, kWaitMs);
}

void tst_SensorNodeSession::silentNodeTimesOut()
{
    SimulatedSensorNode node;
    node.setPacketRate(0);
    node.scheduleFault(SimulatedSensorNode::Fault::Silence, 20);
    QVERIFY(node.start());
    SerialLink link;
    QVERIFY(link.open(serialSettings(node.portName())));
    SensorNodeSession session(&link);
    netlab::SensorNodeSettings settings;
    settings.timeoutMs = 300;
    QVERIFY(session.setSettings(settings));
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QSignalSpy errors(&session, &SensorNodeSession::errorOccurred);
    QVERIFY(session.start());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(u"sent nothing for 0.3 s"_s), qPrintable(message));
    QVERIFY2(message.contains(u"20 of 200"_s), qPrintable(message));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(session.counters().timeouts, 1u);
    QCOMPARE(sequences(session), range(0, 19)); // kept
    QTRY_COMPARE_WITH_TIMEOUT(node.stopsReceived(), 1u, kWaitMs); // told to stop anyway
    QVERIFY(link.isOpen());
}

// Nothing at all on the other side of the line.
void tst_SensorNodeSession::silentPortTimesOut()
{
    SocatPair pair;
    if (!pair.start())
        QSKIP("socat is not installed or did not start");
    SerialLink link;
    QVERIFY(link.open(serialSettings(pair.paths.at(0))));
    SensorNodeSession session(&link);
    netlab::SensorNodeSettings settings;
    settings.timeoutMs = 200;
    QVERIFY(session.setSettings(settings));
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QVERIFY(session.start());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.first().at(1).toString().contains(u"0 of 200"_s));
    QCOMPARE(session.counters().timeouts, 1u);
}

// The node goes away in the middle of a packet: the error says so, the packets stay.
void tst_SensorNodeSession::portClosedMidSession()
{
    SimulatedSensorNode node;
    node.setPacketRate(0);
    node.scheduleFault(SimulatedSensorNode::Fault::Disconnect, 100);
    QVERIFY(node.start());
    SerialLink link;
    QVERIFY(link.open(serialSettings(node.portName())));
    SensorNodeSession session(&link);
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QSignalSpy linkErrors(&link, &SerialLink::errorOccurred);
    QVERIFY(session.start());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(u"port closed"_s), qPrintable(message));
    // The node wrote 100 whole packets before hanging up; a pty may discard what was still
    // in flight at the hang-up, so the session keeps every packet that arrived, in order,
    // and says how many.
    const QList<quint64> kept = sequences(session);
    QVERIFY2(!kept.isEmpty() && kept.size() <= 100, qPrintable(message));
    QCOMPARE(kept, range(0, quint64(kept.size() - 1)));
    QVERIFY2(message.contains(u"%1 packets"_s.arg(kept.size())), qPrintable(message));
    QVERIFY(!link.isOpen());
    QVERIFY(!linkErrors.isEmpty());
    QVERIFY2(linkErrors.last().at(0).toString().contains(u"removed or disconnected"_s),
        qPrintable(linkErrors.last().at(0).toString()));
}

// The far end hangs up while nothing flows (a USB-serial adapter unplugged between two
// readings): the link notices at once, by itself, and says the device went away — with Qt 6.8
// QSerialPort reports nothing at all then, and Qt 6.4 a read error with a stale errno.
void tst_SensorNodeSession::hangUpWhileIdle()
{
    SimulatedSensorNode node;
    QVERIFY(node.start());
    SerialLink link;
    QVERIFY(link.open(serialSettings(node.portName())));
    QSignalSpy closed(&link, &SerialLink::closed);
    QSignalSpy errors(&link, &SerialLink::errorOccurred);
    node.stop();
    QVERIFY(closed.wait(kWaitMs));
    QCOMPARE(closed.size(), 1);
    QVERIFY(!link.isOpen());
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(u"removed or disconnected"_s), qPrintable(message));
    QVERIFY2(message.contains(node.portName()), qPrintable(message));
    QCOMPARE(closed.first().at(0).toString(), message);
    QCOMPARE(link.lastError(), message);
}

// The test is the node on the far end of a socat pair and decides exactly how the bytes
// arrive: one packet in three reads, then nine packets in one write.
void tst_SensorNodeSession::splitAndMergedReadsOverSocat()
{
    SocatPair pair;
    if (!pair.start())
        QSKIP("socat is not installed or did not start");
    SerialLink link;
    QVERIFY(link.open(serialSettings(pair.paths.at(0))));
    SerialLink node;
    QVERIFY(node.open(serialSettings(pair.paths.at(1))));
    QByteArray fromHost;
    connect(
        &node, &SerialLink::dataReceived, this, [&](const QByteArray &data) { fromHost += data; });

    SensorNodeSession session(&link);
    netlab::SensorNodeSettings settings;
    settings.packetCount = 12;
    QVERIFY(session.setSettings(settings));
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QVERIFY(session.start());
    QTRY_COMPARE_WITH_TIMEOUT(fromHost, "START\n"_ba, kWaitMs);

    const QByteArray first = packet(0);
    quint64 expected = link.bytesReceived();
    for (const auto &[from, length] : {std::pair {0, 3}, {3, 30}, {33, 31}}) {
        QVERIFY(node.send(first.mid(from, length)));
        expected += quint64(length);
        QTRY_COMPARE_WITH_TIMEOUT(link.bytesReceived(), expected, kWaitMs);
        QCOMPARE(session.packets().size(), from + length == 64 ? 1u : 0u);
    }
    QTRY_COMPARE_WITH_TIMEOUT(fromHost, "START\nACK\n"_ba, kWaitMs);

    QByteArray merged;
    for (quint32 s = 1; s <= 9; ++s)
        merged += packet(s);
    QVERIFY(node.send(merged + packet(10).left(40)));
    QTRY_COMPARE_WITH_TIMEOUT(session.packets().size(), 10u, kWaitMs);
    QVERIFY(node.send(packet(10).mid(40) + packet(11)));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(sequences(session), range(0, 11));
    QTRY_COMPARE_WITH_TIMEOUT(
        fromHost, "START\n"_ba + "ACK\n"_ba.repeated(12) + "STOP\n"_ba, kWaitMs);
}

// A node that floods garbage: counted as one bad stretch, memory stays bounded, and the
// packets after it are decoded.
void tst_SensorNodeSession::garbageFloodOverSocat()
{
    SocatPair pair;
    if (!pair.start())
        QSKIP("socat is not installed or did not start");
    SerialLink link;
    QVERIFY(link.open(serialSettings(pair.paths.at(0))));
    SerialLink node;
    QVERIFY(node.open(serialSettings(pair.paths.at(1))));
    SensorNodeSession session(&link);
    netlab::SensorNodeSettings settings;
    settings.packetCount = 3;
    QVERIFY(session.setSettings(settings));
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QVERIFY(session.start());
    QByteArray junk(256 * 1024, '\0');
    for (int i = 0; i < junk.size(); ++i)
        junk[i] = char((i * 73 + 11) % 256);
    junk.replace("DATA", "data");
    QVERIFY(node.send(junk));
    QVERIFY(node.send(packet(0) + packet(1) + packet(2)));
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(sequences(session), range(0, 2));
    QCOMPARE(session.counters().bad, 1u);
    QCOMPARE(session.counters().resyncs, 1u);
    QVERIFY(session.counters().skippedBytes >= quint64(junk.size()) - 64);
}

void tst_SensorNodeSession::stopOnDemand()
{
    SimulatedSensorNode node;
    node.setPacketRate(500);
    QVERIFY(node.start());
    SerialLink link;
    QVERIFY(link.open(serialSettings(node.portName())));
    SensorNodeSession session(&link);
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QVERIFY(session.start());
    QTRY_VERIFY_WITH_TIMEOUT(session.packets().size() >= 5, kWaitMs);
    session.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(finished.first().at(1).toString().startsWith(u"Stopped after"_s));
    const qsizetype kept = qsizetype(session.packets().size());
    QVERIFY(kept < 200);
    // Packets still on their way while the node reads STOP do not change the session.
    QTRY_COMPARE_WITH_TIMEOUT(node.stopsReceived(), 1u, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!node.isStreaming(), kWaitMs);
    QCOMPARE(qsizetype(session.packets().size()), kept);
    QCOMPARE(session.state(), SensorNodeSession::State::Idle);
}

void tst_SensorNodeSession::csvExport()
{
    SimulatedSensorNode node;
    node.setPacketRate(0);
    QVERIFY(node.start());
    SerialLink link;
    QVERIFY(link.open(serialSettings(node.portName())));
    SensorNodeSession session(&link);
    netlab::SensorNodeSettings settings;
    settings.packetCount = 5;
    QVERIFY(session.setSettings(settings));
    QSignalSpy finished(&session, &SensorNodeSession::finished);
    QVERIFY(session.start());
    QVERIFY(finished.wait(kWaitMs));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"packets.csv"_s);
    QString error;
    QVERIFY2(session.saveCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // header, 5 rows, empty after the last newline
    QCOMPARE(lines.at(0), "received_ms,magic,seq,time_ms,dx,dy,dz,roll,pitch,yaw"_ba);
    QVERIFY(lines.at(1).contains(",DATA,0,"));
    QVERIFY(lines.at(5).contains(",DATA,4,"));
    QCOMPARE(lines.at(3).count(','), 9);
    QVERIFY(!session.saveCsv(dir.filePath(u"no/such/dir/x.csv"_s), &error));
    QVERIFY(error.contains(u"no/such/dir"_s));
}

void tst_SensorNodeSession::csvEscapesFormulasFromTheNode()
{
    // A node (or whoever is on the serial line) sends text that a spreadsheet would run.
    SerialLink link;
    SensorNodeSession session(&link);
    netlab::SensorNodePacket packet;
    packet.receivedMs = 1000;
    packet.values
        = {netlab::StructValue::fromBytes("=cmd|' /C calc'!A0"), netlab::StructValue::fromInt(-12),
            netlab::StructValue::fromDouble(-3.5), netlab::StructValue::fromBytes("@SUM(1)")};
    const QByteArray row = session.csvRow(packet);
    // Text from the node gets the leading quote (and is quoted); its numbers stay numbers.
    QCOMPARE(row, "1000,\"'=cmd|' /C calc'!A0\",-12,-3.5,\"'@SUM(1)\""_ba);
}

void tst_SensorNodeSession::startNeedsAnOpenPort()
{
    SerialLink link;
    SensorNodeSession session(&link);
    QSignalSpy errors(&session, &SensorNodeSession::errorOccurred);
    QVERIFY(!session.start());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().at(0).toString().contains(u"Open the serial port first"_s));
    QVERIFY(!link.send("x"));
}

void tst_SensorNodeSession::missingPort()
{
    SerialLink link;
    QSignalSpy errors(&link, &SerialLink::errorOccurred);
    QVERIFY(!link.open(serialSettings(u"/dev/ttyNETLAB-does-not-exist"_s)));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(link.lastError().contains(u"no such serial port"_s), qPrintable(link.lastError()));
    QVERIFY(!link.open(serialSettings(QString())));
    QVERIFY(link.lastError().contains(u"No serial port chosen"_s));
}

void tst_SensorNodeSession::busyPort()
{
    SimulatedSensorNode node;
    QVERIFY(node.start());
    SerialLink first;
    QVERIFY(first.open(serialSettings(node.portName())));
    SerialLink second;
    QVERIFY(!second.open(serialSettings(node.portName())));
    QVERIFY2(second.lastError().contains(u"busy"_s), qPrintable(second.lastError()));
    QVERIFY(first.isOpen());
}

void tst_SensorNodeSession::permissionDenied()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("root opens every device: the permission check cannot fail");
#endif
    SimulatedSensorNode node;
    QVERIFY(node.start());
    QFile::setPermissions(node.portName(), QFileDevice::Permissions());
    SerialLink link;
    QVERIFY(!link.open(serialSettings(node.portName())));
    QVERIFY2(link.lastError().contains(u"dialout"_s), qPrintable(link.lastError()));
}

void tst_SensorNodeSession::customBaudRate()
{
    // QSerialPort sets a non-standard rate with termios2 (TCSETS2), which qemu-user lacks.
    NETLAB_SKIP_UNDER_EMULATOR("custom baud rates (the termios2 ioctl TCSETS2)");
    SimulatedSensorNode node;
    QVERIFY(node.start());
    SerialLink link;
    netlab::SerialSettings settings = serialSettings(node.portName());
    settings.baudRate = 250000; // not a standard rate; a pty takes any
    settings.stopBits = QSerialPort::TwoStop;
    QVERIFY2(link.open(settings), qPrintable(link.lastError()));
    QCOMPARE(link.settings().summary(), u"250000 8N2"_s);
    link.close();
    // A setting the driver refuses is named (Linux ptys take no parity).
    settings.parity = QSerialPort::EvenParity;
    if (!link.open(settings)) {
        QVERIFY2(link.lastError().contains(u"the driver refuses this parity"_s),
            qPrintable(link.lastError()));
        QVERIFY(!link.isOpen());
    }
    link.close();
    settings.parity = QSerialPort::NoParity;
    settings.baudRate = 0;
    QVERIFY(!link.open(settings));
    QVERIFY(link.lastError().contains(u"not a baud rate"_s));
    QVERIFY(SerialLink::standardBaudRates().contains(115200));
    QVERIFY(SerialLink::standardBaudRates().contains(921600));
}

void tst_SensorNodeSession::badSettingsAreRefused()
{
    SerialLink link;
    SensorNodeSession session(&link);
    netlab::SensorNodeSettings settings;
    settings.timeoutMs = 0;
    QString error;
    QVERIFY(!session.setSettings(settings, &error));
    QVERIFY(error.contains(u"timeout"_s));
    settings = {};
    settings.decoder.format = u"<4sII6f28xQ"_s;
    settings.decoder.fieldNames.append(u"extra"_s);
    QVERIFY(!session.setSettings(settings, &error));
    QVERIFY2(error.contains(u"72 bytes"_s), qPrintable(error));
    settings = {};
    settings.packetCount = -1;
    QVERIFY(!session.setSettings(settings, &error));
    QCOMPARE(session.settings().packetCount, 200);
}

QTEST_GUILESS_MAIN(tst_SensorNodeSession)
#include "tst_sensornodesession.moc"
