#include "httpservertab.h"

#include "bindaddresscombo.h"
#include "codeview.h"
#include "statusline.h"

#include <netlab/hexcodec.h>
#include <netlab/httpmicroserver.h>
#include <netlab/httpserver.h>
#include <netlab/socketerror.h>
#include <netlab/webcode.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStringDecoder>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr int kFlushMs = 100; // the list refreshes at most 10 times a second
constexpr int kIdRole = Qt::UserRole + 1;
constexpr qsizetype kMaxShownBytes = 256 * 1024;

enum Column { IdColumn, TimeColumn, ClientColumn, RequestColumn, ResponseColumn, ColumnCount };

} // namespace

QString HttpServerTab::rawText(const QByteArray &raw, bool showLineEnds)
{
    const QByteArray shown = raw.left(kMaxShownBytes);
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(shown);
    if (decoder.hasError() || shown.contains('\0'))
        return hexDump(shown);
    if (showLineEnds) {
        QString out;
        out.reserve(text.size() + text.size() / 8);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                out += u"\\r\\n\n"_s;
                ++i;
            } else if (c == u'\r') {
                out += u"\\r"_s;
            } else if (c == u'\n') {
                out += u"\\n\n"_s;
            } else {
                out += c;
            }
        }
        text = out;
    }
    if (raw.size() > kMaxShownBytes)
        text += tr("\n… (%1 more bytes)").arg(raw.size() - kMaxShownBytes);
    return text;
}

