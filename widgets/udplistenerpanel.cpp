#include "udplistenerpanel.h"

#include "bindaddresscombo.h"
#include "codecpicker.h"
#include "statusline.h"
#include "udpformfields.h"
#include "udpportstatsdelegate.h"

#include <netlab/demostreams.h>
#include <netlab/socketcode.h>
#include <netlab/udpportstatsmodel.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

using udpform::buddyLabel;

namespace {
constexpr int kDecoderText = 0;
constexpr int kDecoderStruct = 1;
constexpr int kDecoderHex = 2;
} // namespace

UdpListenerPanel::UdpListenerPanel(UdpListener *listener, StatusLine *status, QWidget *parent)
    : QGroupBox(parent)
    , m_listener(listener)
    , m_status(status)
{
    setTitle(tr("Listening ports"));
    setObjectName(u"listenerPanel"_s);

    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(u"listenPortSpin"_s);
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("any free port"));
    m_portSpin->setValue(DemoStreams::kTextPort);
    m_portSpin->setAccessibleName(tr("Port to listen on"));

    m_bindCombo
        = new BindAddressCombo(BindAddressCombo::Ipv6Any | BindAddressCombo::Broadcast, this);
    m_bindCombo->setObjectName(u"bindAddressCombo"_s);
    // As wide as its longest choice, so no language's wording is cut.
    m_bindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bindCombo->setAccessibleName(tr("Bind address"));
    m_bindCombo->setToolTip(tr("0.0.0.0 receives from every network, broadcasts included; "
                               "127.0.0.1 only from this machine; a broadcast address only "
                               "what is broadcast there (Linux)"));

    m_decoderCombo = new QComboBox(this);
    m_decoderCombo->setObjectName(u"decoderCombo"_s);
    m_decoderCombo->addItem(tr("Text"), kDecoderText);
    m_decoderCombo->addItem(tr("Struct frame"), kDecoderStruct);
    m_decoderCombo->addItem(tr("Hex"), kDecoderHex);
    m_decoderCombo->setAccessibleName(tr("Decoder"));

    m_codecPicker = new CodecPicker(this);
    m_codecPicker->setObjectName(u"listenCodecPicker"_s);

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(u"presetCombo"_s);
    m_presetCombo->setAccessibleName(tr("Frame preset"));
    udpform::fillPresets(m_presetCombo);
    m_formatEdit = new QLineEdit(this);
    m_formatEdit->setObjectName(u"formatEdit"_s);
    m_formatEdit->setAccessibleName(tr("Struct format"));
    m_formatEdit->setPlaceholderText(u"<diiiiffff"_s);
    m_formatEdit->setMaxLength(int(StructFormat::kMaxFormatLength));
    m_formatEdit->setToolTip(tr("A Python struct format, as in struct.unpack('<diiiiffff', data)"));
    m_namesEdit = new QLineEdit(this);
    m_namesEdit->setObjectName(u"namesEdit"_s);
    m_namesEdit->setAccessibleName(tr("Field names"));
    m_namesEdit->setPlaceholderText(tr("names, comma-separated"));
    m_namesEdit->setMaxLength(8192);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this,
        [this] { udpform::applyPreset(m_presetCombo, m_formatEdit, m_namesEdit); });
    udpform::applyPreset(m_presetCombo, m_formatEdit, m_namesEdit);

    auto *structPage = new QWidget(this);
    auto *structLayout = new QHBoxLayout(structPage);
    structLayout->setContentsMargins(0, 0, 0, 0);
    structLayout->addWidget(m_presetCombo);
    structLayout->addWidget(buddyLabel(tr("&Format:"), m_formatEdit, structPage));
    structLayout->addWidget(m_formatEdit, 1);
    structLayout->addWidget(buddyLabel(tr("&Names:"), m_namesEdit, structPage));
    structLayout->addWidget(m_namesEdit, 2);
    auto *hexPage = new QLabel(tr("Each datagram shown as hex bytes"), this);

    m_decoderStack = new QStackedWidget(this);
    m_decoderStack->addWidget(m_codecPicker);
    m_decoderStack->addWidget(structPage);
    m_decoderStack->addWidget(hexPage);
    m_decoderStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_decoderCombo, &QComboBox::currentIndexChanged, m_decoderStack,
        &QStackedWidget::setCurrentIndex);

    m_groupEdit = new QLineEdit(this);
    m_groupEdit->setObjectName(u"multicastGroupEdit"_s);
    m_groupEdit->setAccessibleName(tr("Multicast group"));
    m_groupEdit->setPlaceholderText(tr("none, or e.g. 239.1.2.3"));
    m_groupEdit->setMaxLength(64);
    m_interfaceCombo = new QComboBox(this);
    m_interfaceCombo->setObjectName(u"multicastInterfaceCombo"_s);
    m_interfaceCombo->setAccessibleName(tr("Multicast interface"));
    udpform::fillMulticastInterfaces(m_interfaceCombo);

    m_addButton = new QPushButton(tr("&Add port"), this);
    m_addButton->setObjectName(u"addPortButton"_s);
    m_addButton->setAccessibleName(tr("Add port"));
    m_addButton->setDefault(false);
    m_removeButton = new QPushButton(tr("&Remove port"), this);
    m_removeButton->setObjectName(u"removePortButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected ports"));
    m_demoPortsButton = new QPushButton(tr("Listen to the &demo ports"), this);
    m_demoPortsButton->setObjectName(u"demoPortsButton"_s);
    m_demoPortsButton->setAccessibleName(tr("Listen to the demo ports"));
    m_demoPortsButton->setToolTip(tr("Sensor lines as text on the demo text port and drone "
                                     "frames (<diiiiffff) on the demo drone port"));
    connect(m_addButton, &QPushButton::clicked, this, &UdpListenerPanel::addPort);
    connect(m_removeButton, &QPushButton::clicked, this, &UdpListenerPanel::removeSelectedPorts);
    connect(m_demoPortsButton, &QPushButton::clicked, this, &UdpListenerPanel::demoPortsRequested);

    m_statsModel = new UdpPortStatsModel(m_listener, this);
    m_statsTable = new QTableView(this);
    m_statsTable->setObjectName(u"portStatsTable"_s);
    m_statsTable->setAccessibleName(tr("Listening ports and their rates"));
    m_statsTable->setModel(m_statsModel);
    m_statsTable->setItemDelegate(new UdpPortStatsDelegate(m_statsTable));
    m_statsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statsTable->setWordWrap(false);
    m_statsTable->verticalHeader()->hide();
    m_statsTable->verticalHeader()->setDefaultSectionSize(m_statsTable->fontMetrics().height() + 8);
    m_statsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statsTable->horizontalHeader()->setSectionResizeMode(
        UdpPortStatsModel::HistoryColumn, QHeaderView::Fixed);
    m_statsTable->setColumnWidth(UdpPortStatsModel::HistoryColumn, 90);
    m_statsTable->setMinimumHeight(90);
    const auto showPorts = [this] { m_removeButton->setEnabled(m_statsModel->rowCount() > 0); };
    connect(m_statsModel, &QAbstractItemModel::rowsInserted, this, showPorts);
    connect(m_statsModel, &QAbstractItemModel::rowsRemoved, this, showPorts);
    connect(m_statsModel, &QAbstractItemModel::modelReset, this, showPorts);
    showPorts();

    auto *grid = new QGridLayout;
    grid->addWidget(buddyLabel(tr("P&ort:"), m_portSpin, this), 0, 0);
    grid->addWidget(m_portSpin, 0, 1);
    grid->addWidget(buddyLabel(tr("&Bind:"), m_bindCombo, this), 0, 2);
    grid->addWidget(m_bindCombo, 0, 3);
    grid->addWidget(buddyLabel(tr("D&ecoder:"), m_decoderCombo, this), 0, 4);
    grid->addWidget(m_decoderCombo, 0, 5);
    grid->addWidget(m_decoderStack, 1, 0, 1, 6);
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(buddyLabel(tr("&Multicast group:"), m_groupEdit, this));
    groupRow->addWidget(m_groupEdit, 1);
    groupRow->addWidget(buddyLabel(tr("&on"), m_interfaceCombo, this));
    groupRow->addWidget(m_interfaceCombo, 1);
    grid->addLayout(groupRow, 2, 0, 1, 6);
    grid->setColumnStretch(3, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_addButton);
    m_buttons->addWidget(m_removeButton);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_demoPortsButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(m_buttons);
    layout->addWidget(m_statsTable, 1);

    // The program follows the ports, and the form while no port is open.
    connect(m_listener, &UdpListener::portAdded, this, &UdpListenerPanel::codeChanged);
    connect(m_listener, &UdpListener::portRemoved, this, &UdpListenerPanel::codeChanged);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &UdpListenerPanel::codeChanged);
    connect(m_bindCombo, &QComboBox::currentTextChanged, this, &UdpListenerPanel::codeChanged);
    connect(m_decoderCombo, &QComboBox::currentIndexChanged, this, &UdpListenerPanel::codeChanged);
    connect(m_codecPicker, &CodecPicker::codecChanged, this, &UdpListenerPanel::codeChanged);
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &UdpListenerPanel::codeChanged);
    connect(m_formatEdit, &QLineEdit::textChanged, this, &UdpListenerPanel::codeChanged);
    connect(m_namesEdit, &QLineEdit::textChanged, this, &UdpListenerPanel::codeChanged);
}

