#pragma once

#include "labtab.h"

#include <netlab/chatsession.h>

#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace netlab {

class ChatDiscovery;
class CodeView;
class EndpointPicker;
class StatusLine;

// The LAN mini chat: host a chat or join one (a double-click on a classmate found on the
// LAN), and talk — both sides at any time. Enter sends, Shift+Enter starts a new line. The
// conversation shows the time, who wrote, our own messages on the right with their delivery
// state, and system lines (joined, left, connection lost). Binds to a ChatSession and a
// ChatDiscovery that MainWindow owns; a message that cannot be sent stays in the input.
class ChatTab : public LabTab
{
    Q_OBJECT

public:
    static constexpr int kMaxViewEntries = ChatSession::kMaxEntries;
    static constexpr int kTypingShownMs = 4000;

    ChatTab(ChatSession *session, ChatDiscovery *discovery, QWidget *parent = nullptr);

    QString title() const override; // "Chat", or "Chat (3)" with unread messages
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override;
    void send() override;
    void clearLog() override;
    void saveLog() override;
    // The plain-mode program that joins the chat at the endpoint (what a classmate without
    // the workbench runs; a workbench host accepts it in either mode).
    GeneratedCode code() const override;
    // The conversation as the peers wrote it (escape sequences and all, unlike the view,
    // which shows them visibly), one entry per line. false + the status line on failure.
    bool saveConversation(const QString &path);

    int unreadCount() const { return m_unread; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void hostChat();
    void joinChat();
    void applyNickname();
    void showState();
    void rebuildConversation();
    void appendEntry(const ChatEntry &entry);
    void updateDelivery(const QString &id, ChatEntry::Delivery delivery);
    void formatItem(QListWidgetItem *item, const ChatEntry &entry) const;
    void showPeerTyping(const QString &nickname);
    void refreshPeers();
    void joinDiscovered(QListWidgetItem *item);
    void markRead();
    bool isSeen() const;

    ChatSession *m_session = nullptr;
    ChatDiscovery *m_discovery = nullptr;
    QLineEdit *m_nickname = nullptr;
    QCheckBox *m_plain = nullptr;
    QSpinBox *m_hostPort = nullptr;
    QPushButton *m_hostButton = nullptr;
    EndpointPicker *m_endpoint = nullptr;
    QPushButton *m_joinButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_reconnectButton = nullptr;
    QListWidget *m_peers = nullptr;
    QListWidget *m_participants = nullptr;
    QListWidget *m_conversation = nullptr;
    QLabel *m_typing = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_sendButton = nullptr;
    StatusLine *m_status = nullptr;
    CodeView *m_codeView = nullptr;
    QTimer *m_typingTimer = nullptr;
    QHash<QString, QListWidgetItem *> m_ownItems; // message id -> its row
    QHash<QString, ChatEntry> m_ownEntries;
    int m_unread = 0;
};

} // namespace netlab
