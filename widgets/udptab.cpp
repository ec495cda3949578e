#include "udptab.h"

#include "bindaddresscombo.h"
#include "codecpicker.h"
#include "endpointpicker.h"
#include "fieldplotpanel.h"
#include "ratesparkline.h"
#include "sendpanel.h"
#include "statusline.h"
#include "udpmessagemodel.h"

#include <netlab/demostreams.h>
#include <netlab/socketerror.h>
#include <netlab/udpcapture.h>
#include <netlab/udpsender.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

enum StatsColumn {
    PortColumn,
    AddressColumn,
    DecoderColumn,
    MessagesColumn,
    BytesColumn,
    BadColumn,
    RateColumn,
    AverageColumn,
    HistoryColumn,
    MarkColumn,
    StatsColumnCount
};

constexpr int kDecoderText = 0;
constexpr int kDecoderStruct = 1;
constexpr int kDecoderHex = 2;
constexpr int kPayloadPanel = 0;
constexpr int kPayloadStruct = 1;
const QString kCustomPreset = u"custom"_s;

QString rateText(double rate)
{
    return QLocale().toString(rate, 'f', rate < 10 ? 1 : 0);
}

void fillPresets(QComboBox *combo)
{
    for (const StructFormatPreset &preset : StructFormat::presets())
        combo->addItem(preset.title, preset.id);
    combo->addItem(QCoreApplication::translate("netlab::UdpTab", "Custom format"), kCustomPreset);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

UdpTab::UdpTab(UdpListener *listener, UdpCapture *capture, UdpSender *sender, DemoStreams *demo,
    FramePlots *plots, QWidget *parent)
    : LabTab(parent)
    , m_listener(listener)
    , m_capture(capture)
    , m_sender(sender)
    , m_demo(demo)
    , m_plots(plots)
{
    m_status = new StatusLine(this);
    m_status->setObjectName(u"statusLine"_s);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(u"listenerSplitter"_s);
    left->setChildrenCollapsible(false);
    left->addWidget(createListenerPanel());
    // The messages and the live plot share the lower pane: stacked in a 720-pixel window,
    // each got a few rows and a chart too short to draw.
    m_lowerTabs = new QTabWidget(this);
    m_lowerTabs->setObjectName(u"udpLowerTabs"_s);
    m_lowerTabs->setAccessibleName(tr("Received messages and live plot"));
    QWidget *messages = createMessagesPanel();
    if (auto *box = qobject_cast<QGroupBox *>(messages))
        box->setTitle({}); // the tab says it
    m_lowerTabs->addTab(messages, tr("Received messages"));
    m_plotPanel = new FieldPlotPanel(m_plots, u"udp/"_s, m_status, m_lowerTabs);
    m_plotPanel->setObjectName(u"udpPlot"_s);
    m_lowerTabs->addTab(m_plotPanel, tr("Live plot"));
    left->addWidget(m_lowerTabs);
    left->setStretchFactor(1, 1);
    left->setSizes({220, 480}); // the ports take what they need, the lower pane the rest

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createSenderPanel());
    rightLayout->addWidget(createDemoPanel());
    rightLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"udpSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 340});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_listener, &UdpListener::errorOccurred, this, &UdpTab::showError);
    connect(m_listener, &UdpListener::portAdded, this, &UdpTab::rebuildStats);
    connect(m_listener, &UdpListener::portRemoved, this, &UdpTab::rebuildStats);
    connect(m_sender, &UdpSender::errorOccurred, this, &UdpTab::showError);
    connect(m_sender, &UdpSender::runningChanged, this, &UdpTab::showSenderState);
    connect(m_sender, &UdpSender::progress, this, [this](qint64 sent, qint64 count) {
        m_sendProgress->setMaximum(int(qMin<qint64>(count, std::numeric_limits<int>::max())));
        m_sendProgress->setValue(int(qMin<qint64>(sent, m_sendProgress->maximum())));
    });
    connect(m_sender, &UdpSender::finished, this, [this] {
        if (m_sender->failures() > 0 && m_sender->sent() == m_sender->failures())
            return; // the error is already shown
        const QString where = formatEndpoint(m_sender->address(), m_sender->job().port);
        const QString text = tr("Sent %n datagram(s) to %1 (%2/s)", nullptr,
            int(m_sender->sent() - m_sender->failures()))
                                 .arg(where, rateText(m_sender->achievedRate()));
        if (m_sender->failures() > 0)
            m_status->showError(text
                + tr("; %n failed: %1", nullptr, m_sender->failures())
                      .arg(m_sender->errorString()));
        else
            m_status->showInfo(m_sender->wasStopped() ? tr("Stopped. ") + text : text);
        emit statusMessage(m_status->text());
    });
    connect(m_demo, &DemoStreams::errorOccurred, this, &UdpTab::showError);
    connect(m_demo, &DemoStreams::runningChanged, this, &UdpTab::showDemoState);
    connect(m_demo, &DemoStreams::progress, this, &UdpTab::showDemoState);
    connect(m_capture, &UdpCapture::pausedChanged, this, [this](bool paused) {
        m_pauseButton->setChecked(paused);
        m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        showCaptureCounters();
    });

    m_statsTimer = new QTimer(this);
    m_statsTimer->setInterval(kStatsRefreshMs);
    connect(m_statsTimer, &QTimer::timeout, this, &UdpTab::refreshStats);
    m_statsTimer->start();

    rebuildStats();
    showSenderState();
    showDemoState();
    showCaptureCounters();
    m_pauseButton->setChecked(m_capture->isPaused());
    m_pauseButton->setText(m_capture->isPaused() ? tr("&Resume") : tr("&Pause"));
}

// ---------------------------------------------------------------- listener

