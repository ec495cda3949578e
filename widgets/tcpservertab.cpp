#include "tcpservertab.h"

#include "bindaddresscombo.h"
#include "codeview.h"
#include "sendpanel.h"
#include "statusline.h"
#include "trafficlogview.h"

#include <netlab/escapedtext.h>
#include <netlab/machineinfo.h>
#include <netlab/socketcode.h>
#include <netlab/socketerror.h>
#include <netlab/tcpserver.h>
#include <netlab/trafficlog.h>
#include <netlab/trafficrecorder.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr quint16 kDefaultPort = 50000; // the course's echo server
constexpr int kRefreshMs = 200; // client counters refresh at most 5 times a second
constexpr int kIdRole = Qt::UserRole + 1;

enum Column { SocketColumn, SinceColumn, InColumn, OutColumn, ColumnCount };

QString autoReplyKey(TcpServer::AutoReply mode)
{
    switch (mode) {
    case TcpServer::AutoReply::Echo:
        return u"echo"_s;
    case TcpServer::AutoReply::Acknowledge:
        return u"ack"_s;
    case TcpServer::AutoReply::None:
        break;
    }
    return u"none"_s;
}

} // namespace

TcpServerTab::TcpServerTab(TcpServer *server, TrafficLog *log, QWidget *parent)
    : LabTab(parent)
    , m_server(server)
    , m_log(log)
{
    m_bindCombo = new BindAddressCombo(BindAddressCombo::DualStackAny, this);
    m_bindCombo->setObjectName(u"bindCombo"_s);
    m_bindCombo->setMinimumContentsLength(22);
    m_bindCombo->setToolTip(tr("0.0.0.0 accepts clients on every network of this machine; "
                               "127.0.0.1 only from this machine. Any local address can be "
                               "typed, e.g. 127.123.234.1."));

    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(u"serverPortSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_portSpin->setValue(kDefaultPort);
    m_portSpin->setToolTip(tr("Ports below 1024 need administrator rights"));

    m_maxClientsSpin = new QSpinBox(this);
    m_maxClientsSpin->setObjectName(u"maxClientsSpin"_s);
    m_maxClientsSpin->setRange(1, 100000);
    m_maxClientsSpin->setValue(TcpServer::kDefaultMaxClients);
    m_maxClientsSpin->setToolTip(tr("Clients beyond this are accepted and closed at once"));

    m_backlogSpin = new QSpinBox(this);
    m_backlogSpin->setObjectName(u"backlogSpin"_s);
    m_backlogSpin->setRange(1, 65535);
    m_backlogSpin->setValue(TcpServer::kDefaultBacklog);
    m_backlogSpin->setToolTip(tr("How many connections the system queues before the server "
                                 "accepts them (listen(backlog)); the course's scripts use 5"));

    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(u"startButton"_s);
    m_startButton->setToolTip(tr("Start or stop listening (Ctrl+K)"));

    m_autoReplyCombo = new QComboBox(this);
    m_autoReplyCombo->setObjectName(u"autoReplyCombo"_s);
    m_autoReplyCombo->addItem(tr("No automatic reply"), u"none"_s);
    m_autoReplyCombo->addItem(tr("Echo what arrives"), u"echo"_s);
    m_autoReplyCombo->addItem(tr("Acknowledge"), u"ack"_s);
    m_replyUnitCombo = new QComboBox(this);
    m_replyUnitCombo->setObjectName(u"replyUnitCombo"_s);
    m_replyUnitCombo->addItem(tr("each received chunk (recv)"), u"chunk"_s);
    m_replyUnitCombo->addItem(tr("each complete line (readline)"), u"line"_s);
    m_ackEdit = new QLineEdit(u"ACK\\n"_s, this);
    m_ackEdit->setObjectName(u"ackEdit"_s);
    m_ackEdit->setToolTip(tr("Escapes as in Python: \\n \\r \\t \\xHH"));

    auto *bindLabel = new QLabel(tr("&Bind address:"), this);
    bindLabel->setBuddy(m_bindCombo);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portSpin);
    auto *maxLabel = new QLabel(tr("&Max clients:"), this);
    maxLabel->setBuddy(m_maxClientsSpin);
    auto *backlogLabel = new QLabel(tr("Back&log:"), this);
    backlogLabel->setBuddy(m_backlogSpin);
    auto *replyLabel = new QLabel(tr("&Automatic reply:"), this);
    replyLabel->setBuddy(m_autoReplyCombo);
    auto *unitLabel = new QLabel(tr("&to"), this);
    unitLabel->setBuddy(m_replyUnitCombo);
    auto *ackLabel = new QLabel(tr("Ac&knowledgement:"), this);
    ackLabel->setBuddy(m_ackEdit);
    m_bindCombo->setAccessibleName(tr("Bind address"));
    m_portSpin->setAccessibleName(tr("Port"));
    m_maxClientsSpin->setAccessibleName(tr("Max clients"));
    m_backlogSpin->setAccessibleName(tr("Backlog"));
    m_autoReplyCombo->setAccessibleName(tr("Automatic reply"));
    m_replyUnitCombo->setAccessibleName(tr("Reply to"));
    m_ackEdit->setAccessibleName(tr("Acknowledgement"));

    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    m_sockets = new QTreeWidget(this);
    m_sockets->setObjectName(u"socketsTree"_s);
    m_sockets->setAccessibleName(tr("Sockets"));
    m_sockets->setColumnCount(ColumnCount);
    m_sockets->setHeaderLabels(
        {tr("Socket"), tr("Connected since"), tr("Bytes in"), tr("Bytes out")});
    m_sockets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sockets->setUniformRowHeights(true);
    m_sockets->setRootIsDecorated(false);
    m_sockets->setItemsExpandable(false);
    m_sockets->header()->setSectionResizeMode(SocketColumn, QHeaderView::Stretch);
    for (int column : {SinceColumn, InColumn, OutColumn})
        m_sockets->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_sockets->header()->setStretchLastSection(false);
    m_sockets->setMinimumHeight(120);
    m_listenerItem = new QTreeWidgetItem(m_sockets);
    QFont bold = m_listenerItem->font(SocketColumn);
    bold.setBold(true);
    m_listenerItem->setFont(SocketColumn, bold);
    m_listenerItem->setFlags(Qt::ItemIsEnabled);
    m_listenerItem->setExpanded(true);

    m_disconnectButton = new QPushButton(tr("&Disconnect client"), this);
    m_disconnectButton->setObjectName(u"disconnectClientButton"_s);
    m_disconnectButton->setAccessibleName(tr("Disconnect client"));
    m_disconnectButton->setEnabled(false);

    m_logView = new TrafficLogView(log, this);
    m_logView->setObjectName(u"trafficLog"_s);

    m_targetCombo = new QComboBox(this);
    m_targetCombo->setObjectName(u"targetCombo"_s);
    m_targetCombo->addItem(tr("To selected clients"), u"selected"_s);
    m_targetCombo->addItem(tr("To all clients"), u"all"_s);
    m_targetCombo->setAccessibleName(tr("Send to"));
    m_sendPanel = new SendPanel(this);
    m_sendPanel->setObjectName(u"sendPanel"_s);

    // Layout
    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(bindLabel);
    bindRow->addWidget(m_bindCombo, 2);
    bindRow->addWidget(portLabel);
    bindRow->addWidget(m_portSpin);
    bindRow->addWidget(maxLabel);
    bindRow->addWidget(m_maxClientsSpin);
    bindRow->addWidget(backlogLabel);
    bindRow->addWidget(m_backlogSpin);
    bindRow->addWidget(m_startButton);
    auto *replyRow = new QHBoxLayout;
    replyRow->addWidget(replyLabel);
    replyRow->addWidget(m_autoReplyCombo);
    replyRow->addWidget(unitLabel);
    replyRow->addWidget(m_replyUnitCombo);
    replyRow->addWidget(ackLabel);
    replyRow->addWidget(m_ackEdit, 1);
    m_codeView = new CodeView(this);
    replyRow->addWidget(m_codeView->toggleButton());

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sockets, 1);
    leftLayout->addWidget(m_disconnectButton, 0, Qt::AlignLeft);
    // Sockets above, their conversation below: both get the window's full width.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"splitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_logView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_targetCombo);
    sendRow->addWidget(m_sendPanel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bindRow);
    layout->addLayout(replyRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addLayout(sendRow);
    layout->addWidget(m_codeView, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TcpServerTab::refreshClients);

    // Inputs
    connect(m_startButton, &QPushButton::clicked, this, &TcpServerTab::toggleConnection);
    connect(m_bindCombo, &QComboBox::currentTextChanged, this, &LabTab::codeChanged);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &LabTab::codeChanged);
    connect(m_autoReplyCombo, &QComboBox::currentIndexChanged, this, &LabTab::codeChanged);
    connect(m_replyUnitCombo, &QComboBox::currentIndexChanged, this, &LabTab::codeChanged);
    connect(m_ackEdit, &QLineEdit::textChanged, this, &LabTab::codeChanged);
    connect(m_autoReplyCombo, &QComboBox::currentIndexChanged, this, &TcpServerTab::applyAutoReply);
    connect(m_replyUnitCombo, &QComboBox::currentIndexChanged, this, &TcpServerTab::applyAutoReply);
    connect(m_ackEdit, &QLineEdit::editingFinished, this, &TcpServerTab::applyAutoReply);
    connect(m_maxClientsSpin, &QSpinBox::valueChanged, m_server, &TcpServer::setMaxClients);
    connect(m_sockets, &QTreeWidget::itemSelectionChanged, this, &TcpServerTab::updateSelection);
    connect(m_disconnectButton, &QPushButton::clicked, this, [this] {
        for (quint64 id : selectedClients())
            m_server->disconnectClient(id);
    });
    connect(m_sendPanel, &SendPanel::sendRequested, this, &TcpServerTab::sendPayload);
    // "Show all" above the log clears the selection that filtered it.
    connect(m_logView, &TrafficLogView::peerFilterClearRequested, m_sockets,
        &QTreeWidget::clearSelection);
    connect(m_sendPanel, &SendPanel::problem, m_status, &StatusLine::showError);

    // Core
    connect(m_server, &TcpServer::listeningChanged, this, &TcpServerTab::showListening);
    connect(m_server, &TcpServer::errorOccurred, this, [this](const QString &message) {
        m_status->showError(message);
        emit statusMessage(message);
    });
    connect(m_server, &TcpServer::clientConnected, this, &TcpServerTab::addClient);
    connect(
        m_server, &TcpServer::clientDisconnected, this, [this](quint64 id) { removeClient(id); });
    connect(m_server, &TcpServer::clientRejected, this,
        [this](const QHostAddress &address, quint16 port, const QString &reason) {
            m_status->showError(tr("Refused %1: %2").arg(formatEndpoint(address, port), reason));
        });
    connect(m_server, &TcpServer::countersChanged, this, [this](quint64 id) {
        m_dirtyClients.insert(id);
        if (!m_refreshTimer->isActive())
            m_refreshTimer->start();
    });

    // A rebuilt tab picks up a server that is already running.
    showListening(m_server->isListening());
    for (const TcpClientInfo &client : m_server->clients())
        addClient(client);
    updateSelection();
}

