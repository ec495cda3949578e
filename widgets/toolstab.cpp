#include "toolstab.h"

#include "endpointpicker.h"
#include "statusline.h"

#include <netlab/inputcheck.h>
#include <netlab/machineinfo.h>
#include <netlab/portcheck.h>
#include <netlab/socketerror.h>
#include <netlab/wellknownports.h>

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

constexpr quint16 kDefaultLookupPort = 0; // none, as in the guide: rows without a port
constexpr quint16 kDefaultFreePort = 50000; // the course's echo server
constexpr int kMaxNameLength = kMaxHostNameLength + 8; // room to show the "too long" message
constexpr int kAddressesType = -1; // the type combo's data for getaddrinfo rows

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QTableWidget *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

ToolsTab::ToolsTab(NameLookup *lookup, TcpConnectCheck *connectCheck, QWidget *parent)
    : LabTab(parent)
    , m_lookup(lookup)
    , m_connectCheck(connectCheck)
{
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(u"toolsSections"_s);
    m_sections->setAccessibleName(tr("Tools sections"));
    m_sections->addTab(createLookupPage(), tr("Name &lookup"));
    m_sections->addTab(createMachinePage(), tr("This &machine"));
    m_sections->addTab(createPortsPage(), tr("&Ports"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sections);

    connect(m_lookup, &NameLookup::lookupStarted, this, [this](const QString &name) {
        showLookupBusy(true);
        m_lookupTable->setRowCount(0);
        m_lookupStatus->showInfo(tr("Looking up %1…").arg(name));
    });
    connect(m_lookup, &NameLookup::addressesFound, this, &ToolsTab::showAddresses);
    connect(m_lookup, &NameLookup::recordsFound, this, &ToolsTab::showRecords);
    connect(m_lookup, &NameLookup::errorOccurred, this, [this](const QString &message) {
        m_lookupTable->setRowCount(0); // the headers stay
        m_lookupStatus->showError(message);
        emit statusMessage(message);
    });
    connect(m_lookup, &NameLookup::lookupFinished, this, &ToolsTab::showLookupDone);

    connect(m_connectCheck, &TcpConnectCheck::checkStarted, this,
        [this](const QString &host, quint16 port) {
            m_connectCheckButton->setText(tr("Ca&ncel"));
            m_connectCheckButton->setAccessibleName(tr("Cancel the connect check"));
            m_connectStatus->showInfo(tr("Connecting to %1…").arg(formatEndpoint(host, port)));
        });
    connect(m_connectCheck, &TcpConnectCheck::checkFinished, this, &ToolsTab::showConnectResult);
    connect(m_connectCheck, &TcpConnectCheck::errorOccurred, this, [this](const QString &message) {
        // A failed check is shown by checkFinished; this is bad input refused by start().
        if (!m_connectCheck->isRunning() && message != m_connectCheck->lastResult().message)
            m_connectStatus->showError(message);
    });

    // Show what the core already knows (the tab may be rebuilt for a language switch).
    showLookupBusy(m_lookup->isBusy());
    if (m_lookup->isBusy())
        m_lookupStatus->showInfo(tr("Looking up %1…").arg(m_lookup->name()));
    else if (!m_lookup->lastError().isEmpty())
        m_lookupStatus->showError(m_lookup->lastError());
    else if (m_lookup->lastWasRecords() && !m_lookup->records().isEmpty())
        showRecords(m_lookup->records());
    else
        showAddresses(m_lookup->addresses()); // empty: the columns a lookup fills
    if (m_connectCheck->isRunning()) {
        m_connectCheckButton->setText(tr("Ca&ncel"));
        m_connectStatus->showInfo(tr("Connecting…"));
    } else if (m_connectCheck->hasResult()) {
        showConnectResult(m_connectCheck->lastResult());
    }
    refreshMachine();
    filterPorts(QString());
    updateLookupInputs();
}

QWidget *ToolsTab::createLookupPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"lookupPage"_s);

    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(u"lookupNameEdit"_s);
    m_nameEdit->setMaxLength(kMaxNameLength);
    m_nameEdit->setPlaceholderText(tr("localhost, example.org, 192.168.1.10, ::1"));
    m_nameEdit->setClearButtonEnabled(true);
    auto *nameLabel = new QLabel(tr("&Name or address:"), page);
    nameLabel->setBuddy(m_nameEdit);

    m_lookupPortSpin = new QSpinBox(page);
    m_lookupPortSpin->setObjectName(u"lookupPortSpin"_s);
    m_lookupPortSpin->setRange(0, 65535);
    m_lookupPortSpin->setSpecialValueText(tr("none"));
    m_lookupPortSpin->setValue(kDefaultLookupPort);
    m_lookupPortSpin->setToolTip(tr("The port getaddrinfo() puts into each row (0: none)"));
    auto *portLabel = new QLabel(tr("P&ort:"), page);
    portLabel->setBuddy(m_lookupPortSpin);

    m_typeCombo = new QComboBox(page);
    m_typeCombo->setObjectName(u"lookupTypeCombo"_s);
    m_typeCombo->addItem(tr("Addresses (getaddrinfo)"), kAddressesType);
    for (NameLookup::RecordType type : NameLookup::recordTypes()) {
        const QString name = NameLookup::recordTypeName(type);
        m_typeCombo->addItem(type == NameLookup::RecordType::PTR
                ? tr("%1 records (reverse lookup)").arg(name)
                : tr("%1 records").arg(name),
            int(type));
    }
    auto *typeLabel = new QLabel(tr("&What:"), page);
    typeLabel->setBuddy(m_typeCombo);

    m_dnsServerEdit = new QLineEdit(page);
    m_dnsServerEdit->setObjectName(u"dnsServerEdit"_s);
    m_dnsServerEdit->setMaxLength(64);
    m_dnsServerEdit->setPlaceholderText(tr("the system's"));
    m_dnsServerEdit->setToolTip(tr("The DNS server to ask for records, e.g. 1.1.1.1 (empty: the "
                                   "system's)"));
    auto *serverLabel = new QLabel(tr("DNS &server:"), page);
    serverLabel->setBuddy(m_dnsServerEdit);

    m_lookupButton = new QPushButton(tr("Look &up"), page);
    m_lookupButton->setObjectName(u"lookupButton"_s);
    m_lookupButton->setDefault(true);

    m_lookupStatus = new StatusLine(page);
    m_lookupStatus->setObjectName(u"lookupStatus"_s);
    m_lookupTable = makeTable(u"lookupTable"_s, tr("Lookup results"), page);
    m_lookupHint = new QLabel(page);
    m_lookupHint->setObjectName(u"lookupHint"_s);
    m_lookupHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookupHint->setWordWrap(true);

    auto *inputs = new QHBoxLayout;
    inputs->addWidget(nameLabel);
    inputs->addWidget(m_nameEdit, 3);
    inputs->addWidget(portLabel);
    inputs->addWidget(m_lookupPortSpin);
    inputs->addWidget(typeLabel);
    inputs->addWidget(m_typeCombo, 1);
    inputs->addWidget(serverLabel);
    inputs->addWidget(m_dnsServerEdit, 1);
    inputs->addWidget(m_lookupButton);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(inputs);
    layout->addWidget(m_lookupStatus);
    layout->addWidget(m_lookupTable, 1);
    layout->addWidget(m_lookupHint);

    connect(m_lookupButton, &QPushButton::clicked, this, [this] {
        if (m_lookup->isBusy()) {
            m_lookup->abort();
            showLookupBusy(false);
            m_lookupStatus->showInfo(tr("Lookup cancelled."));
        } else {
            startLookup();
        }
    });
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &ToolsTab::startLookup);
    connect(m_dnsServerEdit, &QLineEdit::returnPressed, this, &ToolsTab::startLookup);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ToolsTab::updateLookupHint);
    connect(m_lookupPortSpin, &QSpinBox::valueChanged, this, &ToolsTab::updateLookupHint);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &ToolsTab::updateLookupInputs);
    return page;
}

