#pragma once

// Runs a generated Python program with the machine's python3 (unbuffered, so that each
// print() reaches the test at once) and collects its standard output and error.

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace netlab::test {

class PythonProgram
{
public:
    // Debian's python3 first: the modules the programs may import besides the standard
    // library (pyserial, requests, paho-mqtt) are Debian packages, which an interpreter
    // earlier on PATH (pyenv, a virtualenv) does not see.
    static QString interpreter()
    {
        const QString debian = QStringLiteral("/usr/bin/python3");
        if (QFileInfo(debian).isExecutable())
            return debian;
        return QStandardPaths::findExecutable(QStringLiteral("python3"));
    }

    PythonProgram()
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
            [this] { m_output += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { m_errors += m_process.readAllStandardError(); });
    }

    ~PythonProgram()
    {
        if (m_process.state() != QProcess::NotRunning) {
            QSignalSpy finished(&m_process, &QProcess::finished);
            m_process.kill();
            finished.wait(10000);
        }
    }

    bool start(const QString &program)
    {
        const QString path = m_dir.filePath(QStringLiteral("program.py"));
        QFile file(path);
        if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly))
            return false;
        file.write(program.toUtf8());
        file.close();
        m_process.start(interpreter(), {QStringLiteral("-u"), path});
        return m_process.waitForStarted(30000);
    }

    // Waits (event loop running) until the program exits; false after `timeoutMs`.
    bool waitForExit(int timeoutMs = 60000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(timeoutMs);
    }

    // Waits until standard output matches `pattern`; returns the match (invalid on timeout).
    QRegularExpressionMatch waitForOutput(const QRegularExpression &pattern, int timeoutMs = 60000)
    {
        QRegularExpressionMatch match;
        QTRY_LOOP_IMPL((match = pattern.match(output())).hasMatch()
                || m_process.state() == QProcess::NotRunning,
            timeoutMs, 50);
        if (!match.hasMatch())
            match = pattern.match(output());
        return match;
    }

    // Types on the program's standard input; endInput() is Ctrl+D.
    void write(const QByteArray &data) { m_process.write(data); }
    void endInput() { m_process.closeWriteChannel(); }
    // For signals (Ctrl+C is SIGINT to this process id).
    qint64 processId() const { return m_process.processId(); }

    QString output() const { return QString::fromUtf8(m_output); }
    QString errors() const { return QString::fromUtf8(m_errors); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_errors;
};

} // namespace netlab::test
