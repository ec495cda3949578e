#include "httpclienttab.h"

#include "codeview.h"
#include "httpbodyformat.h"
#include "httpservertab.h"
#include "keyvaluetable.h"
#include "statusline.h"

#include <netlab/hexcodec.h>
#include <netlab/httpclient.h>
#include <netlab/webcode.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr int kMaxTreeItems = 20000;
constexpr qsizetype kMaxHexBytes = 64 * 1024;

enum ResponseTab { BodyTab, TreeTab, HexTab, HeadersTab, DetailsTab, ExchangeTab };

QString formatMs(double ms)
{
    return QLocale().toString(ms, 'f', ms < 10 ? 2 : 1) + u" ms"_s;
}

} // namespace

HttpClientTab::HttpClientTab(HttpClient *client, QWidget *parent)
    : LabTab(parent)
    , m_client(client)
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(u"methodCombo"_s);
    m_methodCombo->setEditable(true);
    m_methodCombo->addItems(
        {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s, u"OPTIONS"_s});
    m_methodCombo->setInsertPolicy(QComboBox::NoInsert);
    m_urlEdit = new QLineEdit(u"http://127.0.0.1:8080/"_s, this);
    m_urlEdit->setObjectName(u"urlEdit"_s);
    m_urlEdit->setPlaceholderText(tr("http://host:port/path"));
    m_urlEdit->setMaxLength(8192);
    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(u"modeCombo"_s);
    m_modeCombo->addItem(tr("Like a library (Python requests, curl)"), u"qnam"_s);
    m_modeCombo->addItem(tr("Raw bytes over a socket"), u"raw"_s);
    m_modeCombo->setToolTip(tr("Raw: the Raw request tab's bytes are sent exactly as written, "
                               "and the exact answer is shown"));
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setDefault(true);
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_curlButton = new QPushButton(tr("Copy as c&url"), this);
    m_curlButton->setObjectName(u"curlButton"_s);
    m_curlButton->setAccessibleName(tr("Copy as curl"));
    m_curlButton->setToolTip(tr("Copy a curl command that sends the same request"));

    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_methodCombo);
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_urlEdit);
    auto *modeLabel = new QLabel(tr("M&ode:"), this);
    modeLabel->setBuddy(m_modeCombo);
    m_methodCombo->setAccessibleName(tr("Method"));
    m_urlEdit->setAccessibleName(tr("URL"));
    m_modeCombo->setAccessibleName(tr("Mode"));

    // Request tabs
    m_queryTable
        = new KeyValueTable(u"query"_s, tr("Query parameters"), tr("Name"), tr("Value"), this);
    m_headersTable
        = new KeyValueTable(u"headers"_s, tr("Request headers"), tr("Header"), tr("Value"), this);
    m_bodyKindCombo = new QComboBox(this);
    m_bodyKindCombo->setObjectName(u"bodyKindCombo"_s);
    m_bodyKindCombo->addItem(tr("No body"), int(HttpClientRequest::BodyKind::None));
    m_bodyKindCombo->addItem(tr("Raw text"), int(HttpClientRequest::BodyKind::Raw));
    m_bodyKindCombo->addItem(tr("JSON"), int(HttpClientRequest::BodyKind::Json));
    m_bodyKindCombo->addItem(
        tr("Form fields (x-www-form-urlencoded)"), int(HttpClientRequest::BodyKind::Form));
    auto *bodyKindLabel = new QLabel(tr("Body &kind:"), this);
    bodyKindLabel->setBuddy(m_bodyKindCombo);
    m_bodyKindCombo->setAccessibleName(tr("Body kind"));
    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setObjectName(u"requestBodyEdit"_s);
    m_bodyEdit->setAccessibleName(tr("Request body"));
    m_bodyEdit->setFont(fixed);
    m_bodyEdit->setTabChangesFocus(true);
    m_formTable = new KeyValueTable(u"form"_s, tr("Form fields"), tr("Field"), tr("Value"), this);
    m_bodyStack = new QStackedWidget(this);
    auto *noBody = new QLabel(tr("This request has no body. Choose a kind to add one."), this);
    noBody->setAlignment(Qt::AlignCenter);
    m_bodyStack->addWidget(noBody);
    m_bodyStack->addWidget(m_bodyEdit);
    m_bodyStack->addWidget(m_formTable);
    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    auto *bodyKindRow = new QHBoxLayout;
    bodyKindRow->addWidget(bodyKindLabel);
    bodyKindRow->addWidget(m_bodyKindCombo);
    bodyKindRow->addStretch(1);
    bodyLayout->addLayout(bodyKindRow);
    bodyLayout->addWidget(m_bodyStack, 1);

    m_rawVersionCombo = new QComboBox(this);
    m_rawVersionCombo->setObjectName(u"rawVersionCombo"_s);
    m_rawVersionCombo->addItem(u"HTTP/1.0"_s, 0);
    m_rawVersionCombo->addItem(u"HTTP/1.1"_s, 1);
    m_rawVersionCombo->setCurrentIndex(1);
    m_rawVersionCombo->setToolTip(tr("HTTP/1.0: the server closes the connection after the answer; "
                                     "HTTP/1.1 needs a Host header"));
    m_rawLineEndCombo = new QComboBox(this);
    m_rawLineEndCombo->setObjectName(u"rawLineEndCombo"_s);
    m_rawLineEndCombo->addItem(tr("CR LF (as HTTP requires)"), u"crlf"_s);
    m_rawLineEndCombo->addItem(tr("LF only"), u"lf"_s);
    m_refillButton = new QPushButton(tr("&Fill from the form"), this);
    m_refillButton->setObjectName(u"refillRawButton"_s);
    m_refillButton->setAccessibleName(tr("Fill the raw request from the form"));
    m_rawEdit = new QPlainTextEdit(this);
    m_rawEdit->setObjectName(u"rawRequestEdit"_s);
    m_rawEdit->setAccessibleName(tr("Raw request"));
    m_rawEdit->setFont(fixed);
    m_rawEdit->setTabChangesFocus(true);
    m_rawEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_rawVersionCombo);
    auto *lineEndLabel = new QLabel(tr("&Line ends:"), this);
    lineEndLabel->setBuddy(m_rawLineEndCombo);
    m_rawVersionCombo->setAccessibleName(tr("HTTP version"));
    m_rawLineEndCombo->setAccessibleName(tr("Line ends"));
    auto *rawPage = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(rawPage);
    auto *rawRow = new QHBoxLayout;
    rawRow->addWidget(versionLabel);
    rawRow->addWidget(m_rawVersionCombo);
    rawRow->addWidget(lineEndLabel);
    rawRow->addWidget(m_rawLineEndCombo);
    rawRow->addWidget(m_refillButton);
    rawRow->addStretch(1);
    rawLayout->addLayout(rawRow);
    rawLayout->addWidget(m_rawEdit, 1);

    m_requestTabs = new QTabWidget(this);
    m_requestTabs->setObjectName(u"requestTabs"_s);
    m_requestTabs->setAccessibleName(tr("Request"));
    m_requestTabs->addTab(m_queryTable, tr("&Query parameters"));
    m_requestTabs->addTab(m_headersTable, tr("&Headers"));
    m_requestTabs->addTab(bodyPage, tr("&Body"));
    m_requestTabs->addTab(rawPage, tr("&Raw request"));

    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"responseSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    // Response tabs
    m_bodyView = new QPlainTextEdit(this);
    m_bodyView->setObjectName(u"responseBodyView"_s);
    m_bodyView->setAccessibleName(tr("Response body"));
    m_bodyView->setReadOnly(true);
    m_bodyView->setFont(fixed);
    m_prettyCheck = new QCheckBox(tr("&Pretty (indented; the bytes sent are in Hex)"), this);
    m_prettyCheck->setObjectName(u"prettyBodyCheck"_s);
    m_prettyCheck->setToolTip(tr("Off: the body exactly as the server sent it. On: JSON and "
                                 "XML laid out on several lines, keys kept in their order."));
    auto *responseBodyPage = new QWidget(this);
    auto *responseBodyLayout = new QVBoxLayout(responseBodyPage);
    responseBodyLayout->setContentsMargins(0, 0, 0, 0);
    responseBodyLayout->addWidget(m_prettyCheck);
    responseBodyLayout->addWidget(m_bodyView, 1);
    m_treeView = new QTreeWidget(this);
    m_treeView->setObjectName(u"responseTree"_s);
    m_treeView->setAccessibleName(tr("Response as a tree"));
    m_treeView->setHeaderLabels({tr("Name"), tr("Value")});
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->resizeSection(0, 220);
    m_hexView = new QPlainTextEdit(this);
    m_hexView->setObjectName(u"responseHexView"_s);
    m_hexView->setAccessibleName(tr("Response body in hex"));
    m_hexView->setReadOnly(true);
    m_hexView->setFont(fixed);
    m_hexView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headersView = new QTreeWidget(this);
    m_headersView->setObjectName(u"responseHeaders"_s);
    m_headersView->setAccessibleName(tr("Response headers"));
    m_headersView->setHeaderLabels({tr("Header"), tr("Value")});
    m_headersView->setRootIsDecorated(false);
    m_headersView->header()->resizeSection(0, 220);
    m_detailsView = new QTreeWidget(this);
    m_detailsView->setObjectName(u"responseDetails"_s);
    m_detailsView->setAccessibleName(tr("Timing, redirects and certificates"));
    m_detailsView->setHeaderLabels({tr("What"), tr("Value")});
    m_detailsView->header()->resizeSection(0, 220);
    m_exchangeView = new QPlainTextEdit(this);
    m_exchangeView->setObjectName(u"rawExchangeView"_s);
    m_exchangeView->setAccessibleName(tr("Bytes exchanged"));
    m_exchangeView->setReadOnly(true);
    m_exchangeView->setFont(fixed);
    m_exchangeView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_responseTabs = new QTabWidget(this);
    m_responseTabs->setObjectName(u"responseTabs"_s);
    m_responseTabs->setAccessibleName(tr("Response"));
    m_responseTabs->insertTab(BodyTab, responseBodyPage, tr("Bod&y"));
    m_responseTabs->insertTab(TreeTab, m_treeView, tr("&Tree"));
    m_responseTabs->insertTab(HexTab, m_hexView, tr("He&x"));
    m_responseTabs->insertTab(HeadersTab, m_headersView, tr("Response h&eaders"));
    m_responseTabs->insertTab(DetailsTab, m_detailsView, tr("T&iming and details"));
    m_responseTabs->insertTab(ExchangeTab, m_exchangeView, tr("Bytes exch&anged"));

    auto *responsePane = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(responsePane);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_summary);
    responseLayout->addWidget(m_responseTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"splitter"_s);
    splitter->addWidget(m_requestTabs);
    splitter->addWidget(responsePane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(methodLabel);
    topRow->addWidget(m_methodCombo);
    topRow->addWidget(urlLabel);
    topRow->addWidget(m_urlEdit, 1);
    topRow->addWidget(modeLabel);
    topRow->addWidget(m_modeCombo);
    topRow->addWidget(m_sendButton);
    topRow->addWidget(m_curlButton);
    m_codeView = new CodeView(this);
    topRow->addWidget(m_codeView->toggleButton());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_codeView, 1);

    // Inputs
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        if (m_client->isBusy())
            m_client->abort();
        else
            send();
    });
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &HttpClientTab::send);
    connect(m_curlButton, &QPushButton::clicked, this, &HttpClientTab::copyAsCurl);
    connect(m_methodCombo, &QComboBox::currentTextChanged, this, &HttpClientTab::formChanged);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &HttpClientTab::formChanged);
    connect(m_queryTable, &KeyValueTable::changed, this, &HttpClientTab::formChanged);
    connect(m_headersTable, &KeyValueTable::changed, this, &HttpClientTab::formChanged);
    connect(m_formTable, &KeyValueTable::changed, this, &HttpClientTab::formChanged);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, &HttpClientTab::formChanged);
    connect(m_bodyKindCombo, &QComboBox::currentIndexChanged, this, &HttpClientTab::updateBodyKind);
    connect(m_prettyCheck, &QCheckBox::toggled, this, &HttpClientTab::showBody);
    connect(m_rawVersionCombo, &QComboBox::currentIndexChanged, this, &HttpClientTab::formChanged);
    connect(m_refillButton, &QPushButton::clicked, this, [this] {
        m_rawEdited = false;
        refillRaw();
    });
    connect(m_rawEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingRaw)
            m_rawEdited = true;
        emit codeChanged();
    });
    connect(m_rawLineEndCombo, &QComboBox::currentIndexChanged, this, &LabTab::codeChanged);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_modeCombo->currentData().toString() == u"raw")
            m_requestTabs->setCurrentIndex(3);
        emit codeChanged();
    });

    // Core
    connect(m_client, &HttpClient::busyChanged, this, &HttpClientTab::showBusy);
    connect(m_client, &HttpClient::finished, this, &HttpClientTab::showResult);

    updateBodyKind();
    refillRaw();
    showBusy(m_client->isBusy());
    const HttpClient::Result &last = m_client->lastResult();
    if (last.statusCode != 0 || !last.errorString.isEmpty())
        showResult();
    else
        m_summary->setText(tr("No response yet: type a URL and press Send."));
}

