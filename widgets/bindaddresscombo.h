#pragma once

#include <QComboBox>
#include <QHostAddress>

#include <optional>

namespace netlab {

// Where a server or listener binds: an editable list of the usual choices (any address,
// this machine only, each local interface address, and for UDP the broadcast addresses of
// the local networks); any other address can be typed, e.g. 127.123.234.1. Items carry a
// stable value ("any", "0.0.0.0", "192.168.1.20", …) that settings store.
class BindAddressCombo : public QComboBox
{
    Q_OBJECT

public:
    enum Choice {
        DualStackAny = 0x1, // "any" = 0.0.0.0 and :: at once (TCP servers)
        Ipv6Any = 0x2, // "::" alone
        Broadcast = 0x4, // the broadcast address of each local IPv4 network (UDP)
    };
    Q_DECLARE_FLAGS(Choices, Choice)

    explicit BindAddressCombo(Choices choices, QWidget *parent = nullptr);

    // The address typed or chosen; nothing, with a reason, when it is not an IP address.
    std::optional<QHostAddress> address(QString *error) const;

    // The stable value of the current choice, or the typed text.
    QString value() const;
    // Selects the item with that value, or shows it as typed text.
    void setValue(const QString &value);
};

} // namespace netlab

Q_DECLARE_OPERATORS_FOR_FLAGS(netlab::BindAddressCombo::Choices)
