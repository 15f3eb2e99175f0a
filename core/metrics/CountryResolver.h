#pragma once

#include <QString>

namespace crmlens::metrics {

// The country of a WhatsApp number (METRICS.md "countries"): keep the digits and a leading '+',
// add '+' when it is missing, parse with libphonenumber and take GetRegionCodeForNumber — for a
// calling code several countries share, the one whose numbering plan the number fits. A number
// that does not parse, or has no region, is "ZZ"; so is libphonenumber's "001" for
// non-geographic numbers (+800, +882…), which names no country. Parsing is slow per call:
// FactCache keeps the answers in the store (derived_phone_regions).
class CountryResolver
{
public:
    static QString regionOf(const QString& whatsappNumber);
    // The text handed to libphonenumber: "+" and the number's digits.
    static QString normalizedNumber(const QString& whatsappNumber);
};

} // namespace crmlens::metrics