QWidget *UdpTab::createListenerPanel()
{
    auto *box = new QGroupBox(tr("Listening ports"), this);

    m_portSpin = new QSpinBox(box);
    m_portSpin->setObjectName(u"listenPortSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_portSpin->setValue(DemoStreams::kTextPort);
    m_portSpin->setAccessibleName(tr("Port to listen on"));

    m_bindCombo
        = new BindAddressCombo(BindAddressCombo::Ipv6Any | BindAddressCombo::Broadcast, box);
    m_bindCombo->setObjectName(u"bindAddressCombo"_s);
    // As wide as its longest choice, so no language's wording is cut.
    m_bindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bindCombo->setAccessibleName(tr("Bind address"));
    m_bindCombo->setToolTip(tr("0.0.0.0 receives from every network, broadcasts included; "
                               "127.0.0.1 only from this machine; a broadcast address only "
                               "what is broadcast there (Linux)"));

    m_decoderCombo = new QComboBox(box);
    m_decoderCombo->setObjectName(u"decoderCombo"_s);
    m_decoderCombo->addItem(tr("Text"), kDecoderText);
    m_decoderCombo->addItem(tr("Struct frame"), kDecoderStruct);
    m_decoderCombo->addItem(tr("Hex"), kDecoderHex);
    m_decoderCombo->setAccessibleName(tr("Decoder"));

    m_codecPicker = new CodecPicker(box);
    m_codecPicker->setObjectName(u"listenCodecPicker"_s);

    m_presetCombo = new QComboBox(box);
    m_presetCombo->setObjectName(u"presetCombo"_s);
    m_presetCombo->setAccessibleName(tr("Frame preset"));
    fillPresets(m_presetCombo);
    m_formatEdit = new QLineEdit(box);
    m_formatEdit->setObjectName(u"formatEdit"_s);
    m_formatEdit->setAccessibleName(tr("Struct format"));
    m_formatEdit->setPlaceholderText(u"<diiiiffff"_s);
    m_formatEdit->setMaxLength(int(StructFormat::kMaxFormatLength));
    m_formatEdit->setToolTip(tr("A Python struct format, as in struct.unpack('<diiiiffff', data)"));
    m_namesEdit = new QLineEdit(box);
    m_namesEdit->setObjectName(u"namesEdit"_s);
    m_namesEdit->setAccessibleName(tr("Field names"));
    m_namesEdit->setPlaceholderText(tr("names, comma-separated"));
    m_namesEdit->setMaxLength(8192);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this,
        [this] { applyPreset(m_presetCombo, m_formatEdit, m_namesEdit); });
    applyPreset(m_presetCombo, m_formatEdit, m_namesEdit);

    auto *structPage = new QWidget(box);
    auto *structLayout = new QHBoxLayout(structPage);
    structLayout->setContentsMargins(0, 0, 0, 0);
    structLayout->addWidget(m_presetCombo);
    structLayout->addWidget(buddyLabel(tr("&Format:"), m_formatEdit, structPage));
    structLayout->addWidget(m_formatEdit, 1);
    structLayout->addWidget(buddyLabel(tr("&Names:"), m_namesEdit, structPage));
    structLayout->addWidget(m_namesEdit, 2);
    auto *hexPage = new QLabel(tr("Each datagram shown as hex bytes"), box);

    m_decoderStack = new QStackedWidget(box);
    m_decoderStack->addWidget(m_codecPicker);
    m_decoderStack->addWidget(structPage);
    m_decoderStack->addWidget(hexPage);
    m_decoderStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_decoderCombo, &QComboBox::currentIndexChanged, m_decoderStack,
        &QStackedWidget::setCurrentIndex);

    m_groupEdit = new QLineEdit(box);
    m_groupEdit->setObjectName(u"multicastGroupEdit"_s);
    m_groupEdit->setAccessibleName(tr("Multicast group"));
    m_groupEdit->setPlaceholderText(tr("none, or e.g. 239.1.2.3"));
    m_groupEdit->setMaxLength(64);
    m_interfaceCombo = new QComboBox(box);
    m_interfaceCombo->setObjectName(u"multicastInterfaceCombo"_s);
    m_interfaceCombo->setAccessibleName(tr("Multicast interface"));
    m_interfaceCombo->addItem(tr("default interface"), QString());
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.flags() & QNetworkInterface::CanMulticast)
            m_interfaceCombo->addItem(interface.humanReadableName(), interface.name());
    }

    m_addButton = new QPushButton(tr("&Add port"), box);
    m_addButton->setObjectName(u"addPortButton"_s);
    m_addButton->setAccessibleName(tr("Add port"));
    m_addButton->setDefault(false);
    m_removeButton = new QPushButton(tr("&Remove port"), box);
    m_removeButton->setObjectName(u"removePortButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected ports"));
    m_demoPortsButton = new QPushButton(tr("Listen to the &demo ports"), box);
    m_demoPortsButton->setObjectName(u"demoPortsButton"_s);
    m_demoPortsButton->setAccessibleName(tr("Listen to the demo ports"));
    m_demoPortsButton->setToolTip(tr("Sensor lines as text on the demo text port and drone "
                                     "frames (<diiiiffff) on the demo drone port"));
    connect(m_addButton, &QPushButton::clicked, this, &UdpTab::addPort);
    connect(m_removeButton, &QPushButton::clicked, this, &UdpTab::removeSelectedPorts);
    connect(m_demoPortsButton, &QPushButton::clicked, this, &UdpTab::listenToDemoPorts);

    m_statsTable = new QTableWidget(0, StatsColumnCount, box);
    m_statsTable->setObjectName(u"portStatsTable"_s);
    m_statsTable->setAccessibleName(tr("Listening ports and their rates"));
    m_statsTable->setHorizontalHeaderLabels(
        {tr("Port"), tr("Address"), tr("Decoder"), tr("Messages"), tr("Bytes"), tr("Bad"),
            tr("Rate /s"), tr("Average /s"), tr("History"), QString()});
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statsTable->verticalHeader()->hide();
    m_statsTable->verticalHeader()->setDefaultSectionSize(m_statsTable->fontMetrics().height() + 8);
    m_statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->horizontalHeader()->setSectionResizeMode(HistoryColumn, QHeaderView::Fixed);
    m_statsTable->setColumnWidth(HistoryColumn, 90);
    m_statsTable->setMinimumHeight(90);

    auto *grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("P&ort:"), m_portSpin, box), 0, 0);
    grid->addWidget(m_portSpin, 0, 1);
    grid->addWidget(buddyLabel(tr("&Bind:"), m_bindCombo, box), 0, 2);
    grid->addWidget(m_bindCombo, 0, 3);
    grid->addWidget(buddyLabel(tr("D&ecoder:"), m_decoderCombo, box), 0, 4);
    grid->addWidget(m_decoderCombo, 0, 5);
    grid->addWidget(m_decoderStack, 1, 0, 1, 6);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(buddyLabel(tr("&Multicast group:"), m_groupEdit, box));
    groupRow->addWidget(m_groupEdit, 1);
    groupRow->addWidget(buddyLabel(tr("&on"), m_interfaceCombo, box));
    groupRow->addWidget(m_interfaceCombo, 1);
    grid->addLayout(groupRow, 2, 0, 1, 6);
    grid->setColumnStretch(3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_demoPortsButton);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_statsTable, 1);
    return box;
}

