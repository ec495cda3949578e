#pragma once

#include <devices/sensorreading.h>

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace netlab {

// The agent's readings in SQLite (through QtSql), in WAL mode with synchronous=FULL: a reading
// that append() acknowledged survives a crash or a power cut.
//   readings(t INTEGER PRIMARY KEY  -- Unix ms
//            temperature_c REAL, humidity_pct REAL)
// Each store uses its own connection name, so tests may open several.
class ReadingStore : public QObject
{
    Q_OBJECT
public:
    explicit ReadingStore(QObject *parent = nullptr);
    ~ReadingStore() override;

    // Creates the file and table as needed. false + errorOccurred() with the reason.
    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }

    // false + errorOccurred() (e.g. the disk is full); the reading is then not stored.
    bool append(const SensorReading &reading);
    // Readings with t > sinceMs (all for -1), oldest first, at most limit; *more is true when
    // further readings follow.
    QList<SensorReading> readings(qint64 sinceMs, int limit, bool *more = nullptr);
    std::optional<SensorReading> latest();
    qint64 count();
    // Deletes readings older than cutoffMs; returns how many (-1 on error).
    int removeOlderThan(qint64 cutoffMs);

    quint64 writeErrors() const { return m_writeErrors; }
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);

private:
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    quint64 m_writeErrors = 0;
    QString m_lastError;
};

} // namespace netlab
