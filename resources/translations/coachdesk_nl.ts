<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Attention</name>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="32"/>
        <source>High risk without action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="33"/>
        <source>Contact overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="34"/>
        <source>Too few contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="35"/>
        <source>BBL without POK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="36"/>
        <source>Still searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="37"/>
        <source>Placement ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="92"/>
        <source>Searching for a place for {weeks} weeks (since {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="124"/>
        <source>No contact yet since the start on {start}; due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="127"/>
        <source>Last contact {last}; next contact was due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="134"/>
        <source>{count} of at least {minimum} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="136"/>
        <source>no visit at the workplace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="137"/>
        <source>Past half of the placement: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="139"/>
        <source>The placement ends on {end}: plan the final talk and what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="153"/>
        <source>BBL placement without a signed praktijkovereenkomst (POK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/attention.py" line="184"/>
        <source>High dropout risk since {date} and no open action: agree on an action with an owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="52"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="52"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="52"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="52"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundOperation</name>
    <message>
        <location filename="../../coachdesk/ui/tasks.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../coachdesk/labels.py" line="11"/>
        <source>Teacher / BPV supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="12"/>
        <source>Job coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="13"/>
        <source>Junior workplace trainer (JPO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="14"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="15"/>
        <source>Practical education (PrO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="16"/>
        <source>Special secondary education (VSO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="17"/>
        <source>mbo Entree (level 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="18"/>
        <source>mbo level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="19"/>
        <source>Labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="20"/>
        <source>Day activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="21"/>
        <source>Further education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="22"/>
        <source>BOL (school-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="23"/>
        <source>BBL (work-based)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="24"/>
        <source>At school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="25"/>
        <source>Left school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="26"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="27"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="28"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="29"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="30"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="31"/>
        <source>Visit at the workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="32"/>
        <source>Three-way talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="33"/>
        <source>Phone or video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="34"/>
        <source>Talk at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="35"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="36"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="37"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="38"/>
        <source>Speed date for BPV places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="39"/>
        <source>Job and BPV market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="40"/>
        <source>Company visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="41"/>
        <source>Job shadowing day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="42"/>
        <source>Open day at a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="43"/>
        <source>Company fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="44"/>
        <source>Careers festival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/labels.py" line="45"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="63"/>
        <location filename="../../coachdesk/services/lists.py" line="137"/>
        <location filename="../../coachdesk/services/lists.py" line="153"/>
        <location filename="../../coachdesk/services/lists.py" line="182"/>
        <location filename="../../coachdesk/services/lists.py" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="64"/>
        <location filename="../../coachdesk/services/lists.py" line="76"/>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="65"/>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="66"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="67"/>
        <location filename="../../coachdesk/services/lists.py" line="74"/>
        <location filename="../../coachdesk/services/lists.py" line="94"/>
        <location filename="../../coachdesk/services/lists.py" line="114"/>
        <location filename="../../coachdesk/services/lists.py" line="130"/>
        <location filename="../../coachdesk/services/lists.py" line="155"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="68"/>
        <location filename="../../coachdesk/services/lists.py" line="75"/>
        <location filename="../../coachdesk/services/lists.py" line="88"/>
        <location filename="../../coachdesk/services/lists.py" line="95"/>
        <location filename="../../coachdesk/services/lists.py" line="105"/>
        <location filename="../../coachdesk/services/lists.py" line="113"/>
        <location filename="../../coachdesk/services/lists.py" line="131"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="69"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="77"/>
        <location filename="../../coachdesk/services/lists.py" line="85"/>
        <location filename="../../coachdesk/services/lists.py" line="93"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="83"/>
        <location filename="../../coachdesk/services/lists.py" line="103"/>
        <location filename="../../coachdesk/services/lists.py" line="121"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="84"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="86"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="87"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="96"/>
        <location filename="../../coachdesk/services/lists.py" line="138"/>
        <location filename="../../coachdesk/services/lists.py" line="146"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="102"/>
        <location filename="../../coachdesk/services/lists.py" line="120"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="104"/>
        <location filename="../../coachdesk/services/lists.py" line="112"/>
        <location filename="../../coachdesk/services/lists.py" line="168"/>
        <location filename="../../coachdesk/services/lists.py" line="175"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="106"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="107"/>
        <source>Next contact before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="122"/>
        <location filename="../../coachdesk/services/lists.py" line="129"/>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="123"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="124"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="139"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="140"/>
        <location filename="../../coachdesk/services/lists.py" line="147"/>
        <source>SBB recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="141"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="142"/>
        <location filename="../../coachdesk/services/lists.py" line="157"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="154"/>
        <location filename="../../coachdesk/services/lists.py" line="161"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="156"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="166"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="167"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="169"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="170"/>
        <source>Register before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="171"/>
        <location filename="../../coachdesk/services/lists.py" line="176"/>
        <location filename="../../coachdesk/services/lists.py" line="187"/>
        <location filename="../../coachdesk/services/lists.py" line="190"/>
        <location filename="../../coachdesk/services/lists.py" line="198"/>
        <location filename="../../coachdesk/services/lists.py" line="201"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="183"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="184"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="185"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="186"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="196"/>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/lists.py" line="197"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="43"/>
        <location filename="../../coachdesk/ui/listview.py" line="257"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="43"/>
        <location filename="../../coachdesk/ui/listview.py" line="257"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="118"/>
        <source>Last checked over a year ago: check the amounts and conditions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../coachdesk/cli.py" line="57"/>
        <source>The data folder {path} already holds data; demo data goes only into an empty folder. Use --data-dir with a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli.py" line="60"/>
        <source>Demo data written to {path}: {students} students, {employers} employers, {visits} contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli.py" line="67"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/cli.py" line="111"/>
        <source>{count} items need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="59"/>
        <source>dd-mm-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="64"/>
        <location filename="../../coachdesk/ui/forms.py" line="65"/>
        <source>Choose a date in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="284"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="286"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="288"/>
        <source>Add workplace trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="299"/>
        <source>Workplace trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="299"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="299"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="300"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="300"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="300"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="300"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="306"/>
        <source>Workplace trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="308"/>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="323"/>
        <source>Recognised by SBB (Leerbedrijf-ID %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="323"/>
        <source>⚠ Not recognised by SBB: no BPV place possible until it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../coachdesk/db.py" line="88"/>
        <source>The data folder {path} cannot be created ({reason}). Choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/db.py" line="93"/>
        <source>The data folder {path} is not writable. Choose a folder you may write to with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/db.py" line="106"/>
        <source>The file {path} is not a CoachDesk data file. Move it away or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/db.py" line="143"/>
        <source>The data file {path} is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/db.py" line="147"/>
        <source>The data file {path} is damaged or not a data file. Restore a backup from {backups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/db.py" line="161"/>
        <source>The data file {path} was made by a newer version of CoachDesk. Install the newest version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="81"/>
        <source>Risk assessments are not available to a JPO. Ask the student&apos;s coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="82"/>
        <source>You may not see this student&apos;s file. Ask a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="83"/>
        <source>Your role may not change this. Ask a coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/access.py" line="84"/>
        <source>Health notes are not available to a JPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="41"/>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="22"/>
        <source>There is no {kind} with id {id}. Check the id with &apos;coachdesk list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="23"/>
        <source>Unknown kind &quot;{kind}&quot;. Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="246"/>
        <source>A risk assessment is never changed afterwards. Record a new assessment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../coachdesk/schema.py" line="43"/>
        <location filename="../../coachdesk/schema.py" line="51"/>
        <location filename="../../coachdesk/schema.py" line="84"/>
        <location filename="../../coachdesk/schema.py" line="98"/>
        <location filename="../../coachdesk/schema.py" line="161"/>
        <location filename="../../coachdesk/schema.py" line="177"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="44"/>
        <source>BRIN code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="45"/>
        <location filename="../../coachdesk/schema.py" line="55"/>
        <location filename="../../coachdesk/schema.py" line="69"/>
        <location filename="../../coachdesk/schema.py" line="99"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="46"/>
        <location filename="../../coachdesk/schema.py" line="54"/>
        <location filename="../../coachdesk/schema.py" line="70"/>
        <location filename="../../coachdesk/schema.py" line="100"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="47"/>
        <source>Labour market region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="52"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="53"/>
        <location filename="../../coachdesk/schema.py" line="67"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="59"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="60"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="61"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="62"/>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="63"/>
        <source>VSO exit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="64"/>
        <source>Learning pathway (BOL/BBL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="65"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="66"/>
        <source>Crebo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="68"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="71"/>
        <source>Parent/guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="72"/>
        <source>Parent/guardian phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="73"/>
        <source>Parent/guardian email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="74"/>
        <source>Sectors of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="75"/>
        <source>What the student can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="76"/>
        <source>Profile may be shared with employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="77"/>
        <source>Parent/guardian consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="78"/>
        <source>Health notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="79"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="80"/>
        <source>Left school on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="85"/>
        <source>SBB Leerbedrijf-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="86"/>
        <source>Recognised by SBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="87"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="88"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="89"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="90"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="91"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="92"/>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="93"/>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="97"/>
        <location filename="../../coachdesk/schema.py" line="105"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="104"/>
        <location filename="../../coachdesk/schema.py" line="117"/>
        <location filename="../../coachdesk/schema.py" line="128"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="106"/>
        <source>Workplace trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="107"/>
        <source>School coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="108"/>
        <source>Searching since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="109"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="110"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="111"/>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="112"/>
        <source>POK signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="113"/>
        <location filename="../../coachdesk/schema.py" line="135"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="118"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="119"/>
        <location filename="../../coachdesk/schema.py" line="129"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="120"/>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="121"/>
        <source>By coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="122"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="123"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="124"/>
        <source>Next contact before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="130"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="131"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="132"/>
        <source>Unauthorised absence in the last 4 weeks (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="133"/>
        <source>Level set by coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="134"/>
        <source>Reason for a different level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="139"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="140"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="141"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="142"/>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="146"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="147"/>
        <source>Kind of event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="148"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="149"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="150"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="151"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="152"/>
        <source>For (school types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="153"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="154"/>
        <source>Register before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="155"/>
        <source>Registration link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="156"/>
        <source>What to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="157"/>
        <location filename="../../coachdesk/schema.py" line="173"/>
        <location filename="../../coachdesk/schema.py" line="182"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="162"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="163"/>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="164"/>
        <source>For students of (school types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="165"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="166"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="167"/>
        <source>How to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="168"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="169"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="170"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="171"/>
        <source>Last checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="172"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="178"/>
        <source>What it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="179"/>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="180"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="181"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="86"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coachdesk/schema.py" line="200"/>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="201"/>
        <source>coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="202"/>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="203"/>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="204"/>
        <source>workplace trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="205"/>
        <source>placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="206"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="207"/>
        <source>risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="208"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="209"/>
        <source>matching event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="210"/>
        <source>financial scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="211"/>
        <source>help offer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="172"/>
        <source>Search by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="174"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="204"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="211"/>
        <source>Number of rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/listview.py" line="248"/>
        <source>All: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/listview.py" line="273"/>
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/listview.py" line="273"/>
        <source> of %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="52"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="53"/>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="54"/>
        <source>Placements (BPV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="55"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="56"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="57"/>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="58"/>
        <source>Matching events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="59"/>
        <source>Schemes &amp; help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="60"/>
        <source>Toolkits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="61"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="67"/>
        <source>CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="70"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="113"/>
        <source>Working as coordinator (no user chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="114"/>
        <source>Signed in as %s (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="118"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="119"/>
        <location filename="../../coachdesk/ui/mainwindow.py" line="291"/>
        <source>About CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="152"/>
        <source>New student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="154"/>
        <source>New employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="162"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="167"/>
        <source>Financial schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="167"/>
        <source>New scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="167"/>
        <source>Help and instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="167"/>
        <source>New help offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="222"/>
        <source>Toolkits are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="230"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/mainwindow.py" line="292"/>
        <source>&lt;h3&gt;CoachDesk %s&lt;/h3&gt;&lt;p&gt;BPV placements, coaching contacts and dropout risks, offline.&lt;/p&gt;&lt;p&gt;Data folder: %s&lt;/p&gt;&lt;p&gt;Built with Qt (LGPL v3), PySide6, SQLAlchemy and reportlab.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="132"/>
        <source>Change %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="132"/>
        <source>New %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="181"/>
        <source>Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="191"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="192"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="234"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="236"/>
        <source>separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="293"/>
        <source>This could not be saved yet. Correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="308"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="322"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="323"/>
        <source>You have changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="267"/>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="51"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="52"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="53"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="69"/>
        <source>No signals: low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="70"/>
        <source>{signals} = {score} points: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="349"/>
        <source>Assess dropout risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="355"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="368"/>
        <source>Computed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="370"/>
        <source>Action (who does what, before when)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="373"/>
        <location filename="../../coachdesk/ui/forms.py" line="384"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="375"/>
        <location filename="../../coachdesk/ui/forms.py" line="385"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="383"/>
        <location filename="../../coachdesk/ui/forms.py" line="386"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="38"/>
        <location filename="../../coachdesk/ui/settings_screen.py" line="67"/>
        <source>Who uses this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="41"/>
        <location filename="../../coachdesk/ui/settings_screen.py" line="68"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="45"/>
        <source>Attention list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="48"/>
        <source>Searching for a place longer than (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="49"/>
        <source>Contact with an active placement at least every (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="50"/>
        <source>Contacts per placement at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="51"/>
        <source>Placement ends within (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="52"/>
        <source>Keep student files after leaving (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="60"/>
        <source>School name on printed toolkits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="62"/>
        <source>Header line on printed toolkits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="64"/>
        <location filename="../../coachdesk/ui/settings_screen.py" line="71"/>
        <source>Labour market region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="65"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="69"/>
        <source>School name on toolkits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="70"/>
        <source>Header line on toolkits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="72"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="80"/>
        <source>New coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="88"/>
        <source>Coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/settings_screen.py" line="128"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="29"/>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="30"/>
        <source>Motivation or study choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="31"/>
        <source>Learning problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="32"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="33"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="34"/>
        <source>Home situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="35"/>
        <source>Money or debts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="36"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="37"/>
        <source>Conflict at the workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="38"/>
        <source>Lost the placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="34"/>
        <source>searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="35"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="36"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="37"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="38"/>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="434"/>
        <source>Change placement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="439"/>
        <location filename="../../coachdesk/ui/forms.py" line="456"/>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="448"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="455"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="457"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/forms.py" line="458"/>
        <source>Reason (when ended early)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="84"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="86"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="88"/>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="91"/>
        <source>Assess risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="94"/>
        <source>Add placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="97"/>
        <source>Change status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>Hours/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>POK signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="110"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="114"/>
        <location filename="../../coachdesk/ui/pages.py" line="115"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="114"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="114"/>
        <location filename="../../coachdesk/ui/pages.py" line="199"/>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="114"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="114"/>
        <source>Next contact before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="115"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="115"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="115"/>
        <source>Coach&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="116"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="116"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="116"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="118"/>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="128"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="130"/>
        <source>Risk history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="130"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="194"/>
        <source>School type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="195"/>
        <source>Pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="196"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="197"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="198"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="200"/>
        <source>JPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="200"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="201"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="202"/>
        <source>Parent/guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="203"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="204"/>
        <source>Can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="205"/>
        <source>Profile may be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="205"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="205"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="208"/>
        <source>Health notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="246"/>
        <location filename="../../coachdesk/ui/pages.py" line="251"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/pages.py" line="246"/>
        <source>Select a placement first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="100"/>
        <source>Kind of attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="101"/>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="105"/>
        <source>Search by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="107"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="110"/>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="112"/>
        <source>Log a contact for the selected student (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="115"/>
        <source>Open student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="125"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="142"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="142"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="142"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="181"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/today.py" line="181"/>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coachdesk/ui/today.py" line="197"/>
        <source>%n students need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../coachdesk/schema.py" line="224"/>
        <source>{label}: this field is required. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="225"/>
        <source>{label}: &quot;{value}&quot; is not a date. Enter it as dd-mm-yyyy, for example 01-09-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="226"/>
        <source>{label}: &quot;{value}&quot; is not a date and time. Enter it as dd-mm-yyyy hh:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="227"/>
        <source>{label}: enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="228"/>
        <source>{label}: enter a number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="229"/>
        <source>{label}: at most {maximum} characters; shorten the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="230"/>
        <source>{label}: contains invisible control characters; retype the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="231"/>
        <source>{label}: &quot;{value}&quot; is not one of the choices; pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="232"/>
        <source>{label}: &quot;{value}&quot; is not an email address, like name@example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="233"/>
        <source>{label}: &quot;{value}&quot; is not a phone number; use digits, spaces and an optional +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="234"/>
        <source>{label}: &quot;{value}&quot; is not a Dutch postcode, like 1234 AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="235"/>
        <source>{label}: a web link starts with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="236"/>
        <source>{label}: a crebo code has exactly 5 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="237"/>
        <source>{label}: answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="238"/>
        <source>{label}: give a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/schema.py" line="239"/>
        <source>{label}: this field does not exist here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="42"/>
        <source>{label}: say why the placement ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="43"/>
        <source>{label}: fill in the start date before the placement starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="24"/>
        <source>{label}: the chosen record does not exist (any more). Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="25"/>
        <source>{label}: choose the exit profile for a VSO student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="26"/>
        <source>{label}: only VSO students have an exit profile; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="27"/>
        <source>{label}: choose BOL or BBL for an mbo student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="28"/>
        <source>{label}: the date lies in the future. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="29"/>
        <source>{label}: the student would be {age} years old. Students are between 10 and 30; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="30"/>
        <source>{label}: the end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="31"/>
        <source>{label}: choose the employer; only a placement that is still searching may have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="32"/>
        <source>{label}: this workplace trainer works for another employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="33"/>
        <source>{label}: a contact cannot be logged in the future. Plan it with &quot;Next contact before&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="34"/>
        <source>{label}: lies before the date of this contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="35"/>
        <source>{label}: this placement belongs to another student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="36"/>
        <source>{label}: choose a coach with the role JPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="37"/>
        <source>{label}: your role may not change this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="38"/>
        <source>{label}: the event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="39"/>
        <source>{label}: lies before &quot;valid from&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="40"/>
        <source>{label}: fill in when the student left school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/records.py" line="41"/>
        <source>{label}: &quot;{value}&quot; is not a school type; use pro, vso, entree or mbo2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="56"/>
        <source>{label}: &quot;{value}&quot; is not on the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/risks.py" line="57"/>
        <source>{label}: say why you choose another level than the computed one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="44"/>
        <source>{employer} is not recognised by SBB: a BPV place must be at a recognised leerbedrijf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/services/placements.py" line="45"/>
        <source>BBL student without a signed POK: the praktijkovereenkomst must be signed (by 1 October).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="51"/>
        <source>Welcome to CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="53"/>
        <source>&lt;h2&gt;Welcome to CoachDesk&lt;/h2&gt;&lt;p&gt;CoachDesk keeps track of BPV placements, coaching contacts and dropout risks, on this laptop and without internet. First tell us who uses this laptop.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="58"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="60"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="65"/>
        <source>Your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="66"/>
        <source>Name of your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="67"/>
        <source>Load demo data to try things out (fictitious students and employers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="69"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="88"/>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="89"/>
        <source>Your role *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="90"/>
        <source>Your school *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="92"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="121"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coachdesk/ui/welcome.py" line="148"/>
        <source>Fill in your name, role and school to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