void UdpTab::applyPreset(QComboBox *presets, QLineEdit *format, QLineEdit *names)
{
    const QString id = presets->currentData().toString();
    for (const StructFormatPreset &preset : StructFormat::presets()) {
        if (preset.id == id) {
            format->setText(preset.format);
            if (names)
                names->setText(preset.names.join(u','));
        }
    }
    format->setReadOnly(id != kCustomPreset);
    if (names)
        names->setReadOnly(id != kCustomPreset);
}

std::optional<QHostAddress> UdpTab::bindAddress(QString *error) const
{
    return m_bindCombo->address(error);
}

std::optional<StructFormat> UdpTab::listenFormat(QString *error) const
{
    const QString id = m_presetCombo->currentData().toString();
    for (const StructFormatPreset &preset : StructFormat::presets()) {
        if (preset.id == id)
            return StructFormat::fromPreset(preset);
    }
    QStringList names = m_namesEdit->text().split(u',', Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    names.removeAll(QString());
    const StructFormat format = StructFormat::parse(m_formatEdit->text().trimmed(), names);
    if (!format.isValid()) {
        *error = tr("Format: %1").arg(format.errorString());
        return std::nullopt;
    }
    return format;
}

quint16 UdpTab::addPort()
{
    QString error;
    const std::optional<QHostAddress> address = bindAddress(&error);
    if (!address) {
        showError(error);
        return 0;
    }
    UdpPortConfig config;
    config.port = quint16(m_portSpin->value());
    config.bindAddress = *address;
    switch (m_decoderCombo->currentData().toInt()) {
    case kDecoderStruct: {
        const std::optional<StructFormat> format = listenFormat(&error);
        if (!format) {
            showError(error);
            return 0;
        }
        config.decoder = UdpDecoder::Struct;
        config.structFormat = *format;
        break;
    }
    case kDecoderHex:
        config.decoder = UdpDecoder::Hex;
        break;
    default:
        config.decoder = UdpDecoder::Text;
        config.textCodec = m_codecPicker->codec();
        break;
    }
    const QString group = m_groupEdit->text().trimmed();
    if (!group.isEmpty()) {
        QHostAddress groupAddress;
        if (!groupAddress.setAddress(group) || !groupAddress.isMulticast()) {
            showError(tr("'%1' is not a multicast group: use 224.0.0.0 to 239.255.255.255 "
                         "(e.g. 239.1.2.3) or an IPv6 ff00::/8 address")
                          .arg(group));
            return 0;
        }
        config.multicastGroup = groupAddress;
        const QString interfaceName = m_interfaceCombo->currentData().toString();
        if (!interfaceName.isEmpty())
            config.multicastInterface = QNetworkInterface::interfaceFromName(interfaceName);
    }
    return listen(config);
}

quint16 UdpTab::listen(const UdpPortConfig &config)
{
    const quint16 port = m_listener->addPort(config);
    if (port == 0)
        return 0; // errorOccurred() has shown why
    m_status->showInfo(
        tr("Listening on port %1 (%2, %3)")
            .arg(port)
            .arg(config.bindAddress.toString(), UdpListener::decoderName(config.decoder)));
    emit statusMessage(m_status->text());
    return port;
}

void UdpTab::removeSelectedPorts()
{
    QList<quint16> ports;
    const QList<QTableWidgetItem *> selected = m_statsTable->selectedItems();
    for (QTableWidgetItem *item : selected) {
        const auto port
            = quint16(m_statsTable->item(item->row(), PortColumn)->data(Qt::UserRole).toUInt());
        if (!ports.contains(port))
            ports.append(port);
    }
    if (ports.isEmpty() && m_statsTable->currentRow() >= 0) {
        if (QTableWidgetItem *item = m_statsTable->item(m_statsTable->currentRow(), PortColumn))
            ports.append(quint16(item->data(Qt::UserRole).toUInt()));
    }
    if (ports.isEmpty()) {
        m_status->showInfo(tr("Select the port to remove in the table"));
        return;
    }
    for (const quint16 port : std::as_const(ports))
        m_listener->removePort(port);
    QStringList names;
    for (const quint16 port : std::as_const(ports))
        names.append(QString::number(port));
    m_status->showInfo(tr("Stopped listening on %1").arg(names.join(u", "_s)));
}

void UdpTab::listenToDemoPorts()
{
    const quint16 textPort = quint16(m_demoTextPortSpin->value());
    const quint16 dronePort = quint16(m_demoDronePortSpin->value());
    QString error;
    const std::optional<QHostAddress> address = bindAddress(&error);
    if (!address) {
        showError(error);
        return;
    }
    QStringList listening;
    if (!m_listener->hasPort(textPort)) {
        UdpPortConfig text;
        text.port = textPort;
        text.bindAddress = *address;
        text.decoder = UdpDecoder::Text;
        text.textCodec = m_codecPicker->codec();
        if (m_listener->addPort(text) == 0)
            return;
    }
    listening.append(QString::number(textPort));
    if (!m_listener->hasPort(dronePort)) {
        UdpPortConfig drone;
        drone.port = dronePort;
        drone.bindAddress = *address;
        drone.decoder = UdpDecoder::Struct;
        drone.structFormat = StructFormat::droneFrame();
        if (m_listener->addPort(drone) == 0)
            return;
    }
    listening.append(QString::number(dronePort));
    m_status->showInfo(tr("Listening to the demo ports %1 (sensor lines) and %2 (drone frames)")
                           .arg(listening.value(0), listening.value(1)));
}

void UdpTab::rebuildStats()
{
    const QList<quint16> ports = m_listener->ports();
    m_statsTable->setRowCount(int(ports.size()));
    for (int row = 0; row < ports.size(); ++row) {
        const quint16 port = ports.at(row);
        const UdpPortConfig config = m_listener->config(port);
        for (int column = 0; column < StatsColumnCount; ++column) {
            if (column == HistoryColumn)
                continue;
            if (!m_statsTable->item(row, column)) {
                auto *item = new QTableWidgetItem;
                if (column >= MessagesColumn && column <= AverageColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_statsTable->setItem(row, column, item);
            }
        }
        QTableWidgetItem *portItem = m_statsTable->item(row, PortColumn);
        portItem->setText(QString::number(port));
        portItem->setData(Qt::UserRole, port);
        QString address = config.bindAddress.toString();
        if (!config.multicastGroup.isNull())
            address += tr(" + group %1").arg(config.multicastGroup.toString());
        m_statsTable->item(row, AddressColumn)->setText(address);
        QString decoder = UdpListener::decoderName(config.decoder);
        if (config.decoder == UdpDecoder::Struct)
            decoder = config.structFormat.formatString(); // the format says it all
        else if (config.decoder == UdpDecoder::Text)
            decoder += u' ' + TextCodec::encodingName(config.textCodec.encoding());
        m_statsTable->item(row, DecoderColumn)->setText(decoder);
        auto *sparkline
            = qobject_cast<RateSparkline *>(m_statsTable->cellWidget(row, HistoryColumn));
        if (!sparkline) {
            sparkline = new RateSparkline(m_statsTable);
            sparkline->setObjectName(u"rateSparkline"_s);
            sparkline->setAccessibleName(tr("Rate history of port %1").arg(port));
            m_statsTable->setCellWidget(row, HistoryColumn, sparkline);
        }
    }
    m_removeButton->setEnabled(!ports.isEmpty());
    refreshStats();
}

void UdpTab::refreshStats()
{
    const QList<UdpPortStats> all = m_listener->allStats();
    if (all.size() != m_statsTable->rowCount()) {
        rebuildStats();
        return;
    }
    const QLocale locale;
    // Fastest and slowest by the current rate, when at least two ports receive.
    int fastest = -1;
    int slowest = -1;
    int receiving = 0;
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).messages == 0)
            continue;
        ++receiving;
        if (fastest < 0 || all.at(row).currentRate > all.at(fastest).currentRate)
            fastest = row;
        if (slowest < 0 || all.at(row).currentRate < all.at(slowest).currentRate)
            slowest = row;
    }
    for (int row = 0; row < all.size(); ++row) {
        const UdpPortStats &stats = all.at(row);
        m_statsTable->item(row, MessagesColumn)->setText(locale.toString(stats.messages));
        m_statsTable->item(row, BytesColumn)->setText(locale.toString(stats.bytes));
        QTableWidgetItem *bad = m_statsTable->item(row, BadColumn);
        bad->setText(locale.toString(stats.badFrames));
        bad->setForeground(stats.badFrames ? QBrush(Qt::red) : QBrush());
        QStringList reasons;
        for (auto it = stats.badReasons.cbegin(); it != stats.badReasons.cend(); ++it)
            reasons.append(tr("%1 × %2").arg(locale.toString(it.value()), it.key()));
        bad->setToolTip(reasons.join(u'\n'));
        m_statsTable->item(row, RateColumn)->setText(rateText(stats.currentRate));
        m_statsTable->item(row, AverageColumn)->setText(rateText(stats.averageRate));
        QString mark;
        if (receiving >= 2 && row == fastest && fastest != slowest)
            mark = tr("▲ fastest");
        else if (receiving >= 2 && row == slowest && fastest != slowest)
            mark = tr("▼ slowest");
        m_statsTable->item(row, MarkColumn)->setText(mark);
        if (auto *sparkline
            = qobject_cast<RateSparkline *>(m_statsTable->cellWidget(row, HistoryColumn)))
            sparkline->setHistory(stats.rateHistory);
    }
    showCaptureCounters();
}

