// StructFormat::encode() and valuesFromStrings(): values to bytes, as Python's struct.pack,
// with its messages for values that do not fit (the format itself: structformat.cpp).
#include <netlab/structformat.h>

#include "structformat_p.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <cstring>
#include <limits>

namespace netlab {

using namespace structdetail;

// --- encoding ---------------------------------------------------------------------------

namespace {

enum class Packer { Native, LittleStandard, BigStandard };

// Python's messages for an integer that does not fit (see the table in tst_structformat).
QString rangeMessage(char code, Packer packer, bool negative)
{
    const bool big = packer == Packer::BigStandard;
    const QString outOfRange = QStringLiteral("argument out of range");
    switch (code) {
    case 'b':
        return QStringLiteral("byte format requires -128 <= number <= 127");
    case 'B':
        return QStringLiteral("ubyte format requires 0 <= number <= 255");
    case 'h':
        return big ? QStringLiteral("'h' format requires -32768 <= number <= 32767")
                   : QStringLiteral("short format requires -32768 <= number <= 32767");
    case 'H':
        if (!big)
            return QStringLiteral("ushort format requires 0 <= number <= 65535");
        return negative ? outOfRange : QStringLiteral("'H' format requires 0 <= number <= 65535");
    case 'i':
        return QStringLiteral("'i' format requires -2147483648 <= number <= 2147483647");
    case 'I':
        return negative ? outOfRange
                        : QStringLiteral("'I' format requires 0 <= number <= 4294967295");
    case 'l':
        return packer == Packer::Native
            ? outOfRange
            : QStringLiteral("'l' format requires -2147483648 <= number <= 2147483647");
    case 'L':
        return packer == Packer::Native || negative
            ? outOfRange
            : QStringLiteral("'L' format requires 0 <= number <= 4294967295");
    default:
        break;
    }
    return big ? QStringLiteral("int too large to convert") : outOfRange;
}

struct IntLimits
{
    bool isSigned;
    qint64 min;
    quint64 max;
};

IntLimits limitsOf(quint8 kind)
{
    switch (kind) {
    case KI8:
        return {true, -128, 127};
    case KU8:
        return {false, 0, 255};
    case KI16:
        return {true, -32768, 32767};
    case KU16:
        return {false, 0, 65535};
    case KI32:
        return {true, std::numeric_limits<qint32>::min(), 2147483647u};
    case KU32:
        return {false, 0, 4294967295u};
    case KI64:
        return {
            true, std::numeric_limits<qint64>::min(), quint64(std::numeric_limits<qint64>::max())};
    default:
        break;
    }
    return {false, 0, std::numeric_limits<quint64>::max()};
}

template<bool Swap>
void storeInt(char *p, quint8 kind, quint64 bits)
{
    switch (kind) {
    case KI8:
    case KU8:
        *p = char(bits);
        break;
    case KI16:
    case KU16:
        store<quint16, Swap>(p, quint16(bits));
        break;
    case KI32:
    case KU32:
        store<quint32, Swap>(p, quint32(bits));
        break;
    default:
        store<quint64, Swap>(p, bits);
        break;
    }
}

template<bool Swap>
void storeFloat(char *p, quint8 kind, double value, quint16 half)
{
    if (kind == KF16) {
        store<quint16, Swap>(p, half);
    } else if (kind == KF32) {
        const float f = float(value);
        quint32 bits;
        std::memcpy(&bits, &f, sizeof bits);
        store<quint32, Swap>(p, bits);
    } else {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        store<quint64, Swap>(p, bits);
    }
}

} // namespace

bool StructFormat::encode(const QList<StructValue> &values, QByteArray &out, QString *error) const
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_valid)
        return failWith(m_error.isEmpty() ? tr("no format") : m_error);
    if (values.size() != m_ops.size())
        return failWith(
            tr("pack expected %1 items for packing (got %2)").arg(m_ops.size()).arg(values.size()));
    if (m_size > std::numeric_limits<int>::max() / 2)
        return failWith(tr("frame too large to build: %1 bytes").arg(m_size));

    const Packer packer = m_native ? Packer::Native
        : m_bigEndian              ? Packer::BigStandard
                                   : Packer::LittleStandard;
    const bool swap = m_bigEndian != kHostBigEndian;
    QByteArray buffer(m_size, '\0');
    char *base = buffer.data();

    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const Op &op = m_ops.at(k);
        const StructValue &v = values.at(k);
        char *p = base + op.offset;
        auto valueError = [&](const QString &message) {
            return failWith(tr("value %1 (%2): %3").arg(k + 1).arg(op.name, message));
        };
        switch (op.kind) {
        case KBool: {
            bool truth = false;
            switch (v.type) {
            case StructValue::Type::Int:
                truth = v.i != 0;
                break;
            case StructValue::Type::UInt:
                truth = v.u != 0;
                break;
            case StructValue::Type::Float:
                truth = v.f != 0.0;
                break;
            case StructValue::Type::Bool:
                truth = v.b;
                break;
            case StructValue::Type::Bytes:
                truth = !v.bytes.isEmpty();
                break;
            }
            *p = truth ? 1 : 0;
            break;
        }
        case KChar:
            if (v.type != StructValue::Type::Bytes || v.bytes.size() != 1)
                return valueError(
                    QStringLiteral("char format requires a bytes object of length 1"));
            *p = v.bytes.at(0);
            break;
        case KString:
        case KPascal: {
            if (v.type != StructValue::Type::Bytes)
                return valueError(QStringLiteral("argument for '%1' must be a bytes object")
                                      .arg(QLatin1Char(op.code)));
            if (op.kind == KString) {
                const qsizetype n = qMin(v.bytes.size(), op.size);
                if (n > 0)
                    std::memcpy(p, v.bytes.constData(), size_t(n));
            } else if (op.size > 0) {
                const qsizetype n = qMin(v.bytes.size(), op.size - 1);
                if (n > 0)
                    std::memcpy(p + 1, v.bytes.constData(), size_t(n));
                *p = char(quint8(qMin<qsizetype>(n, 255)));
            }
            break;
        }
        case KF16:
        case KF32:
        case KF64: {
            if (v.type == StructValue::Type::Bytes)
                return valueError(QStringLiteral("required argument is not a float"));
            const double value = v.toDouble();
            quint16 half = 0;
            if (op.kind == KF16 && !doubleToHalf(value, &half))
                return valueError(QStringLiteral("float too large to pack with e format"));
            if (op.kind == KF32 && packer != Packer::Native && std::isinf(float(value))
                && !std::isinf(value))
                return valueError(QStringLiteral("float too large to pack with f format"));
            if (swap)
                storeFloat<true>(p, op.kind, value, half);
            else
                storeFloat<false>(p, op.kind, value, half);
            break;
        }
        default: {
            bool negative = false;
            quint64 magnitudeBits = 0; // two's complement bits of the value
            switch (v.type) {
            case StructValue::Type::Int:
                negative = v.i < 0;
                magnitudeBits = quint64(v.i);
                break;
            case StructValue::Type::UInt:
                magnitudeBits = v.u;
                break;
            case StructValue::Type::Bool:
                magnitudeBits = v.b ? 1 : 0;
                break;
            case StructValue::Type::Float:
            case StructValue::Type::Bytes:
                return valueError(QStringLiteral("required argument is not an integer"));
            }
            if (op.code != 'P') {
                const IntLimits limits = limitsOf(op.kind);
                const bool fits
                    = negative ? limits.isSigned && v.i >= limits.min : magnitudeBits <= limits.max;
                if (!fits)
                    return valueError(rangeMessage(op.code, packer, negative));
            }
            if (swap)
                storeInt<true>(p, op.kind, magnitudeBits);
            else
                storeInt<false>(p, op.kind, magnitudeBits);
            break;
        }
        }
    }
    out = buffer;
    return true;
}