QString HttpClientTab::title() const
{
    return tr("HTTP client");
}

QString HttpClientTab::key() const
{
    return u"http-client"_s;
}

HttpClientRequest HttpClientTab::request() const
{
    HttpClientRequest request;
    request.method = m_methodCombo->currentText();
    request.url = m_urlEdit->text();
    request.queryItems = m_queryTable->pairs();
    request.headers = m_headersTable->pairs();
    request.bodyKind = HttpClientRequest::BodyKind(m_bodyKindCombo->currentData().toInt());
    request.bodyText = m_bodyEdit->toPlainText();
    request.formFields = m_formTable->pairs();
    return request;
}

QByteArray HttpClientTab::rawBytes() const
{
    QByteArray bytes = m_rawEdit->toPlainText().toUtf8();
    if (m_rawLineEndCombo->currentData().toString() == u"crlf")
        bytes.replace('\n', "\r\n");
    return bytes;
}

void HttpClientTab::updateBodyKind()
{
    const auto kind = HttpClientRequest::BodyKind(m_bodyKindCombo->currentData().toInt());
    m_bodyStack->setCurrentIndex(kind == HttpClientRequest::BodyKind::None ? 0
            : kind == HttpClientRequest::BodyKind::Form                    ? 2
                                                                           : 1);
    if (kind == HttpClientRequest::BodyKind::Json && m_bodyEdit->toPlainText().isEmpty())
        m_bodyEdit->setPlainText(u"{\"temperature_c\": 23.0, \"note\": \"salle 2\"}"_s);
    formChanged();
}

