# Makes PhysioKiosk the only shell of the local user "kiosk", restarted when it exits (Shell Launcher v2).
# Run in an elevated PowerShell on Windows 10/11 Enterprise/Education with the Shell Launcher feature on.
# Not tested on this project's machines (no Windows); see docs/kiosk-lockdown.md.
param(
    [string]$User = "kiosk",
    [string]$Shell = "C:\Program Files\PhysioKiosk\PhysioKiosk.exe --kiosk"
)
$ErrorActionPreference = "Stop"
$sid = (New-Object System.Security.Principal.NTAccount($User)).Translate([System.Security.Principal.SecurityIdentifier]).Value
$launcher = [wmiclass]"\\.\root\standardcimv2\embedded:WESL_UserSetting"
# Action 0: restart the shell when it exits.
$launcher.SetCustomShell($sid, $Shell, $null, $null, 0) | Out-Null
$launcher.SetEnabled($true) | Out-Null
Write-Host "PhysioKiosk is now the shell of $User; sign in as $User to check."