void UdpListenerPanel::addButton(QWidget *button)
{
    m_buttons->addWidget(button);
}

void UdpListenerPanel::showError(const QString &message)
{
    m_status->showError(message);
    emit statusMessage(message);
}

std::optional<StructFormat> UdpListenerPanel::listenFormat(QString *error) const
{
    if (const std::optional<StructFormat> preset = udpform::chosenPreset(m_presetCombo))
        return preset;
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

std::optional<UdpPortConfig> UdpListenerPanel::formConfig(QString *error) const
{
    const std::optional<QHostAddress> address = m_bindCombo->address(error);
    if (!address)
        return std::nullopt;
    UdpPortConfig config;
    config.port = quint16(m_portSpin->value());
    config.bindAddress = *address;
    switch (m_decoderCombo->currentData().toInt()) {
    case kDecoderStruct: {
        const std::optional<StructFormat> format = listenFormat(error);
        if (!format)
            return std::nullopt;
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
            *error = tr("'%1' is not a multicast group: use 224.0.0.0 to 239.255.255.255 "
                        "(e.g. 239.1.2.3) or an IPv6 ff00::/8 address")
                         .arg(group);
            return std::nullopt;
        }
        config.multicastGroup = groupAddress;
        const QString interfaceName = m_interfaceCombo->currentData().toString();
        if (!interfaceName.isEmpty())
            config.multicastInterface = QNetworkInterface::interfaceFromName(interfaceName);
    }
    return config;
}

quint16 UdpListenerPanel::addPort()
{
    QString error;
    const std::optional<UdpPortConfig> config = formConfig(&error);
    if (!config) {
        showError(error);
        return 0;
    }
    const quint16 port = m_listener->addPort(*config);
    if (port == 0)
        return 0; // errorOccurred() has shown why
    m_status->showInfo(
        tr("Listening on port %1 (%2, %3)")
            .arg(port)
            .arg(config->bindAddress.toString(), UdpListener::decoderName(config->decoder)));
    emit statusMessage(m_status->text());
    return port;
}

void UdpListenerPanel::removeSelectedPorts()
{
    QList<quint16> ports;
    const QModelIndexList selected = m_statsTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const auto port = quint16(index.data(UdpPortStatsModel::PortRole).toUInt());
        if (!ports.contains(port))
            ports.append(port);
    }
    if (ports.isEmpty() && m_statsTable->currentIndex().isValid())
        ports.append(
            quint16(m_statsTable->currentIndex().data(UdpPortStatsModel::PortRole).toUInt()));
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

void UdpListenerPanel::listenToDemoPorts(quint16 textPort, quint16 dronePort)
{
    QString error;
    const std::optional<QHostAddress> address = m_bindCombo->address(&error);
    if (!address) {
        showError(error);
        return;
    }
    if (!m_listener->hasPort(textPort)) {
        UdpPortConfig text;
        text.port = textPort;
        text.bindAddress = *address;
        text.decoder = UdpDecoder::Text;
        text.textCodec = m_codecPicker->codec();
        if (m_listener->addPort(text) == 0)
            return;
    }
    if (!m_listener->hasPort(dronePort)) {
        UdpPortConfig drone;
        drone.port = dronePort;
        drone.bindAddress = *address;
        drone.decoder = UdpDecoder::Struct;
        drone.structFormat = StructFormat::droneFrame();
        if (m_listener->addPort(drone) == 0)
            return;
    }
    m_status->showInfo(tr("Listening to the demo ports %1 (sensor lines) and %2 (drone frames)")
                           .arg(QString::number(textPort), QString::number(dronePort)));
}

GeneratedCode UdpListenerPanel::code() const
{
    UdpListenerCode settings;
    const QList<quint16> ports = m_listener->ports();
    for (const quint16 port : ports)
        settings.ports.append(m_listener->config(port));
    if (settings.ports.isEmpty()) {
        QString error; // a format still being typed: no port until it parses
        if (const std::optional<UdpPortConfig> config = formConfig(&error))
            settings.ports.append(*config);
    }
    return SocketCode::udpListener(settings);
}

void UdpListenerPanel::saveSettings(QSettings &settings) const
{
    settings.setValue(u"listenPort"_s, m_portSpin->value());
    settings.setValue(u"bindAddress"_s, m_bindCombo->value());
    settings.setValue(u"decoder"_s, m_decoderCombo->currentData());
    m_codecPicker->saveSettings(settings);
    settings.setValue(u"preset"_s, m_presetCombo->currentData());
    settings.setValue(u"format"_s, m_formatEdit->text());
    settings.setValue(u"names"_s, m_namesEdit->text());
    settings.setValue(u"multicastGroup"_s, m_groupEdit->text());
}

void UdpListenerPanel::restoreSettings(const QSettings &settings)
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
    if (m_presetCombo->currentData().toString() == udpform::customPreset()) {
        m_formatEdit->setText(settings.value(u"format"_s).toString());
        m_namesEdit->setText(settings.value(u"names"_s).toString());
    }
    m_groupEdit->setText(settings.value(u"multicastGroup"_s).toString());
}

} // namespace netlab
