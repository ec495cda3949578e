#include "textcodec.h"

#include <QChar>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

enum class Reason { InvalidStart, InvalidContinuation, UnexpectedEnd, NotAscii };

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::InvalidStart:
        return QCoreApplication::translate("netlab::TextCodec", "invalid start byte");
    case Reason::InvalidContinuation:
        return QCoreApplication::translate("netlab::TextCodec", "invalid continuation byte");
    case Reason::UnexpectedEnd:
        return QCoreApplication::translate("netlab::TextCodec", "unexpected end of data");
    case Reason::NotAscii:
        return QCoreApplication::translate("netlab::TextCodec", "ordinal not in range(128)");
    }
    return {};
}

// Python's UnicodeDecodeError.__str__.
QString decodeErrorString(TextEncoding encoding, QByteArrayView data, qsizetype start,
    qsizetype length, qint64 base, Reason reason)
{
    const QString codec = TextCodec::pythonName(encoding);
    if (length == 1) {
        const auto byte = static_cast<uchar>(data[start]);
        return QCoreApplication::translate(
            "netlab::TextCodec", "'%1' codec can't decode byte 0x%2 in position %3: %4")
            .arg(codec, u"%1"_s.arg(byte, 2, 16, QLatin1Char('0')))
            .arg(base + start)
            .arg(reasonText(reason));
    }
    return QCoreApplication::translate(
        "netlab::TextCodec", "'%1' codec can't decode bytes in position %2-%3: %4")
        .arg(codec)
        .arg(base + start)
        .arg(base + start + length - 1)
        .arg(reasonText(reason));
}

// Walks `data` and reports each code point (sink.codePoint) and each invalid sequence
// (sink.invalid, which returns false to stop). Returns the number of bytes consumed: all of
// them, the start of an incomplete UTF-8 tail when !final, or where the sink stopped.
template<typename Sink>
qsizetype walk(TextEncoding encoding, QByteArrayView data, bool final, Sink &sink)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    switch (encoding) {
    case TextEncoding::Latin1:
        for (; i < n; ++i)
            sink.codePoint(p[i]);
        return n;
    case TextEncoding::Ascii:
        for (; i < n; ++i) {
            if (p[i] < 0x80)
                sink.codePoint(p[i]);
            else if (!sink.invalid(i, 1, Reason::NotAscii))
                return i;
        }
        return n;
    case TextEncoding::Utf8:
        break;
    }

    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            sink.codePoint(b);
            ++i;
            continue;
        }
        int need = 0;
        uchar lo = 0x80;
        uchar hi = 0xBF;
        char32_t cp = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        } else {
            if (!sink.invalid(i, 1, Reason::InvalidStart))
                return i;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        int got = 0;
        bool broken = false;
        while (got < need) {
            if (j >= n)
                break;
            const uchar c = p[j];
            if (c < lo || c > hi) {
                broken = true;
                break;
            }
            cp = (cp << 6) | (c & 0x3F);
            lo = 0x80;
            hi = 0xBF;
            ++j;
            ++got;
        }
        if (got == need) {
            sink.codePoint(cp);
            i = j;
            continue;
        }
        if (!broken && !final)
            return i; // incomplete tail: wait for more bytes
        if (!sink.invalid(i, j - i, broken ? Reason::InvalidContinuation : Reason::UnexpectedEnd))
            return i;
        i = j;
    }
    return n;
}

struct ErrorRecord
{
    int count = 0;
    qsizetype firstOffset = -1;
    qsizetype firstLength = 0;
    Reason firstReason = Reason::InvalidStart;

    void note(qsizetype start, qsizetype length, Reason reason)
    {
        if (count++ == 0) {
            firstOffset = start;
            firstLength = length;
            firstReason = reason;
        }
    }
};

// Writes UTF-16 into a preallocated buffer: never more units than input bytes (a 4-byte
// sequence gives 2 units, every other valid or invalid sequence at most 1 per byte).
struct DecodeSink
{
    char16_t *out;
    DecodeErrorMode mode;
    ErrorRecord errors;