QString TcpServerTab::title() const
{
    return tr("TCP server");
}

QString TcpServerTab::key() const
{
    return u"tcp-server"_s;
}

std::optional<QHostAddress> TcpServerTab::bindAddress(QString *error) const
{
    return m_bindCombo->address(error);
}

void TcpServerTab::applyAutoReply()
{
    const QString mode = m_autoReplyCombo->currentData().toString();
    const auto unit = m_replyUnitCombo->currentData().toString() == u"line"
        ? TcpServer::ReplyUnit::Line
        : TcpServer::ReplyUnit::Chunk;
    m_replyUnitCombo->setEnabled(mode != u"none");
    m_ackEdit->setEnabled(mode == u"ack");
    QString error;
    const std::optional<QByteArray> ack = parseEscapedText(m_ackEdit->text(), &error);
    if (!ack) {
        m_status->showError(tr("Acknowledgement: %1").arg(error));
        return;
    }
    const auto reply = mode == u"echo" ? TcpServer::AutoReply::Echo
        : mode == u"ack"               ? TcpServer::AutoReply::Acknowledge
                                       : TcpServer::AutoReply::None;
    m_server->setAutoReply(reply, unit, *ack);
}

GeneratedCode TcpServerTab::code() const
{
    TcpServerCode settings;
    QString error; // an address or acknowledgement being typed: the last valid one's default
    settings.bindAddress = m_bindCombo->address(&error).value_or(QHostAddress(QHostAddress::Any));
    settings.port = quint16(m_portSpin->value());
    const QString mode = m_autoReplyCombo->currentData().toString();
    settings.reply = mode == u"echo" ? TcpServer::AutoReply::Echo
        : mode == u"ack"             ? TcpServer::AutoReply::Acknowledge
                                     : TcpServer::AutoReply::None;
    if (m_replyUnitCombo->currentData().toString() == u"line")
        settings.unit = TcpServer::ReplyUnit::Line;
    settings.ackText = parseEscapedText(m_ackEdit->text(), &error).value_or(settings.ackText);
    return SocketCode::tcpServer(settings);
}

