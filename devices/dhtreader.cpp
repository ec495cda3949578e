#include <devices/dhtreader.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace netlab {

// Runs on DhtReader's thread: schedules and performs the blocking reads.
class DhtReaderWorker : public QObject
{
    Q_OBJECT
public:
    DhtReaderWorker(DhtBackend *backend)
        : m_backend(backend)
        , m_model(backend->model())
        , m_minimumIntervalMs(qMax(0, backend->minimumIntervalMs()))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DhtReaderWorker::attempt);
    }

    void configure(int intervalMs, int maxRetries)
    {
        m_intervalMs = qMax(intervalMs, m_minimumIntervalMs);
        m_maxRetries = qMax(0, maxRetries);
    }

    void start()
    {
        m_running = true;
        m_retry = 0;
        schedule(0);
    }

    void stop()
    {
        m_running = false;
        if (!m_once)
            m_timer.stop();
    }

    void readOnce()
    {
        if (m_once)
            return;
        m_once = true;
        m_onceRetry = 0;
        schedule(0);
    }

signals:
    void readingAvailable(const netlab::SensorReading &reading);
    void readFailed(netlab::SensorFailure kind, const QString &message);
    void readOnceFinished(bool ok);

private:
    // Fires at `delay` but never sooner than the minimum interval after the last read.
    void schedule(qint64 delay)
    {
        if (m_lastRead.isValid())
            delay = qMax(delay, m_minimumIntervalMs - m_lastRead.elapsed());
        m_timer.start(int(qBound(qint64(0), delay, qint64(24 * 3600 * 1000))));
    }

    void attempt()
    {
        if (m_lastRead.isValid() && m_lastRead.elapsed() < m_minimumIntervalMs) {
            schedule(0);
            return;
        }
        m_lastRead.start();
        SensorResult result = m_backend->read();
        if (result.ok() && !result.reading.isPlausible(m_model))
            result = SensorResult::failed(SensorFailure::Implausible,
                QCoreApplication::translate("netlab::DhtReader", "implausible values: %1 °C, %2 %")
                    .arg(result.reading.temperatureC)
                    .arg(result.reading.humidityPct));
        if (result.ok())
            emit readingAvailable(result.reading);
        else
            emit readFailed(result.failure, result.message);

        bool retryNow = false;
        if (m_once) {
            if (result.ok() || m_onceRetry >= m_maxRetries) {
                m_once = false;
                emit readOnceFinished(result.ok());
            } else {
                ++m_onceRetry;
                retryNow = true;
            }
        }
        if (m_running) {
            if (!result.ok() && m_retry < m_maxRetries) {
                ++m_retry;
                retryNow = true;
            } else {
                m_retry = 0;
            }
        }
        if (retryNow)
            schedule(m_minimumIntervalMs);
        else if (m_running)
            schedule(m_intervalMs);
    }

    DhtBackend *m_backend;
    DhtModel m_model;
    qint64 m_minimumIntervalMs;
    QTimer m_timer {this};
    QElapsedTimer m_lastRead;
    int m_intervalMs = 2000;
    int m_maxRetries = DhtReader::kDefaultMaxRetries;
    int m_retry = 0;
    int m_onceRetry = 0;
    bool m_running = false;
    bool m_once = false;
};

DhtReader::DhtReader(std::unique_ptr<DhtBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(std::move(backend))
{
    qRegisterMetaType<netlab::SensorReading>();
    qRegisterMetaType<netlab::SensorFailure>();
    m_backendKey = m_backend->key();
    m_backendDescription = m_backend->description();
    m_model = m_backend->model();
    m_minimumIntervalMs = qMax(0, m_backend->minimumIntervalMs());
    m_intervalMs = qMax(m_intervalMs, m_minimumIntervalMs);
    m_thread.setObjectName(QStringLiteral("DhtReader"));
    m_worker = new DhtReaderWorker(m_backend.get());
    m_worker->configure(m_intervalMs, m_maxRetries);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DhtReaderWorker::readingAvailable, this, &DhtReader::onReading);
    connect(m_worker, &DhtReaderWorker::readFailed, this, &DhtReader::onFailure);
    connect(m_worker, &DhtReaderWorker::readOnceFinished, this, &DhtReader::readOnceFinished);
    m_thread.start();
}

DhtReader::~DhtReader()
{
    m_thread.quit();
    m_thread.wait();
    // The worker was deleted by the finished() connection; the backend goes with us.
}

void DhtReader::setIntervalMs(int intervalMs)
{
    m_intervalMs = qMax(intervalMs, m_minimumIntervalMs);
    const int interval = m_intervalMs;
    const int retries = m_maxRetries;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, interval, retries] { worker->configure(interval, retries); });
}

void DhtReader::setMaxRetries(int retries)
{
    m_maxRetries = qBound(0, retries, 100);
    setIntervalMs(m_intervalMs);
}

void DhtReader::start()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->start(); });
}

void DhtReader::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
}

void DhtReader::readOnce()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->readOnce(); });
}

quint64 DhtReader::failureCount(SensorFailure kind) const
{
    return m_failures[std::size_t(kind)];
}

quint64 DhtReader::totalFailures() const
{
    quint64 total = 0;
    for (quint64 count : m_failures)
        total += count;
    return total;
}

void DhtReader::onReading(const SensorReading &reading)
{
    ++m_readings;
    m_consecutiveFailures = 0;
    m_lastReading = reading;
    emit readingAvailable(reading);
}

void DhtReader::onFailure(SensorFailure kind, const QString &message)
{
    ++m_failures[std::size_t(kind)];
    ++m_consecutiveFailures;
    m_lastFailureMessage = message;
    emit readFailed(kind, message);
}

} // namespace netlab

#include "dhtreader.moc"
