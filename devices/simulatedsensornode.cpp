#include "simulatedsensornode.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cmath>
#include <cstring>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr qsizetype kMaxInput = 4096;
constexpr qsizetype kHighWater = 4096; // stop generating while this much waits
constexpr int kTickMs = 2;
constexpr qsizetype kSplitPiece = 7;
constexpr int kBurstPackets = 10;
constexpr qsizetype kGarbageBytes = 37;
constexpr int kMaxPacketsPerTick = 64;
constexpr int kDisconnectDelayMs = 20;
constexpr double kPi = 3.14159265358979323846;

} // namespace

SimulatedSensorNode::SimulatedSensorNode(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &SimulatedSensorNode::tick);
    setSettings(m_settings);
}

SimulatedSensorNode::~SimulatedSensorNode()
{
    blockSignals(true); // no stopped() to receivers that may be half destroyed
    stop();
}

bool SimulatedSensorNode::setSettings(const SensorNodeSettings &settings, QString *error)
{
    SensorNodeDecoder decoder;
    if (!decoder.setConfig(settings.decoder, error))
        return false;
    m_settings = settings;
    m_format = decoder.format();
    return true;
}

void SimulatedSensorNode::setPacketRate(double perSecond)
{
    m_rate = perSecond > 0 ? perSecond : 0.0;
}

void SimulatedSensorNode::setLineRate(qint32 baud)
{
    setPacketRate(double(baud) / 10.0 / double(m_settings.decoder.packetSize));
}

void SimulatedSensorNode::setPacketLimit(int count)
{
    m_limit = std::max(0, count);
}

void SimulatedSensorNode::setWriteMode(WriteMode mode)
{
    m_writeMode = mode;
}

void SimulatedSensorNode::scheduleFault(Fault fault, int packetIndex)
{
    m_faults.append({packetIndex, fault});
}

void SimulatedSensorNode::clearFaults()
{
    m_faults.clear();
}

bool SimulatedSensorNode::fail(const QString &message, QString *error)
{
    if (error)
        *error = message;
    emit errorOccurred(message);
    return false;
}

bool SimulatedSensorNode::start(QString *error)
{
    stop();
#ifdef Q_OS_UNIX
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0)
        return fail(tr("No pseudo-terminal for the simulated node: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno))),
            error);
    const char *slaveName = nullptr;
    if (::grantpt(master) != 0 || ::unlockpt(master) != 0
        || (slaveName = ::ptsname(master)) == nullptr) {
        const int code = errno;
        ::close(master);
        return fail(tr("No pseudo-terminal for the simulated node: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(code))),
            error);
    }
    const QByteArray path(slaveName);
    const int slave = ::open(path.constData(), O_RDWR | O_NOCTTY);
    if (slave < 0) {
        const int code = errno;
        ::close(master);
        return fail(
            tr("Cannot open %1: %2")
                .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(code))),
            error);
    }
    // Raw, like a serial line: no echo, no line editing, no CR/LF translation.
    termios attributes {};
    if (::tcgetattr(slave, &attributes) == 0) {
        ::cfmakeraw(&attributes);
        ::tcsetattr(slave, TCSANOW, &attributes);
    }
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);

    m_masterFd = master;
    m_slaveFd = slave;
    m_portName = QString::fromLocal8Bit(path);
    m_readNotifier = new QSocketNotifier(qintptr(master), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SimulatedSensorNode::readCommands);
    m_writeNotifier = new QSocketNotifier(qintptr(master), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &SimulatedSensorNode::flush);
    emit started(m_portName);
    return true;
#else
    return fail(tr("The simulated node needs pseudo-terminals, which this system does not "
                   "have (Linux and macOS do)."),
        error);
#endif
}

void SimulatedSensorNode::stop()
{
    m_timer->stop();
    const bool wasRunning = m_masterFd >= 0;
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
#ifdef Q_OS_UNIX
    if (m_masterFd >= 0)
        ::close(m_masterFd);
    if (m_slaveFd >= 0)
        ::close(m_slaveFd);
#endif
    m_masterFd = -1;
    m_slaveFd = -1;
    m_input.clear();
    m_output.clear();
    m_splitRest.clear();
    setStreaming(false);
    if (wasRunning)
        emit stopped();
}