void HttpClientTab::formChanged()
{
    if (!m_rawEdited)
        refillRaw();
    emit codeChanged();
}

GeneratedCode HttpClientTab::code() const
{
    const HttpClientRequest form = request();
    if (m_modeCombo->currentData().toString() == u"raw") {
        // Raw mode sends the Raw request tab's bytes as they are, to the URL's host and port.
        const QUrl url = form.effectiveUrl();
        HttpRawCode raw;
        raw.tls = url.scheme().toLower() == u"https";
        raw.host = url.host().isEmpty() ? u"127.0.0.1"_s : url.host();
        raw.port = quint16(url.port(raw.tls ? 443 : 80));
        raw.request = rawBytes();
        return WebCode::httpRaw(raw);
    }
    HttpClientCode settings;
    settings.method = QString::fromLatin1(form.methodBytes());
    // The URL as sent (query parameters added); as typed while it is not a valid one.
    const QUrl url = form.effectiveUrl();
    settings.url = url.isValid() ? url.toString(QUrl::FullyEncoded) : form.url.trimmed();
    for (const auto &[name, value] : form.effectiveHeaders())
        settings.headers.append({name, value});
    settings.body = form.body();
    return WebCode::httpClient(settings);
}

void HttpClientTab::refillRaw()
{
    QString text
        = QString::fromUtf8(request().rawRequest(m_rawVersionCombo->currentData().toInt()));
    text.replace(u"\r\n"_s, u"\n"_s);
    m_settingRaw = true;
    m_rawEdit->setPlainText(text);
    m_settingRaw = false;
}

