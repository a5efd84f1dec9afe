@echo off
rem shequ launcher for Windows: runs lib\shequ.jar with a Java 17 or newer: the archive's own
rem runtime\ if it has one, else JAVA_HOME, else java on PATH. Arguments are passed as given.
rem   SHEQU_JAVA_OPTS  JVM options instead of the defaults
rem The launcher's own failures (no Java, Java too old, jar missing) exit 2 with one line.
setlocal
set "SHEQU_JAR=%~dp0..\lib\shequ.jar"
if not exist "%SHEQU_JAR%" (
  echo shequ: %SHEQU_JAR% is missing: unpack the release again 1>&2
  exit /b 2
)
set "SHEQU_JAVA="
if exist "%~dp0..\runtime\bin\java.exe" set "SHEQU_JAVA=%~dp0..\runtime\bin\java.exe"
if not defined SHEQU_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "SHEQU_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined SHEQU_JAVA (
  where java >nul 2>nul && set "SHEQU_JAVA=java"
)
if not defined SHEQU_JAVA (
  echo shequ: no Java found: install Java 17 or newer, or set JAVA_HOME 1>&2
  exit /b 2
)
rem Java 17 or newer: an older one would stop with exit 1, which means "findings"
set "SHEQU_JV="
for /f "tokens=2 delims==" %%v in ('"%SHEQU_JAVA%" -XshowSettings:properties -version 2^>^&1 ^| findstr java.specification.version') do set "SHEQU_JV=%%v"
if not defined SHEQU_JV (
  echo shequ: %SHEQU_JAVA% does not run: check the Java installation or JAVA_HOME 1>&2
  exit /b 2
)
set "SHEQU_JV=%SHEQU_JV: =%"
for /f "tokens=1 delims=." %%m in ("%SHEQU_JV%") do set "SHEQU_JM=%%m"
if "%SHEQU_JM%"=="1" goto :old
if %SHEQU_JM% LSS 17 goto :old
if not defined SHEQU_JAVA_OPTS set "SHEQU_JAVA_OPTS=-Xms32m -Xmx360m -XX:+UseParallelGC"
rem the console in UTF-8 while shequ runs, so Chinese messages show as they are; restored after
set "SHEQU_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set "SHEQU_CP=%%c"
chcp 65001 >nul
"%SHEQU_JAVA%" %SHEQU_JAVA_OPTS% -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%SHEQU_JAR%" %*
set "SHEQU_RC=%ERRORLEVEL%"
if defined SHEQU_CP chcp %SHEQU_CP: =% >nul
exit /b %SHEQU_RC%
:old
echo shequ: needs Java 17 or newer; %SHEQU_JAVA% is Java %SHEQU_JV% (set JAVA_HOME to a newer one) 1>&2
exit /b 2