    void codePoint(char32_t cp)
    {
        if (cp >= 0x10000) {
            *out++ = QChar::highSurrogate(cp);
            *out++ = QChar::lowSurrogate(cp);
        } else {
            *out++ = static_cast<char16_t>(cp);
        }
    }
    bool invalid(qsizetype start, qsizetype length, Reason reason)
    {
        errors.note(start, length, reason);
        if (mode == DecodeErrorMode::Replace)
            *out++ = QChar::ReplacementCharacter;
        return mode != DecodeErrorMode::Strict;
    }
};

void appendHexEscape(QString &out, char32_t value)
{
    int digits = 2;
    QChar tag = u'x';
    if (value > 0xFFFF) {
        digits = 8;
        tag = u'U';
    } else if (value > 0xFF) {
        digits = 4;
        tag = u'u';
    }
    out += u'\\';
    out += tag;
    out += QString::number(static_cast<uint>(value), 16).rightJustified(digits, u'0');
}

// Characters that would be invisible or break a one-line row: controls, format characters
// (zero-width, BOM, direction marks), line/paragraph separators, unassigned, private use.
bool needsEscape(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

struct EscapeSink
{
    QString *out;
    QByteArrayView data;
    DecodeErrorMode mode;
    int invalidCount = 0;

    void codePoint(char32_t cp)
    {
        switch (cp) {
        case '\\':
            *out += u"\\\\";
            return;
        case '\n':
            *out += u"\\n";
            return;
        case '\r':
            *out += u"\\r";
            return;
        case '\t':
            *out += u"\\t";
            return;
        default:
            break;
        }
        if (cp >= 0x20 && cp < 0x7F) {
            *out += QChar(static_cast<char16_t>(cp));
            return;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || needsEscape(cp)) {
            appendHexEscape(*out, cp);
            return;
        }
        if (cp >= 0x10000) {
            *out += QChar(QChar::highSurrogate(cp));
            *out += QChar(QChar::lowSurrogate(cp));
        } else {
            *out += QChar(static_cast<char16_t>(cp));
        }
    }
    bool invalid(qsizetype start, qsizetype length, Reason)
    {
        ++invalidCount;
        switch (mode) {
        case DecodeErrorMode::Strict: // shown as escapes, like Python's backslashreplace
            for (qsizetype k = start; k < start + length; ++k)
                appendHexEscape(*out, static_cast<uchar>(data[k]));
            break;
        case DecodeErrorMode::Replace:
            *out += QChar(QChar::ReplacementCharacter);
            break;
        case DecodeErrorMode::Ignore:
            break;
        }
        return true;
    }
};

DecodeResult decodeImpl(TextEncoding encoding, DecodeErrorMode mode, QByteArrayView data,
    bool final, qint64 base, qsizetype *consumed)
{
    DecodeResult result;
    result.text.resize(data.size());
    DecodeSink sink {reinterpret_cast<char16_t *>(result.text.data()), mode, {}};
    const qsizetype used = walk(encoding, data, final, sink);
    result.text.resize(sink.out - reinterpret_cast<const char16_t *>(result.text.constData()));
    result.invalidSequences = sink.errors.count;
    if (sink.errors.count > 0) {
        result.ok = mode != DecodeErrorMode::Strict;
        result.firstErrorOffset = base + sink.errors.firstOffset;
        result.errorString = decodeErrorString(encoding, data, sink.errors.firstOffset,
            sink.errors.firstLength, base, sink.errors.firstReason);
    }
    if (consumed)
        *consumed = used;
    return result;
}

QString pythonCharRepr(char32_t cp)
{
    QString s;
    appendHexEscape(s, cp);
    return u'\'' + s + u'\'';
}

} // namespace

TextCodec::TextCodec(TextEncoding encoding, DecodeErrorMode mode)
    : m_encoding(encoding)
    , m_mode(mode)
{ }

DecodeResult TextCodec::decode(QByteArrayView data) const
{
    return decodeImpl(m_encoding, m_mode, data, true, 0, nullptr);
}

