#pragma once

#include "labtab.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace netlab {

class BindAddressCombo;
class CodeView;
class SendPanel;
class StatusLine;
class TcpServer;
struct TcpClientInfo;
class TrafficLog;
class TrafficLogView;

// The TCP server lab: bind an address and port, accept many clients at once, and show the
// listening socket and each connected socket as distinct rows — the two kinds of socket a
// server has. Reply to one client or all, echo or acknowledge automatically, disconnect a
// client. Binds to a TcpServer and a TrafficLog that MainWindow owns.
class TcpServerTab : public LabTab
{
    Q_OBJECT

public:
    TcpServerTab(TcpServer *server, TrafficLog *log, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;
    GeneratedCode code() const override;

    // The address typed or chosen in the bind box; nothing (with a reason) if unparsable.
    std::optional<QHostAddress> bindAddress(QString *error) const;

private:
    void applyAutoReply();
    void showListening(bool listening);
    static QString listeningHint(const QHostAddress &bound, quint16 port);
    void addClient(const TcpClientInfo &client);
    void removeClient(quint64 id);
    void refreshClients();
    void updateClientItem(QTreeWidgetItem *item, const TcpClientInfo &client);
    void sendPayload(const QByteArray &payload);
    QList<quint64> selectedClients() const;
    void updateSelection();

    TcpServer *m_server = nullptr;
    TrafficLog *m_log = nullptr;
    BindAddressCombo *m_bindCombo = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QSpinBox *m_maxClientsSpin = nullptr;
    QSpinBox *m_backlogSpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QComboBox *m_autoReplyCombo = nullptr;
    QComboBox *m_replyUnitCombo = nullptr;
    QLineEdit *m_ackEdit = nullptr;
    StatusLine *m_status = nullptr;
    QTreeWidget *m_sockets = nullptr;
    QTreeWidgetItem *m_listenerItem = nullptr;
    QHash<quint64, QTreeWidgetItem *> m_clientItems;
    QSet<quint64> m_dirtyClients;
    QTimer *m_refreshTimer = nullptr;
    QPushButton *m_disconnectButton = nullptr;
    TrafficLogView *m_logView = nullptr;
    QComboBox *m_targetCombo = nullptr;
    SendPanel *m_sendPanel = nullptr;
    CodeView *m_codeView = nullptr;
};

} // namespace netlab