QWidget *ToolsTab::createMachinePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"machinePage"_s);

    m_hostNameLabel = new QLabel(page);
    m_hostNameLabel->setObjectName(u"hostNameLabel"_s);
    m_hostNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userNameLabel = new QLabel(page);
    m_userNameLabel->setObjectName(u"userNameLabel"_s);
    m_userNameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hostCaption = new QLabel(tr("Host name:"), page);
    hostCaption->setBuddy(m_hostNameLabel);
    auto *userCaption = new QLabel(tr("User:"), page);
    userCaption->setBuddy(m_userNameLabel);
    m_hostNameLabel->setAccessibleName(tr("Host name"));
    m_userNameLabel->setAccessibleName(tr("User"));

    m_refreshButton = new QPushButton(tr("&Refresh"), page);
    m_refreshButton->setObjectName(u"refreshInterfacesButton"_s);
    m_refreshButton->setAccessibleName(tr("Refresh the interfaces"));

    m_interfacesTable = makeTable(u"interfacesTable"_s, tr("Network interfaces"), page);
    m_interfacesTable->setColumnCount(8);
    m_interfacesTable->setHorizontalHeaderLabels({tr("Interface"), tr("Flags"), tr("MAC address"),
        tr("Family"), tr("Address"), tr("Netmask / prefix"), tr("Broadcast"), QString()});
    // Columns as wide as their contents; the Copy buttons right after the broadcast address.
    m_interfacesTable->horizontalHeader()->setStretchLastSection(false);

    m_machineStatus = new StatusLine(page);
    m_machineStatus->setObjectName(u"machineStatus"_s);

    auto *hint = new QLabel(tr("To reach every machine of a network with UDP, send to that "
                               "network's broadcast address (a /24 such as 192.168.1.0 has "
                               "192.168.1.255, a /16 such as 172.16.0.0 has 172.16.255.255); "
                               "255.255.255.255 stays on the local link. A server bound to "
                               "0.0.0.0 listens on every interface, one bound to 127.0.0.1 "
                               "only to this machine."),
        page);
    hint->setObjectName(u"machineHint"_s);
    hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(hostCaption, m_hostNameLabel);
    form->addRow(userCaption, m_userNameLabel);
    top->addLayout(form, 1);
    top->addWidget(m_refreshButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_interfacesTable, 1);
    layout->addWidget(m_machineStatus);
    layout->addWidget(hint);

    connect(m_refreshButton, &QPushButton::clicked, this, [this] {
        refreshMachine();
        m_machineStatus->showInfo(
            tr("Interfaces found: %1.").arg(m_interfacesTable->property("interfaceCount").toInt()));
    });
    return page;
}

