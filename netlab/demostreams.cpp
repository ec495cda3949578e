#include <netlab/demostreams.h>

#include <netlab/socketerror.h>

#include <QDateTime>

#include <cmath>

namespace netlab {

DemoStreams::DemoStreams(QObject *parent)
    : QObject(parent)
    , m_random(QRandomGenerator::securelySeeded())
{
    for (Stream *stream : {&m_text, &m_drone})
        stream->timer.setTimerType(Qt::PreciseTimer);
    connect(&m_text.timer, &QTimer::timeout, this,
        [this] { pump(m_text, m_textRate, m_textPort, true); });
    connect(&m_drone.timer, &QTimer::timeout, this,
        [this] { pump(m_drone, m_droneRate, m_dronePort, false); });
    m_progressTimer.setInterval(1000);
    connect(&m_progressTimer, &QTimer::timeout, this,
        [this] { emit progress(m_text.sent, m_drone.sent); });
}

DemoStreams::~DemoStreams() = default;

void DemoStreams::setDestination(const QHostAddress &address)
{
    m_destination = address;
}

void DemoStreams::setTextRate(double perSecond)
{
    m_textRate = std::isfinite(perSecond) ? qBound(0.0, perSecond, kMaxRate) : 0.0;
}

void DemoStreams::setDroneRate(double perSecond)
{
    m_droneRate = std::isfinite(perSecond) ? qBound(0.0, perSecond, kMaxRate) : 0.0;
}

bool DemoStreams::start()
{
    if (m_running)
        return true;
    QString problem;
    if (m_destination.isNull())
        problem = tr("demo streams: no destination address");
    else if ((m_textRate > 0 && m_textPort == 0) || (m_droneRate > 0 && m_dronePort == 0))
        problem = tr("demo streams: port 0 is not a destination port");
    else if (m_textRate <= 0 && m_droneRate <= 0)
        problem = tr("demo streams: both rates are 0, nothing to send");
    if (!problem.isEmpty()) {
        emit errorOccurred(problem);
        return false;
    }
    m_sendErrors = 0;
    m_lastError.clear();
    const auto begin = [](Stream &stream, double rate) {
        stream.sentSinceStart = 0;
        if (rate <= 0)
            return;
        stream.clock.start();
        stream.timer.start(qBound(1, int(500.0 / rate), 1000));
    };
    begin(m_text, m_textRate);
    begin(m_drone, m_droneRate);
    m_progressTimer.start();
    m_running = true;
    emit runningChanged(true);
    // The first datagram of each stream goes out now, not one interval later.
    if (m_textRate > 0)
        pump(m_text, m_textRate, m_textPort, true);
    if (m_droneRate > 0)
        pump(m_drone, m_droneRate, m_dronePort, false);
    return true;
}

void DemoStreams::stop()
{
    if (!m_running)
        return;
    m_text.timer.stop();
    m_drone.timer.stop();
    m_progressTimer.stop();
    m_running = false;
    emit progress(m_text.sent, m_drone.sent);
    emit runningChanged(false);
}

void DemoStreams::pump(Stream &stream, double rate, quint16 port, bool text)
{
    if (!m_running || rate <= 0)
        return;
    // Datagram k is due at k / rate seconds after start; send what is due, in bounded bursts.
    const qint64 due = qint64(std::floor(stream.clock.nsecsElapsed() / 1e9 * rate + 1e-9)) + 1;
    int burst = 0;
    while (stream.sentSinceStart < due && burst < kMaxBurst) {
        if (text)
            send(nextSensorLine(), port);
        else
            send(nextDroneFrame(QDateTime::currentMSecsSinceEpoch() / 1000.0), port);
        ++stream.sentSinceStart;
        ++stream.sent;
        ++burst;
    }
}

void DemoStreams::send(const QByteArray &payload, quint16 port)
{
    if (m_socket.writeDatagram(payload, m_destination, port) >= 0)
        return;
    ++m_sendErrors;
    const QString message = describeSocketError(
        m_socket.error(), m_socket.errorString(), formatEndpoint(m_destination, port));
    if (message != m_lastError) { // once per distinct reason, not once per datagram
        m_lastError = message;
        emit errorOccurred(message);
    }
}

QByteArray DemoStreams::nextSensorLine()
{
    const auto noise
        = [this](double amplitude) { return (m_random.generateDouble() * 2.0 - 1.0) * amplitude; };
    ++m_lineSeq;
    m_temperature = qBound(15.0, m_temperature + noise(0.05) + (21.5 - m_temperature) * 0.01, 30.0);
    m_humidity = qBound(20.0, m_humidity + noise(0.2) + (45.0 - m_humidity) * 0.01, 80.0);
    m_pressure = qBound(990.0, m_pressure + noise(0.05) + (1013.25 - m_pressure) * 0.01, 1030.0);
    const int light = qBound(0, int(512 + 300 * std::sin(m_lineSeq / 20.0) + noise(8)), 1023);
    return QByteArrayLiteral("seq=") + QByteArray::number(m_lineSeq)
        + QByteArrayLiteral(" temperature=") + QByteArray::number(m_temperature, 'f', 2)
        + QByteArrayLiteral(" humidity=") + QByteArray::number(m_humidity, 'f', 1)
        + QByteArrayLiteral(" pressure=") + QByteArray::number(m_pressure, 'f', 2)
        + QByteArrayLiteral(" light=") + QByteArray::number(light);
}

QByteArray DemoStreams::nextDroneFrame(double secondsSinceEpoch)
{
    const auto noise
        = [this](double amplitude) { return (m_random.generateDouble() * 2.0 - 1.0) * amplitude; };
    m_phase += 0.05;
    m_yaw = std::fmod(m_yaw + 0.9 + noise(0.3) + 360.0, 360.0);
    m_battery -= 0.002;
    if (m_battery < 5.0)
        m_battery = 100.0; // a fresh battery
    const int pitch = int(std::lround(15.0 * std::sin(m_phase) + noise(1.0)));
    const int roll = int(std::lround(10.0 * std::sin(m_phase * 0.7 + 1.0) + noise(1.0)));
    const int yaw = int(m_yaw) % 360;
    const double barometer = 1013.25 - 0.6 * std::sin(m_phase * 0.1) + noise(0.02);
    const double agx = 0.2 * std::sin(m_phase) + noise(0.05);
    const double agy = 0.2 * std::cos(m_phase) + noise(0.05);
    const double agz = -9.81 + noise(0.05);
    const QList<StructValue> values {StructValue::fromDouble(secondsSinceEpoch),
        StructValue::fromInt(pitch), StructValue::fromInt(roll), StructValue::fromInt(yaw),
        StructValue::fromInt(int(m_battery)), StructValue::fromDouble(barometer),
        StructValue::fromDouble(agx), StructValue::fromDouble(agy), StructValue::fromDouble(agz)};
    QByteArray frame;
    m_droneFormat.encode(values, frame);
    return frame;
}

} // namespace netlab
