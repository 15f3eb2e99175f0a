<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="63"/>
        <source>The settings file %1 could not be read, so CRM Lens started with default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="65"/>
        <source>The settings file %1 was damaged, so CRM Lens started with default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="74"/>
        <source>Some settings in %1 were unusable (%2) and went back to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="76"/>
        <source>Some settings in %1 were unusable (%2) and went back to their defaults; the original file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="85"/>
        <source>The settings file %1 comes from a newer CRM Lens; settings this version does not know are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="121"/>
        <source>%1; no copy of the old file could be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="122"/>
        <source>%1; the old file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="144"/>
        <source>accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="150"/>
        <source>A/B groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="195"/>
        <source>The settings could not be saved to %1; check that the folder is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/AppSettings.cpp" line="247"/>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="73"/>
        <source>schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="74"/>
        <source>active account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="75"/>
        <source>sync cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="76"/>
        <source>rate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="77"/>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="78"/>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="79"/>
        <source>inactive statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="80"/>
        <source>cost per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="81"/>
        <source>revenue field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="82"/>
        <source>segment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="86"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="90"/>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="91"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="92"/>
        <source>window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="93"/>
        <source>window layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="94"/>
        <source>hot lead threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/SettingsSchema.cpp" line="98"/>
        <source>lead-score weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionMessages</name>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="17"/>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="25"/>
        <source>%1 holds %2 contacts and %3 campaigns, with %4 custom fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="29"/>
        <source>Your plan allows %1 requests per minute; CRM Lens keeps to that pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="32"/>
        <source>The CRM announced no rate limit; CRM Lens keeps to the %1 requests per minute set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="35"/>
        <source>The CRM announced no rate limit; CRM Lens starts at a careful pace and slows down if asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="36"/>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="44"/>
        <source>The CRM refused this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="45"/>
        <source>Copy the key again from your CRM (Settings, then API), paste it here and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="47"/>
        <source>This address cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="49"/>
        <source>CRM Lens could not reach %1. Check the address and your internet connection, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="53"/>
        <source>%1 did not answer in time. The CRM may be busy; test again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="57"/>
        <source>%1 answered, but not as the CRM&apos;s API does. Check the address: it is the one you open your CRM with, for example https://crm.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="62"/>
        <source>The CRM says too many requests came with this key. Wait a minute, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="65"/>
        <source>The CRM had a problem answering. Test again later; if it keeps happening, tell your CRM provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="69"/>
        <source>The key could not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="70"/>
        <source>CRM Lens keeps API keys only in the system keychain, never in its own files. Unlock or set up the keychain, then press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="80"/>
        <source>Could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionMessages.cpp" line="82"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricDefinitions</name>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="22"/>
        <source>Contacts created before the end of the period and not deleted before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="25"/>
        <source>Contacts created in the period, including those deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="27"/>
        <source>Contacts created in the previous period of the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="29"/>
        <source>(Total at the end − total at the start of the period) ÷ total at the start × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="32"/>
        <source>Distinct contacts deleted in the period or moved from an active to an inactive status in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="35"/>
        <source>Churned contacts ÷ total contacts at the start of the period × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="37"/>
        <source>Campaigns whose status is scheduled, active or in progress now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="39"/>
        <source>Per month: new contacts, and the total at the month&apos;s end (or the period&apos;s end if earlier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="42"/>
        <source>The 10 completed campaigns scheduled in the period with the highest reply rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="45"/>
        <source>Contacts created in the period by their &apos;source&apos; custom field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="47"/>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="94"/>
        <source>Answered inbound turns ÷ inbound turns started in the period × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="49"/>
        <source>Churn is known from the first complete contact sync on; earlier deletions were never seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="52"/>
        <source>Contacts alive at the end of the period whose creation time is unknown or taken from when they were first seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="56"/>
        <source>Every campaign scheduled (or, unscheduled, created) in the period, from its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="58"/>
        <source>Recipients in the campaign&apos;s report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="59"/>
        <source>Messages the report counts as delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="60"/>
        <source>Messages the report counts as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="61"/>
        <source>Recipients the report counts as having replied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="62"/>
        <source>Messages the report counts as failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="63"/>
        <source>Delivered ÷ total recipients × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="64"/>
        <source>Read ÷ delivered × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="65"/>
        <source>Replied ÷ delivered × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="66"/>
        <source>Failed ÷ total recipients × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="68"/>
        <source>Recipients, delivered, read and replied, summed over the period&apos;s campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="71"/>
        <source>Read rate of completed campaigns by weekday and hour of their scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="74"/>
        <source>The period&apos;s campaigns grouped by template: summed counts and the four rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="77"/>
        <source>Campaigns grouped as variants (by name marker or by you); two-proportion z-test on replies ÷ delivered of the two largest variants; a winner when p &lt; 0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="81"/>
        <source>Two-sided p-value of a two-proportion z-test (pooled variance) on replied ÷ delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="84"/>
        <source>Attributed revenue ÷ cost, where cost = recipients × cost per message and revenue is that of contacts who replied to the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="87"/>
        <source>Total recipients × the cost per message set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="89"/>
        <source>Sum of the revenue field over the distinct contacts who replied to a template message of the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="96"/>
        <source>Turns answered within the SLA ÷ turns started in the period × 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="98"/>
        <source>Mean time from the start of an inbound turn to the first operator reply, over answered turns started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="101"/>
        <source>Median (nearest rank) response time over answered turns started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="104"/>
        <source>90th percentile (nearest rank) response time over answered turns started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="107"/>
        <source>Mean response time of the first turn of conversations started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="110"/>
        <source>Median (nearest rank) first response time of conversations started in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="113"/>
        <source>Answered turns started in the period by response time: under 1 min, 1–5 min, 5–30 min, 30–60 min, over 1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="116"/>
        <source>Messages of the conversations started in the period ÷ those conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="119"/>
        <source>Inbound messages ÷ outbound messages in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="121"/>
        <source>Inbound and outbound messages per day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="123"/>
        <source>Inbound messages in the period by hour of day (workspace time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="125"/>
        <source>Inbound messages in the period by weekday and hour (workspace time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="128"/>
        <source>Contacts alive at the end of the period by their current status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="130"/>
        <source>Per operator: chats assigned and resolved, replies sent, turns answered, response and resolution times, CSAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="133"/>
        <source>Contacts alive at the end of the period assigned to the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="135"/>
        <source>Assigned chats whose status is resolved, done or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="136"/>
        <source>The operator&apos;s replies in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="138"/>
        <source>Inbound turns started in the period that the operator answered first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="140"/>
        <source>Over resolved chats whose last conversation started in the period: its last inbound message or reply − its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="143"/>
        <source>Mean of the numeric &apos;csat&apos; field (1–5) of the operator&apos;s assigned chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="146"/>
        <source>The 50 most frequent words (3+ letters, stop words removed) in inbound messages of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="151"/>
        <source>Contacts alive at the end of the period per value of the chosen custom field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="154"/>
        <source>New contacts per month and value of the chosen custom field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="156"/>
        <source>Per value: contacts, inbound and outbound messages in the period, inbound per contact, response rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="160"/>
        <source>Contacts alive at the end of the period by the country of their WhatsApp number (ZZ: unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="164"/>
        <source>Scored contacts by lead score in bands of ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="167"/>
        <source>Recency + engagement + responsiveness + profile, rounded half up; 70 or more is hot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="170"/>
        <source>30 × (1 − days since the last inbound message ÷ 30), at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="172"/>
        <source>30 × min(1, inbound messages in the last 30 days ÷ 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="174"/>
        <source>20 × the share of template messages of the last 90 days replied to; 10 when none were received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="177"/>
        <source>By lead stage: qualified 10, proposal 20, won 20, lost 0, other or none 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="179"/>
        <source>A lead score of 70 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="182"/>
        <source>Days since the contact&apos;s last inbound message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="184"/>
        <source>100 − whole days since the last inbound message − 10 per risk indicator, at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="187"/>
        <source>No reply to the last 3 campaigns, last delivery failed, activity dropped by half, open chat unanswered for 24 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="190"/>
        <source>The first that applies: re-engage campaign, verify number, operator follow-up, else check-in message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="194"/>
        <source>Active contacts with an inbound message, whose last one is more than 30 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/MetricDefinitions.cpp" line="198"/>
        <source>Days whose value differs from the median of the previous 28 days by more than 3 × 1.4826 × MAD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/crmlens/main.cpp" line="68"/>
        <source>CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="74"/>
        <source>CRM Lens: analytics for businesses that sell and support over WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="78"/>
        <source>Start the bundled CRM simulator on loopback and use its demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="81"/>
        <source>Render every tab (light and dark) to PNG files in &lt;dir&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="82"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotWriter</name>
    <message>
        <location filename="../ui/ScreenshotWriter.cpp" line="17"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScreenshotWriter.cpp" line="28"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="15"/>
        <source>unknown (the CRM did not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="23"/>
        <source>Test the connection to a CRM and report what it holds. The API key is read from CRMLENS_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="46"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="47"/>
        <source>Contacts:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="48"/>
        <source>Campaigns:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="49"/>
        <source>Custom fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="51"/>
        <source>Rate limit:    %1 requests per minute (announced by the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="55"/>
        <source>Rate limit:    %1 requests per minute (configured; the CRM announced none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CheckCommand.cpp" line="60"/>
        <source>Rate limit:    none announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="35"/>
        <source>Base URL of the CRM, e.g. https://crm.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="36"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="38"/>
        <source>Requests per minute the plan allows. Default: learned from the CRM&apos;s rate-limit headers (and from 429 answers when it sends none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="41"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="55"/>
        <source>--url is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="66"/>
        <source>--rate-limit takes a whole number of requests per minute (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="81"/>
        <source>Set the CRM&apos;s API key in the CRMLENS_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="96"/>
        <source>The local store (an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="97"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/CliSession.cpp" line="104"/>
        <source>--db is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="20"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="26"/>
        <source>%1 (%2 s ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="28"/>
        <source>%1 (%2 min ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="30"/>
        <source>%1 (%2 h ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="31"/>
        <source>%1 (%2 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="38"/>
        <location filename="../app/crmlens-cli/SyncCommand.cpp" line="118"/>
        <source> Run &apos;crmlens-cli rebuild --db %1&apos; to move it aside and start a new store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="50"/>
        <source>Show what the local store holds, how fresh each part is and what was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="58"/>
        <source>No store at %1 yet: run &apos;crmlens-cli sync&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="80"/>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="81"/>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="98"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="82"/>
        <source>%1 alive, %2 deleted, %3 recorded changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="86"/>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="105"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="87"/>
        <source>%1 in %2 chats read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="88"/>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="112"/>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="89"/>
        <source>%1, with %2 report polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="90"/>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="91"/>
        <source>%1 definitions, %2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="94"/>
        <source>operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="96"/>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="98"/>
        <source>(nothing synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="100"/>
        <source>last complete pass %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="102"/>
        <source>; a pass started %1 is unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="105"/>
        <source>messages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="107"/>
        <source>Skipped records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="109"/>
        <source>%1 × %2 (last %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="118"/>
        <source>Move a damaged store aside (it is kept, renamed) and start a new, empty one; the next sync fills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="130"/>
        <source>The damaged store was moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/StoreCommands.cpp" line="133"/>
        <source>A new store is ready at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncCommand.cpp" line="47"/>
        <source>Sync the CRM into the local store: one round by default, rounds on the cadence with --watch. The API key is read from CRMLENS_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncCommand.cpp" line="54"/>
        <source>Keep syncing on the cadence until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncCommand.cpp" line="90"/>
        <source>Stopping: finishing the page in hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncCommand.cpp" line="126"/>
        <source>The sync stopped without finishing a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncCommand.cpp" line="128"/>
        <source>The round left work undone (%1 chats failed, %2 requests failed); the next run retries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="39"/>
        <source> · %1/%2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="41"/>
        <source> · chats %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="42"/>
        <source> · %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="44"/>
        <source> · %1 left this minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="46"/>
        <source> · ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="73"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="90"/>
        <source>Sync round %1 complete in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="91"/>
        <source>Sync round %1 stopped after %2; the next run continues from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="93"/>
        <source>Sync round %1 ended after %2 with parts left for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="99"/>
        <source>%1 listed, %2 added, %3 changed, %4 deleted, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="106"/>
        <source>%1 added, %2 updated, %3 skipped in %4 chats (%5 chats failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="113"/>
        <source>%1 listed, %2 added, %3 changed, %4 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="118"/>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="119"/>
        <source>%1 sent, %2 answered 429, %3 retries, %4 timeouts, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="125"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="126"/>
        <source>%1 malformed records (see &apos;crmlens-cli status&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="128"/>
        <source>deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/SyncProgressPrinter.cpp" line="129"/>
        <source>held back: the CRM listed far fewer contacts than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="28"/>
        <source>test the connection and the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="29"/>
        <source>sync the CRM into the local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="30"/>
        <source>show what the store holds and how fresh it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="31"/>
        <source>move a damaged store aside and start anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="32"/>
        <source>metrics of a period from a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="39"/>
        <source>Usage: crmlens-cli &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="40"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="44"/>
        <source>Run &apos;crmlens-cli &lt;command&gt; --help&apos; for a command&apos;s options. The API key is read from the CRMLENS_API_KEY environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/main.cpp" line="76"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::app::AppController</name>
    <message>
        <location filename="../app/crmlens/AppController.cpp" line="91"/>
        <source>Not connected. Choose File → Settings to connect a CRM, or start the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/AppController.cpp" line="108"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/AppController.cpp" line="115"/>
        <source>The API key could not be read from the keychain (%1). Showing the stored data; enter the key again in File → Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::app::DemoWorkspace</name>
    <message>
        <location filename="../app/crmlens/DemoWorkspace.cpp" line="24"/>
        <source>The demo CRM could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/DemoWorkspace.cpp" line="29"/>
        <source>Starting the demo CRM…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::cli</name>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="55"/>
        <source>Period %1 to %2 (%3), as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="59"/>
        <source>Contacts:        %1 (new %2, previous period %3, growth %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="65"/>
        <source>Churned:         %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="66"/>
        <source>Response rate:   %1, SLA met %2, median response %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="69"/>
        <source>Messages:        %1 inbound, %2 outbound, %3 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="74"/>
        <source>Campaigns:       %1 in the period, reply rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="78"/>
        <source>Leads:           %1 scored, at risk %2, anomalies %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="92"/>
        <source>Compute every metric of a period from a local store (see METRICS.md). Days are whole days in the time zone; the period is [from, to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="95"/>
        <source>The store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="95"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="96"/>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="96"/>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="97"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="97"/>
        <source>Day after the period (YYYY-MM-DD, exclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="99"/>
        <source>Instead of --from/--to: today, 7d, 30d, 90d, this_month, last_month, quarter or year, relative to today in the time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="101"/>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="115"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="102"/>
        <source>IANA time zone of the workspace (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="103"/>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="105"/>
        <source>Instant the leads and at-risk lists are computed at (ISO 8601; default: the end of the period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="107"/>
        <source>ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="109"/>
        <source>Custom field the segmentation groups by (default: source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="109"/>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="123"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="111"/>
        <source>Cost of one campaign message, for ROI (default: 0, no ROI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="111"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="112"/>
        <source>Only contacts whose custom field K is V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="113"/>
        <source>K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="114"/>
        <source>Only contacts assigned to this operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="117"/>
        <source>Only contacts whose number belongs to this country (ISO 3166 alpha-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="118"/>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="119"/>
        <source>Response-time target in seconds (default: 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="120"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="122"/>
        <source>Custom field holding a contact&apos;s revenue, for ROI (default: revenue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="124"/>
        <source>Print the JSON document of METRICS.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="130"/>
        <source>--db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="133"/>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="138"/>
        <source>Unknown time zone &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="143"/>
        <source>Unknown period preset &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="150"/>
        <source>--from and --to need dates as YYYY-MM-DD (or use --preset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="154"/>
        <source>The period is empty: --to must be after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="159"/>
        <source>--as-of needs an ISO 8601 time, e.g. 2026-11-25T21:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="169"/>
        <source>--cost-per-message needs a number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="175"/>
        <source>--sla needs a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens-cli/MetricsCommand.cpp" line="181"/>
        <source>--segment needs KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::sim::SimulatorProcess</name>
    <message>
        <location filename="../core/sim/SimulatorProcess.cpp" line="19"/>
        <source>The CRM simulator could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/SimulatorProcess.cpp" line="24"/>
        <source>The CRM simulator stopped before it was ready (exit code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/SimulatorProcess.cpp" line="59"/>
        <source>The CRM simulator (crmlens-sim) was not found next to CRM Lens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sim/SimulatorProcess.cpp" line="108"/>
        <source>The CRM simulator printed an unexpected first line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::AbTestModel</name>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="16"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="17"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="17"/>
        <source>The variant marker at the end of the campaign names ([A], (B), - C, _D, variant E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="19"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="19"/>
        <source>The period&apos;s campaigns of this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="20"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="21"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="22"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="23"/>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="24"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="24"/>
        <source>A winner is named when p &lt; 0.05: the variant with the higher reply rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="84"/>
        <source>&lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="89"/>
        <source>&lt; 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="96"/>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="98"/>
        <source>p %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="98"/>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="100"/>
        <source>No significant difference yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="111"/>
        <source>%1 wins (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AbTestModel.cpp" line="112"/>
        <source>%1 wins: %2 vs %3 replies (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::AccountsSettingsPage</name>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="18"/>
        <source>&amp;Connected accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="21"/>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="24"/>
        <source>No account yet. Connect a CRM or open the demo from the welcome screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="25"/>
        <source>&amp;Use this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="27"/>
        <source>Use the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="28"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="30"/>
        <source>Remove the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="39"/>
        <source>Removing an account also deletes its API key from the system keychain, when you press OK or Apply. The data already synced stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="49"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="88"/>
        <source>demo CRM on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="89"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AccountsSettingsPage.cpp" line="91"/>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::AppearanceSettingsPage</name>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="14"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="20"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="21"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="22"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="26"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="26"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="27"/>
        <source>A new language shows the next time CRM Lens starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="28"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="28"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AppearanceSettingsPage.cpp" line="37"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::AtRiskTableModel</name>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="13"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="13"/>
        <source>The contact&apos;s name in the CRM (its chat id when it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="14"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="14"/>
        <source>The contact&apos;s WhatsApp number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="15"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="16"/>
        <source>Days silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="17"/>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="18"/>
        <source>Recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="19"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="19"/>
        <source>The operator the chat is assigned to, as last synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="32"/>
        <source>No reply to the last 3 campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="34"/>
        <source>Last delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="36"/>
        <source>Writes less than half as often as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="38"/>
        <source>Open chat waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="45"/>
        <source>Re-engage with a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="47"/>
        <source>Verify the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="49"/>
        <source>Operator follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="51"/>
        <source>Send a check-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/AtRiskTableModel.cpp" line="71"/>
        <source>None besides the silence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::AtRiskView</name>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="22"/>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="51"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="23"/>
        <source>Contacts at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="25"/>
        <source>Any warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="28"/>
        <source>Warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="30"/>
        <source>&amp;Warning sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="70"/>
        <source>1 contact at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="70"/>
        <source>%1 contacts at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="71"/>
        <source>%1 of %2 contacts at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="76"/>
        <source>No contact is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="84"/>
        <source>Everyone who has written to you did so within the 30 days before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="86"/>
        <source>Everyone who has written to you did so within the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/AtRiskView.cpp" line="91"/>
        <source>At risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::BarChart</name>
    <message>
        <location filename="../ui/charts/BarChart.cpp" line="72"/>
        <source>%1: no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BarChart.cpp" line="77"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/BarChart.cpp" line="78"/>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::CampaignTableModel</name>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="16"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="17"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="17"/>
        <source>The campaign&apos;s current status in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="18"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="19"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="20"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="21"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="22"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="23"/>
        <source>Delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="24"/>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="25"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="26"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="29"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="30"/>
        <source>Attributed revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="31"/>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="83"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/CampaignTableModel.cpp" line="95"/>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::CampaignsDashboard</name>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="36"/>
        <source>Delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="38"/>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="39"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="40"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="71"/>
        <source>Campaigns dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="75"/>
        <source>No synced data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="76"/>
        <source>Campaign delivery, read and reply rates, templates and A/B results appear here once campaign reports have been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="80"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="82"/>
        <source>Delivery funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="83"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="143"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="144"/>
        <source>No campaign was scheduled in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="91"/>
        <source>Campaign recipients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="94"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="97"/>
        <source>Read rate by send time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="95"/>
        <source>Completed campaigns by the weekday and hour they were scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="98"/>
        <source>No completed campaign was scheduled in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="107"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="152"/>
        <source>Campaign performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="112"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="134"/>
        <source>Recipients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="115"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="155"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="121"/>
        <source>Recipients of campaigns using template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="124"/>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="157"/>
        <source>A/B tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="141"/>
        <source>Return on investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="145"/>
        <source>No A/B test in this period. Campaigns whose names differ only by a variant marker at the end ([A], (B), - C, _D or “variant E”) are compared here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="165"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="190"/>
        <source>Campaign recipients behind the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="258"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="259"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="260"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="261"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="301"/>
        <source>%1 vs previous period (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="304"/>
        <source>no campaigns in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="339"/>
        <source>%1 %2:00–%3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="343"/>
        <source>%1: no completed campaign was scheduled at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="346"/>
        <source>%1: read rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="347"/>
        <source>%1 delivered, %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="348"/>
        <source>1 campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="348"/>
        <source>%1 campaigns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="359"/>
        <source>Set a cost per message in Settings to see ROI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/CampaignsDashboard.cpp" line="362"/>
        <source>Cost, attributed revenue and ROI of each campaign are in the last columns of the grid, at %1 per message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="32"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::ContactListView</name>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="32"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="33"/>
        <source>E&amp;xport selection as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="39"/>
        <source>The first sync is still running: these figures cover only the data stored so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="46"/>
        <source>Partial data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="49"/>
        <source>Search name, number or chat id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="51"/>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="58"/>
        <source>Contacts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="59"/>
        <source>Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="60"/>
        <source>Copy the selected rows with their header, tab-separated (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="61"/>
        <source>Export selection as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="62"/>
        <source>Save the selected rows (every shown row when none is selected) as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="79"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="112"/>
        <location filename="../ui/dashboards/ContactListView.cpp" line="148"/>
        <source>No synced data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="113"/>
        <location filename="../ui/dashboards/ContactListView.cpp" line="149"/>
        <source>Contacts are listed here once the first sync has stored them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="263"/>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="263"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="268"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ContactListView.cpp" line="269"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboards/DashboardPage.cpp" line="18"/>
        <source>Partial data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/DashboardPage.cpp" line="19"/>
        <source>The first sync is still running: these figures cover what has been read so far and will change as the rest arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/DashboardPage.cpp" line="34"/>
        <source>No synced data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/DashboardPage.cpp" line="35"/>
        <source>The figures appear here as soon as the first sync has stored contacts and messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::DrillDownContactModel</name>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="34"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="34"/>
        <source>The contact&apos;s name in the CRM, else its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="35"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="35"/>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="36"/>
        <source>The contact&apos;s current status in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="37"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="37"/>
        <source>The operator the chat is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="38"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="38"/>
        <source>Region of the WhatsApp number (ZZ: unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="39"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="39"/>
        <source>The newest message of the chat, either way, in the workspace time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="84"/>
        <source>Chat %1. Press Enter or double-click to read the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="92"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownContactModel.cpp" line="92"/>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::DrillDownMessageModel</name>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="33"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="33"/>
        <source>When the message was sent, in the workspace time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="34"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="34"/>
        <source>The contact of the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="35"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="35"/>
        <source>Inbound: from the contact; outbound: to the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="36"/>
        <source>The message type; template and campaign messages are automated sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="37"/>
        <source>The delivery status the CRM reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="38"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="38"/>
        <source>The message text (first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="89"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="91"/>
        <source>Outbound (automated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="91"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownMessageModel.cpp" line="100"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::DrillDownWindow</name>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="57"/>
        <source>← &amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="59"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="61"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="61"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="66"/>
        <source>Drill-down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="75"/>
        <source>What this list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="77"/>
        <source>Period and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="78"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="79"/>
        <source>Return to the list this conversation was opened from (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="84"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="85"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="101"/>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="103"/>
        <source>Search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="109"/>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="111"/>
        <source>About this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="112"/>
        <source>Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="113"/>
        <source>Copy the selected rows (every shown row when none is selected) with their header, tab-separated (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="115"/>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="508"/>
        <source>Export the list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="116"/>
        <source>Save the rows shown (after the search) as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="132"/>
        <source>Rows behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="133"/>
        <source>Press Enter on a row to read that contact&apos;s conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="135"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="140"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="148"/>
        <source>Nothing to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="166"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="234"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="234"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="236"/>
        <source>%1 — CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="243"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="249"/>
        <source>campaigns are not narrowed by contact filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="253"/>
        <source>operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="255"/>
        <source>country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="257"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="259"/>
        <source>no filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="273"/>
        <source>Reading the conversation from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="274"/>
        <source>Reading the rows behind this figure from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="283"/>
        <source>The conversation could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="284"/>
        <source>The rows could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="329"/>
        <source>Showing the first %1 of %2 messages, oldest first. Choose a shorter period or narrower filters to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="333"/>
        <source>The word appears %n time(s) in these messages: the keyword count is of occurrences.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="336"/>
        <source>One row per contact, from the template messages stored for the campaign. The campaign&apos;s report comes from the CRM and counts messages, so its numbers can differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="342"/>
        <source>No messages are behind this figure for the period and filters shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="343"/>
        <source>No contacts are behind this figure for the period and filters shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="359"/>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="422"/>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="429"/>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="366"/>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="368"/>
        <source>deleted from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="370"/>
        <source>operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="374"/>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="403"/>
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="403"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="405"/>
        <source>%1 of %2 match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="508"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="513"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/DrillDownWindow.cpp" line="513"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::EngagementDashboard</name>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="44"/>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="46"/>
        <source>SLA met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="48"/>
        <source>Avg response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="50"/>
        <source>Median response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="52"/>
        <source>P90 response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="55"/>
        <source>Avg first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="58"/>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="61"/>
        <source>Messages per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="63"/>
        <source>Inbound : outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="85"/>
        <source>%1:00–%2:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="104"/>
        <source>Engagement dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="114"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="130"/>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="132"/>
        <source>1–5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="134"/>
        <source>5–30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="136"/>
        <source>30–60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="138"/>
        <source>&gt; 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="166"/>
        <source>Messages per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="175"/>
        <source>Inbound messages on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="175"/>
        <source>Outbound messages on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="179"/>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="180"/>
        <source>Share of answered turns by time to the first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="183"/>
        <source>No turn was answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="190"/>
        <source>Replies answered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="194"/>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="196"/>
        <source>Answered within the SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="198"/>
        <source>Peak hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="199"/>
        <source>Inbound messages by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="205"/>
        <source>Inbound messages at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="209"/>
        <source>Activity by weekday and hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="210"/>
        <source>Inbound messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="213"/>
        <source>%1 %2: %n inbound message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="221"/>
        <source>Inbound messages on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="228"/>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="251"/>
        <source>Operator leaderboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="245"/>
        <source>Contacts assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="260"/>
        <source>Conversation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="269"/>
        <source>Contacts with status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="273"/>
        <source>What customers write about</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="276"/>
        <source>“%1”: %n inbound message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="282"/>
        <source>Inbound messages with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="338"/>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="393"/>
        <source>%1 vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="349"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="350"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="362"/>
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="407"/>
        <source>%1: %n inbound message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="363"/>
        <source>%1: %n outbound message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="383"/>
        <source>%1: %n turn(s), %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="391"/>
        <source>first reply within %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/EngagementDashboard.cpp" line="392"/>
        <source>first reply within %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmlens::ui::ExecutiveDashboard</name>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="34"/>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="220"/>
        <source>Total contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="35"/>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="221"/>
        <source>New contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="36"/>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="37"/>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="38"/>
        <source>Active campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="43"/>
        <source>%1 vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="54"/>
        <source>Executive dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="60"/>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="62"/>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="64"/>
        <source>Contacts over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="66"/>
        <source>New contacts per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="69"/>
        <source>Where new contacts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="72"/>
        <source>No contact was created in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="77"/>
        <source>Contacts from source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="83"/>
        <source>Top campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="98"/>
        <source>Recipients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="105"/>
        <source>Top campaigns by reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="114"/>
        <source>Notes on the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="132"/>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="155"/>
        <source>All contacts at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="156"/>
        <source>Contacts created in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="157"/>
        <source>Contacts churned in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="190"/>
        <source>%1 vs %2 in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="204"/>
        <source>%n contact(s) churned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="213"/>
        <source>scheduled, active or in progress now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="242"/>
        <source>Churn is tracked since %1, the first complete contact sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="244"/>
        <source>Churn is tracked from the first complete contact sync on; it has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboards/ExecutiveDashboard.cpp" line="246"/>
        <source>%n contact(s) have no creation time from the CRM: they count from when they were first seen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmlens::ui::FilterBar</name>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="27"/>
        <source>Unknown country (ZZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="31"/>
        <location filename="../ui/widgets/FilterBar.cpp" line="311"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="67"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="73"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="80"/>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="83"/>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="85"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="96"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="105"/>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="106"/>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="108"/>
        <source>Period dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="109"/>
        <source>&amp;Compare with previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="110"/>
        <source>Compare with previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="121"/>
        <source>Segment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="122"/>
        <source>Keep only contacts whose custom field has the chosen value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="124"/>
        <source>Segment value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="127"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="128"/>
        <source>Keep only contacts assigned to this operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="131"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="132"/>
        <source>Keep only contacts whose WhatsApp number belongs to this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="135"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="136"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="138"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="139"/>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="140"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="190"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="213"/>
        <location filename="../ui/widgets/FilterBar.cpp" line="317"/>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="279"/>
        <location filename="../ui/widgets/FilterBar.cpp" line="310"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="286"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="288"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="290"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="292"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="294"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="296"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="298"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="300"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="302"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/FilterBar.cpp" line="313"/>
        <source>compared with the previous %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="316"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="319"/>
        <source>operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="320"/>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="322"/>
        <source>country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FilterBar.cpp" line="324"/>
        <source>all contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::FunnelWidget</name>
    <message>
        <location filename="../ui/charts/FunnelWidget.cpp" line="48"/>
        <source>%1 · %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/FunnelWidget.cpp" line="56"/>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/FunnelWidget.cpp" line="173"/>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::GaugeWidget</name>
    <message>
        <location filename="../ui/charts/GaugeWidget.cpp" line="63"/>
        <source>Target %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::HeatmapWidget</name>
    <message>
        <location filename="../ui/charts/HeatmapWidget.cpp" line="93"/>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/HeatmapWidget.cpp" line="94"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/HeatmapWidget.cpp" line="245"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::KpiCard</name>
    <message>
        <location filename="../ui/widgets/KpiCard.cpp" line="80"/>
        <source>%1 (partial)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::LeadScoreSettingsPage</name>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="34"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="35"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="38"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="39"/>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="46"/>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="55"/>
        <source>Most points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="39"/>
        <source>Recency, most points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="41"/>
        <source>None after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="42"/>
        <source>Recency, days after which it gives no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="45"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="47"/>
        <source>Engagement, most points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="48"/>
        <source>All points at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="49"/>
        <source>Engagement, inbound messages that earn every point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="49"/>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="50"/>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="59"/>
        <source>Counted over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="51"/>
        <source>Engagement, days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="54"/>
        <source>Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="56"/>
        <source>Responsiveness, most points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="58"/>
        <source>No campaigns received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="58"/>
        <source>Responsiveness, points without campaign messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="60"/>
        <source>Responsiveness, days counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="63"/>
        <source>Lead stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="64"/>
        <source>Qualified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="65"/>
        <source>Points for lead stage qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="66"/>
        <source>Proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="67"/>
        <source>Points for lead stage proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="68"/>
        <source>Won:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="68"/>
        <source>Points for lead stage won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="70"/>
        <source>Lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="70"/>
        <source>Points for lead stage lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="72"/>
        <source>Other or none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="73"/>
        <source>Points for any other lead stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="83"/>
        <source>A lead is &amp;hot from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="83"/>
        <source>Score from which a lead is hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="86"/>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="88"/>
        <source>Restore the default lead-score weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="99"/>
        <source>Each contact scores the sum of four factors. Recency falls from its most points to none as days pass since the last message from the contact; engagement counts their messages; responsiveness is the share of campaign messages they answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="130"/>
        <source>Lead score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="160"/>
        <source>Enter a number between %1 and %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="168"/>
        <source>No lead could be hot: the threshold (%1) is above the highest score these weights give (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LeadScoreSettingsPage.cpp" line="182"/>
        <source>The highest score these weights give is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::LeadsTableModel</name>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="11"/>
        <source>The contact&apos;s name in the CRM (its chat id when it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="12"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="12"/>
        <source>The contact&apos;s WhatsApp number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="13"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="14"/>
        <source>Recency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="15"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="16"/>
        <source>Responsiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="17"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="18"/>
        <location filename="../ui/models/LeadsTableModel.cpp" line="94"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="19"/>
        <source>Lead stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="19"/>
        <source>The contact&apos;s lead_stage field as last synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="20"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="20"/>
        <source>The operator the chat is assigned to, as last synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="21"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/LeadsTableModel.cpp" line="21"/>
        <source>The newest message in the chat, either way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::LeadsView</name>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="31"/>
        <source>&amp;Hot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="33"/>
        <location filename="../ui/dashboards/LeadsView.cpp" line="34"/>
        <location filename="../ui/dashboards/LeadsView.cpp" line="55"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="35"/>
        <source>Show hot leads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="36"/>
        <source>Only contacts whose lead score reaches the hot threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="74"/>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="74"/>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="75"/>
        <source>%1 of %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="76"/>
        <source>%1 · %2 hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="81"/>
        <source>No contacts to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="86"/>
        <source>Lead scores are given to the contacts that exist at the end of the period; none did. Pick a later period or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/LeadsView.cpp" line="92"/>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::LineChart</name>
    <message>
        <location filename="../ui/charts/LineChart.cpp" line="69"/>
        <source>%1 · %2: no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/LineChart.cpp" line="74"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/LineChart.cpp" line="75"/>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23"/>
        <source>CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="25"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>Not connected to a CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="26"/>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>Metrics state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>Updating figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Figures could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="116"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>&amp;About CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>About CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>&lt;b&gt;CRM Lens %1&lt;/b&gt;&lt;p&gt;Analytics for businesses that sell and support over WhatsApp.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::MetricsSettingsPage</name>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="46"/>
        <source>The system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="58"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="61"/>
        <source>inactive, blocked, opted_out, unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="67"/>
        <source>Not set (no ROI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="77"/>
        <source>Business &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="77"/>
        <source>Business time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="78"/>
        <source>Days, hours and weekdays in every chart follow this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="79"/>
        <source>Reply &amp;SLA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="79"/>
        <source>Reply SLA in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="80"/>
        <source>A customer&apos;s message answered within this time meets the SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="81"/>
        <source>&amp;Inactive statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="81"/>
        <source>Inactive statuses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="82"/>
        <source>Chat statuses, separated by commas, that mean a contact left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="83"/>
        <source>&amp;Cost per message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="83"/>
        <source>Cost per campaign message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="84"/>
        <source>&amp;Revenue field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="84"/>
        <source>Custom field that holds revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="85"/>
        <source>Campaign ROI: this field&apos;s revenue from contacts who replied, over the cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="86"/>
        <source>Se&amp;gment field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="86"/>
        <source>Custom field that segments contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="94"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="124"/>
        <source>&quot;%1&quot; is not a time zone. Pick one from the list, for example Africa/Nairobi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="129"/>
        <source>Enter the SLA as whole seconds between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="133"/>
        <source>Enter the cost per message as a number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="137"/>
        <source>Enter the custom field that holds revenue, for example revenue (no commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MetricsSettingsPage.cpp" line="141"/>
        <source>Enter the custom field that segments contacts, for example source (no commas).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::OperatorTableModel</name>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="24"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="25"/>
        <source>Chats assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="26"/>
        <source>Chats resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="27"/>
        <source>Replies sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="28"/>
        <source>Turns answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="29"/>
        <source>Avg response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="30"/>
        <source>Median response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="31"/>
        <source>Avg resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/OperatorTableModel.cpp" line="32"/>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::PaintedChart</name>
    <message>
        <location filename="../ui/charts/PaintedChart.cpp" line="19"/>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::PieChart</name>
    <message>
        <location filename="../ui/charts/PieChart.cpp" line="69"/>
        <location filename="../ui/charts/PieChart.cpp" line="137"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/PieChart.cpp" line="71"/>
        <source>%1: %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/PieChart.cpp" line="138"/>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::SegmentEngagementModel</name>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="12"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="13"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="14"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="15"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="16"/>
        <source>Inbound per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="17"/>
        <source>Response rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SegmentEngagementModel.cpp" line="47"/>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::SegmentationDashboard</name>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="30"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="37"/>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="48"/>
        <source>Segmentation dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="56"/>
        <source>Segment contacts by &amp;field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="58"/>
        <source>Segment field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="65"/>
        <source>Contacts per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="75"/>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="142"/>
        <source>Contacts with %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="79"/>
        <source>New contacts per month and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="89"/>
        <source>New contacts in %1 with %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="94"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="99"/>
        <source>%1: %2 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="100"/>
        <source>Other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="108"/>
        <source>Contacts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="112"/>
        <source>Lead scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="121"/>
        <source>Contacts with a lead score of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="128"/>
        <source>Engagement by segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="148"/>
        <source>Engagement by value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="171"/>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="197"/>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="232"/>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="253"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboards/SegmentationDashboard.cpp" line="246"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="32"/>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="43"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="48"/>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="49"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="50"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::SyncSettingsPage</name>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="17"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="22"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="23"/>
        <source>Learn it from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="27"/>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="27"/>
        <source>Minutes between sync rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="28"/>
        <source>&amp;Requests allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="28"/>
        <source>Requests per minute your CRM plan allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="31"/>
        <source>While a CRM is open, CRM Lens fetches what changed this often. The CRM limits how many requests a key may make per minute (60 on the basic plan, 300 or 1,000 on larger ones); leave it at &quot;Learn it from the CRM&quot; to follow what the CRM announces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="41"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SyncSettingsPage.cpp" line="56"/>
        <source>Enter a whole number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::SyncStatus</name>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="19"/>
        <source>about a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatus.cpp" line="21"/>
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatus.cpp" line="22"/>
        <source>about %n hour(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="28"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="30"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="32"/>
        <source>Field definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="42"/>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="43"/>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="45"/>
        <source>Data freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="46"/>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="50"/>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="51"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="52"/>
        <source>Read what changed in the CRM since the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="53"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="54"/>
        <source>Pause sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="55"/>
        <source>Stop reading for now; the next sync continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="83"/>
        <source>Up to date; watching for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="89"/>
        <source>%1 of %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="96"/>
        <source>%1 messages stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="98"/>
        <source>%1 at %2 requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="101"/>
        <source>figures are partial until the first sync completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="104"/>
        <source>%1 requests left in the CRM&apos;s current rate-limit window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="115"/>
        <source>Synced: %1 new, %2 changed, %3 deleted contacts; %4 new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="118"/>
        <source>Sync finished with work left for the next round (%1 chats could not be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatus.cpp" line="121"/>
        <source>%n malformed record(s) skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="135"/>
        <source>Sync paused. Sync now continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="158"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="159"/>
        <source>%1: last complete read %2, last page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="163"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="168"/>
        <source>Messages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="169"/>
        <source>Messages: newest read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="173"/>
        <source>Partial data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="175"/>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="194"/>
        <source>Check the API key in Settings → Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="196"/>
        <source>Check the internet connection and the CRM address; sync will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="198"/>
        <source>The CRM is slow to answer; sync will retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="200"/>
        <source>The CRM&apos;s rate limit was reached; lower the rate plan in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="202"/>
        <source>The CRM had a problem; sync will retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="204"/>
        <source>Use an https:// address in Settings → Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="206"/>
        <source>Free disk space or choose another data folder, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/SyncStatus.cpp" line="216"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatus.cpp" line="218"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatus.cpp" line="220"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/SyncStatus.cpp" line="221"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crmlens::ui::TemplateTableModel</name>
    <message>
        <location filename="../ui/models/TemplateTableModel.cpp" line="24"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TemplateTableModel.cpp" line="25"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TemplateTableModel.cpp" line="25"/>
        <source>The period&apos;s campaigns that used this template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::TopCampaignsModel</name>
    <message>
        <location filename="../ui/models/TopCampaignsModel.cpp" line="12"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TopCampaignsModel.cpp" line="13"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TopCampaignsModel.cpp" line="14"/>
        <source>Reply rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TopCampaignsModel.cpp" line="15"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/TopCampaignsModel.cpp" line="45"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::TranscriptModel</name>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="86"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="87"/>
        <source>(%1 without a caption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="96"/>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="97"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="97"/>
        <source>Automated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="103"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drilldown/TranscriptModel.cpp" line="103"/>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::TranscriptView</name>
    <message>
        <location filename="../ui/drilldown/TranscriptView.cpp" line="21"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="79"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="99"/>
        <source>Welcome to CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="100"/>
        <source>See how customers find you, talk to you and buy from you on WhatsApp. Connect your own CRM, or look around a demo shop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="104"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="135"/>
        <source>Connect your CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="105"/>
        <source>Use your CRM&apos;s address and API key. CRM Lens only reads; it never changes your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="110"/>
        <source>Explore the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="111"/>
        <source>A made-up shop with months of WhatsApp conversations, served from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="116"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="118"/>
        <source>Close without choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="136"/>
        <source>Find the API key in your CRM under Settings, then API. CRM Lens keeps it in your system keychain, never in its own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="142"/>
        <source>https://crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="143"/>
        <source>CRM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="148"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="150"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="152"/>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="155"/>
        <source>Optional, for example: Shop in Nairobi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="156"/>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="160"/>
        <source>CRM &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="162"/>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="164"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="172"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="174"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="179"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="192"/>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="197"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="199"/>
        <source>Back to the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="200"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="202"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="203"/>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="205"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="263"/>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="294"/>
        <source>The API key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="294"/>
        <source>Paste it from your CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="310"/>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/WelcomeDialog.cpp" line="369"/>
        <source>Keeping the key in your system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::WordCloudWidget</name>
    <message>
        <location filename="../ui/charts/WordCloudWidget.cpp" line="159"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crmlens::ui::format</name>
    <message>
        <location filename="../ui/widgets/MetricFormat.cpp" line="44"/>
        <location filename="../ui/widgets/MetricFormat.cpp" line="85"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MetricFormat.cpp" line="60"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MetricFormat.cpp" line="67"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MetricFormat.cpp" line="69"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MetricFormat.cpp" line="70"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MetricFormat.cpp" line="93"/>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
