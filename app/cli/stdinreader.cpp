#include "stdinreader.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace netlab::cli {

namespace {

// A reader thread still blocked in read() when its StdinReader went away (see ~StdinReader).
QThread *g_abandonedThread = nullptr;

// Lives on the worker thread; its signals reach StdinReader queued.
class StdinWorker : public QObject
{
    Q_OBJECT
public:
    std::atomic_bool stopped = false;

    void run()
    {
        QByteArray buffer(StdinReader::kChunkSize, Qt::Uninitialized);
        while (!stopped) {
#ifdef Q_OS_WIN
            const int n = ::_read(0, buffer.data(), unsigned(buffer.size()));
#else
            const ssize_t n = ::read(0, buffer.data(), size_t(buffer.size()));
#endif
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                emit failed(QCoreApplication::translate("netlab::cli", "cannot read stdin: %1")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
                break;
            }
            if (n == 0)
                break;
            emit chunk(buffer.left(n));
        }
        emit done();
    }

signals:
    void chunk(const QByteArray &data);
    void failed(const QString &message);
    void done();
};

} // namespace

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{ }

StdinReader::~StdinReader()
{
    if (!m_thread)
        return;
    if (m_thread->isFinished()) {
        delete m_thread;
        return;
    }
    // Blocked in read(): no portable way to interrupt it. Keep the thread object alive (a
    // QThread destroyed while running aborts the process); the OS ends it with the process.
    g_abandonedThread = m_thread;
    m_thread = nullptr;
}

void StdinReader::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    auto worker = new StdinWorker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &StdinWorker::run);
    connect(worker, &StdinWorker::chunk, this, &StdinReader::dataRead, Qt::QueuedConnection);
    connect(worker, &StdinWorker::failed, this, &StdinReader::errorOccurred, Qt::QueuedConnection);
    connect(worker, &StdinWorker::done, this, &StdinReader::endOfInput, Qt::QueuedConnection);
    connect(worker, &StdinWorker::done, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

} // namespace netlab::cli

#include "stdinreader.moc"
