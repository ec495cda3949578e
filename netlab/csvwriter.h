#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace netlab {

// Writes CSV for spreadsheets, the one writer of every export (UDP capture, sensor-node
// packets, agent readings).
//
//   file   := row (lineEnd row)* lineEnd      lineEnd "\r\n" (RFC 4180) or "\n"
//   row    := field ("," field)*
//   field  := number | text
// A field is written as is when it is a plain number ("-3.5", "1013.25", "+7", "1e-3": optional
// sign, digits, optional fraction, optional exponent): every value the app formats itself
// stays a number in the spreadsheet. Any other field is text, possibly from the network, and
// is protected against formula injection as OWASP recommends: when it starts with = + - @,
// a tab or a carriage return (or their full-width forms ＝ ＋ － ＠), a single quote is put in
// front, so the spreadsheet shows it as text instead of evaluating it; such a field and any
// field holding , " CR or LF is enclosed in double quotes, inner quotes doubled. Escaping
// happens only here, at export: the data kept in memory stays as received.
class CsvWriter
{
public:
    // device: open for writing. Rows are buffered and written in chunks.
    explicit CsvWriter(QIODevice *device, QByteArray lineEnd = QByteArrayLiteral("\r\n"));

    bool writeRow(const QStringList &fields); // false when the device fails (see errorString)
    bool flush();
    QString errorString() const { return m_error; }

    // One field / one row (without the line end), for callers that build the file in memory.
    static QByteArray field(QStringView value);
    static QByteArray row(const QStringList &fields);
    static bool isPlainNumber(QStringView value);

private:
    QIODevice *m_device;
    QByteArray m_lineEnd;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace netlab