QWidget *ToolsTab::createPortsPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"portsPage"_s);

    // Well-known ports
    auto *known = new QGroupBox(tr("Well-known ports"), page);
    m_portSearchEdit = new QLineEdit(known);
    m_portSearchEdit->setObjectName(u"portSearchEdit"_s);
    m_portSearchEdit->setMaxLength(64);
    m_portSearchEdit->setClearButtonEnabled(true);
    m_portSearchEdit->setPlaceholderText(tr("a number, a service or a word: 22, mqtt, mail"));
    auto *searchLabel = new QLabel(tr("Sea&rch:"), known);
    searchLabel->setBuddy(m_portSearchEdit);
    m_portsTable = makeTable(u"portsTable"_s, tr("Well-known ports"), known);
    m_portsTable->setColumnCount(4);
    m_portsTable->setHorizontalHeaderLabels(
        {tr("Port"), tr("Protocol"), tr("Service"), tr("Description")});
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_portSearchEdit, 1);
    auto *knownLayout = new QVBoxLayout(known);
    knownLayout->addLayout(searchRow);
    knownLayout->addWidget(m_portsTable, 1);

    // Is a local port free?
    auto *freeBox = new QGroupBox(tr("Is a local port free?"), page);
    m_freePortSpin = new QSpinBox(freeBox);
    m_freePortSpin->setObjectName(u"freePortSpin"_s);
    m_freePortSpin->setRange(1, 65535);
    m_freePortSpin->setValue(kDefaultFreePort);
    auto *freePortLabel = new QLabel(tr("Po&rt:"), freeBox);
    freePortLabel->setBuddy(m_freePortSpin);
    m_freeTransportCombo = new QComboBox(freeBox);
    m_freeTransportCombo->setObjectName(u"freeTransportCombo"_s);
    m_freeTransportCombo->addItem(tr("TCP"), int(PortCheck::Transport::Tcp));
    m_freeTransportCombo->addItem(tr("UDP"), int(PortCheck::Transport::Udp));
    m_freeTransportCombo->setAccessibleName(tr("Protocol"));
    m_freeCheckButton = new QPushButton(tr("C&heck"), freeBox);
    m_freeCheckButton->setObjectName(u"freeCheckButton"_s);
    m_freeCheckButton->setAccessibleName(tr("Check whether the local port is free"));
    m_freeStatus = new StatusLine(freeBox);
    m_freeStatus->setObjectName(u"freeStatus"_s);
    auto *freeNote = new QLabel(tr("Binds the port on every interface for a moment, as a server "
                                   "would. Ports below 1024 need administrator rights."),
        freeBox);
    freeNote->setWordWrap(true);
    auto *freeRow = new QHBoxLayout;
    freeRow->addWidget(freePortLabel);
    freeRow->addWidget(m_freePortSpin);
    freeRow->addWidget(m_freeTransportCombo);
    freeRow->addWidget(m_freeCheckButton);
    freeRow->addStretch();
    auto *freeLayout = new QVBoxLayout(freeBox);
    freeLayout->addLayout(freeRow);
    freeLayout->addWidget(m_freeStatus);
    freeLayout->addWidget(freeNote);

    // TCP connect check
    auto *connectBox = new QGroupBox(tr("TCP connect check"), page);
    m_connectEndpoint = new EndpointPicker(connectBox);
    m_connectEndpoint->setObjectName(u"connectEndpoint"_s);
    m_connectEndpoint->setHost(u"127.0.0.1"_s);
    m_connectEndpoint->setPort(kDefaultFreePort);
    m_connectCheckButton = new QPushButton(tr("Co&nnect"), connectBox);
    m_connectCheckButton->setObjectName(u"connectCheckButton"_s);
    m_connectCheckButton->setAccessibleName(tr("Check the TCP connection"));
    m_connectStatus = new StatusLine(connectBox);
    m_connectStatus->setObjectName(u"connectStatus"_s);
    auto *connectNote = new QLabel(tr("Opens a TCP connection, measures the handshake and closes "
                                      "it at once: \"refused\" means nothing listens there."),
        connectBox);
    connectNote->setWordWrap(true);
    auto *connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connectEndpoint, 1);
    connectRow->addWidget(m_connectCheckButton);
    auto *connectLayout = new QVBoxLayout(connectBox);
    connectLayout->addLayout(connectRow);
    connectLayout->addWidget(m_connectStatus);
    connectLayout->addWidget(connectNote);

    // Room for a three-line answer, so a long one never overlaps the note below it.
    for (StatusLine *status : {m_freeStatus, m_connectStatus})
        status->setMinimumHeight(3 * status->fontMetrics().lineSpacing());

    auto *right = new QVBoxLayout;
    right->addWidget(freeBox);
    right->addWidget(connectBox);
    right->addStretch();
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(known, 3);
    layout->addLayout(right, 2);

    connect(m_portSearchEdit, &QLineEdit::textChanged, this, &ToolsTab::filterPorts);
    connect(m_freeCheckButton, &QPushButton::clicked, this, &ToolsTab::checkLocalPort);
    connect(m_connectCheckButton, &QPushButton::clicked, this, [this] {
        if (m_connectCheck->isRunning()) {
            m_connectCheck->abort();
            m_connectCheckButton->setText(tr("Co&nnect"));
            m_connectCheckButton->setAccessibleName(tr("Check the TCP connection"));
            m_connectStatus->showInfo(tr("Connect check cancelled."));
        } else {
            startConnectCheck();
        }
    });
    connect(m_portsTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem *cell = m_portsTable->item(row, 0);
        if (!cell)
            return;
        const quint16 port = quint16(cell->text().toUInt());
        m_freePortSpin->setValue(port);
        m_connectEndpoint->setPort(port);
    });
    return page;
}

