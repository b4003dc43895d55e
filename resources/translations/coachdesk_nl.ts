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
        <location filename="../../coachdesk/services/attention.py" line="32"/>
        <source>High risk without action</source>
        <translation>Hoog risico zonder actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="33"/>
        <source>Contact overdue</source>
        <translation>Contact te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="34"/>
        <source>Too few contacts</source>
        <translation>Te weinig contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="35"/>
        <source>BBL without POK</source>
        <translation>BBL zonder POK</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="36"/>
        <source>Still searching</source>
        <translation>Zoekt nog een plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="37"/>
        <source>Placement ending</source>
        <translation>Stage loopt af</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="102"/>
        <source>Searching for a place for {weeks} weeks (since {since}).</source>
        <translation>Zoekt al {weeks} weken een stageplek (sinds {since}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="119"/>
        <source>No contact yet since the start on {start}; due {due}.</source>
        <translation>Nog geen contact sinds de start op {start}; had uiterlijk {due} gemoeten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="122"/>
        <source>Last contact {last}; next contact was due {due}.</source>
        <translation>Laatste contact {last}; volgend contact was gepland vóór {due}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="129"/>
        <source>{count} of at least {minimum} contacts</source>
        <translation>{count} van minstens {minimum} contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="131"/>
        <source>no visit at the workplace yet</source>
        <translation>nog geen bezoek op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="132"/>
        <source>Past half of the placement: {missing}.</source>
        <translation>Stage is over de helft: {missing}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="134"/>
        <source>The placement ends on {end}: plan the final talk and what comes next.</source>
        <translation>De stage eindigt op {end}: plan het eindgesprek en wat daarna komt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="148"/>
        <source>BBL placement without a signed praktijkovereenkomst (POK).</source>
        <translation>BBL-stage zonder getekende praktijkovereenkomst (POK).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="179"/>
        <source>High dropout risk since {date} and no open action: agree on an action with an owner.</source>
        <translation>Hoog uitvalrisico sinds {date} en geen open actie: spreek een actie af met iemand die hem uitvoert.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="65"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="65"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="65"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="65"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <location filename="../../coachdesk/ui/tasks.py" line="122"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
        <source>Visit at the workplace</source>
        <translation>Bezoek op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="31"/>
        <source>Three-way talk</source>
        <translation>Driegesprek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="32"/>
        <source>Phone or video call</source>
        <translation>Telefoon of video</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="33"/>
        <source>Talk at school</source>
        <translation>Gesprek op school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="34"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="35"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="36"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="37"/>
        <source>Speed date for BPV places</source>
        <translation>Speeddate voor BPV-plekken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="38"/>
        <source>Job and BPV market</source>
        <translation>Banen- en BPV-markt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="39"/>
        <source>Company visit</source>
        <translation>Bedrijfsbezoek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="40"/>
        <source>Job shadowing day</source>
        <translation>Meeloopdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="41"/>
        <source>Open day at a company</source>
        <translation>Open dag bij een leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="42"/>
        <source>Company fair</source>
        <translation>Bedrijvenbeurs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="43"/>
        <source>Careers festival</source>
        <translation>Beroepenfestival</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="44"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="70"/>
        <location filename="../../coachdesk/services/list_queries.py" line="144"/>
        <location filename="../../coachdesk/services/list_queries.py" line="160"/>
        <location filename="../../coachdesk/services/list_queries.py" line="189"/>
        <location filename="../../coachdesk/services/list_queries.py" line="202"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="71"/>
        <location filename="../../coachdesk/services/list_queries.py" line="83"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="72"/>
        <source>Pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="73"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="74"/>
        <location filename="../../coachdesk/services/list_queries.py" line="81"/>
        <location filename="../../coachdesk/services/list_queries.py" line="101"/>
        <location filename="../../coachdesk/services/list_queries.py" line="121"/>
        <location filename="../../coachdesk/services/list_queries.py" line="137"/>
        <location filename="../../coachdesk/services/list_queries.py" line="162"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="75"/>
        <location filename="../../coachdesk/services/list_queries.py" line="82"/>
        <location filename="../../coachdesk/services/list_queries.py" line="95"/>
        <location filename="../../coachdesk/services/list_queries.py" line="102"/>
        <location filename="../../coachdesk/services/list_queries.py" line="112"/>
        <location filename="../../coachdesk/services/list_queries.py" line="120"/>
        <location filename="../../coachdesk/services/list_queries.py" line="138"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="76"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="84"/>
        <location filename="../../coachdesk/services/list_queries.py" line="92"/>
        <location filename="../../coachdesk/services/list_queries.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="90"/>
        <location filename="../../coachdesk/services/list_queries.py" line="110"/>
        <location filename="../../coachdesk/services/list_queries.py" line="128"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="91"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="93"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="94"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="103"/>
        <location filename="../../coachdesk/services/list_queries.py" line="145"/>
        <location filename="../../coachdesk/services/list_queries.py" line="153"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="109"/>
        <location filename="../../coachdesk/services/list_queries.py" line="127"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="111"/>
        <location filename="../../coachdesk/services/list_queries.py" line="119"/>
        <location filename="../../coachdesk/services/list_queries.py" line="175"/>
        <location filename="../../coachdesk/services/list_queries.py" line="182"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="113"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="114"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="129"/>
        <location filename="../../coachdesk/services/list_queries.py" line="136"/>
        <source>Risk level</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="130"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="131"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="146"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="147"/>
        <location filename="../../coachdesk/services/list_queries.py" line="154"/>
        <source>SBB recognised</source>
        <translation>SBB-erkend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="148"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="149"/>
        <location filename="../../coachdesk/services/list_queries.py" line="164"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="161"/>
        <location filename="../../coachdesk/services/list_queries.py" line="168"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="163"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="173"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="174"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="176"/>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="177"/>
        <source>Register before</source>
        <translation>Aanmelden vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="178"/>
        <location filename="../../coachdesk/services/list_queries.py" line="183"/>
        <location filename="../../coachdesk/services/list_queries.py" line="194"/>
        <location filename="../../coachdesk/services/list_queries.py" line="197"/>
        <location filename="../../coachdesk/services/list_queries.py" line="205"/>
        <location filename="../../coachdesk/services/list_queries.py" line="208"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="190"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="191"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="192"/>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="193"/>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="203"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="204"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="216"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="217"/>
        <location filename="../../coachdesk/services/list_queries.py" line="228"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="218"/>
        <location filename="../../coachdesk/services/list_queries.py" line="226"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="219"/>
        <location filename="../../coachdesk/services/list_queries.py" line="227"/>
        <source>Record kind</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="220"/>
        <source>Changed fields</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="221"/>
        <source>Record id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="233"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="234"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="235"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="47"/>
        <source>CoachDesk (system)</source>
        <translation>CoachDesk (systeem)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="55"/>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="339"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="55"/>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="339"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="209"/>
        <source>Last checked over a year ago: check the amounts and conditions.</source>
        <translation>Meer dan een jaar geleden gecontroleerd: controleer de bedragen en voorwaarden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="40"/>
        <source>The data is encrypted and needs its passphrase. Run the command in a terminal, or set {variable} for a script.</source>
        <translation>De gegevens zijn versleuteld en hebben hun wachtwoord nodig. Voer de opdracht uit in een terminal, of zet {variable} voor een script.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="45"/>
        <source>Passphrase for {path}: </source>
        <translation>Wachtwoord voor {path}: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="46"/>
        <source>The data in {path} will be encrypted. Choose a passphrase of at least 10 characters; without it the data cannot be opened.</source>
        <translation>De gegevens in {path} worden versleuteld. Kies een wachtwoord van minstens 10 tekens; zonder dat wachtwoord gaan de gegevens niet meer open.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="56"/>
        <source>New passphrase: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/common.py" line="57"/>
        <source>Type it again: </source>
        <translation>Typ het nog een keer: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="59"/>
        <source>The data folder {path} already holds data; demo data goes only into an empty folder. Use --data-dir with a new folder.</source>
        <translation>De gegevensmap {path} bevat al gegevens; demogegevens komen alleen in een lege map. Gebruik --data-dir met een nieuwe map.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="62"/>
        <source>Demo data written to {path}: {students} students, {employers} employers, {visits} contacts.</source>
        <translation>Demogegevens geschreven naar {path}: {students} leerlingen, {employers} leerbedrijven, {visits} contacten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="69"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="111"/>
        <source>{count} items need attention.</source>
        <translation>{count} punten vragen aandacht.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="124"/>
        <source>Cannot write {path} ({reason}).</source>
        <translation>Kan {path} niet schrijven ({reason}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="125"/>
        <source>Backup written to {path}.</source>
        <translation>Reservekopie geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="146"/>
        <source>Passphrase of the backup: </source>
        <translation>Wachtwoord van de reservekopie: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="147"/>
        <source>Restored from {file}. The data that was there is kept in {kept}.</source>
        <translation>Teruggezet uit {file}. De gegevens die er stonden zijn bewaard in {kept}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="160"/>
        <source>There is no encrypted data in {path} yet: open it once (with the app or any command) to choose a passphrase.</source>
        <translation>Er staan nog geen versleutelde gegevens in {path}: open de map eerst een keer (met de app of een opdracht) om een wachtwoord te kiezen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="168"/>
        <source>Give the new passphrase in a terminal, or set {variable} for a script.</source>
        <translation>Geef het nieuwe wachtwoord in een terminal, of zet {variable} voor een script.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/data.py" line="170"/>
        <source>The passphrase of {path} is changed. Older backups still open with the old passphrase.</source>
        <translation>Het wachtwoord van {path} is gewijzigd. Oudere reservekopieën gaan nog open met het oude wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/toolkit.py" line="30"/>
        <source>warning</source>
        <translation>let op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/toolkit.py" line="50"/>
        <source>{count} toolkit(s) written to {path}.</source>
        <translation>{count} toolkit(s) geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/toolkit.py" line="62"/>
        <source>Calendar written to {path}.</source>
        <translation>Agenda geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/privacy.py" line="41"/>
        <source>Written: {pdf} and {json}.</source>
        <translation>Geschreven: {pdf} en {json}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/privacy.py" line="46"/>
        <source>Erased the student and {count} linked records.</source>
        <translation>De leerling en {count} gekoppelde gegevens zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/privacy.py" line="51"/>
        <source>Erased {count} students past the retention period.</source>
        <translation>{count} leerlingen over de bewaartermijn gewist.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="77"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="82"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="83"/>
        <source>Choose a date in the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="324"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="326"/>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="328"/>
        <source>Add workplace trainer</source>
        <translation>Praktijkopleider toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="339"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="339"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="339"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="340"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="340"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="340"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="340"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="346"/>
        <source>Workplace trainers</source>
        <translation>Praktijkopleiders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="348"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="363"/>
        <source>Recognised by SBB (Leerbedrijf-ID %s)</source>
        <translation>Erkend door SBB (Leerbedrijf-ID %s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="363"/>
        <source>⚠ Not recognised by SBB: no BPV place possible until it is.</source>
        <translation>⚠ Niet erkend door SBB: een BPV-plek kan pas na erkenning.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="36"/>
        <source>This passphrase does not open {path}. Check it (capitals count) and try again. If you are sure it is right, the file is damaged: restore a backup. Nothing was changed.</source>
        <translation>Met dit wachtwoord gaat {path} niet open. Controleer het (let op hoofdletters) en probeer het opnieuw. Weet u zeker dat het klopt, dan is het bestand beschadigd: zet een reservekopie terug. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="217"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Het huidige wachtwoord klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="259"/>
        <source>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir.</source>
        <translation>De gegevensmap {path} kan niet worden gemaakt ({reason}). Kies een andere map met --data-dir.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="264"/>
        <source>The data folder {path} is not writable. Choose a folder you may write to with --data-dir.</source>
        <translation>In de gegevensmap {path} mag niet worden geschreven. Kies met --data-dir een map waarin dat wel mag.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="277"/>
        <source>The file {path} is not a CoachDesk data file. Move it away or choose another data folder.</source>
        <translation>Het bestand {path} is geen CoachDesk-gegevensbestand. Zet het ergens anders neer of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="399"/>
        <source>The data file {path} is locked by another program. Close it and try again.</source>
        <translation>Het gegevensbestand {path} is in gebruik door een ander programma. Sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="403"/>
        <source>The data file {path} is damaged or not a data file. Restore a backup from {backups}.</source>
        <translation>Het gegevensbestand {path} is beschadigd of geen gegevensbestand. Zet een reservekopie terug uit {backups}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="364"/>
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
        <location filename="../../coachdesk/services/placements.py" line="41"/>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation>Een stage met status &quot;{current}&quot; kan niet &quot;{target}&quot; worden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="25"/>
        <source>There is no {kind} with id {id}. Check the id with &apos;coachdesk list&apos;.</source>
        <translation>Er is geen {kind} met id {id}. Controleer het id met &apos;coachdesk list&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="26"/>
        <source>Unknown kind &quot;{kind}&quot;. Choose one of: {choices}.</source>
        <translation>Onbekende soort &quot;{kind}&quot;. Kies uit: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="283"/>
        <source>A risk assessment is never changed afterwards. Record a new assessment instead.</source>
        <translation>Een risicobeoordeling wordt achteraf nooit gewijzigd. Leg een nieuwe beoordeling vast.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/folderlock.py" line="11"/>
        <source>CoachDesk is already open on the data folder {path}. Close it there first, then try again.</source>
        <translation>CoachDesk is al geopend met de gegevensmap {path}. Sluit het daar eerst en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="36"/>
        <source>{path} is not a usable CoachDesk backup ({reason}). Nothing was changed.</source>
        <translation>{path} is geen bruikbare reservekopie van CoachDesk ({reason}). Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="37"/>
        <source>The backup {path} does not open with this passphrase. It may have been made before the passphrase was changed: give the passphrase of then. Nothing was changed.</source>
        <translation>De reservekopie {path} gaat niet open met dit wachtwoord. Misschien is hij gemaakt voordat het wachtwoord werd gewijzigd: geef het wachtwoord van toen. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="40"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="41"/>
        <source>it is damaged</source>
        <translation>het is beschadigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="42"/>
        <source>it was made by a newer CoachDesk</source>
        <translation>het is gemaakt door een nieuwere CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/privacy.py" line="27"/>
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
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="43"/>
        <location filename="../../coachdesk/domain/schema.py" line="51"/>
        <location filename="../../coachdesk/domain/schema.py" line="84"/>
        <location filename="../../coachdesk/domain/schema.py" line="98"/>
        <location filename="../../coachdesk/domain/schema.py" line="161"/>
        <location filename="../../coachdesk/domain/schema.py" line="177"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="44"/>
        <source>BRIN code</source>
        <translation>BRIN-code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="45"/>
        <location filename="../../coachdesk/domain/schema.py" line="55"/>
        <location filename="../../coachdesk/domain/schema.py" line="69"/>
        <location filename="../../coachdesk/domain/schema.py" line="99"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="46"/>
        <location filename="../../coachdesk/domain/schema.py" line="54"/>
        <location filename="../../coachdesk/domain/schema.py" line="70"/>
        <location filename="../../coachdesk/domain/schema.py" line="100"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="47"/>
        <source>Labour market region</source>
        <translation>Arbeidsmarktregio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="52"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="53"/>
        <location filename="../../coachdesk/domain/schema.py" line="67"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="59"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="60"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="61"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="62"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="63"/>
        <source>VSO exit profile</source>
        <translation>Uitstroomprofiel VSO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="64"/>
        <source>Learning pathway (BOL/BBL)</source>
        <translation>Leerweg (BOL/BBL)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="65"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="66"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="68"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="71"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="72"/>
        <source>Parent/guardian phone</source>
        <translation>Telefoon ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="73"/>
        <source>Parent/guardian email</source>
        <translation>E-mail ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="74"/>
        <source>Sectors of interest</source>
        <translation>Sectoren van interesse</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="75"/>
        <source>What the student can do</source>
        <translation>Wat de leerling kan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="76"/>
        <source>Profile may be shared with employers</source>
        <translation>Profiel mag gedeeld worden met leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="77"/>
        <source>Parent/guardian consent recorded</source>
        <translation>Toestemming ouder/verzorger vastgelegd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="78"/>
        <source>Health notes</source>
        <translation>Gezondheidsnotities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="79"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="80"/>
        <source>Left school on</source>
        <translation>Van school af op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="85"/>
        <source>SBB Leerbedrijf-ID</source>
        <translation>SBB Leerbedrijf-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="86"/>
        <source>Recognised by SBB</source>
        <translation>Erkend door SBB</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="87"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="88"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="89"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="90"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="91"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="92"/>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="93"/>
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="97"/>
        <location filename="../../coachdesk/domain/schema.py" line="105"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="104"/>
        <location filename="../../coachdesk/domain/schema.py" line="117"/>
        <location filename="../../coachdesk/domain/schema.py" line="128"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="106"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="107"/>
        <source>School coach</source>
        <translation>Begeleider vanuit school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="108"/>
        <source>Searching since</source>
        <translation>Zoekt sinds</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="109"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="110"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="111"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="112"/>
        <source>POK signed on</source>
        <translation>POK getekend op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="113"/>
        <location filename="../../coachdesk/domain/schema.py" line="135"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="118"/>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="119"/>
        <location filename="../../coachdesk/domain/schema.py" line="129"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="120"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="121"/>
        <source>By coach</source>
        <translation>Door coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="122"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="123"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="124"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="130"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="131"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="132"/>
        <source>Unauthorised absence in the last 4 weeks (hours)</source>
        <translation>Ongeoorloofd verzuim in de laatste 4 weken (uren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="133"/>
        <source>Level set by coach</source>
        <translation>Niveau volgens coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="134"/>
        <source>Reason for a different level</source>
        <translation>Reden voor een ander niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="139"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="140"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="141"/>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="142"/>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="146"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="147"/>
        <source>Kind of event</source>
        <translation>Soort event</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="148"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="149"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="150"/>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="151"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="152"/>
        <source>For (school types)</source>
        <translation>Voor (schoolsoorten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="153"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="154"/>
        <source>Register before</source>
        <translation>Aanmelden vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="155"/>
        <source>Registration link</source>
        <translation>Aanmeldlink</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="156"/>
        <source>What to bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="157"/>
        <location filename="../../coachdesk/domain/schema.py" line="173"/>
        <location filename="../../coachdesk/domain/schema.py" line="182"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="162"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="163"/>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="164"/>
        <source>For students of (school types)</source>
        <translation>Voor leerlingen van (schoolsoorten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="165"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="166"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="167"/>
        <source>How to apply</source>
        <translation>Zo vraag je het aan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="168"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="169"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="170"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="171"/>
        <source>Last checked on</source>
        <translation>Laatst gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="172"/>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="178"/>
        <source>What it offers</source>
        <translation>Wat het biedt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="179"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="180"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="181"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="88"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="203"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="204"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="205"/>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="206"/>
        <source>employer</source>
        <translation>leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="207"/>
        <source>workplace trainer</source>
        <translation>praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="208"/>
        <source>placement</source>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="209"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="210"/>
        <source>risk assessment</source>
        <translation>risicobeoordeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="211"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="212"/>
        <source>matching event</source>
        <translation>matchingsevent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="213"/>
        <source>financial scheme</source>
        <translation>regeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="214"/>
        <source>help offer</source>
        <translation>hulpaanbod</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="231"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="233"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="263"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="270"/>
        <source>Number of rows shown</source>
        <translation>Aantal getoonde regels</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="330"/>
        <source>All: %s</source>
        <translation>Alle: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="361"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n getoond</numerusform>
            <numerusform>%n getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="361"/>
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
        <location filename="../../coachdesk/ui/mainwindow.py" line="53"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="54"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="55"/>
        <source>Placements (BPV)</source>
        <translation>Stages (BPV)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="56"/>
        <source>Contacts</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="57"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="58"/>
        <source>Employers</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="59"/>
        <source>Matching events</source>
        <translation>Matchingsevents</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="60"/>
        <source>Schemes &amp; help</source>
        <translation>Regelingen &amp; hulp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="61"/>
        <source>Toolkits</source>
        <translation>Toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="62"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="63"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="74"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="77"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="120"/>
        <source>Working as coordinator (no user chosen)</source>
        <translation>Je werkt als coördinator (geen gebruiker gekozen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="121"/>
        <source>Signed in as %s (%s)</source>
        <translation>Je werkt als %s (%s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="126"/>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="131"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="132"/>
        <source>About CoachDesk</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="165"/>
        <source>New student</source>
        <translation>Nieuwe leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="167"/>
        <source>New employer</source>
        <translation>Nieuw leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="175"/>
        <source>New event</source>
        <translation>Nieuw event</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="180"/>
        <source>Financial schemes</source>
        <translation>Financiële regelingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="180"/>
        <source>New scheme</source>
        <translation>Nieuwe regeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="180"/>
        <source>Help and instruments</source>
        <translation>Hulp en instrumenten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="180"/>
        <source>New help offer</source>
        <translation>Nieuw hulpaanbod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="239"/>
        <source>Toolkits are not available in this version.</source>
        <translation>Toolkits zijn in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="247"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="87"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="95"/>
        <source>Current passphrase</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="88"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="96"/>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="89"/>
        <source>Type the passphrase again</source>
        <translation>Typ het wachtwoord nog een keer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="98"/>
        <source>Type it again</source>
        <translation>Typ het nog een keer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="106"/>
        <source>At least 10 characters; a few words make a good passphrase.</source>
        <translation>Minstens 10 tekens; een paar woorden zijn een goed wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="114"/>
        <source>Type your current passphrase first.</source>
        <translation>Typ eerst je huidige wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="118"/>
        <source>Type a new passphrase first: at least 10 characters.</source>
        <translation>Typ eerst een nieuw wachtwoord: minstens 10 tekens.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="16"/>
        <source>Too short: use at least 10 characters, for example a few words.</source>
        <translation>Te kort: gebruik minstens 10 tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="17"/>
        <source>Weak: add a word or two.</source>
        <translation>Zwak: voeg een woord of twee toe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="18"/>
        <source>Fair: a longer sentence is better.</source>
        <translation>Redelijk: een langere zin is beter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="19"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="21"/>
        <source>The passphrase is too short: use at least {minimum} characters, for example a few words.</source>
        <translation>Het wachtwoord is te kort: gebruik minstens {minimum} tekens, bijvoorbeeld een paar woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="22"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="150"/>
        <source>Change %s</source>
        <translation>%s wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="150"/>
        <source>New %s</source>
        <translation>Nieuw: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="195"/>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="205"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="206"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="248"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="250"/>
        <source>separate with commas</source>
        <translation>scheid met komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="307"/>
        <source>This could not be saved yet. Correct the fields marked below.</source>
        <translation>Dit kan nog niet worden opgeslagen. Verbeter de velden die hieronder zijn aangegeven.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="322"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="343"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="344"/>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je ze weggooien?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="307"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="50"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="51"/>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="52"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="68"/>
        <source>No signals: low.</source>
        <translation>Geen signalen: laag.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="69"/>
        <source>{signals} = {score} points: {level}.</source>
        <translation>{signals} = {score} punten: {level}.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="370"/>
        <source>Assess dropout risk</source>
        <translation>Uitvalrisico beoordelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="376"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="389"/>
        <source>Computed level</source>
        <translation>Berekend niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="391"/>
        <source>Action (who does what, before when)</source>
        <translation>Actie (wie doet wat, vóór wanneer)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="394"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="405"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="396"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="406"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="404"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="407"/>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="45"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="74"/>
        <source>Who uses this laptop</source>
        <translation>Wie gebruikt deze laptop</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="48"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="75"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="52"/>
        <source>Attention list</source>
        <translation>Aandachtslijst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="55"/>
        <source>Searching for a place longer than (weeks)</source>
        <translation>Zoekt langer dan (weken) een stageplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="56"/>
        <source>Contact with an active placement at least every (weeks)</source>
        <translation>Contact bij een lopende stage minstens elke (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="57"/>
        <source>Contacts per placement at least</source>
        <translation>Contacten per stage minstens</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="58"/>
        <source>Placement ends within (weeks)</source>
        <translation>Stage eindigt binnen (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="59"/>
        <source>Keep student files after leaving (years)</source>
        <translation>Dossiers bewaren na vertrek (jaren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="67"/>
        <source>School name on printed toolkits</source>
        <translation>Schoolnaam op geprinte toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="69"/>
        <source>Header line on printed toolkits</source>
        <translation>Koptekst op geprinte toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="71"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="78"/>
        <source>Labour market region</source>
        <translation>Arbeidsmarktregio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="72"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="76"/>
        <source>School name on toolkits</source>
        <translation>Schoolnaam op toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="77"/>
        <source>Header line on toolkits</source>
        <translation>Koptekst op toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="84"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="94"/>
        <source>Make a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="96"/>
        <source>Restore a backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="79"/>
        <source>Lock after (minutes without use)</source>
        <translation>Vergrendelen na (minuten niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="92"/>
        <source>Backups and passphrase</source>
        <translation>Reservekopieën en wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="100"/>
        <source>Change the passphrase…</source>
        <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="107"/>
        <source>New coach</source>
        <translation>Nieuwe coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="117"/>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="125"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="165"/>
        <source>Retention (AVG)</source>
        <translation>Bewaartermijn (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="129"/>
        <source>Erase them…</source>
        <translation>Wis ze…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="149"/>
        <source>%n student(s) left school more than {years} years ago and may be erased.</source>
        <translation>
            <numerusform>%n leerling is meer dan {years} jaar geleden van school gegaan en mag worden gewist.</numerusform>
            <numerusform>%n leerlingen zijn meer dan {years} jaar geleden van school gegaan en mogen worden gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="150"/>
        <source>No student is past the retention period of {years} years.</source>
        <translation>Geen leerling is over de bewaartermijn van {years} jaar heen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="163"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="164"/>
        <source>Erase these students with everything about them? This cannot be undone.</source>
        <translation>Deze leerlingen wissen, met alles wat over hen is vastgelegd? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="176"/>
        <source>%n student(s) erased.</source>
        <translation>
            <numerusform>%n leerling gewist.</numerusform>
            <numerusform>%n leerlingen gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="180"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="211"/>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="211"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="227"/>
        <source>CoachDesk backups (*.sqlite)</source>
        <translation>CoachDesk-reservekopieën (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="216"/>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="217"/>
        <source>Backup saved: %s</source>
        <translation>Reservekopie opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="226"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="230"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="239"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="272"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="231"/>
        <source>All data will be replaced by the backup. The current data is kept as a backup first. Continue?</source>
        <translation>Alle gegevens worden vervangen door de reservekopie. De huidige gegevens worden eerst als reservekopie bewaard. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="245"/>
        <source>Restored. The data that was there is kept in %s</source>
        <translation>Teruggezet. De gegevens die er stonden zijn bewaard in %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="255"/>
        <source>Change the passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="256"/>
        <source>The data is encrypted again with the new passphrase, and a backup is made with it. Older backups keep opening with the passphrase they were made with.</source>
        <translation>De gegevens worden opnieuw versleuteld met het nieuwe wachtwoord, en er wordt meteen een reservekopie mee gemaakt. Oudere reservekopieën blijven opengaan met het wachtwoord waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="258"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="259"/>
        <source>The passphrase is changed.</source>
        <translation>Het wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="272"/>
        <source>Passphrase of the backup:</source>
        <translation>Wachtwoord van de reservekopie:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="290"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="28"/>
        <source>Absence</source>
        <translation>Verzuim</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="29"/>
        <source>Motivation or study choice</source>
        <translation>Motivatie of studiekeuze</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="30"/>
        <source>Learning problems</source>
        <translation>Leerproblemen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="31"/>
        <source>Behaviour</source>
        <translation>Gedrag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="32"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="33"/>
        <source>Home situation</source>
        <translation>Thuissituatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="34"/>
        <source>Money or debts</source>
        <translation>Geld of schulden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="35"/>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="36"/>
        <source>Conflict at the workplace</source>
        <translation>Conflict op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="37"/>
        <source>Lost the placement</source>
        <translation>Stageplek kwijtgeraakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="38"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="70"/>
        <source>The data file cannot be read; it may be damaged.

Restore the latest backup, made on {made}? The damaged file is kept in the backups folder.</source>
        <translation>Het gegevensbestand kan niet worden gelezen; het is mogelijk beschadigd.

De laatste reservekopie terugzetten, gemaakt op {made}? Het beschadigde bestand wordt bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="96"/>
        <source>Without the passphrase nobody can open the data, not even a helpdesk: keep it somewhere safe, away from the laptop.</source>
        <translation>Zonder het wachtwoord kan niemand de gegevens openen, ook een helpdesk niet: bewaar het op een veilige plek, niet bij de laptop.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="99"/>
        <source>Protect the data with a passphrase</source>
        <translation>Bescherm de gegevens met een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="100"/>
        <source>From now on CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about the students. Choose a passphrase of at least 10 characters; a backup is made first.</source>
        <translation>Vanaf nu versleutelt CoachDesk de gegevens op deze laptop, zodat een verloren of gestolen laptop niets over de leerlingen prijsgeeft. Kies een wachtwoord van minstens 10 tekens; eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="102"/>
        <source>Encrypt and open</source>
        <translation>Versleutelen en openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="104"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="105"/>
        <source>CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about the students. Choose a passphrase of at least 10 characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>CoachDesk versleutelt de gegevens op deze laptop, zodat een verloren of gestolen laptop niets over de leerlingen prijsgeeft. Kies een wachtwoord van minstens 10 tekens: een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="108"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="34"/>
        <source>searching</source>
        <translation>zoekt plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="35"/>
        <source>proposed</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="36"/>
        <source>started</source>
        <translation>gestart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="37"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="38"/>
        <source>ended early</source>
        <translation>voortijdig gestopt</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="451"/>
        <source>Change placement status</source>
        <translation>Status van de stage wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="456"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="469"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="465"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="468"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="470"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="471"/>
        <source>Reason (when ended early)</source>
        <translation>Reden (bij voortijdig stoppen)</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="86"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="88"/>
        <source>Edit profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="90"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="93"/>
        <source>Assess risk</source>
        <translation>Risico beoordelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="96"/>
        <source>Add placement</source>
        <translation>Stage toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="99"/>
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="102"/>
        <source>Export data (AVG)…</source>
        <translation>Gegevens exporteren (AVG)…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="105"/>
        <source>Erase student…</source>
        <translation>Leerling wissen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>POK signed</source>
        <translation>POK getekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="118"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="122"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="122"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="122"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="210"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="122"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="122"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="123"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="123"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="123"/>
        <source>Coach&apos;s reason</source>
        <translation>Reden van de coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="124"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="124"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="124"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="126"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="136"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="138"/>
        <source>Risk history</source>
        <translation>Risicogeschiedenis</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="138"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="205"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="206"/>
        <source>Pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="207"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="208"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="209"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="211"/>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="211"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="212"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="213"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="214"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="215"/>
        <source>Can do</source>
        <translation>Kan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="216"/>
        <source>Profile may be shared</source>
        <translation>Profiel mag gedeeld worden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="216"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="216"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="219"/>
        <source>Health notes</source>
        <translation>Gezondheidsnotities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="257"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="262"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="257"/>
        <source>Select a placement first.</source>
        <translation>Kies eerst een stage.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="271"/>
        <source>Folder for the export</source>
        <translation>Map voor de export</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="276"/>
        <source>Export data (AVG)</source>
        <translation>Gegevens exporteren (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="276"/>
        <source>Written:
%s</source>
        <translation>Geschreven:
%s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="283"/>
        <source>Erase student</source>
        <translation>Leerling wissen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="284"/>
        <source>Erase this student with all placements, contacts, risk assessments and actions? This cannot be undone. Make an export first if the student asked for one.</source>
        <translation>Deze leerling wissen, met alle stages, contacten, risicobeoordelingen en acties? Dit kan niet ongedaan worden gemaakt. Maak eerst een export als de leerling daarom vroeg.</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="118"/>
        <source>Kind of attention</source>
        <translation>Soort aandacht</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="119"/>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="123"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="125"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="128"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="130"/>
        <source>Log a contact for the selected student (Ctrl+L)</source>
        <translation>Leg een contact vast voor de gekozen leerling (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="133"/>
        <source>Open student</source>
        <translation>Leerling openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="143"/>
        <location filename="../../coachdesk/ui/screens/today.py" line="168"/>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="160"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="160"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="160"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="177"/>
        <source>Planned for the coming 7 days</source>
        <translation>Gepland: komende 7 dagen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="200"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="214"/>
        <source>The list could not be made: %s</source>
        <translation>De lijst kon niet worden gemaakt: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="221"/>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="221"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="222"/>
        <source>Today is %s.</source>
        <translation>Vandaag is het %s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/today.py" line="240"/>
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
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="54"/>
        <source>Kind of toolkit</source>
        <translation>Soort toolkit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="55"/>
        <source>Employers</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="56"/>
        <source>Students and parents</source>
        <translation>Leerlingen en ouders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="57"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="58"/>
        <source>Personalised for:</source>
        <translation>Persoonlijk voor:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="64"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="65"/>
        <source>Search recipients</source>
        <translation>Ontvangers zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="68"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="70"/>
        <source>Select all shown</source>
        <translation>Alle getoonde kiezen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="71"/>
        <source>Also one combined file for printing</source>
        <translation>Ook één gecombineerd bestand om te printen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="72"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="74"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="75"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="76"/>
        <source>Export calendar (.ics)…</source>
        <translation>Agenda exporteren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="86"/>
        <source>Toolkit for</source>
        <translation>Toolkit voor</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="102"/>
        <source>Choose a toolkit and its recipients on the left, then click Preview.</source>
        <translation>Kies links een toolkit en de ontvangers, en klik dan op Voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="155"/>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="172"/>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="205"/>
        <source>Choose a recipient, or General.</source>
        <translation>Kies een ontvanger, of Algemeen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="175"/>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="191"/>
        <source>Page %d</source>
        <translation>Pagina %d</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="195"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n pagina.</numerusform>
            <numerusform>%n pagina&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="198"/>
        <source>The toolkit could not be made: %s</source>
        <translation>De toolkit kon niet worden gemaakt: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="209"/>
        <source>Save toolkit</source>
        <translation>Toolkit opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="209"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="214"/>
        <source>Folder for the toolkits</source>
        <translation>Map voor de toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="231"/>
        <source>Making toolkits…</source>
        <translation>Toolkits maken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="234"/>
        <source>%n toolkit(s) saved.</source>
        <translation>
            <numerusform>%n toolkit opgeslagen.</numerusform>
            <numerusform>%n toolkits opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="238"/>
        <source>Make a preview first; that is what will be printed.</source>
        <translation>Maak eerst een voorbeeld; dat wordt afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="263"/>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="270"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="263"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="272"/>
        <source>Calendar saved: %s</source>
        <translation>Agenda opgeslagen: %s</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="141"/>
        <source>CoachDesk is locked</source>
        <translation>CoachDesk is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="142"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="143"/>
        <source>CoachDesk locked itself because it was not used for a while. Type your passphrase to go on; nothing you typed is lost.</source>
        <translation>CoachDesk is vergrendeld omdat het een tijd niet is gebruikt. Typ uw wachtwoord om verder te gaan; niets van wat u typte is verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="145"/>
        <source>The data in {folder} is encrypted. Type your passphrase to open it.</source>
        <translation>De gegevens in {folder} zijn versleuteld. Typ uw wachtwoord om ze te openen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="149"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="150"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="151"/>
        <source>Quit CoachDesk</source>
        <translation>CoachDesk afsluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="159"/>
        <source>Type your passphrase first, then press Enter.</source>
        <translation>Typ eerst je wachtwoord en druk dan op Enter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="173"/>
        <source>That passphrase is not right. Check it (capitals count) and try again.</source>
        <translation>Dat wachtwoord klopt niet. Controleer het (let op hoofdletters) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="227"/>
        <source>{label}: this field is required. Fill it in.</source>
        <translation>{label}: dit veld is verplicht. Vul het in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="228"/>
        <source>{label}: &quot;{value}&quot; is not a date. Enter it as dd-mm-yyyy, for example 01-09-2026.</source>
        <translation>{label}: &quot;{value}&quot; is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="229"/>
        <source>{label}: &quot;{value}&quot; is not a date and time. Enter it as dd-mm-yyyy hh:mm.</source>
        <translation>{label}: &quot;{value}&quot; is geen datum en tijd. Typ ze als dd-mm-jjjj uu:mm.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="230"/>
        <source>{label}: enter a whole number.</source>
        <translation>{label}: vul een heel getal in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="231"/>
        <source>{label}: enter a number from {minimum} to {maximum}.</source>
        <translation>{label}: vul een getal in van {minimum} tot en met {maximum}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="232"/>
        <source>{label}: at most {maximum} characters; shorten the text.</source>
        <translation>{label}: maximaal {maximum} tekens; maak de tekst korter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="233"/>
        <source>{label}: contains invisible control characters; retype the text.</source>
        <translation>{label}: bevat onzichtbare stuurtekens; typ de tekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="234"/>
        <source>{label}: &quot;{value}&quot; is not one of the choices; pick one from the list.</source>
        <translation>{label}: &quot;{value}&quot; is geen van de keuzes; kies er een uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="235"/>
        <source>{label}: &quot;{value}&quot; is not an email address, like name@example.nl.</source>
        <translation>{label}: &quot;{value}&quot; is geen e-mailadres zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="236"/>
        <source>{label}: &quot;{value}&quot; is not a phone number; use digits, spaces and an optional +.</source>
        <translation>{label}: &quot;{value}&quot; is geen telefoonnummer; gebruik cijfers, spaties en eventueel een +.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="237"/>
        <source>{label}: &quot;{value}&quot; is not a Dutch postcode, like 1234 AB.</source>
        <translation>{label}: &quot;{value}&quot; is geen Nederlandse postcode zoals 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="238"/>
        <source>{label}: a web link starts with https:// or http://.</source>
        <translation>{label}: een weblink begint met https:// of http://.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="239"/>
        <source>{label}: a crebo code has exactly 5 digits.</source>
        <translation>{label}: een crebonummer heeft precies 5 cijfers.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="240"/>
        <source>{label}: answer yes or no.</source>
        <translation>{label}: antwoord met ja of nee.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="241"/>
        <source>{label}: give a list of words.</source>
        <translation>{label}: geef een lijst van woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="242"/>
        <source>{label}: this field does not exist here.</source>
        <translation>{label}: dit veld bestaat hier niet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="42"/>
        <source>{label}: say why the placement ended early.</source>
        <translation>{label}: geef aan waarom de stage voortijdig is gestopt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="43"/>
        <source>{label}: fill in the start date before the placement starts.</source>
        <translation>{label}: vul de startdatum in voordat de stage start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="27"/>
        <source>{label}: the chosen record does not exist (any more). Choose another.</source>
        <translation>{label}: wat je koos bestaat niet (meer). Kies iets anders.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="28"/>
        <source>{label}: choose the exit profile for a VSO student.</source>
        <translation>{label}: kies het uitstroomprofiel van deze VSO-leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="29"/>
        <source>{label}: only VSO students have an exit profile; leave it empty.</source>
        <translation>{label}: alleen VSO-leerlingen hebben een uitstroomprofiel; laat dit leeg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="30"/>
        <source>{label}: choose BOL or BBL for an mbo student.</source>
        <translation>{label}: kies BOL of BBL voor een mbo-student.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="31"/>
        <source>{label}: the date lies in the future. Check the year.</source>
        <translation>{label}: de datum ligt in de toekomst. Controleer het jaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="32"/>
        <source>{label}: the student would be {age} years old. Students are between 10 and 30; check the year.</source>
        <translation>{label}: de leerling zou {age} jaar oud zijn. Leerlingen zijn tussen 10 en 30; controleer het jaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="33"/>
        <source>{label}: the end date lies before the start date.</source>
        <translation>{label}: de einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="34"/>
        <source>{label}: choose the employer; only a placement that is still searching may have none.</source>
        <translation>{label}: kies het leerbedrijf; alleen een stage die nog zoekt mag zonder.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="35"/>
        <source>{label}: this workplace trainer works for another employer.</source>
        <translation>{label}: deze praktijkopleider werkt bij een ander leerbedrijf.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="36"/>
        <source>{label}: a contact cannot be logged in the future. Plan it with &quot;Next contact before&quot; instead.</source>
        <translation>{label}: een contact kan niet in de toekomst worden vastgelegd. Plan het met &quot;Volgend contact vóór&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="37"/>
        <source>{label}: lies before the date of this contact.</source>
        <translation>{label}: ligt vóór de datum van dit contact.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="38"/>
        <source>{label}: this placement belongs to another student.</source>
        <translation>{label}: deze stage hoort bij een andere leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="39"/>
        <source>{label}: choose a coach with the role JPO.</source>
        <translation>{label}: kies een coach met de rol JPO.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="40"/>
        <source>{label}: your role may not change this field.</source>
        <translation>{label}: met jouw rol kun je dit veld niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="41"/>
        <source>{label}: the event ends before it starts.</source>
        <translation>{label}: het event eindigt voordat het begint.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="42"/>
        <source>{label}: lies before &quot;valid from&quot;.</source>
        <translation>{label}: ligt vóór &quot;geldig vanaf&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="43"/>
        <source>{label}: fill in when the student left school.</source>
        <translation>{label}: vul in wanneer de leerling van school ging.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="44"/>
        <source>{label}: &quot;{value}&quot; is not a school type; use pro, vso, entree or mbo2.</source>
        <translation>{label}: &quot;{value}&quot; is geen schoolsoort; gebruik pro, vso, entree of mbo2.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="55"/>
        <source>{label}: &quot;{value}&quot; is not on the checklist.</source>
        <translation>{label}: &quot;{value}&quot; staat niet op de lijst met signalen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="56"/>
        <source>{label}: say why you choose another level than the computed one.</source>
        <translation>{label}: geef aan waarom je een ander niveau kiest dan het berekende.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="44"/>
        <source>{employer} is not recognised by SBB: a BPV place must be at a recognised leerbedrijf.</source>
        <translation>{employer} is niet erkend door SBB: een BPV-plek moet bij een erkend leerbedrijf zijn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="45"/>
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
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="98"/>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="116"/>
        <source>Fill in your name, role and school to start.</source>
        <translation>Vul je naam, rol en school in om te beginnen.</translation>
    </message>
</context>
</TS>
