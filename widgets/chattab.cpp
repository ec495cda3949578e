#include "chattab.h"

#include "codeview.h"
#include "endpointpicker.h"
#include "statusline.h"

#include <netlab/chatdiscovery.h>
#include <netlab/chatprotocol.h>
#include <netlab/escapedtext.h>
#include <netlab/socketcode.h>
#include <netlab/socketerror.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

enum ItemRole { PeerAddressRole = Qt::UserRole, PeerPortRole, PeerHostingRole, PeerNameRole };
// A conversation item's text as the peer sent it (the item shows it through toVisibleText).
constexpr int kRawTextRole = Qt::UserRole + 1;

QString deliveryMark(ChatEntry::Delivery delivery)
{
    switch (delivery) {
    case ChatEntry::Delivery::None:
        return QString();
    case ChatEntry::Delivery::Sent:
        return u"  ✓"_s;
    case ChatEntry::Delivery::Delivered:
        return u"  ✓✓"_s;
    case ChatEntry::Delivery::NotDelivered:
        return u"  ⚠"_s;
    }
    return QString();
}

} // namespace

ChatTab::ChatTab(ChatSession *session, ChatDiscovery *discovery, QWidget *parent)
    : LabTab(parent)
    , m_session(session)
    , m_discovery(discovery)
{
    // Who and how.
    m_nickname = new QLineEdit(this);
    m_nickname->setObjectName(u"nicknameEdit"_s);
    m_nickname->setMaxLength(int(ChatProtocol::kMaxNicknameLength));
    m_nickname->setMaximumWidth(m_nickname->fontMetrics().averageCharWidth() * 28);
    m_nickname->setText(m_session->nickname());
    m_nickname->setToolTip(tr("The name the others see"));
    auto *nicknameLabel = new QLabel(tr("&Nickname:"), this);
    nicknameLabel->setBuddy(m_nickname);
    m_plain = new QCheckBox(tr("Plain te&xt (nc, Python script)"), this);
    m_plain->setObjectName(u"plainCheck"_s);
    m_plain->setToolTip(tr("Send and read plain UTF-8 lines only, without the workbench's JSON "
                           "(no delivery ticks). Needed to join `nc -l`; a hosted chat "
                           "understands nc users either way."));
    m_plain->setChecked(m_session->plainMode());

    // Host.
    m_hostPort = new QSpinBox(this);
    m_hostPort->setObjectName(u"hostPortSpin"_s);
    m_hostPort->setRange(0, 65535);
    m_hostPort->setValue(ChatSession::kDefaultPort);
    m_hostPort->setSpecialValueText(tr("any free port"));
    auto *hostPortLabel = new QLabel(tr("Hostin&g port:"), this);
    hostPortLabel->setBuddy(m_hostPort);
    m_hostButton = new QPushButton(tr("H&ost a chat"), this);
    m_hostButton->setObjectName(u"hostButton"_s);
    m_hostButton->setAccessibleName(tr("Host a chat"));
    m_hostButton->setToolTip(tr("Listen for classmates on this port (they join with the "
                                "workbench, netlab chat, or nc)"));

    // Join.
    m_endpoint = new EndpointPicker(this);
    m_endpoint->setObjectName(u"endpoint"_s);
    m_endpoint->setHost(u"127.0.0.1"_s);
    m_endpoint->setPort(ChatSession::kDefaultPort);
    m_joinButton = new QPushButton(tr("&Join"), this);
    m_joinButton->setObjectName(u"joinButton"_s);
    m_joinButton->setAccessibleName(tr("Join the chat"));
    m_leaveButton = new QPushButton(tr("&Leave"), this);
    m_leaveButton->setObjectName(u"leaveButton"_s);
    m_leaveButton->setAccessibleName(tr("Leave the chat"));
    m_leaveButton->setToolTip(tr("Say goodbye and close the chat (Ctrl+K)"));
    m_reconnectButton = new QPushButton(tr("&Reconnect"), this);
    m_reconnectButton->setObjectName(u"reconnectButton"_s);
    m_reconnectButton->setAccessibleName(tr("Reconnect"));
    m_reconnectButton->setToolTip(tr("Join (or host) the same chat again"));

    // Classmates and participants.
    m_peers = new QListWidget(this);
    m_peers->setObjectName(u"peersList"_s);
    m_peers->setWordWrap(true);
    m_peers->setAccessibleName(tr("Classmates on the LAN"));
    m_peers->setToolTip(tr("Classmates whose workbench announces itself on the LAN; "
                           "double-click one who hosts a chat to join it"));
    auto *peersLabel = new QLabel(tr("Cl&assmates on the LAN:"), this);
    peersLabel->setBuddy(m_peers);
    m_participants = new QListWidget(this);
    m_participants->setObjectName(u"participantsList"_s);
    m_participants->setAccessibleName(tr("In this chat"));
    auto *participantsLabel = new QLabel(tr("In this cha&t:"), this);
    participantsLabel->setBuddy(m_participants);

    // Conversation.
    m_conversation = new QListWidget(this);
    m_conversation->setObjectName(u"conversationView"_s);
    m_conversation->setAccessibleName(tr("Conversation"));
    m_conversation->setWordWrap(true);
    m_conversation->setTextElideMode(Qt::ElideNone);
    m_conversation->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_conversation->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_conversation->setUniformItemSizes(false);
    m_typing = new QLabel(this);
    m_typing->setObjectName(u"typingLabel"_s);
    QFont typingFont = m_typing->font();
    typingFont.setItalic(true);
    m_typing->setFont(typingFont);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(u"messageInput"_s);
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Type a message — Enter sends, Shift+Enter for a new line"));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 4 + 12);
    m_input->installEventFilter(this);
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send the message"));
    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    // Layout.
    auto *who = new QHBoxLayout;
    who->addWidget(nicknameLabel);
    who->addWidget(m_nickname);
    who->addWidget(m_plain);
    who->addStretch();
    who->addWidget(hostPortLabel);
    who->addWidget(m_hostPort);
    who->addWidget(m_hostButton);
    auto *where = new QHBoxLayout;
    where->addWidget(m_endpoint, 1);
    where->addWidget(m_joinButton);
    where->addWidget(m_leaveButton);
    where->addWidget(m_reconnectButton);
    m_codeView = new CodeView(this);
    where->addWidget(m_codeView->toggleButton());

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(peersLabel);
    sideLayout->addWidget(m_peers, 2);
    sideLayout->addWidget(participantsLabel);
    sideLayout->addWidget(m_participants, 1);

    auto *talk = new QWidget(this);
    auto *talkLayout = new QVBoxLayout(talk);
    talkLayout->setContentsMargins(0, 0, 0, 0);
    talkLayout->addWidget(m_conversation, 1);
    talkLayout->addWidget(m_typing);
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    talkLayout->addLayout(inputRow);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"chatSplitter"_s);
    splitter->addWidget(side);
    splitter->addWidget(talk);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addLayout(where);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_codeView, 1);
    setTabOrder(m_nickname, m_plain);
    setTabOrder(m_input, m_sendButton);

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingShownMs);
    connect(m_typingTimer, &QTimer::timeout, m_typing, &QLabel::clear);

    connect(m_endpoint, &EndpointPicker::endpointChanged, this, &LabTab::codeChanged);
    connect(m_nickname, &QLineEdit::textChanged, this, &LabTab::codeChanged);
    connect(m_plain, &QCheckBox::toggled, this, &LabTab::codeChanged);

    // Widgets -> session.
    connect(m_hostButton, &QPushButton::clicked, this, &ChatTab::hostChat);
    connect(m_joinButton, &QPushButton::clicked, this, &ChatTab::joinChat);
    connect(
        m_endpoint->hostCombo()->lineEdit(), &QLineEdit::returnPressed, this, &ChatTab::joinChat);
    connect(m_leaveButton, &QPushButton::clicked, m_session, &ChatSession::leave);
    connect(m_reconnectButton, &QPushButton::clicked, this, [this] {
        applyNickname();
        m_session->reconnect();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &ChatTab::send);
    connect(m_nickname, &QLineEdit::editingFinished, this, &ChatTab::applyNickname);
    connect(m_plain, &QCheckBox::toggled, m_session, &ChatSession::setPlainMode);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_input->document()->isEmpty())
            m_session->notifyTyping();
    });
    connect(m_peers, &QListWidget::itemActivated, this, &ChatTab::joinDiscovered);

    // Session -> widgets.
    connect(m_session, &ChatSession::stateChanged, this, &ChatTab::showState);
    connect(m_session, &ChatSession::peersChanged, this, &ChatTab::showState);
    connect(m_session, &ChatSession::entryAdded, this, &ChatTab::appendEntry);
    connect(m_session, &ChatSession::entriesReset, this, &ChatTab::rebuildConversation);
    connect(m_session, &ChatSession::deliveryChanged, this, &ChatTab::updateDelivery);
    connect(m_session, &ChatSession::peerTyping, this, &ChatTab::showPeerTyping);
    connect(m_session, &ChatSession::errorOccurred, this, [this](const QString &message) {
        m_status->showError(message);
        emit statusMessage(message);
    });
    connect(m_session, &ChatSession::connectionLost, this, [this](const QString &reason) {
        m_status->showError(tr("%1 — press Reconnect to continue.").arg(reason));
        emit statusMessage(reason);
        if (!isSeen())
            QApplication::alert(window());
    });
    connect(m_discovery, &ChatDiscovery::peersChanged, this, &ChatTab::refreshPeers);
    connect(m_discovery, &ChatDiscovery::errorOccurred, m_status, &StatusLine::showError);

    if (!m_discovery->isListening())
        m_discovery->start();
    rebuildConversation();
    refreshPeers();
    showState();
}