QString ToolsTab::title() const
{
    return tr("Tools");
}

QString ToolsTab::key() const
{
    return u"tools"_s;
}

void ToolsTab::setCurrentSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

// Name lookup ------------------------------------------------------------------------------

void ToolsTab::startLookup()
{
    const QString name = m_nameEdit->text().trimmed();
    const int type = m_typeCombo->currentData().toInt();
    if (type == kAddressesType) {
        m_lookup->lookupAddresses(name, quint16(m_lookupPortSpin->value()));
        return;
    }
    const QString server = m_dnsServerEdit->text().trimmed();
    QHostAddress serverAddress;
    if (!server.isEmpty() && !serverAddress.setAddress(server)) {
        m_lookupStatus->showError(
            tr("'%1' is not a DNS server address: enter an IP address such as 1.1.1.1, or "
               "leave it empty for the system's server.")
                .arg(server));
        return;
    }
    m_lookup->setNameserver(serverAddress);
    m_lookup->lookupRecords(name, NameLookup::RecordType(type));
}

void ToolsTab::showLookupBusy(bool busy)
{
    m_lookupButton->setText(busy ? tr("Ca&ncel") : tr("Look &up"));
    m_lookupButton->setAccessibleName(busy ? tr("Cancel the lookup") : tr("Look up"));
}