void HttpClientTab::toggleConnection()
{
    m_client->abort();
}

void HttpClientTab::send()
{
    if (m_client->isBusy()) {
        m_status->showError(tr("A request is still running: wait for it or press Stop."));
        return;
    }
    const HttpClientRequest form = request();
    QString error;
    const QUrl url = form.effectiveUrl(&error);
    if (!url.isValid()) {
        m_status->showError(error);
        return;
    }
    bool started = false;
    // The failure reason is shown by showResult()/errorOccurred.
    const auto refusal
        = connect(m_client, &HttpClient::errorOccurred, m_status, &StatusLine::showError);
    if (m_modeCombo->currentData().toString() == u"raw")
        started = m_client->sendRaw(url, rawBytes());
    else
        started = m_client->send(form);
    disconnect(refusal);
    if (started)
        m_status->showInfo(tr("Sending to %1…").arg(url.toString()));
}

void HttpClientTab::showBusy(bool busy)
{
    m_sendButton->setText(busy ? tr("S&top") : tr("&Send"));
    m_sendButton->setAccessibleName(busy ? tr("Stop") : tr("Send"));
}

void HttpClientTab::showBody()
{
    const HttpClient::Result &result = m_client->lastResult();
    const QByteArray &body = result.body;
    if (HttpBodyFormat::isBinary(body))
        m_bodyView->setPlainText(
            tr("(binary data, %n byte(s): see the Hex tab)", nullptr, int(body.size())));
    else
        m_bodyView->setPlainText(HttpBodyFormat::shownText(
            body, result.header("Content-Type"), m_prettyCheck->isChecked()));
}

