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
    QString connectionName() const { return m_connectionName; } // QSqlDatabase::database()

    // Readings that could not be written (a full disk) wait in memory, newest kept, and are
    // written first by the next append() that succeeds; readings(), latest() and count()
    // include them, so clients see nothing missing meanwhile.
    static constexpr int kMaxPending = 100'000; // more than two days at one reading per 2 s

    // false + errorOccurred() (e.g. the disk is full); the reading then waits in memory.
    bool append(const SensorReading &reading);
    int pendingCount() const { return int(m_pending.size()); }
    quint64 droppedCount() const { return m_dropped; } // pending readings given up (oldest)
    // Caps the database file at pages × page size, like a full disk (SQLite max_page_count;
    // it cannot go below the pages in use). false + errorOccurred() on failure.
    bool setMaxPageCount(qint64 pages);
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
    bool write(const QList<SensorReading> &readings, QString *error);

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    quint64 m_writeErrors = 0;
    QList<SensorReading> m_pending; // in time order
    quint64 m_dropped = 0;
    QString m_lastError;
};

} // namespace netlab
