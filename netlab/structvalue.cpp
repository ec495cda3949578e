// StructValue (one decoded value) and how values are shown: Python's repr, timestamps.
#include <netlab/structformat.h>

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <cstring>

namespace netlab {

// --- StructValue ------------------------------------------------------------------------

StructValue StructValue::fromInt(qint64 value)
{
    StructValue v;
    v.type = Type::Int;
    v.i = value;
    return v;
}

StructValue StructValue::fromUInt(quint64 value)
{
    StructValue v;
    v.type = Type::UInt;
    v.u = value;
    return v;
}

StructValue StructValue::fromDouble(double value)
{
    StructValue v;
    v.type = Type::Float;
    v.f = value;
    return v;
}

StructValue StructValue::fromBool(bool value)
{
    StructValue v;
    v.type = Type::Bool;
    v.b = value;
    return v;
}

StructValue StructValue::fromBytes(const QByteArray &value)
{
    StructValue v;
    v.type = Type::Bytes;
    v.bytes = value;
    return v;
}

double StructValue::toDouble() const
{
    switch (type) {
    case Type::Int:
        return double(i);
    case Type::UInt:
        return double(u);
    case Type::Float:
        return f;
    case Type::Bool:
        return b ? 1.0 : 0.0;
    case Type::Bytes:
        break;
    }
    return 0.0;
}

QVariant StructValue::toVariant() const
{
    switch (type) {
    case Type::Int:
        return QVariant::fromValue(qlonglong(i));
    case Type::UInt:
        return QVariant::fromValue(qulonglong(u));
    case Type::Float:
        return QVariant::fromValue(f);
    case Type::Bool:
        return QVariant::fromValue(b);
    case Type::Bytes:
        break;
    }
    return QVariant::fromValue(bytes);
}

static QString pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    if (value == 0.0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    const int exponent = int(std::floor(std::log10(std::fabs(value))));
    if (exponent < -4 || exponent >= 16)
        return QString::number(value, 'e', QLocale::FloatingPointShortest);
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (!text.contains(u'.'))
        text += QStringLiteral(".0");
    return text;
}

static QString pythonBytesRepr(const QByteArray &bytes)
{
    const bool useDouble = bytes.contains('\'') && !bytes.contains('"');
    const char quote = useDouble ? '"' : '\'';
    QString text = QStringLiteral("b");
    text += QLatin1Char(quote);
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c == '\\' || c == uchar(quote)) {
            text += u'\\';
            text += QLatin1Char(char(c));
        } else if (c == '\t') {
            text += QStringLiteral("\\t");
        } else if (c == '\n') {
            text += QStringLiteral("\\n");
        } else if (c == '\r') {
            text += QStringLiteral("\\r");
        } else if (c >= 0x20 && c < 0x7f) {
            text += QLatin1Char(char(c));
        } else {
            text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    text += QLatin1Char(quote);
    return text;
}

QString StructValue::toString() const
{
    switch (type) {
    case Type::Int:
        return QString::number(i);
    case Type::UInt:
        return QString::number(u);
    case Type::Float:
        return pythonFloatRepr(f);
    case Type::Bool:
        return b ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Bytes:
        break;
    }
    return pythonBytesRepr(bytes);
}

bool operator==(const StructValue &a, const StructValue &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case StructValue::Type::Int:
        return a.i == b.i;
    case StructValue::Type::UInt:
        return a.u == b.u;
    case StructValue::Type::Float:
        return a.f == b.f || (std::isnan(a.f) && std::isnan(b.f));
    case StructValue::Type::Bool:
        return a.b == b.b;
    case StructValue::Type::Bytes:
        break;
    }
    return a.bytes == b.bytes;
}

QString StructFormat::formatTimestamp(double secondsSinceEpoch)
{
    // Year 1 … 9999; outside that (or NaN) the plain number says more than a bad date.
    if (!std::isfinite(secondsSinceEpoch) || secondsSinceEpoch < -62135596800.0
        || secondsSinceEpoch > 253402300799.0)
        return pythonFloatRepr(secondsSinceEpoch);
    const auto msecs = qint64(std::llround(secondsSinceEpoch * 1000.0));
    return QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString StructFormat::displayValue(int index, const StructValue &value) const
{
    if (isTimestampField(index) && value.type == StructValue::Type::Float)
        return formatTimestamp(value.f);
    return value.toString();
}

} // namespace netlab
