#pragma once

// Building blocks for the "Show as code" generators: Python 3 and POSIX shell literals that
// reproduce given bytes or text exactly, and the result type every generator returns.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace netlab {

enum class DecodeErrorMode;
enum class TextEncoding;

// What a lab's settings look like as a program a student would write.
struct GeneratedCode
{
    QString python; // a complete Python 3 program (Debian 12: Python 3.11)
    QString oneLiner; // a shell one-liner (nc, curl, mosquitto_pub...); empty when none fits
};

// "text" as a Python str literal in double quotes: \\ \" \n \r \t and other control
// characters escaped, everything else (non-ASCII included) kept as it is.
QString pythonString(const QString &text);
// Bytes as a Python bytes literal b"...": printable ASCII kept, \n \r \t named, the rest \xHH.
QString pythonBytes(const QByteArray &bytes);
// "utf-8", "ascii", "latin-1" and "strict", "replace", "ignore": Python's own names.
QString pythonEncoding(TextEncoding encoding);
QString pythonErrors(DecodeErrorMode mode);
// A "# " comment block: each line of `text` (already translated) prefixed with `indent`.
QString pythonComment(const QString &text, const QString &indent = QString());

// An argument for the shell's printf that prints exactly `bytes`: single-quoted, with
// \n \r \t and octal escapes (\NNN) for everything that is not printable ASCII, and %%.
QString shellPrintf(const QByteArray &bytes);
// A word quoted for a POSIX shell when it needs quoting ('it'\''s').
QString shellWord(const QString &word);

} // namespace netlab
