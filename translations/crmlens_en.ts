<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/crmlens/main.cpp" line="15"/>
        <source>CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="20"/>
        <source>CRM Lens: analytics for businesses that sell and support over WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="24"/>
        <source>Start the bundled CRM simulator on loopback and use its demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="31"/>
        <source>Starting the demo CRM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crmlens/main.cpp" line="33"/>
        <source>Demo CRM running at %1.</source>
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
    <name>crmlens::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="18"/>
        <source>CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="20"/>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="25"/>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="27"/>
        <source>Not connected to a CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="45"/>
        <source>Contacts, growth, churn and campaign highlights appear here once the workspace has been synced and the metrics engine has computed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Campaign delivery, read and reply rates, templates and A/B results appear here once campaign reports have been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Message volume, response times, operators and keywords appear here once messages have been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Segments, countries and lead scores appear here once contacts have been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>No synced data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="64"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>&amp;About CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>About CRM Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>&lt;b&gt;CRM Lens %1&lt;/b&gt;&lt;p&gt;Analytics for businesses that sell and support over WhatsApp.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
