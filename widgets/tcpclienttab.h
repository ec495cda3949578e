#pragma once

#include "labtab.h"

#include <netlab/tcpclientsession.h>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace netlab {

class CodeView;
class EndpointPicker;
class SendPanel;
class StatusLine;
class TrafficLog;
class TrafficLogView;

// The TCP client lab: connect to host:port (a name, IPv4 or IPv6), send text, hex or a
// file, and watch both directions in the traffic log. Binds to a TcpClientSession and a
// TrafficLog that MainWindow owns.
class TcpClientTab : public LabTab
{
    Q_OBJECT

public:
    TcpClientTab(TcpClientSession *session, TrafficLog *log, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;
    GeneratedCode code() const override;

private:
    void showState(TcpClientSession::State state);
    void sendPayload(const QByteArray &payload);
    void chooseAndSendFile();
    void scheduleCounters();
    void updateCounters();

    TcpClientSession *m_session = nullptr;
    TrafficLog *m_log = nullptr;
    EndpointPicker *m_endpoint = nullptr;
    QPushButton *m_connectButton = nullptr;
    StatusLine *m_status = nullptr;
    QLabel *m_counters = nullptr;
    TrafficLogView *m_logView = nullptr;
    SendPanel *m_sendPanel = nullptr;
    CodeView *m_codeView = nullptr;
    QPushButton *m_fileButton = nullptr;
    QProgressBar *m_fileProgress = nullptr;
    QPushButton *m_cancelFileButton = nullptr;
    QTimer *m_countersTimer = nullptr;
    QString m_lastFileDirectory;
};

} // namespace netlab