void ToolsTab::showAddresses(const QList<AddressInfo> &rows)
{
    m_lookupTable->clear();
    m_lookupTable->setColumnCount(5);
    m_lookupTable->setHorizontalHeaderLabels(
        {tr("Family"), tr("Socket type"), tr("Protocol"), tr("Address"), tr("Port")});
    m_lookupTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const AddressInfo &row = rows.at(i);
        m_lookupTable->setItem(i, 0, item(row.familyName()));
        m_lookupTable->setItem(i, 1, item(row.socketTypeName()));
        m_lookupTable->setItem(
            i, 2, item(u"%1 (%2)"_s.arg(row.protocolName()).arg(row.protocolNumber())));
        m_lookupTable->setItem(i, 3, item(row.address.toString()));
        m_lookupTable->setItem(i, 4, item(QString::number(row.port)));
    }
    m_lookupTable->resizeColumnsToContents();
}

void ToolsTab::showRecords(const QList<DnsRecord> &records)
{
    m_lookupTable->clear();
    m_lookupTable->setColumnCount(4);
    m_lookupTable->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("TTL (s)"), tr("Value")});
    m_lookupTable->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const DnsRecord &record = records.at(i);
        m_lookupTable->setItem(i, 0, item(record.name));
        m_lookupTable->setItem(i, 1, item(record.type));
        m_lookupTable->setItem(i, 2, item(QString::number(record.ttl)));
        m_lookupTable->setItem(i, 3, item(record.value));
    }
    m_lookupTable->resizeColumnsToContents();
}

void ToolsTab::showLookupDone(bool ok)
{
    showLookupBusy(false);
    if (!ok)
        return;
    const QString time = QLocale().toString(m_lookup->elapsedMs(), 'f', 1);
    QString message;
    if (m_lookup->lastWasRecords()) {
        message = tr("%1: records found in %2 ms: %3.")
                      .arg(m_lookup->name(), time)
                      .arg(m_lookup->records().size());
    } else {
        QList<QHostAddress> distinct;
        for (const AddressInfo &row : m_lookup->addresses()) {
            if (!distinct.contains(row.address))
                distinct.append(row.address);
        }
        message = tr("%1: addresses found in %2 ms: %3 (%4 rows, as getaddrinfo gives them).")
                      .arg(m_lookup->name(), time)
                      .arg(distinct.size())
                      .arg(m_lookup->addresses().size());
        if (!m_lookup->reverseName().isEmpty())
            message += u' ' + tr("Its name: %1.").arg(m_lookup->reverseName());
    }
    m_lookupStatus->showInfo(message);
    emit statusMessage(message);
}

void ToolsTab::updateLookupInputs()
{
    const bool addresses = m_typeCombo->currentData().toInt() == kAddressesType;
    m_lookupPortSpin->setEnabled(addresses);
    m_dnsServerEdit->setEnabled(!addresses);
    updateLookupHint();
}

void ToolsTab::updateLookupHint()
{
    QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty())
        name = u"localhost"_s;
    const int type = m_typeCombo->currentData().toInt();
    if (type == kAddressesType) {
        const QString port = m_lookupPortSpin->value() == 0
            ? u"None"_s
            : QString::number(m_lookupPortSpin->value());
        m_lookupHint->setText(tr("In Python: socket.getaddrinfo(%1, %2) — or "
                                 "socket.gethostbyname(%1) for one IPv4 address.")
                                  .arg(quoted(name.left(80)), port));
    } else {
        const QString typeName = NameLookup::recordTypeName(NameLookup::RecordType(type));
        m_lookupHint->setText(type == int(NameLookup::RecordType::PTR)
                ? tr("On the command line: nslookup %1 — or dig -x %1.").arg(name.left(80))
                : tr("On the command line: nslookup -type=%1 %2 — or dig %2 %1.")
                      .arg(typeName, name.left(80)));
    }
}

// This machine -----------------------------------------------------------------------------

