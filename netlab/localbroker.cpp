#include "localbroker.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

namespace netlab {

LocalBroker::LocalBroker(QObject *parent)
    : QObject(parent)
{ }

LocalBroker::~LocalBroker()
{
    // A broker of ours must not outlive the workbench: QProcess's destructor kills it.
    if (m_process)
        m_process->disconnect(this);
}

QString LocalBroker::executable()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

bool LocalBroker::start()
{
    if (isRunning())
        return true;
    const QString program = executable();
    if (program.isEmpty()) {
        emit errorOccurred(tr("mosquitto is not installed: sudo apt install mosquitto"));
        return false;
    }
    // A free port: bound, read, released (the broker binds it a moment later).
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        emit errorOccurred(tr("no free loopback port: %1").arg(probe.errorString()));
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    m_dir = std::make_unique<QTemporaryDir>();
    QFile config(m_dir->filePath(QStringLiteral("mosquitto.conf")));
    if (!m_dir->isValid() || !config.open(QIODevice::WriteOnly)) {
        emit errorOccurred(
            tr("cannot write the broker's configuration: %1").arg(config.errorString()));
        return false;
    }
    config.write(QStringLiteral("# written by NetLab Workbench for a local lab broker\n"
                                "listener %1 127.0.0.1\nallow_anonymous true\n"
                                "log_dest stderr\nlog_type all\nlog_timestamp_format %H:%M:%S\n")
                     .arg(m_port)
                     .toUtf8());
    config.close();
    m_ready = false;
    m_stopping = false;
    m_pending.clear();
    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, &LocalBroker::readLog);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit errorOccurred(tr("mosquitto could not start: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readLog();
        if (!m_stopping)
            emit errorOccurred(status == QProcess::CrashExit
                    ? tr("the local broker crashed")
                    : tr("the local broker stopped (exit code %1): see its log").arg(code));
        m_ready = false;
        emit stopped();
    });
    m_process->start(program, {QStringLiteral("-c"), config.fileName()});
    return true;
}

void LocalBroker::stop()
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process->terminate();
}

void LocalBroker::readLog()
{
    if (!m_process)
        return;
    m_pending += m_process->readAll();
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
        m_pending.remove(0, end + 1);
        emit logLine(line);
        if (!m_ready && line.contains(QLatin1String(" running"))) {
            m_ready = true;
            emit started(m_port);
        }
    }
}

} // namespace netlab
