#include "serialtab.h"

#include "codeview.h"
#include "fieldplotpanel.h"
#include "sendpanel.h"
#include "sensornodeform.h"
#include "sensornodepacketmodel.h"
#include "statusline.h"
#include "trafficlogmodel.h"
#include "trafficlogview.h"

#include <devices/sensornodecode.h>
#include <devices/seriallink.h>
#include <devices/serialportcatalogue.h>
#include <devices/simulatedsensornode.h>
#include <netlab/escapedtext.h>
#include <netlab/trafficlog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr int kCountersRefreshMs = 33; // at most ~30 repaints a second
constexpr qint32 kDefaultBaud = 115200; // the course's Bluetooth node

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    buddy->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    return label;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

SerialTab::SerialTab(SerialLink *link, SerialPortCatalogue *catalogue, SensorNodeSession *session,
    SimulatedSensorNode *simulator, TrafficLog *log, FramePlots *plots, QWidget *parent)
    : LabTab(parent)
    , m_link(link)
    , m_catalogue(catalogue)
    , m_session(session)
    , m_simulator(simulator)
    , m_log(log)
{
    // Port and line settings.
    m_portCombo = new QComboBox(this);
    m_portCombo->setObjectName(u"portCombo"_s);
    m_portCombo->setEditable(true);
    m_portCombo->setInsertPolicy(QComboBox::NoInsert);
    m_portCombo->setMinimumContentsLength(14);
    m_portCombo->setToolTip(tr("A port from the list, or any name or path (COM3, "
                               "/dev/rfcomm0)"));
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(u"refreshPortsButton"_s);
    m_refreshButton->setAccessibleName(tr("Refresh the list of ports"));
    m_refreshButton->setToolTip(tr("The list also refreshes by itself every few seconds"));
    m_portDetails = new QLabel(this);
    m_portDetails->setObjectName(u"portDetailsLabel"_s);
    m_portDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_baudCombo = new QComboBox(this);
    m_baudCombo->setObjectName(u"baudCombo"_s);
    m_baudCombo->setEditable(true);
    m_baudCombo->setInsertPolicy(QComboBox::NoInsert);
    for (const qint32 rate : SerialLink::standardBaudRates())
        m_baudCombo->addItem(QString::number(rate));
    m_baudCombo->lineEdit()->setValidator(
        new QIntValidator(1, SerialLink::kMaxBaudRate, m_baudCombo));
    m_baudCombo->setCurrentText(QString::number(kDefaultBaud));
    m_baudCombo->setToolTip(tr("A rate from the list or any other the device uses"));

    m_dataBitsCombo = new QComboBox(this);
    m_dataBitsCombo->setObjectName(u"dataBitsCombo"_s);
    for (const int bits : {5, 6, 7, 8})
        m_dataBitsCombo->addItem(QString::number(bits), bits);
    selectData(m_dataBitsCombo, 8);
    m_parityCombo = new QComboBox(this);
    m_parityCombo->setObjectName(u"parityCombo"_s);
    m_parityCombo->addItem(tr("None"), int(QSerialPort::NoParity));
    m_parityCombo->addItem(tr("Even"), int(QSerialPort::EvenParity));
    m_parityCombo->addItem(tr("Odd"), int(QSerialPort::OddParity));
    m_parityCombo->addItem(tr("Mark"), int(QSerialPort::MarkParity));
    m_parityCombo->addItem(tr("Space"), int(QSerialPort::SpaceParity));
    m_stopBitsCombo = new QComboBox(this);
    m_stopBitsCombo->setObjectName(u"stopBitsCombo"_s);
    m_stopBitsCombo->addItem(u"1"_s, int(QSerialPort::OneStop));
    m_stopBitsCombo->addItem(u"1.5"_s, int(QSerialPort::OneAndHalfStop));
    m_stopBitsCombo->addItem(u"2"_s, int(QSerialPort::TwoStop));
    m_flowCombo = new QComboBox(this);
    m_flowCombo->setObjectName(u"flowControlCombo"_s);
    m_flowCombo->addItem(tr("None"), int(QSerialPort::NoFlowControl));
    m_flowCombo->addItem(tr("RTS/CTS"), int(QSerialPort::HardwareControl));
    m_flowCombo->addItem(tr("XON/XOFF"), int(QSerialPort::SoftwareControl));

    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openButton"_s);
    m_openButton->setToolTip(tr("Open or close the port (Ctrl+K)"));
    m_simulatorButton = new QPushButton(this);
    m_simulatorButton->setObjectName(u"simulatedNodeButton"_s);
    m_simulatorButton->setToolTip(tr("A sensor node in software on a pseudo-terminal, for "
                                     "doing the lab without hardware"));

    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);
    m_linkCounters = new QLabel(this);
    m_linkCounters->setObjectName(u"linkCountersLabel"_s);
    m_linkCounters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *portRow = new QHBoxLayout;
    portRow->addWidget(buddyLabel(tr("&Port:"), m_portCombo, this));
    portRow->addWidget(m_portCombo, 1);
    portRow->addWidget(m_refreshButton);
    portRow->addWidget(m_portDetails, 2);
    portRow->addWidget(m_simulatorButton);
    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(buddyLabel(tr("&Baud:"), m_baudCombo, this));
    lineRow->addWidget(m_baudCombo);
    lineRow->addWidget(buddyLabel(tr("&Data bits:"), m_dataBitsCombo, this));
    lineRow->addWidget(m_dataBitsCombo);
    lineRow->addWidget(buddyLabel(tr("Parit&y:"), m_parityCombo, this));
    lineRow->addWidget(m_parityCombo);
    lineRow->addWidget(buddyLabel(tr("S&top bits:"), m_stopBitsCombo, this));
    lineRow->addWidget(m_stopBitsCombo);
    lineRow->addWidget(buddyLabel(tr("&Flow control:"), m_flowCombo, this));
    lineRow->addWidget(m_flowCombo);
    lineRow->addStretch();
    lineRow->addWidget(m_openButton);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_linkCounters);
    m_codeView = new CodeView(this);
    statusRow->addWidget(m_codeView->toggleButton());

    m_views = new QTabWidget(this);
    m_views->setObjectName(u"serialViews"_s);
    m_views->setAccessibleName(tr("Terminal and sensor node"));
    m_views->addTab(createNodePage(), tr("Sensor node"));
    m_views->addTab(createTerminalPage(), tr("Terminal"));
    m_plotPanel = new FieldPlotPanel(plots, u"serial/"_s, m_status, this);
    m_plotPanel->setObjectName(u"serialPlot"_s);
    m_views->addTab(m_plotPanel, tr("Packet fields plot"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(portRow);
    layout->addLayout(lineRow);
    layout->addLayout(statusRow);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_codeView, 1);

    m_countersTimer = new QTimer(this);
    m_countersTimer->setSingleShot(true);
    m_countersTimer->setInterval(kCountersRefreshMs);
    connect(m_countersTimer, &QTimer::timeout, this, &SerialTab::updateCounters);

    connect(m_refreshButton, &QPushButton::clicked, m_catalogue, &SerialPortCatalogue::refresh);
    connect(m_catalogue, &SerialPortCatalogue::portsChanged, this, &SerialTab::fillPorts);
    connect(m_portCombo, &QComboBox::currentTextChanged, this, &SerialTab::showPortDetails);
    connect(m_portCombo, &QComboBox::currentTextChanged, this, &LabTab::codeChanged);
    connect(m_baudCombo, &QComboBox::currentTextChanged, this, &LabTab::codeChanged);
    for (QComboBox *combo : {m_dataBitsCombo, m_parityCombo, m_stopBitsCombo, m_flowCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &LabTab::codeChanged);
    connect(m_openButton, &QPushButton::clicked, this, &SerialTab::toggleConnection);
    connect(m_simulatorButton, &QPushButton::clicked, this, &SerialTab::toggleSimulator);

    connect(m_link, &SerialLink::opened, this, [this](const QString &port) {
        m_status->showInfo(tr("%1 open at %2").arg(port, m_link->settings().summary()));
        showLinkState();
    });
    connect(m_link, &SerialLink::closed, this, [this] { showLinkState(); });
    connect(m_link, &SerialLink::errorOccurred, this, [this](const QString &message) {
        m_status->showError(message);
        emit statusMessage(message);
    });
    connect(m_link, &SerialLink::countersChanged, this, &SerialTab::scheduleCounters);

    connect(m_session, &SensorNodeSession::stateChanged, this, &SerialTab::showSessionState);
    connect(m_session, &SensorNodeSession::countersChanged, this, &SerialTab::scheduleCounters);
    connect(m_session, &SensorNodeSession::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            m_status->showInfo(message);
        else
            m_status->showError(message);
        emit statusMessage(message);
        updateCounters();
    });
    connect(m_session, &SensorNodeSession::errorOccurred, this, [this](const QString &message) {
        if (!m_session->isRunning())
            m_status->showError(message);
    });

    connect(m_simulator, &SimulatedSensorNode::started, this, [this] { showLinkState(); });
    connect(m_simulator, &SimulatedSensorNode::stopped, this, [this] { showLinkState(); });
    connect(m_simulator, &SimulatedSensorNode::errorOccurred, m_status, &StatusLine::showError);

    fillPorts();
    if (m_link->isOpen())
        m_portCombo->setCurrentText(m_link->portName());
    m_protocol->setSettings(m_session->settings());
    showLinkState();
    showSessionState();
    updateCounters();
}

