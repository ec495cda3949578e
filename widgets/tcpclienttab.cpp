#include "tcpclienttab.h"

#include "codeview.h"
#include "endpointpicker.h"
#include "sendpanel.h"
#include "statusline.h"
#include "trafficlogview.h"

#include <netlab/socketcode.h>
#include <netlab/socketerror.h>
#include <netlab/trafficlog.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {
constexpr int kCountersRefreshMs = 100;
constexpr quint16 kDefaultPort = 50000; // the course's echo server
} // namespace

TcpClientTab::TcpClientTab(TcpClientSession *session, TrafficLog *log, QWidget *parent)
    : LabTab(parent)
    , m_session(session)
    , m_log(log)
{
    m_endpoint = new EndpointPicker(this);
    m_endpoint->setObjectName(u"endpoint"_s);
    m_endpoint->setHost(u"127.0.0.1"_s);
    m_endpoint->setPort(kDefaultPort);

    m_connectButton = new QPushButton(this);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setToolTip(tr("Connect or disconnect (Ctrl+K)"));

    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);
    m_counters = new QLabel(this);
    m_counters->setObjectName(u"countersLabel"_s);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_logView = new TrafficLogView(log, this);
    m_logView->setObjectName(u"trafficLog"_s);

    m_sendPanel = new SendPanel(this);
    m_sendPanel->setObjectName(u"sendPanel"_s);

    m_fileButton = new QPushButton(tr("Send &file…"), this);
    m_fileButton->setObjectName(u"sendFileButton"_s);
    m_fileButton->setAccessibleName(tr("Send file"));
    m_fileProgress = new QProgressBar(this);
    m_fileProgress->setObjectName(u"fileProgress"_s);
    m_fileProgress->setAccessibleName(tr("File sending progress"));
    m_fileProgress->setFormat(tr("%p% of the file sent"));
    m_fileProgress->setVisible(false);
    m_cancelFileButton = new QPushButton(tr("Cancel"), this);
    m_cancelFileButton->setObjectName(u"cancelFileButton"_s);
    m_cancelFileButton->setAccessibleName(tr("Cancel sending the file"));
    m_cancelFileButton->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_endpoint, 1);
    top->addWidget(m_connectButton);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_counters);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileButton);
    fileRow->addWidget(m_fileProgress, 1);
    fileRow->addWidget(m_cancelFileButton);
    fileRow->addStretch();
    m_codeView = new CodeView(this);
    fileRow->addWidget(m_codeView->toggleButton());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(statusRow);
    layout->addWidget(m_logView, 1);
    layout->addWidget(m_sendPanel);
    layout->addLayout(fileRow);
    layout->addWidget(m_codeView, 1);

    m_countersTimer = new QTimer(this);
    m_countersTimer->setSingleShot(true);
    m_countersTimer->setInterval(kCountersRefreshMs);
    connect(m_countersTimer, &QTimer::timeout, this, &TcpClientTab::updateCounters);

    connect(m_connectButton, &QPushButton::clicked, this, &TcpClientTab::toggleConnection);
    connect(m_endpoint, &EndpointPicker::endpointChanged, this, &LabTab::codeChanged);
    connect(m_sendPanel, &SendPanel::contentChanged, this, &LabTab::codeChanged);
    connect(m_sendPanel, &SendPanel::sendRequested, this, &TcpClientTab::sendPayload);
    connect(m_sendPanel, &SendPanel::problem, m_status, &StatusLine::showError);
    connect(m_fileButton, &QPushButton::clicked, this, &TcpClientTab::chooseAndSendFile);
    connect(
        m_cancelFileButton, &QPushButton::clicked, m_session, &TcpClientSession::cancelFileSend);

    connect(m_session, &TcpClientSession::stateChanged, this, &TcpClientTab::showState);
    connect(m_session, &TcpClientSession::disconnected, this, [this](const QString &reason) {
        if (m_session->lastError().isEmpty() || reason != m_session->lastError())
            m_status->showInfo(tr("Disconnected: %1").arg(reason));
        emit statusMessage(tr("TCP client disconnected: %1").arg(reason));
    });
    connect(m_session, &TcpClientSession::errorOccurred, this, [this](const QString &message) {
        m_status->showError(message);
        emit statusMessage(message);
    });
    connect(m_session, &TcpClientSession::countersChanged, this, &TcpClientTab::scheduleCounters);
    connect(m_session, &TcpClientSession::fileProgress, this, [this](qint64 sent, qint64 total) {
        // QProgressBar holds ints: show per mille of large files.
        m_fileProgress->setRange(0, 1000);
        m_fileProgress->setValue(total > 0 ? int(sent * 1000 / total) : 1000);
    });
    connect(m_session, &TcpClientSession::fileSendFinished, this,
        [this](bool ok, const QString &message) {
            m_fileProgress->setVisible(false);
            m_cancelFileButton->setVisible(false);
            m_fileButton->setEnabled(m_session->state() == TcpClientSession::State::Connected);
            if (ok)
                m_status->showInfo(message);
            else
                m_status->showError(message);
        });

    showState(m_session->state());
    updateCounters();
}

