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

// Text from the network made harmless for a terminal or a text view: what a peer typed cannot
// clear the screen, set the window title, overwrite a line or reorder what follows it. Control
// characters are shown the way `cat -v` shows them: C0 as ^@ … ^_ (ESC → ^[, CR → ^M,
// BS → ^H), DEL as ^?, the C1 controls U+0080 … U+009F as M-^@ … M-^_ (U+009B, the one-byte
// CSI, → M-^[); the bidirectional embeddings, overrides and isolates U+202A … U+202E and
// U+2066 … U+2069 as <U+202E>. Printable text, non-ASCII letters and emoji included, stays as
// it is. Line breaks (LF) and tabs stay with LineBreaks::Keep (a multi-line chat message);
// with Show they become ^J and ^I too (a nickname, a one-line field).
// For display only: logs, histories and exports keep the original text.
enum class LineBreaks { Keep, Show };
QString toVisibleText(QStringView text, LineBreaks lineBreaks = LineBreaks::Show);

} // namespace netlab
