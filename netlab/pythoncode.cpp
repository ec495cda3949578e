#include "pythoncode.h"

#include "textcodec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString hexEscape(uint value, int digits, const QString &prefix)
{
    return prefix + QString::number(value, 16).rightJustified(digits, u'0');
}

// The escapes Python and printf share: \n \r \t; empty for any other character.
QString namedEscape(char16_t c)
{
    switch (c) {
    case u'\n':
        return u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    case u'\t':
        return u"\\t"_s;
    default:
        return QString();
    }
}

} // namespace

QString pythonString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'"')
            out += u"\\"_s + c;
        else if (const QString named = namedEscape(u); !named.isEmpty())
            out += named;
        else if (u < 0x20 || u == 0x7f)
            out += hexEscape(u, 2, u"\\x"_s);
        else if (c.isSurrogate() || u == 0x2028 || u == 0x2029 || !c.isPrint())
            out += hexEscape(u, 4, u"\\u"_s); // also keeps lone surrogates visible
        else
            out += c;
    }
    return out + u'"';
}

QString pythonBytes(const QByteArray &bytes)
{
    QString out = u"b\""_s;
    for (const char ch : bytes) {
        const auto b = uchar(ch);
        if (b == '\\' || b == '"')
            out += u"\\"_s + QLatin1Char(char(b));
        else if (const QString named = namedEscape(b); !named.isEmpty())
            out += named;
        else if (b >= 0x20 && b < 0x7f)
            out += QLatin1Char(char(b));
        else
            out += hexEscape(b, 2, u"\\x"_s);
    }
    return out + u'"';
}

QString pythonEncoding(TextEncoding encoding)
{
    return TextCodec::pythonName(encoding);
}

QString pythonErrors(DecodeErrorMode mode)
{
    switch (mode) {
    case DecodeErrorMode::Strict:
        return u"strict"_s;
    case DecodeErrorMode::Ignore:
        return u"ignore"_s;
    case DecodeErrorMode::Replace:
        break;
    }
    return u"replace"_s;
}

QString pythonComment(const QString &text, const QString &indent)
{
    // PEP 8: comment lines stop at 79 columns; words are never cut.
    constexpr qsizetype kWidth = 79;
    const qsizetype room = std::max<qsizetype>(20, kWidth - indent.size() - 2);
    QString out;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
                out += indent + u"# "_s + line + u'\n';
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        out += indent + (line.isEmpty() ? u"#"_s : u"# "_s + line) + u'\n';
    }
    return out;
}

QString shellPrintf(const QByteArray &bytes)
{
    QString out = u"'"_s;
    for (const char ch : bytes) {
        const auto b = uchar(ch);
        if (const QString named = namedEscape(b); !named.isEmpty())
            out += named;
        else if (b == '%')
            out += u"%%"_s;
        else if (b == '\\')
            out += u"\\\\"_s;
        else if (b >= 0x20 && b < 0x7f && b != '\'')
            out += QLatin1Char(char(b));
        else
            out += u"\\"_s + QString::number(b, 8).rightJustified(3, u'0');
    }
    return out + u'\'';
}

QString shellWord(const QString &word)
{
    static const QString safe = u"-_./:@%+=,"_s;
    const bool plain = !word.isEmpty() && std::all_of(word.cbegin(), word.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || safe.contains(c);
    });
    if (plain)
        return word;
    QString quoted = word;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace netlab