QWidget *SerialTab::createTerminalPage()
{
    auto *page = new QWidget(this);
    m_logView = new TrafficLogView(m_log, page);
    m_logView->setObjectName(u"trafficLog"_s);
    m_timestampsCheck = new QCheckBox(tr("Ti&me stamps"), page);
    m_timestampsCheck->setObjectName(u"timestampsCheck"_s);
    m_timestampsCheck->setAccessibleName(tr("Show time stamps"));
    m_timestampsCheck->setChecked(true);
    connect(m_timestampsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_logView->tableView()->setColumnHidden(TrafficLogModel::TimeColumn, !on);
    });

    m_sendPanel = new SendPanel(page);
    m_sendPanel->setObjectName(u"sendPanel"_s);
    m_historyCombo = new QComboBox(page);
    m_historyCombo->setObjectName(u"sendHistoryCombo"_s);
    m_historyCombo->setMinimumContentsLength(16);
    m_historyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyCombo->setPlaceholderText(tr("Sent before…"));
    m_historyCombo->setToolTip(tr("Pick something sent before to send it again"));
    connect(m_historyCombo, &QComboBox::activated, this, [this](int index) {
        const QStringList entry = m_historyCombo->itemData(index).toStringList();
        if (entry.size() != 2)
            return;
        m_sendPanel->setMode(entry.at(0) == u"hex" ? SendPanel::Mode::Hex : SendPanel::Mode::Text);
        m_sendPanel->setText(entry.at(1));
    });
    connect(m_sendPanel, &SendPanel::sendRequested, this, &SerialTab::sendPayload);
    connect(m_sendPanel, &SendPanel::problem, m_status, &StatusLine::showError);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendPanel, 1);
    sendRow->addWidget(buddyLabel(tr("&History:"), m_historyCombo, page));
    sendRow->addWidget(m_historyCombo);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_logView, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_timestampsCheck);
    options->addStretch();
    layout->addLayout(options);
    layout->addLayout(sendRow);
    return page;
}

