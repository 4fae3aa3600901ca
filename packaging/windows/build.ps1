# Build Jieqing for Windows: the one-folder bundle dist\jieqing\ and, when Inno Setup is
# installed, the installer dist\Jieqing-<version>-setup.exe. The Windows twin of build.sh.
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (the `py` launcher or python on PATH). Uses its own virtual
# environment build\venv with the project and the `package` extra (PyInstaller).
$ErrorActionPreference = "Stop"
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Started = Get-Date
$Venv = if ($env:JIEQING_BUILD_VENV) { $env:JIEQING_BUILD_VENV } else { "$Root\build\venv" }
$Py = "$Venv\Scripts\python.exe"

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

if (-not (Test-Path $Py)) {
    Write-Host "Creating the build environment in $Venv ..."
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked py @("-3", "-m", "venv", $Venv)
    } else {
        Invoke-Checked python @("-m", "venv", $Venv)
    }
}
Invoke-Checked $Py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $Py @("-m", "pip", "install", "-q", "-e", "$Root[package]")

Write-Host "Compiling translations ..."
Invoke-Checked $Py @("-m", "ui.i18n_build")

$Icons = @("packaging\icons\jieqing.ico") + (16, 24, 32, 48, 64, 128, 256, 512 | ForEach-Object { "resources\icons\jieqing-$_.png" })
if ($Icons | Where-Object { -not (Test-Path $_) }) {
    Write-Host "Rendering icons ..."
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked $Py @("packaging\render_icons.py")
    Remove-Item Env:\QT_QPA_PLATFORM
}

Write-Host "Running PyInstaller ..."
Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "$Root\dist", "--workpath", "$Root\build\pyinstaller", "packaging\jieqing.spec")

$Bundle = "$Root\dist\jieqing"
# A quick check: the console twin runs a command, the windowed app starts and exits.
Invoke-Checked "$Bundle\jieqing-cli.exe" @("--version")
$env:QT_QPA_PLATFORM = "offscreen"
$Smoke = Start-Process -FilePath "$Bundle\jieqing.exe" -ArgumentList "--smoke" -Wait -PassThru
Remove-Item Env:\QT_QPA_PLATFORM
if ($Smoke.ExitCode -ne 0) { throw "jieqing.exe --smoke failed ($($Smoke.ExitCode))" }

$SizeMiB = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 1)
$Seconds = [math]::Round(((Get-Date) - $Started).TotalSeconds)
Write-Host "Bundle: $Bundle ($SizeMiB MiB, built in $Seconds s)"

$IsccCommand = Get-Command iscc -ErrorAction SilentlyContinue
$Iscc = if ($IsccCommand) { $IsccCommand.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (Test-Path $Iscc) {
    $Version = (& $Py -c "from vault import __version__; print(__version__)").Trim()
    Invoke-Checked $Iscc @("/Qp", "/DAppVersion=$Version", "packaging\windows\jieqing.iss")
    Write-Host "Installer: $Root\dist\Jieqing-$Version-setup.exe"
} else {
    Write-Host "Inno Setup (ISCC.exe) not found: skipped the installer. Get it from https://jrsoftware.org/isinfo.php"
}
