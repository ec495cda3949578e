// Name lookups: localhost and address literals resolve to getaddrinfo-like rows; a name that
// cannot exist (.invalid, RFC 6761) and a DNS server that never answers end in a clear error
// within the timeout, never a hang; bad input is refused with its reason. The machine running
// the tests may have no network: record lookups then must fail clearly, in time.
#include <netlab/namelookup.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using netlab::AddressInfo;
using netlab::NameLookup;

namespace {
constexpr int kTimeoutMs = 2000;
constexpr int kWaitMs = kTimeoutMs + 3000; // the lookup's own timeout fires well before
} // namespace

class tst_NameLookup : public QObject
{
    Q_OBJECT

private slots:
    void localhostGivesGetaddrinfoRows();
    void addressLiterals_data();
    void addressLiterals();
    void nameThatCannotExist();
    void recordsOfInvalidNameFailClearly();
    void recordsOfLocalhostAnswerOrFailClearly();
    void silentDnsServerTimesOut();
    void badInput_data();
    void badInput();
    void reverseNames_data();
    void reverseNames();
    void recordTypeNames();
    void abortAndDestroyWhileBusy();
};

void tst_NameLookup::localhostGivesGetaddrinfoRows()
{
    NameLookup lookup;
    lookup.setTimeout(kTimeoutMs);
    QSignalSpy found(&lookup, &NameLookup::addressesFound);
    QSignalSpy finished(&lookup, &NameLookup::lookupFinished);
    QVERIFY(lookup.lookupAddresses(u"localhost"_s, 80));
    QVERIFY(lookup.isBusy());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(found.size(), 1);
    QVERIFY(!lookup.isBusy());
    QVERIFY(lookup.lastError().isEmpty());

    const QList<AddressInfo> rows = lookup.addresses();
    QCOMPARE(rows.size() % 3, 0); // stream, datagram, raw per address, like getaddrinfo
    bool stream = false;
    bool datagram = false;
    for (const AddressInfo &row : rows) {
        QCOMPARE(row.port, quint16(80));
        QVERIFY(row.address.isLoopback());
        if (row.address == QHostAddress(QHostAddress::LocalHost)) {
            QCOMPARE(row.familyName(), u"AF_INET"_s);
            if (row.socketType == AddressInfo::SocketType::Stream) {
                stream = true;
                QCOMPARE(row.socketTypeName(), u"SOCK_STREAM"_s);
                QCOMPARE(row.protocolNumber(), 6);
                QCOMPARE(row.protocolName(), u"TCP"_s);
            } else if (row.socketType == AddressInfo::SocketType::Datagram) {
                datagram = true;
                QCOMPARE(row.socketTypeName(), u"SOCK_DGRAM"_s);
                QCOMPARE(row.protocolNumber(), 17);
            }
        }
    }
    QVERIFY2(stream && datagram, "127.0.0.1 missing from localhost's rows");
    QCOMPARE(lookup.name(), u"localhost"_s);
    QVERIFY(lookup.elapsedMs() >= 0);
}

void tst_NameLookup::addressLiterals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("family");
    QTest::addRow("ipv4") << u"127.0.0.1"_s << u"127.0.0.1"_s << u"AF_INET"_s;
    QTest::addRow("ipv6") << u"::1"_s << u"::1"_s << u"AF_INET6"_s;
    QTest::addRow("ipv6 brackets") << u"[::1]"_s << u"::1"_s << u"AF_INET6"_s;
    QTest::addRow("documentation net") << u"192.0.2.7"_s << u"192.0.2.7"_s << u"AF_INET"_s;
}

void tst_NameLookup::addressLiterals()
{
    QFETCH(QString, input);
    QFETCH(QString, address);
    QFETCH(QString, family);
    NameLookup lookup;
    lookup.setTimeout(kTimeoutMs);
    QSignalSpy finished(&lookup, &NameLookup::lookupFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(lookup.lookupAddresses(input, 50000));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.first().first().toBool(), qPrintable(lookup.lastError()));
    const QList<AddressInfo> rows = lookup.addresses();
    QCOMPARE(rows.size(), 3);
    for (const AddressInfo &row : rows) {
        QCOMPARE(row.address.toString(), address);
        QCOMPARE(row.familyName(), family);
        QCOMPARE(row.port, quint16(50000));
    }
    // The reverse name, when the system knows one, is a name, not the address again.
    QVERIFY(lookup.reverseName() != address);
}

