#include "hexcodec.h"

#include "textcodec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

bool isSeparator(char16_t c)
{
    switch (c) {
    case u' ':
    case u'\t':
    case u'\r':
    case u'\n':
    case u',':
    case u':':
    case u';':
    case u'-':
        return true;
    default:
        return false;
    }
}

HexParseResult failure(qsizetype position, const QString &message)
{
    HexParseResult result;
    result.ok = false;
    result.errorPosition = position;
    result.errorString = message;
    return result;
}

QString describeChar(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c < 0x20 || c == 0x7F)
        return u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size())
        return u'\'' + text.mid(i, 2).toString() + u'\'';
    return u'\'' + QString(QChar(c)) + u'\'';
}

} // namespace

HexParseResult parseHex(QStringView text)
{
    if (text.size() > kMaxHexTextLength) {
        return failure(kMaxHexTextLength,
            QCoreApplication::translate("netlab::HexCodec",
                "the text is too long: %1 characters (hex input is limited to %2 MiB "
                "of text)")
                .arg(text.size())
                .arg(kMaxHexTextLength / (1024 * 1024)));
    }
    HexParseResult result;
    result.bytes.reserve(text.size() / 2);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isSeparator(c)) {
            ++i;
            continue;
        }
        // One group: optional prefix, then pairs of digits up to a separator or a new prefix.
        qsizetype digitsStart = i;
        if ((c == u'0' && i + 1 < n && (text[i + 1] == u'x' || text[i + 1] == u'X'))
            || (c == u'\\' && i + 1 < n && text[i + 1] == u'x')) {
            digitsStart = i + 2;
            if (digitsStart >= n || hexValue(text[digitsStart].unicode()) < 0) {
                const qsizetype at = digitsStart < n ? digitsStart : i;
                if (digitsStart < n && !isSeparator(text[digitsStart].unicode())) {
                    return failure(at,
                        QCoreApplication::translate(
                            "netlab::HexCodec", "%1 at position %2 is not a hex digit")
                            .arg(describeChar(text, at))
                            .arg(at + 1));
                }
                return failure(i,
                    QCoreApplication::translate(
                        "netlab::HexCodec", "'%1' at position %2 is not followed by hex digits")
                        .arg(text.mid(i, 2).toString())
                        .arg(i + 1));
            }
        } else if (c == u'\\') {
            return failure(i,
                QCoreApplication::translate(
                    "netlab::HexCodec", "'\\' at position %1 must start an escape like \\x41")
                    .arg(i + 1));
        }
        qsizetype j = digitsStart;
        while (j < n) {
            const char16_t d = text[j].unicode();
            if (isSeparator(d) || d == u'\\')
                break;
            if (d == u'0' && j + 1 < n && (text[j + 1] == u'x' || text[j + 1] == u'X')
                && (j - digitsStart) % 2 == 0 && j > digitsStart)
                break; // "0x480x65" is two prefixed groups
            if (hexValue(d) < 0) {
                return failure(j,
                    QCoreApplication::translate(
                        "netlab::HexCodec", "%1 at position %2 is not a hex digit")
                        .arg(describeChar(text, j))
                        .arg(j + 1));
            }
            ++j;
        }
        if ((j - digitsStart) % 2 != 0) {
            return failure(j - 1,
                QCoreApplication::translate("netlab::HexCodec",
                    "odd number of hex digits (a byte needs two): the digit at "
                    "position %1 has no partner")
                    .arg(j));
        }
        for (qsizetype k = digitsStart; k < j; k += 2) {
            const int hi = hexValue(text[k].unicode());
            const int lo = hexValue(text[k + 1].unicode());
            result.bytes.append(static_cast<char>((hi << 4) | lo));
        }
        i = j;
    }
    return result;
}

QString toHex(QByteArrayView data, QChar separator)
{
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    if (data.isEmpty())
        return {};
    const bool withSeparator = !separator.isNull();
    QString out(data.size() * (withSeparator ? 3 : 2) - (withSeparator ? 1 : 0), Qt::Uninitialized);
    QChar *p = out.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (withSeparator && i > 0)
            *p++ = separator;
        const auto b = static_cast<uchar>(data[i]);
        *p++ = QChar(kDigits[b >> 4]);
        *p++ = QChar(kDigits[b & 0xF]);
    }
    return out;
}

QString hexDump(QByteArrayView data, int bytesPerLine)
{
    static constexpr char16_t kDigits[] = u"0123456789abcdef";
    bytesPerLine = qBound(1, bytesPerLine, 64);
    QString out;
    const qsizetype lines = (data.size() + bytesPerLine - 1) / bytesPerLine;
    out.reserve(lines * (10 + bytesPerLine * 4 + 4));
    for (qsizetype offset = 0; offset < data.size(); offset += bytesPerLine) {
        out += u"%1  "_s.arg(quint64(offset), 8, 16, QLatin1Char('0'));
        const qsizetype end = qMin(offset + bytesPerLine, data.size());
        for (qsizetype i = offset; i < offset + bytesPerLine; ++i) {
            if (i > offset && (i - offset) % 8 == 0)
                out += u' ';
            if (i < end) {
                const auto b = static_cast<uchar>(data[i]);
                out += QChar(kDigits[b >> 4]);
                out += QChar(kDigits[b & 0xF]);
                out += u' ';
            } else {
                out += u"   ";
            }
        }
        out += u' ';
        for (qsizetype i = offset; i < end; ++i) {
            const auto b = static_cast<uchar>(data[i]);
            out += (b >= 0x20 && b < 0x7F) ? QChar(char16_t(b)) : QChar(u'.');
        }
        out += u'\n';
    }
    return out;
}

QString escapedText(QByteArrayView data, const TextCodec &codec, int *invalid)
{
    return codec.decodeEscaped(data, invalid);
}

} // namespace netlab