// ---------------------------------------------------------------- messages

QWidget *UdpTab::createMessagesPanel()
{
    auto *box = new QGroupBox(tr("Received messages"), this);
    m_pauseButton = new QPushButton(tr("&Pause"), box);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_pauseButton->setAccessibleName(tr("Pause the capture"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setToolTip(tr("Stop adding rows; the ports keep counting"));
    m_clearButton = new QPushButton(tr("C&lear"), box);
    m_clearButton->setObjectName(u"clearButton"_s);
    m_clearButton->setAccessibleName(tr("Clear the messages"));
    m_rawCheck = new QCheckBox(tr("Ra&w hex"), box);
    m_rawCheck->setObjectName(u"rawHexCheck"_s);
    m_rawCheck->setAccessibleName(tr("Show the raw bytes in hex"));
    m_exportButton = new QPushButton(tr("E&xport CSV…"), box);
    m_exportButton->setObjectName(u"exportCsvButton"_s);
    m_exportButton->setAccessibleName(tr("Export the messages as CSV"));
    m_captureLabel = new QLabel(box);
    m_captureLabel->setObjectName(u"captureLabel"_s);

    m_messageModel = new UdpMessageModel(m_capture, this);
    m_messagesTable = new QTableView(box);
    m_messagesTable->setObjectName(u"messagesTable"_s);
    m_messagesTable->setAccessibleName(tr("Received messages"));
    m_messagesTable->setModel(m_messageModel);
    m_messagesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_messagesTable->setWordWrap(false);
    m_messagesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_messagesTable->horizontalHeader()->setDefaultSectionSize(90);
    m_messagesTable->horizontalHeader()->setStretchLastSection(true);
    // Fitting a column measures this many rows, not the default 1,000 (a timestamp column
    // costs a local-time conversion per row).
    m_messagesTable->horizontalHeader()->setResizeContentsPrecision(40);
    m_messagesTable->verticalHeader()->setDefaultSectionSize(
        m_messagesTable->fontMetrics().height() + 4);
    m_messagesTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const auto showRawColumn = [this] {
        for (int column = 0; column < m_messageModel->columnCount(); ++column)
            m_messagesTable->setColumnHidden(
                column, column == m_messageModel->rawColumn() && !m_rawCheck->isChecked());
    };
    connect(m_rawCheck, &QCheckBox::toggled, this, showRawColumn);
    connect(m_messageModel, &QAbstractItemModel::modelReset, this, [this, showRawColumn] {
        m_columnsFitted = false;
        showRawColumn();
    });
    showRawColumn();
    // Follow the newest rows unless the user scrolled up to read. Decided when the scroll bar
    // moves, not when rows arrive: by then the bar may or may not have taken the new rows in
    // (fitting the columns lays them out), and its maximum would be the wrong one to compare.
    // Within two rows of the bottom counts as the bottom (a single step is one row whether the
    // view scrolls per item or per pixel). A range that shrinks to the bar's value (a clear,
    // rows that all fit) is the bottom too; one that grows (new rows) changes nothing.
    QScrollBar *bar = m_messagesTable->verticalScrollBar();
    const auto atBottom = [bar] { return bar->value() >= bar->maximum() - 2 * bar->singleStep(); };
    connect(
        bar, &QScrollBar::valueChanged, this, [this, atBottom] { m_followNewest = atBottom(); });
    connect(bar, &QScrollBar::rangeChanged, this,
        [this, atBottom] { m_followNewest = m_followNewest || atBottom(); });
    connect(m_messageModel, &UdpMessageModel::rowsSynced, this, [this] {
        if (!m_columnsFitted && m_messageModel->rowCount() > 0) {
            // Once per set of columns: a resize on every batch would pass over thousands
            // of rows 30 times a second. Only the visible rows are measured.
            const int minimum = m_messagesTable->fontMetrics().horizontalAdvance(u"-0000.0000"_s);
            for (int column = 0; column < m_messageModel->rawColumn(); ++column) {
                m_messagesTable->resizeColumnToContents(column);
                m_messagesTable->setColumnWidth(
                    column, qBound(minimum, m_messagesTable->columnWidth(column), minimum * 4));
            }
            m_columnsFitted = true;
        }
        if (m_followNewest)
            m_messagesTable->scrollToBottom();
        showCaptureCounters();
    });
    // toggled, not clicked: a screen reader's toggle action pauses too. The capture's own
    // pausedChanged sets the button to the state it already has, so nothing loops.
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        if (paused != m_capture->isPaused())
            togglePause();
    });
    connect(m_clearButton, &QPushButton::clicked, this, &UdpTab::clearLog);
    connect(m_exportButton, &QPushButton::clicked, this, &UdpTab::saveLog);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_pauseButton);
    tools->addWidget(m_clearButton);
    tools->addWidget(m_rawCheck);
    tools->addWidget(m_captureLabel, 1);
    tools->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(tools);
    layout->addWidget(m_messagesTable, 1);
    return box;
}

