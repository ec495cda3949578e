#include <netlab/csvwriter.h>

#include <QIODevice>

namespace netlab {

namespace {

constexpr qsizetype kChunkBytes = 64 * 1024;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The first characters that make a spreadsheet evaluate a cell (OWASP's list, plus the
// full-width forms some spreadsheets accept as well).
bool startsFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
        return true;
    default:
        return false;
    }
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, QByteArray lineEnd)
    : m_device(device)
    , m_lineEnd(std::move(lineEnd))
{ }

bool CsvWriter::isPlainNumber(QStringView value)
{
    qsizetype i = 0;
    const qsizetype n = value.size();
    if (i < n && (value[i] == u'-' || value[i] == u'+'))
        ++i;
    qsizetype digits = 0;
    while (i < n && isDigit(value[i]))
        ++i, ++digits;
    if (i < n && value[i] == u'.') {
        ++i;
        while (i < n && isDigit(value[i]))
            ++i, ++digits;
    }
    if (digits == 0)
        return false;
    if (i < n && (value[i] == u'e' || value[i] == u'E')) {
        ++i;
        if (i < n && (value[i] == u'-' || value[i] == u'+'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < n && isDigit(value[i]))
            ++i, ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

QByteArray CsvWriter::field(QStringView value)
{
    if (isPlainNumber(value))
        return value.toUtf8();
    const bool formula = startsFormula(value);
    QByteArray bytes = value.toUtf8();
    if (!formula && !bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    QByteArray quoted;
    quoted.reserve(bytes.size() + 3);
    quoted += '"';
    if (formula)
        quoted += '\'';
    quoted += bytes;
    quoted += '"';
    return quoted;
}

QByteArray CsvWriter::row(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += field(fields.at(i));
    }
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    m_buffer += row(fields);
    m_buffer += m_lineEnd;
    return m_buffer.size() < kChunkBytes || flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return true;
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace netlab
