#include "core/sim/SimNamesData.h"

#include <QHash>

namespace crmlens::sim {
namespace {

// Rows are compact text so the tables stay readable; they are parsed once on first use.
struct CountryRow
{
    const char* code;
    const char* callingCode;
    int utcOffsetMinutes;
    double weight;
    const char* prefixes; // space-separated national mobile prefixes
    int nationalLength;
    const char* groups;    // "3 3 3"
    const char* cities;    // "City|City:prefix prefix|..."
    const char* languages; // "en:55 sw:45"
    const char* cultures;  // "swahili:80 english:10"
};

// clang-format off
const CountryRow kCountries[] = {
    {"KE", "254", 180, 30, "710 711 712 713 714 715 716 717 718 719 720 721 722 723 724 725 726 727 728 729 "
        "740 741 742 743 745 746 748 757 758 759 768 769 790 791 792 793 794 795 796 797 798 799", 9, "3 3 3",
        "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika|Machakos", "en:55 sw:45",
        "swahili:82 english:8 indian:4 devanagari:2 arabiclatin:2 cjk:1 cyrillic:1"},
    {"NG", "234", 60, 12, "803 806 813 816 703 706 810 814 903 906 805 807 815 705 905 802 808 812 701 708 "
        "902 809 817 818 909", 10, "3 3 4", "Lagos|Abuja|Ibadan|Kano|Port Harcourt|Benin City", "en:100",
        "westafrican:95 english:5"},
    {"ZA", "27", 120, 6, "60 61 62 63 64 71 72 73 74 76 78 79 81 82 83 84", 9, "2 3 4",
        "Johannesburg|Cape Town|Durban|Pretoria|Port Elizabeth", "en:100",
        "southern:72 english:15 indian:8 cjk:3 cyrillic:2"},
    {"TZ", "255", 180, 7, "71 65 67 75 76 74 68 69 78", 9, "3 3 3", "Dar es Salaam|Arusha|Dodoma|Mwanza|Zanzibar",
        "sw:75 en:25", "swahili:90 arabiclatin:5 indian:5"},
    {"UG", "256", 180, 6, "70 75 77 78 71", 9, "3 3 3", "Kampala|Entebbe|Gulu|Jinja|Mbarara", "en:80 sw:20",
        "swahili:85 english:10 indian:5"},
    {"GH", "233", 0, 4, "24 54 55 59 20 50 26 27 57", 9, "2 3 4", "Accra|Kumasi|Tamale|Takoradi", "en:100",
        "westafrican:95 english:5"},
    {"EG", "20", 120, 3, "10 11 12 15", 10, "2 4 4", "Cairo|Alexandria|Giza|Luxor", "en:85 fr:15",
        "arabic:60 arabiclatin:40"},
    {"MA", "212", 60, 2, "61 62 66 67 70 71", 9, "3 2 2 2", "Casablanca|Rabat|Marrakech|Fès|Tanger",
        "fr:75 en:25", "arabic:35 arabiclatin:40 french:25"},
    {"BR", "55", -180, 4, "", 11, "2 5 4",
        "São Paulo:1196 1197 1198 1199|Rio de Janeiro:2196 2197 2198 2199|Belo Horizonte:3198 3199|"
        "Brasília:6198 6199|Salvador:7198 7199|Recife:8198 8199|Curitiba:4198 4199|Porto Alegre:5198 5199",
        "pt:100", "portuguese:94 cjk:3 arabiclatin:3"},
    {"MX", "52", -360, 3, "", 10, "2 4 4",
        "Ciudad de México:55|Guadalajara:33|Monterrey:81|Puebla:222|Mérida:999", "es:95 en:5",
        "spanish:96 english:4"},
    {"CO", "57", -300, 2, "300 301 310 311 312 313 314 315 316 317 318 320 321 350", 10, "3 3 4",
        "Bogotá|Medellín|Cali|Barranquilla|Cartagena", "es:95 en:5", "spanish:96 english:4"},
    {"IN", "91", 330, 5, "98 99 97 96 94 93 90 89 85 84 77 70",
        10, "5 5", "Mumbai|Delhi|Bengaluru|Chennai|Pune|Hyderabad|Kolkata", "en:100", "indian:55 devanagari:45"},
    {"ID", "62", 420, 3, "811 812 813 821 822 823 851 852 853 855 856 857 858 814 815 816 817 818 819 859 877 878 "
        "895 896 897 898 899 881 882 883", 11, "3 4 4", "Jakarta|Surabaya|Bandung|Medan|Denpasar", "id:90 en:10",
        "indonesian:95 cjk:5"},
    {"PH", "63", 480, 2, "905 906 915 916 917 926 927 935 936 945 955 956 965 966 975 995 997 908 918 919 920 921 "
        "928 929 939 947 949 961 998 999", 10, "3 3 4", "Manila|Quezon City|Cebu City|Davao City", "en:100",
        "filipino:95 cjk:5"},
    {"AE", "971", 240, 3, "50 52 54 55 56 58", 9, "2 3 4", "Dubai|Abu Dhabi|Sharjah|Ajman", "en:100",
        "arabic:35 arabiclatin:20 indian:15 devanagari:5 filipino:10 cyrillic:8 english:7"},
    {"SA", "966", 180, 2, "50 53 54 55 56 58 59", 9, "2 3 4", "Riyadh|Jeddah|Dammam|Mecca|Medina", "en:100",
        "arabic:65 arabiclatin:25 indian:5 filipino:5"},
    {"GB", "44", 0, 2, "7400 7412 7440 7450 7460 7470 7480 7490 7500 7510 7530 7540 7550 7560 7570 7580 7590 "
        "7710 7720 7730 7740 7750 7760 7770 7790 7800 7810 7850 7860 7870 7880 7890 7900 7910 7920 7930 7940 "
        "7950 7960 7970 7980 7990", 10, "4 6", "London|Manchester|Birmingham|Leeds|Glasgow", "en:100",
        "english:78 indian:8 cyrillic:4 cjk:4 french:2 spanish:2 westafrican:2"},
    {"US", "1", -300, 2, "", 10, "3 3 4",
        "New York:212 646 917 718|Houston:713 832|Los Angeles:213 310 323|Chicago:312 773|Miami:305 786",
        "en:85 es:15", "english:68 spanish:15 cjk:6 indian:5 cyrillic:4 westafrican:2"},
    {"FR", "33", 60, 1, "60 61 62 64 65 66 67 68 73 74 75 76 77 78", 9, "1 2 2 2 2",
        "Paris|Lyon|Marseille|Toulouse|Lille|Nantes", "fr:100", "french:84 arabiclatin:10 english:3 westafrican:3"},
    {"ES", "34", 60, 1, "60 61 62 63 64 65 66 67 68 69 71 72 73 74", 9, "3 3 3",
        "Madrid|Barcelona|Valencia|Sevilla|Bilbao", "es:100", "spanish:95 english:5"},
    {"TH", "66", 420, 1, "81 82 83 84 85 86 87 88 89 61 62 63 64 65 91 92 93 94 95 96 97 98 99", 9, "2 3 4",
        "Bangkok|Chiang Mai|Phuket|Pattaya", "en:100", "thai:90 english:10"},
};

struct CultureRow
{
    const char* key;
    const char* first;
    const char* last;
    double singleNameShare;
    bool latin;
};

const CultureRow kCultures[] = {
    {"swahili", "Wanjiru|Achieng|Otieno|Njeri|Baraka|Amani|Zawadi|Neema|Juma|Mwanaisha|Wafula|Chebet|Kiprono|"
        "Nyambura|Mutua|Akinyi|Halima|Rehema|Ochieng|Makena|Wambui|Kioko|Imani|Faraji|Tumaini|Nafula|Kibet|Saida|"
        "Mwajuma|Jabali|Subira|Bahati|Shukuru|Auma",
     "Kamau|Otieno|Mwangi|Odhiambo|Wanjiku|Njoroge|Kiprop|Mutai|Wekesa|Onyango|Hassan|Omondi|Ndung'u|Mbugua|"
        "Kariuki|Nyaga|Barasa|Mollel|Massawe|Mushi|Nakato|Mugisha|Okello|Ssempala|Chepkoech|Wairimu|Kiplagat",
     0.06, true},
    {"westafrican", "Adébáyọ̀|Olúwaseun|Chinedu|Ngozi|Adéwálé|Folákẹ́|Emeka|Ifeoluwa|Tunde|Yetunde|Chiamaka|Obinna|"
        "Kemi|Bọ́lá|Kwame|Ama|Kofi|Akosua|Yaw|Abena|Kwabena|Efua|Aisha|Musa|Zainab|Ọláolúwa|Ikenna|Ayọ̀délé",
     "Adeyemi|Okafor|Ògúnlẹ̀yẹ́|Bakare|Eze|Nwosu|Olawale|Abubakar|Mensah|Owusu|Boateng|Asante|Adjei|Danso|"
        "Okonkwo|Adébísí|Ọlátúnjí|Balogun|Ibrahim|Osei",
     0.03, true},
    {"southern", "Thabo|Sipho|Nomvula|Lerato|Naledi|Themba|Zanele|Bongani|Palesa|Lindiwe|Pieter|Annelie|Johan|"
        "Nokuthula|Mpho|Kagiso|Thandeka",
     "Nkosi|Dlamini|Mokoena|Ndlovu|Khumalo|van der Merwe|Botha|Mthembu|Molefe|Zulu|Mahlangu|Pretorius|du Plessis",
     0.03, true},
    {"arabic", "محمد|أحمد|فاطمة|مريم|يوسف|عمر|خالد|نور|ليلى|سارة|عبدالله|حسن|هدى|ريم|طارق|منى|سلمى|إبراهيم",
     "العتيبي|الحربي|حسن|السيد|القحطاني|الشمري|المصري|الزهراني|بن علي|العلوي|المنصوري|عبد الرحمن|الفاسي", 0.25,
     false},
    {"arabiclatin", "Mohamed|Ahmed|Youssef|Fatima Zahra|Omar|Khaled|Nour|Salma|Karim|Hamza|Imane|Yasmine|Mariam|"
        "Aya|Mostafa|Rania|Tarek",
     "El Amrani|Benali|Haddad|Mansour|El Idrissi|Abdelrahman|Farouk|Saleh|Al Mazrouei|Al Qahtani|Bensaïd|"
        "El Fassi|Chraïbi|Shaheen",
     0.1, true},
    {"portuguese", "João|Maria|Ana Luíza|José|Antônio|Sérgio|Fábio|Letícia|Gabriel|Beatriz|Júlia|Thiago|Larissa|"
        "Rafaela|Caio|Luís|Vitória|Conceição|Mônica|André",
     "Silva|Gonçalves|Conceição|Araújo|Sousa|Oliveira|Lima|Ribeiro|Carvalho|Fernandes|Assunção|Magalhães|"
        "Nóbrega|Santos|Pereira|Brandão",
     0.04, true},
    {"spanish", "José|María|Sofía|Andrés|Iñaki|Begoña|Camila|Valentina|Santiago|Mateo|Lucía|Martín|Ximena|Álvaro|"
        "Nicolás|Guadalupe|Raúl|Inés|Joaquín",
     "Núñez|Peña|Muñoz|Martínez|Jiménez|García|Rodríguez|Hernández|López|Gómez|Ibáñez|Castañeda|Ortiz|"
        "Gutiérrez|Sánchez|Díaz",
     0.03, true},
    {"french", "Zoé|Hélène|François|Loïc|Céline|Gaël|Benoît|Amélie|Théo|Léa|Maël|Inès|Jérôme|Anaïs|Noël|Chloé",
     "Lefèvre|Dubois|Moreau|Laurent|Girard|Rousseau|Fournier|Mercier|Bélanger|Durand|Lemaître|Gauthier|Faure",
     0.03, true},
    {"indian", "Priya|Arjun|Ananya|Rahul|Sneha|Vikram|Aditi|Rohan|Kavya|Sanjay|Deepa|Karthik|Meera|Aarav",
     "Sharma|Patel|Iyer|Reddy|Nair|Gupta|Singh|Menon|Desai|Chatterjee|Shah|Rao|Kapoor", 0.05, true},
    {"devanagari", "राहुल|प्रिया|अमित|सुनीता|अनीता|विकास|पूजा|संजय|दीपिका|अर्जुन|नेहा|रवि",
     "शर्मा|वर्मा|गुप्ता|सिंह|पटेल|यादव|मिश्रा|जोशी|कुमार", 0.15, false},
    {"indonesian", "Putri|Budi|Siti|Agus|Dewi|Rizky|Ayu|Fajar|Indah|Wahyu|Nurul|Bayu|Sri|Eko|Ratna",
     "Wulandari|Santoso|Nurhaliza|Lestari|Saputra|Pratama|Hidayat|Setiawan|Kurniawan|Permata|Susanto", 0.3, true},
    {"filipino", "Maria|Jose|Angelica|Mark|Kristine|Jerome|Princess|Jericho|Liza|Paolo|Rowena|Jun",
     "Santos|Reyes|Cruz|Dela Cruz|Bautista|Ocampo|Garcia|Mendoza|Villanueva|Aquino|Mañalac", 0.04, true},
    {"english", "Oliver|Emma|Siobhán|Zoë|Liam|Olivia|Noah|Ava|James|Charlotte|Ethan|Chloe|Renée|Seán|Aoife|Grace",
     "Smith|O'Brien|Johnson|Williams|Brown|Taylor|Murphy|Müller|Nguyễn|Walker|MacDonald|Davies|Clarke", 0.04,
     true},
    {"cyrillic", "Алексей|Ольга|Дмитрий|Наталья|Сергей|Екатерина|Иван|Мария|Андрій|Олена|Юлия",
     "Иванов|Петрова|Смирнов|Кузнецова|Попов|Соколова|Шевченко|Коваленко|Новиков", 0.1, false},
    {"cjk", "王伟|李娜|张敏|陈静|刘洋|杨帆|黄丽|佐藤 花子|鈴木 一郎|高橋 美咲|田中 健|김민준|이서연|박지훈|최유진", "", 0,
     false},
    {"thai", "สมชาย ใจดี|สุดารัตน์ ทองดี|ณัฐพล ศรีสุข|กมลชนก แก้วมณี|ธนากร วงศ์ใหญ่|พิมพ์ชนก บุญมา|อนุชา สุขสวัสดิ์|"
        "วิภาวดี รัตนพันธ์", "", 0, false},
};
// clang-format on

QStringList split(const char* text, QChar separator)
{
    const QString s = QString::fromUtf8(text);
    return s.isEmpty() ? QStringList() : s.split(separator, Qt::SkipEmptyParts);
}

std::vector<SimNameCulture> parseCultures()
{
    std::vector<SimNameCulture> cultures;
    for (const CultureRow& row : kCultures) {
        SimNameCulture c;
        c.key = QString::fromLatin1(row.key);
        c.firstNames = split(row.first, QLatin1Char('|'));
        c.lastNames = split(row.last, QLatin1Char('|'));
        c.singleNameShare = row.singleNameShare;
        c.latin = row.latin;
        cultures.push_back(std::move(c));
    }
    return cultures;
}

std::vector<SimCountry> parseCountries()
{
    QHash<QString, int> cultureIndex;
    const auto& cultures = simNameCultures();
    for (std::size_t i = 0; i < cultures.size(); ++i)
        cultureIndex.insert(cultures[i].key, static_cast<int>(i));
    const QStringList languageCodes = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt"),
                                       QStringLiteral("fr"), QStringLiteral("sw"), QStringLiteral("id")};

