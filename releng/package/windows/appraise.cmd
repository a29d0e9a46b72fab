@echo off
rem Appraise on Windows, from the unzipped product (appraise-<version>-win32.win32.x86_64.zip). Built on Linux and
rem NOT tested on Windows. Needs a Java 17 or later: JAVA_HOME, or java on the PATH.
rem   appraise <command> ...          the command line (appraise --help)
rem   appraise [gui] [<review-dir>]   the workbench
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
set "COMMON=-Xmx2g -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -jar "%LAUNCHER%" -nosplash"
if "%~1"=="" goto gui
if /i "%~1"=="gui" (shift & goto gui)
"%JAVA%" -Djava.awt.headless=true %COMMON% -application org.appraise.cli.app -data @none %*
exit /b %ERRORLEVEL%
:gui
start "Appraise" "%JAVA%w" %COMMON% -application org.appraise.ui.app -data "%USERPROFILE%\.appraise\workspace" %1 %2 %3
