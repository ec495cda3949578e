// Servers out of file descriptors: AcceptThrottle pauses and resumes accepting (in this
// process, with a lowered RLIMIT_NOFILE), and the real `netlab tcp-server` under `ulimit -n 64`
// caps its clients below the limit, keeps serving and does not spin.
#include <netlab/acceptthrottle.h>
#include <netlab/descriptorlimit.h>

#include <QtNetwork>
#include <QtTest>

#include "childprocess.h"

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

int openDescriptors()
{
    return int(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size());
}

// CPU time (user + system) of a process in clock ticks, from /proc/PID/stat.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

// Restores the soft limit when the test ends.
class SoftLimit
{
public:
    explicit SoftLimit(rlim_t soft)
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        rlimit lowered = m_saved;
        lowered.rlim_cur = soft;
        ::setrlimit(RLIMIT_NOFILE, &lowered);
    }
    ~SoftLimit() { ::setrlimit(RLIMIT_NOFILE, &m_saved); }

private:
    rlimit m_saved {};
};

} // namespace

class tst_DescriptorLimit : public QObject
{
    Q_OBJECT
private slots:
    void raiseAndCap();
    void acceptPausesAndResumes();
    void tcpServerUnderLowLimit();
};

void tst_DescriptorLimit::raiseAndCap()
{
    rlimit limit {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
    const int raised = netlab::raiseOpenFileLimit();
    QCOMPARE(raised, limit.rlim_max == RLIM_INFINITY ? -1 : int(limit.rlim_max));
    SoftLimit soft(1024);
    QCOMPARE(netlab::openFileLimit(), 1024);
    QCOMPARE(netlab::clientCapForDescriptors(2048), 1024 - 64);
    QCOMPARE(netlab::clientCapForDescriptors(100), 100);
}

void tst_DescriptorLimit::acceptPausesAndResumes()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
    // The limit below leaves this process two spare descriptors; the sanitizer runtime needs
    // its own (it reads /proc/self/maps to check a pointer), and then reports sound objects
    // as corrupt. The real server under a low limit is tested below, and natively here.
    QSKIP("a sanitizer runtime needs descriptors beyond the test's tight budget");
#endif
    QTcpServer server;
    netlab::AcceptThrottle throttle(&server);
    QSignalSpy paused(&throttle, &netlab::AcceptThrottle::acceptPaused);
    std::vector<std::unique_ptr<QTcpSocket>> accepted;
    int acceptedCount = 0;
    bool leaveAtOnce = false; // after the pause, each accepted client leaves at once
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++acceptedCount;
            if (leaveAtOnce) {
                delete socket;
                throttle.descriptorFreed();
            } else {
                accepted.emplace_back(socket);
            }
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    const qint64 ticksBefore = cpuTicks(QCoreApplication::applicationPid());
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, server.serverPort());
    }
    // The clients have their descriptors; room for two accepted sockets, not more.
    SoftLimit soft(rlim_t(openDescriptors() + 2));
    QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 10'000);
    QVERIFY(throttle.isPaused());
    const qsizetype acceptedAtPause = qsizetype(accepted.size());
    QVERIFY2(acceptedAtPause < 8, qPrintable(QString::number(acceptedAtPause)));
    QVERIFY(paused.at(0).at(0).toString().contains(u"file descriptors"_s));

    // Descriptors come back: the waiting clients are accepted, the pause was said once.
    leaveAtOnce = true;
    accepted.clear();
    throttle.descriptorFreed();
    QTRY_COMPARE_WITH_TIMEOUT(acceptedCount, 8, 10'000);
    QCOMPARE(paused.size(), 1);
    // Waiting did not burn the processor: well under half of one core over the period.
    const qint64 ticks = cpuTicks(QCoreApplication::applicationPid()) - ticksBefore;
    const qint64 elapsedTicks = clock.elapsed() * sysconf(_SC_CLK_TCK) / 1000;
    QVERIFY2(ticks <= elapsedTicks / 2 + 5,
        qPrintable(u"%1 ticks of CPU in %2 ticks"_s.arg(ticks).arg(elapsedTicks)));
}

void tst_DescriptorLimit::tcpServerUnderLowLimit()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_UNDEFINED__)
    // The netlab under test is a sanitizer build too: its runtime's own descriptors come out
    // of the 64, so the count of clients served or refused is not the program's.
    QSKIP("a sanitizer runtime needs descriptors of its own out of the 64");
#endif
    const QString netlab = QStringLiteral(NETLAB_BIN_DIR "/netlab");
    if (!QFileInfo::exists(netlab))
        QSKIP("the netlab executable is not built (target netlab-cli)");
    // The emulator holds descriptors of its own, so a 64-descriptor budget means nothing there.
    NETLAB_SKIP_UNDER_EMULATOR("a process's open-file limit as the program alone sees it");
    QProcess process;
    QByteArray out;
    QByteArray err;
    connect(&process, &QProcess::readyReadStandardOutput, this,
        [&] { out += process.readAllStandardOutput(); });
    connect(&process, &QProcess::readyReadStandardError, this,
        [&] { err += process.readAllStandardError(); });
    // Soft and hard limit 64: the usual 1,024 scaled down, and nothing to raise it to.
    process.start(u"sh"_s,
        {u"-c"_s,
            u"ulimit -Sn 64 && ulimit -Hn 64 && exec \"$0\" tcp-server --bind 127.0.0.1 --port 0"_s,
            netlab});
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("listening on"), 10'000);
    const QRegularExpressionMatch match
        = QRegularExpression(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s)
              .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    const quint16 port = quint16(match.captured(1).toUInt());
    const qint64 ticksBefore = cpuTicks(process.processId());
    QElapsedTimer clock;
    clock.start();

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 100; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    // Every one of the 100 is either served or told no: none waits on a server stuck at EMFILE.
    QTRY_VERIFY2_WITH_TIMEOUT(out.count(" connected (") + out.count("rejected ") >= 100,
        out.right(400).constData(), 20'000);
    const qsizetype served = out.count(" connected (");
    QVERIFY2(served > 0 && served < 64, qPrintable(QString::number(served)));
    QVERIFY(out.contains("too many clients (at most "));

    // Some leave; a newcomer is served and says something that arrives.
    for (int i = 0; i < 20; ++i)
        clients[size_t(i)]->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(out.count("disconnected") >= 20, 10'000);
    QTcpSocket newcomer;
    newcomer.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE_WITH_TIMEOUT(newcomer.state(), QAbstractSocket::ConnectedState, 5000);
    newcomer.write("hello from a newcomer\n");
    QTRY_VERIFY_WITH_TIMEOUT(out.contains("hello from a newcomer"), 10'000);

    const qint64 ticks = cpuTicks(process.processId()) - ticksBefore;
    const qint64 elapsedTicks = clock.elapsed() * sysconf(_SC_CLK_TCK) / 1000;
    QVERIFY2(ticks <= elapsedTicks / 2 + 5,
        qPrintable(u"%1 ticks of CPU in %2 ticks"_s.arg(ticks).arg(elapsedTicks)));
    QVERIFY2(err.count("file descriptors") <= 1, err.constData());
    process.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 10'000);
}

QTEST_GUILESS_MAIN(tst_DescriptorLimit)
#include "tst_descriptorlimit.moc"