QString ChatTab::title() const
{
    return m_unread > 0 ? tr("Chat (%1)").arg(m_unread) : tr("Chat");
}

GeneratedCode ChatTab::code() const
{
    ChatCode settings;
    settings.peerHost = m_endpoint->host();
    settings.port = m_endpoint->port();
    settings.nickname = m_nickname->text().trimmed();
    settings.netlab = !m_plain->isChecked();
    return SocketCode::chat(settings);
}

QString ChatTab::key() const
{
    return u"chat"_s;
}

void ChatTab::applyNickname()
{
    m_session->setNickname(m_nickname->text());
    if (m_nickname->text().trimmed().isEmpty())
        m_nickname->setText(m_session->nickname());
}

void ChatTab::hostChat()
{
    applyNickname();
    const quint16 port = quint16(m_hostPort->value());
    if (m_session->host(QHostAddress::Any, port))
        m_status->showInfo(tr("Hosting on port %1").arg(m_session->serverPort()));
}

void ChatTab::joinChat()
{
    if (m_session->state() != ChatSession::State::Idle)
        return;
    if (!m_endpoint->isValid()) {
        m_status->showError(m_endpoint->errorString());
        return;
    }
    applyNickname();
    m_endpoint->rememberCurrent();
    m_session->join(m_endpoint->host(), m_endpoint->port());
}

