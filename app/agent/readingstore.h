#pragma once

#include <devices/sensorreading.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <limits>
#include <optional>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace netlab {

// A stored reading: its sequence number (the row id: increases with every reading, never
// reused, whatever the clock does) and the reading, whose t is data (the agent's wall clock).
struct StoredReading : SensorReading
{
    qint64 seq = 0;
};

// The agent's readings in SQLite (through QtSql), in WAL mode with synchronous=FULL: a reading
// that append() acknowledged survives a crash or a power cut.
//   readings(seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- the cursor of clients
//            t INTEGER NOT NULL,                     -- Unix ms on the agent's clock, data only
//            temperature_c REAL, humidity_pct REAL)   index readings_t on t
// A database of the first schema (t INTEGER PRIMARY KEY) is migrated in place when opened:
// its readings get seq in time order. A Pi without a real-time clock may store a reading
// older than the one before; it is kept beside it, never instead of it.
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
    // written by a retry on a back-off timer (1 s, doubling up to 60 s), at most kRetryBatch
    // per transaction — never by append(), so a reading costs one small write however many
    // wait. readings(), latest() and count() include them, so clients see nothing missing.
    static constexpr int kMaxPending = 100'000; // more than two days at one reading per 2 s
    static constexpr int kRetryBatch = 500;
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 60'000;

    // false + errorOccurred() (e.g. the disk is full); the reading then waits in memory (also
    // when others wait already: then it is not tried now, the next retry writes it).
    // Either way the reading has its sequence number (*seq) from now on.
    bool append(const SensorReading &reading, qint64 *seq = nullptr);
    qint64 lastSeq() const { return m_nextSeq - 1; } // 0: none yet
    int pendingCount() const { return int(m_pending.size()); }
    quint64 droppedCount() const { return m_dropped; } // pending readings given up (oldest)
    quint64 writeAttempts() const { return m_writeAttempts; } // transactions tried
    int retryDelayMs() const { return m_retryDelayMs; } // until the next retry, when pending
    // Writes the waiting readings now, batch by batch, until all are written, one fails or
    // budgetMs is spent (the last try before the agent exits). true when none wait any more.
    bool flush(int budgetMs);
    // Caps the database file at pages × page size, like a full disk (SQLite max_page_count;
    // it cannot go below the pages in use). false + errorOccurred() on failure.
    bool setMaxPageCount(qint64 pages);
    // Readings with t > sinceMs (all for -1) in order of t, at most limit; *more is true when
    // further readings follow. Wall-clock paging, for clients of the first API.
    QList<StoredReading> readings(qint64 sinceMs, int limit, bool *more = nullptr);
    // Readings with seq > afterSeq in order of seq, at most limit; *more as above.
    QList<StoredReading> readingsAfterSeq(qint64 afterSeq, int limit, bool *more = nullptr);
    std::optional<StoredReading> latest(); // the newest by seq
    qint64 count();
    // Deletes readings with t < cutoffMs and seq < keepFromSeq; returns how many (-1 on error).
    int removeOlderThan(qint64 cutoffMs, qint64 keepFromSeq = std::numeric_limits<qint64>::max());
    // The retention: deletes readings older than retentionMs before the earlier of nowMs and
    // the newest stored t, so a clock that jumps forward deletes nothing the retention
    // keeps; readings with seq >= keepFromSeq stay. Returns how many (-1 on error).
    int removeExpired(
        qint64 nowMs, qint64 retentionMs, qint64 keepFromSeq = std::numeric_limits<qint64>::max());

    quint64 writeErrors() const { return m_writeErrors; }
    QString lastError() const { return m_lastError; }

signals:
    void errorOccurred(const QString &message);
    // The readings that waited in memory are all written (the disk has room again).
    void pendingWritten();

private:
    // One page of `sql` (two parameters: `from` and the limit + 1), then the held readings
    // that heldFilter (given the stored part) accepts.
    QList<StoredReading> page(const QString &sql, qint64 from, int limit, bool *more,
        const std::function<std::function<bool(const StoredReading &)>(
            const QList<StoredReading> &)> &heldFilter);
    bool fail(const QString &message);
    bool write(const QList<StoredReading> &readings, QString *error);
    // One retry: the oldest kRetryBatch waiting readings in one transaction.
    bool writeBatch(QString *error);
    void retry();
    void holdFailed(const QString &error);
    bool migrate(QSqlDatabase &db, QString *error);

    QString m_connectionName;
    QString m_path;
    bool m_open = false;
    quint64 m_writeErrors = 0;
    QList<StoredReading> m_pending; // in order of seq
    qint64 m_nextSeq = 1;
    quint64 m_writeAttempts = 0;
    int m_retryDelayMs = kFirstRetryMs;
    QTimer m_retryTimer;
    quint64 m_dropped = 0;
    QString m_lastError;
};

} // namespace netlab
