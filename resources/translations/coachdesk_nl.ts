<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="52"/>
        <source>About CoachDesk</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="53"/>
        <source>BPV placements, coaching contacts and dropout risks, offline.</source>
        <translation>BPV-plekken, begeleidingscontacten en uitvalrisico&apos;s, zonder internet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="55"/>
        <source>Your data is kept in:</source>
        <translation>Je gegevens staan in:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="58"/>
        <source>Open data folder</source>
        <translation>Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="63"/>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt libraries in the installation folder with your own build; the source code of Qt and PySide6 is available from the Qt Project.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License versie 3. Je mag de Qt-bibliotheken in de installatiemap vervangen door een eigen versie; de broncode van Qt en PySide6 is verkrijgbaar bij het Qt Project.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="68"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="68"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/about.py" line="68"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
</context>
<context>
    <name>AkkoordDialog</name>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="147"/>
        <source>Akkoorden</source>
        <translation>Akkoorden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="149"/>
        <source>For each sector, the akkoord it counts under in the region (empty: no akkoord).</source>
        <translation>Per sector het akkoord waaronder hij in de regio telt (leeg: geen akkoord).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="152"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="152"/>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="161"/>
        <source>Rotterdam-Rijnmond preset</source>
        <translation>Voorinstelling Rotterdam-Rijnmond</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="46"/>
        <source>High risk without action</source>
        <translation>Hoog risico zonder actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="47"/>
        <source>Contact overdue</source>
        <translation>Contact te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="48"/>
        <source>Too few contacts</source>
        <translation>Te weinig contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="49"/>
        <source>BBL without POK</source>
        <translation>BBL zonder POK</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="50"/>
        <source>Still searching</source>
        <translation>Zoekt nog een plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="51"/>
        <source>Placement ending</source>
        <translation>Stage loopt af</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="52"/>
        <source>Ended early</source>
        <translation>Voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="53"/>
        <source>Action overdue</source>
        <translation>Actie te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="54"/>
        <source>To be completed</source>
        <translation>Nog aan te vullen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="55"/>
        <source>Follow-up after leaving</source>
        <translation>Nazorg na vertrek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="56"/>
        <source>Hold on a place expired</source>
        <translation>Plaats niet langer vastgehouden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="57"/>
        <source>Employer step due</source>
        <translation>Stap bij werkgever verlopen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="58"/>
        <source>Praktijkverklaring: nothing assessed</source>
        <translation>Praktijkverklaring: niets beoordeeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="59"/>
        <source>Praktijkverklaring: to confirm</source>
        <translation>Praktijkverklaring: te bevestigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="132"/>
        <source>Searching for a place for {weeks} weeks (since {since}).</source>
        <translation>Zoekt al {weeks} weken een stageplek (sinds {since}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="147"/>
        <source>No contact yet since the start on {start}; due {due}.</source>
        <translation>Nog geen contact sinds de start op {start}; had uiterlijk {due} gemoeten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="150"/>
        <source>Last contact {last}; next contact was due {due}.</source>
        <translation>Laatste contact {last}; volgend contact was gepland vóór {due}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="157"/>
        <source>{count} of at least {minimum} contacts</source>
        <translation>{count} van minstens {minimum} contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="159"/>
        <source>no visit at the workplace yet</source>
        <translation>nog geen bezoek op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="160"/>
        <source>Past half of the placement: {missing}.</source>
        <translation>Stage is over de helft: {missing}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="163"/>
        <source>The placement ends on {end}: plan the final talk and what comes next.</source>
        <translation>De stage eindigt op {end}: plan het eindgesprek en wat daarna komt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="174"/>
        <source>The placement ended early on {end}: agree on the next step (a new place, or searching again).</source>
        <translation>De stage is voortijdig gestopt op {end}: spreek de volgende stap af (een nieuwe plek, of opnieuw zoeken).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="182"/>
        <source>BBL placement without a signed praktijkovereenkomst (POK).</source>
        <translation>BBL-stage zonder getekende praktijkovereenkomst (POK).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="203"/>
        <source>High dropout risk since {date} and no open action: agree on an action with an owner.</source>
        <translation>Hoog uitvalrisico sinds {date} en geen open actie: spreek een actie af met iemand die hem uitvoert.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="219"/>
        <source>Action &quot;{action}&quot; ({owner}) was due {due} and is not done.</source>
        <translation>Actie &quot;{action}&quot; ({owner}) moest uiterlijk {due} klaar zijn en is nog niet gedaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="230"/>
        <source>Still to fill in: {fields}.</source>
        <translation>Nog in te vullen: {fields}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="249"/>
        <source>{months} months after leaving (due {due}): where is the student now? Last known: {known}.</source>
        <translation>{months} maanden na vertrek (op {due}): waar is de leerling nu? Laatst bekend: {known}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="268"/>
        <source>The hold on {place} at {employer} ended on {until}: the place is free for others again. Propose it again, start the placement or cancel the proposal.</source>
        <translation>{place} bij {employer} wordt sinds {until} niet meer vastgehouden: de plaats is weer vrij voor anderen. Stel hem opnieuw voor, start de stage of trek het voorstel in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="281"/>
        <source>Next step with this employer, due {due}: {step}</source>
        <translation>Volgende stap bij deze werkgever, uiterlijk {due}: {step}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="294"/>
        <source>{count} work process(es) judged by the workplace trainer wait for the school&apos;s confirmation.</source>
        <translation>{count} werkproces(sen), beoordeeld door de praktijkopleider, wacht(en) op de bevestiging van de school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="299"/>
        <source>Nothing assessed in the praktijkverklaring route since {since}.</source>
        <translation>Niets beoordeeld in de route voor de praktijkverklaring sinds {since}.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="74"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="74"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="74"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="74"/>
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
        <translation>Er ging iets mis en dit is niet afgemaakt. Wat eerder is opgeslagen, is veilig. Probeer het opnieuw; gebeurt het weer, stuur dan het logbestand {path} naar je ICT-contactpersoon (er staan geen leerlinggegevens in).</translation>
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
        <location filename="../../coachdesk/domain/labels.py" line="38"/>
        <source>Teacher / BPV supervisor</source>
        <translation>Docent / BPV-begeleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="39"/>
        <source>Job coach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="40"/>
        <source>Junior workplace trainer (JPO)</source>
        <translation>Junior Praktijkopleider (JPO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="41"/>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="42"/>
        <source>Practical education (PrO)</source>
        <translation>Praktijkonderwijs (PrO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="43"/>
        <source>Special secondary education (VSO)</source>
        <translation>Voortgezet speciaal onderwijs (VSO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="44"/>
        <source>mbo Entree (level 1)</source>
        <translation>mbo Entree (niveau 1)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="45"/>
        <source>mbo level 2</source>
        <translation>mbo niveau 2</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="46"/>
        <source>Labour market</source>
        <translation>Arbeidsmarkt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="47"/>
        <source>Day activities</source>
        <translation>Dagbesteding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="48"/>
        <source>Further education</source>
        <translation>Vervolgonderwijs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="49"/>
        <source>BOL (school-based)</source>
        <translation>BOL (beroepsopleidend)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="50"/>
        <source>BBL (work-based)</source>
        <translation>BBL (beroepsbegeleidend)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="51"/>
        <source>At school</source>
        <translation>Op school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="52"/>
        <source>Left school</source>
        <translation>Van school af</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="53"/>
        <source>Searching</source>
        <translation>Zoekt plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="54"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="55"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="56"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="57"/>
        <source>Ended early</source>
        <translation>Voortijdig gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="58"/>
        <source>Place found</source>
        <translation>Plek gevonden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="59"/>
        <source>Visit at the workplace</source>
        <translation>Bezoek op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="60"/>
        <source>Three-way talk</source>
        <translation>Driegesprek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="61"/>
        <source>Phone or video call</source>
        <translation>Telefoon of video</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="62"/>
        <source>Talk at school</source>
        <translation>Gesprek op school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="63"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="64"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="65"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="66"/>
        <source>Speed date for BPV places</source>
        <translation>Speeddate voor BPV-plekken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="67"/>
        <source>Job and BPV market</source>
        <translation>Banen- en BPV-markt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="68"/>
        <source>Company visit</source>
        <translation>Bedrijfsbezoek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="69"/>
        <source>Job shadowing day</source>
        <translation>Meeloopdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="70"/>
        <source>Open day at a company</source>
        <translation>Open dag bij een leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="71"/>
        <source>Company fair</source>
        <translation>Bedrijvenbeurs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="72"/>
        <source>Careers festival</source>
        <translation>Beroepenfestival</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="73"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="74"/>
        <source>Jobhunter (finds employers and places)</source>
        <translation>Jobhunter (werft leerbedrijven en plekken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="120"/>
        <source>mbo BOL place</source>
        <translation>mbo-plek BOL</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="121"/>
        <source>mbo BBL place</source>
        <translation>mbo-plek BBL</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="122"/>
        <source>Work placement (PrO/VSO)</source>
        <translation>Stage (PrO/VSO)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="123"/>
        <source>Paid job</source>
        <translation>Betaalde baan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="75"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="76"/>
        <source>Full</source>
        <translation>Vol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="77"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="78"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="79"/>
        <source>Tailored guidance</source>
        <translation>Begeleiding op maat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="80"/>
        <source>Physically accessible</source>
        <translation>Fysiek toegankelijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="81"/>
        <source>Chance of a permanent job</source>
        <translation>Kans op vaste baan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="82"/>
        <source>Praktijkverklaring possible</source>
        <translation>Praktijkverklaring mogelijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="83"/>
        <source>Early shifts</source>
        <translation>Vroege diensten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="84"/>
        <source>Evening shifts</source>
        <translation>Avonddiensten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="85"/>
        <source>Weekend work</source>
        <translation>Weekendwerk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="86"/>
        <source>Heavy lifting</source>
        <translation>Zwaar tillen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="87"/>
        <source>Standing for long</source>
        <translation>Lang staan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="88"/>
        <source>Working with animals</source>
        <translation>Werken met dieren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="89"/>
        <source>Working with food</source>
        <translation>Werken met voedsel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="90"/>
        <source>A noisy workplace</source>
        <translation>Een lawaaiige werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="91"/>
        <source>Serving customers</source>
        <translation>Klanten helpen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="92"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="93"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="94"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="95"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="96"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="97"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="98"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="99"/>
        <source>Walks</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="100"/>
        <source>Bike</source>
        <translation>Fiets</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="101"/>
        <source>Public transport</source>
        <translation>Openbaar vervoer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="102"/>
        <source>School transport / taxi</source>
        <translation>Leerlingenvervoer / taxi</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="103"/>
        <source>Brought by parents</source>
        <translation>Gebracht door ouders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="104"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="105"/>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="106"/>
        <source>Meeting</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="107"/>
        <source>Interested</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="108"/>
        <source>Recognition applied for</source>
        <translation>Erkenning aangevraagd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="109"/>
        <source>Recognised</source>
        <translation>Erkend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="110"/>
        <source>Place(s) available</source>
        <translation>Plaats(en) beschikbaar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="111"/>
        <source>Dropped</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="112"/>
        <source>Call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="113"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="114"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="115"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="11"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="12"/>
        <source>Work with mbo BBL</source>
        <translation>Werk met mbo BBL</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="13"/>
        <source>mbo BOL</source>
        <translation>mbo BOL</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="14"/>
        <source>Another PrO school</source>
        <translation>Andere PrO-school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="15"/>
        <source>VSO</source>
        <translation>VSO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="16"/>
        <source>vmbo</source>
        <translation>vmbo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="17"/>
        <source>Day activities (dagbesteding)</source>
        <translation>Dagbesteding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="18"/>
        <source>Training route (toeleidingstraject)</source>
        <translation>Toeleidingstraject</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="19"/>
        <source>No work or school</source>
        <translation>Geen werk of school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="20"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="23"/>
        <source>Motivation or attitude of the student</source>
        <translation>Motivatie of houding van de leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="24"/>
        <source>The work did not suit the student</source>
        <translation>Het werk paste niet bij de leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="25"/>
        <source>Conflict at the workplace</source>
        <translation>Conflict op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="26"/>
        <source>Too little guidance at the workplace</source>
        <translation>Te weinig begeleiding op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="27"/>
        <source>The employer stopped or had no work</source>
        <translation>De werkgever stopte of had geen werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="28"/>
        <source>Health or personal circumstances</source>
        <translation>Gezondheid of persoonlijke omstandigheden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="29"/>
        <source>Absence</source>
        <translation>Verzuim</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="30"/>
        <source>Travel too long or too hard</source>
        <translation>Reis te lang of te zwaar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="31"/>
        <source>Found work or a better place</source>
        <translation>Werk of een betere plek gevonden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="32"/>
        <source>The student left school</source>
        <translation>De leerling ging van school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="33"/>
        <source>Other, namely</source>
        <translation>Anders, namelijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/labels.py" line="35"/>
        <source>No reason chosen</source>
        <translation>Geen reden gekozen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/team.py" line="164"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/team.py" line="164"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="70"/>
        <source>To be completed</source>
        <translation>Nog aan te vullen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="70"/>
        <source>Complete</source>
        <translation>Volledig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="79"/>
        <location filename="../../coachdesk/services/list_queries.py" line="154"/>
        <location filename="../../coachdesk/services/list_queries.py" line="170"/>
        <location filename="../../coachdesk/services/list_queries.py" line="199"/>
        <location filename="../../coachdesk/services/list_queries.py" line="212"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="80"/>
        <location filename="../../coachdesk/services/list_queries.py" line="92"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="81"/>
        <source>Pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="82"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="83"/>
        <location filename="../../coachdesk/services/list_queries.py" line="90"/>
        <location filename="../../coachdesk/services/list_queries.py" line="111"/>
        <location filename="../../coachdesk/services/list_queries.py" line="131"/>
        <location filename="../../coachdesk/services/list_queries.py" line="147"/>
        <location filename="../../coachdesk/services/list_queries.py" line="172"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="84"/>
        <location filename="../../coachdesk/services/list_queries.py" line="91"/>
        <location filename="../../coachdesk/services/list_queries.py" line="105"/>
        <location filename="../../coachdesk/services/list_queries.py" line="112"/>
        <location filename="../../coachdesk/services/list_queries.py" line="122"/>
        <location filename="../../coachdesk/services/list_queries.py" line="130"/>
        <location filename="../../coachdesk/services/list_queries.py" line="148"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="85"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="93"/>
        <location filename="../../coachdesk/services/list_queries.py" line="102"/>
        <location filename="../../coachdesk/services/list_queries.py" line="110"/>
        <location filename="../../coachdesk/services/list_queries.py" line="269"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="94"/>
        <source>Completeness</source>
        <translation>Volledigheid</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="100"/>
        <location filename="../../coachdesk/services/list_queries.py" line="120"/>
        <location filename="../../coachdesk/services/list_queries.py" line="138"/>
        <location filename="../../coachdesk/services/list_queries.py" line="321"/>
        <location filename="../../coachdesk/services/list_queries.py" line="359"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="101"/>
        <location filename="../../coachdesk/services/list_queries.py" line="266"/>
        <location filename="../../coachdesk/services/list_queries.py" line="287"/>
        <location filename="../../coachdesk/services/list_queries.py" line="303"/>
        <location filename="../../coachdesk/services/list_queries.py" line="322"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="103"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="104"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="113"/>
        <location filename="../../coachdesk/services/list_queries.py" line="155"/>
        <location filename="../../coachdesk/services/list_queries.py" line="163"/>
        <location filename="../../coachdesk/services/list_queries.py" line="277"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="119"/>
        <location filename="../../coachdesk/services/list_queries.py" line="137"/>
        <location filename="../../coachdesk/services/list_queries.py" line="302"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="121"/>
        <location filename="../../coachdesk/services/list_queries.py" line="129"/>
        <location filename="../../coachdesk/services/list_queries.py" line="185"/>
        <location filename="../../coachdesk/services/list_queries.py" line="192"/>
        <location filename="../../coachdesk/services/list_queries.py" line="267"/>
        <location filename="../../coachdesk/services/list_queries.py" line="304"/>
        <location filename="../../coachdesk/services/list_queries.py" line="313"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="123"/>
        <location filename="../../coachdesk/services/list_queries.py" line="306"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="124"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="139"/>
        <location filename="../../coachdesk/services/list_queries.py" line="146"/>
        <source>Risk level</source>
        <translation>Risiconiveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="140"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="141"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="156"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="157"/>
        <location filename="../../coachdesk/services/list_queries.py" line="164"/>
        <source>SBB recognised</source>
        <translation>SBB-erkend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="158"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="159"/>
        <location filename="../../coachdesk/services/list_queries.py" line="174"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="171"/>
        <location filename="../../coachdesk/services/list_queries.py" line="178"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="173"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="183"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="184"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="186"/>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="187"/>
        <source>Register before</source>
        <translation>Aanmelden vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="188"/>
        <location filename="../../coachdesk/services/list_queries.py" line="193"/>
        <location filename="../../coachdesk/services/list_queries.py" line="204"/>
        <location filename="../../coachdesk/services/list_queries.py" line="207"/>
        <location filename="../../coachdesk/services/list_queries.py" line="215"/>
        <location filename="../../coachdesk/services/list_queries.py" line="218"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="200"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="201"/>
        <location filename="../../coachdesk/services/list_queries.py" line="291"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="202"/>
        <location filename="../../coachdesk/services/list_queries.py" line="292"/>
        <source>Last checked</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="203"/>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="213"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="214"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="265"/>
        <source>Work place</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="268"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="270"/>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="271"/>
        <source>Held until</source>
        <translation>Vastgehouden tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="272"/>
        <location filename="../../coachdesk/services/list_queries.py" line="280"/>
        <source>SBB ok</source>
        <translation>SBB in orde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="278"/>
        <source>Places free</source>
        <translation>Plaatsen vrij</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="279"/>
        <source>Held</source>
        <translation>Vastgehouden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="288"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="289"/>
        <source>Leerbedrijf-ID</source>
        <translation>Leerbedrijf-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="290"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="296"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="305"/>
        <location filename="../../coachdesk/services/list_queries.py" line="314"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="307"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="308"/>
        <source>Next step on</source>
        <translation>Volgende stap op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="323"/>
        <source>PC4</source>
        <translation>PC4</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="324"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="325"/>
        <source>Travels by</source>
        <translation>Reist met</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="326"/>
        <source>Noted on</source>
        <translation>Genoteerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="355"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="356"/>
        <location filename="../../coachdesk/services/list_queries.py" line="368"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="357"/>
        <location filename="../../coachdesk/services/list_queries.py" line="366"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="358"/>
        <location filename="../../coachdesk/services/list_queries.py" line="367"/>
        <source>Record kind</source>
        <translation>Soort gegeven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="360"/>
        <source>Changed fields</source>
        <translation>Gewijzigde velden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="361"/>
        <source>Record id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="373"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="374"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="375"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="376"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="377"/>
        <source>exported (AVG)</source>
        <translation>geëxporteerd (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/list_queries.py" line="378"/>
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
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="545"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="71"/>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="545"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="368"/>
        <source>Last checked over a year ago: check the amounts and conditions.</source>
        <translation>Meer dan een jaar geleden gecontroleerd: controleer de bedragen en voorwaarden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="370"/>
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
        <translation>Aandacht nodig: {count}.</translation>
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
        <translation>Typ het wachtwoord nog eens ter bevestiging: </translation>
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
        <location filename="../../coachdesk/cli/toolkit.py" line="34"/>
        <source>warning</source>
        <translation>let op</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/toolkit.py" line="58"/>
        <source>%n toolkit(s) written to {path}.</source>
        <translation>
            <numerusform>%n toolkit geschreven naar {path}.</numerusform>
            <numerusform>%n toolkits geschreven naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/toolkit.py" line="74"/>
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
        <location filename="../../coachdesk/cli/team.py" line="84"/>
        <source>Team started in {folder}: {count} changes shared.</source>
        <translation>Team gestart in {folder}: {count} wijzigingen gedeeld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="93"/>
        <source>Invitation written to {path}. Give it to the new member, and give him this one-time code separately (in person or by phone):</source>
        <translation>Uitnodiging geschreven naar {path}. Geef die aan het nieuwe teamlid, en geef hem deze eenmalige code apart (persoonlijk of telefonisch):</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="104"/>
        <source>The invitation needs its one-time code. Run the command in a terminal, or set {variable} for a script.</source>
        <translation>De uitnodiging heeft de eenmalige code nodig. Voer de opdracht uit in een terminal, of zet {variable} voor een script.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="105"/>
        <source>One-time code: </source>
        <translation>Eenmalige code: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="108"/>
        <source>Joined the team: {count} changes received.</source>
        <translation>Aangesloten bij het team: {count} wijzigingen ontvangen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="132"/>
        <source>Removed from the team; the keys of his parts of the team are replaced, so he receives nothing new.</source>
        <translation>Uit het team verwijderd; de sleutels van zijn delen van het team zijn vervangen, dus hij ontvangt niets nieuws meer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="141"/>
        <source>Compacted: {snapshots} snapshots written, {removed} old change files removed.</source>
        <translation>Samengevoegd: {snapshots} momentopnamen geschreven, {removed} oude wijzigingsbestanden verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="154"/>
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>%n wijziging verstuurd</numerusform>
            <numerusform>%n wijzigingen verstuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="155"/>
        <source>%n change(s) received</source>
        <translation>
            <numerusform>%n wijziging ontvangen</numerusform>
            <numerusform>%n wijzigingen ontvangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="156"/>
        <source>%n new item(s) to check</source>
        <translation>
            <numerusform>%n nieuw punt te controleren</numerusform>
            <numerusform>%n nieuwe punten te controleren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="168"/>
        <source>{id}: {kind} {record_id} {field}: mine {mine!r}, theirs {theirs!r} ({by}, {at})</source>
        <translation>{id}: {kind} {record_id} {field}: van mij {mine!r}, van de ander {theirs!r} ({by}, {at})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="169"/>
        <source>{count} items to check.</source>
        <translation>Te controleren: {count}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="179"/>
        <source>{at}: {by} may not change {kind} {record_id} ({field})</source>
        <translation>{at}: {by} mag {kind} {record_id} niet wijzigen ({field})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/cli/team.py" line="180"/>
        <source>%n refused change(s).</source>
        <translation>
            <numerusform>%n geweigerde wijziging.</numerusform>
            <numerusform>%n geweigerde wijzigingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="203"/>
        <source>Resolved; the kept value is shared at the next sync.</source>
        <translation>Opgelost; de gekozen waarde wordt bij de volgende synchronisatie gedeeld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="212"/>
        <source>&quot;{pair}&quot; is not FIELD=VALUE. Write for example first_name=Sanne.</source>
        <translation>&quot;{pair}&quot; is geen VELD=WAARDE. Schrijf bijvoorbeeld first_name=Sanne.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/team.py" line="243"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="102"/>
        <source>Columns not imported: {columns}</source>
        <translation>Kolommen niet geïmporteerd: {columns}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="105"/>
        <source>Column &quot;{column}&quot;: {message}</source>
        <translation>Kolom &quot;{column}&quot;: {message}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/route.py" line="73"/>
        <location filename="../../coachdesk/cli/transfer.py" line="110"/>
        <source>line {line}, {column}: {message}</source>
        <translation>regel {line}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/route.py" line="103"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/route.py" line="118"/>
        <source>Written to {path}.</source>
        <translation>Geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="59"/>
        <source>Name the file to import (for undo: the batch id, see &apos;coachdesk import batches&apos;).</source>
        <translation>Noem het bestand om te importeren (bij undo: het nummer van de import, zie &apos;coachdesk import batches&apos;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="112"/>
        <source>… and {count} more errors.</source>
        <translation>… en nog {count} fouten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="113"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {errors} rows with errors.</source>
        <translation>Nieuw: {new}, bijgewerkt: {updated}, ongewijzigd: {unchanged}, met fouten: {errors}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="117"/>
        <source>Students still to be completed: {count}; see &apos;Completeness&apos; on the students list, or Vandaag.</source>
        <translation>Leerlingen nog aan te vullen: {count}; zie &apos;Volledigheid&apos; in de leerlingenlijst, of Vandaag.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="119"/>
        <source>Dry run: nothing was stored.</source>
        <translation>Proefimport: er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="121"/>
        <source>Stored as import {batch}; undo it with: coachdesk import undo {batch}</source>
        <translation>Opgeslagen als import {batch}; ongedaan maken met: coachdesk import undo {batch}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="123"/>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="125"/>
        <source>The rows to fix are in {path}.</source>
        <translation>De regels om te verbeteren staan in {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="138"/>
        <source>line {line}: new ({name})</source>
        <translation>regel {line}: nieuw ({name})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="140"/>
        <source>line {line}: update {name} ({fields})</source>
        <translation>regel {line}: bijwerken {name} ({fields})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="142"/>
        <source>still to fill in: {fields}</source>
        <translation>nog in te vullen: {fields}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="145"/>
        <source>… and {count} more new or updated rows.</source>
        <translation>… en nog {count} nieuw of bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="159"/>
        <source>No imports yet.</source>
        <translation>Nog geen imports.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="162"/>
        <source>{when}  {file} ({kind}), by {who}: {new} new, {updated} updated</source>
        <translation>{when}  {file} ({kind}), door {who}: {new} nieuw, {updated} bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="165"/>
        <source>undo with: coachdesk import undo {batch}</source>
        <translation>ongedaan maken met: coachdesk import undo {batch}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="179"/>
        <source>Import {batch} undone: {removed} records removed, {restored} restored.</source>
        <translation>Import {batch} ongedaan gemaakt: {removed} gegevens verwijderd, {restored} hersteld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/route.py" line="87"/>
        <location filename="../../coachdesk/cli/transfer.py" line="192"/>
        <source>{count} rows written to {path}.</source>
        <translation>Geschreven naar {path}: {count} (aantal regels).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="201"/>
        <source>{path}: a template is an .xlsx (or .csv) file. End the name with .xlsx.</source>
        <translation>{path}: een sjabloon is een .xlsx- (of .csv-)bestand. Laat de naam eindigen op .xlsx.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/transfer.py" line="208"/>
        <source>Template written to {path}.</source>
        <translation>Sjabloon geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="50"/>
        <source>--limit takes a number of 1 or more.</source>
        <translation>--limit vraagt een getal van 1 of meer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="81"/>
        <source>but: </source>
        <translation>maar: </translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="83"/>
        <source>No match.</source>
        <translation>Geen match.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="85"/>
        <source>left out: {count} × {reason}</source>
        <translation>weggelaten: {count} × {reason}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="105"/>
        <source>Proposed: placement {id}, the place is held until {day}.</source>
        <translation>Voorgesteld: stage {id}, de plek wordt vastgehouden tot {day}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="124"/>
        <source>No duplicate employers found.</source>
        <translation>Geen dubbele leerbedrijven gevonden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/matching.py" line="140"/>
        <source>Merge undone.</source>
        <translation>Samenvoeging ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="15"/>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD, for example 2026-08-01.</source>
        <translation>&quot;{value}&quot; is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-08-01.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="16"/>
        <source>--out must end in {kinds}.</source>
        <translation>--out moet eindigen op {kinds}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="79"/>
        <location filename="../../coachdesk/cli/monitor.py" line="148"/>
        <source>Figures written to {path}.</source>
        <translation>Cijfers geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="112"/>
        <source>Figures from {start} to {end} (definitions version {version})</source>
        <translation>Cijfers van {start} tot en met {end} (definities versie {version})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="136"/>
        <source>Regional figures written to {path}; signed with the key {fingerprint}.</source>
        <translation>Regionale cijfers geschreven naar {path}; ondertekend met de sleutel {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="154"/>
        <source>{school}: {start} to {end}, key {fingerprint}</source>
        <translation>{school}: {start} tot en met {end}, sleutel {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli/monitor.py" line="170"/>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="206"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="207"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="215"/>
        <source>Type your passphrase first, then press Enter.</source>
        <translation>Typ eerst je wachtwoord en druk dan op Enter.</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="24"/>
        <source>Two members changed the same field before seeing each other&apos;s change. The team already agrees on one value; check it, and keep yours or theirs.</source>
        <translation>Twee teamleden wijzigden hetzelfde veld voordat ze elkaars wijziging zagen. Het team heeft al één waarde; controleer die en houd de jouwe of die van de ander.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="30"/>
        <source>Items to check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="31"/>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="58"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="31"/>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="58"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="31"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="31"/>
        <source>Theirs</source>
        <translation>Van de ander</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="31"/>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="58"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="32"/>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="58"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="32"/>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="58"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="40"/>
        <source>Keep mine</source>
        <translation>Mijn waarde houden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="41"/>
        <source>Keep theirs</source>
        <translation>Hun waarde houden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="48"/>
        <source>Nothing to check.</source>
        <translation>Niets te controleren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="52"/>
        <source>&lt;b&gt;Refused changes&lt;/b&gt;: colleagues&apos; changes their role may not make. Nothing of them was applied; talk to the colleague, or check his role in Team.</source>
        <translation>&lt;b&gt;Geweigerde wijzigingen&lt;/b&gt;: wijzigingen van collega&apos;s die hun rol niet mag maken. Er is niets van overgenomen; overleg met de collega, of kijk zijn rol na bij Team.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="57"/>
        <source>Refused changes</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="59"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/conflicts.py" line="86"/>
        <source>the whole record</source>
        <translation>het hele record</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="159"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="164"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="165"/>
        <source>Choose a date in the calendar</source>
        <translation>Kies een datum in de kalender</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="433"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="435"/>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="437"/>
        <source>Add workplace trainer</source>
        <translation>Praktijkopleider toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="448"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="448"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="448"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="449"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="449"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="449"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="449"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="449"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="459"/>
        <source>Workplace trainers</source>
        <translation>Praktijkopleiders</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="461"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="478"/>
        <source>Recognised by SBB (Leerbedrijf-ID %s)</source>
        <translation>Erkend door SBB (Leerbedrijf-ID %s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="478"/>
        <source>⚠ Not recognised by SBB: no BPV place possible until it is.</source>
        <translation>⚠ Niet erkend door SBB: een BPV-plek kan pas na erkenning.</translation>
    </message>
</context>
<context>
    <name>EmployerPlaces</name>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="435"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="435"/>
        <location filename="../../coachdesk/ui/screens/places.py" line="456"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="435"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="435"/>
        <source>Taken</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="435"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="435"/>
        <source>To know</source>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="437"/>
        <source>New place</source>
        <translation>Nieuwe plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="442"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="442"/>
        <source>Leerbedrijf-ID</source>
        <translation>Leerbedrijf-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="442"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="442"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="442"/>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="448"/>
        <source>Add recognition</source>
        <translation>Erkenning toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="456"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="456"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="456"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="456"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="457"/>
        <source>Log employer contact</source>
        <translation>Contact met werkgever vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="461"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="462"/>
        <source>SBB recognitions</source>
        <translation>SBB-erkenningen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="463"/>
        <source>Recruitment and contacts</source>
        <translation>Werving en contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="497"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="497"/>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="505"/>
        <source>Check a recognition on Stagemarkt; CoachDesk keeps only what the school knows, never a copy.</source>
        <translation>Controleer een erkenning op Stagemarkt; CoachDesk bewaart alleen wat de school weet, nooit een kopie.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="508"/>
        <source>not in the pipeline</source>
        <translation>niet in de werving</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="509"/>
        <source>Stage: %s</source>
        <translation>Fase: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="509"/>
        <source>owner: %s</source>
        <translation>eigenaar: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="511"/>
        <source>next step: %s</source>
        <translation>volgende stap: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="513"/>
        <source>dropped: %s</source>
        <translation>afgehaakt: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="515"/>
        <source>Recruitment: %s</source>
        <translation>Werving: %s</translation>
    </message>
</context>
<context>
    <name>Employers</name>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="44"/>
        <source>same KvK number {value}</source>
        <translation>zelfde KvK-nummer {value}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="45"/>
        <source>same Leerbedrijf-ID {value}</source>
        <translation>zelfde Leerbedrijf-ID {value}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="46"/>
        <source>same phone number {value}</source>
        <translation>zelfde telefoonnummer {value}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="47"/>
        <source>similar name in postcode {value}</source>
        <translation>vergelijkbare naam in postcode {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/services/acquisition.py" line="323"/>
        <source>At {event}: %n student(s) want to meet, {none} no match.</source>
        <translation>
            <numerusform>Op {event}: %n leerling wil kennismaken, {none} geen match.</numerusform>
            <numerusform>Op {event}: %n leerlingen willen kennismaken, {none} geen match.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="305"/>
        <source>Plan the introductions</source>
        <translation>Kennismakingen plannen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/team.py" line="96"/>
        <source>Perhaps the same employer as {name} ({why}). Saved all the same; merge them when they are one.</source>
        <translation>Misschien dezelfde werkgever als {name} ({why}). Toch opgeslagen; voeg ze samen als het er één is.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="47"/>
        <source>This passphrase does not open {path}. Check it (capitals count) and try again. If you are sure it is right, the file is damaged: restore a backup. Nothing was changed.</source>
        <translation>Met dit wachtwoord gaat {path} niet open. Controleer het (let op hoofdletters) en probeer het opnieuw. Weet je zeker dat het klopt, dan is het bestand beschadigd: zet een reservekopie terug. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="50"/>
        <source>This passphrase does not open {path}. A change of passphrase was interrupted before it was finished: the data still opens with the OLD passphrase. Nothing was lost.</source>
        <translation>Dit wachtwoord opent {path} niet. Het wijzigen van het wachtwoord is onderbroken voordat het klaar was: de gegevens openen nog met het OUDE wachtwoord. Er is niets verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/database.py" line="53"/>
        <source>This passphrase does not open {path}. A change of passphrase was interrupted just after it was done: the data opens with the NEW passphrase. Nothing was lost.</source>
        <translation>Dit wachtwoord opent {path} niet. Het wijzigen van het wachtwoord is onderbroken net nadat het klaar was: de gegevens openen met het NIEUWE wachtwoord. Er is niets verloren.</translation>
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
        <location filename="../../coachdesk/domain/policy.py" line="44"/>
        <source>Risk assessments are not available to a JPO. Ask the student&apos;s coach.</source>
        <translation>Risicobeoordelingen zijn niet zichtbaar voor een JPO. Vraag het aan de coach van de leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="43"/>
        <source>You may not see this student&apos;s file. Ask a coordinator.</source>
        <translation>Je mag het dossier van deze leerling niet inzien. Vraag het aan een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="42"/>
        <source>Your role may not change this. Ask a coordinator.</source>
        <translation>Met jouw rol kun je dit niet wijzigen. Vraag het aan een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="108"/>
        <source>Health notes are not available to a JPO.</source>
        <translation>Gezondheidsnotities zijn niet zichtbaar voor een JPO.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="45"/>
        <source>Only a coordinator may read the audit trail.</source>
        <translation>Alleen een coördinator mag het logboek inzien.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="46"/>
        <source>This is not available to your role. Ask a coordinator.</source>
        <translation>Dit is niet beschikbaar voor jouw rol. Vraag het een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="48"/>
        <source>Only a coordinator may erase a student.</source>
        <translation>Alleen een coördinator mag een leerling wissen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="54"/>
        <source>This contact was logged by someone else; only he or a coordinator may change it.</source>
        <translation>Dit contact is door iemand anders vastgelegd; alleen die persoon of een coördinator mag het wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="50"/>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation>Een stage met status &quot;{current}&quot; kan niet &quot;{target}&quot; worden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="56"/>
        <source>This student already has an open placement ({status}{employer}). Change that one, or end it, before adding another.</source>
        <translation>Deze leerling heeft al een lopende stage ({status}{employer}). Wijzig of beëindig die eerst voordat je een nieuwe toevoegt.</translation>
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
        <location filename="../../coachdesk/services/records.py" line="46"/>
        <source>An action belongs to a risk assessment: add it when you record the assessment.</source>
        <translation>Een actie hoort bij een risico-inschatting: voeg hem toe wanneer je de inschatting vastlegt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="47"/>
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
        <translation>Het opgegeven wachtwoord van de huidige gegevens opent {path} niet, en ook geen reservekopie in de map. Controleer het (hoofdletters tellen): de teruggezette gegevens zouden ermee versleuteld worden. Is het gegevensbestand beschadigd of kwijt, typ het wachtwoord dan twee keer ter bevestiging. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/backups.py" line="74"/>
        <source>The passphrase is changed and the data opens with the new one, but no backup could be made under it ({reason}). It is made again the next time the data is opened.</source>
        <translation>Het wachtwoord is gewijzigd en de gegevens openen met het nieuwe, maar er kon geen reservekopie mee gemaakt worden ({reason}). Die wordt gemaakt als de gegevens de volgende keer geopend worden.</translation>
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
        <location filename="../../coachdesk/services/settings.py" line="50"/>
        <source>Only a coordinator may change the team&apos;s settings ({fields}). Ask a coordinator.</source>
        <translation>Alleen een coördinator mag de instellingen van het team wijzigen ({fields}). Vraag het een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="52"/>
        <source>Another user of this laptop (and so another role) needs the passphrase again. Change it in Settings, where CoachDesk asks for it.</source>
        <translation>Een andere gebruiker van deze laptop (en dus een andere rol) vraagt opnieuw om het wachtwoord. Wijzig het bij Instellingen, waar CoachDesk erom vraagt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/users.py" line="20"/>
        <source>Nobody is chosen yet as the user of this data folder. Open CoachDesk once and choose who you are (Settings: &quot;Who uses this laptop&quot;); then run the command again.</source>
        <translation>Er is nog niemand gekozen als gebruiker van deze gegevensmap. Open CoachDesk één keer en kies wie je bent (Instellingen: &quot;Wie gebruikt deze laptop&quot;); geef daarna de opdracht opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/users.py" line="21"/>
        <source>The user of this data folder no longer exists. Open CoachDesk and choose who you are (Settings: &quot;Who uses this laptop&quot;).</source>
        <translation>De gebruiker van deze gegevensmap bestaat niet meer. Open CoachDesk en kies wie je bent (Instellingen: &quot;Wie gebruikt deze laptop&quot;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/users.py" line="58"/>
        <source>In a team the signed roster says who you are and which role you have: each member signs in as himself on his own laptop. A coordinator changes roles (Team).</source>
        <translation>In een team bepaalt de ondertekende ledenlijst wie je bent en welke rol je hebt: elk lid meldt zich op zijn eigen laptop als zichzelf aan. Een coördinator wijzigt rollen (Team).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/users.py" line="59"/>
        <source>That passphrase is not right, so the user of this laptop stays as it was. Check it (capitals count) and try again.</source>
        <translation>Dat wachtwoord klopt niet, dus de gebruiker van deze laptop blijft dezelfde. Controleer het (let op hoofdletters) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/toolkit_data.py" line="49"/>
        <source>This toolkit would name no one to call. Fill in the school&apos;s phone or e-mail (Settings, or the school record), or the phone or e-mail of the coach ({who}), then make the toolkit again.</source>
        <translation>In deze toolkit zou niemand staan die men kan bellen. Vul het telefoonnummer of e-mailadres van de school in (Instellingen, of bij de school), of dat van de coach ({who}), en maak de toolkit opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/demo.py" line="507"/>
        <source>Only a coordinator may remove the demo data. Ask your coordinator.</source>
        <translation>Alleen een coördinator kan de demogegevens verwijderen. Vraag het je coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/demo.py" line="508"/>
        <source>This data folder shares its work with a team, so removing the demo data here would also remove it on your colleagues&apos; laptops, with anything they added to it since the last sync. Demo data can be removed before a team is started.</source>
        <translation>Deze gegevensmap deelt zijn werk met een team. Demogegevens die je hier verwijdert, verdwijnen ook op de laptops van je collega&apos;s, met alles wat zij er sinds de laatste synchronisatie aan toevoegden. Demogegevens kun je verwijderen voordat een team begint.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/demo.py" line="511"/>
        <source>This data folder still holds the fictitious demo data, and a team would send it to every member. Remove it first with &apos;coachdesk demo --remove&apos; (or Settings: Remove the demo data), then start the team.</source>
        <translation>Deze gegevensmap bevat nog de verzonnen demogegevens, en een team zou die naar elk lid sturen. Verwijder ze eerst met &apos;coachdesk demo --remove&apos; (of Instellingen: Demogegevens verwijderen) en start dan het team.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="48"/>
        <source>An employer cannot be merged with itself: give two different ids.</source>
        <translation>Een leerbedrijf kan niet met zichzelf worden samengevoegd: geef twee verschillende id&apos;s.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="49"/>
        <source>{name} is already merged into another employer; undo that merge first.</source>
        <translation>{name} is al samengevoegd met een ander leerbedrijf; maak die samenvoeging eerst ongedaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="50"/>
        <source>There is no merge with id {id}. The id was printed when the employers were merged.</source>
        <translation>Er is geen samenvoeging met id {id}. Het id werd getoond toen de leerbedrijven werden samengevoegd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="51"/>
        <source>This merge was already undone.</source>
        <translation>Deze samenvoeging is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/acquisition.py" line="306"/>
        <source>&quot;{value}&quot; is not an outcome of a meeting; use wil_kennismaken or geen_match.</source>
        <translation>&quot;{value}&quot; is geen uitkomst van een gesprek; gebruik wil_kennismaken of geen_match.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="73"/>
        <source>The figures are for coordinators, docents, job coaches and jobhunters; a JPO has no figures.</source>
        <translation>De cijfers zijn voor coördinatoren, docenten, jobcoaches en jobhunters; een JPO heeft geen cijfers.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="74"/>
        <source>The period ends ({end}) before it starts ({start}). Choose a later end date.</source>
        <translation>De periode eindigt ({end}) voordat hij begint ({start}). Kies een latere einddatum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="75"/>
        <source>Unknown breakdown &quot;{by}&quot;. Choose one of: {choices}.</source>
        <translation>Onbekende uitsplitsing &quot;{by}&quot;. Kies een van: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="76"/>
        <source>Unknown figure &quot;{id}&quot;.</source>
        <translation>Onbekend cijfer &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="77"/>
        <source>Employer figures do not open to students.</source>
        <translation>Werkgeverscijfers openen niet naar leerlingen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="78"/>
        <source>Only a coordinator maps sectors to akkoorden.</source>
        <translation>Alleen een coördinator koppelt sectoren aan akkoorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="939"/>
        <source>Only a coordinator makes the regional figures file.</source>
        <translation>Alleen een coördinator maakt het bestand met regionale cijfers.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="940"/>
        <source>There is no school with students to make figures for.</source>
        <translation>Er is geen school met leerlingen om cijfers voor te maken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="941"/>
        <source>{name} is not a regional figures file of CoachDesk, or it is damaged.</source>
        <translation>{name} is geen bestand met regionale cijfers van CoachDesk, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="942"/>
        <source>{name} was changed after it was signed: its figures cannot be trusted. Ask the school for a new file.</source>
        <translation>{name} is veranderd nadat het ondertekend is: de cijfers zijn niet te vertrouwen. Vraag de school om een nieuw bestand.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="943"/>
        <source>The files were made under different definitions (versions {versions}): combine only files made under the same version.</source>
        <translation>De bestanden zijn gemaakt met verschillende definities (versies {versions}): voeg alleen bestanden met dezelfde versie samen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="944"/>
        <source>{school} is in {first} and in {second} for overlapping periods ({period_1} and {period_2}): leave one of them out.</source>
        <translation>{school} staat in {first} en in {second} voor overlappende periodes ({period_1} en {period_2}): laat er één weg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="945"/>
        <source>Combined files break down by akkoord, school_type, gemeente or school, not &quot;{by}&quot;.</source>
        <translation>Samengevoegde bestanden splitsen uit naar akkoord, school_type, gemeente of school, niet naar &quot;{by}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="41"/>
        <source>Hold the place for 1 to {maximum} days.</source>
        <translation>Houd de plek 1 tot {maximum} dagen vast.</translation>
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
        <translation>Opgeslagen in {path}: {count} (aantal regels)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="52"/>
        <location filename="../../coachdesk/domain/schema.py" line="60"/>
        <location filename="../../coachdesk/domain/schema.py" line="108"/>
        <location filename="../../coachdesk/domain/schema.py" line="183"/>
        <location filename="../../coachdesk/domain/schema.py" line="257"/>
        <location filename="../../coachdesk/domain/schema.py" line="273"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="58"/>
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
        <location filename="../../coachdesk/domain/schema.py" line="184"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="50"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="55"/>
        <location filename="../../coachdesk/domain/schema.py" line="63"/>
        <location filename="../../coachdesk/domain/schema.py" line="81"/>
        <location filename="../../coachdesk/domain/schema.py" line="185"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="51"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="56"/>
        <location filename="../../coachdesk/services/settings.py" line="47"/>
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
        <location filename="../../coachdesk/transfer/mapping.py" line="48"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="68"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="35"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="72"/>
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
        <location filename="../../coachdesk/services/completeness.py" line="34"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="44"/>
        <source>VSO exit profile</source>
        <translation>Uitstroomprofiel VSO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="75"/>
        <location filename="../../coachdesk/services/completeness.py" line="35"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="43"/>
        <source>Learning pathway (BOL/BBL)</source>
        <translation>Leerweg (BOL/BBL)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="76"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="45"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="77"/>
        <location filename="../../coachdesk/domain/schema.py" line="134"/>
        <location filename="../../coachdesk/domain/schema.py" line="154"/>
        <location filename="../../coachdesk/domain/schema.py" line="284"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="46"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="79"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="49"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="82"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="52"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="83"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="53"/>
        <source>Parent/guardian phone</source>
        <translation>Telefoon ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="84"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="54"/>
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
        <location filename="../../coachdesk/domain/schema.py" line="143"/>
        <location filename="../../coachdesk/services/placements.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="91"/>
        <source>Left school on</source>
        <translation>Van school af op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="93"/>
        <source>Home postcode (4 digits)</source>
        <translation>Postcode thuis (4 cijfers)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="94"/>
        <location filename="../../coachdesk/domain/schema.py" line="177"/>
        <source>Travels by</source>
        <translation>Reist met</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="95"/>
        <source>Longest trip one way (minutes)</source>
        <translation>Langste reis enkele reis (minuten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="96"/>
        <source>Wished sectors</source>
        <translation>Gewenste sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="97"/>
        <source>Wished kinds of work</source>
        <translation>Gewenst soort werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="98"/>
        <source>Cannot do</source>
        <translation>Kan niet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="99"/>
        <source>At most hours per week</source>
        <translation>Hoogstens uren per week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="100"/>
        <source>Days available</source>
        <translation>Beschikbare dagen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="101"/>
        <source>Support needs (written for an employer)</source>
        <translation>Ondersteuningsbehoefte (geschreven voor een werkgever)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="102"/>
        <source>Destination after school</source>
        <translation>Bestemming na school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="103"/>
        <source>Leave out of regional figures</source>
        <translation>Niet meetellen in regionale cijfers</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="104"/>
        <source>Tick when the student or his parents did not consent to being counted in figures that leave the school.</source>
        <translation>Aanvinken als de leerling of zijn ouders geen toestemming gaven om mee te tellen in cijfers die de school verlaten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="109"/>
        <location filename="../../coachdesk/domain/schema.py" line="153"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="57"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="74"/>
        <source>SBB Leerbedrijf-ID</source>
        <translation>SBB Leerbedrijf-ID</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="110"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="59"/>
        <source>Recognised by SBB</source>
        <translation>Erkend door SBB</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="111"/>
        <location filename="../../coachdesk/domain/schema.py" line="132"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="60"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="112"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="61"/>
        <source>Street and number</source>
        <translation>Straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="113"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="62"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="114"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="63"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="115"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="64"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="116"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="65"/>
        <source>Contact phone</source>
        <translation>Telefoon contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="117"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="66"/>
        <source>Contact email</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="118"/>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="120"/>
        <source>Acquisition stage</source>
        <translation>Wervingsfase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="121"/>
        <source>Acquisition by</source>
        <translation>Werving door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="122"/>
        <location filename="../../coachdesk/domain/schema.py" line="167"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="123"/>
        <location filename="../../coachdesk/domain/schema.py" line="168"/>
        <source>Next step on</source>
        <translation>Volgende stap op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="124"/>
        <source>Why dropped</source>
        <translation>Waarom afgehaakt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="128"/>
        <location filename="../../coachdesk/domain/schema.py" line="152"/>
        <location filename="../../coachdesk/domain/schema.py" line="162"/>
        <location filename="../../coachdesk/domain/schema.py" line="174"/>
        <location filename="../../coachdesk/domain/schema.py" line="182"/>
        <location filename="../../coachdesk/domain/schema.py" line="190"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="75"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="663"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="677"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="130"/>
        <source>Field of work</source>
        <translation>Werkveld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="131"/>
        <source>Kind of place</source>
        <translation>Soort plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="133"/>
        <source>Kind of work</source>
        <translation>Soort werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="135"/>
        <location filename="../../coachdesk/domain/schema.py" line="287"/>
        <source>mbo level</source>
        <translation>mbo-niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="136"/>
        <location filename="../../coachdesk/domain/schema.py" line="175"/>
        <source>Location postcode (4 digits)</source>
        <translation>Postcode locatie (4 cijfers)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="137"/>
        <source>Location (place)</source>
        <translation>Locatie (plaats)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="140"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="142"/>
        <source>Number of places</source>
        <translation>Aantal plaatsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="144"/>
        <source>What the place offers</source>
        <translation>Wat de plek biedt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="145"/>
        <source>What the work asks</source>
        <translation>Wat het werk vraagt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="147"/>
        <source>Employer agreed to be named to students</source>
        <translation>Leerbedrijf mag aan leerlingen genoemd worden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="157"/>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="158"/>
        <source>Page on Stagemarkt</source>
        <translation>Pagina op Stagemarkt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="169"/>
        <source>At the event</source>
        <translation>Op het evenement</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="173"/>
        <location filename="../../coachdesk/domain/schema.py" line="189"/>
        <location filename="../../coachdesk/domain/schema.py" line="204"/>
        <location filename="../../coachdesk/domain/schema.py" line="224"/>
        <location filename="../../coachdesk/domain/schema.py" line="309"/>
        <location filename="../../coachdesk/domain/schema.py" line="323"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="286"/>
        <source>Version (cohort)</source>
        <translation>Versie (cohort)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="289"/>
        <source>Taken from the source on</source>
        <translation>Overgenomen uit de bron op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="294"/>
        <location filename="../../coachdesk/domain/schema.py" line="300"/>
        <location filename="../../coachdesk/domain/schema.py" line="311"/>
        <source>Qualification file</source>
        <translation>Kwalificatiedossier</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="295"/>
        <location filename="../../coachdesk/domain/schema.py" line="302"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="301"/>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="304"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="305"/>
        <source>Regional learning lines</source>
        <translation>Regionale leerlijnen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="310"/>
        <source>Kind of praktijkverklaring</source>
        <translation>Soort praktijkverklaring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="315"/>
        <source>Work processes the employer offers</source>
        <translation>Werkprocessen die het leerbedrijf aanbiedt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="316"/>
        <source>The codes (such as B1-K1-W1) the leerbedrijf said it offers, agreed with the employer.</source>
        <translation>De codes (zoals B1-K1-W1) waarvan het leerbedrijf zei dat het ze aanbiedt, afgesproken met de werkgever.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="317"/>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="322"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="324"/>
        <source>Work process</source>
        <translation>Werkproces</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="325"/>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="326"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="327"/>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="329"/>
        <source>From the signed paper form of</source>
        <translation>Van het ondertekende formulier van</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="330"/>
        <source>Confirmed by the school (coach)</source>
        <translation>Bevestigd door de school (coach)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="331"/>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="332"/>
        <source>Work assignments (what, where, by when)</source>
        <translation>Werkopdrachten (wat, waar, wanneer klaar)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="385"/>
        <source>Risk assessment</source>
        <translation>Risicobeoordeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="386"/>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="387"/>
        <source>Stopped on</source>
        <translation>Gestopt op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="388"/>
        <source>Reason for stopping</source>
        <translation>Reden van stoppen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="389"/>
        <source>Reason for stopping (coded)</source>
        <translation>Reden van stoppen (code)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="390"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="391"/>
        <source>Number of contacts</source>
        <translation>Aantal contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="392"/>
        <source>Number of visits on site</source>
        <translation>Aantal bezoeken op de werkplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="393"/>
        <source>Level by the rule</source>
        <translation>Niveau volgens de regel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="394"/>
        <source>Merged into</source>
        <translation>Samengevoegd met</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="395"/>
        <source>School location</source>
        <translation>Schoollocatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="396"/>
        <source>After 6 months</source>
        <translation>Na 6 maanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="397"/>
        <source>After 6 months, asked on</source>
        <translation>Na 6 maanden, gevraagd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="398"/>
        <source>After 12 months</source>
        <translation>Na 12 maanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="399"/>
        <source>After 12 months, asked on</source>
        <translation>Na 12 maanden, gevraagd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="400"/>
        <source>After 24 months</source>
        <translation>Na 24 maanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="401"/>
        <source>After 24 months, asked on</source>
        <translation>Na 24 maanden, gevraagd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="402"/>
        <source>Work process in the route</source>
        <translation>Werkproces in de route</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="403"/>
        <source>Kind of entry</source>
        <translation>Soort regel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="146"/>
        <location filename="../../coachdesk/domain/schema.py" line="191"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="67"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="665"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="678"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="192"/>
        <source>School coach</source>
        <translation>Begeleider vanuit school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="193"/>
        <source>Searching since</source>
        <translation>Zoekt sinds</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="138"/>
        <location filename="../../coachdesk/domain/schema.py" line="194"/>
        <location filename="../../coachdesk/domain/schema.py" line="314"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="77"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="139"/>
        <location filename="../../coachdesk/domain/schema.py" line="195"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="78"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="141"/>
        <location filename="../../coachdesk/domain/schema.py" line="196"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="81"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="197"/>
        <source>POK signed on</source>
        <translation>POK getekend op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="148"/>
        <location filename="../../coachdesk/domain/schema.py" line="200"/>
        <location filename="../../coachdesk/domain/schema.py" line="231"/>
        <location filename="../../coachdesk/domain/schema.py" line="318"/>
        <location filename="../../coachdesk/transfer/mapping.py" line="82"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="205"/>
        <location filename="../../coachdesk/domain/schema.py" line="312"/>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="163"/>
        <location filename="../../coachdesk/domain/schema.py" line="206"/>
        <location filename="../../coachdesk/domain/schema.py" line="225"/>
        <location filename="../../coachdesk/services/placements.py" line="58"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="164"/>
        <location filename="../../coachdesk/domain/schema.py" line="207"/>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="165"/>
        <location filename="../../coachdesk/domain/schema.py" line="208"/>
        <source>By coach</source>
        <translation>Door coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="166"/>
        <location filename="../../coachdesk/domain/schema.py" line="209"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="176"/>
        <source>Real travel time one way (minutes)</source>
        <translation>Echte reistijd enkele reis (minuten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="178"/>
        <source>Noted on</source>
        <translation>Genoteerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="199"/>
        <source>Place held until</source>
        <translation>Plek vastgehouden tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="210"/>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="211"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="217"/>
        <source>Follow-up recorded on</source>
        <translation>Nazorg vastgelegd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="218"/>
        <source>Where after 6 months</source>
        <translation>Waar na 6 maanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="218"/>
        <source>Where after 12 months</source>
        <translation>Waar na 12 maanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="219"/>
        <source>Where after 24 months</source>
        <translation>Waar na 24 maanden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="221"/>
        <source>Why it ended early</source>
        <translation>Waarom het voortijdig stopte</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="226"/>
        <location filename="../../coachdesk/domain/schema.py" line="328"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="227"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="228"/>
        <source>Unauthorised absence in the last 4 weeks (hours)</source>
        <translation>Ongeoorloofd verzuim in de laatste 4 weken (uren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="229"/>
        <source>Level set by coach</source>
        <translation>Niveau volgens coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="230"/>
        <source>Reason for a different level</source>
        <translation>Reden voor een ander niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="235"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="236"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="237"/>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="238"/>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="129"/>
        <location filename="../../coachdesk/domain/schema.py" line="242"/>
        <location filename="../../coachdesk/domain/schema.py" line="285"/>
        <location filename="../../coachdesk/domain/schema.py" line="296"/>
        <location filename="../../coachdesk/domain/schema.py" line="303"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="243"/>
        <source>Kind of event</source>
        <translation>Soort event</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="244"/>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="245"/>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="198"/>
        <location filename="../../coachdesk/domain/schema.py" line="246"/>
        <location filename="../../coachdesk/domain/schema.py" line="313"/>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="247"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="248"/>
        <source>For (school types)</source>
        <translation>Voor (schoolsoorten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="249"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="250"/>
        <source>Register before</source>
        <translation>Aanmelden vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="251"/>
        <source>Registration link</source>
        <translation>Aanmeldlink</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="252"/>
        <source>What to bring</source>
        <translation>Meenemen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="253"/>
        <location filename="../../coachdesk/domain/schema.py" line="269"/>
        <location filename="../../coachdesk/domain/schema.py" line="278"/>
        <location filename="../../coachdesk/domain/schema.py" line="290"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="258"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="259"/>
        <source>Target group</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="260"/>
        <source>For students of (school types)</source>
        <translation>Voor leerlingen van (schoolsoorten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="261"/>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="262"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="263"/>
        <source>How to apply</source>
        <translation>Zo vraag je het aan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="155"/>
        <location filename="../../coachdesk/domain/schema.py" line="264"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="156"/>
        <location filename="../../coachdesk/domain/schema.py" line="265"/>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="266"/>
        <location filename="../../coachdesk/domain/schema.py" line="288"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="267"/>
        <source>Last checked on</source>
        <translation>Laatst gecontroleerd op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="268"/>
        <source>Not verified</source>
        <translation>Niet geverifieerd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="274"/>
        <source>What it offers</source>
        <translation>Wat het biedt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="275"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="276"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="277"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="55"/>
        <location filename="../../coachdesk/services/placements.py" line="148"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="37"/>
        <source>Searching longer than (weeks)</source>
        <translation>Langer zoekend dan (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="38"/>
        <source>Contact at least every (weeks)</source>
        <translation>Contact minstens elke (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="39"/>
        <source>Minimum contacts per placement</source>
        <translation>Minimum aantal contacten per stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="40"/>
        <source>Ending within (weeks)</source>
        <translation>Eindigt binnen (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="41"/>
        <source>Keep data after leaving (years)</source>
        <translation>Gegevens bewaren na vertrek (jaren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="42"/>
        <source>Lock after (minutes)</source>
        <translation>Vergrendelen na (minuten)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="43"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="48"/>
        <source>A proposal holds the place (days)</source>
        <translation>Een voorstel houdt de plaats vast (dagen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="384"/>
        <location filename="../../coachdesk/services/settings.py" line="44"/>
        <source>Who uses this laptop</source>
        <translation>Wie gebruikt deze laptop</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="45"/>
        <source>School name</source>
        <translation>Naam van de school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/settings.py" line="46"/>
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
        <location filename="../../coachdesk/transfer/mapping.py" line="47"/>
        <source>Class (not stored)</source>
        <translation>Klas (wordt niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="68"/>
        <source>Workplace trainer phone</source>
        <translation>Telefoon praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="69"/>
        <source>Workplace trainer email</source>
        <translation>E-mail praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="76"/>
        <source>Crebo (checked, not stored)</source>
        <translation>Crebo (gecontroleerd, niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="79"/>
        <location filename="../../coachdesk/transfer/plan.py" line="559"/>
        <source>Actual end date</source>
        <translation>Werkelijke einddatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/mapping.py" line="80"/>
        <source>Total hours (Omvang)</source>
        <translation>Omvang (uren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="105"/>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="522"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="522"/>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="522"/>
        <source>Last known</source>
        <translation>Laatst bekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="522"/>
        <source>Due on</source>
        <translation>Te doen op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="528"/>
        <source>Still there</source>
        <translation>Nog daar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="532"/>
        <source>Where is the student now?</source>
        <translation>Waar is de leerling nu?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="537"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="544"/>
        <source>Or now:</source>
        <translation>Of nu:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="548"/>
        <source>Leavers whose follow-up is due. Select one, then answer: one click for &quot;still there&quot;.</source>
        <translation>Schoolverlaters bij wie nazorg aan de beurt is. Kies er een en antwoord: één klik voor &quot;nog daar&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="576"/>
        <source>No follow-up is due today. Each leaver&apos;s follow-ups come here 6, 12 and 24 months after leaving.</source>
        <translation>Er is vandaag geen nazorg te doen. De nazorg van elke schoolverlater komt hier 6, 12 en 24 maanden na vertrek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="590"/>
        <source>Recorded for %s.</source>
        <translation>Vastgelegd voor %s.</translation>
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
        <location filename="../../coachdesk/transfer/commit.py" line="28"/>
        <source>There is no import {id}. The batch number is in the report of the import.</source>
        <translation>Er is geen import {id}. Het importnummer staat in het verslag van de import.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/commit.py" line="29"/>
        <source>Import {id} was undone already.</source>
        <translation>Import {id} is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/commit.py" line="30"/>
        <source>Undone on {date}.</source>
        <translation>Ongedaan gemaakt op {date}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/commit.py" line="31"/>
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
        <source>the school type is missing; add a column School type or Niveau, or give one school type for all rows.</source>
        <translation>de schoolsoort ontbreekt; voeg een kolom Schoolsoort of Niveau toe, of geef één schoolsoort voor alle regels.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="38"/>
        <source>The file has no school type: new students of {school} get &quot;{type}&quot;, the type of every student of that school so far. If that is wrong, give one school type for all rows.</source>
        <translation>Het bestand heeft geen schoolsoort: nieuwe leerlingen van {school} krijgen &quot;{type}&quot;, de schoolsoort van alle leerlingen van die school tot nu toe. Klopt dat niet, geef dan één schoolsoort voor alle regels.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="39"/>
        <source>--set {field}: {kind} have no such field. Choose from: {choices}.</source>
        <translation>--set {field}: {kind} hebben geen veld met die naam. Kies uit: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="40"/>
        <source>--set {field}={value}: {reason}</source>
        <translation>--set {field}={value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="41"/>
        <source>--set {given}: write FIELD=VALUE, for example --set school_type=pro.</source>
        <translation>--set {given}: schrijf VELD=WAARDE, bijvoorbeeld --set school_type=pro.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="42"/>
        <source>&quot;{value}&quot; is not one of: {choices}.</source>
        <translation>&quot;{value}&quot; is niet een van: {choices}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="43"/>
        <source>no coach &quot;{value}&quot;; use the name or id of a coach in CoachDesk.</source>
        <translation>geen coach &quot;{value}&quot;; gebruik de naam of het id van een coach in CoachDesk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="44"/>
        <source>more than one coach is called &quot;{value}&quot;; use the coach&apos;s id.</source>
        <translation>meer dan één coach heet &quot;{value}&quot;; gebruik het id van de coach.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="45"/>
        <source>no school named &quot;{value}&quot;; use the name or BRIN code of a school in CoachDesk.</source>
        <translation>geen school met de naam &quot;{value}&quot;; gebruik de naam of BRIN-code van een school in CoachDesk.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="46"/>
        <source>no student with number {value}; import the students first.</source>
        <translation>geen leerling met nummer {value}; importeer eerst de leerlingen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="47"/>
        <source>student number {value} exists at more than one school; give --school.</source>
        <translation>leerlingnummer {value} komt op meer dan één school voor; geef --school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="48"/>
        <source>no employer &quot;{value}&quot;; import the employers first.</source>
        <translation>geen leerbedrijf &quot;{value}&quot;; importeer eerst de leerbedrijven.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="49"/>
        <source>give the employer (LeerbedrijfID or name).</source>
        <translation>geef het leerbedrijf (LeerbedrijfID of naam).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="50"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>&quot;{value}&quot; is geen geheel getal.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="51"/>
        <source>the name is missing; fill it in.</source>
        <translation>de naam ontbreekt; vul hem in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="52"/>
        <source>The file holds no data rows below the header (line {line}).</source>
        <translation>Het bestand heeft geen regels met gegevens onder de kopregel (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/plan.py" line="533"/>
        <source>Total hours (Omvang): {hours}</source>
        <translation>Omvang: {hours} uur</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="36"/>
        <source>{path} does not exist or cannot be opened ({reason}). Check the file name.</source>
        <translation>{path} bestaat niet of kan niet geopend worden ({reason}). Controleer de bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="37"/>
        <source>{path}: CoachDesk reads .csv, .xlsx, .xls and .ods files. Save the export in one of these formats.</source>
        <translation>{path}: CoachDesk leest .csv-, .xlsx-, .xls- en .ods-bestanden. Sla de export in een van deze vormen op.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="38"/>
        <source>{path} is not a readable {format} file (it may be damaged or of another kind). Open it in a spreadsheet program and save it again.</source>
        <translation>{path} is geen leesbaar {format}-bestand (het is misschien beschadigd of van een andere soort). Open het in een rekenbladprogramma en sla het opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="39"/>
        <source>{path} is too large to import ({size} MB; at most {limit} MB). Split the file.</source>
        <translation>{path} is te groot om te importeren ({size} MB; hoogstens {limit} MB). Splits het bestand.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="40"/>
        <source>{path} unpacks to far more data than a spreadsheet holds; it is refused as unsafe. Save the export again from the school&apos;s system.</source>
        <translation>{path} pakt uit tot veel meer gegevens dan een rekenblad bevat; het is als onveilig geweigerd. Sla de export opnieuw op vanuit het systeem van de school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="41"/>
        <source>{path} has more than {limit} rows. Split the file into smaller parts.</source>
        <translation>{path} heeft meer dan {limit} regels. Splits het bestand in kleinere delen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="42"/>
        <source>{path} has more than {limit} columns. Remove the columns you do not need.</source>
        <translation>{path} heeft meer dan {limit} kolommen. Verwijder de kolommen die je niet nodig hebt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="43"/>
        <source>{path}: a cell on line {line} holds more than {limit} characters. Remove that text and import again.</source>
        <translation>{path}: een cel op regel {line} bevat meer dan {limit} tekens. Verwijder die tekst en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="44"/>
        <source>{path} holds no rows with a header. Check that it is the right file.</source>
        <translation>{path} bevat geen regels met een kopregel. Controleer of het het goede bestand is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="45"/>
        <source>{path} holds no worksheet. Check that it is the right file.</source>
        <translation>{path} bevat geen werkblad. Controleer of het het goede bestand is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="107"/>
        <source>The file mixes two encodings: it is UTF-8, but line {lines} holds Windows-1252 (as older Excel writes). Each character was read in its own encoding; check the names on that line.</source>
        <translation>Het bestand mengt twee tekencoderingen: het is UTF-8, maar regel {lines} is Windows-1252 (zoals oudere Excel schrijft). Elk teken is in zijn eigen codering gelezen; controleer de namen op die regel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="108"/>
        <source>Line {lines} held text converted twice (such as &quot;{before}&quot; for &quot;{after}&quot;); it was read as &quot;{after}&quot;. Check the names on that line.</source>
        <translation>Regel {lines} bevatte tekst die twee keer is omgezet (zoals &quot;{before}&quot; voor &quot;{after}&quot;); die is gelezen als &quot;{after}&quot;. Controleer de namen op die regel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/transfer/readers.py" line="109"/>
        <source>{path}: line {line} holds a byte that is a character neither in UTF-8 nor in Windows-1252. Save the export again as CSV UTF-8 and import that file.</source>
        <translation>{path}: regel {line} bevat een byte die in UTF-8 noch in Windows-1252 een teken is. Sla de export opnieuw op als CSV UTF-8 en importeer dat bestand.</translation>
    </message>
</context>
<context>
    <name>ImportBatchesDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="35"/>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="40"/>
        <source>Earlier imports</source>
        <translation>Eerdere imports</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="41"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="41"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="41"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="41"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="41"/>
        <source>Rows</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="42"/>
        <source>Can be undone</source>
        <translation>Ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="49"/>
        <source>No imports yet.</source>
        <translation>Nog geen imports.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="54"/>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="57"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="78"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="78"/>
        <source>Employers</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="78"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="81"/>
        <source>%1 new, %2 updated</source>
        <translation>%1 nieuw, %2 bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="82"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="120"/>
        <source>Import of %1 undone: %2 records removed, %3 restored.</source>
        <translation>Import van %1 ongedaan gemaakt: %2 records verwijderd, %3 hersteld.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="125"/>
        <source>Undo the import?</source>
        <translation>Import ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="126"/>
        <source>Undo the import of %1 (%2)? The %3 records it created are removed and the %4 it changed get their earlier values back.</source>
        <translation>De import van %1 (%2) ongedaan maken? De %3 records die deze import maakte worden verwijderd en de %4 die hij wijzigde krijgen hun eerdere waarden terug.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="130"/>
        <source>Undo the import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_batches.py" line="131"/>
        <source>Keep it</source>
        <translation>Laten staan</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="49"/>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="163"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="58"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="58"/>
        <source>Employers (leerbedrijven)</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="58"/>
        <source>Placements (BPV)</source>
        <translation>Stages (BPV)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="61"/>
        <source>Other / CoachDesk template</source>
        <translation>Anders / CoachDesk-sjabloon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="66"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="67"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="72"/>
        <source>What to import</source>
        <translation>Wat importeren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="73"/>
        <source>Exported from</source>
        <translation>Geëxporteerd uit</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="74"/>
        <source>File (.csv, .xlsx, .xls, .ods)</source>
        <translation>Bestand (.csv, .xlsx, .xls, .ods)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="75"/>
        <source>Nothing is stored until you confirm the preview. A column with a BSN is never imported.</source>
        <translation>Er wordt niets opgeslagen voordat je het voorbeeld bevestigt. Een kolom met een BSN wordt nooit geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="76"/>
        <source>Earlier imports…</source>
        <translation>Eerdere imports…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="78"/>
        <source>The imports done so far, and undoing one while that is still possible</source>
        <translation>De imports tot nu toe, en er een ongedaan maken zolang dat nog kan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="86"/>
        <source>Which column holds what? CoachDesk suggests; change where needed.</source>
        <translation>Welke kolom bevat wat? CoachDesk doet een voorstel; pas aan waar nodig.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="89"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="89"/>
        <source>Imported as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="92"/>
        <source>One value for all rows (where the file gives none; a stored value is never overwritten)</source>
        <translation>Eén waarde voor alle regels (waar het bestand er geen geeft; een opgeslagen waarde wordt nooit overschreven)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="108"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="111"/>
        <source>Store nothing if any row has an error</source>
        <translation>Niets opslaan als een regel een fout heeft</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="122"/>
        <source>Save the rows to fix…</source>
        <translation>Regels om te verbeteren opslaan…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="125"/>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="133"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="135"/>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="163"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="139"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="178"/>
        <source>Close the import?</source>
        <translation>Import sluiten?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="179"/>
        <source>Nothing has been imported yet: the preview is not stored. Close the import anyway?</source>
        <translation>Er is nog niets geïmporteerd: het voorbeeld is niet opgeslagen. Toch sluiten?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="181"/>
        <source>Close without importing</source>
        <translation>Sluiten zonder importeren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="182"/>
        <source>Back to the preview</source>
        <translation>Terug naar het voorbeeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="197"/>
        <source>Something went wrong: %s</source>
        <translation>Er ging iets mis: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="213"/>
        <source>Choose the export</source>
        <translation>Kies de export</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="214"/>
        <source>Spreadsheets (*.csv *.xlsx *.xls *.ods)</source>
        <translation>Rekenbladen (*.csv *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="249"/>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="255"/>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="266"/>
        <source>Imported as, for column %s</source>
        <translation>Importeren als, voor kolom %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="296"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="296"/>
        <source>VSO exit profile</source>
        <translation>Uitstroomprofiel VSO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="296"/>
        <source>Learning pathway (BOL/BBL)</source>
        <translation>Leerweg (BOL/BBL)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="297"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="297"/>
        <source>Coach of the new students</source>
        <translation>Coach van de nieuwe leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="302"/>
        <source>(as in the file)</source>
        <translation>(zoals in het bestand)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="330"/>
        <source>Checking every row…</source>
        <translation>Elke regel controleren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="336"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="336"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="336"/>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="336"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="339"/>
        <source>Skipped column</source>
        <translation>Overgeslagen kolom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="339"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="347"/>
        <source>still to fill in: %s</source>
        <translation>nog in te vullen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="356"/>
        <source>%1 new, %2 to update, %3 unchanged, %4 rows with errors. Nothing is stored yet.</source>
        <translation>Nieuw: %1, bij te werken: %2, ongewijzigd: %3, met fouten: %4. Er is nog niets opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="359"/>
        <source>%n students will be stored as still to be completed (filter &apos;Completeness&apos; on the students list, and Vandaag).</source>
        <translation>
            <numerusform>%n leerling wordt opgeslagen als nog aan te vullen (filter &apos;Volledigheid&apos; in de leerlingenlijst, en Vandaag).</numerusform>
            <numerusform>%n leerlingen worden opgeslagen als nog aan te vullen (filter &apos;Volledigheid&apos; in de leerlingenlijst, en Vandaag).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="379"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="385"/>
        <source>Stored: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Opgeslagen: %1 nieuw, %2 bijgewerkt, %3 ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="388"/>
        <source>Nothing was stored.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="391"/>
        <source>%1 rows had errors; save them to fix and import them again.</source>
        <translation>Regels met fouten: %1. Sla ze op om ze te verbeteren en importeer ze opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="405"/>
        <source>Save the rows to fix</source>
        <translation>Regels om te verbeteren opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="413"/>
        <source>Saved: %s</source>
        <translation>Opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/import_wizard.py" line="428"/>
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
        <location filename="../../coachdesk/domain/schema.py" line="353"/>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="354"/>
        <source>coach</source>
        <translation>coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="355"/>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="356"/>
        <source>employer</source>
        <translation>leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="357"/>
        <source>workplace trainer</source>
        <translation>praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="358"/>
        <source>placement</source>
        <translation>stage</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="359"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="360"/>
        <source>risk assessment</source>
        <translation>risicobeoordeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="361"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="362"/>
        <source>matching event</source>
        <translation>matchingsevent</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="363"/>
        <source>financial scheme</source>
        <translation>regeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="364"/>
        <source>help offer</source>
        <translation>hulpaanbod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="365"/>
        <source>place</source>
        <translation>plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="366"/>
        <source>SBB recognition</source>
        <translation>SBB-erkenning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="367"/>
        <source>employer contact</source>
        <translation>contact met leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="368"/>
        <source>travel time</source>
        <translation>reistijd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="369"/>
        <source>qualification file</source>
        <translation>kwalificatiedossier</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="370"/>
        <source>core task</source>
        <translation>kerntaak</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="371"/>
        <source>work process</source>
        <translation>werkproces</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="372"/>
        <source>praktijkverklaring route</source>
        <translation>route praktijkverklaring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="373"/>
        <source>work process in a route</source>
        <translation>werkproces in een route</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="379"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="379"/>
        <source>JPO pairing</source>
        <translation>JPO-koppeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="380"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="380"/>
        <source>employer merge</source>
        <translation>samenvoeging van leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="381"/>
        <source>judgement of a work process</source>
        <translation>oordeel over een werkproces</translation>
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
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="437"/>
        <source>Number of rows shown</source>
        <translation>Aantal getoonde regels</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="536"/>
        <source>All: %s</source>
        <translation>Alle: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="559"/>
        <source>Whose students</source>
        <translation>Wiens leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="560"/>
        <source>My students</source>
        <translation>Mijn leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="561"/>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="561"/>
        <source>The whole school</source>
        <translation>De hele school</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="584"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n getoond</numerusform>
            <numerusform>%n getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/record_list.py" line="584"/>
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
        <location filename="../../coachdesk/ui/mainwindow.py" line="71"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="72"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="73"/>
        <source>Placements (BPV)</source>
        <translation>Stages (BPV)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="74"/>
        <source>Contacts</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="75"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="76"/>
        <source>Employers</source>
        <translation>Leerbedrijven</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="77"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="78"/>
        <source>Recruitment</source>
        <translation>Werving</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="79"/>
        <source>Matching events</source>
        <translation>Matchingsevents</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="80"/>
        <source>Schemes &amp; help</source>
        <translation>Regelingen &amp; hulp</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="81"/>
        <source>Work processes</source>
        <translation>Werkprocessen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="82"/>
        <source>Toolkits</source>
        <translation>Toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="83"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="84"/>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="85"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="88"/>
        <location filename="../../coachdesk/ui/mainwindow.py" line="394"/>
        <source>Items to check</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="88"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="105"/>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="108"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="157"/>
        <source>Working as coordinator (no user chosen)</source>
        <translation>Je werkt als coördinator (geen gebruiker gekozen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="158"/>
        <source>Signed in as %s (%s)</source>
        <translation>Je werkt als %s (%s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="163"/>
        <source>Lock now</source>
        <translation>Nu vergrendelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="168"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="173"/>
        <source>Earlier imports…</source>
        <translation>Eerdere imports…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="179"/>
        <source>About CoachDesk</source>
        <translation>Over CoachDesk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="227"/>
        <source>New student</source>
        <translation>Nieuwe leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="229"/>
        <source>New employer</source>
        <translation>Nieuw leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="238"/>
        <source>New event</source>
        <translation>Nieuw event</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="243"/>
        <source>Financial schemes</source>
        <translation>Financiële regelingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="243"/>
        <source>New scheme</source>
        <translation>Nieuwe regeling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="243"/>
        <source>Help and instruments</source>
        <translation>Hulp en instrumenten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="243"/>
        <source>New help offer</source>
        <translation>Nieuw hulpaanbod</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="288"/>
        <source>New place</source>
        <translation>Nieuwe plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="346"/>
        <source>Toolkits are not available in this version.</source>
        <translation>Toolkits zijn in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="354"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="170"/>
        <source>&amp;Propose</source>
        <translation>&amp;Voorstellen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="172"/>
        <source>Propose the selected match: a placement &quot;proposed&quot;, the place held for a number of days</source>
        <translation>De gekozen match voorstellen: een stage &quot;voorgesteld&quot;, de plaats een aantal dagen vastgehouden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="174"/>
        <source>Open student</source>
        <translation>Leerling openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="174"/>
        <source>Open place</source>
        <translation>Plaats openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="182"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="182"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="183"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="183"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="183"/>
        <source>Travel</source>
        <translation>Reistijd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="183"/>
        <source>Why it fits</source>
        <translation>Waarom het past</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="183"/>
        <source>Concerns</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="231"/>
        <source>* profile incomplete: matching used defaults for what is missing</source>
        <translation>* profiel niet compleet: voor wat ontbreekt zijn standaardwaarden gebruikt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="239"/>
        <source>Profile incomplete (%s): matching used defaults.</source>
        <translation>Profiel niet compleet (%s): er zijn standaardwaarden gebruikt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="254"/>
        <source>No match: see what was left out below.</source>
        <translation>Geen match: zie hieronder wat niet is meegenomen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="306"/>
        <location filename="../../coachdesk/ui/screens/places.py" line="315"/>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="306"/>
        <source>Propose all the same?</source>
        <translation>Toch voorstellen?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="318"/>
        <source>Proposed: %s. The place is held until %s.</source>
        <translation>Voorgesteld: %s. De plaats wordt vastgehouden tot %s.</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="48"/>
        <source>travel time unknown: postcode {pc4} not found</source>
        <translation>reistijd onbekend: postcode {pc4} niet gevonden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="49"/>
        <source>travel time unknown: no home postcode in the profile</source>
        <translation>reistijd onbekend: geen postcode van thuis in het profiel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="50"/>
        <source>travel time unknown: the place has no location postcode</source>
        <translation>reistijd onbekend: de plek heeft geen postcode van de locatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="52"/>
        <source>{minutes} min on foot</source>
        <translation>{minutes} min lopen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="53"/>
        <source>{minutes} min by bike</source>
        <translation>{minutes} min fietsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="54"/>
        <source>{minutes} min by public transport</source>
        <translation>{minutes} min met het ov</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="55"/>
        <source>{minutes} min by school transport</source>
        <translation>{minutes} min met leerlingenvervoer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="56"/>
        <source>{minutes} min when brought</source>
        <translation>{minutes} min als hij gebracht wordt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="58"/>
        <source>{trip} (estimate)</source>
        <translation>{trip} (schatting)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/travel.py" line="59"/>
        <source>{trip} (real time)</source>
        <translation>{trip} (echte reistijd)</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="28"/>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="28"/>
        <source>Counts</source>
        <translation>Telt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="29"/>
        <source>Out of</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="29"/>
        <source>Population</source>
        <translation>Populatie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="30"/>
        <source>Peildatum</source>
        <translation>Peildatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="59"/>
        <source>From {start} to {end}; peildatum {end}.</source>
        <translation>Van {start} tot en met {end}; peildatum {end}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="64"/>
        <source>All students you may see.</source>
        <translation>Alle leerlingen die je mag zien.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="69"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="213"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="69"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="87"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="189"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="232"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="101"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="246"/>
        <source>Definitions</source>
        <translation>Definities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="102"/>
        <source>Definitions version {version}. Every figure counts what is recorded in CoachDesk on the day the report is made.</source>
        <translation>Definities versie {version}. Elk cijfer telt wat in CoachDesk is vastgelegd op de dag dat het rapport wordt gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="120"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="145"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="233"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="278"/>
        <source>Monitor: from searching to lasting work</source>
        <translation>Monitor: van zoeken naar bestendig werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="121"/>
        <source>Selection: {filters}</source>
        <translation>Selectie: {filters}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="123"/>
        <location filename="../../coachdesk/documents/monitor_report.py" line="135"/>
        <source>Breakdown: {by}</source>
        <translation>Uitsplitsing: {by}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="125"/>
        <source>For outside the school.</source>
        <translation>Voor buiten de school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="128"/>
        <source>Combined from:</source>
        <translation>Samengevoegd uit:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="129"/>
        <source>{school}: {start} to {end} (key {fingerprint})</source>
        <translation>{school}: {start} tot en met {end} (sleutel {fingerprint})</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="130"/>
        <source>The figures</source>
        <translation>De cijfers</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="144"/>
        <source>CoachDesk monitor, made on {day}</source>
        <translation>CoachDesk-monitor, gemaakt op {day}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="165"/>
        <source>out of</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="176"/>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="190"/>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="213"/>
        <source>Id</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="232"/>
        <source>By {by}</source>
        <translation>Per {by}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="235"/>
        <source>Definitions version {version}</source>
        <translation>Definities versie {version}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="282"/>
        <source>a count from 1 to 4</source>
        <translation>een aantal van 1 tot en met 4</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="282"/>
        <source>hidden so that a total does not reveal a small count</source>
        <translation>verborgen zodat een totaal geen klein aantal verraadt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="284"/>
        <source>The group of the breakdown; empty for the total.</source>
        <translation>De groep van de uitsplitsing; leeg voor het totaal.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="284"/>
        <source>The figure&apos;s id (see indicators).</source>
        <translation>De code van het cijfer (zie indicators).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="285"/>
        <source>For a share: n (counted) or of (out of); for bands and reasons: the band or reason; else empty.</source>
        <translation>Bij een aandeel: n (geteld) of of (van het totaal); bij groepen en redenen: de groep of reden; anders leeg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/documents/monitor_report.py" line="286"/>
        <source>The value: a number, or a hidden count.</source>
        <translation>De waarde: een getal, of een verborgen aantal.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="48"/>
        <source>The last day of the period.</source>
        <translation>De laatste dag van de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="49"/>
        <source>Counted on the day it happened, within the period.</source>
        <translation>Geteld op de dag waarop het gebeurde, binnen de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="50"/>
        <source>Searches of the students in the selection (a student who searched twice counts twice).</source>
        <translation>Zoektochten van de leerlingen in de selectie (een leerling die twee keer zocht, telt twee keer).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="51"/>
        <source>Places (placements with an employer that started) of the students in the selection.</source>
        <translation>Plaatsen (gestarte BPV-plaatsen bij een werkgever) van de leerlingen in de selectie.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="52"/>
        <source>Students in the selection who left school.</source>
        <translation>Leerlingen in de selectie die van school zijn gegaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="55"/>
        <source>Searching at the start</source>
        <translation>Zoekend bij de start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="56"/>
        <source>Students still looking for a place when the period began (SBB&apos;s stock of shortfalls).</source>
        <translation>Leerlingen die nog een plek zochten toen de periode begon (de voorraad tekorten, zoals SBB die telt).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="57"/>
        <source>Searches begun before the first day of the period and not ended before it.</source>
        <translation>Zoektochten begonnen vóór de eerste dag van de periode en daarvóór niet beëindigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="58"/>
        <source>The first day of the period.</source>
        <translation>De eerste dag van de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="59"/>
        <source>New searches</source>
        <translation>Nieuwe zoektochten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="60"/>
        <source>Searches for a place that began in the period.</source>
        <translation>Zoektochten naar een plek die in de periode begonnen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="61"/>
        <source>Searches whose &apos;searching since&apos; date lies in the period.</source>
        <translation>Zoektochten waarvan de datum &apos;zoekt sinds&apos; in de periode ligt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="62"/>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="63"/>
        <source>Searches that ended in the period because a place was found.</source>
        <translation>Zoektochten die in de periode eindigden doordat er een plek gevonden was.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="64"/>
        <source>Searches closed with &apos;place found&apos;, or taken on by an employer, in the period.</source>
        <translation>Zoektochten in de periode afgesloten met &apos;plek gevonden&apos;, of overgenomen door een werkgever.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="65"/>
        <source>Still searching at the end</source>
        <translation>Nog zoekend aan het eind</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="66"/>
        <source>Students still looking for a place on the peildatum: searching at the start + new - ended.</source>
        <translation>Leerlingen die op de peildatum nog een plek zoeken: zoekend bij de start + nieuw - beëindigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="67"/>
        <source>Searches begun on or before the last day and still open after it.</source>
        <translation>Zoektochten begonnen op of vóór de laatste dag en daarna nog open.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="68"/>
        <source>Days to a place (median)</source>
        <translation>Dagen tot een plek (mediaan)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="69"/>
        <source>For each place that started in the period: the days from the start of the search before it to the first day at the place; the middle value.</source>
        <translation>Voor elke plek die in de periode begon: de dagen van het begin van de zoektocht ervoor tot de eerste dag op de plek; de middelste waarde.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="70"/>
        <source>Days from &apos;searching since&apos; of the student&apos;s latest search begun on or before the start, to the start date.</source>
        <translation>Dagen van &apos;zoekt sinds&apos; van de laatste zoektocht van de leerling die op of vóór de start begon, tot de startdatum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="71"/>
        <location filename="../../coachdesk/domain/indicators.py" line="75"/>
        <source>Places that started in the period after a search.</source>
        <translation>Plaatsen die in de periode begonnen na een zoektocht.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="72"/>
        <source>Days to a place (spread)</source>
        <translation>Dagen tot een plek (spreiding)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="73"/>
        <source>The same places as the median, counted in four bands: up to 30 days, 31-90, 91-180 and more than 180.</source>
        <translation>Dezelfde plaatsen als bij de mediaan, geteld in vier groepen: tot en met 30 dagen, 31-90, 91-180 en meer dan 180.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="74"/>
        <source>Places per band of days from the start of the search to the start of the place.</source>
        <translation>Plaatsen per groep dagen van het begin van de zoektocht tot de start van de plek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="76"/>
        <source>Places started</source>
        <translation>Gestarte plaatsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="77"/>
        <source>Places whose first day lies in the period.</source>
        <translation>Plaatsen waarvan de eerste dag in de periode ligt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="78"/>
        <source>Placements (started, completed or ended early) with a start date in the period.</source>
        <translation>BPV-plaatsen (gestart, afgerond of voortijdig beëindigd) met een startdatum in de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="79"/>
        <source>Places ended as planned</source>
        <translation>Plaatsen afgerond zoals gepland</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="80"/>
        <source>Places that were completed in the period.</source>
        <translation>Plaatsen die in de periode zijn afgerond.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="81"/>
        <source>Placements with status completed and an end date in the period.</source>
        <translation>BPV-plaatsen met status afgerond en een einddatum in de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="82"/>
        <source>Places ended early</source>
        <translation>Plaatsen voortijdig beëindigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="83"/>
        <source>Places that ended before their planned end, in the period (a search given up is not counted).</source>
        <translation>Plaatsen die in de periode vóór het geplande einde stopten (een opgegeven zoektocht telt niet mee).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="84"/>
        <source>Placements with an employer, status ended early and an end date in the period.</source>
        <translation>BPV-plaatsen bij een werkgever met status voortijdig beëindigd en een einddatum in de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="85"/>
        <source>Why places ended early</source>
        <translation>Waarom plaatsen voortijdig stopten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="86"/>
        <source>The places ended early in the period, counted per coded reason.</source>
        <translation>De plaatsen die in de periode voortijdig stopten, geteld per gecodeerde reden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="87"/>
        <source>Places ended early per reason; &apos;not coded&apos; where no reason was chosen.</source>
        <translation>Voortijdig beëindigde plaatsen per reden; &apos;geen reden gekozen&apos; waar geen reden is gekozen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="88"/>
        <source>Places ended early in the period.</source>
        <translation>Plaatsen die in de periode voortijdig stopten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="89"/>
        <source>Contacts per place (median)</source>
        <translation>Contacten per plek (mediaan)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="90"/>
        <source>For each place that ended in the period (completed or early): the number of contacts logged for it; the middle value.</source>
        <translation>Voor elke plek die in de periode eindigde (afgerond of voortijdig): het aantal vastgelegde contacten; de middelste waarde.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="91"/>
        <source>Contacts (visits, driegesprekken, calls, talks at school) logged for the place.</source>
        <translation>Contacten (bezoeken, driegesprekken, telefoongesprekken, gesprekken op school) vastgelegd bij de plek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="92"/>
        <location filename="../../coachdesk/domain/indicators.py" line="96"/>
        <source>Places that ended in the period.</source>
        <translation>Plaatsen die in de periode eindigden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="93"/>
        <source>Places with too few contacts</source>
        <translation>Plaatsen met te weinig contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="94"/>
        <source>Places that ended in the period with fewer contacts than the school&apos;s norm (the setting &apos;minimum contacts per placement&apos;), or without a visit at the workplace.</source>
        <translation>Plaatsen die in de periode eindigden met minder contacten dan de norm van de school (de instelling &apos;minimum aantal contacten per BPV-plaats&apos;), of zonder bezoek op de werkplek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="95"/>
        <source>Ended places with fewer contacts than the norm, or none on site.</source>
        <translation>Beëindigde plaatsen met minder contacten dan de norm, of geen enkel op de werkplek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="97"/>
        <source>Still at the place after 3 months</source>
        <translation>Na 3 maanden nog op de plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="98"/>
        <source>Of the places that reached 3 months in the period: how many were still running then.</source>
        <translation>Van de plaatsen die in de periode 3 maanden bereikten: hoeveel er toen nog liepen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="99"/>
        <source>Places not ended before the day 3 months after their start.</source>
        <translation>Plaatsen die niet beëindigd waren vóór de dag 3 maanden na de start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="100"/>
        <source>Places whose day 3 months after the start lies in the period, and that were not planned to end before it.</source>
        <translation>Plaatsen waarvan de dag 3 maanden na de start in de periode ligt, en die niet gepland waren om daarvóór te eindigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="101"/>
        <source>The day 3 months after the start.</source>
        <translation>De dag 3 maanden na de start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="102"/>
        <source>Still at the place after 6 months</source>
        <translation>Na 6 maanden nog op de plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="103"/>
        <source>Of the places that reached 6 months in the period: how many were still running then.</source>
        <translation>Van de plaatsen die in de periode 6 maanden bereikten: hoeveel er toen nog liepen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="104"/>
        <source>Places not ended before the day 6 months after their start.</source>
        <translation>Plaatsen die niet beëindigd waren vóór de dag 6 maanden na de start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="105"/>
        <source>Places whose day 6 months after the start lies in the period, and that were not planned to end before it.</source>
        <translation>Plaatsen waarvan de dag 6 maanden na de start in de periode ligt, en die niet gepland waren om daarvóór te eindigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="106"/>
        <source>The day 6 months after the start.</source>
        <translation>De dag 6 maanden na de start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="107"/>
        <source>Still at the place after 12 months</source>
        <translation>Na 12 maanden nog op de plek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="108"/>
        <source>Of the places that reached 12 months in the period: how many were still running then.</source>
        <translation>Van de plaatsen die in de periode 12 maanden bereikten: hoeveel er toen nog liepen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="109"/>
        <source>Places not ended before the day 12 months after their start.</source>
        <translation>Plaatsen die niet beëindigd waren vóór de dag 12 maanden na de start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="110"/>
        <source>Places whose day 12 months after the start lies in the period, and that were not planned to end before it.</source>
        <translation>Plaatsen waarvan de dag 12 maanden na de start in de periode ligt, en die niet gepland waren om daarvóór te eindigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="111"/>
        <source>The day 12 months after the start.</source>
        <translation>De dag 12 maanden na de start.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="112"/>
        <location filename="../../coachdesk/services/outcomes.py" line="187"/>
        <source>Left school</source>
        <translation>Van school gegaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="113"/>
        <source>Students who left school in the period.</source>
        <translation>Leerlingen die in de periode van school zijn gegaan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="114"/>
        <source>Students with status &apos;left&apos; and a leaving date in the period.</source>
        <translation>Leerlingen met status &apos;van school&apos; en een vertrekdatum in de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="115"/>
        <source>Destination on leaving</source>
        <translation>Bestemming bij vertrek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="116"/>
        <source>The students who left school in the period, counted per destination (the praktijkonderwijs categories); &apos;not recorded&apos; where none was chosen.</source>
        <translation>De leerlingen die in de periode van school gingen, geteld per bestemming (de categorieën van het praktijkonderwijs); &apos;niet vastgelegd&apos; waar er geen is gekozen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="117"/>
        <source>Leavers per destination recorded on leaving.</source>
        <translation>Schoolverlaters per bij vertrek vastgelegde bestemming.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="118"/>
        <source>Working or learning 12 months after leaving</source>
        <translation>Werkend of lerend 12 maanden na vertrek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="119"/>
        <source>Of the leavers whose 12-month follow-up fell due in the period: how many were then in work or education (werk, werk + BBL, mbo BOL, PrO, VSO or vmbo). A follow-up not recorded counts as not known, not as working.</source>
        <translation>Van de schoolverlaters van wie de nazorg na 12 maanden in de periode viel: hoeveel er toen werkten of leerden (werk, werk + BBL, mbo BOL, PrO, VSO of vmbo). Een niet vastgelegde nazorg telt als onbekend, niet als werkend.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="120"/>
        <source>Leavers whose 12-month follow-up says work or education.</source>
        <translation>Schoolverlaters bij wie de nazorg na 12 maanden werk of onderwijs zegt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="121"/>
        <source>Leavers whose day 12 months after leaving lies in the period.</source>
        <translation>Schoolverlaters van wie de dag 12 maanden na vertrek in de periode ligt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="122"/>
        <source>The day 12 months after leaving.</source>
        <translation>De dag 12 maanden na vertrek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="123"/>
        <source>Working or learning 24 months after leaving</source>
        <translation>Werkend of lerend 24 maanden na vertrek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="124"/>
        <source>Of the leavers whose 24-month follow-up fell due in the period: how many were then in work or education (a lasting destination). A follow-up not recorded counts as not known.</source>
        <translation>Van de schoolverlaters van wie de nazorg na 24 maanden in de periode viel: hoeveel er toen werkten of leerden (bestendige uitstroom). Een niet vastgelegde nazorg telt als onbekend.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="125"/>
        <source>Leavers whose 24-month follow-up says work or education.</source>
        <translation>Schoolverlaters bij wie de nazorg na 24 maanden werk of onderwijs zegt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="126"/>
        <source>Leavers whose day 24 months after leaving lies in the period.</source>
        <translation>Schoolverlaters van wie de dag 24 maanden na vertrek in de periode ligt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="127"/>
        <source>The day 24 months after leaving.</source>
        <translation>De dag 24 maanden na vertrek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="128"/>
        <source>High dropout risk</source>
        <translation>Hoog uitvalrisico</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="129"/>
        <source>Students at school on the peildatum whose latest risk assessment on or before it is high (the coach&apos;s level where he set one).</source>
        <translation>Leerlingen die op de peildatum op school zitten en van wie de laatste risico-inschatting op of vóór die dag hoog is (het niveau van de coach waar die er een koos).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="130"/>
        <source>Students whose latest assessment is high.</source>
        <translation>Leerlingen van wie de laatste inschatting hoog is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="131"/>
        <source>Students in the selection at school on the peildatum.</source>
        <translation>Leerlingen in de selectie die op de peildatum op school zitten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="132"/>
        <source>High dropout risk at the start</source>
        <translation>Hoog uitvalrisico bij de start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="133"/>
        <source>The same count on the day before the period began, so the change over the period shows.</source>
        <translation>Hetzelfde aantal op de dag vóór het begin van de periode, zodat de verandering in de periode zichtbaar is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="134"/>
        <source>Students whose latest assessment before the first day is high.</source>
        <translation>Leerlingen van wie de laatste inschatting vóór de eerste dag hoog is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="135"/>
        <source>Students in the selection at school the day before the period.</source>
        <translation>Leerlingen in de selectie die de dag vóór de periode op school zaten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="136"/>
        <source>The day before the first day of the period.</source>
        <translation>De dag vóór de eerste dag van de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="137"/>
        <source>Employers with a student</source>
        <translation>Werkgevers met een leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="138"/>
        <source>Employers where at least one place of a student in the selection was running in the period.</source>
        <translation>Werkgevers waar in de periode minstens één plek van een leerling in de selectie liep.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="139"/>
        <source>Employers with a place that started on or before the last day and had not ended before the first.</source>
        <translation>Werkgevers met een plek die op of vóór de laatste dag begon en niet vóór de eerste dag eindigde.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="140"/>
        <location filename="../../coachdesk/domain/indicators.py" line="144"/>
        <location filename="../../coachdesk/domain/indicators.py" line="148"/>
        <location filename="../../coachdesk/domain/indicators.py" line="155"/>
        <source>Employers of the places in the selection.</source>
        <translation>Werkgevers van de plaatsen in de selectie.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="141"/>
        <source>Employers who took a student again</source>
        <translation>Werkgevers die opnieuw een leerling namen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="142"/>
        <source>Employers with a place that started in the period who also had a place of a student in the selection that started before it.</source>
        <translation>Werkgevers met een plek die in de periode begon en die ook een plek van een leerling in de selectie hadden die daarvóór begon.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="143"/>
        <source>Employers with places started both before and in the period.</source>
        <translation>Werkgevers met plaatsen die zowel vóór als in de periode begonnen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="145"/>
        <source>Employers in use without SBB recognition</source>
        <translation>Werkgevers in gebruik zonder SBB-erkenning</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="146"/>
        <source>Of the employers with a student in the period, those not recognised by SBB (a BPV place needs a recognised leerbedrijf).</source>
        <translation>Van de werkgevers met een leerling in de periode: die niet door SBB erkend zijn (een BPV-plaats vraagt een erkend leerbedrijf).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="147"/>
        <source>Employers with a running place and &apos;recognised by SBB&apos; not ticked.</source>
        <translation>Werkgevers met een lopende plek bij wie &apos;erkend door SBB&apos; niet is aangevinkt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="152"/>
        <source>Employers whose recognition runs out</source>
        <translation>Werkgevers van wie de erkenning afloopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="153"/>
        <source>Of the employers with a student in the period, those with an SBB recognition that ends within 6 months after the peildatum, or ended before it.</source>
        <translation>Van de werkgevers met een leerling in de periode: die met een SBB-erkenning die binnen 6 maanden na de peildatum afloopt, of al eerder afliep.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="154"/>
        <source>Employers with a running place and a recognition whose &apos;valid until&apos; lies before the peildatum + 6 months.</source>
        <translation>Werkgevers met een lopende plek en een erkenning waarvan &apos;geldig tot&apos; vóór de peildatum + 6 maanden ligt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="159"/>
        <source>Praktijkverklaring routes started</source>
        <translation>Praktijkverklaringroutes gestart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="160"/>
        <source>Routes towards a praktijkverklaring (SBB or mbo) of students in the selection that started in the period.</source>
        <translation>Routes naar een praktijkverklaring (SBB of mbo) van leerlingen in de selectie die in de periode zijn begonnen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="161"/>
        <source>Routes whose start date lies in the period.</source>
        <translation>Routes met een startdatum in de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="162"/>
        <location filename="../../coachdesk/domain/indicators.py" line="166"/>
        <source>Routes of the students in the selection.</source>
        <translation>Routes van de leerlingen in de selectie.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="163"/>
        <source>Praktijkverklaringen completed</source>
        <translation>Praktijkverklaringen afgerond</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="164"/>
        <source>Routes of students in the selection completed in the period: every werkproces judged and confirmed, the praktijkverklaring applied for or handed over.</source>
        <translation>Routes van leerlingen in de selectie die in de periode zijn afgerond: elk werkproces beoordeeld en bevestigd, de praktijkverklaring aangevraagd of uitgereikt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="165"/>
        <source>Routes whose completion date lies in the period.</source>
        <translation>Routes met een afrondingsdatum in de periode.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/indicators.py" line="180"/>
        <source>For use outside the school: a count from 1 to 4 is shown as &quot;&lt;5&quot;, and where a total would let a reader work out a hidden count, a second count is hidden too (shown as &quot;x&quot;). No student is named. Students whose consent leaves them out of regional figures are not counted.</source>
        <translation>Voor gebruik buiten de school: een aantal van 1 tot en met 4 staat er als &quot;&lt;5&quot;, en waar een lezer met een totaal een verborgen aantal zou kunnen uitrekenen, is ook een tweede aantal verborgen (als &quot;x&quot;). Er wordt geen leerling genoemd. Leerlingen die geen toestemming gaven voor regionale cijfers, tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="63"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="64"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="65"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="66"/>
        <source>Learning pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="67"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="68"/>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="69"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="70"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="256"/>
        <source>no coach</source>
        <translation>geen coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="263"/>
        <source>no BOL/BBL</source>
        <translation>geen BOL/BBL</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="265"/>
        <source>no mbo level</source>
        <translation>geen mbo-niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="862"/>
        <source>From searching to lasting work</source>
        <translation>Van zoeken naar bestendig werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="868"/>
        <source>Searching at the end of each month</source>
        <translation>Zoekend aan het eind van elke maand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/monitor.py" line="876"/>
        <source>No figures in this selection.</source>
        <translation>Geen cijfers in deze selectie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/services/outcomes.py" line="190"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="567"/>
        <source>After %n months</source>
        <translation>
            <numerusform>Na %n maand</numerusform>
            <numerusform>Na %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="192"/>
        <source>not recorded yet</source>
        <translation>nog niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>MonitorScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="198"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="280"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="199"/>
        <source>This school year</source>
        <translation>Dit schooljaar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="200"/>
        <source>Last school year</source>
        <translation>Vorig schooljaar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="201"/>
        <source>Other period</source>
        <translation>Andere periode</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="209"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="280"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="210"/>
        <source>To (peildatum)</source>
        <translation>Tot en met (peildatum)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="213"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="281"/>
        <source>Breakdown</source>
        <translation>Uitsplitsing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="214"/>
        <source>No breakdown</source>
        <translation>Geen uitsplitsing</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="219"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="282"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="220"/>
        <source>All school types</source>
        <translation>Alle schoolsoorten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="226"/>
        <source>For outside the school</source>
        <translation>Voor buiten de school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="229"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="231"/>
        <source>Akkoorden…</source>
        <translation>Akkoorden…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="233"/>
        <source>Map the sectors to the region&apos;s akkoorden (coordinator)</source>
        <translation>Koppel de sectoren aan de akkoorden van de regio (coördinator)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="240"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="306"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="250"/>
        <source>Students behind this figure…</source>
        <translation>Leerlingen achter dit cijfer…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="281"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="307"/>
        <source>Follow-ups after leaving</source>
        <translation>Nazorg na vertrek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="360"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="379"/>
        <source>The figures could not be made.</source>
        <translation>De cijfers konden niet worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="390"/>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="390"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="419"/>
        <source> Counts below 5 show as &quot;&lt;5&quot;; &quot;x&quot; is hidden so that a total does not give one away.</source>
        <translation> Aantallen onder 5 staan er als &quot;&lt;5&quot;; &quot;x&quot; is verborgen zodat een totaal er geen verraadt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="420"/>
        <source>From %1 to %2; peildatum %2. Definitions version %3.</source>
        <translation>Van %1 tot en met %2; peildatum %2. Definities versie %3.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="451"/>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="460"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="451"/>
        <source>Figures for outside the school do not open to students.</source>
        <translation>Cijfers voor buiten de school openen niet naar leerlingen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="478"/>
        <source>Akkoorden</source>
        <translation>Akkoorden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="490"/>
        <source>Export figures</source>
        <translation>Cijfers exporteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="491"/>
        <source>PDF report (*.pdf);;Workbook (*.xlsx);;CSV with description (*.csv)</source>
        <translation>PDF-rapport (*.pdf);;Werkmap (*.xlsx);;CSV met beschrijving (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/monitor.py" line="506"/>
        <source>Saved as %s.</source>
        <translation>Opgeslagen als %s.</translation>
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
        <translation>Het wachtwoord is te makkelijk te raden (een gewoon woord, een reeks cijfers of een bekend wachtwoord). Gebruik liever een korte zin van een paar ongewone woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/storage/passphrase.py" line="28"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>PipelineScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="42"/>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="76"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="43"/>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="48"/>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="76"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="49"/>
        <source>Everyone&apos;s</source>
        <translation>Van iedereen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="51"/>
        <source>Mine</source>
        <translation>Van mij</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="54"/>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="76"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="55"/>
        <source>Any next step</source>
        <translation>Elke volgende stap</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="56"/>
        <source>Next step due</source>
        <translation>Volgende stap verlopen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="58"/>
        <source>Search by employer…</source>
        <translation>Zoeken op werkgever…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="60"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="61"/>
        <source>Log contact…</source>
        <translation>Contact vastleggen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="64"/>
        <source>Open employer</source>
        <translation>Werkgever openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="76"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="76"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="77"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="77"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="77"/>
        <source>Open places</source>
        <translation>Open plaatsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="78"/>
        <source>Employers in the pipeline</source>
        <translation>Werkgevers in de werving</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="138"/>
        <source>Due</source>
        <translation>Verlopen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="139"/>
        <source>%n employer(s) shown</source>
        <translation>
            <numerusform>%n werkgever getoond</numerusform>
            <numerusform>%n werkgevers getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/pipeline.py" line="139"/>
        <source> of %n</source>
        <translation>
            <numerusform> van %n</numerusform>
            <numerusform> van %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="336"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="338"/>
        <source>Open employer</source>
        <translation>Werkgever openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="341"/>
        <source>Edit place</source>
        <translation>Plaats wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="383"/>
        <source>level %s</source>
        <translation>niveau %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="385"/>
        <source>⚠ no location postcode: travel unknown</source>
        <translation>⚠ geen postcode van de locatie: reistijd onbekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="389"/>
        <source>all year</source>
        <translation>het hele jaar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="391"/>
        <source>%s hours a week</source>
        <translation>%s uur per week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="392"/>
        <source>%s of %s taken, %s free</source>
        <translation>%s van %s bezet, %s vrij</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="393"/>
        <source>held for %s by %s until %s</source>
        <translation>vastgehouden voor %s door %s tot %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="393"/>
        <source>a student</source>
        <translation>een leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="396"/>
        <source>no SBB recognition needed (stage or job)</source>
        <translation>geen SBB-erkenning nodig (stage of baan)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="398"/>
        <source>✓ valid SBB recognition for crebo %s</source>
        <translation>✓ geldige SBB-erkenning voor crebo %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="400"/>
        <source>no valid SBB recognition for crebo %s: never offered to an mbo student</source>
        <translation>geen geldige SBB-erkenning voor crebo %s: nooit aangeboden aan een mbo-leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="404"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="404"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="404"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="404"/>
        <source>Days and hours</source>
        <translation>Dagen en uren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="405"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="405"/>
        <location filename="../../coachdesk/ui/screens/places.py" line="411"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="405"/>
        <source>Held</source>
        <translation>Vastgehouden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="406"/>
        <location filename="../../coachdesk/ui/screens/places.py" line="409"/>
        <source>SBB</source>
        <translation>SBB</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="406"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="406"/>
        <source>Offers</source>
        <translation>Biedt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="407"/>
        <source>The work asks</source>
        <translation>Het werk vraagt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="407"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="57"/>
        <source>Place found: new placement at {employer}.</source>
        <translation>Plek gevonden: nieuwe stage bij {employer}.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <location filename="../../coachdesk/services/places.py" line="37"/>
        <source>This place is held for another student by {coach} until {until}.</source>
        <translation>Deze plek wordt door {coach} voor een andere leerling vastgehouden tot {until}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="38"/>
        <source>This place is full: {taken} of {capacity} taken.</source>
        <translation>Deze plek is vol: {taken} van {capacity} bezet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="39"/>
        <source>This place is {status}, not open.</source>
        <translation>Deze plek is {status}, niet open.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="40"/>
        <source>{employer} has no valid SBB recognition for crebo {crebo}: an mbo place must be at a recognised leerbedrijf.</source>
        <translation>{employer} heeft geen geldige SBB-erkenning voor crebo {crebo}: een mbo-plek moet bij een erkend leerbedrijf zijn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="42"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="152"/>
        <source>no valid SBB recognition for crebo {crebo}</source>
        <translation>geen geldige SBB-erkenning voor crebo {crebo}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="153"/>
        <source>all {capacity} taken</source>
        <translation>alle {capacity} bezet</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="154"/>
        <source>ended on {day}</source>
        <translation>afgelopen op {day}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="155"/>
        <source>held until {day}</source>
        <translation>vastgehouden tot {day}</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/places.py" line="156"/>
        <source>no location postcode</source>
        <translation>geen postcode van de locatie</translation>
    </message>
</context>
<context>
    <name>PlacesScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="60"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="61"/>
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="62"/>
        <source>(estimate)</source>
        <translation>(schatting)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="78"/>
        <source>Left out: %s</source>
        <translation>Niet meegenomen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="88"/>
        <source>Contact with %s</source>
        <translation>Contact met %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="105"/>
        <source>Perhaps a duplicate</source>
        <translation>Misschien dubbel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="126"/>
        <source>PC4</source>
        <translation>PC4</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="127"/>
        <location filename="../../coachdesk/ui/screens/places.py" line="144"/>
        <source>Only places near this postcode (four digits)</source>
        <translation>Alleen plaatsen bij deze postcode (vier cijfers)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="128"/>
        <source>Near postcode</source>
        <translation>Bij postcode</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="133"/>
        <source>Distance</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="135"/>
        <source>within %s km</source>
        <translation>binnen %s km</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/places.py" line="143"/>
        <source>Postcode %s not found</source>
        <translation>Postcode %s niet gevonden</translation>
    </message>
</context>
<context>
    <name>Praktijkverklaring</name>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="39"/>
        <source>A JPO may note a work process as &quot;practising&quot; only; the workplace trainer judges it and the school confirms.</source>
        <translation>Een JPO mag bij een werkproces alleen &quot;oefenen&quot; noteren; de praktijkopleider beoordeelt het en de school bevestigt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="40"/>
        <source>A JPO never confirms a work process; the student&apos;s coach at school does.</source>
        <translation>Een JPO bevestigt nooit een werkproces; dat doet de coach van de leerling op school.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="41"/>
        <source>This student has no praktijkverklaring route yet. Start one on the student&apos;s page.</source>
        <translation>Deze leerling heeft nog geen route voor een praktijkverklaring. Begin er een op de pagina van de leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="42"/>
        <source>{code} belongs to another qualification file (or version) than this route&apos;s; choose a work process of {crebo} version {version}.</source>
        <translation>{code} hoort bij een ander kwalificatiedossier (of een andere versie) dan dat van deze route; kies een werkproces van {crebo} versie {version}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="43"/>
        <source>{code} is already in this route.</source>
        <translation>{code} staat al in deze route.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="44"/>
        <source>{code}: the school confirms a judgement of &quot;sufficient&quot; or &quot;good&quot; by the workplace trainer; there is none yet.</source>
        <translation>{code}: de school bevestigt een oordeel &quot;voldoende&quot; of &quot;goed&quot; van de praktijkopleider; dat is er nog niet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="45"/>
        <source>{code} is already confirmed.</source>
        <translation>{code} is al bevestigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="46"/>
        <source>Name the workplace trainer who judged it.</source>
        <translation>Vul de naam in van de praktijkopleider die het beoordeelde.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="47"/>
        <source>The date of a judgement cannot lie in the future.</source>
        <translation>De datum van een oordeel kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="48"/>
        <source>Confirmation of {day} revoked by a new judgement.</source>
        <translation>Bevestiging van {day} ingetrokken door een nieuw oordeel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="49"/>
        <source>not offered by the place</source>
        <translation>niet aangeboden door de stageplaats</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="50"/>
        <source>the place does not say it offers a praktijkverklaring</source>
        <translation>de stageplaats vermeldt niet dat er een praktijkverklaring mogelijk is</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="53"/>
        <source>not started</source>
        <translation>niet gestart</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="54"/>
        <source>practising</source>
        <translation>oefenen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="55"/>
        <source>sufficient</source>
        <translation>voldoende</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="56"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="59"/>
        <source>observed at work</source>
        <translation>gezien bij het werk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="60"/>
        <source>a product</source>
        <translation>een product</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="61"/>
        <source>a conversation</source>
        <translation>een gesprek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="64"/>
        <source>SBB praktijkverklaring</source>
        <translation>SBB-praktijkverklaring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="65"/>
        <source>mbo-praktijkverklaring (praktijkleerroute)</source>
        <translation>mbo-praktijkverklaring (praktijkleerroute)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="67"/>
        <source>CoachDesk prepares the evidence and the overview. The statutory mbo-verklaring is issued by an mbo examencommissie and is not made here.</source>
        <translation>CoachDesk bereidt het bewijs en het overzicht voor. De wettelijke mbo-verklaring geeft een examencommissie van een mbo-school af; die wordt hier niet gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="96"/>
        <source>The column &quot;{column}&quot; is missing. Use the template: coachdesk template catalogue --out catalogus.xlsx</source>
        <translation>De kolom &quot;{column}&quot; ontbreekt. Gebruik het sjabloon: coachdesk template catalogue --out catalogus.xlsx</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="97"/>
        <source>{column}: this cell is empty; fill it in.</source>
        <translation>{column}: deze cel is leeg; vul hem in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="98"/>
        <source>&quot;{value}&quot; is not a core task code like B1-K1.</source>
        <translation>&quot;{value}&quot; is geen code van een kerntaak zoals B1-K1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="99"/>
        <source>&quot;{value}&quot; is not a work process code like B1-K1-W1.</source>
        <translation>&quot;{value}&quot; is geen code van een werkproces zoals B1-K1-W1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="100"/>
        <source>{value} does not belong to core task {kerntaak}.</source>
        <translation>{value} hoort niet bij kerntaak {kerntaak}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="101"/>
        <source>crebo {crebo} version {version} is named &quot;{title}&quot; on an earlier line; one version has one title.</source>
        <translation>crebo {crebo} versie {version} heet &quot;{title}&quot; op een eerdere regel; één versie heeft één titel.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="102"/>
        <source>{code} is named &quot;{title}&quot; elsewhere in this version.</source>
        <translation>{code} heet elders in deze versie &quot;{title}&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="103"/>
        <source>{code} appears twice in crebo {crebo} version {version} (line {line}).</source>
        <translation>{code} staat twee keer in crebo {crebo} versie {version} (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="104"/>
        <source>{code} is already in crebo {crebo} version {version} as &quot;{title}&quot;; a changed qualification file is a new version: give it another version.</source>
        <translation>{code} staat al in crebo {crebo} versie {version} als &quot;{title}&quot;; een gewijzigd kwalificatiedossier is een nieuwe versie: geef het een andere versie.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="391"/>
        <source>{code} has been judged; it stays in the route with its history.</source>
        <translation>{code} is beoordeeld; het blijft in de route, met zijn geschiedenis.</translation>
    </message>
</context>
<context>
    <name>PvCatalogueScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="53"/>
        <source>The qualification files the school uses, each version on its own: a route keeps the version it was made with. Take the work processes from the file on s-bb.nl (crebo and version) and import them. </source>
        <translation>De kwalificatiedossiers die de school gebruikt, elke versie apart: een route houdt de versie waarmee hij gemaakt is. Neem de werkprocessen over uit het dossier op s-bb.nl (crebo en versie) en importeer ze. </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="57"/>
        <source>Import file…</source>
        <translation>Bestand importeren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="60"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="68"/>
        <source>Crebo</source>
        <translation>Crebo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="68"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="68"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="68"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="68"/>
        <source>Work processes</source>
        <translation>Werkprocessen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="69"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="69"/>
        <source>Taken on</source>
        <translation>Overgenomen op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="71"/>
        <source>Core task</source>
        <translation>Kerntaak</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="71"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="71"/>
        <source>Work process</source>
        <translation>Werkproces</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="71"/>
        <source>Learning lines</source>
        <translation>Leerlijnen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="142"/>
        <source>Import work processes</source>
        <translation>Werkprocessen importeren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="143"/>
        <source>Spreadsheets and CSV (*.xlsx *.csv *.ods *.xls)</source>
        <translation>Spreadsheets en CSV (*.xlsx *.csv *.ods *.xls)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="153"/>
        <source>Added: %1 qualification file(s), %2 core task(s), %3 work process(es).</source>
        <translation>Toegevoegd: %1 kwalificatiedossier(s), %2 kerntaak/kerntaken, %3 werkproces(sen).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="155"/>
        <source>Line %1, %2: %3</source>
        <translation>Regel %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="161"/>
        <source>Export work processes</source>
        <translation>Werkprocessen exporteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="162"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv)</source>
        <translation>Spreadsheet (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pv_catalogue.py" line="173"/>
        <source>%1 rows written.</source>
        <translation>%1 rijen geschreven.</translation>
    </message>
</context>
<context>
    <name>PvPanel</name>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="53"/>
        <source>Work processes and their judgement</source>
        <translation>Werkprocessen en hun oordeel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="54"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="54"/>
        <source>Work process</source>
        <translation>Werkproces</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="54"/>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="80"/>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="55"/>
        <source>Confirmed</source>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="55"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="65"/>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="70"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="75"/>
        <source>Workplace trainer</source>
        <translation>Praktijkopleider</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="76"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="81"/>
        <source>From the signed paper form</source>
        <translation>Van het ondertekende papieren formulier</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="83"/>
        <source>Save judgement</source>
        <translation>Oordeel opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="86"/>
        <source>Confirm for the school</source>
        <translation>Bevestigen namens de school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="93"/>
        <source>Take out of the route</source>
        <translation>Uit de route halen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="95"/>
        <source>For a work process the place does not offer; only while nothing is judged of it</source>
        <translation>Voor een werkproces dat de stageplaats niet aanbiedt; alleen zolang er niets van beoordeeld is</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="102"/>
        <source>Qualification file</source>
        <translation>Kwalificatiedossier</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="105"/>
        <source>Kind of praktijkverklaring</source>
        <translation>Soort praktijkverklaring</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="108"/>
        <source>Start a route</source>
        <translation>Route beginnen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="113"/>
        <source>No praktijkverklaring route yet.</source>
        <translation>Nog geen route voor een praktijkverklaring.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="151"/>
        <source>%1 · %2 (crebo %3, version %4) · code %5</source>
        <translation>%1 · %2 (crebo %3, versie %4) · code %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="157"/>
        <source>%n work process(es) wait for the school&apos;s confirmation.</source>
        <translation>
            <numerusform>%n werkproces wacht op de bevestiging van de school.</numerusform>
            <numerusform>%n werkprocessen wachten op de bevestiging van de school.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="160"/>
        <source>Nothing assessed since %1.</source>
        <translation>Niets beoordeeld sinds %1.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="200"/>
        <source>Route started: take out what the place does not offer, then print the checklist.</source>
        <translation>Route begonnen: haal eruit wat de stageplaats niet aanbiedt en druk dan de afvinklijst af.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="221"/>
        <source>revoked %1</source>
        <translation>ingetrokken %1</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="257"/>
        <source>Judgement saved.</source>
        <translation>Oordeel opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/widgets/pv_panel.py" line="273"/>
        <source>Confirmed for the school.</source>
        <translation>Bevestigd namens de school.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="237"/>
        <source>Change %s</source>
        <translation>%s wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="237"/>
        <source>New %s</source>
        <translation>Nieuw: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="291"/>
        <source>Fields marked * are required.</source>
        <translation>Velden met * zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="301"/>
        <source>Save (Ctrl+S)</source>
        <translation>Opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="302"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="308"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="353"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="333"/>
        <source>A contact you log is yours: it is saved under your own name.</source>
        <translation>Een contact dat je vastlegt is van jou: het wordt onder je eigen naam opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="382"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="384"/>
        <source>separate with commas</source>
        <translation>scheid met komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="446"/>
        <source>This could not be saved yet. Correct the fields marked below.</source>
        <translation>Dit kan nog niet worden opgeslagen. Verbeter de velden die hieronder zijn aangegeven.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="498"/>
        <source>Perhaps a duplicate</source>
        <translation>Misschien dubbel</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="498"/>
        <source>Save this student all the same?</source>
        <translation>Deze leerling toch opslaan?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="516"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="536"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="537"/>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je ze weggooien?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="415"/>
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
        <translation>gemiddeld</translation>
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
        <translation>{signals}: score {score}, {level}.</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="563"/>
        <source>Assess dropout risk</source>
        <translation>Uitvalrisico beoordelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="569"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="582"/>
        <source>Computed level</source>
        <translation>Berekend niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="584"/>
        <source>Action (who does what, before when)</source>
        <translation>Actie (wie doet wat, vóór wanneer)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="587"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="598"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="589"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="599"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="597"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="600"/>
        <source>Due date</source>
        <translation>Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="94"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="111"/>
        <source>Who uses this laptop</source>
        <translation>Wie gebruikt deze laptop</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="97"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="113"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="126"/>
        <source>Attention list</source>
        <translation>Aandachtslijst</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="132"/>
        <source>Searching for a place longer than (weeks)</source>
        <translation>Zoekt langer dan (weken) een stageplek</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="133"/>
        <source>Contact with an active placement at least every (weeks)</source>
        <translation>Contact bij een lopende stage minstens elke (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="134"/>
        <source>Contacts per placement at least</source>
        <translation>Contacten per stage minstens</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="135"/>
        <source>Placement ends within (weeks)</source>
        <translation>Stage eindigt binnen (weken)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="136"/>
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
        <location filename="../../coachdesk/ui/screens/settings.py" line="116"/>
        <source>Labour market region</source>
        <translation>Arbeidsmarktregio</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="109"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="114"/>
        <source>School name on toolkits</source>
        <translation>Schoolnaam op toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="115"/>
        <source>Header line on toolkits</source>
        <translation>Koptekst op toolkits</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="50"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="145"/>
        <source>Make a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="147"/>
        <source>Restore a backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="117"/>
        <source>Lock after (minutes without use)</source>
        <translation>Vergrendelen na (minuten niet gebruikt)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="122"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="130"/>
        <source>These are the team&apos;s settings; a coordinator changes them.</source>
        <translation>Dit zijn de instellingen van het team; een coördinator past ze aan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="137"/>
        <source>A proposal holds the place for (days)</source>
        <translation>Een voorstel houdt de plaats vast (dagen)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="143"/>
        <source>Backups and passphrase</source>
        <translation>Reservekopieën en wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="149"/>
        <source>Change the passphrase…</source>
        <translation>Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="159"/>
        <source>New coach</source>
        <translation>Nieuwe coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="162"/>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="167"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="259"/>
        <source>Retention (AVG)</source>
        <translation>Bewaartermijn (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="171"/>
        <source>Erase them…</source>
        <translation>Wis ze…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="180"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="206"/>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="182"/>
        <source>The fictitious demo students, employers and events are still here. Remove them when you start with real data; what you entered yourself stays.</source>
        <translation>De verzonnen demoleerlingen, -werkgevers en -activiteiten staan er nog in. Verwijder ze als je met echte gegevens begint; wat je zelf hebt ingevoerd blijft staan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="185"/>
        <source>Remove the demo data…</source>
        <translation>Demogegevens verwijderen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="207"/>
        <source>Remove all demo students, employers, contacts and events? Records you entered yourself stay, and so do demo records they use (such as the school of a student you added).</source>
        <translation>Alle demoleerlingen, -werkgevers, -contacten en -activiteiten verwijderen? Wat je zelf hebt ingevoerd blijft staan, en ook de demorecords die dat gebruikt (zoals de school van een leerling die je toevoegde).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="222"/>
        <source>Demo data removed: %n record(s).</source>
        <translation>
            <numerusform>Demogegevens verwijderd: %n record.</numerusform>
            <numerusform>Demogegevens verwijderd: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="224"/>
        <source>%n demo record(s) stay because your own records use them.</source>
        <translation>
            <numerusform>%n demorecord blijft staan, omdat je eigen gegevens het gebruiken.</numerusform>
            <numerusform>%n demorecords blijven staan, omdat je eigen gegevens ze gebruiken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="229"/>
        <source>Removing the demo data…</source>
        <translation>Demogegevens verwijderen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="244"/>
        <source>%n student(s) left school more than {years} years ago and may be erased.</source>
        <translation>
            <numerusform>%n leerling is meer dan {years} jaar geleden van school gegaan en mag worden gewist.</numerusform>
            <numerusform>%n leerlingen zijn meer dan {years} jaar geleden van school gegaan en mogen worden gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="245"/>
        <source>No student is past the retention period of {years} years.</source>
        <translation>Geen leerling is over de bewaartermijn van {years} jaar heen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="257"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="258"/>
        <source>Erase these students with everything about them? This cannot be undone.</source>
        <translation>Deze leerlingen wissen, met alles wat over hen is vastgelegd? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/settings.py" line="271"/>
        <source>%n student(s) erased.</source>
        <translation>
            <numerusform>%n leerling gewist.</numerusform>
            <numerusform>%n leerlingen gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="274"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="294"/>
        <source>In a team the signed roster says who you are and which role you have: each member signs in as himself on his own laptop. A coordinator changes roles.</source>
        <translation>In een team bepaalt de ondertekende ledenlijst wie je bent en welke rol je hebt: elk lid meldt zich op zijn eigen laptop als zichzelf aan. Een coördinator wijzigt rollen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="297"/>
        <source>Another user (and so another role) asks for the passphrase again, and is kept in the audit trail. A laptop used by several people is best used as a team, where each signs in as himself.</source>
        <translation>Een andere gebruiker (en dus een andere rol) vraagt opnieuw om het wachtwoord en komt in het logboek. Gebruiken meerdere mensen deze laptop, werk dan als team: dan meldt ieder zich als zichzelf aan.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="317"/>
        <source>Make a backup</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="317"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="333"/>
        <source>CoachDesk backups (*.sqlite)</source>
        <translation>CoachDesk-reservekopieën (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="322"/>
        <source>Making a backup…</source>
        <translation>Reservekopie maken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="323"/>
        <source>Backup saved: %s</source>
        <translation>Reservekopie opgeslagen: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="332"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="336"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="347"/>
        <location filename="../../coachdesk/ui/screens/settings.py" line="384"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="337"/>
        <source>All data will be replaced by the backup. The current data is kept as a backup first. Continue?</source>
        <translation>Alle gegevens worden vervangen door de reservekopie. De huidige gegevens worden eerst als reservekopie bewaard. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="357"/>
        <source>Restored. The data that was there is kept in %s</source>
        <translation>Teruggezet. De gegevens die er stonden zijn bewaard in %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="367"/>
        <source>Change the passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="368"/>
        <source>The data is encrypted again with the new passphrase, and a backup is made with it. Older backups keep opening with the passphrase they were made with.</source>
        <translation>De gegevens worden opnieuw versleuteld met het nieuwe wachtwoord, en er wordt meteen een reservekopie mee gemaakt. Oudere reservekopieën blijven opengaan met het wachtwoord waarmee ze zijn gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="370"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="371"/>
        <source>The passphrase is changed.</source>
        <translation>Het wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="384"/>
        <source>Passphrase of the backup:</source>
        <translation>Wachtwoord van de reservekopie:</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="395"/>
        <source>Another user of this laptop</source>
        <translation>Andere gebruiker van deze laptop</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="396"/>
        <source>CoachDesk will act as {name}, with that role. Type the passphrase of the data again to confirm; the change is kept in the audit trail.</source>
        <translation>CoachDesk werkt dan als {name}, met die rol. Typ ter bevestiging opnieuw het wachtwoord van de gegevens; de wijziging komt in het logboek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="398"/>
        <source>Change user</source>
        <translation>Gebruiker wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="421"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/settings.py" line="424"/>
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
        <location filename="../../coachdesk/ui/app.py" line="100"/>
        <source>The data folder {path} is read-only: CoachDesk cannot save anything in it. Copy the folder to a place where you may write (such as your own Documents folder) and open it there, or ask ICT for permission to write in it.</source>
        <translation>De gegevensmap {path} is alleen-lezen: CoachDesk kan er niets in opslaan. Kopieer de map naar een plek waar je mag schrijven (zoals je eigen map Documenten) en open hem daar, of vraag ICT om schrijfrechten.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="121"/>
        <source>The data file cannot be read; it may be damaged.

Restore the latest backup, made on {made}? The damaged file is kept in the backups folder.</source>
        <translation>Het gegevensbestand kan niet worden gelezen; het is mogelijk beschadigd.

De laatste reservekopie terugzetten, gemaakt op {made}? Het beschadigde bestand wordt bewaard in de map met reservekopieën.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="147"/>
        <source>Without the passphrase nobody can open the data, not even a helpdesk: keep it somewhere safe, away from the laptop.</source>
        <translation>Zonder het wachtwoord kan niemand de gegevens openen, ook een helpdesk niet: bewaar het op een veilige plek, niet bij de laptop.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="150"/>
        <source>Protect the data with a passphrase</source>
        <translation>Bescherm de gegevens met een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="151"/>
        <source>From now on CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about the students. Choose a passphrase of at least 10 characters; a backup is made first.</source>
        <translation>Vanaf nu versleutelt CoachDesk de gegevens op deze laptop, zodat een verloren of gestolen laptop niets over de leerlingen prijsgeeft. Kies een wachtwoord van minstens 10 tekens; eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="153"/>
        <source>Encrypt and open</source>
        <translation>Versleutelen en openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="155"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="156"/>
        <source>CoachDesk encrypts the data on this laptop, so that a lost or stolen laptop does not expose anything about the students. Choose a passphrase of at least 10 characters: a short sentence is easy to remember and hard to guess.</source>
        <translation>CoachDesk versleutelt de gegevens op deze laptop, zodat een verloren of gestolen laptop niets over de leerlingen prijsgeeft. Kies een wachtwoord van minstens 10 tekens: een korte zin is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/app.py" line="159"/>
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
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="644"/>
        <source>Change placement status</source>
        <translation>Status van de stage wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="651"/>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="676"/>
        <source>New status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="654"/>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="672"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="675"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="679"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/forms.py" line="680"/>
        <source>Reason (when ended early)</source>
        <translation>Reden (bij voortijdig stoppen)</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="94"/>
        <source>← Back</source>
        <translation>← Terug</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="96"/>
        <source>Edit profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="98"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="102"/>
        <source>Assess risk</source>
        <translation>Risico beoordelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="105"/>
        <source>Add placement</source>
        <translation>Stage toevoegen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="108"/>
        <source>Change status…</source>
        <translation>Status wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="111"/>
        <source>Edit placement…</source>
        <translation>Stage wijzigen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="114"/>
        <source>Open employer</source>
        <translation>Leerbedrijf openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="117"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="328"/>
        <source>Mark done</source>
        <translation>Markeer als gedaan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="120"/>
        <source>Export data (AVG)…</source>
        <translation>Gegevens exporteren (AVG)…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="123"/>
        <source>Erase student…</source>
        <translation>Leerling wissen…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>POK signed</source>
        <translation>POK getekend</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="139"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="137"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="145"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="147"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="145"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="145"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="270"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="145"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="145"/>
        <source>Next contact before</source>
        <translation>Volgend contact vóór</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="147"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="147"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="147"/>
        <source>Coach&apos;s reason</source>
        <translation>Reden van de coach</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="148"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="148"/>
        <source>Owner</source>
        <translation>Uitvoerder</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="148"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="151"/>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="180"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="183"/>
        <source>Risk history</source>
        <translation>Risicogeschiedenis</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="156"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="137"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="137"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="138"/>
        <source>After school</source>
        <translation>Na school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="261"/>
        <source>⚠ %s · overdue</source>
        <translation>⚠ %s · te laat</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="265"/>
        <source>School type</source>
        <translation>Schoolsoort</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="266"/>
        <source>Pathway</source>
        <translation>Leerweg</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="267"/>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="268"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="269"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="271"/>
        <source>JPO</source>
        <translation>JPO</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="271"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="272"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="273"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="274"/>
        <source>Sectors</source>
        <translation>Sectoren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="275"/>
        <source>Can do</source>
        <translation>Kan</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="276"/>
        <source>Profile may be shared</source>
        <translation>Profiel mag gedeeld worden</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="276"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="276"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="279"/>
        <source>Health notes</source>
        <translation>Gezondheidsnotities</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="313"/>
        <source>Contact with %s</source>
        <translation>Contact met %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="359"/>
        <location filename="../../coachdesk/ui/screens/pages.py" line="364"/>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="359"/>
        <source>Select a placement first.</source>
        <translation>Kies eerst een stage.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="373"/>
        <source>Folder for the export</source>
        <translation>Map voor de export</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="378"/>
        <source>Export data (AVG)</source>
        <translation>Gegevens exporteren (AVG)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="378"/>
        <source>Written:
%s</source>
        <translation>Geschreven:
%s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="385"/>
        <source>Erase student</source>
        <translation>Leerling wissen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/pages.py" line="386"/>
        <source>Erase this student with all placements, contacts, risk assessments and actions? This cannot be undone. Make an export first if the student asked for one.</source>
        <translation>Deze leerling wissen, met alle stages, contacten, risicobeoordelingen en acties? Dit kan niet ongedaan worden gemaakt. Maak eerst een export als de leerling daarom vroeg.</translation>
    </message>
</context>
<context>
    <name>Students</name>
    <message>
        <location filename="../../coachdesk/services/duplicates.py" line="16"/>
        <source>{name}, born {born}, is already a student of this school. Perhaps the same student?</source>
        <translation>{name}, geboren op {born}, is al leerling van deze school. Misschien dezelfde leerling?</translation>
    </message>
</context>
<context>
    <name>StudentsDialog</name>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/monitor.py" line="118"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
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
        <location filename="../../coachdesk/sync/engine.py" line="28"/>
        <source>This data folder belongs to no team. A coordinator starts one with &apos;coachdesk team create&apos;; a member joins with &apos;coachdesk team join&apos;.</source>
        <translation>Deze gegevensmap hoort bij geen team. Een coördinator start een team met &apos;coachdesk team create&apos;; een teamlid sluit aan met &apos;coachdesk team join&apos;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="29"/>
        <source>The team folder {path} looks empty or is not reachable. Check that the shared folder is connected and fully synchronised; nothing was changed.</source>
        <translation>De teammap {path} lijkt leeg of is niet bereikbaar. Controleer of de gedeelde map verbonden en helemaal gesynchroniseerd is; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="30"/>
        <source>The team folder {path} was written by a newer version of CoachDesk. Install the newest version; nothing was changed.</source>
        <translation>De teammap {path} is geschreven door een nieuwere versie van CoachDesk. Installeer de nieuwste versie; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="31"/>
        <source>The folder {path} belongs to another team. Choose this team&apos;s folder; nothing was changed.</source>
        <translation>De map {path} hoort bij een ander team. Kies de map van dit team; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="32"/>
        <source>You are no longer a member of this team: nothing was sent or received. Ask your coordinator.</source>
        <translation>Je bent geen lid meer van dit team: er is niets verstuurd of ontvangen. Vraag het je coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="33"/>
        <source>Skipped {file}: it is incomplete, damaged or not signed by a team member ({reason}). It will be tried again at the next sync.</source>
        <translation>{file} overgeslagen: het bestand is onvolledig, beschadigd of niet ondertekend door een teamlid ({reason}). Bij de volgende synchronisatie wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="34"/>
        <source>Skipped {file}: it repeats a bundle written for another place in the team folder (copied or put back). The member&apos;s later changes are received as usual; the file may be deleted.</source>
        <translation>{file} overgeslagen: het herhaalt een bundel die voor een andere plek in de teammap is geschreven (gekopieerd of teruggezet). Latere wijzigingen van dit teamlid komen gewoon binnen; het bestand mag weg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="35"/>
        <source>Your changes could not be written to the team folder {path} ({reason}): it may be read-only or full. They wait on this laptop and are sent at the next sync; changes of others were received.</source>
        <translation>Je wijzigingen konden niet in de teammap {path} worden geschreven ({reason}): misschien is die alleen-lezen of vol. Ze wachten op deze laptop en gaan mee bij de volgende keer delen; wijzigingen van anderen zijn wel binnengekomen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="36"/>
        <source>The key document of {scope} in the team folder is older than one this laptop has seen (an old copy was put back). This laptop keeps using the newest; a coordinator&apos;s next sync writes it back.</source>
        <translation>Het sleuteldocument van {scope} in de teammap is ouder dan een dat deze laptop al kende (er is een oude kopie teruggezet). Deze laptop blijft het nieuwste gebruiken; de volgende keer dat een coördinator deelt, zet die het terug.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="37"/>
        <source>The team folder lacked changes this laptop had sent ({scope}): it was restored from an older copy. {count} values were sent again, so every laptop agrees again.</source>
        <translation>In de teammap ontbraken wijzigingen die deze laptop had verstuurd ({scope}): de map is teruggezet vanuit een oudere kopie. {count} waarden zijn opnieuw verstuurd, zodat alle laptops weer hetzelfde hebben.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="38"/>
        <source>Ignored {file}: a copy made by the sync program of the shared folder. It may be deleted.</source>
        <translation>{file} genegeerd: een kopie gemaakt door het synchronisatieprogramma van de gedeelde map. Die mag weg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="39"/>
        <source>Waiting for {file}, which has not arrived yet; the changes after it follow when it has.</source>
        <translation>Wacht op {file}, dat nog niet is aangekomen; de wijzigingen daarna volgen zodra het er is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="40"/>
        <source>Changes for {scope} wait: that part of the team has no key yet. Ask your coordinator to sync once.</source>
        <translation>Wijzigingen voor {scope} wachten: dat deel van het team heeft nog geen sleutel. Vraag je coördinator één keer te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/engine.py" line="41"/>
        <source>A change from {name} is dated {minutes} minutes after this laptop&apos;s time: the clock of one of the two laptops is wrong. Check the date and time.</source>
        <translation>Een wijziging van {name} is gedateerd {minutes} minuten na de tijd van deze laptop: de klok van een van beide laptops staat verkeerd. Controleer datum en tijd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/sync/engine.py" line="268"/>
        <source>Refused %n change(s) by {name}, {role}: that role may not make them. They are listed under items to check; nothing of them was applied.</source>
        <translation>
            <numerusform>%n wijziging van {name}, {role}, geweigerd: die rol mag haar niet maken. Ze staat bij Te controleren; er is niets van overgenomen.</numerusform>
            <numerusform>%n wijzigingen van {name}, {role}, geweigerd: die rol mag ze niet maken. Ze staan bij Te controleren; er is niets van overgenomen.</numerusform>
        </translation>
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
        <translation>Het bestand {path} is geen CoachDesk-uitnodiging. Vraag je coördinator om een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="32"/>
        <source>This data folder already holds data. Join a team with a new, empty data folder (--data-dir).</source>
        <translation>Deze gegevensmap bevat al gegevens. Sluit aan bij een team met een nieuwe, lege gegevensmap (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="33"/>
        <source>You cannot remove yourself. Another coordinator can.</source>
        <translation>Je kunt jezelf niet verwijderen. Een andere coördinator kan dat.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/membership.py" line="34"/>
        <source>You cannot change your own role. Another coordinator can.</source>
        <translation>Je kunt je eigen rol niet wijzigen. Een andere coördinator kan dat.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/roster.py" line="17"/>
        <source>The team folder {path} has no team roster (roster.json). Check that it is the right folder and that it is fully synchronised; nothing was changed.</source>
        <translation>De teammap {path} heeft geen teamlijst (roster.json). Controleer of het de goede map is en of die helemaal gesynchroniseerd is; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/roster.py" line="18"/>
        <source>The team roster in {path} is not signed by a coordinator of this team. Nothing was changed; ask your coordinator.</source>
        <translation>De teamlijst in {path} is niet ondertekend door een coördinator van dit team. Er is niets veranderd; vraag het je coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/roster.py" line="19"/>
        <source>The team roster in {path} is older than the one this laptop knows. Wait until the team folder is fully synchronised; nothing was changed.</source>
        <translation>De teamlijst in {path} is ouder dan die deze laptop kent. Wacht tot de teammap helemaal gesynchroniseerd is; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/sync/merge.py" line="33"/>
        <source>Ignored a change by {name} to &quot;{kind}&quot;, which this version of CoachDesk does not know. Install the newest version.</source>
        <translation>Een wijziging van {name} aan &quot;{kind}&quot; is overgeslagen: deze versie van CoachDesk kent dat niet. Installeer de nieuwste versie.</translation>
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
        <location filename="../../coachdesk/ui/screens/today.py" line="135"/>
        <source>Kind of attention</source>
        <translation>Soort aandacht</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="136"/>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="140"/>
        <source>Search by name…</source>
        <translation>Zoek op naam…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="142"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="145"/>
        <source>Whose students</source>
        <translation>Wiens leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="147"/>
        <source>My students</source>
        <translation>Mijn leerlingen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="148"/>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="148"/>
        <source>The whole school</source>
        <translation>De hele school</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="157"/>
        <source>Log contact</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="159"/>
        <source>Log a contact for the selected student (%s)</source>
        <translation>Contact vastleggen voor de gekozen leerling (%s)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="162"/>
        <source>Open student</source>
        <translation>Leerling openen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="172"/>
        <location filename="../../coachdesk/ui/screens/today.py" line="203"/>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="194"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="194"/>
        <source>Employer</source>
        <translation>Leerbedrijf</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="194"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="212"/>
        <source>Planned for the coming 7 days</source>
        <translation>Gepland: komende 7 dagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/today.py" line="239"/>
        <source>%n item(s) to check</source>
        <translation>
            <numerusform>%n punt te controleren</numerusform>
            <numerusform>%n punten te controleren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="248"/>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="262"/>
        <source>The list could not be made: %s</source>
        <translation>De lijst kon niet worden gemaakt: %s</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="269"/>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="269"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/today.py" line="270"/>
        <source>Today is %s.</source>
        <translation>Vandaag is het %s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/today.py" line="290"/>
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
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="235"/>
        <source>Making toolkits…</source>
        <translation>Toolkits maken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="238"/>
        <source>%n toolkit(s) saved.</source>
        <translation>
            <numerusform>%n toolkit opgeslagen.</numerusform>
            <numerusform>%n toolkits opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="242"/>
        <source>Make a preview first; that is what will be printed.</source>
        <translation>Maak eerst een voorbeeld; dat wordt afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="272"/>
        <source>Choose Students and parents, and one student in the list.</source>
        <translation>Kies Leerlingen en ouders, en één leerling in de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="282"/>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="289"/>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="282"/>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/screens/toolkits.py" line="291"/>
        <source>Calendar saved: %s</source>
        <translation>Agenda opgeslagen: %s</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="144"/>
        <source>CoachDesk is locked</source>
        <translation>CoachDesk is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="145"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="148"/>
        <source>CoachDesk is locked. Type your passphrase to go on; nothing you typed is lost.</source>
        <translation>CoachDesk is vergrendeld. Typ je wachtwoord om verder te gaan; niets van wat je typte is verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="150"/>
        <source>CoachDesk locked itself because it was not used for a while. Type your passphrase to go on; nothing you typed is lost.</source>
        <translation>CoachDesk is vergrendeld omdat het een tijd niet is gebruikt. Typ je wachtwoord om verder te gaan; niets van wat je typte is verloren.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="152"/>
        <source>The data in {folder} is encrypted. Type your passphrase to open it.</source>
        <translation>De gegevens in {folder} zijn versleuteld. Typ je wachtwoord om ze te openen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="156"/>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="157"/>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="158"/>
        <source>Quit CoachDesk</source>
        <translation>CoachDesk afsluiten</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="166"/>
        <source>Type your passphrase first, then press Enter.</source>
        <translation>Typ eerst je wachtwoord en druk dan op Enter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="182"/>
        <source>That passphrase is still not right. Check Caps Lock and the keyboard layout, and type it once more. If you are sure it is right, the file may be damaged: restore a backup. Choose &quot;Quit CoachDesk&quot;, then run &apos;coachdesk restore&apos; with a file from the backups folder, or ask your coordinator.</source>
        <translation>Dat wachtwoord klopt nog steeds niet. Controleer Caps Lock en de toetsenbordindeling en typ het nog eens. Weet je zeker dat het klopt, dan is het bestand misschien beschadigd: zet een reservekopie terug. Kies &quot;CoachDesk afsluiten&quot; en voer dan &apos;coachdesk restore&apos; uit met een bestand uit de map backups, of vraag het je coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="186"/>
        <source>That passphrase is still not right. It is the one you typed when you opened CoachDesk; check Caps Lock and the keyboard layout. Without it nobody can open the data. &quot;Quit CoachDesk&quot; keeps everything you saved.</source>
        <translation>Dat wachtwoord klopt nog steeds niet. Het is het wachtwoord dat je typte toen je CoachDesk opende; controleer Caps Lock en de toetsenbordindeling. Zonder dat wachtwoord kan niemand de gegevens openen. &quot;CoachDesk afsluiten&quot; bewaart alles wat je hebt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="190"/>
        <source>That passphrase is not right. Check it (capitals count) and try again.</source>
        <translation>Dat wachtwoord klopt niet. Controleer het (let op hoofdletters) en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="422"/>
        <source>{label}: this field is required. Fill it in.</source>
        <translation>{label}: dit veld is verplicht. Vul het in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="423"/>
        <source>{label}: &quot;{value}&quot; is not a date. Enter it as dd-mm-yyyy, for example 01-09-2026.</source>
        <translation>{label}: &quot;{value}&quot; is geen datum. Typ de datum als dd-mm-jjjj, bijvoorbeeld 01-09-2026.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="424"/>
        <source>{label}: &quot;{value}&quot; is not a date and time. Enter it as dd-mm-yyyy hh:mm.</source>
        <translation>{label}: &quot;{value}&quot; is geen datum en tijd. Typ ze als dd-mm-jjjj uu:mm.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="425"/>
        <source>{label}: enter a whole number.</source>
        <translation>{label}: vul een heel getal in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="426"/>
        <source>{label}: enter a number from {minimum} to {maximum}.</source>
        <translation>{label}: vul een getal in van {minimum} tot en met {maximum}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="427"/>
        <location filename="../../coachdesk/services/praktijkverklaring.py" line="280"/>
        <source>{label}: at most {maximum} characters; shorten the text.</source>
        <translation>{label}: maximaal {maximum} tekens; maak de tekst korter.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="428"/>
        <source>{label}: contains invisible control characters; retype the text.</source>
        <translation>{label}: bevat onzichtbare stuurtekens; typ de tekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="429"/>
        <source>{label}: &quot;{value}&quot; is not one of the choices; pick one from the list.</source>
        <translation>{label}: &quot;{value}&quot; is geen van de keuzes; kies er een uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="430"/>
        <source>{label}: &quot;{value}&quot; is not an email address, like name@example.nl.</source>
        <translation>{label}: &quot;{value}&quot; is geen e-mailadres zoals naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="431"/>
        <source>{label}: &quot;{value}&quot; is not a phone number; use digits, spaces and an optional +.</source>
        <translation>{label}: &quot;{value}&quot; is geen telefoonnummer; gebruik cijfers, spaties en eventueel een +.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="432"/>
        <source>{label}: &quot;{value}&quot; is not a Dutch postcode, like 1234 AB.</source>
        <translation>{label}: &quot;{value}&quot; is geen Nederlandse postcode zoals 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="433"/>
        <source>{label}: a web link starts with https:// or http://.</source>
        <translation>{label}: een weblink begint met https:// of http://.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="434"/>
        <source>{label}: a crebo code has exactly 5 digits.</source>
        <translation>{label}: een crebonummer heeft precies 5 cijfers.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="435"/>
        <source>{label}: answer yes or no.</source>
        <translation>{label}: antwoord met ja of nee.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="436"/>
        <source>{label}: give a list of words.</source>
        <translation>{label}: geef een lijst van woorden.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="437"/>
        <source>{label}: this field does not exist here.</source>
        <translation>{label}: dit veld bestaat hier niet.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="438"/>
        <source>{label}: contains broken characters (half of a symbol or emoji); retype the text.</source>
        <translation>{label}: bevat kapotte tekens (de helft van een symbool of emoji); typ de tekst opnieuw.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="439"/>
        <source>{label}: the year {year} is not possible; enter a date from 1900 to 2100.</source>
        <translation>{label}: het jaar {year} kan niet; vul een datum in van 1900 tot en met 2100.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="440"/>
        <source>{label}: enter text here.</source>
        <translation>{label}: vul hier tekst in.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="441"/>
        <source>{label}: &quot;{value}&quot; is not a Dutch postcode; give its 4 digits, like 1234.</source>
        <translation>{label}: &quot;{value}&quot; is geen Nederlandse postcode; geef de 4 cijfers, zoals 1234.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="442"/>
        <source>{label}: a KvK number has exactly 8 digits.</source>
        <translation>{label}: een KvK-nummer heeft precies 8 cijfers.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/schema.py" line="443"/>
        <source>{label}: &quot;{value}&quot; is not one of the choices; use {choices}.</source>
        <translation>{label}: &quot;{value}&quot; is geen van de keuzes; gebruik {choices}.</translation>
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
        <location filename="../../coachdesk/services/placements.py" line="53"/>
        <source>{label}: the placement cannot stop before it started ({start}). Check the date.</source>
        <translation>{label}: de stage kan niet stoppen voordat hij begonnen is ({start}). Controleer de datum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="54"/>
        <source>{label}: the placement was planned to end on {end}; it cannot start after that. Check the date, or change the end date first.</source>
        <translation>{label}: de stage zou eindigen op {end}; hij kan niet later beginnen. Controleer de datum, of pas eerst de einddatum aan.</translation>
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
        <location filename="../../coachdesk/services/records.py" line="34"/>
        <source>{label}: the placement stopped on {stopped}, before this start date. Check the date.</source>
        <translation>{label}: de stage is gestopt op {stopped}, vóór deze begindatum. Controleer de datum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="20"/>
        <location filename="../../coachdesk/services/records.py" line="33"/>
        <source>{label}: the end date lies before the start date.</source>
        <translation>{label}: de einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="22"/>
        <source>{label}: an mbo place (BOL or BBL) needs the crebo of its qualification.</source>
        <translation>{label}: een mbo-plek (BOL of BBL) heeft de crebo van de kwalificatie nodig.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="23"/>
        <source>{label}: only an mbo place (BOL or BBL) has an mbo level; leave it empty.</source>
        <translation>{label}: alleen een mbo-plek (BOL of BBL) heeft een mbo-niveau; laat het leeg.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="25"/>
        <source>{label}: a contact cannot be logged in the future. Plan it with &quot;Next step on&quot; instead.</source>
        <translation>{label}: een contact kan niet in de toekomst worden vastgelegd. Plan het met &quot;Volgende stap op&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="26"/>
        <source>{label}: say why the employer dropped out (no time, no suitable work, does not want to, call back later on ...).</source>
        <translation>{label}: geef aan waarom het bedrijf afhaakt (geen tijd, geen geschikt werk, wil niet, later terugbellen op ...).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="27"/>
        <source>{label}: only a dropped employer has a reason for it; leave it empty or choose &quot;Dropped&quot;.</source>
        <translation>{label}: alleen een afgehaakt bedrijf heeft een reden; laat het leeg of kies &quot;Afgehaakt&quot;.</translation>
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
        <location filename="../../coachdesk/services/place_rules.py" line="24"/>
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
        <location filename="../../coachdesk/services/records.py" line="42"/>
        <source>{label}: an action cannot be done in the future.</source>
        <translation>{label}: een actie kan niet in de toekomst gedaan zijn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="50"/>
        <source>{label}: your role may not give this value. Ask the student&apos;s coach.</source>
        <translation>{label}: jouw rol mag deze waarde niet geven. Vraag het de coach van de leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="51"/>
        <source>{label}: nobody changes his own role or school. Ask a coordinator.</source>
        <translation>{label}: niemand wijzigt zijn eigen rol of school. Vraag het een coördinator.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="52"/>
        <source>{label}: only a coordinator may make someone coordinator.</source>
        <translation>{label}: alleen een coördinator mag iemand coördinator maken.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="53"/>
        <source>{label}: choose your own school; other schools&apos; records are not yours to change.</source>
        <translation>{label}: kies je eigen school; gegevens van andere scholen mag je niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/domain/policy.py" line="49"/>
        <source>{label}: your role may not change this field.</source>
        <translation>{label}: met jouw rol kun je dit veld niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="43"/>
        <source>{label}: the event ends before it starts.</source>
        <translation>{label}: het event eindigt voordat het begint.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/place_rules.py" line="21"/>
        <location filename="../../coachdesk/services/records.py" line="44"/>
        <source>{label}: lies before &quot;valid from&quot;.</source>
        <translation>{label}: ligt vóór &quot;geldig vanaf&quot;.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="45"/>
        <source>{label}: fill in when the student left school.</source>
        <translation>{label}: vul in wanneer de leerling van school ging.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="47"/>
        <source>{label}: {value} is already the number of another student of this school. Check the number.</source>
        <translation>{label}: {value} is al het nummer van een andere leerling van deze school. Controleer het nummer.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="48"/>
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
        <location filename="../../coachdesk/services/settings.py" line="51"/>
        <source>{label}: choose a coach from the list.</source>
        <translation>{label}: kies een coach uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="34"/>
        <source>{label}: the student has not left school; record when he left first.</source>
        <translation>{label}: de leerling is niet van school gegaan; leg eerst vast wanneer hij vertrok.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="35"/>
        <source>{label}: this follow-up is due on {due}; it can be recorded from {earliest}.</source>
        <translation>{label}: deze nazorg is op {due}; vastleggen kan vanaf {earliest}.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="36"/>
        <source>{label}: a follow-up cannot be recorded in the future.</source>
        <translation>{label}: nazorg kan niet in de toekomst worden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="37"/>
        <source>{label}: a follow-up is 6, 12 or 24 months after leaving.</source>
        <translation>{label}: nazorg is 6, 12 of 24 maanden na vertrek.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="38"/>
        <source>{label}: say in words why the place ended (&quot;other, namely ...&quot;).</source>
        <translation>{label}: zeg in woorden waarom de plek stopte (&quot;anders, namelijk ...&quot;).</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="39"/>
        <source>{label}: the leaving date lies in the future.</source>
        <translation>{label}: de vertrekdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/outcomes.py" line="40"/>
        <source>{label}: there is no earlier answer to repeat; choose where the student is now.</source>
        <translation>{label}: er is geen eerder antwoord om te herhalen; kies waar de leerling nu is.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/pv_rules.py" line="20"/>
        <source>{label}: this version of the qualification file is already in the catalogue; a changed file gets a new version.</source>
        <translation>{label}: deze versie van het kwalificatiedossier staat al in de catalogus; een gewijzigd dossier krijgt een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/pv_rules.py" line="21"/>
        <source>{label}: this core task belongs to another qualification file.</source>
        <translation>{label}: deze kerntaak hoort bij een ander kwalificatiedossier.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/pv_rules.py" line="22"/>
        <source>{label}: this work process belongs to another qualification file (or version) than the route&apos;s.</source>
        <translation>{label}: dit werkproces hoort bij een ander kwalificatiedossier (of een andere versie) dan dat van de route.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/pv_rules.py" line="23"/>
        <source>{label}: this work process is already in the route.</source>
        <translation>{label}: dit werkproces staat al in de route.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/pv_rules.py" line="24"/>
        <source>{label}: this route belongs to another student.</source>
        <translation>{label}: deze route hoort bij een andere leerling.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/pv_rules.py" line="76"/>
        <source>{label}: a route with work processes keeps its qualification file version; start a new route for another version.</source>
        <translation>{label}: een route met werkprocessen houdt de versie van zijn kwalificatiedossier; begin een nieuwe route voor een andere versie.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="60"/>
        <source>{employer} is not recognised by SBB: a BPV place must be at a recognised leerbedrijf.</source>
        <translation>{employer} is niet erkend door SBB: een BPV-plek moet bij een erkend leerbedrijf zijn.</translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="61"/>
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
        <location filename="../../coachdesk/ui/dialogs/welcome.py" line="107"/>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <location filename="../../coachdesk/ui/dialogs/lock.py" line="242"/>
        <source>%s (locked)</source>
        <translation>%s (vergrendeld)</translation>
    </message>
</context>
</TS>