void UdpTab::togglePause()
{
    m_capture->setPaused(!m_capture->isPaused());
}

void UdpTab::showCaptureCounters()
{
    const QLocale locale;
    QString text = tr("%1 rows (newest %2 kept)")
                       .arg(locale.toString(qint64(m_capture->messages().size())),
                           locale.toString(m_capture->capacity()));
    if (m_capture->skipped() > 0)
        text += tr(", %1 not captured while paused").arg(locale.toString(m_capture->skipped()));
    if (m_capture->isPaused())
        text += tr(" — paused");
    m_captureLabel->setText(text);
}

bool UdpTab::exportCsv(const QString &path)
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !m_capture->writeCsv(&file, &error) || !file.commit()) {
        showError(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
        return false;
    }
    m_status->showInfo(tr("%n message(s) written to %1", nullptr, int(m_capture->messages().size()))
                           .arg(QDir::toNativeSeparators(path)));
    emit statusMessage(m_status->text());
    return true;
}

// ---------------------------------------------------------------- sender

QWidget *UdpTab::createSenderPanel()
{
    auto *box = new QGroupBox(tr("Send"), this);
    m_target = new EndpointPicker(box);
    m_target->setObjectName(u"sendTarget"_s);
    fillTargets();
    m_target->setHost(u"127.0.0.1"_s);
    m_target->setPort(DemoStreams::kTextPort);

    m_broadcastCheck = new QCheckBox(tr("Allow &broadcast"), box);
    m_broadcastCheck->setObjectName(u"broadcastCheck"_s);
    m_broadcastCheck->setAccessibleName(tr("Allow broadcast"));
    m_broadcastCheck->setToolTip(tr("Needed to send to 255.255.255.255 or a network's broadcast "
                                    "address: every host on the network receives it"));

    m_ttlSpin = new QSpinBox(box);
    m_ttlSpin->setObjectName(u"ttlSpin"_s);
    m_ttlSpin->setRange(0, 255);
    m_ttlSpin->setValue(1);
    m_ttlSpin->setAccessibleName(tr("Multicast TTL"));
    m_ttlSpin->setToolTip(
        tr("Multicast only: 1 stays on this network, each router lowers it by one"));
    m_sendInterfaceCombo = new QComboBox(box);
    m_sendInterfaceCombo->setObjectName(u"sendInterfaceCombo"_s);
    m_sendInterfaceCombo->setAccessibleName(tr("Multicast interface to send from"));
    m_sendInterfaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sendInterfaceCombo->setMinimumContentsLength(8);
    m_sendInterfaceCombo->addItem(tr("default interface"), QString());
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.flags() & QNetworkInterface::CanMulticast)
            m_sendInterfaceCombo->addItem(interface.humanReadableName(), interface.name());
    }

    m_payloadKindCombo = new QComboBox(box);
    m_payloadKindCombo->setObjectName(u"payloadKindCombo"_s);
    m_payloadKindCombo->setAccessibleName(tr("Payload"));
    m_payloadKindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_payloadKindCombo->setMinimumContentsLength(8);
    m_payloadKindCombo->addItem(tr("Text or hex"), kPayloadPanel);
    m_payloadKindCombo->addItem(tr("Struct frame"), kPayloadStruct);

    m_sendPanel = new SendPanel(box);
    m_sendPanel->setObjectName(u"sendPanel"_s);
    m_sendPanel->sendButton()->hide(); // one Send button for both payload kinds
    connect(m_sendPanel, &SendPanel::sendRequested, this, [this] { send(); });

    m_sendPresetCombo = new QComboBox(box);
    m_sendPresetCombo->setObjectName(u"sendPresetCombo"_s);
    m_sendPresetCombo->setAccessibleName(tr("Frame preset to send"));
    fillPresets(m_sendPresetCombo);
    m_sendFormatEdit = new QLineEdit(box);
    m_sendFormatEdit->setObjectName(u"sendFormatEdit"_s);
    m_sendFormatEdit->setAccessibleName(tr("Struct format to send"));
    m_sendFormatEdit->setMaxLength(int(StructFormat::kMaxFormatLength));
    m_valuesEdit = new QLineEdit(box);
    m_valuesEdit->setObjectName(u"valuesEdit"_s);
    m_valuesEdit->setAccessibleName(tr("Values"));
    m_valuesEdit->setMaxLength(65536);
    m_valuesEdit->setPlaceholderText(tr("one per field, space-separated; now = current time"));
    m_valuesEdit->setText(u"now -12 7 359 87 1013.25 0.1 -9.81 0"_s);
    connect(m_sendPresetCombo, &QComboBox::currentIndexChanged, this,
        [this] { applyPreset(m_sendPresetCombo, m_sendFormatEdit, nullptr); });
    applyPreset(m_sendPresetCombo, m_sendFormatEdit, nullptr);
    connect(m_valuesEdit, &QLineEdit::returnPressed, this, &UdpTab::send);

    auto *structPage = new QWidget(box);
    auto *structForm = new QFormLayout(structPage);
    structForm->setContentsMargins(0, 0, 0, 0);
    structForm->addRow(
        buddyLabel(tr("Pre&set:"), m_sendPresetCombo, structPage), m_sendPresetCombo);
    structForm->addRow(buddyLabel(tr("Fo&rmat:"), m_sendFormatEdit, structPage), m_sendFormatEdit);
    structForm->addRow(buddyLabel(tr("&Values:"), m_valuesEdit, structPage), m_valuesEdit);
    m_payloadStack = new QStackedWidget(box);
    m_payloadStack->addWidget(m_sendPanel);
    m_payloadStack->addWidget(structPage);
    m_payloadStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_payloadKindCombo, &QComboBox::currentIndexChanged, m_payloadStack,
        &QStackedWidget::setCurrentIndex);

    m_countSpin = new QSpinBox(box);
    m_countSpin->setObjectName(u"countSpin"_s);
    m_countSpin->setAccessibleName(tr("Number of datagrams"));
    m_countSpin->setRange(1, 100000000);
    m_countSpin->setValue(1);
    m_rateSpin = new QDoubleSpinBox(box);
    m_rateSpin->setObjectName(u"rateSpin"_s);
    m_rateSpin->setAccessibleName(tr("Datagrams per second"));
    m_rateSpin->setRange(0, 1000000);
    m_rateSpin->setDecimals(1);
    m_rateSpin->setValue(10);
    m_rateSpin->setSpecialValueText(tr("flat out"));
    m_rateSpin->setSuffix(tr(" /s"));

    m_sendButton = new QPushButton(tr("&Send"), box);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setToolTip(tr("Send (Ctrl+Return)"));
    m_stopButton = new QPushButton(tr("S&top"), box);
    m_stopButton->setObjectName(u"stopSendButton"_s);
    m_stopButton->setAccessibleName(tr("Stop sending"));
    m_sendProgress = new QProgressBar(box);
    m_sendProgress->setObjectName(u"sendProgress"_s);
    m_sendProgress->setAccessibleName(tr("Datagrams sent"));
    m_sendProgress->setFormat(tr("%v / %m"));
    m_sendProgress->setRange(0, 1);
    m_sendProgress->setValue(0);
    connect(m_sendButton, &QPushButton::clicked, this, &UdpTab::send);
    connect(m_stopButton, &QPushButton::clicked, this, &UdpTab::stopSend);

    auto *form = new QFormLayout;
    form->addRow(tr("To:"), m_target);
    auto *multicastRow = new QHBoxLayout;
    multicastRow->addWidget(m_ttlSpin);
    multicastRow->addWidget(m_sendInterfaceCombo, 1);
    form->addRow(QString(), m_broadcastCheck);
    form->addRow(buddyLabel(tr("Multicast TT&L:"), m_ttlSpin, box), multicastRow);
    form->addRow(buddyLabel(tr("Pa&yload:"), m_payloadKindCombo, box), m_payloadKindCombo);
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_countSpin);
    repeatRow->addWidget(buddyLabel(tr("&at"), m_rateSpin, box));
    repeatRow->addWidget(m_rateSpin);
    form->addRow(buddyLabel(tr("&Count:"), m_countSpin, box), repeatRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_sendProgress, 1);

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_payloadStack);
    layout->addLayout(buttons);
    return box;
}

