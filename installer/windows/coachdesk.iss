; Inno Setup script for CoachDesk on Windows.
; Build the bundle first on Windows (installer\build in Git Bash, or:
;   python -m PyInstaller --noconfirm installer\coachdesk.spec), then compile this script with ISCC.exe.
; The user's data lives in the user data folder (%LOCALAPPDATA%\CoachDesk), never in Program Files,
; so uninstalling leaves it in place.

#define AppVersion "0.1.0"

[Setup]
AppId={{6B7E2C1A-3C4D-4E8F-9A51-0C0AC4DE5001}
AppName=CoachDesk
AppVersion={#AppVersion}
AppPublisher=CoachDesk
DefaultDirName={autopf}\CoachDesk
DefaultGroupName=CoachDesk
OutputDir=..\..\dist
OutputBaseFilename=CoachDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
UninstallDisplayIcon={app}\CoachDesk.exe

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\CoachDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CoachDesk"; Filename: "{app}\CoachDesk.exe"
Name: "{group}\{cm:UninstallProgram,CoachDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CoachDesk"; Filename: "{app}\CoachDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CoachDesk.exe"; Description: "{cm:LaunchProgram,CoachDesk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry for the data folder: a coach's records stay when the program is removed.
