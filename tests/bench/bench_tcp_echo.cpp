// bench_tcp_echo — TCP echo round trips per second and latency, loopback only.
//
// Servers compared in the same run, each started fresh as a child process per point:
//   netlab       `netlab tcp-server --bind localhost --port 0 --echo --quiet --backlog 1024`
//                (the workbench's server core, netlab::TcpServer, through its CLI; the backlog
//                as for python-b1024: 1000 simultaneous SYNs overflow the default 128)
//   netlab-t2    the same with --threads 2: clients spread over two worker threads, one event
//                loop each (netlab::TcpServerPool), for the 2 cores
//   c-epoll      a minimal one-thread epoll echo loop in C (this program, --epoll-echo-server):
//                the reference for what one event-loop thread can do here, no framework
//   python-b5    tests/bench/threading_echo_server.py: socketserver.ThreadingTCPServer,
//                recv(1024)/sendall, classic backlog 5
//   python-b1024 the same with backlog 1024
//   socat        `socat TCP-LISTEN:PORT,bind=127.0.0.1,fork,reuseaddr PIPE`
// Load generator (this program): one thread, non-blocking sockets and epoll. N connections
// are opened at once; each sends a 64-byte line, waits for the whole echo, sends the next
// (one request in flight per connection). "served" is the time until every connection got its
// first echo (setup phase, bounded); then round trips are measured for a fixed duration, with
// the CPU time the server's process tree used meanwhile (/proc: threads and forked children)
// and the load generator's own thread CPU time ("gen CPU": near 100 % means it, not the server,
// sets the pace).
//
//   bench_tcp_echo [--duration S] [--clients 1,10,100,1000] [--servers netlab,socat,...]
//                  [--netlab PATH] [--python PATH-TO-SCRIPT] [--setup-timeout S]
//                  [--interpreter PYTHON3]   (default Debian's /usr/bin/python3)
//                  [--connect PORT]   (load a server started by hand, e.g. under a profiler)
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kLineSize = 64;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct PointResult
{
    int clients = 0;
    int established = 0; // connections that completed the handshake during the setup phase
    int served = 0; // connections that got their first echo during the setup phase
    double servedSeconds = -1; // time until all were served; -1 if not all within the limit
    double roundTripsPerSecond = 0;
    double p50Us = 0;
    double p99Us = 0;
    quint64 roundTrips = 0;
    int failed = 0; // refused / reset connections
    double serverCpuSeconds = -1; // server process tree's CPU time in the measurement window
    double generatorCpuSeconds = 0; // this load generator's own thread, same window
    double seconds = 0; // length of the measurement window
};

// Round trips per CPU-second of the server (a figure other load on the machine disturbs less
// than round trips/s); 0 when unknown.
double perCpuSecond(const PointResult &r)
{
    return r.serverCpuSeconds > 0 ? double(r.roundTrips) / r.serverCpuSeconds : 0;
}

// CPU seconds used so far by a process, its threads and its children, living and reaped (socat
// forks one per client), from /proc; -1 when unknown.
double processTreeCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the ")" that ends the command name: state is field 3, utime 14 … cstime 17.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return -1;
    double ticks = 0;
    for (int field = 14; field <= 17; ++field)
        ticks += fields.at(field - 3).toDouble();
    double seconds = ticks / double(sysconf(_SC_CLK_TCK));
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + u"/children"_s));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                seconds += qMax(0.0, processTreeCpuSeconds(child.trimmed().toLongLong()));
        }
    }
    return seconds;
}

