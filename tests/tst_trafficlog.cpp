#include <netlab/textcodec.h>
#include <netlab/trafficlog.h>

#include <QtTest>

using namespace Qt::StringLiterals;
using netlab::TrafficDirection;
using netlab::TrafficLog;

class tst_TrafficLog : public QObject
{
    Q_OBJECT

private slots:
    void appendAndSignals();
    void boundedByCount();
    void boundedByBytes();
    void oversizedPayloadIsCutAndSaysSo();
    void shrinkingBoundsDropsAtOnce();
    void clearResetsEverything();
    void floodStaysBounded();
    void saveText();
    void saveHex();
    void saveToUnwritablePathFails();
};

void tst_TrafficLog::appendAndSignals()
{
    TrafficLog log;
    QSignalSpy added(&log, &TrafficLog::entriesAdded);
    log.append(TrafficDirection::Incoming, u"127.0.0.1:5000"_s, "hello");
    log.appendNote(TrafficDirection::Info, u"127.0.0.1:5000"_s, u"client connected"_s);
    QCOMPARE(log.count(), 2);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.at(1).at(0).value<qsizetype>(), 1);
    QCOMPARE(added.at(1).at(1).value<qsizetype>(), 1);
    QCOMPARE(log.at(0).payload, QByteArray("hello"));
    QCOMPARE(log.at(0).direction, TrafficDirection::Incoming);
    QCOMPARE(log.at(0).peer, u"127.0.0.1:5000"_s);
    QVERIFY(log.at(0).time.isValid());
    QCOMPARE(log.at(1).note.text(), u"client connected"_s);
    QCOMPARE(log.droppedCount(), 0u);
}

void tst_TrafficLog::boundedByCount()
{
    TrafficLog log;
    log.setMaxEntries(5);
    QSignalSpy dropped(&log, &TrafficLog::entriesDropped);
    for (int i = 0; i < 12; ++i)
        log.append(TrafficDirection::Outgoing, {}, QByteArray::number(i));
    QCOMPARE(log.count(), 5);
    QCOMPARE(log.droppedCount(), 7u);
    QCOMPARE(dropped.count(), 7);
    // The oldest went first: the newest five remain, in order.
    QCOMPARE(log.at(0).payload, QByteArray("7"));
    QCOMPARE(log.at(4).payload, QByteArray("11"));
}

void tst_TrafficLog::boundedByBytes()
{
    TrafficLog log;
    log.setMaxBytes(100);
    for (int i = 0; i < 10; ++i)
        log.append(TrafficDirection::Incoming, {}, QByteArray(30, char('a' + i)));
    QCOMPARE(log.count(), 3); // 3 * 30 <= 100 < 4 * 30
    QCOMPARE(log.totalBytes(), 90);
    QCOMPARE(log.droppedCount(), 7u);
    QCOMPARE(log.at(0).payload, QByteArray(30, 'h'));
}

void tst_TrafficLog::oversizedPayloadIsCutAndSaysSo()
{
    TrafficLog log;
    log.setMaxBytes(1000);
    log.append(TrafficDirection::Incoming, {}, QByteArray(5000, 'x'));
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.at(0).payload.size(), 1000);
    QVERIFY2(log.at(0).note.text().contains(u"1000 of 5000"_s), qPrintable(log.at(0).note.text()));
}

void tst_TrafficLog::shrinkingBoundsDropsAtOnce()
{
    TrafficLog log;
    for (int i = 0; i < 100; ++i)
        log.append(TrafficDirection::Incoming, {}, "x");
    QSignalSpy dropped(&log, &TrafficLog::entriesDropped);
    log.setMaxEntries(10);
    QCOMPARE(log.count(), 10);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).value<qsizetype>(), 90);
    log.setMaxEntries(0); // clamped: a log keeps at least one line
    QCOMPARE(log.count(), 1);
}

void tst_TrafficLog::clearResetsEverything()
{
    TrafficLog log;
    log.setMaxEntries(2);
    for (int i = 0; i < 5; ++i)
        log.append(TrafficDirection::Incoming, {}, "abc");
    QSignalSpy cleared(&log, &TrafficLog::cleared);
    log.clear();
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(log.count(), 0);
    QCOMPARE(log.droppedCount(), 0u);
    QCOMPARE(log.totalBytes(), 0);
}

void tst_TrafficLog::floodStaysBounded()
{
    TrafficLog log;
    const QByteArray payload(64, 'p');
    const QString peer = u"127.0.0.1:50000"_s;
    QElapsedTimer timer;
    timer.start();
    constexpr int kAppends = 200000;
    for (int i = 0; i < kAppends; ++i)
        log.append(TrafficDirection::Incoming, peer, payload);
    const qint64 ms = timer.elapsed();
    QCOMPARE(log.count(), TrafficLog::kDefaultMaxEntries);
    QCOMPARE(log.droppedCount(), quint64(kAppends - TrafficLog::kDefaultMaxEntries));
    qDebug("%d appends in %lld ms", kAppends, ms);
    QVERIFY2(ms < 10000, "appending must keep up with a flood");
}

void tst_TrafficLog::saveText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrafficLog log;
    log.append(TrafficDirection::Incoming, u"127.0.0.1:5000"_s, QByteArray("Hello\r\n\xff"));
    log.append(TrafficDirection::Outgoing, u"127.0.0.1:5000"_s, "on\n");
    log.appendNote(TrafficDirection::Error, {}, u"connection reset\nby peer"_s);
    const QString path = dir.filePath(u"log.txt"_s);
    QString error;
    QVERIFY2(log.save(path, false, netlab::TextCodec(), &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[3].isEmpty());
    const QRegularExpression shape(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) (.) (\\S+) (.*)$"_s);
    const QList<QStringList> expected = {
        {u"←"_s, u"127.0.0.1:5000"_s, u"Hello\\r\\n\ufffd"_s},
        {u"→"_s, u"127.0.0.1:5000"_s, u"on\\n"_s},
        {u"!"_s, u"-"_s, u"connection reset\\nby peer"_s},
    };
    for (int i = 0; i < 3; ++i) {
        const auto match = shape.match(lines[i]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(match.captured(2), expected[i][0]);
        QCOMPARE(match.captured(3), expected[i][1]);
        QCOMPARE(match.captured(4), expected[i][2]);
        // The time stamp reads back as the entry's time (to the millisecond).
        const QDateTime when
            = QDateTime::fromString(lines[i].section(u' ', 0, 0), Qt::ISODateWithMs);
        QVERIFY(when.isValid());
        QCOMPARE(when.toMSecsSinceEpoch(), log.at(i).time.toMSecsSinceEpoch());
    }
}

void tst_TrafficLog::saveHex()
{
    QTemporaryDir dir;
    TrafficLog log;
    log.append(TrafficDirection::Incoming, u"[::1]:7"_s, QByteArray("\x00\x01\xff", 3));
    const QString path = dir.filePath(u"log.hex.txt"_s);
    QString error;
    QVERIFY2(log.save(path, true, netlab::TextCodec(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(file.readLine()).chopped(1);
    QVERIFY2(line.endsWith(u" ← [::1]:7 00 01 ff"_s), qPrintable(line));
}

void tst_TrafficLog::saveToUnwritablePathFails()
{
    QTemporaryDir dir;
    TrafficLog log;
    log.append(TrafficDirection::Incoming, {}, "x");
    QString error;
    const QString path = dir.filePath(u"no/such/dir/log.txt"_s);
    QVERIFY(!log.save(path, false, netlab::TextCodec(), &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_APPLESS_MAIN(tst_TrafficLog)
#include "tst_trafficlog.moc"