EncodeResult TextCodec::encode(QStringView text) const
{
    EncodeResult result;
    const char32_t limit = m_encoding == TextEncoding::Ascii ? 0x80
        : m_encoding == TextEncoding::Latin1                 ? 0x100
                                                             : 0x110000;
    result.bytes.reserve(m_encoding == TextEncoding::Utf8 ? text.size() * 3 : text.size());

    // One code point at `i`: its value, its length in UTF-16 units, whether it can be encoded.
    auto codePointAt = [&](qsizetype i, char32_t *cp, int *units) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            *cp = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            *units = 2;
            return *cp < limit;
        }
        *cp = u;
        *units = 1;
        return !QChar::isSurrogate(u) && *cp < limit;
    };

    qsizetype codePointIndex = 0;
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = 0;
        int units = 1;
        if (codePointAt(i, &cp, &units)) {
            if (m_encoding != TextEncoding::Utf8 || cp < 0x80) {
                result.bytes.append(static_cast<char>(cp));
            } else if (cp < 0x800) {
                result.bytes.append(static_cast<char>(0xC0 | (cp >> 6)));
                result.bytes.append(static_cast<char>(0x80 | (cp & 0x3F)));
            } else if (cp < 0x10000) {
                result.bytes.append(static_cast<char>(0xE0 | (cp >> 12)));
                result.bytes.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
                result.bytes.append(static_cast<char>(0x80 | (cp & 0x3F)));
            } else {
                result.bytes.append(static_cast<char>(0xF0 | (cp >> 18)));
                result.bytes.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
                result.bytes.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
                result.bytes.append(static_cast<char>(0x80 | (cp & 0x3F)));
            }
            i += units;
            ++codePointIndex;
            continue;
        }

        ++result.unencodable;
        if (result.firstErrorOffset < 0)
            result.firstErrorOffset = i;
        if (m_mode == DecodeErrorMode::Strict) {
            // Python reports the whole run of unencodable characters.
            qsizetype end = codePointIndex + 1;
            const char32_t first = cp;
            for (qsizetype k = i + units; k < text.size(); ++end) {
                char32_t next = 0;
                int nextUnits = 1;
                if (codePointAt(k, &next, &nextUnits))
                    break;
                k += nextUnits;
            }
            const QString reason = m_encoding == TextEncoding::Utf8
                ? QCoreApplication::translate("netlab::TextCodec", "surrogates not allowed")
                : QCoreApplication::translate("netlab::TextCodec", "ordinal not in range(%1)")
                      .arg(limit);
            if (end == codePointIndex + 1) {
                result.errorString = QCoreApplication::translate(
                    "netlab::TextCodec", "'%1' codec can't encode character %2 in position %3: %4")
                                         .arg(pythonName(m_encoding), pythonCharRepr(first))
                                         .arg(codePointIndex)
                                         .arg(reason);
            } else {
                result.errorString = QCoreApplication::translate(
                    "netlab::TextCodec", "'%1' codec can't encode characters in position %2-%3: %4")
                                         .arg(pythonName(m_encoding))
                                         .arg(codePointIndex)
                                         .arg(end - 1)
                                         .arg(reason);
            }
            result.ok = false;
            return result;
        }
        if (m_mode == DecodeErrorMode::Replace)
            result.bytes.append('?');
        i += units;
        ++codePointIndex;
    }
    return result;
}

QString TextCodec::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Ascii:
        return u"ASCII"_s;
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Latin1:
        return u"Latin-1"_s;
    }
    return {};
}

QString TextCodec::pythonName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Ascii:
        return u"ascii"_s;
    case TextEncoding::Utf8:
        return u"utf-8"_s;
    case TextEncoding::Latin1:
        return u"latin-1"_s;
    }
    return {};
}

QString TextCodec::modeName(DecodeErrorMode mode)
{
    switch (mode) {
    case DecodeErrorMode::Strict:
        return QCoreApplication::translate("netlab::TextCodec", "strict");
    case DecodeErrorMode::Replace:
        return QCoreApplication::translate("netlab::TextCodec", "replace");
    case DecodeErrorMode::Ignore:
        return QCoreApplication::translate("netlab::TextCodec", "ignore");
    }
    return {};
}

