#include "readingstore.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace netlab {

namespace {

QAtomicInteger<quint64> g_connectionSerial;

} // namespace

ReadingStore::ReadingStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("netlab-readings-%1").arg(++g_connectionSerial))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ReadingStore::retry);
}

ReadingStore::~ReadingStore()
{
    close();
}

bool ReadingStore::fail(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
    return false;
}

bool ReadingStore::open(const QString &path)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("the SQLite driver of QtSql is missing (install libqt6sql6-sqlite)"));
    // The readings are the agent's user's only (0600); SQLite gives its -wal and -shm files
    // the database file's mode.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        struct stat info = {};
        if (::fstat(fd, &info) == 0 && (info.st_mode & 077) != 0)
            ::fchmod(fd, 0600);
        ::close(fd);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return fail(tr("cannot open the database %1: %2").arg(path, reason));
        }
        QSqlQuery query(db);
        const QStringList statements = {
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=FULL"),
            QStringLiteral("PRAGMA busy_timeout=2000"),
        };
        QString reason;
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                reason = query.lastError().text();
                break;
            }
        }
        if (reason.isEmpty())
            migrate(db, &reason);
        const QStringList schema = {
            QStringLiteral("CREATE TABLE IF NOT EXISTS readings ("
                           "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "t INTEGER NOT NULL, "
                           "temperature_c REAL NOT NULL, "
                           "humidity_pct REAL NOT NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS readings_t ON readings (t)"),
        };
        for (const QString &statement : schema) {
            if (reason.isEmpty() && !query.exec(statement))
                reason = query.lastError().text();
        }
        // The next number: after the highest ever given, even if retention deleted it.
        if (reason.isEmpty()
            && query.exec(
                QStringLiteral("SELECT MAX(m) FROM (SELECT MAX(seq) AS m FROM readings UNION ALL "
                               "SELECT seq FROM sqlite_sequence WHERE name = 'readings')"))
            && query.next())
            m_nextSeq = query.value(0).toLongLong() + 1;
        else if (reason.isEmpty())
            reason = query.lastError().text();
        if (!reason.isEmpty()) {
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return fail(tr("cannot prepare the database %1: %2").arg(path, reason));
        }
    }
    m_path = path;
    m_open = true;
    return true;
}

bool ReadingStore::migrate(QSqlDatabase &db, QString *error)
{
    // The first schema keyed readings by t; it has no seq column.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(readings)"))) {
        *error = query.lastError().text();
        return false;
    }
    bool exists = false;
    while (query.next()) {
        exists = true;
        if (query.value(1).toString() == u"seq")
            return true;
    }
    if (!exists)
        return true;
    const QStringList statements = {
        QStringLiteral("CREATE TABLE readings_seq ("
                       "seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "t INTEGER NOT NULL, "
                       "temperature_c REAL NOT NULL, "
                       "humidity_pct REAL NOT NULL)"),
        QStringLiteral("INSERT INTO readings_seq (t, temperature_c, humidity_pct) "
                       "SELECT t, temperature_c, humidity_pct FROM readings ORDER BY t"),
        QStringLiteral("DROP TABLE readings"),
        QStringLiteral("ALTER TABLE readings_seq RENAME TO readings"),
    };
    // All or nothing: a failure leaves the old table as it was.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = tr("migrating to sequence numbers: %1").arg(query.lastError().text());
            query.finish();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