bool StructFormat::valuesFromStrings(
    const QStringList &texts, QList<StructValue> &values, QString *error) const
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_valid)
        return failWith(m_error.isEmpty() ? tr("no format") : m_error);
    if (texts.size() != m_ops.size())
        return failWith(
            tr("the format needs %1 values, got %2").arg(m_ops.size()).arg(texts.size()));
    QList<StructValue> parsed;
    parsed.reserve(texts.size());
    const QLocale c = QLocale::c();
    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const Op &op = m_ops.at(k);
        const QString text = texts.at(k).trimmed();
        auto bad = [&](const QString &what) {
            return failWith(
                tr("value %1 (%2): '%3' is not %4").arg(k + 1).arg(op.name, texts.at(k), what));
        };
        switch (op.kind) {
        case KChar:
        case KString:
        case KPascal:
            parsed.append(StructValue::fromBytes(texts.at(k).toUtf8()));
            break;
        case KBool: {
            const QString lower = text.toLower();
            if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
                parsed.append(StructValue::fromBool(true));
            else if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
                parsed.append(StructValue::fromBool(false));
            else
                return bad(tr("a bool (true/false)"));
            break;
        }
        case KF16:
        case KF32:
        case KF64: {
            bool ok = false;
            const double value = c.toDouble(text, &ok);
            if (!ok)
                return bad(tr("a number"));
            parsed.append(StructValue::fromDouble(value));
            break;
        }
        default: {
            QStringView digits = text;
            bool negative = false;
            if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
                negative = digits.startsWith(u'-');
                digits = digits.mid(1);
            }
            int base = 10;
            if (digits.startsWith(u"0x", Qt::CaseInsensitive)) {
                base = 16;
                digits = digits.mid(2);
            }
            bool ok = !digits.isEmpty();
            for (const QChar ch : digits) {
                if (!(ch.isDigit() || (base == 16 && QStringLiteral("abcdefABCDEF").contains(ch))))
                    ok = false;
            }
            const quint64 magnitude = ok ? digits.toULongLong(&ok, base) : 0;
            if (!ok)
                return bad(tr("an integer"));
            if (negative) {
                if (magnitude > quint64(std::numeric_limits<qint64>::max()) + 1)
                    return failWith(
                        tr("value %1 (%2): argument out of range").arg(k + 1).arg(op.name));
                parsed.append(StructValue::fromInt(qint64(0 - magnitude)));
            } else if (magnitude <= quint64(std::numeric_limits<qint64>::max())) {
                parsed.append(StructValue::fromInt(qint64(magnitude)));
            } else {
                parsed.append(StructValue::fromUInt(magnitude));
            }
            break;
        }
        }
    }
    values = parsed;
    return true;
}
} // namespace netlab