void UdpTab::fillTargets()
{
    QComboBox *hosts = m_target->hostCombo();
    const QString current = hosts->currentText();
    const QList<UdpSender::BroadcastChoice> broadcasts = UdpSender::broadcastAddresses();
    for (const UdpSender::BroadcastChoice &choice : broadcasts) {
        if (hosts->findText(choice.address.toString()) < 0)
            hosts->addItem(choice.address.toString());
    }
    hosts->setEditText(current); // offered, not chosen
}

std::optional<QByteArray> UdpTab::sendPayload(QString *error) const
{
    if (m_payloadKindCombo->currentData().toInt() == kPayloadPanel) {
        const std::optional<QByteArray> payload = m_sendPanel->payload(error);
        return payload;
    }
    const QString id = m_sendPresetCombo->currentData().toString();
    StructFormat format;
    for (const StructFormatPreset &preset : StructFormat::presets()) {
        if (preset.id == id)
            format = StructFormat::fromPreset(preset);
    }
    if (!format.isValid())
        format = StructFormat::parse(m_sendFormatEdit->text().trimmed());
    if (!format.isValid()) {
        *error = tr("Format: %1").arg(format.errorString());
        return std::nullopt;
    }
    QStringList texts = m_valuesEdit->text().split(u' ', Qt::SkipEmptyParts);
    const QList<StructField> fields = format.fields();
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch() / 1000.0, 'f', 3);
    for (qsizetype k = 0; k < texts.size() && k < fields.size(); ++k) {
        const char code = fields.at(k).code;
        if (texts.at(k) == u"now" && (code == 'd' || code == 'f' || code == 'e'))
            texts[k] = now;
    }
    QList<StructValue> values;
    QByteArray payload;
    if (!format.valuesFromStrings(texts, values, error) || !format.encode(values, payload, error))
        return std::nullopt;
    return payload;
}