void tst_NameLookup::nameThatCannotExist()
{
    NameLookup lookup;
    lookup.setTimeout(kTimeoutMs);
    QSignalSpy errors(&lookup, &NameLookup::errorOccurred);
    QSignalSpy finished(&lookup, &NameLookup::lookupFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(lookup.lookupAddresses(u"no-such-host.invalid"_s, 80));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(clock.elapsed() < kTimeoutMs + 1000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"no-such-host.invalid"_s), qPrintable(message));
    QVERIFY2(message.startsWith(u"No such host"_s) || message.startsWith(u"No DNS server"_s)
            || message.startsWith(u"No answer"_s),
        qPrintable(message));
    QCOMPARE(lookup.lastError(), message);
    QVERIFY(lookup.addresses().isEmpty());
}

void tst_NameLookup::recordsOfInvalidNameFailClearly()
{
    NameLookup lookup;
    lookup.setTimeout(kTimeoutMs);
    QSignalSpy errors(&lookup, &NameLookup::errorOccurred);
    QSignalSpy finished(&lookup, &NameLookup::lookupFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(lookup.lookupRecords(u"no-such-host.invalid"_s, NameLookup::RecordType::MX));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(clock.elapsed() < kTimeoutMs + 1000);
    QCOMPARE(finished.first().first().toBool(), false);
    const QString message = errors.first().first().toString();
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(u"no-such-host.invalid"_s), qPrintable(message));
    QVERIFY(lookup.records().isEmpty());
}

void tst_NameLookup::recordsOfLocalhostAnswerOrFailClearly()
{
    // With a DNS server, localhost's A record is 127.0.0.1 on most; without one the
    // lookup must say so within the timeout. Either way, no hang and no silent nothing.
    NameLookup lookup;
    lookup.setTimeout(kTimeoutMs);
    QSignalSpy errors(&lookup, &NameLookup::errorOccurred);
    QSignalSpy finished(&lookup, &NameLookup::lookupFinished);
    QVERIFY(lookup.lookupRecords(u"localhost"_s, NameLookup::RecordType::A));
    QVERIFY(finished.wait(kWaitMs));
    if (finished.first().first().toBool()) {
        QVERIFY(!lookup.records().isEmpty());
        QCOMPARE(lookup.records().first().type, u"A"_s);
    } else {
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        qInfo("no DNS answer here: %s", qPrintable(errors.first().first().toString()));
    }
}

void tst_NameLookup::silentDnsServerTimesOut()
{
    // A "DNS server" that reads the question and never answers. QDnsLookup in Qt 6.4 asks
    // port 53 only, so the test needs to bind it: root, or CAP_NET_BIND_SERVICE.
    const QHostAddress server(u"127.42.0.53"_s);
    QUdpSocket silent;
    if (!silent.bind(server, 53))
        QSKIP("binding UDP port 53 on 127.42.0.53 needs root (QDnsLookup in Qt 6.4 cannot ask "
              "another port); the timeout is still covered by the other lookups");
    NameLookup lookup;
    lookup.setTimeout(700);
    lookup.setNameserver(server);
    QSignalSpy errors(&lookup, &NameLookup::errorOccurred);
    QSignalSpy finished(&lookup, &NameLookup::lookupFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(lookup.lookupRecords(u"example.org"_s, NameLookup::RecordType::A));
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingDatagrams(), 3000); // the question came
    QVERIFY(finished.wait(kWaitMs));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 600 && elapsed < 2500, qPrintable(QString::number(elapsed)));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"No answer from the DNS server 127.42.0.53"_s), qPrintable(message));
    QVERIFY2(message.contains(u"0.7 s"_s), qPrintable(message));
    // Now answer NXDOMAIN (final: no retry), so the resolver's worker thread ends at once instead
    // of holding the program's exit until its own 5 s timeout.
    QByteArray question(int(silent.pendingDatagramSize()), Qt::Uninitialized);
    QHostAddress sender;
    quint16 senderPort = 0;
    QVERIFY(silent.readDatagram(question.data(), question.size(), &sender, &senderPort) >= 12);
    question[2] = char(question[2] | 0x80); // QR: a response
    question[3] = char(0x83); // RA, RCODE 3 (no such name)
    silent.writeDatagram(question, sender, senderPort);
}