void ChatTab::joinDiscovered(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString name = item->data(PeerNameRole).toString();
    if (!item->data(PeerHostingRole).toBool()) {
        m_status->showInfo(
            tr("%1 does not host a chat: ask them to, or host one yourself.").arg(name));
        return;
    }
    if (m_session->state() != ChatSession::State::Idle) {
        m_status->showError(tr("Leave the current chat first to join %1.").arg(name));
        return;
    }
    m_endpoint->setHost(item->data(PeerAddressRole).toString());
    m_endpoint->setPort(quint16(item->data(PeerPortRole).toUInt()));
    joinChat();
}

void ChatTab::toggleConnection()
{
    if (m_session->state() != ChatSession::State::Idle) {
        m_session->leave();
    } else if (m_session->canReconnect()) {
        applyNickname();
        m_session->reconnect();
    } else {
        joinChat();
    }
}

void ChatTab::send()
{
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    // Refused (not connected, nobody there, too long): the text stays in the input and the
    // status line says why.
    if (!m_session->sendMessage(text).isEmpty()) {
        m_input->clear();
        showState(); // where the chat stands, replacing a refusal shown before
    }
}

void ChatTab::clearLog()
{
    m_session->clearConversation();
}

void ChatTab::saveLog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the conversation"), u"chat.txt"_s, tr("Text files (*.txt);;All files (*)"));
    if (!path.isEmpty())
        saveConversation(path);
}

