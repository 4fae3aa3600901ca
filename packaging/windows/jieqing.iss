; Inno Setup script for Jieqing on Windows: wraps the one-folder bundle dist\jieqing\.
;
;     packaging\windows\build.ps1          (builds the bundle, then runs this if ISCC is found)
;     iscc /DAppVersion=0.1.0 packaging\windows\jieqing.iss
;
; Installs per user by default (no administrator needed; a machine-wide install is offered),
; adds a Start-menu entry, an optional desktop icon, and opens .jqvault and .jqbak files
; with Jieqing. The uninstaller removes only the program folder and these entries.
;
; IMPORTANT: the uninstaller must NEVER delete the user's vaults, backups or data folder
; (%APPDATA%\Jieqing\, or wherever the user keeps a vault). They hold the user's
; only copy of their records. That is why there is no [UninstallDelete] section here and
; why nothing is ever installed into the data folder: do not add either.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Jieqing"
#define AppId "io.github.jieqing.Jieqing"
#define Bundle "..\..\dist\jieqing"

[Setup]
AppId={{8E0B7C52-3C5B-4F7B-9D43-5A7C1E2B9F10}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=The Jieqing developers
AppPublisherURL=https://github.com/jieqing/jieqing
DefaultDirName={autopf}\Jieqing
DefaultGroupName=Jieqing
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
UninstallDisplayIcon={app}\jieqing.exe
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\icons\jieqing.ico
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=Jieqing-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DataKept=卸载不会删除您的加密档案（.jqvault）、备份（.jqbak）或数据文件夹 %APPDATA%\Jieqing。如需删除，请自行删除。
english.DataKept=Uninstalling never deletes your vaults (.jqvault), backups (.jqbak) or the data folder %APPDATA%\Jieqing. Delete them yourself if you want them gone.
chinesesimplified.VaultType=结清加密档案
english.VaultType=Jieqing vault
chinesesimplified.BackupType=结清加密备份
english.BackupType=Jieqing backup
chinesesimplified.CommandLine=结清命令行
english.CommandLine=Jieqing command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle: jieqing.exe (the app), jieqing-cli.exe (its console twin) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Jieqing 结清"; Filename: "{app}\jieqing.exe"
Name: "{autodesktop}\Jieqing 结清"; Filename: "{app}\jieqing.exe"; Tasks: desktopicon

[Registry]
; File types, under HKCU for a per-user install and HKLM for a machine-wide one (HKA).
Root: HKA; Subkey: "Software\Classes\.jqvault"; ValueType: string; ValueName: ""; ValueData: "Jieqing.Vault"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jqvault\OpenWithProgids"; ValueType: string; ValueName: "Jieqing.Vault"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Jieqing.Vault"; ValueType: string; ValueName: ""; ValueData: "{cm:VaultType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Jieqing.Vault\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jieqing.exe,0"
Root: HKA; Subkey: "Software\Classes\Jieqing.Vault\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jieqing.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.jqbak"; ValueType: string; ValueName: ""; ValueData: "Jieqing.Backup"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jqbak\OpenWithProgids"; ValueType: string; ValueName: "Jieqing.Backup"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Jieqing.Backup"; ValueType: string; ValueName: ""; ValueData: "{cm:BackupType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Jieqing.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jieqing.exe,0"
Root: HKA; Subkey: "Software\Classes\Jieqing.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jieqing.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\jieqing.exe\SupportedTypes"; ValueType: string; ValueName: ".jqvault"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\jieqing.exe\SupportedTypes"; ValueType: string; ValueName: ".jqbak"; ValueData: ""

[Run]
Filename: "{app}\jieqing.exe"; Description: "{cm:LaunchProgram,Jieqing}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: see the note at the top.

[Code]
// After uninstalling, say in the installer's language that the user's data was kept.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