HttpServerTab::HttpServerTab(HttpMicroServer *server, QWidget *parent)
    : LabTab(parent)
    , m_server(server)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_bindCombo = new BindAddressCombo(BindAddressCombo::DualStackAny, this);
    m_bindCombo->setObjectName(u"bindCombo"_s);
    m_bindCombo->setMinimumContentsLength(20);
    m_bindCombo->setToolTip(tr("0.0.0.0 lets classmates' browsers connect; 127.0.0.1 only "
                               "this machine's"));
    m_bindCombo->setValue(u"0.0.0.0"_s);
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(u"httpPortSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_portSpin->setValue(HttpMicroServer::kDefaultPort);
    m_portSpin->setToolTip(tr("Ports below 1024 (such as 80) need administrator rights"));
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(u"startButton"_s);
    m_startButton->setToolTip(tr("Start or stop the server (Ctrl+K)"));
    m_browserButton = new QPushButton(tr("Open in &browser"), this);
    m_browserButton->setObjectName(u"openBrowserButton"_s);
    m_browserButton->setAccessibleName(tr("Open in browser"));
    m_browserButton->setToolTip(tr("Open the server's address in the default web browser"));
    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(u"urlLabel"_s);
    m_urlLabel->setOpenExternalLinks(true);
    m_urlLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *bindLabel = new QLabel(tr("&Bind address:"), this);
    bindLabel->setBuddy(m_bindCombo);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portSpin);
    m_bindCombo->setAccessibleName(tr("Bind address"));
    m_portSpin->setAccessibleName(tr("Port"));

    m_responseRadio = new QRadioButton(tr("Answer every request with this &response"), this);
    m_responseRadio->setObjectName(u"responseModeRadio"_s);
    m_responseRadio->setAccessibleName(tr("Answer with the response"));
    m_folderRadio = new QRadioButton(tr("Serve a &folder:"), this);
    m_folderRadio->setObjectName(u"folderModeRadio"_s);
    m_folderRadio->setAccessibleName(tr("Serve a folder"));
    m_folderRadio->setToolTip(tr("Like python3 -m http.server: files with their type, "
                                 "index.html or a listing for folders; nothing outside it"));
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(u"folderEdit"_s);
    m_folderEdit->setAccessibleName(tr("Folder to serve"));
    m_folderEdit->setPlaceholderText(tr("folder to serve"));
    m_folderButton = new QPushButton(tr("Choose…"), this);
    m_folderButton->setObjectName(u"chooseFolderButton"_s);
    m_folderButton->setAccessibleName(tr("Choose the folder to serve"));

    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    // The response editor.
    m_statusLineEdit = new QLineEdit(this);
    m_statusLineEdit->setObjectName(u"statusLineEdit"_s);
    m_statusLineEdit->setToolTip(tr("Code and reason, e.g. 200 OK, 404 Not Found, 301 Moved "
                                    "Permanently (the HTTP version is the request's)"));
    m_headersEdit = new QPlainTextEdit(this);
    m_headersEdit->setObjectName(u"headersEdit"_s);
    m_headersEdit->setFont(fixed);
    m_headersEdit->setTabChangesFocus(true);
    m_headersEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headersEdit->setToolTip(tr("One \"Name: value\" per line. {now} becomes the current date "
                                 "in HTTP format, {now+3600} the date in an hour. "
                                 "Content-Length and Connection are written by the server."));
    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setObjectName(u"bodyEdit"_s);
    m_bodyEdit->setFont(fixed);
    m_bodyEdit->setTabChangesFocus(true);
    m_bodyEdit->setToolTip(tr("Sent as UTF-8"));
    m_resetButton = new QPushButton(tr("Reset to the e&xample"), this);
    m_resetButton->setObjectName(u"resetResponseButton"_s);
    m_resetButton->setAccessibleName(tr("Reset the response to the example"));

    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusLineEdit);
    auto *headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headersEdit);
    auto *bodyLabel = new QLabel(tr("B&ody:"), this);
    bodyLabel->setBuddy(m_bodyEdit);
    m_statusLineEdit->setAccessibleName(tr("Status line"));
    m_headersEdit->setAccessibleName(tr("Response headers"));
    m_bodyEdit->setAccessibleName(tr("Response body"));

    auto *responseBox = new QGroupBox(tr("Response"), this);
    auto *responseLayout = new QVBoxLayout(responseBox);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_statusLineEdit, 1);
    statusRow->addWidget(m_resetButton);
    responseLayout->addLayout(statusRow);
    responseLayout->addWidget(headersLabel);
    responseLayout->addWidget(m_headersEdit, 1);
    responseLayout->addWidget(bodyLabel);
    responseLayout->addWidget(m_bodyEdit, 2);
    m_headersEdit->setMinimumHeight(m_headersEdit->fontMetrics().lineSpacing() * 4 + 12);

    // The requests received.
    m_requests = new QTreeWidget(this);
    m_requests->setObjectName(u"requestsTree"_s);
    m_requests->setAccessibleName(tr("Requests received"));
    m_requests->setColumnCount(ColumnCount);
    m_requests->setHeaderLabels({tr("#"), tr("Time"), tr("Client"), tr("Request"), tr("Response")});
    m_requests->setRootIsDecorated(false);
    m_requests->setUniformRowHeights(true);
    m_requests->header()->setStretchLastSection(false);
    m_requests->header()->setSectionResizeMode(RequestColumn, QHeaderView::Stretch);
    for (int column : {IdColumn, TimeColumn, ClientColumn, ResponseColumn})
        m_requests->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(u"requestDetail"_s);
    m_detailLabel->setWordWrap(true);
    m_rawView = new QPlainTextEdit(this);
    m_rawView->setObjectName(u"rawRequestView"_s);
    m_rawView->setAccessibleName(tr("Raw request"));
    m_rawView->setReadOnly(true);
    m_rawView->setFont(fixed);
    m_rawView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawView->setPlaceholderText(tr("Select a request to see it exactly as it arrived"));
    m_lineEndsCheck = new QCheckBox(tr("Show &line ends (\\r\\n)"), this);
    m_lineEndsCheck->setObjectName(u"lineEndsCheck"_s);
    m_lineEndsCheck->setAccessibleName(tr("Show line ends"));
    // Off, as the guide says: the student ticks it to discover the \r\n of every line.
    m_lineEndsCheck->setChecked(false);
    m_clearButton = new QPushButton(tr("&Clear list"), this);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_clearButton->setAccessibleName(tr("Clear the list of requests"));

    auto *requestsBox = new QGroupBox(tr("Requests received"), this);
    auto *requestsLayout = new QVBoxLayout(requestsBox);
    auto *requestSplitter = new QSplitter(Qt::Vertical, requestsBox);
    requestSplitter->setObjectName(u"requestSplitter"_s);
    requestSplitter->addWidget(m_requests);
    auto *rawPane = new QWidget(requestSplitter);
    auto *rawLayout = new QVBoxLayout(rawPane);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_detailLabel);
    rawLayout->addWidget(m_rawView, 1);
    auto *rawButtons = new QHBoxLayout;
    rawButtons->addWidget(m_lineEndsCheck);
    rawButtons->addStretch(1);
    rawButtons->addWidget(m_clearButton);
    rawLayout->addLayout(rawButtons);
    requestSplitter->addWidget(rawPane);
    requestSplitter->setStretchFactor(0, 1);
    requestSplitter->setStretchFactor(1, 2);
    requestSplitter->setChildrenCollapsible(false);
    requestsLayout->addWidget(requestSplitter);
    m_droppedLabel = new QLabel(requestsBox);
    m_droppedLabel->setObjectName(u"droppedRequestsLabel"_s);
    m_droppedLabel->setStyleSheet(u"color: #b05000;"_s);
    m_droppedLabel->setWordWrap(true);
    m_droppedLabel->hide();
    requestsLayout->addWidget(m_droppedLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"splitter"_s);
    splitter->addWidget(responseBox);
    splitter->addWidget(requestsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(bindLabel);
    bindRow->addWidget(m_bindCombo, 2);
    bindRow->addWidget(portLabel);
    bindRow->addWidget(m_portSpin);
    bindRow->addWidget(m_startButton);
    bindRow->addWidget(m_browserButton);
    bindRow->addWidget(m_urlLabel, 1);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_responseRadio);
    modeRow->addSpacing(16);
    modeRow->addWidget(m_folderRadio);
    modeRow->addWidget(m_folderEdit, 1);
    modeRow->addWidget(m_folderButton);
    m_codeView = new CodeView(this);
    modeRow->addWidget(m_codeView->toggleButton());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bindRow);
    layout->addLayout(modeRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_codeView, 1);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HttpServerTab::flushExchanges);

    // The core's current state (a rebuilt tab shows a running server and its requests).
    m_loading = true;
    m_statusLineEdit->setText(m_server->statusLine());
    m_headersEdit->setPlainText(m_server->headersText());
    m_bodyEdit->setPlainText(m_server->bodyText());
    m_folderEdit->setText(m_server->directory());
    (m_server->mode() == HttpMicroServer::Mode::Directory ? m_folderRadio : m_responseRadio)
        ->setChecked(true);
    m_loading = false;

    // Inputs
    connect(m_startButton, &QPushButton::clicked, this, &HttpServerTab::toggleConnection);
    connect(m_browserButton, &QPushButton::clicked, this, [this] {
        if (!m_server->isListening()) {
            m_status->showError(tr("Start the server first."));
            return;
        }
        if (!QDesktopServices::openUrl(m_server->url()))
            m_status->showError(
                tr("No web browser could be opened for %1").arg(m_server->url().toString()));
    });
    connect(m_statusLineEdit, &QLineEdit::textChanged, this, &HttpServerTab::applyResponse);
    connect(m_headersEdit, &QPlainTextEdit::textChanged, this, &HttpServerTab::applyResponse);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &HttpServerTab::applyResponse);
    connect(m_resetButton, &QPushButton::clicked, this, [this] {
        m_statusLineEdit->setText(HttpMicroServer::defaultStatusLine());
        m_headersEdit->setPlainText(HttpMicroServer::defaultHeaders());
        m_bodyEdit->setPlainText(HttpMicroServer::defaultBody());
    });
    connect(m_responseRadio, &QRadioButton::toggled, this, &HttpServerTab::applyMode);
    connect(m_folderEdit, &QLineEdit::editingFinished, this, &HttpServerTab::applyMode);
    connect(m_folderButton, &QPushButton::clicked, this, &HttpServerTab::chooseFolder);
    connect(m_requests, &QTreeWidget::itemSelectionChanged, this, &HttpServerTab::showSelected);
    connect(m_lineEndsCheck, &QCheckBox::toggled, this, &HttpServerTab::showSelected);
    connect(m_clearButton, &QPushButton::clicked, this, &HttpServerTab::clearLog);
    // What "Show as code" shows.
    connect(m_bindCombo, &QComboBox::currentTextChanged, this, &LabTab::codeChanged);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &LabTab::codeChanged);
    connect(m_responseRadio, &QRadioButton::toggled, this, &LabTab::codeChanged);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &LabTab::codeChanged);
    connect(m_statusLineEdit, &QLineEdit::textChanged, this, &LabTab::codeChanged);
    connect(m_headersEdit, &QPlainTextEdit::textChanged, this, &LabTab::codeChanged);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &LabTab::codeChanged);

    // Core
    connect(m_server, &HttpMicroServer::listeningChanged, this, &HttpServerTab::showListening);
    connect(m_server, &HttpMicroServer::errorOccurred, this, [this](const QString &message) {
        m_status->showError(message);
        emit statusMessage(message);
    });
    connect(m_server, &HttpMicroServer::exchangeAdded, this, &HttpServerTab::queueExchange);
    connect(m_server, &HttpMicroServer::exchangeUpdated, this, &HttpServerTab::queueExchange);
    connect(m_server, &HttpMicroServer::exchangesCleared, this, &HttpServerTab::rebuildList);

    showListening(m_server->isListening());
    rebuildList();
    applyMode();
}