bool ChatTab::saveConversation(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_status->showError(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    for (int i = 0; i < m_conversation->count(); ++i)
        file.write(m_conversation->item(i)->data(kRawTextRole).toString().toUtf8() + '\n');
    if (!file.commit()) {
        m_status->showError(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->showInfo(tr("Conversation saved to %1").arg(path));
    return true;
}

void ChatTab::showState()
{
    using State = ChatSession::State;
    const State state = m_session->state();
    const bool idle = state == State::Idle;
    m_nickname->setEnabled(idle);
    m_plain->setEnabled(idle);
    m_hostPort->setEnabled(idle);
    m_hostButton->setEnabled(idle);
    m_endpoint->setEnabled(idle);
    m_joinButton->setEnabled(idle);
    m_leaveButton->setEnabled(!idle);
    m_leaveButton->setText(state == State::Connecting ? tr("&Cancel") : tr("&Leave"));
    m_reconnectButton->setVisible(m_session->canReconnect());
    const bool canTalk = (state == State::Joined || state == State::Hosting);
    m_sendButton->setEnabled(canTalk);

    m_participants->clear();
    if (!idle)
        m_participants->addItem(tr("%1 (you)").arg(m_session->nickname()));
    const QStringList names = m_session->peerNames();
    for (const QString &name : names)
        m_participants->addItem(toVisibleText(name));

    switch (state) {
    case State::Idle:
        if (!m_status->isError())
            m_status->showInfo(tr("Not in a chat: host one, or join a classmate's."));
        break;
    case State::Connecting:
        m_status->showInfo(
            tr("Joining %1…")
                .arg(formatEndpoint(m_session->remoteHost(), m_session->remotePort())));
        break;
    case State::Joined:
        m_status->showInfo(
            tr("In the chat at %1")
                .arg(formatEndpoint(m_session->remoteHost(), m_session->remotePort())));
        break;
    case State::Hosting:
        m_status->showInfo(names.isEmpty()
                ? tr("Hosting on port %1: waiting for classmates").arg(m_session->serverPort())
                : tr("Hosting on port %1: %n classmate(s) here", nullptr, int(names.size()))
                      .arg(m_session->serverPort()));
        break;
    }
}

void ChatTab::rebuildConversation()
{
    m_conversation->clear();
    m_ownItems.clear();
    m_ownEntries.clear();
    const QList<ChatEntry> &entries = m_session->entries();
    const qsizetype first = std::max<qsizetype>(0, entries.size() - kMaxViewEntries);
    for (qsizetype i = first; i < entries.size(); ++i)
        appendEntry(entries.at(i));
}

void ChatTab::appendEntry(const ChatEntry &entry)
{
    auto *item = new QListWidgetItem;
    formatItem(item, entry);
    m_conversation->addItem(item);
    if (entry.kind == ChatEntry::Kind::Own && !entry.id.isEmpty()) {
        m_ownItems.insert(entry.id, item);
        m_ownEntries.insert(entry.id, entry);
    }
    while (m_conversation->count() > kMaxViewEntries) {
        QListWidgetItem *oldest = m_conversation->takeItem(0);
        const QString id = oldest->data(Qt::UserRole).toString();
        if (!id.isEmpty()) {
            m_ownItems.remove(id);
            m_ownEntries.remove(id);
        }
        delete oldest;
    }
    m_conversation->scrollToBottom();

    if (entry.kind == ChatEntry::Kind::Incoming && !entry.fromHistory) {
        if (m_typing->text().startsWith(toVisibleText(entry.nickname)))
            m_typing->clear();
        if (!isSeen()) {
            ++m_unread;
            emit titleChanged();
            if (!window()->isActiveWindow())
                QApplication::alert(window());
        }
    }
}

void ChatTab::updateDelivery(const QString &id, ChatEntry::Delivery delivery)
{
    QListWidgetItem *item = m_ownItems.value(id);
    if (!item)
        return;
    ChatEntry &entry = m_ownEntries[id];
    entry.delivery = delivery;
    formatItem(item, entry);
}

void ChatTab::formatItem(QListWidgetItem *item, const ChatEntry &entry) const
{
    const QString time = entry.time.toLocalTime().toString(u"HH:mm"_s);
    const QPalette palette = m_conversation->palette();
    QFont font = m_conversation->font();
    switch (entry.kind) {
    case ChatEntry::Kind::Own: {
        item->setText(u"%1 %2\n%3%4"_s.arg(time, tr("You"),
            toVisibleText(entry.text, LineBreaks::Keep), deliveryMark(entry.delivery)));
        item->setData(kRawTextRole,
            u"%1 %2\n%3%4"_s.arg(time, tr("You"), entry.text, deliveryMark(entry.delivery)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setBackground(palette.color(QPalette::AlternateBase));
        item->setData(Qt::UserRole, entry.id);
        QString tip;
        switch (entry.delivery) {
        case ChatEntry::Delivery::None:
            tip = tr("Sent as plain text: plain peers cannot confirm that they saw it");
            break;
        case ChatEntry::Delivery::Sent:
            tip = tr("Sent; waiting for the other workbench to show it");
            break;
        case ChatEntry::Delivery::Delivered:
            tip = tr("Delivered: shown on the other side");
            break;
        case ChatEntry::Delivery::NotDelivered:
            tip = tr("Not delivered: the connection ended before the other side showed it");
            break;
        }
        item->setToolTip(tip);
        break;
    }
    case ChatEntry::Kind::Incoming: {
        // A peer's text is shown with its control characters visible: an escape sequence or a
        // bidi override cannot disguise the line (the saved conversation keeps them).
        QString text = u"%1 %2\n%3"_s.arg(
            time, toVisibleText(entry.nickname), toVisibleText(entry.text, LineBreaks::Keep));
        QString raw = u"%1 %2\n%3"_s.arg(time, entry.nickname, entry.text);
        if (!entry.warning.isEmpty()) {
            text += u"\n⚠ "_s + toVisibleText(entry.warning);
            raw += u"\n⚠ "_s + entry.warning;
            item->setForeground(QColor(0xa0, 0x50, 0x00));
        }
        item->setText(text);
        item->setData(kRawTextRole, raw);
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        break;
    }
    case ChatEntry::Kind::System:
    case ChatEntry::Kind::Warning:
        item->setText(u"%1 — %2"_s.arg(time, toVisibleText(entry.text, LineBreaks::Keep)));
        item->setData(kRawTextRole, u"%1 — %2"_s.arg(time, entry.text));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
        font.setItalic(true);
        item->setForeground(entry.kind == ChatEntry::Kind::Warning
                ? QColor(0xb0, 0x20, 0x20)
                : palette.color(QPalette::PlaceholderText));
        break;
    }
    if (entry.fromHistory && entry.kind != ChatEntry::Kind::Warning)
        item->setForeground(palette.color(QPalette::PlaceholderText));
    item->setFont(font);
}

void ChatTab::showPeerTyping(const QString &nickname)
{
    m_typing->setText(tr("%1 is typing…").arg(toVisibleText(nickname)));
    m_typingTimer->start();
}

void ChatTab::refreshPeers()
{
    const QString current = m_peers->currentItem() ? m_peers->currentItem()->text() : QString();
    m_peers->clear();
    const QList<DiscoveredPeer> peers = m_discovery->peers();
    for (const DiscoveredPeer &peer : peers) {
        auto *item = new QListWidgetItem(peer.hosting
                ? tr("%1 — hosts a chat at %2")
                      .arg(
                          toVisibleText(peer.nickname), formatEndpoint(peer.address, peer.chatPort))
                : tr("%1 — %2, not hosting")
                      .arg(toVisibleText(peer.nickname), peer.address.toString()));
        item->setData(PeerAddressRole, peer.address.toString());
        item->setData(PeerPortRole, peer.chatPort);
        item->setData(PeerHostingRole, peer.hosting);
        item->setData(PeerNameRole, peer.nickname);
        if (!peer.hosting)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        m_peers->addItem(item);
        if (item->text() == current)
            m_peers->setCurrentItem(item);
    }
    if (peers.isEmpty()) {
        auto *hint = new QListWidgetItem(m_discovery->isListening()
                ? tr("Nobody found yet: classmates who host a chat appear here.")
                : tr("Not looking for classmates (see the status line)."));
        hint->setFlags(Qt::NoItemFlags);
        m_peers->addItem(hint);
    }
}

bool ChatTab::isSeen() const
{
    return isVisible() && window()->isActiveWindow();
}

void ChatTab::markRead()
{
    if (m_unread == 0 || !isSeen())
        return;
    m_unread = 0;
    emit titleChanged();
}

bool ChatTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            send();
            return true;
        }
    }
    if (watched == m_input && event->type() == QEvent::FocusIn)
        markRead();
    return LabTab::eventFilter(watched, event);
}

void ChatTab::showEvent(QShowEvent *event)
{
    LabTab::showEvent(event);
    QTimer::singleShot(0, this, &ChatTab::markRead);
}

void ChatTab::changeEvent(QEvent *event)
{
    LabTab::changeEvent(event);
    if (event->type() == QEvent::ActivationChange)
        markRead();
}

void ChatTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"nickname"_s, m_nickname->text());
    settings.setValue(u"plain"_s, m_plain->isChecked());
    settings.setValue(u"hostPort"_s, m_hostPort->value());
    m_endpoint->saveSettings(settings);
}

void ChatTab::restoreSettings(const QSettings &settings)
{
    m_endpoint->restoreSettings(settings);
    if (settings.contains(u"hostPort"_s))
        m_hostPort->setValue(settings.value(u"hostPort"_s).toInt());
    // A running chat keeps the nickname and mode it was started with.
    if (m_session->state() != ChatSession::State::Idle)
        return;
    if (settings.contains(u"nickname"_s)) {
        m_nickname->setText(settings.value(u"nickname"_s).toString());
        applyNickname();
    }
    m_plain->setChecked(settings.value(u"plain"_s, m_session->plainMode()).toBool());
}

} // namespace netlab