void ToolsTab::refreshMachine()
{
    m_hostNameLabel->setText(MachineInfo::hostName());
    m_userNameLabel->setText(MachineInfo::userName());

    const QList<InterfaceInfo> interfaces = MachineInfo::interfaces();
    m_interfacesTable->setRowCount(0);
    for (const InterfaceInfo &interface : interfaces) {
        QList<InterfaceAddress> addresses = interface.addresses;
        if (addresses.isEmpty())
            addresses.append(InterfaceAddress {}); // one row for the interface itself
        for (const InterfaceAddress &address : std::as_const(addresses)) {
            const int row = m_interfacesTable->rowCount();
            m_interfacesTable->insertRow(row);
            QString name = interface.name;
            if (interface.humanName != interface.name)
                name += u" (%1)"_s.arg(interface.humanName);
            m_interfacesTable->setItem(row, 0, item(name));
            auto *flags = item(MachineInfo::flagsText(interface.flags));
            flags->setToolTip(tr("%1, index %2, MTU %3")
                                  .arg(interface.type)
                                  .arg(interface.index)
                                  .arg(interface.mtu));
            m_interfacesTable->setItem(row, 1, flags);
            m_interfacesTable->setItem(row, 2, item(interface.hardwareAddress));
            if (address.ip.isNull())
                continue;
            m_interfacesTable->setItem(row, 3, item(address.familyName()));
            m_interfacesTable->setItem(row, 4, item(address.ip.toString()));
            m_interfacesTable->setItem(row, 5, item(address.netmaskText()));
            if (address.broadcast.isNull()) {
                m_interfacesTable->setItem(
                    row, 6, item(address.isIPv6() ? tr("(IPv6: none)") : QString()));
                continue;
            }
            const QString broadcast = address.broadcast.toString();
            m_interfacesTable->setItem(row, 6, item(broadcast));
            auto *copy = new QToolButton(m_interfacesTable);
            copy->setObjectName(u"copyBroadcastButton"_s);
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy %1 to the clipboard").arg(broadcast));
            copy->setAccessibleName(tr("Copy the broadcast address %1").arg(broadcast));
            copy->setProperty("address", broadcast);
            connect(copy, &QToolButton::clicked, this,
                [this, broadcast] { copyToClipboard(broadcast); });
            m_interfacesTable->setCellWidget(row, 7, copy);
        }
    }
    m_interfacesTable->setProperty("interfaceCount", int(interfaces.size()));
    m_interfacesTable->resizeColumnsToContents();
}

void ToolsTab::copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    m_machineStatus->showInfo(tr("Copied %1: paste it as the UDP lab's destination.").arg(text));
}

// Ports ------------------------------------------------------------------------------------

void ToolsTab::filterPorts(const QString &text)
{
    const QList<WellKnownPort> entries = WellKnownPorts::search(text);
    m_portsTable->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const WellKnownPort &entry = entries.at(i);
        auto *port = item(QString::number(entry.port));
        port->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_portsTable->setItem(i, 0, port);
        m_portsTable->setItem(i, 1, item(entry.transport));
        auto *service = item(entry.service);
        if (entry.courseLab) {
            QFont bold = service->font();
            bold.setBold(true);
            service->setFont(bold);
        }
        m_portsTable->setItem(i, 2, service);
        m_portsTable->setItem(i, 3, item(entry.description));
    }
    m_portsTable->resizeColumnsToContents();
}

void ToolsTab::checkLocalPort()
{
    const auto transport = PortCheck::Transport(m_freeTransportCombo->currentData().toInt());
    const PortCheck::Result result
        = PortCheck::checkLocalPort(quint16(m_freePortSpin->value()), transport);
    QString message = result.message;
    const QList<WellKnownPort> known = WellKnownPorts::forPort(quint16(m_freePortSpin->value()));
    if (!known.isEmpty())
        message += u' ' + tr("(%1: %2)").arg(known.first().service, known.first().description);
    if (result.isFree())
        m_freeStatus->showInfo(message);
    else
        m_freeStatus->showError(message);
    emit statusMessage(result.message);
}

void ToolsTab::startConnectCheck()
{
    if (!m_connectEndpoint->isValid()) {
        m_connectStatus->showError(m_connectEndpoint->errorString());
        return;
    }
    if (m_connectCheck->start(m_connectEndpoint->host(), m_connectEndpoint->port()))
        m_connectEndpoint->rememberCurrent();
}

