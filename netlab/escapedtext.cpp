#include "escapedtext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

// Gives lupdate and EscapedText::tr() the same context for the messages below.
struct EscapedText
{
    Q_DECLARE_TR_FUNCTIONS(netlab::EscapedText)
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

std::optional<QByteArray> parseEscapedText(QStringView text, QString *error)
{
    QByteArray bytes;
    QString literal; // pending characters, encoded as UTF-8 in one go
    auto flush = [&] {
        bytes += literal.toUtf8();
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\') {
            literal += c;
            continue;
        }
        if (i + 1 >= text.size()) {
            if (error)
                *error = EscapedText::tr("a lone backslash at the end; write \\\\ for a backslash");
            return std::nullopt;
        }
        flush();
        const QChar escape = text.at(++i);
        switch (escape.unicode()) {
        case u'n':
            bytes += '\n';
            break;
        case u'r':
            bytes += '\r';
            break;
        case u't':
            bytes += '\t';
            break;
        case u'0':
            bytes += '\0';
            break;
        case u'\\':
            bytes += '\\';
            break;
        case u'x': {
            const int high = i + 1 < text.size() ? hexValue(text.at(i + 1)) : -1;
            const int low = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            if (high < 0 || low < 0) {
                if (error)
                    *error = EscapedText::tr("\\x at position %1 needs two hex digits, e.g. \\x0a")
                                 .arg(i);
                return std::nullopt;
            }
            bytes += char(high * 16 + low);
            i += 2;
            break;
        }
        default:
            if (error)
                *error = EscapedText::tr(
                    "unknown escape \\%1 at position %2 (use \\n \\r \\t \\0 \\\\ "
                    "or \\xHH)")
                             .arg(escape)
                             .arg(i);
            return std::nullopt;
        }
    }
    flush();
    return bytes;
}

QString toEscapedText(const QByteArray &bytes)
{
    QString text;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '\n':
            text += u"\\n"_s;
            break;
        case '\r':
            text += u"\\r"_s;
            break;
        case '\t':
            text += u"\\t"_s;
            break;
        case '\\':
            text += u"\\\\"_s;
            break;
        default:
            if (c >= 0x20 && c < 0x7f)
                text += QLatin1Char(char(c));
            else
                text += u"\\x%1"_s.arg(c, 2, 16, QChar(u'0'));
        }
    }
    return text;
}

QString toVisibleText(QStringView text, LineBreaks lineBreaks)
{
    QString visible;
    visible.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u == u'\n' || u == u'\t') && lineBreaks == LineBreaks::Keep) {
            visible += c;
        } else if (u < 0x20) {
            visible += u'^';
            visible += QChar(char16_t(u + 0x40));
        } else if (u == 0x7f) {
            visible += u"^?"_s;
        } else if (u >= 0x80 && u <= 0x9f) {
            visible += u"M-^"_s;
            visible += QChar(char16_t(u - 0x80 + 0x40));
        } else if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)) {
            visible += u"<U+%1>"_s.arg(uint(u), 4, 16, QChar(u'0')).toUpper();
        } else {
            visible += c;
        }
    }
    return visible;
}

} // namespace netlab
