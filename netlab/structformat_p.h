#pragma once

// What the struct format code shares between its files (structformat.cpp: parsing and
// decoding; structencode.cpp: encoding): the item kinds, CPython's size tables and the
// byte-level helpers. Not part of the library's interface.

#include <QtEndian>
#include <QtGlobal>

#include <cmath>
#include <cstring>
#include <limits>

namespace netlab::structdetail {

inline constexpr bool kHostBigEndian = Q_BYTE_ORDER == Q_BIG_ENDIAN;

enum Kind : quint8 {
    KPad,
    KI8,
    KU8,
    KBool,
    KChar,
    KI16,
    KU16,
    KI32,
    KU32,
    KI64,
    KU64,
    KF16,
    KF32,
    KF64,
    KString,
    KPascal,
};

struct Entry
{
    char code;
    Kind kind;
    qsizetype size;
};

// Native sizes (and alignments) on x86-64 Linux, as CPython's native_table.
inline constexpr Entry kNative[] = {
    {'x', KPad, 1},
    {'c', KChar, 1},
    {'b', KI8, 1},
    {'B', KU8, 1},
    {'?', KBool, 1},
    {'h', KI16, 2},
    {'H', KU16, 2},
    {'i', KI32, 4},
    {'I', KU32, 4},
    {'l', KI64, 8},
    {'L', KU64, 8},
    {'q', KI64, 8},
    {'Q', KU64, 8},
    {'n', KI64, 8},
    {'N', KU64, 8},
    {'P', KU64, 8},
    {'e', KF16, 2},
    {'f', KF32, 4},
    {'d', KF64, 8},
    {'s', KString, 1},
    {'p', KPascal, 1},
};

// Standard sizes ('=', '<', '>', '!'): no n, N, P.
inline constexpr Entry kStandard[] = {
    {'x', KPad, 1},
    {'c', KChar, 1},
    {'b', KI8, 1},
    {'B', KU8, 1},
    {'?', KBool, 1},
    {'h', KI16, 2},
    {'H', KU16, 2},
    {'i', KI32, 4},
    {'I', KU32, 4},
    {'l', KI32, 4},
    {'L', KU32, 4},
    {'q', KI64, 8},
    {'Q', KU64, 8},
    {'e', KF16, 2},
    {'f', KF32, 4},
    {'d', KF64, 8},
    {'s', KString, 1},
    {'p', KPascal, 1},
};

template<std::size_t N>
inline const Entry *lookup(const Entry (&table)[N], char16_t c)
{
    for (const Entry &entry : table) {
        if (char16_t(entry.code) == c)
            return &entry;
    }
    return nullptr;
}

inline bool isPythonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
}

template<typename T, bool Swap>
inline T load(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    if constexpr (Swap)
        value = qbswap(value);
    return value;
}

template<typename T, bool Swap>
inline void store(char *p, T value)
{
    if constexpr (Swap)
        value = qbswap(value);
    std::memcpy(p, &value, sizeof value);
}

inline double halfToDouble(quint16 half)
{
    const bool negative = half & 0x8000;
    const int exponent = (half >> 10) & 0x1f;
    const int mantissa = half & 0x3ff;
    double value;
    if (exponent == 0)
        value = std::ldexp(double(mantissa), -24);
    else if (exponent == 31)
        value = mantissa ? std::numeric_limits<double>::quiet_NaN()
                         : std::numeric_limits<double>::infinity();
    else
        value = std::ldexp(double(mantissa + 1024), exponent - 25);
    return negative ? -value : value;
}

// IEEE half with round-half-to-even, as PyFloat_Pack2; false when too large.
inline bool doubleToHalf(double x, quint16 *half)
{
    const quint16 sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) {
        *half = sign | 0x7e00;
        return true;
    }
    if (std::isinf(x)) {
        *half = sign | 0x7c00;
        return true;
    }
    x = std::fabs(x);
    if (x == 0.0) {
        *half = sign;
        return true;
    }
    int e = 0;
    double f = std::frexp(x, &e); // x = f * 2^e, 0.5 <= f < 1
    f *= 2.0;
    --e; // now 1 <= f < 2
    if (e >= 16)
        return false;
    if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = std::ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    unsigned bits = unsigned(f);
    const double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        ++bits;
        if (bits == 1024) {
            bits = 0;
            ++e;
            if (e == 31)
                return false;
        }
    }
    *half = quint16(sign | (e << 10) | bits);
    return true;
}

} // namespace netlab::structdetail