void HttpClientTab::showResult()
{
    const HttpClient::Result &result = m_client->lastResult();
    const QLocale locale;

    // Summary and status
    if (result.statusCode != 0) {
        m_summary->setText(
            tr("%1 %2 %3 · %4 · %n byte(s) of body", nullptr, int(result.body.size()))
                .arg(QString::fromLatin1(result.httpVersion))
                .arg(result.statusCode)
                .arg(QString::fromUtf8(result.reasonPhrase),
                    result.timing.totalMs >= 0 ? formatMs(result.timing.totalMs) : QString()));
    } else {
        m_summary->setText(tr("No response"));
    }
    if (result.ok)
        m_status->showInfo(tr("%1 %2 answered %3")
                               .arg(QString::fromLatin1(result.method), result.url.toString())
                               .arg(result.statusCode));
    else
        m_status->showError(result.errorString);

    // Headers
    m_headersView->clear();
    for (const auto &[name, value] : result.headers)
        new QTreeWidgetItem(m_headersView, {QString::fromUtf8(name), QString::fromUtf8(value)});

    // Body: the exact text (or pretty), tree, hex
    const QByteArray contentType = result.header("Content-Type");
    const QByteArray body = result.body;
    const bool binary = HttpBodyFormat::isBinary(body);
    bool tree = false;
    if (!binary && HttpBodyFormat::looksLikeJson(body, contentType)
        && HttpBodyFormat::fillJsonTree(m_treeView, body, kMaxTreeItems)) {
        tree = true;
    } else if (!binary && HttpBodyFormat::looksLikeXml(body, contentType)
        && HttpBodyFormat::fillXmlTree(m_treeView, body, kMaxTreeItems)) {
        tree = true;
    } else {
        m_treeView->clear();
    }
    showBody();
    m_responseTabs->setTabEnabled(TreeTab, tree);
    QString hex = hexDump(QByteArrayView(body).first(qMin(body.size(), kMaxHexBytes)));
    if (body.size() > kMaxHexBytes)
        hex += tr("\n… (%1 more bytes)").arg(body.size() - kMaxHexBytes);
    m_hexView->setPlainText(hex);
    if (binary)
        m_responseTabs->setCurrentIndex(HexTab);
    else if (tree && m_responseTabs->currentIndex() == HexTab)
        m_responseTabs->setCurrentIndex(TreeTab);
    else if (m_responseTabs->currentIndex() == HexTab)
        m_responseTabs->setCurrentIndex(BodyTab);

    // Details: timing, transfer, redirects, certificates
    m_detailsView->clear();
    auto *timing = new QTreeWidgetItem(m_detailsView, {tr("Timing (from the start)")});
    const auto addTime = [&](const QString &what, double ms, const QString &missing) {
        new QTreeWidgetItem(timing, {what, ms >= 0 ? formatMs(ms) : missing});
    };
    const QString notMeasured
        = result.raw ? tr("—") : tr("not reported by QNetworkAccessManager (raw mode measures it)");
    addTime(tr("Name lookup"), result.timing.lookupMs,
        result.raw ? tr("— (an address: no lookup)") : notMeasured);
    addTime(tr("Connected"), result.timing.connectMs, notMeasured);
    addTime(tr("TLS handshake"), result.timing.tlsMs,
        result.url.scheme() == u"https" ? notMeasured : tr("— (plain http)"));
    addTime(tr("First byte"), result.timing.firstByteMs, tr("—"));
    addTime(tr("Total"), result.timing.totalMs, tr("—"));
    auto *transfer = new QTreeWidgetItem(m_detailsView, {tr("Transfer")});
    new QTreeWidgetItem(transfer,
        {tr("Request"), QString::fromLatin1(result.method) + u' ' + result.url.toString()});
    new QTreeWidgetItem(transfer, {tr("Body"), tr("%n byte(s)", nullptr, int(body.size()))});
    if (result.raw) {
        new QTreeWidgetItem(
            transfer, {tr("Bytes sent"), locale.toString(result.requestBytes.size())});
        new QTreeWidgetItem(
            transfer, {tr("Bytes received"), locale.toString(result.responseBytes.size())});
        QString framing = result.chunked ? tr("chunked, %n chunk(s)", nullptr, result.chunkCount)
            : result.untilClose          ? tr("until the server closed the connection")
                                         : tr("Content-Length");
        new QTreeWidgetItem(transfer, {tr("Body framing"), framing});
    }
    if (!result.redirects.isEmpty()) {
        auto *redirects = new QTreeWidgetItem(
            m_detailsView, {tr("Redirects (%1)").arg(result.redirects.size())});
        for (const HttpClient::Redirect &hop : result.redirects)
            new QTreeWidgetItem(redirects,
                {QString::number(hop.statusCode),
                    hop.url.toString() + u" → "_s + hop.location.toString()});
    }
    if (!result.certificateChain.isEmpty()) {
        auto *chain = new QTreeWidgetItem(m_detailsView, {tr("Certificate chain")});
        for (qsizetype i = 0; i < result.certificateChain.size(); ++i)
            new QTreeWidgetItem(chain, {QString::number(i), result.certificateChain.at(i)});
    }
    if (!result.sslErrors.isEmpty()) {
        auto *errors = new QTreeWidgetItem(m_detailsView, {tr("TLS errors")});
        for (const QString &error : result.sslErrors)
            new QTreeWidgetItem(errors, {QString(), error});
    }
    m_detailsView->expandAll();
    m_detailsView->resizeColumnToContents(0);

    // The exact bytes (raw mode)
    if (result.raw) {
        m_exchangeView->setPlainText(
            tr("→ sent %n byte(s):", nullptr, int(result.requestBytes.size())) + u'\n'
            + HttpServerTab::rawText(result.requestBytes, true) + u"\n\n"_s
            + tr("← received %n byte(s):", nullptr, int(result.responseBytes.size())) + u'\n'
            + HttpServerTab::rawText(result.responseBytes, true));
    } else {
        m_exchangeView->setPlainText(
            tr("QNetworkAccessManager does not show the bytes on the wire. "
               "Choose the \"Raw bytes over a socket\" mode to see them."));
    }
}

