<#
.SYNOPSIS
Builds Deal Journal's Windows installer into target\installer\, on Windows 10 or 11 (x64):
  Deal Journal\                the app image (Deal Journal.exe with its jlinked runtime and AOT cache)
  Deal Journal-VERSION.msi     a per-user installer: Start menu entry, desktop shortcut, folder of your choice

.DESCRIPTION
The same steps as packaging/build-linux.sh: mvn package, jlink, jpackage the app image, an AOT training run of
that image with its own runtime (a window opens and closes by itself; do not click it), then the .msi from the
trained image.

Needs: JDK 25 (JAVA_HOME), Maven, and WiX on PATH: WiX 3.14 (candle.exe, light.exe) or WiX 4/5
(dotnet tool install --global wix, then: wix extension add --global WixToolset.Util.wixext WixToolset.UI.wixext).
Environment: MVN_ARGS (extra Maven arguments), SOURCE_DATE_EPOCH (the files' time stamp, default the last
commit's time).

Run from any folder:  powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
Not run by this project's CI or on its Linux machines: written to mirror the Linux script, step for step.
#>
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
$Root = (Get-Location).Path

$AppName = 'Deal Journal'
$Vendor = 'Deal Journal'
$Description = 'Log the pressure moments of sales conversations, review them monthly'
$MainClass = 'com.dealjournal.app.Main'
$Modules = 'java.base,java.desktop,java.logging,java.scripting,java.sql,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata'
# The same for every version, so that installing a newer .msi replaces the older one: never change it.
$UpgradeUuid = '634367f2-0be2-4667-8fe0-f3bcee3dcdc1'

function Say([string]$message) { Write-Host "build-windows: $message" }
function Fail([string]$message) { [Console]::Error.WriteLine("build-windows: $message"); exit 1 }

if (-not $env:JAVA_HOME -or -not (Test-Path "$env:JAVA_HOME\bin\jpackage.exe")) { Fail 'set JAVA_HOME to a JDK 25' }
if ((& "$env:JAVA_HOME\bin\java.exe" --version | Select-Object -First 1) -notmatch ' 25[ .]') {
    Fail "JAVA_HOME ($env:JAVA_HOME) is not a JDK 25"
}
$env:PATH = "$env:JAVA_HOME\bin;$env:PATH"
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue) -and -not (Get-Command wix.exe -ErrorAction SilentlyContinue)) {
    Fail 'WiX is not on PATH: install WiX 3.14, or WiX 4/5 as a dotnet tool (see the head of this script)'
}

# 1. The jar and its libraries.
$Jar = Join-Path $Root 'target\deal-journal.jar'
$stale = -not (Test-Path $Jar)
if (-not $stale) {
    $jarTime = (Get-Item $Jar).LastWriteTimeUtc
    $stale = [bool](Get-ChildItem pom.xml, src -Recurse -File | Where-Object { $_.LastWriteTimeUtc -gt $jarTime } | Select-Object -First 1)
}
if ($stale) {
    Say 'mvn package'
    $mvnArgs = @(if ($env:MVN_ARGS) { $env:MVN_ARGS -split ' ' })
    & mvn -B -q @mvnArgs package -DskipTests
    if ($LASTEXITCODE -ne 0) { Fail 'mvn package failed' }
}
Add-Type -AssemblyName System.IO.Compression.FileSystem
$zip = [IO.Compression.ZipFile]::OpenRead($Jar)
try {
    $reader = New-Object IO.StreamReader($zip.GetEntry('META-INF/MANIFEST.MF').Open())
    $manifest = $reader.ReadToEnd()
    $reader.Close()
} finally {
    $zip.Dispose()
}
$Version = [regex]::Match($manifest, 'Implementation-Version: *([^\r\n]+)').Groups[1].Value
if (-not $Version) { Fail 'no Implementation-Version in target\deal-journal.jar' }
$WinVersion = $Version -replace '[^0-9.].*$', ''   # Windows installers take numbers only: 1.2.0-SNAPSHOT is 1.2.0

# The AOT cache records its jars' times: every file of the image gets this one, which jpackage's copy and the
# .msi's cabinet keep (to 2 seconds, hence an even second).
$stamp = if ($env:SOURCE_DATE_EPOCH) { [long]$env:SOURCE_DATE_EPOCH } else { [long](& git log -1 --format=%ct) }
$stamp -= $stamp % 2
$StampTime = [DateTimeOffset]::FromUnixTimeSeconds($stamp).UtcDateTime
function Set-Stamp([string]$folder) {
    Get-ChildItem -LiteralPath $folder -Recurse -Force | ForEach-Object { $_.LastWriteTimeUtc = $StampTime }
    (Get-Item -LiteralPath $folder).LastWriteTimeUtc = $StampTime
}
Say "Deal Journal $Version (Windows version $WinVersion), files stamped $($StampTime.ToString('s'))Z"