void UdpTab::send()
{
    if (m_sender->isRunning()) {
        m_status->showInfo(tr("Still sending: stop it first"));
        return;
    }
    if (!m_target->isValid()) {
        showError(m_target->errorString());
        return;
    }
    QString error;
    const std::optional<QByteArray> payload = sendPayload(&error);
    if (!payload) {
        showError(error);
        return;
    }
    UdpSendJob job;
    job.host = m_target->host();
    job.port = m_target->port();
    job.payload = *payload;
    job.count = m_countSpin->value();
    job.rate = job.count > 1 ? m_rateSpin->value() : 0;
    job.allowBroadcast = m_broadcastCheck->isChecked();
    job.multicastTtl = m_ttlSpin->value();
    const QString interfaceName = m_sendInterfaceCombo->currentData().toString();
    if (!interfaceName.isEmpty())
        job.multicastInterface = QNetworkInterface::interfaceFromName(interfaceName);
    m_sendProgress->setRange(0, int(job.count));
    m_sendProgress->setValue(0);
    if (m_sender->start(job))
        m_target->rememberCurrent();
}

void UdpTab::stopSend()
{
    m_sender->stop();
}

void UdpTab::showSenderState()
{
    const bool running = m_sender->isRunning();
    m_sendButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    if (running || m_sender->sent() > 0) {
        m_sendProgress->setRange(0, int(qMin<qint64>(m_sender->job().count, 100000000)));
        m_sendProgress->setValue(int(qMin<qint64>(m_sender->sent(), m_sendProgress->maximum())));
    }
}

// ---------------------------------------------------------------- demo streams

QWidget *UdpTab::createDemoPanel()
{
    auto *box = new QGroupBox(tr("Demo streams"), this);
    m_demoTargetCombo = new QComboBox(box);
    m_demoTargetCombo->setObjectName(u"demoTargetCombo"_s);
    m_demoTargetCombo->setAccessibleName(tr("Send the demo streams to"));
    m_demoTargetCombo->setEditable(true);
    m_demoTargetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_demoTargetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_demoTargetCombo->setMinimumContentsLength(12);
    m_demoTargetCombo->addItem(u"127.0.0.1"_s);
    const QList<UdpSender::BroadcastChoice> broadcasts = UdpSender::broadcastAddresses();
    for (const UdpSender::BroadcastChoice &choice : broadcasts)
        m_demoTargetCombo->addItem(choice.address.toString());
    m_demoTargetCombo->setToolTip(tr("127.0.0.1 stays on this machine; a broadcast address "
                                     "reaches every classmate on the network"));
    m_demoTextPortSpin = new QSpinBox(box);
    m_demoTextPortSpin->setObjectName(u"demoTextPortSpin"_s);
    m_demoTextPortSpin->setAccessibleName(tr("Sensor lines port"));
    m_demoTextPortSpin->setRange(1, 65535);
    m_demoTextPortSpin->setValue(m_demo->textPort());
    m_demoDronePortSpin = new QSpinBox(box);
    m_demoDronePortSpin->setObjectName(u"demoDronePortSpin"_s);
    m_demoDronePortSpin->setAccessibleName(tr("Drone frames port"));
    m_demoDronePortSpin->setRange(1, 65535);
    m_demoDronePortSpin->setValue(m_demo->dronePort());
    m_demoButton = new QPushButton(box);
    m_demoButton->setObjectName(u"demoButton"_s);
    m_demoButton->setAccessibleName(tr("Start or stop the demo streams"));
    m_demoButton->setToolTip(tr("Start or stop the demo streams (Ctrl+K)"));
    m_demoLabel = new QLabel(box);
    m_demoLabel->setObjectName(u"demoLabel"_s);
    m_demoLabel->setWordWrap(true);
    connect(m_demoButton, &QPushButton::clicked, this, &UdpTab::toggleDemo);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("T&o:"), m_demoTargetCombo, box), m_demoTargetCombo);
    auto *ports = new QHBoxLayout;
    ports->addWidget(m_demoTextPortSpin);
    ports->addWidget(buddyLabel(tr("&drone"), m_demoDronePortSpin, box));
    ports->addWidget(m_demoDronePortSpin);
    form->addRow(buddyLabel(tr("Ports: sens&or"), m_demoTextPortSpin, box), ports);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_demoButton);
    layout->addWidget(m_demoLabel);
    return box;
}

void UdpTab::toggleDemo()
{
    if (m_demo->isRunning()) {
        m_demo->stop();
        return;
    }
    QHostAddress address;
    const QString text = m_demoTargetCombo->currentText().trimmed();
    if (!address.setAddress(text)) {
        showError(tr("'%1' is not an IP address: use 127.0.0.1 or a broadcast address such as "
                     "255.255.255.255")
                      .arg(text));
        return;
    }
    m_demo->setDestination(address);
    m_demo->setTextPort(quint16(m_demoTextPortSpin->value()));
    m_demo->setDronePort(quint16(m_demoDronePortSpin->value()));
    if (!m_demo->start())
        return;
    m_lowerTabs->setCurrentWidget(m_plotPanel); // the drone tilting, out of the box
    m_status->showInfo(tr("Demo streams to %1: sensor lines on %2, drone frames on %3")
                           .arg(address.toString())
                           .arg(m_demo->textPort())
                           .arg(m_demo->dronePort()));
}