QString HttpServerTab::title() const
{
    return tr("HTTP server");
}

QString HttpServerTab::key() const
{
    return u"http-server"_s;
}

std::optional<QHostAddress> HttpServerTab::bindAddress(QString *error) const
{
    return m_bindCombo->address(error);
}

GeneratedCode HttpServerTab::code() const
{
    // While the address typed is not one, the code shows the default (every IPv4 address).
    QString error;
    const QHostAddress address = bindAddress(&error).value_or(QHostAddress(QHostAddress::AnyIPv4));
    const auto port = quint16(m_portSpin->value());
    if (m_folderRadio->isChecked()) {
        HttpFolderCode settings;
        settings.bindAddress = address;
        settings.port = port;
        const QString folder = m_folderEdit->text().trimmed();
        if (!folder.isEmpty())
            settings.folder = folder;
        return WebCode::httpFolder(settings);
    }
    HttpServerCode settings;
    settings.bindAddress = address;
    settings.port = port;
    settings.statusLine = m_statusLineEdit->text().trimmed();
    settings.headers.clear();
    for (const QString &line : m_headersEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            settings.headers += line.trimmed();
    }
    settings.body = m_bodyEdit->toPlainText().toUtf8();
    return WebCode::httpServer(settings);
}

void HttpServerTab::applyResponse()
{
    if (m_loading)
        return;
    QString error;
    if (!m_server->setResponse(m_statusLineEdit->text(), m_headersEdit->toPlainText(),
            m_bodyEdit->toPlainText(), &error)) {
        m_status->showError(tr("Response not changed: %1").arg(error));
        return;
    }
    if (m_status->isError())
        m_status->showInfo(tr("Response updated: the next request gets it"));
}