    std::vector<SimCountry> countries;
    for (const CountryRow& row : kCountries) {
        SimCountry c;
        c.code = QString::fromLatin1(row.code);
        c.callingCode = QString::fromLatin1(row.callingCode);
        c.utcOffsetMinutes = row.utcOffsetMinutes;
        c.weight = row.weight;
        c.mobilePrefixes = split(row.prefixes, QLatin1Char(' '));
        c.nationalLength = row.nationalLength;
        for (const QString& g : split(row.groups, QLatin1Char(' ')))
            c.groups.push_back(g.toInt());
        for (const QString& cityText : split(row.cities, QLatin1Char('|'))) {
            SimCity city;
            const qsizetype colon = cityText.indexOf(QLatin1Char(':'));
            city.name = colon < 0 ? cityText : cityText.left(colon);
            if (colon >= 0)
                city.mobilePrefixes = cityText.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            c.cities.push_back(std::move(city));
        }
        for (const QString& pair : split(row.languages, QLatin1Char(' '))) {
            const QStringList kv = pair.split(QLatin1Char(':'));
            c.languageWeights[languageCodes.indexOf(kv.at(0))] = kv.at(1).toDouble();
        }
        c.cultureWeights.assign(cultures.size(), 0.0);
        for (const QString& pair : split(row.cultures, QLatin1Char(' '))) {
            const QStringList kv = pair.split(QLatin1Char(':'));
            c.cultureWeights[static_cast<std::size_t>(cultureIndex.value(kv.at(0)))] = kv.at(1).toDouble();
        }
        countries.push_back(std::move(c));
    }
    return countries;
}

} // namespace

