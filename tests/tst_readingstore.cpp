#include <agent/readingstore.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using netlab::ReadingStore;
using netlab::SensorReading;

class tst_ReadingStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sinceAndLimitOldestFirst();
    void restartKeepsReadings();
    void retention();
    void twoStoresAtOnce();
    void unwritablePath();
    void corruptFile();
    void fullDiskKeepsReadings();
    void clockBackKeepsBoth();
    void appendingCostsNoRetry();
    void retriesBackOffInBatches();
    void migratesTheFirstSchema();
    void retentionAfterAForwardJump();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"readings.sqlite"_s); }
};

void tst_ReadingStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ReadingStore::sinceAndLimitOldestFirst()
{
    ReadingStore store;
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    // Appended out of order: the store answers in time order.
    for (qint64 t : {5000, 1000, 3000, 2000, 4000})
        QVERIFY(store.append({t, t / 1000.0, 40.0 + t / 1000}));
    QCOMPARE(store.count(), 5);
    bool more = false;
    QList<netlab::StoredReading> all = store.readings(-1, 100, &more);
    QCOMPARE(all.size(), 5);
    QVERIFY(!more);
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all[i].timestampMs, 1000 * (i + 1));
    QCOMPARE(all[2].temperatureC, 3.0);
    QCOMPARE(all[2].humidityPct, 43.0);

    const QList<netlab::StoredReading> after = store.readings(2000, 2, &more); // strictly newer
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[0].timestampMs, 3000);
    QCOMPARE(after[1].timestampMs, 4000);
    QVERIFY(more);
    QVERIFY(store.readings(5000, 10).isEmpty());
    QCOMPARE(store.latest()->timestampMs, 4000); // the last stored, whatever its t
}

void tst_ReadingStore::restartKeepsReadings()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        ReadingStore store;
        QVERIFY(store.open(path()));
        for (int i = 0; i < 100; ++i)
            QVERIFY(store.append({now + i, 20.0 + i / 100.0, 50.0}));
        // No close(): the object goes away as in a crash of the process' logic.
    }
    QVERIFY(QFile::exists(path()));
    ReadingStore again;
    QVERIFY(again.open(path()));
    QCOMPARE(again.count(), 100);
    const QList<netlab::StoredReading> readings = again.readings(-1, 1000);
    QCOMPARE(readings.first().timestampMs, now);
    QCOMPARE(readings.last().timestampMs, now + 99);
    QCOMPARE(readings.last().temperatureC, 20.99);
}

void tst_ReadingStore::retention()
{
    ReadingStore store;
    QVERIFY(store.open(path()));
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int d = 0; d < 10; ++d)
        QVERIFY(store.append({now - d * day, 20, 50}));
    QCOMPARE(store.removeOlderThan(now - 7 * day + 1), 3); // days 7, 8, 9
    QCOMPARE(store.count(), 7);
    QCOMPARE(store.readings(-1, 100).first().timestampMs, now - 6 * day);
    QCOMPARE(store.removeOlderThan(now - 100 * day), 0);
}

void tst_ReadingStore::twoStoresAtOnce()
{
    ReadingStore a;
    ReadingStore b;
    QVERIFY(a.open(path()));
    QVERIFY(b.open(m_dir->filePath(u"other.sqlite"_s)));
    QVERIFY(a.append({1, 1, 1}));
    QCOMPARE(a.count(), 1);
    QCOMPARE(b.count(), 0);
}

void tst_ReadingStore::unwritablePath()
{
    ReadingStore store;
    QSignalSpy errors(&store, &ReadingStore::errorOccurred);
    QVERIFY(!store.open(m_dir->filePath(u"no/such/dir/readings.sqlite"_s)));
    QCOMPARE(errors.size(), 1);
    QVERIFY(!store.lastError().isEmpty());
    QVERIFY(!store.append({1, 1, 1}));
    QVERIFY(store.readings(-1, 10).isEmpty());
}

void tst_ReadingStore::corruptFile()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    ReadingStore store;
    QSignalSpy errors(&store, &ReadingStore::errorOccurred);
    QVERIFY(!store.open(path()));
    QVERIFY(errors.size() >= 1);
    QVERIFY(!store.isOpen());
}