void TcpServerTab::toggleConnection()
{
    if (m_server->isListening()) {
        m_server->close();
        return;
    }
    QString error;
    const std::optional<QHostAddress> address = bindAddress(&error);
    if (!address) {
        m_status->showError(error);
        return;
    }
    applyAutoReply();
    m_server->setBacklog(m_backlogSpin->value());
    m_server->setMaxClients(m_maxClientsSpin->value());
    m_server->listen(*address, quint16(m_portSpin->value()));
}

void TcpServerTab::showListening(bool listening)
{
    m_startButton->setText(listening ? tr("S&top") : tr("S&tart"));
    m_startButton->setAccessibleName(listening ? tr("Stop") : tr("Start"));
    for (QWidget *input : {static_cast<QWidget *>(m_bindCombo), static_cast<QWidget *>(m_portSpin),
             static_cast<QWidget *>(m_backlogSpin)})
        input->setEnabled(!listening);
    if (listening) {
        const QString where = formatEndpoint(m_server->serverAddress(), m_server->serverPort());
        m_listenerItem->setText(SocketColumn,
            tr("Listening socket %1 · backlog %2").arg(where).arg(m_server->backlog()));
        m_listenerItem->setToolTip(SocketColumn,
            tr("The listening socket only accepts connections; each "
               "client gets its own connected socket, listed below."));
        m_status->showInfo(listeningHint(m_server->serverAddress(), m_server->serverPort()));
        emit statusMessage(tr("TCP server listening on %1").arg(where));
        // The box shows the port in use (with 0, "any free port", the one the system chose).
        m_portSpin->setValue(m_server->serverPort());
    } else {
        m_listenerItem->setText(SocketColumn, tr("Listening socket: not listening"));
        m_listenerItem->setToolTip(SocketColumn, QString());
        if (!m_clientItems.isEmpty())
            qDeleteAll(m_listenerItem->takeChildren());
        m_clientItems.clear();
        m_dirtyClients.clear();
        if (!m_status->isError())
            m_status->showInfo(tr("Stopped"));
    }
}

