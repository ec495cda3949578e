#include "stdinreader.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace netlab::cli {

// Shared by the reader (event loop) and its worker thread.
struct StdinCredit
{
    QMutex mutex;
    QWaitCondition drained;
    qint64 limit = 0; // 0: no flow control
    qint64 unconsumed = 0;
    bool stopped = false;

    // Worker: wait until there is room for another chunk (or the reader is gone).
    bool waitForRoom()
    {
        QMutexLocker lock(&mutex);
        while (!stopped && limit > 0 && unconsumed >= limit)
            drained.wait(&mutex);
        return !stopped;
    }
    void delivered(qint64 bytes)
    {
        QMutexLocker lock(&mutex);
        if (limit > 0)
            unconsumed += bytes;
    }
    void consumed(qint64 bytes)
    {
        QMutexLocker lock(&mutex);
        unconsumed = std::max<qint64>(0, unconsumed - bytes);
        drained.wakeAll();
    }
    void stop()
    {
        QMutexLocker lock(&mutex);
        stopped = true;
        drained.wakeAll();
    }
};

namespace {

// A reader thread still blocked in read() when its StdinReader went away (see ~StdinReader).
QThread *g_abandonedThread = nullptr;

// Lives on the worker thread; its signals reach StdinReader queued.
class StdinWorker : public QObject
{
    Q_OBJECT
public:
    std::atomic_bool stopped = false;
    std::shared_ptr<StdinCredit> credit;

    void run()
    {
        QByteArray buffer(StdinReader::kChunkSize, Qt::Uninitialized);
        while (!stopped && credit->waitForRoom()) {
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
            credit->delivered(n);
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
    , m_credit(std::make_shared<StdinCredit>())
{ }

StdinReader::~StdinReader()
{
    m_credit->stop(); // a worker waiting for room ends
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
    worker->credit = m_credit;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &StdinWorker::run);
    connect(worker, &StdinWorker::chunk, this, &StdinReader::dataRead, Qt::QueuedConnection);
    connect(worker, &StdinWorker::failed, this, &StdinReader::errorOccurred, Qt::QueuedConnection);
    connect(worker, &StdinWorker::done, this, &StdinReader::endOfInput, Qt::QueuedConnection);
    connect(worker, &StdinWorker::done, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread->start();
}

void StdinReader::setFlowControl(qint64 maxUnconsumed)
{
    QMutexLocker lock(&m_credit->mutex);
    m_credit->limit = std::max<qint64>(0, maxUnconsumed);
}

void StdinReader::consumed(qint64 bytes)
{
    m_credit->consumed(bytes);
}

} // namespace netlab::cli

#include "stdinreader.moc"