const std::vector<SimNameCulture>& simNameCultures()
{
    static const std::vector<SimNameCulture> cultures = parseCultures();
    return cultures;
}

const std::vector<SimCountry>& simCountries()
{
    static const std::vector<SimCountry> countries = parseCountries();
    return countries;
}

const std::vector<SimCompany>& simCompanies()
{
    static const std::vector<SimCompany> companies = {
        {QStringLiteral("Acme Kenya"), QStringLiteral("acme.co.ke")},
        {QStringLiteral("Duka Mart"), QStringLiteral("dukamart.co.ke")},
        {QStringLiteral("AfyaPlus Clinics"), QStringLiteral("afyaplus.co.ke")},
        {QStringLiteral("SokoLink"), QStringLiteral("sokolink.africa")},
        {QStringLiteral("Jua Solar"), QStringLiteral("juasolar.com")},
    };
    return companies;
}

const QStringList& simOperatorNames()
{
    static const QStringList names = split("amina diego wanjiru kevin fatuma brian grace omar lucia tendai priya "
                                           "joseph halima sam",
                                           QLatin1Char(' '));
    return names;
}

const QStringList& simEmailDomains()
{
    static const QStringList domains =
        split("gmail.com gmail.com gmail.com yahoo.com outlook.com hotmail.com icloud.com ymail.com", QLatin1Char(' '));
    return domains;
}