QString TcpClientTab::title() const
{
    return tr("TCP client");
}

GeneratedCode TcpClientTab::code() const
{
    TcpClientCode settings;
    settings.host = m_endpoint->host();
    settings.port = m_endpoint->port();
    if (m_sendPanel->mode() == SendPanel::Mode::Hex) {
        QString error; // hex still being typed (not valid yet): the program sends no bytes
        settings.raw = true;
        settings.bytes = m_sendPanel->payload(&error).value_or(QByteArray());
    } else {
        settings.message = m_sendPanel->text();
        settings.lineEnding = m_sendPanel->lineEnding();
        settings.codec = TextCodec(m_sendPanel->encoding());
    }
    return SocketCode::tcpClient(settings);
}

QString TcpClientTab::key() const
{
    return u"tcp-client"_s;
}

void TcpClientTab::toggleConnection()
{
    if (m_session->state() != TcpClientSession::State::Idle) {
        if (m_session->state() == TcpClientSession::State::Connected)
            m_session->disconnectFromHost();
        else
            m_session->abort();
        return;
    }
    if (!m_endpoint->isValid()) {
        m_status->showError(m_endpoint->errorString());
        return;
    }
    m_endpoint->rememberCurrent();
    m_session->connectToHost(m_endpoint->host(), m_endpoint->port());
}

void TcpClientTab::send()
{
    m_sendPanel->trigger();
}

void TcpClientTab::sendPayload(const QByteArray &payload)
{
    if (m_session->state() != TcpClientSession::State::Connected) {
        m_status->showError(tr("Not connected: connect first (Ctrl+K), then send."));
        return;
    }
    m_session->send(payload);
}

void TcpClientTab::chooseAndSendFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"), m_lastFileDirectory);
    if (path.isEmpty())
        return;
    m_lastFileDirectory = QFileInfo(path).absolutePath();
    if (m_session->sendFile(path)) {
        m_fileProgress->setValue(0);
        m_fileProgress->setVisible(true);
        m_cancelFileButton->setVisible(true);
        m_fileButton->setEnabled(false);
    }
}

void TcpClientTab::clearLog()
{
    m_log->clear();
}

void TcpClientTab::saveLog()
{
    m_logView->saveWithDialog();
}

void TcpClientTab::showState(TcpClientSession::State state)
{
    using State = TcpClientSession::State;
    const QString where = formatEndpoint(m_session->peerName(), m_session->peerPort());
    switch (state) {
    case State::Idle:
        m_connectButton->setText(tr("&Connect"));
        break;
    case State::LookingUp:
        m_connectButton->setText(tr("&Cancel"));
        m_status->showInfo(tr("Looking up %1…").arg(m_session->peerName()));
        break;
    case State::Connecting:
        m_connectButton->setText(tr("&Cancel"));
        m_status->showInfo(tr("Connecting to %1…").arg(where));
        break;
    case State::Connected: {
        m_connectButton->setText(tr("&Disconnect"));
        const QString message
            = tr("Connected to %1 from local port %2")
                  .arg(formatEndpoint(m_session->peerAddress(), m_session->peerPort()))
                  .arg(m_session->localPort());
        m_status->showInfo(message);
        emit statusMessage(message);
        break;
    }
    case State::Closing:
        m_connectButton->setText(tr("&Abort"));
        m_status->showInfo(tr("Closing the connection to %1…").arg(where));
        break;
    }
    m_connectButton->setAccessibleName(m_connectButton->text().remove(u'&'));
    const bool connected = state == State::Connected;
    m_endpoint->setEnabled(state == State::Idle);
    m_sendPanel->setSendEnabled(connected);
    m_fileButton->setEnabled(connected && !m_session->isSendingFile());
}

void TcpClientTab::scheduleCounters()
{
    if (!m_countersTimer->isActive())
        m_countersTimer->start();
}

void TcpClientTab::updateCounters()
{
    const QLocale locale;
    m_counters->setText(tr("Received: %1 bytes · Sent: %2 bytes")
                            .arg(locale.toString(m_session->bytesReceived()),
                                locale.toString(m_session->bytesSent())));
}

void TcpClientTab::saveSettings(QSettings &settings) const
{
    m_endpoint->saveSettings(settings);
    m_sendPanel->saveSettings(settings);
    m_logView->saveSettings(settings);
    settings.setValue(u"lastFileDirectory"_s, m_lastFileDirectory);
}

void TcpClientTab::restoreSettings(const QSettings &settings)
{
    m_endpoint->restoreSettings(settings);
    m_sendPanel->restoreSettings(settings);
    m_logView->restoreSettings(settings);
    m_lastFileDirectory = settings.value(u"lastFileDirectory"_s).toString();
}

} // namespace netlab