void tst_ReadingStore::fullDiskKeepsReadings()
{
    ReadingStore store;
    QVERIFY2(store.open(path()), qPrintable(store.lastError()));
    const qint64 t0 = 1'700'000'000'000;
    QVERIFY(store.append({t0, 20, 40}));
    // The file may not grow any more: the next pages it needs are refused, as on a full disk.
    QSqlQuery pages(QSqlDatabase::database(store.connectionName()));
    QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
    QVERIFY(store.setMaxPageCount(pages.value(0).toLongLong()));
    QSignalSpy errors(&store, &ReadingStore::errorOccurred);
    int refused = 0;
    for (qint64 i = 1; i <= 2000; ++i)
        refused += store.append({t0 + i * 2000, 20.0 + double(i % 10), 40}) ? 0 : 1;
    QVERIFY(refused > 0);
    QVERIFY(!errors.isEmpty());
    const QString message = errors.constLast().first().toString();
    QVERIFY2(
        message.contains(u"full"_s) && message.contains(u"kept in memory"_s), qPrintable(message));
    QCOMPARE(store.pendingCount(), refused);

    // Meanwhile nothing is missing for a client: every reading is served, in order.
    QCOMPARE(store.count(), 2001);
    QCOMPARE(store.latest()->timestampMs, t0 + 2000 * 2000);
    bool more = false;
    const QList<netlab::StoredReading> page = store.readings(t0 + 1000 * 2000, 500, &more);
    QCOMPARE(page.size(), 500);
    QVERIFY(more);
    QCOMPARE(page.first().timestampMs, t0 + 1001 * 2000);
    QCOMPARE(page.last().timestampMs, t0 + 1500 * 2000);
    QCOMPARE(store.readings(t0 + 1500 * 2000, 10'000).size(), 500);

    // Space again: the retry timer writes everything that waited.
    QVERIFY(store.setMaxPageCount(1'000'000));
    QSignalSpy written(&store, &ReadingStore::pendingWritten);
    QVERIFY(written.wait(10'000));
    QCOMPARE(store.pendingCount(), 0);
    QVERIFY(store.append({t0 + 2001 * 2000, 21, 41}));
    store.close();
    ReadingStore reopened;
    QVERIFY(reopened.open(path()));
    QCOMPARE(reopened.count(), 2002);
    QCOMPARE(reopened.readings(-1, 10'000).size(), 2002);
}

// A full store, `held` readings waiting in memory; t0 its first reading's time.
static void fillUntilFull(ReadingStore &store, int held, qint64 t0)
{
    QVERIFY(store.append({t0, 20, 40}));
    QSqlQuery pages(QSqlDatabase::database(store.connectionName()));
    QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
    QVERIFY(store.setMaxPageCount(pages.value(0).toLongLong()));
    for (qint64 i = 1; store.pendingCount() < held && i < 100'000; ++i)
        store.append({t0 + i * 2000, 20.0 + double(i % 10), 40});
    QCOMPARE(store.pendingCount(), held);
}

void tst_ReadingStore::appendingCostsNoRetry()
{
    // Issue 13: each new reading retried every held one (CPU 11 % -> 102 % at 6,000 held).
    ReadingStore store;
    QVERIFY(store.open(path()));
    const qint64 t0 = 1'700'000'000'000;
    fillUntilFull(store, 6000, t0);
    const qint64 total = store.count();
    const quint64 attempts = store.writeAttempts();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 1000; ++i)
        QVERIFY(!store.append({t0 + (100'000 + i) * 2000, 21, 41}));
    QCOMPARE(store.writeAttempts(), attempts); // no write at all: they wait for the timer
    QCOMPARE(store.pendingCount(), 7000);
    QCOMPARE(store.count(), total + 1000);
    qInfo("1000 appends with 6000 held: %lld ms", clock.elapsed());
}

void tst_ReadingStore::retriesBackOffInBatches()
{
    ReadingStore store;
    QVERIFY(store.open(path()));
    const qint64 t0 = 1'700'000'000'000;
    fillUntilFull(store, 1200, t0);
    const qint64 total = store.count();
    QCOMPARE(store.retryDelayMs(), ReadingStore::kFirstRetryMs);
    // Still full: the retry after 1 s fails and the next one waits twice as long.
    QSignalSpy errors(&store, &ReadingStore::errorOccurred);
    const quint64 before = store.writeAttempts();
    QVERIFY(errors.wait(10'000));
    QCOMPARE(store.writeAttempts(), before + 1);
    QCOMPARE(store.retryDelayMs(), 2 * ReadingStore::kFirstRetryMs);
    // Room again: the next retry writes them, at most kRetryBatch per transaction.
    QVERIFY(store.setMaxPageCount(1'000'000));
    QSignalSpy written(&store, &ReadingStore::pendingWritten);
    QVERIFY(written.wait(10'000));
    QCOMPARE(store.writeAttempts(), before + 1 + 3); // 500 + 500 + 200
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(store.count(), total);
    store.close();
    ReadingStore reopened;
    QVERIFY(reopened.open(path()));
    QCOMPARE(reopened.count(), total);
    QCOMPARE(store.retryDelayMs(), ReadingStore::kFirstRetryMs);
}

void tst_ReadingStore::clockBackKeepsBoth()
{
    // A Pi without RTC boots behind its last reading: the same t comes again.
    ReadingStore store;
    QVERIFY(store.open(path()));
    QVERIFY(store.append({5000, 20, 40}));
    QVERIFY(store.append({6000, 21, 41}));
    QVERIFY(store.append({5000, 22, 42})); // the clock went back
    QCOMPARE(store.count(), 3);
    QCOMPARE(store.latest()->temperatureC, 22.0);
    const auto all = store.readingsAfterSeq(0, 10);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].temperatureC, 20.0);
    QCOMPARE(all[1].temperatureC, 21.0);
    QCOMPARE(all[2].temperatureC, 22.0);
    QCOMPARE(all[2].seq, 3);
    QCOMPARE(store.readingsAfterSeq(2, 10).size(), 1);
}

void tst_ReadingStore::migratesTheFirstSchema()
{
    {
        // A database as the first agent version made it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"first-schema"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE readings (t INTEGER PRIMARY KEY, "
                           "temperature_c REAL NOT NULL, humidity_pct REAL NOT NULL)"_s));
        for (int i = 3; i >= 1; --i)
            QVERIFY(query.exec(
                u"INSERT INTO readings VALUES (%1, %2, 40)"_s.arg(i * 1000).arg(20 + i)));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"first-schema"_s);
    {
        ReadingStore store;
        QVERIFY2(store.open(path()), qPrintable(store.lastError()));
        QCOMPARE(store.count(), 3);
        const auto all = store.readingsAfterSeq(0, 10);
        QCOMPARE(all.size(), 3);
        for (qsizetype i = 0; i < all.size(); ++i) { // numbered in time order
            QCOMPARE(all[i].seq, i + 1);
            QCOMPARE(all[i].timestampMs, 1000 * (i + 1));
            QCOMPARE(all[i].temperatureC, 21.0 + double(i));
        }
        qint64 seq = 0;
        QVERIFY(store.append({2000, 30, 50}, &seq)); // same t as a migrated one: kept beside
        QCOMPARE(seq, 4);
        QCOMPARE(store.count(), 4);
    }
    ReadingStore reopened; // migrated once: opened again as it is
    QVERIFY(reopened.open(path()));
    QCOMPARE(reopened.count(), 4);
    QCOMPARE(reopened.lastSeq(), 4);
}

void tst_ReadingStore::retentionAfterAForwardJump()
{
    ReadingStore store;
    QVERIFY(store.open(path()));
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 t0 = 1'700'000'000'000;
    for (int i = 0; i < 10; ++i)
        QVERIFY(store.append({t0 - i * day, 20, 40}));
    // The clock jumped a year ahead: only what is older than the retention before the newest
    // reading goes (days 8 and 9 with a 7.5-day retention).
    QCOMPARE(store.removeExpired(t0 + 365 * day, 7 * day + day / 2), 2);
    QCOMPARE(store.count(), 8);
    QCOMPARE(store.removeExpired(t0 + 365 * day, 7 * day + day / 2), 0);
    // Readings from seq 5 on stay whatever their t (this run's, in the agent): days 1..3 go.
    QCOMPARE(store.removeExpired(t0, day / 2, 5), 3);
    QCOMPARE(store.count(), 5);
}

QTEST_GUILESS_MAIN(tst_ReadingStore)
#include "tst_readingstore.moc"
