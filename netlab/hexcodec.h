// Hex text <-> bytes, hex dumps, and the escaped one-line text form used by log rows.
//
// Grammar accepted by parseHex():
//   input     := sep* ( group ( sep+ group )* )? sep*
//   group     := prefix? hexdigit hexdigit ( hexdigit hexdigit )*
//   prefix    := "0x" | "0X" | "\x"
//   sep       := ' ' | '\t' | '\r' | '\n' | ',' | ':' | ';' | '-'
// so "48 65 6c", "48656C", "0x48,0x65", "\x48\x65", "de:ad:be:ef" and multi-line pastes
// all work; a group with an odd number of digits is refused (a byte needs two digits).
// Prefixed groups may follow each other without a separator ("\x48\x65").
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace netlab {

class TextCodec;

// Longest hex text parseHex() accepts (characters); a 1 GB paste is refused, not parsed.
inline constexpr qsizetype kMaxHexTextLength = 64 * 1024 * 1024;

struct HexParseResult
{
    QByteArray bytes;
    bool ok = true;
    qsizetype errorPosition = -1; // 0-based index into the text (messages count from 1)
    QString errorString;
};

HexParseResult parseHex(QStringView text);

// "48 65 6c"; separator '\0' gives "48656c".
QString toHex(QByteArrayView data, QChar separator = u' ');

// xxd-like: "00000000  48 65 6c 6c 6f 0a ...  Hello." one line per bytesPerLine bytes
// (clamped to 1..64), offset, hex column padded to full width, ASCII with '.' for
// non-printables; lines end with '\n'.
QString hexDump(QByteArrayView data, int bytesPerLine = 16);

// Printable one-line text for log rows: see TextCodec::decodeEscaped().
QString escapedText(QByteArrayView data, const TextCodec &codec, int *invalid = nullptr);

} // namespace netlab