// CPU seconds the calling thread has used (the load generator's share tells whether it, not the
// server, limits the round trips).
double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The reference server "c-epoll": this program started again with --epoll-echo-server. One
// thread, level-triggered epoll, recv() and send() straight back, nothing else: the most one
// event-loop thread can do on this machine with this load generator, so that the other
// servers' figures can be read against it. Prints its port, then runs until killed.
int runEpollEchoServer()
{
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || listen(listener, 1024) != 0
        || getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::perror("c-epoll");
        return 1;
    }
    std::printf("%u\n", unsigned(ntohs(address.sin_port)));
    std::fflush(stdout);
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = listener;
    epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event);
    epoll_event events[256];
    char buffer[16384];
    for (;;) {
        const int n = epoll_wait(epoll, events, 256, -1);
        for (int i = 0; i < n; ++i) {
            const int fd = events[i].data.fd;
            if (fd == listener) {
                const int client
                    = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (client < 0)
                    continue;
                setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                epoll_event clientEvent {};
                clientEvent.events = EPOLLIN;
                clientEvent.data.fd = client;
                epoll_ctl(epoll, EPOLL_CTL_ADD, client, &clientEvent);
                continue;
            }
            const ssize_t got = ::recv(fd, buffer, sizeof buffer, 0);
            if (got <= 0) {
                if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                    ::close(fd); // closing removes it from the epoll set
                continue;
            }
            // The load generator keeps one 64-byte line in flight: the reply always fits.
            if (::send(fd, buffer, size_t(got), MSG_NOSIGNAL) != got)
                ::close(fd);
        }
    }
}

struct Connection
{
    int fd = -1;
    bool connected = false;
    bool served = false;
    bool dead = false;
    int received = 0;
    Clock::time_point sentAt;
};

class LoadGenerator
{
public:
    LoadGenerator(
        quint16 port, int clients, double duration, double setupTimeout, qint64 serverPid = 0)
        : m_port(port)
        , m_serverPid(serverPid)
        , m_clients(clients)
        , m_duration(duration)
        , m_setupTimeout(setupTimeout)
    {
        std::memset(m_line, 'x', sizeof m_line);
        m_line[kLineSize - 1] = '\n';
    }

    PointResult run()
    {
        PointResult result;
        result.clients = m_clients;
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        m_connections.resize(size_t(m_clients));
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

        const Clock::time_point start = Clock::now();
        for (int i = 0; i < m_clients; ++i) {
            Connection &c = m_connections[size_t(i)];
            c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            const int one = 1;
            setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            const int rc = ::connect(c.fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
            if (rc != 0 && errno != EINPROGRESS) {
                kill(c, result);
                continue;
            }
            epoll_event event {};
            event.events = EPOLLOUT | EPOLLIN;
            event.data.u32 = uint32_t(i);
            epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &event);
        }

        // Setup phase: until every connection got its first echo, or the limit.
        m_recording = false;
        while (m_served + result.failed < m_clients && secondsSince(start) < m_setupTimeout)
            poll(result, 50);
        result.served = m_served;
        result.established = m_established;
        if (m_served == m_clients)
            result.servedSeconds = m_allServedSeconds;
        (void)start;

        // Measurement phase.
        m_recording = true;
        m_latenciesUs.reserve(1 << 20);
        const double cpuStart = processTreeCpuSeconds(m_serverPid);
        const double generatorStart = threadCpuSeconds();
        const Clock::time_point measureStart = Clock::now();
        while (secondsSince(measureStart) < m_duration)
            poll(result, 20);
        const double elapsed = secondsSince(measureStart);
        m_recording = false;
        result.generatorCpuSeconds = threadCpuSeconds() - generatorStart;
        const double cpuEnd = processTreeCpuSeconds(m_serverPid);
        if (cpuStart >= 0 && cpuEnd >= 0)
            result.serverCpuSeconds = cpuEnd - cpuStart;

        result.roundTrips = m_latenciesUs.size();
        result.roundTripsPerSecond = double(result.roundTrips) / elapsed;
        result.seconds = elapsed;
        if (!m_latenciesUs.empty()) {
            result.p50Us = percentile(0.50);
            result.p99Us = percentile(0.99);
        }
        for (Connection &c : m_connections) {
            if (c.fd >= 0)
                ::close(c.fd);
        }
        ::close(m_epoll);
        return result;
    }

private:
    void poll(PointResult &result, int timeoutMs)
    {
        epoll_event events[256];
        const int n = epoll_wait(m_epoll, events, 256, timeoutMs);
        for (int i = 0; i < n; ++i) {
            Connection &c = m_connections[events[i].data.u32];
            if (c.dead)
                continue;
            if (!c.connected) {
                if (!(events[i].events & (EPOLLOUT | EPOLLERR | EPOLLHUP)))
                    continue;
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0) {
                    kill(c, result);
                    continue;
                }
                c.connected = true;
                ++m_established;
                epoll_event event {};
                event.events = EPOLLIN;
                event.data.u32 = events[i].data.u32;
                epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &event);
                sendLine(c, result);
                continue;
            }
            if (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))
                readEcho(c, result);
        }
    }

    void sendLine(Connection &c, PointResult &result)
    {
        c.received = 0;
        c.sentAt = Clock::now();
        const ssize_t written = ::send(c.fd, m_line, kLineSize, MSG_NOSIGNAL);
        if (written != kLineSize) // 64 bytes always fit an empty socket buffer
            kill(c, result);
    }

    void readEcho(Connection &c, PointResult &result)
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            if (n <= 0) {
                kill(c, result);
                return;
            }
            c.received += int(n);
            if (c.received < kLineSize)
                continue;
            const auto latency = std::chrono::duration<float, std::micro>(Clock::now() - c.sentAt);
            if (!c.served) {
                c.served = true;
                if (++m_served == m_clients)
                    m_allServedSeconds = secondsSince(m_start);
            }
            if (m_recording)
                m_latenciesUs.push_back(latency.count());
            sendLine(c, result);
            return;
        }
    }

    void kill(Connection &c, PointResult &result)
    {
        if (c.dead)
            return;
        c.dead = true;
        ++result.failed;
        if (c.fd >= 0) {
            ::close(c.fd);
            c.fd = -1;
        }
    }

    double percentile(double q)
    {
        const size_t index
            = std::min(m_latenciesUs.size() - 1, size_t(q * double(m_latenciesUs.size())));
        std::nth_element(
            m_latenciesUs.begin(), m_latenciesUs.begin() + long(index), m_latenciesUs.end());
        return m_latenciesUs[index];
    }

    quint16 m_port;
    qint64 m_serverPid;
    int m_clients;
    double m_duration;
    double m_setupTimeout;
    char m_line[kLineSize];
    int m_epoll = -1;
    std::vector<Connection> m_connections;
    std::vector<float> m_latenciesUs;
    bool m_recording = false;
    int m_established = 0;
    int m_served = 0;
    double m_allServedSeconds = -1;
    const Clock::time_point m_start = Clock::now();
};

