#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace netlab {

// Short byte strings typed on one line, the way Python writes bytes literals:
// "ACK\n", "OK\r\n", "\x02DATA\x03". Escapes: \n \r \t \0 \\ \xHH; every other character
// is encoded as UTF-8. Used for acknowledgement texts and command bytes in settings and on
// the command line.
std::optional<QByteArray> parseEscapedText(QStringView text, QString *error = nullptr);

// The reverse: printable ASCII stays, the rest becomes an escape ("ACK\n" → "ACK\\n").
QString toEscapedText(const QByteArray &bytes);

} // namespace netlab