void SimulatedSensorNode::readCommands()
{
#ifdef Q_OS_UNIX
    char chunk[1024];
    for (;;) {
        const ssize_t n = ::read(m_masterFd, chunk, sizeof chunk);
        if (n > 0) {
            m_input.append(chunk, qsizetype(n));
            if (m_input.size() > kMaxInput) {
                m_unknownBytes += quint64(m_input.size() - kMaxInput);
                m_input.remove(0, m_input.size() - kMaxInput);
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && m_readNotifier)
            m_readNotifier->setEnabled(false); // no reader on the other side any more
        break;
    }
#endif
    const QByteArray commands[]
        = {m_settings.startCommand, m_settings.stopCommand, m_settings.ackCommand};
    while (!m_input.isEmpty()) {
        bool matched = false;
        bool partial = false;
        for (const QByteArray &command : commands) {
            if (command.isEmpty())
                continue;
            if (m_input.startsWith(command)) {
                m_input.remove(0, command.size());
                handleCommand(command);
                matched = true;
                break;
            }
            if (command.startsWith(m_input))
                partial = true;
        }
        if (matched)
            continue;
        if (partial)
            break;
        m_input.remove(0, 1);
        ++m_unknownBytes;
    }
}

void SimulatedSensorNode::handleCommand(const QByteArray &command)
{
    if (command == m_settings.startCommand) {
        ++m_starts;
        m_packetsSent = 0; // per session, as the node's own counters would be
        m_acks = 0;
#ifdef Q_OS_UNIX
        ::tcflush(m_slaveFd, TCIFLUSH); // what an earlier client left unread
#endif
        m_output.clear();
        m_splitRest.clear();
        m_index = 0;
        m_silent = false;
        m_clock.start();
        setStreaming(true);
        m_timer->start();
    } else if (command == m_settings.stopCommand) {
        ++m_stops;
        m_timer->stop();
        m_output.clear();
        m_splitRest.clear();
        setStreaming(false);
    } else if (command == m_settings.ackCommand) {
        ++m_acks;
    }
    emit commandReceived(command);
}

void SimulatedSensorNode::setStreaming(bool streaming)
{
    if (m_streaming == streaming)
        return;
    m_streaming = streaming;
    emit streamingChanged(streaming);
}

QByteArray SimulatedSensorNode::makePacket(quint64 index)
{
    const double t = double(m_clock.elapsed()) / 1000.0;
    const auto noise = [this](double scale) { return (m_random.generateDouble() - 0.5) * scale; };
    const double motion[] = {
        0.05 * std::sin(2 * kPi * 0.5 * t) + noise(0.002),
        0.03 * std::cos(2 * kPi * 0.3 * t) + noise(0.002),
        0.01 * std::sin(2 * kPi * 1.1 * t) + noise(0.001),
        10.0 * std::sin(2 * kPi * 0.2 * t) + noise(0.2),
        5.0 * std::cos(2 * kPi * 0.15 * t) + noise(0.2),
        std::fmod(20.0 * t + 180.0, 360.0) - 180.0,
    };
    const QList<StructField> fields = m_format.fields();
    QList<StructValue> values;
    values.reserve(fields.size());
    int floatIndex = 0;
    const qint64 ms = m_clock.elapsed();
    for (int i = 0; i < fields.size(); ++i) {
        const StructField &field = fields.at(i);
        switch (field.code) {
        case 's':
        case 'p':
        case 'c':
            values.append(StructValue::fromBytes(
                i == 0 ? m_settings.decoder.magic.left(field.size) : QByteArray(1, '\0')));
            break;
        case 'f':
        case 'd':
        case 'e':
            values.append(StructValue::fromDouble(floatIndex < 6 ? motion[floatIndex] : 0.0));
            ++floatIndex;
            break;
        case '?':
            values.append(StructValue::fromBool(false));
            break;
        default: {
            const quint64 limit
                = field.size >= 8 ? ~quint64(0) >> 1 : (quint64(1) << (field.size * 8 - 1)) - 1;
            const quint64 value = i == m_settings.decoder.sequenceField ? index : quint64(ms);
            values.append(StructValue::fromUInt(value % (limit + 1)));
            if (std::strchr("bhilqn", field.code))
                values.last() = StructValue::fromInt(qint64(value % (limit + 1)));
            break;
        }
        }
    }
    QByteArray packet;
    if (!m_format.encode(values, packet))
        packet = QByteArray(m_format.size(), '\0');
    packet.resize(m_settings.decoder.packetSize, '\0');
    const QByteArray &magic = m_settings.decoder.magic;
    std::memcpy(packet.data(), magic.constData(), size_t(magic.size()));
    return packet;
}

void SimulatedSensorNode::tick()
{
    if (!m_streaming || m_silent || m_masterFd < 0)
        return;
    if (m_writeMode == WriteMode::Split && !m_splitRest.isEmpty()) {
        queue(m_splitRest.left(kSplitPiece));
        m_splitRest.remove(0, std::min(kSplitPiece, m_splitRest.size()));
        return;
    }
    if (m_output.size() > kHighWater)
        return;

    qint64 owed = kMaxPacketsPerTick;
    if (m_rate > 0) {
        const double due = double(m_clock.elapsed()) / 1000.0 * m_rate + 1.0;
        owed = std::min<qint64>(qint64(due) - qint64(m_index), kMaxPacketsPerTick);
    }
    if (m_writeMode == WriteMode::Split)
        owed = std::min<qint64>(owed, 1);
    else if (m_writeMode == WriteMode::Burst && owed < kBurstPackets)
        return;

    QByteArray bytes;
    for (qint64 k = 0; k < owed; ++k) {
        if (m_limit > 0 && m_index >= quint64(m_limit)) {
            m_timer->stop();
            setStreaming(false);
            break;
        }
        QByteArray packet = makePacket(m_index);
        bool disconnect = false;
        for (const auto &[at, fault] : std::as_const(m_faults)) {
            if (quint64(at) != m_index)
                continue;
            switch (fault) {
            case Fault::CorruptPacket: {
                const int field = m_settings.decoder.sequenceField;
                const qsizetype offset = field >= 0 ? m_format.fields().at(field).offset
                                                    : m_settings.decoder.magic.size();
                for (qsizetype b = offset; b < std::min(offset + 4, packet.size()); ++b)
                    packet[b] = char(0xa5);
                packet[packet.size() - 1] = char(0x5a);
                break;
            }
            case Fault::DropByte:
                packet.remove(packet.size() / 3, 1);
                break;
            case Fault::Garbage: {
                QByteArray garbage(kGarbageBytes, '\0');
                for (char &c : garbage)
                    c = char(m_random.bounded(256));
                if (!m_settings.decoder.magic.isEmpty())
                    garbage.replace(m_settings.decoder.magic.at(0), '?');
                packet.prepend(garbage);
                break;
            }
            case Fault::Silence:
                m_silent = true;
                break;
            case Fault::Disconnect:
                packet.truncate(packet.size() / 2);
                disconnect = true;
                break;
            }
        }
        if (m_silent)
            break;
        ++m_index;
        ++m_packetsSent;
        if (m_writeMode == WriteMode::Split) {
            m_splitRest = packet.mid(kSplitPiece);
            packet.truncate(kSplitPiece);
        }
        bytes += packet;
        if (disconnect) {
            m_timer->stop();
            setStreaming(false);
            queue(bytes);
            QTimer::singleShot(kDisconnectDelayMs, this, &SimulatedSensorNode::stop);
            return;
        }
        if (m_output.size() + bytes.size() > kHighWater)
            break;
    }
    if (!bytes.isEmpty())
        queue(bytes);
}

void SimulatedSensorNode::queue(const QByteArray &bytes)
{
    if (m_output.size() + bytes.size() > kMaxPendingOutput)
        return; // nobody reads: what a real node's radio would lose too
    m_output += bytes;
    flush();
}

void SimulatedSensorNode::flush()
{
#ifdef Q_OS_UNIX
    qsizetype done = 0;
    while (done < m_output.size() && m_masterFd >= 0) {
        const ssize_t n
            = ::write(m_masterFd, m_output.constData() + done, size_t(m_output.size() - done));
        if (n > 0) {
            done += qsizetype(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            emit errorOccurred(tr("Simulated node: writing failed: %1")
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
            m_output.clear();
            done = 0;
        }
        break;
    }
    m_output.remove(0, done);
#endif
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_output.isEmpty());
}

} // namespace netlab
