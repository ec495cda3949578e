#pragma once

#include <devices/dhtbackend.h>
#include <devices/sensorreading.h>

#include <QObject>
#include <QThread>

#include <array>
#include <memory>
#include <optional>

namespace netlab {

class DhtReaderWorker;

// Reads a DHT sensor on a worker thread it owns and publishes the results on the thread that
// created it (queued signals). Never reads faster than the backend's minimum interval; after a
// failure it retries (at the minimum interval) up to maxRetries times before waiting for the
// next regular read. A reading that fails its checksum or the plausibility range is never
// published: it becomes a failure of its kind, and every kind is counted.
class DhtReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaxRetries = 3;

    explicit DhtReader(std::unique_ptr<DhtBackend> backend, QObject *parent = nullptr);
    ~DhtReader() override; // stops the worker thread (quit + wait)

    QString backendKey() const { return m_backendKey; }
    QString backendDescription() const { return m_backendDescription; }
    DhtModel model() const { return m_model; }
    int minimumIntervalMs() const { return m_minimumIntervalMs; }

    // Clamped to the minimum interval; takes effect from the next read.
    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    void setMaxRetries(int retries);
    int maxRetries() const { return m_maxRetries; }

    // Reads at once, then every interval, until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One read with retries, whether or not started; readOnceFinished(ok) at the end.
    void readOnce();

    quint64 readingCount() const { return m_readings; }
    quint64 failureCount(SensorFailure kind) const;
    quint64 totalFailures() const;
    int consecutiveFailures() const { return m_consecutiveFailures; }
    std::optional<SensorReading> lastReading() const { return m_lastReading; }
    QString lastFailureMessage() const { return m_lastFailureMessage; }

signals:
    void readingAvailable(const netlab::SensorReading &reading);
    void readFailed(netlab::SensorFailure kind, const QString &message);
    void readOnceFinished(bool ok);

private:
    void onReading(const netlab::SensorReading &reading);
    void onFailure(netlab::SensorFailure kind, const QString &message);

    QThread m_thread;
    std::unique_ptr<DhtBackend> m_backend; // used on the worker thread only
    DhtReaderWorker *m_worker = nullptr; // lives on m_thread
    QString m_backendKey;
    QString m_backendDescription;
    DhtModel m_model = DhtModel::Dht11;
    int m_minimumIntervalMs = 1000;
    int m_intervalMs = 2000;
    int m_maxRetries = kDefaultMaxRetries;
    bool m_running = false;
    quint64 m_readings = 0;
    std::array<quint64, kSensorFailureKinds> m_failures {};
    int m_consecutiveFailures = 0;
    std::optional<SensorReading> m_lastReading;
    QString m_lastFailureMessage;
};

} // namespace netlab