QWidget *SerialTab::createNodePage()
{
    auto *page = new QWidget(this);
    m_protocol = new SensorNodeForm(page);
    m_protocol->setObjectName(u"protocolForm"_s);
    connect(m_protocol, &SensorNodeForm::changed, this, &LabTab::codeChanged);

    m_sessionButton = new QPushButton(page);
    m_sessionButton->setObjectName(u"sessionButton"_s);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(u"sessionProgress"_s);
    m_progress->setAccessibleName(tr("Packets received"));
    m_exportButton = new QPushButton(tr("E&xport CSV…"), page);
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setAccessibleName(tr("Export the packets as CSV"));
    m_sessionCounters = new QLabel(page);
    m_sessionCounters->setObjectName(u"sessionCountersLabel"_s);
    m_sessionCounters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionCounters->setWordWrap(true);

    m_packetModel = new SensorNodePacketModel(m_session, this);
    m_packetTable = new QTableView(page);
    m_packetTable->setObjectName(u"packetTable"_s);
    m_packetTable->setAccessibleName(tr("Decoded packets"));
    m_packetTable->setModel(m_packetModel);
    m_packetTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_packetTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_packetTable->horizontalHeader()->setDefaultSectionSize(90);
    m_packetTable->verticalHeader()->setDefaultSectionSize(
        m_packetTable->fontMetrics().height() + 4);
    connect(m_packetModel, &SensorNodePacketModel::rowsSynced, this, [this] {
        if (!m_columnsFitted && m_packetModel->rowCount() > 0) {
            // Once, on the first rows: a full resize on every batch would cost a pass over
            // thousands of rows 30 times a second.
            m_packetTable->resizeColumnsToContents();
            const int minimum
                = m_packetTable->fontMetrics().horizontalAdvance(u"-0000.000000"_s) + 12;
            for (int column = 1; column < m_packetModel->columnCount(); ++column) {
                m_packetTable->setColumnWidth(
                    column, std::max(m_packetTable->columnWidth(column), minimum));
            }
            m_columnsFitted = true;
        }
        if (m_session->isRunning())
            m_packetTable->scrollToBottom();
    });

    connect(m_sessionButton, &QPushButton::clicked, this, &SerialTab::toggleSession);
    connect(m_exportButton, &QPushButton::clicked, this, &SerialTab::exportCsv);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_sessionButton);
    controls->addWidget(m_progress, 1);
    controls->addWidget(m_exportButton);
    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_sessionCounters);
    rightLayout->addWidget(m_packetTable, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(u"nodeSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_protocol);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QString SerialTab::title() const
{
    return tr("Serial");
}

QString SerialTab::key() const
{
    return u"serial"_s;
}

void SerialTab::fillPorts()
{
    const QString current = m_portCombo->currentText();
    const QSignalBlocker blocker(m_portCombo);
    m_portCombo->clear();
    for (const SerialPortDetails &port : m_catalogue->ports()) {
        const QString label = port.description.isEmpty()
            ? port.portName
            : tr("%1 — %2").arg(port.portName, port.description);
        m_portCombo->addItem(label, port.portName);
        m_portCombo->setItemData(m_portCombo->count() - 1, port.systemLocation, Qt::ToolTipRole);
    }
    m_portCombo->setCurrentText(current);
    const int index = m_portCombo->findData(current);
    if (index >= 0)
        m_portCombo->setCurrentIndex(index);
    m_portCombo->setCurrentText(current);
    showPortDetails();
}

void SerialTab::showPortDetails()
{
    QString name = m_portCombo->currentText();
    const int index = m_portCombo->findText(name);
    if (index >= 0)
        name = m_portCombo->itemData(index).toString();
    if (name != m_portCombo->currentText()) {
        // The list shows "ttyUSB0 — description"; the edit keeps only the name.
        const QSignalBlocker blocker(m_portCombo);
        m_portCombo->setEditText(name);
    }
    const SerialPortDetails port = m_catalogue->details(name);
    if (name.isEmpty()) {
        m_portDetails->setText(m_catalogue->ports().isEmpty()
                ? tr("No serial ports found: plug a device in, or start a simulated node.")
                : tr("Pick a port from the list, or start a simulated node."));
        return;
    }
    if (port.portName.isEmpty()) {
        m_portDetails->setText(tr("Not in the system's list of ports"));
        return;
    }
    QStringList parts;
    if (!port.description.isEmpty())
        parts << port.description;
    if (!port.manufacturer.isEmpty())
        parts << port.manufacturer;
    if (port.hasIds)
        parts << tr("VID:PID %1").arg(port.vidPid());
    if (!port.serialNumber.isEmpty())
        parts << tr("S/N %1").arg(port.serialNumber);
    if (port.systemLocation != port.portName)
        parts << port.systemLocation;
    m_portDetails->setText(
        parts.isEmpty() ? tr("No details from the system") : parts.join(u" · "_s));
}

std::optional<SerialSettings> SerialTab::lineSettings(QString *error) const
{
    SerialSettings settings;
    settings.portName = m_portCombo->currentText().trimmed();
    bool ok = false;
    settings.baudRate = m_baudCombo->currentText().toInt(&ok);
    if (!ok || settings.baudRate <= 0) {
        *error = tr("'%1' is not a baud rate: type a whole number such as 115200.")
                     .arg(m_baudCombo->currentText());
        return std::nullopt;
    }
    settings.dataBits = QSerialPort::DataBits(m_dataBitsCombo->currentData().toInt());
    settings.parity = QSerialPort::Parity(m_parityCombo->currentData().toInt());
    settings.stopBits = QSerialPort::StopBits(m_stopBitsCombo->currentData().toInt());
    settings.flowControl = QSerialPort::FlowControl(m_flowCombo->currentData().toInt());
    return settings;
}

GeneratedCode SerialTab::code() const
{
    QString error; // a setting still being typed: the program shows the rest as it is
    SerialSettings line = lineSettings(&error).value_or(SerialSettings());
    line.portName = m_portCombo->currentText().trimmed();
    const auto protocol = m_protocol->settings(&error);
    return DeviceCode::serialNode(serialNodeCode(line, protocol.value_or(SensorNodeSettings())));
}

void SerialTab::toggleConnection()
{
    if (m_link->isOpen()) {
        m_session->stop();
        m_link->close();
        m_status->showInfo(tr("%1 closed").arg(m_link->portName()));
        return;
    }
    QString error;
    const auto settings = lineSettings(&error);
    if (!settings) {
        m_status->showError(error);
        return;
    }
    m_link->open(*settings); // success and failure both arrive by signal
}

void SerialTab::toggleSession()
{
    if (m_session->isRunning()) {
        m_session->stop();
        return;
    }
    QString error;
    const auto settings = m_protocol->settings(&error);
    if (!settings || !m_session->setSettings(*settings, &error)) {
        m_status->showError(error);
        return;
    }
    if (!m_link->isOpen()) {
        toggleConnection();
        if (!m_link->isOpen())
            return;
    }
    m_packetModel->sync();
    if (m_session->start()) {
        m_status->showInfo(tr("Session started on %1: %2 sent, waiting for packets…")
                               .arg(m_link->portName(), toEscapedText(settings->startCommand)));
    }
}

void SerialTab::toggleSimulator()
{
    if (m_simulator->isRunning()) {
        const QString path = m_simulator->portName();
        if (m_link->isOpen() && m_link->portName() == path) {
            m_session->stop();
            m_link->close();
        }
        m_simulator->stop();
        m_catalogue->removeExtraPort(path);
        m_status->showInfo(tr("Simulated node stopped"));
        return;
    }
    QString error;
    const auto settings = m_protocol->settings(&error);
    if (!settings || !m_simulator->setSettings(*settings, &error)) {
        m_status->showError(error);
        return;
    }
    if (!m_simulator->start(&error))
        return; // errorOccurred shows why
    const QString path = m_simulator->portName();
    m_catalogue->addExtraPort(path, tr("Simulated sensor node"));
    if (!m_link->isOpen())
        m_portCombo->setCurrentText(path);
    m_status->showInfo(tr("Simulated node on %1: press Start to run the session.").arg(path));
}

void SerialTab::exportCsv()
{
    if (m_session->packets().empty()) {
        m_status->showError(tr("No packets to export yet: run a session first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export packets as CSV"),
        QDir(m_lastCsvDirectory).filePath(u"sensor-node.csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastCsvDirectory = QFileInfo(path).absolutePath();
    QString error;
    if (m_session->saveCsv(path, &error))
        m_status->showInfo(
            tr("%n packet(s) exported to %1", nullptr, int(m_session->packets().size()))
                .arg(QDir::toNativeSeparators(path)));
    else
        m_status->showError(error);
}

void SerialTab::send()
{
    m_sendPanel->trigger();
}

void SerialTab::sendPayload(const QByteArray &payload)
{
    if (!m_link->isOpen()) {
        m_status->showError(tr("The port is not open: open it first (Ctrl+K), then send."));
        return;
    }
    if (m_link->send(payload))
        remember(m_sendPanel->mode() == SendPanel::Mode::Hex ? u"hex"_s : u"text"_s,
            m_sendPanel->text());
}

void SerialTab::remember(const QString &mode, const QString &text)
{
    if (text.isEmpty())
        return;
    const QStringList entry {mode, text};
    for (int i = m_historyCombo->count() - 1; i >= 0; --i) {
        if (m_historyCombo->itemData(i).toStringList() == entry)
            m_historyCombo->removeItem(i);
    }
    const QString shown = mode == u"hex" ? tr("hex: %1").arg(text) : text;
    m_historyCombo->insertItem(0, shown.left(80), entry);
    while (m_historyCombo->count() > kMaxHistory)
        m_historyCombo->removeItem(m_historyCombo->count() - 1);
    m_historyCombo->setCurrentIndex(-1);
}

void SerialTab::clearLog()
{
    m_log->clear();
}

void SerialTab::saveLog()
{
    m_logView->saveWithDialog();
}

void SerialTab::showLinkState()
{
    const bool open = m_link->isOpen();
    m_openButton->setText(open ? tr("&Close") : tr("&Open"));
    m_openButton->setAccessibleName(m_openButton->text().remove(u'&'));
    for (QWidget *w : {static_cast<QWidget *>(m_portCombo), static_cast<QWidget *>(m_baudCombo),
             static_cast<QWidget *>(m_dataBitsCombo), static_cast<QWidget *>(m_parityCombo),
             static_cast<QWidget *>(m_stopBitsCombo), static_cast<QWidget *>(m_flowCombo),
             static_cast<QWidget *>(m_refreshButton)})
        w->setEnabled(!open);
    m_sendPanel->setSendEnabled(open);
    m_simulatorButton->setText(
        m_simulator->isRunning() ? tr("Stop simulated &node") : tr("Simulated &node"));
    m_simulatorButton->setAccessibleName(m_simulatorButton->text().remove(u'&'));
    updateCounters();
}

void SerialTab::showSessionState()
{
    const bool running = m_session->isRunning();
    m_sessionButton->setText(running ? tr("&Stop") : tr("&Start"));
    m_sessionButton->setAccessibleName(running ? tr("Stop the session") : tr("Start the session"));
    m_protocol->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    updateCounters();
}

void SerialTab::scheduleCounters()
{
    if (!m_countersTimer->isActive())
        m_countersTimer->start();
}

void SerialTab::updateCounters()
{
    const QLocale locale;
    m_linkCounters->setText(
        tr("Received: %1 bytes · Sent: %2 bytes")
            .arg(locale.toString(m_link->bytesReceived()), locale.toString(m_link->bytesSent())));
    const SensorNodeCounters c = m_session->counters();
    const int wanted = m_session->settings().packetCount;
    const int received = int(std::min<quint64>(c.received, INT_MAX));
    if (wanted > 0) {
        m_progress->setRange(0, wanted);
        m_progress->setValue(std::min(received, wanted));
        m_progress->setFormat(tr("%1/%2 packets").arg(received).arg(wanted));
    } else {
        m_progress->setRange(0, std::max(received, 1));
        m_progress->setValue(received);
        m_progress->setFormat(tr("%1 packets").arg(received));
    }
    QString text
        = tr("Received: %1 · Acknowledged: %2 · Bad: %3 · Resyncs: %4 · "
             "Timeouts: %5 · %6 packets/s")
              .arg(locale.toString(c.received), locale.toString(c.acknowledged),
                  locale.toString(c.bad), locale.toString(c.resyncs), locale.toString(c.timeouts),
                  locale.toString(c.packetsPerSecond, 'f', 1));
    if (c.missed > 0)
        text += tr(" · Missed: %1").arg(locale.toString(c.missed));
    if (m_session->droppedPackets() > 0)
        text += tr(" · Table keeps the last %1")
                    .arg(locale.toString(SensorNodeSession::kMaxStoredPackets));
    m_sessionCounters->setText(text);
}

void SerialTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"port"_s, m_portCombo->currentText());
    settings.setValue(u"baud"_s, m_baudCombo->currentText());
    settings.setValue(u"dataBits"_s, m_dataBitsCombo->currentData());
    settings.setValue(u"parity"_s, m_parityCombo->currentData());
    settings.setValue(u"stopBits"_s, m_stopBitsCombo->currentData());
    settings.setValue(u"flowControl"_s, m_flowCombo->currentData());
    m_protocol->saveSettings(settings);
    settings.setValue(u"timestamps"_s, m_timestampsCheck->isChecked());
    settings.setValue(u"view"_s, m_views->currentIndex());
    settings.setValue(u"lastCsvDirectory"_s, m_lastCsvDirectory);
    QVariantList history;
    for (int i = 0; i < m_historyCombo->count(); ++i)
        history.append(m_historyCombo->itemData(i));
    settings.setValue(u"sendHistory"_s, history);
    m_sendPanel->saveSettings(settings);
    m_logView->saveSettings(settings);
    m_plotPanel->saveSettings(settings);
}

void SerialTab::restoreSettings(const QSettings &settings)
{
    if (!m_link->isOpen() && settings.contains(u"port"_s))
        m_portCombo->setCurrentText(settings.value(u"port"_s).toString());
    if (settings.contains(u"baud"_s))
        m_baudCombo->setCurrentText(settings.value(u"baud"_s).toString());
    selectData(m_dataBitsCombo, settings.value(u"dataBits"_s, 8));
    selectData(m_parityCombo, settings.value(u"parity"_s, int(QSerialPort::NoParity)));
    selectData(m_stopBitsCombo, settings.value(u"stopBits"_s, int(QSerialPort::OneStop)));
    selectData(m_flowCombo, settings.value(u"flowControl"_s, int(QSerialPort::NoFlowControl)));
    m_protocol->restoreSettings(settings);
    m_timestampsCheck->setChecked(settings.value(u"timestamps"_s, true).toBool());
    m_views->setCurrentIndex(settings.value(u"view"_s, 0).toInt());
    m_lastCsvDirectory = settings.value(u"lastCsvDirectory"_s).toString();
    m_historyCombo->clear();
    const QVariantList history = settings.value(u"sendHistory"_s).toList();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QStringList entry = it->toStringList();
        if (entry.size() == 2)
            remember(entry.at(0), entry.at(1));
    }
    m_sendPanel->restoreSettings(settings);
    m_logView->restoreSettings(settings);
    m_plotPanel->restoreSettings(settings);
    updateCounters();
}

} // namespace netlab