QString TextCodec::modeKey(DecodeErrorMode mode)
{
    switch (mode) {
    case DecodeErrorMode::Strict:
        return u"strict"_s;
    case DecodeErrorMode::Replace:
        return u"replace"_s;
    case DecodeErrorMode::Ignore:
        return u"ignore"_s;
    }
    return {};
}

bool TextCodec::encodingFromName(QStringView name, TextEncoding *encoding)
{
    for (auto e : {TextEncoding::Ascii, TextEncoding::Utf8, TextEncoding::Latin1}) {
        if (name.compare(encodingName(e), Qt::CaseInsensitive) == 0
            || name.compare(pythonName(e), Qt::CaseInsensitive) == 0) {
            *encoding = e;
            return true;
        }
    }
    return false;
}

bool TextCodec::modeFromKey(QStringView key, DecodeErrorMode *mode)
{
    for (auto m : {DecodeErrorMode::Strict, DecodeErrorMode::Replace, DecodeErrorMode::Ignore}) {
        if (key.compare(modeKey(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString TextCodec::problemSummary(TextEncoding encoding, DecodeErrorMode mode, int count)
{
    if (count <= 0)
        return {};
    const QString name = encodingName(encoding);
    // English needs the singular spelled out when no translator is loaded; the %n forms give
    // translators their plural rules.
    const bool one = count == 1;
    switch (mode) {
    case DecodeErrorMode::Strict:
        return (one ? QCoreApplication::translate(
                    "netlab::TextCodec", "1 invalid %1 sequence (strict: shown as \\xNN)")
                    : QCoreApplication::translate("netlab::TextCodec",
                        "%n invalid %1 sequences (strict: shown as \\xNN)", nullptr, count))
            .arg(name);
    case DecodeErrorMode::Replace:
        return (one
                ? QCoreApplication::translate("netlab::TextCodec", "1 invalid %1 sequence replaced")
                : QCoreApplication::translate(
                    "netlab::TextCodec", "%n invalid %1 sequences replaced", nullptr, count))
            .arg(name);
    case DecodeErrorMode::Ignore:
        return (one
                ? QCoreApplication::translate("netlab::TextCodec", "1 invalid %1 sequence dropped")
                : QCoreApplication::translate(
                    "netlab::TextCodec", "%n invalid %1 sequences dropped", nullptr, count))
            .arg(name);
    }
    return {};
}

QString TextCodec::decodeEscaped(QByteArrayView data, int *invalid) const
{
    QString out;
    out.reserve(data.size());
    EscapeSink sink {&out, data, m_mode};
    walk(m_encoding, data, true, sink);
    if (invalid)
        *invalid = sink.invalidCount;
    return out;
}

TextStreamDecoder::TextStreamDecoder(const TextCodec &codec)
    : m_codec(codec)
{ }

DecodeResult TextStreamDecoder::decodeAt(QByteArrayView chunk, bool final)
{
    QByteArray joined;
    QByteArrayView data = chunk;
    if (!m_tail.isEmpty()) {
        joined = m_tail + chunk.toByteArray();
        data = joined;
    }
    qsizetype consumed = 0;
    DecodeResult result = decodeImpl(
        m_codec.encoding(), m_codec.errorMode(), data, final, m_streamOffset, &consumed);
    if (!result.ok) {
        // Strict stop: the rest of this input is not decoded; start afresh next time.
        m_tail.clear();
        m_streamOffset += data.size();
        return result;
    }
    m_tail = data.sliced(consumed).toByteArray();
    m_streamOffset += consumed;
    return result;
}

DecodeResult TextStreamDecoder::feed(QByteArrayView chunk)
{
    return decodeAt(chunk, false);
}

DecodeResult TextStreamDecoder::finish()
{
    DecodeResult result = decodeAt({}, true);
    m_tail.clear();
    return result;
}

void TextStreamDecoder::reset()
{
    m_tail.clear();
    m_streamOffset = 0;
}

void TextStreamDecoder::setCodec(const TextCodec &codec)
{
    m_codec = codec;
}

} // namespace netlab
