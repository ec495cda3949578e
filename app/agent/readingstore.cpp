#include "readingstore.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace netlab {

namespace {

QAtomicInteger<quint64> g_connectionSerial;

} // namespace

ReadingStore::ReadingStore(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("netlab-readings-%1").arg(++g_connectionSerial))
{ }

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
            QStringLiteral("CREATE TABLE IF NOT EXISTS readings ("
                           "t INTEGER PRIMARY KEY, "
                           "temperature_c REAL NOT NULL, "
                           "humidity_pct REAL NOT NULL)"),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connectionName);
                return fail(tr("cannot prepare the database %1: %2").arg(path, reason));
            }
        }
    }
    m_path = path;
    m_open = true;
    return true;
}

void ReadingStore::close()
{
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ReadingStore::write(const QList<SensorReading> &readings, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (readings.size() > 1 && !db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO readings (t, temperature_c, humidity_pct) VALUES (?, ?, ?)"));
    for (const SensorReading &reading : readings) {
        query.bindValue(0, reading.timestampMs);
        query.bindValue(1, reading.temperatureC);
        query.bindValue(2, reading.humidityPct);
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

bool ReadingStore::append(const SensorReading &reading)
{
    if (!m_open)
        return fail(tr("the reading store is not open"));
    // The readings that waited go first, in the same transaction.
    m_pending.append(reading);
    QString error;
    if (write(m_pending, &error)) {
        m_pending.clear();
        return true;
    }
    ++m_writeErrors;
    if (m_pending.size() > kMaxPending) {
        m_pending.removeFirst();
        ++m_dropped;
    }
    return fail(tr("cannot store a reading in %1: %2 — %n reading(s) kept in memory until it "
                   "can be written",
        nullptr, int(m_pending.size()))
                    .arg(m_path, error));
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

QList<SensorReading> ReadingStore::readings(qint64 sinceMs, int limit, bool *more)
{
    QList<SensorReading> result;
    if (more)
        *more = false;
    if (!m_open || limit <= 0)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t, temperature_c, humidity_pct FROM readings "
                                 "WHERE t > ? ORDER BY t ASC LIMIT ?"));
    query.addBindValue(sinceMs);
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
            break;
        }
        result.append(
            {query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble()});
    }
    // Then the readings still waiting to be written (newer than anything stored).
    if (more && *more)
        return result;
    const qint64 after = result.isEmpty() ? sinceMs : result.constLast().timestampMs;
    for (const SensorReading &reading : std::as_const(m_pending)) {
        if (reading.timestampMs <= after)
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

std::optional<SensorReading> ReadingStore::latest()
{
    if (!m_open)
        return std::nullopt;
    if (!m_pending.isEmpty())
        return m_pending.constLast();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT t, temperature_c, humidity_pct FROM readings ORDER BY t DESC LIMIT 1"))
        || !query.next())
        return std::nullopt;
    return SensorReading {
        query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble()};
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

int ReadingStore::removeOlderThan(qint64 cutoffMs)
{
    if (!m_open)
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM readings WHERE t < ?"));
    query.addBindValue(cutoffMs);
    if (!query.exec()) {
        fail(tr("cannot apply the retention to %1: %2").arg(m_path, query.lastError().text()));
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace netlab