void UdpTab::showDemoState()
{
    const bool running = m_demo->isRunning();
    m_demoButton->setText(running ? tr("Stop demo streams") : tr("Start demo streams"));
    m_demoTargetCombo->setEnabled(!running);
    m_demoTextPortSpin->setEnabled(!running);
    m_demoDronePortSpin->setEnabled(!running);
    if (running)
        m_demoLabel->setText(
            tr("%1 sensor lines and %2 drone frames sent to %3")
                .arg(QLocale().toString(m_demo->linesSent()),
                    QLocale().toString(m_demo->framesSent()), m_demo->destination().toString()));
    else
        m_demoLabel->setText(tr("Sensor lines at %1/s and drone frames at %2/s, like the "
                                "course's lab")
                                 .arg(m_demo->textRate())
                                 .arg(m_demo->droneRate()));
}

UdpTab::~UdpTab()
{
    m_messagesTable->verticalScrollBar()->disconnect(this);
}

// ---------------------------------------------------------------- LabTab

QString UdpTab::title() const
{
    return tr("UDP");
}

QString UdpTab::key() const
{
    return u"udp"_s;
}

void UdpTab::toggleConnection()
{
    toggleDemo();
}

void UdpTab::clearLog()
{
    m_capture->clear();
    showCaptureCounters();
}

void UdpTab::saveLog()
{
    const QString start = m_lastCsvDirectory.isEmpty() ? QDir::homePath() : m_lastCsvDirectory;
    const QString suggested = QDir(start).filePath(
        u"udp-%1.csv"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the messages as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastCsvDirectory = QFileInfo(path).absolutePath();
    exportCsv(path);
}

void UdpTab::showError(const QString &message)
{
    m_status->showError(message);
    emit statusMessage(message);
}

void UdpTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"listenPort"_s, m_portSpin->value());
    settings.setValue(u"bindAddress"_s, m_bindCombo->value());
    settings.setValue(u"decoder"_s, m_decoderCombo->currentData());
    m_codecPicker->saveSettings(settings);
    settings.setValue(u"preset"_s, m_presetCombo->currentData());
    settings.setValue(u"format"_s, m_formatEdit->text());
    settings.setValue(u"names"_s, m_namesEdit->text());
    settings.setValue(u"multicastGroup"_s, m_groupEdit->text());
    settings.setValue(u"rawHex"_s, m_rawCheck->isChecked());
    // EndpointPicker ("host", "port", "hostHistory") and SendPanel ("sendMode", "message",
    // …) keys do not collide with this tab's own.
    m_target->saveSettings(settings);
    m_sendPanel->saveSettings(settings);
    m_plotPanel->saveSettings(settings);
    settings.setValue(u"allowBroadcast"_s, m_broadcastCheck->isChecked());
    settings.setValue(u"ttl"_s, m_ttlSpin->value());
    settings.setValue(u"payloadKind"_s, m_payloadKindCombo->currentData());
    settings.setValue(u"sendPreset"_s, m_sendPresetCombo->currentData());
    settings.setValue(u"sendFormat"_s, m_sendFormatEdit->text());
    settings.setValue(u"values"_s, m_valuesEdit->text());
    settings.setValue(u"count"_s, m_countSpin->value());
    settings.setValue(u"rate"_s, m_rateSpin->value());
    settings.setValue(u"demoDestination"_s, m_demoTargetCombo->currentText());
    settings.setValue(u"demoTextPort"_s, m_demoTextPortSpin->value());
    settings.setValue(u"demoDronePort"_s, m_demoDronePortSpin->value());
    settings.setValue(u"csvDirectory"_s, m_lastCsvDirectory);
}

void UdpTab::restoreSettings(const QSettings &settings)
{
    const auto selectData = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    };
    m_portSpin->setValue(settings.value(u"listenPort"_s, m_portSpin->value()).toInt());
    const QString bind = settings.value(u"bindAddress"_s).toString();
    if (!bind.isEmpty())
        m_bindCombo->setValue(bind);
    if (settings.contains(u"decoder"_s))
        selectData(m_decoderCombo, settings.value(u"decoder"_s).toInt());
    m_codecPicker->restoreSettings(settings);
    if (settings.contains(u"preset"_s))
        selectData(m_presetCombo, settings.value(u"preset"_s).toString());
    if (m_presetCombo->currentData().toString() == kCustomPreset) {
        m_formatEdit->setText(settings.value(u"format"_s).toString());
        m_namesEdit->setText(settings.value(u"names"_s).toString());
    }
    m_groupEdit->setText(settings.value(u"multicastGroup"_s).toString());
    m_rawCheck->setChecked(settings.value(u"rawHex"_s, false).toBool());
    if (settings.contains(u"host"_s))
        m_target->restoreSettings(settings);
    m_sendPanel->restoreSettings(settings);
    m_plotPanel->restoreSettings(settings);
    fillTargets();
    m_broadcastCheck->setChecked(settings.value(u"allowBroadcast"_s, false).toBool());
    m_ttlSpin->setValue(settings.value(u"ttl"_s, 1).toInt());
    if (settings.contains(u"payloadKind"_s))
        selectData(m_payloadKindCombo, settings.value(u"payloadKind"_s).toInt());
    if (settings.contains(u"sendPreset"_s))
        selectData(m_sendPresetCombo, settings.value(u"sendPreset"_s).toString());
    if (m_sendPresetCombo->currentData().toString() == kCustomPreset)
        m_sendFormatEdit->setText(settings.value(u"sendFormat"_s).toString());
    if (settings.contains(u"values"_s))
        m_valuesEdit->setText(settings.value(u"values"_s).toString());
    m_countSpin->setValue(settings.value(u"count"_s, 1).toInt());
    m_rateSpin->setValue(settings.value(u"rate"_s, 10.0).toDouble());
    if (!m_demo->isRunning()) {
        const QString destination = settings.value(u"demoDestination"_s).toString();
        if (!destination.isEmpty())
            m_demoTargetCombo->setEditText(destination);
        m_demoTextPortSpin->setValue(
            settings.value(u"demoTextPort"_s, m_demoTextPortSpin->value()).toInt());
        m_demoDronePortSpin->setValue(
            settings.value(u"demoDronePort"_s, m_demoDronePortSpin->value()).toInt());
    }
    m_lastCsvDirectory = settings.value(u"csvDirectory"_s).toString();
}

} // namespace netlab
