#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace netlab::cli {

struct StdinCredit;

// Reads standard input on a worker thread (a blocking read there, nothing on the event loop)
// and delivers what it read by queued signals, in order, then endOfInput() once. Portable:
// the same code works on a terminal, a pipe or a file, on every platform Qt supports.
//
// A read that is still blocked when the reader is destroyed cannot be interrupted portably:
// the worker thread is then left to end with the process.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kChunkSize = 64 * 1024;

    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;

    void start(); // once

    // Flow control, like nc: with a limit set (before start()), the worker reads no more once
    // `maxUnconsumed` bytes were delivered that the consumer has not yet passed on
    // (consumed()); a fast file piped into a slow peer then waits in the pipe, not in memory.
    // 0 (the default): no limit.
    void setFlowControl(qint64 maxUnconsumed);
    void consumed(qint64 bytes);

signals:
    void dataRead(const QByteArray &data);
    void endOfInput();
    void errorOccurred(const QString &message);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<StdinCredit> m_credit;
};

} // namespace netlab::cli
