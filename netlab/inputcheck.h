#pragma once

// Checks of what a user types as a host name or a port, with a one-sentence reason for
// anything a resolver or a socket would refuse. Texts go through
// QCoreApplication::translate("netlab::InputCheck", ...).

#include <QString>

#include <optional>

namespace netlab {

constexpr int kMaxHostNameLength = 253; // RFC 1035: 255 octets on the wire, 253 as text
constexpr int kMaxLabelLength = 63;

// Empty when `name` is a usable host name or an IP address literal (IPv4, IPv6, IPv6 in
// brackets, with or without a %scope); otherwise why not: empty, longer than 253
// characters, a character that cannot be in a name, an empty part between dots, a part
// longer than 63 characters, or an international name that has no ASCII form.
QString hostNameError(const QString &name);

// Empty when 1 <= port <= 65535; otherwise why not (port 0, negative, above 65535).
QString portError(qint64 port);

// The port in `text` ("80"), or std::nullopt with the reason in `error`.
std::optional<quint16> parsePortNumber(const QString &text, QString *error);

} // namespace netlab