// A free loopback port for servers that cannot report the one they picked (socat).
quint16 freePort()
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
    socklen_t length = sizeof address;
    getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

bool acceptsConnections(quint16 port)
{
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

struct ServerSpec
{
    QString name;
    QString program;
    QStringList arguments;
    bool portFromStdout = true; // else a free port is picked and put in place of "%PORT%"
};

// Starts the server; returns its port, or nothing (with the reason on stderr).
std::optional<quint16> startServer(const ServerSpec &spec, QProcess &process)
{
    QStringList arguments = spec.arguments;
    quint16 port = 0;
    if (!spec.portFromStdout) {
        port = freePort();
        for (QString &argument : arguments)
            argument.replace(u"%PORT%"_s, QString::number(port));
    }
    // Output goes to a file: a pipe nobody reads during the run would fill and stall the server.
    const QString outputPath
        = QDir::temp().filePath(u"bench_tcp_echo-%1.out"_s.arg(QCoreApplication::applicationPid()));
    QFile::remove(outputPath);
    process.setStandardOutputFile(outputPath);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(spec.program, arguments);
    if (!process.waitForStarted(5000)) {
        std::fprintf(stderr, "%s: cannot start %s: %s\n", qPrintable(spec.name),
            qPrintable(spec.program), qPrintable(process.errorString()));
        return std::nullopt;
    }
    if (spec.portFromStdout) {
        const Clock::time_point start = Clock::now();
        QByteArray output;
        while (!output.contains('\n') && secondsSince(start) < 10
            && process.state() == QProcess::Running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            QFile file(outputPath);
            if (file.open(QIODevice::ReadOnly))
                output = file.readAll();
        }
        // "listening on 127.0.0.1:PORT" (netlab) or "PORT" (python)
        QByteArray line = output.left(output.indexOf('\n')).trimmed();
        line = line.mid(line.lastIndexOf(':') + 1);
        bool ok = false;
        port = quint16(line.toUInt(&ok));
        if (!ok || port == 0) {
            std::fprintf(stderr, "%s: no port in its output '%s'\n", qPrintable(spec.name),
                output.constData());
            return std::nullopt;
        }
    }
    const Clock::time_point start = Clock::now();
    while (!acceptsConnections(port)) {
        if (secondsSince(start) > 10 || process.state() != QProcess::Running) {
            std::fprintf(stderr, "%s: does not accept connections on %u\n", qPrintable(spec.name),
                unsigned(port));
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return port;
}

void stopServer(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

QString formatServed(const PointResult &r, double limit)
{
    if (r.servedSeconds >= 0)
        return QString::number(r.servedSeconds * 1000, 'f', 1) + u" ms"_s;
    return u"%1/%2 in %3 s"_s.arg(r.served).arg(r.clients).arg(limit);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--epoll-echo-server") == 0)
        return runEpollEchoServer();
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double duration = 3.0;
    double setupTimeout = 10.0;
    quint16 externalPort = 0; // --connect PORT: measure a server started by hand (profiling)
    QList<int> clientCounts {1, 10, 100, 1000};
    QStringList serverNames {
        u"netlab"_s, u"netlab-t2"_s, u"c-epoll"_s, u"python-b5"_s, u"python-b1024"_s, u"socat"_s};
    QString netlab = QDir(app.applicationDirPath()).filePath(u"netlab"_s);
    if (!QFileInfo::exists(netlab))
        netlab = QDir(app.applicationDirPath()).filePath(u"../bin/netlab"_s);
    QString script = QStringLiteral(NETLAB_SOURCE_DIR "/tests/bench/threading_echo_server.py");
    QString interpreter; // --interpreter: another python3 than Debian's
    for (int i = 0; i < args.size(); ++i) {
        const QString option = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (option == u"--duration") {
            duration = value.toDouble();
        } else if (option == u"--setup-timeout") {
            setupTimeout = value.toDouble();
        } else if (option == u"--clients") {
            clientCounts.clear();
            for (const QString &n : value.split(u','))
                clientCounts.append(n.toInt());
        } else if (option == u"--servers") {
            serverNames = value.split(u',');
        } else if (option == u"--connect") {
            externalPort = quint16(value.toUInt());
            serverNames = QStringList {u"external"_s};
        } else if (option == u"--netlab") {
            netlab = value;
        } else if (option == u"--python") {
            script = value;
        } else if (option == u"--interpreter") {
            interpreter = value;
        } else {
            std::fprintf(stderr,
                "usage: bench_tcp_echo [--duration S] [--clients 1,10,100,1000]\n"
                "  [--servers netlab,netlab-t2,c-epoll,python-b5,python-b1024,socat]\n"
                "  [--netlab PATH] [--interpreter PYTHON3]"
                "  [--python SCRIPT] [--setup-timeout S]\n");
            return 2;
        }
        ++i;
    }
    if (duration <= 0 || duration > 60 || setupTimeout <= 0 || setupTimeout > 60) {
        std::fprintf(stderr, "bench_tcp_echo: --duration and --setup-timeout: 0 < S <= 60\n");
        return 2;
    }
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
    setrlimit(RLIMIT_NOFILE, &limit); // the children inherit it

    // Debian's python3 (what the course runs), else the first on PATH.
    QString python = interpreter.isEmpty() ? u"/usr/bin/python3"_s : interpreter;
    if (!QFileInfo(python).isExecutable())
        python = QStandardPaths::findExecutable(u"python3"_s);
    std::printf("python: %s\n", qPrintable(python));
    const QString socat = QStandardPaths::findExecutable(u"socat"_s);
    const std::map<QString, ServerSpec> specs {
        {u"netlab"_s,
            {u"netlab"_s, netlab,
                {u"tcp-server"_s, u"--bind"_s, u"localhost"_s, u"--port"_s, u"0"_s, u"--echo"_s,
                    u"--quiet"_s, u"--backlog"_s, u"1024"_s}}},
        {u"netlab-t2"_s,
            {u"netlab-t2"_s, netlab,
                {u"tcp-server"_s, u"--bind"_s, u"localhost"_s, u"--port"_s, u"0"_s, u"--echo"_s,
                    u"--quiet"_s, u"--backlog"_s, u"1024"_s, u"--threads"_s, u"2"_s}}},
        {u"c-epoll"_s, {u"c-epoll"_s, app.applicationFilePath(), {u"--epoll-echo-server"_s}}},
        {u"python-b5"_s, {u"python-b5"_s, python, {script, u"--backlog"_s, u"5"_s}}},
        {u"python-b1024"_s, {u"python-b1024"_s, python, {script, u"--backlog"_s, u"1024"_s}}},
        {u"socat"_s,
            {u"socat"_s, socat, {u"TCP-LISTEN:%PORT%,bind=127.0.0.1,fork,reuseaddr"_s, u"PIPE"_s},
                false}},
    };

    double load[3] = {-1, -1, -1};
    getloadavg(load, 3);
    std::printf("bench_tcp_echo %s, load average %.2f %.2f %.2f\n",
        qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), load[0], load[1],
        load[2]);
    std::printf("TCP echo, loopback, 64-byte lines, one in flight per connection; %.1f s per "
                "point, setup limit %.0f s\n\n",
        duration, setupTimeout);
    std::printf("%-13s %7s %12s %20s %12s %10s %10s %7s %9s %12s %9s\n", "server", "clients",
        "established", "all served after", "round trips/s", "p50 us", "p99 us", "failed", "srv CPU",
        "per CPU-s", "gen CPU");
    const auto printRow = [setupTimeout](const QString &name, const PointResult &r) {
        const double cpuShare
            = r.serverCpuSeconds >= 0 ? 100.0 * r.serverCpuSeconds / r.seconds : -1;
        std::printf("%-13s %7d %12d %20s %12.0f %10.0f %10.0f %7d %8.0f%% %12.0f %8.0f%%\n",
            qPrintable(name), r.clients, r.established, qPrintable(formatServed(r, setupTimeout)),
            r.roundTripsPerSecond, r.p50Us, r.p99Us, r.failed, cpuShare, perCpuSecond(r),
            r.seconds > 0 ? 100.0 * r.generatorCpuSeconds / r.seconds : 0.0);
        std::fflush(stdout);
    };
    std::map<std::pair<QString, int>, PointResult> results;
    for (const QString &name : std::as_const(serverNames)) {
        if (externalPort != 0) {
            for (const int clients : std::as_const(clientCounts)) {
                printRow(u"external"_s,
                    LoadGenerator(externalPort, clients, duration, setupTimeout).run());
            }
            return 0;
        }
        const auto spec = specs.find(name);
        if (spec == specs.end() || spec->second.program.isEmpty()) {
            std::fprintf(
                stderr, "bench_tcp_echo: unknown or unavailable server '%s'\n", qPrintable(name));
            continue;
        }
        for (const int clients : std::as_const(clientCounts)) {
            QProcess process;
            const auto port = startServer(spec->second, process);
            if (!port) {
                stopServer(process);
                continue;
            }
            LoadGenerator generator(*port, clients, duration, setupTimeout, process.processId());
            const PointResult r = generator.run();
            stopServer(process);
            results[{name, clients}] = r;
            printRow(name, r);
        }
    }

    std::printf("\nRatios (round trips/s of netlab / other):\n");
    for (const QString &ours : {u"netlab"_s, u"netlab-t2"_s}) {
        for (const int clients : std::as_const(clientCounts)) {
            const auto mine = results.find({ours, clients});
            if (mine == results.end())
                continue;
            std::printf("  %-9s %4d clients:", qPrintable(ours), clients);
            for (const QString &other :
                {u"c-epoll"_s, u"python-b5"_s, u"python-b1024"_s, u"socat"_s}) {
                const auto theirs = results.find({other, clients});
                if (theirs == results.end() || theirs->second.roundTripsPerSecond <= 0)
                    continue;
                std::printf("  vs %s %.2fx", qPrintable(other),
                    mine->second.roundTripsPerSecond / theirs->second.roundTripsPerSecond);
                if (perCpuSecond(theirs->second) > 0)
                    std::printf(" (per CPU-s %.2fx)",
                        perCpuSecond(mine->second) / perCpuSecond(theirs->second));
            }
            std::printf("\n");
        }
    }
    std::printf("load average after: ");
    if (getloadavg(load, 3) == 3)
        std::printf("%.2f %.2f %.2f", load[0], load[1], load[2]);
    std::printf("\n");
    return 0;
}
