<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="51"/>
        <source>About CoachDesk</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="52"/>
        <source>BPV placements, coaching contacts and dropout risks, offline.</source>
        <translation>BPV-plekken, begeleidingscontacten en uitvalrisico&apos;s, zonder internet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="54"/>
        <source>Your data is kept in:</source>
        <translation>Je gegevens staan in:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="57"/>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="62"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt libraries in the installation folder with your own build; the source code of Qt and PySide6 is available from the Qt Project.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License versie 3. Je mag de Qt-bibliotheken in de installatiemap vervangen door een eigen versie; de broncode van Qt en PySide6 is verkrijgbaar bij het Qt Project.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="67"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="67"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="67"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="38"/>
        <source>High risk without action</source>
        <translation>Hoog risico zonder actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="39"/>
        <source>Contact overdue</source>
        <translation>Contact te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="40"/>
        <source>Too few contacts</source>
        <translation>Te weinig contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="41"/>
        <source>BBL without POK</source>
        <translation>BBL zonder POK</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="42"/>
        <source>Still searching</source>
        <translation>Zoekt nog een plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="43"/>
        <source>Placement ending</source>
        <translation>Stage loopt af</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="44"/>
        <source>Ended early</source>
        <translation>Voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="45"/>
        <source>Action overdue</source>
        <translation>Actie te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="116"/>
        <source>Searching for a place for {weeks} weeks (since {since}).</source>
        <translation>Zoekt al {weeks} weken een stageplek (sinds {since}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="131"/>
        <source>No contact yet since the start on {start}; due {due}.</source>
        <translation>Nog geen contact sinds de start op {start}; had uiterlijk {due} gemoeten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="134"/>
        <source>Last contact {last}; next contact was due {due}.</source>
        <translation>Laatste contact {last}; volgend contact was gepland vóór {due}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="141"/>
        <source>{count} of at least {minimum} contacts</source>
        <translation>{count} van minstens {minimum} contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="143"/>
        <source>no visit at the workplace yet</source>
        <translation>nog geen bezoek op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="144"/>
        <source>Past half of the placement: {missing}.</source>
        <translation>Stage is over de helft: {missing}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="147"/>
        <source>The placement ends on {end}: plan the final talk and what comes next.</source>
        <translation>De stage eindigt op {end}: plan het eindgesprek en wat daarna komt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="158"/>
        <source>The placement ended early on {end}: agree on the next step (a new place, or searching again).</source>
        <translation>De stage is voortijdig gestopt op {end}: spreek de volgende stap af (een nieuwe plek, of opnieuw zoeken).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="166"/>
        <source>BBL placement without a signed praktijkovereenkomst (POK).</source>
        <translation>BBL-stage zonder getekende praktijkovereenkomst (POK).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="187"/>
        <source>High dropout risk since {date} and no open action: agree on an action with an owner.</source>
        <translation>Hoog uitvalrisico sinds {date} en geen open actie: spreek een actie af met iemand die hem uitvoert.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="203"/>
        <source>Action &quot;{action}&quot; ({owner}) was due {due} and is not done.</source>
        <translation>Actie &quot;{action}&quot; ({owner}) moest uiterlijk {due} klaar zijn en is nog niet gedaan.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="68"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="68"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="68"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="68"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <location filename="../../coachdesk/ui/tasks.py" line="129"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/tasks.py" line="145"/>
        <source>Something went wrong and this was not finished. What was saved before is safe. Try again; if it happens again, send the log file {path} to your IT contact (it holds no student data).</source>
        <translation>Er ging iets mis en dit is niet afgemaakt. Wat eerder is opgeslagen, is veilig. Probeer het opnieuw; gebeurt het weer, stuur dan het logbestand {path} naar uw ICT-contactpersoon (er staan geen leerlinggegevens in).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/tasks.py" line="153"/>
        <source>Not done</source>
        <translation>Niet gelukt</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="10"/>
        <source>Teacher / BPV supervisor</source>
        <translation>Docent / BPV-begeleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="11"/>
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="12"/>
        <source>Junior workplace trainer (JPO)</source>
        <translation>Junior Praktijkopleider (JPO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="13"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="14"/>
        <source>Practical education (PrO)</source>
        <translation>Praktijkonderwijs (PrO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="15"/>
        <source>Special secondary education (VSO)</source>
        <translation>Voortgezet speciaal onderwijs (VSO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="16"/>
        <source>mbo Entree (level 1)</source>
        <translation>mbo Entree (niveau 1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="17"/>
        <source>mbo level 2</source>
        <translation>mbo niveau 2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="18"/>
        <source>Labour market</source>
        <translation>Arbeidsmarkt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="19"/>
        <source>Day activities</source>
        <translation>Dagbesteding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="20"/>
        <source>Further education</source>
        <translation>Vervolgonderwijs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="21"/>
        <source>BOL (school-based)</source>
        <translation>BOL (beroepsopleidend)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="22"/>
        <source>BBL (work-based)</source>
        <translation>BBL (beroepsbegeleidend)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="23"/>
        <source>At school</source>
        <translation>Op school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="24"/>
        <source>Left school</source>
        <translation>Van school af</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="25"/>
        <source>Searching</source>
        <translation>Zoekt plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="26"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="27"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="28"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="29"/>
        <source>Ended early</source>
        <translation>Voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="30"/>
        <source>Place found</source>
        <translation>Plek gevonden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="31"/>
        <source>Visit at the workplace</source>
        <translation>Bezoek op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="32"/>
        <source>Three-way talk</source>
        <translation>Driegesprek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="33"/>
        <source>Phone or video call</source>
        <translation>Telefoon of video</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="34"/>
        <source>Talk at school</source>
        <translation>Gesprek op school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="35"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="36"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="37"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="38"/>
        <source>Speed date for BPV places</source>
        <translation>Speeddate voor BPV-plekken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="39"/>
        <source>Job and BPV market</source>
        <translation>Banen- en BPV-markt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="40"/>
        <source>Company visit</source>
        <translation>Bedrijfsbezoek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="41"/>
        <source>Job shadowing day</source>
        <translation>Meeloopdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="42"/>
        <source>Open day at a company</source>
        <translation>Open dag bij een leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="43"/>
        <source>Company fair</source>
        <translation>Bedrijvenbeurs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="44"/>
        <source>Careers festival</source>
        <translation>Beroepenfestival</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="45"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="72"/>
        <location filename="../../coachdesk/services/list_queries.py" line="146"/>
        <location filename="../../coachdesk/services/list_queries.py" line="162"/>
        <location filename="../../coachdesk/services/list_queries.py" line="191"/>
        <location filename="../../coachdesk/services/list_queries.py" line="204"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="73"/>
        <location filename="../../coachdesk/services/list_queries.py" line="85"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="74"/>
        <source>Pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="75"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="76"/>
        <location filename="../../coachdesk/services/list_queries.py" line="83"/>
        <location filename="../../coachdesk/services/list_queries.py" line="103"/>
        <location filename="../../coachdesk/services/list_queries.py" line="123"/>
        <location filename="../../coachdesk/services/list_queries.py" line="139"/>
        <location filename="../../coachdesk/services/list_queries.py" line="164"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="77"/>
        <location filename="../../coachdesk/services/list_queries.py" line="84"/>
        <location filename="../../coachdesk/services/list_queries.py" line="97"/>
        <location filename="../../coachdesk/services/list_queries.py" line="104"/>
        <location filename="../../coachdesk/services/list_queries.py" line="114"/>
        <location filename="../../coachdesk/services/list_queries.py" line="122"/>
        <location filename="../../coachdesk/services/list_queries.py" line="140"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="78"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="86"/>
        <location filename="../../coachdesk/services/list_queries.py" line="94"/>
        <location filename="../../coachdesk/services/list_queries.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="92"/>
        <location filename="../../coachdesk/services/list_queries.py" line="112"/>
        <location filename="../../coachdesk/services/list_queries.py" line="130"/>
        <location filename="../../coachdesk/services/list_queries.py" line="241"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="93"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="95"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="96"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="105"/>
        <location filename="../../coachdesk/services/list_queries.py" line="147"/>
        <location filename="../../coachdesk/services/list_queries.py" line="155"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="111"/>
        <location filename="../../coachdesk/services/list_queries.py" line="129"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="113"/>
        <location filename="../../coachdesk/services/list_queries.py" line="121"/>
        <location filename="../../coachdesk/services/list_queries.py" line="177"/>
        <location filename="../../coachdesk/services/list_queries.py" line="184"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="115"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="116"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="131"/>
        <location filename="../../coachdesk/services/list_queries.py" line="138"/>
        <source>Risk level</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="132"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="133"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="148"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="149"/>
        <location filename="../../coachdesk/services/list_queries.py" line="156"/>
        <source>SBB recognised</source>
        <translation>SBB-erkend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="150"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="151"/>
        <location filename="../../coachdesk/services/list_queries.py" line="166"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="163"/>
        <location filename="../../coachdesk/services/list_queries.py" line="170"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="165"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="175"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="176"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="178"/>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="179"/>
        <source>Register before</source>
        <translation>Aanmelden vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="180"/>
        <location filename="../../coachdesk/services/list_queries.py" line="185"/>
        <location filename="../../coachdesk/services/list_queries.py" line="196"/>
        <location filename="../../coachdesk/services/list_queries.py" line="199"/>
        <location filename="../../coachdesk/services/list_queries.py" line="207"/>
        <location filename="../../coachdesk/services/list_queries.py" line="210"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="192"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="193"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="194"/>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="195"/>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="205"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="206"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="237"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="238"/>
        <location filename="../../coachdesk/services/list_queries.py" line="250"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="239"/>
        <location filename="../../coachdesk/services/list_queries.py" line="248"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="240"/>
        <location filename="../../coachdesk/services/list_queries.py" line="249"/>
        <source>Record kind</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="242"/>
        <source>Changed fields</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="243"/>
        <source>Record id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="255"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="256"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="257"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="258"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="259"/>
        <source>exported (AVG)</source>
        <translation>geëxporteerd (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="260"/>
        <source>user changed</source>
        <translation>gebruiker gewisseld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="63"/>
        <source>CoachDesk (system)</source>
        <translation>CoachDesk (systeem)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="71"/>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="542"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="71"/>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="542"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="367"/>
        <source>Last checked over a year ago: check the amounts and conditions.</source>
        <translation>Meer dan een jaar geleden gecontroleerd: controleer de bedragen en voorwaarden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="369"/>
        <source>No longer valid: toolkits leave it out. Archive it, or enter the new end date.</source>
        <translation>Niet meer geldig: toolkits laten deze regeling weg. Archiveer hem, of vul de nieuwe einddatum in.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="41"/>
        <source>The data is encrypted and needs its passphrase. Run the command in a terminal, or set {variable} for a script.</source>
        <translation>De gegevens zijn versleuteld en hebben hun wachtwoord nodig. Voer de opdracht uit in een terminal, of zet {variable} voor een script.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="46"/>
        <source>Passphrase for {path}: </source>
        <translation>Wachtwoord voor {path}: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="47"/>
        <source>The data in {path} will be encrypted. Choose a passphrase of at least 10 characters; without it the data cannot be opened.</source>
        <translation>De gegevens in {path} worden versleuteld. Kies een wachtwoord van minstens 10 tekens; zonder dat wachtwoord gaan de gegevens niet meer open.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="57"/>
        <source>New passphrase: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="58"/>
        <source>Type it again: </source>
        <translation>Typ het nog een keer: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="69"/>
        <source>The data folder {path} already holds data; demo data goes only into an empty folder. Use --data-dir with a new folder.</source>
        <translation>De gegevensmap {path} bevat al gegevens; demogegevens komen alleen in een lege map. Gebruik --data-dir met een nieuwe map.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="76"/>
        <source>Demo data written to {path}: {students} students, {employers} employers, {visits} contacts.</source>
        <translation>Demogegevens geschreven naar {path}: {students} leerlingen, {employers} leerbedrijven, {visits} contacten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/data.py" line="91"/>
        <source>Demo data removed: %n record(s).</source>
        <translation>
            <numerusform>Demogegevens verwijderd: %n record.</numerusform>
            <numerusform>Demogegevens verwijderd: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/data.py" line="93"/>
        <source>%n demo record(s) stay because your own records use them.</source>
        <translation>
            <numerusform>%n demorecord blijft staan, omdat je eigen gegevens het gebruiken.</numerusform>
            <numerusform>%n demorecords blijven staan, omdat je eigen gegevens ze gebruiken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="99"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="140"/>
        <source>{count} items need attention.</source>
        <translation>{count} punten vragen aandacht.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="153"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>Kan {path} niet schrijven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="154"/>
        <source>Backup written to {path}.</source>
        <translation>Reservekopie geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="183"/>
        <source>Passphrase of the backup: </source>
        <translation>Wachtwoord van de reservekopie: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="190"/>
        <source>Type the passphrase again to confirm it: </source>
        <translation>Typ de wachtwoord nog eens ter bevestiging: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="194"/>
        <source>Nothing was restored.</source>
        <translation>Er is niets teruggezet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="195"/>
        <source>Restored from {file}. The data that was there is kept in {kept}.</source>
        <translation>Teruggezet uit {file}. De gegevens die er stonden zijn bewaard in {kept}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="208"/>
        <source>There is no encrypted data in {path} yet: open it once (with the app or any command) to choose a passphrase.</source>
        <translation>Er staan nog geen versleutelde gegevens in {path}: open de map eerst een keer (met de app of een opdracht) om een wachtwoord te kiezen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="216"/>
        <source>Give the new passphrase in a terminal, or set {variable} for a script.</source>
        <translation>Geef het nieuwe wachtwoord in een terminal, of zet {variable} voor een script.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="218"/>
        <source>The passphrase of {path} is changed. Older backups still open with the old passphrase.</source>
        <translation>Het wachtwoord van {path} is gewijzigd. Oudere reservekopieën gaan nog open met het oude wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/toolkit.py" line="32"/>
        <source>warning</source>
        <translation>let op</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/toolkit.py" line="54"/>
        <source>%n toolkit(s) written to {path}.</source>
        <translation>
            <numerusform>%n toolkit geschreven naar {path}.</numerusform>
            <numerusform>%n toolkits geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/toolkit.py" line="70"/>
        <source>Calendar written to {path}.</source>
        <translation>Agenda geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/privacy.py" line="41"/>
        <source>Written: {pdf} and {json}.</source>
        <translation>Geschreven: {pdf} en {json}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/privacy.py" line="47"/>
        <source>Erased the student and {count} linked records.</source>
        <translation>De leerling en {count} gekoppelde gegevens zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/privacy.py" line="55"/>
        <source>Erased {count} students past the retention period.</source>
        <translation>{count} leerlingen over de bewaartermijn gewist.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="81"/>
        <source>Team started in {folder}: {count} changes shared.</source>
        <translation>Team gestart in {folder}: {count} wijzigingen gedeeld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="90"/>
        <source>Invitation written to {path}. Give it to the new member, and give him this one-time code separately (in person or by phone):</source>
        <translation>Uitnodiging geschreven naar {path}. Geef die aan het nieuwe teamlid, en geef hem deze eenmalige code apart (persoonlijk of telefonisch):</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="101"/>
        <source>The invitation needs its one-time code. Run the command in a terminal, or set {variable} for a script.</source>
        <translation>De uitnodiging heeft de eenmalige code nodig. Voer de opdracht uit in een terminal, of zet {variable} voor een script.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="102"/>
        <source>One-time code: </source>
        <translation>Eenmalige code: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="105"/>
        <source>Joined the team: {count} changes received.</source>
        <translation>Aangesloten bij het team: {count} wijzigingen ontvangen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="129"/>
        <source>Removed from the team; the keys of his parts of the team are replaced, so he receives nothing new.</source>
        <translation>Uit het team verwijderd; de sleutels van zijn delen van het team zijn vervangen, dus hij ontvangt niets nieuws meer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="138"/>
        <source>Compacted: {snapshots} snapshots written, {removed} old change files removed.</source>
        <translation>Samengevoegd: {snapshots} momentopnamen geschreven, {removed} oude wijzigingsbestanden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="151"/>
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n wijziging verstuurd</numerusform>
            <numerusform>%n wijzigingen verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="152"/>
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n wijziging ontvangen</numerusform>
            <numerusform>%n wijzigingen ontvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="153"/>
        <source>%n new item(s) to check</source>
        <translation>
            <numerusform>%n nieuw punt te controleren</numerusform>
            <numerusform>%n nieuwe punten te controleren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="170"/>
        <source>{id}: {kind} {record_id} {field}: mine {mine!r}, theirs {theirs!r} ({by}, {at})</source>
        <translation>{id}: {kind} {record_id} {field}: van mij {mine!r}, van de ander {theirs!r} ({by}, {at})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="171"/>
        <source>{count} items to check.</source>
        <translation>{count} punten te controleren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="182"/>
        <source>Resolved; the kept value is shared at the next sync.</source>
        <translation>Opgelost; de gekozen waarde wordt bij de volgende synchronisatie gedeeld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="191"/>
        <source>&quot;{pair}&quot; is not FIELD=VALUE. Write for example first_name=Sanne.</source>
        <translation>&quot;{pair}&quot; is geen VELD=WAARDE. Schrijf bijvoorbeeld first_name=Sanne.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="222"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="87"/>
        <source>Columns not imported: {columns}</source>
        <translation>Kolommen niet geïmporteerd: {columns}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="89"/>
        <source>Column &quot;{column}&quot;: {message}</source>
        <translation>Kolom &quot;{column}&quot;: {message}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="92"/>
        <source>line {line}: update ({fields})</source>
        <translation>regel {line}: bijwerken ({fields})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="94"/>
        <source>line {line}, {column}: {message}</source>
        <translation>regel {line}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="96"/>
        <source>… and {count} more errors.</source>
        <translation>… en nog {count} fouten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="97"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} rows with errors.</source>
        <translation>{new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, {errors} regels met fouten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="101"/>
        <source>Dry run: nothing was stored.</source>
        <translation>Proefimport: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="103"/>
        <source>Stored as import {batch}; undo it with: coachdesk import undo {batch}</source>
        <translation>Opgeslagen als import {batch}; ongedaan maken met: coachdesk import undo {batch}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="105"/>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="107"/>
        <source>The rows to fix are in {path}.</source>
        <translation>De regels om te verbeteren staan in {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="118"/>
        <source>Import {batch} undone: {removed} records removed, {restored} restored.</source>
        <translation>Import {batch} ongedaan gemaakt: {removed} gegevens verwijderd, {restored} hersteld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="131"/>
        <source>{count} rows written to {path}.</source>
        <translation>{count} regels geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="140"/>
        <source>{path}: a template is an .xlsx (or .csv) file. End the name with .xlsx.</source>
        <translation>{path}: een sjabloon is een .xlsx- (of .csv-)bestand. Laat de naam eindigen op .xlsx.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="142"/>
        <source>Template written to {path}.</source>
        <translation>Sjabloon geschreven naar {path}.</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="31"/>
        <source>Two members changed the same field before seeing each other&apos;s change. The team already agrees on one value; check it, and keep yours or theirs.</source>
        <translation>Twee teamleden wijzigden hetzelfde veld voordat ze elkaars wijziging zagen. Het team heeft al één waarde; controleer die en houd de jouwe of die van de ander.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="37"/>
        <source>Items to check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="38"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="38"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="38"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="38"/>
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="38"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="39"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="39"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="47"/>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="48"/>
        <source>Keep theirs</source>
        <translation>Hun waarde houden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="55"/>
        <source>Nothing to check.</source>
        <translation>Niets te controleren.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="158"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="163"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="164"/>
        <source>Choose a date in the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="402"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="404"/>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="406"/>
        <source>Add workplace trainer</source>
        <translation>Praktijkopleider toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="417"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="417"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="417"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="418"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="418"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="418"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="418"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="424"/>
        <source>Workplace trainers</source>
        <translation>Praktijkopleiders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="426"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="442"/>
        <source>Recognised by SBB (Leerbedrijf-ID %s)</source>
        <translation>Erkend door SBB (Leerbedrijf-ID %s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="442"/>
        <source>⚠ Not recognised by SBB: no BPV place possible until it is.</source>
        <translation>⚠ Niet erkend door SBB: een BPV-plek kan pas na erkenning.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="47"/>
        <source>This passphrase does not open {path}. Check it (capitals count) and try again. If you are sure it is right, the file is damaged: restore a backup. Nothing was changed.</source>
        <translation>Met dit wachtwoord gaat {path} niet open. Controleer het (let op hoofdletters) en probeer het opnieuw. Weet u zeker dat het klopt, dan is het bestand beschadigd: zet een reservekopie terug. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="50"/>
        <source>This passphrase does not open {path}. A change of passphrase was interrupted before it was finished: the data still opens with the OLD passphrase. Nothing was lost.</source>
        <translation>Deze wachtwoord opent {path} niet. Het wijzigen van de wachtwoord is onderbroken voordat het klaar was: de gegevens openen nog met de OUDE wachtwoord. Er is niets verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="53"/>
        <source>This passphrase does not open {path}. A change of passphrase was interrupted just after it was done: the data opens with the NEW passphrase. Nothing was lost.</source>
        <translation>Deze wachtwoord opent {path} niet. Het wijzigen van de wachtwoord is onderbroken net nadat het klaar was: de gegevens openen met de NIEUWE wachtwoord. Er is niets verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="56"/>
        <source>Cannot write in {path}: the disk is full. Make room (empty the recycle bin, remove large files) and try again. Nothing was changed.</source>
        <translation>Kan niet schrijven in {path}: de schijf is vol. Maak ruimte (leeg de prullenbak, verwijder grote bestanden) en probeer het opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="58"/>
        <source>Cannot write in {path} ({reason}). Nothing was changed.</source>
        <translation>Kan niet schrijven in {path} ({reason}). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="59"/>
        <source>The data file {path} is missing or empty, but there are backups in {backups}. Restore the latest one (the app offers it; on the command line: coachdesk restore &lt;backup&gt;). Nothing was created.</source>
        <translation>Het gegevensbestand {path} ontbreekt of is leeg, maar er staan reservekopieën in {backups}. Zet de nieuwste terug (de app biedt dat aan; op de opdrachtregel: coachdesk restore &lt;reservekopie&gt;). Er is niets aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="62"/>
        <source>Updating the data file {path} to this version failed ({reason}); it was left as it was, and a copy made just before is {backup}. Try again; if it fails again, restore that copy or go back to the previous version of CoachDesk.</source>
        <translation>Het bijwerken van het gegevensbestand {path} naar deze versie is mislukt ({reason}); het is gebleven zoals het was, en vlak daarvoor is een kopie gemaakt: {backup}. Probeer het opnieuw; mislukt het weer, zet dan die kopie terug of ga terug naar de vorige versie van CoachDesk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="372"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Het huidige wachtwoord klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="512"/>
        <source>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir.</source>
        <translation>De gegevensmap {path} kan niet worden gemaakt ({reason}). Kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="517"/>
        <source>The data folder {path} is not writable. Choose a folder you may write to with --data-dir.</source>
        <translation>In de gegevensmap {path} mag niet worden geschreven. Kies met --data-dir een map waarin dat wel mag.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="530"/>
        <source>The file {path} is not a CoachDesk data file. Move it away or choose another data folder.</source>
        <translation>Het bestand {path} is geen CoachDesk-gegevensbestand. Zet het ergens anders neer of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="830"/>
        <source>The data file {path} is locked by another program. Close it and try again.</source>
        <translation>Het gegevensbestand {path} is in gebruik door een ander programma. Sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="822"/>
        <source>The data file {path} is damaged or not a data file. Restore a backup from {backups}.</source>
        <translation>Het gegevensbestand {path} is beschadigd of geen gegevensbestand. Zet een reservekopie terug uit {backups}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="789"/>
        <source>The data file {path} was made by a newer version of CoachDesk. Install the newest version; the file was not changed.</source>
        <translation>Het gegevensbestand {path} is gemaakt met een nieuwere versie van CoachDesk. Installeer de nieuwste versie; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="82"/>
        <source>Risk assessments are not available to a JPO. Ask the student&apos;s coach.</source>
        <translation>Risicobeoordelingen zijn niet zichtbaar voor een JPO. Vraag het aan de coach van de leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="83"/>
        <source>You may not see this student&apos;s file. Ask a coordinator.</source>
        <translation>Je mag het dossier van deze leerling niet inzien. Vraag het aan een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="84"/>
        <source>Your role may not change this. Ask a coordinator.</source>
        <translation>Met jouw rol kun je dit niet wijzigen. Vraag het aan een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="85"/>
        <source>Health notes are not available to a JPO.</source>
        <translation>Gezondheidsnotities zijn niet zichtbaar voor een JPO.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="92"/>
        <source>Only a coordinator may read the audit trail.</source>
        <translation>Alleen een coördinator mag het logboek inzien.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="154"/>
        <source>This contact was logged by someone else; only he or a coordinator may change it.</source>
        <translation>Dit contact is door iemand anders vastgelegd; alleen die persoon of een coördinator mag het wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="50"/>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation>Een stage met status &quot;{current}&quot; kan niet &quot;{target}&quot; worden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="54"/>
        <source>This student already has an open placement ({status}{employer}). Change that one, or end it, before adding another.</source>
        <translation>Deze leerling heeft al een lopende stage ({status}{employer}). Wijzig of beëindig die eerst voordat je een nieuwe toevoegt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="26"/>
        <source>There is no {kind} with id {id}. Check the id with &apos;coachdesk list&apos;.</source>
        <translation>Er is geen {kind} met id {id}. Controleer het id met &apos;coachdesk list&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="27"/>
        <source>Unknown kind &quot;{kind}&quot;. Choose one of: {choices}.</source>
        <translation>Onbekende soort &quot;{kind}&quot;. Kies uit: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="47"/>
        <source>An action belongs to a risk assessment: add it when you record the assessment.</source>
        <translation>Een actie hoort bij een risico-inschatting: voeg hem toe wanneer u de inschatting vastlegt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="374"/>
        <location filename="../../coachdesk/services/records.py" line="394"/>
        <source>A risk assessment is never changed afterwards. Record a new assessment instead.</source>
        <translation>Een risicobeoordeling wordt achteraf nooit gewijzigd. Leg een nieuwe beoordeling vast.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/folderlock.py" line="12"/>
        <source>The lock file {path} cannot be used ({reason}). If CoachDesk is not open anywhere, remove {path} and try again.</source>
        <translation>Het vergrendelbestand {path} is niet te gebruiken ({reason}). Als CoachDesk nergens open is, verwijder {path} en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/folderlock.py" line="14"/>
        <source>CoachDesk is already open on the data folder {path}. Close it there first, then try again.</source>
        <translation>CoachDesk is al geopend met de gegevensmap {path}. Sluit het daar eerst en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="66"/>
        <source>{path} is not a usable CoachDesk backup ({reason}). Nothing was changed.</source>
        <translation>{path} is geen bruikbare reservekopie van CoachDesk ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="67"/>
        <source>The backup {path} does not open with this passphrase. It may have been made before the passphrase was changed: give the passphrase of then. Nothing was changed.</source>
        <translation>De reservekopie {path} gaat niet open met dit wachtwoord. Misschien is hij gemaakt voordat het wachtwoord werd gewijzigd: geef het wachtwoord van toen. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="70"/>
        <source>The passphrase given for the current data does not open {path}, and no backup in the folder opens with it either. Check it (capitals count): the restored data would be encrypted with it. If the data file is damaged or lost, type the passphrase twice to confirm it. Nothing was changed.</source>
        <translation>De opgegeven wachtwoord van de huidige gegevens opent {path} niet, en ook geen reservekopie in de map. Controleer hem (hoofdletters tellen): de teruggezette gegevens zouden ermee versleuteld worden. Is het gegevensbestand beschadigd of kwijt, typ de wachtwoord dan twee keer ter bevestiging. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="74"/>
        <source>The passphrase is changed and the data opens with the new one, but no backup could be made under it ({reason}). It is made again the next time the data is opened.</source>
        <translation>De wachtwoord is gewijzigd en de gegevens openen met de nieuwe, maar er kon geen reservekopie mee gemaakt worden ({reason}). Die wordt gemaakt als de gegevens de volgende keer geopend worden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="77"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="78"/>
        <source>it is damaged</source>
        <translation>het is beschadigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="79"/>
        <source>it is incomplete: the file was cut short</source>
        <translation>het is onvolledig: het bestand is afgebroken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="80"/>
        <source>it was made by a newer CoachDesk</source>
        <translation>het is gemaakt door een nieuwere CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="81"/>
        <source>it comes from another data folder; to look at it, copy it as coachdesk.sqlite into an empty folder and open that one</source>
        <translation>het komt uit een andere gegevensmap; kopieer het om het te bekijken als coachdesk.sqlite naar een lege map en open die</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="83"/>
        <source>tables are missing: {tables}</source>
        <translation>er ontbreken tabellen: {tables}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/privacy.py" line="26"/>
        <source>Only a coordinator may export or erase a student&apos;s data.</source>
        <translation>Alleen een coördinator mag de gegevens van een leerling exporteren of wissen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/outputs.py" line="18"/>
        <source>Cannot write {path} ({reason}). Choose another place.</source>
        <translation>Kan {path} niet schrijven ({reason}). Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/outputs.py" line="19"/>
        <source>{path} is inside the data folder {folder}; CoachDesk never writes there on request. Choose another place.</source>
        <translation>{path} ligt in de gegevensmap {folder}; daar schrijft CoachDesk nooit op verzoek. Kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/outputs.py" line="20"/>
        <source>{path} is not an ordinary file; CoachDesk will not replace it. Choose another name.</source>
        <translation>{path} is geen gewoon bestand; CoachDesk vervangt het niet. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/outputs.py" line="21"/>
        <source>{path} exists and is not a folder. Give a folder, or a new name for one.</source>
        <translation>{path} bestaat al en is geen map. Geef een map op, of een nieuwe naam voor een map.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/outputs.py" line="22"/>
        <source>{path} exists already. Choose a new name, or add --force to replace it.</source>
        <translation>{path} bestaat al. Kies een nieuwe naam, of voeg --force toe om het te vervangen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="47"/>
        <source>Only a coordinator may change the team&apos;s settings ({fields}). Ask a coordinator.</source>
        <translation>Alleen een coördinator mag de instellingen van het team wijzigen ({fields}). Vraag het een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/users.py" line="20"/>
        <source>Nobody is chosen yet as the user of this data folder. Open CoachDesk once and choose who you are (Settings: &quot;Who uses this laptop&quot;); then run the command again.</source>
        <translation>Er is nog niemand gekozen als gebruiker van deze gegevensmap. Open CoachDesk één keer en kies wie u bent (Instellingen: &quot;Wie gebruikt deze laptop&quot;); geef daarna de opdracht opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/users.py" line="21"/>
        <source>The user of this data folder no longer exists. Open CoachDesk and choose who you are (Settings: &quot;Who uses this laptop&quot;).</source>
        <translation>De gebruiker van deze gegevensmap bestaat niet meer. Open CoachDesk en kies wie u bent (Instellingen: &quot;Wie gebruikt deze laptop&quot;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/toolkit_data.py" line="37"/>
        <source>This toolkit would name no one to call. Fill in the school&apos;s phone or e-mail (Settings, or the school record), or the phone or e-mail of the coach ({who}), then make the toolkit again.</source>
        <translation>In deze toolkit zou niemand staan die men kan bellen. Vul het telefoonnummer of e-mailadres van de school in (Instellingen, of bij de school), of dat van de coach ({who}), en maak de toolkit opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/demo.py" line="423"/>
        <source>Only a coordinator may remove the demo data. Ask your coordinator.</source>
        <translation>Alleen een coördinator kan de demogegevens verwijderen. Vraag het je coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/demo.py" line="424"/>
        <source>This data folder shares its work with a team, so removing the demo data here would also remove it on your colleagues&apos; laptops, with anything they added to it since the last sync. Demo data can be removed before a team is started.</source>
        <translation>Deze gegevensmap deelt zijn werk met een team. Demogegevens die je hier verwijdert, verdwijnen ook op de laptops van je collega&apos;s, met alles wat zij er sinds de laatste synchronisatie aan toevoegden. Demogegevens kun je verwijderen voordat een team begint.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="33"/>
        <source>{path}: CoachDesk writes .xlsx or .csv files. End the file name with one of these.</source>
        <translation>{path}: CoachDesk schrijft .xlsx- of .csv-bestanden. Laat de bestandsnaam op een daarvan eindigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="34"/>
        <source>--json-filter must be a JSON object like &apos;{{&quot;status&quot;: &quot;active&quot;}}&apos; ({reason}).</source>
        <translation>--json-filter moet een JSON-object zijn, zoals &apos;{{&quot;status&quot;: &quot;active&quot;}}&apos; ({reason}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="35"/>
        <source>A list of {kind} cannot be filtered on &quot;{key}&quot;. Choose from: {choices}.</source>
        <translation>Een lijst van {kind} kan niet gefilterd worden op &quot;{key}&quot;. Kies uit: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="36"/>
        <source>Unknown list &quot;{kind}&quot;. Choose one of: {choices}.</source>
        <translation>Onbekende lijst &quot;{kind}&quot;. Kies een van: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="37"/>
        <source>What to fix</source>
        <translation>Wat te verbeteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="38"/>
        <source>to fix</source>
        <translation>te verbeteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="39"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/export.py" line="39"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../coachdesk/ui/widgets/export_action.py" line="15"/>
        <location filename="../../coachdesk/ui/widgets/export_action.py" line="53"/>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/export_action.py" line="15"/>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/export_action.py" line="21"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/export_action.py" line="23"/>
        <source>Save the rows shown as an Excel or CSV file</source>
        <translation>De getoonde regels opslaan als Excel- of CSV-bestand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/export_action.py" line="55"/>
        <source>{count} rows saved in {path}</source>
        <translation>{count} regels opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="52"/>
        <location filename="../../coachdesk/domain/schema.py" line="60"/>
        <location filename="../../coachdesk/domain/schema.py" line="95"/>
        <location filename="../../coachdesk/domain/schema.py" line="109"/>
        <location filename="../../coachdesk/domain/schema.py" line="172"/>
        <location filename="../../coachdesk/domain/schema.py" line="188"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="56"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="53"/>
        <source>BRIN code</source>
        <translation>BRIN-code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="54"/>
        <location filename="../../coachdesk/domain/schema.py" line="64"/>
        <location filename="../../coachdesk/domain/schema.py" line="80"/>
        <location filename="../../coachdesk/domain/schema.py" line="110"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="48"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="55"/>
        <location filename="../../coachdesk/domain/schema.py" line="63"/>
        <location filename="../../coachdesk/domain/schema.py" line="81"/>
        <location filename="../../coachdesk/domain/schema.py" line="111"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="49"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="56"/>
        <location filename="../../coachdesk/services/settings.py" line="45"/>
        <source>Labour market region</source>
        <translation>Arbeidsmarktregio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="61"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="62"/>
        <location filename="../../coachdesk/domain/schema.py" line="78"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="47"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="68"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="35"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="70"/>
        <source>Student number</source>
        <translation>Leerlingnummer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="69"/>
        <source>The school&apos;s own number (Stamnummer or Leerlingnummer), unique per school. Never the BSN.</source>
        <translation>Het eigen nummer van de school (stamnummer of leerlingnummer), uniek per school. Nooit het BSN.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="70"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="37"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="71"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="39"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="72"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="40"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="73"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="41"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="74"/>
        <source>VSO exit profile</source>
        <translation>Uitstroomprofiel VSO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="75"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="43"/>
        <source>Learning pathway (BOL/BBL)</source>
        <translation>Leerweg (BOL/BBL)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="76"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="44"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="77"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="45"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="79"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="82"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="50"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="83"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="51"/>
        <source>Parent/guardian phone</source>
        <translation>Telefoon ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="84"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="52"/>
        <source>Parent/guardian email</source>
        <translation>E-mail ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="85"/>
        <source>Sectors of interest</source>
        <translation>Sectoren van interesse</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="86"/>
        <source>What the student can do</source>
        <translation>Wat de leerling kan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="87"/>
        <source>Profile may be shared with employers</source>
        <translation>Profiel mag gedeeld worden met leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="88"/>
        <source>Parent/guardian consent recorded</source>
        <translation>Toestemming ouder/verzorger vastgelegd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="89"/>
        <source>Health notes</source>
        <translation>Gezondheidsnotities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="90"/>
        <location filename="../../coachdesk/services/placements.py" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="91"/>
        <source>Left school on</source>
        <translation>Van school af op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="96"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="55"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="72"/>
        <source>SBB Leerbedrijf-ID</source>
        <translation>SBB Leerbedrijf-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="97"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="57"/>
        <source>Recognised by SBB</source>
        <translation>Erkend door SBB</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="98"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="58"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="99"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="59"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="100"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="60"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="101"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="61"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="102"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="62"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="103"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="63"/>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="104"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="64"/>
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="108"/>
        <location filename="../../coachdesk/domain/schema.py" line="116"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="73"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="561"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="575"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="115"/>
        <location filename="../../coachdesk/domain/schema.py" line="128"/>
        <location filename="../../coachdesk/domain/schema.py" line="139"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="117"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="65"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="563"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="576"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="118"/>
        <source>School coach</source>
        <translation>Begeleider vanuit school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="119"/>
        <source>Searching since</source>
        <translation>Zoekt sinds</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="120"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="75"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="121"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="76"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="122"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="79"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="123"/>
        <source>POK signed on</source>
        <translation>POK getekend op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="124"/>
        <location filename="../../coachdesk/domain/schema.py" line="146"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="80"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="129"/>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="130"/>
        <location filename="../../coachdesk/domain/schema.py" line="140"/>
        <location filename="../../coachdesk/services/placements.py" line="56"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="131"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="132"/>
        <source>By coach</source>
        <translation>Door coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="133"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="134"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="135"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="141"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="142"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="143"/>
        <source>Unauthorised absence in the last 4 weeks (hours)</source>
        <translation>Ongeoorloofd verzuim in de laatste 4 weken (uren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="144"/>
        <source>Level set by coach</source>
        <translation>Niveau volgens coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="145"/>
        <source>Reason for a different level</source>
        <translation>Reden voor een ander niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="150"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="151"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="152"/>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="153"/>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="157"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="158"/>
        <source>Kind of event</source>
        <translation>Soort event</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="159"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="160"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="161"/>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="162"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="163"/>
        <source>For (school types)</source>
        <translation>Voor (schoolsoorten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="164"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="165"/>
        <source>Register before</source>
        <translation>Aanmelden vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="166"/>
        <source>Registration link</source>
        <translation>Aanmeldlink</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="167"/>
        <source>What to bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="168"/>
        <location filename="../../coachdesk/domain/schema.py" line="184"/>
        <location filename="../../coachdesk/domain/schema.py" line="193"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="173"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="174"/>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="175"/>
        <source>For students of (school types)</source>
        <translation>Voor leerlingen van (schoolsoorten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="176"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="177"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="178"/>
        <source>How to apply</source>
        <translation>Zo vraag je het aan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="179"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="180"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="181"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="182"/>
        <source>Last checked on</source>
        <translation>Laatst gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="183"/>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="189"/>
        <source>What it offers</source>
        <translation>Wat het biedt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="190"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="191"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="192"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="53"/>
        <location filename="../../coachdesk/services/placements.py" line="134"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="35"/>
        <source>Searching longer than (weeks)</source>
        <translation>Langer zoekend dan (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="36"/>
        <source>Contact at least every (weeks)</source>
        <translation>Contact minstens elke (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="37"/>
        <source>Minimum contacts per placement</source>
        <translation>Minimum aantal contacten per stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="38"/>
        <source>Ending within (weeks)</source>
        <translation>Eindigt binnen (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="39"/>
        <source>Keep data after leaving (years)</source>
        <translation>Gegevens bewaren na vertrek (jaren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="40"/>
        <source>Lock after (minutes)</source>
        <translation>Vergrendelen na (minuten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="41"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="233"/>
        <location filename="../../coachdesk/services/settings.py" line="42"/>
        <source>Who uses this laptop</source>
        <translation>Wie gebruikt deze laptop</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="43"/>
        <source>School name</source>
        <translation>Naam van de school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="44"/>
        <source>Print header</source>
        <translation>Kop op afdrukken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="38"/>
        <source>Infix (tussenvoegsel)</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="42"/>
        <source>Level (Niveau)</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="46"/>
        <source>Class (not stored)</source>
        <translation>Klas (wordt niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="66"/>
        <source>Workplace trainer phone</source>
        <translation>Telefoon praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="67"/>
        <source>Workplace trainer email</source>
        <translation>E-mail praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="74"/>
        <source>Crebo (checked, not stored)</source>
        <translation>Crebo (gecontroleerd, niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="77"/>
        <location filename="../../coachdesk/transfer/plan.py" line="448"/>
        <source>Actual end date</source>
        <translation>Werkelijke einddatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="78"/>
        <source>Total hours (Omvang)</source>
        <translation>Omvang (uren)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../coachdesk/services/choices.py" line="14"/>
        <source>(searching)</source>
        <translation>(zoekt)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../coachdesk/transfer/commit.py" line="27"/>
        <source>There is no import {id}. The batch number is in the report of the import.</source>
        <translation>Er is geen import {id}. Het importnummer staat in het verslag van de import.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/commit.py" line="28"/>
        <source>Import {id} was undone already.</source>
        <translation>Import {id} is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/commit.py" line="29"/>
        <source>Import {id} cannot be undone: {count} of its records were changed or used after the import (for example {kind} {record}). Change those records by hand instead.</source>
        <translation>Import {id} kan niet ongedaan worden gemaakt: {count} van de gegevens zijn na de import gewijzigd of gebruikt (bijvoorbeeld {kind} {record}). Pas die gegevens met de hand aan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/importer.py" line="19"/>
        <source>The mapping file {path} cannot be read ({reason}). It holds JSON like {{&quot;Stamnummer&quot;: &quot;student_number&quot;}}.</source>
        <translation>Het koppelbestand {path} kan niet gelezen worden ({reason}). Het bevat JSON zoals {{&quot;Stamnummer&quot;: &quot;student_number&quot;}}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/importer.py" line="20"/>
        <source>The mapping file names the field &quot;{field}&quot;, which {kind} do not have. Choose from: {choices}.</source>
        <translation>Het koppelbestand noemt het veld &quot;{field}&quot;, dat {kind} niet hebben. Kies uit: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/importer.py" line="21"/>
        <source>Unknown source &quot;{source}&quot;. Choose one of: {choices}.</source>
        <translation>Onbekende bron &quot;{source}&quot;. Kies een van: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="28"/>
        <source>A JPO cannot import. Ask a coordinator or the student&apos;s coach.</source>
        <translation>Een JPO kan niet importeren. Vraag het aan een coördinator of de coach van de leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="29"/>
        <source>Unknown kind &quot;{kind}&quot; to import. Choose one of: {choices}.</source>
        <translation>Onbekende soort &quot;{kind}&quot; om te importeren. Kies een van: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="30"/>
        <source>Which school do these students go to? Give --school SCHOOL_ID (see &apos;coachdesk list coaches&apos; or the school list), or add a School column.</source>
        <translation>Naar welke school gaan deze leerlingen? Geef --school SCHOOL_ID (zie &apos;coachdesk list coaches&apos; of de lijst van scholen), of voeg een kolom School toe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="31"/>
        <source>There is no school with id {id}. Check the id.</source>
        <translation>Er is geen school met id {id}. Controleer het id.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="32"/>
        <source>This column looks like a BSN (citizen service number). CoachDesk never imports a BSN; the column was skipped.</source>
        <translation>Deze kolom lijkt een BSN (burgerservicenummer). CoachDesk importeert nooit een BSN; de kolom is overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="33"/>
        <source>&quot;{value}&quot; is not a possible date. Write it as dd-mm-yyyy, for example 01-09-2026.</source>
        <translation>&quot;{value}&quot; is geen bestaande datum. Schrijf hem als dd-mm-jjjj, bijvoorbeeld 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="34"/>
        <source>{value} is also on line {line}; each record may appear once. Remove one of the two lines.</source>
        <translation>{value} staat ook op regel {line}; elk gegeven mag één keer voorkomen. Verwijder een van de twee regels.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="35"/>
        <source>The cell holds a formula (&quot;{value}&quot;); enter the value itself.</source>
        <translation>De cel bevat een formule (&quot;{value}&quot;); vul de waarde zelf in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="36"/>
        <source>&quot;{value}&quot; is not a school type; use PrO, VSO, Entree (niveau 1) or mbo niveau 2.</source>
        <translation>&quot;{value}&quot; is geen schoolsoort; gebruik PrO, VSO, Entree (niveau 1) of mbo niveau 2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="37"/>
        <source>the school type is missing; add a column School type or Niveau.</source>
        <translation>de schoolsoort ontbreekt; voeg een kolom Schoolsoort of Niveau toe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="38"/>
        <source>no school named &quot;{value}&quot;; use the name or BRIN code of a school in CoachDesk.</source>
        <translation>geen school met de naam &quot;{value}&quot;; gebruik de naam of BRIN-code van een school in CoachDesk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="39"/>
        <source>no student with number {value}; import the students first.</source>
        <translation>geen leerling met nummer {value}; importeer eerst de leerlingen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="40"/>
        <source>student number {value} exists at more than one school; give --school.</source>
        <translation>leerlingnummer {value} komt op meer dan één school voor; geef --school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="41"/>
        <source>no employer &quot;{value}&quot;; import the employers first.</source>
        <translation>geen leerbedrijf &quot;{value}&quot;; importeer eerst de leerbedrijven.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="42"/>
        <source>give the employer (LeerbedrijfID or name).</source>
        <translation>geef het leerbedrijf (LeerbedrijfID of naam).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="43"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>&quot;{value}&quot; is geen geheel getal.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="44"/>
        <source>the name is missing; fill it in.</source>
        <translation>de naam ontbreekt; vul hem in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="45"/>
        <source>The file holds no data rows below the header (line {line}).</source>
        <translation>Het bestand heeft geen regels met gegevens onder de kopregel (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="424"/>
        <source>Total hours (Omvang): {hours}</source>
        <translation>Omvang: {hours} uur</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="35"/>
        <source>{path} does not exist or cannot be opened ({reason}). Check the file name.</source>
        <translation>{path} bestaat niet of kan niet geopend worden ({reason}). Controleer de bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="36"/>
        <source>{path}: CoachDesk reads .csv, .xlsx, .xls and .ods files. Save the export in one of these formats.</source>
        <translation>{path}: CoachDesk leest .csv-, .xlsx-, .xls- en .ods-bestanden. Sla de export in een van deze vormen op.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="37"/>
        <source>{path} is not a readable {format} file (it may be damaged or of another kind). Open it in a spreadsheet program and save it again.</source>
        <translation>{path} is geen leesbaar {format}-bestand (het is misschien beschadigd of van een andere soort). Open het in een rekenbladprogramma en sla het opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="38"/>
        <source>{path} is too large to import ({size} MB; at most {limit} MB). Split the file.</source>
        <translation>{path} is te groot om te importeren ({size} MB; hoogstens {limit} MB). Splits het bestand.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="39"/>
        <source>{path} unpacks to far more data than a spreadsheet holds; it is refused as unsafe. Save the export again from the school&apos;s system.</source>
        <translation>{path} pakt uit tot veel meer gegevens dan een rekenblad bevat; het is als onveilig geweigerd. Sla de export opnieuw op vanuit het systeem van de school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="40"/>
        <source>{path} has more than {limit} rows. Split the file into smaller parts.</source>
        <translation>{path} heeft meer dan {limit} regels. Splits het bestand in kleinere delen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="41"/>
        <source>{path} has more than {limit} columns. Remove the columns you do not need.</source>
        <translation>{path} heeft meer dan {limit} kolommen. Verwijder de kolommen die u niet nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="42"/>
        <source>{path}: a cell on line {line} holds more than {limit} characters. Remove that text and import again.</source>
        <translation>{path}: een cel op regel {line} bevat meer dan {limit} tekens. Verwijder die tekst en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="43"/>
        <source>{path} holds no rows with a header. Check that it is the right file.</source>
        <translation>{path} bevat geen regels met een kopregel. Controleer of het het goede bestand is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="44"/>
        <source>{path} holds no worksheet. Check that it is the right file.</source>
        <translation>{path} bevat geen werkblad. Controleer of het het goede bestand is.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="46"/>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="144"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="55"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="55"/>
        <source>Employers (leerbedrijven)</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="55"/>
        <source>Placements (BPV)</source>
        <translation>Stages (BPV)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="58"/>
        <source>Other / CoachDesk template</source>
        <translation>Anders / CoachDesk-sjabloon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="63"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="64"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="69"/>
        <source>What to import</source>
        <translation>Wat importeren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="70"/>
        <source>Exported from</source>
        <translation>Geëxporteerd uit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="71"/>
        <source>File (.csv, .xlsx, .xls, .ods)</source>
        <translation>Bestand (.csv, .xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="72"/>
        <source>Nothing is stored until you confirm the preview. A column with a BSN is never imported.</source>
        <translation>Er wordt niets opgeslagen voordat u het voorbeeld bevestigt. Een kolom met een BSN wordt nooit geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="78"/>
        <source>Which column holds what? CoachDesk suggests; change where needed.</source>
        <translation>Welke kolom bevat wat? CoachDesk doet een voorstel; pas aan waar nodig.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="81"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="81"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="81"/>
        <source>Imported as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="95"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="95"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="95"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="95"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="98"/>
        <source>Store nothing if any row has an error</source>
        <translation>Niets opslaan als een regel een fout heeft</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="109"/>
        <source>Save the rows to fix…</source>
        <translation>Regels om te verbeteren opslaan…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="112"/>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="120"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="122"/>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="144"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="126"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="149"/>
        <source>Something went wrong: %s</source>
        <translation>Er ging iets mis: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="165"/>
        <source>Choose the export</source>
        <translation>Kies de export</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="166"/>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Rekenbladen (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="201"/>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="207"/>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="218"/>
        <source>Imported as, for column %s</source>
        <translation>Importeren als, voor kolom %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="241"/>
        <source>Checking every row…</source>
        <translation>Elke regel controleren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="247"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="247"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="247"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="247"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="250"/>
        <source>Skipped column</source>
        <translation>Overgeslagen kolom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="263"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 rows with errors. Nothing is stored yet.</source>
        <translation>%1 nieuw, %2 bij te werken, %3 ongewijzigd, %4 regels met fouten. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="283"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="289"/>
        <source>Stored: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Opgeslagen: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="292"/>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="295"/>
        <source>%1 rows had errors; save them to fix and import them again.</source>
        <translation>%1 regels hadden fouten; sla ze op om te verbeteren en importeer ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="309"/>
        <source>Save the rows to fix</source>
        <translation>Regels om te verbeteren opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="317"/>
        <source>Saved: %s</source>
        <translation>Opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="332"/>
        <source>The import was undone.</source>
        <translation>De import is ongedaan gemaakt.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="215"/>
        <source>Invite a member</source>
        <translation>Collega uitnodigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="224"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="230"/>
        <source>Coach</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="231"/>
        <location filename="../../coachdesk/ui/screens/team.py" line="250"/>
        <source>Save the invitation as</source>
        <translation>Uitnodiging opslaan als</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="237"/>
        <source>Every coach is in the team already. Add the colleague as a coach first (Settings).</source>
        <translation>Iedere begeleider zit al in het team. Voeg de collega eerst toe als begeleider (Instellingen).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="250"/>
        <source>Invitations (*.cdinvite)</source>
        <translation>Uitnodigingen (*.cdinvite)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="214"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="215"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="216"/>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="217"/>
        <source>employer</source>
        <translation>leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="218"/>
        <source>workplace trainer</source>
        <translation>praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="219"/>
        <source>placement</source>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="220"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="221"/>
        <source>risk assessment</source>
        <translation>risicobeoordeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="222"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="223"/>
        <source>matching event</source>
        <translation>matchingsevent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="224"/>
        <source>financial scheme</source>
        <translation>regeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="225"/>
        <source>help offer</source>
        <translation>hulpaanbod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="231"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="231"/>
        <source>JPO pairing</source>
        <translation>JPO-koppeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="232"/>
        <source>import</source>
        <translation>import</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="392"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="394"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="427"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="434"/>
        <source>Number of rows shown</source>
        <translation>Aantal getoonde regels</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="533"/>
        <source>All: %s</source>
        <translation>Alle: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="556"/>
        <source>Whose students</source>
        <translation>Wiens leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="557"/>
        <source>My students</source>
        <translation>Mijn leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="558"/>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="558"/>
        <source>The whole school</source>
        <translation>De hele school</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="581"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n getoond</numerusform>
            <numerusform>%n getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="581"/>
        <source> of %n</source>
        <translation>
            <numerusform> van %n</numerusform>
            <numerusform> van %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="69"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="70"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="71"/>
        <source>Placements (BPV)</source>
        <translation>Stages (BPV)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="72"/>
        <source>Contacts</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="73"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="74"/>
        <source>Employers</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="75"/>
        <source>Matching events</source>
        <translation>Matchingsevents</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="76"/>
        <source>Schemes &amp; help</source>
        <translation>Regelingen &amp; hulp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="77"/>
        <source>Toolkits</source>
        <translation>Toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="78"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="79"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="82"/>
        <location filename="../../coachdesk/ui/mainwindow.py" line="319"/>
        <source>Items to check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="82"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="92"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="95"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="141"/>
        <source>Working as coordinator (no user chosen)</source>
        <translation>Je werkt als coördinator (geen gebruiker gekozen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="142"/>
        <source>Signed in as %s (%s)</source>
        <translation>Je werkt als %s (%s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="147"/>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="152"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="158"/>
        <source>About CoachDesk</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="197"/>
        <source>New student</source>
        <translation>Nieuwe leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="199"/>
        <source>New employer</source>
        <translation>Nieuw leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="207"/>
        <source>New event</source>
        <translation>Nieuw event</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="212"/>
        <source>Financial schemes</source>
        <translation>Financiële regelingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="212"/>
        <source>New scheme</source>
        <translation>Nieuwe regeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="212"/>
        <source>Help and instruments</source>
        <translation>Hulp en instrumenten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="212"/>
        <source>New help offer</source>
        <translation>Nieuw hulpaanbod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="278"/>
        <source>Toolkits are not available in this version.</source>
        <translation>Toolkits zijn in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="286"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="89"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="97"/>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="90"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="98"/>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="91"/>
        <source>Type the passphrase again</source>
        <translation>Typ het wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="100"/>
        <source>Type it again</source>
        <translation>Typ het nog een keer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="108"/>
        <source>At least 10 characters; a few words make a good passphrase.</source>
        <translation>Minstens 10 tekens; een paar woorden zijn een goed wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="116"/>
        <source>Type your current passphrase first.</source>
        <translation>Typ eerst je huidige wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="120"/>
        <source>Type a new passphrase first: at least 10 characters.</source>
        <translation>Typ eerst een nieuw wachtwoord: minstens 10 tekens.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="19"/>
        <source>Too short: use at least 10 characters, for example a few words.</source>
        <translation>Te kort: gebruik minstens 10 tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="20"/>
        <source>Weak: add a word or two.</source>
        <translation>Zwak: voeg een woord of twee toe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="21"/>
        <source>Fair: a longer sentence is better.</source>
        <translation>Redelijk: een langere zin is beter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="22"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="24"/>
        <source>The passphrase is too short: use at least {minimum} characters, for example a few words.</source>
        <translation>Het wachtwoord is te kort: gebruik minstens {minimum} tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="25"/>
        <source>The passphrase is too easy to guess (a common word, a run of digits or a known password). Use a short sentence of a few uncommon words instead.</source>
        <translation>De wachtwoord is te makkelijk te raden (een gewoon woord, een reeks cijfers of een bekend wachtwoord). Gebruik liever een korte zin van een paar ongewone woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="28"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="55"/>
        <source>Place found: new placement at {employer}.</source>
        <translation>Plek gevonden: nieuwe stage bij {employer}.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="236"/>
        <source>Change %s</source>
        <translation>%s wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="236"/>
        <source>New %s</source>
        <translation>Nieuw: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="288"/>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="298"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="299"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="336"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="338"/>
        <source>separate with commas</source>
        <translation>scheid met komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="400"/>
        <source>This could not be saved yet. Correct the fields marked below.</source>
        <translation>Dit kan nog niet worden opgeslagen. Verbeter de velden die hieronder zijn aangegeven.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="414"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="434"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="435"/>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je ze weggooien?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="385"/>
        <source>Log contact with %s</source>
        <translation>Contact met %s vastleggen</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="52"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="53"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="54"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="70"/>
        <source>No signals: low.</source>
        <translation>Geen signalen: laag.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="71"/>
        <source>{signals} = {score} points: {level}.</source>
        <translation>{signals} = {score} punten: {level}.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="461"/>
        <source>Assess dropout risk</source>
        <translation>Uitvalrisico beoordelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="467"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="480"/>
        <source>Computed level</source>
        <translation>Berekend niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="482"/>
        <source>Action (who does what, before when)</source>
        <translation>Actie (wie doet wat, vóór wanneer)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="485"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="496"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="487"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="497"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="495"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="498"/>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="94"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="108"/>
        <source>Who uses this laptop</source>
        <translation>Wie gebruikt deze laptop</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="97"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="109"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="118"/>
        <source>Attention list</source>
        <translation>Aandachtslijst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="121"/>
        <source>Searching for a place longer than (weeks)</source>
        <translation>Zoekt langer dan (weken) een stageplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="122"/>
        <source>Contact with an active placement at least every (weeks)</source>
        <translation>Contact bij een lopende stage minstens elke (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="123"/>
        <source>Contacts per placement at least</source>
        <translation>Contacten per stage minstens</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="124"/>
        <source>Placement ends within (weeks)</source>
        <translation>Stage eindigt binnen (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="125"/>
        <source>Keep student files after leaving (years)</source>
        <translation>Dossiers bewaren na vertrek (jaren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="101"/>
        <source>School name on printed toolkits</source>
        <translation>Schoolnaam op geprinte toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="103"/>
        <source>Header line on printed toolkits</source>
        <translation>Koptekst op geprinte toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="105"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="112"/>
        <source>Labour market region</source>
        <translation>Arbeidsmarktregio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="106"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="110"/>
        <source>School name on toolkits</source>
        <translation>Schoolnaam op toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="111"/>
        <source>Header line on toolkits</source>
        <translation>Koptekst op toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="50"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="133"/>
        <source>Make a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="135"/>
        <source>Restore a backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="113"/>
        <source>Lock after (minutes without use)</source>
        <translation>Vergrendelen na (minuten niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="131"/>
        <source>Backups and passphrase</source>
        <translation>Reservekopieën en wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="137"/>
        <source>Change the passphrase…</source>
        <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="147"/>
        <source>New coach</source>
        <translation>Nieuwe coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="150"/>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="155"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="247"/>
        <source>Retention (AVG)</source>
        <translation>Bewaartermijn (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="159"/>
        <source>Erase them…</source>
        <translation>Wis ze…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="168"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="194"/>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="170"/>
        <source>The fictitious demo students, employers and events are still here. Remove them when you start with real data; what you entered yourself stays.</source>
        <translation>De verzonnen demoleerlingen, -werkgevers en -activiteiten staan er nog in. Verwijder ze als je met echte gegevens begint; wat je zelf hebt ingevoerd blijft staan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="173"/>
        <source>Remove the demo data…</source>
        <translation>Demogegevens verwijderen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="195"/>
        <source>Remove all demo students, employers, contacts and events? Records you entered yourself stay, and so do demo records they use (such as the school of a student you added).</source>
        <translation>Alle demoleerlingen, -werkgevers, -contacten en -activiteiten verwijderen? Wat je zelf hebt ingevoerd blijft staan, en ook de demorecords die dat gebruikt (zoals de school van een leerling die je toevoegde).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="210"/>
        <source>Demo data removed: %n record(s).</source>
        <translation>
            <numerusform>Demogegevens verwijderd: %n record.</numerusform>
            <numerusform>Demogegevens verwijderd: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="212"/>
        <source>%n demo record(s) stay because your own records use them.</source>
        <translation>
            <numerusform>%n demorecord blijft staan, omdat je eigen gegevens het gebruiken.</numerusform>
            <numerusform>%n demorecords blijven staan, omdat je eigen gegevens ze gebruiken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="217"/>
        <source>Removing the demo data…</source>
        <translation>Demogegevens verwijderen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="232"/>
        <source>%n student(s) left school more than {years} years ago and may be erased.</source>
        <translation>
            <numerusform>%n leerling is meer dan {years} jaar geleden van school gegaan en mag worden gewist.</numerusform>
            <numerusform>%n leerlingen zijn meer dan {years} jaar geleden van school gegaan en mogen worden gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="233"/>
        <source>No student is past the retention period of {years} years.</source>
        <translation>Geen leerling is over de bewaartermijn van {years} jaar heen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="245"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="246"/>
        <source>Erase these students with everything about them? This cannot be undone.</source>
        <translation>Deze leerlingen wissen, met alles wat over hen is vastgelegd? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="259"/>
        <source>%n student(s) erased.</source>
        <translation>
            <numerusform>%n leerling gewist.</numerusform>
            <numerusform>%n leerlingen gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="262"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="298"/>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="298"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="314"/>
        <source>CoachDesk backups (*.sqlite)</source>
        <translation>CoachDesk-reservekopieën (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="303"/>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="304"/>
        <source>Backup saved: %s</source>
        <translation>Reservekopie opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="313"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="317"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="328"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="365"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="318"/>
        <source>All data will be replaced by the backup. The current data is kept as a backup first. Continue?</source>
        <translation>Alle gegevens worden vervangen door de reservekopie. De huidige gegevens worden eerst als reservekopie bewaard. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="338"/>
        <source>Restored. The data that was there is kept in %s</source>
        <translation>Teruggezet. De gegevens die er stonden zijn bewaard in %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="348"/>
        <source>Change the passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="349"/>
        <source>The data is encrypted again with the new passphrase, and a backup is made with it. Older backups keep opening with the passphrase they were made with.</source>
        <translation>De gegevens worden opnieuw versleuteld met het nieuwe wachtwoord, en er wordt meteen een reservekopie mee gemaakt. Oudere reservekopieën blijven opengaan met het wachtwoord waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="351"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="352"/>
        <source>The passphrase is changed.</source>
        <translation>Het wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="365"/>
        <source>Passphrase of the backup:</source>
        <translation>Wachtwoord van de reservekopie:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="385"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="388"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="30"/>
        <source>Absence</source>
        <translation>Verzuim</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="31"/>
        <source>Motivation or study choice</source>
        <translation>Motivatie of studiekeuze</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="32"/>
        <source>Learning problems</source>
        <translation>Leerproblemen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="33"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="34"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="35"/>
        <source>Home situation</source>
        <translation>Thuissituatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="36"/>
        <source>Money or debts</source>
        <translation>Geld of schulden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="37"/>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="38"/>
        <source>Conflict at the workplace</source>
        <translation>Conflict op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="39"/>
        <source>Lost the placement</source>
        <translation>Stageplek kwijtgeraakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="40"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="102"/>
        <source>The data file cannot be read; it may be damaged.

Restore the latest backup, made on {made}? The damaged file is kept in the backups folder.</source>
        <translation>Het gegevensbestand kan niet worden gelezen; het is mogelijk beschadigd.

De laatste reservekopie terugzetten, gemaakt op {made}? Het beschadigde bestand wordt bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="128"/>
        <source>Without the passphrase nobody can open the data, not even a helpdesk: keep it somewhere safe, away from the laptop.</source>
        <translation>Zonder het wachtwoord kan niemand de gegevens openen, ook een helpdesk niet: bewaar het op een veilige plek, niet bij de laptop.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="131"/>
        <source>Protect the data with a passphrase</source>
        <translation>Bescherm de gegevens met een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="132"/>
        <source>From now on CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about the students. Choose a passphrase of at least 10 characters; a backup is made first.</source>
        <translation>Vanaf nu versleutelt CoachDesk de gegevens op deze laptop, zodat een verloren of gestolen laptop niets over de leerlingen prijsgeeft. Kies een wachtwoord van minstens 10 tekens; eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="134"/>
        <source>Encrypt and open</source>
        <translation>Versleutelen en openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="136"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="137"/>
        <source>CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about the students. Choose a passphrase of at least 10 characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>CoachDesk versleutelt de gegevens op deze laptop, zodat een verloren of gestolen laptop niets over de leerlingen prijsgeeft. Kies een wachtwoord van minstens 10 tekens: een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="140"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="42"/>
        <source>searching</source>
        <translation>zoekt plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="43"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="44"/>
        <source>started</source>
        <translation>gestart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="45"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="46"/>
        <source>ended early</source>
        <translation>voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="47"/>
        <source>place found</source>
        <translation>plek gevonden</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="542"/>
        <source>Change placement status</source>
        <translation>Status van de stage wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="549"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="574"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="552"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="570"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="573"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="577"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="578"/>
        <source>Reason (when ended early)</source>
        <translation>Reden (bij voortijdig stoppen)</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="91"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="93"/>
        <source>Edit profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="95"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="99"/>
        <source>Assess risk</source>
        <translation>Risico beoordelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="102"/>
        <source>Add placement</source>
        <translation>Stage toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="105"/>
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="108"/>
        <source>Edit placement…</source>
        <translation>Stage wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="111"/>
        <source>Open employer</source>
        <translation>Leerbedrijf openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="114"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="298"/>
        <source>Mark done</source>
        <translation>Markeer als gedaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="117"/>
        <source>Export data (AVG)…</source>
        <translation>Gegevens exporteren (AVG)…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="120"/>
        <source>Erase student…</source>
        <translation>Leerling wissen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>POK signed</source>
        <translation>POK getekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="133"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="141"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="240"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="141"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="141"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="141"/>
        <source>Coach&apos;s reason</source>
        <translation>Reden van de coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="142"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="142"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="142"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="145"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="163"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="165"/>
        <source>Risk history</source>
        <translation>Risicogeschiedenis</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="150"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="231"/>
        <source>⚠ %s · overdue</source>
        <translation>⚠ %s · te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="235"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="236"/>
        <source>Pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="237"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="238"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="239"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="241"/>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="241"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="242"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="243"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="244"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="245"/>
        <source>Can do</source>
        <translation>Kan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="246"/>
        <source>Profile may be shared</source>
        <translation>Profiel mag gedeeld worden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="246"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="246"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="249"/>
        <source>Health notes</source>
        <translation>Gezondheidsnotities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="283"/>
        <source>Contact with %s</source>
        <translation>Contact met %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="329"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="334"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="329"/>
        <source>Select a placement first.</source>
        <translation>Kies eerst een stage.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="343"/>
        <source>Folder for the export</source>
        <translation>Map voor de export</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="348"/>
        <source>Export data (AVG)</source>
        <translation>Gegevens exporteren (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="348"/>
        <source>Written:
%s</source>
        <translation>Geschreven:
%s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="355"/>
        <source>Erase student</source>
        <translation>Leerling wissen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="356"/>
        <source>Erase this student with all placements, contacts, risk assessments and actions? This cannot be undone. Make an export first if the student asked for one.</source>
        <translation>Deze leerling wissen, met alle stages, contacten, risicobeoordelingen en acties? Dit kan niet ongedaan worden gemaakt. Maak eerst een export als de leerling daarom vroeg.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../coachdesk/sync/conflicts.py" line="18"/>
        <source>There is no open item to check with id {id}. See &apos;coachdesk conflicts&apos;.</source>
        <translation>Er is geen open punt te controleren met id {id}. Zie &apos;coachdesk conflicts&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/conflicts.py" line="19"/>
        <source>This record was deleted by another member, so it cannot be kept. Add it again if it is still needed.</source>
        <translation>Dit gegeven is door een ander teamlid verwijderd en kan niet bewaard blijven. Voeg het opnieuw toe als het nog nodig is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="26"/>
        <source>This data folder belongs to no team. A coordinator starts one with &apos;coachdesk team create&apos;; a member joins with &apos;coachdesk team join&apos;.</source>
        <translation>Deze gegevensmap hoort bij geen team. Een coördinator start een team met &apos;coachdesk team create&apos;; een teamlid sluit aan met &apos;coachdesk team join&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="27"/>
        <source>The team folder {path} looks empty or is not reachable. Check that the shared folder is connected and fully synchronised; nothing was changed.</source>
        <translation>De teammap {path} lijkt leeg of is niet bereikbaar. Controleer of de gedeelde map verbonden en helemaal gesynchroniseerd is; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="28"/>
        <source>The team folder {path} was written by a newer version of CoachDesk. Install the newest version; nothing was changed.</source>
        <translation>De teammap {path} is geschreven door een nieuwere versie van CoachDesk. Installeer de nieuwste versie; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="29"/>
        <source>The folder {path} belongs to another team. Choose this team&apos;s folder; nothing was changed.</source>
        <translation>De map {path} hoort bij een ander team. Kies de map van dit team; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="30"/>
        <source>You are no longer a member of this team: nothing was sent or received. Ask your coordinator.</source>
        <translation>U bent geen lid meer van dit team: er is niets verstuurd of ontvangen. Vraag het uw coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="31"/>
        <source>Skipped {file}: it is incomplete, damaged or not signed by a team member ({reason}). It will be tried again at the next sync.</source>
        <translation>{file} overgeslagen: het bestand is onvolledig, beschadigd of niet ondertekend door een teamlid ({reason}). Bij de volgende synchronisatie wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="32"/>
        <source>Ignored {file}: a copy made by the sync program of the shared folder. It may be deleted.</source>
        <translation>{file} genegeerd: een kopie gemaakt door het synchronisatieprogramma van de gedeelde map. Die mag weg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="33"/>
        <source>Waiting for {file}, which has not arrived yet; the changes after it follow when it has.</source>
        <translation>Wacht op {file}, dat nog niet is aangekomen; de wijzigingen daarna volgen zodra het er is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="34"/>
        <source>Changes for {scope} wait: that part of the team has no key yet. Ask your coordinator to sync once.</source>
        <translation>Wijzigingen voor {scope} wachten: dat deel van het team heeft nog geen sleutel. Vraag uw coördinator één keer te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="35"/>
        <source>A change from {name} is dated {minutes} minutes after this laptop&apos;s time: the clock of one of the two laptops is wrong. Check the date and time.</source>
        <translation>Een wijziging van {name} is gedateerd {minutes} minuten na de tijd van deze laptop: de klok van een van beide laptops staat verkeerd. Controleer datum en tijd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="24"/>
        <source>The folder {path} is not empty. A team starts in a new, empty folder that every member&apos;s laptop can see.</source>
        <translation>De map {path} is niet leeg. Een team begint in een nieuwe, lege map die de laptop van elk teamlid kan zien.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="25"/>
        <source>This data folder already belongs to a team.</source>
        <translation>Deze gegevensmap hoort al bij een team.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="26"/>
        <source>There is no coach with id {id}. Check the id with &apos;coachdesk list coaches&apos;.</source>
        <translation>Er is geen begeleider met id {id}. Controleer het id met &apos;coachdesk list coaches&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="27"/>
        <source>Only a coordinator may do this. {name} has the role {role}.</source>
        <translation>Alleen een coördinator mag dit. {name} heeft de rol {role}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="28"/>
        <source>{name} is already a member of the team. Remove him first to invite him again.</source>
        <translation>{name} is al lid van het team. Verwijder hem eerst om hem opnieuw uit te nodigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="29"/>
        <source>{id} is not a member of the team. See &apos;coachdesk team members&apos;.</source>
        <translation>{id} is geen lid van het team. Zie &apos;coachdesk team members&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="30"/>
        <source>This code does not open the invitation {path}. Check the code (it is not case sensitive) or ask for a new invitation.</source>
        <translation>Deze code opent de uitnodiging {path} niet. Controleer de code (hoofdletters maken niet uit) of vraag een nieuwe uitnodiging.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="31"/>
        <source>The file {path} is not a CoachDesk invitation. Ask your coordinator for a new one.</source>
        <translation>Het bestand {path} is geen CoachDesk-uitnodiging. Vraag uw coördinator om een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="32"/>
        <source>This data folder already holds data. Join a team with a new, empty data folder (--data-dir).</source>
        <translation>Deze gegevensmap bevat al gegevens. Sluit aan bij een team met een nieuwe, lege gegevensmap (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="33"/>
        <source>You cannot remove yourself. Another coordinator can.</source>
        <translation>U kunt uzelf niet verwijderen. Een andere coördinator kan dat.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="34"/>
        <source>You cannot change your own role. Another coordinator can.</source>
        <translation>U kunt uw eigen rol niet wijzigen. Een andere coördinator kan dat.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/merge.py" line="31"/>
        <source>Refused a change to {kind} by {name} ({role}): that role may not make it. Ask a coordinator to check the roster.</source>
        <translation>Wijziging van {kind} door {name} ({role}) geweigerd: die rol mag dat niet. Vraag een coördinator de teamlijst te controleren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/merge.py" line="32"/>
        <source>Refused a change to a risk assessment by {name} (JPO): a JPO may not see or change risk assessments.</source>
        <translation>Wijziging van een risicotaxatie door {name} (JPO) geweigerd: een JPO mag risicotaxaties niet zien of wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/roster.py" line="17"/>
        <source>The team folder {path} has no team roster (roster.json). Check that it is the right folder and that it is fully synchronised; nothing was changed.</source>
        <translation>De teammap {path} heeft geen teamlijst (roster.json). Controleer of het de goede map is en of die helemaal gesynchroniseerd is; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/roster.py" line="18"/>
        <source>The team roster in {path} is not signed by a coordinator of this team. Nothing was changed; ask your coordinator.</source>
        <translation>De teamlijst in {path} is niet ondertekend door een coördinator van dit team. Er is niets veranderd; vraag het uw coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/roster.py" line="19"/>
        <source>The team roster in {path} is older than the one this laptop knows. Wait until the team folder is fully synchronised; nothing was changed.</source>
        <translation>De teamlijst in {path} is ouder dan die deze laptop kent. Wacht tot de teammap helemaal gesynchroniseerd is; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>TeamScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="62"/>
        <source>Team members</source>
        <translation>Teamleden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="63"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="63"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="63"/>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="71"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="76"/>
        <source>Invite a member…</source>
        <translation>Collega uitnodigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="79"/>
        <source>Remove from the team…</source>
        <translation>Uit het team halen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="82"/>
        <source>Change role…</source>
        <translation>Rol wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="114"/>
        <source>Last sync: %s</source>
        <translation>Laatste synchronisatie: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="114"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="154"/>
        <source>Invitation written</source>
        <translation>Uitnodiging gemaakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="155"/>
        <source>The invitation is in %s. Send that file (e-mail, Teams).

Give this one-time code separately, in person or by phone; without it the file is useless:

%s</source>
        <translation>De uitnodiging staat in %s. Stuur dat bestand op (e-mail, Teams).

Geef deze eenmalige code apart door, persoonlijk of telefonisch; zonder de code is het bestand onbruikbaar:

%s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="164"/>
        <source>Choose a member in the list first.</source>
        <translation>Kies eerst een teamlid in de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="175"/>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="176"/>
        <source>New role of %s (what he may see and change follows it):</source>
        <translation>Nieuwe rol van %s (wat hij mag zien en wijzigen gaat mee):</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="196"/>
        <source>Remove %s from the team? He keeps what he has, but receives nothing new.</source>
        <translation>%s uit het team halen? Wat hij al heeft, houdt hij; hij ontvangt niets nieuws meer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/team.py" line="197"/>
        <source>Remove from the team</source>
        <translation>Uit het team halen</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../coachdesk/ui/team_sync.py" line="67"/>
        <source>Sharing with the team…</source>
        <translation>Bezig met delen met het team…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/team_sync.py" line="93"/>
        <source>Not shared with the team: %s</source>
        <translation>Niet gedeeld met het team: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/team_sync.py" line="105"/>
        <source>Shared with the team at %s</source>
        <translation>Gedeeld met het team om %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/team_sync.py" line="107"/>
        <source>%n item(s) to check</source>
        <translation>
            <numerusform>%n punt te controleren</numerusform>
            <numerusform>%n punten te controleren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/team_sync.py" line="109"/>
        <source>%n problem(s): see Team</source>
        <translation>
            <numerusform>%n probleem: zie Team</numerusform>
            <numerusform>%n problemen: zie Team</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="124"/>
        <source>Kind of attention</source>
        <translation>Soort aandacht</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="125"/>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="129"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="131"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="134"/>
        <source>Whose students</source>
        <translation>Wiens leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="136"/>
        <source>My students</source>
        <translation>Mijn leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="137"/>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="137"/>
        <source>The whole school</source>
        <translation>De hele school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="146"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="148"/>
        <source>Log a contact for the selected student (%s)</source>
        <translation>Contact vastleggen voor de gekozen leerling (%s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="151"/>
        <source>Open student</source>
        <translation>Leerling openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="161"/>
        <location filename="../../coachdesk/ui/screens/today.py" line="187"/>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="178"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="178"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="178"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="196"/>
        <source>Planned for the coming 7 days</source>
        <translation>Gepland: komende 7 dagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/today.py" line="223"/>
        <source>%n item(s) to check</source>
        <translation>
            <numerusform>%n punt te controleren</numerusform>
            <numerusform>%n punten te controleren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="232"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="246"/>
        <source>The list could not be made: %s</source>
        <translation>De lijst kon niet worden gemaakt: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="253"/>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="253"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="254"/>
        <source>Today is %s.</source>
        <translation>Vandaag is het %s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/today.py" line="274"/>
        <source>%n students need attention</source>
        <translation>
            <numerusform>%n leerling vraagt aandacht</numerusform>
            <numerusform>%n leerlingen vragen aandacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolkitsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="55"/>
        <source>Kind of toolkit</source>
        <translation>Soort toolkit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="56"/>
        <source>Employers</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="57"/>
        <source>Students and parents</source>
        <translation>Leerlingen en ouders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="58"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="59"/>
        <source>Personalised for:</source>
        <translation>Persoonlijk voor:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="65"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="66"/>
        <source>Search recipients</source>
        <translation>Ontvangers zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="69"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="71"/>
        <source>Select all shown</source>
        <translation>Alle getoonde kiezen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="72"/>
        <source>Also one combined file for printing</source>
        <translation>Ook één gecombineerd bestand om te printen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="73"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="75"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="76"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="77"/>
        <source>Export calendar (.ics)…</source>
        <translation>Agenda exporteren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="78"/>
        <source>Calendar for this student (.ics)…</source>
        <translation>Agenda voor deze leerling (.ics)…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="80"/>
        <source>Only the activities that fit the chosen student, with reminders, for his or her phone.</source>
        <translation>Alleen de activiteiten die bij de gekozen leerling passen, met herinneringen, voor op de telefoon.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="90"/>
        <source>Toolkit for</source>
        <translation>Toolkit voor</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="106"/>
        <source>Choose a toolkit and its recipients on the left, then click Preview.</source>
        <translation>Kies links een toolkit en de ontvangers, en klik dan op Voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="161"/>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="178"/>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="211"/>
        <source>Choose a recipient, or General.</source>
        <translation>Kies een ontvanger, of Algemeen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="181"/>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="197"/>
        <source>Page %d</source>
        <translation>Pagina %d</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="201"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n pagina.</numerusform>
            <numerusform>%n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="204"/>
        <source>The toolkit could not be made: %s</source>
        <translation>De toolkit kon niet worden gemaakt: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="215"/>
        <source>Save toolkit</source>
        <translation>Toolkit opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="216"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="221"/>
        <source>Folder for the toolkits</source>
        <translation>Map voor de toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="238"/>
        <source>Making toolkits…</source>
        <translation>Toolkits maken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="241"/>
        <source>%n toolkit(s) saved.</source>
        <translation>
            <numerusform>%n toolkit opgeslagen.</numerusform>
            <numerusform>%n toolkits opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="245"/>
        <source>Make a preview first; that is what will be printed.</source>
        <translation>Maak eerst een voorbeeld; dat wordt afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="275"/>
        <source>Choose Students and parents, and one student in the list.</source>
        <translation>Kies Leerlingen en ouders, en één leerling in de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="285"/>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="292"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="285"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="294"/>
        <source>Calendar saved: %s</source>
        <translation>Agenda opgeslagen: %s</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="143"/>
        <source>CoachDesk is locked</source>
        <translation>CoachDesk is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="144"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="145"/>
        <source>CoachDesk locked itself because it was not used for a while. Type your passphrase to go on; nothing you typed is lost.</source>
        <translation>CoachDesk is vergrendeld omdat het een tijd niet is gebruikt. Typ uw wachtwoord om verder te gaan; niets van wat u typte is verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="147"/>
        <source>The data in {folder} is encrypted. Type your passphrase to open it.</source>
        <translation>De gegevens in {folder} zijn versleuteld. Typ uw wachtwoord om ze te openen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="151"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="152"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="153"/>
        <source>Quit CoachDesk</source>
        <translation>CoachDesk afsluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="161"/>
        <source>Type your passphrase first, then press Enter.</source>
        <translation>Typ eerst je wachtwoord en druk dan op Enter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="175"/>
        <source>That passphrase is not right. Check it (capitals count) and try again.</source>
        <translation>Dat wachtwoord klopt niet. Controleer het (let op hoofdletters) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="251"/>
        <source>{label}: this field is required. Fill it in.</source>
        <translation>{label}: dit veld is verplicht. Vul het in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="252"/>
        <source>{label}: &quot;{value}&quot; is not a date. Enter it as dd-mm-yyyy, for example 01-09-2026.</source>
        <translation>{label}: &quot;{value}&quot; is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="253"/>
        <source>{label}: &quot;{value}&quot; is not a date and time. Enter it as dd-mm-yyyy hh:mm.</source>
        <translation>{label}: &quot;{value}&quot; is geen datum en tijd. Typ ze als dd-mm-jjjj uu:mm.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="254"/>
        <source>{label}: enter a whole number.</source>
        <translation>{label}: vul een heel getal in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="255"/>
        <source>{label}: enter a number from {minimum} to {maximum}.</source>
        <translation>{label}: vul een getal in van {minimum} tot en met {maximum}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="256"/>
        <source>{label}: at most {maximum} characters; shorten the text.</source>
        <translation>{label}: maximaal {maximum} tekens; maak de tekst korter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="257"/>
        <source>{label}: contains invisible control characters; retype the text.</source>
        <translation>{label}: bevat onzichtbare stuurtekens; typ de tekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="258"/>
        <source>{label}: &quot;{value}&quot; is not one of the choices; pick one from the list.</source>
        <translation>{label}: &quot;{value}&quot; is geen van de keuzes; kies er een uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="259"/>
        <source>{label}: &quot;{value}&quot; is not an email address, like name@example.nl.</source>
        <translation>{label}: &quot;{value}&quot; is geen e-mailadres zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="260"/>
        <source>{label}: &quot;{value}&quot; is not a phone number; use digits, spaces and an optional +.</source>
        <translation>{label}: &quot;{value}&quot; is geen telefoonnummer; gebruik cijfers, spaties en eventueel een +.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="261"/>
        <source>{label}: &quot;{value}&quot; is not a Dutch postcode, like 1234 AB.</source>
        <translation>{label}: &quot;{value}&quot; is geen Nederlandse postcode zoals 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="262"/>
        <source>{label}: a web link starts with https:// or http://.</source>
        <translation>{label}: een weblink begint met https:// of http://.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="263"/>
        <source>{label}: a crebo code has exactly 5 digits.</source>
        <translation>{label}: een crebonummer heeft precies 5 cijfers.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="264"/>
        <source>{label}: answer yes or no.</source>
        <translation>{label}: antwoord met ja of nee.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="265"/>
        <source>{label}: give a list of words.</source>
        <translation>{label}: geef een lijst van woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="266"/>
        <source>{label}: this field does not exist here.</source>
        <translation>{label}: dit veld bestaat hier niet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="267"/>
        <source>{label}: contains broken characters (half of a symbol or emoji); retype the text.</source>
        <translation>{label}: bevat kapotte tekens (de helft van een symbool of emoji); typ de tekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="268"/>
        <source>{label}: the year {year} is not possible; enter a date from 1900 to 2100.</source>
        <translation>{label}: het jaar {year} kan niet; vul een datum in van 1900 tot en met 2100.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="269"/>
        <source>{label}: enter text here.</source>
        <translation>{label}: vul hier tekst in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="51"/>
        <source>{label}: say why the placement ended early.</source>
        <translation>{label}: geef aan waarom de stage voortijdig is gestopt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="52"/>
        <source>{label}: fill in the start date before the placement starts.</source>
        <translation>{label}: vul de startdatum in voordat de stage start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="28"/>
        <source>{label}: the chosen record does not exist (any more). Choose another.</source>
        <translation>{label}: wat je koos bestaat niet (meer). Kies iets anders.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="29"/>
        <source>{label}: choose the exit profile for a VSO student.</source>
        <translation>{label}: kies het uitstroomprofiel van deze VSO-leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="30"/>
        <source>{label}: only VSO students have an exit profile; leave it empty.</source>
        <translation>{label}: alleen VSO-leerlingen hebben een uitstroomprofiel; laat dit leeg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="31"/>
        <source>{label}: choose BOL or BBL for an mbo student.</source>
        <translation>{label}: kies BOL of BBL voor een mbo-student.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="32"/>
        <source>{label}: the date lies in the future. Check the year.</source>
        <translation>{label}: de datum ligt in de toekomst. Controleer het jaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="33"/>
        <source>{label}: the student would be {age} years old. Students are between 10 and 30; check the year.</source>
        <translation>{label}: de leerling zou {age} jaar oud zijn. Leerlingen zijn tussen 10 en 30; controleer het jaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="34"/>
        <source>{label}: the end date lies before the start date.</source>
        <translation>{label}: de einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="35"/>
        <source>{label}: choose the employer; only a placement that is still searching may have none.</source>
        <translation>{label}: kies het leerbedrijf; alleen een stage die nog zoekt mag zonder.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="36"/>
        <source>{label}: a placement that has started keeps its employer. End it and add a new placement instead.</source>
        <translation>{label}: een gestarte stage houdt haar leerbedrijf. Beëindig de stage en voeg een nieuwe toe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="37"/>
        <source>{label}: this workplace trainer works for another employer.</source>
        <translation>{label}: deze praktijkopleider werkt bij een ander leerbedrijf.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="38"/>
        <source>{label}: a contact cannot be logged in the future. Plan it with &quot;Next contact before&quot; instead.</source>
        <translation>{label}: een contact kan niet in de toekomst worden vastgelegd. Plan het met &quot;Volgend contact vóór&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="39"/>
        <source>{label}: lies before the date of this contact.</source>
        <translation>{label}: ligt vóór de datum van dit contact.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="40"/>
        <source>{label}: this placement belongs to another student.</source>
        <translation>{label}: deze stage hoort bij een andere leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="41"/>
        <source>{label}: choose a coach with the role JPO.</source>
        <translation>{label}: kies een coach met de rol JPO.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="43"/>
        <source>{label}: an action cannot be done in the future.</source>
        <translation>{label}: een actie kan niet in de toekomst gedaan zijn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="151"/>
        <source>{label}: nobody changes his own role or school. Ask a coordinator.</source>
        <translation>{label}: niemand wijzigt zijn eigen rol of school. Vraag het een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="152"/>
        <source>{label}: only a coordinator may make someone coordinator.</source>
        <translation>{label}: alleen een coördinator mag iemand coördinator maken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="153"/>
        <source>{label}: choose your own school; other schools&apos; records are not yours to change.</source>
        <translation>{label}: kies uw eigen school; gegevens van andere scholen mag u niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="155"/>
        <location filename="../../coachdesk/services/records.py" line="42"/>
        <source>{label}: your role may not change this field.</source>
        <translation>{label}: met jouw rol kun je dit veld niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="44"/>
        <source>{label}: the event ends before it starts.</source>
        <translation>{label}: het event eindigt voordat het begint.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="45"/>
        <source>{label}: lies before &quot;valid from&quot;.</source>
        <translation>{label}: ligt vóór &quot;geldig vanaf&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="46"/>
        <source>{label}: fill in when the student left school.</source>
        <translation>{label}: vul in wanneer de leerling van school ging.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="48"/>
        <source>{label}: {value} is already the number of another student of this school. Check the number.</source>
        <translation>{label}: {value} is al het nummer van een andere leerling van deze school. Controleer het nummer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="49"/>
        <source>{label}: &quot;{value}&quot; is not a school type; use pro, vso, entree or mbo2.</source>
        <translation>{label}: &quot;{value}&quot; is geen schoolsoort; gebruik pro, vso, entree of mbo2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="57"/>
        <source>{label}: &quot;{value}&quot; is not on the checklist.</source>
        <translation>{label}: &quot;{value}&quot; staat niet op de lijst met signalen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="58"/>
        <source>{label}: say why you choose another level than the computed one.</source>
        <translation>{label}: geef aan waarom je een ander niveau kiest dan het berekende.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="48"/>
        <source>{label}: choose a coach from the list.</source>
        <translation>{label}: kies een coach uit de lijst.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="58"/>
        <source>{employer} is not recognised by SBB: a BPV place must be at a recognised leerbedrijf.</source>
        <translation>{employer} is niet erkend door SBB: een BPV-plek moet bij een erkend leerbedrijf zijn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="59"/>
        <source>BBL student without a signed POK: the praktijkovereenkomst must be signed (by 1 October).</source>
        <translation>BBL-student zonder getekende POK: de praktijkovereenkomst moet getekend zijn (uiterlijk 1 oktober).</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="32"/>
        <source>Welcome to CoachDesk</source>
        <translation>Welkom bij CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="34"/>
        <source>&lt;h2&gt;Welcome to CoachDesk&lt;/h2&gt;&lt;p&gt;CoachDesk keeps track of BPV placements, coaching contacts and dropout risks, on this laptop and without internet. First tell us who uses this laptop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij CoachDesk&lt;/h2&gt;&lt;p&gt;CoachDesk houdt BPV-plekken, begeleidingscontacten en uitvalrisico&apos;s bij, op deze laptop en zonder internet. Vertel eerst wie deze laptop gebruikt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="39"/>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="41"/>
        <source>Your role</source>
        <translation>Je rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="46"/>
        <source>Your school</source>
        <translation>Je school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="47"/>
        <source>Name of your school</source>
        <translation>Naam van je school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="48"/>
        <source>Load demo data to try things out (fictitious students and employers)</source>
        <translation>Demogegevens laden om uit te proberen (verzonnen leerlingen en leerbedrijven)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="50"/>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="65"/>
        <source>Your name *</source>
        <translation>Je naam *</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="66"/>
        <source>Your role *</source>
        <translation>Je rol *</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="67"/>
        <source>Your school *</source>
        <translation>Je school *</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="69"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="102"/>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="194"/>
        <source>%s (locked)</source>
        <translation>%s (vergrendeld)</translation>
    </message>
</context>
</TS>