void HttpServerTab::applyMode()
{
    if (m_loading)
        return;
    const bool folder = m_folderRadio->isChecked();
    for (QWidget *editor :
        {static_cast<QWidget *>(m_statusLineEdit), static_cast<QWidget *>(m_headersEdit),
            static_cast<QWidget *>(m_bodyEdit), static_cast<QWidget *>(m_resetButton)})
        editor->setEnabled(!folder);
    if (!folder) {
        m_server->setMode(HttpMicroServer::Mode::Response);
        return;
    }
    const QString path = m_folderEdit->text().trimmed();
    if (path.isEmpty()) {
        m_server->setMode(HttpMicroServer::Mode::Directory);
        return;
    }
    QString error;
    if (path != m_server->directory() && !m_server->setDirectory(path, &error)) {
        m_status->showError(error);
        return;
    }
    m_server->setMode(HttpMicroServer::Mode::Directory);
    m_status->showInfo(tr("Serving the files under %1").arg(m_server->directory()));
}

void HttpServerTab::chooseFolder()
{
    const QString path
        = QFileDialog::getExistingDirectory(this, tr("Folder to serve"), m_folderEdit->text());
    if (path.isEmpty())
        return;
    m_folderEdit->setText(path);
    m_folderRadio->setChecked(true);
    applyMode();
}

void HttpServerTab::toggleConnection()
{
    if (m_server->isListening()) {
        m_server->stop();
        return;
    }
    QString error;
    const std::optional<QHostAddress> address = bindAddress(&error);
    if (!address) {
        m_status->showError(error);
        return;
    }
    applyMode();
    if (m_folderRadio->isChecked() && m_server->directory().isEmpty()) {
        m_status->showError(tr("Choose a folder to serve, or answer with the response."));
        return;
    }
    m_server->start(*address, quint16(m_portSpin->value()));
}