const QStringList& simNameEmojis()
{
    static const QStringList emojis = split("🌸 ✨ 🙏 💐 🔥 😊 👑 🇰🇪 ❤️ 🌍", QLatin1Char(' '));
    return emojis;
}

const std::vector<SimCampaignSeries>& simCampaignSeries()
{
    static const std::vector<SimCampaignSeries> series = {
        {QStringLiteral("Welcome Series"), QStringLiteral("welcome_series"), QStringLiteral("Welcome aboard")},
        {QStringLiteral("Black Friday Promo"), QStringLiteral("black_friday_promo"),
         QStringLiteral("Black Friday deals are live: up to 50% off")},
        {QStringLiteral("Restock #%1"), QStringLiteral("restock_alert"),
         QStringLiteral("Your favourites are back in stock")},
        {QStringLiteral("Flash Sale Friday"), QStringLiteral("flash_sale"), QStringLiteral("Flash sale today only")},
        {QStringLiteral("Weekend Special"), QStringLiteral("weekend_special"),
         QStringLiteral("This weekend's special offer")},
        {QStringLiteral("New Arrivals"), QStringLiteral("new_arrivals"), QStringLiteral("New arrivals just landed")},
        {QStringLiteral("Payday Deals"), QStringLiteral("payday_deals"), QStringLiteral("Payday deals for you")},
        {QStringLiteral("Loyalty Points Reminder"), QStringLiteral("loyalty_points"),
         QStringLiteral("You have loyalty points waiting")},
        {QStringLiteral("Customer Feedback Survey"), QStringLiteral("feedback_survey"),
         QStringLiteral("Tell us how we are doing")},
        {QStringLiteral("Cart Reminder"), QStringLiteral("cart_reminder"),
         QStringLiteral("You left something in your cart")},
        {QStringLiteral("Price Drop Alert"), QStringLiteral("price_drop"),
         QStringLiteral("Prices dropped on items you viewed")},
        {QStringLiteral("VIP Early Access"), QStringLiteral("vip_early_access"),
         QStringLiteral("Early access for our VIP customers")},
        {QStringLiteral("We Miss You"), QStringLiteral("win_back"), QStringLiteral("We miss you: here is 15% off")},
        {QStringLiteral("Referral Bonus"), QStringLiteral("referral_bonus"),
         QStringLiteral("Invite a friend and both of you save")},
        {QStringLiteral("Appointment Reminder"), QStringLiteral("appointment_reminder"),
         QStringLiteral("A reminder about your appointment")},
        {QStringLiteral("Holiday Hours"), QStringLiteral("holiday_hours"),
         QStringLiteral("Our opening hours over the holidays")},
        {QStringLiteral("Mid-Month Madness"), QStringLiteral("mid_month_sale"),
         QStringLiteral("Mid-month madness: prices slashed")},
        {QStringLiteral("Back to School"), QStringLiteral("back_to_school"),
         QStringLiteral("Back to school essentials")},
        {QStringLiteral("Newsletter #%1"), QStringLiteral("newsletter"), QStringLiteral("News from our team")},
    };
    return series;
}

const QStringList& simAbGroupNames()
{
    static const QStringList names = split("Promo Ramadan|Spring Sale|Cart Recovery|Loyalty Offer|Discount Test|"
                                           "Subject Line Test|Free Delivery Offer|Bundle Deal",
                                           QLatin1Char('|'));
    return names;
}

} // namespace crmlens::sim