void ReadingStore::close()
{
    if (!m_open)
        return;
    m_retryTimer.stop();
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReadingStore::write(const QList<StoredReading> &readings, QString *error)
{
    ++m_writeAttempts;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (readings.size() > 1 && !db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO readings (seq, t, temperature_c, humidity_pct) VALUES (?, ?, ?, ?)"));
    for (const StoredReading &reading : readings) {
        query.bindValue(0, reading.seq);
        query.bindValue(1, reading.timestampMs);
        query.bindValue(2, reading.temperatureC);
        query.bindValue(3, reading.humidityPct);
        if (!query.exec()) {
            *error = query.lastError().text();
            if (readings.size() > 1)
                db.rollback();
            return false;
        }
    }
    if (readings.size() > 1 && !db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ReadingStore::append(const SensorReading &reading, qint64 *seq)
{
    if (!m_open)
        return fail(tr("the reading store is not open"));
    StoredReading stored;
    static_cast<SensorReading &>(stored) = reading;
    stored.seq = m_nextSeq++;
    if (seq)
        *seq = stored.seq;
    if (!m_pending.isEmpty()) {
        // Writing fails already: this one waits its turn; the retry timer writes them all.
        m_pending.append(stored);
        if (m_pending.size() > kMaxPending) {
            m_pending.removeFirst();
            ++m_dropped;
        }
        return false;
    }
    QString error;
    if (write({stored}, &error))
        return true;
    m_pending.append(stored);
    m_retryDelayMs = kFirstRetryMs;
    holdFailed(error);
    return false;
}

void ReadingStore::holdFailed(const QString &error)
{
    ++m_writeErrors;
    m_retryTimer.start(m_retryDelayMs);
    fail(tr("cannot store a reading in %1: %2 — %n reading(s) kept in memory until it "
            "can be written",
        nullptr, int(m_pending.size()))
             .arg(m_path, error));
}

bool ReadingStore::writeBatch(QString *error)
{
    const QList<StoredReading> batch = m_pending.mid(0, kRetryBatch);
    if (!write(batch, error))
        return false;
    m_pending.remove(0, batch.size());
    return true;
}

void ReadingStore::retry()
{
    if (!m_open || m_pending.isEmpty())
        return;
    QString error;
    if (!writeBatch(&error)) {
        m_retryDelayMs = qMin(m_retryDelayMs * 2, kMaxRetryMs);
        holdFailed(error);
        return;
    }
    m_retryDelayMs = kFirstRetryMs;
    if (!m_pending.isEmpty()) {
        m_retryTimer.start(0); // the next batch once the event loop has run
        return;
    }
    emit pendingWritten();
}

bool ReadingStore::flush(int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    while (m_open && !m_pending.isEmpty() && clock.elapsed() < budgetMs) {
        QString error;
        if (!writeBatch(&error)) {
            fail(tr("cannot store a reading in %1: %2 — %n reading(s) kept in memory until it "
                    "can be written",
                nullptr, int(m_pending.size()))
                     .arg(m_path, error));
            return false;
        }
    }
    if (!m_pending.isEmpty())
        return false;
    m_retryTimer.stop();
    return true;
}

bool ReadingStore::setMaxPageCount(qint64 pages)
{
    if (!m_open)
        return fail(tr("the reading store is not open"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)))
        return fail(tr("cannot limit %1: %2").arg(m_path, query.lastError().text()));
    return true;
}

namespace {

StoredReading readRow(const QSqlQuery &query)
{
    StoredReading reading;
    reading.seq = query.value(0).toLongLong();
    reading.timestampMs = query.value(1).toLongLong();
    reading.temperatureC = query.value(2).toDouble();
    reading.humidityPct = query.value(3).toDouble();
    return reading;
}

} // namespace

QList<StoredReading> ReadingStore::readings(qint64 sinceMs, int limit, bool *more)
{
    return page(QStringLiteral("SELECT seq, t, temperature_c, humidity_pct FROM readings "
                               "WHERE t > ? ORDER BY t ASC, seq ASC LIMIT ?"),
        sinceMs, limit, more, [sinceMs](const QList<StoredReading> &stored) {
            // Held readings come after what is stored, by time (the wall-clock API).
            const qint64 after = stored.isEmpty() ? sinceMs : stored.constLast().timestampMs;
            return [after](const StoredReading &reading) { return reading.timestampMs > after; };
        });
}

QList<StoredReading> ReadingStore::readingsAfterSeq(qint64 afterSeq, int limit, bool *more)
{
    return page(QStringLiteral("SELECT seq, t, temperature_c, humidity_pct FROM readings "
                               "WHERE seq > ? ORDER BY seq ASC LIMIT ?"),
        afterSeq, limit, more, [afterSeq](const QList<StoredReading> &) {
            // Held readings' numbers follow the stored ones.
            return [afterSeq](const StoredReading &reading) { return reading.seq > afterSeq; };
        });
}

QList<StoredReading> ReadingStore::page(const QString &sql, qint64 from, int limit, bool *more,
    const std::function<std::function<bool(const StoredReading &)>(const QList<StoredReading> &)>
        &heldFilter)
{
    QList<StoredReading> result;
    if (more)
        *more = false;
    if (!m_open || limit <= 0)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(from);
    query.addBindValue(qint64(limit) + 1);
    if (!query.exec()) {
        fail(tr("cannot query %1: %2").arg(m_path, query.lastError().text()));
        return result;
    }
    result.reserve(qMin(limit, 10000));
    while (query.next()) {
        if (result.size() == limit) {
            if (more)
                *more = true;
            return result;
        }
        result.append(readRow(query));
    }
    // Then the readings still waiting to be written (a full disk).
    const auto wanted = heldFilter(result);
    for (const StoredReading &reading : std::as_const(m_pending)) {
        if (!wanted(reading))
            continue;
        if (result.size() == limit) {
            if (more)
                *more = true;
            break;
        }
        result.append(reading);
    }
    return result;
}

std::optional<StoredReading> ReadingStore::latest()
{
    if (!m_open)
        return std::nullopt;
    if (!m_pending.isEmpty())
        return m_pending.constLast();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT seq, t, temperature_c, humidity_pct FROM readings "
                                   "ORDER BY seq DESC LIMIT 1"))
        || !query.next())
        return std::nullopt;
    return readRow(query);
}

qint64 ReadingStore::count()
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM readings")) || !query.next())
        return m_pending.size();
    return query.value(0).toLongLong() + m_pending.size();
}

int ReadingStore::removeOlderThan(qint64 cutoffMs, qint64 keepFromSeq)
{
    if (!m_open)
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM readings WHERE t < ? AND seq < ?"));
    query.addBindValue(cutoffMs);
    query.addBindValue(keepFromSeq);
    if (!query.exec()) {
        fail(tr("cannot apply the retention to %1: %2").arg(m_path, query.lastError().text()));
        return -1;
    }
    return query.numRowsAffected();
}

int ReadingStore::removeExpired(qint64 nowMs, qint64 retentionMs, qint64 keepFromSeq)
{
    if (!m_open)
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT MAX(t) FROM readings")) || !query.next()) {
        fail(tr("cannot apply the retention to %1: %2").arg(m_path, query.lastError().text()));
        return -1;
    }
    if (query.value(0).isNull())
        return 0;
    const qint64 newestT = query.value(0).toLongLong();
    query.finish();
    // A clock that jumped forward past the retention would otherwise delete everything.
    return removeOlderThan(qMin(nowMs, newestT) - retentionMs, keepFromSeq);
}

} // namespace netlab