void HttpServerTab::showListening(bool listening)
{
    m_startButton->setText(listening ? tr("S&top") : tr("S&tart"));
    m_startButton->setAccessibleName(listening ? tr("Stop") : tr("Start"));
    m_bindCombo->setEnabled(!listening);
    m_portSpin->setEnabled(!listening);
    m_browserButton->setEnabled(listening);
    if (listening) {
        const QString url = m_server->url().toString();
        m_portSpin->setValue(m_server->server()->serverPort());
        m_urlLabel->setText(u"<a href=\"%1\">%1</a>"_s.arg(url.toHtmlEscaped()));
        m_status->showInfo(tr("Listening on %1 — point a browser at %2, or: curl -v %2")
                               .arg(formatEndpoint(m_server->server()->serverAddress(),
                                        m_server->server()->serverPort()),
                                   url));
        emit statusMessage(tr("HTTP server listening on %1").arg(url));
    } else {
        m_urlLabel->setText(tr("not running"));
        if (!m_status->isError())
            m_status->showInfo(tr("Stopped"));
    }
}

void HttpServerTab::queueExchange(quint64 id)
{
    m_pending.insert(id);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void HttpServerTab::flushExchanges()
{
    QList<quint64> ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    std::sort(ids.begin(), ids.end());
    const bool follow = m_requests->selectedItems().isEmpty()
        || m_requests->currentItem()
            == m_requests->topLevelItem(m_requests->topLevelItemCount() - 1);
    QTreeWidgetItem *last = nullptr;
    for (quint64 id : std::as_const(ids)) {
        const HttpExchange *exchange = m_server->exchange(id);
        if (!exchange)
            continue;
        QTreeWidgetItem *item = m_items.value(id);
        if (!item) {
            item = new QTreeWidgetItem(m_requests);
            item->setData(IdColumn, kIdRole, id);
            item->setTextAlignment(IdColumn, Qt::AlignRight | Qt::AlignVCenter);
            m_items.insert(id, item);
            last = item;
        }
        updateItem(item, *exchange);
    }
    // The list holds what the core holds: it drops the oldest by count and by bytes.
    while (m_requests->topLevelItemCount() > 0) {
        QTreeWidgetItem *oldest = m_requests->topLevelItem(0);
        const quint64 id = oldest->data(IdColumn, kIdRole).toULongLong();
        if (m_server->exchange(id))
            break;
        m_items.remove(id);
        delete m_requests->takeTopLevelItem(0);
    }
    const quint64 dropped = m_server->droppedExchanges();
    m_droppedLabel->setVisible(dropped > 0);
    m_droppedLabel->setText(tr("%n older request(s) dropped from the list: it keeps the newest "
                               "%1 requests and %2 MiB of raw bytes.",
        nullptr, int(std::min<quint64>(dropped, INT_MAX)))
                                .arg(HttpMicroServer::kMaxExchanges)
                                .arg(HttpMicroServer::kMaxKeptBytes / (1024 * 1024)));
    if (last && follow) {
        m_requests->setCurrentItem(last);
        m_requests->scrollToItem(last);
    } else {
        showSelected();
    }
}

void HttpServerTab::updateItem(QTreeWidgetItem *item, const HttpExchange &exchange)
{
    const QLocale locale;
    item->setText(IdColumn, QString::number(exchange.id));
    item->setText(TimeColumn, exchange.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s));
    item->setText(ClientColumn, formatEndpoint(exchange.peerAddress, exchange.peerPort));
    item->setText(RequestColumn, QString::fromUtf8(exchange.requestLine));
    item->setToolTip(RequestColumn, QString::fromUtf8(exchange.requestLine));
    if (exchange.statusCode == 0)
        item->setText(ResponseColumn, tr("waiting…"));
    else if (exchange.responseBytes >= 0)
        item->setText(ResponseColumn,
            tr("%1 · %2 bytes")
                .arg(exchange.statusCode)
                .arg(locale.toString(exchange.responseBytes)));
    else
        item->setText(ResponseColumn, QString::number(exchange.statusCode));
    if (exchange.rejected || exchange.statusCode >= 400)
        item->setForeground(ResponseColumn, QColor(0xb0, 0x20, 0x20));
}