$Out = Join-Path $Root 'target\installer'
$Work = Join-Path $Out 'work'
$Image = Join-Path $Out $AppName
if (Test-Path $Out) { Remove-Item -Recurse -Force $Out }
New-Item -ItemType Directory -Force "$Work\input", "$Work\training" | Out-Null
Copy-Item $Jar "$Work\input\"
Copy-Item -Recurse target\lib "$Work\input\lib"

# 2. The runtime.
Say 'jlink'
& jlink --add-modules $Modules --strip-debug --no-man-pages --no-header-files --generate-cds-archive --output "$Work\runtime" | Out-Null
if ($LASTEXITCODE -ne 0) { Fail 'jlink failed' }

# 3. The app image. $APPDIR is the image's app folder, expanded by the launcher (single quotes: not by PowerShell).
Say 'jpackage app image'
& jpackage --type app-image --dest $Out `
    --name $AppName --app-version $WinVersion --vendor $Vendor --description $Description `
    --icon assets\icon\deal-journal.ico `
    --input "$Work\input" --main-jar deal-journal.jar --main-class $MainClass `
    --runtime-image "$Work\runtime" `
    --java-options '--enable-native-access=ALL-UNNAMED' --java-options '-XX:+UseSerialGC' `
    --java-options '-XX:AOTCache=$APPDIR\app.aot'
if ($LASTEXITCODE -ne 0) { Fail 'jpackage app-image failed' }

# 4. The AOT training run, on a demo journal in the work folder (DEAL_JOURNAL_DB), never the user's own.
Say 'AOT training run (a window opens and closes by itself)'
$Cfg = "$Image\app\$AppName.cfg"
$Launcher = "$Image\$AppName.exe"
Copy-Item $Cfg "$Work\launcher.cfg"
$lines = Get-Content "$Work\launcher.cfg" | Where-Object { $_ -notmatch '-XX:AOTCache=' }
[IO.File]::WriteAllLines($Cfg, [string[]]$lines)   # UTF-8 without a byte-order mark, as jpackage writes it
Set-Stamp $Image

function Start-Launcher([string]$javaToolOptions, [string[]]$arguments, [string]$log) {
    $env:JAVA_TOOL_OPTIONS = $javaToolOptions
    $env:DEAL_JOURNAL_DB = "$Work\training\journal.db"
    try {
        $start = @{ FilePath = $Launcher; Wait = $true; PassThru = $true
                    RedirectStandardOutput = "$Work\$log.out"; RedirectStandardError = "$Work\$log.err" }
        if ($arguments.Count -gt 0) { $start.ArgumentList = $arguments }   # Start-Process refuses an empty list
        return (Start-Process @start).ExitCode
    } finally {
        Remove-Item Env:JAVA_TOOL_OPTIONS, Env:DEAL_JOURNAL_DB -ErrorAction SilentlyContinue
    }
}
# JAVA_TOOL_OPTIONS splits at spaces, unless a value is in double quotes
$AotOutput = "$Work\app.aot"
if ((Start-Launcher '' @('demo', '--db', "`"$Work\training\journal.db`"") 'demo') -ne 0) {
    Fail "the demo journal for the training run failed: see $Work\demo.err"
}
$code = Start-Launcher "-XX:AOTCacheOutput=`"$AotOutput`" -Ddealjournal.trainingRun=true" @() 'training'
if ($code -ne 0 -or -not (Test-Path $AotOutput)) { Fail "the training run failed (exit code $code): see $Work\training.out and .err" }
Copy-Item -Force "$Work\launcher.cfg" $Cfg
Move-Item $AotOutput "$Image\app\app.aot"
Set-Stamp $Image
# With -XX:AOTMode=on the JVM exits with an error if it cannot use the cache.
$code = Start-Launcher '-XX:AOTMode=on -Ddealjournal.trainingRun=true' @() 'check'
if ($code -ne 0) { Fail "the image does not start on its AOT cache: see $Work\check.err" }
Say ("AOT cache: {0:N0} MB, used by the image" -f ((Get-Item "$Image\app\app.aot").Length / 1MB))

# 5. The .msi from the trained image.
Say 'jpackage .msi'
& jpackage --type msi --dest $Out --app-image $Image `
    --name $AppName --app-version $WinVersion --vendor $Vendor --description $Description `
    --win-menu --win-menu-group $AppName --win-shortcut --win-dir-chooser --win-per-user-install `
    --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { Fail 'jpackage msi failed' }

Remove-Item -Recurse -Force $Work
Say 'done:'
Get-ChildItem $Out | ForEach-Object { Write-Host "  target\installer\$($_.Name)" }
