#pragma once

#include "labtab.h"

#include <netlab/namelookup.h>
#include <netlab/tcpconnectcheck.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace netlab {

class EndpointPicker;
class StatusLine;

// The network tools lab, in three sections:
//  - Name lookup: a name (or an address) to getaddrinfo-like rows for a port, or to DNS
//    records (A … PTR), with the Python / command line that does the same;
//  - This machine: host name, user, every interface with its flags, MAC, addresses, netmask /
//    prefix and broadcast address, each broadcast address with a Copy button;
//  - Ports: the well-known ports table (searchable), "is this local port free for TCP / UDP"
//    and a timed TCP connect check to host:port.
// Binds to a NameLookup and a TcpConnectCheck that MainWindow owns; the machine's interfaces
// and the local port test are read on demand.
class ToolsTab : public LabTab
{
    Q_OBJECT

public:
    enum Section { LookupSection, MachineSection, PortsSection };

    ToolsTab(NameLookup *lookup, TcpConnectCheck *connectCheck, QWidget *parent = nullptr);

    QString title() const override;
    QString key() const override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(const QSettings &settings) override;
    void toggleConnection() override; // look up / connect check / refresh, or cancel
    void send() override; // the current section's main action
    void clearLog() override; // clears the lookup results and the messages
    void saveLog() override; // the current section's table as tab-separated text

    void setCurrentSection(Section section);

    // Actions, also for tests.
    void startLookup();
    void refreshMachine();
    void checkLocalPort();
    void startConnectCheck();

private:
    QWidget *createLookupPage();
    QWidget *createMachinePage();
    QWidget *createPortsPage();
    void showLookupBusy(bool busy);
    void showAddresses(const QList<AddressInfo> &rows);
    void showRecords(const QList<DnsRecord> &records);
    void showLookupDone(bool ok);
    void updateLookupHint();
    void updateLookupInputs();
    void filterPorts(const QString &text);
    void showConnectResult(const TcpConnectCheck::Result &result);
    void copyToClipboard(const QString &text);
    QTableWidget *currentTable() const;

    NameLookup *m_lookup = nullptr;
    TcpConnectCheck *m_connectCheck = nullptr;
    QTabWidget *m_sections = nullptr;

    QLineEdit *m_nameEdit = nullptr;
    QSpinBox *m_lookupPortSpin = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QLineEdit *m_dnsServerEdit = nullptr;
    QPushButton *m_lookupButton = nullptr;
    StatusLine *m_lookupStatus = nullptr;
    QTableWidget *m_lookupTable = nullptr;
    QLabel *m_lookupHint = nullptr;

    QLabel *m_hostNameLabel = nullptr;
    QLabel *m_userNameLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QTableWidget *m_interfacesTable = nullptr;
    StatusLine *m_machineStatus = nullptr;

    QLineEdit *m_portSearchEdit = nullptr;
    QTableWidget *m_portsTable = nullptr;
    QSpinBox *m_freePortSpin = nullptr;
    QComboBox *m_freeTransportCombo = nullptr;
    QPushButton *m_freeCheckButton = nullptr;
    StatusLine *m_freeStatus = nullptr;
    EndpointPicker *m_connectEndpoint = nullptr;
    QPushButton *m_connectCheckButton = nullptr;
    StatusLine *m_connectStatus = nullptr;
};

} // namespace netlab
