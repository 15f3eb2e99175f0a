#pragma once

#include "core/sim/SimText.h"

#include <QString>
#include <QStringList>

#include <vector>

// Tables the generator draws people, places and businesses from. Mobile number prefixes are
// ranges libphonenumber accepts as mobile (or fixed-line-or-mobile) numbers of that region.
namespace crmlens::sim {

struct SimCity
{
    QString name;
    QStringList mobilePrefixes; // empty: the country's prefixes (numbers are not geographic there)
};

struct SimCountry
{
    QString code;        // ISO 3166 alpha-2
    QString callingCode; // "254"
    int utcOffsetMinutes = 0;
    double weight = 0; // share of a workspace's contacts
    QStringList mobilePrefixes;
    int nationalLength = 0;  // digits after the calling code
    std::vector<int> groups; // digit groups of the national number in the spaced format
    std::vector<SimCity> cities;
    double languageWeights[kLanguageCount] = {};
    std::vector<double> cultureWeights; // indexed like simNameCultures()
};

struct SimNameCulture
{
    QString key;
    QStringList firstNames;     // full names for cultures whose names are not split (CJK, Thai)
    QStringList lastNames;      // empty: firstNames are full names
    double singleNameShare = 0; // people known by one name only
    bool latin = true;          // emails can be derived from the name
};

struct SimCompany
{
    QString name;
    QString domain;
};

struct SimCampaignSeries
{
    QString name;         // may contain %1 for a running number ("Restock #%1")
    QString templateName; // base template name
    QString pitch;        // what the template message announces
};

const std::vector<SimCountry>& simCountries();
const std::vector<SimNameCulture>& simNameCultures();
const std::vector<SimCompany>& simCompanies();
const QStringList& simOperatorNames();
const QStringList& simEmailDomains();
const QStringList& simNameEmojis();
const std::vector<SimCampaignSeries>& simCampaignSeries();
const QStringList& simAbGroupNames();

} // namespace crmlens::sim