QString TcpServerTab::listeningHint(const QHostAddress &bound, quint16 port)
{
    // Name only addresses where something listens: a server bound to 127.123.234.1 is not
    // reachable at 127.0.0.1.
    const QList<QHostAddress> addresses = MachineInfo::addressesToReach(bound);
    const QString where = formatEndpoint(bound, port);
    const auto command = [port](const QHostAddress &address) {
        return u"nc %1 %2"_s.arg(address.toString()).arg(port);
    };
    if (addresses.size() == 1)
        return tr("Listening on %1 — clients can connect, e.g. %2")
            .arg(where, command(addresses.first()));
    QStringList others;
    for (qsizetype i = 1; i < addresses.size(); ++i)
        others.append(command(addresses.at(i)));
    return tr("Listening on %1 — from this machine: %2; from another machine: %3")
        .arg(where, command(addresses.first()), others.join(tr(" or ")));
}

void TcpServerTab::addClient(const TcpClientInfo &client)
{
    auto *item = new QTreeWidgetItem(m_listenerItem);
    item->setData(SocketColumn, kIdRole, client.id);
    item->setTextAlignment(InColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(OutColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_clientItems.insert(client.id, item);
    updateClientItem(item, client);
    m_listenerItem->setExpanded(true);
}

void TcpServerTab::removeClient(quint64 id)
{
    m_dirtyClients.remove(id);
    delete m_clientItems.take(id);
    updateSelection();
}

void TcpServerTab::refreshClients()
{
    for (quint64 id : std::as_const(m_dirtyClients)) {
        if (QTreeWidgetItem *item = m_clientItems.value(id))
            updateClientItem(item, m_server->client(id));
    }
    m_dirtyClients.clear();
}

void TcpServerTab::updateClientItem(QTreeWidgetItem *item, const TcpClientInfo &client)
{
    if (!client.id)
        return;
    const QLocale locale;
    item->setText(SocketColumn,
        tr("Connected socket %1")
            .arg(TrafficRecorder::clientLabel(
                client.id, formatEndpoint(client.address, client.port))));
    item->setText(SinceColumn,
        locale.toString(client.connectedSince.toLocalTime().time(), QLocale::ShortFormat));
    item->setText(InColumn, locale.toString(client.bytesIn));
    item->setText(OutColumn, locale.toString(client.bytesOut));
}

QList<quint64> TcpServerTab::selectedClients() const
{
    QList<quint64> ids;
    const QList<QTreeWidgetItem *> items = m_sockets->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        const quint64 id = item->data(SocketColumn, kIdRole).toULongLong();
        if (id)
            ids.append(id);
    }
    return ids;
}

void TcpServerTab::updateSelection()
{
    const QList<quint64> ids = selectedClients();
    m_disconnectButton->setEnabled(!ids.isEmpty());
    // With exactly one client selected, the log shows that client's conversation.
    if (ids.size() == 1)
        m_logView->setPeerFilter(TrafficRecorder::clientLabel(ids.first(), QString()),
            tr("client #%1").arg(ids.first()));
    else
        m_logView->setPeerFilter(QString());
}

void TcpServerTab::send()
{
    m_sendPanel->trigger();
}

void TcpServerTab::sendPayload(const QByteArray &payload)
{
    if (!m_server->isListening() || m_server->clientCount() == 0) {
        m_status->showError(tr("No client is connected: nothing to send to."));
        return;
    }
    if (m_targetCombo->currentData().toString() == u"all") {
        const int reached = m_server->sendToAll(payload);
        m_status->showInfo(tr("Sent %n byte(s)", nullptr, int(payload.size())) + u' '
            + tr("to %n client(s)", nullptr, reached));
        return;
    }
    const QList<quint64> ids = selectedClients();
    if (ids.isEmpty()) {
        m_status->showError(tr("Select a client in the list first, or choose \"To all "
                               "clients\"."));
        return;
    }
    for (quint64 id : ids)
        m_server->sendTo(id, payload);
}

void TcpServerTab::clearLog()
{
    m_log->clear();
}

void TcpServerTab::saveLog()
{
    m_logView->saveWithDialog();
}

void TcpServerTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"bindAddress"_s, m_bindCombo->value());
    settings.setValue(u"port"_s, m_portSpin->value());
    settings.setValue(u"maxClients"_s, m_maxClientsSpin->value());
    settings.setValue(u"backlog"_s, m_backlogSpin->value());
    settings.setValue(u"autoReply"_s, m_autoReplyCombo->currentData());
    settings.setValue(u"replyUnit"_s, m_replyUnitCombo->currentData());
    settings.setValue(u"ackText"_s, m_ackEdit->text());
    settings.setValue(u"target"_s, m_targetCombo->currentData());
    m_sendPanel->saveSettings(settings);
    m_logView->saveSettings(settings);
}

