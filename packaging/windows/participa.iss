; Inno Setup script of the Windows installer of Participa+ Desktop: per user, no
; administrator rights (PrivilegesRequired=lowest), in Spanish or English.
;
; packaging/build runs it on Windows after PyInstaller (Git Bash):
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\participa /Odist /Fparticipa-0.1.0-windows-setup packaging\windows\participa.iss
;
; A partner puts its provisioning file (participa-aprovisionamiento.json, made with
; `participa provision`) beside the setup program; the installer copies it beside
; participa.exe, where the app finds it on first run.
; Not built on the development machine (Linux): CI builds it (.github/workflows/build.yml).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\participa"
#endif
#define ProvisioningFile "participa-aprovisionamiento.json"

[Setup]
AppId={{6F1C2B0E-5A7D-4E8B-9C3F-2D7A1B4E9F60}
AppName=Participa+
AppVersion={#AppVersion}
AppVerName=Participa+ {#AppVersion}
AppPublisher=Participa+
DefaultDirName={autopf}\Participa+
DefaultGroupName=Participa+
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=participa-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\participa.ico
UninstallDisplayIcon={app}\participa.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{src}\{#ProvisioningFile}"; DestDir: "{app}"; Flags: external skipifsourcedoesntexist ignoreversion

[Icons]
Name: "{autoprograms}\Participa+"; Filename: "{app}\participa.exe"
Name: "{autodesktop}\Participa+"; Filename: "{app}\participa.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\participa.exe"; Description: "{cm:LaunchProgram,Participa+}"; Flags: nowait postinstall skipifsilent

; The data file and preferences live in the user's folders (%LOCALAPPDATA%\ParticipaPlus):
; uninstalling removes the program only, never the field data.
