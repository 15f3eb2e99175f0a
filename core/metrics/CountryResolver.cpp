#include "core/metrics/CountryResolver.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace crmlens::metrics {

QString CountryResolver::normalizedNumber(const QString& whatsappNumber)
{
    const QString trimmed = whatsappNumber.trimmed();
    QString out = QStringLiteral("+");
    for (const QChar ch : trimmed) {
        // Digits of any script count (libphonenumber reads them too); they are passed on as ASCII.
        const int digit = ch.digitValue();
        if (ch.category() == QChar::Number_DecimalDigit && digit >= 0)
            out.append(QChar(u'0' + digit));
    }
    return out;
}

QString CountryResolver::regionOf(const QString& whatsappNumber)
{
    static const QString unknown = QStringLiteral("ZZ");
    const QString number = normalizedNumber(whatsappNumber);
    if (number.size() < 2)
        return unknown;
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(number.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return unknown;
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    if (region.empty() || region == "ZZ" || region == "001")
        return unknown;
    return QString::fromStdString(region);
}

} // namespace crmlens::metrics