void TcpServerTab::restoreSettings(const QSettings &settings)
{
    m_bindCombo->setValue(settings.value(u"bindAddress"_s, u"any"_s).toString());
    if (!m_server->isListening())
        m_portSpin->setValue(settings.value(u"port"_s, kDefaultPort).toInt());
    m_maxClientsSpin->setValue(
        settings.value(u"maxClients"_s, TcpServer::kDefaultMaxClients).toInt());
    m_backlogSpin->setValue(settings.value(u"backlog"_s, TcpServer::kDefaultBacklog).toInt());
    const QString reply
        = settings.value(u"autoReply"_s, autoReplyKey(m_server->autoReply())).toString();
    m_autoReplyCombo->setCurrentIndex(qMax(0, m_autoReplyCombo->findData(reply)));
    const QString unit = settings.value(u"replyUnit"_s, u"chunk"_s).toString();
    m_replyUnitCombo->setCurrentIndex(qMax(0, m_replyUnitCombo->findData(unit)));
    m_ackEdit->setText(settings.value(u"ackText"_s, u"ACK\\n"_s).toString());
    m_targetCombo->setCurrentIndex(
        qMax(0, m_targetCombo->findData(settings.value(u"target"_s, u"selected"_s))));
    m_sendPanel->restoreSettings(settings);
    m_logView->restoreSettings(settings);
    applyAutoReply();
}

} // namespace netlab