void tst_NameLookup::badInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("records");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("empty") << QString() << false << u"Enter a host name"_s;
    QTest::addRow("254 chars") << u"a."_s.repeated(126) + u"bc"_s << false
                               << u"254 characters long"_s;
    QTest::addRow("space") << u"my host"_s << false << u"a space"_s;
    QTest::addRow("url") << u"http://x"_s << true << u"':'"_s;
    QTest::addRow("long label") << u"a"_s.repeated(64) + u".org"_s << true << u"at most 63"_s;
    QTest::addRow("address for MX") << u"127.0.0.1"_s << true << u"choose PTR"_s;
}

void tst_NameLookup::badInput()
{
    QFETCH(QString, name);
    QFETCH(bool, records);
    QFETCH(QString, errorPart);
    NameLookup lookup;
    QSignalSpy errors(&lookup, &NameLookup::errorOccurred);
    QSignalSpy started(&lookup, &NameLookup::lookupStarted);
    const bool ok = records ? lookup.lookupRecords(name, NameLookup::RecordType::MX)
                            : lookup.lookupAddresses(name, 80);
    QVERIFY(!ok);
    QVERIFY(!lookup.isBusy());
    QCOMPARE(started.size(), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(errorPart),
        qPrintable(errors.first().first().toString()));
    QCOMPARE(lookup.lastError(), errors.first().first().toString());
}

void tst_NameLookup::reverseNames_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("name");
    QTest::addRow("ipv4") << u"127.0.0.1"_s << u"1.0.0.127.in-addr.arpa"_s;
    QTest::addRow("ipv4 other") << u"192.0.2.10"_s << u"10.2.0.192.in-addr.arpa"_s;
    QTest::addRow("ipv6 loopback") << u"::1"_s << u"1."_s + u"0."_s.repeated(31) + u"ip6.arpa"_s;
    QTest::addRow("ipv6")
        << u"2001:db8::567:89ab"_s
        << u"b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s;
}

void tst_NameLookup::reverseNames()
{
    QFETCH(QString, address);
    QFETCH(QString, name);
    QCOMPARE(NameLookup::reverseLookupName(QHostAddress(address)), name);
}

void tst_NameLookup::recordTypeNames()
{
    QCOMPARE(NameLookup::recordTypes().size(), 8);
    for (NameLookup::RecordType type : NameLookup::recordTypes()) {
        const QString name = NameLookup::recordTypeName(type);
        QCOMPARE(NameLookup::parseRecordType(name), type);
        QCOMPARE(NameLookup::parseRecordType(name.toLower()), type);
    }
    QVERIFY(!NameLookup::parseRecordType(u"AXFR"_s));
    QVERIFY(!NameLookup::parseRecordType(QString()));
}

void tst_NameLookup::abortAndDestroyWhileBusy()
{
    auto *lookup = new NameLookup;
    QSignalSpy finished(lookup, &NameLookup::lookupFinished);
    QVERIFY(lookup->lookupRecords(u"example.invalid"_s, NameLookup::RecordType::TXT));
    QVERIFY(lookup->lookupAddresses(u"localhost"_s, 1)); // replaces the first
    lookup->abort();
    QVERIFY(!lookup->isBusy());
    QVERIFY(lookup->lookupAddresses(u"localhost"_s, 2));
    delete lookup; // while busy: no callback into a dead object
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(tst_NameLookup)
#include "tst_namelookup.moc"