void HttpClientTab::copyAsCurl()
{
    const QString command = request().curlCommand();
    QApplication::clipboard()->setText(command);
    m_status->showInfo(tr("Copied: %1").arg(command));
}

void HttpClientTab::clearLog()
{
    m_summary->setText(tr("No response yet: type a URL and press Send."));
    for (QPlainTextEdit *view : {m_bodyView, m_hexView, m_exchangeView})
        view->clear();
    for (QTreeWidget *view : {m_treeView, m_headersView, m_detailsView})
        view->clear();
}

void HttpClientTab::saveLog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the response body"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_client->lastResult().body) < 0) {
        m_status->showError(tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_status->showInfo(tr("Saved the body to %1").arg(path));
}

void HttpClientTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"method"_s, m_methodCombo->currentText());
    settings.setValue(u"url"_s, m_urlEdit->text());
    settings.setValue(u"mode"_s, m_modeCombo->currentData());
    m_queryTable->saveSettings(settings, u"query"_s);
    m_headersTable->saveSettings(settings, u"headers"_s);
    m_formTable->saveSettings(settings, u"form"_s);
    settings.setValue(u"bodyKind"_s, m_bodyKindCombo->currentData());
    settings.setValue(u"body"_s, m_bodyEdit->toPlainText());
    settings.setValue(u"rawVersion"_s, m_rawVersionCombo->currentData());
    settings.setValue(u"rawLineEnds"_s, m_rawLineEndCombo->currentData());
    settings.setValue(u"raw"_s, m_rawEdited ? m_rawEdit->toPlainText() : QString());
    settings.setValue(u"prettyBody"_s, m_prettyCheck->isChecked());
}