void ToolsTab::showConnectResult(const TcpConnectCheck::Result &result)
{
    m_connectCheckButton->setText(tr("Co&nnect"));
    m_connectCheckButton->setAccessibleName(tr("Check the TCP connection"));
    if (result.ok)
        m_connectStatus->showInfo(result.message);
    else
        m_connectStatus->showError(result.message);
    emit statusMessage(result.message);
}

// LabTab -----------------------------------------------------------------------------------

void ToolsTab::toggleConnection()
{
    switch (m_sections->currentIndex()) {
    case LookupSection:
        m_lookupButton->click();
        break;
    case MachineSection:
        m_refreshButton->click();
        break;
    default:
        m_connectCheckButton->click();
        break;
    }
}

void ToolsTab::send()
{
    switch (m_sections->currentIndex()) {
    case LookupSection:
        startLookup();
        break;
    case MachineSection:
        m_refreshButton->click();
        break;
    default:
        startConnectCheck();
        break;
    }
}

void ToolsTab::clearLog()
{
    m_lookupTable->setRowCount(0);
    m_lookupStatus->clear();
    m_machineStatus->clear();
    m_freeStatus->clear();
    m_connectStatus->clear();
}

QTableWidget *ToolsTab::currentTable() const
{
    switch (m_sections->currentIndex()) {
    case LookupSection:
        return m_lookupTable;
    case MachineSection:
        return m_interfacesTable;
    default:
        return m_portsTable;
    }
}

void ToolsTab::saveLog()
{
    const QTableWidget *table = currentTable();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the table"), key() + u".tsv"_s, tr("Tab-separated text (*.tsv *.txt)"));
    if (path.isEmpty())
        return;
    QString text;
    QStringList header;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QTableWidgetItem *cell = table->horizontalHeaderItem(column);
        header.append(cell ? cell->text() : QString());
    }
    text += header.join(u'\t') + u'\n';
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *cell = table->item(row, column);
            cells.append(cell ? cell->text() : QString());
        }
        text += cells.join(u'\t') + u'\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        const QString message = tr("Cannot write %1: %2").arg(path, file.errorString());
        emit statusMessage(message);
        return;
    }
    emit statusMessage(tr("Saved %1").arg(path));
}

// Settings ---------------------------------------------------------------------------------

void ToolsTab::saveSettings(QSettings &settings) const
{
    settings.setValue(u"section"_s, m_sections->currentIndex());
    settings.setValue(u"lookupName"_s, m_nameEdit->text());
    settings.setValue(u"lookupPort"_s, m_lookupPortSpin->value());
    settings.setValue(u"lookupType"_s, m_typeCombo->currentIndex());
    settings.setValue(u"dnsServer"_s, m_dnsServerEdit->text());
    settings.setValue(u"portSearch"_s, m_portSearchEdit->text());
    settings.setValue(u"freePort"_s, m_freePortSpin->value());
    settings.setValue(u"freeTransport"_s, m_freeTransportCombo->currentIndex());
    m_connectEndpoint->saveSettings(settings); // keys host, port, hostHistory
}

void ToolsTab::restoreSettings(const QSettings &settings)
{
    auto intValue = [&settings](const QString &key, int minimum, int maximum, int fallback) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        return ok && value >= minimum && value <= maximum ? value : fallback;
    };
    m_sections->setCurrentIndex(intValue(u"section"_s, 0, m_sections->count() - 1, 0));
    m_nameEdit->setText(settings.value(u"lookupName"_s).toString().left(kMaxNameLength));
    m_lookupPortSpin->setValue(intValue(u"lookupPort"_s, 0, 65535, kDefaultLookupPort));
    m_typeCombo->setCurrentIndex(intValue(u"lookupType"_s, 0, m_typeCombo->count() - 1, 0));
    m_dnsServerEdit->setText(settings.value(u"dnsServer"_s).toString().left(64));
    m_portSearchEdit->setText(settings.value(u"portSearch"_s).toString().left(64));
    m_freePortSpin->setValue(intValue(u"freePort"_s, 1, 65535, kDefaultFreePort));
    m_freeTransportCombo->setCurrentIndex(
        intValue(u"freeTransport"_s, 0, m_freeTransportCombo->count() - 1, 0));
    m_connectEndpoint->restoreSettings(settings);
    updateLookupInputs();
}

} // namespace netlab
