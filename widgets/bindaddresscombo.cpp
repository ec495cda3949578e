#include "bindaddresscombo.h"

#include <netlab/udpsender.h>

#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace netlab {

BindAddressCombo::BindAddressCombo(Choices choices, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    if (choices & DualStackAny)
        addItem(tr("Any address, IPv4 and IPv6 (0.0.0.0 and ::)"), u"any"_s);
    addItem(tr("Any IPv4 address (0.0.0.0)"), u"0.0.0.0"_s);
    if (choices & Ipv6Any)
        addItem(tr("Any IPv6 address (::)"), u"::"_s);
    addItem(tr("This machine only (127.0.0.1)"), u"127.0.0.1"_s);
    addItem(tr("This machine only, IPv6 (::1)"), u"::1"_s);

    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (!(interface.flags() & QNetworkInterface::IsUp)
            || interface.type() == QNetworkInterface::Loopback)
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().isLinkLocal())
                continue;
            addItem(tr("%1 (%2)").arg(entry.ip().toString(), interface.humanReadableName()),
                entry.ip().toString());
        }
    }
    if (choices & Broadcast) {
        const QList<UdpSender::BroadcastChoice> broadcasts = UdpSender::broadcastAddresses();
        for (const UdpSender::BroadcastChoice &choice : broadcasts) {
            addItem(choice.interfaceName.isEmpty()
                    ? tr("Broadcast %1").arg(choice.address.toString())
                    : tr("Broadcast %1 (%2)").arg(choice.address.toString(), choice.interfaceName),
                choice.address.toString());
        }
    }
}

QString BindAddressCombo::value() const
{
    const QString text = currentText().trimmed();
    const int index = findText(text);
    return index >= 0 ? itemData(index).toString() : text;
}

void BindAddressCombo::setValue(const QString &value)
{
    const int index = findData(value);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(value);
}

std::optional<QHostAddress> BindAddressCombo::address(QString *error) const
{
    const QString chosen = value();
    if (chosen == u"any")
        return QHostAddress(QHostAddress::Any);
    QHostAddress address;
    if (!address.setAddress(chosen)) {
        *error = tr("'%1' is not an IP address: choose one from the list or type one such as "
                    "127.0.0.1 or ::1")
                     .arg(currentText().trimmed());
        return std::nullopt;
    }
    return address;
}

} // namespace netlab