void HttpClientTab::restoreSettings(const QSettings &settings)
{
    m_methodCombo->setCurrentText(settings.value(u"method"_s, u"GET"_s).toString());
    m_prettyCheck->setChecked(settings.value(u"prettyBody"_s, false).toBool());
    m_urlEdit->setText(settings.value(u"url"_s, m_urlEdit->text()).toString());
    m_modeCombo->setCurrentIndex(
        qMax(0, m_modeCombo->findData(settings.value(u"mode"_s, u"qnam"_s))));
    m_queryTable->restoreSettings(settings, u"query"_s);
    m_headersTable->restoreSettings(settings, u"headers"_s);
    m_formTable->restoreSettings(settings, u"form"_s);
    m_bodyEdit->setPlainText(settings.value(u"body"_s).toString());
    m_bodyKindCombo->setCurrentIndex(
        qMax(0, m_bodyKindCombo->findData(settings.value(u"bodyKind"_s, 0))));
    m_rawVersionCombo->setCurrentIndex(
        qMax(0, m_rawVersionCombo->findData(settings.value(u"rawVersion"_s, 1))));
    m_rawLineEndCombo->setCurrentIndex(
        qMax(0, m_rawLineEndCombo->findData(settings.value(u"rawLineEnds"_s, u"crlf"_s))));
    const QString raw = settings.value(u"raw"_s).toString();
    if (raw.isEmpty()) {
        m_rawEdited = false;
        refillRaw();
    } else {
        m_settingRaw = true;
        m_rawEdit->setPlainText(raw);
        m_settingRaw = false;
        m_rawEdited = true;
    }
    if (m_modeCombo->currentData().toString() == u"raw")
        m_requestTabs->setCurrentIndex(3);
}

} // namespace netlab