void HttpServerTab::showSelected()
{
    const QTreeWidgetItem *item = m_requests->currentItem();
    const HttpExchange *exchange
        = item ? m_server->exchange(item->data(IdColumn, kIdRole).toULongLong()) : nullptr;
    if (!exchange) {
        m_detailLabel->setText(
            tr("%n request(s) received", nullptr, int(m_server->exchanges().size())));
        m_rawView->clear();
        return;
    }
    const QString when = exchange->receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
    const QString peer = formatEndpoint(exchange->peerAddress, exchange->peerPort);
    if (exchange->rejected) {
        m_detailLabel->setText(tr("Rejected at %1 from %2: %3 — answered %4")
                                   .arg(when, peer, exchange->note)
                                   .arg(exchange->statusCode));
        m_rawView->clear();
        return;
    }
    QString response = tr("no response yet");
    if (exchange->statusCode != 0)
        response = tr("answered %1 with %n byte(s)", nullptr, int(exchange->responseBytes))
                       .arg(exchange->statusCode);
    m_detailLabel->setText(tr(
        "Request %1 from %2 at %3, %n byte(s) as received; %4", nullptr, int(exchange->raw.size()))
                               .arg(exchange->id)
                               .arg(peer, when, response));
    m_rawView->setPlainText(rawText(exchange->raw, m_lineEndsCheck->isChecked()));
}

void HttpServerTab::rebuildList()
{
    m_requests->clear();
    m_items.clear();
    m_pending.clear();
    for (const HttpExchange &exchange : m_server->exchanges())
        m_pending.insert(exchange.id);
    if (!m_pending.isEmpty())
        flushExchanges();
    showSelected();
}

void HttpServerTab::send()
{
    applyResponse();
}

void HttpServerTab::clearLog()
{
    m_server->clearExchanges();
}

void HttpServerTab::saveLog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the requests"), QString(), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->showError(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    for (const HttpExchange &exchange : m_server->exchanges()) {
        file.write(QStringLiteral("### %1 %2 %3 → %4\n")
                       .arg(exchange.id)
                       .arg(exchange.receivedAt.toString(Qt::ISODateWithMs),
                           formatEndpoint(exchange.peerAddress, exchange.peerPort))
                       .arg(exchange.statusCode)
                       .toUtf8());
        file.write(exchange.raw);
        file.write("\n");
    }
    if (!file.flush()) {
        m_status->showError(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showInfo(
        tr("Saved %n request(s) to %1", nullptr, int(m_server->exchanges().size())).arg(path));
}

void HttpServerTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"bindAddress"_s, m_bindCombo->value());
    settings.setValue(u"port"_s, m_portSpin->value());
    settings.setValue(u"mode"_s, m_folderRadio->isChecked() ? u"folder"_s : u"response"_s);
    settings.setValue(u"folder"_s, m_folderEdit->text());
    settings.setValue(u"statusLine"_s, m_statusLineEdit->text());
    settings.setValue(u"headers"_s, m_headersEdit->toPlainText());
    settings.setValue(u"body"_s, m_bodyEdit->toPlainText());
    settings.setValue(u"showLineEnds"_s, m_lineEndsCheck->isChecked());
}

void HttpServerTab::restoreSettings(const QSettings &settings)
{
    m_bindCombo->setValue(settings.value(u"bindAddress"_s, u"0.0.0.0"_s).toString());
    if (!m_server->isListening())
        m_portSpin->setValue(settings.value(u"port"_s, HttpMicroServer::kDefaultPort).toInt());
    m_lineEndsCheck->setChecked(settings.value(u"showLineEnds"_s, false).toBool());
    m_folderEdit->setText(settings.value(u"folder"_s, m_server->directory()).toString());
    m_statusLineEdit->setText(settings.value(u"statusLine"_s, m_server->statusLine()).toString());
    m_headersEdit->setPlainText(settings.value(u"headers"_s, m_server->headersText()).toString());
    m_bodyEdit->setPlainText(settings.value(u"body"_s, m_server->bodyText()).toString());
    const bool folder = settings.value(u"mode"_s).toString() == u"folder";
    (folder ? m_folderRadio : m_responseRadio)->setChecked(true);
    applyMode();
}

} // namespace netlab
